"""The check-up 自查 (step 1 of the restore process), as a wizard: why the line was
limited, which credit accounts there are, the Sesame score, and what is already
done for account security and personal info.

On a first run (an empty database) it can fill in the demo story instead. Finishing
saves everything as ONE undoable step: a ``Checkup`` record, the accounts, the
score, and a row for every checklist item (done or not). Run again later (File →
Check-up…), it adds a new ``Checkup`` and updates the existing rows rather than
duplicating them.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from credithealth.domain.factors.account_security import item_counts
from credithealth.domain.records import (
    PROFILE_ITEM_KEYS,
    RECORD_TYPES,
    SECURITY_ITEM_KEYS,
    Account,
    Checkup,
    ProfileItem,
    ScoreSnapshot,
    SecurityItem,
)
from credithealth.store import checklists, repo
from credithealth.store.demo import fill_demo
from credithealth.store.errors import StoreError
from credithealth.store.json_backup import is_empty
from credithealth.ui.common import app_settings, choice_labels, i18n
from credithealth.ui.common.retranslate import Retranslates
from credithealth.ui.common.session import Session
from credithealth.ui.common.tr_args import with_args
from credithealth.ui.pages.journey.checkup_steps import (
    AccountsPage,
    DonePage,
    ReasonsPage,
    SesamePage,
    StartPage,
    StepPage,
    msg_text,
)

START, REASONS, ACCOUNTS, SESAME, DONE, SUMMARY = range(6)


class SummaryPage(StepPage):
    def __init__(self) -> None:
        super().__init__()
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        lay = QVBoxLayout(self)
        lay.addWidget(self.text)
        lay.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Ready"))
        self.setSubTitle(self.tr("Finish saves the check-up. Edit → Undo takes it all back."))
        wizard = self.wizard()
        if isinstance(wizard, CheckupWizard):
            self.text.setText(wizard.summary())

    def initializePage(self) -> None:
        self.retranslate()


class CheckupWizard(Retranslates, QWizard):
    saved = Signal()  # the check-up (or the demo) is in the database

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._finishing = False
        self.setObjectName("checkupWizard")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        db = session.db
        self.first_run = is_empty(db)
        today = session.today()
        rules = session.rules
        er = rules.external_credit
        accounts: dict[str, Account] = {}
        for a in repo.all_of(db, Account):
            accounts.setdefault(a.kind, a)
        self.security_items = checklists.security_items(db)
        self.profile_items = checklists.profile_items(db)
        self.security_now = {
            k: item_counts(self.security_items.get(k), rules, today, False)
            for k in SECURITY_ITEM_KEYS
        }
        self.profile_now = {
            k: bool(self.profile_items.get(k) and self.profile_items[k].done)
            for k in PROFILE_ITEM_KEYS
        }

        def band(score: int) -> str:
            return msg_text("sesame_band." + er.sesame_band(score).band)

        self.start = StartPage()
        self.reasons = ReasonsPage()
        self.accounts = AccountsPage(accounts)
        self.sesame = SesamePage(er.sesame_min, er.sesame_max, band)
        self.done_page = DonePage(self.security_now, self.profile_now, today)
        self.summary_page = SummaryPage()
        if self.first_run:
            self.setPage(START, self.start)
            self.start.language_chosen.connect(self._language)
        for pid, page in (
            (REASONS, self.reasons),
            (ACCOUNTS, self.accounts),
            (SESAME, self.sesame),
            (DONE, self.done_page),
            (SUMMARY, self.summary_page),
        ):
            self.setPage(pid, page)
        self.setStartId(START if self.first_run else REASONS)
        self.resize(680, 520)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Check-up"))

    def _language(self, lang: str) -> None:
        app_settings.LANGUAGE.set(lang)
        i18n.install(lang)

    # -- what will be saved -----------------------------------------------------------

    def demo_chosen(self) -> bool:
        return self.first_run and self.start.demo.isChecked()

    def summary(self) -> str:
        reasons = [choice_labels.checkup_reason(r) for r in self.reasons.reasons.codes()]
        sep = "、" if i18n.current_language() == "zh_CN" else ", "
        lines = [with_args(self.tr("Reasons: %1"), sep.join(reasons) or "—")]
        kinds = [
            choice_labels.account_kind(r.kind)
            + " ("
            + choice_labels.account_status(r._status)
            + ")"
            for r in self.accounts.rows
            if r.check.isChecked()
        ]
        lines.append(with_args(self.tr("Accounts: %1"), sep.join(kinds) or "—"))
        score = self.sesame.value()
        lines.append(
            with_args(self.tr("Sesame score: %1"), str(score) if score is not None else "—")
        )
        sec = sum(b.isChecked() for b in self.done_page.security.values())
        pro = sum(b.isChecked() for b in self.done_page.profile.values())
        lines.append(
            with_args(
                self.tr("Security checklist: %1 of %2 done"), str(sec), str(len(SECURITY_ITEM_KEYS))
            )
        )
        lines.append(
            with_args(
                self.tr("Personal info: %1 of %2 complete"), str(pro), str(len(PROFILE_ITEM_KEYS))
            )
        )
        lines.append("")
        lines.append(self.tr("The overview then shows your verdict and what to do first."))
        return "\n".join(lines)

    # -- saving ---------------------------------------------------------------------

    def validateCurrentPage(self) -> bool:
        """Next on the start page with the demo chosen finishes the wizard."""
        # QWizard.done() validates the page again: by then the demo is being filled
        if self.currentId() == START and self.demo_chosen() and not self._finishing:
            self._finishing = True
            try:
                self.accept()
            finally:
                self._finishing = False
            return False
        return super().validateCurrentPage()

    def accept(self) -> None:
        ok = self.fill_demo() if self.demo_chosen() else self.save()
        if ok:
            super().accept()
            self.saved.emit()

    def fill_demo(self) -> bool:
        try:
            fill_demo(self.session.db, self.session.today(), self.session.rules)
        except StoreError as exc:
            self.session.error.emit(exc.msg)
            return False
        self.session.undo_stack.clear()  # the demo is not an edit to take back
        self.session.notify(*(cls.table for cls in RECORD_TYPES))  # type: ignore[attr-defined]
        return True

    def save(self) -> bool:
        """Everything in one undoable step; if the store refuses a part, nothing is kept."""
        s = self.session
        stack = s.undo_stack
        s.begin_macro(lambda: QCoreApplication.translate("CheckupWizard", "Check-up"))
        try:
            self._save_records()
        except StoreError as exc:
            s.end_macro()
            stack.undo()
            s.error.emit(exc.msg)
            return False
        s.end_macro()
        return True

    def _save_records(self) -> None:
        s = self.session
        today = s.today()
        for row in self.accounts.rows:
            acc = row.account()
            if acc is None:
                continue
            if row.existing is not None:
                s.update(row.existing, acc)
            else:
                s.insert(acc)
        score = self.sesame.value()
        if score is not None:
            s.insert(ScoreSnapshot(today, score))
        for k, box in self.done_page.security.items():
            done = box.isChecked()
            when = self.done_page.password_date() if k == "password_changed" else today
            old = self.security_items.get(k)
            if old is None:
                s.insert(SecurityItem(k, done, when if done else None))
            elif done != self.security_now[k]:
                s.update(old, replace(old, done=done, done_on=when if done else None))
        for k, box in self.done_page.profile.items():
            done = box.isChecked()
            old_p = self.profile_items.get(k)
            if old_p is None:
                s.insert(ProfileItem(k, done, today if done else None))
            elif done != self.profile_now[k]:
                s.update(old_p, replace(old_p, done=done, updated_on=today if done else None))
        s.insert(Checkup(today, self.reasons.reasons.value(), self.reasons.notes.value()))
