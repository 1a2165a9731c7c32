"""What goes into the bundle and what stays out; shared by the spec, build.py and the tests.

Plain Python: PyInstaller is imported only inside the functions the spec calls, so the
tests (which run without PyInstaller) can load this file.
"""

from __future__ import annotations

import ast
import importlib.metadata as md
import os
import posixpath
import re
import shutil
import subprocess
import sys
import sysconfig
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "io.github.credithealth.CreditHealth"
NAME = "credit-health"

# Python modules that must not be bundled: Qt modules the app does not use (it never
# talks to the network: QtNetwork stays out even though PySide6's hook lists it), and
# the toolkits nobody imports.
EXCLUDED_QT_MODULES = [
    "Qt3DAnimation",
    "Qt3DCore",
    "Qt3DExtras",
    "Qt3DInput",
    "Qt3DLogic",
    "Qt3DRender",
    "QtAxContainer",
    "QtBluetooth",
    "QtCanvasPainter",
    "QtCharts",
    "QtConcurrent",
    "QtDataVisualization",
    "QtDBus",
    "QtDesigner",
    "QtGraphs",
    "QtGraphsWidgets",
    "QtHelp",
    "QtHttpServer",
    "QtLocation",
    "QtMultimedia",
    "QtMultimediaWidgets",
    "QtNetwork",
    "QtNetworkAuth",
    "QtNfc",
    "QtPdf",
    "QtPdfWidgets",
    "QtPositioning",
    "QtQml",
    "QtQuick",
    "QtQuick3D",
    "QtQuickControls2",
    "QtQuickTest",
    "QtQuickWidgets",
    "QtRemoteObjects",
    "QtScxml",
    "QtSensors",
    "QtSerialBus",
    "QtSerialPort",
    "QtSpatialAudio",
    "QtSql",
    "QtStateMachine",
    "QtTest",
    "QtTextToSpeech",
    "QtUiTools",
    "QtWebChannel",
    "QtWebEngineCore",
    "QtWebEngineQuick",
    "QtWebEngineWidgets",
    "QtWebSockets",
    "QtWebView",
    "QtXml",
]
EXCLUDED_MODULES = [
    *("PySide6." + m for m in EXCLUDED_QT_MODULES),
    "tkinter",
    "_tkinter",
    "PyQt5",
    "PyQt6",
    "PySide2",
]

# Qt plugins, by folder: a listed folder keeps only the named plugins, a folder in
# DROPPED_PLUGIN_TYPES goes entirely; any other folder stays as PyInstaller collects
# it (a Qt module another part of the app starts using brings its plugins along).
KEPT_PLUGINS = {
    # X11, Wayland (one plugin since Qt 6.7, two before), Windows, macOS, and offscreen
    # for running headless (the smoke test; QT_QPA_PLATFORM=offscreen)
    "platforms": {"qxcb", "qwayland", "qwayland-egl", "qwayland-generic", "qwindows", "qcocoa"}
    | {"qoffscreen"},
    # native file dialogs through the desktop portal; the GTK 3 theme would need the
    # host's GTK, which a bundle cannot match
    "platformthemes": {"qxdgdesktopportal"},
    # the window icon and SVG pictures; JPEG for photos of receipts
    "imageformats": {"qsvg", "qico", "qjpeg"},
}
DROPPED_PLUGIN_TYPES = {
    "egldeviceintegrations",  # EGLFS: full-screen embedded devices, no desktop
    "generic",  # evdev/tuio input for EGLFS and linuxfb (tuio needs QtNetwork)
    "networkinformation",  # QtNetwork
    "tls",  # QtNetwork
    "sqldrivers",  # QtSql
    "qmltooling",  # QtQml
}
# Qt's own catalogues: only the Chinese one credithealth.ui.common.i18n loads (English needs none).
KEPT_QT_TRANSLATIONS = {"qtbase_zh_CN.qm"}
# Host libraries the bundle must not carry (Linux): fontconfig reads the host's
# /etc/fonts, whose newer syntax an older bundled copy rejects (FreeType goes with it);
# the C++ runtime must be the host's, because the host's graphics drivers, loaded into
# the process, may need a newer one than the build machine's. Every system new enough
# for the bundle's glibc has a C++ runtime at least as new as the bundled code needs.
HOST_LIBRARIES = re.compile(r"lib(fontconfig|freetype|stdc\+\+|gcc_s)\.so(\.\d+)*$")


