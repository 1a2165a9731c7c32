"""The transactions table of the Spending page: a model that never holds the whole list.

``rowCount`` is a SQL count; rows are read a window of ``PAGE`` at a time, when the
view first asks for one of them, and at most ``MAX_PAGES`` windows are kept (the
least recently used go first). Sorting and filtering happen in SQL. Newest first
(the default) is read by OFFSET through the time index at any depth; for any other
order the model takes the matching ids in that order once (integers, not rows) and
reads each window by id, so scrolling a list sorted by counterparty does not make
SQLite sort 100,000 rows for every window.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from credithealth.domain.money import format_yuan
from credithealth.domain.records import Transaction
from credithealth.store.database import Database
from credithealth.store.imports import is_derived_key
from credithealth.store.transactions import (
    INDEXED_SORTS,
    TransactionFilter,
    count_transactions,
    position_of,
    transaction_ids,
    transaction_page,
    transactions_by_id,
)
from credithealth.ui.common.style import muted_color

Index = QModelIndex | QPersistentModelIndex
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
PAGE = 200
MAX_PAGES = 40
# kinds that are not spending and do not move money the user keeps: shown quieter
QUIET_KINDS = frozenset({"closed", "repayment_failed", "other"})


def kind_label(kind: str) -> str:
    return {
        "purchase": QCoreApplication.translate("TransactionLabels", "Purchase"),
        "refund": QCoreApplication.translate("TransactionLabels", "Refund"),
        "closed": QCoreApplication.translate("TransactionLabels", "Closed / unpaid"),
        "repayment": QCoreApplication.translate("TransactionLabels", "Repayment"),
        "repayment_failed": QCoreApplication.translate("TransactionLabels", "Repayment failed"),
        "cashout": QCoreApplication.translate("TransactionLabels", "Cash-out on credit"),
        "loan": QCoreApplication.translate("TransactionLabels", "Loan paid out"),
        "transfer": QCoreApplication.translate("TransactionLabels", "Transfer"),
        "income": QCoreApplication.translate("TransactionLabels", "Income"),
        "investment": QCoreApplication.translate("TransactionLabels", "Savings / investment"),
        "other": QCoreApplication.translate("TransactionLabels", "Other"),
    }.get(kind, kind)


def kind_tooltip(kind: str) -> str:
    return {
        "purchase": QCoreApplication.translate("TransactionLabels", "Counts as spending."),
        "refund": QCoreApplication.translate(
            "TransactionLabels", "Money back: taken off the spending of the purchase it refunds."
        ),
        "closed": QCoreApplication.translate(
            "TransactionLabels", "Closed or never paid: not spending."
        ),
        "repayment": QCoreApplication.translate(
            "TransactionLabels", "A credit repayment: also listed under Repayments."
        ),
        "repayment_failed": QCoreApplication.translate(
            "TransactionLabels", "A repayment that failed: counted under credit status."
        ),
        "cashout": QCoreApplication.translate(
            "TransactionLabels",
            "Money moved to a person or to cash, paid with Huabei or a credit card: reviews read "
            "it as cashing out credit.",
        ),
        "loan": QCoreApplication.translate(
            "TransactionLabels", "A loan paid out to you (借呗, …): borrowing, not a cash-out."
        ),
        "transfer": QCoreApplication.translate(
            "TransactionLabels", "Money to or from a person: not spending."
        ),
        "income": QCoreApplication.translate("TransactionLabels", "Money received: not spending."),
        "investment": QCoreApplication.translate(
            "TransactionLabels", "Money-market or fund moves: not spending."
        ),
        "other": QCoreApplication.translate("TransactionLabels", "Not counted."),
    }.get(kind, "")


def source_label(source: str) -> str:
    return {
        "alipay": QCoreApplication.translate("TransactionLabels", "Alipay"),
        "wechat": QCoreApplication.translate("TransactionLabels", "WeChat Pay"),
        "manual": QCoreApplication.translate("TransactionLabels", "By hand"),
    }.get(source, source)


def amount_text(t: Transaction) -> str:
    """Out with a minus, in (and refunds) with a plus, neutral moves (repayments,
    savings) bare."""
    money = format_yuan(t.amount_fen)
    if t.amount_fen == 0:
        return money
    if t.direction == "in" or t.kind == "refund":  # Alipay files a refund as 不计收支
        return "+" + money
    if t.direction == "out":
        return "−" + money
    return money


def order_number(t: Transaction) -> str:
    """The bill's order number; a key the app derived for a row without one is not shown."""
    return "" if t.external_id is None or is_derived_key(t.external_id) else t.external_id


