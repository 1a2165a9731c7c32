"""A backup or an old database whose transactions lack ``kind`` / ``huabei`` reads as if
the rows had been imported: the same kinds, the same consumption facts."""

from __future__ import annotations

import json
import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlite_utils import Database

from credithealth.domain.rules import default_rules
from credithealth.store.db import memory_db, open_db
from credithealth.store.driver import raw_connect
from credithealth.store.facts import consumption_facts
from credithealth.store.imports import import_bill
from credithealth.store.json_backup import VERSION, dump, parse_backup, restore_records
from tests.importers.support import read_sample

# the transaction fields DESIGN.md names: what a backup in its format carries
DESIGN_FIELDS = {
    "id",
    "occurred_at",
    "amount_fen",
    "direction",
    "category",
    "counterparty",
    "description",
    "method",
    "status",
    "source",
    "external_id",
}
ON = date(2025, 7, 1)


def kinds(db: Database) -> list[tuple[str, str, int, str | None]]:
    return [
        tuple(r)  # type: ignore[misc]
        for r in db.execute(
            "SELECT external_id, kind, huabei, parent_external_id FROM transactions ORDER BY id"
        )
    ]


@pytest.mark.parametrize(
    "name",
    [
        "alipay_app_2023.csv",
        "alipay_app_2023_2026.csv",
        "alipay_app_2023_banner_2025.csv",
        "alipay_app_2021.csv",
        "alipay_web.csv",
        "wechat.csv",
        "wechat_nobom.csv",
        "wechat_2025.xlsx",
        "wechat_2026.xlsx",
    ],
)
def test_a_design_format_backup_without_kind_scores_consumption_as_if_imported(
    name: str,
) -> None:
    imported = memory_db()
    import_bill(imported, read_sample(name))
    rules = default_rules()
    backup = dump(imported)
    backup["version"] = 1
    backup["tables"]["transactions"] = [
        {k: v for k, v in t.items() if k in DESIGN_FIELDS} for t in backup["tables"]["transactions"]
    ]
    assert all("kind" not in t for t in backup["tables"]["transactions"])
    restored = memory_db()
    restore_records(
        restored, parse_backup(json.dumps(backup), "b.json"), replace=False, file="b.json"
    )
    assert kinds(restored) == kinds(imported)
    last = max(t["occurred_at"][:10] for t in backup["tables"]["transactions"])
    on = date.fromisoformat(last).replace(day=28) + timedelta(days=5)  # after its month
    before = consumption_facts(imported, on, rules, 0)
    assert consumption_facts(restored, on, rules, 0) == before
    assert sum(m.purchases for m in before.months) >= 1


def test_a_given_kind_is_kept_and_the_version_is_the_current_one() -> None:
    record = {
        "occurred_at": "2025-05-01T10:00:00+08:00",
        "amount_fen": 100,
        "direction": "out",
        "method": "花呗",
        "status": "交易成功",
        "source": "alipay",
        "kind": "other",
    }
    text = json.dumps(
        {"format": "credit-health-backup", "version": 1, "tables": {"transactions": [record]}}
    )
    ((tx,),) = [v for v in parse_backup(text, "b.json").values() if v]
    assert (tx.kind, tx.huabei) == ("other", True)  # kind kept, huabei filled in
    assert VERSION == 2


def test_a_v1_database_classifies_its_unclassified_rows_on_migration(
    data_dir: Path, tmp_path: Path
) -> None:
    path = tmp_path / "v1.sqlite3"
    shutil.copyfile(data_dir / "schema_v1.sqlite3", path)
    conn = raw_connect(path)
    # as a v1 restore left them: kind 'other', huabei 0
    conn.execute(
        """INSERT INTO transactions (occurred_at, amount_fen, direction, category, counterparty,
               description, method, status, source, external_id)
           VALUES ('2025-05-22T12:00:00+08:00', 4500, 'out', '餐饮美食', '示例面馆', '牛肉面',
                   '花呗', '交易成功', 'alipay', '2025052222001400009'),
                  ('2025-05-23T10:00:00+08:00', 500000, 'neutral', '信用借还', '蚂蚁借呗',
                   '借呗借款', '', '放款成功', 'alipay', '2025052322001400010')"""
    )
    conn.commit()
    conn.close()
    db = open_db(path)
    got = dict(
        (r[0], (r[1], r[2]))
        for r in db.execute("SELECT external_id, kind, huabei FROM transactions")
    )
    assert got["2025052222001400009"] == ("purchase", 1)
    assert got["2025052322001400010"] == ("loan", 0)  # a loan paid out: not a cash-out
    # rows already classified keep what they had
    assert got["2025052122001400003"] == ("refund", 1)
    db.conn.close()
