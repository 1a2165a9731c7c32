"""The forms of the Repayments page: an account, a bill, a repayment.

Each validates as you type (``RecordForm``) and saves when OK is pressed through the
callback it is given; if the store refuses the change, the form stays open with the
store's message, so nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDateEdit, QWidget

from credithealth.domain.money import format_yuan
from credithealth.domain.records import (
    DEFAULT_DUE_DAY,
    DUE_DAY_RANGE,
    Account,
    Bill,
    Repayment,
)
from credithealth.store.bills import BillStatus, accounts, bill_statuses, oldest_unpaid_bill
from credithealth.store.errors import StoreError
from credithealth.ui import i18n
from credithealth.ui.models.repayments import kind_choices, status_choices
from credithealth.ui.session import Session
from credithealth.ui.style import overdue_color
from credithealth.ui.tr_args import with_args
from credithealth.ui.widgets.fields import (
    ChoiceBox,
    DateEdit,
    IntEdit,
    MoneyEdit,
    NotesEdit,
    RecordForm,
    TextEdit,
    qdate,
)


class SavingForm(RecordForm):
    """A record form whose OK saves through ``save``; a refused save keeps it open."""

    def __init__(self, title: str, save: Callable[[Any], None], parent: QWidget | None) -> None:
        self._ready = False  # cross-field checks wait until every field exists
        super().__init__(title, parent)
        self._save = save

    def ready(self) -> None:
        """Called at the end of a subclass's ``__init__``: validate the whole form."""
        self._ready = True
        self.revalidate()

    def revalidate(self) -> bool:
        return super().revalidate() if self._ready else False

    def record(self) -> Any:
        raise NotImplementedError

    def _accept(self) -> None:
        if not self.revalidate():
            return
        try:
            self._save(self.record())
        except StoreError as exc:
            self.form_message.setText(exc.msg.render(i18n.current_language()))
            self.form_message.setStyleSheet(f"color: {overdue_color().name()};")
            self.form_message.show()
            return
        self.accept()


