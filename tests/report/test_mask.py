from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from credithealth.report.mask import mask_emails, mask_name, mask_numbers, mask_text


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("电话13800138000", "电话138****8000"),
        ("138 0013 8000", "138****8000"),
        ("+86 138-0013-8000", "+86 138****8000"),
        ("卡号 6222021234567890123", "卡号 ****0123"),
        ("6217 0012 3456 7890", "****7890"),
        ("身份证 11010519491231002X", "身份证 ****002X"),
        ("订单 20260610220012345678901234", "订单 ****1234"),
        ("01088886666", "****6666"),  # 11 digits that are no mobile number: still masked
        ("尾号 4321", "尾号 4321"),  # already short: stays
        ("2026-06-10 至 2026-07-02", "2026-06-10 至 2026-07-02"),  # dates are no numbers to hide
        ("¥1,234,567.89", "¥1,234,567.89"),
        ("１３８００１３８０００", "****８０００"),  # full-width digits: masked as a long run
    ],
)
def test_numbers(text: str, masked: str) -> None:
    assert mask_numbers(text) == masked


def test_emails_keep_a_little_of_the_local_part() -> None:
    assert mask_emails("写信到 zhangsan@example.com") == "写信到 zha***@example.com"
    assert mask_emails("a@b.cn") == "a***@b.cn"
    assert mask_emails("no mail here @ all") == "no mail here @ all"


def test_a_mobile_number_as_an_email_id() -> None:
    assert mask_text("13800138000@163.com") == "138***@163.com"


def test_name() -> None:
    assert mask_name("张伟您好，张伟", "张伟") == "张*您好，张*"
    assert mask_name("Dear Wei Zhang", "Wei Zhang") == "Dear W********"
    assert mask_name("text", "  ") == "text"
    assert mask_text("张伟 13800138000", name="张伟") == "张* 138****8000"


def test_masking_twice_changes_nothing() -> None:
    text = "张伟 13800138000 6222021234567890123 zhangsan@example.com"
    once = mask_text(text, name="张伟")
    assert mask_text(once, name="张伟") == once


LONG_RUN = re.compile(r"\d{11,}")


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(alphabet="0123456789", min_size=1, max_size=25),
            st.text(alphabet="0123456789 -", min_size=1, max_size=30),
            st.text(min_size=0, max_size=12),
            st.sampled_from(["尾号", "卡号", "@", ".com", "X", " ", "-", "１２３４５６７８９０"]),
        ),
        max_size=8,
    ).map("".join)
)
def test_masked_text_never_holds_eleven_digits_in_a_row(text: str) -> None:
    out = mask_text(text)
    assert not LONG_RUN.search(out), (text, out)
    # and no run of 11 or more digits from the input survives anywhere in it
    for run in LONG_RUN.findall(text):
        assert run not in out
