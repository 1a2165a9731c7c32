"""`assess --json` prints, byte for byte, what it printed before the speed work (issue 16).

The golden file was written by the code of main at bd98768, before any change for speed:
the demo story plus an Alipay file that trips every cash-out reason (resale and
recycling words, a personal collection code, a credit card and 分付, the categories
with weights, night, round amounts repeated, one dominant counterparty, a row marked
"not a cash-out"), assessed on four dates in both languages, and an empty database.
Rewrite it only for a change that means to change the verdict:
``PYTHONPATH=desktop .venv/bin/python -m tests.cli.test_assess_golden --write``.
"""

from __future__ import annotations

import io
import json
import sys
import tempfile
from contextlib import redirect_stdout
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from credithealth.cli import main
from credithealth.domain.records import Transaction
from credithealth.store import repo
from credithealth.store.db import open_db
from credithealth.store.facts import load_facts
from credithealth.store.imports import import_bill
from tests.store.bill_files import alipay_file, purchase

GOLDEN = Path(__file__).resolve().parents[1] / "data" / "assess_golden.json"
DAY = "2026-11-26"
DATES = ("2026-11-26", "2026-10-20", "2026-04-30", "2027-03-15")
LANGS = ("en", "zh_CN")


def _order(i: int) -> str:
    return f"2026000022001177{i:012d}"


def cashout_rows() -> list[str]:
    """Credit-funded rows with every reason the cash-out rules know, and plain ones."""
    rows: list[str] = []
    n = 0

    def add(at: str, yuan: str, **kw: str) -> None:
        nonlocal n
        n += 1
        rows.append(purchase(at, yuan, order=_order(n), **kw))

    for d in (2, 9, 16, 23):  # resale, at night, the same round amount: every reason at once
        add(f"2026-09-{d:02d} 23:41:07", "2000.00", party="示例礼品卡回收店", what="京东E卡")
    add("2026-09-04 14:00:00", "1500.00", party="示例数码", what="手机回收 高价回收")
    add("2026-09-06 09:15:00", "300.00", party="李*", what="个人收款码")  # alone: not enough
    add("2026-09-06 23:15:00", "500.00", party="王*", what="付款给个人", category="充值缴费")
    add("2026-09-07 10:00:00", "200.00", party="示例话费", category="充值缴费", method="信用卡")
    add("2026-09-08 11:00:00", "120.00", party="示例服务", category="商业服务", method="分付")
    add("2026-09-10 02:30:00", "88.00", party="示例夜宵")  # night alone: not enough
    for d in (11, 18, 25):  # round amounts to one shop by day
        add(f"2026-09-{d:02d} 12:00:00", "600.00", party="示例商行")
    for d in range(1, 29, 3):  # ordinary spending, not on credit too
        add(f"2026-10-{d:02d} 12:30:00", "45.50", party="示例面馆", category="餐饮美食")
        add(f"2026-10-{d:02d} 19:00:00", "32.00", party="示例超市", method="余额")
    add("2026-10-05 23:59:00", "700.00", party="示例卡券", what="卡密 寄售")  # dismissed below
    return rows


def build(folder: Path) -> Path:
    path = folder / "golden.sqlite3"
    assert main(["--db", str(path), "demo", "--today", DAY]) == 0
    db = open_db(path)
    try:
        import_bill(db, alipay_file(cashout_rows(), "2026-09-01", "2026-10-31"))
        (rid,) = db.execute(
            "SELECT id FROM transactions WHERE counterparty = '示例卡券'"
        ).fetchone()
        row = repo.get(db, Transaction, rid)
        assert row is not None
        repo.update(db, replace(row, not_cashout=True))
    finally:
        db.conn.close()
    return path


def outputs(path: Path, empty: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    for lang in LANGS:
        for day in DATES:
            out[f"demo {day} {lang}"] = _assess(path, day, lang)
        out[f"empty {DAY} {lang}"] = _assess(empty, DAY, lang)
    for day in DATES:
        out[f"cashouts {day}"] = _cashouts(path, day)
    return out


def _cashouts(path: Path, day: str) -> str:
    """The cash-out-like rows the verdict counted, each with its reasons and weight."""
    db = open_db(path, create=False, read_only=True)
    try:
        rows = load_facts(db, date.fromisoformat(day)).consumption.suspicious
    finally:
        db.conn.close()
    return json.dumps(
        [
            (
                r.id,
                r.occurred_at.isoformat(),
                r.counterparty,
                r.description,
                r.amount_fen,
                r.reasons,
                r.weight,
                r.dismissed,
            )
            for r in rows
        ],
        ensure_ascii=False,
    )


def _assess(path: Path, day: str, lang: str) -> str:
    buf = io.StringIO()
    with redirect_stdout(buf):
        rc = main(["--db", str(path), "assess", "--on", day, "--json", "--lang", lang])
    assert rc == 0
    return buf.getvalue()


@pytest.fixture(scope="module")
def produced(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("golden")
    return outputs(build(folder), folder / "empty.sqlite3")


def test_the_cashout_rows_are_seen(produced: dict[str, str]) -> None:
    """The data reaches every cash-out path, so the golden comparison covers them."""
    j = json.loads(produced[f"demo {DAY} en"])
    cashouts = [s for s in j["factors"]["consumption"]["signals"] if s["code"] == "cashouts"]
    assert cashouts, j["factors"]["consumption"]["signals"]
    rows = json.loads(produced[f"cashouts {DAY}"])
    reasons = {reason for row in rows for reason in row[5]}
    assert {"resale", "recycling", "personal_code", "night", "round_repeated"} <= reasons
    assert "category" in reasons
    assert any(row[7] for row in rows)  # the dismissed one is listed


@pytest.mark.parametrize("key", [f"demo {d} {lang}" for lang in LANGS for d in DATES])
def test_assess_json_is_byte_identical_to_the_golden(produced: dict[str, str], key: str) -> None:
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert produced[key] == golden[key]


@pytest.mark.parametrize("day", DATES)
def test_the_cashout_rows_are_the_golden_ones(produced: dict[str, str], day: str) -> None:
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert produced[f"cashouts {day}"] == golden[f"cashouts {day}"]


def test_assess_json_of_an_empty_database_is_byte_identical(produced: dict[str, str]) -> None:
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    for lang in LANGS:
        assert produced[f"empty {DAY} {lang}"] == golden[f"empty {DAY} {lang}"]


if __name__ == "__main__" and sys.argv[1:] == ["--write"]:
    with tempfile.TemporaryDirectory() as tmp:
        result = outputs(build(Path(tmp)), Path(tmp) / "empty.sqlite3")
    GOLDEN.write_text(
        json.dumps(result, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    print(f"wrote {GOLDEN} ({len(result)} outputs)")
