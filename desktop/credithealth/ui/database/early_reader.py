"""The start-up file checked, read and scored in a child process, where it can fork.

The early open's reading (``early_open.py``) is some forty statements, each handing the
interpreter back and forth with the GUI thread, which spends those same ~150 ms loading
Qt and holding the interpreter through long calls into it: run in a thread, the reading
waited on the GUI thread more than on SQLite. A child forked before any thread exists
has an interpreter of its own, and the second core. Once the parent holds the instance
lock (so no other process can be writing), the child, through a read-only connection
of its own:

1. runs the cheap page check (``store/integrity.py``) the open would run; a file that
   fails it is left to the parent's open, which finds the same damage and says so;
2. reads the facts, only from a file whose schema check passes and that has no step
   pending, with the working-day calendar set from its holiday notices as an open sets
   it, and scores them;

and sends back what it found (pickled, ~10 kB) through a pipe. The parent's open then
skips the page check the child passed (``open_db(check="checked")``). Anything the child
could not do, the parent does itself. A child that has not answered within
``ANSWER_TIMEOUT`` seconds is killed and not waited for.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import select
import signal
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from credithealth.domain.assess import Assessment, assess
from credithealth.domain.facts import Facts
from credithealth.domain.rules import Rules
from credithealth.store.database import Database

ANSWER_TIMEOUT = 10.0  # seconds: far beyond a read of years of records


@dataclass(frozen=True)
class Answer:
    """What the child found: the page check passed; and the facts and their scoring, when
    it could read them; and the official holiday calendar (its package's identity, the
    calendar packed) when the scoring needed it, for the parent's start-up cache."""

    sound: bool
    facts: Facts | None = None
    assessment: Assessment | None = None
    calendar: tuple[str, bytes] | None = None


def can_fork() -> bool:
    """Linux only: macOS forbids much after a fork, Windows has none."""
    return sys.platform.startswith("linux") and hasattr(os, "fork")


class ReadingProcess:
    """A forked child that reads and scores ``path``'s facts once told the lock is held."""

    def __init__(self, path: Path, *, today: date, rules: Rules, busy_timeout_ms: int) -> None:
        self._go_r, self._go_w = os.pipe()
        self._out_r, self._out_w = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:  # the child: never returns
            _child(self._go_r, self._out_w, path, today, rules, busy_timeout_ms)
        os.close(self._go_r)
        os.close(self._out_w)
        self._reaped = False

    def go(self) -> None:
        """The lock is held: read now."""
        with contextlib.suppress(OSError):
            os.write(self._go_w, b"1")
        self._close_go()

    def stop(self) -> None:
        """No reading after all (the lock is not ours, the open failed): the child ends."""
        self._close_go()
        self._kill()

    def take(self) -> Answer | None:
        """What the child found, or None when it found nothing out (or did not answer)."""
        self._close_go()
        chunks: list[bytes] = []
        deadline = time.monotonic() + ANSWER_TIMEOUT
        try:
            while True:
                left = deadline - time.monotonic()
                if left <= 0 or not select.select([self._out_r], [], [], left)[0]:
                    self._kill()  # stuck: not waited for
                    return None
                chunk = os.read(self._out_r, 1 << 16)
                if not chunk:
                    break
                chunks.append(chunk)
        finally:
            os.close(self._out_r)
            self._reap()
        try:
            answer = pickle.loads(b"".join(chunks)) if chunks else None
        except Exception:  # a child killed mid-write: read again in the parent
            return None
        if not isinstance(answer, Answer) or not answer.sound:
            return None
        if not (isinstance(answer.facts, Facts) and isinstance(answer.assessment, Assessment)):
            return Answer(sound=True)
        _keep_calendar(answer.calendar)
        return answer

    def _close_go(self) -> None:
        if self._go_w >= 0:
            with contextlib.suppress(OSError):
                os.close(self._go_w)
            self._go_w = -1

    def _kill(self) -> None:
        with contextlib.suppress(OSError):
            os.kill(self.pid, signal.SIGKILL)
        self._reap()

    def _reap(self) -> None:
        if not self._reaped:
            self._reaped = True
            with contextlib.suppress(ChildProcessError):
                os.waitpid(self.pid, 0)


def _child(go: int, out: int, path: Path, today: date, rules: Rules, busy_timeout_ms: int) -> None:
    """Read, score, answer, and leave at once (no exit handlers: they are the parent's)."""
    code = 0
    try:
        _close_inherited(keep={go, out})
        if os.read(go, 1) == b"1":
            answer = _read_and_score(path, today, rules, busy_timeout_ms)
            if answer is not None:
                data = pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL)
                view = memoryview(data)
                while view:
                    view = view[os.write(out, view) :]
    except BaseException:
        code = 1  # the parent reads the facts itself
    finally:
        os._exit(code)


def facts_are_current(db: Database, path: Path) -> bool:
    """Whether ``db``'s facts may be read as they are: its schema check passes and no step
    is pending (else the opener migrates the file and the facts are read after). Raises
    what the schema check raises."""
    from credithealth.store import steps
    from credithealth.store.schema_check import check_schema

    check_schema(db, str(path))
    return not steps.pending_steps(db) and not steps.unknown_steps(db)


def _read_and_score(path: Path, today: date, rules: Rules, busy_timeout_ms: int) -> Answer | None:
    from credithealth.store.calendar import activate
    from credithealth.store.db import close_quietly, connect
    from credithealth.store.facts import load_facts
    from credithealth.store.integrity import cheap_check

    if not path.is_file() or path.stat().st_size == 0:
        return None  # made by the open: nothing to check or read
    db = connect(path, read_only=True, busy_timeout_ms=busy_timeout_ms)
    try:
        if cheap_check(db):
            return None  # the parent's open finds it again, and says so
        if not facts_are_current(db, path):
            return Answer(sound=True)
        activate(db, strict=False)  # the file's holiday notices, as its open sets them
        facts = load_facts(db, today, rules)
    finally:
        close_quietly(db)
    assessment = assess(facts, rules)
    return Answer(sound=True, facts=facts, assessment=assessment, calendar=_calendar_used())


def _calendar_used() -> tuple[str, bytes] | None:
    """The package's calendar, if the scoring counted working days with it."""
    from credithealth.domain import workdays

    if not workdays.official_calendar.cache_info().currsize:
        return None
    key = workdays.package_identity()
    return None if key is None else (key, workdays.official_calendar().packed())


def _keep_calendar(calendar: object) -> None:
    """The child's calendar into this process's start-up cache, so neither this start's
    later counting nor the next start imports the package for it."""
    from credithealth.domain import workdays

    kept = workdays.calendar_cache
    if kept is None or not isinstance(calendar, tuple) or len(calendar) != 2:
        return
    key, packed = calendar
    if (
        isinstance(key, str)
        and isinstance(packed, bytes)
        and key not in kept
        and workdays.OfficialCalendar.unpacked(packed) is not None
    ):
        kept[key] = packed


def _close_inherited(keep: set[int]) -> None:
    """The parent's files (its database connections, its locks' files) are not the
    child's to hold: only the standard streams and the two pipes stay open."""
    low = 3
    for fd in sorted(keep):
        os.closerange(low, fd)
        low = fd + 1
    os.closerange(low, os.sysconf("SC_OPEN_MAX") if hasattr(os, "sysconf") else 4096)
