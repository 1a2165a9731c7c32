"""The public entry points: every layout, every whole-file refusal, row errors."""

from __future__ import annotations

import gc
import hashlib
import io
import zipfile
from pathlib import Path

import pytest

from credithealth.domain.messages import LANGS
from credithealth.importers import (
    FORMATS,
    BillFileError,
    ParsedFile,
    archive,
    read_bill_bytes,
    read_bill_file,
    reader,
)
from tests.importers.support import PASSWORD, read_sample, sample

LAYOUTS = {
    "alipay_app_2023.csv": ("alipay_app_2023", 30),
    "alipay_app_2023_banner_2025.csv": ("alipay_app_2023", 3),
    "alipay_app_2023_2026.csv": ("alipay_app_2023", 4),
    "alipay_app_2023.zip": ("alipay_app_2023", 30),
    "alipay_app_2021.csv": ("alipay_app_2021", 7),
    "alipay_web.csv": ("alipay_web", 10),
    "wechat.csv": ("wechat_csv", 33),
    "wechat_nobom.csv": ("wechat_csv", 33),
    "wechat_2025.xlsx": ("wechat_xlsx_2025", 33),
    "wechat_2026.xlsx": ("wechat_xlsx_2026", 33),
    "wechat_2026.zip": ("wechat_xlsx_2026", 33),
}


def refusal(data: bytes, name: str = "bill.csv", password: str | None = None) -> BillFileError:
    with pytest.raises(BillFileError) as caught:
        read_bill_bytes(data, name, password)
    return caught.value


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_every_layout_is_detected_and_read(name: str) -> None:
    fmt, total = LAYOUTS[name]
    parsed = read_sample(name)
    assert isinstance(parsed, ParsedFile)
    assert parsed.format == fmt and fmt in FORMATS
    assert parsed.file_name == name
    assert parsed.sha256 == hashlib.sha256(sample(name).read_bytes()).hexdigest()
    assert (parsed.rows_total, len(parsed.rows), parsed.errors) == (total, total, [])
    for row in parsed.rows:
        t = row.transaction
        assert t.amount_fen >= 0 and isinstance(t.amount_fen, int)
        assert t.occurred_at.utcoffset() is not None
        assert t.source == ("wechat" if fmt.startswith("wechat") else "alipay")
        assert (row.repayment is not None) == (t.kind in ("repayment", "repayment_failed"))


def test_zip_reads_like_its_content_but_hashes_the_zip() -> None:
    inner = read_sample("alipay_app_2023.csv")
    outer = read_sample("alipay_app_2023.zip")
    assert outer.rows == inner.rows
    assert outer.sha256 != inner.sha256
    assert outer.file_name == "alipay_app_2023.zip"


def test_detection_ignores_the_file_name() -> None:
    data = sample("wechat.csv").read_bytes()
    assert read_bill_bytes(data, "alipay_record.xlsx").format == "wechat_csv"
    xlsx = sample("wechat_2025.xlsx").read_bytes()
    assert read_bill_bytes(xlsx, "bill.csv").format == "wechat_xlsx_2025"
    alipay = sample("alipay_web.csv").read_bytes()
    assert read_bill_bytes(alipay, "微信支付账单.csv").format == "alipay_web"


def test_file_and_bytes_agree() -> None:
    data = sample("alipay_app_2021.csv").read_bytes()
    assert read_bill_bytes(data, "alipay_app_2021.csv") == read_sample("alipay_app_2021.csv")


def test_alipay_reencoded_as_utf8_reads_the_same() -> None:
    gbk = sample("alipay_app_2023.csv").read_bytes()
    text = gbk.decode("gbk")
    for data in (text.encode("utf-8"), text.encode("utf-8-sig"), text.encode("gb18030")):
        assert read_bill_bytes(data, "x.csv").rows == read_sample("alipay_app_2023.csv").rows


def test_wechat_reencoded_as_gbk_reads_the_same() -> None:
    text = sample("wechat.csv").read_bytes().decode("utf-8-sig")
    parsed = read_bill_bytes(text.encode("gb18030"), "x.csv")
    assert parsed.rows == read_sample("wechat.csv").rows


