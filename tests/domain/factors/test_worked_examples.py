"""Hand-worked examples for each of the five factors, written from the guide and the shipped
``rules.toml`` (the arithmetic is in each row's comment), not by running the code.

Every penalty and every evidence rule appears in at least one row. Dates are counted from
TODAY = 2026-11-26.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

import pytest

from credithealth.domain.factors import (
    account_security,
    consumption,
    credit_status,
    external_credit,
    personal_info,
)
from credithealth.domain.facts import ConsumptionFacts, Facts, MonthSpend
from credithealth.domain.records import (
    PROFILE_ITEM_KEYS,
    SECURITY_ITEM_KEYS,
    CreditReport,
    ProfileChange,
    ProfileItem,
    ScoreSnapshot,
    SecurityEvent,
    SecurityItem,
)
from credithealth.domain.rules import default_rules
from tests.domain.factories import TODAY, bill

RULES = default_rules()
D = timedelta


@dataclass(frozen=True)
class Row:
    name: str
    facts: Facts
    score: int
    evidence: str
    signals: frozenset[str]  # signal codes that must be there
    blockers: frozenset[str] = frozenset()


def ago(days: int) -> date:
    return TODAY - D(days=days)


def months_due(n: int) -> list[date]:
    """Due dates on the 10th of the n months up to 2026-11 (all before TODAY)."""
    out = []
    y, m = 2026, 11
    for _ in range(n):
        out.append(date(y, m, 10))
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    return out[::-1]


def on_time(n: int, start_id: int = 1) -> tuple:
    return tuple(bill(start_id + i, d, paid_on=d - D(days=1)) for i, d in enumerate(months_due(n)))


def with_bills(*bills: object) -> Facts:
    return Facts(as_of=TODAY, bills=tuple(bills))  # type: ignore[arg-type]


def replace_bill(bills: tuple, due: date, new: object) -> tuple:
    return tuple(new if b.due_on == due else b for b in bills)


TWELVE = on_time(12)

# -- 信用状况 credit status: base 100 ----------------------------------------------------------
CREDIT = [
    # evidence none: no bill at all -> none_score 0
    Row("no bills", Facts(as_of=TODAY), 0, "none", frozenset({"no_bills"})),
    # 12 months with a bill, every one on time: 100, enough (>= 6 months)
    Row("twelve on time", with_bills(*TWELVE), 100, "enough", frozenset({"on_time_rate"})),
    # 3 months: thin (1 <= 3 < 6), score stands (100)
    Row("three on time", with_bills(*on_time(3)), 100, "thin", frozenset({"on_time_rate"})),
    # one bill 10 days late, cleared 2026-09-20 (67 days ago): -12 late, longest 10 days (0),
    # settling (30 <= 67 < 90): -8 -> 80
    Row(
        "late 10 days, settling",
        with_bills(
            *replace_bill(
                TWELVE, date(2026, 9, 10), bill(99, date(2026, 9, 10), paid_on=date(2026, 9, 20))
            )
        ),
        80,
        "enough",
        frozenset({"late_bills", "longest_late", "settling"}),
    ),
    # 40 days late (> 30: -10), cleared 2026-05-20, 190 days ago: -12 -10 -> 78
    Row(
        "late 40 days, long ago",
        with_bills(
            *replace_bill(
                TWELVE, date(2026, 4, 10), bill(99, date(2026, 4, 10), paid_on=date(2026, 5, 20))
            )
        ),
        78,
        "enough",
        frozenset({"late_bills", "longest_late", "cleared_long_ago"}),
    ),
    # 100 days late (> 90: -20), cleared 2026-04-20: -12 -20 -> 68
    Row(
        "late 100 days",
        with_bills(
            *replace_bill(
                TWELVE, date(2026, 1, 10), bill(99, date(2026, 1, 10), paid_on=date(2026, 4, 20))
            )
        ),
        68,
        "enough",
        frozenset({"late_bills", "longest_late"}),
    ),
    # 37 days late, cleared 2026-11-16 (10 days ago): -12 -10 -20 (recent clear) -> 58
    Row(
        "recently cleared",
        with_bills(
            *replace_bill(
                TWELVE,
                date(2026, 10, 10),
                bill(99, date(2026, 10, 10), paid_on=date(2026, 11, 16)),
            )
        ),
        58,
        "enough",
        frozenset({"late_bills", "recently_cleared"}),
    ),
    # unpaid since 2026-10-10 (47 days): -12 -10 -20 = 58, capped at past_due_cap 20; blocker
    Row(
        "past due",
        with_bills(*replace_bill(TWELVE, date(2026, 10, 10), bill(99, date(2026, 10, 10)))),
        20,
        "enough",
        frozenset({"past_due", "clear_pending", "late_bills"}),
        frozenset({"current_overdue"}),
    ),
    # five bills 5 days late each (long ago): late penalty min(48, 5 x 12) = 48 -> 52
    Row(
        "five late bills",
        with_bills(
            *(bill(50 + i, d, paid_on=d + D(days=5)) for i, d in enumerate(months_due(12)[:5])),
            *TWELVE[5:],
        ),
        52,
        "enough",
        frozenset({"late_bills"}),
    ),
    # four failed repayments in the window: min(12, 4 x 4) = 12 -> 88
    Row(
        "failed repayments",
        replace(with_bills(*TWELVE), failed_repayments=(ago(5), ago(40), ago(70), ago(100))),
        88,
        "enough",
        frozenset({"failed_repayments"}),
    ),
    # minimum only (¥100 of ¥1,000 paid on time): not late; unpaid rest -10 -> 90
    Row(
        "minimum only",
        with_bills(
            *replace_bill(
                TWELVE,
                date(2026, 11, 10),
                bill(
                    99,
                    date(2026, 11, 10),
                    paid_on=date(2026, 11, 9),
                    paid=10_000,
                    min_due=10_000,
                ),
            )
        ),
        90,
        "enough",
        frozenset({"unpaid_balance", "on_time_rate"}),
    ),
    # four minimum-only bills: min(30, 4 x 10) = 30 -> 70
    Row(
        "four minimum only",
        with_bills(
            *(
                bill(60 + i, d, paid_on=d - D(days=1), paid=10_000, min_due=10_000)
                for i, d in enumerate(months_due(4))
            ),
            *TWELVE[:8],
        ),
        70,
        "enough",
        frozenset({"unpaid_balance"}),
    ),
]

# -- 账户安全 account security: points 25/30/15/10/20 --------------------------------------------


def security(done: dict[str, date | None], incidents: tuple = ()) -> Facts:
    return Facts(
        as_of=TODAY,
        security_items=tuple(
            SecurityItem(k, d is not None, d, 90 if k == "password_changed" else None)
            for k, d in done.items()
        ),
        incidents=incidents,
    )


ALL_DONE = {k: ago(10) for k in SECURITY_ITEM_KEYS}
SECURITY = [
    Row("nothing answered", security({}), 0, "none", frozenset({"no_security_answers"})),
    Row("all done", security(ALL_DONE), 100, "enough", frozenset()),
    # MFA answered "not done": 100 - 30 -> 70
    Row(
        "no MFA",
        security({**ALL_DONE, "mfa_enabled": None}),
        70,
        "enough",
        frozenset({"security_missing"}),
    ),
    # password changed 100 days ago, renewed every 90: due again, -25 -> 75
    Row(
        "password due again",
        security({**ALL_DONE, "password_changed": ago(100)}),
        75,
        "enough",
        frozenset({"security_expired"}),
    ),
    # one item answered (MFA, done): 30, thin (1 <= 1 < 5)
    Row(
        "only MFA answered",
        security({"mfa_enabled": ago(3)}),
        30,
        "thin",
        frozenset({"security_missing"}),
    ),
    # open incident: -40 -> 60, blocker
    Row(
        "open incident",
        security(ALL_DONE, (SecurityEvent("remote_login", ago(5), None, id=1),)),
        60,
        "enough",
        frozenset({"open_incident"}),
        frozenset({"security_incident_open"}),
    ),
    # resolved 10 days ago (< 30): -10 -> 90
    Row(
        "recent incident",
        security(ALL_DONE, (SecurityEvent("remote_login", ago(20), ago(10), id=1),)),
        90,
        "enough",
        frozenset({"recent_incident"}),
    ),
    # an open incident with nothing answered is evidence too: thin, 0 - 40 clamps to 0
    Row(
        "incident, nothing answered",
        security({}, (SecurityEvent("suspected_theft", ago(2), None, id=1),)),
        0,
        "thin",
        frozenset({"open_incident"}),
        frozenset({"security_incident_open"}),
    ),
]

# -- 个人信息 personal info: points 30/15/15/10/10/10/10 -----------------------------------------


def profile(done: set[str], answered: set[str], changes: tuple[int, ...] = ()) -> Facts:
    return Facts(
        as_of=TODAY,
        profile_items=tuple(ProfileItem(k, k in done, ago(200)) for k in sorted(answered)),
        profile_changes=tuple(ProfileChange("phone", ago(d)) for d in changes),
    )


EVERY = set(PROFILE_ITEM_KEYS)
PROFILE = [
    Row("nothing answered", profile(set(), set()), 0, "none", frozenset({"no_profile_answers"})),
    Row("all done", profile(EVERY, EVERY), 100, "enough", frozenset()),
    # no housing fund, no social insurance (answered): -10 -10 -> 80
    Row(
        "two not held",
        profile(EVERY - {"housing_fund", "social_insurance"}, EVERY),
        80,
        "enough",
        frozenset({"profile_missing"}),
    ),
    # three answered and done: 30 + 15 + 15 = 60, thin (3 < 7)
    Row(
        "three answered",
        profile({"real_name", "phone", "address"}, {"real_name", "phone", "address"}),
        60,
        "thin",
        frozenset({"profile_missing"}),
    ),
    # two changes in 30 days: -10, within the 2 allowed -> 90
    Row(
        "two changes",
        profile(EVERY, EVERY, (3, 20)),
        90,
        "enough",
        frozenset({"recent_changes"}),
    ),
    # three changes: -15 and more than 2 -> blocker
    Row(
        "three changes",
        profile(EVERY, EVERY, (3, 5, 8)),
        85,
        "enough",
        frozenset({"recent_changes"}),
        frozenset({"recent_profile_change"}),
    ),
    # five changes: min(20, 25) = 20 -> 80
    Row(
        "five changes",
        profile(EVERY, EVERY, (1, 2, 3, 4, 5)),
        80,
        "enough",
        frozenset({"recent_changes"}),
        frozenset({"recent_profile_change"}),
    ),
]

# -- 消费行为 consumption ------------------------------------------------------------------------


def spend(months: list[MonthSpend], bills: tuple = (), categories: int = 8) -> Facts:
    return Facts(
        as_of=TODAY,
        bills=bills,
        consumption=ConsumptionFacts(tuple(months), 3_000, 50_000, categories, True),
    )


def month(i: int, purchases: int = 30, spent: int = 250_000, **kw: int) -> MonthSpend:
    m = {"huabei_fen": 50_000, "large_count": 0, "large_fen": 0, "cashouts": 0, **kw}
    return MonthSpend(f"2026-{5 + i:02d}", purchases, spent, **m)


STEADY = [month(i) for i in range(6)]
CONSUMPTION = [
    Row("no data", Facts(as_of=TODAY), 0, "none", frozenset({"no_spending_data"})),
    # 6 active (30) + spread 0% (20) + no large (20) + no cash-out (15) + Huabei 20% (5)
    # + 8 categories (5) = 95
    Row(
        "steady",
        spend(STEADY),
        95,
        "enough",
        frozenset({"active_months", "spending_spread", "large_share", "no_cashouts", "variety"}),
    ),
    # the same with every bill of the year on time: +5 -> 100
    Row(
        "steady, bills on time", spend(STEADY, TWELVE), 100, "enough", frozenset({"bills_on_time"})
    ),
    # two months with purchases: 10 + spread 141% (0) + 20 + 15 + 5 + 5 = 55, thin (2 < 4)
    Row(
        "two months",
        spend([month(i, 0, 0, huabei_fen=0) for i in range(4)] + STEADY[4:]),
        55,
        "thin",
        frozenset({"active_months", "spending_spread"}),
    ),
    # two cash-out-like moves: 95 - 15 - 2 x 5 = 70
    Row(
        "cash-outs",
        spend([*STEADY[:5], month(5, cashouts=2)]),
        70,
        "enough",
        frozenset({"cashouts"}),
    ),
    # 4 large purchases (¥4,000 of ¥6,500 that month): share 400000/1900000 = 21% (20),
    # spread 47% (20), Huabei 15% (5); more than 3 large: -10 -> 85
    Row(
        "many large",
        spend([*STEADY[:5], month(5, spent=650_000, large_count=4, large_fen=400_000)]),
        85,
        "enough",
        frozenset({"many_large", "large_share"}),
    ),
    # large share 1000000/2250000 = 44% (10), spread 74% (10): 30+10+10+15+5+5 = 75
    Row(
        "large share mid, uneven",
        spend([*STEADY[:5], month(5, spent=1_000_000, large_count=2, large_fen=1_000_000)]),
        75,
        "enough",
        frozenset({"large_share", "spending_spread"}),
    ),
    # everything on Huabei (100% >= 90): -5 instead of +5 -> 85
    Row(
        "Huabei heavy",
        spend([month(i, huabei_fen=250_000) for i in range(6)]),
        85,
        "enough",
        frozenset({"huabei_share"}),
    ),
]

# -- 外部信用 external credit ---------------------------------------------------------------------


def ext(sesame: tuple[int, int] | None = None, report: CreditReport | None = None) -> Facts:
    s = ScoreSnapshot(ago(sesame[1]), sesame[0], id=1) if sesame else None
    return Facts(as_of=TODAY, sesame=s, credit_report=report)


def report(
    days: int, accounts: int = 0, months: int = 0, inquiries: int = 0, proofs: str = ""
) -> CreditReport:
    return CreditReport(ago(days), accounts, months, inquiries, proofs=proofs, id=1)


EXTERNAL = [
    Row("nothing", ext(), 0, "none", frozenset({"no_sesame", "no_report"})),
    # 720 is "excellent": 80; no report (0); fresh (20 <= 45 days): enough
    Row("Sesame 720", ext((720, 20)), 80, "enough", frozenset({"sesame", "no_report"})),
    # + a clean report 30 days old (10) + one proof (5) = 95
    Row(
        "Sesame, clean report, proof",
        ext((720, 20), report(30, proofs="salary_flow")),
        95,
        "enough",
        frozenset({"report_clean", "proofs"}),
    ),
    # no Sesame (0) + clean report (10): thin
    Row("report only", ext(None, report(30)), 10, "thin", frozenset({"no_sesame", "report_clean"})),
    # an honest low score (poor: 10) beats none (0)
    Row("Sesame 500", ext((500, 5)), 10, "enough", frozenset({"sesame"})),
    # 90 days old: 45 days past stale; fade(80, 45, 90) = 40 left -> 40, thin
    Row("Sesame stale", ext((720, 90)), 40, "thin", frozenset({"sesame_stale"})),
    # 200 days old: past the fade window -> 0, thin
    Row("Sesame long stale", ext((720, 200)), 0, "thin", frozenset({"sesame_stale"})),
    # an unpaid overdue account on the report: 80 - 15 = 65 and the blocker
    Row(
        "report overdue account",
        ext((720, 20), report(30, accounts=1)),
        65,
        "enough",
        frozenset({"report_overdue_accounts"}),
        frozenset({"external_overdue"}),
    ),
    # two settled overdue months on today's report: -6 -> 74
    Row(
        "overdue months, new report",
        ext((720, 20), report(0, months=2)),
        74,
        "enough",
        frozenset({"report_overdue_months"}),
    ),
    # the same report a year on: ceil(6 x 365 / 730) = 3 -> 77; stale (365 > 92)
    Row(
        "overdue months, year-old report",
        ext((720, 20), report(365, months=2)),
        77,
        "enough",
        frozenset({"report_overdue_months", "report_stale"}),
    ),
    # 6 inquiries on today's report: clean 10, -min(16, 4 x 4) = -16 -> 74
    Row(
        "inquiries, new report",
        ext((720, 20), report(0, inquiries=6)),
        74,
        "enough",
        frozenset({"hard_inquiries", "report_clean"}),
    ),
    # 92 days on: ceil(16 x 91 / 183) = 8 left; clean still 10 (not yet stale) -> 82
    Row(
        "inquiries, aged report",
        ext((720, 20), report(92, inquiries=6)),
        82,
        "enough",
        frozenset({"hard_inquiries"}),
    ),
    # clean report 137 days old: 45 days past stale, fade(10, 45, 90) = 5 -> 85
    Row(
        "stale clean report",
        ext((720, 20), report(137)),
        85,
        "enough",
        frozenset({"report_stale", "report_clean"}),
    ),
    # three proofs: min(10, 15) = 10 -> 80 + 10 (clean) + 10 = 100
    Row(
        "three proofs",
        ext((720, 20), report(30, proofs="salary_flow,property,deposit")),
        100,
        "enough",
        frozenset({"proofs"}),
    ),
]

TABLE = (
    [("credit_status", r) for r in CREDIT]
    + [("account_security", r) for r in SECURITY]
    + [("personal_info", r) for r in PROFILE]
    + [("consumption", r) for r in CONSUMPTION]
    + [("external_credit", r) for r in EXTERNAL]
)
EVALUATE = {
    "credit_status": credit_status.evaluate,
    "account_security": account_security.evaluate,
    "personal_info": personal_info.evaluate,
    "consumption": consumption.evaluate,
    "external_credit": external_credit.evaluate,
}


@pytest.mark.parametrize(("factor", "row"), TABLE, ids=[f"{k}: {r.name}" for k, r in TABLE])
def test_worked_example(factor: str, row: Row) -> None:
    part = EVALUATE[factor](row.facts, RULES, TODAY)
    assert part.score == row.score
    assert part.evidence == row.evidence
    assert row.signals <= {s.code for s in part.signals}
    assert {b.code for b in part.blockers} == row.blockers
    assert bool(part.missing) == (row.evidence != "enough")


def test_the_minimum_only_bill_asks_to_repay_the_rest() -> None:
    row = next(r for r in CREDIT if r.name == "minimum only")
    part = credit_status.evaluate(row.facts, RULES, TODAY)
    rest = [a for a in part.actions if a.code == "repay_rest"]
    assert [a.params["amount_fen"] for a in rest] == [90_000]
    assert not part.blockers


def test_every_penalty_and_evidence_rule_has_a_row() -> None:
    """The table covers each signal that costs points and each evidence level per factor."""
    penalties = {
        "credit_status": {
            "late_bills",
            "longest_late",
            "recently_cleared",
            "settling",
            "past_due",
            "clear_pending",
            "failed_repayments",
            "unpaid_balance",
        },
        "account_security": {
            "security_missing",
            "security_expired",
            "open_incident",
            "recent_incident",
        },
        "personal_info": {"profile_missing", "recent_changes"},
        "consumption": {"cashouts", "many_large", "huabei_share", "spending_spread", "large_share"},
        "external_credit": {
            "sesame_stale",
            "report_overdue_accounts",
            "report_overdue_months",
            "hard_inquiries",
            "report_stale",
        },
    }
    for factor, codes in penalties.items():
        rows = [r for k, r in TABLE if k == factor]
        assert codes <= set().union(*(r.signals for r in rows)), factor
        assert {r.evidence for r in rows} == {"none", "thin", "enough"}, factor
