"""The work that follows the first frame (the day's backup, the reminders' digest) waits
for the overview's charts, which the user waits for next, and never longer than
``CHARTS_WAIT_MS``; with another page in front, or the charts drawn, it starts at once."""

from __future__ import annotations

import pytest

from credithealth.ui.app import startup
from credithealth.ui.app.main_window import MainWindow


def test_work_waits_for_the_charts(qtbot, session, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(startup, "CHARTS_WAIT_MS", 120_000)  # a slow machine: still the charts
    w = MainWindow(session)
    qtbot.addWidget(w)
    w.show_page("overview")  # whatever page an earlier test left in the settings
    ran: list[bool] = []
    startup.after_charts(w, lambda: ran.append(w.pages["overview"].charts_pending))
    overview = w.pages["overview"]
    with qtbot.waitSignal(w.first_painted, timeout=10_000):
        w.show()
    assert overview.charts_pending and ran == []  # the frame is up, the charts are not
    with qtbot.waitSignal(overview.charts_drawn, timeout=60_000):
        pass
    assert ran == []  # not inside the signal: the charts are painted first
    qtbot.waitUntil(lambda: ran == [False])  # once, after the charts
    qtbot.wait(50)
    assert ran == [False]


def test_at_the_latest_after_the_cap(qtbot, session, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(startup, "CHARTS_WAIT_MS", 0)
    w = MainWindow(session)
    qtbot.addWidget(w)
    w.show_page("overview")
    ran: list[bool] = []
    startup.after_charts(w, lambda: ran.append(w.pages["overview"].charts_pending))
    w.show()
    qtbot.waitUntil(lambda: ran != [], timeout=10_000)
    assert ran == [True]  # the charts were still coming: the cap, not the charts, started it
    with qtbot.waitSignal(w.pages["overview"].charts_drawn, timeout=60_000):
        pass
    assert ran == [True]  # and not a second time


def test_at_once_when_another_page_is_in_front(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    w = MainWindow(session)
    qtbot.addWidget(w)
    w.show_page("repayments")
    ran: list[str] = []
    startup.after_charts(w, lambda: ran.append("ran"))
    with qtbot.waitSignal(w.first_painted, timeout=10_000):
        w.show()
    qtbot.waitUntil(lambda: ran == ["ran"])


def test_the_holiday_calendar_is_warmed_in_a_worker(qtbot) -> None:  # type: ignore[no-untyped-def]
    from credithealth.domain.workdays import official_years
    from credithealth.ui.app import launch
    from credithealth.ui.common.worker import wait_all

    official_years.cache_clear()
    launch._warm_calendar()
    assert wait_all()
    qtbot.waitUntil(lambda: official_years.cache_info().currsize == 1)
    assert 2026 in official_years()  # the installed package carries the 2026 notice
