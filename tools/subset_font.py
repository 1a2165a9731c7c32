#!/usr/bin/env python3
"""Regenerate the bundled Chinese UI fonts in resources/fonts/ from Debian's Noto Sans CJK.

Developer tool; the tests do not run it. Needs Debian's ``fonts-noto-cjk`` package
(``apt-get install fonts-noto-cjk``) and fontTools (``pip install fonttools``).

For each weight it takes the "Noto Sans CJK SC" face out of the Debian .ttc collection
(found by its family name, not by a fixed index), then runs pyftsubset on it with the
character set built below:

    pyftsubset NotoSansCJKsc-<Weight>.otf --unicodes-file=charset.txt \
        --layout-features='' --no-hinting --desubroutinize --notdef-outline \
        --name-IDs='*' --output-file=resources/fonts/NotoSansSC-<Weight>.subset.otf

and then names each subset ``Credit Health Noto Sans SC`` (see ``name_face``): a family of
its own, so that no system's full Noto Sans CJK SC can stand in for it.

Usage:  python tools/subset_font.py [--src-dir DIR] [--out-dir DIR] [--keep-temp]
        python tools/subset_font.py --name-only [--out-dir DIR]   (rename existing subsets)
"""

from __future__ import annotations

import argparse
import contextlib
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

from fontTools.ttLib import TTCollection, TTFont

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SRC = Path("/usr/share/fonts/opentype/noto")
DEFAULT_OUT = REPO / "resources" / "fonts"
DEBIAN_COPYRIGHT = Path("/usr/share/doc/fonts-noto-cjk/copyright")
FAMILY = "Noto Sans CJK SC"
WEIGHTS = ("Regular", "Bold")
# the family the bundled subsets carry (the app and the report ask for it by this name)
OWN_FAMILY = "Credit Health Noto Sans SC"
# every name record that carries the family name: family, style, unique id, full name,
# PostScript name, typographic family and style, WWS family and style
RENAMED = {1, 2, 3, 4, 6, 16, 17, 21, 22}
WINDOWS, UNICODE_BMP, EN_US = 3, 1, 0x0409

# Symbols the app uses beyond GB2312 / Latin-1 / CJK punctuation / fullwidth forms.
# U+2717 (✗) is requested but Noto Sans CJK has no glyph for it: it is reported as
# missing and Qt falls back to a system font for it (× U+00D7 is in the subset).
APP_SYMBOLS = "¥￥→←↑↓✓✗•…—–―−“”‘’《》【】·・※●○■□▲▼★☆℃①②③④⑤⑥⑦⑧⑨⑩€‰×÷"

PYFTSUBSET_OPTIONS = (
    "--layout-features=",
    "--no-hinting",
    "--desubroutinize",
    "--notdef-outline",
    "--name-IDs=*",
)


def gb2312_chars() -> set[str]:
    """Every character of GB2312 (rows 0xA1-0xF7, cells 0xA1-0xFE: 7445 characters).

    The same byte range is also decoded as GBK/CP936, which maps a few punctuation
    marks to other code points than strict GB2312 (e.g. A1A4 -> U+00B7 instead of
    U+30FB, A1AA -> U+2014 instead of U+2015); both variants are kept.
    """
    chars: set[str] = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            raw = bytes((hi, lo))
            for codec in ("gb2312", "gbk"):
                with contextlib.suppress(UnicodeDecodeError):
                    chars.add(raw.decode(codec))
    return chars


def wanted_codepoints() -> set[int]:
    cps: set[int] = set()
    cps.update(range(0x20, 0x7F))  # ASCII
    cps.update(range(0xA0, 0x100))  # Latin-1 Supplement
    cps.update(range(0x3000, 0x3040))  # CJK Symbols and Punctuation
    cps.update(range(0xFF01, 0xFF61))  # Fullwidth ASCII variants and brackets
    cps.update(range(0xFFE0, 0xFFE7))  # Fullwidth signs (￠￡￢￣￤￥￦)
    cps.update(ord(c) for c in gb2312_chars())
    cps.update(ord(c) for c in APP_SYMBOLS)
    return cps


def write_unicodes_file(cps: set[int], path: Path) -> None:
    """Write code points as compact hex ranges, the --unicodes-file format."""
    lines: list[str] = []
    ordered = sorted(cps)
    start = prev = ordered[0]
    for cp in [*ordered[1:], None]:
        if cp is not None and cp == prev + 1:
            prev = cp
            continue
        lines.append(f"{start:04X}" if start == prev else f"{start:04X}-{prev:04X}")
        if cp is not None:
            start = prev = cp
    path.write_text("\n".join(lines) + "\n", encoding="ascii")


def extract_face(ttc_path: Path, family: str, out_path: Path) -> TTFont:
    collection = TTCollection(str(ttc_path))
    for font in collection.fonts:
        if font["name"].getDebugName(1) == family:
            font.recalcTimestamp = False  # keep head.modified: byte-identical reruns
            font.save(str(out_path))
            return font
    names = [f["name"].getDebugName(1) for f in collection.fonts]
    raise SystemExit(f"{ttc_path}: no face named {family!r} (has {names})")


