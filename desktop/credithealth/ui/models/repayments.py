"""Table models of the Repayments page: accounts, bills and repayments.

Each reloads from the store (``store.bills``): whether a bill is paid, and how
late, is the store's answer as of the session's today, never worked out here.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from credithealth.domain.money import format_yuan
from credithealth.domain.records import ACCOUNT_KINDS, ACCOUNT_STATUSES, Account, Repayment
from credithealth.store.bills import (
    AccountBalance,
    BillStatus,
    account_balances,
    accounts,
    bill_statuses,
    repayments_of,
)
from credithealth.ui.choice_labels import account_kind, account_status
from credithealth.ui.models.records import Column, RecordTableModel
from credithealth.ui.session import Session
from credithealth.ui.style import overdue_color
from credithealth.ui.tr_args import with_args

RIGHT = Qt.AlignmentFlag.AlignRight
Index = QModelIndex | QPersistentModelIndex


def source_label(source: str) -> str:
    if source == "import":
        return QCoreApplication.translate("AccountLabels", "Imported")
    return QCoreApplication.translate("AccountLabels", "By hand")


def bill_source(s: BillStatus) -> str:
    if s.bill.derived:
        return QCoreApplication.translate("AccountLabels", "From bill file, to confirm")
    return QCoreApplication.translate("AccountLabels", "By hand")


def kind_choices() -> list[tuple[object, str]]:
    return [(k, account_kind(k)) for k in ACCOUNT_KINDS]


def status_choices() -> list[tuple[object, str]]:
    return [(s, account_status(s)) for s in ACCOUNT_STATUSES]


def days_late_text(days: int) -> str:
    if days == 1:
        return QCoreApplication.translate("AccountLabels", "1 day late")
    return with_args(QCoreApplication.translate("AccountLabels", "%1 days late"), str(days))


def bill_state(s: BillStatus, on: date) -> tuple[str, bool]:
    """What a bill's status column says on ``on``, and whether it is overdue now."""
    f = s.fact
    if f.past_due_on(on):
        return days_late_text(f.days_late(on)), True
    if f.cleared_on is not None:
        if f.is_late():
            return (
                with_args(
                    QCoreApplication.translate("AccountLabels", "Paid off, %1"),
                    days_late_text(f.days_late(on)),
                ),
                False,
            )
        return QCoreApplication.translate("AccountLabels", "Paid off"), False
    if f.due_on == on:
        return QCoreApplication.translate("AccountLabels", "Due today"), False
    if f.due_on > on:
        days = (f.due_on - on).days
        if f.paid_fen and days == 1:
            text = QCoreApplication.translate("AccountLabels", "Partly paid, due tomorrow")
        elif f.paid_fen:
            text = QCoreApplication.translate("AccountLabels", "Partly paid, due in %1 days")
        elif days == 1:
            text = QCoreApplication.translate("AccountLabels", "Due tomorrow")
        else:
            text = QCoreApplication.translate("AccountLabels", "Due in %1 days")
        return with_args(text, str(days)), False
    # due and not cleared, but the minimum was met in time: not overdue
    return QCoreApplication.translate("AccountLabels", "Minimum paid"), False


def tinted(color: QColor, alpha: int = 36) -> QColor:
    c = QColor(color)
    c.setAlpha(alpha)
    return c


class AccountsModel(RecordTableModel):
    """Accounts with what is still owed on them and how much of it is past due."""

    def __init__(self, session: Session, parent: Any = None) -> None:
        self.session = session
        self.balances: dict[int, AccountBalance] = {}
        super().__init__(self._columns(), self._fetch, parent)

    def _fetch(self) -> list[Account]:
        self.balances = account_balances(self.session.db, self.session.today())
        return accounts(self.session.db)

    def balance(self, a: Account) -> AccountBalance:
        return self.balances.get(a.id or 0, AccountBalance())

    def _columns(self) -> list[Column[Account]]:
        def restricted(a: Account) -> QColor | None:
            return overdue_color() if a.status in ("limited", "suspended") else None

        def late(a: Account) -> QColor | None:
            return overdue_color() if self.balance(a).past_due_fen else None

        return [
            Column(lambda: self.tr("Account"), lambda a: a.name),
            Column(lambda: self.tr("Kind"), lambda a: account_kind(a.kind)),
            Column(lambda: self.tr("Status"), lambda a: account_status(a.status), color=restricted),
            Column(
                lambda: self.tr("Credit limit"),
                lambda a: "" if a.credit_limit_fen is None else format_yuan(a.credit_limit_fen),
                sort=lambda a: -1 if a.credit_limit_fen is None else a.credit_limit_fen,
                align=RIGHT,
            ),
            Column(
                lambda: self.tr("Owed"),
                lambda a: format_yuan(self.balance(a).owed_fen),
                sort=lambda a: self.balance(a).owed_fen,
                align=RIGHT,
            ),
            Column(
                lambda: self.tr("Past due"),
                lambda a: format_yuan(self.balance(a).past_due_fen),
                sort=lambda a: self.balance(a).past_due_fen,
                align=RIGHT,
                color=late,
            ),
            Column(lambda: self.tr("Notes"), lambda a: a.notes.replace("\n", " ")),
        ]


