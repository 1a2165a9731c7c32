"""Bytes to text: UTF-8 (BOM or not), GB18030, and damaged files."""

from __future__ import annotations

from credithealth.importers.decode import decode_bill

TEXT = "交易时间,金额\n2025-06-30 21:14:05,¥18.00\n"


def test_encodings() -> None:
    assert decode_bill(TEXT.encode("utf-8")) == TEXT
    assert decode_bill(TEXT.encode("utf-8-sig")) == TEXT
    assert decode_bill(TEXT.encode("gb18030")) == TEXT
    gbk = TEXT.replace("¥", "")
    assert decode_bill(gbk.encode("gbk")) == gbk


def test_damaged_bytes_stay_local() -> None:
    utf8 = bytearray(TEXT.encode("utf-8"))
    utf8[utf8.index("金".encode())] = 0xFF  # not UTF-8 any more, and not GB18030 either
    text = decode_bill(bytes(utf8))
    assert text.startswith("交易时间,")
    assert text.endswith("2025-06-30 21:14:05,¥18.00\n")
    gbk = bytearray(TEXT.replace("¥", "").encode("gbk"))
    gbk[-3] = 0xFF
    text = decode_bill(bytes(gbk))
    assert text.startswith("交易时间,金额\n")
