"""Hostile bill files cost bounded memory: capped row errors, capped zip contents."""

from __future__ import annotations

import io
import zipfile

import pytest
from benchmarks.gen_alipay import alipay_gen3_text

from credithealth.importers import archive, read_bill_bytes, rows
from credithealth.importers.errors import BillFileError


def _alternating(n: int) -> bytes:
    """n readable rows, each followed by an unreadable one."""
    lines = alipay_gen3_text(n).split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("交易时间")) + 1
    out = lines[:start]
    for line in lines[start:]:
        if line:
            out += [line, "not,a,row"]
    return "\n".join(out).encode("gbk")


def test_at_most_1000_row_errors_are_kept_and_the_rest_counted() -> None:
    parsed = read_bill_bytes(_alternating(1500), "a.csv")
    assert len(parsed.rows) == 1500
    assert len(parsed.errors) == rows.MAX_KEPT_ERRORS == 1000
    assert parsed.rows_unreadable == 1500
    assert parsed.rows_total == 3000
    assert parsed.errors[-1].line < parsed.rows[-1].line  # the first ones are the ones kept


def test_a_long_run_of_unreadable_rows_is_not_a_bill_file() -> None:
    text = alipay_gen3_text(3).encode("gbk") + b"x,y\n" * (rows.MAX_UNREADABLE_RUN + 1)
    with pytest.raises(BillFileError) as caught:
        read_bill_bytes(text, "junk.csv")
    assert caught.value.msg.code == "importers.unreadable_run"
    assert "junk.csv is not a bill file" in caught.value.msg.render("en")


def test_a_shorter_run_is_row_errors() -> None:
    text = alipay_gen3_text(3).encode("gbk") + b"x,y\n" * rows.MAX_UNREADABLE_RUN
    parsed = read_bill_bytes(text, "some.csv")
    assert len(parsed.rows) == 3 and parsed.rows_unreadable == rows.MAX_UNREADABLE_RUN


def test_the_members_of_one_zip_are_capped_together(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(archive, "MAX_TOTAL_BYTES", 1 << 20)
    one = alipay_gen3_text(1).encode("gbk")
    filler = one + b"\n" * ((1 << 20) // 3)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for i in range(4):  # each under the per-member cap, together over the total
            z.writestr(f"part{i}.csv", filler)
    with pytest.raises(BillFileError) as caught:
        read_bill_bytes(buf.getvalue(), "many.zip")
    assert caught.value.msg.code == "importers.file_too_large"
    assert "many.zip" in caught.value.msg.render("en")


def test_a_repayment_naming_a_bill_of_year_9999_is_a_row_error() -> None:
    lines = alipay_gen3_text(5).split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("交易时间")) + 1
    cells = lines[start].split(",")
    cells[1:9] = [
        "信用借还",
        "花呗",
        "/",
        "花呗自动还款-9999年01月账单",
        "不计收支",
        "100.00",
        "余额宝",
        "还款成功",
    ]
    good = ",".join(cells)
    cells[4] = "花呗自动还款-2025年05月账单"
    lines[start] = good
    lines[start + 1] = ",".join(cells[:9] + lines[start + 1].split(",")[9:])
    parsed = read_bill_bytes("\n".join(lines).encode("gbk"), "r.csv")
    assert parsed.rows_unreadable == 1
    assert "9999-01" in parsed.errors[0].msg.render("en")
    kept = [r for r in parsed.rows if r.repayment is not None]
    assert [r.repayment.period for r in kept] == ["2025-05"]


def test_the_fields_a_reader_sets_itself_are_always_in_range() -> None:
    # the reader checks only what the file decides; the rest it sets from its vocabularies
    from credithealth.domain import limits

    parsed = read_bill_bytes(alipay_gen3_text(300).encode("gbk"), "a.csv")
    assert set(rows.FROM_THE_FILE) < set(limits.LIMITS[type(parsed.rows[0].transaction)])
    for row in parsed.rows:
        assert limits.problems(row.transaction) == []
