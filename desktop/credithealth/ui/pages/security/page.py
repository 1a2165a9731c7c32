"""Account security 账户安全: the five-item checklist with done dates and renewal
(a password older than its renewal period is due again), and the incident log,
where open incidents stand out and can be resolved."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QStyle, QWidget

from credithealth.domain.factors.account_security import item_state, renewal_due_on
from credithealth.domain.messages import Msg
from credithealth.domain.records import (
    SECURITY_EVENT_KINDS,
    SECURITY_ITEM_KEYS,
    SecurityEvent,
    SecurityItem,
)
from credithealth.domain.rules import Rules
from credithealth.store import checklists
from credithealth.ui.common import i18n
from credithealth.ui.common.models.marked import MarkedRecordModel
from credithealth.ui.common.models.records import Column
from credithealth.ui.common.session import Session
from credithealth.ui.common.style import overdue_color, verdict_colors
from credithealth.ui.common.tr_args import with_args
from credithealth.ui.common.widgets.fields import (
    ChoiceBox,
    DateEdit,
    IntEdit,
    NotesEdit,
    OptionalDateEdit,
    RecordForm,
)
from credithealth.ui.pages.checklist import ChecklistPage
from credithealth.ui.pages.sections import ChecklistRow, sentences

RENEW_DAYS_MAX = 3650


def item_label(key: str) -> str:
    return Msg("security_item." + key).render(i18n.current_language())


def event_label(kind: str) -> str:
    return Msg("security_event." + kind).render(i18n.current_language())


def renewal_days(key: str, item: SecurityItem | None, rules: Rules, today: date) -> int | None:
    """The renewal period in force for an item (its own, or the rules' for the password)."""
    probe = replace(item or SecurityItem(key), done=True, done_on=today)
    due = renewal_due_on(probe, rules)
    return None if due is None else (due - today).days


class SecurityItemForm(RecordForm):
    """When an item was done, and (optionally) every how many days it must be renewed."""

    def __init__(
        self,
        row: ChecklistRow[SecurityItem],
        today: date,
        rules: Rules,
        *,
        tick: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(item_label(row.key), parent)
        self.row = row
        item = row.item
        done = tick or (item is not None and item.done)
        when = (
            item.done_on if item is not None and item.done and item.done_on and not tick else today
        )
        self.done_on = OptionalDateEdit(when, not_after=today)
        self.done_on.check.setChecked(done)
        self.done_on.check.setText(self.tr("Done"))
        self.add_field(self.tr("Done on"), self.done_on)
        self.renew = IntEdit(
            item.renew_days if item else None, low=1, high=RENEW_DAYS_MAX, required=False
        )
        default = renewal_days(row.key, SecurityItem(row.key), rules, today)
        self.renew.setPlaceholderText(
            with_args(self.tr("%1 (the default)"), str(default)) if default else self.tr("Never")
        )
        self.add_field(self.tr("Renew every (days)"), self.renew)
        hint = QLabel(
            self.tr(
                "After this many days the item counts as due again. Leave empty for the default."
            )
        )
        hint.setWordWrap(True)
        self.form.addRow("", hint)

    def record(self) -> SecurityItem:
        d = self.done_on.value()
        base = self.row.item or SecurityItem(self.row.key)
        return replace(base, done=d is not None, done_on=d, renew_days=self.renew.value())


class IncidentForm(RecordForm):
    def __init__(
        self, event: SecurityEvent | None, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Security incident"), parent)
        self.incident = event
        # every field exists before the first is added: adding one validates the form
        self.kind = ChoiceBox(
            [(k, event_label(k)) for k in SECURITY_EVENT_KINDS], event.kind if event else None
        )
        self.occurred_on = DateEdit(event.occurred_on if event else today, not_after=today)
        self.resolved_on = OptionalDateEdit(
            event.resolved_on if event and event.resolved_on else today, not_after=today
        )
        self.resolved_on.check.setChecked(event is not None and event.resolved_on is not None)
        self.resolved_on.check.setText(self.tr("Resolved"))
        self.notes = NotesEdit(event.notes if event else "")
        self.notes.setPlaceholderText(self.tr("What happened, what you did about it"))
        self.add_field(self.tr("Kind"), self.kind)
        self.add_field(self.tr("Happened on"), self.occurred_on)
        self.add_field(self.tr("Resolved on"), self.resolved_on)
        self.add_field(self.tr("Notes"), self.notes)

    def form_error(self) -> str | None:
        resolved = self.resolved_on.value()
        if resolved is not None and resolved < self.occurred_on.value():
            return self.tr("An incident cannot be resolved before it happened.")
        return None

    def record(self) -> SecurityEvent:
        kind = self.kind.value()
        assert isinstance(kind, str)
        rec = SecurityEvent(
            kind, self.occurred_on.value(), self.resolved_on.value(), self.notes.value()
        )
        return replace(rec, id=self.incident.id) if self.incident else rec


class ResolveForm(RecordForm):
    """Mark an open incident resolved: the date (today by default) and what was done."""

    def __init__(self, event: SecurityEvent, today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Resolve incident"), parent)
        self.incident = event
        what = QLabel(
            with_args(self.tr("%1 on %2"), event_label(event.kind), event.occurred_on.isoformat())
        )
        self.form.addRow(self.tr("Incident"), what)
        self.resolved_on = DateEdit(max(today, event.occurred_on), not_after=today)
        self.add_field(self.tr("Resolved on"), self.resolved_on)
        self.notes = NotesEdit(event.notes)
        self.notes.setPlaceholderText(self.tr("What you did (password changed, devices removed…)"))
        self.add_field(self.tr("Notes"), self.notes)

    def form_error(self) -> str | None:
        if self.resolved_on.value() < self.incident.occurred_on:
            return self.tr("An incident cannot be resolved before it happened.")
        return None

    def record(self) -> SecurityEvent:
        return replace(
            self.incident, resolved_on=self.resolved_on.value(), notes=self.notes.value()
        )


class SecurityPage(ChecklistPage[SecurityItem]):
    key = "security"
    item_type = SecurityItem
    item_keys = SECURITY_ITEM_KEYS
    date_field = "done_on"

    def date_heading(self) -> str:
        return self.tr("Done on")

    def more_item_columns(self) -> list[Column[ChecklistRow[SecurityItem]]]:
        return [Column(lambda: self.tr("Renewal"), self._renewal)]

    def item_label(self, key: str) -> str:
        return item_label(key)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.events_model: MarkedRecordModel[SecurityEvent] = MarkedRecordModel(
            [
                Column(lambda: self.tr("Kind"), lambda e: event_label(e.kind)),
                Column(lambda: self.tr("Happened on"), lambda e: e.occurred_on.isoformat()),
                Column(
                    lambda: self.tr("Status"),
                    lambda e: (
                        self.tr("Open")
                        if self.is_open(e)
                        else with_args(self.tr("Resolved on %1"), str(e.resolved_on))
                    ),
                    sort=lambda e: (not self.is_open(e), e.resolved_on or date.min),
                ),
                Column(lambda: self.tr("Notes"), lambda e: e.notes, tooltip=lambda e: e.notes),
            ],
            lambda: checklists.security_events(session.db),
            emphasis=self.is_open,
        )
        self.incidents = self.add_log(
            self.events_model,
            SecurityEvent,
            new=self.new_incident,
            edit=self.edit_incident,
            delete=self.delete_incident,
            newest_first_by=1,
        )
        self.act_resolve = self.incidents.add_icon_action(
            QStyle.StandardPixmap.SP_DialogApplyButton, self.is_open, self.resolve_selected
        )
        self.lay_out(self.incidents)

    def title(self) -> str:
        return self.tr("Account security")

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Tick what you have done to secure your account; ticking asks for the date. "
                "A password older than its renewal period counts as due again. "
                "An open incident blocks applying until it is resolved."
            )
        )
        self.checklist.heading.setText(self.tr("Security checklist"))
        self.incidents.heading.setText(self.tr("Incidents"))
        self.incidents.act_new.setText(self.tr("New incident…"))
        self.act_resolve.setText(self.tr("Resolve…"))
        self.records_changed()

    def records_changed(self) -> None:
        rows = self.items_model.rows
        done = sum(self.counts(r) for r in rows)
        due = [r for r in rows if self._expired(r)]
        text = with_args(self.tr("%1 of %2 done."), str(done), str(len(rows)))
        for r in due:
            assert r.item is not None
            text = sentences(
                text,
                with_args(
                    self.tr("%1: due again since %2."),
                    item_label(r.key),
                    str(renewal_due_on(r.item, self.session.rules)),
                ),
            )
        self.checklist.note.setText(text)
        self.checklist.note.show()
        open_now = [e for e in self.events_model.rows if self.is_open(e)]
        if open_now:
            oldest = min(e.occurred_on for e in open_now)
            self.incidents.note.setText(
                with_args(
                    self.tr(
                        "Open incidents: %1 (the oldest since %2). Each blocks applying until it is resolved."
                    ),
                    str(len(open_now)),
                    oldest.isoformat(),
                )
            )
            self.incidents.note.setStyleSheet(
                f"color: {overdue_color().name()}; font-weight: bold;"
            )
        else:
            self.incidents.note.setText(self.tr("No open incidents."))
            self.incidents.note.setStyleSheet("")
        self.incidents.note.show()

    # -- checklist -------------------------------------------------------------------

    def _state(self, row: ChecklistRow[SecurityItem]) -> str:
        """The item's state as the factor and the report see it (domain: ``item_state``)."""
        return item_state(row.item, self.session.rules, self.session.today())

    def counts(self, row: ChecklistRow[SecurityItem]) -> bool:
        return self._state(row) == "done"

    def _expired(self, row: ChecklistRow[SecurityItem]) -> bool:
        return self._state(row) == "due_again"

    def status_text(self, row: ChecklistRow[SecurityItem]) -> str:
        if self.counts(row):
            return self.tr("Done")
        if self._expired(row):
            assert row.item is not None
            return with_args(
                self.tr("Due again since %1"), str(renewal_due_on(row.item, self.session.rules))
            )
        return self.tr("Not done")

    def status_color(self, row: ChecklistRow[SecurityItem]) -> QColor | None:
        if self.counts(row):
            return verdict_colors("likely")[1]
        return overdue_color() if self._expired(row) else None

    def _renewal(self, row: ChecklistRow[SecurityItem]) -> str:
        today = self.session.today()
        days = renewal_days(row.key, row.item, self.session.rules, today)
        if days is None:
            return ""
        text = with_args(self.tr("Every %1 days"), str(days))
        due = renewal_due_on(row.item, self.session.rules) if row.item else None
        if due is not None and today < due:
            text += with_args(self.tr(", next by %1"), due.isoformat())
        return text

    def edit_item(self, row: ChecklistRow[SecurityItem], tick: bool = False) -> None:
        form = SecurityItemForm(
            row, self.session.today(), self.session.rules, tick=tick, parent=self
        )
        self.open_form(form, self._save_item)

    def _save_item(self, form: SecurityItemForm) -> None:
        rec = form.record()
        if form.row.item is None:
            self.session.insert(rec, lambda: with_args(self.tr("Record “%1”"), item_label(rec.key)))
        elif rec != form.row.item:
            self.session.update(
                form.row.item, rec, lambda: with_args(self.tr("Edit “%1”"), item_label(rec.key))
            )

    # -- incidents -------------------------------------------------------------------

    def is_open(self, e: SecurityEvent) -> bool:
        return e.resolved_on is None or e.resolved_on > self.session.today()

    def new_incident(self) -> None:
        self.add_record(
            IncidentForm(None, self.session.today(), self), lambda: self.tr("Add incident")
        )

    def edit_incident(self, e: SecurityEvent) -> None:
        self.edit_record(
            e, IncidentForm(e, self.session.today(), self), lambda: self.tr("Edit incident")
        )

    def delete_incident(self, e: SecurityEvent) -> None:
        self.delete_record(e, lambda: self.tr("Delete incident"))

    def resolve_selected(self) -> None:
        e = self.incidents.selected()
        if e is None or not self.is_open(e):
            return
        self.open_form(
            ResolveForm(e, self.session.today(), self),
            lambda f: self.session.update(e, f.record(), lambda: self.tr("Resolve incident")),
        )
