from __future__ import annotations

from datetime import date

import pytest
from sqlite_utils import Database

from credithealth.domain.records import Account, Bill, Repayment
from credithealth.store import repo
from credithealth.store.errors import StoreError
from credithealth.store.json_backup import dump


def test_insert_get_update(db: Database) -> None:
    a = repo.insert(db, Account("花呗", "huabei", 800_000))
    assert a.id is not None
    assert repo.get(db, Account, a.id) == a
    b = repo.update(db, Account("花呗", "huabei", 900_000, "suspended", id=a.id))
    assert repo.get(db, Account, a.id) == b


def test_constraints_are_clear_errors(db: Database) -> None:
    with pytest.raises(StoreError):
        repo.insert(db, Account("x", "not-a-kind"))
    a = repo.insert(db, Account("花呗", "huabei"))
    assert a.id
    with pytest.raises(StoreError):
        repo.insert(db, Repayment(a.id, date(2026, 1, 1), -5))
    assert repo.all_of(db, Repayment) == []


def test_delete_cascades_and_restore_puts_everything_back(db: Database) -> None:
    a = repo.insert(db, Account("花呗", "huabei"))
    assert a.id
    b = repo.insert(db, Bill(a.id, "2026-06", date(2026, 6, 10), 100_000))
    r = repo.insert(db, Repayment(a.id, date(2026, 6, 9), 100_000, b.id))
    before = dump(db)
    removed = repo.delete(db, Account, a.id)
    assert repo.all_of(db, Bill) == [] and repo.all_of(db, Repayment) == []
    repo.restore(db, removed)
    assert dump(db) == before
    # deleting a bill keeps its repayment and undoing it restores the link
    removed = repo.delete(db, Bill, b.id)  # type: ignore[arg-type]
    assert repo.get(db, Repayment, r.id).bill_id is None  # type: ignore[arg-type,union-attr]
    repo.restore(db, removed)
    assert dump(db) == before
