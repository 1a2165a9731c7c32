"""Give an OpenType font a family name of its own, in memory.

The bundled Noto Sans CJK SC subset shares its family name with the full font that many
Linux systems install (fonts-noto-cjk). Asked for that family, Qt may then draw with the
system's face instead of ours, and the full face maps some ideographs to Kangxi radicals
as well (用 to ⽤), so a PDF's text would copy and search wrongly. Registered under a name
nobody else uses, the bundled face is the only match.

Only the ``name`` table changes: the family, full and PostScript names are replaced, every
other record (copyright, licence, vendor) is kept, as the SIL Open Font License asks. The
new table goes at the end of the file and the table directory points at it.
"""

from __future__ import annotations

import struct

# family, unique id, full name, PostScript name, typographic family and style, and the
# variation/WWS names: every record that carries the family name
REPLACED = {1, 3, 4, 6, 16, 17, 21, 22}
WINDOWS, UNICODE_BMP, EN_US = 3, 1, 0x0409


def _checksum(data: bytes) -> int:
    padded = data + b"\0" * (-len(data) % 4)
    return sum(struct.unpack(f">{len(padded) // 4}I", padded)) & 0xFFFFFFFF


def _tables(font: bytes) -> tuple[int, dict[bytes, tuple[int, int, int, int]]]:
    """numTables and tag -> (record offset, checksum, offset, length)."""
    (num,) = struct.unpack_from(">H", font, 4)
    out = {}
    for i in range(num):
        at = 12 + 16 * i
        tag, check, offset, length = struct.unpack_from(">4sIII", font, at)
        out[tag] = (at, check, offset, length)
    return num, out


def _name_records(font: bytes) -> list[tuple[int, int, int, int, bytes]]:
    """(platform, encoding, language, name id, raw string) of every record."""
    _, tables = _tables(font)
    _, _, offset, _ = tables[b"name"]
    _fmt, count, strings = struct.unpack_from(">HHH", font, offset)
    out = []
    for i in range(count):
        pid, eid, lid, nid, length, off = struct.unpack_from(">6H", font, offset + 6 + 12 * i)
        start = offset + strings + off
        out.append((pid, eid, lid, nid, font[start : start + length]))
    return out


def family_names(font: bytes) -> list[str]:
    """The family names (name id 1) a font states for Windows, as text."""
    return [
        raw.decode("utf-16-be")
        for pid, _eid, _lid, nid, raw in _name_records(font)
        if nid == 1 and pid == WINDOWS
    ]


def rename(font: bytes, family: str, style: str) -> bytes:
    """``font`` with ``family`` (and ``style``: Regular, Bold) as its names."""
    postscript = "".join(c for c in family if c.isalnum()) + "-" + style
    new = {
        1: family,
        2: style,
        3: f"{postscript};credithealth",
        4: f"{family} {style}",
        6: postscript,
    }
    kept = [r for r in _name_records(font) if r[3] not in REPLACED and r[3] != 2]
    records = kept + [
        (WINDOWS, UNICODE_BMP, EN_US, nid, text.encode("utf-16-be")) for nid, text in new.items()
    ]
    records.sort(key=lambda r: r[:4])
    strings = b""
    packed = b""
    for pid, eid, lid, nid, raw in records:
        packed += struct.pack(">6H", pid, eid, lid, nid, len(raw), len(strings))
        strings += raw
    table = struct.pack(">HHH", 0, len(records), 6 + 12 * len(records)) + packed + strings

    _, tables = _tables(font)
    record_at = tables[b"name"][0]
    out = bytearray(font + b"\0" * (-len(font) % 4))
    offset = len(out)
    out += table + b"\0" * (-len(table) % 4)
    struct.pack_into(">III", out, record_at + 4, _checksum(table), offset, len(table))
    # the whole-font checksum lives in head; keep it right for strict loaders
    head_at = tables[b"head"][2]
    struct.pack_into(">I", out, head_at + 8, 0)
    struct.pack_into(">I", out, head_at + 8, (0xB1B0AFBA - _checksum(bytes(out))) & 0xFFFFFFFF)
    return bytes(out)
