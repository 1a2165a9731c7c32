"""Filling the readiness history in the background: the records assessed as of each
month end, so that imported years show as years of trend at once."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Signal

from credithealth.domain.history import assess_each
from credithealth.store import series
from credithealth.store.facts import load_facts
from credithealth.ui.common.session import Session
from credithealth.ui.common.worker import Op, Progress, run_op


class HistoryBackfill(QObject):
    """``progress(done, total)`` while it runs, ``finished(days)`` when it is done (also
    after a cancel: what was assessed is kept, each day in its own transaction)."""

    progress = Signal(int, int)
    finished = Signal(int)
    failed = Signal(object)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.op: Op[int] | None = None

    @property
    def running(self) -> bool:
        return self.op is not None

    def start(self, dates: list[date] | None = None) -> bool:
        """Assess ``dates`` (None: every month end and today); False if one is running."""
        if self.op is not None or self.session.closed or self.session.read_only:
            return False  # read-only: the history is shown as it is, never filled in
        session, today, rules = self.session, self.session.today(), self.session.rules

        def work(p: Progress) -> int:
            def step(done: int, total: int) -> bool:
                p.report(done, total)
                return not p.cancelled

            db = session.worker_db()
            days = series.backfill_dates(db, today) if dates is None else dates
            return assess_each(
                days,
                lambda d: load_facts(db, d, rules),
                lambda a: series.record_assessment(db, a),
                rules,
                step,
            )

        self.op = run_op(work, self._done, self._failed, self._progress)
        return True

    def cancel(self) -> None:
        if self.op is not None:
            self.op.cancel()

    def _progress(self, done: int, total: int, _text: str) -> None:
        self.progress.emit(done, total)

    def _done(self, days: int) -> None:
        self.op = None
        self.finished.emit(days)

    def _failed(self, exc: BaseException) -> None:
        self.op = None
        self.failed.emit(exc)
