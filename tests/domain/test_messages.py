from __future__ import annotations

import re
from datetime import date

import pytest

from credithealth.domain.messages import LANGS, Msg, catalog, norm_lang


def test_every_message_has_both_languages_with_the_same_fields() -> None:
    field = re.compile(r"\{(\w+)(?:@\w+)?\}")
    for code, entry in catalog().items():
        assert set(entry) == set(LANGS), code
        assert entry["zh_CN"].strip() and entry["en"].strip(), code
        assert set(field.findall(entry["en"])) == set(field.findall(entry["zh_CN"])), code


def test_money_and_dates_render_in_the_app_format() -> None:
    m = Msg(
        "blocker.reapply_cooldown", {"refused_on": date(2026, 8, 17), "until": date(2026, 8, 31)}
    )
    assert "2026-08-31" in m.render("zh_CN")
    m2 = Msg("signal.past_due", {"amount_fen": 123456, "count": 1, "since": date(2026, 6, 10)})
    assert "¥1,234.56" in m2.render("en")


def test_lookups_render_item_names() -> None:
    assert (
        Msg("action.complete_profile", {"key": "housing_fund"}).render("zh_CN")
        == "完善个人信息：公积金"
    )


def test_unknown_code_is_a_bug() -> None:
    with pytest.raises(KeyError):
        Msg("no.such.code").render("en")


@pytest.mark.parametrize(
    ("raw", "lang"),
    [("zh_CN.UTF-8", "zh_CN"), ("zh", "zh_CN"), ("en_US", "en"), ("C", "en"), (None, "en")],
)
def test_norm_lang(raw: str | None, lang: str) -> None:
    assert norm_lang(raw) == lang
