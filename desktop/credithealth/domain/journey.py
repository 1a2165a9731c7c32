"""The restore journey: five steps, where the user stands, and what is left to do.

1 自查原因 check    find why the line was limited (a check-up names the reasons)
2 解决问题 fix      clear what each reason asks for
3 提交申请 apply    Alipay → 我的 → 花呗 → 我的额度 → 恢复额度 / 账户状态, or customer service
4 等待审核 wait     1–3 Chinese working days
5 结果通知 result   SMS or app notice; after a refusal, check again and maybe re-apply

Everything here is a pure function of records, facts, the assessment and the
rules: the step shown as current follows the records, and each check-up task is
ticked from the records rather than by hand.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from credithealth.domain.factors.account_security import item_counts, renewal_due_on
from credithealth.domain.factors.personal_info import changes_in_window
from credithealth.domain.facts import Facts
from credithealth.domain.messages import Msg
from credithealth.domain.records import CHECKUP_REASONS, Application, Checkup
from credithealth.domain.results import Assessment
from credithealth.domain.rules import FACTORS, Rules
from credithealth.domain.workdays import DecisionWindow, decision_window

STEPS = ("check", "fix", "apply", "wait", "result")
FINISHED = "finished"  # the current "step" once the line was restored

# the security items a check-up for account risk asks for, in the order they are done
RISK_ITEMS = ("mfa_enabled", "password_changed", "devices_reviewed")

# Words in a refusal's feedback that name a reason, checked in this order. Chinese is
# what the SMS says; English covers a user who translated it.
FEEDBACK_KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("overdue", ("逾期", "欠款", "未还", "overdue", "late payment")),
    ("account_risk", ("安全", "风险", "异常", "盗", "security", "risk", "abnormal")),
    ("frequent_changes", ("信息", "修改", "变更", "资料", "information", "change")),
)


@dataclass(frozen=True)
class Task:
    """One thing a check-up reason asks for, ticked from the records."""

    reason: str
    code: str
    msg: Msg
    done: bool
    page: str = ""  # the page where it is done (repayments, security, profile, overview)


@dataclass(frozen=True)
class Journey:
    """Where the user stands on the five steps."""

    current: str  # one of STEPS, or FINISHED
    status: dict[str, str]  # step -> "done" / "current" / "next"
    checkup: Checkup | None
    tasks: tuple[Task, ...]
    attempt: Application | None  # the latest application, if any
    window: DecisionWindow | None  # for a pending attempt: when the decision is due
    apply_suggested: bool  # the estimate says "likely"

    @property
    def tasks_done(self) -> int:
        return sum(1 for t in self.tasks if t.done)

    @property
    def current_index(self) -> int:
        return STEPS.index(self.current) if self.current in STEPS else len(STEPS)


# -- step 1: the check-up's tasks ------------------------------------------------------


def _overdue_tasks(facts: Facts, rules: Rules) -> list[Task]:
    on = facts.as_of
    window_start = on - timedelta(days=rules.credit_status.late_window_days)
    late = [
        b for b in facts.bills if b.past_due_on(on) or (b.late_on(on) and b.due_on > window_start)
    ]
    if not late:
        return [Task("overdue", "no_past_due", Msg("journey.task.no_past_due"), True, "repayments")]
    tasks = []
    for b in sorted(late, key=lambda b: (b.due_on, b.bill_id)):
        base = {"account": b.account_name, "period": b.period, "due_on": b.due_on}
        if b.past_due_on(on):
            msg = Msg("journey.task.clear_bill", {**base, "amount_fen": b.unpaid_fen()})
            tasks.append(Task("overdue", "clear_bill", msg, False, "repayments"))
        else:
            msg = Msg("journey.task.bill_cleared", {**base, "cleared_on": b.cleared_on})
            tasks.append(Task("overdue", "clear_bill", msg, True, "repayments"))
    return tasks


def _risk_tasks(facts: Facts, rules: Rules) -> list[Task]:
    on = facts.as_of
    open_incidents = sorted(
        (
            e
            for e in facts.incidents
            if e.occurred_on <= on and (e.resolved_on is None or e.resolved_on > on)
        ),
        key=lambda e: e.occurred_on,
    )
    tasks = [
        Task(
            "account_risk",
            "resolve_incident",
            Msg("journey.task.resolve_incident", {"kind": e.kind, "since": e.occurred_on}),
            False,
            "security",
        )
        for e in open_incidents
    ]
    if not open_incidents:
        tasks.append(
            Task(
                "account_risk",
                "no_open_incident",
                Msg("journey.task.no_open_incident"),
                True,
                "security",
            )
        )
    items = {i.key: i for i in facts.security_items}
    for key in RISK_ITEMS:
        item = items.get(key)
        done = item_counts(item, rules, on, upkeep=False)
        if done:
            msg = Msg("journey.task.security_done", {"key": key})
        elif item is not None and item.done:  # done once, due again (the password)
            msg = Msg("journey.task.password_expired", {"due_on": renewal_due_on(item, rules)})
        else:
            msg = Msg("journey.task.security_todo", {"key": key})
        tasks.append(Task("account_risk", key, msg, done, "security"))
    return tasks


def _change_tasks(facts: Facts, assessment: Assessment, rules: Rules) -> list[Task]:
    pr = rules.personal_info
    count = len(changes_in_window(facts, rules, facts.as_of))
    block = next((b for b in assessment.blockers if b.code == "recent_profile_change"), None)
    params = {"count": count, "days": pr.change_window_days, "max": pr.max_changes_in_window}
    if block is None and count <= pr.max_changes_in_window:
        msg = Msg("journey.task.changes_ok", params)
        return [Task("frequent_changes", "changes_within_limit", msg, True, "profile")]
    until = block.params.get("until") if block is not None else None
    msg = Msg("journey.task.changes_over", {**params, "until": until or facts.as_of})
    return [Task("frequent_changes", "changes_within_limit", msg, False, "profile")]


# the factor each check-up reason is about: step 2 is done only when it no longer holds
# the verdict back (at its mark, on enough evidence, and blocking nothing)
REASON_FACTOR = {
    "overdue": "credit_status",
    "account_risk": "account_security",
    "frequent_changes": "personal_info",
}
_FACTOR_PAGES = {
    "credit_status": "repayments",
    "account_security": "security",
    "personal_info": "profile",
}


def _factor_task(reason: str, assessment: Assessment) -> Task:
    key = REASON_FACTOR[reason]
    f = assessment.factors[key]
    factor = Msg(f"factor.{key}")
    missing = f.missing[0].msg if f.missing else Msg(f"evidence.{f.evidence}")
    params = {"factor": factor, "score": f.score, "threshold": f.threshold}
    if not f.has_data:
        msg = Msg("journey.task.factor_no_data", {"factor": factor, "missing": missing})
    elif f.evidence != "enough":
        msg = Msg("journey.task.factor_thin", {"factor": factor, "missing": missing})
    elif f.score < f.threshold:
        msg = Msg("journey.task.factor_mark", params)
    else:
        msg = Msg("journey.task.factor_mark_met", params)
    return Task(reason, "factor_mark", msg, f.passed, _FACTOR_PAGES[key])


_BLOCKER_PAGES = {
    "current_overdue": "repayments",
    "security_incident_open": "security",
    "recent_profile_change": "profile",
    "external_overdue": "scores",
}


def _unknown_tasks(assessment: Assessment) -> list[Task]:
    tasks = [
        Task("unknown", "blocker." + b.code, b.msg, False, _BLOCKER_PAGES.get(b.code, ""))
        for b in assessment.blockers
    ]
    if not assessment.blockers:
        tasks.append(Task("unknown", "no_blockers", Msg("journey.task.no_blockers"), True))
    likely = assessment.verdict == "likely"
    if likely:
        msg = Msg("journey.task.verdict_likely")
    elif assessment.actions:
        msg = Msg("journey.task.verdict_next", {"action": assessment.actions[0].msg})
    elif assessment.projected_ready_on is not None:
        msg = Msg("journey.task.verdict_wait", {"on": assessment.projected_ready_on})
    else:
        msg = Msg("journey.task.verdict_likely")
    page = assessment.actions[0].page if not likely and assessment.actions else "overview"
    tasks.append(Task("unknown", "verdict_likely", msg, likely, page))
    return tasks


def checkup_tasks(
    checkup: Checkup | None, facts: Facts, assessment: Assessment, rules: Rules
) -> tuple[Task, ...]:
    """What each reason of the check-up asks for, ticked from the facts (as of their date)."""
    if checkup is None:
        return ()
    reasons = [r for r in CHECKUP_REASONS if r in checkup.reason_set] or ["unknown"]
    tasks: list[Task] = []
    for reason in reasons:
        if reason == "overdue":
            tasks += _overdue_tasks(facts, rules)
        elif reason == "account_risk":
            tasks += _risk_tasks(facts, rules)
        elif reason == "frequent_changes":
            tasks += _change_tasks(facts, assessment, rules)
        else:
            tasks += _unknown_tasks(assessment)
        if reason in REASON_FACTOR:
            tasks.append(_factor_task(reason, assessment))
    return tuple(tasks)


# -- where the user stands ------------------------------------------------------------------


def latest_checkup(checkups: Iterable[Checkup]) -> Checkup | None:
    return max(checkups, key=lambda c: (c.taken_on, c.id or 0), default=None)


def latest_attempt(applications: Iterable[Application]) -> Application | None:
    return max(applications, key=lambda a: (a.submitted_on, a.id or 0), default=None)


def decided_on(app: Application) -> date:
    return app.decided_on or app.submitted_on


def current_step(
    checkup: Checkup | None, tasks: Sequence[Task], attempt: Application | None
) -> str:
    """The step the records say the user is on.

    A pending attempt is being reviewed; a decision newer than the latest check-up
    ends the round (approved: finished; refused: the result asks for a new check-up);
    otherwise the check-up's tasks say whether to fix or apply.
    """
    rechecked = (
        attempt is not None
        and checkup is not None
        and attempt.status != "pending"
        and checkup.taken_on >= decided_on(attempt)
    )
    if attempt is not None and not rechecked:
        if attempt.status == "pending":
            return "wait"
        return FINISHED if attempt.status == "approved" else "result"
    if checkup is None:
        return "check"
    if not all(t.done for t in tasks):
        return "fix"
    return "apply"


def journey(
    checkups: Iterable[Checkup],
    applications: Iterable[Application],
    facts: Facts,
    assessment: Assessment,
    rules: Rules,
) -> Journey:
    checkup = latest_checkup(checkups)
    attempt = latest_attempt(applications)
    tasks = checkup_tasks(checkup, facts, assessment, rules)
    current = current_step(checkup, tasks, attempt)
    index = STEPS.index(current) if current in STEPS else len(STEPS)
    status = {
        step: "done" if i < index else "current" if i == index else "next"
        for i, step in enumerate(STEPS)
    }
    window = None
    if attempt is not None and attempt.status == "pending":
        ar = rules.applications
        window = decision_window(
            attempt.submitted_on, ar.review_workdays_min, ar.review_workdays_max
        )
    return Journey(
        current=current,
        status=status,
        checkup=checkup,
        tasks=tasks,
        attempt=attempt,
        window=window,
        apply_suggested=assessment.verdict == "likely" and assessment.pending_application is None,
    )


# -- after a refusal ------------------------------------------------------------------------


def guess_reasons(feedback: str) -> tuple[str, ...]:
    """The check-up reasons a refusal's feedback names; ("unknown",) when it names none."""
    text = feedback.lower()
    found = [reason for reason, words in FEEDBACK_KEYWORDS if any(w in text for w in words)]
    return tuple(found) or ("unknown",)


