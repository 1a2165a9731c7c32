"""``credit-health import``: one JSON object per file and line, the readable summary, exit
codes, the zip password (given, asked in a terminal, refused without one), the lock."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from credithealth.cli import common, main
from credithealth.store.db import open_db
from credithealth.store.instance import acquire_instance_lock
from tests.importers.support import sample

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"
KEYS = {
    "file",
    "format",
    "rows_total",
    "rows_new",
    "rows_duplicate",
    "rows_skipped",
    "huabei_repayments",
    "huabei_repaid_fen",
    "errors",
}


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "credithealth", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        stdin=subprocess.DEVNULL,
        env={**os.environ, "PYTHONPATH": str(DESKTOP), "LANG": "en_US.UTF-8"},
    )


def lines(out: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def transactions(db_path: Path) -> int:
    db = open_db(db_path)
    try:
        return db.execute("SELECT COUNT(*) FROM transactions").fetchone()[0]
    finally:
        db.conn.close()


def test_json_is_one_object_per_file_and_line(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite3"
    p = run(
        "--db",
        str(db),
        "import",
        str(sample("alipay_app_2023.csv")),
        str(sample("alipay_bad_rows.csv")),
        "--json",
        "--lang",
        "en",
    )
    assert p.returncode == 0, p.stderr
    first, second = lines(p.stdout)
    assert set(first) == set(second) == KEYS
    assert first == {
        "file": "alipay_app_2023.csv",
        "format": "alipay_app_2023",
        "rows_total": 30,
        "rows_new": 30,
        "rows_duplicate": 0,
        "rows_skipped": 0,
        "huabei_repayments": 5,
        "huabei_repaid_fen": 310_440,
        "errors": [],
    }
    assert (second["rows_total"], second["rows_new"], second["rows_skipped"]) == (9, 3, 6)
    errors = second["errors"]
    assert isinstance(errors, list) and len(errors) == 6
    assert errors[0] == {"line": 26, "message": "金额 “12.3.4” is not an amount of money."}
    assert transactions(db) == 33

    again = run("--db", str(db), "import", str(sample("alipay_app_2023.csv")), "--json")
    assert again.returncode == 0
    (obj,) = lines(again.stdout)
    assert (obj["rows_new"], obj["rows_duplicate"], obj["huabei_repayments"]) == (0, 30, 0)
    assert transactions(db) == 33


def test_readable_summary_is_in_the_chosen_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "db.sqlite3"
    args = ["--db", str(db), "import", str(sample("alipay_bad_rows.csv")), "--lang", "zh_CN"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "格式: 支付宝 App 交易明细（2023 年起）" in out
    assert "交易: 9 笔：新增 3 笔，已存在 0 笔，无法读取 6 笔" in out
    assert "Format" not in out and "Transactions" not in out
    assert "第 26 行：金额“12.3.4”不是有效金额。" in out


def test_a_bad_file_is_one_line_on_stderr_and_the_others_still_import(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite3"
    p = run(
        "--db",
        str(db),
        "import",
        str(sample("alipay_excel_resaved.csv")),
        str(sample("wechat.csv")),
        "--json",
    )
    assert p.returncode == 1
    assert p.stderr.count("\n") == 1 and "Traceback" not in p.stderr
    assert "alipay_excel_resaved.csv was opened and saved again in Excel" in p.stderr
    (obj,) = lines(p.stdout)
    assert obj["file"] == "wechat.csv" and obj["rows_new"] == 33


@pytest.mark.parametrize(
    ("name", "needle"),
    [
        ("unknown.csv", "is not a bill file Credit Health can read"),
        ("alipay_all_bad.csv", "None of the 2 transactions"),
        ("no-such-file.csv", "could not open no-such-file.csv"),
    ],
)
def test_files_that_cannot_be_imported(tmp_path: Path, name: str, needle: str) -> None:
    db = tmp_path / "db.sqlite3"
    path = sample(name) if name != "no-such-file.csv" else tmp_path / name
    p = run("--db", str(db), "import", str(path))
    assert p.returncode == 1 and p.stdout == ""
    assert p.stderr.count("\n") == 1 and needle in p.stderr, p.stderr


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run("--db", str(tmp_path / "db.sqlite3"), "import").returncode == 2
    assert run("import", str(sample("wechat.csv")), "--bogus").returncode == 2


def test_help_says_what_json_prints() -> None:
    p = run("import", "--help")
    assert p.returncode == 0
    text = " ".join(p.stdout.split())
    assert "JSON Lines" in text and "huabei_repaid_fen" in text and "--password" in text


def test_zip_password_given_wrong_or_missing(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite3"
    zipped = str(sample("wechat_2026.zip"))
    missing = run("--db", str(db), "import", zipped)
    assert missing.returncode == 1 and "give it with --password" in missing.stderr
    wrong = run("--db", str(db), "import", zipped, "--password", "000000")
    assert wrong.returncode == 1 and "The password does not open wechat_2026.zip" in wrong.stderr
    right = run("--db", str(db), "import", zipped, "--password", "123456", "--json")
    assert right.returncode == 0
    assert lines(right.stdout)[0]["format"] == "wechat_xlsx_2026"


def test_zip_password_is_asked_in_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = iter(["wrong", "123456"])
    prompts: list[str] = []

    def ask(prompt: str) -> str:
        prompts.append(prompt)
        return next(answers)

    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(common, "ask", ask)
    db = tmp_path / "db.sqlite3"
    assert main(["--db", str(db), "import", str(sample("alipay_app_2023.zip")), "--json"]) == 0
    captured = capsys.readouterr()
    assert len(prompts) == 2 and "alipay_app_2023.zip" in prompts[0]
    assert "The password does not open" in captured.err
    assert json.loads(captured.out)["rows_new"] == 30


def test_import_refuses_while_the_app_holds_the_database(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite3"
    lock = acquire_instance_lock(db)
    assert lock is not None
    try:
        p = run("--db", str(db), "import", str(sample("wechat.csv")))
    finally:
        lock.release()
    assert p.returncode == 1 and p.stderr.count("\n") == 1
    assert not db.exists() or transactions(db) == 0
