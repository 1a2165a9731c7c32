from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from credithealth.charts import (
    DARK,
    LIGHT,
    RadarChart,
    RadarData,
    ReadinessChart,
    RepaymentsChart,
    SesameChart,
    SesameData,
    SpendingChart,
    huabei_pct,
)
from credithealth.charts.base import Chart
from credithealth.domain.rules import default_rules
from credithealth.store.series import HistoryPoint, MonthRepayments, MonthSpending
from tests.charts.conftest import FACTORS5


def _render(chart: Chart, w: int = 480, h: int = 260) -> QImage:
    image = QImage(w, h, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    chart.render_into(painter, QRectF(0, 0, w, h))
    painter.end()
    return image


def _ink(image: QImage) -> int:
    """How many sampled pixels are not the background."""
    white = QColor("white").rgb()
    return sum(
        image.pixel(x, y) != white
        for x in range(0, image.width(), 4)
        for y in range(0, image.height(), 4)
    )


def _radar_data() -> RadarData:
    rules = default_rules()
    return RadarData(
        now=FACTORS5,
        thresholds={k: rules.threshold(k) for k in FACTORS5},
        now_on=date(2026, 11, 26),
        before=dict.fromkeys(FACTORS5, 60),
        before_on=date(2026, 8, 28),
    )


def _scene_items(chart: Chart) -> int:
    return len(chart.widget.scene().items())


def test_radar_reads_out_the_nearest_factor(app: QApplication) -> None:
    chart = RadarChart(lang="en")
    chart.update(_radar_data())
    top = chart.readout_at(0.0, 0.5)  # straight up: the first factor
    assert top is not None and top.key == "credit_status"
    assert top.title == "Credit status"
    assert top.lines == ("Credit status: 84 (pass mark 70)", "90 days earlier: 60")
    assert chart.readout_at(5.0, 5.0) is None  # outside the chart
    chart.set_lang("zh_CN")
    assert chart.readout_at(0.0, 0.5).title == "信用状况"  # type: ignore[union-attr]


def test_radar_says_no_data_for_a_factor_without_evidence(app: QApplication) -> None:
    from dataclasses import replace

    from credithealth.domain.assess import assess
    from credithealth.domain.facts import Facts

    empty = assess(Facts(as_of=date(2026, 11, 26)), projection=False)
    data = RadarData.from_assessments(empty, None, default_rules())
    assert data.no_data == frozenset(FACTORS5)
    chart = RadarChart(lang="en")
    chart.update(replace(_radar_data(), no_data=frozenset({"credit_status"})))
    top = chart.readout_at(0.0, 0.5)
    assert top is not None and top.lines == ("Credit status: no data yet",)
    assert chart._factor_labels[0].textItem.toPlainText() == "Credit status\nno data yet"


@pytest.mark.parametrize(
    ("make", "feed"),
    [
        (RadarChart, lambda c, h, r, s: c.update(_radar_data())),
        (ReadinessChart, lambda c, h, r, s: c.update(h, 70)),
        (
            SesameChart,
            lambda c, h, r, s: c.update(
                SesameData.from_rules(
                    [(date(2026, 1, 6), 601), (date(2026, 2, 6), 640)], default_rules()
                )
            ),
        ),
        (RepaymentsChart, lambda c, h, r, s: c.update(r)),
        (SpendingChart, lambda c, h, r, s: c.update(s)),
    ],
)
def test_charts_update_in_place_and_draw(
    app: QApplication,
    make: type[Chart],
    feed: object,
    history: list[HistoryPoint],
    repayments: list[MonthRepayments],
    spending: list[MonthSpending],
) -> None:
    chart = make(lang="en")
    feed(chart, history, repayments, spending)  # type: ignore[operator]
    first = _render(chart)
    items = _scene_items(chart)
    feed(chart, history, repayments, spending)  # type: ignore[operator]
    again = _render(chart)
    assert _scene_items(chart) == items  # updating re-used the items
    assert first == again
    assert _ink(first) > 200


def test_charts_accept_empty_series(app: QApplication) -> None:
    for chart, feed in [
        (ReadinessChart(lang="zh_CN"), lambda c: c.update([], None)),
        (SesameChart(lang="zh_CN"), lambda c: c.update(SesameData([]))),
        (RepaymentsChart(lang="zh_CN"), lambda c: c.update([])),
        (SpendingChart(lang="zh_CN"), lambda c: c.update([])),
    ]:
        feed(chart)
        assert chart.readout_at(0.0, 0.0) is None
        assert _ink(_render(chart)) > 0


def test_readiness_readout(app: QApplication, history: list[HistoryPoint]) -> None:
    chart = ReadinessChart(lang="en")
    chart.update(history, 70)
    from credithealth.charts.axes import timestamp

    r = chart.readout_at(timestamp(date(2026, 7, 30)))
    assert r is not None and r.key == "2026-07-31"
    assert r.lines[:2] == ("Overall: 69", "Verdict: Not yet")
    assert chart.crosshair_x(r) == timestamp(date(2026, 7, 31))


def test_sesame_readout_names_the_band(app: QApplication) -> None:
    chart = SesameChart(lang="zh_CN")
    chart.update(
        SesameData.from_rules([(date(2026, 1, 6), 601), (date(2026, 2, 6), 655)], default_rules())
    )
    from credithealth.charts.axes import timestamp

    assert chart.readout_at(timestamp(date(2026, 2, 1))).lines == ("芝麻信用分655（优秀）",)  # type: ignore[union-attr]


def test_sesame_bands_come_from_the_rules() -> None:
    spans = SesameData.from_rules([], default_rules()).bands
    assert [(b.key, b.low, b.high) for b in spans] == [
        ("poor", 350, 549),
        ("fair", 550, 599),
        ("good", 600, 649),
        ("very_good", 650, 699),
        ("excellent", 700, 950),
    ]


def test_monthly_readouts(
    app: QApplication, repayments: list[MonthRepayments], spending: list[MonthSpending]
) -> None:
    rep = RepaymentsChart(lang="en")
    rep.update(repayments)
    r = rep.readout_at(1.2)
    assert r is not None and r.key == "2026-01" and r.title == "Jan 2026"
    assert r.lines == (
        "On time: 2 (¥2,000.00)",
        "Late: 1 (¥1,200.00)",
        "Past due at month end: ¥0.00",
    )
    assert rep.readout_at(7.0) is None
    sp = SpendingChart(lang="zh_CN")
    sp.update(spending)
    assert sp.readout_at(0.0).lines == ("消费¥1,500.00，共30笔", "花呗¥900.00（占60%）")  # type: ignore[union-attr]
    assert huabei_pct(spending[2]) == 0


def test_hover_emits_a_readout(app: QApplication, repayments: list[MonthRepayments]) -> None:
    chart = RepaymentsChart(lang="en")
    chart.update(repayments)
    chart.resize(480, 260)
    seen: list[object] = []
    chart.hovered.connect(seen.append)
    pos = chart.view.mapViewToScene(chart.view.mapToView(chart.view.boundingRect().center()))
    chart._mouse_moved(pos)
    assert seen and seen[-1] is not None
    assert chart.widget.toolTip().startswith(seen[-1].title)  # type: ignore[attr-defined]
    chart._mouse_moved(QPointF(-50, -50))  # off the plot
    assert seen[-1] is None


def test_palette_and_language_switch_in_place(
    app: QApplication, history: list[HistoryPoint]
) -> None:
    chart = ReadinessChart(lang="en", palette=LIGHT)
    chart.update(history, 70)
    items = _scene_items(chart)
    light = _render(chart)
    chart.set_palette(DARK)
    dark = _render(chart)
    assert dark.pixelColor(2, 2) == QColor(DARK.background)
    assert light.pixelColor(2, 2) == QColor(LIGHT.background)
    chart.set_lang("zh_CN")
    assert chart.plot.getAxis("left").labelText == "得分"
    assert _scene_items(chart) == items


def test_dispose_frees_the_widget_now(app: QApplication, history: list[HistoryPoint]) -> None:
    import shiboken6

    chart = ReadinessChart(lang="en")
    chart.update(history, 70)
    widget = chart.widget
    chart.dispose()
    assert chart.widget is None and not shiboken6.isValid(widget)
    chart.dispose()  # twice is harmless


def test_the_legend_is_sized_in_the_charts_font_whatever_the_apps(
    app: QApplication, history: list[HistoryPoint]
) -> None:
    """The report's charts must come out the same from the app (its own UI font) and
    from the command line (Qt's default font)."""
    from PySide6.QtGui import QFont

    def legend_size() -> tuple[float, float]:
        chart = ReadinessChart(lang="en", font=QFont("DejaVu Sans"), tooltips=False)
        chart.update(history, 70)
        legend = chart._legend
        assert legend is not None
        size = (legend.minimumWidth(), legend.minimumHeight())
        chart.dispose()
        return size

    before = app.font()
    try:
        first = legend_size()
        wide = QFont(before)
        wide.setPointSizeF(before.pointSizeF() * 2)
        wide.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 3)
        app.setFont(wide)
        assert legend_size() == first
    finally:
        app.setFont(before)
