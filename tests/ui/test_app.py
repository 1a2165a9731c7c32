from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from credithealth.ui.app import database_to_open
from credithealth.ui.main_window import LAST_DB


def test_the_database_opened_without_db_is_the_last_one_chosen(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    default = tmp_path / "default.sqlite3"
    given = tmp_path / "given.sqlite3"
    last = tmp_path / "last.sqlite3"
    assert database_to_open(None, default) == default
    last.write_bytes(b"")
    QSettings().setValue(LAST_DB, str(last))
    try:
        assert database_to_open(None, default) == last
        assert database_to_open(given, default) == given  # --db / CREDIT_HEALTH_DB win
        last.unlink()
        assert database_to_open(None, default) == default  # a file since removed is not recreated
    finally:
        QSettings().remove(LAST_DB)
