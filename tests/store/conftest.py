from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlite_utils import Database

from credithealth.store.db import memory_db, open_db
from credithealth.store.demo import fill_demo

DEMO_DAY = date(2026, 11, 26)


@pytest.fixture
def db() -> Iterator[Database]:
    d = memory_db()
    yield d
    d.conn.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    d = open_db(path)
    fill_demo(d, DEMO_DAY)
    d.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    d.conn.close()
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A copy of the demo database, per test: building it once keeps the suite fast."""
    path = tmp_path / "demo.sqlite3"
    path.write_bytes(demo_template.read_bytes())
    d = open_db(path)
    yield d
    d.conn.close()
