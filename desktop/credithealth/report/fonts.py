"""The bundled Noto Sans CJK SC subset: registered once, used for every word of the report,
so Chinese prints on any machine and the PDF embeds the font."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFont, QFontDatabase, QImage

from credithealth.paths import resource
from credithealth.report.style import DPI, TextStyle

FONT_FILES = ("NotoSansSC-Regular.subset.otf", "NotoSansSC-Bold.subset.otf")
FAMILY = "Noto Sans CJK SC"


@cache
def family() -> str:
    """Register the bundled fonts (once) and return their family name."""
    families: list[str] = []
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource("fonts", name)))
        if font_id < 0:
            raise RuntimeError(f"the bundled font {name} could not be loaded")
        families += QFontDatabase.applicationFontFamilies(font_id)
    return families[0] if families else FAMILY


def font(style: TextStyle) -> QFont:
    f = QFont(family())
    f.setPointSizeF(style.size)
    f.setBold(style.bold)
    # unhinted metrics are the same on paper and on screen, so a preview breaks lines
    # exactly where the PDF does
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    f.setKerning(False)
    return f


@cache
def measure_device() -> QImage:
    """A 96-dpi device that every text layout is measured against, whatever it is drawn on."""
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    dpm = round(DPI / 0.0254)
    image.setDotsPerMeterX(dpm)
    image.setDotsPerMeterY(dpm)
    return image
