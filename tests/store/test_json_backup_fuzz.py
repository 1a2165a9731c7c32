"""Bad backup files, made on purpose: random bytes, and valid backups with bytes flipped, keys
dropped, types changed, the end cut off. Every failure is a clear StoreError and the database
is left exactly as it was."""

from __future__ import annotations

import copy
import json
import os
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from credithealth.store.db import memory_db, open_db
from credithealth.store.errors import StoreError
from credithealth.store.json_backup import dump, parse_backup, restore_file, restore_records
from credithealth.store.table_dump import table_dump

DATA = Path(__file__).resolve().parents[1] / "data"
FUZZED: Counter[str] = Counter()
# FUZZ_SCALE=20 for a long local run; CI runs the default counts
SCALE = int(os.environ.get("FUZZ_SCALE", "1"))


def fuzz(n: int) -> settings:
    return settings(
        max_examples=n * SCALE,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


def _valid() -> dict[str, Any]:
    # a migrated copy: the committed file stays at the first schema on purpose
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "v1.sqlite3"
        shutil.copyfile(DATA / "schema_v1.sqlite3", copy)
        db = open_db(copy)
        try:
            return dump(db)
        finally:
            db.conn.close()


VALID = _valid()
VALID_TEXT = json.dumps(VALID, ensure_ascii=False, indent=1)
VALID_BYTES = VALID_TEXT.encode("utf-8")


@pytest.fixture(scope="module", autouse=True)
def report() -> Iterator[None]:
    yield
    print(f"\nbackup fuzzing: {sum(FUZZED.values())} files ({dict(sorted(FUZZED.items()))})")


def attempt(tmp_path: Path, blob: bytes, kind: str) -> None:
    """Restore ``blob`` over a database holding records: all of it, or nothing and a clear error."""
    FUZZED[kind] += 1
    f = tmp_path / "fuzzed backup.json"
    f.write_bytes(blob)
    db = memory_db()
    restore_records(db, parse_backup(VALID_TEXT, "v1.json"), replace=False, file="v1.json")
    before = table_dump(db.conn)
    try:
        restore_file(db, f, replace=True)
    except StoreError as exc:
        assert table_dump(db.conn) == before
        for lang in ("en", "zh_CN"):
            text = exc.msg.render(lang)
            assert "fuzzed backup.json" in text and "\n" not in text and len(text) < 400, text
    else:
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        db.conn.close()


@fuzz(100)
@given(st.binary(max_size=600))
def test_random_bytes(tmp_path: Path, blob: bytes) -> None:
    attempt(tmp_path, blob, "random bytes")


@fuzz(200)
@given(
    st.lists(
        st.tuples(st.integers(0, len(VALID_BYTES) - 1), st.integers(0, 255)), min_size=1, max_size=8
    )
)
def test_flipped_bytes(tmp_path: Path, flips: list[tuple[int, int]]) -> None:
    blob = bytearray(VALID_BYTES)
    for pos, value in flips:
        blob[pos] = value
    attempt(tmp_path, bytes(blob), "flipped bytes")


@fuzz(100)
@given(st.integers(0, len(VALID_BYTES) - 1))
def test_truncated(tmp_path: Path, cut: int) -> None:
    attempt(tmp_path, VALID_BYTES[:cut], "truncated")


ODD_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=2**63 - 2, max_value=2**70),
    st.integers(max_value=-(2**63) + 1, min_value=-(2**70)),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=20),
    st.sampled_from(["\ud800", "2025-13-40", "2025-02-30T25:00:00", "", " ", "huabei", "0"]),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    data = copy.deepcopy(VALID)
    tables = data["tables"]
    what = draw(
        st.sampled_from(
            [
                "drop key",
                "change type",
                "drop top key",
                "change top value",
                "add key",
                "duplicate record",
                "swap ids",
            ]
        )
    )
    name = draw(st.sampled_from(sorted(t for t in tables if tables[t])))  # has a record
    records = tables[name]
    rec = records[draw(st.integers(0, len(records) - 1))]
    if what == "drop key":
        del rec[draw(st.sampled_from(sorted(rec)))]
    elif what == "change type":
        rec[draw(st.sampled_from(sorted(rec)))] = draw(ODD_VALUES)
    elif what == "drop top key":
        del data[draw(st.sampled_from(["format", "version", "tables"]))]
    elif what == "change top value":
        data[draw(st.sampled_from(["format", "version", "tables"]))] = draw(ODD_VALUES)
    elif what == "add key":
        rec[draw(st.text(min_size=1, max_size=8))] = draw(ODD_VALUES)
    elif what == "duplicate record":
        records.append(copy.deepcopy(rec))
    else:
        other = draw(st.sampled_from(sorted(tables)))
        tables[name], tables[other] = tables[other], tables[name]
    return what, data


@fuzz(400)
@given(mutated())
def test_mutated_structure(tmp_path: Path, case: tuple[str, dict[str, Any]]) -> None:
    what, data = case
    attempt(tmp_path, json.dumps(data, ensure_ascii=False).encode("utf-8", "surrogatepass"), what)


def test_deeply_nested_json(tmp_path: Path) -> None:
    attempt(tmp_path, b"[" * 100_000 + b"]" * 100_000, "deep nesting")


@pytest.mark.skipif(os.name == "nt", reason="a folder cannot be read as a file on POSIX only")
def test_a_folder_instead_of_a_file(tmp_path: Path) -> None:
    (tmp_path / "dir.json").mkdir()
    db = memory_db()
    with pytest.raises(StoreError) as err:
        restore_file(db, tmp_path / "dir.json")
    assert err.value.msg.code == "backup.unreadable"
    db.conn.close()
