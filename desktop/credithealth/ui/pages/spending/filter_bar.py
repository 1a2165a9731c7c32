"""The spending page's filter bar: the search box (searched after a short pause in
typing), the month, source, payment method, category and kind boxes filled from what
the transactions hold, the button that clears them, and the count of rows shown.

It says what the user asked for (``current_filter()``, ``changed``); the page applies it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from credithealth.store.transactions import FilterChoices, TransactionFilter
from credithealth.ui.common.tr_args import with_args
from credithealth.ui.pages.spending.transactions_model import kind_label, source_label

SEARCH_DELAY_MS = 250


class FilterBar(QWidget):
    """Search, five choice boxes, "Clear" and the count, in one row."""

    changed = Signal()  # a choice changed, or the search after a pause (or Return)
    clear_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices: FilterChoices | None = None
        self.search = QLineEdit()
        self.search.setObjectName("spendingSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(200)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        self.search.returnPressed.connect(self.changed)
        self.month = self._combo("spendingMonth", 9)
        self.source = self._combo("spendingSource", 8)
        self.method = self._combo("spendingMethod", 12)
        self.category = self._combo("spendingCategory", 8)
        self.kind = self._combo("spendingKind", 10)
        self.btn_clear = QToolButton()
        self.btn_clear.setObjectName("spendingClear")
        self.btn_clear.clicked.connect(self.clear_clicked)
        self.count = QLabel()
        self.count.setObjectName("spendingCount")
        bar = QHBoxLayout(self)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.search, 2)
        for combo in self.combos():
            bar.addWidget(combo, 1)
        bar.addWidget(self.btn_clear)
        bar.addWidget(self.count)

    def _combo(self, name: str, chars: int) -> QComboBox:
        c = QComboBox()
        c.setObjectName(name)
        c.setMinimumContentsLength(chars)
        c.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        c.currentIndexChanged.connect(lambda _i: self.changed.emit())
        return c

    def combos(self) -> tuple[QComboBox, ...]:
        return (self.month, self.source, self.method, self.category, self.kind)

    def fill_choices(self, choices: FilterChoices | None = None) -> None:
        """Fill the boxes from ``choices`` (or the last ones again), keeping each choice."""
        if choices is not None:
            self.choices = choices
        c = self.choices
        if c is None:
            return
        month = self.month.currentData()
        self._set_items(self.month, self.tr("All months"), [(m, m) for m in c.months], month)
        self._set_items(
            self.source,
            self.tr("All sources"),
            [(s, source_label(s)) for s in c.sources],
            self.source.currentData(),
        )
        self._set_items(
            self.method,
            self.tr("All methods"),
            [(m, m) for m in c.methods],
            self.method.currentData(),
        )
        self._set_items(
            self.category,
            self.tr("All categories"),
            [(x, x) for x in c.categories],
            self.category.currentData(),
        )
        self._set_items(
            self.kind,
            self.tr("All kinds"),
            [(k, kind_label(k)) for k in c.kinds],
            self.kind.currentData(),
        )

    @staticmethod
    def _set_items(
        combo: QComboBox, everything: str, items: list[tuple[str, str]], current: Any
    ) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for code, label in items:
            combo.addItem(label, code)
        i = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(0, i))
        combo.blockSignals(False)

    def current_filter(self) -> TransactionFilter:
        return TransactionFilter(
            text=self.search.text().strip(),
            month=self.month.currentData(),
            source=self.source.currentData(),
            method=self.method.currentData(),
            category=self.category.currentData(),
            kind=self.kind.currentData(),
        )

    def reset(self) -> None:
        """Every box back to "All", the search empty, without signalling."""
        for c in self.combos():
            c.blockSignals(True)
            c.setCurrentIndex(0)
            c.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)

    def show_count(self, n: int, filtered: bool) -> None:
        self.count.setText(
            with_args(self.tr("%1 shown") if filtered else self.tr("%1 transactions"), f"{n:,}")
        )
        self.btn_clear.setEnabled(filtered)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search counterparty, description, order number…"))
        # names for screen readers: a filter's current choice is not its name
        self.search.setAccessibleName(self.tr("Search transactions"))
        for combo, name in (
            (self.month, self.tr("Month")),
            (self.source, self.tr("Source")),
            (self.method, self.tr("Payment method")),
            (self.category, self.tr("Category")),
            (self.kind, self.tr("Kind")),
        ):
            combo.setAccessibleName(name)
        self.btn_clear.setText(self.tr("Clear"))
        self.btn_clear.setToolTip(self.tr("Show every transaction"))
        self.fill_choices()
