"""Every code of a record vocabulary has one name in each language, in labels.toml,
and the UI, the CLI and the report read that one name."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from credithealth.domain import labels
from credithealth.domain.messages import LANGS, catalog
from credithealth.domain.reminders import KINDS as REMINDER_KINDS
from credithealth.domain.rules import default_rules
from credithealth.domain.statutory_holidays import FESTIVALS

LABELS = Path(__file__).resolve().parents[2] / "resources" / "messages" / "labels.toml"


def _vocabularies() -> dict[str, tuple[str, ...]]:
    rules = default_rules()
    return {
        **labels.VOCABULARIES,
        "band": ("excellent", "good", "fair", "poor"),
        "sesame_band": tuple(b.band for b in rules.external_credit.sesame_bands),
        "reminder_kind": REMINDER_KINDS,
        "festival": FESTIVALS,
        "weekday": tuple(str(d) for d in range(7)),
    }


@pytest.mark.parametrize(("vocabulary", "codes"), sorted(_vocabularies().items()))
def test_every_code_has_a_name_in_both_languages(vocabulary: str, codes: tuple[str, ...]) -> None:
    for code in codes:
        entry = catalog()[f"{vocabulary}.{code}"]
        assert all(entry[lang].strip() for lang in LANGS), (vocabulary, code)


def test_labels_toml_holds_the_vocabularies_and_nothing_else() -> None:
    with LABELS.open("rb") as f:
        data = tomllib.load(f)
    vocabularies = _vocabularies()
    assert set(data) == set(vocabularies)
    for vocabulary, names in data.items():
        assert set(names) == set(vocabularies[vocabulary]), vocabulary


def test_a_name_is_defined_once() -> None:
    """No other catalogue names an account kind, status or channel a second time."""
    for code in catalog():
        assert not code.startswith(
            (
                "report.account_kind.",
                "report.account_status.",
                "report.channel.",
                "report.app_status.",
                "report.checkup_reason.",
                "journey.reason.",
            )
        ), code


def test_ui_cli_and_report_use_the_same_words() -> None:
    assert labels.account_kind("credit_card", "zh_CN") == "信用卡"
    assert labels.account_kind("credit_card", "en") == "Credit card"
    assert labels.application_status("refused", "zh_CN") == "被拒绝"
    assert labels.application_channel("app", "zh_CN") == "支付宝App"
    assert labels.checkup_reason("unknown", "zh_CN") == "不清楚"


def test_a_code_the_vocabulary_does_not_know_is_shown_as_stored() -> None:
    assert labels.account_kind("bnpl_2030", "en") == "bnpl_2030"
