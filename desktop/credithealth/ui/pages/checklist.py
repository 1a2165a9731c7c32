"""Checklist pages: a fixed list of items ticked off with a date, above a log of records.

Account security (the security checklist over the incident log) and Personal info (the
completeness checklist over the changes of details) are this page with their own
columns, item form and log. A tick asks for the date (the page's item form); an untick
asks nothing, since Ctrl+Z undoes it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from credithealth.store import repo
from credithealth.ui.common.models.marked import MarkedRecordModel
from credithealth.ui.common.models.records import Column
from credithealth.ui.common.session import Session
from credithealth.ui.common.tr_args import with_args
from credithealth.ui.pages.sections import ChecklistRow, RecordSection, SectionedPage

I = TypeVar("I")  # noqa: E741  (the checklist's record type: SecurityItem, ProfileItem)


class ChecklistPage(SectionedPage, Generic[I]):
    item_type: ClassVar[Any]  # the record class of the checklist's items
    item_keys: ClassVar[tuple[str, ...]]  # every item, in the order shown
    date_field: ClassVar[str]  # the item's date, cleared by an untick

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.items_model: MarkedRecordModel[ChecklistRow[I]] = MarkedRecordModel(
            self.item_columns(), self._load_items, checked=self.counts
        )
        self.items_model.check_requested.connect(self.tick)
        self.checklist = self.add_section(
            RecordSection(
                self.item_type.table,
                self.items_model,
                [self.item_type.table],
                new=None,
                edit=self.edit_item,
                delete=self.delete_item,
                deletable=lambda r: r.item is not None,
                ident=lambda r: r.key,
                searchable=False,
                sortable=False,
            )
        )
        self.checklist.fit_rows(len(self.item_keys))

    def lay_out(self, log: RecordSection[Any]) -> None:
        """The intro, the checklist, and the log below taking the rest of the height."""
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addWidget(self.checklist)
        lay.addSpacing(8)
        lay.addWidget(log, 1)
        self.retranslate()

    # -- what each page says -------------------------------------------------------------

    def item_columns(self) -> list[Column[ChecklistRow[I]]]:
        """The item, its status, the date it was done (and what the page adds)."""
        return [
            Column(lambda: self.tr("Item"), lambda r: self.item_label(r.key)),
            Column(lambda: self.tr("Status"), self.status_text, color=self.status_color),
            Column(self.date_heading, self._item_date),
            *self.more_item_columns(),
        ]

    def _item_date(self, row: ChecklistRow[I]) -> str:
        item: Any = row.item
        when = getattr(item, self.date_field) if item is not None and item.done else None
        return when.isoformat() if when else ""

    def more_item_columns(self) -> list[Column[ChecklistRow[I]]]:
        return []

    def date_heading(self) -> str:
        """The heading of the date column (the item's ``date_field``)."""
        raise NotImplementedError

    def status_text(self, row: ChecklistRow[I]) -> str:
        raise NotImplementedError

    def status_color(self, row: ChecklistRow[I]) -> QColor | None:
        raise NotImplementedError

    def item_label(self, key: str) -> str:
        raise NotImplementedError

    def counts(self, row: ChecklistRow[I]) -> bool:
        """Whether the item is ticked (done, and for security not due again)."""
        raise NotImplementedError

    def edit_item(self, row: ChecklistRow[I], tick: bool = False) -> None:
        raise NotImplementedError

    # -- the checklist ---------------------------------------------------------------------

    def _load_items(self) -> list[ChecklistRow[I]]:
        items = {i.key: i for i in repo.all_of(self.session.db, self.item_type)}
        return [ChecklistRow(k, items.get(k)) for k in self.item_keys]

    def tick(self, row: ChecklistRow[I], checked: bool) -> None:
        """A tick asks for the date; an untick is undone with Ctrl+Z, so it asks nothing."""
        item: Any = row.item
        if checked:
            self.edit_item(row, tick=True)
        elif item is not None and item.done:
            new = replace(item, done=False, **{self.date_field: None})
            self.store_change(
                lambda: self.session.update(
                    item,
                    new,
                    lambda: with_args(self.tr("Untick “%1”"), self.item_label(row.key)),
                )
            )

    def delete_item(self, row: ChecklistRow[I]) -> None:
        if row.item is not None:
            item = row.item
            self.store_change(
                lambda: self.session.delete(
                    item, lambda: with_args(self.tr("Clear “%1”"), self.item_label(row.key))
                )
            )
