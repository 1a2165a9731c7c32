"""Pages made of record lists: each list is a section with a heading, its own
add / edit / delete buttons, a context menu and double-click to edit.

The window's Edit → New record / Delete (and their shortcuts) go to the section
the user last worked in (clicked, selected, focused), or to the first one.
Sections reload when the session says one of their tables changed and keep the
selected record selected across the reload.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from credithealth.store.errors import StoreError
from credithealth.ui.common import app_settings
from credithealth.ui.common.models.records import RecordTableModel
from credithealth.ui.common.retranslate import Retranslates
from credithealth.ui.common.session import Session
from credithealth.ui.common.widgets.fields import RecordForm
from credithealth.ui.common.widgets.record_table import RecordTable
from credithealth.ui.pages.base import Page

T = TypeVar("T")


@dataclass(frozen=True)
class ChecklistRow(Generic[T]):
    """A line of a checklist: every key has one, whether its record exists yet or not."""

    key: str
    item: T | None


def sentences(*parts: str) -> str:
    """Sentences one after another: Chinese runs them together, English puts a space."""
    from credithealth.ui.common import i18n

    return ("" if i18n.current_language() == "zh_CN" else " ").join(p for p in parts if p)


def _ident(rec: Any) -> Any:
    return rec.id


class RecordSection(Retranslates, QWidget):
    """One record list. ``new`` / ``edit`` / ``delete`` do the work (through the
    session); ``deletable`` says whether the selected record can be deleted."""

    worked_in = Signal()
    selection_changed = Signal()

    def __init__(
        self,
        name: str,
        model: RecordTableModel[Any],
        tables: Iterable[str],
        *,
        new: Callable[[], None] | None,
        edit: Callable[[Any], None],
        delete: Callable[[Any], None] | None,
        deletable: Callable[[Any], bool] = lambda _r: True,
        ident: Callable[[Any], Any] = _ident,
        searchable: bool = True,
        sortable: bool = True,
        default_sort: tuple[int, Qt.SortOrder] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.tables = frozenset(tables)
        self._new, self._edit, self._delete = new, edit, delete
        self._deletable = deletable
        self._ident = ident
        self._keep: Any = None
        # checked before the table exists: building it saves the column widths
        fresh = not app_settings.table_header(name).is_saved()
        self.table = RecordTable(name, model)
        self.table.search.setVisible(searchable)
        if not sortable:  # a checklist keeps its own order
            self.table.view.setSortingEnabled(False)
            self.table.proxy.sort(-1)
        if default_sort is not None and fresh:
            self.table.view.sortByColumn(*default_sort)
        self.view = self.table.view

        self.heading = QLabel()
        self.heading.setObjectName(f"heading_{name}")
        f = self.heading.font()
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.1)
        self.heading.setFont(f)
        self.note = QLabel()  # a line under the heading (e.g. open incidents)
        self.note.setWordWrap(True)
        self.note.hide()

        style = self.style()
        self.act_new = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_FileDialogNewFolder), "", self
        )
        self.act_edit = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView), "", self
        )
        self.act_delete = QAction(style.standardIcon(QStyle.StandardPixmap.SP_TrashIcon), "", self)
        self.act_new.triggered.connect(self.new)
        self.act_edit.triggered.connect(self.edit_selected)
        self.act_delete.triggered.connect(self.delete_selected)
        self.act_new.setVisible(new is not None)
        self.act_delete.setVisible(delete is not None)  # hidden in the context menu too
        # extra actions on the selected record: (action, enabled for this record?)
        self._extra: list[tuple[QAction, Callable[[Any], bool]]] = []

        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addLayout(self.buttons)
        for act, present in ((self.act_new, new), (self.act_edit, edit), (self.act_delete, delete)):
            if present is not None:
                self.buttons.addWidget(self._button(act))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(top)
        lay.addWidget(self.note)
        lay.addWidget(self.table, 1)
        self.table.context_actions = [self.act_new, self.act_edit, self.act_delete]

        self.table.activated.connect(self._activated)
        self.table.selection_changed.connect(self._selection_changed)
        model.modelAboutToBeReset.connect(self._remember)
        model.modelReset.connect(self._reselect)
        self.view.installEventFilter(self)
        self.view.viewport().installEventFilter(self)
        self._update_actions()
        self.retranslate()

    def retranslate(self) -> None:
        """The generic texts; the page sets the heading and the New action's text."""
        self.act_edit.setText(self.tr("Edit…"))
        self.act_delete.setText(self.tr("Delete"))

    def fit_rows(self, rows: int) -> None:
        """Size the table to show ``rows`` rows without scrolling (short checklists)."""
        v = self.view
        height = v.horizontalHeader().sizeHint().height() + 2 * v.frameWidth()
        height += rows * v.verticalHeader().defaultSectionSize()
        v.setFixedHeight(height + 2)

    @staticmethod
    def _button(act: QAction) -> QToolButton:
        b = QToolButton()
        b.setDefaultAction(act)
        b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        b.setAutoRaise(True)
        return b

    def add_action(self, act: QAction, enabled_for: Callable[[Any], bool]) -> QAction:
        """An action on the selected record: a button before Delete, and in the context menu."""
        act.setParent(self)
        self._extra.append((act, enabled_for))
        self.table.context_actions.insert(len(self.table.context_actions) - 1, act)
        at = self.buttons.count() - (1 if self._delete is not None else 0)
        self.buttons.insertWidget(at, self._button(act))
        self._update_actions()
        return act

    def add_icon_action(
        self,
        icon: QStyle.StandardPixmap,
        enabled_for: Callable[[Any], bool],
        slot: Callable[[], None],
    ) -> QAction:
        """``add_action`` for an action with a standard icon that runs ``slot``."""
        act = self.add_action(QAction(self.style().standardIcon(icon), ""), enabled_for)
        act.triggered.connect(slot)
        return act

    # -- records -------------------------------------------------------------------

    def selected(self) -> Any | None:
        return self.table.selected_record()

    def select(self, pred: Callable[[Any], bool]) -> bool:
        return self.table.select_where(pred)

    def can_new(self) -> bool:
        return self._new is not None

    def can_delete(self) -> bool:
        rec = self.selected()
        return self._delete is not None and rec is not None and self._deletable(rec)

    def new(self) -> None:
        if self._new is not None:
            self.worked_in.emit()
            self._new()

    def edit_selected(self) -> None:
        rec = self.selected()
        if rec is not None:
            self._edit(rec)

    def delete_selected(self) -> None:
        rec = self.selected()
        if rec is not None and self.can_delete():
            assert self._delete is not None
            self._delete(rec)

    def reload(self) -> None:
        self.model.reload()

    def _activated(self, rec: Any) -> None:
        self.worked_in.emit()
        self._edit(rec)

    def _selection_changed(self) -> None:
        self._update_actions()
        if self.selected() is not None:
            self.worked_in.emit()
        self.selection_changed.emit()

    def _update_actions(self) -> None:
        rec = self.selected()
        self.act_edit.setEnabled(rec is not None)
        self.act_delete.setEnabled(self.can_delete())
        for act, enabled_for in self._extra:
            act.setEnabled(rec is not None and enabled_for(rec))

    def _remember(self) -> None:
        rec = self.selected()
        self._keep = None if rec is None else self._ident(rec)

    def _reselect(self) -> None:
        if self._keep is not None:
            keep = self._keep
            self.select(lambda r: self._ident(r) == keep)
        self._update_actions()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.MouseButtonPress):
            self.worked_in.emit()
        return super().eventFilter(watched, event)