def version(root: Path = ROOT) -> str:
    """The one version: ``__version__`` in ``credithealth/__init__.py``, which pyproject.toml
    gives the package metadata (setuptools' ``attr:``)."""
    source = (root / "desktop" / "credithealth" / "__init__.py").read_text(encoding="utf-8")
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__version__" for t in node.targets
        ):
            return str(ast.literal_eval(node.value))
    raise ValueError("credithealth/__init__.py sets no __version__")


def numeric_version(ver: str) -> tuple[int, int, int, int]:
    """0.1.0 -> (0, 1, 0, 0); 1.2.0rc1 -> (1, 2, 0, 0): what Windows' version resource holds."""
    parts = [int(m.group()) for p in ver.split(".")[:4] if (m := re.match(r"\d+", p))]
    return (*parts, 0, 0, 0, 0)[:4]  # type: ignore[return-value]


# -- resources ------------------------------------------------------------------------


def resource_files(root: Path = ROOT) -> list[tuple[str, str]]:
    """Every file under resources/ as (source, destination folder), except translation
    sources: the bundle reads the compiled .qm files, so each .ts must have a fresh one."""
    res = root / "resources"
    stale = [
        ts.name
        for ts in res.glob("i18n/*.ts")
        if not ts.with_suffix(".qm").is_file()
        or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime
    ]
    if stale:
        raise SystemExit(
            "translations not compiled (run tools/i18n.py release): " + ", ".join(stale)
        )
    out = []
    for path in sorted(res.rglob("*")):
        rel = path.relative_to(root)
        if path.is_dir() or path.suffix == ".ts" or any(p.startswith(".") for p in rel.parts):
            continue
        out.append((str(path), str(rel.parent)))
    return out


# -- filtering PyInstaller's table of contents ------------------------------------------


