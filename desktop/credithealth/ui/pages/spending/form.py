"""The form for a transaction kept by hand (one the bill files do not have: cash, a shop
that takes neither app). Imported transactions are the bill's record and are not edited
here; they can be deleted.

Times are Beijing time, as the bill files are, so a hand-kept purchase falls in the
same month as the imported ones around it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import QTimeEdit, QWidget

from credithealth.domain.records import TRANSACTION_KINDS, Transaction
from credithealth.ui.common.widgets.fields import ChoiceBox, DateEdit, MoneyEdit, TextEdit
from credithealth.ui.pages.repayments.forms import SavingForm
from credithealth.ui.pages.spending.transactions_model import kind_label

BEIJING = timezone(timedelta(hours=8))
# what a hand-kept row can be; the rest (closed orders, failed repayments) only come from bills
MANUAL_KINDS = ("purchase", "income", "transfer", "cashout", "investment", "other")


class TimeEdit(QTimeEdit):
    validity_changed = Signal()

    def __init__(self, t: time, parent: QWidget | None = None) -> None:
        super().__init__(QTime(t.hour, t.minute), parent)
        self.setDisplayFormat("HH:mm")
        self.timeChanged.connect(lambda _t: self.validity_changed.emit())

    def value(self) -> time:
        q = self.time()
        return time(q.hour(), q.minute())

    def error(self) -> str | None:
        return None


class TransactionForm(SavingForm):
    def __init__(
        self,
        save: Callable[[Any], None],
        today: date,
        old: Transaction | None = None,
        categories: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Edit transaction") if old else self.tr("New transaction"), save, parent
        )
        self.old = old
        when = old.occurred_at.astimezone(BEIJING) if old else None
        self.day = self.add_field(
            self.tr("Date"), DateEdit(when.date() if when else today, not_after=today)
        )
        self.time = self.add_field(self.tr("Time"), TimeEdit(when.time() if when else time(12)))
        self.direction = self.add_field(
            self.tr("Direction"),
            ChoiceBox(
                [
                    ("out", self.tr("Money out")),
                    ("in", self.tr("Money in")),
                    ("neutral", self.tr("Neither (a move between my own accounts)")),
                ],
                old.direction if old else "out",
            ),
        )
        self.amount = self.add_field(
            self.tr("Amount"), MoneyEdit(old.amount_fen if old else None, allow_zero=False)
        )
        kinds = [k for k in TRANSACTION_KINDS if k in MANUAL_KINDS or (old and k == old.kind)]
        self.kind = self.add_field(
            self.tr("Kind"),
            ChoiceBox([(k, kind_label(k)) for k in kinds], old.kind if old else "purchase"),
        )
        self.counterparty = self.add_field(
            self.tr("Counterparty"), TextEdit(old.counterparty if old else "", required=True)
        )
        self.counterparty.setPlaceholderText(self.tr("the shop or person"))
        self.description = self.add_field(
            self.tr("Description"), TextEdit(old.description if old else "")
        )
        self.category = self.add_field(self.tr("Category"), TextEdit(old.category if old else ""))
        self.category.setPlaceholderText(self.tr("e.g. 餐饮美食"))
        if categories:
            from PySide6.QtWidgets import QCompleter

            self.category.setCompleter(QCompleter(categories, self.category))
        self.method = self.add_field(self.tr("Paid with"), TextEdit(old.method if old else ""))
        self.method.setPlaceholderText(self.tr("e.g. 花呗 (Huabei), cash, a bank card"))
        self.direction.currentIndexChanged.connect(lambda _i: self._kind_follows_direction())
        self.ready()

    def _kind_follows_direction(self) -> None:
        """Money in is seldom a purchase: offer the likelier kind."""
        kind, direction = self.kind.value(), self.direction.value()
        if direction == "in" and kind == "purchase":
            self.kind.setCurrentIndex(self.kind.findData("income"))
        elif direction == "out" and kind == "income":
            self.kind.setCurrentIndex(self.kind.findData("purchase"))

    def form_error(self) -> str | None:
        kind, direction = self.kind.value(), self.direction.value()
        if kind == "purchase" and direction != "out":
            return self.tr("A purchase is money out.")
        if kind == "income" and direction == "out":
            return self.tr("Income is money in.")
        return None

    def record(self) -> Transaction:
        at = datetime.combine(self.day.value(), self.time.value(), tzinfo=BEIJING)
        method = self.method.value()
        kind = str(self.kind.value())
        return Transaction(
            occurred_at=at,
            amount_fen=self.amount.value() or 0,
            direction=str(self.direction.value()),
            kind=kind,
            category=self.category.value(),
            counterparty=self.counterparty.value(),
            description=self.description.value(),
            method=method,
            status=self.old.status if self.old else "",
            source="manual",
            external_id=None,
            parent_external_id=None,
            # paid with Huabei, as the importers decide it: the method names it
            huabei=kind in ("purchase", "cashout") and "花呗" in method,
            import_id=None,
            id=self.old.id if self.old else None,
        )
