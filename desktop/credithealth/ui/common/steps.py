"""Slow work that must stay on the GUI thread, a step per turn of the event loop.

Some work cannot leave the GUI thread (the report draws its charts with pyqtgraph
widgets). ``run_steps`` takes it as a generator and runs one step at a time from a
zero-delay timer, so input and painting are handled between steps and the window stays
usable; ``worker.run_op`` remains the helper for work that can go to the thread pool.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from typing import Any

from PySide6.QtCore import QObject, QTimer

_running: set[Steps] = set()


class Steps(QObject):
    """One generator, driven to its end unless cancelled. A step that raises ends it."""

    def __init__(
        self,
        steps: Generator[Any, None, Any],
        on_step: Callable[[Any], None],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        super().__init__()
        self._steps = steps
        self._on_step, self._on_done, self._on_error = on_step, on_done, on_error
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)
        self.running = False

    def start(self) -> None:
        self.running = True
        _running.add(self)
        self._timer.start()

    def cancel(self) -> None:
        """Stop now; the generator is closed (its clean-up runs) and nothing is delivered."""
        if self.running:
            self._finish()

    def _finish(self) -> None:
        self.running = False
        self._timer.stop()
        _running.discard(self)
        self._steps.close()

    def _step(self) -> None:
        if not self.running:
            return
        try:
            item = next(self._steps)
        except StopIteration as stop:
            self._finish()
            self._on_done(stop.value)
            return
        except Exception as exc:  # delivered to the caller, never lost
            self._finish()
            self._on_error(exc)
            return
        self._on_step(item)
        if self.running:  # on_step may have cancelled
            self._timer.start()


def run_steps(
    steps: Generator[Any, None, Any],
    on_step: Callable[[Any], None],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> Steps:
    """Run ``steps`` a step per event-loop turn: ``on_step(item)`` for each item it
    yields, then ``on_done(its return value)``, or ``on_error(exc)``."""
    job = Steps(steps, on_step, on_done, on_error)
    job.start()
    return job


def cancel_all() -> None:
    """Stop every job still running (closing the window, tests)."""
    for job in list(_running):
        job.cancel()
