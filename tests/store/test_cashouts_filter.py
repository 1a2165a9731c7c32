"""The cash-out SQL only narrows what the domain weighs: for any rules, the rows listed are
those the domain would list from every credit-funded purchase of the window."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

import pytest
from sqlite_utils import Database

from credithealth.domain.cashout import CreditRow, suspicious_rows
from credithealth.domain.rules import CashoutRules, default_rules
from credithealth.store.cashouts import _credit, cashout_rows, patterns
from credithealth.store.imports import import_bill
from tests.cli.test_assess_golden import cashout_rows as golden_rows
from tests.store.bill_files import alipay_file

START, END = "2026-06-01", "2026-12-01"


def every_credit_row(db: Database, rules: CashoutRules) -> tuple[Any, ...]:
    """The domain's verdict on every credit-funded purchase and cash-out of the window
    (a row with no reason at all is never listed, even with a threshold of 0)."""
    params: dict[str, Any] = {"start": START, "end": END}
    rows = db.execute(
        f"""SELECT id, occurred_at, amount_fen, counterparty, description, category, kind,
                   not_cashout FROM transactions
            WHERE occurred_at >= :start AND occurred_at < :end
              AND (kind = 'cashout' OR (kind = 'purchase' AND {_credit(rules, params)}))""",
        params,
    ).fetchall()
    credit = [
        CreditRow(r[0], datetime.fromisoformat(r[1]), r[2], r[3], r[4], r[5], r[6], bool(r[7]))
        for r in rows
    ]
    listed = suspicious_rows(credit, patterns(db, START, END, rules), rules)
    return tuple(row for row in listed if row.reasons)


VARIANTS: dict[str, dict[str, Any]] = {
    "as shipped": {},
    "threshold 0": {"threshold": 0},
    "threshold 30": {"threshold": 30},
    "threshold 60": {"threshold": 60},
    "threshold 150": {"threshold": 150},
    "threshold 500": {"threshold": 500},
    "no word weights": {"resale_weight": 0, "recycling_weight": 0, "personal_code_weight": 0},
    "night weighs most": {"night_weight": 120, "night_from_hour": 22, "night_to_hour": 6},
    "day hours": {"night_from_hour": 9, "night_to_hour": 17, "night_weight": 100},
    "category decides": {"category_weights": {"餐饮美食": 100, "充值缴费": 0}},
    "dominant decides": {"dominant_weight": 100, "dominant_share_pct": 10},
    "round decides": {"round_repeat_weight": 100, "round_repeat_min": 2, "round_min_fen": 1000},
}


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_the_sql_leaves_out_no_row_the_domain_would_list(demo_db: Database, variant: str) -> None:
    import_bill(demo_db, alipay_file(golden_rows(), "2026-09-01", "2026-10-31"))
    rules = replace(default_rules().cashout, **VARIANTS[variant])
    assert cashout_rows(demo_db, START, END, rules) == every_credit_row(demo_db, rules)
