"""A deterministic, invented Alipay app 交易明细 (2023-on layout), as large as needed.

Shared by the parse benchmark and the full import benchmark: same seed, same bytes.
Everything is made up: merchants are 示例…, order numbers are random digits.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

_PREAMBLE = """------------------------------------------------------------------------------------
导出信息：
姓名：王示例
支付宝账户：bench_user@example.com
起始时间：[{start}]    终止时间：[{end}]
导出交易类型：[全部]
导出时间：[{end}]
共{rows}笔记录
收入：0笔 0.00元
支出：0笔 0.00元
不计收支：0笔 0.00元

特别提示：
1.本回单内容可表明支付宝受理了相应支付交易申请，因系统原因或通讯故障等偶发因素导致本回单与实际交易结果不符时，以实际交易情况为准；
2.请勿将本回单作为收款方发货的凭据使用，请查证账户实际到账情况后再进行发货操作；
3.支付宝快捷支付等非余额支付方式可能既产生支付宝交易也同步产生银行交易，因此请勿使用本回单进行重复记账；
4.本回单如经任何涂改、编造，均立即失去效力；
5.部分账单如：充值提现、账户转存或者个人设置收支等不计入为收入或者支出，记为不计收支类；
6.因统计逻辑不同，明细金额直接累加后，可能会和下方统计金额不一致，请以实际交易金额为准；
7.禁止将本回单用于非法用途；
8.本明细仅展示当前账单中的交易，不包括已删除的记录；
9.本明细仅供个人对账使用。

------------------------支付宝（中国）网络技术有限公司  电子客户回单------------------------
"""
# the 2023–2025 header: names padded with spaces, a trailing comma
_HEADER = (
    ",".join(
        name.ljust(width)
        for name, width in [
            ("交易时间", 16),
            ("交易分类", 20),
            ("交易对方", 20),
            ("对方账号", 20),
            ("商品说明", 20),
            ("收/支", 20),
            ("金额", 20),
            ("收/付款方式", 20),
            ("交易状态", 20),
            ("交易订单号", 10),
            ("商家订单号", 16),
            ("备注", 20),
        ]
    )
    + ",\n"
)
_SHOPS = [
    ("餐饮美食", "示例奶茶店", "奶茶 大杯"),
    ("餐饮美食", "示例快餐店", "午餐套餐"),
    ("日用百货", "示例超市", "超市购物，含纸巾 等多件"),
    ("交通出行", "示例地铁", "地铁乘车码-2号线"),
    ("数码电器", "示例数码旗舰店", '无线耳机 "经典款"'),
    ("服饰装扮", "示例服饰旗舰店", "速干T恤 黑色 XL"),
    ("充值缴费", "示例电信", "话费充值50元"),
]
_METHODS = [
    "花呗",
    "花呗&红包",
    "余额宝",
    "账户余额",
    "工商银行储蓄卡(1234)",
    "招商银行信用卡(4321)",
]


def _order(rng: random.Random, when: datetime) -> str:
    return f"{when:%Y%m%d}22001{rng.randrange(10**22):022d}"


def _row(rng: random.Random, when: datetime) -> str:
    t = f"{when:%Y-%m-%d %H:%M:%S}"
    order = _order(rng, when)
    roll = rng.random()
    if roll < 0.80:
        cat, shop, what = rng.choice(_SHOPS)
        amount = rng.randrange(1, 60000) / 100
        status = "交易成功" if rng.random() < 0.95 else "交易关闭"
        return (
            f"{t},{cat},{shop},/,{what},支出,{amount:.2f},{rng.choice(_METHODS)},{status},"
            f"{order}\t,T200P{rng.randrange(10**19):019d}\t,,\n"
        )
    if roll < 0.85:
        amount = rng.randrange(1, 20000) / 100
        return (
            f"{t},退款,示例数码旗舰店,/,退款-无线耳机,不计收支,{amount:.2f},花呗,退款成功,"
            f"{order}_{rng.randrange(10**30):030d}\t,\t,,\n"
        )
    if roll < 0.88:
        amount = rng.randrange(10000, 300000) / 100
        return (
            f"{t},信用借还,花呗,/,花呗自动还款-{when:%Y}年{when:%m}月账单,不计收支,{amount:.2f},"
            f"余额宝,还款成功,{order}\t,\t,,\n"
        )
    if roll < 0.94:
        amount = rng.randrange(1, 50000) / 100
        return (
            f"{t},转账红包,李*,138******21,转账,收入,{amount:.2f},账户余额,交易成功,"
            f"{order}\t,\t,,\n"
        )
    amount = rng.randrange(1, 200) / 100
    return (
        f"{t},投资理财,示例基金管理有限公司,/,余额宝-{when:%Y.%m.%d}-收益发放,不计收支,"
        f"{amount:.2f},余额宝,交易成功,{order}\t,\t,,\n"
    )


def alipay_gen3_text(rows: int, seed: int = 2025) -> str:
    rng = random.Random(seed)
    end = datetime(2025, 6, 30, 23, 59, 59)
    when = end
    lines = []
    for _ in range(rows):  # newest first, like the app
        when -= timedelta(seconds=rng.randrange(30, 900))
        lines.append(_row(rng, when))
    start = when.replace(hour=0, minute=0, second=0)
    preamble = _PREAMBLE.format(
        start=f"{start:%Y-%m-%d %H:%M:%S}", end=f"{end:%Y-%m-%d %H:%M:%S}", rows=rows
    )
    return preamble + _HEADER + "".join(lines)


def write_alipay_gen3(path: Path, rows: int = 100_000, seed: int = 2025) -> Path:
    """Write the file as the app does: GBK, LF line ends, no BOM."""
    path.write_bytes(alipay_gen3_text(rows, seed).encode("gbk"))
    return path
