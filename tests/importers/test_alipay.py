"""Alipay's three layouts, read end to end from the sample files, with exact values."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from credithealth.importers import ParsedRow, RepaymentHint
from tests.importers.support import by_id, read_sample

BEIJING_OFFSET = timedelta(hours=8)


@pytest.fixture(scope="module")
def gen3() -> dict[str, ParsedRow]:
    parsed = read_sample("alipay_app_2023.csv")
    assert parsed.format == "alipay_app_2023"
    assert parsed.errors == []
    return by_id(parsed)


def test_gen3_file_facts() -> None:
    parsed = read_sample("alipay_app_2023.csv")
    assert parsed.rows_total == 30
    assert (parsed.period_start, parsed.period_end) == (date(2025, 3, 1), date(2025, 6, 30))
    # 24 preamble lines and a header: the first transaction is line 26
    assert [r.line for r in parsed.rows[:2]] == [26, 27]
    assert parsed.rows[-1].line == 55


def test_gen3_plain_huabei_purchase(gen3: dict[str, ParsedRow]) -> None:
    row = gen3["2025063022001100000000000101"]
    t = row.transaction
    assert t.occurred_at == datetime(2025, 6, 30, 21, 14, 5, tzinfo=t.occurred_at.tzinfo)
    assert t.occurred_at.utcoffset() == BEIJING_OFFSET
    assert (t.amount_fen, t.direction, t.kind, t.huabei) == (1800, "out", "purchase", True)
    assert (t.category, t.counterparty, t.description) == (
        "餐饮美食",
        "示例奶茶（科技园店）",
        "奶茶店扫码点单",
    )
    assert (t.method, t.status, t.source) == ("花呗", "交易成功", "alipay")
    assert t.parent_external_id is None
    assert row.repayment is None
    assert row.note == ""


def test_gen3_text_keeps_fullwidth_comma_and_discount_method(gen3: dict[str, ParsedRow]) -> None:
    t = gen3["2025062822001100000000000102"].transaction
    assert t.description == "超市购物，含纸巾、洗衣液 等多件"
    assert (t.method, t.huabei, t.amount_fen) == ("花呗&红包", True, 12635)


def test_gen3_full_refund_and_closed_original(gen3: dict[str, ParsedRow]) -> None:
    original = gen3["2025062022001100000000000104"].transaction
    refund = gen3["2025062022001100000000000104_1085451946723857509396746116"].transaction
    # the unpadded 商品说明 keeps its ASCII quotes
    assert original.description == '无线耳机 降噪版 "经典款"'
    assert refund.description == '退款-无线耳机 降噪版 "经典款"'
    assert (original.kind, original.direction, original.huabei) == ("closed", "out", False)
    assert (refund.kind, refund.direction, refund.amount_fen) == ("refund", "neutral", 39900)
    assert refund.parent_external_id == "2025062022001100000000000104"
    assert refund.huabei is False


def test_gen3_partial_refund_keeps_purchase(gen3: dict[str, ParsedRow]) -> None:
    original = gen3["2025052522001100000000000114"].transaction
    refund = gen3["2025052522001100000000000114_4193948177937572398126549373"].transaction
    assert (original.kind, original.amount_fen, original.huabei) == ("purchase", 8900, True)
    assert (refund.kind, refund.amount_fen) == ("refund", 2967)
    assert refund.parent_external_id == original.external_id


def test_gen3_zero_amount_and_large_amount(gen3: dict[str, ParsedRow]) -> None:
    zero = gen3["2025061222001100000000000106"].transaction
    assert (zero.amount_fen, zero.kind, zero.method, zero.status) == (0, "purchase", "", "支付成功")
    large = gen3["2025041222001100000000000122"]
    assert large.transaction.amount_fen == 1_200_000
    assert (large.transaction.method, large.transaction.huabei) == ("招商银行信用卡(4321)", False)
    assert large.note == "分期已办理"


def test_gen3_unpaid_closed_order(gen3: dict[str, ParsedRow]) -> None:
    t = gen3["2025051822001100000000000116"].transaction
    assert (t.kind, t.direction, t.method, t.status) == ("closed", "neutral", "", "交易关闭")


def test_gen3_waiting_for_delivery_counts_as_purchase(gen3: dict[str, ParsedRow]) -> None:
    t = gen3["2025060622001100000000000111"].transaction
    assert (t.kind, t.status, t.huabei) == ("purchase", "等待确认收货", True)
    assert t.description == "【夏季】速干T恤 男女同款，黑色 XL"


def _hint(row: ParsedRow) -> RepaymentHint:
    assert row.repayment is not None
    return row.repayment


@pytest.mark.parametrize(
    ("order", "description", "period", "amount_fen", "method"),
    [
        (
            "2025061029020700000000000107",
            "花呗自动还款-2025年06月账单",
            "2025-06",
            126845,
            "余额宝",
        ),
        (
            "2025051029020000000000000118",
            "花呗自动还款-2025年05月账单",
            "2025-05",
            93520,
            "工商银行储蓄卡(1234)",
        ),
        ("2025050829020000000000000119", "花呗主动还款-2025年06月账单", "2025-06", 30000, "余额宝"),
        (
            "2025041029020300000000000123",
            "自动还款-花呗2025年04月账单",
            "2025-04",
            51275,
            "工商银行储蓄卡(1234)",
        ),
        (
            "2025040929020300000000000124",
            "主动还款-花呗2025年03月账单",
            "2025-03",
            8800,
            "账户余额",
        ),
    ],
)
def test_gen3_huabei_repayments_in_every_wording(
    gen3: dict[str, ParsedRow],
    order: str,
    description: str,
    period: str,
    amount_fen: int,
    method: str,
) -> None:
    row = gen3[order]
    t = row.transaction
    assert t.description == description
    assert (t.kind, t.huabei, t.direction, t.status) == ("repayment", True, "neutral", "还款成功")
    hint = _hint(row)
    assert hint == RepaymentHint(
        account_kind="huabei",
        account_name="花呗",
        period=period,
        paid_on=t.occurred_at.date(),
        amount_fen=amount_fen,
        failed=False,
        method=method,
        external_id=order,
    )


def test_gen3_failed_huabei_repayment(gen3: dict[str, ParsedRow]) -> None:
    row = gen3["2025060929020700000000000108"]
    assert (row.transaction.kind, row.transaction.huabei) == ("repayment_failed", True)
    hint = _hint(row)
    assert (hint.account_kind, hint.failed, hint.period, hint.method) == ("huabei", True, None, "")
    assert (hint.amount_fen, hint.paid_on) == (126845, date(2025, 6, 9))


def test_gen3_jiebei_and_credit_card_repayments(gen3: dict[str, ParsedRow]) -> None:
    jiebei = gen3["2025040822001100000000000125"]
    assert (jiebei.transaction.kind, jiebei.transaction.huabei) == ("repayment", False)
    assert (_hint(jiebei).account_kind, _hint(jiebei).account_name) == ("jiebei", "借呗")
    card = gen3["2025052222001100000000000115"]
    assert (card.transaction.kind, card.transaction.huabei) == ("repayment", False)
    hint = _hint(card)
    assert (hint.account_kind, hint.account_name, hint.period) == (
        "credit_card",
        "招商银行信用卡",
        None,
    )
    assert hint.amount_fen == 86000


def test_gen3_yuebao_rows_are_investments(gen3: dict[str, ParsedRow]) -> None:
    for order in (
        "20250627366400000103",  # 收益发放
        "2025060122001100000000000113",  # 自动转入
        "2025050322001100000000000120",  # 单次转入
        "2025042522001100000000000121",  # 转出到余额
    ):
        assert gen3[order].transaction.kind == "investment", order
    # paying with 余额宝 is still a purchase
    assert gen3["2025033022001100000000000127"].transaction.kind == "purchase"


def test_gen3_transfers_income_and_cashout(gen3: dict[str, ParsedRow]) -> None:
    assert gen3["2025060822001100000000000109"].transaction.kind == "transfer"  # 收入 转账
    assert gen3["2025051522001100000000000117"].transaction.kind == "transfer"  # 红包 from balance
    cashout = gen3["2025060722001100000000000110"].transaction  # 转账 paid with 花呗
    assert (cashout.kind, cashout.huabei, cashout.amount_fen) == ("cashout", False, 300000)
    assert gen3["2025060522001100000000000112"].transaction.kind == "income"
    assert gen3["2025040122001100000000000126"].transaction.kind == "income"  # 收钱码收款


def test_gen3_padded_cells_and_tab_ids_are_stripped(gen3: dict[str, ParsedRow]) -> None:
    t = gen3["2025033022001100000000000127"].transaction
    assert (t.category, t.counterparty, t.description, t.method) == (
        "餐饮美食",
        "示例面馆",
        "牛肉面",
        "花呗",
    )
    assert (t.amount_fen, t.status) == (2800, "交易成功")
    assert all("\t" not in k and " " not in k for k in gen3)


def test_gen3_note_with_fullwidth_comma(gen3: dict[str, ParsedRow]) -> None:
    assert gen3["2025061822001100000000000105"].note == "和同事AA，下次我请"


def test_gen3_counterparty_account_slash_is_not_kept() -> None:
    row = read_sample("alipay_app_2023.csv").rows[0]
    assert "/" not in (row.transaction.counterparty, row.transaction.method)


def test_gen3_banner_2025() -> None:
    parsed = read_sample("alipay_app_2023_banner_2025.csv")
    assert parsed.format == "alipay_app_2023"
    assert (parsed.rows_total, parsed.errors) == (3, [])
    rows = by_id(parsed)
    dinner = rows["2025112022001100000000000201"]
    assert (dinner.transaction.method, dinner.transaction.huabei) == (
        "中信银行信用卡(6428)&红包",
        False,
    )
    assert dinner.note == "部门聚餐，待报销"
    assert _hint(rows["2025111029020000000000000202"]).period == "2025-11"
    assert rows["2025101522001100000000000203"].transaction.amount_fen == 1


def test_gen3_2026_header_one_line_higher_keeps_first_row() -> None:
    parsed = read_sample("alipay_app_2023_2026.csv")
    assert parsed.format == "alipay_app_2023"
    assert parsed.rows_total == 4
    first = parsed.rows[0]
    # 8 tips instead of 9: the header is line 24, the first transaction line 25
    assert first.line == 25
    assert first.transaction.external_id == "2026062022001100000000000301"
    loan = by_id(parsed)["2026060222001100000000000303"].transaction
    assert (loan.kind, loan.status) == ("loan", "放款成功")  # a 借呗 loan paid out: no cash-out


def test_gen2_layout_with_footer() -> None:
    parsed = read_sample("alipay_app_2021.csv")
    assert parsed.format == "alipay_app_2021"
    assert (parsed.rows_total, parsed.errors) == (7, [])
    # the period is only in the footer, after the rows
    assert (parsed.period_start, parsed.period_end) == (date(2022, 9, 1), date(2022, 9, 30))
    assert [r.line for r in parsed.rows] == list(range(3, 10))
    rows = by_id(parsed)
    coffee = rows["2022093022001100000000000401"].transaction
    assert (coffee.kind, coffee.huabei, coffee.amount_fen, coffee.description) == (
        "purchase",
        True,
        3200,
        "拿铁 大杯",
    )
    assert coffee.occurred_at == datetime(2022, 9, 30, 9, 15, tzinfo=coffee.occurred_at.tzinfo)
    refund = rows["2022092522001100000000000402_2022092600000000000000000001"].transaction
    assert (refund.kind, refund.direction) == ("refund", "neutral")  # 收/支 其他
    assert refund.parent_external_id == "2022092522001100000000000402"
    assert rows["2022092522001100000000000402"].transaction.kind == "closed"
    auto = rows["2022091029020000000000000403"]
    assert (auto.transaction.kind, _hint(auto).period) == ("repayment", "2022-09")
    manual = rows["2022090529020000000000000404"]
    assert (_hint(manual).account_name, _hint(manual).period) == ("花呗", "2022-08")
    assert rows["20220902366400000405"].transaction.kind == "investment"
    assert rows["2022090122001100000000000406"].transaction.kind == "transfer"


def test_web_layout() -> None:
    parsed = read_sample("alipay_web.csv")
    assert parsed.format == "alipay_web"
    assert (parsed.rows_total, parsed.errors) == (10, [])
    # the web export ends its period at 00:00 of the next day
    assert (parsed.period_start, parsed.period_end) == (date(2020, 1, 1), date(2020, 3, 31))
    assert parsed.rows[0].line == 6
    rows = by_id(parsed)
    lunch = rows["2020033022001100000000000501"].transaction
    # no payment-method column: a purchase is never known to be Huabei
    assert (lunch.kind, lunch.method, lunch.huabei, lunch.category) == (
        "purchase",
        "",
        False,
        "即时到账交易",
    )
    assert rows["20200329369800000502"].transaction.kind == "investment"
    assert rows["2020032522001100000000000503"].transaction.kind == "closed"  # refunded in full
    repay = rows["2020032022001100000000000504"]
    assert (repay.transaction.direction, repay.transaction.kind) == ("neutral", "repayment")
    assert repay.transaction.huabei is True
    assert (_hint(repay).period, _hint(repay).amount_fen) == ("2020-03", 48060)
    older = rows["2020011522001100000000000510"]
    assert (_hint(older).account_kind, _hint(older).period) == ("huabei", "2020-01")
    assert rows["2020031522001100000000000505"].transaction.kind == "transfer"
    assert rows["2020021422001100000000000507"].transaction.kind == "transfer"  # 红包
    assert rows["2020020622001100000000000508"].transaction.kind == "income"
    assert rows["2020020122001100000000000509"].transaction.kind == "closed"  # 等待付款
    assert rows["2020030822001100000000000506"].note == "加了个蛋"