def _plugin_of(dest: str) -> tuple[str, str] | None:
    """('platforms', 'qxcb') for .../plugins/platforms/libqxcb.so, None if not a Qt plugin."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if "PySide6" not in parts or "plugins" not in parts[:-2]:
        return None
    i = len(parts) - 1 - parts[::-1].index("plugins")
    if i + 2 != len(parts) - 1:
        return None
    name = parts[-1].split(".")[0]
    if name.startswith("lib") and not dest.endswith(".dll"):
        name = name[3:]
    return parts[i + 1], name


def plugin_kept(dest: str) -> bool:
    plugin = _plugin_of(dest)
    if plugin is None:
        return True
    kind, name = plugin
    if kind in DROPPED_PLUGIN_TYPES:
        return False
    return kind not in KEPT_PLUGINS or name in KEPT_PLUGINS[kind]


def keep_binaries(
    entries: list[tuple[str, str, str]],
    imports: Callable[[str], Iterable[str]] | None = None,
) -> list[tuple[str, str, str]]:
    """Drop the unwanted Qt plugins, then the libraries only they needed.

    A library stays when something kept still links to it, or when nothing in the
    bundle ever linked to it (PyInstaller collected it for a reason of its own, such
    as a library loaded with dlopen). ``imports(src)`` gives the resolved paths a
    binary links to (PyInstaller's own dependency reader by default).
    """
    files = [e for e in entries if e[2] != "SYMLINK"]
    if imports is None:
        imports = _direct_imports(files)

    def key(path: str) -> str:
        return os.path.normcase(os.path.realpath(path))

    dest_of = {key(src): dest for dest, src, _kind in files}
    needs = {
        dest: {dest_of[k] for p in imports(src) if (k := key(p)) in dest_of}
        for dest, src, _kind in files
    }
    needed_by_something = set().union(*needs.values()) if needs else set()
    roots = [d for d in needs if d not in needed_by_something and plugin_kept(d)]

    reached: set[str] = set()
    while roots:
        dest = roots.pop()
        if dest not in reached and not HOST_LIBRARIES.search(dest.replace("\\", "/")):
            reached.add(dest)
            roots.extend(needs[dest])
    files = [e for e in files if e[0] in reached]
    return files + _links_to(files, [e for e in entries if e[2] == "SYMLINK"])


def _direct_imports(files: list[tuple[str, str, str]]) -> Callable[[str], Iterable[str]]:
    """What a binary links to directly. PyInstaller's reader is direct on Windows and
    macOS, but on Linux it asks ldd, which lists the whole closure; there the ELF
    DT_NEEDED names are read and matched by file name among the collected binaries."""
    if not sys.platform.startswith("linux"):
        from PyInstaller.depend.bindepend import get_imports

        return lambda src: [full for _name, full in get_imports(src) if full]
    by_name: dict[str, str] = {}
    for _dest, src, _kind in files:
        by_name.setdefault(Path(src).name, src)
    return lambda src: [by_name[n] for n in elf_needed(Path(src)) if n in by_name]


def elf_needed(path: Path) -> list[str]:
    """The DT_NEEDED entries of an ELF file (the libraries it names as dependencies)."""
    import struct

    data = path.read_bytes()
    if data[:4] != b"\x7fELF":
        return []
    wide, end = data[4] == 2, "<" if data[5] == 1 else ">"
    if wide:
        shoff, shentsize, shnum = (
            struct.unpack_from(end + "Q", data, 0x28)[0],
            *struct.unpack_from(end + "HH", data, 0x3A),
        )
    else:
        shoff, shentsize, shnum = (
            struct.unpack_from(end + "I", data, 0x20)[0],
            *struct.unpack_from(end + "HH", data, 0x2E),
        )
    sections = []
    for i in range(shnum):
        at = shoff + i * shentsize
        if wide:
            _name, kind, _flags, _addr, offset, size, link = struct.unpack_from(
                end + "IIQQQQI", data, at
            )
        else:
            _name, kind, _flags, _addr, offset, size, link = struct.unpack_from(
                end + "IIIIIII", data, at
            )
        sections.append((kind, offset, size, link))
    names = []
    for kind, offset, size, link in sections:
        if kind != 6:  # SHT_DYNAMIC
            continue
        _k, str_offset, _s, _l = sections[link]
        entry = struct.Struct(end + ("qQ" if wide else "iI"))
        for at in range(offset, offset + size, entry.size):
            tag, value = entry.unpack_from(data, at)
            if tag == 0:  # DT_NULL
                break
            if tag == 1:  # DT_NEEDED
                start = str_offset + value
                names.append(data[start : data.index(b"\0", start)].decode())
    return names


def keep_datas(
    entries: list[tuple[str, str, str]], binaries: list[tuple[str, str, str]]
) -> list[tuple[str, str, str]]:
    """Drop Qt's unused translations, pip's record of where a package was installed
    from (direct_url.json: the build machine's path, for the app's editable install),
    and the links (SYMLINK: dest, target relative to it) to binaries no longer bundled."""
    out = []
    for dest, src, kind in entries:
        p = PurePosixPath(dest.replace("\\", "/"))
        if p.name == "direct_url.json" and p.parent.name.endswith(".dist-info"):
            continue
        if (
            "PySide6" in p.parts
            and p.parent.name == "translations"
            and p.suffix == ".qm"
            and p.name not in KEPT_QT_TRANSLATIONS
        ):
            continue
        out.append((dest, src, kind))
    files = [e for e in out if e[2] != "SYMLINK"]
    return files + _links_to([*binaries, *files], [e for e in out if e[2] == "SYMLINK"])


def _links_to(files: list[tuple[str, str, str]], links: list[tuple[str, str, str]]):  # type: ignore[no-untyped-def]
    """The SYMLINK entries (dest, target relative to dest's folder) whose target is in files."""
    present = {e[0].replace("\\", "/") for e in files}

    def target(dest: str, rel: str) -> str:
        return posixpath.normpath(
            posixpath.join(posixpath.dirname(dest.replace("\\", "/")), rel.replace("\\", "/"))
        )

    return [e for e in links if target(e[0], e[1]) in present]


# -- generated files ---------------------------------------------------------------------


def windows_version_text(ver: str) -> str:
    """A PyInstaller version file (Windows VERSIONINFO resource) for ``ver``."""
    nums = numeric_version(ver)
    strings = {
        "CompanyName": "Credit Health contributors",
        "FileDescription": "Credit Health (信用健康)",
        "FileVersion": ver,
        "InternalName": NAME,
        "LegalCopyright": "MIT licence. Copyright (c) Credit Health contributors",
        "OriginalFilename": NAME + ".exe",
        "ProductName": "Credit Health",
        "ProductVersion": ver,
    }
    table = ",\n          ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""# UTF-8
# Generated by packaging/bundle_info.py from credithealth.__version__; do not edit.
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={nums},
    prodvers={nums},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '040904B0',
        [ {table} ])
    ]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def write_windows_version(work: Path, ver: str) -> Path:
    path = work / "version-info.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(windows_version_text(ver), encoding="utf-8")
    return path


_LICENCE_FILE = re.compile(r"(^|/)(LICEN[CS]E|COPYING|NOTICE|AUTHORS)[^/]*$", re.IGNORECASE)


def _distribution_licences(dist: md.Distribution) -> list[tuple[str, str]]:
    out = []
    for f in dist.files or []:
        parts = PurePosixPath(str(f).replace("\\", "/")).parts
        if _LICENCE_FILE.search("/".join(parts)) and any(x.endswith(".dist-info") for x in parts):
            try:
                out.append((PurePosixPath(str(f)).name, f.read_text(encoding="utf-8")))
            except (OSError, UnicodeDecodeError):
                continue
    return out


