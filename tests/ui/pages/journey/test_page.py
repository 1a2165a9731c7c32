"""The journey page: the current step follows the records, "apply" is suggested only when
likely, a refusal starts the cool-down and re-opens the check-up with its feedback."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import icalendar
import pytest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QPushButton

from credithealth.domain.records import Account, Application, Bill, Checkup
from credithealth.store import repo
from credithealth.ui.pages.journey.forms import AttemptForm, CheckupForm, ResultForm
from credithealth.ui.pages.journey.page import ChangesView, JourneyPage
from credithealth.ui.reminders.service import service_for
from tests.ui.conftest import TODAY
from tests.ui.shown import shown

NOW = datetime(2026, 11, 26, 10, 0)
# The forms open as real (window-modal) dialogs; the offscreen platform cannot pass their
# size hints on to a window system and says so. Nothing the app can act on.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def make_page(qtbot):  # type: ignore[no-untyped-def]
    """The page in a main window, with the reminders' clock at 10:00 on the session's day."""

    def make(session) -> JourneyPage:  # type: ignore[no-untyped-def]
        from credithealth.ui.app.main_window import MainWindow

        service_for(session, now=lambda: NOW)
        window = MainWindow(session)
        qtbot.addWidget(window)
        window.show()
        window.show_page("journey")
        page = window.current_page()
        assert isinstance(page, JourneyPage)
        return page

    return make


def texts(widget) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(
        label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)
    )


def button(widget, text: str) -> QPushButton:  # type: ignore[no-untyped-def]
    found = [
        b for b in widget.findChildren(QPushButton) if b.text() == text and b.isVisibleTo(widget)
    ]
    assert found, f"no button {text!r}"
    return found[0]


def ok(form) -> None:  # type: ignore[no-untyped-def]
    b = form.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert b.isEnabled(), form.form_message.text()
    b.click()


def test_the_demo_is_waiting_for_its_decision(make_page, session) -> None:  # type: ignore[no-untyped-def]
    page = make_page(session)
    assert page.state.current == "wait"
    assert [page.cards[s].status for s in ("check", "fix", "apply", "wait", "result")] == [
        "done",
        "done",
        "done",
        "current",
        "next",
    ]
    assert page.headline.text() == "Step 4 of 5: Wait for the review"
    wait = page.cards["wait"]
    assert wait.expanded and not page.cards["check"].expanded
    # submitted Monday 2026-11-23: 1–3 working days
    assert "between 2026-11-24 and 2026-11-26" in texts(wait)


def test_the_current_step_follows_the_records(make_page, empty_session) -> None:  # type: ignore[no-untyped-def]
    s = empty_session
    page = make_page(s)
    assert page.state.current == "check"
    assert page.cards["check"].status == "current"

    s.insert(Checkup(TODAY, "overdue", "花呗被暂停"))
    s.refresh_now()
    # nothing is overdue, but with no bill recorded credit status stands on nothing: step 2
    # is not done while the factor the check-up named still holds the verdict back
    assert page.state.current == "fix"
    assert "Credit status: no data yet" in texts(page.cards["fix"])

    acc = s.insert(Account("花呗", "huabei", 500_000))
    s.insert(Bill(acc.id, "2026-11", TODAY - timedelta(days=16), 120_000))
    s.refresh_now()
    assert page.state.current == "fix"
    assert page.cards["fix"].status == "current"
    assert "¥1,200.00 left" in texts(page.cards["fix"])

    s.insert(Application(TODAY, "app", "pending", predicted_verdict="blocked"))
    s.refresh_now()
    assert page.state.current == "wait"
    assert page.headline.text().startswith("Step 4 of 5")


def test_a_decision_date_in_a_year_without_a_calendar_says_so(make_page, empty_session) -> None:  # type: ignore[no-untyped-def]
    s = empty_session
    s.insert(Application(date(2031, 12, 30), "app", "pending"))  # Tuesday
    page = make_page(s)
    wait = page.cards["wait"]
    assert page.state.current == "wait"
    # 1 January is New Year's Day by law, whatever the schedule: the third working day is the 5th
    assert "between 2031-12-31 and 2032-01-05" in texts(wait)
    assert "no official holiday schedule for 2031" in texts(wait)
    assert "make-up working days (调休) are not known" in texts(wait)


def test_apply_is_suggested_only_when_likely(qtbot, make_page, session) -> None:  # type: ignore[no-untyped-def]
    page = make_page(session)
    apply_card = page.cards["apply"]
    assert not apply_card.expanded  # a done step stays closed until clicked
    apply_card.title.click()
    assert apply_card.expanded
    assert session.assessment.verdict == "not_yet"
    assert "Applying is not suggested yet. First:" in texts(apply_card)
    assert not button(apply_card, "Log an application…").isDefault()
    assert page.cards["apply"].summary.text() == "Applied on 2026-11-23"

    # (as if no application were under review: while one is, no new one is suggested)
    likely = replace(session.assessment, verdict="likely", blockers=(), pending_application=None)
    session.assessment = likely
    session.assessment_changed.emit(likely)
    assert apply_card.expanded  # the user's choice survives the new assessment
    assert "likely to succeed now" in texts(apply_card)
    assert "not suggested" not in texts(apply_card)


def test_logging_an_attempt_keeps_the_prediction_of_that_day(make_page, empty_session) -> None:  # type: ignore[no-untyped-def]
    s = empty_session
    page = make_page(s)
    page.log_attempt()
    form = shown(page, AttemptForm)
    assert form.isVisible()
    assert "The app's estimate on that day: " in form.form_message.text()
    form.channel.setCurrentIndex(form.channel.findData("customer_service"))
    ok(form)
    [app] = repo.all_of(s.db, Application)
    assert (app.submitted_on, app.channel, app.status) == (TODAY, "customer_service", "pending")
    # an empty database gives no estimate ("needs_data"): kept as none, "not estimated"
    assert s.assessment.verdict == "needs_data" and app.predicted_verdict is None


def test_a_refusal_starts_the_cool_down_and_reopens_the_check_up(qtbot, make_page, session) -> None:  # type: ignore[no-untyped-def]
    page = make_page(session)
    page.record_result()
    form = shown(page, ResultForm)
    form.outcome.setCurrentIndex(form.outcome.findData("refused"))
    feedback = "近期频繁修改个人信息，账户存在风险"
    form.feedback.setPlainText(feedback)
    ok(form)
    [pending] = [
        a for a in repo.all_of(session.db, Application) if a.submitted_on == date(2026, 11, 23)
    ]
    assert (pending.status, pending.decided_on, pending.feedback) == ("refused", TODAY, feedback)

    # the check-up re-opens, filled in from the feedback
    checkup = shown(page, CheckupForm)
    assert checkup is not None and checkup.isVisible()
    assert checkup.notes.value() == feedback
    assert set(checkup.reasons.value()) == {"account_risk", "frequent_changes"}

    # the refusal starts the 14-day cool-down, and the result is now the current step
    session.refresh_now()
    until = TODAY + timedelta(days=14)
    assert any(
        b.code == "reapply_cooldown" and b.clears_on == until for b in session.assessment.blockers
    )
    assert page.state.current == "result"
    result = page.cards["result"]
    assert f"wait until {until.isoformat()} before applying again" in texts(result)
    assert page.cards["result"].summary.text() == "Refused on 2026-11-26"
    # and what changed since the attempt of 2026-11-23, per factor
    qtbot.waitUntil(lambda: bool(result.findChildren(ChangesView)), timeout=5000)
    assert "Since the attempt of 2026-11-23:" in texts(result)

    # saving the check-up starts a new round
    ok(checkup)
    session.refresh_now()
    assert page.state.current in ("fix", "apply")
    latest = max(repo.all_of(session.db, Checkup), key=lambda c: c.id)
    assert (latest.taken_on, latest.reasons, latest.notes) == (
        TODAY,
        "account_risk,frequent_changes",
        feedback,
    )


def test_a_new_check_up_from_the_result_step_uses_the_feedback(make_page, session) -> None:  # type: ignore[no-untyped-def]
    app = next(a for a in repo.all_of(session.db, Application) if a.status == "pending")
    session.update(app, replace(app, status="refused", decided_on=TODAY, feedback="逾期未还"))
    session.refresh_now()
    page = make_page(session)
    button(page.cards["result"], "New check-up with this feedback…").click()
    assert shown(page, CheckupForm).reasons.value() == ("overdue",)
    assert shown(page, CheckupForm).notes.value() == "逾期未还"


def test_predicted_vs_actual(qtbot, qtmodeltester, make_page, session) -> None:  # type: ignore[no-untyped-def]
    page = make_page(session)
    qtmodeltester.check(page.track_box.model)
    assert page.track_box.model.rowCount() == 2
    assert "has not said “likely” before a decision yet" in page.track_box.summary.text()
    for day, status, predicted in [
        (date(2026, 3, 2), "approved", "likely"),
        (date(2026, 4, 1), "refused", "likely"),
        (date(2026, 5, 4), "approved", "likely"),
        (date(2026, 5, 20), "approved", "blocked"),
    ]:
        session.insert(Application(day, "app", status, day + timedelta(days=2), "", predicted))
    assert page.track_box.model.rowCount() == 6
    summary = page.track_box.summary.text()
    assert "“Likely” was right 2 of 3 times." in summary
    assert "Approved although the estimate said “not yet” or “blocked”: 2026-05-20" in summary


def test_the_reminders_list_done_snooze_and_undo(qtbot, make_page, session) -> None:  # type: ignore[no-untyped-def]
    page = make_page(session)
    rows = page.reminder_list.rows
    assert [r.reminder.kind for r in rows] == ["decision"]
    rows[0].done.click()
    assert page.reminder_list.rows == []
    assert page.reminder_list.empty.isVisibleTo(page)
    session.undo_stack.undo()
    assert [r.reminder.kind for r in page.reminder_list.rows] == ["decision"]
    page.reminder_list.rows[0].snooze_actions["morning"].trigger()
    assert page.reminder_list.rows == []
    service = service_for(session, now=lambda: NOW + timedelta(days=1))
    service.refresh()
    assert [r.reminder.kind for r in page.reminder_list.rows] == ["decision"]


def test_export_to_calendar(monkeypatch, tmp_path, make_page, session) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "mine"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page = make_page(session)
    page.export_button.click()
    written = tmp_path / "mine.ics"
    cal = icalendar.Calendar.from_ical(written.read_bytes())
    uids = {str(e["UID"]) for e in cal.walk("VEVENT")}
    assert "decision:2@credit-health" in uids
    assert "password:2027-01-18@credit-health" in uids
    assert page.export_note.isVisibleTo(page)
    assert str(written) in page.export_note.text()


def test_the_page_is_in_the_window_and_speaks_chinese(window) -> None:  # type: ignore[no-untyped-def]
    from credithealth.ui.common import i18n

    window.show_page("journey")
    page = window.current_page()
    assert isinstance(page, JourneyPage)
    try:
        i18n.install("zh_CN")
        assert page.title() == "恢复额度"
        assert page.headline.text().startswith("第 4 步")
    finally:
        i18n.install("en")
    assert page.headline.text().startswith("Step 4 of 5")


def test_the_whole_step_header_opens_and_closes_it(qtbot, make_page, session) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint, Qt

    page = make_page(session)
    card = page.cards["apply"]
    assert not card.expanded and card.arrow.arrowType() == Qt.ArrowType.RightArrow
    # the status line, the marker, the empty room right of the title: all open it
    for target in (card.summary, card.marker, card.header):
        was = card.expanded
        pos = QPoint(target.width() - 3, target.height() // 2)
        qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=pos)
        assert card.expanded is not was, target
        assert card.arrow.arrowType() == (
            Qt.ArrowType.DownArrow if card.expanded else Qt.ArrowType.RightArrow
        )
    was = card.expanded
    qtbot.mouseClick(card.arrow, Qt.MouseButton.LeftButton)
    assert card.expanded is not was


def test_a_step_opens_and_closes_by_keyboard(qtbot, make_page, session) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    page = make_page(session)
    card = page.cards["apply"]
    assert card.title.focusPolicy() & Qt.FocusPolicy.TabFocus
    card.title.setFocus()
    qtbot.keyClick(card.title, Qt.Key.Key_Space)
    assert card.expanded
    qtbot.keyClick(card.title, Qt.Key.Key_Return)
    assert not card.expanded
    qtbot.keyClick(card.title, Qt.Key.Key_Enter)
    assert card.expanded
