"""Automatic backups: daily, before migrations, rotated, listed and restored."""

from __future__ import annotations

import shutil
import sqlite3
import stat
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlite_utils import Migrations

from credithealth.store import schema, steps
from credithealth.store.db import open_db
from credithealth.store.encryption import encrypt, is_encrypted
from credithealth.store.errors import StoreError
from credithealth.store.file_backups import (
    Backup,
    BackupPolicy,
    backup_folder,
    daily_backup,
    list_backups,
    restore_backup,
    take_backup,
    to_keep,
)
from credithealth.store.instance import acquire_instance_lock
from credithealth.store.json_backup import dump

MORNING = datetime(2026, 11, 26, 8, 30, 0)


@pytest.fixture
def demo_file(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "data" / "credit.sqlite3"
    path.parent.mkdir()
    shutil.copyfile(demo_template, path)
    return path


def records(path: Path, passphrase: str | None = None) -> dict:
    db = open_db(path, passphrase=passphrase)
    try:
        return dump(db)
    finally:
        db.conn.close()


def test_daily_backup_once_a_day_beside_the_database(demo_file: Path) -> None:
    first = daily_backup(demo_file, MORNING)
    assert first is not None
    assert first.parent == demo_file.parent / "backups"
    assert first.name == "credit-20261126-083000-daily.sqlite3"
    assert daily_backup(demo_file, MORNING + timedelta(hours=10)) is None
    assert daily_backup(demo_file, MORNING + timedelta(days=1)) is not None
    assert [b.kind for b in list_backups(demo_file)] == ["daily", "daily"]
    assert records(first) == records(demo_file)


def test_a_backup_is_one_private_self_contained_file(demo_file: Path) -> None:
    made = take_backup(demo_file, "manual", now=MORNING)
    assert sorted(p.name for p in made.parent.iterdir()) == [made.name]
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    if sys.platform != "win32":
        assert stat.S_IMODE(made.parent.stat().st_mode) == 0o700
    conn = sqlite3.connect(made)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_backup_while_another_connection_writes_is_consistent(demo_file: Path) -> None:
    writer = open_db(demo_file)
    writer.execute("INSERT INTO score_snapshots (taken_on, score) VALUES ('2026-11-26', 701)")
    # not checkpointed: the new row lives in the -wal, and the backup must still see it
    made = take_backup(demo_file, "manual", now=MORNING)
    assert records(made) == dump(writer)
    writer.conn.close()


def test_configurable_folder_and_many_databases_sharing_it(demo_file: Path, tmp_path: Path) -> None:
    policy = BackupPolicy(folder=tmp_path / "elsewhere")
    other = demo_file.with_name("other.sqlite3")
    shutil.copyfile(demo_file, other)
    daily_backup(demo_file, MORNING, policy=policy)
    daily_backup(other, MORNING, policy=policy)
    assert backup_folder(demo_file, policy) == tmp_path / "elsewhere"
    assert [b.path.name for b in list_backups(demo_file, policy)] == [
        "credit-20261126-083000-daily.sqlite3"
    ]
    assert not (demo_file.parent / "backups").exists()


def test_same_second_gets_a_second_name(demo_file: Path) -> None:
    a = take_backup(demo_file, "manual", now=MORNING)
    b = take_backup(demo_file, "manual", now=MORNING)
    assert a != b and b.name == "credit-20261126-083000-manual-2.sqlite3"
    assert [x.path for x in list_backups(demo_file)] == [b, a]


def _fake(days: list[datetime], kind: str = "daily") -> list[Backup]:
    out = [Backup(Path(f"x-{d:%Y%m%d-%H%M%S}-{kind}.sqlite3"), d, kind, 1) for d in days]
    return sorted(out, key=lambda b: b.taken_at, reverse=True)


def test_rotation_keeps_7_days_and_4_weeks() -> None:
    start = datetime(2026, 1, 1, 9)  # a Thursday
    every_day = [start + timedelta(days=i) for i in range(60)]
    twice = [d + timedelta(hours=5) for d in every_day[-3:]]
    backups = _fake(every_day + twice)
    keep = {b.taken_at for b in backups if b.path in to_keep(backups, BackupPolicy())}
    last = every_day[-1]
    # the newest of each of the last 7 days (the evening one where a day has two)
    daily = {last + timedelta(hours=5) - timedelta(days=i) for i in range(3)} | {
        last - timedelta(days=i) for i in range(3, 7)
    }
    assert daily <= keep
    # plus the newest (Sunday's) of each of the 3 weeks before this one (which ends on `last`)
    assert last.isoweekday() == 7
    sundays = {last - timedelta(weeks=w) for w in (1, 2, 3)}
    assert sundays <= keep
    assert keep == daily | sundays


def test_rotation_numbers_are_configurable_and_other_kinds_are_kept_apart() -> None:
    start = datetime(2026, 1, 1, 9)
    days = _fake([start + timedelta(days=i) for i in range(20)])
    safety = _fake([start + timedelta(days=i, hours=1) for i in range(5)], "premigrate")
    both = sorted(days + safety, key=lambda b: b.taken_at, reverse=True)
    keep = to_keep(both, BackupPolicy(keep_daily=2, keep_weekly=0, keep_safety=3))
    assert {b.path for b in days[:2]} | {b.path for b in safety[:3]} == keep


def test_daily_backups_rotate_on_disk(demo_file: Path) -> None:
    for i in range(12):
        daily_backup(demo_file, MORNING + timedelta(days=i))
    kept = list_backups(demo_file)
    assert len(kept) <= 7 + 4
    assert kept[0].taken_at == MORNING + timedelta(days=11)
    assert len([b for b in kept if b.taken_at >= MORNING + timedelta(days=5)]) == 7


def test_restore_backup_saves_the_current_state_first(demo_file: Path) -> None:
    old = records(demo_file)
    backup = take_backup(demo_file, "manual", now=MORNING)
    db = open_db(demo_file)
    db.execute("DELETE FROM transactions")
    changed = dump(db)
    db.conn.close()
    saved = restore_backup(demo_file, backup, now=MORNING + timedelta(minutes=1))
    assert saved is not None and saved.name.endswith("-prerestore.sqlite3")
    assert records(demo_file) == old
    assert records(saved) == changed
    leftovers = {p.name for p in demo_file.parent.iterdir()} - {"backups", "credit.sqlite3.lock"}
    assert leftovers == {"credit.sqlite3"}


def test_restore_leaves_no_stale_wal_to_replay(demo_file: Path) -> None:
    backup = take_backup(demo_file, "manual", now=MORNING)
    db = open_db(demo_file)
    db.execute("PRAGMA wal_autocheckpoint = 0")
    db.execute("DELETE FROM bills")  # lives in the -wal only
    db.conn.close()
    restore_backup(demo_file, backup, now=MORNING)
    assert records(demo_file)["tables"]["bills"]
    conn = sqlite3.connect(demo_file)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_restore_refuses_a_bad_backup_and_changes_nothing(demo_file: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(demo_file.read_bytes()[:5000])
    before = demo_file.read_bytes()
    with pytest.raises(StoreError) as err:
        restore_backup(demo_file, bad, now=MORNING)
    assert err.value.msg.code == "snapshot.bad_backup"
    assert "bad.sqlite3" in err.value.msg.render("zh_CN")
    assert demo_file.read_bytes() == before
    assert not (demo_file.parent / "backups").exists()


def test_restore_works_from_inside_the_app_that_holds_the_lock(demo_file: Path) -> None:
    backup = take_backup(demo_file, "manual", now=MORNING)
    # the app's own lock, held in this process: restoring from the app itself is allowed
    lock = acquire_instance_lock(demo_file)
    assert lock is not None
    try:
        restore_backup(demo_file, backup, now=MORNING)
    finally:
        lock.release()


def test_a_damaged_database_is_kept_as_raw_bytes_before_restoring(demo_file: Path) -> None:
    backup = take_backup(demo_file, "manual", now=MORNING)
    good = records(demo_file)
    data = bytearray(demo_file.read_bytes())
    data[4096 * 3 : 4096 * 6] = bytes(range(256)) * 48
    demo_file.write_bytes(bytes(data))
    saved = restore_backup(demo_file, backup, now=MORNING)
    # every damaged page kept as it was (only page 1's header differs: journal mode, counters)
    assert saved is not None and saved.read_bytes()[4096:] == bytes(data)[4096:]
    assert records(demo_file) == good


def test_pending_migration_takes_a_backup_first(
    demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = records(demo_file)

    def m999_add_notes(db) -> None:  # type: ignore[no-untyped-def]
        db.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")

    # this version's steps (each schema step is a function of its name) and one more
    extended = Migrations(schema.MIGRATION_SET)
    for name in schema.known_steps():
        extended(name=name)(getattr(schema, name))
    extended(name="m999_add_notes")(m999_add_notes)
    monkeypatch.setattr(schema, "migrations", extended)
    monkeypatch.setattr(steps, "STEPS", (*steps.STEPS, "m999_add_notes"))
    db = open_db(demo_file)
    assert "notes" in db.table_names()
    db.conn.close()
    (made,) = list_backups(demo_file)
    assert made.kind == "premigrate"
    conn = sqlite3.connect(made.path)
    assert "notes" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()
    # nothing pending now: no further backup
    open_db(demo_file).conn.close()
    assert len(list_backups(demo_file)) == 1
    monkeypatch.undo()
    assert records(made.path) == before


def test_a_new_database_takes_no_backup(tmp_path: Path) -> None:
    open_db(tmp_path / "new.sqlite3").conn.close()
    assert not (tmp_path / "backups").exists()


def test_encrypted_database_backups_stay_encrypted(demo_file: Path) -> None:
    encrypt(demo_file, "s3cret passphrase", now=MORNING)
    made = daily_backup(demo_file, MORNING, passphrase="s3cret passphrase")
    assert made is not None and is_encrypted(made)
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(made).execute("SELECT count(*) FROM sqlite_master").fetchone()
    assert records(made, "s3cret passphrase") == records(demo_file, "s3cret passphrase")
    db = open_db(demo_file, passphrase="s3cret passphrase")
    db.execute("DELETE FROM accounts")
    db.conn.close()
    restore_backup(demo_file, made, passphrase="s3cret passphrase", now=MORNING)
    assert records(demo_file, "s3cret passphrase") == records(made, "s3cret passphrase")