def _host_library_copyrights(sources: Iterable[str]) -> list[tuple[str, str]]:
    """Debian/Ubuntu: the copyright file of each package a bundled system library comes from."""
    dpkg = shutil.which("dpkg-query")
    if not dpkg:
        return []
    packages: dict[str, list[str]] = {}
    for src in sources:
        real = os.path.realpath(src)
        # merged-/usr systems register /lib/... while the file resolves to /usr/lib/...
        for candidate in dict.fromkeys([src, real, real.removeprefix("/usr")]):
            p = subprocess.run([dpkg, "-S", candidate], capture_output=True, text=True, check=False)
            if p.returncode == 0 and p.stdout:
                pkg = p.stdout.split(":")[0].strip()
                packages.setdefault(pkg, []).append(Path(src).name)
                break
    out = []
    for pkg, libs in sorted(packages.items()):
        copyright_file = Path("/usr/share/doc") / pkg / "copyright"
        if copyright_file.is_file():
            title = f"{pkg} (Debian package; {', '.join(sorted(libs))})"
            out.append((title, copyright_file.read_text(encoding="utf-8", errors="replace")))
    return out


def notices_text(modules: Iterable[str], binaries: list[tuple[str, str, str]]) -> str:
    """THIRD-PARTY-NOTICES.txt: every bundled Python distribution's licence files,
    Python's, PyInstaller's (its bootloader runs the app), and on Debian the copyright
    of each system library copied in. Qt's LGPL and GPL texts are in resources/licenses."""
    tops = {m.split(".")[0] for m in modules}
    for dest, _src, _kind in binaries:
        tops.add(PurePosixPath(dest.replace("\\", "/")).parts[0].split(".")[0])
    owners = md.packages_distributions()
    dists = sorted({d for t in tops for d in owners.get(t, [])} - {"credithealth"})
    dists.append("pyinstaller")
    sections = []
    for name in dists:
        try:
            dist = md.distribution(name)
        except md.PackageNotFoundError:
            continue
        meta = dist.metadata
        licence = meta.get("License-Expression") or meta.get("License") or ""
        if len(licence) > 80:  # some put the whole text in the field; the files follow
            licence = licence.splitlines()[0]
        classifiers = [
            c.split("::")[-1].strip() for c in meta.get_all("Classifier") or [] if "License" in c
        ]
        head = f"{meta['Name']} {dist.version}"
        summary = "; ".join(x for x in [licence, *classifiers] if x)
        texts = _distribution_licences(dist)
        body = "\n\n".join(f"--- {n} ---\n{t.strip()}" for n, t in texts)
        sections.append(f"{head}\nLicence: {summary or 'see below'}\n\n{body}".rstrip())
    python_licence = next(
        (
            p
            for p in (
                Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt",
                Path(sys.base_prefix) / "LICENSE.txt",
            )
            if p.is_file()
        ),
        None,
    )
    if python_licence:
        sections.insert(
            0,
            f"Python {sys.version.split()[0]}\nLicence: PSF-2.0\n\n"
            + python_licence.read_text(encoding="utf-8").strip(),
        )
    venv = Path(sys.prefix).resolve()
    host = [
        src
        for dest, src, _kind in binaries
        if not Path(src).resolve().is_relative_to(venv)
        and not Path(src).resolve().is_relative_to(Path(sys.base_prefix).resolve())
    ]
    for title, text in _host_library_copyrights(host):
        sections.append(f"{title}\n\n{text.strip()}")
    intro = (
        "Credit Health bundles the software below. Its own licence is LICENSE (MIT);\n"
        "the Noto Sans CJK SC font is under resources/fonts/OFL.txt; Qt and PySide6 are\n"
        "used under the GNU LGPL v3 (resources/licenses/LGPL-3.0.txt, which builds on\n"
        "resources/licenses/GPL-3.0.txt). Qt itself contains third-party code (ICU,\n"
        "HarfBuzz, libpng, zlib and others); their notices are listed at\n"
        "https://doc.qt.io/qt-6/licenses-used-in-qt.html.\n"
    )
    rule = "\n\n" + "=" * 78 + "\n\n"
    return intro + rule + rule.join(sections) + "\n"


def write_notices(work: Path, modules: Iterable[str], binaries: list[tuple[str, str, str]]) -> Path:
    path = work / "THIRD-PARTY-NOTICES.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(notices_text(modules, binaries), encoding="utf-8")
    return path
