from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from credithealth.domain.records import PROFILE_ITEM_KEYS, ProfileChange, ProfileItem
from credithealth.store import repo
from credithealth.ui.common.widgets.fields import qdate
from credithealth.ui.pages.profile.page import ProfilePage, ordinal
from tests.ui.pages.helpers import messages, ok_button, records

TODAY = date(2026, 11, 26)
pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support propagateSizeHints")


def make_page(qtbot, session) -> ProfilePage:  # type: ignore[no-untyped-def]
    page = ProfilePage(session)
    qtbot.addWidget(page)
    return page


def test_models_pass_the_model_tester(qtbot, qtmodeltester, session) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, session)
    qtmodeltester.check(page.items_model)
    qtmodeltester.check(page.changes_model)
    assert [r.key for r in page.items_model.rows] == list(PROFILE_ITEM_KEYS)


def test_ordinals() -> None:
    assert [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 23)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd",
    ]  # fmt: skip


def test_the_third_change_in_the_window_is_warned_about_before_saving(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, session)
    session.insert(ProfileChange("address", TODAY - timedelta(days=12)))
    page.new_change()
    form = page.form
    assert form is not None
    # the second change in the window is allowed, and said to be the last one allowed
    assert "2nd change in 30 days, the most allowed" in form.form_message.text()
    form.reject()

    session.insert(ProfileChange("phone", TODAY - timedelta(days=4)))
    before = records(session.db)
    page.new_change()
    form = page.form
    assert form is not None
    clears = TODAY - timedelta(days=12) + timedelta(days=30)
    assert form.form_message.isVisibleTo(form)
    assert form.form_message.text() == (
        f"This will be the 3rd change in 30 days: re-applying is blocked until {clears.isoformat()}."
    )
    assert records(session.db) == before  # a warning, before anything is saved
    assert ok_button(form).isEnabled()  # it warns; the user may still go ahead
    # back-dated out of the window, it would be no change that counts
    form.changed_on.setDate(form.changed_on.date().addDays(-60))
    assert form.form_message.text() == ""
    form.reject()
    assert records(session.db) == before


def test_change_log_add_edit_delete_undo_redo(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, session)
    before = records(session.db)
    page.changes.new()
    form = page.form
    assert form is not None
    form.changed_on.setDate(form.changed_on.date().addDays(1))
    assert messages(form) == ["This date cannot be in the future."]
    assert not ok_button(form).isEnabled()
    form.changed_on.setDate(form.changed_on.date().addDays(-1))
    form.key.setCurrentIndex(form.key.findData("occupation"))
    ok_button(form).click()
    added = records(session.db)
    assert len(added["profile_changes"]) == len(before["profile_changes"]) + 1
    new = repo.all_of(session.db, ProfileChange, "changed_on = ?", [TODAY.isoformat()])[0]
    assert new.key == "occupation"

    page.edit_change(new)
    assert page.form is not None
    page.form.key.setCurrentIndex(page.form.key.findData("education"))
    ok_button(page.form).click()
    edited = records(session.db)
    assert page.changes.select(lambda c: c.id == new.id)
    page.changes.delete_selected()
    deleted = records(session.db)
    assert all(c["id"] != new.id for c in deleted["profile_changes"])

    stack = session.undo_stack
    stack.undo()
    assert records(session.db) == edited
    stack.undo()
    assert records(session.db) == added
    stack.undo()
    assert records(session.db) == before
    for state in (added, edited, deleted):
        stack.redo()
        assert records(session.db) == state


def test_updating_an_item_offers_to_log_a_change_in_one_undo_step(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, session)
    before = records(session.db)
    r = page.items_model.row_of(lambda x: x.key == "phone")
    page.edit_item(page.items_model.rows[r])
    form = page.form
    assert form is not None
    assert not form.log.isChecked()  # nothing changed yet
    form.updated_on.edit.setDate(form.updated_on.edit.date().addDays(1))  # moved: a new number
    assert form.log.isChecked()
    form.updated_on.edit.setDate(qdate(TODAY))
    ok_button(form).click()
    item = repo.all_of(session.db, ProfileItem, "key = 'phone'")[0]
    assert item.updated_on == TODAY
    assert repo.all_of(session.db, ProfileChange, "changed_on = ?", [TODAY.isoformat()])[0].key == (
        "phone"
    )
    session.undo_stack.undo()  # the item and its change together
    assert records(session.db) == before


def test_first_completing_an_item_is_not_a_change(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, session)
    r = page.items_model.row_of(lambda x: x.key == "education")
    page.tick(page.items_model.rows[r], False)  # untick: asks nothing
    assert not page.items_model.rows[r].item.done
    changes = len(page.changes_model.rows)
    index = page.items_model.index(r, 0)
    page.items_model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    form = page.form
    assert form is not None and not form.log.isChecked()
    ok_button(form).click()
    assert page.items_model.rows[r].item.done
    assert len(page.changes_model.rows) == changes
