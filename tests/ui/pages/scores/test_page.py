from __future__ import annotations

from datetime import date

import pytest

from credithealth.domain.records import CreditReport, ScoreSnapshot
from credithealth.store import repo
from credithealth.ui.pages.scores.page import ScoresPage
from tests.ui.pages.helpers import messages, ok_button, records

TODAY = date(2026, 11, 26)
pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support propagateSizeHints")


def make_page(qtbot, session) -> ScoresPage:  # type: ignore[no-untyped-def]
    page = ScoresPage(session)
    qtbot.addWidget(page)
    return page


def test_models_pass_the_model_tester(qtbot, qtmodeltester, session) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, session)
    qtmodeltester.check(page.sesame_model)
    qtmodeltester.check(page.report_model)
    assert page.sesame_model.rowCount() > 10


@pytest.mark.parametrize("typed", ["349", "951", ""])
def test_sesame_outside_350_950_is_refused_next_to_the_field(qtbot, session, typed) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, session)
    before = records(session.db)
    page.sesame.new()
    form = page.form
    assert form is not None
    assert messages(form) == []  # nothing typed yet: nothing to correct
    form.score.setText("6")
    form.score.setText(typed)  # "": typed, then deleted
    expected = "Enter a number." if typed == "" else "Enter a number from 350 to 950."
    assert messages(form) == [expected]
    assert not ok_button(form).isEnabled()
    ok_button(form).click()
    form.reject()
    assert records(session.db) == before


def test_sesame_add_shows_its_band_and_undoes(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, session)
    before = records(session.db)
    page.sesame.new()
    form = page.form
    assert form is not None
    form.score.setText("950")
    assert form.band.text() == "excellent"
    form.score.setText("350")
    assert form.band.text() == "poor"
    form.score.setText("712")
    ok_button(form).click()
    snap = repo.all_of(session.db, ScoreSnapshot, "taken_on = ?", [TODAY.isoformat()])[0]
    assert snap.score == 712
    assert page.sesame.note.text().startswith("Latest: 712 (excellent)")
    after = records(session.db)
    session.undo_stack.undo()
    assert records(session.db) == before
    session.undo_stack.redo()
    assert records(session.db) == after


def test_report_with_proofs_edit_and_delete_undo(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, session)
    before = records(session.db)
    page.reports.new()
    form = page.form
    assert form is not None
    form.overdue_months.setText("25")
    assert messages(form) == ["Enter a number from 0 to 24."]
    assert not ok_button(form).isEnabled()
    form.overdue_months.setText("0")
    form.taken_on.setDate(form.taken_on.date().addDays(1))
    assert messages(form) == ["This date cannot be in the future."]
    form.taken_on.setDate(form.taken_on.date().addDays(-1))
    form.inquiries.setText("3")
    form.proofs.boxes["property"].setChecked(True)
    form.proofs.boxes["salary_flow"].setChecked(True)
    ok_button(form).click()
    added = records(session.db)
    rep = repo.all_of(session.db, CreditReport, "taken_on = ?", [TODAY.isoformat()])[0]
    assert rep.proofs == "salary_flow,property"  # in the order the kinds are offered
    assert rep.hard_inquiries_6m == 3
    row = page.report_model.row_of(lambda r: r.id == rep.id)
    assert page.report_model.data(page.report_model.index(row, 6)) == (
        "salary statement, property certificate"
    )

    page.edit_report(rep)
    assert page.form is not None
    page.form.proofs.boxes["property"].setChecked(False)
    ok_button(page.form).click()
    edited = records(session.db)
    assert repo.get(session.db, CreditReport, rep.id).proofs == "salary_flow"  # type: ignore[union-attr]

    assert page.reports.select(lambda r: r.id == rep.id)
    page.reports.delete_selected()
    assert repo.get(session.db, CreditReport, rep.id) is None  # type: ignore[arg-type]
    stack = session.undo_stack
    stack.undo()
    assert records(session.db) == edited
    stack.undo()
    assert records(session.db) == added
    stack.undo()
    assert records(session.db) == before
