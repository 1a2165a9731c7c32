"""The cheap check at open still refuses every damaged file the full check refused; the full
check, run later, finds what only it can (``store/integrity.py``)."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlite_utils.migrations import Migrations

from credithealth.store import schema, steps
from credithealth.store.db import open_db
from credithealth.store.encryption import encrypt
from credithealth.store.errors import StoreError
from credithealth.store.integrity import cheap_check, full_check, quick_check
from tests.store.test_open_errors import refused, snapshot

PAGE = 4096


def _pattern(data: bytearray) -> None:  # tests/store/test_open_errors.py
    for i in range(PAGE * 5, PAGE * 9):
        data[i] = (i * 7) % 256


def _a5(data: bytearray) -> None:  # tests/cli/test_cli_safety.py
    data[PAGE * 4 : PAGE * 8] = b"\xa5" * (PAGE * 4)


def _ramp(data: bytearray) -> None:  # tests/store/test_file_backups.py
    data[PAGE * 3 : PAGE * 6] = bytes(range(256)) * 48


def _one_page_zeroed(data: bytearray) -> None:
    data[PAGE * 10 : PAGE * 11] = bytes(PAGE)


def _one_header_byte(data: bytearray) -> None:
    data[PAGE * 6] = 0x07  # a b-tree page of no type SQLite knows


DAMAGE: dict[str, Callable[[bytearray], None]] = {
    "pattern": _pattern,
    "a5": _a5,
    "ramp": _ramp,
    "one page zeroed": _one_page_zeroed,
    "one header byte": _one_header_byte,
}


@pytest.fixture
def demo_file(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_template, path)
    return path


def damage(path: Path, how: Callable[[bytearray], None]) -> None:
    data = bytearray(path.read_bytes())
    how(data)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("kind", list(DAMAGE))
def test_the_cheap_check_refuses_each_damaged_file(demo_file: Path, kind: str) -> None:
    damage(demo_file, DAMAGE[kind])
    refused(demo_file, "store.corrupt", check="cheap")
    refused(demo_file, "store.corrupt", check="full")  # as the open always did


@pytest.mark.parametrize("kind", list(DAMAGE))
def test_the_full_check_names_page_damage_as_the_open_did(demo_file: Path, kind: str) -> None:
    damage(demo_file, DAMAGE[kind])
    before = snapshot(demo_file)
    with pytest.raises(StoreError) as err:
        full_check(demo_file)
    assert err.value.msg.code == "store.corrupt"
    assert str(demo_file) in err.value.msg.render("en")
    # a read-only reader of a WAL file may leave an empty -wal and an index (-shm) beside it
    after = snapshot(demo_file)
    assert after[""] == before[""] and not after["-wal"]


@pytest.mark.parametrize(
    ("make", "code"),
    [
        (
            lambda p: p.write_bytes(b"not a database, just some text\n" * 123),
            "store.not_a_database",
        ),
        (
            lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2 + 100]),
            "store.truncated",
        ),
        (lambda p: p.write_bytes(p.read_bytes()[: PAGE * 3]), "store.truncated"),
        (lambda p: p.write_bytes(p.read_bytes()[:60]), "store.truncated"),
    ],
)
def test_cut_short_or_foreign_files_get_the_opens_words(
    demo_file: Path, make: Callable[[Path], None], code: str
) -> None:
    make(demo_file)
    refused(demo_file, code, check="cheap")
    with pytest.raises(StoreError) as err:
        full_check(demo_file)
    assert err.value.msg.code == code


def _damage_a_row(path: Path, table: str = "accounts") -> None:
    """A row's record header says its second column is far longer than the row: the
    pages are well-formed, the row is not."""
    conn = sqlite3.connect(path)
    (page,) = conn.execute(
        "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf'", [table]
    ).fetchone()
    conn.close()
    data = bytearray(path.read_bytes())
    base = (page - 1) * PAGE
    assert data[base] == 0x0D  # a table leaf
    cell = base + int.from_bytes(data[base + 8 : base + 10], "big")
    # payload length and rowid (one byte each for the demo's first row), then the
    # record header: its size, the id's serial type, then the second column's
    assert data[cell] < 0x80 and data[cell + 1] < 0x80
    data[cell + 4] = 0x7F
    path.write_bytes(bytes(data))


def test_damage_inside_a_row_passes_the_cheap_check_and_not_the_full_one(
    demo_file: Path,
) -> None:
    _damage_a_row(demo_file)
    refused(demo_file, "store.corrupt", check="full")
    db = open_db(demo_file, check="cheap", read_only=True)
    try:
        assert cheap_check(db) == []
        assert quick_check(db)
        with pytest.raises(StoreError) as err:
            full_check(db)
        assert err.value.msg.code == "store.corrupt"
    finally:
        db.conn.close()
    with pytest.raises(StoreError) as err:
        full_check(demo_file)
    assert err.value.msg.code == "store.corrupt"


def test_a_cheap_open_runs_the_full_check_before_migrating(
    demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file about to be rewritten by a migration gets the full check first."""
    _damage_a_row(demo_file)
    open_db(demo_file, check="cheap").conn.close()  # nothing pending: the cheap check only

    def m999_add_notes(db) -> None:  # type: ignore[no-untyped-def]
        db.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")

    step = Migrations._Migration("m999_add_notes", m999_add_notes)
    monkeypatch.setattr(schema.migrations, "_migrations", [*schema.migrations._migrations, step])
    monkeypatch.setattr(steps, "STEPS", (*steps.STEPS, "m999_add_notes"))
    refused(demo_file, "store.corrupt", check="cheap")


