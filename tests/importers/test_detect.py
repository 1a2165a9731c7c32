"""Layouts are told apart by the header's content; columns are found by name."""

from __future__ import annotations

import pytest

from credithealth.importers.detect import identify, is_header, map_columns
from credithealth.importers.errors import BillFileError

GEN3 = (
    "交易时间,交易分类,交易对方,对方账号,商品说明,收/支,金额,收/付款方式,交易状态,"
    "交易订单号,商家订单号,备注"
)
GEN2 = (
    "收/支,交易对方,对方账号,商品说明,收/付款方式,金额,交易状态,交易分类,"
    "交易订单号,商家订单号,交易时间"
)
WEB = (
    "交易号,商家订单号,交易创建时间,付款时间,最近修改时间,交易来源地,类型,交易对方,商品名称,金额（元）,"
    "收/支,交易状态,服务费（元）,成功退款（元）,备注,资金状态"
)
WECHAT = "交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注"


@pytest.mark.parametrize(
    ("header", "layout"),
    [
        (GEN3, "alipay_app_2023"),
        (GEN2, "alipay_app_2021"),
        (WEB, "alipay_web"),
        (WECHAT, "wechat"),
        ("交易时间,摘要,金额", None),
        ("交易号,something", None),
    ],
)
def test_identify(header: str, layout: str | None) -> None:
    cells = header.split(",")
    assert is_header(cells[0])
    assert identify(cells) == layout


def test_header_first_cells() -> None:
    assert not is_header("交易日期")
    assert not is_header("")


def test_columns_found_by_name_in_any_order() -> None:
    cells = GEN3.split(",")
    shuffled = [cells[0], *reversed(cells[1:])]
    cols = map_columns(shuffled, "alipay_app_2023", "alipay_app_2023", "x.csv")
    assert shuffled[cols.amount] == "金额"
    assert shuffled[cols.order_id] == "交易订单号"
    assert cols.width == 12
    assert cols.labels["time"] == "交易时间"


def test_absent_optional_columns_point_past_the_end() -> None:
    cols = map_columns(WEB.split(","), "alipay_web", "alipay_web", "x.csv")
    assert cols.method == cols.width == 16
    assert cols.labels["amount"] == "金额（元）"


def test_missing_required_columns_are_named_as_the_app_names_them() -> None:
    cells = [c for c in GEN2.split(",") if c not in ("金额", "交易状态")]
    with pytest.raises(BillFileError) as caught:
        map_columns(cells, "alipay_app_2021", "alipay_app_2021", "x.csv")
    msg = caught.value.msg
    assert msg.code == "importers.missing_columns"
    assert msg.params["columns"] == "金额、交易状态"
    assert "Alipay app 交易明细 (2021–2023)" in msg.render("en")
