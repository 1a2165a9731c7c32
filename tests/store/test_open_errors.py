"""Every kind of bad database gets its own StoreError code, and a failed open changes no byte."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from credithealth.store.db import open_db
from credithealth.store.encryption import encrypt
from credithealth.store.errors import StoreError
from credithealth.store.json_backup import dump

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"


def snapshot(path: Path) -> dict[str, bytes | None]:
    """The database and whatever lies beside it: nothing may change on a failed open."""
    return {
        s: (
            path.with_name(path.name + s).read_bytes()
            if path.with_name(path.name + s).exists()
            else None
        )
        for s in ("", "-wal", "-shm", "-journal")
    }


def refused(path: Path, code: str, **kw: object) -> StoreError:
    before = snapshot(path)
    with pytest.raises(StoreError) as err:
        open_db(path, busy_timeout_ms=100, **kw)  # type: ignore[arg-type]
    assert err.value.msg.code == code
    assert snapshot(path) == before
    for lang in ("en", "zh_CN"):
        assert str(path) in err.value.msg.render(lang)
    return err.value


@pytest.fixture
def demo_file(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_template, path)
    return path


def test_garbage(tmp_path: Path) -> None:
    path = tmp_path / "junk.sqlite3"
    path.write_bytes(b"not a database, just some text\n" * 123)
    refused(path, "store.not_a_database")


def test_truncated_in_the_middle_of_a_page(demo_file: Path) -> None:
    data = demo_file.read_bytes()
    demo_file.write_bytes(data[: len(data) // 2 + 100])
    refused(demo_file, "store.truncated")


def test_truncated_at_a_page_boundary(demo_file: Path) -> None:
    data = demo_file.read_bytes()
    demo_file.write_bytes(data[: 4096 * 3])
    refused(demo_file, "store.truncated")


def test_truncated_inside_the_header(demo_file: Path) -> None:
    demo_file.write_bytes(demo_file.read_bytes()[:60])
    refused(demo_file, "store.truncated")


def test_damaged_inside(demo_file: Path) -> None:
    data = bytearray(demo_file.read_bytes())
    for i in range(4096 * 5, 4096 * 9):
        data[i] = (i * 7) % 256
    demo_file.write_bytes(bytes(data))
    refused(demo_file, "store.corrupt")


def test_newer_version_is_refused_but_opens_read_only(demo_file: Path) -> None:
    db = open_db(demo_file)
    db["_sqlite_migrations"].insert(
        {"migration_set": "credithealth", "name": "m999_future", "applied_at": "2030-01-01"}
    )
    records = dump(db)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    err = refused(demo_file, "store.newer_version")
    assert "m999_future" in err.msg.render("en")
    before = snapshot(demo_file)
    ro = open_db(demo_file, read_only=True)
    assert dump(ro) == records
    with pytest.raises(sqlite3.OperationalError):
        ro.execute("DELETE FROM accounts")
    ro.conn.close()
    assert snapshot(demo_file)[""] == before[""]


def test_exclusive_lock_held_by_another_connection(demo_file: Path) -> None:
    other = sqlite3.connect(demo_file, isolation_level=None)
    other.execute("PRAGMA locking_mode = EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    try:
        refused(demo_file, "store.locked")
    finally:
        other.execute("COMMIT")
        other.close()


def test_write_lock_blocks_a_pending_migration(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    sqlite3.connect(path).close()  # an empty database: its migrations are pending
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("PRAGMA journal_mode = WAL")
    other.execute("BEGIN IMMEDIATE")
    try:
        refused(path, "store.locked")
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_write_lock_does_not_block_reading(demo_file: Path) -> None:
    """The app may be writing while `credit-health assess` reads: WAL lets both work."""
    other = sqlite3.connect(demo_file, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        db = open_db(demo_file, busy_timeout_ms=100)
        assert db.execute("SELECT count(*) FROM accounts").fetchone()[0] > 0
        db.conn.close()
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_encrypted_without_and_with_a_wrong_passphrase(demo_file: Path) -> None:
    encrypt(demo_file, "right horse")
    refused(demo_file, "store.needs_passphrase")
    refused(demo_file, "store.wrong_passphrase", passphrase="wrong horse")
    open_db(demo_file, passphrase="right horse").conn.close()


def test_missing_file_read_only(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as err:
        open_db(tmp_path / "nope.sqlite3", read_only=True)
    assert err.value.msg.code == "store.missing"
    assert not (tmp_path / "nope.sqlite3").exists()


# --- read-only file or folder: root ignores permission bits, so the probe drops that power ---

_PROBE = """
import sys
from credithealth.store.db import open_db
from credithealth.store.errors import StoreError
ro = sys.argv[2] == "ro"
try:
    db = open_db(sys.argv[1], read_only=ro, busy_timeout_ms=100)
    print("opened", db.execute("SELECT count(*) FROM accounts").fetchone()[0])
except StoreError as exc:
    print(exc.msg.code)
"""

_PR_CAPBSET_DROP = 24
_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH, _CAP_FOWNER = 1, 2, 3


def _drop_root_powers() -> None:
    """In the child before exec: without these capabilities, root obeys permission bits."""
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH, _CAP_FOWNER):
        if libc.prctl(_PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def _probe(path: Path, mode: str) -> str:
    p = subprocess.run(
        [sys.executable, "-c", _PROBE, str(path), mode],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        preexec_fn=_drop_root_powers if os.geteuid() == 0 else None,
        env={**os.environ, "PYTHONPATH": str(DESKTOP)},
    )
    assert p.returncode == 0, p.stderr
    return p.stdout.strip()


@pytest.fixture
def restore_modes(tmp_path: Path) -> Iterator[None]:
    yield
    for p in [tmp_path, *tmp_path.rglob("*")]:
        os.chmod(p, 0o700 if p.is_dir() else 0o600)


@pytest.mark.skipif(sys.platform != "linux", reason="POSIX permission bits, Linux capabilities")
def test_read_only_file(demo_file: Path, restore_modes: None) -> None:
    os.chmod(demo_file, 0o400)
    before = snapshot(demo_file)
    assert _probe(demo_file, "rw") == "store.read_only"
    assert _probe(demo_file, "ro").startswith("opened ")
    # a read-only reader of a WAL file may leave an empty -wal and an index (-shm) beside it
    after = snapshot(demo_file)
    assert after[""] == before[""] and not after["-wal"]


@pytest.mark.skipif(sys.platform != "linux", reason="POSIX permission bits, Linux capabilities")
def test_read_only_folder(demo_file: Path, restore_modes: None) -> None:
    """A WAL database on read-only media (no -shm can be made): read-only still opens it."""
    folder = demo_file.parent
    for p in folder.iterdir():
        if p != demo_file:
            shutil.rmtree(p) if p.is_dir() else p.unlink()
    os.chmod(folder, 0o500)
    before = snapshot(demo_file)
    assert _probe(demo_file, "rw") == "store.read_only"
    assert _probe(demo_file, "ro").startswith("opened ")
    assert snapshot(demo_file) == before
    assert sorted(p.name for p in folder.iterdir()) == ["demo.sqlite3"]


def test_read_only_mode_never_writes(demo_file: Path) -> None:
    before = snapshot(demo_file)
    db: Database = open_db(demo_file, read_only=True)
    with pytest.raises(sqlite3.OperationalError):
        db.execute("INSERT INTO score_snapshots (taken_on, score) VALUES ('2026-01-01', 700)")
    db.conn.close()
    assert snapshot(demo_file)[""] == before[""]
