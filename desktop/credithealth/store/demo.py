"""A realistic 18-month story for an empty database, ending on a given day.

A Huabei line is suspended after an overdue bill; the user repays it with penalty,
tightens account security, completes the profile, watches the Sesame score climb
back, is refused once and has a second application pending. Every later screen
has something true to show. The same day always gives the same story.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta, timezone

from credithealth.domain.assess import assess
from credithealth.domain.explain import recordable_verdict
from credithealth.domain.messages import Msg
from credithealth.domain.months import add_months, month_key, month_start
from credithealth.domain.records import (
    Account,
    Application,
    Bill,
    Checkup,
    CreditReport,
    ProfileChange,
    ProfileItem,
    Repayment,
    ScoreSnapshot,
    SecurityEvent,
    SecurityItem,
    Transaction,
)
from credithealth.domain.rules import Rules, default_rules
from credithealth.store import repo
from credithealth.store.atomic import write_transaction
from credithealth.store.database import Database
from credithealth.store.errors import StoreError
from credithealth.store.facts import load_facts
from credithealth.store.json_backup import is_empty

BEIJING = timezone(timedelta(hours=8))
MONTHS = 18

# (category, merchant, item, low yuan, high yuan, weight)
SCENES = [
    ("餐饮美食", "示例快餐店", "午餐", 18, 45, 10),
    ("餐饮美食", "示例奶茶店", "奶茶", 12, 28, 6),
    ("餐饮美食", "示例火锅店", "晚餐", 80, 260, 2),
    ("交通出行", "示例地铁", "地铁乘车码", 3, 8, 8),
    ("交通出行", "示例出行", "快车行程", 15, 60, 3),
    ("日用百货", "示例生活超市", "超市购物", 40, 220, 4),
    ("服饰装扮", "示例服饰旗舰店", "T恤", 69, 399, 1),
    ("充值缴费", "示例电信", "话费充值", 50, 100, 1),
    ("医疗健康", "示例大药房", "药品", 15, 120, 1),
    ("休闲娱乐", "示例影城", "电影票", 35, 90, 1),
    ("数码电器", "示例数码旗舰店", "蓝牙耳机", 199, 699, 0.3),
]


def _month_start(d: date, back: int) -> date:
    """The first day of the month ``back`` months before ``d``'s (negative: after)."""
    return month_start(add_months(d, -back))


def _at(d: date, rng: random.Random, hour_lo: int = 7, hour_hi: int = 22) -> datetime:
    return datetime(
        d.year,
        d.month,
        d.day,
        rng.randint(hour_lo, hour_hi),
        rng.randint(0, 59),
        rng.randint(0, 59),
        tzinfo=BEIJING,
    )


def _order(rng: random.Random, d: date) -> str:
    return f"{d:%Y%m%d}2200{rng.randrange(10**15, 10**16)}"


