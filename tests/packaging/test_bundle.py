"""Build the desktop bundle with PyInstaller and run it as a user would (make package-test's
steps), offscreen, with a fresh database.

Needs the build environment (make creates .venv-package; CREDIT_HEALTH_BUILD_PYTHON names
its Python): about 20 s for the build and archive on a 2-core machine, so make test runs it.
"""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
import tarfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.packaging.support import ROOT, load

# building the bundle with PyInstaller takes minutes on a slow machine
pytestmark = [pytest.mark.packaging, pytest.mark.timeout(1800)]
bundle_info = load("bundle_info")
build = load("build")
smoke = load("smoke_test")


def build_python() -> Path:
    named = os.environ.get("CREDIT_HEALTH_BUILD_PYTHON")
    venv = ROOT / ".venv-package" / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    python = Path(named) if named else venv
    if not python.exists():
        pytest.skip(
            "no build environment: `make test` or `make package` creates .venv-package "
            "(or name its Python in CREDIT_HEALTH_BUILD_PYTHON)"
        )
    return python


def ask(python: Path, code: str) -> str:
    return subprocess.run(
        [str(python), "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()


class Built:
    def __init__(self, python: Path, dist: Path, work: Path, log: str) -> None:
        self.python = python
        self.dist = dist
        self.work = work
        self.log = log
        self.bundle = dist / bundle_info.NAME
        self.version = bundle_info.version()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    python = build_python()
    try:
        ask(python, "import PyInstaller")
    except subprocess.CalledProcessError:
        pytest.skip(f"{python} has no PyInstaller (pip install -e '.[package]')")
    if not sys.platform.startswith("linux"):
        pytest.skip("the bundle test runs the Linux layout; see packaging/README.md")
    top = tmp_path_factory.mktemp("bundle")
    dist, work = top / "dist", top / "work"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "QT_"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    p = subprocess.run(
        [
            str(python),
            str(ROOT / "packaging" / "build.py"),
            "--dist",
            str(dist),
            "--work",
            str(work),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=900,
        check=False,
    )
    assert p.returncode == 0, (p.stdout + p.stderr)[-5000:]
    yield Built(python, dist, work, p.stdout)
    shutil.rmtree(top, ignore_errors=True)  # ~250 MB; pytest would keep three runs' worth


@pytest.fixture(scope="module")
def run(built: Built, tmp_path_factory: pytest.TempPathFactory) -> smoke.Smoke:
    """The smoke steps against one fresh database, in order."""
    return smoke.Smoke(built.bundle, tmp_path_factory.mktemp("smoke"))


def step(run: smoke.Smoke, method: str) -> str:
    try:
        return getattr(run, method)()
    except smoke.Skip as why:
        pytest.skip(str(why))


def test_version(run: smoke.Smoke, built: Built) -> None:
    assert step(run, "step_version") == f"credit-health {built.version}"


def test_demo_then_assess(run: smoke.Smoke) -> None:
    step(run, "step_demo")
    step(run, "step_assess")


def test_import_a_bill_file(run: smoke.Smoke) -> None:
    step(run, "step_import")


def test_report_pdf(run: smoke.Smoke) -> None:
    step(run, "step_report")


def test_window_starts_for_real_on_xvfb_in_both_languages(run: smoke.Smoke) -> None:
    step(run, "step_gui")


def test_contents(run: smoke.Smoke) -> None:
    step(run, "step_contents")


def test_no_path_of_the_build_machine_inside(built: Built) -> None:
    venv = Path(ask(built.python, "import sys; print(sys.prefix)"))
    assert build.find_build_paths(built.bundle, [ROOT, venv, built.work]) == []


def test_archive_holds_the_folder_and_its_readme(built: Built) -> None:
    archive = built.dist / build.archive_name(built.version)
    assert archive.is_file(), sorted(p.name for p in built.dist.iterdir())
    top = f"credit-health-{built.version}"
    with tarfile.open(archive) as tar:
        names = set(tar.getnames())
        readme = tar.extractfile(f"{top}/README.txt").read().decode()  # type: ignore[union-attr]
        program = tar.getmember(f"{top}/credit-health")
    for rel in (
        "install.sh",
        "_internal/LICENSE",
        "_internal/THIRD-PARTY-NOTICES.txt",
        "_internal/resources/rules.toml",
        "share/applications/credit-health.desktop",
        f"share/metainfo/{bundle_info.APP_ID}.metainfo.xml",
        "share/icons/hicolor/scalable/apps/credit-health.svg",
    ):
        assert f"{top}/{rel}" in names, rel
    assert program.mode & 0o111
    assert f"{built.version} for Linux" in readme
    assert "@" not in readme  # every placeholder filled
    assert re.search(r"glibc 2\.\d+ or newer", readme)


def test_bundled_licences_name_what_is_inside(built: Built) -> None:
    notices = (built.bundle / "_internal" / "THIRD-PARTY-NOTICES.txt").read_text(encoding="utf-8")
    for name in ("Python ", "PySide6", "shiboken6", "sqlite-utils", "platformdirs", "pyinstaller"):
        assert name.lower() in notices.lower(), name


def test_installs_and_runs_from_the_prefix(built: Built, tmp_path: Path) -> None:
    prefix = tmp_path / "prefix"
    env = {"HOME": str(tmp_path), "PATH": os.environ["PATH"]}
    p = subprocess.run(
        ["sh", str(built.bundle / "install.sh"), "--prefix", str(prefix)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert p.returncode == 0, p.stderr
    out = subprocess.run(
        [str(prefix / "bin" / "credit-health"), "--version"], capture_output=True, text=True
    )
    assert out.stdout.strip() == f"credit-health {built.version}"
    p = subprocess.run(
        ["sh", str(built.bundle / "install.sh"), "--prefix", str(prefix), "--uninstall"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert p.returncode == 0 and not (prefix / "lib" / "credit-health").exists()


def test_windows_version_file_fits_pyinstallers_classes(built: Built) -> None:
    """PyInstaller eval()s the version file with the classes of its versioninfo module
    (which imports Windows-only modules, so it is read here, not imported)."""
    package = Path(
        ask(built.python, "import PyInstaller, os; print(os.path.dirname(PyInstaller.__file__))")
    )
    module = ast.parse((package / "utils" / "win32" / "versioninfo.py").read_text(encoding="utf-8"))
    params = {
        cls.name: {
            a.arg
            for f in cls.body
            if isinstance(f, ast.FunctionDef) and f.name == "__init__"
            for a in f.args.args[1:]
        }
        for cls in module.body
        if isinstance(cls, ast.ClassDef)
    }
    text = bundle_info.windows_version_text(built.version)
    calls = [n for n in ast.walk(ast.parse(text, mode="eval")) if isinstance(n, ast.Call)]
    assert calls
    for call in calls:
        name = call.func.id  # type: ignore[attr-defined]
        assert name in params, name
        assert {k.arg for k in call.keywords} <= params[name], name
