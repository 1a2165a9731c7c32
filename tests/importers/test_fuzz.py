"""Fuzzing the readers: whatever the bytes, a ParsedFile or a BillFileError, nothing else.

Every example also checks the invariants a caller relies on: the row count adds up,
amounts are non-negative integer fen, times are Beijing-aware, kinds and directions
come from the domain's vocabularies, and every message renders in both languages.
"""

from __future__ import annotations

import csv
import io
import os
import zipfile
from datetime import timedelta

import pyzipper
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from credithealth.domain.messages import LANGS
from credithealth.domain.records import DIRECTIONS, TRANSACTION_KINDS
from credithealth.importers import FORMATS, BillFileError, ParsedFile, read_bill_bytes
from credithealth.importers.detect import HEADER_FIRST_CELLS
from tests.importers.support import PASSWORD, SAMPLES

# CREDITHEALTH_FUZZ_EXAMPLES=20000 for a long hunt; the default keeps the suite fast.
FUZZ = settings(
    max_examples=int(os.environ.get("CREDITHEALTH_FUZZ_EXAMPLES", "150")),
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
SAMPLE_BYTES = {p.name: p.read_bytes() for p in sorted(SAMPLES.iterdir()) if p.suffix != ".py"}
CSV_SAMPLES = {
    "alipay_app_2023.csv": "gbk",
    "alipay_app_2023_2026.csv": "gbk",
    "alipay_app_2021.csv": "gbk",
    "alipay_web.csv": "gbk",
    "wechat.csv": "utf-8-sig",
    "wechat_nobom.csv": "utf-8",
}
EIGHT_HOURS = timedelta(hours=8)


def read_or_refuse(data: bytes, name: str = "fuzz.csv") -> ParsedFile | None:
    """The property under test, and the invariants of whatever comes back."""
    try:
        parsed = read_bill_bytes(data, name, PASSWORD)
    except BillFileError as error:
        for lang in LANGS:
            assert error.msg.render(lang)
        return None
    assert parsed.format in FORMATS
    assert parsed.rows_total == len(parsed.rows) + len(parsed.errors)
    assert parsed.rows or not parsed.errors  # all rows bad is a refusal, not a result
    for row in parsed.rows:
        t = row.transaction
        assert isinstance(t.amount_fen, int) and t.amount_fen >= 0
        assert t.occurred_at.utcoffset() == EIGHT_HOURS
        assert t.kind in TRANSACTION_KINDS and t.direction in DIRECTIONS
        assert t.source in ("alipay", "wechat")
        assert (row.repayment is not None) == (t.kind in ("repayment", "repayment_failed"))
        assert t.external_id is None or t.external_id == t.external_id.strip()
    for error in parsed.errors:
        assert error.line >= 1
        for lang in LANGS:
            assert error.msg.render(lang)
    return parsed


@FUZZ
@given(st.binary(max_size=4096))
def test_random_bytes(data: bytes) -> None:
    read_or_refuse(data)


@FUZZ
@given(st.binary(max_size=2048))
def test_random_bytes_behind_a_zip_signature(data: bytes) -> None:
    read_or_refuse(b"PK\x03\x04" + data, "fuzz.zip")
    read_or_refuse(b"PK\x05\x06" + data, "fuzz.zip")


@FUZZ
@given(st.binary(max_size=2048), st.booleans())
def test_random_content_inside_a_zip(data: bytes, encrypted: bool) -> None:
    buf = io.BytesIO()
    if encrypted:
        with pyzipper.AESZipFile(buf, "w", encryption=pyzipper.WZ_AES) as zf:
            zf.setpassword(PASSWORD.encode())
            zf.writestr("bill.csv", data)
    else:
        with zipfile.ZipFile(buf, "w") as zf:
            zf.writestr("bill.csv", data)
    read_or_refuse(buf.getvalue(), "fuzz.zip")


_CELL = st.one_of(
    st.sampled_from(
        [
            "交易时间",
            "收/支",
            "交易号",
            "金额",
            "金额(元)",
            "交易状态",
            "当前状态",
            "交易分类",
            "交易类型",
            "交易订单号",
            "交易单号",
            "收/付款方式",
            "支付方式",
            "交易对方",
            "商品",
            "2025-06-30 21:14:05",
            "2025/6/30 21:14",
            "支出",
            "收入",
            "不计收支",
            "/",
            "18.00",
            "¥1,234.56",
            "-1",
            "1.005",
            "花呗",
            "还款成功",
            "还款失败",
            "交易成功",
            "交易关闭",
            "退款成功",
            "已全额退款",
            "信用借还",
            "花呗自动还款-2025年06月账单",
            "信用卡还款",
            "转账",
            "余额宝",
            "2.02506E+27",
            '"',
            '""',
            "",
            "---",
            "\t",
        ]
    ),
    st.text(max_size=12),
)


@FUZZ
@given(
    st.lists(st.lists(_CELL, min_size=1, max_size=14), min_size=1, max_size=25),
    st.sampled_from(["utf-8", "utf-8-sig", "gb18030"]),
    st.sampled_from(["\n", "\r\n", "\r"]),
)
def test_random_tables_of_bill_words(rows: list[list[str]], encoding: str, eol: str) -> None:
    text = eol.join(",".join(cells) for cells in rows)
    read_or_refuse(text.encode(encoding, errors="replace"))


@FUZZ
@given(st.sampled_from(sorted(SAMPLE_BYTES)), st.data())
def test_truncated_samples(name: str, data: st.DataObject) -> None:
    content = SAMPLE_BYTES[name]
    cut = data.draw(st.integers(min_value=0, max_value=len(content)))
    read_or_refuse(content[:cut], name)


@FUZZ
@given(st.sampled_from(sorted(SAMPLE_BYTES)), st.data())
def test_mutated_samples(name: str, data: st.DataObject) -> None:
    content = bytearray(SAMPLE_BYTES[name])
    edits = data.draw(
        st.lists(
            st.tuples(
                st.sampled_from(["set", "insert", "delete"]),
                st.integers(min_value=0, max_value=len(content) - 1),
                st.integers(min_value=0, max_value=255),
            ),
            min_size=1,
            max_size=8,
        )
    )
    for op, at, byte in edits:
        at = min(at, len(content) - 1)
        if op == "set":
            content[at] = byte
        elif op == "insert":
            content.insert(at, byte)
        elif len(content) > 1:
            del content[at]
    read_or_refuse(bytes(content), name)


@FUZZ
@given(
    st.sampled_from(sorted(CSV_SAMPLES)),
    st.sampled_from(["utf-8", "utf-8-sig", "gbk", "gb18030", "big5", "utf-16", "latin-1", "ascii"]),
    st.sampled_from(["replace", "ignore"]),
)
def test_wrong_encodings(name: str, encoding: str, errors: str) -> None:
    text = SAMPLE_BYTES[name].decode(CSV_SAMPLES[name])
    read_or_refuse(text.encode(encoding, errors=errors), name)
    # mojibake: GBK bytes read as Latin-1 and saved as UTF-8, and the reverse
    mangled = text.encode("gbk", errors="replace").decode("latin-1").encode("utf-8")
    read_or_refuse(mangled, name)
    mangled = text.encode("utf-8").decode("gbk", errors="replace").encode("gbk", errors="replace")
    read_or_refuse(mangled, name)


def _split_table(name: str) -> tuple[list[str], list[list[str]], list[list[str]]]:
    """(preamble lines, header+rows as cells, footer lines) of a CSV sample."""
    text = SAMPLE_BYTES[name].decode(CSV_SAMPLES[name])
    lines = text.replace("\r\n", "\n").rstrip("\n").split("\n")
    start = next(
        i for i, line in enumerate(lines) if line.split(",")[0].strip() in HEADER_FIRST_CELLS
    )
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("---")), len(lines))
    table = [next(csv.reader([line])) for line in lines[start:end]]
    width = len([c for c in table[0] if c.strip()])
    for row in table:
        while len(row) > width and not row[-1].strip():
            row.pop()
        if len(row) > width:  # WeChat's unquoted 交易对方 with a comma, the third column
            extra = len(row) - width
            row[2 : 3 + extra] = [",".join(row[2 : 3 + extra])]
    return lines[:start], table, lines[end:]


