"""What a factor stands on, described once: the rows the card, the page and the report show
agree with what the factor scores."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from credithealth.domain.assess import assess
from credithealth.domain.factors import account_security, credit_status, personal_info
from credithealth.domain.factors.evidence import TONES, missing, standing, standing_text
from credithealth.domain.facts import Facts
from credithealth.domain.messages import LANGS
from credithealth.domain.records import SecurityItem
from credithealth.domain.rules import default_rules
from tests.domain.factories import TODAY, bill, clean, with_incident, with_overdue


def test_every_state_has_words_in_both_languages() -> None:
    from credithealth.domain.messages import catalog

    for state in TONES:
        entry = catalog()["evidence_state." + state]
        assert set(entry) == set(LANGS) and all(entry.values())


def test_the_security_checklist_says_what_counts_and_what_is_missing() -> None:
    rules = default_rules()
    f = clean()
    items = {i.key: i for i in f.security_items}
    password = replace(items["password_changed"], done_on=TODAY - timedelta(days=400))
    kept = [i for i in f.security_items if i.key not in {"password_changed", "mfa_enabled"}]
    f = replace(f, security_items=(*kept, password, SecurityItem("mfa_enabled", False)))
    # one item never answered at all
    dropped = kept[0].key
    f = replace(f, security_items=tuple(i for i in f.security_items if i.key != dropped))
    rows = {r.key: r for r in account_security.checklist(f, rules, TODAY)}
    assert list(rows) == list(rules.account_security.points)
    assert rows["password_changed"].state == "due_again"
    assert rows["password_changed"].params["due_on"] == TODAY - timedelta(days=400 - 90)
    assert rows["mfa_enabled"].state == "not_done"
    assert rows[dropped].state == "not_answered" and rows[dropped].tone == "warn"
    # the rows count exactly what the factor scores
    for key, row in rows.items():
        item = next((i for i in f.security_items if i.key == key), None)
        assert row.counts == account_security.item_counts(item, rules, TODAY, False)
    assert rows["password_changed"].value.render("en") == "× due again"
    assert rows[dropped].value.render("zh_CN") == "? 尚未填写"


def test_incidents_are_open_until_resolved_on_the_day() -> None:
    f = with_incident(clean(), resolved=TODAY)
    (row,) = account_security.incident_rows(f, TODAY)
    assert (row.state, row.params["resolved_on"]) == ("resolved", TODAY)
    (row,) = account_security.incident_rows(f, TODAY - timedelta(days=1))
    assert (row.state, row.tone, row.params["resolved_on"]) == ("open", "bad", None)


def test_the_profile_checklist_tells_missing_from_not_done() -> None:
    rules = default_rules()
    f = clean()
    first, second, *rest = f.profile_items
    f = replace(f, profile_items=(replace(second, done=False), *rest))
    rows = {r.key: r for r in personal_info.checklist(f, rules)}
    assert rows[first.key].state == "not_answered"
    assert rows[second.key].state == "not_done"
    assert all(rows[i.key].state == "done" for i in rest if i.key in rows)
    assert rows[second.key].params["updated_on"] is None


def test_bill_rows_are_the_late_window_oldest_first_with_days_late() -> None:
    rules = default_rules()
    f = with_overdue(clean(), days_ago=20)
    late_due = TODAY - timedelta(days=40)
    f = replace(f, bills=(*f.bills, bill(901, late_due, paid_on=late_due + timedelta(days=3))))
    rows = credit_status.bill_rows(f, rules, TODAY)
    start = TODAY - timedelta(days=rules.credit_status.late_window_days)
    assert [r.params["due_on"] for r in rows] == sorted(
        b.due_on for b in f.bills if b.due_on > start
    )
    by_id = {r.key: r for r in rows}
    assert (by_id["900"].state, by_id["900"].params["days"]) == ("past_due", 20)
    assert (by_id["901"].state, by_id["901"].params["days"]) == ("late", 3)
    assert by_id["901"].value.render("en") == "3 days late"
    assert by_id["900"].value.render("zh_CN") == "逾期未还，已 20 天"
    assert {r.state for r in rows} - {"past_due", "late"} == {"on_time"}


@pytest.mark.parametrize("lang", LANGS)
def test_standing_is_the_band_with_thin_evidence_said_and_none_without_a_band(lang: str) -> None:
    rules = default_rules()
    full = assess(clean(), rules, TODAY).factors["credit_status"]
    assert standing(full) == (standing(full)[0],) and full.evidence == "enough"
    thin_facts = replace(clean(), bills=clean().bills[-2:])
    thin = assess(thin_facts, rules, TODAY).factors["credit_status"]
    assert thin.evidence == "thin"
    assert standing_text(thin, lang).endswith(" · " + standing(thin)[1].render(lang))
    none = assess(Facts(as_of=TODAY), rules, TODAY).factors["credit_status"]
    assert [m.code for m in standing(none)] == ["evidence.none"]
    assert missing(none) == tuple(m.msg for m in none.missing) and missing(none)


def test_a_month_share_of_huabei_rounds_to_the_nearest_percent() -> None:
    from credithealth.domain.factors.consumption import month_huabei_pct
    from credithealth.domain.facts import MonthSpend

    assert month_huabei_pct(MonthSpend("2026-10", 3, 300, 100, 0, 0, 0)) == 33
    assert month_huabei_pct(MonthSpend("2026-10", 3, 300, 200, 0, 0, 0)) == 67
    assert month_huabei_pct(MonthSpend("2026-10", 2, 200, 1, 0, 0, 0)) == 1  # 0.5% rounds up
    assert month_huabei_pct(MonthSpend("2026-10", 0, 0, 0, 0, 0, 0)) == 0


def test_a_credit_report_reads_bad_with_an_overdue_account_and_warn_with_overdue_months() -> None:
    from credithealth.domain.factors.external_credit import report_tone
    from credithealth.domain.records import CreditReport

    assert report_tone(CreditReport(TODAY)) == "good"
    assert report_tone(CreditReport(TODAY, overdue_months_24m=2)) == "warn"
    assert report_tone(CreditReport(TODAY, overdue_accounts=1, overdue_months_24m=2)) == "bad"
