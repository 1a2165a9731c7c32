"""The overview's chart cards under the mouse: the wheel scrolls the page, Ctrl+wheel
(or the wheel after a click into the chart) zooms; the read-out has room, goes when
the pointer leaves and when the language changes; the radar's labels stay on the card."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from credithealth.charts.axes import timestamp
from credithealth.ui.common import i18n
from credithealth.ui.common.worker import wait_all
from credithealth.ui.pages.overview.page import OverviewPage
from tests.ui.pages.overview.scenarios import TODAY, open_session
from tests.ui.pages.overview.test_page import settle

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support propagateSizeHints")


@pytest.fixture
def page(qtbot, qapp, tmp_path: Path, demo_file: Path) -> Iterator[OverviewPage]:  # type: ignore[no-untyped-def]
    s = open_session(tmp_path, "demo", demo_file)
    p = OverviewPage(s)
    qtbot.addWidget(p)
    p.resize(1200, 700)  # shorter than the page: it scrolls
    p.show()
    qtbot.waitExposed(p)
    p.build_charts()
    settle(qtbot, p)
    for card in p.charts.cards():
        card.chart.widget.grab()  # painted once, as on screen: the ranges are the data's
    yield p
    wait_all()
    s.undo_stack.clear()
    s.close()


def wheel(widget, ctrl: bool = False, up: bool = False) -> None:  # type: ignore[no-untyped-def]
    """One notch (down: scroll down or zoom out), as a mouse sends it, over ``widget``."""
    at = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        at,
        QPointF(widget.mapToGlobal(at.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 if up else -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def x_range(card) -> list[float]:  # type: ignore[no-untyped-def]
    return list(card.chart.view.viewRange()[0])


def test_the_wheel_over_a_chart_scrolls_the_page(page) -> None:  # type: ignore[no-untyped-def]
    card = page.charts.readiness
    bar = page.scroll.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(0)
    before = x_range(card)
    wheel(card.chart.widget.viewport())
    assert bar.value() > 0
    assert x_range(card) == pytest.approx(before)
    assert card.reset_button.isHidden()


def test_ctrl_wheel_zooms_the_chart_and_leaves_the_page(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    card = page.charts.readiness
    bar = page.scroll.verticalScrollBar()
    bar.setValue(0)
    before = x_range(card)
    wheel(card.chart.widget.viewport(), ctrl=True, up=True)
    assert bar.value() == 0
    after = x_range(card)
    assert after[1] - after[0] < before[1] - before[0]  # zoomed in
    assert card.reset_button.isVisibleTo(card)


def test_after_a_click_the_plain_wheel_zooms_until_the_pointer_leaves(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    card = page.charts.readiness
    viewport = card.chart.widget.viewport()
    bar = page.scroll.verticalScrollBar()
    bar.setValue(0)
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=viewport.rect().center())
    before = x_range(card)
    wheel(viewport)
    assert bar.value() == 0 and x_range(card) != pytest.approx(before)
    QApplication.sendEvent(viewport, QEvent(QEvent.Type.Leave))
    wheel(viewport)
    assert bar.value() > 0


def test_the_read_out_goes_when_the_pointer_leaves_and_on_a_language_switch(page) -> None:  # type: ignore[no-untyped-def]
    card = page.charts.readiness
    viewport = card.chart.widget.viewport()
    card.chart._mouse_moved(card.chart.view.mapViewToScene(QPointF(timestamp(TODAY), 50)))
    text = card.readout.full_text()
    assert text.startswith(TODAY.isoformat())
    # it has a line of its own, as wide as the card: nothing cut from its start
    assert card.readout.width() > card.width() * 0.8
    assert card.readout.text().startswith(TODAY.isoformat())
    QApplication.sendEvent(viewport, QEvent(QEvent.Type.Leave))
    assert card.readout.full_text() == ""

    card.chart._mouse_moved(card.chart.view.mapViewToScene(QPointF(timestamp(TODAY), 50)))
    assert card.readout.full_text()
    try:
        i18n.install("zh_CN")
        assert card.readout.full_text() == ""
    finally:
        i18n.install("en")


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("width", [230, 320, 480])
def test_the_radar_labels_stay_inside_the_chart(qtbot, page, lang: str, width: int) -> None:  # type: ignore[no-untyped-def]
    card = page.charts.radar
    chart = card.chart
    try:
        i18n.install(lang)
        chart.widget.setFixedWidth(width)
        QCoreApplication.processEvents()
        view_rect = chart.view.sceneBoundingRect()
        for label in chart._factor_labels:
            r = label.mapRectToScene(label.boundingRect())
            assert view_rect.left() - 1 <= r.left() and r.right() <= view_rect.right() + 1, (
                label.textItem.toPlainText(),
                r,
                view_rect,
            )
    finally:
        chart.widget.setMinimumWidth(0)
        chart.widget.setMaximumWidth(16_777_215)
        i18n.install("en")
