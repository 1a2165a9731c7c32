"""Repayments (还款): accounts, their bills and the repayments against them.

The past-due balance stays in view at the top: while it is not zero the verdict is
blocked. Accounts on the left filter the bills and repayments on the right (or the
"Show" box does, with all accounts as the default). Every change is an undoable
command through the session; delete asks nothing because it can be undone.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from credithealth.domain.records import Account, Bill, Repayment
from credithealth.domain.results import Assessment
from credithealth.store.accounts import account_contents
from credithealth.store.bills import (
    BillStatus,
)
from credithealth.store.errors import StoreError
from credithealth.ui.common import app_settings
from credithealth.ui.common.session import Session
from credithealth.ui.common.tr_args import with_args
from credithealth.ui.common.widgets.record_table import RecordTable
from credithealth.ui.pages.base import Page
from credithealth.ui.pages.repayments.commands import RecordCommands
from credithealth.ui.pages.repayments.forms import AccountForm, BillForm, RepaymentForm, SavingForm
from credithealth.ui.pages.repayments.models import (
    AccountsModel,
    BillsModel,
    RepaymentsModel,
)
from credithealth.ui.pages.repayments.overdue_strip import OverdueStrip
from credithealth.ui.pages.repayments.sizes import height_for_rows, room_for_amounts

TABLES = ("accounts", "bills", "repayments")


class RepaymentsPage(Page):
    key = "repayments"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.account_id: int | None = None  # the account filter; None: all
        self.form: SavingForm | None = None  # the open form, if any
        self._syncing = False
        # how the page's edits become undoable commands
        self.commands = RecordCommands(session, self._show_saved, self)

        self.strip = OverdueStrip()
        self.btn_repay = QPushButton()
        self.btn_repay.setObjectName("logRepayment")
        self.btn_bill = QPushButton()
        self.btn_account = QPushButton()
        self.btn_repay.clicked.connect(lambda: self.new_repayment())
        self.btn_bill.clicked.connect(lambda: self.new_bill())
        self.btn_account.clicked.connect(lambda: self.new_account())
        # a bill derived from a bill file becomes the user's own once confirmed
        self.btn_confirm = QPushButton()
        self.btn_confirm.setObjectName("confirmBill")
        self.btn_confirm.setEnabled(False)
        self.btn_confirm.clicked.connect(lambda: self.confirm_selected_bill())
        self.show_label = QLabel()
        self.filter = QComboBox()
        self.filter.setObjectName("accountFilter")
        self.filter.setMinimumContentsLength(12)
        self.filter.currentIndexChanged.connect(self._filter_chosen)
        self.show_label.setBuddy(self.filter)

        self.accounts_model = AccountsModel(session, self)
        self.bills_model = BillsModel(session, self)
        self.repayments_model = RepaymentsModel(session, self)
        names = ("repayments.accounts", "repayments.bills", "repayments.repayments")
        fresh = {n for n in names if not app_settings.table_header(n).is_saved()}
        self.accounts = RecordTable("repayments.accounts", self.accounts_model)
        self.bills = RecordTable("repayments.bills", self.bills_model)
        self.repayments = RecordTable("repayments.repayments", self.repayments_model)
        self.tables = {
            "accounts": self.accounts,
            "bills": self.bills,
            "repayments": self.repayments,
        }
        self._active: RecordTable = self.repayments
        self.actions: dict[str, dict[str, QAction]] = {}
        for kind, table in self.tables.items():
            self._wire(kind, table)
        self.confirm_action = QAction(self)
        self.confirm_action.setEnabled(False)
        self.confirm_action.triggered.connect(lambda _c=False: self.confirm_selected_bill())
        self.bills.context_actions.insert(1, self.confirm_action)
        # first run: bills needing attention first, the newest repayment first
        for table, column, order in (
            (self.accounts, 0, Qt.SortOrder.AscendingOrder),
            (self.bills, len(self.bills_model.columns) - 1, Qt.SortOrder.AscendingOrder),
            (self.repayments, 0, Qt.SortOrder.DescendingOrder),
        ):
            if table.name in fresh:
                table.view.sortByColumn(column, order)
                room_for_amounts(table)
        self.accounts.selection_changed.connect(self._account_selected)

        self.new_menu = QMenu(self)
        self.new_actions = {
            kind: self.new_menu.addAction("") for kind in ("repayments", "bills", "accounts")
        }
        for kind, act in self.new_actions.items():
            act.triggered.connect(lambda _c=False, k=kind: self.new_of(k))

        buttons = QHBoxLayout()
        for b in (self.btn_repay, self.btn_bill, self.btn_account, self.btn_confirm):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.show_label)
        buttons.addWidget(self.filter)
        # accounts are few: a short list on top; bills and repayments share the rest
        self.accounts.search.hide()
        split = QSplitter(Qt.Orientation.Vertical)
        for t in (self.accounts, self.bills, self.repayments):
            split.addWidget(t)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        split.setStretchFactor(2, 2)
        split.splitterMoved.connect(
            lambda *_: app_settings.REPAYMENTS_SPLITTER.set(self.splitter.saveState())
        )
        self.splitter = split
        self._sized = False
        self.empty_hint = QLabel()
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setObjectName("emptyHint")
        lay = QVBoxLayout(self)
        lay.addWidget(self.strip)
        lay.addLayout(buttons)
        lay.addWidget(self.empty_hint)
        lay.addWidget(split, 1)

        session.changed.connect(self._changed)
        session.assessment_changed.connect(self._new_day)
        self.retranslate()
        self.reload()

    # -- sizes ------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._sized:
            return
        self._sized = True
        state = app_settings.REPAYMENTS_SPLITTER.get()
        if state is not None and self.splitter.restoreState(state):
            return
        # the accounts list shows all of a few accounts (up to six); the rest is shared
        want = height_for_rows(self.accounts, min(max(len(self.accounts_model.rows), 3), 6))
        total = sum(self.splitter.sizes())
        rest = max(0, total - want)
        self.splitter.setSizes([want, rest // 2, rest - rest // 2])

    # -- wiring -----------------------------------------------------------------------

    def _wire(self, kind: str, table: RecordTable) -> None:
        new, edit, delete = QAction(self), QAction(self), QAction(self)
        new.triggered.connect(lambda _c=False, k=kind: self.new_of(k))
        edit.triggered.connect(lambda _c=False, t=table: self._edit_selected(t))
        delete.triggered.connect(lambda _c=False, t=table: self._delete_from(t))
        edit.setEnabled(False)  # until a row is selected
        delete.setEnabled(False)
        self.actions[kind] = {"new": new, "edit": edit, "delete": delete}
        table.context_actions = [new, edit, delete]
        table.activated.connect(self.edit)
        table.selection_changed.connect(lambda t=table: self._selection_changed(t))
        table.view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        table = next((t for t in self.tables.values() if t.view is watched), None)
        if table is not None:
            if event.type() == QEvent.Type.FocusIn:
                self._set_active(table)
            elif event.type() == QEvent.Type.KeyPress:
                assert isinstance(event, QKeyEvent)
                if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    rec = table.selected_record()
                    if rec is not None:
                        self.edit(rec)
                        return True
        return super().eventFilter(watched, event)

    def _set_active(self, table: RecordTable) -> None:
        self._active = table
        self.edit_state_changed.emit()

    def _selection_changed(self, table: RecordTable) -> None:
        has = table.selected_record() is not None
        kind = next(k for k, t in self.tables.items() if t is table)
        self.actions[kind]["edit"].setEnabled(has)
        self.actions[kind]["delete"].setEnabled(has)
        if table is self.bills:
            derived = self._selected_derived() is not None
            self.btn_confirm.setEnabled(derived)
            self.confirm_action.setEnabled(derived)
        if has and not self._syncing:
            self._active = table
        self.edit_state_changed.emit()

    # -- loading ----------------------------------------------------------------------

    def _changed(self, table: str) -> None:
        if table in TABLES:
            self.reload()

    def _new_day(self, a: Assessment) -> None:
        """Left open past midnight: days late and what is overdue move on."""
        if a.as_of != self.strip.today:
            self.reload()

    def reload(self) -> None:
        """Reload every list and the strip, keeping the selections and the filter."""
        kept = {k: self._selected_id(t) for k, t in self.tables.items()}
        self._syncing = True
        try:
            self.accounts_model.reload()
            known = {a.id for a in self.accounts_model.rows}
            if self.account_id not in known:
                self.account_id = None
            self._fill_filter()
            self.bills_model.set_account(self.account_id)
            self.repayments_model.set_account(self.account_id)
            for kind, rid in kept.items():
                if rid is not None:
                    self._select(kind, rid)
        finally:
            self._syncing = False
        self.strip.load(self.session)
        has_accounts = bool(self.accounts_model.rows)
        self.empty_hint.setVisible(not has_accounts)
        for w in (self.btn_repay, self.btn_bill):
            w.setEnabled(has_accounts)
        for k in ("repayments", "bills"):
            self.new_actions[k].setEnabled(has_accounts)
            self.actions[k]["new"].setEnabled(has_accounts)
        self.edit_state_changed.emit()

    def _fill_filter(self) -> None:
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(self.tr("All accounts"), None)
        for a in self.accounts_model.rows:
            self.filter.addItem(a.name, a.id)
        i = self.filter.findData(self.account_id) if self.account_id is not None else 0
        self.filter.setCurrentIndex(max(0, i))
        self.filter.blockSignals(False)

    @staticmethod
    def _id_of(rec: Any) -> int | None:
        return rec.id if rec is not None else None

    def _selected_id(self, table: RecordTable) -> int | None:
        return self._id_of(table.selected_record())

    def _select(self, kind: str, rid: int) -> bool:
        return self.tables[kind].select_where(lambda r: r.id == rid)

    # -- the account filter --------------------------------------------------------------

    def set_account_filter(self, account_id: int | None) -> None:
        if account_id == self.account_id:
            return
        self.account_id = account_id
        self._syncing = True
        try:
            self._fill_filter()
            kept = {k: self._selected_id(self.tables[k]) for k in ("bills", "repayments")}
            self.bills_model.set_account(account_id)
            self.repayments_model.set_account(account_id)
            for kind, rid in kept.items():
                if rid is not None:
                    self._select(kind, rid)
            if account_id is None:
                self.accounts.view.clearSelection()
            elif self._selected_id(self.accounts) != account_id:
                self._select("accounts", account_id)
        finally:
            self._syncing = False
        self.edit_state_changed.emit()

    def _account_selected(self) -> None:
        if self._syncing:
            return
        rec = self.accounts.selected_record()
        if rec is not None:
            self.set_account_filter(rec.id)

    def _filter_chosen(self, _index: int) -> None:
        data = self.filter.currentData()
        self.set_account_filter(data if isinstance(data, int) else None)

    # -- Page -------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Repayments")

    def retranslate(self) -> None:
        self.btn_repay.setText(self.tr("&Log repayment…"))
        self.btn_repay.setToolTip(self.tr("Record a repayment and the bill it pays"))
        self.btn_bill.setText(self.tr("New &bill…"))
        self.btn_account.setText(self.tr("New acc&ount…"))
        self.btn_confirm.setText(self.tr("Con&firm bill"))
        self.btn_confirm.setToolTip(
            self.tr(
                "The selected bill was made from your Alipay files: confirm it once it matches "
                "the bill in Alipay (edit it to correct it, delete it if it is wrong)"
            )
        )
        self.confirm_action.setText(self.tr("Confirm bill"))
        self.show_label.setText(self.tr("&Show:"))
        self.empty_hint.setText(
            self.tr(
                "Start with an account (Huabei, Jiebei, a credit card or a loan), then add its "
                "bills as they come; log each repayment against the bill it pays. Overdue bills "
                "show in red, and the past-due balance above must be zero before you apply."
            )
        )
        self.accounts.set_title(self.tr("Accounts"))
        self.bills.set_title(self.tr("Bills"))
        self.bills.set_empty_text(
            self.tr(
                "No bills yet. Add each month's bill with “New bill…”: the amount and the due "
                "date as Alipay shows them (我的 → 花呗 → 账单)."
            )
        )
        self.repayments.set_empty_text(
            self.tr(
                "No repayments yet. Log each one with “Log repayment…”, or import your Alipay "
                "bill file (File → Import bill files…): its Huabei repayments come with it."
            )
        )
        self.repayments.set_title(self.tr("Repayments"))
        self.new_actions["repayments"].setText(self.tr("New repayment…"))
        self.new_actions["bills"].setText(self.tr("New bill…"))
        self.new_actions["accounts"].setText(self.tr("New account…"))
        names = {
            "accounts": self.tr("New account…"),
            "bills": self.tr("New bill…"),
            "repayments": self.tr("New repayment…"),
        }
        for kind, acts in self.actions.items():
            acts["new"].setText(names[kind])
            acts["edit"].setText(self.tr("Edit…"))
            acts["delete"].setText(self.tr("Delete"))
        if self.filter.count():
            self.filter.setItemText(0, self.tr("All accounts"))
        self.strip.render()

    def can_new(self) -> bool:
        return True

    def can_delete(self) -> bool:
        return self._active.selected_record() is not None

    def new_record(self) -> None:
        """New of the kind whose table has the focus; otherwise ask which kind."""
        has_focus = self.window().focusWidget()
        focused = next((k for k, t in self.tables.items() if t.view is has_focus), None)
        if focused is not None and self.actions[focused]["new"].isEnabled():
            self.new_of(focused)
            return
        self.new_menu.popup(self.btn_repay.mapToGlobal(self.btn_repay.rect().bottomLeft()))

    def delete_selected(self) -> None:
        self._delete_from(self._active)

    # -- forms ------------------------------------------------------------------------

    def new_of(self, kind: str) -> None:
        {"accounts": self.new_account, "bills": self.new_bill, "repayments": self.new_repayment}[
            kind
        ]()

    def confirm_selected_bill(self) -> None:
        """The selected derived bill becomes the user's own (undoable)."""
        bill = self._selected_derived()
        if bill is not None:
            self.commands.confirm(bill)

    def new_account(self) -> None:
        self.show_single_form(
            AccountForm(self.session, self.commands.inserter("accounts"), parent=self)
        )

    def new_bill(self) -> None:
        self.show_single_form(
            BillForm(
                self.session,
                self.commands.inserter("bills"),
                account_id=self._account_hint(),
                parent=self,
            )
        )

    def new_repayment(self) -> None:
        self.show_single_form(
            RepaymentForm(
                self.session,
                self.commands.inserter("repayments"),
                account_id=self._account_hint(),
                parent=self,
            )
        )

    def edit(self, rec: Any) -> None:
        if isinstance(rec, BillStatus):
            rec = rec.bill
        cls = {Account: AccountForm, Bill: BillForm, Repayment: RepaymentForm}[type(rec)]
        self.show_single_form(cls(self.session, self.commands.updater(rec), rec, parent=self))

    def _selected_derived(self) -> Bill | None:
        rec = self.bills.selected_record()
        if isinstance(rec, BillStatus) and rec.bill.derived:
            return rec.bill
        return None

    def _edit_selected(self, table: RecordTable) -> None:
        rec = table.selected_record()
        if rec is not None:
            self.edit(rec)

    def _account_hint(self) -> int | None:
        """The account a new bill or repayment is most likely for."""
        if self.account_id is not None:
            return self.account_id
        for table in (self._active, self.bills, self.repayments):
            rec = table.selected_record()
            if rec is not None and not isinstance(rec, Account):
                return rec.bill.account_id if isinstance(rec, BillStatus) else rec.account_id
        # the account with the oldest overdue bill, if any
        overdue = [s for s in self.bills_model.rows if self.bills_model.overdue(s)]
        return overdue[0].bill.account_id if overdue else None

    def _show_saved(self, kind: str, rec: Any) -> None:
        """Make the saved record visible and selected (switching the filter if needed)."""
        account = rec.id if isinstance(rec, Account) else rec.account_id
        if self.account_id is not None and account != self.account_id:
            self.set_account_filter(account)
        if rec.id is not None:
            self._select(kind, rec.id)
            self._set_active(self.tables[kind])

    # -- delete -----------------------------------------------------------------------

    def _delete_from(self, table: RecordTable) -> None:
        rec = table.selected_record()
        if rec is None:
            return
        if isinstance(rec, BillStatus):
            rec = rec.bill
        note = ""
        if isinstance(rec, Account) and rec.id is not None:
            bills, repayments = account_contents(self.session.db, rec.id)
            note = with_args(
                self.tr("Deleted %1 with %2 bills and %3 repayments. Undo brings them back."),
                rec.name,
                str(bills),
                str(repayments),
            )
        row = table.view.currentIndex().row()
        try:
            self.commands.delete(rec)
        except StoreError as exc:
            self.session.error.emit(exc.msg)
            return
        # keep the keyboard where it was: select the row that took the deleted one's place
        # (not for accounts, where selecting one would change the filter)
        n = table.proxy.rowCount()
        if n and table is not self.accounts:
            table.view.selectRow(min(max(row, 0), n - 1))
        window = self.window()
        if note and isinstance(window, QMainWindow):
            window.statusBar().showMessage(note, 10_000)
