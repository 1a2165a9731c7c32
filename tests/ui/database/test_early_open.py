"""The start-up database opened and scored in a thread (``early_open.py``): what the opener
takes from it, and that every way it can stop ends as the opener's own attempt would."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from credithealth.domain.assess import assess
from credithealth.domain.rules import default_rules
from credithealth.store import db as store_db
from credithealth.store.db import open_db
from credithealth.store.encryption import encrypt
from credithealth.store.facts import load_facts
from credithealth.store.instance import acquire_instance_lock, lock_holder
from credithealth.ui.database import early_open, early_reader
from credithealth.ui.database.bad_database import BadDatabaseDialog
from credithealth.ui.database.early_open import EarlyOpen
from credithealth.ui.database.early_reader import can_fork
from credithealth.ui.database.open_database import START, DatabaseOpener
from credithealth.ui.database.passphrase import PassphraseDialog
from tests.ui import safety_fixtures
from tests.ui.conftest import TODAY
from tests.ui.safety_fixtures import make_garbage, records

clean_backup_settings = safety_fixtures.clean_backup_settings
demo_copy = safety_fixtures.demo_copy
ROOT = Path(__file__).resolve().parents[3]

Opening = Callable[..., tuple[DatabaseOpener, EarlyOpen]]


def assessed_directly(path: Path) -> object:
    """The assessment of ``path`` as of TODAY, read and scored plainly (what any early open
    must arrive at)."""
    rules = default_rules()
    db = open_db(path, create=False, read_only=True)
    try:
        return assess(load_facts(db, TODAY, rules), rules)
    finally:
        db.conn.close()


@pytest.fixture(params=["child", "thread"])
def opening(request, qapp, clean_backup_settings) -> Iterator[Opening]:  # type: ignore[no-untyped-def]
    """An early open of ``path`` as of ``day`` (finished), and the start-up opener given it;
    the file read in a child process (Linux) and in a thread (elsewhere)."""
    made: list[DatabaseOpener] = []

    def make(path: Path, day: date = TODAY) -> tuple[DatabaseOpener, EarlyOpen]:
        early = EarlyOpen(path, today=day, rules=default_rules())
        early.start(fork=request.param == "child").result()
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
    expected = assessed_directly(demo_copy)
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


# -- the reading child (Linux) ----------------------------------------------------------

needs_fork = pytest.mark.skipif(not can_fork(), reason="the reading child is Linux's")


def started(path: Path, day: date = TODAY) -> EarlyOpen:
    return EarlyOpen(path, today=day, rules=default_rules()).start(fork=True).result()


def gone(pid: int) -> bool:
    """The child has ended and been reaped (no zombie left)."""
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


@pytest.fixture
def children(monkeypatch: pytest.MonkeyPatch) -> list[early_reader.ReadingProcess]:
    made: list[early_reader.ReadingProcess] = []
    real = early_reader.ReadingProcess.__init__

    def record(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        real(self, *args, **kwargs)
        made.append(self)

    monkeypatch.setattr(early_reader.ReadingProcess, "__init__", record)
    return made


@needs_fork
def test_the_child_checks_reads_and_scores_and_the_parent_does_none_of_it(
    demo_copy: Path, monkeypatch: pytest.MonkeyPatch, children: list, clean_backup_settings
) -> None:
    rules = default_rules()
    expected = assessed_directly(demo_copy)

    def not_here(*_a: object, **_k: object) -> None:
        raise AssertionError("done in the parent")

    # the parent's own names for the page check, the reading and the scoring
    monkeypatch.setattr(store_db, "cheap_check", not_here)
    monkeypatch.setattr(early_open, "load_facts", not_here)
    monkeypatch.setattr(early_open, "assess", not_here)
    early = started(demo_copy)
    try:
        assert early.failed is None and early.scored is not None
        assert early.scored.assessment == expected
        assert early.scored.rules is rules and early.scored.today == TODAY
        assert len(children) == 1 and gone(children[0].pid)
    finally:
        early.discard()


@needs_fork
@pytest.mark.parametrize(
    "child_does",
    [
        "sleeps",  # stuck: killed at the timeout
        "raises",  # fails: ends without an answer
        "answers garbage",  # not an Answer
    ],
)
def test_a_child_that_cannot_answer_leaves_the_parent_to_do_it_all(
    demo_copy: Path,
    monkeypatch: pytest.MonkeyPatch,
    children: list,
    clean_backup_settings,
    child_does: str,
) -> None:
    def read(*_a: object) -> object:
        if child_does == "sleeps":
            time.sleep(60)
        if child_does == "raises":
            raise RuntimeError("child")
        return {"verdict": "likely"}

    monkeypatch.setattr(early_reader, "_read_and_score", read)  # the child is a fork: it has it
    monkeypatch.setattr(early_reader, "ANSWER_TIMEOUT", 0.5)
    checks: list[int] = []
    real_check = store_db.cheap_check
    monkeypatch.setattr(store_db, "cheap_check", lambda db: checks.append(1) or real_check(db))
    early = started(demo_copy)
    try:
        assert early.failed is None and early.scored is not None
        assert early.scored.assessment == assessed_directly(demo_copy)
        assert checks  # the parent ran the page check itself
        assert gone(children[0].pid)
    finally:
        early.discard()


@needs_fork
def test_a_damaged_file_is_found_by_the_parents_own_check(
    demo_copy: Path, children: list, clean_backup_settings
) -> None:
    make_garbage(demo_copy)
    before = demo_copy.read_bytes()
    early = started(demo_copy)
    try:
        assert early.db is None and early.failed is not None
        assert getattr(getattr(early.failed, "msg", None), "code", "").startswith("store.")
        assert demo_copy.read_bytes() == before
        assert gone(children[0].pid)
    finally:
        early.discard()


@needs_fork
def test_without_the_lock_the_child_reads_nothing_and_ends(
    demo_copy: Path, children: list, clean_backup_settings
) -> None:
    lock = acquire_instance_lock(demo_copy)
    assert lock is not None
    try:
        early = started(demo_copy)
        assert early.lock is None and early.db is None and early.scored is None
        assert gone(children[0].pid)
    finally:
        lock.release()


@needs_fork
def test_a_file_to_migrate_is_left_to_the_opener(
    demo_copy: Path, monkeypatch: pytest.MonkeyPatch, clean_backup_settings
) -> None:
    """A file with records and a step pending: the early open changes nothing (the opener
    backs it up first, as the user's backup settings say)."""
    from credithealth.store import steps

    monkeypatch.setattr(steps, "STEPS", (*steps.STEPS, "m999_later"))
    before = demo_copy.read_bytes()
    early = started(demo_copy)
    try:
        assert early.db is None and early.failed is not None
        assert early.failed.msg.code == "store.needs_upgrade"  # type: ignore[attr-defined]
        assert demo_copy.read_bytes() == before
        assert not (demo_copy.parent / "backups").exists()
    finally:
        early.discard()


@needs_fork
def test_the_childs_holiday_calendar_is_kept_by_the_parent(
    demo_copy: Path, monkeypatch: pytest.MonkeyPatch, clean_backup_settings
) -> None:
    """Scoring the demo's pending application counts working days with the package's
    calendar: the child sends it back for the parent's start-up cache."""
    from credithealth.domain import workdays

    kept: dict[str, bytes] = {}
    monkeypatch.setattr(workdays, "calendar_cache", kept)
    workdays.official_calendar.cache_clear()
    early = started(demo_copy)
    try:
        assert early.scored is not None
        assert early.scored.assessment.pending_application is not None
        key = workdays.package_identity()
        assert key is not None and list(kept) == [key]
        assert workdays.OfficialCalendar.unpacked(kept[key]) == workdays.official_calendar()
    finally:
        early.discard()
        workdays.official_calendar.cache_clear()
