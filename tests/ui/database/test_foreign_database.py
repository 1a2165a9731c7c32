"""A database file carrying what the app never makes (a trigger, a view) is refused at start,
named in the dialog, left as it was, and an app-made backup puts the app back on its feet."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from credithealth.store.file_backups import take_backup
from credithealth.ui.database.bad_database import RESTORE, BadDatabaseDialog, options_for
from credithealth.ui.database.open_database import START, DatabaseOpener
from tests.ui import safety_fixtures
from tests.ui.conftest import TODAY
from tests.ui.safety_fixtures import records

clean_backup_settings = safety_fixtures.clean_backup_settings
demo_copy = safety_fixtures.demo_copy


@pytest.fixture
def opener(qapp, clean_backup_settings) -> Iterator[DatabaseOpener]:  # type: ignore[no-untyped-def]
    o = DatabaseOpener(None, mode=START, today=lambda: TODAY)
    yield o
    o.close()
    if o.session is not None:
        o.session.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_a_planted_trigger_is_named_and_a_backup_restores_the_app(
    opener: DatabaseOpener, demo_copy: Path
) -> None:
    expected = records(demo_copy)
    take_backup(demo_copy, "daily")
    con = sqlite3.connect(demo_copy)
    con.execute("CREATE TRIGGER wipe AFTER INSERT ON transactions BEGIN DELETE FROM bills; END")
    con.commit()
    con.close()
    planted = demo_copy.read_bytes()
    assert RESTORE in options_for("store.foreign_schema")
    opener.start(demo_copy)
    dialog = opener.dialog
    assert isinstance(dialog, BadDatabaseDialog)
    assert opener.session is None
    text = dialog.message.text()
    assert 'trigger "wipe"' in text and "changed outside the app" in text
    assert "damaged" not in text
    assert demo_copy.read_bytes() == planted  # trying changed nothing
    assert dialog.restore_button.isVisibleTo(dialog)
    dialog.restore_button.click()
    assert opener.outcome == "opened" and opener.session is not None
    assert records(demo_copy) == expected
