"""The check-up wizard driven the way a user drives it: every path through its real
buttons (mouse clicks on Next, Back, Finish, Cancel; Enter and Escape; typing), never
by calling its slots."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QWidget, QWizard

from credithealth.domain.records import Account, Checkup, ScoreSnapshot, SecurityItem
from credithealth.store import repo
from credithealth.store.json_backup import is_empty
from credithealth.ui.pages.journey.checkup_wizard import (
    ACCOUNTS,
    DONE,
    REASONS,
    SESAME,
    START,
    SUMMARY,
    CheckupWizard,
)
from tests.ui.pages.helpers import records

TODAY = date(2026, 11, 26)
pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support propagateSizeHints")

NEXT = QWizard.WizardButton.NextButton
BACK = QWizard.WizardButton.BackButton
FINISH = QWizard.WizardButton.FinishButton
CANCEL = QWizard.WizardButton.CancelButton


def make(qtbot, session) -> CheckupWizard:  # type: ignore[no-untyped-def]
    w = CheckupWizard(session)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def shown(w: CheckupWizard, which: QWizard.WizardButton) -> bool:
    b = w.button(which)
    return b.isVisible() and b.isEnabled()


def press(qtbot, w: CheckupWizard, which: QWizard.WizardButton) -> None:  # type: ignore[no-untyped-def]
    assert shown(w, which), f"{w.button(which).text()} is not there to press"
    qtbot.mouseClick(w.button(which), Qt.MouseButton.LeftButton)


def tick(qtbot, box: QAbstractButton) -> None:  # type: ignore[no-untyped-def]
    """Click a check box or radio button on its indicator, as a user would."""
    assert box.isVisible() and box.isEnabled()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def type_into(qtbot, field: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)


def test_demo_then_finish_by_mouse_fills_the_demo(qtbot, empty_session) -> None:  # type: ignore[no-untyped-def]
    s = empty_session
    w = make(qtbot, s)
    assert w.currentId() == START and shown(w, NEXT) and not w.button(FINISH).isVisible()
    next_text = w.button(NEXT).text()
    tick(qtbot, w.start.demo)
    assert w.start.demo.isChecked()
    # the demo is the last step: Next says Finish
    assert shown(w, NEXT) and w.button(NEXT).text() == w.buttonText(FINISH) != next_text
    with qtbot.waitSignal(w.saved):
        press(qtbot, w, NEXT)
    assert not w.isVisible()
    assert not is_empty(s.db) and repo.all_of(s.db, Checkup)
    assert s.undo_stack.count() == 0


def test_demo_then_enter_fills_the_demo(qtbot, empty_session) -> None:  # type: ignore[no-untyped-def]
    s = empty_session
    w = make(qtbot, s)
    tick(qtbot, w.start.demo)
    with qtbot.waitSignal(w.saved):
        qtbot.keyClick(w.start.demo, Qt.Key.Key_Return)
    assert not is_empty(s.db)


def test_demo_chosen_then_unchosen_goes_on_to_the_checkup(qtbot, empty_session) -> None:  # type: ignore[no-untyped-def]
    w = make(qtbot, empty_session)
    tick(qtbot, w.start.demo)
    tick(qtbot, w.start.checkup)
    assert shown(w, NEXT) and w.button(NEXT).text() == w.buttonText(NEXT)
    press(qtbot, w, NEXT)
    assert w.currentId() == REASONS
    assert is_empty(empty_session.db)


def test_the_whole_checkup_by_mouse_and_keyboard(qtbot, empty_session) -> None:  # type: ignore[no-untyped-def]
    s = empty_session
    w = make(qtbot, s)
    press(qtbot, w, NEXT)
    assert w.currentId() == REASONS
    assert not w.button(NEXT).isEnabled()  # a reason first ("Not sure" counts)
    tick(qtbot, w.reasons.reasons.boxes["overdue"])
    assert shown(w, NEXT)
    press(qtbot, w, NEXT)

    assert w.currentId() == ACCOUNTS
    huabei = w.accounts.rows[0]
    tick(qtbot, huabei.check)
    type_into(qtbot, huabei.limit, "-5")
    assert not w.button(NEXT).isEnabled() and huabei.error.isVisible()
    type_into(qtbot, huabei.limit, "8,000")
    assert shown(w, NEXT)
    press(qtbot, w, NEXT)

    assert w.currentId() == SESAME
    tick(qtbot, w.sesame.known)
    type_into(qtbot, w.sesame.score, "640")
    assert w.sesame.band.text() == "good"
    qtbot.keyClick(w.sesame.score, Qt.Key.Key_Return)  # Enter is Next
    assert w.currentId() == DONE

    tick(qtbot, w.done_page.security["mfa_enabled"])
    tick(qtbot, w.done_page.profile["real_name"])
    press(qtbot, w, NEXT)
    assert w.currentId() == SUMMARY
    assert "Sesame score: 640" in w.summary_page.text.text()
    assert shown(w, FINISH) and not w.button(NEXT).isVisible()
    with qtbot.waitSignal(w.saved):
        press(qtbot, w, FINISH)

    (acc,) = repo.all_of(s.db, Account)
    assert (acc.kind, acc.credit_limit_fen) == ("huabei", 800_000)
    assert [x.score for x in repo.all_of(s.db, ScoreSnapshot)] == [640]
    mfa = next(i for i in repo.all_of(s.db, SecurityItem) if i.key == "mfa_enabled")
    assert mfa.done and mfa.done_on == TODAY
    assert s.undo_stack.count() == 1


def test_back_keeps_the_answers(qtbot, empty_session) -> None:  # type: ignore[no-untyped-def]
    w = make(qtbot, empty_session)
    press(qtbot, w, NEXT)
    tick(qtbot, w.reasons.reasons.boxes["unknown"])
    press(qtbot, w, NEXT)
    assert w.currentId() == ACCOUNTS
    press(qtbot, w, BACK)
    assert w.currentId() == REASONS and w.reasons.reasons.boxes["unknown"].isChecked()
    press(qtbot, w, BACK)
    assert w.currentId() == START
    assert not w.button(BACK).isVisible()  # nothing before the start


@pytest.mark.parametrize("how", ["button", "escape"])
def test_cancel_saves_nothing(qtbot, empty_session, how: str) -> None:  # type: ignore[no-untyped-def]
    w = make(qtbot, empty_session)
    tick(qtbot, w.start.demo)
    if how == "button":
        press(qtbot, w, CANCEL)
    else:
        qtbot.keyClick(w, Qt.Key.Key_Escape)
    assert not w.isVisible()
    assert is_empty(empty_session.db)


def test_a_recheck_by_buttons_adds_one_checkup(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    s = session
    before = records(s.db)
    w = make(qtbot, s)
    assert w.currentId() == REASONS and not w.first_run
    tick(qtbot, w.reasons.reasons.boxes["unknown"])
    for _page in (ACCOUNTS, SESAME, DONE):
        press(qtbot, w, NEXT)
    press(qtbot, w, NEXT)
    assert w.currentId() == SUMMARY
    press(qtbot, w, FINISH)
    after = records(s.db)
    assert len(after["checkups"]) == len(before["checkups"]) + 1
    assert len(after["accounts"]) == len(before["accounts"])


def test_the_checkup_step_is_named_again_after_a_language_switch(qtbot, empty_session) -> None:  # type: ignore[no-untyped-def]
    from credithealth.ui.common import i18n

    s = empty_session
    w = make(qtbot, s)
    press(qtbot, w, NEXT)
    tick(qtbot, w.reasons.reasons.boxes["unknown"])
    for _page in (ACCOUNTS, SESAME, DONE, SUMMARY):
        press(qtbot, w, NEXT)
    press(qtbot, w, FINISH)
    assert s.undo_stack.undoText() == "Check-up"
    try:
        i18n.install("zh_CN")
        s.retranslate_undo()  # what the main window does on a language change
        assert s.undo_stack.undoText() == "自查"
    finally:
        i18n.install("en")
        s.retranslate_undo()
    assert s.undo_stack.undoText() == "Check-up"
