"""Cash-out-like rows seen as a reviewer would (store.cashouts + domain.cashout)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlite_utils import Database

from credithealth.domain.assess import assess
from credithealth.domain.records import Transaction
from credithealth.domain.rules import default_rules
from credithealth.store import repo
from credithealth.store.facts import consumption_facts, load_facts
from credithealth.store.imports import import_bill
from tests.store.bill_files import alipay_file, purchase
from tests.store.conftest import DEMO_DAY

GIFT_CARD = "示例礼品卡回收店"


def gift_card_rows() -> list[str]:
    """Eighteen Huabei purchases of ¥2,000 at a gift-card recycler, near midnight."""
    days = [date(2026, 9, d) for d in range(2, 30, 3)] + [
        date(2026, 10, d) for d in range(3, 27, 3)
    ]
    return [
        purchase(
            f"{d.isoformat()} {'23:41:07' if i % 2 else '00:12:55'}",
            "2000.00",
            party=GIFT_CARD,
            what="京东E卡 面值2000元",
        )
        for i, d in enumerate(days)
    ]


def test_the_gift_card_pattern_is_listed_and_keeps_consumption_below_its_mark(
    demo_db: Database,
) -> None:
    rules = default_rules()
    before = assess(load_facts(demo_db, DEMO_DAY), rules)
    assert before.factors["consumption"].score >= rules.consumption.threshold
    rows = gift_card_rows()
    assert len(rows) == 18
    import_bill(demo_db, alipay_file(rows, "2026-09-01", "2026-10-31"))
    facts = load_facts(demo_db, DEMO_DAY)
    listed = [r for r in facts.consumption.suspicious if r.counterparty == GIFT_CARD]
    assert len(listed) == 18
    assert all({"resale", "night", "round_repeated"} <= set(r.reasons) for r in listed)
    assert all(r.amount_fen == 200_000 for r in listed)
    after = assess(facts, rules)
    consumption = after.factors["consumption"]
    assert consumption.score < rules.consumption.threshold
    cashouts = next(s for s in consumption.signals if s.code == "cashouts")
    assert cashouts.params["count"] >= 18
    assert after.verdict != "likely"


def test_round_amounts_at_night_to_one_counterparty_are_cashout_like_without_keywords(
    db: Database,
) -> None:
    rows = [
        purchase(f"2026-09-{d:02d} 23:30:00", "1000.00", party="示例商行") for d in (3, 9, 15, 21)
    ] + [purchase("2026-09-05 12:00:00", "35.00", party="示例面馆")]
    import_bill(db, alipay_file(rows, "2026-09-01", "2026-09-30"))
    c = consumption_facts(db, date(2026, 11, 1), default_rules(), 0)
    assert [(r.counterparty, r.reasons) for r in c.suspicious] == [
        ("示例商行", ("round_repeated", "night", "dominant_counterparty"))
    ] * 4
    # the noodle shop at lunch is no suspect
    assert sum(m.cashouts for m in c.months) == 4


def test_a_personal_collection_code_alone_is_not_enough(db: Database) -> None:
    rows = [purchase("2026-09-03 08:10:00", "8.00", party="早餐摊", what="个人收款码")]
    import_bill(db, alipay_file(rows, "2026-09-01", "2026-09-30"))
    assert consumption_facts(db, date(2026, 11, 1), default_rules(), 0).suspicious == ()


def test_a_loan_paid_out_is_not_a_cashout(db: Database) -> None:
    loan = "2026-09-02 10:00:00|信用借还|蚂蚁借呗|/|借呗借款|不计收支|5000.00||放款成功|2026090222001100000000000777||"
    import_bill(db, alipay_file([loan], "2026-09-01", "2026-09-30"))
    assert db.execute("SELECT kind FROM transactions").fetchone() == ("loan",)
    c = consumption_facts(db, date(2026, 11, 1), default_rules(), 0)
    assert c.suspicious == () and sum(m.cashouts for m in c.months) == 0


def test_a_row_marked_not_a_cashout_stays_listed_but_no_longer_counts(db: Database) -> None:
    import_bill(db, alipay_file(gift_card_rows()[:3], "2026-09-01", "2026-10-31"))
    rules = default_rules()
    c = consumption_facts(db, date(2026, 11, 1), rules, 0)
    assert sum(m.cashouts for m in c.months) == 3
    first = repo.get(db, Transaction, c.suspicious[0].id)
    assert first is not None
    repo.update(db, replace(first, not_cashout=True))
    c = consumption_facts(db, date(2026, 11, 1), rules, 0)
    assert [r.dismissed for r in c.suspicious] == [True, False, False]
    assert sum(m.cashouts for m in c.months) == 2


def test_the_large_cut_off_does_not_rise_with_the_users_own_spending(db: Database) -> None:
    rows = [
        purchase(f"2026-09-{d:02d} 12:00:00", "3000.00", party=f"示例商店{d}") for d in range(1, 21)
    ]
    import_bill(db, alipay_file(rows, "2026-09-01", "2026-09-30"))
    rules = default_rules()
    c = consumption_facts(db, date(2026, 11, 1), rules, 0)
    # ten times the median would be ¥30,000: the ceiling holds it at ¥5,000
    assert c.large_threshold_fen == rules.consumption.large_ceiling_fen == 500_000
    # and a credit limit lowers it further (30% of ¥8,000)
    assert consumption_facts(db, date(2026, 11, 1), rules, 800_000).large_threshold_fen == 240_000


def test_a_cashout_the_user_recorded_counts_whatever_it_was_paid_with(db: Database) -> None:
    from datetime import datetime, timedelta, timezone

    at = datetime(2026, 9, 3, 15, 0, tzinfo=timezone(timedelta(hours=8)))
    repo.insert(db, Transaction(at, 50_000, "out", kind="cashout", method="余额"))
    c = consumption_facts(db, date(2026, 11, 1), default_rules(), 0)
    assert [r.reasons for r in c.suspicious] == [("transfer_on_credit",)]
