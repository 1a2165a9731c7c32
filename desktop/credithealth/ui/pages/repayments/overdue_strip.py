"""The strip at the top of the repayments page: the past-due balance (while it is not zero
the verdict is blocked), the overdue bills, the oldest due date and the next bill due.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from credithealth.domain.money import format_yuan
from credithealth.store.bills import (
    BillStatus,
    OverdueSummary,
    next_due_bill,
    overdue_summary,
)
from credithealth.ui.common.session import Session
from credithealth.ui.common.style import overdue_color, verdict_colors
from credithealth.ui.common.tr_args import with_args
from credithealth.ui.pages.repayments.models import (
    days_late_text,
    tinted,
)


def _rgba(c: QColor) -> str:
    return f"rgba({c.red()}, {c.green()}, {c.blue()}, {c.alpha()})"


class Stat(QWidget):
    """A small caption over a value."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel()
        self.value = QLabel()
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        f = self.value.font()
        f.setPointSizeF(f.pointSizeF() * 1.25)
        f.setBold(True)
        self.value.setFont(f)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(1)
        lay.addWidget(self.caption)
        lay.addWidget(self.value)


class OverdueStrip(QFrame):
    """Past-due balance, overdue bills, the oldest due date, and the next bill."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overdueStrip")
        self.balance = Stat()
        self.count = Stat()
        self.oldest = Stat()
        self.next_due = Stat()
        lay = QHBoxLayout(self)
        lay.setContentsMargins(14, 8, 14, 8)
        lay.setSpacing(28)
        for s in (self.balance, self.count, self.oldest, self.next_due):
            lay.addWidget(s)
        lay.addStretch(1)
        self.summary = OverdueSummary()
        self.next_bill: BillStatus | None = None
        self.today = date.today()

    @property
    def overdue(self) -> bool:
        return self.summary.bills > 0

    def load(self, session: Session) -> None:
        """Read the figures from the store (after a change) and show them."""
        self.today = session.today()
        self.summary = overdue_summary(session.db, self.today)
        self.next_bill = next_due_bill(session.db, self.today)
        self.render()

    def render(self) -> None:
        """Show the figures read last, in the current language."""
        s, nxt, today = self.summary, self.next_bill, self.today
        self.balance.caption.setText(self.tr("Past-due balance"))
        self.balance.value.setText(format_yuan(s.balance_fen))
        self.count.caption.setText(self.tr("Overdue bills"))
        self.count.value.setText(str(s.bills))
        self.oldest.caption.setText(self.tr("Oldest due date"))
        if s.oldest_due_on is None:
            self.oldest.value.setText("—")
        else:
            late = days_late_text((today - s.oldest_due_on).days)
            self.oldest.value.setText(
                with_args(self.tr("%1 (%2)"), s.oldest_due_on.isoformat(), late)
            )
        self.next_due.caption.setText(self.tr("Next bill"))
        if nxt is None:
            self.next_due.value.setText("—")
        else:
            self.next_due.value.setText(
                with_args(
                    self.tr("%1 · %2 · %3 left"),
                    nxt.bill.due_on.isoformat(),
                    nxt.fact.account_name,
                    format_yuan(nxt.fact.unpaid_fen()),
                )
            )
        if self.overdue:
            red = overdue_color()
            bg, fg, border, value_fg = _rgba(tinted(red, 40)), red.name(), red.name(), red.name()
        else:
            ok_bg, ok_fg = verdict_colors("likely")
            bg, fg, border, value_fg = ok_bg.name(), ok_fg.name(), ok_bg.name(), ok_fg.name()
        self.setStyleSheet(
            f"#overdueStrip {{ background: {bg}; border: 1px solid {border}; border-radius: 6px; }}"
            f" #overdueStrip QLabel {{ color: {fg}; background: transparent; }}"
        )
        for stat in (self.balance, self.count, self.oldest):
            stat.value.setStyleSheet(f"color: {value_fg};")
        self.setToolTip(
            self.tr("Unpaid overdue bills block an application until they are repaid in full.")
            if self.overdue
            else ""
        )
