"""``build_report``: gather everything the report says, from the store and the domain.

Nothing here draws and nothing writes: the readiness history is assessed in memory
at each month end (the same computation ``store.series.backfill`` stores, without
storing), so making a report never changes the database. Every string passes through
``mask.mask_text`` on the way out (``_scrub``), whatever part of the records it came from.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, is_dataclass, replace
from datetime import date, timedelta
from typing import Any

from sqlite_utils import Database

from credithealth import APP_NAME, APP_NAME_ZH
from credithealth.charts.data import RadarData, SesameData
from credithealth.domain.assess import assess
from credithealth.domain.explain import overall_text, rules_lines, verdict_msg
from credithealth.domain.factors.account_security import renewal_due_on
from credithealth.domain.facts import BillFact, Facts
from credithealth.domain.journey import journey
from credithealth.domain.labels import label
from credithealth.domain.messages import LANGS, Msg
from credithealth.domain.money import format_yuan
from credithealth.domain.records import CHECKUP_REASONS, Application
from credithealth.domain.results import Action, Assessment, Signal
from credithealth.domain.rules import FACTORS, Rules, default_rules
from credithealth.domain.workdays import decision_window, unofficial_note
from credithealth.report.cashout_table import cashout_table
from credithealth.report.mask import mask_text
from credithealth.report.model import (
    ChartSeries,
    Cover,
    FactorScore,
    FactorSection,
    Line,
    ReportModel,
    Section,
    Step,
    Table,
)
from credithealth.report.texts import t
from credithealth.store import series, summary
from credithealth.store.facts import load_facts

RADAR_DAYS_BEFORE = 90
# the readiness chart shows at most this many month ends: wider, an A4 chart gets unreadable
HISTORY_MONTHS = 24
RECENT_CHANGE_DAYS = 90
SESAME_ROWS = 12
PBOC_ROWS = 6
SPENDING_CHART_MONTHS = 12
NOTABLE_ROWS = 20
REPAYMENT_CHART_MONTHS = 24


def points(n: int, lang: str) -> str:
    return t("report.point" if abs(n) == 1 else "report.points", lang, points=f"{n:+d}")


def tone(n: int) -> str:
    return "good" if n > 0 else "bad" if n < 0 else ""


class _Builder:
    def __init__(self, db: Database, on: date, lang: str, rules: Rules) -> None:
        self.db, self.on, self.lang, self.rules = db, on, lang, rules
        self.facts: Facts = load_facts(db, on, rules)
        self.result: Assessment = assess(self.facts, rules, on)

    def t(self, code: str, **params: object) -> str:
        return t(code, self.lang, **params)

    def msg(self, m: Msg) -> str:
        return m.render(self.lang)

    def join(self, items: list[str]) -> str:
        return self.t("report.list_sep").join(items)

    # --- cover -----------------------------------------------------------------------

    def factor_scores(self) -> tuple[FactorScore, ...]:
        out = []
        for key in FACTORS:
            f = self.result.factors[key]
            out.append(
                FactorScore(
                    key=key,
                    name=self.msg(Msg(f"factor.{key}")),
                    score=f.score,
                    band=f.band,
                    band_name=self.msg(
                        Msg(f"band.{f.band}") if f.has_data else Msg("evidence.none")
                    ),
                    threshold=f.threshold,
                    weight=self.rules.overall.weights[key],
                    passed=f.passed,
                    shown="" if f.has_data else "—",
                )
            )
        return tuple(out)

    def pending(self) -> Application | None:
        pend = [a for a in self.facts.applications if a.status == "pending"]
        return pend[-1] if pend else None

    def window_text(self, app: Application) -> tuple[str, str | None]:
        ar = self.rules.applications
        w = decision_window(app.submitted_on, ar.review_workdays_min, ar.review_workdays_max)
        note = unofficial_note(w)
        return (
            self.t(
                "report.pending_since",
                on=app.submitted_on,
                channel=label("application_channel", app.channel, self.lang),
                earliest=w.earliest,
                latest=w.latest,
            ),
            self.msg(note) if note else None,
        )

    def cover(self) -> Cover:
        r = self.result
        if r.projected_ready_on is None and r.projection_needs:
            listed = {m.msg for m in r.missing_evidence}
            extra = [self.msg(m) for m in r.projection_needs if m not in listed]
            needs = self.join(extra or [self.t("report.missing_below")])
            projected = self.t("report.projected_needs", needs=needs)
        elif r.projected_ready_on is None:
            projected = self.t("report.projected_none", days=self.rules.projection.horizon_days)
        elif r.projected_ready_on == self.on and not r.projection_assumes:
            projected = r.projected_ready_on.isoformat()
        elif r.projected_ready_on == self.on:
            projected = self.t("report.projected_today", on=r.projected_ready_on)
        else:
            projected = r.projected_ready_on.isoformat()
        waits = [self.msg(m) for m in r.waits_for] or [self.t("report.nothing_to_wait")]
        blockers = [self.msg(b.msg) for b in r.blockers] or [self.t("report.no_blockers")]
        pending = self.pending()
        pending_text = self.window_text(pending)[0] if pending else self.t("report.none")
        assumes = [self.msg(x.msg) for x in r.projection_assumes]
        missing = [self.msg(m.msg) for m in r.missing_evidence]
        facts = Table(
            columns=("", ""),
            rows=(
                (self.t("report.projected"), projected),
                *([(self.t("report.assumes"), "\n".join(assumes))] if assumes else []),
                (self.t("report.waits_for"), "\n".join(waits)),
                (self.t("report.blockers"), "\n".join(blockers)),
                *([(self.t("report.missing"), "\n".join(missing))] if missing else []),
                (self.t("report.pending_application"), pending_text),
            ),
            align="ll",
            widths=(1, 3),
            title=self.t("report.key_facts"),
        )
        return Cover(
            title=self.t("report.title"),
            app_name=f"{APP_NAME_ZH} {APP_NAME}",
            verdict=r.verdict,
            verdict_short=self.msg(Msg(f"verdict_short.{r.verdict}")),
            verdict_sentence=self.msg(verdict_msg(r)),
            overall=overall_text(r),
            overall_note=self.t("report.overall_mark", threshold=self.rules.overall.threshold),
            data_as_of=self.t("report.data_as_of", on=self.on),
            facts=facts,
            factors=self.factor_scores(),
            disclaimer_title=self.t("report.disclaimer_title"),
            disclaimer=self.t("report.disclaimer"),
        )

    # --- factors -----------------------------------------------------------------------

    def signal_line(self, s: Signal) -> Line:
        return Line(
            self.msg(s.msg), points(s.impact, self.lang) if s.impact else "", tone(s.impact)
        )

    def gain_text(self, a: Action) -> str:
        parts = []
        if a.gain is None:
            parts.append(self.t("report.gain_unknown"))
        elif a.gain:
            parts.append(points(a.gain, self.lang))
        if a.makes_likely:
            parts.append(self.t("report.makes_likely"))
        if a.clears_blocker:
            parts.append(self.t("report.clears_blocker"))
        return "; ".join(parts) if self.lang == "en" else "；".join(parts)

    def action_line(self, a: Action) -> Line:
        good = a.makes_likely or a.clears_blocker or bool(a.gain)
        return Line(self.msg(a.msg), self.gain_text(a), "good" if good else "")

    def factor_sections(self) -> tuple[FactorSection, ...]:
        evidence: dict[str, Callable[[], tuple[tuple[Table, ...], tuple[str, ...]]]] = {
            "credit_status": self.credit_evidence,
            "account_security": self.security_evidence,
            "personal_info": self.profile_evidence,
            "consumption": self.spending_evidence,
            "external_credit": self.external_evidence,
        }
        out = []
        for score in self.factor_scores():
            f = self.result.factors[score.key]
            tables, notes = evidence[score.key]()
            out.append(
                FactorSection(
                    factor=score,
                    summary=self.t(
                        "report.factor_line",
                        score=f.score,
                        band=f.band,
                        threshold=f.threshold,
                        weight=score.weight,
                    )
                    + ("" if f.evidence == "enough" else " · " + self.msg(Msg("evidence.thin")))
                    + "".join("\n" + self.msg(m.msg) for m in f.missing)
                    if f.has_data
                    else self.t("report.factor_no_data", threshold=f.threshold, weight=score.weight)
                    + "".join("\n" + self.msg(m.msg) for m in f.missing),
                    signals=tuple(self.signal_line(s) for s in f.signals),
                    actions=tuple(self.action_line(a) for a in f.actions),
                    tables=tables,
                    notes=notes,
                    chart="spending" if score.key == "consumption" else "",
                    chart_caption=self.t("report.chart.spending")
                    if score.key == "consumption"
                    else "",
                )
            )
        return tuple(out)

    def bill_status(self, b: BillFact) -> tuple[str, str]:
        if b.past_due_on(self.on):
            return self.t("report.bill.past_due", days=b.days_late(self.on)), "bad"
        if b.late_on(self.on):
            return self.t("report.bill.late", days=b.days_late(self.on)), "warn"
        return self.t("report.bill.on_time"), "good"

    def accounts_table(self) -> Table:
        accounts = summary.accounts(self.db)
        return Table(
            columns=tuple(
                self.t(f"report.col.{c}")
                for c in ("account", "kind_of", "limit", "status", "notes")
            ),
            rows=tuple(
                (
                    a.name,
                    label("account_kind", a.kind, self.lang),
                    format_yuan(a.credit_limit_fen) if a.credit_limit_fen is not None else "—",
                    label("account_status", a.status, self.lang),
                    a.notes or "—",
                )
                for a in accounts
            ),
            align="llrll",
            widths=(4, 3, 3, 2, 7),
            title=self.t("report.accounts_title"),
            tones=tuple(
                {"suspended": "bad", "limited": "warn", "closed": ""}.get(a.status, "good")
                for a in accounts
            ),
            tone_column=3,
        )

    def credit_evidence(self) -> tuple[tuple[Table, ...], tuple[str, ...]]:
        start = self.on - timedelta(days=self.rules.credit_status.late_window_days)
        bills = sorted(
            (b for b in self.facts.bills if b.due_on > start),
            key=lambda b: (b.due_on, b.account_name, b.bill_id),
        )
        rows, tones = [], []
        for b in bills:
            status, tn = self.bill_status(b)
            rows.append(
                (
                    b.account_name,
                    b.period,
                    b.due_on.isoformat(),
                    format_yuan(b.amount_due_fen),
                    format_yuan(b.paid_fen),
                    b.cleared_on.isoformat() if b.cleared_on else "—",
                    status,
                )
            )
            tones.append(tn)
        table = Table(
            columns=tuple(
                self.t(f"report.col.{c}")
                for c in (
                    "account",
                    "period",
                    "due_on",
                    "amount_due",
                    "paid",
                    "cleared_on",
                    "status",
                )
            ),
            rows=tuple(rows),
            align="lllrrll",
            widths=(5, 3, 4, 4, 4, 4, 4),
            empty=self.t("report.bills_none"),
            title=self.t("report.bills_title", start=start + timedelta(days=1), end=self.on),
            tones=tuple(tones),
            tone_column=6,
        )
        accounts = self.accounts_table()
        notes = ()
        if self.facts.failed_repayments:
            dates = self.join([d.isoformat() for d in self.facts.failed_repayments])
            notes = (self.t("report.failed_repayments", dates=dates),)
        return (accounts, table), notes

    def security_evidence(self) -> tuple[tuple[Table, ...], tuple[str, ...]]:
        items = {i.key: i for i in self.facts.security_items}
        rows, tones = [], []
        for key in self.rules.account_security.points:
            item = items.get(key)
            due = renewal_due_on(item, self.rules) if item else None
            if item is None:  # never answered: missing, not "not done"
                status, tn = self.t("report.not_answered"), "warn"
            elif not item.done:
                status, tn = self.t("report.not_done"), "bad"
            elif due is not None and self.on >= due:
                status, tn = self.t("report.expired"), "warn"
            else:
                status, tn = self.t("report.done"), "good"
            rows.append(
                (
                    self.msg(Msg(f"security_item.{key}")),
                    status,
                    item.done_on.isoformat() if item and item.done and item.done_on else "—",
                    due.isoformat() if due else "—",
                )
            )
            tones.append(tn)
        checklist = Table(
            columns=tuple(
                self.t(f"report.col.{c}") for c in ("item", "status", "done_on", "due_again")
            ),
            rows=tuple(rows),
            align="llll",
            widths=(7, 3, 3, 3),
            title=self.t("report.security_title"),
            tones=tuple(tones),
            tone_column=1,
        )
        rows, tones = [], []
        for e in self.facts.incidents:
            resolved = e.resolved_on is not None and e.resolved_on <= self.on
            rows.append(
                (
                    self.msg(Msg(f"security_event.{e.kind}")),
                    e.occurred_on.isoformat(),
                    e.resolved_on.isoformat() if resolved and e.resolved_on else "—",
                    self.t("report.incident.resolved" if resolved else "report.incident.open"),
                    e.notes,
                )
            )
            tones.append("good" if resolved else "bad")
        incidents = Table(
            columns=tuple(
                self.t(f"report.col.{c}")
                for c in ("kind", "occurred_on", "resolved_on", "status", "notes")
            ),
            rows=tuple(rows),
            align="lllll",
            widths=(3, 3, 3, 2, 7),
            empty=self.t("report.incidents_none"),
            title=self.t("report.incidents_title"),
            tones=tuple(tones),
            tone_column=3,
        )
        return (checklist, incidents), ()

    def profile_evidence(self) -> tuple[tuple[Table, ...], tuple[str, ...]]:
        items = {i.key: i for i in self.facts.profile_items}
        keys = list(self.rules.personal_info.points)
        done = sum(1 for k in keys if items.get(k) and items[k].done)
        rows, tones = [], []
        for key in keys:
            item = items.get(key)
            ok = bool(item and item.done)
            status = "report.done" if ok else "report.not_done" if item else "report.not_answered"
            rows.append(
                (
                    self.msg(Msg(f"profile_item.{key}")),
                    self.t(status),
                    item.updated_on.isoformat() if item and ok and item.updated_on else "—",
                )
            )
            tones.append("good" if ok else "bad" if item else "warn")
        profile = Table(
            columns=tuple(self.t(f"report.col.{c}") for c in ("item", "status", "updated_on")),
            rows=tuple(rows),
            align="lll",
            widths=(6, 3, 3),
            title=self.t("report.profile_title", done=done, total=len(keys)),
            tones=tuple(tones),
            tone_column=1,
        )
        changes = summary.profile_changes_within(self.db, self.on, RECENT_CHANGE_DAYS)
        recent = Table(
            columns=(self.t("report.col.item"), self.t("report.col.date")),
            rows=tuple(
                (self.msg(Msg(f"profile_item.{c.key}")), c.changed_on.isoformat()) for c in changes
            ),
            align="ll",
            widths=(6, 6),
            empty=self.t("report.changes_none"),
            title=self.t("report.changes_title", days=RECENT_CHANGE_DAYS),
        )
        return (profile, recent), ()

    def spending_evidence(self) -> tuple[tuple[Table, ...], tuple[str, ...]]:
        c = self.facts.consumption
        rows = []
        for m in c.months:
            share = (m.huabei_fen * 200 + m.spent_fen) // (2 * m.spent_fen) if m.spent_fen else 0
            rows.append(
                (
                    m.month,
                    str(m.purchases),
                    format_yuan(m.spent_fen),
                    format_yuan(m.huabei_fen),
                    f"{share}%",
                    str(m.large_count),
                    str(m.cashouts),
                )
            )
        table = Table(
            columns=tuple(
                self.t(f"report.col.{k}")
                for k in (
                    "month",
                    "purchases",
                    "spent",
                    "huabei",
                    "huabei_share",
                    "large",
                    "cashouts",
                )
            ),
            rows=tuple(rows) if c.has_data else (),
            align="lrrrrrr",
            widths=(3, 3, 4, 4, 3, 2, 3),
            empty=self.t("report.spending_none"),
            title=self.t("report.spending_title", months=len(c.months)),
        )
        tables: tuple[Table, ...] = (table,)
        if c.has_data and c.months:
            start = c.months[0].month + "-01"
            end = (series.month_end(c.months[-1].month) + timedelta(days=1)).isoformat()
            notable = summary.notable_transactions(
                self.db, start, end, c.large_threshold_fen, NOTABLE_ROWS
            )
            tables += (
                Table(
                    columns=tuple(
                        self.t(f"report.col.{k}")
                        for k in ("date", "kind", "amount", "counterparty", "description", "method")
                    ),
                    rows=tuple(
                        (
                            tx.occurred_at.date().isoformat(),
                            self.t(f"report.tx.{tx.kind}"),
                            format_yuan(tx.amount_fen),
                            tx.counterparty or "—",
                            tx.description or "—",
                            tx.method or "—",
                        )
                        for tx in notable
                    ),
                    align="llrlll",
                    widths=(3, 3, 3, 4, 4, 3),
                    empty=self.t("report.notable_none"),
                    title=self.t("report.notable_title"),
                    tones=tuple("bad" if tx.kind == "cashout" else "warn" for tx in notable),
                    tone_column=1,
                ),
            )
        if c.suspicious:
            tables += (cashout_table(c.suspicious, self.lang),)
        notes = ()
        if c.has_data:
            notes = (
                self.t(
                    "report.spending_note",
                    threshold_fen=c.large_threshold_fen,
                    median_fen=c.median_purchase_fen,
                ),
            )
        return tables, notes

    def external_evidence(self) -> tuple[tuple[Table, ...], tuple[str, ...]]:
        ec = self.rules.external_credit
        snaps = summary.sesame_until(self.db, self.on, SESAME_ROWS)
        sesame = Table(
            columns=(
                self.t("report.col.date"),
                self.t("report.col.score"),
                self.t("report.col.band"),
            ),
            rows=tuple(
                (
                    s.taken_on.isoformat(),
                    str(s.score),
                    self.msg(Msg(f"sesame_band.{ec.sesame_band(s.score).band}")),
                )
                for s in snaps
            ),
            align="lrl",
            widths=(4, 2, 4),
            narrow=True,
            empty=self.t("report.sesame_none"),
            title=self.t("report.sesame_title", count=len(snaps)),
        )
        reports = summary.credit_reports_until(self.db, self.on, PBOC_ROWS)
        pboc = Table(
            columns=tuple(
                self.t(f"report.col.{c}")
                for c in (
                    "date",
                    "overdue_accounts",
                    "overdue_months",
                    "inquiries",
                    "loans_cards",
                    "proofs",
                )
            ),
            rows=tuple(
                (
                    r.taken_on.isoformat(),
                    str(r.overdue_accounts),
                    str(r.overdue_months_24m),
                    str(r.hard_inquiries_6m),
                    f"{r.open_loans} / {r.open_cards}",
                    self.join([self.msg(Msg(f"proof.{p}")) for p in sorted(r.proof_set)]) or "—",
                )
                for r in reports
            ),
            align="lrrrrl",
            widths=(4, 3, 3, 3, 3, 4),
            empty=self.t("report.pboc_none"),
            title=self.t("report.pboc_title"),
            tones=tuple(
                "bad" if r.overdue_accounts else "warn" if r.overdue_months_24m else "good"
                for r in reports
            ),
        )
        return (sesame, pboc), ()

    # --- charts --------------------------------------------------------------------------

    def history(self) -> tuple[series.HistoryPoint, ...]:
        """Month ends (the last ``HISTORY_MONTHS``) and the report date, assessed in memory."""
        dates = series.backfill_dates(self.db, self.on)[-(HISTORY_MONTHS + 1) :]
        out = []
        for d in dates:
            a = (
                self.result
                if d == self.on
                else assess(load_facts(self.db, d, self.rules), self.rules, projection=False)
            )
            out.append(
                series.HistoryPoint(
                    d, a.overall, a.verdict, {k: a.factors[k].score for k in FACTORS}
                )
            )
        return tuple(out)

    def radar(self) -> RadarData:
        before_on = self.on - timedelta(days=RADAR_DAYS_BEFORE)
        first = series.first_record_date(self.db)
        before = None
        if first is not None and first <= before_on:
            before = assess(
                load_facts(self.db, before_on, self.rules), self.rules, projection=False
            )
        return RadarData.from_assessments(self.result, before, self.rules)

    def charts(self) -> ChartSeries:
        return ChartSeries(
            radar=self.radar(),
            history=self.history(),
            overall_threshold=self.rules.overall.threshold,
            sesame=SesameData.from_rules(
                [p for p in series.sesame_series(self.db) if p[0] <= self.on], self.rules
            ),
            repayments=tuple(series.monthly_repayments(self.db, self.on)[-REPAYMENT_CHART_MONTHS:]),
            spending=tuple(series.monthly_spending(self.db, self.on)[-SPENDING_CHART_MONTHS:]),
        )

    def chart_captions(self, radar: RadarData) -> dict[str, str]:
        return {
            "radar": self.t("report.chart.radar", days=RADAR_DAYS_BEFORE)
            if radar.before is not None
            else self.t("report.chart.radar_now_only"),
            "readiness": self.t("report.chart.readiness", threshold=self.rules.overall.threshold),
            "readiness_note": self.t("report.chart.readiness_note"),
            "sesame": self.t("report.chart.sesame"),
            "repayments": self.t("report.chart.repayments"),
        }

    # --- plan and steps ----------------------------------------------------------------

    def plan(self) -> Section:
        names = {k: self.msg(Msg(f"factor.{k}")) for k in FACTORS}
        rows = tuple(
            ("□", self.msg(a.msg), names.get(a.factor, ""), self.gain_text(a))
            for a in self.result.actions
        )
        table = Table(
            columns=(
                "",
                self.t("report.col.todo"),
                self.t("report.col.factor"),
                self.t("report.col.gain"),
            ),
            rows=rows,
            align="clll",
            widths=(1, 11, 3, 5),
            empty=self.t("report.plan_none"),
            tones=tuple(
                "good" if (a.makes_likely or a.clears_blocker) else "" for a in self.result.actions
            ),
        )
        return Section(self.t("report.section.plan"), (self.t("report.plan_intro"),), (table,))

    def steps(self) -> tuple[Step, ...]:
        ar = self.rules.applications
        r = self.result
        apps = self.facts.applications
        pending = self.pending()
        decided = [a for a in apps if a.status != "pending" and a.decided_on]
        last = max(decided, key=lambda a: (a.decided_on, a.id or 0)) if decided else None

        checkup = summary.latest_checkup(self.db, self.on)
        if checkup is not None:
            reasons = self.join(
                [
                    label("checkup_reason", x, self.lang)
                    for x in CHECKUP_REASONS
                    if x in checkup.reason_set
                ]
            ) or label("checkup_reason", "unknown", self.lang)
            s1 = ("done", [self.t("report.step1.done", on=checkup.taken_on, reasons=reasons)])
            if checkup.notes:
                s1[1].append(checkup.notes)
        else:
            s1 = ("todo", [self.t("report.step1.todo")])

        # step 2's state comes from the same domain function as the journey page's
        j = journey([checkup] if checkup is not None else [], apps, self.facts, r, self.rules)
        gaining = [a for a in r.actions if a.gain]
        if checkup is not None and all(t.done for t in j.tasks):
            s2 = ("done", [self.t("report.step2.done")])
        else:
            left = sum(1 for t in j.tasks if not t.done)
            s2 = (
                "now" if checkup is not None else "todo",
                [
                    self.t(
                        "report.step2.open",
                        left=left,
                        total=len(j.tasks),
                        blockers=len(r.blockers),
                        actions=len(gaining),
                    )
                ],
            )

        path = self.t("report.step3.path")
        if pending is not None:
            s3 = (
                "done",
                [
                    self.t(
                        "report.step3.submitted",
                        on=pending.submitted_on,
                        channel=label("application_channel", pending.channel, self.lang),
                    ),
                    path,
                ],
            )
        elif r.verdict == "likely":
            s3 = ("now", [self.t("report.step3.now"), path])
        elif r.projected_ready_on is not None:
            s3 = ("todo", [self.t("report.step3.wait", on=r.projected_ready_on), path])
        else:
            s3 = ("todo", [self.t("report.step3.not_yet"), path])

        if pending is not None:
            note = self.window_text(pending)[1]
            w = decision_window(
                pending.submitted_on, ar.review_workdays_min, ar.review_workdays_max
            )
            lines = [
                self.t(
                    "report.step4.window",
                    min=ar.review_workdays_min,
                    max=ar.review_workdays_max,
                    earliest=w.earliest,
                    latest=w.latest,
                )
            ]
            if note:
                lines.append(note)
            s4 = ("now", lines)
        else:
            s4 = (
                "done" if last is not None else "todo",
                [
                    self.t(
                        "report.step4.todo", min=ar.review_workdays_min, max=ar.review_workdays_max
                    )
                ],
            )

        lines5 = []
        if last is not None:
            lines5.append(
                self.t(
                    "report.step5.result",
                    status=label("application_status", last.status, self.lang),
                    on=last.decided_on,
                )
            )
            if last.feedback:
                lines5.append(last.feedback)
        cool = next((b for b in r.blockers if b.code == "reapply_cooldown"), None)
        if cool is not None:
            lines5.append(self.t("report.step5.cooldown", until=cool.params["until"]))
        if pending is not None or last is None:
            lines5.append(self.t("report.step5.todo"))
            s5 = ("todo", lines5)
        else:
            s5 = ("done", lines5)

        out = []
        for n, (status, lines) in enumerate((s1, s2, s3, s4, s5), start=1):
            out.append(
                Step(
                    number=n,
                    title=self.t(f"report.step.{n}"),
                    status=status,
                    status_text=self.t(f"report.step_status.{status}"),
                    lines=tuple(lines),
                )
            )
        return tuple(out)

    # --- applications and appendix ---------------------------------------------------

    def applications(self) -> Section:
        apps = self.facts.applications
        rows, tones = [], []
        for a in apps:
            predicted = (
                self.msg(Msg(f"verdict_short.{a.predicted_verdict}"))
                if a.predicted_verdict
                else self.t("report.not_estimated")
            )
            rows.append(
                (
                    a.submitted_on.isoformat(),
                    label("application_channel", a.channel, self.lang),
                    predicted,
                    label("application_status", a.status, self.lang),
                    a.decided_on.isoformat() if a.decided_on else "—",
                    a.feedback or "—",
                )
            )
            tones.append({"approved": "good", "refused": "bad"}.get(a.status, "warn"))
        table = Table(
            columns=tuple(
                self.t(f"report.col.{c}")
                for c in ("submitted", "channel", "predicted", "outcome", "decided", "feedback")
            ),
            rows=tuple(rows),
            align="llllll",
            widths=(3, 3, 3, 3, 3, 7),
            empty=self.t("report.applications_none"),
            tones=tuple(tones),
            tone_column=3,
        )
        called = [a for a in apps if a.predicted_verdict == "likely" and a.status != "pending"]
        notes = [
            self.t(
                "report.accuracy",
                total=len(called),
                right=sum(1 for a in called if a.status == "approved"),
            )
            if called
            else self.t("report.accuracy_none")
        ]
        pending = self.pending()
        if pending is not None:
            text, note = self.window_text(pending)
            notes.append(
                self.t("report.label_value", label=self.t("report.pending_application"), value=text)
            )
            if note:
                notes.append(note)
        return Section(self.t("report.section.applications"), (), (table,), tuple(notes))

    def appendix(self) -> tuple[Section, ...]:
        rules = self.rules
        counts = summary.record_counts(self.db, self.on)
        first = series.first_record_date(self.db)
        intro = (
            self.t("report.data_range", first=first, last=self.on)
            if first is not None and first <= self.on
            else self.t("report.data_empty"),
        )
        count_table = Table(
            columns=(self.t("report.col.records"), self.t("report.col.count")),
            rows=tuple((self.t(f"report.table.{k}"), f"{v:,}") for k, v in counts.items()),
            align="lr",
            widths=(6, 2),
            narrow=True,
        )
        sources = summary.transaction_sources(self.db, self.on)
        source_table = Table(
            columns=(self.t("report.col.records"), self.t("report.col.count")),
            rows=tuple((self.t(f"report.source.{k}"), f"{v:,}") for k, v in sources.items()),
            align="lr",
            widths=(6, 2),
            title=self.t("report.sources_title"),
            narrow=True,
            empty=self.t("report.data_empty"),
        )
        imports = Table(
            columns=tuple(
                self.t(f"report.col.{c}") for c in ("file", "format", "imported_on", "rows")
            ),
            rows=tuple(
                (
                    i.file_name,
                    i.format,
                    i.imported_at.date().isoformat(),
                    f"{i.rows_new:,} / {i.rows_total:,}",
                )
                for i in summary.imports_until(self.db, self.on)
            ),
            align="lllr",
            widths=(8, 3, 3, 3),
            # "entered by hand" only when no transaction says it came from a bill file
            empty=self.t(
                "report.imports_unrecorded"
                if any(k != "manual" and v for k, v in sources.items())
                else "report.imports_none"
            ),
            title=self.t("report.imports_title"),
        )
        data = Section(self.t("report.data_title"), intro, (count_table, source_table, imports))

        weights = Table(
            columns=(
                self.t("report.col.factor"),
                self.t("report.col.weight"),
                self.t("report.col.pass_mark"),
            ),
            rows=(
                *(
                    (
                        self.msg(Msg(f"factor.{k}")),
                        f"{rules.overall.weights[k]}%",
                        str(rules.threshold(k)),
                    )
                    for k in FACTORS
                ),
                (self.t("report.overall"), "100%", str(rules.overall.threshold)),
            ),
            align="lrr",
            widths=(6, 2, 2),
            narrow=True,
        )
        b = rules.bands
        verdict_rule = self.t(
            "report.method_verdict",
            threshold=rules.overall.threshold,
            max_changes=rules.personal_info.max_changes_in_window,
            change_days=rules.personal_info.change_window_days,
            cooldown=rules.applications.cooldown_days,
        )
        bands = self.t("report.method_bands", excellent=b.excellent, good=b.good, fair=b.fair)
        cs, ar = rules.credit_status, rules.applications
        windows = Table(
            columns=(self.t("report.col.rule"), self.t("report.col.value")),
            rows=(
                (self.t("report.rule.late_window"), self.t("report.days", n=cs.late_window_days)),
                (
                    self.t("report.rule.late_penalty"),
                    f"{points(-cs.late_penalty_each, self.lang)} (max {cs.late_penalty_max})"
                    if self.lang == "en"
                    else f"{points(-cs.late_penalty_each, self.lang)}（最多 {cs.late_penalty_max}）",
                ),
                (self.t("report.rule.recent_clear"), self.t("report.days", n=cs.recent_clear_days)),
                (
                    self.t("report.rule.password_renew"),
                    self.t("report.days", n=rules.account_security.password_renew_days),
                ),
                (
                    self.t("report.rule.change_window"),
                    self.t("report.days", n=rules.personal_info.change_window_days),
                ),
                (
                    self.t("report.rule.consumption_window"),
                    self.t("report.months", n=rules.consumption.window_months),
                ),
                (
                    self.t("report.rule.sesame_stale"),
                    self.t("report.days", n=rules.external_credit.sesame_stale_days),
                ),
                (
                    self.t("report.rule.report_stale"),
                    self.t("report.days", n=rules.external_credit.report_stale_days),
                ),
                (self.t("report.rule.cooldown"), self.t("report.days", n=ar.cooldown_days)),
                (
                    self.t("report.rule.review"),
                    self.t(
                        "report.workdays", min=ar.review_workdays_min, max=ar.review_workdays_max
                    ),
                ),
            ),
            align="ll",
            widths=(6, 4),
            narrow=True,
            title=self.t("report.method_windows_title"),
        )
        spans = SesameData.from_rules([], rules).bands
        band_points = {sb.band: sb.points for sb in rules.external_credit.sesame_bands}
        sesame = Table(
            columns=(
                self.t("report.col.range"),
                self.t("report.col.band"),
                self.t("report.col.points"),
            ),
            rows=tuple(
                (
                    f"{s.low}–{s.high}",
                    self.msg(Msg(f"sesame_band.{s.key}")),
                    str(band_points[s.key]),
                )
                for s in spans
            ),
            align="llr",
            widths=(3, 3, 2),
            narrow=True,
            title=self.t("report.sesame_bands_title"),
        )
        method = Section(
            self.t("report.method_title"),
            (self.t("report.method_intro"), verdict_rule, *rules_lines(rules, self.lang), bands),
            (weights, windows, sesame),
        )
        return data, method

    def model(self, prepared_for: str) -> ReportModel:
        cover = self.cover()
        if prepared_for:
            cover = replace(cover, prepared_for=self.t("report.prepared_for", name=prepared_for))
        charts = self.charts()
        return ReportModel(
            lang=self.lang,
            on=self.on,
            header=self.t("report.header", app=cover.app_name, on=self.on),
            cover=cover,
            factors_title=self.t("report.section.factors"),
            factors=self.factor_sections(),
            charts_title=self.t("report.section.charts"),
            chart_captions=self.chart_captions(charts.radar),
            charts=charts,
            plan=self.plan(),
            steps_title=self.t("report.steps_title"),
            steps=self.steps(),
            applications=self.applications(),
            appendix=self.appendix(),
            labels={
                "step": self.t("report.col.step"),
                "status": self.t("report.col.status"),
                "where": self.t("report.col.where"),
                "signals": self.t("report.signals"),
                "no_signals": self.t("report.no_signals"),
                "actions": self.t("report.actions"),
                "no_actions": self.t("report.no_actions"),
                "evidence": self.t("report.evidence"),
                "overall": self.t("report.overall"),
                "factor_summary": self.t("report.factor_summary"),
                "factor": self.t("report.col.factor"),
                "score": self.t("report.col.score"),
                "band": self.t("report.col.band"),
                "pass_mark": self.t("report.col.pass_mark"),
                "bar_head": self.t("report.bar_head"),
                "passed": self.t("report.passed"),
                "not_passed": self.t("report.not_passed"),
                "appendix": self.t("report.section.appendix"),
            },
        )


def _scrub(value: Any, clean: Callable[[str], str]) -> Any:
    """Every string in the model, masked: defence in depth behind the builder's care."""
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, tuple):
        return tuple(_scrub(v, clean) for v in value)
    if isinstance(value, list):
        return [_scrub(v, clean) for v in value]
    if isinstance(value, dict):
        return {k: _scrub(v, clean) for k, v in value.items()}
    if is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: _scrub(getattr(value, f.name), clean) for f in fields(value)}
        return replace(value, **changes)
    return value


def build_report(
    db: Database,
    on: date,
    lang: str,
    *,
    include_name: bool = False,
    name: str | None = None,
    rules: Rules | None = None,
) -> ReportModel:
    """The report's content for the records as they stood on ``on``, in ``lang``.

    ``name`` is printed on the cover only with ``include_name`` (a setting, off by
    default); otherwise it is masked wherever it turns up in free text.
    """
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {LANGS}, not {lang!r}")
    builder = _Builder(db, on, lang, rules or default_rules())
    shown = name.strip() if include_name and name else ""
    hidden = name.strip() if name and not include_name else None
    model = builder.model(shown)
    return _scrub(model, lambda s: mask_text(s, name=hidden))