class SectionedPage(Page):
    """A page of record sections; Edit → New / Delete go to the active one."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.sections: list[RecordSection] = []
        self.active: RecordSection | None = None
        self.form: RecordForm | None = None  # the form last opened (tests fill it in)
        session.changed.connect(self._table_changed)

    def add_section(self, section: RecordSection) -> RecordSection:
        self.sections.append(section)
        section.worked_in.connect(lambda s=section: self._activate(s))
        section.selection_changed.connect(self.edit_state_changed)
        return section

    def add_log(
        self,
        model: RecordTableModel[Any],
        record_type: Any,
        *,
        new: Callable[[], None],
        edit: Callable[[Any], None],
        delete: Callable[[Any], None],
        newest_first_by: int,
    ) -> RecordSection:
        """A section listing one table's records (named for the table), newest first by
        column ``newest_first_by`` until the user sorts it otherwise."""
        table = record_type.table
        return self.add_section(
            RecordSection(
                table,
                model,
                [table],
                new=new,
                edit=edit,
                delete=delete,
                default_sort=(newest_first_by, Qt.SortOrder.DescendingOrder),
            )
        )

    def _activate(self, section: RecordSection) -> None:
        if self.active is not section:
            self.active = section
            self.edit_state_changed.emit()

    def current_section(self) -> RecordSection | None:
        if self.active is not None:
            return self.active
        return next((s for s in self.sections if s.can_new()), None)

    def can_new(self) -> bool:
        s = self.current_section()
        return s is not None and s.can_new()

    def can_delete(self) -> bool:
        s = self.current_section()
        return s is not None and s.can_delete()

    def new_record(self) -> None:
        s = self.current_section()
        if s is not None:
            s.new()

    def delete_selected(self) -> None:
        s = self.current_section()
        if s is not None:
            s.delete_selected()

    def _table_changed(self, table: str) -> None:
        if self.session.closed:
            return
        touched = False
        for s in self.sections:
            if table in s.tables:
                s.reload()
                touched = True
        if touched:
            self.records_changed()
            self.edit_state_changed.emit()

    def records_changed(self) -> None:
        """Called after a section reloaded: refresh summaries that depend on the records."""

    # -- forms ---------------------------------------------------------------------

    def open_form(self, form: RecordForm, save: Callable[[Any], None]) -> RecordForm:
        """Show a form (window-modal, not blocking); ``save(form)`` runs on OK.
        A change the store refuses is reported and the form's values are not kept."""
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.accepted.connect(lambda: self.store_change(lambda: save(form)))
        self.form = form
        form.open()
        return form

    def add_record(self, form: RecordForm, undo_text: Callable[[], str]) -> None:
        """A form for a new record; OK inserts it, one step to undo."""
        self.open_form(form, lambda f: self.session.insert(f.record(), undo_text))

    def edit_record(self, old: Any, form: RecordForm, undo_text: Callable[[], str]) -> None:
        """A form over ``old``; OK saves what changed (nothing when nothing did)."""

        def save(f: Any) -> None:
            new = f.record()
            if new != old:
                self.session.update(old, new, undo_text)

        self.open_form(form, save)

    def delete_record(self, rec: Any, undo_text: Callable[[], str]) -> None:
        self.store_change(lambda: self.session.delete(rec, undo_text))

    def store_change(self, change: Callable[[], object]) -> bool:
        try:
            change()
        except StoreError as exc:
            self.session.error.emit(exc.msg)
            return False
        return True
