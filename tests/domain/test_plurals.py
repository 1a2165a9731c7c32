"""English sentences say "1 late bill" and "2 late bills", never "bill(s)"."""

from __future__ import annotations

import re

from credithealth.domain.messages import Msg, catalog


def test_no_sentence_leaves_the_plural_to_the_reader() -> None:
    for code, entry in catalog().items():
        assert "(s)" not in entry["en"], code


def test_plural_forms_follow_the_count() -> None:
    one = Msg("signal.late_bills", {"count": 1, "days": 365}).render("en")
    two = Msg("signal.late_bills", {"count": 2, "days": 365}).render("en")
    assert one == "1 late bill in the last 365 days"
    assert two == "2 late bills in the last 365 days"
    zh = Msg("signal.late_bills", {"count": 1, "days": 365}).render("zh_CN")
    assert "|" not in zh and "1" in zh


def test_every_plural_form_names_a_parameter_of_its_sentence() -> None:
    plural = re.compile(r"\{(\w+)\|[^{}|]*\|[^{}|]*\}")
    field = re.compile(r"\{(\w+)\}")
    for code, entry in catalog().items():
        for name in plural.findall(entry["en"]):
            assert name in field.findall(entry["en"]), code
