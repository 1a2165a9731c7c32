"""What a bill row means for scoring: its kind, Huabei use, and the credit it repays.

Plain Python in the domain, so that the importers, a restored backup and a schema
migration all classify a row the same way (``classify_saved`` for a saved row).

The kinds are the ones ``TRANSACTION_KINDS`` documents. The rules, in the order
they are tried (the first that matches decides):

1. repayment / repayment_failed: the row repays a credit account it names
   (花呗, 借呗, a bank's 信用卡, or another loan under 信用借还); 还款失败 and other
   失败 statuses make it a failed attempt.
2. refund: Alipay 交易分类 退款, 商品说明 退款-…, status 退款成功; WeChat types
   …-退款 and incoming 已全额退款 / 已退款 rows.
3. closed: 交易关闭, 已关闭, 等待付款, any 失败, WeChat 对方已退还, and an outgoing
   row the bill marks 已全额退款: no money stayed spent.
4. investment: 余额宝, 投资理财, 零钱通, 理财通, 基金 (the product, not the method).
5. loan: a loan paid out to the user (放款成功, e.g. 借呗): borrowing, neither
   spending nor a cash-out.
   cashout: a transfer to a person, red packet or balance recharge paid with 花呗,
   分付 or a credit card (purchases that look like cash-outs are found later, from
   patterns across rows: ``domain.cashout``). A withdrawal (零钱提现,
   余额提现) never is: its 支付方式 names the card the money goes to, so a
   withdrawal to a credit card pays the card rather than drawing on it.
6. transfer: the same moves paid any other way, and money received from people.
7. income: anything else that came in.
8. purchase: anything else that went out with a paid status (交易成功, 支付成功,
   等待确认收货, 代付成功, 已转账, …, or a partial 已退款).
9. other.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from typing import NamedTuple

from credithealth.domain.records import Transaction

_CLOSED = frozenset(
    {
        "交易关闭",
        "已关闭",
        "代付关闭",
        "等待付款",
        "待付款",
        "未付款",
        "未支付",
        "已撤销",
        "已取消",
        "对方已退还",
        "已退还",
    }
)
_PAID = frozenset(
    {
        "交易成功",
        "支付成功",
        "代付成功",
        "等待确认收货",
        "等待发货",
        "等待卖家发货",
        "卖家已发货",
        "买家已付款",
        "已付款",
        "已支付",
        "支付完成",
        "已扣款",
        "缴费成功",
        "缴费中",
        "充值成功",
        "已转账",
        "对方已收钱",
        "朋友已收钱",
    }
)
_PARTLY_REFUNDED = ("已退款", "已部分退款", "部分退款")
_REPAID = frozenset({"还款成功", "交易成功", "支付成功", "已支付", "已还款", "还款完成"})
_LOANS = ("网商贷", "备用金", "分付", "微粒贷", "金条", "白条")
_WECHAT_TRANSFERS = frozenset({"转账", "群收款", "赞赏码", "二维码收款", "零钱提现", "零钱充值"})
_BILL_PERIOD = re.compile(r"(\d{4})年(\d{1,2})月账单")


class CreditAccount(NamedTuple):
    kind: str  # "huabei", "jiebei", "credit_card", "loan"
    name: str
    period: str | None  # "YYYY-MM"


class Meaning(NamedTuple):
    kind: str
    huabei: bool = False
    parent_external_id: str | None = None
    credit: CreditAccount | None = None  # set for repayment and repayment_failed


# The meanings with nothing row-specific, shared instead of built per row.
_PURCHASE = Meaning("purchase")
_PURCHASE_HUABEI = Meaning("purchase", True)
_CLOSED_ROW = Meaning("closed")
_INVESTMENT = Meaning("investment")
_CASHOUT = Meaning("cashout")
_LOAN = Meaning("loan")
_TRANSFER = Meaning("transfer")
_INCOME = Meaning("income")
_OTHER = Meaning("other")


def is_credit_method(method: str) -> bool:
    """Paid on credit: Huabei (also 花呗分期, 花呗&红包), any credit card, or WeChat's
    own credit line 分付 (a transfer paid with it is as much a cash-out as one on a card)."""
    return "花呗" in method or "信用卡" in method or "分付" in method


def _closed(status: str) -> bool:
    return status in _CLOSED or "关闭" in status or "失败" in status


def _paid(status: str) -> bool:
    return status in _PAID or status.startswith(_PARTLY_REFUNDED)


def bill_period(text: str) -> str | None:
    """``花呗自动还款-2025年06月账单`` -> ``"2025-06"``."""
    m = _BILL_PERIOD.search(text)
    if m is None or not 1 <= int(m.group(2)) <= 12:
        return None
    return f"{m.group(1)}-{int(m.group(2)):02d}"


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _bank(*texts: str) -> str | None:
    """The bank a credit-card repayment names: 招商银行, 中国工商银行, ..."""
    for text in texts:
        i = text.find("银行")
        if i <= 0:
            continue
        head = text[:i].replace("信用卡还款", " ").replace("还款", " ")
        j = len(head)
        while j > 0 and _is_cjk(head[j - 1]):
            j -= 1
        if j < len(head):
            return head[j:] + "银行"
    return None


def credit_account(
    category: str, counterparty: str, description: str, status: str
) -> CreditAccount | None:
    """The credit account a row repays, or None when it is not a credit repayment."""
    if not (
        "还款" in description
        or "还款" in counterparty
        or "还款" in category
        or status.startswith("还款")
    ):
        return None
    period = bill_period(description)
    if "花呗" in counterparty or "花呗" in description:
        return CreditAccount("huabei", "花呗", period)
    if "借呗" in counterparty or "借呗" in description:
        return CreditAccount("jiebei", "借呗", period)
    for loan in _LOANS:
        if loan in counterparty or loan in description:
            return CreditAccount("loan", loan, period)
    if (
        "信用卡" in category
        or "信用卡" in counterparty
        or "信用卡" in description
        or (category == "信用借还" and "银行" in counterparty)
    ):
        bank = _bank(counterparty, description)
        return CreditAccount("credit_card", f"{bank}信用卡" if bank else "信用卡", period)
    if category == "信用借还":
        return CreditAccount("loan", counterparty or description or "贷款", period)
    return None


def _repayment(credit: CreditAccount, status: str) -> Meaning:
    huabei = credit.kind == "huabei"
    if "失败" in status:
        return Meaning("repayment_failed", huabei, None, credit)
    if status in _REPAID:
        return Meaning("repayment", huabei, None, credit)
    # an attempt still in progress, or cancelled: not money moved yet
    return _CLOSED_ROW if _closed(status) else _OTHER


def _refund(status: str, parent: str | None) -> Meaning:
    if _closed(status):
        return _CLOSED_ROW
    if status.endswith("中"):  # 退款中: no money back yet
        return _OTHER
    return Meaning("refund", False, parent)


def _refund_parent(order_id: str) -> str | None:
    """Alipay numbers a refund ``<original 交易订单号>_<suffix>``."""
    parent, sep, _ = order_id.partition("_")
    return parent if sep and parent else None


def _alipay_transfer_like(category: str, description: str) -> bool:
    return (
        category in ("转账红包", "充值提现")
        or description.startswith(("转账", "红包", "提现", "余额提现", "充值-"))
        or description.endswith("红包")
    )


def alipay_meaning(
    direction: str,
    category: str,
    counterparty: str,
    description: str,
    method: str,
    status: str,
    order_id: str,
) -> Meaning:
    # A plain paid purchase never names 还款; a transfer to a friend may, as a note.
    if category != "转账红包" and (
        category == "信用借还" or "还款" in description or status.startswith("还款")
    ):
        credit = credit_account(category, counterparty, description, status)
        if credit is not None:
            return _repayment(credit, status)
    if category == "退款" or description.startswith("退款") or status.startswith("退款"):
        return _refund(status, _refund_parent(order_id))
    if _closed(status):
        return _CLOSED_ROW
    if (
        category == "投资理财"
        or "余额宝" in description
        or "余额宝" in counterparty
        or description.startswith("基金")
    ):
        return _INVESTMENT
    if status == "放款成功":
        return _LOAN
    if _alipay_transfer_like(category, description):
        withdrawal = description.startswith(("提现", "余额提现"))
        if direction != "in" and not withdrawal and is_credit_method(method):
            return _CASHOUT
        return _TRANSFER
    if direction == "in":
        return _INCOME
    if direction == "out" and _paid(status):
        return _PURCHASE_HUABEI if "花呗" in method else _PURCHASE
    return _OTHER


def wechat_meaning(
    direction: str,
    trade_type: str,
    counterparty: str,
    description: str,
    method: str,
    status: str,
) -> Meaning:
    # WeChat names a repayment in its type or payee (信用卡还款, 招商银行信用卡还款);
    # 商品 is free text, where a transfer's note can say 还款 too.
    if "还款" in trade_type or "还款" in counterparty:
        credit = credit_account(trade_type, counterparty, description, status)
        if credit is not None:
            return _repayment(credit, status)
    if trade_type.endswith("退款") or (
        direction == "in" and status.startswith(("已全额退款", *_PARTLY_REFUNDED))
    ):
        return _refund(status, None)  # the parent is found by pairing, see wechat.py
    if _closed(status) or (direction != "in" and status.startswith("已全额退款")):
        return _CLOSED_ROW
    if "零钱通" in trade_type or "理财通" in trade_type or "理财通" in counterparty:
        return _INVESTMENT
    if trade_type in _WECHAT_TRANSFERS or trade_type.startswith("微信红包"):
        withdrawal = trade_type == "零钱提现"
        if direction != "in" and not withdrawal and is_credit_method(method):
            return _CASHOUT
        return _TRANSFER
    if direction == "in":
        return _INCOME
    if direction == "out" and _paid(status):
        return _PURCHASE_HUABEI if "花呗" in method else _PURCHASE
    return _OTHER


def classify_saved(tx: Transaction) -> Meaning:
    """The meaning of a saved transaction, as the importer would have given it: for a
    restored backup or an old database whose rows lack ``kind`` / ``huabei``. Alipay
    rows keep their order number (a refund names its purchase by it); a manual row gets
    what the spending form gives (money out a purchase, money in income)."""
    direction = tx.direction
    if tx.source == "alipay":
        return alipay_meaning(
            direction,
            tx.category,
            tx.counterparty,
            tx.description,
            tx.method,
            tx.status,
            tx.external_id or "",
        )
    if tx.source == "wechat":
        return wechat_meaning(
            direction, tx.category, tx.counterparty, tx.description, tx.method, tx.status
        )
    if direction == "out":
        return _PURCHASE_HUABEI if "花呗" in tx.method else _PURCHASE
    return _INCOME if direction == "in" else _OTHER


_FULLY_REFUNDED = ("已全额退款", "对方已退还", "已退还")


def _same_order(refund: Transaction, original: Transaction) -> bool:
    """Whether a refund can belong to an order: WeChat names the refund after the
    order's type (转账-退款, 微信红包-退款) or its merchant (示例充电桩-退款)."""
    base = refund.category.removesuffix("退款").removesuffix("-")
    if base == "转账":
        return original.category == "转账"
    if base.startswith("微信红包"):
        return original.category.startswith("微信红包")
    if base and base == original.counterparty:
        return True
    return bool(refund.counterparty) and refund.counterparty == original.counterparty


