"""The start-up database opened and scored while Qt and the window's code load.

At start-up Qt's and the window's modules take ~150 ms to import, all of it Python holding
the interpreter; opening the file (its page check, ~25 ms on five years of records) and
reading the facts the verdict needs (~30 ms) are mostly SQLite. So ``EarlyOpen`` does,
off the GUI thread, what ``DatabaseOpener`` would do next on it:

- the opening thread takes the instance lock, then calls ``open_db`` with the arguments
  the opener would use (the page check, the schema check), but for migrations: a file
  with records to migrate is left to the opener, which backs it up first as the user's
  backup settings say (settings this thread, started before Qt loads, cannot read);
- meanwhile, once the lock is held (so no other process can be writing), the facts are
  read through a read-only connection of their own: after the schema check passes on
  it, and only when the file has no step pending (else the open migrates it and the
  facts are read again from the opened file). On Linux a child process forked at the
  start reads and scores them (``early_reader.py``: it has an interpreter of its own);
  elsewhere a reading thread reads them;
- once both are done and the open succeeded, the opening thread takes the child's
  scoring, or scores the thread's facts (after the open has set the working-day
  calendar from the file's holiday notices).

The opener then takes what it finds (``DatabaseOpener(early=...)``):

- the lock, whenever it was taken (the opener would have taken the same one);
- the open database and the assessment, when the open succeeded;
- nothing else: when any step failed (another process holds the lock, the file needs a
  passphrase, is damaged or read-only) nothing was written but the lock, and the opener
  runs its own steps again, with the messages and dialogs they bring. The reading
  thread's facts count only for a file that opened; a file that did not has its reading
  interrupted.

Only a plain start-up is done early: no passphrase given (an encrypted file fails at once,
without a key), the database created if missing, read-write, as ``DatabaseOpener`` opens it.
"""

from __future__ import annotations

import sys
import threading
from datetime import date
from pathlib import Path

from credithealth.domain.assess import Assessment, Scored, assess
from credithealth.domain.facts import Facts
from credithealth.domain.rules import Rules
from credithealth.store.database import Database
from credithealth.store.db import BUSY_TIMEOUT_MS, close_quietly, connect, open_db
from credithealth.store.facts import load_facts
from credithealth.store.instance import InstanceLock, acquire_instance_lock
from credithealth.ui.database.early_reader import (
    Answer,
    ReadingProcess,
    can_fork,
    facts_are_current,
)

SWITCH_INTERVAL = 0.0005  # seconds, while the threads run (Python's default: 0.005)


class EarlyOpen:
    def __init__(
        self,
        path: Path,
        *,
        today: date,
        rules: Rules,
        busy_timeout_ms: int = BUSY_TIMEOUT_MS,
    ) -> None:
        self.path = path
        self.lock: InstanceLock | None = None
        self.db: Database | None = None
        self.scored: Scored | None = None
        self.failed: BaseException | None = None  # why the open stopped early (the log says)
        self._args = (today, rules, busy_timeout_ms)
        self._locked = threading.Event()  # set once the lock is settled (taken or not)
        self._facts: Facts | None = None  # the reading thread's, if it could read them
        self._reader: Database | None = None
        self._reader_lock = threading.Lock()
        self._open_thread = threading.Thread(target=self._open, name="early-open", daemon=True)
        self._read_thread = threading.Thread(target=self._read, name="early-read", daemon=True)
        self._child: ReadingProcess | None = None
        self._interval: float | None = None

    def start(self, *, fork: bool | None = None) -> EarlyOpen:
        """Begin; ``fork``: read in a child process (default: where ``can_fork``)."""
        # each statement hands the interpreter back when it returns: with the default 5 ms
        # switch interval a thread would wait up to that long behind the imports each time
        self._interval = sys.getswitchinterval()
        sys.setswitchinterval(SWITCH_INTERVAL)
        if can_fork() if fork is None else fork:
            today, rules, busy_timeout_ms = self._args
            try:  # before any thread of ours exists
                self._child = ReadingProcess(
                    self.path, today=today, rules=rules, busy_timeout_ms=busy_timeout_ms
                )
            except OSError:
                self._child = None  # no process to spare: a thread reads
        if self._child is None:
            # the reader first: the opening thread joins it, which it may reach at once
            self._read_thread.start()
        self._open_thread.start()
        return self

    def _open(self) -> None:
        today, rules, busy_timeout_ms = self._args
        try:
            try:
                self.lock = acquire_instance_lock(self.path, role="gui")
            finally:
                self._locked.set()
                if self._child is not None:
                    (self._child.go if self.lock is not None else self._child.stop)()
            if self.lock is None:
                return  # another process has it: the opener finds out who, and says so
            answer: Answer | None = None
            if self._child is not None:  # the child checks the file and reads it first
                answer, self._child = self._child.take(), None
            check = "checked" if answer is not None else "cheap"
            db = open_db(self.path, busy_timeout_ms=busy_timeout_ms, check=check, upgrade=False)
            try:
                self.scored = self._scored(db, today, rules, answer)
            except BaseException:
                close_quietly(db)
                raise
            self.db = db
        except BaseException as exc:  # the opener's own attempt meets it again, and says so
            self.failed = exc
        finally:
            if self.db is None:
                self._stop_reading()

    def _scored(self, db: Database, today: date, rules: Rules, answer: Answer | None) -> Scored:
        """The child's facts and scoring, or the reading thread's facts; else read from
        ``db``."""
        assessment: Assessment | None = None
        if answer is not None:
            facts, assessment = answer.facts, answer.assessment
        else:
            if self._read_thread.ident is not None:  # started: no child could be made
                self._read_thread.join()
            facts = self._facts
        if facts is None:
            facts = load_facts(db, today, rules)
        if assessment is None:
            assessment = assess(facts, rules)
        return Scored(today, rules, facts, assessment)

    def _read(self) -> None:
        """The facts through a read-only connection, under the lock, on a checked schema."""
        today, rules, busy_timeout_ms = self._args
        self._locked.wait()
        if self.lock is None or not self.path.is_file():
            return
        try:
            db = connect(self.path, read_only=True, busy_timeout_ms=busy_timeout_ms)
        except BaseException:
            return  # the open says what is wrong with the file
        with self._reader_lock:
            self._reader = db
        try:
            if facts_are_current(db, self.path):
                self._facts = load_facts(db, today, rules)
        except BaseException:
            self._facts = None  # read again on the opened file, or the open fails
        finally:
            with self._reader_lock:
                self._reader = None
            close_quietly(db)

    def _stop_reading(self) -> None:
        """The open failed: the facts will not be used, so stop reading them now."""
        if self._child is not None:
            child, self._child = self._child, None
            child.stop()
        with self._reader_lock:
            if self._reader is not None:
                self._reader.conn.interrupt()

    def result(self) -> EarlyOpen:
        """Wait for the opening thread (it is short: an open and one scoring)."""
        self._open_thread.join()
        if self._interval is not None:
            sys.setswitchinterval(self._interval)
            self._interval = None
        return self

    def discard(self) -> None:
        """Not used after all (the user chose another file): let go of what was taken."""
        self.result()
        if self.db is not None:
            close_quietly(self.db)
            self.db = None
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def begin(path: Path) -> EarlyOpen:
    """The early open of ``path`` as of today under the shipped rules, started."""
    from credithealth.domain.rules import default_rules

    return EarlyOpen(path, today=date.today(), rules=default_rules()).start()
