"""The bundled Noto Sans CJK SC subset: registered once, used for every word of the report,
so Chinese prints on any machine and the PDF embeds the font.

The subset carries a family name of its own, given once when ``tools/subset_font.py``
makes it: under the upstream name a system's full Noto Sans CJK SC could be drawn
instead, with wrong text in the PDF (Kangxi radicals for some ideographs).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFont, QFontDatabase, QImage

from credithealth.paths import resource
from credithealth.report.style import DPI, TextStyle

FONT_FILES = {"Regular": "NotoSansSC-Regular.subset.otf", "Bold": "NotoSansSC-Bold.subset.otf"}
FAMILY = "Credit Health Noto Sans SC"


@cache
def family() -> str:
    """Register the bundled fonts (once) and return their family name."""
    for name in FONT_FILES.values():
        font_id = QFontDatabase.addApplicationFont(str(resource("fonts", name)))
        if font_id < 0 or FAMILY not in QFontDatabase.applicationFontFamilies(font_id):
            raise RuntimeError(f"the bundled font {name} could not be loaded")
    return FAMILY


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
