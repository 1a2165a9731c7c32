"""GUI-thread work a step per event-loop turn."""

from __future__ import annotations

import itertools
from collections.abc import Generator
from typing import Any

import pytest
from PySide6.QtCore import QTimer

from credithealth.ui.common.steps import cancel_all, run_steps


def counting(n: int | None, log: list[str]) -> Generator[int, None, str]:
    """0, 1, 2... (``n`` of them, or without end), noting when it is closed."""
    try:
        yield from (range(n) if n is not None else itertools.count())
        return "done"
    finally:
        log.append("closed")


def test_each_step_then_the_result_with_the_loop_turning_between(qapp: Any, qtbot: Any) -> None:
    log: list[str] = []
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(0)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    steps: list[tuple[int, int]] = []
    results: list[str] = []
    job = run_steps(
        counting(4, log), lambda i: steps.append((i, len(ticks))), results.append, pytest.fail
    )
    assert steps == []  # nothing runs before the event loop turns
    qtbot.waitUntil(lambda: results == ["done"])
    timer.stop()
    assert [i for i, _ in steps] == [0, 1, 2, 3]
    assert all(b[1] > a[1] for a, b in itertools.pairwise(steps))
    assert log == ["closed"] and not job.running


def test_a_failing_step_is_delivered(qapp: Any, qtbot: Any) -> None:
    def failing() -> Generator[int, None, None]:
        yield 1
        raise ValueError("broken")

    errors: list[BaseException] = []
    run_steps(failing(), lambda _i: None, pytest.fail, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ValueError)


def test_cancelling_closes_the_generator_and_delivers_nothing(qapp: Any, qtbot: Any) -> None:
    log: list[str] = []
    seen: list[int] = []
    job = run_steps(counting(None, log), seen.append, pytest.fail, pytest.fail)
    qtbot.waitUntil(lambda: len(seen) >= 2)
    job.cancel()
    assert log == ["closed"] and not job.running
    count = len(seen)
    qtbot.wait(20)
    assert len(seen) == count


def test_cancel_all_stops_every_job(qapp: Any, qtbot: Any) -> None:
    log: list[str] = []
    seen: list[int] = []
    jobs = [run_steps(counting(None, log), seen.append, pytest.fail, pytest.fail) for _ in range(2)]
    qtbot.waitUntil(lambda: len(seen) >= 2)  # both under way
    cancel_all()
    assert log == ["closed", "closed"] and not any(j.running for j in jobs)