def fill_demo(db: Database, as_of: date | None = None, rules: Rules | None = None) -> None:
    """Write the story into an empty database, in one transaction."""
    as_of = as_of or date.today()
    rules = rules or default_rules()
    rng = random.Random(f"credit-health-demo-{as_of.isoformat()}")
    start = _month_start(as_of, MONTHS - 1)
    overdue_month = _month_start(as_of, 5)  # the bill that went overdue, five months back
    overdue_due = overdue_month.replace(day=10)
    suspended_on = overdue_due + timedelta(days=15)
    cleared_on = overdue_due + timedelta(days=22)

    with write_transaction(db):
        # checked inside the transaction: nothing can slip in between the check and the write
        if not is_empty(db):
            raise StoreError(Msg("store.not_empty_demo"))
        huabei = repo.insert(
            db,
            Account(
                "花呗",
                "huabei",
                800_000,
                "suspended",
                "逾期后于 " + suspended_on.isoformat() + " 被暂停",
            ),
        )
        jiebei = repo.insert(db, Account("借呗", "jiebei", 2_000_000, "active"))
        card = repo.insert(
            db, Account("招商银行信用卡", "credit_card", 3_000_000, "active", "尾号 4321")
        )
        assert huabei.id and jiebei.id and card.id

        # spending: Huabei until the suspension, then balance and cards
        huabei_by_month: dict[str, int] = {}
        for back in range(MONTHS - 1, -1, -1):
            m0 = _month_start(as_of, back)
            days_in = (_month_start(as_of, back - 1) - m0).days
            for _ in range(rng.randint(24, 38)):
                d = m0 + timedelta(days=rng.randrange(days_in))
                if d > as_of:
                    continue
                cat, who, item, lo, hi, _w = rng.choices(SCENES, weights=[s[5] for s in SCENES])[0]
                fen = rng.randint(lo * 100, hi * 100)
                on_huabei = d < suspended_on and rng.random() < 0.6
                wechat = not on_huabei and rng.random() < 0.3
                method = (
                    "花呗"
                    if on_huabei
                    else rng.choice(
                        ["余额宝", "招商银行信用卡(4321)", "工商银行储蓄卡(1234)"]
                        if not wechat
                        else ["零钱", "招商银行信用卡(4321)"]
                    )
                )
                tx = repo.insert(
                    db,
                    Transaction(
                        occurred_at=_at(d, rng),
                        amount_fen=fen,
                        direction="out",
                        kind="purchase",
                        category=cat,
                        counterparty=who,
                        description=item,
                        method=method,
                        status="支付成功" if wechat else "交易成功",
                        source="wechat" if wechat else "alipay",
                        external_id=_order(rng, d),
                        huabei=on_huabei,
                    ),
                )
                if on_huabei:
                    huabei_by_month[month_key(d)] = huabei_by_month.get(month_key(d), 0) + fen
                if rng.random() < 0.02 and fen > 5000:  # now and then a partial refund
                    back_fen = fen // 2
                    rd = d + timedelta(days=3)
                    if rd <= as_of:
                        repo.insert(
                            db,
                            Transaction(
                                occurred_at=_at(rd, rng),
                                amount_fen=back_fen,
                                direction="neutral",
                                kind="refund",
                                category="退款",
                                counterparty=who,
                                description="退款-" + item,
                                method=method,
                                status="退款成功",
                                source=tx.source,
                                external_id=f"{tx.external_id}_{rng.randrange(10**8)}",
                                parent_external_id=tx.external_id,
                                huabei=on_huabei,
                            ),
                        )
        # the cash-out that came before the trouble: a transfer to a person paid with Huabei
        cash_day = overdue_due - timedelta(days=24)
        repo.insert(
            db,
            Transaction(
                occurred_at=_at(cash_day, rng),
                amount_fen=300_000,
                direction="out",
                kind="cashout",
                category="转账红包",
                counterparty="张*",
                description="扫码付款",
                method="花呗",
                status="交易成功",
                source="alipay",
                external_id=_order(rng, cash_day),
                huabei=True,
            ),
        )
        huabei_by_month[month_key(cash_day)] = huabei_by_month.get(month_key(cash_day), 0) + 300_000

        # Huabei bills: last month's Huabei spending, due on the 10th
        for back in range(MONTHS - 2, -1, -1):
            m0 = _month_start(as_of, back)
            prev = month_key(_month_start(as_of, back + 1))
            amount = huabei_by_month.get(prev, 0)
            due = m0.replace(day=10)
            if amount == 0 or due > as_of + timedelta(days=20):
                continue
            bill = repo.insert(
                db, Bill(huabei.id, month_key(m0), due, amount, max(amount // 10, 100))
            )
            assert bill.id
            if due == overdue_due:
                fail_at = datetime(due.year, due.month, due.day - 1, 8, 30, 2, tzinfo=BEIJING)
                repo.insert(
                    db,
                    Transaction(
                        occurred_at=fail_at,
                        amount_fen=amount,
                        direction="neutral",
                        kind="repayment_failed",
                        category="信用借还",
                        counterparty="花呗",
                        description="花呗自动还款",
                        status="还款失败",
                        source="alipay",
                        external_id=_order(rng, fail_at.date()),
                        huabei=True,
                    ),
                )
                penalty = amount * (cleared_on - due).days * 5 // 10_000  # 0.05% a day
                paid_on, total, desc = (
                    cleared_on,
                    amount + penalty,
                    f"花呗主动还款-{m0.year}年{m0.month:02d}月账单",
                )
            else:
                penalty, total = 0, amount
                paid_on = due - timedelta(days=rng.randint(0, 3))
                desc = f"花呗自动还款-{m0.year}年{m0.month:02d}月账单"
            if paid_on > as_of:
                continue
            oid = _order(rng, paid_on)
            repo.insert(
                db,
                Transaction(
                    occurred_at=_at(paid_on, rng, 8, 9),
                    amount_fen=total,
                    direction="neutral",
                    kind="repayment",
                    category="信用借还",
                    counterparty="花呗",
                    description=desc,
                    method="余额宝",
                    status="还款成功",
                    source="alipay",
                    external_id=oid,
                    huabei=True,
                ),
            )
            repo.insert(
                db,
                Repayment(
                    huabei.id,
                    paid_on,
                    total,
                    bill.id,
                    principal_fen=amount,
                    penalty_fen=penalty,
                    method="余额宝",
                    source="import",
                    external_id=oid,
                ),
            )

        # the credit card and a Jiebei loan: always on time
        for back in range(MONTHS - 1, -1, -1):
            m0 = _month_start(as_of, back)
            due = m0.replace(day=15)
            amount = rng.randint(120_000, 300_000)
            bill = repo.insert(db, Bill(card.id, month_key(m0), due, amount, amount // 10))
            paid_on = due - timedelta(days=rng.randint(1, 4))
            if paid_on <= as_of:
                repo.insert(
                    db,
                    Repayment(
                        card.id, paid_on, amount, bill.id, principal_fen=amount, method="工资卡"
                    ),
                )
            if back < 12:
                due = m0.replace(day=20)
                bill = repo.insert(db, Bill(jiebei.id, month_key(m0), due, 108_500))
                if due <= as_of:
                    repo.insert(
                        db,
                        Repayment(
                            jiebei.id,
                            due,
                            108_500,
                            bill.id,
                            principal_fen=100_000,
                            interest_fen=8_500,
                            method="自动扣款",
                        ),
                    )

        # step 1: the check-up after the suspension
        repo.insert(
            db,
            Checkup(
                suspended_on + timedelta(days=1),
                "overdue,account_risk",
                "花呗被暂停：逾期未还，且有异地登录提醒",
            ),
        )
        # security: an incident, then everything tightened but public Wi-Fi
        repo.insert(
            db,
            SecurityEvent(
                "remote_login",
                overdue_due + timedelta(days=5),
                cleared_on - timedelta(days=1),
                "收到异地登录短信，已改密码并下线陌生设备",
            ),
        )
        tightened = cleared_on + timedelta(days=3)
        repo.insert(
            db,
            SecurityItem(
                "password_changed",
                True,
                as_of - timedelta(days=37),
                rules.account_security.password_renew_days,
            ),
        )
        repo.insert(db, SecurityItem("mfa_enabled", True, tightened))
        repo.insert(db, SecurityItem("devices_reviewed", True, tightened))
        repo.insert(db, SecurityItem("login_alerts", True, tightened + timedelta(days=1)))
        repo.insert(db, SecurityItem("no_public_wifi", False))

        # profile: completed after the suspension; three changes in one week (blocked for a while)
        fixed = cleared_on + timedelta(days=8)
        for key, on in [
            ("real_name", start),
            ("phone", start),
            ("address", fixed),
            ("education", fixed + timedelta(days=1)),
            ("occupation", fixed + timedelta(days=1)),
            ("housing_fund", fixed + timedelta(days=10)),
            ("social_insurance", fixed + timedelta(days=10)),
        ]:
            repo.insert(db, ProfileItem(key, True, on))
        for key, on in [
            ("address", fixed),
            ("phone", fixed),
            ("occupation", fixed + timedelta(days=1)),
        ]:
            repo.insert(db, ProfileChange(key, on))

        # Sesame score on the 6th of each month: steady, a drop after the overdue, climbing back
        score = 668
        for back in range(MONTHS - 1, -1, -1):
            on = _month_start(as_of, back).replace(day=6)
            if on > as_of:
                continue
            if on <= overdue_due:
                score = min(680, max(655, score + rng.randint(-4, 5)))
            elif on < overdue_due + timedelta(days=40):
                score = 601
            else:
                score = min(700, score + rng.randint(7, 12))
            repo.insert(db, ScoreSnapshot(on, score))

        # PBOC reports: clean, then the overdue shows, then it is repaid
        repo.insert(db, CreditReport(start + timedelta(days=80), 0, 0, 1, 1, 1, ""))
        repo.insert(db, CreditReport(overdue_due + timedelta(days=70), 1, 1, 3, 1, 1, ""))
        repo.insert(db, CreditReport(as_of - timedelta(days=10), 0, 1, 2, 1, 1, "salary_flow"))

        # applications, each with the verdict the app would have predicted that day
        refused_on = cleared_on + timedelta(days=43)
        for app in [
            Application(
                refused_on,
                "app",
                "refused",
                refused_on + timedelta(days=3),
                "综合评估未通过，请保持良好的信用记录后再试",
            ),
            Application(as_of - timedelta(days=3), "customer_service", "pending"),
        ]:
            verdict = assess(
                load_facts(db, app.submitted_on, rules), rules, projection=False
            ).verdict
            repo.insert(
                db,
                Application(**{**_fields(app), "predicted_verdict": recordable_verdict(verdict)}),
            )


def _fields(app: Application) -> dict[str, object]:
    return {
        k: getattr(app, k) for k in ("submitted_on", "channel", "status", "decided_on", "feedback")
    }