@dataclass(frozen=True)
class FactorChange:
    key: str  # a factor, or "overall"
    before: int
    after: int
    threshold: int

    @property
    def delta(self) -> int:
        return self.after - self.before

    @property
    def arrow(self) -> str:
        return "↑" if self.delta > 0 else "↓" if self.delta < 0 else "→"

    @property
    def crossed(self) -> bool:
        """It reached its threshold since (or fell below it)."""
        return (self.before >= self.threshold) != (self.after >= self.threshold)


@dataclass(frozen=True)
class Changes:
    """What moved between two assessments (the last attempt's day, and now)."""

    factors: tuple[FactorChange, ...]  # every factor, then "overall"
    verdict_before: str
    verdict_after: str
    cleared_blockers: tuple[str, ...]
    new_blockers: tuple[str, ...]


def changes_between(before: Assessment, after: Assessment, rules: Rules) -> Changes:
    factors = [
        FactorChange(k, before.factors[k].score, after.factors[k].score, rules.threshold(k))
        for k in FACTORS
    ]
    factors.append(FactorChange("overall", before.overall, after.overall, rules.overall.threshold))
    b_codes = [b.code for b in before.blockers]
    a_codes = [b.code for b in after.blockers]
    return Changes(
        factors=tuple(factors),
        verdict_before=before.verdict,
        verdict_after=after.verdict,
        cleared_blockers=tuple(c for c in b_codes if c not in a_codes),
        new_blockers=tuple(c for c in a_codes if c not in b_codes),
    )


# -- predicted vs actual ----------------------------------------------------------------------


@dataclass(frozen=True)
class TrackRecord:
    """How the app's predictions compared with the decisions."""

    decided: int
    likely: int  # decided attempts the app called "likely"
    likely_right: int  # ... that were approved
    surprises: tuple[Application, ...]  # called not_yet or blocked, approved all the same

    @property
    def likely_wrong(self) -> int:
        return self.likely - self.likely_right


def track_record(applications: Iterable[Application]) -> TrackRecord:
    decided = [a for a in applications if a.status != "pending"]
    likely = [a for a in decided if a.predicted_verdict == "likely"]
    surprises = tuple(
        a
        for a in decided
        if a.predicted_verdict in ("not_yet", "blocked") and a.status == "approved"
    )
    return TrackRecord(
        decided=len(decided),
        likely=len(likely),
        likely_right=sum(1 for a in likely if a.status == "approved"),
        surprises=surprises,
    )
