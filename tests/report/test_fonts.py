"""The bundled subsets carry a family of their own (named once, by tools/subset_font.py)."""

from __future__ import annotations

import struct

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtGui import QRawFont
from PySide6.QtWidgets import QApplication

from credithealth.paths import resource
from credithealth.report.fonts import FAMILY, FONT_FILES, family

WINDOWS = 3


def name_records(font: bytes) -> list[tuple[int, int, bytes]]:
    """(platform, name id, raw string) of every record in the font's name table."""
    (num,) = struct.unpack_from(">H", font, 4)
    tables = {}
    for i in range(num):
        tag, _check, offset, length = struct.unpack_from(">4sIII", font, 12 + 16 * i)
        tables[tag] = (offset, length)
    offset, _ = tables[b"name"]
    _fmt, count, strings = struct.unpack_from(">HHH", font, offset)
    out = []
    for i in range(count):
        pid, _eid, _lid, nid, length, off = struct.unpack_from(">6H", font, offset + 6 + 12 * i)
        start = offset + strings + off
        out.append((pid, nid, font[start : start + length]))
    return out


def checksum(data: bytes) -> int:
    padded = data + b"\0" * (-len(data) % 4)
    return sum(struct.unpack(f">{len(padded) // 4}I", padded)) & 0xFFFFFFFF


@pytest.mark.parametrize(("style", "file"), FONT_FILES.items())
def test_the_subset_has_a_family_of_its_own(
    report_app: QApplication, style: str, file: str
) -> None:
    data = resource("fonts", file).read_bytes()
    records = name_records(data)
    families = {raw.decode("utf-16-be") for pid, nid, raw in records if nid == 1}
    assert families == {FAMILY}  # the upstream family name is gone from every platform
    postscript = {raw.decode("utf-16-be") for pid, nid, raw in records if nid == 6}
    assert postscript == {f"CreditHealthNotoSansSC-{style}"}  # what pdffonts shows
    raw = QRawFont(QByteArray(data), 12)
    assert (raw.familyName(), raw.styleName()) == (FAMILY, style)
    assert raw.supportsCharacter(ord("用")) and raw.glyphIndexesForString("用") != [0]


@pytest.mark.parametrize("file", FONT_FILES.values())
def test_the_licence_records_and_the_checksum_are_kept(file: str) -> None:
    data = resource("fonts", file).read_bytes()
    kept = {nid for pid, nid, raw in name_records(data) if pid == WINDOWS and raw}
    assert {0, 5, 7, 13, 14} <= kept  # copyright, version, trademark, licence and its URL
    assert checksum(data) == 0xB1B0AFBA  # what head.checkSumAdjustment promises


def test_the_report_registers_the_family_it_asks_for(report_app: QApplication) -> None:
    from PySide6.QtGui import QFontDatabase

    assert family() == FAMILY
    assert {"Regular", "Bold"} <= set(QFontDatabase.styles(FAMILY))
