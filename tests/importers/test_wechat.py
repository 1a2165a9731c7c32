"""WeChat Pay bills: the CSV (with and without BOM) and both XLSX layouts."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

import pytest

from credithealth.domain.records import Transaction
from credithealth.importers import ParsedFile, ParsedRow, read_bill_bytes
from credithealth.importers.parsed import RepaymentHint
from credithealth.importers.times import BEIJING
from credithealth.importers.wechat import pair_refunds
from tests.importers.support import by_id, read_sample, sample

WECHAT_FILES = {
    "wechat.csv": ("wechat_csv", 2024, 18),
    "wechat_nobom.csv": ("wechat_csv", 2024, 18),
    "wechat_2025.xlsx": ("wechat_xlsx_2025", 2025, 18),
    "wechat_2026.xlsx": ("wechat_xlsx_2026", 2026, 19),
    "wechat_2026.zip": ("wechat_xlsx_2026", 2026, 19),
}


@pytest.fixture(scope="module", params=sorted(WECHAT_FILES))
def wechat(request: pytest.FixtureRequest) -> tuple[str, ParsedFile]:
    return request.param, read_sample(request.param)


def _rows(wechat: tuple[str, ParsedFile]) -> dict[str, ParsedRow]:
    return by_id(wechat[1])


def test_layout_and_file_facts(wechat: tuple[str, ParsedFile]) -> None:
    name, parsed = wechat
    fmt, year, first_line = WECHAT_FILES[name]
    assert parsed.format == fmt
    assert (parsed.rows_total, parsed.errors) == (33, [])
    assert (parsed.period_start, parsed.period_end) == (date(year, 3, 1), date(year, 5, 31))
    assert parsed.rows[0].line == first_line
    first = parsed.rows[0].transaction
    assert first.occurred_at == datetime(year, 5, 28, 21, 5, 33, tzinfo=BEIJING)
    assert (first.amount_fen, first.kind, first.source) == (3650, "purchase", "wechat")
    assert (first.method, first.huabei) == ("招商银行信用卡(4321)", False)
    assert first.external_id == "4200000000000000000000000601"


def test_every_layout_reads_the_same_transactions() -> None:
    def key(parsed: ParsedFile) -> list[tuple]:
        return [
            (
                dataclasses.replace(
                    r.transaction, occurred_at=r.transaction.occurred_at.replace(year=2000)
                ),
                r.repayment
                and dataclasses.replace(
                    r.repayment, paid_on=r.repayment.paid_on.replace(year=2000)
                ),
                r.note,
            )
            for r in parsed.rows
        ]

    reference = key(read_sample("wechat.csv"))
    for name in WECHAT_FILES:
        assert key(read_sample(name)) == reference, name


def test_counterparty_with_comma_splits_into_12_fields_and_is_rejoined(wechat) -> None:
    t = _rows(wechat)["4200000000000000000000000608"].transaction
    assert t.counterparty == "EXAMPLE TRADING CO.,LTD"
    assert (t.description, t.amount_fen, t.direction) == ("进口零食", 6400, "out")


def test_quotes_bare_doubled_and_comma_in_quoted_field(wechat) -> None:
    rows = _rows(wechat)
    assert rows["4200000000000000000000000606"].transaction.description == "咖啡,拿铁（大杯）"
    assert (
        rows["4200000000000000000000000609"].transaction.description
        == '作者"示例"的《示例文集》（含双引号）'
    )
    cashback = rows["746163820400000000000000000000000000000000615"].transaction
    assert cashback.counterparty == '打开示例App，点击底部"视频"'
    assert (cashback.amount_fen, cashback.kind, cashback.description) == (7, "income", "")


def test_ids_ending_in_spaces_are_stripped(wechat) -> None:
    assert "100010810100000000000000000000000623" in _rows(wechat)


def test_neutral_rows(wechat) -> None:
    rows = _rows(wechat)
    expected = {
        "4200000000000000000000000607": "investment",  # 转入零钱通
        "18000076700000000000000000000622": "investment",  # 零钱通转出
        "4200000000000000000000000631": "investment",  # 购买理财通
        "110183877200000000000000000617": "transfer",  # 零钱充值
        "207285091100000000000000000611": "transfer",  # 零钱提现
        "207294044100000000000000000626": "closed",  # 提现失败，已退回零钱
        "4200000000000000000000000604": "repayment",  # 信用卡还款
        "4200000000000000000000000630": "repayment",
    }
    for order, kind in expected.items():
        t = rows[order].transaction
        assert (t.direction, t.kind) == ("neutral", kind), order


def test_withdrawal_keeps_its_fee_note(wechat) -> None:
    row = _rows(wechat)["207285091100000000000000000611"]
    assert (row.transaction.amount_fen, row.note) == (20020, "服务费¥0.20")
    assert (row.transaction.counterparty, row.transaction.method) == (
        "工商银行(1234)",
        "工商银行(1234)",
    )


def test_credit_card_repayments(wechat) -> None:
    year = wechat[1].rows[0].transaction.occurred_at.year
    row = _rows(wechat)["4200000000000000000000000604"]
    assert row.repayment == RepaymentHint(
        account_kind="credit_card",
        account_name="招商银行信用卡",
        period=None,
        paid_on=date(year, 5, 25),
        amount_fen=152036,
        failed=False,
        method="零钱通",
        external_id="4200000000000000000000000604",
    )
    other = _rows(wechat)["4200000000000000000000000630"].repayment
    assert other is not None
    assert (other.account_name, other.amount_fen) == ("建设银行信用卡", 88800)


def test_refunds_point_at_the_payment_they_return(wechat) -> None:
    rows = _rows(wechat)
    pairs = {
        "50372747089000000000000000612": "4200000000000000000000000613",  # 示例充电桩-退款
        "1000050001000000000000000000619": "100005000100000000000000000000000620",  # 转账-退款
        "1000039801000000000000000000624": "100003980100000000000000000000000625",  # 红包-退款
        "50300000000000000000000000633": "4200000000000000000000000632",  # partial
    }
    for refund_id, parent_id in pairs.items():
        refund = rows[refund_id].transaction
        assert (refund.kind, refund.direction) == ("refund", "in"), refund_id
        assert refund.parent_external_id == parent_id, refund_id
    # fully refunded payments are not spending; the partly refunded one still is
    assert rows["4200000000000000000000000613"].transaction.kind == "closed"
    assert rows["100005000100000000000000000000000620"].transaction.kind == "closed"
    assert rows["100003980100000000000000000000000625"].transaction.kind == "closed"
    partly = rows["4200000000000000000000000632"].transaction
    assert (partly.kind, partly.status, partly.amount_fen) == ("purchase", "已退款(￥3.00)", 800)


def test_transfers_red_packets_and_cashout(wechat) -> None:
    rows = _rows(wechat)
    for order in (
        "1000050001000000000000000000603",  # 转账 in
        "100003980100000000000000000000000605",  # 红包 out
        "1000039801000000000000000000621",  # 红包 in
        "100004950100000000000000000000000610",  # 群收款
        "100010810100000000000000000000000623",  # 赞赏码
        "100004990100000000000000000000000614",  # 二维码收款
    ):
        assert rows[order].transaction.kind == "transfer", order
    rent = rows["100005000100000000000000000000000618"].transaction  # 转账 on a credit card
    assert (rent.kind, rent.amount_fen) == ("cashout", 250000)


def test_purchases(wechat) -> None:
    rows = _rows(wechat)
    for order, fen in {
        "100004990100000000000000000000000602": 1800,  # 扫二维码付款, 已转账
        "4200000000000000000000000616": 9990,  # 亲属卡交易
        "4200000000000000000000000627": 1,  # 分分捐
        "4200000000000000000000000628": 1_200_000,
    }.items():
        t = rows[order].transaction
        assert (t.kind, t.amount_fen, t.direction) == ("purchase", fen, "out"), order
    assert rows["180000730700000000000000000000000000000000629"].transaction.kind == "income"


def _tx(**kw: object) -> Transaction:
    base: dict[str, object] = {
        "occurred_at": datetime(2024, 5, 1, 12, tzinfo=BEIJING),
        "amount_fen": 5000,
        "direction": "out",
        "kind": "closed",
        "category": "商户消费",
        "counterparty": "示例商户",
        "status": "已全额退款",
        "source": "wechat",
        "external_id": "P1",
    }
    base.update(kw)
    return Transaction(**base)  # type: ignore[arg-type]


def _refund(**kw: object) -> Transaction:
    fields: dict[str, object] = {
        "occurred_at": datetime(2024, 5, 2, 12, tzinfo=BEIJING),
        "direction": "in",
        "kind": "refund",
        "category": "示例商户-退款",
        "external_id": "R1",
    }
    fields.update(kw)
    return _tx(**fields)


def test_pairing_needs_a_matching_payment() -> None:
    rows = [ParsedRow(1, _refund()), ParsedRow(2, _tx(amount_fen=4000))]
    pair_refunds(rows)
    assert rows[0].transaction.parent_external_id is None  # a full refund of another amount
    rows = [
        ParsedRow(1, _refund()),
        ParsedRow(2, _tx(occurred_at=datetime(2024, 5, 3, tzinfo=BEIJING))),
    ]
    pair_refunds(rows)
    assert rows[0].transaction.parent_external_id is None  # paid after the refund
    rows = [
        ParsedRow(1, _refund(category="其他商户-退款", counterparty="其他商户")),
        ParsedRow(2, _tx()),
    ]
    pair_refunds(rows)
    assert rows[0].transaction.parent_external_id is None  # another merchant


def test_pairing_prefers_the_nearest_payment_and_uses_each_once() -> None:
    older = _tx(external_id="P0", occurred_at=datetime(2024, 4, 1, tzinfo=BEIJING))
    newer = _tx(external_id="P1")
    rows = [
        ParsedRow(1, _refund(external_id="R2", occurred_at=datetime(2024, 5, 3, tzinfo=BEIJING))),
        ParsedRow(2, _refund()),
        ParsedRow(3, newer),
        ParsedRow(4, older),
    ]
    pair_refunds(rows)
    assert [r.transaction.parent_external_id for r in rows[:2]] == ["P1", "P0"]


def test_pairing_without_candidates_changes_nothing() -> None:
    rows = [ParsedRow(1, _refund())]
    pair_refunds(rows)
    assert rows[0].transaction.parent_external_id is None


def test_unquoted_thousands_separator_is_rejoined_in_the_amount() -> None:
    text = sample("wechat_nobom.csv").read_bytes().decode()
    lines = text.split("\n")
    lines[17] = lines[17].replace("¥36.50", "¥1,236.50")  # 2026 CSV style, left unquoted
    parsed = read_bill_bytes("\n".join(lines).encode(), "w.csv")
    first = parsed.rows[0].transaction
    assert (parsed.errors, first.amount_fen, first.counterparty) == ([], 123650, "示例外卖平台商户")