class BillsModel(RecordTableModel):
    """Bills, one account's or all, with paid and how late; overdue rows stand out."""

    def __init__(self, session: Session, parent: Any = None) -> None:
        self.session = session
        self.account_id: int | None = None
        self.today = session.today()
        super().__init__(self._columns(), self._fetch, parent)

    def set_account(self, account_id: int | None) -> None:
        self.account_id = account_id
        self.reload()

    def _fetch(self) -> list[BillStatus]:
        self.today = self.session.today()
        return bill_statuses(self.session.db, self.today, self.account_id)

    def overdue(self, s: BillStatus) -> bool:
        return s.fact.past_due_on(self.today)

    def _columns(self) -> list[Column[BillStatus]]:
        def state_sort(s: BillStatus) -> int:
            # what needs attention first: overdue (the longest late first), then still
            # to pay (the soonest due first), then paid (the latest first)
            f, group = s.fact, 10_000_000
            if self.overdue(s):
                return group - f.days_late(self.today)
            if f.cleared_on is None:
                return 2 * group + f.due_on.toordinal()
            return 4 * group - f.due_on.toordinal()

        return [
            Column(lambda: self.tr("Account"), lambda s: s.fact.account_name),
            Column(lambda: self.tr("Period"), lambda s: s.bill.period),
            Column(lambda: self.tr("Due date"), lambda s: s.bill.due_on.isoformat()),
            Column(
                lambda: self.tr("Amount due"),
                lambda s: format_yuan(s.bill.amount_due_fen),
                sort=lambda s: s.bill.amount_due_fen,
                align=RIGHT,
            ),
            Column(
                lambda: self.tr("Minimum"),
                lambda s: "" if s.bill.min_due_fen is None else format_yuan(s.bill.min_due_fen),
                sort=lambda s: s.fact.min_due_fen,
                align=RIGHT,
            ),
            Column(
                lambda: self.tr("Paid"),
                lambda s: format_yuan(s.fact.paid_fen),
                sort=lambda s: s.fact.paid_fen,
                align=RIGHT,
            ),
            Column(
                lambda: self.tr("Left to pay"),
                lambda s: format_yuan(s.fact.unpaid_fen()),
                sort=lambda s: s.fact.unpaid_fen(),
                align=RIGHT,
            ),
            Column(
                lambda: self.tr("Source"),
                bill_source,
                tooltip=lambda s: (
                    self.tr(
                        "Made from the Huabei purchases and repayments in your imported Alipay "
                        "files. Check it against the bill in Alipay, then confirm, correct or "
                        "delete it."
                    )
                    if s.bill.derived
                    else ""
                ),
            ),
            Column(
                lambda: self.tr("Status"),
                lambda s: bill_state(s, self.today)[0],
                sort=state_sort,
                tooltip=self._state_tooltip,
            ),
        ]

    def _state_tooltip(self, s: BillStatus) -> str:
        f = s.fact
        if f.cleared_on is not None:
            return with_args(self.tr("Paid in full on %1"), f.cleared_on.isoformat())
        if f.min_met_on is not None and f.min_met_on <= f.due_on:
            return with_args(self.tr("Minimum paid on %1"), f.min_met_on.isoformat())
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole)
            and index.isValid()
            and 0 <= index.row() < len(self.rows)
            and self.overdue(self.rows[index.row()])
        ):
            red = overdue_color()
            return red if role == Qt.ItemDataRole.ForegroundRole else tinted(red)
        if (
            role == Qt.ItemDataRole.FontRole
            and index.isValid()
            and index.column() == len(self.columns) - 1
            and 0 <= index.row() < len(self.rows)
            and self.overdue(self.rows[index.row()])
        ):
            f = QFont()
            f.setBold(True)
            return f
        if (
            role == Qt.ItemDataRole.FontRole
            and index.isValid()
            and 0 <= index.row() < len(self.rows)
            and self.rows[index.row()].bill.derived
        ):
            f = QFont()
            f.setItalic(True)  # not the user's own record until confirmed
            return f
        return super().data(index, role)


class RepaymentsModel(RecordTableModel):
    """Repayments, newest first, with the account and the bill each one pays."""

    def __init__(self, session: Session, parent: Any = None) -> None:
        self.session = session
        self.account_id: int | None = None
        self.account_names: dict[int, str] = {}
        self.bill_periods: dict[int, str] = {}
        super().__init__(self._columns(), self._fetch, parent)

    def set_account(self, account_id: int | None) -> None:
        self.account_id = account_id
        self.reload()

    def _fetch(self) -> list[Repayment]:
        db = self.session.db
        self.account_names = {a.id or 0: a.name for a in accounts(db)}
        self.bill_periods = {
            s.id: s.bill.period for s in bill_statuses(db, self.session.today(), self.account_id)
        }
        return repayments_of(db, self.account_id)

    def _bill(self, r: Repayment) -> str:
        if r.bill_id is None:
            return ""
        return self.bill_periods.get(r.bill_id, "")

    def _columns(self) -> list[Column[Repayment]]:
        def money(header: Any, get: Any) -> Column[Repayment]:
            return Column(header, lambda r: format_yuan(get(r)), sort=get, align=RIGHT)

        return [
            Column(lambda: self.tr("Date"), lambda r: r.paid_on.isoformat()),
            Column(lambda: self.tr("Account"), lambda r: self.account_names.get(r.account_id, "")),
            Column(lambda: self.tr("Bill"), self._bill),
            money(lambda: self.tr("Amount"), lambda r: r.amount_fen),
            money(lambda: self.tr("Principal"), lambda r: r.principal_fen),
            money(lambda: self.tr("Interest"), lambda r: r.interest_fen),
            money(lambda: self.tr("Penalty"), lambda r: r.penalty_fen),
            Column(lambda: self.tr("Method"), lambda r: r.method),
            Column(lambda: self.tr("Source"), lambda r: source_label(r.source)),
        ]
