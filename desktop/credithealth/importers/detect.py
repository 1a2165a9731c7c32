"""Which bill layout a file is, decided by its header row's content alone.

The header is the first row whose first cell is 交易时间 (Alipay 2023 on, WeChat),
收/支 (Alipay 2021–2023) or 交易号 (Alipay web). Preamble lengths changed in
2023, 2026-03 and 2026-06, so no line count is ever assumed.
"""

from __future__ import annotations

from dataclasses import dataclass

from credithealth.domain.messages import Msg
from credithealth.importers.errors import BillFileError
from credithealth.importers.messages import format_name

HEADER_FIRST_CELLS = frozenset({"交易时间", "收/支", "交易号"})

# Header text -> the column it is, across every layout (the names never collide).
_COLUMN_OF = {
    "交易时间": "time",
    "交易创建时间": "time",
    "交易分类": "category",
    "类型": "category",
    "交易类型": "category",
    "交易对方": "counterparty",
    "商品说明": "description",
    "商品名称": "description",
    "商品": "description",
    "收/支": "direction",
    "金额": "amount",
    "金额（元）": "amount",
    "金额(元)": "amount",
    "收/付款方式": "method",
    "支付方式": "method",
    "交易状态": "status",
    "当前状态": "status",
    "交易订单号": "order_id",
    "交易号": "order_id",
    "交易单号": "order_id",
    "备注": "note",
}
REQUIRED = ("time", "amount", "direction", "status")
OPTIONAL = ("category", "counterparty", "description", "method", "order_id", "note")
# How the Alipay and WeChat exports name the required columns, for the error message.
_USUAL_NAME = {
    "alipay": {"time": "交易时间", "amount": "金额", "direction": "收/支", "status": "交易状态"},
    "alipay_web": {
        "time": "交易创建时间",
        "amount": "金额（元）",
        "direction": "收/支",
        "status": "交易状态",
    },
    "wechat": {
        "time": "交易时间",
        "amount": "金额(元)",
        "direction": "收/支",
        "status": "当前状态",
    },
}
_WECHAT_MARKS = frozenset({"交易类型", "当前状态", "交易单号", "金额(元)", "支付方式", "商户单号"})
_ALIPAY_WEB_MARKS = frozenset({"交易号", "交易创建时间", "金额（元）", "资金状态", "商品名称"})
_ALIPAY_APP_MARKS = frozenset({"交易订单号", "交易分类", "收/付款方式", "商品说明", "商家订单号"})


def is_header(first: str) -> bool:
    return first in HEADER_FIRST_CELLS


def identify(cells: list[str]) -> str | None:
    """The layout a header row belongs to; WeChat comes back as plain "wechat".

    Two names peculiar to a layout identify it, so one damaged or renamed column still
    gets a "missing column" message, while a stranger's CSV is simply not recognised.
    """
    names = set(cells)
    if len(names & _WECHAT_MARKS) >= 2:
        return "wechat"
    if len(names & _ALIPAY_WEB_MARKS) >= 2:
        return "alipay_web"
    if len(names & _ALIPAY_APP_MARKS) >= 2:
        # 2021–2023 exports put 收/支 first and 交易时间 last; later ones the reverse
        return "alipay_app_2021" if cells[0] == "收/支" else "alipay_app_2023"
    return None


@dataclass(frozen=True, slots=True)
class Columns:
    """Where each column sits; an absent optional column points one past the last cell,
    where the reader appends an empty cell."""

    width: int
    time: int
    amount: int
    direction: int
    status: int
    category: int
    counterparty: int
    description: int
    method: int
    order_id: int
    note: int
    labels: dict[str, str]  # column -> its header text, to name it in row errors


def map_columns(cells: list[str], layout: str, fmt: str, file_name: str) -> Columns:
    width = len(cells)
    index: dict[str, int] = {}
    labels: dict[str, str] = {}
    for i, name in enumerate(cells):
        column = _COLUMN_OF.get(name)
        if column is not None and column not in index:
            index[column] = i
            labels[column] = name
    missing = [c for c in REQUIRED if c not in index]
    if missing:
        usual = _USUAL_NAME["alipay" if layout.startswith("alipay_app") else layout]
        raise BillFileError(
            Msg(
                "importers.missing_columns",
                {
                    "name": file_name,
                    "format": format_name(fmt),
                    "columns": "、".join(usual[c] for c in missing),
                },
            )
        )
    for column in OPTIONAL:
        index.setdefault(column, width)
    return Columns(width=width, labels=labels, **index)
