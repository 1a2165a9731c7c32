"""Reminders in the window: ONE digest after a week away, one notification per check,
and the File menu's calendar export."""

from __future__ import annotations

from datetime import datetime

import icalendar
import pytest
from PySide6.QtWidgets import QFileDialog

from credithealth.ui.reminders.digest import DigestDialog
from credithealth.ui.reminders.service import service_for
from tests.ui import reminders_fixtures

# the fixtures this module uses
clean_settings = reminders_fixtures.clean_settings
clocked = reminders_fixtures.clocked

# the offscreen platform has no window system to pass size hints or raise() to
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)


@pytest.fixture
def window_at(qtbot, clocked):  # type: ignore[no-untyped-def]
    from credithealth.ui.app.main_window import MainWindow

    session, clock = clocked
    service_for(session, now=lambda: clock.now)
    w = MainWindow(session)
    qtbot.addWidget(w)
    w.show()
    return w, session, clock


def test_a_week_away_gives_one_digest(qtbot, window_at) -> None:  # type: ignore[no-untyped-def]
    window, _session, clock = window_at
    controller = window.reminders
    controller.start()  # the evening of 12-01: nothing due yet
    assert window.findChildren(DigestDialog) == []
    controller.service.stop()  # the app is closed for a week

    clock.now = datetime(2026, 12, 8, 11, 0)
    with qtbot.waitSignal(controller.service.digest_ready) as got:
        controller.start()
    missed = got.args[0]
    assert [r.kind for r in missed] == ["bill_overdue", "bill_due", "decision", "sesame"]
    dialogs = window.findChildren(DigestDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    digest = dialogs[0]
    assert digest.header.text() == "4 reminders came due while Credit Health was closed:"
    assert digest.lines.text().count("•") == 4
    assert "Overdue since 2026-12-05" in digest.lines.text()
    # nothing is announced twice: the next check finds nothing new
    assert controller.service.check() == []
    # a second start (say, the session reopened) never opens a second digest window
    controller.service.stop()
    controller.start()
    assert len(window.findChildren(DigestDialog)) == 1

    digest.show_button.click()
    assert window.current_page().key == "journey"
    assert not digest.isVisible()


def test_each_check_sends_one_grouped_notification(qtbot, window_at) -> None:  # type: ignore[no-untyped-def]
    window, _session, clock = window_at
    controller = window.reminders
    clock.now = datetime(2026, 12, 8, 11, 0)
    controller.start()
    # the next morning: the overdue bill reminds again (a new day, a new occurrence)
    clock.now = datetime(2026, 12, 9, 9, 0)
    with qtbot.waitSignal(controller.service.arrived) as got:
        controller.service.check()
    assert [r.id for r in got.args[0]] == ["bill_overdue:1:2026-12-09"]
    assert controller.tray.last[0] == "Overdue bill"
    # the day after, the overdue bill and the bill due that day: one notification for both
    clock.now = datetime(2026, 12, 10, 9, 30)
    with qtbot.waitSignal(controller.service.arrived) as got:
        controller.service.check()
    assert len(got.args[0]) == 2
    assert controller.tray.last == ("2 reminders", "Overdue bill · Bill due")
    if not controller.tray.available:  # offscreen: the status bar says it instead
        assert window.statusBar().currentMessage() == "2 reminders: Overdue bill · Bill due"


def test_file_menu_exports_the_calendar(monkeypatch, tmp_path, window_at) -> None:  # type: ignore[no-untyped-def]
    window, _session, _clock = window_at
    actions = [a for a in window.menus["file"].actions() if a.objectName() == "actExportReminders"]
    assert [a.text() for a in actions] == ["Export reminders to calendar…"]
    target = tmp_path / "cal.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    actions[0].trigger()
    cal = icalendar.Calendar.from_ical(target.read_bytes())
    assert str(cal["X-WR-CALNAME"]) == "Credit Health reminders"
    by_uid = {str(e["UID"]): e for e in cal.walk("VEVENT")}
    assert by_uid["bill_due:1@credit-health"].decoded("DTSTART").isoformat() == "2026-12-05"
    assert by_uid["decision:1@credit-health"].decoded("DTSTART").isoformat() == "2026-12-03"
    assert "Saved" in window.statusBar().currentMessage()


def test_a_first_run_starts_reminders_without_a_digest(qtbot, empty_session) -> None:  # type: ignore[no-untyped-def]
    from credithealth.ui.app.main_window import MainWindow
    from credithealth.ui.reminders.service import service_for

    w = MainWindow(empty_session)
    qtbot.addWidget(w)
    digests: list[object] = []
    service_for(empty_session).digest_ready.connect(digests.append)
    w.reminders.start(digest=False)
    assert digests == []
    assert service_for(empty_session).started
