"""The credit-funded rows that look like cash-outs, on the Spending page: when, to whom,
how much and why, as the consumption factor counts them. A row the user knows is no
cash-out can be marked so (undoable); it stays listed, greyed, and no longer counts."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from credithealth.domain.cashout import SuspiciousRow
from credithealth.domain.money import format_yuan
from credithealth.domain.records import Transaction
from credithealth.store import repo
from credithealth.store.errors import StoreError
from credithealth.ui.session import Session
from credithealth.ui.style import muted_color, overdue_color
from credithealth.ui.tr_args import with_args

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def reason_label(code: str) -> str:
    return {
        "transfer_on_credit": QCoreApplication.translate(
            "CashoutReasons", "transfer paid on credit"
        ),
        "resale": QCoreApplication.translate("CashoutReasons", "gift card / recharge card resale"),
        "recycling": QCoreApplication.translate("CashoutReasons", "second-hand recycling"),
        "personal_code": QCoreApplication.translate("CashoutReasons", "personal collection code"),
        "category": QCoreApplication.translate(
            "CashoutReasons", "category often used for cash-outs"
        ),
        "round_repeated": QCoreApplication.translate(
            "CashoutReasons", "same round amount, again and again"
        ),
        "night": QCoreApplication.translate("CashoutReasons", "at night"),
        "dominant_counterparty": QCoreApplication.translate(
            "CashoutReasons", "most credit spending goes here"
        ),
    }.get(code, code)


def reasons_text(row: SuspiciousRow) -> str:
    sep = QCoreApplication.translate("CashoutReasons", "; ")
    return sep.join(reason_label(c) for c in row.reasons)


class CashoutRows(QFrame):
    """The list and its two buttons; filled from the session's latest facts."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("cashoutRows")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.rows: tuple[SuspiciousRow, ...] = ()
        self.title = QLabel()
        f = self.title.font()
        f.setBold(True)
        self.title.setFont(f)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setObjectName("cashoutTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)  # the reasons: the rest
        self.table.itemSelectionChanged.connect(self._selection)
        self.btn_not = QPushButton()
        self.btn_not.setObjectName("notCashout")
        self.btn_not.clicked.connect(lambda: self.mark(True))
        self.btn_count = QPushButton()
        self.btn_count.setObjectName("countCashout")
        self.btn_count.clicked.connect(lambda: self.mark(False))
        buttons = QHBoxLayout()
        buttons.addWidget(self.btn_not)
        buttons.addWidget(self.btn_count)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 8, 10, 8)
        lay.addWidget(self.title)
        lay.addWidget(self.note)
        lay.addWidget(self.table, 1)
        lay.addLayout(buttons)
        self.retranslate()
        self._selection()

    def retranslate(self) -> None:
        counted = sum(1 for r in self.rows if not r.dismissed)
        self.title.setText(
            with_args(self.tr("Cash-out-like rows paid on credit: %1 counted"), str(counted))
        )
        self.note.setText(
            self.tr(
                "A reviewer reads these as cash-outs (套现): each costs consumption points for "
                "six months. If one is an ordinary purchase, select it and mark it."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Counterparty"), self.tr("Amount"), self.tr("Why"), ""]
        )
        self.btn_not.setText(self.tr("&Not a cash-out"))
        self.btn_count.setText(self.tr("Count it a&gain"))
        self._fill()

    def show_rows(self, rows: tuple[SuspiciousRow, ...]) -> None:
        self.rows = rows
        self.setVisible(bool(rows))
        self.retranslate()

    def _fill(self) -> None:
        kept = self.selected()
        self.table.setRowCount(len(self.rows))
        muted, red = muted_color(), overdue_color()
        for i, r in enumerate(self.rows):
            cells = [
                r.occurred_at.strftime("%Y-%m-%d %H:%M"),
                r.counterparty,
                format_yuan(r.amount_fen),
                reasons_text(r),
                self.tr("not a cash-out") if r.dismissed else self.tr("counted"),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, r.id)
                if c == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                item.setForeground(muted if r.dismissed else red if c == 4 else item.foreground())
                if c == 3:
                    item.setToolTip(text)
                self.table.setItem(i, c, item)
        if kept is not None:
            self.select(kept.id)
        self._selection()

    def selected(self) -> SuspiciousRow | None:
        items = self.table.selectedItems()
        if not items:
            return None
        rid = items[0].data(ID_ROLE)
        return next((r for r in self.rows if r.id == rid), None)

    def select(self, rid: int) -> None:
        for i, r in enumerate(self.rows):
            if r.id == rid:
                self.table.selectRow(i)
                return

    def _selection(self) -> None:
        r = self.selected()
        self.btn_not.setEnabled(r is not None and not r.dismissed)
        self.btn_count.setEnabled(r is not None and r.dismissed)

    def mark(self, not_cashout: bool) -> None:
        """Mark the selected row "not a cash-out" (or count it again): undoable."""
        row = self.selected()
        if row is None:
            return
        tx = repo.get(self.session.db, Transaction, row.id)
        if tx is None or tx.not_cashout == not_cashout:
            return

        def text() -> str:
            return with_args(
                self.tr("Mark %1 as not a cash-out")
                if not_cashout
                else self.tr("Count %1 as a cash-out again"),
                f"{row.counterparty} {format_yuan(row.amount_fen)}",
            )

        try:
            self.session.update(tx, replace(tx, not_cashout=not_cashout), text)
        except StoreError as exc:
            self.session.error.emit(exc.msg)
