"""What the spec keeps and drops (packaging/bundle_info.py), without running PyInstaller."""

from __future__ import annotations

import ast
import os
import sys
from pathlib import Path

import pytest

from tests.packaging.support import ROOT, load

bundle_info = load("bundle_info")
build = load("build")

Q = "PySide6/Qt/plugins"


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        (f"{Q}/platforms/libqxcb.so", True),
        (f"{Q}/platforms/libqwayland.so", True),
        (f"{Q}/platforms/libqoffscreen.so", True),
        (f"{Q}/platforms/libqvnc.so", False),  # links QtNetwork
        (f"{Q}/platforms/libqeglfs.so", False),
        (f"{Q}/platformthemes/libqgtk3.so", False),
        (f"{Q}/platformthemes/libqxdgdesktopportal.so", True),
        (f"{Q}/imageformats/libqsvg.so", True),
        (f"{Q}/imageformats/libqtiff.so", False),
        (f"{Q}/tls/libqopensslbackend.so", False),
        (f"{Q}/networkinformation/libqnetworkmanager.so", False),
        (f"{Q}/generic/libqtuiotouchplugin.so", False),
        (f"{Q}/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
        (f"{Q}/wayland-shell-integration/libxdg-shell.so", True),
        (f"{Q}/printsupport/libcupsprintersupport.so", True),  # a folder nobody listed stays
        ("PySide6\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6\\plugins\\platforms\\qdirect2d.dll", False),
        ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", True),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        ("PySide6/Qt/lib/libQt6Gui.so.6", True),  # not a plugin
        ("libpython3.11.so.1.0", True),
    ],
)
def test_plugins_kept(dest: str, kept: bool) -> None:
    assert bundle_info.plugin_kept(dest) is kept


def test_keep_binaries_drops_plugins_and_what_only_they_needed() -> None:
    entries = [
        ("PySide6/QtGui.abi3.so", "/v/QtGui.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/v/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Network.so.6", "/v/libQt6Network.so.6", "BINARY"),
        (f"{Q}/platforms/libqxcb.so", "/v/libqxcb.so", "BINARY"),
        (f"{Q}/platforms/libqvnc.so", "/v/libqvnc.so", "BINARY"),
        (f"{Q}/tls/libqopensslbackend.so", "/v/libqopensslbackend.so", "BINARY"),
        ("libssl.so.3", "/s/libssl.so.3", "BINARY"),  # needed by the tls plugin only
        ("libdlopened.so.1", "/s/libdlopened.so.1", "BINARY"),  # nothing links it
        ("libfontconfig.so.1", "/s/libfontconfig.so.1", "BINARY"),  # the host's
        ("libexpat.so.1", "/s/libexpat.so.1", "BINARY"),  # fontconfig's only
        ("libz.so.1", "/s/libz.so.1", "BINARY"),  # fontconfig's and Gui's
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
    ]
    links = {
        "/v/QtGui.abi3.so": ["/v/libQt6Gui.so.6"],
        "/v/libQt6Gui.so.6": ["/s/libfontconfig.so.1", "/s/libz.so.1"],
        "/v/libqxcb.so": ["/v/libQt6Gui.so.6"],
        "/v/libqvnc.so": ["/v/libQt6Gui.so.6", "/v/libQt6Network.so.6"],
        "/v/libqopensslbackend.so": ["/v/libQt6Network.so.6", "/s/libssl.so.3"],
        "/s/libfontconfig.so.1": ["/s/libexpat.so.1", "/s/libz.so.1"],
    }
    kept = bundle_info.keep_binaries(entries, imports=lambda src: links.get(src, []))
    assert sorted(dest for dest, _src, _kind in kept) == sorted(
        [
            "PySide6/QtGui.abi3.so",
            "PySide6/Qt/lib/libQt6Gui.so.6",
            f"{Q}/platforms/libqxcb.so",
            "libdlopened.so.1",
            "libz.so.1",
            "libQt6Gui.so.6",  # the link to a kept library
        ]
    )


def test_keep_datas_keeps_one_qt_catalogue_and_no_install_record() -> None:
    t = "PySide6/Qt/translations"
    entries = [
        (f"{t}/qtbase_zh_CN.qm", "/v/qtbase_zh_CN.qm", "DATA"),
        (f"{t}/qtbase_de.qm", "/v/qtbase_de.qm", "DATA"),
        (f"{t}/qt_help_zh_CN.qm", "/v/qt_help_zh_CN.qm", "DATA"),
        ("resources/i18n/ui.about.zh_CN.qm", "/r/ui.about.zh_CN.qm", "DATA"),
        ("credithealth-0.1.0.dist-info/METADATA", "/v/METADATA", "DATA"),
        ("credithealth-0.1.0.dist-info/direct_url.json", "/v/direct_url.json", "DATA"),
        ("libgone.so.1", "PySide6/Qt/lib/libgone.so.1", "SYMLINK"),
        ("libkept.so.1", "PySide6/Qt/lib/libkept.so.1", "SYMLINK"),
    ]
    binaries = [("PySide6/Qt/lib/libkept.so.1", "/v/libkept.so.1", "BINARY")]
    assert [d for d, _s, _k in bundle_info.keep_datas(entries, binaries)] == [
        f"{t}/qtbase_zh_CN.qm",
        "resources/i18n/ui.about.zh_CN.qm",
        "credithealth-0.1.0.dist-info/METADATA",
        "libkept.so.1",
    ]


