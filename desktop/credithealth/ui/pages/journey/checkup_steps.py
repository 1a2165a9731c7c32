"""The check-up wizard's steps, one page class each: the first-run start page (language,
check-up or demo), the reasons, the credit accounts (one ``AccountRow`` per kind), the
Sesame score, and what is already done for security and personal info.

``CheckupWizard`` (checkup_wizard.py) strings them together and saves what they hold.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from credithealth.domain.messages import Msg
from credithealth.domain.records import (
    ACCOUNT_STATUSES,
    CHECKUP_REASONS,
    PROFILE_ITEM_KEYS,
    SECURITY_ITEM_KEYS,
    Account,
)
from credithealth.ui.common import choice_labels, i18n
from credithealth.ui.common.retranslate import Retranslates
from credithealth.ui.common.style import overdue_color
from credithealth.ui.common.widgets.check_fields import CheckSet
from credithealth.ui.common.widgets.fields import ChoiceBox, DateEdit, IntEdit, MoneyEdit, NotesEdit

WIZARD_KINDS = ("huabei", "jiebei", "credit_card", "loan")
# what a new Huabei row starts as: the user is here because it was limited or suspended
DEFAULT_STATUS = {"huabei": "suspended"}


def msg_text(code: str) -> str:
    return Msg(code).render(i18n.current_language())


def error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {overdue_color().name()};")
    label.hide()
    return label


def show_error(label: QLabel, error: str | None) -> None:
    label.setText(error or "")
    label.setVisible(bool(error))


class StepPage(Retranslates, QWizardPage):
    """A wizard page that sets its texts again when the language changes."""

    def retranslate(self) -> None:
        pass


class StartPage(StepPage):
    """First run only: the language, and a check-up or the demo story."""

    language_chosen = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.welcome = QLabel()
        self.welcome.setWordWrap(True)
        self.language_label = QLabel("Language / 语言")
        self.language = QComboBox()
        self.language.addItem("中文", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if i18n.current_language() == "zh_CN" else 1)
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_chosen.emit(self.language.currentData())
        )
        self.checkup = QRadioButton()
        self.demo = QRadioButton()
        self.checkup.setChecked(True)
        # QWizard decides between Next and Finish once, on entering a page: so Next stays,
        # says Finish while the demo is chosen, and the wizard finishes there
        # (CheckupWizard.validateCurrentPage)
        self.demo.toggled.connect(lambda _on: self._label_next())
        self.demo_note = QLabel()
        self.demo_note.setWordWrap(True)
        self.demo_note.setContentsMargins(24, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.language_label)
        row.addWidget(self.language)
        row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(row)
        lay.addSpacing(8)
        lay.addWidget(self.welcome)
        lay.addSpacing(8)
        lay.addWidget(self.checkup)
        lay.addWidget(self.demo)
        lay.addWidget(self.demo_note)
        lay.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to Credit Health"))
        self.setSubTitle(self.tr("Everything stays on this computer."))
        self.welcome.setText(
            self.tr(
                "Step 1 of getting your credit line back is a check-up: why it was limited, "
                "which accounts you have, and what is already in order. It takes about two minutes."
            )
        )
        self.checkup.setText(self.tr("Start the check-up"))
        self.demo.setText(self.tr("Explore with demo data first"))
        self.demo_note.setText(
            self.tr(
                "An example story of 18 months. To start your own records later, create a "
                "new database in Preferences."
            )
        )
        self._label_next()

    def _label_next(self) -> None:
        wizard = self.wizard()
        if wizard is not None:
            which = QWizard.WizardButton
            text = wizard.buttonText(
                which.FinishButton if self.demo.isChecked() else which.NextButton
            )
            self.setButtonText(which.NextButton, text)

    def initializePage(self) -> None:
        self._label_next()


class ReasonsPage(StepPage):
    def __init__(self) -> None:
        super().__init__()
        self.reasons = CheckSet(
            [(r, choice_labels.checkup_reason(r)) for r in CHECKUP_REASONS],
            columns=1,
            required=True,
        )
        self.reasons.validity_changed.connect(self.completeChanged)
        self.notes_label = QLabel()
        self.notes = NotesEdit()
        self.notes_label.setBuddy(self.notes)
        lay = QVBoxLayout(self)
        lay.addWidget(self.reasons)
        lay.addSpacing(8)
        lay.addWidget(self.notes_label)
        lay.addWidget(self.notes)
        lay.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Why was the line limited?"))
        self.setSubTitle(
            self.tr(
                "Tick the reasons you were given or suspect. Choose “Not sure” if none was given."
            )
        )
        self.reasons.set_labels({r: choice_labels.checkup_reason(r) for r in CHECKUP_REASONS})
        self.notes_label.setText(self.tr("What the app or customer service told you (optional):"))

    def isComplete(self) -> bool:
        return self.reasons.error() is None


class AccountRow:
    """One kind of credit account: do you have it, its status, its limit."""

    def __init__(self, kind: str, existing: Account | None) -> None:
        self.kind = kind
        self.existing = existing
        self.check = QCheckBox()
        self.status = ChoiceBox([])
        self.limit = MoneyEdit(existing.credit_limit_fen if existing else None, required=False)
        self.error = error_label()
        self.check.setChecked(existing is not None)
        # an account already recorded stays: the check-up updates it, never deletes it
        self.check.setEnabled(existing is None)
        self.check.toggled.connect(self._enable)
        self._status = existing.status if existing else DEFAULT_STATUS.get(kind, "active")
        self.status.currentIndexChanged.connect(self._remember_status)
        self._enable(self.check.isChecked())

    def _remember_status(self, _i: int) -> None:
        v = self.status.value()
        if isinstance(v, str):
            self._status = v

    def _enable(self, on: bool) -> None:
        self.status.setEnabled(on)
        self.limit.setEnabled(on)

    def retranslate(self) -> None:
        self.check.setText(choice_labels.account_kind(self.kind))
        if self.existing is not None:
            self.check.setToolTip(
                QCoreApplication.translate(
                    "AccountsPage", "Already recorded: the check-up updates its status and limit."
                )
            )
        self.status.set_choices(
            [(s, choice_labels.account_status(s)) for s in ACCOUNT_STATUSES], self._status
        )

    def validate(self) -> bool:
        err = self.limit.error() if self.check.isChecked() else None
        show_error(self.error, err)
        return err is None

    def account(self) -> Account | None:
        """The account to save (new or changed), or None when there is nothing to save."""
        if not self.check.isChecked():
            return None
        status = self._status
        limit = self.limit.value()
        if self.existing is not None:
            new = replace(self.existing, status=status, credit_limit_fen=limit)
            return None if new == self.existing else new
        return Account(choice_labels.account_kind(self.kind), self.kind, limit, status)


class AccountsPage(StepPage):
    def __init__(self, existing: dict[str, Account]) -> None:
        super().__init__()
        self.rows = [AccountRow(k, existing.get(k)) for k in WIZARD_KINDS]
        grid = QGridLayout()
        self.headers = [QLabel(), QLabel(), QLabel()]
        for c, h in enumerate(self.headers):
            f = h.font()
            f.setBold(True)
            h.setFont(f)
            grid.addWidget(h, 0, c)
        for i, row in enumerate(self.rows):
            r = 1 + 2 * i
            grid.addWidget(row.check, r, 0)
            grid.addWidget(row.status, r, 1)
            grid.addWidget(row.limit, r, 2)
            grid.addWidget(row.error, r + 1, 2)
            row.check.toggled.connect(lambda _c: self.completeChanged.emit())
            row.limit.textChanged.connect(lambda _t: self.completeChanged.emit())
        grid.setColumnStretch(2, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(grid)
        lay.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Which credit accounts do you have?"))
        self.setSubTitle(
            self.tr("Tick each one, with its status now and its limit if you know it.")
        )
        self.headers[0].setText(self.tr("Account"))
        self.headers[1].setText(self.tr("Status"))
        self.headers[2].setText(self.tr("Limit"))
        for row in self.rows:
            row.retranslate()
            row.limit.setPlaceholderText(self.tr("Optional, e.g. 8,000"))

    def isComplete(self) -> bool:
        return all([row.validate() for row in self.rows])


class SesamePage(StepPage):
    def __init__(self, low: int, high: int, band: object) -> None:
        super().__init__()
        self.band_of = band
        self.known = QCheckBox()
        self.score = IntEdit(low=low, high=high)
        self.score.setPlaceholderText(f"{low}–{high}")
        self.score.setEnabled(False)
        self.band = QLabel()
        self.error = error_label()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.known.toggled.connect(self.score.setEnabled)
        self.known.toggled.connect(lambda _c: self._changed())
        self.score.textChanged.connect(lambda _t: self._changed())
        row = QHBoxLayout()
        row.addWidget(self.score)
        row.addWidget(self.band, 1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.hint)
        lay.addWidget(self.known)
        lay.addLayout(row)
        lay.addWidget(self.error)
        lay.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your Sesame score"))
        self.setSubTitle(self.tr("Optional: you can add it later on the Credit scores page."))
        self.hint.setText(self.tr("In Alipay: Me → Sesame Credit."))
        self.known.setText(self.tr("I know my current Sesame score"))
        self._changed()

    def value(self) -> int | None:
        return self.score.value() if self.known.isChecked() and self.score.error() is None else None

    def _changed(self) -> None:
        err = self.score.error() if self.known.isChecked() else None
        show_error(self.error, err)
        v = self.value()
        self.band.setText(self.band_of(v) if v is not None else "")  # type: ignore[operator]
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.known.isChecked() or self.score.error() is None


class DonePage(StepPage):
    """What is already in order: security items and personal details."""

    def __init__(self, security: dict[str, bool], profile: dict[str, bool], today: date) -> None:
        super().__init__()
        self.security = {k: QCheckBox() for k in SECURITY_ITEM_KEYS}
        self.profile = {k: QCheckBox() for k in PROFILE_ITEM_KEYS}
        self.password_on = DateEdit(today, not_after=today)
        self.password_label = QLabel()
        self.password_error = error_label()
        self.sec_box = QGroupBox()
        sec = QGridLayout(self.sec_box)
        for i, (k, box) in enumerate(self.security.items()):
            box.setChecked(security.get(k, False))
            sec.addWidget(box, i, 0)
        pw = self.security["password_changed"]
        holder = QHBoxLayout()
        holder.addWidget(self.password_label)
        holder.addWidget(self.password_on)
        sec.addLayout(holder, 0, 1)
        sec.addWidget(self.password_error, 1, 1)
        sec.setColumnStretch(2, 1)
        self.password_on.setEnabled(pw.isChecked())
        pw.toggled.connect(self.password_on.setEnabled)
        pw.toggled.connect(lambda _c: self._changed())
        self.password_on.dateChanged.connect(lambda _d: self._changed())
        self.pro_box = QGroupBox()
        pro = QGridLayout(self.pro_box)
        for i, (k, box) in enumerate(self.profile.items()):
            box.setChecked(profile.get(k, False))
            pro.addWidget(box, i // 2, i % 2)
        lay = QVBoxLayout(self)
        lay.addWidget(self.sec_box)
        lay.addWidget(self.pro_box)
        lay.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("What is already in order?"))
        self.setSubTitle(self.tr("Tick what you have done. The rest becomes your to-do list."))
        self.sec_box.setTitle(msg_text("factor.account_security"))
        self.pro_box.setTitle(msg_text("factor.personal_info"))
        for k, box in self.security.items():
            box.setText(msg_text("security_item." + k))
        for k, box in self.profile.items():
            box.setText(msg_text("profile_item." + k))
        self.password_label.setText(self.tr("changed on"))
        self._changed()

    def password_date(self) -> date:
        return self.password_on.value()

    def _changed(self) -> None:
        err = self.password_on.error() if self.security["password_changed"].isChecked() else None
        show_error(self.password_error, err)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.security["password_changed"].isChecked() or self.password_on.error() is None
