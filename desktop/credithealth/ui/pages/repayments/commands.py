"""How the repayments page's edits become undoable commands: the undo stack's texts,
a bill entered by hand taking the place of the bill derived from a bill file, and
confirming or deleting a derived bill (a deleted one is remembered so it is not derived
again).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject

from credithealth.domain.money import format_yuan
from credithealth.domain.records import Account, Bill, DismissedBill
from credithealth.store.bills import bill_statuses
from credithealth.store.errors import StoreError
from credithealth.ui.common.session import Session
from credithealth.ui.common.tr_args import with_args


class RecordCommands(QObject):
    """Saves, confirms and deletes accounts, bills and repayments through the session;
    ``show_saved(kind, record)`` makes a saved record visible on the page."""

    def __init__(
        self,
        session: Session,
        show_saved: Callable[[str, Any], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.show_saved = show_saved

    def inserter(self, kind: str) -> Any:
        def save(rec: Any) -> None:
            derived = self.derived_for(rec) if isinstance(rec, Bill) else None
            if derived is None:
                saved = self.session.insert(rec, lambda: self.describe("add", rec))
            else:  # the bill entered by hand takes the derived one's place (and repayments)
                saved = self.session.update(
                    derived, replace(rec, id=derived.id), lambda: self.describe("add", rec)
                )
            self.show_saved(kind, saved)

        return save

    def updater(self, old: Any) -> Any:
        kind = old.table

        def save(rec: Any) -> None:
            if rec != old:
                self.session.update(old, rec, lambda: self.describe("edit", rec))
            self.show_saved(kind, rec)

        return save

    def derived_for(self, bill: Bill) -> Bill | None:
        """A derived bill of the same account and month, which a new bill replaces."""
        return next(
            (
                s.bill
                for s in bill_statuses(self.session.db, self.session.today(), bill.account_id)
                if s.bill.period == bill.period and s.bill.derived
            ),
            None,
        )

    def confirm(self, bill: Bill) -> None:
        """A derived bill becomes the user's own (undoable)."""
        mine = replace(bill, derived=False)
        try:
            self.session.update(
                bill, mine, lambda: with_args(self.tr("Confirm bill %1"), bill.period)
            )
        except StoreError as exc:
            self.session.error.emit(exc.msg)
            return
        self.show_saved("bills", mine)

    def delete(self, rec: Any) -> None:
        """Delete a record; a derived bill is also remembered as dismissed."""
        if isinstance(rec, Bill) and rec.derived:
            self._delete_derived(rec)
        else:
            self.session.delete(rec, lambda: self.describe("delete", rec))

    def _delete_derived(self, bill: Bill) -> None:
        """Delete a derived bill and remember it, so bill files never derive it again: one
        undo step for both."""
        self.session.begin_macro(lambda: self.describe("delete", bill))
        try:
            self.session.delete(bill)
            self.session.insert(DismissedBill(bill.account_id, bill.period))
        finally:
            self.session.end_macro()

    def describe(self, what: str, rec: Any) -> str:
        """The undo stack's text for a change."""
        if isinstance(rec, Account):
            text = {
                "add": self.tr("Add account %1"),
                "edit": self.tr("Edit account %1"),
                "delete": self.tr("Delete account %1"),
            }[what]
            return with_args(text, rec.name)
        if isinstance(rec, Bill):
            text = {
                "add": self.tr("Add bill %1"),
                "edit": self.tr("Edit bill %1"),
                "delete": self.tr("Delete bill %1"),
            }[what]
            return with_args(text, rec.period)
        text = {
            "add": self.tr("Log repayment of %1"),
            "edit": self.tr("Edit repayment of %1"),
            "delete": self.tr("Delete repayment of %1"),
        }[what]
        return with_args(text, format_yuan(rec.amount_fen))
