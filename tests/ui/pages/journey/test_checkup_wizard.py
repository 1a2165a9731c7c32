from __future__ import annotations

from datetime import date

import pytest

from credithealth.domain.records import (
    PROFILE_ITEM_KEYS,
    SECURITY_ITEM_KEYS,
    Account,
    Checkup,
    ProfileItem,
    ScoreSnapshot,
    SecurityItem,
)
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


def make(qtbot, session) -> CheckupWizard:  # type: ignore[no-untyped-def]
    w = CheckupWizard(session)
    qtbot.addWidget(w)
    w.show()
    return w


def fill_in(w: CheckupWizard) -> None:
    """The answers of someone whose Huabei was suspended after an overdue bill."""
    assert w.currentId() == REASONS
    assert not w.reasons.isComplete()  # at least one reason, "not sure" included
    w.reasons.reasons.boxes["overdue"].setChecked(True)
    w.reasons.reasons.boxes["account_risk"].setChecked(True)
    w.reasons.notes.setPlainText("逾期后被暂停")
    w.next()
    assert w.currentId() == ACCOUNTS
    huabei = w.accounts.rows[0]
    assert huabei.kind == "huabei"
    huabei.check.setChecked(True)
    huabei.limit.setText("-5")
    assert not w.accounts.isComplete() and huabei.error.isVisibleTo(w)
    huabei.limit.setText("8,000")
    assert w.accounts.isComplete()
    w.next()
    assert w.currentId() == SESAME
    w.sesame.known.setChecked(True)
    w.sesame.score.setText("951")
    assert not w.sesame.isComplete()
    assert w.sesame.error.text() == "Enter a number from 350 to 950."
    w.sesame.score.setText("640")
    assert w.sesame.band.text() == "good"
    w.next()
    assert w.currentId() == DONE
    w.done_page.security["mfa_enabled"].setChecked(True)
    w.done_page.security["password_changed"].setChecked(True)
    w.done_page.password_on.setDate(w.done_page.password_on.date().addDays(-20))
    w.done_page.profile["real_name"].setChecked(True)
    w.next()
    assert w.currentId() == SUMMARY
    assert "Reasons: Overdue repayment, Account risk" in w.summary_page.text.text()


def test_first_run_seeds_the_checklists_in_one_undoable_step(qtbot, empty_session) -> None:  # type: ignore[no-untyped-def]
    s = empty_session
    w = make(qtbot, s)
    assert w.first_run and w.currentId() == START
    w.next()
    fill_in(w)
    with qtbot.waitSignal(w.saved):
        w.accept()
    sec = {i.key: i for i in repo.all_of(s.db, SecurityItem)}
    pro = {i.key: i for i in repo.all_of(s.db, ProfileItem)}
    assert set(sec) == set(SECURITY_ITEM_KEYS) and len(sec) == 5
    assert set(pro) == set(PROFILE_ITEM_KEYS) and len(pro) == 7
    assert sec["mfa_enabled"].done and sec["mfa_enabled"].done_on == TODAY
    assert sec["password_changed"].done_on == date(2026, 11, 6)
    assert not sec["login_alerts"].done and sec["login_alerts"].done_on is None
    assert pro["real_name"].done and not pro["phone"].done
    (checkup,) = repo.all_of(s.db, Checkup)
    assert (checkup.taken_on, checkup.reason_set) == (TODAY, {"overdue", "account_risk"})
    assert checkup.notes == "逾期后被暂停"
    (acc,) = repo.all_of(s.db, Account)
    assert (acc.kind, acc.status, acc.credit_limit_fen) == ("huabei", "suspended", 800_000)
    assert [x.score for x in repo.all_of(s.db, ScoreSnapshot)] == [640]
    assert s.undo_stack.count() == 1 and s.undo_stack.undoText() == "Check-up"

    s.undo_stack.undo()
    assert all(rows == [] for rows in records(s.db).values())
    s.undo_stack.redo()
    assert len(repo.all_of(s.db, SecurityItem)) == 5


def test_a_recheck_adds_a_checkup_and_never_duplicates_rows(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    s = session
    before = records(s.db)
    w = make(qtbot, s)
    assert not w.first_run and w.currentId() == REASONS
    # what is recorded shows ticked: the demo's five security items but public Wi-Fi
    assert not w.done_page.security["no_public_wifi"].isChecked()
    assert w.done_page.security["mfa_enabled"].isChecked()
    huabei = w.accounts.rows[0]
    assert huabei.existing is not None and not huabei.check.isEnabled()
    w.reasons.reasons.boxes["unknown"].setChecked(True)
    w.next()
    huabei.status.setCurrentIndex(huabei.status.findData("active"))
    w.next()
    w.next()
    w.done_page.security["no_public_wifi"].setChecked(True)
    w.next()
    w.accept()
    after = records(s.db)
    assert len(after["security_items"]) == 5 and len(after["profile_items"]) == 7
    assert len(after["checkups"]) == len(before["checkups"]) + 1
    assert len(after["accounts"]) == len(before["accounts"])
    assert next(a for a in repo.all_of(s.db, Account) if a.kind == "huabei").status == "active"
    wifi = next(i for i in repo.all_of(s.db, SecurityItem) if i.key == "no_public_wifi")
    assert wifi.done and wifi.done_on == TODAY
    # an item left as it was is not rewritten
    assert after["security_items"][0] == before["security_items"][0]
    s.undo_stack.undo()
    assert records(s.db) == before


def test_the_demo_instead(qtbot, empty_session) -> None:  # type: ignore[no-untyped-def]
    s = empty_session
    w = make(qtbot, s)
    w.start.demo.setChecked(True)
    with qtbot.waitSignal(s.changed):
        w.next()  # Next with the demo chosen finishes
    assert not is_empty(s.db)
    assert repo.all_of(s.db, Checkup)  # the demo's own check-up
    assert s.undo_stack.count() == 0


def test_the_start_page_switches_the_language_live(qtbot, empty_session) -> None:  # type: ignore[no-untyped-def]
    from credithealth.ui.common import i18n

    w = make(qtbot, empty_session)
    try:
        w.start.language.setCurrentIndex(w.start.language.findData("zh_CN"))
        assert w.start.title() == "欢迎使用信用健康"
        assert w.windowTitle() == "自查"
        assert w.reasons.reasons.boxes["unknown"].text() == "不清楚"
    finally:
        w.start.language.setCurrentIndex(w.start.language.findData("en"))
    assert i18n.current_language() == "en"
    assert w.start.title() == "Welcome to Credit Health"


def test_the_window_opens_it_on_an_empty_database_and_from_the_menu(qtbot, empty_session) -> None:  # type: ignore[no-untyped-def]
    from credithealth.ui.app.main_window import MainWindow

    win = MainWindow(empty_session)
    qtbot.addWidget(win)
    win.show()
    win.show_page("security")
    win.offer_checkup_if_empty()
    w = win.dialogs.get("checkup")
    assert w.isVisible() and w.first_run
    w.next()
    fill_in(w)
    w.accept()
    assert win.current_page().key == "overview"
    assert win.act_checkup.text() == "&Check-up…"
    win.act_checkup.trigger()
    assert win.dialogs.get("checkup") is not w and not win.dialogs.get("checkup").first_run
    win.dialogs.get("checkup").reject()