def test_sound_files_pass_both_checks(demo_file: Path, tmp_path: Path) -> None:
    db = open_db(demo_file, check="cheap")
    try:
        assert cheap_check(db) == [] and quick_check(db) == []
        full_check(db)
        db.execute("DELETE FROM transactions")  # pages on the free list are accounted for
        db.conn.commit()
        assert cheap_check(db) == []
    finally:
        db.conn.close()
    full_check(demo_file)
    empty = tmp_path / "empty.sqlite3"
    open_db(empty, check="cheap").conn.close()
    full_check(empty)


def test_a_reader_beside_a_writer_sees_pages_in_the_wal(demo_file: Path) -> None:
    """With the app writing (pages in the -wal, not yet in the file), the checks still agree."""
    writer = open_db(demo_file)
    try:
        writer.execute("PRAGMA wal_autocheckpoint = 0")
        for i in range(300):
            writer.execute(
                "INSERT INTO score_snapshots (taken_on, score) VALUES (?, ?)",
                [f"2026-01-{i % 28 + 1:02d}", 600 + i % 100],
            )
        writer.conn.commit()
        assert demo_file.with_name(demo_file.name + "-wal").stat().st_size > 0
        reader = open_db(demo_file, check="cheap")
        reader.conn.close()
        full_check(demo_file)
    finally:
        writer.conn.close()


def test_an_encrypted_file_is_checked_fully(demo_file: Path) -> None:
    """SQLCipher's build has no dbstat: the cheap check is the full one there."""
    encrypt(demo_file, "right horse")
    db = open_db(demo_file, passphrase="right horse", check="cheap")
    try:
        assert cheap_check(db) == []
    finally:
        db.conn.close()
    full_check(demo_file, passphrase="right horse")
    with pytest.raises(StoreError) as err:
        full_check(demo_file)
    assert err.value.msg.code == "store.needs_passphrase"
    with pytest.raises(StoreError) as err:
        full_check(demo_file, passphrase="wrong horse")
    assert err.value.msg.code == "store.wrong_passphrase"


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as err:
        full_check(tmp_path / "nope.sqlite3")
    assert err.value.msg.code == "store.missing"
    assert not (tmp_path / "nope.sqlite3").exists()
