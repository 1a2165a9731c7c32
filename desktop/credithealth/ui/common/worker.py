"""Slow work off the GUI thread, through one helper.

``run_op`` runs a function on the thread pool and delivers its result (or its
error) back on the GUI thread. The function gets a ``Progress`` to report on and
to see whether the user cancelled; it must never touch widgets. Database work in
the function uses its own connection (see ``Session.worker_db``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

T = TypeVar("T")


class Cancelled(Exception):
    """Raised inside an op when the user cancelled it."""


class Progress:
    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def report(self, done: int, total: int, text: str = "") -> None:
        self._signals.progress.emit(done, total, text)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise ``Cancelled`` if the user cancelled: call it between steps."""
        if self._cancel.is_set():
            raise Cancelled


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int, str)


class Op(QRunnable, Generic[T]):
    def __init__(self, fn: Callable[[Progress], T]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = _Signals()
        self.progress = Progress(self.signals)
        self._fn = fn

    def run(self) -> None:
        try:
            result = self._fn(self.progress)
        except BaseException as exc:  # delivered to the GUI thread, never lost
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)

    def cancel(self) -> None:
        self.progress.cancel()


_running: set[Op[Any]] = set()


def run_op(
    fn: Callable[[Progress], T],
    on_done: Callable[[T], None],
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
) -> Op[T]:
    op: Op[T] = Op(fn)
    _running.add(op)

    def finished(result: object) -> None:
        _running.discard(op)
        on_done(result)  # type: ignore[arg-type]

    def failed(exc: object) -> None:
        _running.discard(op)
        if on_error is None:
            raise exc  # type: ignore[misc]
        on_error(exc)  # type: ignore[arg-type]

    op.signals.done.connect(finished)
    op.signals.failed.connect(failed)
    if on_progress is not None:
        op.signals.progress.connect(on_progress)
    QThreadPool.globalInstance().start(op)
    return op


def cancel_all() -> None:
    """Ask every op still running to stop at its next check (the window is closing)."""
    for op in list(_running):
        op.cancel()


def wait_all(timeout_ms: int = 10_000) -> bool:
    """Wait for background work (tests, and closing the window)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
