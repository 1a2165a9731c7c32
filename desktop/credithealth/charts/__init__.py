"""Charts shared by the dashboard (interactive) and the readiness report (printed).

Each chart is built once and fed with ``update(...)``; it draws what it is given and
computes nothing. ``chart.widget`` is the ``pyqtgraph.PlotWidget`` to put in a layout,
``chart.hovered`` reports a ``Readout`` for the point under the mouse, and
``chart.render_into(painter, rect)`` draws it as vectors into any painter.

Import PySide6 before pyqtgraph (this package does) so pyqtgraph binds to it.
"""

from __future__ import annotations

import PySide6.QtWidgets  # noqa: F401 (pyqtgraph picks the Qt binding already imported)

from credithealth.charts.base import Chart
from credithealth.charts.data import RadarData, Readout, SesameBandSpan, SesameData
from credithealth.charts.palette import DARK, LIGHT, Palette, palette_for, system_palette
from credithealth.charts.radar import RadarChart
from credithealth.charts.readiness import ReadinessChart
from credithealth.charts.repayments import RepaymentsChart
from credithealth.charts.sesame import SesameChart
from credithealth.charts.spending import SpendingChart, huabei_pct

__all__ = [
    "DARK",
    "LIGHT",
    "Chart",
    "Palette",
    "RadarChart",
    "RadarData",
    "ReadinessChart",
    "Readout",
    "RepaymentsChart",
    "SesameBandSpan",
    "SesameChart",
    "SesameData",
    "SpendingChart",
    "huabei_pct",
    "palette_for",
    "system_palette",
]