def name_face(font: TTFont, family: str, style: str) -> None:
    """Give ``font`` the family ``family`` (and ``style``: Regular, Bold).

    The bundled subset would otherwise share its family name with the full Noto Sans CJK
    SC that many Linux systems install; asked for that family, Qt may draw with the
    system's face, which maps some ideographs to Kangxi radicals (用 to ⽤), so a PDF's text
    would copy and search wrongly. Only the records naming the family change; every other
    record (copyright, licence, vendor, version) is kept, as the SIL OFL asks.
    """
    postscript = "".join(c for c in family if c.isalnum()) + "-" + style
    table = font["name"]
    table.names = [r for r in table.names if r.nameID not in RENAMED]
    names = {
        1: family,
        2: style,
        3: f"{postscript};credithealth",
        4: f"{family} {style}",
        6: postscript,
    }
    for name_id, text in names.items():
        table.setName(text, name_id, WINDOWS, UNICODE_BMP, EN_US)


def name_subset(path: Path, style: str) -> None:
    """Rename the subset at ``path`` in place (the same bytes on every run)."""
    font = TTFont(str(path))
    font.recalcTimestamp = False  # keep head.modified: byte-identical reruns
    name_face(font, OWN_FAMILY, style)
    font.save(str(path))
    print(f"{path.name}: named {font['name'].getDebugName(4)!r}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src-dir", type=Path, default=DEFAULT_SRC)
    parser.add_argument("--out-dir", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--keep-temp", action="store_true", help="keep the extracted faces")
    parser.add_argument(
        "--name-only", action="store_true", help="only (re)name the subsets already in --out-dir"
    )
    args = parser.parse_args()
    if args.name_only:
        for weight in WEIGHTS:
            name_subset(args.out_dir / f"NotoSansSC-{weight}.subset.otf", weight)
        return 0

    args.out_dir.mkdir(parents=True, exist_ok=True)
    cps = wanted_codepoints()
    tmp = Path(tempfile.mkdtemp(prefix="subset_font_"))
    charset = tmp / "charset.txt"
    write_unicodes_file(cps, charset)

    for weight in WEIGHTS:
        ttc = args.src_dir / f"NotoSansCJK-{weight}.ttc"
        face = tmp / f"NotoSansCJKsc-{weight}.otf"
        src = extract_face(ttc, FAMILY, face)
        version = src["name"].getDebugName(5)
        available = set(src.getBestCmap())
        out = args.out_dir / f"NotoSansSC-{weight}.subset.otf"
        cmd = [
            sys.executable,
            "-m",
            "fontTools.subset",
            str(face),
            f"--unicodes-file={charset}",
            *PYFTSUBSET_OPTIONS,
            f"--output-file={out}",
        ]
        print("$", shlex.join(cmd))
        subprocess.run(cmd, check=True)

        result = TTFont(str(out))
        covered = set(result.getBestCmap())
        missing = sorted(cps - available)
        print(
            f"{out.name}: {version}; {len(covered)} characters, "
            f"{len(result.getGlyphOrder())} glyphs, {out.stat().st_size:,} bytes"
        )
        if missing:
            shown = " ".join(f"U+{cp:04X}({chr(cp)})" for cp in missing)
            print(f"  requested but not in the source font ({len(missing)}): {shown}")
        lost = (cps & available) - covered
        if lost:
            print(f"  ERROR: {len(lost)} requested characters were dropped", file=sys.stderr)
            return 1
        # pyftsubset also maps code points that share a kept glyph (here U+220B, U+2245).
        name_subset(out, weight)

    write_license(src, args.out_dir / "OFL.txt")
    check_app_text(cps)
    if not args.keep_temp:
        for p in tmp.iterdir():
            p.unlink()
        tmp.rmdir()
    else:
        print("extracted faces kept in", tmp)
    return 0


def ofl_from_debian_copyright(path: Path) -> str:
    """The SIL OFL 1.1 text from the 'License: SIL-1.1' stanza of a Debian copyright file."""
    lines = path.read_text(encoding="utf-8").splitlines()
    start = lines.index("License: SIL-1.1", lines.index("License: SIL-1.1") + 1)
    body: list[str] = []
    for line in lines[start + 1 :]:
        if not line.startswith(" "):
            break
        body.append("" if line == " ." else line[1:])
    return "\n".join(body).strip("\n") + "\n"


def write_license(font: TTFont, out: Path) -> None:
    name = font["name"]
    header = [
        "Noto Sans CJK SC (bundled here as NotoSansSC-Regular.subset.otf and",
        "NotoSansSC-Bold.subset.otf, subsets of the Debian fonts-noto-cjk package)",
        "",
        f"{name.getDebugName(0)}",  # copyright, from the font's own name table
        f"{name.getDebugName(7)}",  # trademark
        "",
        f"{name.getDebugName(13)}",  # licence description
        "",
        "The licence text follows (as shipped in Debian's fonts-noto-cjk copyright file).",
        "",
    ]
    out.write_text(
        "\n".join(header) + "\n" + ofl_from_debian_copyright(DEBIAN_COPYRIGHT), encoding="utf-8"
    )


def check_app_text(cps: set[int]) -> None:
    """Warn about characters in the app's own source that the subset lacks."""
    src = REPO / "desktop"
    if not src.is_dir():
        return
    used: set[str] = set()
    for path in src.rglob("*.py"):
        used.update(c for c in path.read_text(encoding="utf-8") if ord(c) > 0x7E)
    lacking = sorted(c for c in used if ord(c) not in cps)
    if lacking:
        print("NOTE: app source uses characters outside the subset:", " ".join(lacking))


if __name__ == "__main__":
    sys.exit(main())
