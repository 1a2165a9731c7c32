#!/usr/bin/env python3
"""Build the one-folder application and its archive: ``make package``.

Run it with the Python of the build environment (PyInstaller and the app's runtime
dependencies, nothing else: see packaging/README.md):

    python packaging/build.py [--dist DIR] [--work DIR] [--no-archive]

1. compiles the translations (tools/i18n.py release);
2. runs PyInstaller on packaging/credit-health.spec into DIST/credit-health
   (macOS: DIST/Credit Health.app);
3. Linux: adds README.txt, install.sh and the desktop integration files (share/);
4. checks that no path of this machine's build (checkout, build environment, work
   folder) is written into the bundle, and that the metainfo names this version;
5. archives it: credit-health-<version>-linux-<arch>.tar.gz (Windows, macOS: .zip),
   and prints the build time and sizes.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

if str(Path(__file__).resolve().parent) not in sys.path:  # loaded by the tests
    sys.path.append(str(Path(__file__).resolve().parent))
import bundle_info

ROOT = bundle_info.ROOT
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
DESKTOP_FILE = LINUX / "credit-health.desktop"
METAINFO = LINUX / f"{bundle_info.APP_ID}.metainfo.xml"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def metainfo_versions(path: Path = METAINFO) -> list[str]:
    """The <release version=...> entries, newest first (AppStream's order)."""
    return [r.get("version", "") for r in ET.parse(path).getroot().iterfind("releases/release")]


def check_metainfo_version(ver: str) -> None:
    versions = metainfo_versions()
    if not versions or versions[0] != ver:
        raise SystemExit(
            f"{METAINFO.relative_to(ROOT)}: the newest <release> is "
            f"{versions[0] if versions else 'missing'}, but credithealth.__version__ says {ver}: "
            "add a <release> entry for it"
        )


def platform_tag() -> str:
    system = {"linux": "linux", "win32": "windows", "darwin": "macos"}.get(
        sys.platform, sys.platform
    )
    machine = platform.machine().lower()
    return f"{system}-{ {'amd64': 'x86_64', 'arm64': 'arm64', 'aarch64': 'aarch64'}.get(machine, machine) }"


def archive_name(ver: str) -> str:
    ext = ".tar.gz" if sys.platform.startswith("linux") else ".zip"
    return f"{bundle_info.NAME}-{ver}-{platform_tag()}{ext}"


def glibc_needed(bundle: Path) -> str:
    """The newest glibc symbol version any bundled binary asks for: the oldest system it runs on."""
    found = {"2.17"}
    for f in bundle.rglob("*"):
        if f.is_file() and not f.is_symlink() and f.read_bytes()[:4] == b"\x7fELF":
            found.update(m.decode() for m in re.findall(rb"GLIBC_(2\.\d+)", f.read_bytes()))
    return max(found, key=lambda v: tuple(map(int, v.split("."))))


def stage_linux_extras(folder: Path, ver: str) -> None:
    """README.txt, install.sh and share/ (desktop entry, metainfo, icons) beside the app."""
    readme = (
        (LINUX / "README.txt")
        .read_text(encoding="utf-8")
        .replace("@VERSION@", ver)
        .replace("@GLIBC@", glibc_needed(folder))
    )
    (folder / "README.txt").write_text(readme, encoding="utf-8")
    shutil.copy2(LINUX / "install.sh", folder / "install.sh")
    (folder / "install.sh").chmod(0o755)
    share = folder / "share"
    for src, dest in [
        (DESKTOP_FILE, share / "applications" / DESKTOP_FILE.name),
        (METAINFO, share / "metainfo" / METAINFO.name),
        (
            ROOT / "resources" / "icons" / "credit-health.svg",
            share / "icons" / "hicolor" / "scalable" / "apps" / "credit-health.svg",
        ),
        *[
            (
                ROOT / "resources" / "icons" / f"credit-health-{n}.png",
                share / "icons" / "hicolor" / f"{n}x{n}" / "apps" / "credit-health.png",
            )
            for n in ICON_SIZES
        ],
    ]:
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(src, dest)


def strip_interpreter(bundle: Path) -> None:
    """Linux: drop the debugging symbols of Python's own libraries (a Python built from
    source carries ~20 MB of them). Only those: strip breaks libraries that auditwheel
    patched, such as numpy's OpenBLAS ("ELF load command address/offset not page-aligned")."""
    strip = shutil.which("strip")
    inside = bundle / "_internal"
    files = [*inside.glob("libpython3*.so*"), *inside.glob("python3*/lib-dynload/*.so")]
    files = [f for f in files if f.is_file() and not f.is_symlink()]
    if strip and files:
        subprocess.run([strip, "--strip-unneeded", *map(str, files)], check=True)


def find_build_paths(bundle: Path, paths: list[Path]) -> list[tuple[str, str]]:
    """(file, path) for every file in the bundle that contains one of the paths, as
    UTF-8 or as UTF-16 (Windows resources)."""
    needles = []
    for p in {str(p) for p in paths}:
        for variant in {p, p.replace("\\", "/")}:
            needles += [(p, variant.encode()), (p, variant.encode("utf-16-le"))]
    hits = []
    for f in sorted(bundle.rglob("*")):
        if f.is_symlink() or not f.is_file():
            continue
        data = f.read_bytes()
        hits += [(str(f.relative_to(bundle)), p) for p, n in needles if n in data]
    return sorted(set(hits))


def tree_size(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())


def make_archive(bundle: Path, out: Path, ver: str) -> Path:
    top = f"{bundle_info.NAME}-{ver}"
    if out.suffix == ".gz":
        with tarfile.open(out, "w:gz", compresslevel=6) as tar:
            tar.add(bundle, arcname=top)  # symbolic links stay links
    elif sys.platform == "darwin":  # ditto keeps the .app's links, modes and attributes
        subprocess.run(["ditto", "-c", "-k", "--keepParent", str(bundle), str(out)], check=True)
    else:
        shutil.make_archive(str(out.with_suffix("")), "zip", bundle.parent, bundle.name)
    return out


def build(dist: Path, work: Path, archive: bool = True) -> dict[str, object]:
    ver = bundle_info.version()
    check_metainfo_version(ver)
    started = time.monotonic()
    # tools/i18n.py finds pyside6-lrelease on PATH: put this environment's scripts first
    env = {
        **os.environ,
        "PATH": os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")]),
    }
    subprocess.run(
        [sys.executable, str(ROOT / "tools" / "i18n.py"), "release"], check=True, env=env
    )

    import PyInstaller.__main__

    PyInstaller.__main__.run(
        [
            str(PACKAGING / "credit-health.spec"),
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
        ]
    )
    bundle = dist / ("Credit Health.app" if sys.platform == "darwin" else bundle_info.NAME)
    if sys.platform.startswith("linux"):
        strip_interpreter(bundle)
        stage_linux_extras(bundle, ver)
    leaks = find_build_paths(bundle, [ROOT, Path(sys.prefix), work.resolve()])
    if leaks:
        raise SystemExit(
            "build machine paths inside the bundle:\n" + "\n".join(f"  {f}: {p}" for f, p in leaks)
        )
    built = time.monotonic() - started
    result: dict[str, object] = {
        "version": ver,
        "bundle": bundle,
        "seconds": built,
        "size": tree_size(bundle),
    }
    if archive:
        out = make_archive(bundle, dist / archive_name(ver), ver)
        result |= {"archive": out, "archive_size": out.stat().st_size}
    result["total_seconds"] = time.monotonic() - started
    return result


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--dist", type=Path, default=ROOT / "dist")
    p.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    p.add_argument("--no-archive", action="store_true", help="leave out the .tar.gz / .zip")
    args = p.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # PySide6's hooks start Qt
    r = build(args.dist.resolve(), args.work.resolve(), archive=not args.no_archive)
    mb = 1024 * 1024
    print(f"built {r['bundle']} in {r['seconds']:.1f} s: {r['size'] / mb:.1f} MB unpacked")  # type: ignore[operator]
    if "archive" in r:
        print(
            f"archive {r['archive']}: {r['archive_size'] / mb:.1f} MB "  # type: ignore[operator]
            f"({r['total_seconds']:.1f} s in all)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
