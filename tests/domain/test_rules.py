from __future__ import annotations

import pytest

from credithealth.domain.rules import RulesError, default_rules, parse_rules
from credithealth.paths import resource


def text() -> str:
    return resource("rules.toml").read_text(encoding="utf-8")


def test_shipped_rules_load_with_the_documented_defaults() -> None:
    r = default_rules()
    assert sum(r.overall.weights.values()) == 100
    assert r.personal_info.max_changes_in_window == 2
    assert r.personal_info.change_window_days == 30
    assert r.applications.cooldown_days == 14
    assert r.account_security.password_renew_days == 90


def test_missing_key_is_named() -> None:
    with pytest.raises(RulesError, match=r"credit_status\.base"):
        parse_rules(text().replace("base = 100\n", ""))


def test_unknown_key_is_named() -> None:
    with pytest.raises(RulesError, match="surprise"):
        parse_rules(text().replace("[credit_status]\n", "[credit_status]\nsurprise = 1\n"))


def test_weights_must_add_up() -> None:
    with pytest.raises(RulesError, match="add up to 100"):
        parse_rules(text().replace("credit_status = 35", "credit_status = 36"))


def test_negative_and_float_values_are_refused() -> None:
    with pytest.raises(RulesError, match="whole number"):
        parse_rules(text().replace("cooldown_days = 14", "cooldown_days = 1.5"))
    with pytest.raises(RulesError, match="whole number"):
        parse_rules(text().replace("cooldown_days = 14", "cooldown_days = -1"))


def test_bad_toml_is_a_rules_error() -> None:
    with pytest.raises(RulesError, match="not valid TOML"):
        parse_rules("[[[")
