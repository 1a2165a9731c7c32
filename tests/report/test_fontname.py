from __future__ import annotations

import struct

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QRawFont
from PySide6.QtWidgets import QApplication

from credithealth.paths import resource
from credithealth.report.fontname import _checksum, _name_records, _tables, family_names, rename


def test_rename_gives_the_font_a_family_of_its_own(report_app: QApplication) -> None:
    data = resource("fonts", "NotoSansSC-Bold.subset.otf").read_bytes()
    assert family_names(data) == ["Noto Sans CJK SC"]
    new = rename(data, "Credit Health Noto Sans SC", "Bold")
    assert family_names(new) == ["Credit Health Noto Sans SC"]
    raw = QRawFont(QByteArray(new), 12)
    assert (raw.familyName(), raw.styleName()) == ("Credit Health Noto Sans SC", "Bold")
    assert raw.glyphIndexesForString("用") == QRawFont(QByteArray(data), 12).glyphIndexesForString(
        "用"
    )


def test_rename_keeps_the_licence_and_the_checksums(report_app: QApplication) -> None:
    data = resource("fonts", "NotoSansSC-Regular.subset.otf").read_bytes()
    new = rename(data, "X Sans", "Regular")
    licence = {nid: raw for _p, _e, _l, nid, raw in _name_records(data) if nid in (0, 13, 14)}
    assert licence and all(
        (nid, raw) in {(n, r) for _p, _e, _l, n, r in _name_records(new)}
        for nid, raw in licence.items()
    )
    _, tables = _tables(new)
    _, check, offset, length = tables[b"name"]
    assert check == _checksum(new[offset : offset + length])
    assert _checksum(new) == 0xB1B0AFBA  # what head.checkSumAdjustment promises
    assert struct.unpack_from(">I", new, 0)[0] == struct.unpack_from(">I", data, 0)[0]