def test_row_errors_name_line_field_and_value_while_the_rest_imports() -> None:
    parsed = read_sample("alipay_bad_rows.csv")
    assert parsed.rows_total == 9
    assert [r.line for r in parsed.rows] == [25, 30, 32]
    assert [(e.line, e.msg.code) for e in parsed.errors] == [
        (26, "importers.row.bad_amount"),
        (27, "importers.row.bad_time"),
        (28, "importers.row.amount_decimals"),
        (29, "importers.row.bad_direction"),
        (31, "importers.row.field_count"),
        (33, "importers.row.amount_negative"),
    ]
    first = parsed.errors[0].msg
    assert dict(first.params) == {"field": "金额", "value": "12.3.4"}
    assert first.render("en") == "金额 “12.3.4” is not an amount of money."
    assert first.render("zh_CN") == "金额“12.3.4”不是有效金额。"
    assert parsed.errors[1].msg.params["value"] == "2026-02-30 10:00:00"
    assert dict(parsed.errors[4].msg.params) == {"found": 5, "expected": 12}


def test_unknown_csv_is_refused_with_the_supported_formats() -> None:
    error = refusal(sample("unknown.csv").read_bytes(), "unknown.csv")
    assert error.msg.code == "importers.unknown_format"
    english = error.msg.render("en")
    assert "Alipay 交易明细 CSV (app or web export)" in english
    assert "WeChat Pay 账单 CSV/XLSX" in english
    assert "支付宝交易明细 CSV" in error.msg.render("zh_CN")
    assert isinstance(error, ValueError)
    assert str(error) == english


def test_excel_resaved_file_is_refused_with_how_to_export_again() -> None:
    error = refusal(sample("alipay_excel_resaved.csv").read_bytes(), "alipay.csv")
    assert error.msg.code == "importers.excel_resaved"
    assert error.msg.params["example"] == "2026/1/2 4:56"
    assert "Export the bill again" in error.msg.render("en")
    assert "不要用 Excel 打开后再保存" in error.msg.render("zh_CN")


def test_one_excel_style_time_is_only_a_row_error() -> None:
    text = sample("alipay_app_2023.csv").read_bytes().decode("gbk")
    text = text.replace("2025-06-30 21:14:05", "2025/6/30 21:14", 1)
    parsed = read_bill_bytes(text.encode("gbk"), "x.csv")
    assert [(e.line, e.msg.code) for e in parsed.errors] == [(26, "importers.row.bad_time")]
    assert len(parsed.rows) == 29


def test_times_without_seconds_mean_excel() -> None:
    text = sample("wechat.csv").read_bytes().decode("utf-8-sig")
    lines = text.split("\n")
    lines[17:] = [line[:16] + line[19:] for line in lines[17:] if line]  # drop ":SS"
    error = refusal("\n".join(lines).encode("utf-8"))
    assert error.msg.code == "importers.excel_resaved"
    assert error.msg.params["example"] == "2024-05-28 21:05"


def test_no_readable_row_is_refused_and_says_why() -> None:
    error = refusal(sample("alipay_all_bad.csv").read_bytes(), "all_bad.csv")
    assert error.msg.code == "importers.no_readable_rows"
    assert (error.msg.params["count"], error.msg.params["line"]) == (2, 25)
    assert error.msg.render("en").endswith("金额 “三十五” is not an amount of money.")
    assert "金额“三十五”不是有效金额" in error.msg.render("zh_CN")


def test_header_only_file_is_an_empty_bill() -> None:
    text = sample("alipay_app_2023_2026.csv").read_bytes().decode("gbk")
    head = "\n".join(text.split("\n")[:24]) + "\n"
    parsed = read_bill_bytes(head.encode("gbk"), "x.csv")
    assert (parsed.format, parsed.rows_total, parsed.rows, parsed.errors) == (
        "alipay_app_2023",
        0,
        [],
        [],
    )


def test_missing_required_column_is_named() -> None:
    text = sample("wechat.csv").read_bytes().decode("utf-8-sig")
    error = refusal(text.replace("金额(元)", "Amount").encode("utf-8"), "w.csv")
    assert error.msg.code == "importers.missing_columns"
    assert error.msg.params["columns"] == "金额(元)"
    assert "WeChat Pay 账单 CSV" in error.msg.render("en")
    assert "微信支付账单 CSV" in error.msg.render("zh_CN")


def test_password_required_and_wrong_password() -> None:
    data = sample("alipay_app_2023.zip").read_bytes()
    for password in (None, ""):
        assert refusal(data, "a.zip", password).msg.code == "importers.password_required"
    assert refusal(data, "a.zip", "654321").msg.code == "importers.wrong_password"
    xlsx_zip = sample("wechat_2026.zip").read_bytes()
    assert refusal(xlsx_zip, "w.zip", "000000").msg.code == "importers.wrong_password"
    assert read_bill_bytes(data, "a.zip", PASSWORD).rows_total == 30


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, content in members.items():
            zf.writestr(name, content)
    return buf.getvalue()


