"""packaging/linux/install.sh on a stand-in for the unpacked tarball: what it places, and
that --uninstall takes exactly that away again."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.packaging.support import load

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or not shutil.which("sh"), reason="a Linux shell script"
)

build = load("build")
bundle_info = load("bundle_info")
SHARE = [
    "share/applications/credit-health.desktop",
    f"share/metainfo/{bundle_info.APP_ID}.metainfo.xml",
    "share/icons/hicolor/scalable/apps/credit-health.svg",
    *[f"share/icons/hicolor/{n}x{n}/apps/credit-health.png" for n in build.ICON_SIZES],
]
# the app folder keeps install.sh and share/, so it can reinstall or uninstall itself
FILES = [
    "bin/credit-health",
    "lib/credit-health/credit-health",
    "lib/credit-health/_internal/marker",
    "lib/credit-health/README.txt",
    "lib/credit-health/install.sh",
    *["lib/credit-health/" + f for f in SHARE],
    *SHARE,
]


@pytest.fixture
def unpacked(tmp_path: Path) -> Path:
    """What the tarball unpacks to, with a stand-in program that only knows --version."""
    folder = tmp_path / "credit-health-9.9.9"
    (folder / "_internal").mkdir(parents=True)
    (folder / "_internal" / "marker").write_text("bundle")
    program = folder / "credit-health"
    program.write_text('#!/bin/sh\n[ "$1" = --version ] && echo "credit-health 9.9.9"\n')
    program.chmod(0o755)
    build.stage_linux_extras(folder, "9.9.9")
    return folder


def install(folder: Path, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {"HOME": str(home), "PATH": os.environ["PATH"]}
    return subprocess.run(
        ["sh", str(folder / "install.sh"), *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


def installed(prefix: Path) -> list[str]:
    """The files under prefix, but the caches the desktop's tools keep (mimeinfo.cache)."""
    return sorted(
        str(p.relative_to(prefix))
        for p in prefix.rglob("*")
        if (p.is_file() or p.is_symlink()) and p.suffix != ".cache"
    )


def test_installs_per_user_by_default_and_uninstalls(unpacked: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    p = install(unpacked, home=home)
    assert p.returncode == 0, p.stderr
    prefix = home / ".local"
    assert installed(prefix) == sorted(FILES)
    assert "Installed credit-health 9.9.9" in p.stdout
    assert "not on your PATH" in p.stdout
    bin_link = prefix / "bin" / "credit-health"
    assert os.readlink(bin_link) == str(prefix / "lib" / "credit-health" / "credit-health")
    assert subprocess.run([bin_link, "--version"], capture_output=True, text=True).stdout == (
        "credit-health 9.9.9\n"
    )
    desktop = (prefix / "share" / "applications" / "credit-health.desktop").read_text()
    assert f'Exec="{bin_link}"' in desktop
    assert f"TryExec={bin_link}\n" in desktop

    data = home / ".local" / "share" / "CreditHealth"
    data.mkdir()
    (data / "credit-health.sqlite3").write_text("the user's records")
    p = install(unpacked, "--uninstall", home=home)
    assert p.returncode == 0, p.stderr
    assert installed(prefix) == ["share/CreditHealth/credit-health.sqlite3"]
    assert "Your data is still in" in p.stdout


def test_installed_desktop_entry_validates(unpacked: Path, tmp_path: Path) -> None:
    validate = shutil.which("desktop-file-validate")
    if not validate:
        pytest.skip("desktop-file-validate is not installed (Debian package desktop-file-utils)")
    prefix = tmp_path / "with space" / "usr"
    assert install(unpacked, "--prefix", str(prefix), home=tmp_path).returncode == 0
    entry = prefix / "share" / "applications" / "credit-health.desktop"
    p = subprocess.run([validate, str(entry)], capture_output=True, text=True, check=False)
    assert p.returncode == 0, p.stdout + p.stderr


def test_installing_again_replaces_the_earlier_copy(unpacked: Path, tmp_path: Path) -> None:
    prefix = tmp_path / "p"
    assert install(unpacked, f"--prefix={prefix}", home=tmp_path).returncode == 0
    stale = prefix / "lib" / "credit-health" / "_internal" / "from-the-old-version"
    stale.write_text("old")
    assert install(unpacked, "--prefix", str(prefix), home=tmp_path).returncode == 0
    assert not stale.exists()
    assert installed(prefix) == sorted(FILES)
    # and the installed copy of the script can uninstall, with no tarball around
    shutil.rmtree(unpacked)
    copy = prefix / "lib" / "credit-health"
    assert install(copy, "--prefix", str(prefix), "--uninstall", home=tmp_path).returncode == 0
    assert installed(prefix) == []
    assert not (prefix / "share" / "icons" / "hicolor" / "16x16").exists()  # its empty folders too
    assert not (prefix / "lib").exists()


def test_leaves_what_is_not_its_own(unpacked: Path, tmp_path: Path) -> None:
    prefix = tmp_path / "p"
    (prefix / "bin").mkdir(parents=True)
    (prefix / "bin" / "credit-health").write_text("#!/bin/sh\n# someone else's\n")
    p = install(unpacked, "--prefix", str(prefix), home=tmp_path)
    assert p.returncode == 1
    assert "not from this installer" in p.stderr
    assert not (prefix / "lib").exists()
    p = install(unpacked, "--prefix", str(prefix), "--uninstall", home=tmp_path)
    assert p.returncode == 0
    assert (prefix / "bin" / "credit-health").read_text().endswith("someone else's\n")


def test_refuses_a_folder_that_is_not_the_app(tmp_path: Path) -> None:
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    shutil.copy2(build.LINUX / "install.sh", folder / "install.sh")
    p = install(folder, "--prefix", str(tmp_path / "p"), home=tmp_path)
    assert p.returncode == 1
    assert "unpacked Credit Health folder" in p.stderr
    assert not (tmp_path / "p").exists()


def test_does_not_install_a_program_that_cannot_run(unpacked: Path, tmp_path: Path) -> None:
    (unpacked / "credit-health").write_text("#!/bin/sh\nexit 127\n")
    p = install(unpacked, "--prefix", str(tmp_path / "p"), home=tmp_path)
    assert p.returncode == 1
    assert "does not run on this system" in p.stderr
    assert not (tmp_path / "p").exists()


@pytest.mark.parametrize("prefix", ["/tmp/a&b", "/tmp/a|b", '/tmp/a"b', "/tmp/a$b"])
def test_rejects_prefixes_a_desktop_entry_cannot_hold(
    unpacked: Path, tmp_path: Path, prefix: str
) -> None:
    p = install(unpacked, "--prefix", prefix, home=tmp_path)
    assert p.returncode == 2
    assert "may not contain" in p.stderr


def test_usage(unpacked: Path, tmp_path: Path) -> None:
    p = install(unpacked, "--help", home=tmp_path)
    assert p.returncode == 0 and "--uninstall" in p.stdout
    p = install(unpacked, "--bogus", home=tmp_path)
    assert p.returncode == 2 and "unknown option" in p.stderr