def wechat_refund_parents(txs: Sequence[Transaction]) -> dict[int, str]:
    """For each WeChat refund (by index) without a parent, the order number of the
    payment it returns.

    WeChat's refund rows carry their own numbers only. The payment is the row that
    the bill marks 已全额退款 / 对方已退还 (or 已退款… for a partial refund), made no
    later than the refund, for the same counterparty or type, and for the same
    amount (at least the amount, when partial). The nearest such row wins; a refund
    with no such row keeps no parent rather than a guessed one. Used on a file's rows
    as they are read, and on a restored backup's WeChat rows.
    """
    originals = [
        t
        for t in txs
        if t.direction == "out"
        and t.external_id
        and t.status.startswith((*_FULLY_REFUNDED, *_PARTLY_REFUNDED))
    ]
    out: dict[int, str] = {}
    if not originals:
        return out
    claimed: set[str] = set()
    for i, refund in enumerate(txs):
        if refund.kind != "refund" or refund.parent_external_id is not None:
            continue
        best: Transaction | None = None
        best_key: tuple[bool, datetime] | None = None
        for original in originals:
            if original.external_id in claimed or original.occurred_at > refund.occurred_at:
                continue
            full = original.status.startswith(_FULLY_REFUNDED)
            if full and original.amount_fen != refund.amount_fen:
                continue
            if not full and original.amount_fen < refund.amount_fen:
                continue
            if not _same_order(refund, original):
                continue
            key = (full, original.occurred_at)
            if best_key is None or key > best_key:
                best, best_key = original, key
        if best is not None and best.external_id is not None:
            if best.status.startswith(_FULLY_REFUNDED):
                claimed.add(best.external_id)
            out[i] = best.external_id
    return out
