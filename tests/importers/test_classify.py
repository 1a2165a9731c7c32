"""The meaning rules, one by one, beyond what the sample files show."""

from __future__ import annotations

import pytest

from credithealth.importers.classify import (
    CreditAccount,
    alipay_meaning,
    bill_period,
    credit_account,
    direction_of,
    is_credit_method,
    wechat_meaning,
)
from credithealth.importers.errors import RowProblem


def alipay(
    direction: str = "out",
    category: str = "日用百货",
    counterparty: str = "示例超市",
    description: str = "购物",
    method: str = "花呗",
    status: str = "交易成功",
    order_id: str = "2025010122001100000000000001",
) -> tuple[str, bool, str | None]:
    m = alipay_meaning(direction, category, counterparty, description, method, status, order_id)
    return m.kind, m.huabei, m.parent_external_id


def wechat(
    direction: str = "out",
    trade_type: str = "商户消费",
    counterparty: str = "示例商户",
    description: str = "/",
    method: str = "零钱",
    status: str = "支付成功",
) -> str:
    return wechat_meaning(direction, trade_type, counterparty, description, method, status).kind


@pytest.mark.parametrize(
    ("value", "direction"),
    [
        ("支出", "out"),
        ("收入", "in"),
        ("不计收支", "neutral"),
        ("其他", "neutral"),
        ("/", "neutral"),
        ("", "neutral"),
    ],
)
def test_directions(value: str, direction: str) -> None:
    assert direction_of(value, "收/支") == direction


def test_unknown_direction_is_a_row_error() -> None:
    with pytest.raises(RowProblem):
        direction_of("进账", "收/支")


@pytest.mark.parametrize(
    "status", ["交易成功", "支付成功", "等待确认收货", "代付成功", "等待发货", "缴费成功"]
)
def test_paid_spending_is_a_purchase(status: str) -> None:
    assert alipay(status=status) == ("purchase", True, None)
    assert alipay(status=status, method="余额宝") == ("purchase", False, None)


@pytest.mark.parametrize("status", ["交易关闭", "已关闭", "等待付款", "代付关闭", "支付失败"])
def test_closed_and_unpaid(status: str) -> None:
    assert alipay(status=status)[0] == "closed"


def test_huabei_only_on_purchases_and_huabei_repayments() -> None:
    assert alipay(method="花呗分期")[1] is True
    assert alipay(status="交易关闭")[1] is False
    assert alipay(category="转账红包", description="转账")[:2] == ("cashout", False)
    assert alipay(direction="in", category="收入", method="花呗")[:2] == ("income", False)


def test_refunds() -> None:
    order = "2025010122001100000000000001_99"
    assert alipay(
        "neutral", "退款", description="退款-台灯", status="退款成功", order_id=order
    ) == (
        "refund",
        False,
        "2025010122001100000000000001",
    )
    # before 2023 refunds were 其他 or 收入; still refunds
    assert (
        alipay("in", "其他", description="退款-台灯", status="退款成功", order_id=order)[0]
        == "refund"
    )
    assert (
        alipay("neutral", "退款", description="退款-台灯", status="退款成功", order_id="123")[2]
        is None
    )
    assert alipay("neutral", "退款", description="退款-台灯", status="退款中")[0] == "other"
    assert alipay("neutral", "退款", description="退款-台灯", status="退款关闭")[0] == "closed"


def test_investments_by_product_not_by_method() -> None:
    assert alipay("neutral", "投资理财", "余额宝", "余额宝-自动转入")[0] == "investment"
    assert alipay("neutral", "其他", "示例基金", "余额宝-2025.06.26-收益发放")[0] == "investment"
    assert alipay(method="余额宝")[0] == "purchase"
    assert wechat("neutral", "转入零钱通-来自零钱", "/") == "investment"
    assert wechat("neutral", "购买理财通", "理财通") == "investment"
    assert wechat(method="零钱通") == "purchase"


def test_cashout_is_credit_paid_money_to_people_or_cash() -> None:
    assert (
        alipay(category="转账红包", description="转账", method="招商银行信用卡(4321)")[0]
        == "cashout"
    )
    assert alipay(category="转账红包", description="转账", method="账户余额")[0] == "transfer"
    assert alipay("neutral", "充值提现", "示例银行", "充值-余额", "花呗")[0] == "cashout"
    assert alipay("neutral", "信用借还", "蚂蚁借呗", "借呗借款", "", "放款成功")[0] == "loan"
    assert (
        wechat(trade_type="转账", method="招商银行信用卡(4321)", status="对方已收钱") == "cashout"
    )
    assert wechat(trade_type="微信红包（单发）", method="花呗") == "cashout"
    assert (
        wechat("neutral", "零钱充值", method="招商银行信用卡(4321)", status="充值完成") == "cashout"
    )
    assert wechat(trade_type="转账", method="分付", status="对方已收钱") == "cashout"
    assert wechat("in", "转账", method="招商银行信用卡(4321)", status="已存入零钱") == "transfer"