def test_plain_zip_needs_no_password_and_skips_junk_members() -> None:
    csv = sample("alipay_app_2021.csv").read_bytes()
    data = _zip({"__MACOSX/._bill.csv": b"junk", ".DS_Store": b"junk", "folder/bill.csv": csv})
    assert read_bill_bytes(data, "bill.zip").format == "alipay_app_2021"


def test_zip_with_an_unreadable_member_then_a_bill() -> None:
    data = _zip({"readme.txt": b"hello", "bill.csv": sample("wechat.csv").read_bytes()})
    assert read_bill_bytes(data, "bill.zip").format == "wechat_csv"


def test_empty_garbage_and_nested_zips_are_refused() -> None:
    assert refusal(_zip({}), "e.zip").msg.code == "importers.zip_empty"
    assert refusal(_zip({"dir/": b""}), "d.zip").msg.code == "importers.zip_empty"
    assert refusal(b"PK\x03\x04garbage", "g.zip").msg.code == "importers.zip_unreadable"
    whole = sample("alipay_app_2023.zip").read_bytes()
    assert (
        refusal(whole[: len(whole) // 2], "t.zip", PASSWORD).msg.code == "importers.zip_unreadable"
    )
    nested = _zip({"inner.zip": _zip({"bill.csv": sample("wechat.csv").read_bytes()})})
    assert refusal(nested, "n.zip").msg.code == "importers.unknown_format"
    only_text = _zip({"notes.txt": b"nothing to see"})
    assert refusal(only_text, "x.zip").msg.code == "importers.unknown_format"


def test_damaged_xlsx_is_refused() -> None:
    data = sample("wechat_2026.xlsx").read_bytes()
    broken = _zip({"[Content_Types].xml": b"<nope", "xl/workbook.xml": b"<nope"})
    assert refusal(broken, "w.xlsx").msg.code == "importers.xlsx_unreadable"
    assert refusal(data[:-200], "w.xlsx").msg.code in (
        "importers.zip_unreadable",
        "importers.xlsx_unreadable",
    )


def test_empty_file_and_missing_file() -> None:
    assert refusal(b"", "empty.csv").msg.code == "importers.file_empty"
    with pytest.raises(BillFileError) as caught:
        read_bill_file(Path("/nonexistent/bill.csv"))
    assert caught.value.msg.code == "importers.cannot_open"
    assert "bill.csv" in caught.value.msg.render("zh_CN")


def test_oversized_files_are_refused(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(archive, "MAX_MEMBER_BYTES", 1000)
    data = sample("alipay_app_2023.zip").read_bytes()
    assert refusal(data, "a.zip", PASSWORD).msg.code == "importers.file_too_large"
    monkeypatch.setattr(reader, "MAX_FILE_BYTES", 1000)
    big = tmp_path / "big.csv"
    big.write_bytes(b"x" * 2000)
    with pytest.raises(BillFileError) as caught:
        read_bill_file(big)
    assert caught.value.msg.code == "importers.file_too_large"


@pytest.mark.parametrize(
    "data",
    [
        b"\x00\x01\x02\x03",
        "交易时间,甲,乙\n2025-01-01 00:00:00,1,2\n".encode(),
        "交易号,something\n".encode("gbk"),
        b"\xff\xfe" + "交易时间,交易分类".encode("utf-16-le"),
    ],
)
def test_unknown_content_is_refused(data: bytes) -> None:
    assert refusal(data).msg.code == "importers.unknown_format"


def test_every_refusal_renders_in_both_languages() -> None:
    errors = [
        refusal(b"", "e.csv"),
        refusal(b"junk", "j.csv"),
        refusal(sample("alipay_excel_resaved.csv").read_bytes()),
        refusal(sample("alipay_all_bad.csv").read_bytes()),
        refusal(sample("alipay_app_2023.zip").read_bytes(), "a.zip"),
        refusal(sample("alipay_app_2023.zip").read_bytes(), "a.zip", "x"),
        refusal(_zip({}), "e.zip"),
    ]
    for error in errors:
        for lang in LANGS:
            text = error.msg.render(lang)
            assert text and "{" not in text


def test_the_cyclic_collector_is_left_as_it_was() -> None:
    data = sample("alipay_app_2021.csv").read_bytes()
    assert gc.isenabled()
    read_bill_bytes(data, "a.csv")
    refusal(b"junk")
    assert gc.isenabled()
    gc.disable()
    try:
        read_bill_bytes(data, "a.csv")
        refusal(b"junk")
        assert not gc.isenabled()
    finally:
        gc.enable()
