"""A burst of changes (a column-resize drag) is saved once: after it, on hide, or on quit."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from credithealth.ui.common.widgets.deferred_save import DeferredSave


def _saver(qtbot, quiet_ms: int = 60_000) -> tuple[QWidget, DeferredSave, list[int]]:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    saved: list[int] = []
    return widget, DeferredSave(widget, saved.append, quiet_ms), saved


def test_a_burst_is_saved_once_when_it_stops(qtbot) -> None:  # type: ignore[no-untyped-def]
    _w, saver, saved = _saver(qtbot, quiet_ms=10)
    for i in range(50):
        saver.request(i)
    assert saved == []
    qtbot.waitUntil(lambda: saved == [49])  # the last value, once
    qtbot.wait(30)
    assert saved == [49]
    assert not saver.pending()


def test_hiding_the_widget_saves_what_waits(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget, saver, saved = _saver(qtbot)
    widget.show()
    qtbot.waitExposed(widget)
    widget.hide()
    assert saved == []  # nothing was waiting
    widget.show()
    for i in range(20):
        saver.request(i)
    widget.hide()
    assert saved == [19]
    assert not saver.pending()


def test_quitting_saves_what_waits(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    _w, saver, saved = _saver(qtbot)
    saver.request(7)
    qapp.aboutToQuit.emit()
    assert saved == [7]
    qapp.aboutToQuit.emit()
    assert saved == [7]


def test_cancel_drops_what_waits(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget, saver, saved = _saver(qtbot)
    widget.show()
    saver.request(3)
    saver.cancel()
    widget.hide()
    assert saved == []
    assert not saver.pending()
