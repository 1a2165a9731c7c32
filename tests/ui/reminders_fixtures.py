"""A session whose clock the test moves, with a few records that remind."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from credithealth.domain.records import Account, Application, Bill, CreditReport, ScoreSnapshot
from credithealth.store import repo


@dataclass
class Clock:
    now: datetime

    def today(self) -> date:
        return self.now.date()


@pytest.fixture
def clean_settings(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    QSettings().remove("reminders")
    yield
    QSettings().remove("reminders")


@pytest.fixture
def clocked(qapp, tmp_path: Path, clean_settings) -> Iterator[tuple[object, Clock]]:  # type: ignore[no-untyped-def]
    """Evening of 2026-12-01: two Huabei bills ahead, an application waiting for its decision,
    November's Sesame score and a fresh credit report recorded."""
    from credithealth.ui.common.session import Session
    from credithealth.ui.common.worker import wait_all

    clock = Clock(datetime(2026, 12, 1, 20, 0))
    s = Session(tmp_path / "reminders.sqlite3", today=clock.today)
    acc = repo.insert(s.db, Account("花呗", "huabei", 500_000))
    assert acc.id is not None
    repo.insert(s.db, Bill(acc.id, "2026-11", date(2026, 12, 5), 90_000))
    repo.insert(s.db, Bill(acc.id, "2026-12", date(2026, 12, 10), 40_000))
    repo.insert(s.db, Application(date(2026, 11, 30), "app", "pending", predicted_verdict="likely"))
    repo.insert(s.db, ScoreSnapshot(date(2026, 11, 6), 640))
    repo.insert(s.db, CreditReport(date(2026, 11, 20)))
    s.refresh_now()
    yield s, clock
    wait_all()
    s.undo_stack.clear()
    s.close()
