"""Personal info 个人信息: the completeness checklist and the log of changes to
one's details. Changing details too often blocks re-applying, so a form warns
before saving a change that would go over the allowance."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from credithealth.domain.factors.personal_info import (
    block_after_change,
    change_block_clears_on,
    changes_in_window,
    item_state,
)
from credithealth.domain.facts import Facts
from credithealth.domain.messages import Msg
from credithealth.domain.records import PROFILE_ITEM_KEYS, ProfileChange, ProfileItem
from credithealth.domain.rules import Rules
from credithealth.store import checklists
from credithealth.ui.common import i18n
from credithealth.ui.common.models.marked import MarkedRecordModel
from credithealth.ui.common.models.records import Column
from credithealth.ui.common.session import Session
from credithealth.ui.common.style import overdue_color, verdict_colors
from credithealth.ui.common.tr_args import with_args
from credithealth.ui.common.widgets.check_fields import CheckField
from credithealth.ui.common.widgets.fields import ChoiceBox, DateEdit, OptionalDateEdit, RecordForm
from credithealth.ui.pages.checklist import ChecklistPage
from credithealth.ui.pages.sections import ChecklistRow, sentences


def item_label(key: str) -> str:
    return Msg("profile_item." + key).render(i18n.current_language())


def ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 11th... in English; the number itself in Chinese (第3次)."""
    if i18n.current_language() != "en":
        return str(n)
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


class ChangeWarning:
    """The warning before saving one more change, from the domain's own rule."""

    def __init__(self, others: Sequence[date], rules: Rules, today: date) -> None:
        self.others = list(others)
        self.rules = rules
        self.today = today

    def text(self, new_on: date) -> str | None:
        pr = self.rules.personal_info
        count, clears = block_after_change(self.others, new_on, self.rules, self.today)
        days = str(pr.change_window_days)
        if clears is not None:
            return with_args(
                QCoreApplication.translate(
                    "ChangeWarning",
                    "This will be the %1 change in %2 days: re-applying is blocked until %3.",
                ),
                ordinal(count),
                days,
                clears.isoformat(),
            )
        if count == pr.max_changes_in_window and new_on > self.today - timedelta(
            days=pr.change_window_days
        ):
            return with_args(
                QCoreApplication.translate(
                    "ChangeWarning",
                    "This will be the %1 change in %2 days, the most allowed: "
                    "one more would block re-applying.",
                ),
                ordinal(count),
                days,
            )
        return None


