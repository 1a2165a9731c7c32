#!/usr/bin/env python3
"""Check that Qt loads the bundled fonts and that they cover the app's key characters.

Developer tool; the tests do not run it.

    QT_QPA_PLATFORM=offscreen python tools/check_fonts.py [--png /tmp/sample.png]

Prints the family and style Qt reports for each font in resources/fonts/, checks a list
of characters with QRawFont.supportsCharacter, and optionally renders a sample to a PNG
(write it outside the repo: previews are not committed).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetrics,
    QGuiApplication,
    QImage,
    QPainter,
    QRawFont,
)

FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"
MUST_HAVE = "信用健康花呗还款逾期芝麻分账单额度恢复申请¥￥，。：“”《》【】→✓①⑩℃…—"
GB2312_GAPS = "堃喆昇镕"  # rare name characters outside GB2312: expected absent
SAMPLE = [
    "信用健康：花呗额度恢复计划",
    "本月还款 ¥1,280.00 ✓ 无逾期（芝麻分 ↑ 12）",
    "【提醒】账单日 3 月 15 日，还款日 4 月 9 日 → ① 按时还款",
]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--png", type=Path, help="render a sample to this PNG")
    args = parser.parse_args()

    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (must outlive the checks)
    ok = True
    families: dict[str, list[str]] = {}
    for path in sorted(FONTS.glob("*.otf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            print(f"FAIL {path.name}: Qt could not load it")
            ok = False
            continue
        fams = QFontDatabase.applicationFontFamilies(font_id)
        raw = QRawFont(str(path), 16)
        missing = [c for c in MUST_HAVE if not raw.supportsCharacter(ord(c))]
        present_rare = [c for c in GB2312_GAPS if raw.supportsCharacter(ord(c))]
        print(
            f"{path.name}: families={fams} raw={raw.familyName()!r} "
            f"style={raw.styleName()!r} weight={raw.weight()}"
        )
        if missing:
            print("  FAIL missing:", "".join(missing))
            ok = False
        if present_rare:
            print("  note: rare characters present:", "".join(present_rare))
        for fam in fams:
            families.setdefault(fam, []).append(raw.styleName())

    for fam in families:
        print(f"family {fam!r} styles: {QFontDatabase.styles(fam)}")
        fm = QFontMetrics(QFont(fam, 14))
        lacking = [c for c in MUST_HAVE if not fm.inFontUcs4(ord(c))]
        print(f"  QFontMetrics.inFontUcs4: {len(MUST_HAVE) - len(lacking)}/{len(MUST_HAVE)}")
        ok = ok and not lacking

    if args.png and families:
        render(next(iter(families)), args.png)
        print("wrote", args.png)
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


def render(family: str, out: Path) -> None:
    image = QImage(900, 300, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setPen(QColor("#1f2d2b"))
    y = 50
    for i, line in enumerate(SAMPLE):
        font = QFont(family, 22 if i == 0 else 16)
        font.setBold(i == 0)
        painter.setFont(font)
        painter.drawText(24, y, line)
        y += 56
    painter.setFont(QFont(family, 12))
    painter.drawText(
        image.rect().adjusted(24, 0, -24, -20),
        Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft,
        "ABC abc 0123456789 ÀÉÎÕÜ ©®° ± × ÷ ★☆●○■□▲▼※ ①②③④⑤⑥⑦⑧⑨⑩ · 《书名》",
    )
    painter.end()
    image.save(str(out))


if __name__ == "__main__":
    sys.exit(main())
