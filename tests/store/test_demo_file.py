"""The demo database file: private, fresh each time, left alone while another holds it."""

from __future__ import annotations

import stat
from datetime import date
from pathlib import Path

from credithealth.store.db import open_db
from credithealth.store.demo_file import DEMO_NAME, demo_folder, make_demo_database
from credithealth.store.instance import acquire_instance_lock

TODAY = date(2026, 11, 26)


def test_the_demo_lives_in_the_user_cache_folder() -> None:
    from platformdirs import user_cache_path

    assert demo_folder() == user_cache_path("CreditHealth", appauthor=False) / "demo"


def test_a_fresh_private_demo_each_time(tmp_path: Path) -> None:
    folder = tmp_path / "cache" / "demo"
    made = make_demo_database(folder, TODAY)
    assert made is not None
    path, lock = made
    assert path == folder / DEMO_NAME and lock.held
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    db = open_db(path)
    snapshots = db["score_snapshots"].count
    assert snapshots > 0
    db.execute("DELETE FROM score_snapshots")
    db.conn.commit()
    db.conn.close()
    lock.release()

    again = make_demo_database(folder, TODAY)
    assert again is not None
    db = open_db(again[0])
    assert db["score_snapshots"].count == snapshots  # the story again, not the changed file
    db.conn.close()
    again[1].release()


def test_a_demo_in_use_is_not_touched(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    folder.mkdir()
    path = folder / DEMO_NAME
    path.write_bytes(b"in use")
    holder = acquire_instance_lock(path)
    assert holder is not None
    try:
        assert make_demo_database(folder, TODAY) is None
        assert path.read_bytes() == b"in use"
    finally:
        holder.release()
