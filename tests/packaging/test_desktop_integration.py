"""The Linux desktop entry, the AppStream metadata, the icons, and the one version they share."""

from __future__ import annotations

import configparser
import importlib.metadata
import struct
import subprocess
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtGui import QImage, QImageReader

from tests.packaging.support import PACKAGING, ROOT, load, tool

bundle_info = load("bundle_info")
build = load("build")
DESKTOP = PACKAGING / "linux" / "credit-health.desktop"
METAINFO = PACKAGING / "linux" / f"{bundle_info.APP_ID}.metainfo.xml"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  (keys are case-sensitive)
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_validates() -> None:
    validate = tool("desktop-file-validate", "desktop-file-utils")
    p = subprocess.run([validate, str(DESKTOP)], capture_output=True, text=True, check=False)
    assert p.returncode == 0 and not p.stdout.strip(), p.stdout + p.stderr


def test_metainfo_validates() -> None:
    appstreamcli = tool("appstreamcli", "appstream")
    p = subprocess.run(
        [appstreamcli, "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert p.returncode == 0, p.stdout + p.stderr


def test_one_version_everywhere() -> None:
    """``credithealth.__version__`` is the one source (pyproject.toml reads it); the
    metainfo's newest release must name it."""
    version = bundle_info.version()
    assert build.metainfo_versions()[0] == version
    try:
        installed = importlib.metadata.version("credithealth")
    except importlib.metadata.PackageNotFoundError:
        pytest.skip("credithealth is not installed here (make test installs it)")
    import credithealth

    assert installed == version == credithealth.__version__


def test_releases_are_newest_first_with_dates() -> None:
    releases = ET.parse(METAINFO).getroot().findall("releases/release")
    versions = [tuple(bundle_info.numeric_version(r.get("version", ""))) for r in releases]
    assert versions == sorted(versions, reverse=True)
    assert all(r.get("date") for r in releases)


def test_desktop_entry_metainfo_and_app_name_each_other() -> None:
    entry = desktop_entry()
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == bundle_info.APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("provides/binary") == entry["Exec"] == entry["TryExec"] == "credit-health"
    # the window's app id (Wayland) and WM class (X11) point the desktop at this entry
    app_py = (ROOT / "desktop" / "credithealth" / "ui" / "app" / "launch.py").read_text(
        encoding="utf-8"
    )
    assert f'setDesktopFileName("{DESKTOP.stem}")' in app_py
    assert entry["StartupWMClass"] == DESKTOP.stem
    assert entry["Icon"] == "credit-health"
    assert entry["Name[zh_CN]"] == root.findtext(
        "name[@{http://www.w3.org/XML/1998/namespace}lang='zh-CN']"
    )


@pytest.mark.parametrize("size", build.ICON_SIZES)
def test_hicolor_png_has_its_size(size: int) -> None:
    path = ROOT / "resources" / "icons" / f"credit-health-{size}.png"
    assert QImageReader(str(path)).size().width() == size


def _png_size(data: bytes) -> int:
    image = QImage.fromData(QByteArray(data), "PNG")
    assert not image.isNull() and image.width() == image.height()
    return image.width()


def test_windows_icon_holds_every_size_as_png() -> None:
    make_icons = load("make_icons")
    data = (PACKAGING / "icons" / "credit-health.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(make_icons.ICO_SIZES))
    sizes = []
    for i in range(count):
        w, _h, _c, _r, _planes, _bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * i
        )
        png_size = _png_size(data[offset : offset + length])
        assert png_size == (w or 256)
        sizes.append(png_size)
    assert sorted(sizes) == sorted(make_icons.ICO_SIZES)


def test_macos_icon_holds_every_type_as_png() -> None:
    make_icons = load("make_icons")
    data = (PACKAGING / "icons" / "credit-health.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack_from(">I", data, 4)[0] == len(data)
    found, at = {}, 8
    while at < len(data):
        kind, length = data[at : at + 4], struct.unpack_from(">I", data, at + 4)[0]
        found[kind] = _png_size(data[at + 8 : at + length])
        at += length
    assert found == dict(make_icons.ICNS_TYPES)
