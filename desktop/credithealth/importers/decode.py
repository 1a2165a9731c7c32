"""Bill bytes to text: WeChat writes UTF-8 (with or without BOM), Alipay GBK."""

from __future__ import annotations

_REPLACEMENT = "\ufffd"


def decode_bill(data: bytes) -> str:
    """Decode once, by trying UTF-8 then GB18030 (a superset of GBK).

    A file that is neither, strictly (a damaged byte or two), is decoded leniently in
    whichever of the two loses fewer characters, so the damage stays in its own rows.
    """
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            pass
    utf8 = data.decode("utf-8-sig", errors="replace")
    lost = utf8.count(_REPLACEMENT)
    del utf8  # keep one decoded copy at a time
    gb = data.decode("gb18030", errors="replace")
    if gb.count(_REPLACEMENT) <= lost:
        return gb
    del gb
    return data.decode("utf-8-sig", errors="replace")
