"""Files a stranger can hand the user, made by the tests: each is refused with one line and
exit 1 (or becomes row errors), the database is left as it was, and the app still starts."""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest
from benchmarks.gen_alipay import alipay_gen3_text

from credithealth.cli import main
from credithealth.domain.limits import MAX_FEN
from credithealth.store.file_backups import backup_folder, take_backup

DAY = "2026-11-26"


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("hostile") / "demo.sqlite3"
    assert main(["--db", str(path), "demo", "--today", DAY]) == 0
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return path


@pytest.fixture
def demo(demo_master: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_master, path)
    return path


def state(path: Path) -> tuple[str, dict[str, int]]:
    """integrity_check and every table's row count: what "unchanged" means here."""
    con = sqlite3.connect(path)
    try:
        ok = con.execute("PRAGMA integrity_check").fetchone()[0]
        tables = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return ok, {t: con.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0] for t in tables}
    finally:
        con.close()


def one_line_error(capsys: pytest.CaptureFixture[str], code: int, *needles: str) -> str:
    err = capsys.readouterr().err
    assert code == 1, err
    assert err.count("\n") == 1 and err.startswith("Error: "), err
    assert "Traceback" not in err
    for n in needles:
        assert n in err, err
    return err


def still_starts(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """What starting the app does first: open, check, score, without an error."""
    assert main(["--db", str(db), "assess", "--on", DAY, "--json"]) == 0
    json.loads(capsys.readouterr().out)


# --- JSON backups --------------------------------------------------------------------------


def backup_of(demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict:
    out = tmp_path / "b.json"
    assert main(["--db", str(demo), "backup", str(out)]) == 0
    capsys.readouterr()
    return json.loads(out.read_text(encoding="utf-8"))


def restore_attack(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], data: dict | str
) -> str:
    attack = tmp_path / "attack.json"
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    attack.write_text(text, encoding="utf-8")
    before = demo.read_bytes()
    code = main(["--db", str(demo), "restore", "--replace", str(attack)])
    err = one_line_error(capsys, code)
    assert demo.read_bytes() == before  # refused before anything was opened or saved
    still_starts(demo, capsys)
    return err


@pytest.mark.parametrize(
    ("table", "field", "value", "needle"),
    [
        ("security_items", "renew_days", 10**12, "renew_days: 1000000000000 is outside 1 – 3650"),
        ("security_events", "kind", "sim_swap", 'kind: "sim_swap" is not one of'),
        ("credit_reports", "proofs", "salary_flow,yacht", 'proofs: "yacht" is not one of'),
        ("repayments", "amount_fen", 2**63 - 1, "amount_fen: ≈2^62 is more than the limit"),
        ("bills", "due_on", "0001-01-01", "due_on: 0001-01-01 is outside 2000-01-01"),
        ("transactions", "occurred_at", "9999-12-31T00:00:00+08:00", "occurred_at: 9999-12-31"),
        ("accounts", "notes", "备" * 10_001, "notes: 10001 characters, more than the 10000"),
        ("accounts", "name", "x" * 201, "name: 201 characters"),
        ("applications", "channel", "fax", 'channel: "fax"'),
        ("score_snapshots", "score", 2000, "score: 2000 is outside 350 – 950"),
    ],
)
def test_a_json_backup_with_a_value_out_of_range_is_refused_naming_table_record_field(
    demo: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    table: str,
    field: str,
    value: object,
    needle: str,
) -> None:
    data = backup_of(demo, tmp_path, capsys)
    records = data["tables"][table]
    assert records, table
    records[-1][field] = value
    err = restore_attack(demo, tmp_path, capsys, data)
    assert f"{table} record {len(records)}:" in err
    assert needle in err


def test_a_backup_with_an_integer_of_5000_digits_is_one_line(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = json.dumps(backup_of(demo, tmp_path, capsys)).replace(
        '"renew_days": 90', '"renew_days": ' + "9" * 5000, 1
    )
    assert "9" * 5000 in text
    err = restore_attack(demo, tmp_path, capsys, text)
    assert "thousands of digits" in err


# --- database files ----------------------------------------------------------------------


def plant(path: Path, sql: str) -> None:
    con = sqlite3.connect(path)
    con.executescript(sql)
    con.close()


TRIGGER = (
    "CREATE TRIGGER wipe AFTER INSERT ON transactions BEGIN DELETE FROM bills; "
    "DELETE FROM repayments; END;"
)


@pytest.mark.parametrize(
    ("sql", "needle"),
    [
        (TRIGGER, 'trigger "wipe"'),
        ("CREATE VIEW peek AS SELECT * FROM accounts;", 'view "peek"'),
        ("CREATE INDEX accounts_name ON accounts(name);", 'index "accounts_name"'),
        ("CREATE TABLE extra (x);", 'table "extra"'),
        ("DROP INDEX bills_due;", 'no index "bills_due"'),
    ],
)
def test_restore_backup_refuses_a_file_the_app_did_not_make(
    demo: Path, capsys: pytest.CaptureFixture[str], sql: str, needle: str
) -> None:
    backup = take_backup(demo, "manual")  # in the backups folder, named as the app names them
    plant(backup, sql)
    before = demo.read_bytes()
    code = main(["--db", str(demo), "restore-backup", str(backup)])
    one_line_error(capsys, code, "not a usable backup", needle, "outside the app")
    assert demo.read_bytes() == before
    still_starts(demo, capsys)


def test_a_table_without_its_checks_is_refused(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = take_backup(demo, "manual")
    con = sqlite3.connect(backup)
    con.execute("PRAGMA writable_schema = ON")
    con.execute(
        "UPDATE sqlite_master SET sql = replace(sql, 'CHECK (renew_days IS NULL OR renew_days > 0)', '') "
        "WHERE name = 'security_items'"
    )
    con.commit()
    con.close()
    code = main(["--db", str(demo), "restore-backup", str(backup)])
    one_line_error(capsys, code, 'a changed table "security_items"')


def test_a_database_file_with_values_out_of_range_is_refused_by_restore_backup(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = take_backup(demo, "manual")
    plant(
        backup,
        "UPDATE security_items SET renew_days = 1000000000000 WHERE key = 'password_changed';",
    )
    before = state(demo)
    code = main(["--db", str(demo), "restore-backup", str(backup)])
    one_line_error(capsys, code, "security_items record id", "renew_days: 1000000000000")
    assert state(demo) == before


def test_an_app_made_backup_always_passes(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    backup = take_backup(demo, "manual")
    before = state(demo)
    assert main(["--db", str(demo), "restore-backup", str(backup)]) == 0
    capsys.readouterr()
    assert state(demo) == before
    still_starts(demo, capsys)


def test_opening_a_database_with_a_planted_trigger_is_refused_and_nothing_runs(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plant(demo, TRIGGER)
    before = state(demo)
    bill = tmp_path / "bill.csv"
    bill.write_bytes(alipay_gen3_text(50).encode("gbk"))
    code = main(["--db", str(demo), "import", str(bill)])
    one_line_error(capsys, code, 'trigger "wipe"', "not used")
    assert state(demo) == before  # no bill deleted, no transaction added
    assert backup_folder(demo).is_dir() is False or not any(backup_folder(demo).iterdir())


# --- bill files ----------------------------------------------------------------------------


def bill_with(rows: int, edit) -> bytes:  # type: ignore[no-untyped-def]
    """An Alipay export whose data rows (cells) pass through ``edit(index, cells)``."""
    lines = alipay_gen3_text(rows).split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("交易时间")) + 1
    for i in range(start, len(lines)):
        if lines[i]:
            cells = lines[i].split(",")
            edit(i - start, cells)
            lines[i] = ",".join(cells)
    return "\n".join(lines).encode("gbk")


def test_ten_thousand_rows_just_under_the_limit_import_and_sum_without_overflow(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    top = f"{MAX_FEN // 100 - 1}.99"

    def edit(_i: int, cells: list[str]) -> None:
        cells[6] = top

    bill = tmp_path / "big.csv"
    bill.write_bytes(bill_with(10_000, edit))
    assert main(["--db", str(demo), "import", str(bill), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["rows_skipped"] == 0 and out["rows_new"] == 10_000
    still_starts(demo, capsys)
    assert main(["--db", str(demo), "report", "--out", str(tmp_path / "r.pdf"), "--on", DAY]) == 0


def test_rows_above_the_limit_are_row_errors_never_stored(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def edit(i: int, cells: list[str]) -> None:
        if i % 2:
            cells[6] = "99999999999999.99"  # under the importer's old limit, far over ¥10⁹

    bill = tmp_path / "over.csv"
    bill.write_bytes(bill_with(400, edit))
    assert main(["--db", str(demo), "import", str(bill), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["rows_skipped"] == 200 and out["rows_new"] == 200
    assert "too large" in out["errors"][0]["message"]
    still_starts(demo, capsys)


def test_dates_in_year_1_or_9999_are_row_errors(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def edit(i: int, cells: list[str]) -> None:
        if i == 3:
            cells[0] = "0001-01-01 00:00:00"
        if i == 7:
            cells[0] = "9999-12-31 23:59:59"

    bill = tmp_path / "dates.csv"
    bill.write_bytes(bill_with(20, edit))
    assert main(["--db", str(demo), "import", str(bill), "--json", "--lang", "en"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["rows_skipped"] == 2
    messages = " ".join(e["message"] for e in out["errors"])
    assert "0001-01-01 is outside 2000-01-01" in messages and "9999-12-31" in messages
    con = sqlite3.connect(demo)
    years = con.execute("SELECT min(occurred_at), max(occurred_at) FROM transactions").fetchone()
    con.close()
    assert years[0] >= "2000" and years[1] < "2100"
    still_starts(demo, capsys)


def test_a_row_error_bomb_zip_is_refused_as_not_a_bill_file(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    head = alipay_gen3_text(1).encode("gbk")
    junk = b"?,?\n" * 3_000_000  # 12 MB of unreadable rows, a few KB zipped
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("bill.csv", head + junk)
    bomb = tmp_path / "bomb.zip"
    bomb.write_bytes(buf.getvalue())
    assert bomb.stat().st_size < 256 * 1024
    before = state(demo)
    code = main(["--db", str(demo), "import", str(bomb)])
    one_line_error(capsys, code, "is not a bill file", "501 rows in a row")
    assert state(demo) == before
    still_starts(demo, capsys)


def test_a_sum_that_overflows_is_an_app_error_never_damage(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # a file edited outside the app, past every check the app makes when writing
    plant(demo, "UPDATE transactions SET amount_fen = 9223372036854775807 WHERE kind = 'purchase';")
    before = state(demo)
    code = main(["--db", str(demo), "assess", "--on", DAY, "--lang", "en"])
    err = one_line_error(capsys, code, "too large to compute", "not damaged")
    assert "not a Credit Health database" not in err and "damaged inside" not in err
    assert state(demo) == before


# --- passphrase files ----------------------------------------------------------------------


@pytest.mark.parametrize("content", [b"\xff\xfe\x00bad\n", b"pass\x00word\n"])
def test_a_passphrase_file_that_is_not_text_is_one_line(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes
) -> None:
    f = tmp_path / "pass.txt"
    f.write_bytes(content)
    before = demo.read_bytes()
    code = main(["--db", str(demo), "--passphrase-file", str(f), "assess"])
    one_line_error(capsys, code, "is not a passphrase file")
    assert demo.read_bytes() == before
