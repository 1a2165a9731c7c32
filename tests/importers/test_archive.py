"""The zips the apps send: AES-encrypted, sometimes plain, sometimes damaged."""

from __future__ import annotations

import io
import zipfile

import pytest
import pyzipper

from credithealth.importers import archive
from credithealth.importers.errors import BillFileError
from tests.importers.support import PASSWORD, sample


def _aes(members: dict[str, bytes], password: bytes = b"123456") -> bytes:
    buf = io.BytesIO()
    with pyzipper.AESZipFile(
        buf, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES
    ) as zf:
        zf.setpassword(password)
        for name, content in members.items():
            zf.writestr(name, content)
    return buf.getvalue()


def _codes(data: bytes, password: str | None) -> str:
    with pytest.raises(BillFileError) as caught:
        list(archive.bill_members(data, "x.zip", password))
    return caught.value.msg.code


def test_signatures() -> None:
    assert archive.is_zip(sample("alipay_app_2023.zip").read_bytes())
    assert archive.is_zip(sample("wechat_2025.xlsx").read_bytes())
    assert not archive.is_zip(sample("wechat.csv").read_bytes())
    assert archive.is_xlsx(sample("wechat_2025.xlsx").read_bytes(), "w.xlsx")
    assert not archive.is_xlsx(sample("wechat_2026.zip").read_bytes(), "w.zip")


def test_members_decrypt_with_the_password() -> None:
    data = sample("alipay_app_2023.zip").read_bytes()
    [(name, content)] = list(archive.bill_members(data, "a.zip", PASSWORD))
    assert name == "alipay_record_20250702_091527.csv"
    assert content == sample("alipay_app_2023.csv").read_bytes()


def test_unicode_member_names() -> None:
    data = sample("wechat_2026.zip").read_bytes()
    [(name, _)] = list(archive.bill_members(data, "w.zip", PASSWORD))
    assert name == "微信支付账单(20260301-20260531).xlsx"


def test_password_problems() -> None:
    data = _aes({"bill.csv": b"a,b\n"})
    assert _codes(data, None) == "importers.password_required"
    assert _codes(data, "") == "importers.password_required"
    assert _codes(data, "wrong") == "importers.wrong_password"
    assert list(archive.bill_members(data, "x.zip", "123456")) == [("bill.csv", b"a,b\n")]


def test_unencrypted_members_ignore_a_password() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("bill.csv", b"x")
    assert list(archive.bill_members(buf.getvalue(), "x.zip", "123456")) == [("bill.csv", b"x")]


def test_damaged_member_data() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("bill.csv", b"hello world " * 100)
    data = bytearray(buf.getvalue())
    data[60:70] = b"\x00" * 10  # inside the compressed stream
    assert _codes(bytes(data), None) == "importers.zip_unreadable"


def test_damaged_and_empty_archives() -> None:
    assert _codes(b"PK\x05\x06" + b"\x00" * 18, None) == "importers.zip_empty"
    assert _codes(b"PKnot a zip at all", None) == "importers.zip_unreadable"
    with pytest.raises(BillFileError) as caught:
        archive.is_xlsx(b"PK\x03\x04", "x.xlsx")
    assert caught.value.msg.code == "importers.zip_unreadable"
