from __future__ import annotations

from datetime import date, timedelta

import pytest

from credithealth.domain.assess import assess
from credithealth.domain.records import Application
from credithealth.store import repo
from credithealth.store.facts import load_facts
from credithealth.ui.pages.applications.page import ApplicationsPage
from tests.ui.pages.helpers import messages, ok_button, records

TODAY = date(2026, 11, 26)
pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support propagateSizeHints")


def make_page(qtbot, session) -> ApplicationsPage:  # type: ignore[no-untyped-def]
    page = ApplicationsPage(session)
    qtbot.addWidget(page)
    return page


def test_model_passes_the_model_tester(qtbot, qtmodeltester, session) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, session)
    qtmodeltester.check(page.model)
    assert page.model.rowCount() == 2


def test_a_new_application_stores_the_verdict_predicted_that_day(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, session)
    before = records(session.db)
    page.attempts.new()
    form = page.form
    assert form is not None
    day = TODAY - timedelta(days=100)
    form.submitted_on.setDate(form.submitted_on.date().addDays(-100))
    expected = assess(load_facts(session.db, day, session.rules), session.rules).verdict
    assert form.prediction.text().startswith(
        {"likely": "Likely", "not_yet": "Not yet", "blocked": "Blocked"}[expected]
    )
    form.channel.setCurrentIndex(form.channel.findData("customer_service"))
    ok_button(form).click()
    saved = repo.all_of(session.db, Application, "submitted_on = ?", [day.isoformat()])[0]
    assert saved.predicted_verdict == expected
    assert (saved.status, saved.channel, saved.decided_on) == ("pending", "customer_service", None)
    session.undo_stack.undo()
    assert records(session.db) == before


def test_decided_before_submitted_and_future_dates_are_refused(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, session)
    before = records(session.db)
    page.attempts.new()
    form = page.form
    assert form is not None
    form.submitted_on.setDate(form.submitted_on.date().addDays(1))
    assert messages(form) == ["This date cannot be in the future."]
    form.submitted_on.setDate(form.submitted_on.date().addDays(-1))
    form.status.setCurrentIndex(form.status.findData("refused"))
    assert form.decided_on.check.isChecked()  # a decision comes with its date
    form.submitted_on.setDate(form.submitted_on.date().addDays(-3))
    form.decided_on.edit.setDate(form.submitted_on.date().addDays(-1))
    assert not ok_button(form).isEnabled()
    assert form.form_message.text() == "It cannot be decided before it was submitted."
    form.decided_on.check.setChecked(False)
    assert form.form_message.text() == "Enter the day it was decided."
    ok_button(form).click()
    form.reject()
    assert records(session.db) == before


def test_a_pending_application_is_decided_through_its_action(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, session)
    assert page.attempts.select(lambda a: a.status == "pending")
    pending = page.attempts.selected()
    assert page.act_decide.isEnabled()
    before = records(session.db)
    page.act_decide.trigger()
    form = page.form
    assert form is not None
    form.decided_on.setDate(form.decided_on.date().addDays(-10))
    assert not ok_button(form).isEnabled()  # before it was submitted
    form.decided_on.setDate(form.decided_on.date().addDays(10))
    form.status.setCurrentIndex(form.status.findData("approved"))
    form.feedback.setPlainText("额度已恢复")
    ok_button(form).click()
    decided = repo.get(session.db, Application, pending.id)
    assert decided is not None
    assert (decided.status, decided.decided_on, decided.feedback) == (
        "approved",
        TODAY,
        "额度已恢复",
    )
    assert decided.predicted_verdict == pending.predicted_verdict  # kept as it was
    assert not page.act_decide.isEnabled()
    session.undo_stack.undo()
    assert records(session.db) == before


def test_delete_and_edit_undo_redo(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, session)
    before = records(session.db)
    refused = next(a for a in page.model.rows if a.status == "refused")
    page.edit_application(refused)
    assert page.form is not None
    page.form.feedback.setPlainText("补充了工资流水")
    ok_button(page.form).click()
    edited = records(session.db)
    assert page.attempts.select(lambda a: a.id == refused.id)
    page.attempts.delete_selected()
    deleted = records(session.db)
    session.undo_stack.undo()
    assert records(session.db) == edited
    session.undo_stack.undo()
    assert records(session.db) == before
    session.undo_stack.redo()
    session.undo_stack.redo()
    assert records(session.db) == deleted
