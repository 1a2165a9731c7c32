"""Chart cards are built one per event-loop turn after the first frame; when the user has
gone to another page meanwhile, the rest wait until the overview is shown again, so that
page's opening does not pay for them."""

from __future__ import annotations

from credithealth.ui.app.main_window import MainWindow
from credithealth.ui.common.worker import wait_all


def test_cards_wait_while_another_page_is_shown(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    w = MainWindow(session)
    qtbot.addWidget(w)
    w.show_page("overview")
    overview = w.pages["overview"]
    with qtbot.waitSignal(w.first_painted, timeout=10_000):
        w.show()
    w.show_page("repayments")  # before pyqtgraph has loaded: no card is made yet
    assert overview._chart_cards == {}
    wait_all()  # the import is done; its result arrives on the next turns
    qtbot.waitUntil(lambda: overview._charts_waiting, timeout=20_000)
    qtbot.wait(100)
    assert overview._chart_cards == {} and overview.charts is None and overview.charts_pending
    with qtbot.waitSignal(overview.charts_drawn, timeout=60_000):
        w.show_page("overview")
    assert overview.charts is not None and not overview._charts_waiting
