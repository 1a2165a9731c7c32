"""The start-up database opened and scored in a thread while the window's code loads.

At start-up the window's modules take ~60 ms to import, all of it Python holding the
interpreter; opening the file (its page check, ~20 ms on five years of records) and
reading the facts the verdict needs (~25 ms) are mostly SQLite, which lets go of it. So
``EarlyOpen`` does, in a thread, exactly what ``DatabaseOpener`` would do next on the GUI
thread: take the instance lock, ``open_db`` with the same arguments, load the facts and
score them. The opener then takes what it finds (``DatabaseOpener(early=...)``):

- the lock, whenever it was taken (the opener would have taken the same one);
- the open database and the assessment, when everything succeeded;
- nothing else: when any step failed (another process holds the lock, the file needs a
  passphrase, is damaged or read-only) the thread has changed nothing but the lock, and
  the opener runs its own steps again, with the messages and dialogs they bring.

Only a plain start-up is done early: no passphrase given (an encrypted file fails at once,
without a key), the database created if missing, read-write, as ``DatabaseOpener`` opens it.
"""

from __future__ import annotations

import sys
import threading
from datetime import date
from pathlib import Path

from credithealth.domain.assess import Scored, assess
from credithealth.domain.rules import Rules
from credithealth.store.database import Database
from credithealth.store.db import BUSY_TIMEOUT_MS, close_quietly, open_db
from credithealth.store.facts import load_facts
from credithealth.store.file_backups import BackupPolicy
from credithealth.store.instance import InstanceLock, acquire_instance_lock

SWITCH_INTERVAL = 0.0005  # seconds, while the thread runs (Python's default: 0.005)


class EarlyOpen:
    def __init__(
        self,
        path: Path,
        *,
        today: date,
        rules: Rules,
        backups: BackupPolicy | None,
        busy_timeout_ms: int = BUSY_TIMEOUT_MS,
    ) -> None:
        self.path = path
        self.lock: InstanceLock | None = None
        self.db: Database | None = None
        self.scored: Scored | None = None
        self.failed: BaseException | None = None  # why it stopped early (the log says)
        self._args = (today, rules, backups, busy_timeout_ms)
        self._thread = threading.Thread(target=self._run, name="early-open", daemon=True)
        self._interval: float | None = None

    def start(self) -> EarlyOpen:
        # each of its ~40 statements hands the interpreter back when it returns: with the
        # default 5 ms switch interval it would wait up to that long behind the imports
        self._interval = sys.getswitchinterval()
        sys.setswitchinterval(SWITCH_INTERVAL)
        self._thread.start()
        return self

    def _run(self) -> None:
        today, rules, backups, busy_timeout_ms = self._args
        try:
            self.lock = acquire_instance_lock(self.path, role="gui")
            if self.lock is None:
                return  # another process has it: the opener finds out who, and says so
            db = open_db(self.path, backups=backups, busy_timeout_ms=busy_timeout_ms, check="cheap")
            try:
                facts = load_facts(db, today, rules)
                self.scored = Scored(today, rules, facts, assess(facts, rules))
            except BaseException:
                close_quietly(db)
                raise
            self.db = db
        except BaseException as exc:  # the opener's own attempt meets it again, and says so
            self.failed = exc

    def result(self) -> EarlyOpen:
        """Wait for the thread (it is short: an open and one scoring)."""
        self._thread.join()
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