def test_the_qt_catalogue_kept_is_the_one_the_app_loads() -> None:
    i18n = (ROOT / "desktop" / "credithealth" / "ui" / "common" / "i18n.py").read_text(
        encoding="utf-8"
    )
    for name in bundle_info.KEPT_QT_TRANSLATIONS:
        assert f'"{name}"' in i18n


def test_qt_network_is_excluded() -> None:
    assert "PySide6.QtNetwork" in bundle_info.EXCLUDED_MODULES
    for kept in ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtSvg"):
        assert kept not in bundle_info.EXCLUDED_MODULES
    # pyqtgraph imports these
    assert "PySide6.QtOpenGL" not in bundle_info.EXCLUDED_MODULES
    assert "PySide6.QtOpenGLWidgets" not in bundle_info.EXCLUDED_MODULES


def test_resource_files_take_all_but_translation_sources() -> None:
    files = bundle_info.resource_files(ROOT)
    dests = {Path(dest) / Path(src).name for src, dest in files}
    on_disk = {
        p.relative_to(ROOT)
        for p in (ROOT / "resources").rglob("*")
        if p.is_file() and p.suffix != ".ts" and not p.name.startswith(".")
    }
    assert dests == on_disk
    assert Path("resources/rules.toml") in dests
    assert Path("resources/licenses/LGPL-3.0.txt") in dests
    # the user guide (Help → User guide, F1) is read from the bundle, in both languages
    assert {Path("resources/guide/en.html"), Path("resources/guide/zh_CN.html")} <= dests


def test_resource_files_refuse_uncompiled_translations(tmp_path: Path) -> None:
    (tmp_path / "resources" / "i18n").mkdir(parents=True)
    (tmp_path / "resources" / "rules.toml").write_text("")
    (tmp_path / "resources" / "i18n" / "ui.x.zh_CN.ts").write_text("<TS/>")
    with pytest.raises(SystemExit, match=r"ui\.x\.zh_CN\.ts"):
        bundle_info.resource_files(tmp_path)
    qm = tmp_path / "resources" / "i18n" / "ui.x.zh_CN.qm"
    qm.write_bytes(b"qm")
    os.utime(qm, (1, 1))  # older than its source: stale
    with pytest.raises(SystemExit):
        bundle_info.resource_files(tmp_path)


@pytest.mark.parametrize(
    ("text", "numbers"),
    [("0.1.0", (0, 1, 0, 0)), ("1.2", (1, 2, 0, 0)), ("2.0.1rc1", (2, 0, 1, 0))],
)
def test_numeric_version(text: str, numbers: tuple[int, ...]) -> None:
    assert bundle_info.numeric_version(text) == numbers


def test_windows_version_resource_names_the_version() -> None:
    text = bundle_info.windows_version_text("1.2.3")
    tree = ast.parse(text, mode="eval")  # PyInstaller evaluates it as an expression
    assert isinstance(tree.body, ast.Call) and tree.body.func.id == "VSVersionInfo"  # type: ignore[attr-defined]
    assert "filevers=(1, 2, 3, 0)" in text
    assert "StringStruct('ProductVersion', '1.2.3')" in text
    assert "StringStruct('OriginalFilename', 'credit-health.exe')" in text


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads an ELF file")
def test_elf_needed_reads_direct_dependencies() -> None:
    import PySide6

    core = Path(PySide6.__file__).parent / "Qt" / "lib" / "libQt6Core.so.6"
    needed = bundle_info.elf_needed(core)
    assert "libc.so.6" in needed
    assert not any("Qt6Gui" in n for n in needed)
    assert bundle_info.elf_needed(ROOT / "pyproject.toml") == []


def test_find_build_paths(tmp_path: Path) -> None:
    bundle = tmp_path / "bundle"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "_internal" / "clean.bin").write_bytes(b"\0nothing here\0")
    (bundle / "_internal" / "leaky.pyc").write_bytes(b"\0/home/dev/checkout/x.py\0")
    (bundle / "wide.dll").write_bytes("C:\\build\\venv".encode("utf-16-le"))
    hits = build.find_build_paths(bundle, [Path("/home/dev/checkout"), Path("C:\\build\\venv")])
    assert [f for f, _p in hits] == [os.path.join("_internal", "leaky.pyc"), "wide.dll"]


def test_archive_name_says_version_and_platform() -> None:
    name = build.archive_name("0.1.0")
    assert name.startswith("credit-health-0.1.0-")
    if sys.platform.startswith("linux"):
        assert name.endswith(".tar.gz") and "-linux-" in name