# (sort key, header, text); the headers are written out whole so lupdate finds them
COLUMNS: list[tuple[str, Callable[[], str], Callable[[Transaction], str]]] = [
    (
        "time",
        lambda: QCoreApplication.translate("TransactionsModel", "Time"),
        lambda t: t.occurred_at.strftime("%Y-%m-%d %H:%M"),
    ),
    (
        "counterparty",
        lambda: QCoreApplication.translate("TransactionsModel", "Counterparty"),
        lambda t: t.counterparty,
    ),
    (
        "description",
        lambda: QCoreApplication.translate("TransactionsModel", "Description"),
        lambda t: t.description,
    ),
    ("amount", lambda: QCoreApplication.translate("TransactionsModel", "Amount"), amount_text),
    (
        "kind",
        lambda: QCoreApplication.translate("TransactionsModel", "Kind"),
        lambda t: kind_label(t.kind),
    ),
    (
        "category",
        lambda: QCoreApplication.translate("TransactionsModel", "Category"),
        lambda t: t.category,
    ),
    (
        "method",
        lambda: QCoreApplication.translate("TransactionsModel", "Paid with"),
        lambda t: t.method,
    ),
    (
        "status",
        lambda: QCoreApplication.translate("TransactionsModel", "Status"),
        lambda t: t.status,
    ),
    (
        "source",
        lambda: QCoreApplication.translate("TransactionsModel", "Source"),
        lambda t: source_label(t.source),
    ),
    (
        "order",
        lambda: QCoreApplication.translate("TransactionsModel", "Order number"),
        order_number,
    ),
]
AMOUNT_COLUMN = 3


class TransactionsModel(QAbstractTableModel):
    def __init__(self, db: Callable[[], Database | None], parent: Any = None) -> None:
        """``db`` gives the open database, or None once it is closed (the window moved to
        another file): then the model shows nothing rather than read a closed connection."""
        super().__init__(parent)
        self._db = db
        self.filter = TransactionFilter()
        self.sort_key = "time"
        self.descending = True
        self._count = 0
        self._ids: array[int] | None = None  # set for orders no index serves
        self._pages: OrderedDict[int, list[Transaction]] = OrderedDict()
        self.loaded = False

    # -- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Count again and forget every window (after a change, a filter or a sort)."""
        self.beginResetModel()
        self._pages.clear()
        db = self._db()
        if db is None:
            self._ids, self._count = None, 0
            self.endResetModel()
            return
        if self.sort_key in INDEXED_SORTS:
            self._ids = None
            self._count = count_transactions(db, self.filter)
        else:
            self._ids = transaction_ids(db, self.filter, self.sort_key, self.descending)
            self._count = len(self._ids)
        self.loaded = True
        self.endResetModel()

    def set_filter(self, f: TransactionFilter) -> None:
        if f != self.filter or not self.loaded:
            self.filter = f
            self.reload()

    def _window(self, page: int) -> list[Transaction]:
        rows = self._pages.get(page)
        if rows is not None:
            self._pages.move_to_end(page)
            return rows
        db = self._db()
        if db is None:
            return []
        start = page * PAGE
        if self._ids is None:
            rows = transaction_page(
                db, self.filter, self.sort_key, self.descending, offset=start, limit=PAGE
            )
        else:
            rows = transactions_by_id(db, self._ids[start : start + PAGE])
        self._pages[page] = rows
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return rows

    @property
    def cached_rows(self) -> int:
        return sum(len(p) for p in self._pages.values())

    def record(self, row: int) -> Transaction | None:
        if not 0 <= row < self._count:
            return None
        rows = self._window(row // PAGE)
        i = row % PAGE
        return rows[i] if i < len(rows) else None  # the list changed under a stale count

    def row_of(self, tx_id: int) -> int | None:
        """The row showing a transaction, or None when the filter hides it."""
        if self._ids is not None:
            try:
                return self._ids.index(tx_id)
            except ValueError:
                return None
        db = self._db()
        if db is None:
            return None
        return position_of(db, self.filter, self.sort_key, self.descending, tx_id)

    # -- Qt ---------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.TextAlignmentRole,
            Qt.ItemDataRole.ForegroundRole,
            RECORD_ROLE,
        ):
            return None  # answered without reading a window
        col = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = (
                Qt.AlignmentFlag.AlignRight if col == AMOUNT_COLUMN else Qt.AlignmentFlag.AlignLeft
            )
            return int(align | Qt.AlignmentFlag.AlignVCenter)
        t = self.record(index.row())
        if t is None:
            return None
        key, _header_text, text = COLUMNS[col]
        if role == Qt.ItemDataRole.DisplayRole:
            return text(t)
        if role == RECORD_ROLE:
            return t
        if role == Qt.ItemDataRole.ForegroundRole:
            return muted_color() if t.kind in QUIET_KINDS else None
        # tooltips: what the kind means; long texts whole
        if key == "kind":
            return kind_tooltip(t.kind)
        if key in ("counterparty", "description", "method", "order"):
            return text(t) or None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section][1]()
        if role == Qt.ItemDataRole.TextAlignmentRole and section == AMOUNT_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        key = COLUMNS[column][0]
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending) and self.loaded:
            return
        self.sort_key, self.descending = key, descending
        self.reload()  # a new order: every window is read again, lazily

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, len(COLUMNS) - 1))
