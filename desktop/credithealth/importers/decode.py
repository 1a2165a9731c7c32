"""Bill bytes to text: WeChat writes UTF-8 (with or without BOM), Alipay GBK."""

from __future__ import annotations

_REPLACEMENT = "\ufffd"
# Header words every layout has; the right decoding of a damaged file still shows one.
_MARKERS = ("交易时间", "交易号", "收/支")


def _score(text: str) -> tuple[bool, int]:
    return any(m in text for m in _MARKERS), -text.count(_REPLACEMENT)


def decode_bill(data: bytes) -> str:
    """Decode once, by trying UTF-8 then GB18030 (a superset of GBK).

    A file that is neither, strictly (a damaged byte or two), is decoded leniently in
    whichever of the two shows a header and loses fewer characters, so the damage
    stays in its own rows. Only one decoded copy is kept at a time.
    """
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            pass
    utf8_score = _score(data.decode("utf-8-sig", errors="replace"))
    gb = data.decode("gb18030", errors="replace")
    if _score(gb) > utf8_score:
        return gb
    del gb
    return data.decode("utf-8-sig", errors="replace")
