"""Kill a process in the middle of a large write, again and again: the database stays sound,
the action is wholly there or wholly absent, and doing it again completes."""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from credithealth.store.db import open_db
from credithealth.store.demo import fill_demo
from credithealth.store.json_backup import dump
from tests.store.crash_worker import SCENARIOS, run

KILLS_PER_SCENARIO = 10
SEED = 20261126
WORKER = Path(__file__).with_name("crash_worker.py")
ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


def fingerprint(path: Path) -> str:
    db = open_db(path)
    try:
        return hashlib.sha256(json.dumps(dump(db), sort_keys=True).encode()).hexdigest()
    finally:
        db.conn.close()


def start(scenario: str, db: Path, work: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "desktop"), str(ROOT)])}
    return subprocess.Popen(
        [sys.executable, str(WORKER), scenario, str(db), str(work)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )


def integrity_ok(path: Path) -> bool:
    conn = sqlite3.connect(path)  # opening recovers from the -wal, as the app would
    try:
        return conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()


@pytest.mark.parametrize("scenario", sorted(SCENARIOS))
def test_kill_during_a_large_write(scenario: str, tmp_path: Path) -> None:
    prepare, act = SCENARIOS[scenario]
    work = tmp_path / "work"
    work.mkdir()
    prepare(work)
    base = tmp_path / "base.sqlite3"
    db = open_db(base)
    fill_demo(db)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    before = fingerprint(base)

    # the action done without interruption: its result, and how long its write takes
    target = tmp_path / "db.sqlite3"
    shutil.copyfile(base, target)
    with start(scenario, target, work) as p:
        assert p.stdout is not None and p.stdout.readline().strip() == "ready"
        t0 = time.monotonic()
        assert p.stdout.readline().strip() == "done"
        took = time.monotonic() - t0
        assert p.wait(timeout=60) == 0
    after = fingerprint(target)
    assert after != before
    run(act, target, work)  # done twice (the second time finds everything there already)
    again = fingerprint(target)

    rng = random.Random(f"{SEED}-{scenario}")
    tried = survived = absent = present = 0
    for _ in range(KILLS_PER_SCENARIO):
        for f in tmp_path.glob("db.sqlite3*"):
            f.unlink()
        shutil.copyfile(base, target)
        with start(scenario, target, work) as p:
            assert p.stdout is not None and p.stdout.readline().strip() == "ready"
            time.sleep(rng.uniform(0, took * 1.05))
            p.kill()  # SIGKILL: no handler, no clean-up, like a power cut to the process
            p.wait(timeout=60)
        tried += 1
        assert integrity_ok(target)
        state = fingerprint(target)
        assert state in (before, after), "the action is partly there"
        absent += state == before
        present += state == after
        run(act, target, work)  # and doing it again completes
        assert integrity_ok(target) and fingerprint(target) == (after if state == before else again)
        survived += 1
    print(
        f"\ncrash test {scenario}: {survived}/{tried} kills survived "
        f"({absent} before commit: nothing written; {present} after: all written; "
        f"the write takes {took:.2f} s)"
    )
    assert survived == tried == KILLS_PER_SCENARIO
    assert absent >= KILLS_PER_SCENARIO // 2  # most kills really land inside the action
