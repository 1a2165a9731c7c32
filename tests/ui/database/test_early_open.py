"""The start-up database opened and scored in a thread (``early_open.py``): what the opener
takes from it, and that every way it can stop ends as the opener's own attempt would."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from credithealth.domain.assess import assess
from credithealth.domain.rules import default_rules
from credithealth.store.db import open_db
from credithealth.store.encryption import encrypt
from credithealth.store.facts import load_facts
from credithealth.store.file_backups import DEFAULT_POLICY
from credithealth.store.instance import acquire_instance_lock, lock_holder
from credithealth.ui.database.bad_database import BadDatabaseDialog
from credithealth.ui.database.early_open import EarlyOpen
from credithealth.ui.database.open_database import START, DatabaseOpener
from credithealth.ui.database.passphrase import PassphraseDialog
from tests.ui import safety_fixtures
from tests.ui.conftest import TODAY
from tests.ui.safety_fixtures import make_garbage, records

clean_backup_settings = safety_fixtures.clean_backup_settings
demo_copy = safety_fixtures.demo_copy
ROOT = Path(__file__).resolve().parents[3]

Opening = Callable[..., tuple[DatabaseOpener, EarlyOpen]]


@pytest.fixture
def opening(qapp, clean_backup_settings) -> Iterator[Opening]:  # type: ignore[no-untyped-def]
    """An early open of ``path`` as of ``day`` (finished), and the start-up opener given it."""
    made: list[DatabaseOpener] = []

    def make(path: Path, day: date = TODAY) -> tuple[DatabaseOpener, EarlyOpen]:
        early = EarlyOpen(path, today=day, rules=default_rules(), backups=DEFAULT_POLICY)
        early.start().result()
        opener = DatabaseOpener(None, mode=START, today=lambda: TODAY, early=early)
        made.append(opener)
        return opener, early

    yield make
    for o in made:
        o.close()
        if o.session is not None:
            o.session.close()
        o._drop_lock()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_a_sound_file_opens_with_the_scoring_done_in_the_thread(
    opening: Opening, demo_copy: Path
) -> None:
    rules = default_rules()
    db = open_db(demo_copy, create=False, read_only=True)
    try:
        expected = assess(load_facts(db, TODAY, rules), rules)
    finally:
        db.conn.close()
    opener, early = opening(demo_copy)
    assert early.failed is None and early.scored is not None
    session = opener.start(demo_copy)
    assert session is not None and opener.outcome == "opened"
    assert session.db is early.db  # the thread's connection, not a second open
    assert session.refresh_now() is early.scored.assessment
    assert session.assessment == expected
    # the lock the thread took is the session's: a second start-up is told to raise it
    assert session.lock is early.lock and session.lock is not None and session.lock.held
    holder = lock_holder(demo_copy)
    assert holder is not None and holder["role"] == "gui"


def test_scoring_for_another_day_is_done_again(opening: Opening, demo_copy: Path) -> None:
    opener, early = opening(demo_copy, TODAY - timedelta(days=1))  # midnight came meanwhile
    session = opener.start(demo_copy)
    assert session is not None and early.scored is not None
    fresh = session.refresh_now()
    assert fresh is not early.scored.assessment and session.facts is not None
    assert session.facts.as_of == TODAY and session.assessment.as_of == TODAY  # type: ignore[union-attr]


def test_a_change_before_the_first_scoring_is_not_hidden(opening: Opening, demo_copy: Path) -> None:
    opener, early = opening(demo_copy)
    session = opener.start(demo_copy)
    assert session is not None
    session.refresh()  # what a change does: the thread's scoring is stale from now on
    from credithealth.ui.common.worker import wait_all

    wait_all()
    QCoreApplication.processEvents()
    assert session.refresh_now() is not early.scored.assessment  # type: ignore[union-attr]


def test_a_damaged_file_gets_the_dialog_and_keeps_the_lock(
    opening: Opening, demo_copy: Path
) -> None:
    make_garbage(demo_copy)
    before = demo_copy.read_bytes()
    opener, early = opening(demo_copy)
    assert early.db is None and early.failed is not None and early.lock is not None
    assert opener.start(demo_copy) is None
    assert isinstance(opener.dialog, BadDatabaseDialog) and opener.dialog.isVisible()
    assert opener._lock is early.lock and early.lock.held  # one lock, taken once
    assert demo_copy.read_bytes() == before  # nothing written to a file it could not open


def test_an_encrypted_file_asks_for_its_passphrase(opening: Opening, demo_copy: Path) -> None:
    expected = records(demo_copy)
    encrypt(demo_copy, "correct horse battery")
    opener, early = opening(demo_copy)
    assert early.db is None and early.failed is not None
    assert opener.start(demo_copy) is None
    dialog = opener.dialog
    assert isinstance(dialog, PassphraseDialog) and dialog.isVisible()
    dialog.field.setText("correct horse battery")
    dialog.submit()
    assert opener.session is not None and opener.session.encrypted
    assert records(demo_copy, "correct horse battery") == expected


_HOLDER = """
import sys
from credithealth.store.instance import acquire_instance_lock
lock = acquire_instance_lock(sys.argv[1], role="gui")
print("held" if lock else "refused", flush=True)
sys.stdin.read()
"""


def test_another_window_has_it(opening: Opening, demo_copy: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(demo_copy)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={"PYTHONPATH": str(ROOT / "desktop")},
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        opener, early = opening(demo_copy)
        assert early.lock is None and early.db is None  # it stopped at the lock, touching nothing
        raised: list[Path] = []
        opener.raised.connect(raised.append)
        assert opener.start(demo_copy) is None
        assert opener.outcome == "raised" and raised == [demo_copy]
    finally:
        holder.communicate(timeout=30)


def test_another_file_chosen_lets_the_early_one_go(
    opening: Opening, demo_copy: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other.sqlite3"
    other.write_bytes(demo_copy.read_bytes())
    opener, early = opening(demo_copy)
    session = opener.start(other)
    assert session is not None and session.db_path == other
    assert early.db is None and early.lock is None  # closed and released
    lock = acquire_instance_lock(demo_copy)  # free for anyone again
    assert lock is not None
    lock.release()