class PeriodEdit(QDateEdit):
    """A bill's month, "YYYY-MM"; one bill per account and month."""

    validity_changed = Signal()

    def __init__(
        self, period: str, taken: Callable[[], set[str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.taken = taken
        self.setDisplayFormat("yyyy-MM")
        self.setDate(QDate(int(period[:4]), int(period[5:7]), 1))
        self.dateChanged.connect(lambda _d: self.validity_changed.emit())

    def value(self) -> str:
        d = self.date()
        return f"{d.year():04d}-{d.month():02d}"

    def error(self) -> str | None:
        if self.value() in self.taken():
            return with_args(self.tr("This account already has a bill for %1."), self.value())
        return None


def _month(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def _next_month(period: str) -> str:
    y, m = int(period[:4]), int(period[5:7])
    return f"{y + (m == 12):04d}-{m % 12 + 1:02d}"


def _day_in(period: str, day: int) -> date:
    """``day`` of the month ``period``, or its last day if the month is shorter."""
    y, m = int(period[:4]), int(period[5:7])
    last = (date(y + (m == 12), m % 12 + 1, 1) - date(y, m, 1)).days
    return date(y, m, min(day, last))


def _account_choices(session: Session) -> list[tuple[object, str]]:
    return [(a.id, a.name) for a in accounts(session.db)]


class AccountForm(SavingForm):
    def __init__(
        self,
        session: Session,
        save: Callable[[Any], None],
        old: Account | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Edit account") if old else self.tr("New account"), save, parent)
        self.old = old
        self.others = [a.name for a in accounts(session.db) if old is None or a.id != old.id]
        self.name = self.add_field(
            self.tr("Name"), TextEdit(old.name if old else "", required=True)
        )
        self.name.setPlaceholderText(self.tr("e.g. Huabei, CMB credit card"))
        self.kind = self.add_field(
            self.tr("Kind"), ChoiceBox(kind_choices(), old.kind if old else "huabei")
        )
        self.status = self.add_field(
            self.tr("Status"), ChoiceBox(status_choices(), old.status if old else "active")
        )
        self.limit = self.add_field(
            self.tr("Credit limit"),
            MoneyEdit(old.credit_limit_fen if old else None, required=False),
        )
        self.limit.setPlaceholderText(self.tr("optional"))
        low, high = DUE_DAY_RANGE
        self.due_day = self.add_field(
            self.tr("Due day"),
            IntEdit(old.due_day if old else DEFAULT_DUE_DAY, low=low, high=high),
        )
        self.due_day.setObjectName("dueDay")
        self.due_day.setToolTip(
            self.tr(
                "The day of the month its bills fall due (Huabei: the 9th or 10th). Bills "
                "made from your bill files fall due on it."
            )
        )
        self.notes = self.add_field(self.tr("Notes"), NotesEdit(old.notes if old else ""))
        self.ready()

    def form_warning(self) -> str | None:
        if self.name.value() in self.others:
            return with_args(self.tr("Another account is already called %1."), self.name.value())
        return None

    def record(self) -> Account:
        return Account(
            name=self.name.value(),
            kind=str(self.kind.value()),
            credit_limit_fen=self.limit.value(),
            status=str(self.status.value()),
            notes=self.notes.value(),
            due_day=self.due_day.value() or DEFAULT_DUE_DAY,
            id=self.old.id if self.old else None,
        )


class BillForm(SavingForm):
    def __init__(
        self,
        session: Session,
        save: Callable[[Any], None],
        old: Bill | None = None,
        account_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Edit bill") if old else self.tr("New bill"), save, parent)
        self.session = session
        self.old = old
        choices = _account_choices(session)
        current = old.account_id if old else account_id
        self.account = self.add_field(self.tr("Account"), ChoiceBox(choices, current))
        period, due = self._defaults()
        self.period = self.add_field(self.tr("Month"), PeriodEdit(period, self._taken))
        self.due = self.add_field(self.tr("Due date"), DateEdit(due))
        self.amount = self.add_field(
            self.tr("Amount due"),
            MoneyEdit(old.amount_due_fen if old else None, allow_zero=False),
        )
        self.minimum = self.add_field(
            self.tr("Minimum due"),
            MoneyEdit(old.min_due_fen if old else None, required=False),
        )
        self.minimum.setPlaceholderText(self.tr("none: the whole amount"))
        if old is None:
            self.account.currentIndexChanged.connect(lambda _i: self._move_to_next_period())
            self.period.dateChanged.connect(lambda _d: self._keep_due_day())
            self.amount.setFocus()
        self.ready()

    def _bills(self) -> list[BillStatus]:
        aid = self.account.value()
        if not isinstance(aid, int):
            return []
        return bill_statuses(self.session.db, self.session.today(), aid)

    def _defaults(self) -> tuple[str, date]:
        if self.old is not None:
            return self.old.period, self.old.due_on
        bills = self._bills()
        if bills:  # the month after the latest, due on the same day of the month
            last = max(bills, key=lambda s: s.bill.period).bill
            period = _next_month(last.period)
            return period, _day_in(period, last.due_on.day)
        period = _month(self.session.today())
        return period, _day_in(period, 10)

    def _move_to_next_period(self) -> None:
        period, due = self._defaults()
        self.period.setDate(QDate(int(period[:4]), int(period[5:7]), 1))
        self.due.setDate(qdate(due))

    def _keep_due_day(self) -> None:
        self.due.setDate(qdate(_day_in(self.period.value(), self.due.value().day)))

    def _taken(self) -> set[str]:
        """The months the chosen account already has a bill of its own for (this one aside):
        a bill derived from a bill file gives way to the one entered here."""
        return {
            s.bill.period
            for s in self._bills()
            if (self.old is None or s.bill.id != self.old.id) and not s.bill.derived
        }

    def form_error(self) -> str | None:
        amount, minimum = self.amount.value(), self.minimum.value()
        if amount is not None and minimum is not None and minimum > amount:
            return self.tr("The minimum due cannot be more than the amount due.")
        return None

    def record(self) -> Bill:
        aid, amount = self.account.value(), self.amount.value()
        assert isinstance(aid, int) and amount is not None
        return Bill(
            account_id=aid,
            period=self.period.value(),
            due_on=self.due.value(),
            amount_due_fen=amount,
            min_due_fen=self.minimum.value(),
            id=self.old.id if self.old else None,
        )


class RepaymentForm(SavingForm):
    def __init__(
        self,
        session: Session,
        save: Callable[[Any], None],
        old: Repayment | None = None,
        account_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Edit repayment") if old else self.tr("Log repayment"), save, parent
        )
        self.session = session
        self.old = old
        self.statuses: dict[int, BillStatus] = {}
        self._amount_typed = old is not None  # an amount of one's own is never overwritten
        today = session.today()
        current = old.account_id if old else account_id
        self.account = self.add_field(
            self.tr("Account"), ChoiceBox(_account_choices(session), current)
        )
        self.bill = self.add_field(self.tr("Pays bill"), ChoiceBox([]))
        self.paid_on = self.add_field(
            self.tr("Date"), DateEdit(old.paid_on if old else today, not_after=today)
        )
        self.amount = self.add_field(
            self.tr("Amount"), MoneyEdit(old.amount_fen if old else None, allow_zero=False)
        )
        self.principal = self.add_field(
            self.tr("Principal"), MoneyEdit(old.principal_fen if old else None, required=False)
        )
        self.principal.setPlaceholderText(self.tr("the rest of the amount"))
        self.interest = self.add_field(
            self.tr("Interest"), MoneyEdit(old.interest_fen if old else None, required=False)
        )
        self.penalty = self.add_field(
            self.tr("Penalty"), MoneyEdit(old.penalty_fen if old else None, required=False)
        )
        self.method = self.add_field(self.tr("Paid with"), TextEdit(old.method if old else ""))
        self.method.setPlaceholderText(self.tr("e.g. Yu'e Bao, bank card"))
        self._fill_bills(old.bill_id if old else None)
        self.account.currentIndexChanged.connect(lambda _i: self._fill_bills(None))
        self.bill.currentIndexChanged.connect(lambda _i: self._suggest_amount())
        self.amount.textEdited.connect(self._typed)
        self._suggest_amount()
        self.amount.setFocus()
        self.amount.selectAll()
        self.ready()

    def _typed(self, _text: str) -> None:
        self._amount_typed = True

    def _left(self, s: BillStatus) -> int:
        """Left to pay on a bill before this repayment (an edited one no longer counts)."""
        left = s.fact.unpaid_fen()
        if self.old is not None and self.old.bill_id == s.id:
            left = s.bill.amount_due_fen - max(0, s.fact.paid_fen - self.old.amount_fen)
        return max(0, left)

    def _fill_bills(self, bill_id: int | None) -> None:
        """The account's bills, newest first; a new repayment pays the oldest unpaid one."""
        aid = self.account.value()
        db, today = self.session.db, self.session.today()
        statuses = bill_statuses(db, today, aid) if isinstance(aid, int) else []
        self.statuses = {s.id: s for s in statuses}
        if self.old is None and isinstance(aid, int):
            oldest = oldest_unpaid_bill(db, aid, today)
            bill_id = oldest.id if oldest else None
        choices: list[tuple[object, str]] = [(0, self.tr("No bill"))]
        for s in reversed(statuses):
            left = self._left(s)
            state = with_args(self.tr("%1 left"), format_yuan(left)) if left else self.tr("paid")
            label = with_args(
                self.tr("%1 · due %2 · %3"), s.bill.period, s.bill.due_on.isoformat(), state
            )
            choices.append((s.id, label))
        self.bill.set_choices(choices, bill_id or 0)
        self._suggest_amount()
        self.revalidate()

    def _chosen(self) -> BillStatus | None:
        bid = self.bill.value()
        return self.statuses.get(bid) if isinstance(bid, int) else None

    def _suggest_amount(self) -> None:
        if self._amount_typed:
            return
        s = self._chosen()
        self.amount.set_value(self._left(s) if s and self._left(s) else None)

    def _split(self) -> tuple[int, int, int] | None:
        amount = self.amount.value()
        if amount is None:
            return None
        interest, penalty = self.interest.value() or 0, self.penalty.value() or 0
        principal = self.principal.value()
        if principal is None:
            principal = max(0, amount - interest - penalty)
        return principal, interest, penalty

    def form_error(self) -> str | None:
        amount, split = self.amount.value(), self._split()
        if amount is not None and split is not None and sum(split) > amount:
            return with_args(
                self.tr("Principal, interest and penalty add up to %1, more than the amount %2."),
                format_yuan(sum(split)),
                format_yuan(amount),
            )
        return None

    def form_warning(self) -> str | None:
        s, amount = self._chosen(), self.amount.value()
        if s is not None and amount is not None and amount > self._left(s):
            return with_args(
                self.tr("More than the %1 left to pay on this bill."), format_yuan(self._left(s))
            )
        return None

    def record(self) -> Repayment:
        aid, amount, split = self.account.value(), self.amount.value(), self._split()
        assert isinstance(aid, int) and amount is not None and split is not None
        bid = self.bill.value()
        fields: dict[str, Any] = {
            "account_id": aid,
            "paid_on": self.paid_on.value(),
            "amount_fen": amount,
            "bill_id": bid if isinstance(bid, int) and bid else None,
            "principal_fen": split[0],
            "interest_fen": split[1],
            "penalty_fen": split[2],
            "method": self.method.value(),
        }
        if self.old is not None:  # keeps its source and import id
            return replace(self.old, **fields)
        return Repayment(**fields)
