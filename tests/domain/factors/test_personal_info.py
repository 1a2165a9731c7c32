from __future__ import annotations

from datetime import date, timedelta

from credithealth.domain.factors.personal_info import block_after_change
from credithealth.domain.rules import default_rules

TODAY = date(2026, 11, 26)


def test_a_third_change_in_the_window_blocks_until_the_oldest_ages_out() -> None:
    rules = default_rules()
    window = rules.personal_info.change_window_days
    earlier = [TODAY - timedelta(days=10), TODAY - timedelta(days=3)]
    count, clears = block_after_change(earlier, TODAY, rules, TODAY)
    assert count == rules.personal_info.max_changes_in_window + 1
    # the block lasts until the oldest of the three leaves the window
    assert clears == TODAY - timedelta(days=10) + timedelta(days=window)


def test_changes_within_the_allowance_do_not_block() -> None:
    rules = default_rules()
    count, clears = block_after_change([TODAY - timedelta(days=5)], TODAY, rules, TODAY)
    assert (count, clears) == (2, None)


def test_changes_outside_the_window_do_not_count() -> None:
    rules = default_rules()
    old = TODAY - timedelta(days=rules.personal_info.change_window_days)
    count, clears = block_after_change([old, old], TODAY, rules, TODAY)
    assert (count, clears) == (1, None)
