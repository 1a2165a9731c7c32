"""The holiday notices the user added (table ``holiday_notices``), and handing them to the
working-day calendar.

``activate`` reads them and makes ``domain.workdays`` count with them; the store
calls it whenever a database is opened or restored, and the app whenever the
table changes (an add, a removal, their undo).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from credithealth.domain.holiday_notice import (
    HolidayNotice,
    notice_from_record,
    notice_to_record,
)
from credithealth.domain.messages import Msg
from credithealth.domain.records import HolidayNoticeRecord
from credithealth.domain.workdays import use_notices
from credithealth.store.database import Database, has_table
from credithealth.store.errors import StoreError

TABLE = HolidayNoticeRecord.table


def notice_records(db: Database) -> list[HolidayNoticeRecord]:
    """Every stored notice, by year (none before the table exists: an unmigrated file)."""
    if not has_table(db, TABLE) or db.execute(f"SELECT 1 FROM {TABLE} LIMIT 1").fetchone() is None:
        return []  # the usual case: no notice, and no need of repo (nor domain.limits: ~5 ms)
    from credithealth.store import repo

    return repo.all_of(db, HolidayNoticeRecord, order="year")


def notice_record(db: Database, year: int) -> HolidayNoticeRecord | None:
    return next((r for r in notice_records(db) if r.year == year), None)


def load_notices(db: Database, *, strict: bool = True) -> list[HolidayNotice]:
    """The stored notices; a damaged one raises ``StoreError`` (``strict``) or is left out."""
    notices = []
    for rec in notice_records(db):
        try:
            notices.append(notice_from_record(rec))
        except ValueError as exc:
            if strict:
                raise StoreError(
                    Msg("calendar.bad_stored_notice", {"year": rec.year, "detail": str(exc)[:80]})
                ) from None
    return notices


def activate(db: Database, *, strict: bool = True) -> None:
    """Count working days with this database's notices from now on."""
    use_notices(load_notices(db, strict=strict))


def save_notice(db: Database, notice: HolidayNotice, text: str, as_of: date) -> HolidayNoticeRecord:
    """Store a notice, replacing the one of its year; the calendar counts with it at once."""
    new = notice_to_record(notice, text, as_of)
    old = notice_record(db, notice.year)
    from credithealth.store import repo

    with db.atomic():
        saved = repo.insert(db, new) if old is None else repo.update(db, replace(new, id=old.id))
    activate(db)
    return saved


def remove_notice(db: Database, year: int) -> bool:
    """Remove the notice of ``year`` (the package or the estimate counts again)."""
    old = notice_record(db, year)
    if old is None or old.id is None:
        return False
    from credithealth.store import repo

    repo.delete(db, HolidayNoticeRecord, old.id)
    activate(db)
    return True