@pytest.mark.parametrize(
    ("description", "period"),
    [
        ("花呗主动还款-2025年06月账单", "2025-06"),
        ("花呗自动还款-2025年6月账单", "2025-06"),
        ("自动还款-花呗2019年12月账单", "2019-12"),
        ("主动还款-花呗2025年13月账单", None),
        ("花呗自动还款", None),
    ],
)
def test_bill_periods(description: str, period: str | None) -> None:
    assert bill_period(description) == period


@pytest.mark.parametrize(
    ("category", "counterparty", "description", "status", "account"),
    [
        (
            "信用借还",
            "花呗",
            "花呗主动还款-2025年06月账单",
            "还款成功",
            ("huabei", "花呗", "2025-06"),
        ),
        ("", "花呗", "主动还款-花呗2025年01月账单", "交易成功", ("huabei", "花呗", "2025-01")),
        ("信用借还", "花呗", "花呗自动还款", "还款失败", ("huabei", "花呗", None)),
        ("信用借还", "借呗", "借呗还款", "还款成功", ("jiebei", "借呗", None)),
        ("信用借还", "招商银行", "信用卡还款", "还款成功", ("credit_card", "招商银行信用卡", None)),
        (
            "信用借还",
            "示例",
            "信用卡还款-中国工商银行(1234)",
            "还款成功",
            ("credit_card", "中国工商银行信用卡", None),
        ),
        (
            "信用卡还款",
            "建设银行信用卡还款",
            "/",
            "支付成功",
            ("credit_card", "建设银行信用卡", None),
        ),
        ("信用借还", "/", "信用卡还款", "还款成功", ("credit_card", "信用卡", None)),
        ("信用借还", "网商银行", "网商贷还款", "还款成功", ("loan", "网商贷", None)),
        ("分付还款", "分付", "/", "支付成功", ("loan", "分付", None)),
        ("信用借还", "示例消费金融", "到期还款", "还款成功", ("loan", "示例消费金融", None)),
        ("转账红包", "王*", "还款给老王", "交易成功", None),
        ("日用百货", "示例", "购物", "交易成功", None),
    ],
)
def test_credit_accounts(
    category: str, counterparty: str, description: str, status: str, account: tuple | None
) -> None:
    found = credit_account(category, counterparty, description, status)
    assert found == (CreditAccount(*account) if account else None)


def test_repayment_statuses() -> None:
    kind = alipay(
        "neutral", "信用借还", "花呗", "花呗自动还款-2025年06月账单", "余额宝", "还款成功"
    )
    assert kind == ("repayment", True, None)
    failed = alipay("neutral", "信用借还", "花呗", "花呗自动还款", "", "还款失败")
    assert failed == ("repayment_failed", True, None)
    assert alipay("neutral", "信用借还", "花呗", "花呗主动还款", "", "处理中")[0] == "other"
    assert alipay("neutral", "信用借还", "花呗", "花呗主动还款", "", "交易关闭")[0] == "closed"
    card = wechat_meaning("neutral", "信用卡还款", "招商银行信用卡还款", "/", "零钱", "支付成功")
    assert (card.kind, card.huabei, card.credit) == (
        "repayment",
        False,
        CreditAccount("credit_card", "招商银行信用卡", None),
    )


def test_notes_that_say_repayment_do_not_make_a_repayment() -> None:
    assert alipay(category="转账红包", description="信用卡还款", method="账户余额")[0] == "transfer"
    assert wechat(trade_type="转账", description="转账备注:信用卡还款") == "transfer"


def test_wechat_refunds_and_closed() -> None:
    assert wechat("in", "示例商户-退款", status="已全额退款") == "refund"
    assert wechat("in", "商户消费", status="已退款") == "refund"
    assert wechat("out", status="已全额退款") == "closed"
    assert wechat("out", "转账", "小赵", status="对方已退还") == "closed"
    assert wechat("out", status="已退款(￥3.00)") == "purchase"
    assert wechat("neutral", "零钱提现", status="提现失败，已退回零钱") == "closed"


def test_wechat_income_transfer_other() -> None:
    assert wechat("in", "其他", status="已到账") == "income"
    assert wechat("in", "二维码收款", status="已收钱") == "transfer"
    assert wechat("out", status="未知状态") == "other"
    assert wechat("neutral", "其他", status="支付成功") == "other"


def test_a_withdrawal_to_a_credit_card_is_no_cashout() -> None:
    """零钱提现 / 余额提现 name the card the money goes to: withdrawing to a credit card
    pays it off, the opposite of drawing cash on it."""
    assert (
        wechat("neutral", "零钱提现", method="招商银行信用卡(4321)", status="提现已到账")
        == "transfer"
    )
    assert alipay("neutral", "充值提现", "示例银行", "余额提现", "招商银行信用卡(4321)")[0] == (
        "transfer"
    )


def test_credit_methods() -> None:
    assert is_credit_method("花呗&红包")
    assert is_credit_method("招商银行信用卡(4321)")
    assert is_credit_method("分付")
    assert not is_credit_method("工商银行储蓄卡(1234)")
    assert not is_credit_method("")