def _write(preamble: list[str], table: list[list[str]], footer: list[str], encoding: str) -> bytes:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(table)
    text = "\n".join(preamble) + "\n" + out.getvalue() + "\n".join(footer)
    return text.encode(encoding, errors="replace")


@FUZZ
@given(st.sampled_from(sorted(CSV_SAMPLES)), st.data())
def test_shuffled_and_missing_columns(name: str, data: st.DataObject) -> None:
    preamble, table, footer = _split_table(name)
    width = len(table[0])
    order = data.draw(st.permutations(range(width)))
    keep = data.draw(st.lists(st.booleans(), min_size=width, max_size=width))
    columns = [i for i in order if keep[i]] or [order[0]]
    shuffled = [[row[i] if i < len(row) else "" for i in columns] for row in table]
    read_or_refuse(_write(preamble, shuffled, footer, "gb18030"), name)


@FUZZ
@given(st.sampled_from(sorted(CSV_SAMPLES)), st.data())
def test_reordered_columns_read_the_same(name: str, data: st.DataObject) -> None:
    preamble, table, footer = _split_table(name)
    width = len(table[0])
    # the first column stays first: it is how the header row is found
    order = [0, *data.draw(st.permutations(range(1, width)))]
    reordered = [[row[i] if i < len(row) else "" for i in order] for row in table]
    original = read_bill_bytes(SAMPLE_BYTES[name], name)
    parsed = read_or_refuse(_write(preamble, reordered, footer, "gb18030"), name)
    assert parsed is not None

    def key(p: ParsedFile) -> list[tuple]:
        return [
            (r.transaction.external_id, r.transaction.amount_fen, r.transaction.kind, r.repayment)
            for r in p.rows
        ]

    assert key(parsed) == key(original)
