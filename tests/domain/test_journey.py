"""The restore journey: check-up tasks ticked from the facts, the current step from the records."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from credithealth.domain.assess import assess
from credithealth.domain.journey import (
    FINISHED,
    STEPS,
    changes_between,
    checkup_tasks,
    current_step,
    guess_reasons,
    journey,
    track_record,
)
from credithealth.domain.records import Application, Checkup, SecurityItem
from credithealth.domain.rules import default_rules
from tests.domain.factories import (
    TODAY,
    bill,
    clean,
    with_changes,
    with_incident,
    with_overdue,
)

RULES = default_rules()
CHECKED = TODAY - timedelta(days=40)


def tasks_for(reasons: str, facts=None, marks: bool = False):  # type: ignore[no-untyped-def]
    """The check-up's tasks; without ``marks``, leaving out the "factor reaches its mark"
    task each reason ends with (tested on its own)."""
    facts = facts or clean()
    tasks = checkup_tasks(Checkup(CHECKED, reasons, id=1), facts, assess(facts, RULES), RULES)
    return [t for t in tasks if marks or t.code != "factor_mark"]


def test_each_reason_ends_with_its_factor_reaching_its_mark() -> None:
    tasks = tasks_for("overdue,account_risk,frequent_changes", marks=True)
    marks = [t for t in tasks if t.code == "factor_mark"]
    assert [t.reason for t in marks] == ["overdue", "account_risk", "frequent_changes"]
    assert all(t.done for t in marks)
    short = tasks_for("overdue", with_overdue(clean()), marks=True)
    assert short[-1].code == "factor_mark" and not short[-1].done
    assert short[-1].msg.render("en") == "Credit status reaches its mark: 20 now, 70 needed"


def app(days_ago: int, status: str = "pending", decided_days_ago: int | None = None, **kw):  # type: ignore[no-untyped-def]
    decided = TODAY - timedelta(days=decided_days_ago) if decided_days_ago is not None else None
    return Application(TODAY - timedelta(days=days_ago), "app", status, decided, **kw)


# -- tasks ------------------------------------------------------------------------------------


def test_overdue_ticks_a_late_bill_once_it_is_repaid_in_full() -> None:
    open_ = tasks_for("overdue", with_overdue(clean()))
    assert [t.done for t in open_] == [False]
    assert "¥2,300.00" in open_[0].msg.render("en")
    assert open_[0].page == "repayments"
    due = TODAY - timedelta(days=20)
    repaid = replace(
        clean(), bills=(*clean().bills, bill(900, due, paid_on=due + timedelta(days=9)))
    )
    done = tasks_for("overdue", repaid)
    assert [t.done for t in done] == [True]
    assert "repaid in full on " + (due + timedelta(days=9)).isoformat() in done[0].msg.render("en")


def test_overdue_with_nothing_late_is_a_single_ticked_task() -> None:
    tasks = tasks_for("overdue")
    assert [(t.code, t.done) for t in tasks] == [("no_past_due", True)]


def test_a_bill_paid_only_up_to_the_minimum_late_is_still_to_clear() -> None:
    due = TODAY - timedelta(days=30)
    partly = bill(901, due, 100_000, paid_on=due + timedelta(days=3), paid=20_000, min_due=10_000)
    facts = replace(clean(), bills=(*clean().bills, partly))
    tasks = tasks_for("overdue", facts)
    assert [t.done for t in tasks] == [False]
    assert "¥800.00" in tasks[0].msg.render("en")


def test_account_risk_needs_no_open_incident_mfa_fresh_password_and_devices() -> None:
    assert all(t.done for t in tasks_for("account_risk"))
    incident = tasks_for("account_risk", with_incident(clean()))
    assert (incident[0].code, incident[0].done) == ("resolve_incident", False)
    f = clean()
    stale = replace(
        f,
        security_items=tuple(
            SecurityItem(i.key, True, TODAY - timedelta(days=120), 90)
            if i.key == "password_changed"
            else replace(i, done=False)
            if i.key == "devices_reviewed"
            else i
            for i in f.security_items
        ),
    )
    by_code = {t.code: t for t in tasks_for("account_risk", stale)}
    assert by_code["mfa_enabled"].done
    assert not by_code["password_changed"].done
    assert "was due on " + (TODAY - timedelta(days=30)).isoformat() in by_code[
        "password_changed"
    ].msg.render("en")
    assert not by_code["devices_reviewed"].done
    assert by_code["devices_reviewed"].msg.render("zh_CN") == "检查登录设备并移除陌生设备"


def test_frequent_changes_follow_the_blocker_and_the_allowed_count() -> None:
    assert [t.done for t in tasks_for("frequent_changes")] == [True]
    over = tasks_for("frequent_changes", with_changes(clean()))
    assert [t.done for t in over] == [False]
    # the third most recent change (8 days ago) leaves the 30-day window
    until = TODAY - timedelta(days=8) + timedelta(days=30)
    assert until.isoformat() in over[0].msg.render("en")
    within = tasks_for("frequent_changes", with_changes(clean(), (3, 5)))
    assert [t.done for t in within] == [True]
    assert "2 changes" in within[0].msg.render("en")


def test_unknown_reason_takes_the_verdicts_blockers() -> None:
    tasks = tasks_for("unknown", with_overdue(clean()))
    codes = {t.code: t.done for t in tasks}
    assert codes["blocker.current_overdue"] is False
    assert codes["verdict_likely"] is False
    assert all(t.done for t in tasks_for("unknown"))  # a clean record: likely, no blockers


def test_reasons_combine_in_the_catalogues_order_and_empty_means_unknown() -> None:
    tasks = tasks_for("frequent_changes,overdue")
    assert [t.reason for t in tasks] == ["overdue", "frequent_changes"]
    assert {t.reason for t in tasks_for("")} == {"unknown"}
    assert checkup_tasks(None, clean(), assess(clean(), RULES), RULES) == ()
    assert [t.reason for t in tasks_for("frequent_changes,overdue", marks=True)] == [
        "overdue",
        "overdue",
        "frequent_changes",
        "frequent_changes",
    ]


# -- the current step -----------------------------------------------------------------------------


def test_current_step_follows_the_records() -> None:
    checkup = Checkup(CHECKED, "overdue", id=1)
    todo = tasks_for("overdue", with_overdue(clean()))
    done = tasks_for("overdue")
    assert current_step(None, (), None) == "check"
    assert current_step(checkup, todo, None) == "fix"
    assert current_step(checkup, done, None) == "apply"
    assert current_step(checkup, done, app(2)) == "wait"
    assert current_step(checkup, done, app(5, "refused", 2)) == "result"
    assert current_step(checkup, done, app(5, "approved", 2)) == FINISHED
    # a check-up after the refusal starts a new round (the same day counts)
    again = Checkup(TODAY - timedelta(days=2), "overdue", id=2)
    assert current_step(again, todo, app(5, "refused", 2)) == "fix"
    assert current_step(again, done, app(5, "refused", 2)) == "apply"
    # a check-up taken before a pending attempt does not end the wait
    assert current_step(again, done, app(1)) == "wait"


def test_journey_marks_steps_done_current_next_and_the_decision_window() -> None:
    f = clean()
    j = journey([Checkup(CHECKED, "overdue", id=1)], [app(3, id=4)], f, assess(f, RULES), RULES)
    assert j.current == "wait"
    assert [j.status[s] for s in STEPS] == ["done", "done", "done", "current", "next"]
    assert j.window is not None
    # submitted Monday 2026-11-23: 1–3 working days
    assert (j.window.earliest, j.window.latest) == (date(2026, 11, 24), date(2026, 11, 26))
    finished = journey(
        [Checkup(CHECKED, "overdue", id=1)],
        [app(9, "approved", 7, id=4)],
        f,
        assess(f, RULES),
        RULES,
    )
    assert set(finished.status.values()) == {"done"}
    assert finished.window is None


def test_apply_is_suggested_only_when_likely() -> None:
    likely = clean()
    blocked = with_overdue(clean())
    cu = [Checkup(CHECKED, "account_risk", id=1)]
    assert journey(cu, [], likely, assess(likely, RULES), RULES).apply_suggested
    assert not journey(cu, [], blocked, assess(blocked, RULES), RULES).apply_suggested


# -- after a refusal ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("feedback", "reasons"),
    [
        ("您有逾期未还款项，请还清后再试", ("overdue",)),
        ("账户存在安全风险", ("account_risk",)),
        ("检测到账户异常", ("account_risk",)),
        ("近期频繁修改个人信息", ("frequent_changes",)),
        ("逾期且账户异常", ("overdue", "account_risk")),
        ("综合评估未通过，请保持良好的信用记录后再试", ("unknown",)),
        ("", ("unknown",)),
        ("Refused: account security risk", ("account_risk",)),
    ],
)
def test_reasons_are_guessed_from_the_feedback(feedback: str, reasons: tuple[str, ...]) -> None:
    assert guess_reasons(feedback) == reasons


def test_changes_between_two_assessments_have_arrows() -> None:
    before = assess(with_incident(with_overdue(clean())), RULES)
    after = assess(clean(), RULES)
    ch = changes_between(before, after, RULES)
    by_key = {c.key: c for c in ch.factors}
    assert by_key["credit_status"].arrow == "↑"
    assert by_key["credit_status"].crossed
    assert by_key["personal_info"].arrow == "→"
    assert by_key["overall"].after == after.overall
    assert set(ch.cleared_blockers) == {"current_overdue", "security_incident_open"}
    assert ch.new_blockers == ()
    assert (ch.verdict_before, ch.verdict_after) == ("blocked", "likely")
    assert changes_between(after, before, RULES).factors[0].arrow == "↓"


def test_track_record_counts_how_often_likely_was_right() -> None:
    apps = [
        app(90, "approved", 88, predicted_verdict="likely"),
        app(60, "refused", 58, predicted_verdict="likely"),
        app(40, "approved", 38, predicted_verdict="likely"),
        app(30, "approved", 28, predicted_verdict="not_yet"),
        app(20, "refused", 18, predicted_verdict="blocked"),
        app(2, "pending", predicted_verdict="likely"),
        app(10, "refused", 9),
    ]
    tr = track_record(apps)
    assert (tr.decided, tr.likely, tr.likely_right, tr.likely_wrong) == (6, 3, 2, 1)
    assert [a.predicted_verdict for a in tr.surprises] == ["not_yet"]