class ProfileItemForm(RecordForm):
    """When an item was completed or last updated, and whether the update changed the
    details (a new phone number or address counts as a change)."""

    def __init__(
        self,
        row: ChecklistRow[ProfileItem],
        warning: ChangeWarning,
        today: date,
        *,
        tick: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(item_label(row.key), parent)
        self.row = row
        self.warning = warning
        item = row.item
        was_done = item is not None and item.done
        when = item.updated_on if was_done and item and item.updated_on and not tick else today
        self.updated_on = OptionalDateEdit(when, not_after=today)
        self.updated_on.check.setChecked(tick or was_done)
        self.updated_on.check.setText(self.tr("Complete"))
        # filling an item in the first time is not a change; updating filled-in details is:
        # moving the date of a filled-in item ticks the box (until the user sets it)
        self.log = CheckField(self.tr("This update changed my details: log it as a change"))
        self._log_set_by_user = False
        self.log.clicked.connect(self._user_set_log)
        if was_done and not tick:
            self.updated_on.edit.dateChanged.connect(lambda _d: self._offer_log())
        self.add_field(self.tr("Completed or updated on"), self.updated_on)
        self.add_field("", self.log)

    def _user_set_log(self) -> None:
        self._log_set_by_user = True

    def _offer_log(self) -> None:
        if not self._log_set_by_user:
            self.log.setChecked(True)

    def logs_change(self) -> bool:
        return self.log.value() and self.updated_on.value() is not None

    def form_warning(self) -> str | None:
        d = self.updated_on.value()
        if not self.logs_change() or d is None:
            return None
        return self.warning.text(d)

    def record(self) -> ProfileItem:
        d = self.updated_on.value()
        base = self.row.item or ProfileItem(self.row.key)
        return replace(base, done=d is not None, updated_on=d)

    def change(self) -> ProfileChange | None:
        d = self.updated_on.value()
        return ProfileChange(self.row.key, d) if self.logs_change() and d is not None else None


class ChangeForm(RecordForm):
    """A change of details: which item changed and when (warned against the allowance)."""

    def __init__(
        self,
        change: ProfileChange | None,
        warning: ChangeWarning,
        today: date,
        *,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Change of details"), parent)
        self.change, self.warning = change, warning
        self.key = ChoiceBox(
            [(k, item_label(k)) for k in PROFILE_ITEM_KEYS], change.key if change else "phone"
        )
        self.changed_on = DateEdit(change.changed_on if change else today, not_after=today)
        self.add_field(self.tr("What changed"), self.key)
        self.add_field(self.tr("Changed on"), self.changed_on)

    def form_warning(self) -> str | None:
        return self.warning.text(self.changed_on.value())

    def record(self) -> ProfileChange:
        key = self.key.value()
        assert isinstance(key, str)
        rec = ProfileChange(key, self.changed_on.value())
        return replace(rec, id=self.change.id) if self.change else rec


class ProfilePage(ChecklistPage[ProfileItem]):
    key = "profile"
    item_type = ProfileItem
    item_keys = PROFILE_ITEM_KEYS
    date_field = "updated_on"

    def date_heading(self) -> str:
        return self.tr("Completed or updated on")

    def item_label(self, key: str) -> str:
        return item_label(key)

    def counts(self, row: ChecklistRow[ProfileItem]) -> bool:
        return row.item is not None and row.item.done

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.changes_model: MarkedRecordModel[ProfileChange] = MarkedRecordModel(
            [
                Column(lambda: self.tr("What changed"), lambda c: item_label(c.key)),
                Column(lambda: self.tr("Changed on"), lambda c: c.changed_on.isoformat()),
                Column(
                    lambda: self.tr("Counts until"),
                    self._counts_until,
                    sort=lambda c: c.changed_on,
                ),
            ],
            lambda: checklists.profile_changes(session.db),
            emphasis=self.in_window,
        )
        self.changes = self.add_log(
            self.changes_model,
            ProfileChange,
            new=self.new_change,
            edit=self.edit_change,
            delete=self.delete_change,
            newest_first_by=1,
        )
        self.lay_out(self.changes)

    def title(self) -> str:
        return self.tr("Personal info")

    def retranslate(self) -> None:
        pr = self.session.rules.personal_info
        self.intro.setText(
            with_args(
                self.tr(
                    "Complete your details in Alipay and tick them here. Changing details often "
                    "looks risky: more than %1 changes in %2 days blocks re-applying."
                ),
                str(pr.max_changes_in_window),
                str(pr.change_window_days),
            )
        )
        self.checklist.heading.setText(self.tr("Completeness"))
        self.changes.heading.setText(self.tr("Changes of details"))
        self.changes.act_new.setText(self.tr("Log a change…"))
        self.records_changed()

    def records_changed(self) -> None:
        rows = self.items_model.rows
        done = sum(1 for r in rows if r.item is not None and r.item.done)
        self.checklist.note.setText(
            with_args(self.tr("%1 of %2 complete."), str(done), str(len(rows)))
        )
        self.checklist.note.show()
        pr = self.session.rules.personal_info
        facts = self._facts()
        today = self.session.today()
        recent = changes_in_window(facts, self.session.rules, today)
        clears = change_block_clears_on(facts, self.session.rules, today)
        text = with_args(
            self.tr("Changes in the last %1 days: %2 (at most %3 allowed)."),
            str(pr.change_window_days),
            str(len(recent)),
            str(pr.max_changes_in_window),
        )
        if clears is not None:
            text = sentences(
                text, with_args(self.tr("Re-applying is blocked until %1."), clears.isoformat())
            )
            self.changes.note.setStyleSheet(f"color: {overdue_color().name()}; font-weight: bold;")
        else:
            self.changes.note.setStyleSheet("")
        self.changes.note.setText(text)
        self.changes.note.show()

    def _facts(self) -> Facts:
        return Facts(as_of=self.session.today(), profile_changes=tuple(self.changes_model.rows))

    def _warning(self, excluding: ProfileChange | None = None) -> ChangeWarning:
        others = [
            c.changed_on
            for c in self.changes_model.rows
            if excluding is None or c.id != excluding.id
        ]
        return ChangeWarning(others, self.session.rules, self.session.today())

    # -- checklist -------------------------------------------------------------------

    def status_text(self, row: ChecklistRow[ProfileItem]) -> str:
        return self.tr("Complete") if item_state(row.item) == "done" else self.tr("Missing")

    def status_color(self, row: ChecklistRow[ProfileItem]) -> QColor | None:
        return verdict_colors("likely")[1] if item_state(row.item) == "done" else None

    def edit_item(self, row: ChecklistRow[ProfileItem], tick: bool = False) -> None:
        form = ProfileItemForm(row, self._warning(), self.session.today(), tick=tick, parent=self)
        self.open_form(form, self._save_item)

    def _save_item(self, form: ProfileItemForm) -> None:
        rec, change, old = form.record(), form.change(), form.row.item
        if rec == old and change is None:
            return
        # the item and its logged change are one step to undo
        self.session.begin_macro(lambda: with_args(self.tr("Update “%1”"), item_label(rec.key)))
        try:
            if old is None:
                self.session.insert(rec)
            elif rec != old:
                self.session.update(old, rec)
            if change is not None:
                self.session.insert(change)
        finally:
            self.session.end_macro()

    # -- changes ----------------------------------------------------------------------

    def in_window(self, c: ProfileChange) -> bool:
        return c.changed_on in changes_in_window(
            self._facts(), self.session.rules, self.session.today()
        )

    def _counts_until(self, c: ProfileChange) -> str:
        until = c.changed_on + timedelta(days=self.session.rules.personal_info.change_window_days)
        if self.in_window(c):
            return until.isoformat()
        return self.tr("No longer counts")

    def new_change(self) -> None:
        self.add_record(
            ChangeForm(None, self._warning(), self.session.today(), parent=self),
            lambda: self.tr("Log a change"),
        )

    def edit_change(self, c: ProfileChange) -> None:
        self.edit_record(
            c,
            ChangeForm(c, self._warning(c), self.session.today(), parent=self),
            lambda: self.tr("Edit change"),
        )

    def delete_change(self, c: ProfileChange) -> None:
        self.delete_record(c, lambda: self.tr("Delete change"))
