"""The appendix: the data the report stands on and the method (weights, pass marks, windows, bands)."""

from __future__ import annotations

from credithealth.charts.data import SesameData
from credithealth.domain.explain import rules_lines
from credithealth.domain.messages import Msg
from credithealth.domain.rules import FACTORS
from credithealth.report.model import (
    Section,
    Table,
)
from credithealth.report.sections.context import Context, points
from credithealth.store import record_counts, series, transactions
from credithealth.store.imports import imports_until


def appendix(ctx: Context) -> tuple[Section, ...]:
    rules = ctx.rules
    counts = record_counts.record_counts(ctx.db, ctx.on)
    first = series.first_record_date(ctx.db)
    intro = (
        ctx.t("report.data_range", first=first, last=ctx.on)
        if first is not None and first <= ctx.on
        else ctx.t("report.data_empty"),
    )
    count_table = Table(
        columns=(ctx.t("report.col.records"), ctx.t("report.col.count")),
        rows=tuple((ctx.t(f"report.table.{k}"), f"{v:,}") for k, v in counts.items()),
        align="lr",
        widths=(6, 2),
        narrow=True,
    )
    sources = transactions.transaction_sources(ctx.db, ctx.on)
    source_table = Table(
        columns=(ctx.t("report.col.records"), ctx.t("report.col.count")),
        rows=tuple((ctx.t(f"report.source.{k}"), f"{v:,}") for k, v in sources.items()),
        align="lr",
        widths=(6, 2),
        title=ctx.t("report.sources_title"),
        narrow=True,
        empty=ctx.t("report.data_empty"),
    )
    imports = Table(
        columns=tuple(ctx.t(f"report.col.{c}") for c in ("file", "format", "imported_on", "rows")),
        rows=tuple(
            (
                i.file_name,
                i.format,
                i.imported_at.date().isoformat(),
                f"{i.rows_new:,} / {i.rows_total:,}",
            )
            for i in imports_until(ctx.db, ctx.on)
        ),
        align="lllr",
        widths=(8, 3, 3, 3),
        # "entered by hand" only when no transaction says it came from a bill file
        empty=ctx.t(
            "report.imports_unrecorded"
            if any(k != "manual" and v for k, v in sources.items())
            else "report.imports_none"
        ),
        title=ctx.t("report.imports_title"),
    )
    data = Section(ctx.t("report.data_title"), intro, (count_table, source_table, imports))

    weights = Table(
        columns=(
            ctx.t("report.col.factor"),
            ctx.t("report.col.weight"),
            ctx.t("report.col.pass_mark"),
        ),
        rows=(
            *(
                (
                    ctx.msg(Msg(f"factor.{k}")),
                    f"{rules.overall.weights[k]}%",
                    str(rules.threshold(k)),
                )
                for k in FACTORS
            ),
            (ctx.t("report.overall"), "100%", str(rules.overall.threshold)),
        ),
        align="lrr",
        widths=(6, 2, 2),
        narrow=True,
    )
    b = rules.bands
    verdict_rule = ctx.t(
        "report.method_verdict",
        threshold=rules.overall.threshold,
        max_changes=rules.personal_info.max_changes_in_window,
        change_days=rules.personal_info.change_window_days,
        cooldown=rules.applications.cooldown_days,
    )
    bands = ctx.t("report.method_bands", excellent=b.excellent, good=b.good, fair=b.fair)
    cs, ar = rules.credit_status, rules.applications
    windows = Table(
        columns=(ctx.t("report.col.rule"), ctx.t("report.col.value")),
        rows=(
            (ctx.t("report.rule.late_window"), ctx.t("report.days", n=cs.late_window_days)),
            (
                ctx.t("report.rule.late_penalty"),
                f"{points(-cs.late_penalty_each, ctx.lang)} (max {cs.late_penalty_max})"
                if ctx.lang == "en"
                else f"{points(-cs.late_penalty_each, ctx.lang)}（最多 {cs.late_penalty_max}）",
            ),
            (ctx.t("report.rule.recent_clear"), ctx.t("report.days", n=cs.recent_clear_days)),
            (
                ctx.t("report.rule.password_renew"),
                ctx.t("report.days", n=rules.account_security.password_renew_days),
            ),
            (
                ctx.t("report.rule.change_window"),
                ctx.t("report.days", n=rules.personal_info.change_window_days),
            ),
            (
                ctx.t("report.rule.consumption_window"),
                ctx.t("report.months", n=rules.consumption.window_months),
            ),
            (
                ctx.t("report.rule.sesame_stale"),
                ctx.t("report.days", n=rules.external_credit.sesame_stale_days),
            ),
            (
                ctx.t("report.rule.report_stale"),
                ctx.t("report.days", n=rules.external_credit.report_stale_days),
            ),
            (ctx.t("report.rule.cooldown"), ctx.t("report.days", n=ar.cooldown_days)),
            (
                ctx.t("report.rule.review"),
                ctx.t("report.workdays", min=ar.review_workdays_min, max=ar.review_workdays_max),
            ),
        ),
        align="ll",
        widths=(6, 4),
        narrow=True,
        title=ctx.t("report.method_windows_title"),
    )
    spans = SesameData.from_rules([], rules).bands
    band_points = {sb.band: sb.points for sb in rules.external_credit.sesame_bands}
    sesame = Table(
        columns=(
            ctx.t("report.col.range"),
            ctx.t("report.col.band"),
            ctx.t("report.col.points"),
        ),
        rows=tuple(
            (
                f"{s.low}–{s.high}",
                ctx.msg(Msg(f"sesame_band.{s.key}")),
                str(band_points[s.key]),
            )
            for s in spans
        ),
        align="llr",
        widths=(3, 3, 2),
        narrow=True,
        title=ctx.t("report.sesame_bands_title"),
    )
    method = Section(
        ctx.t("report.method_title"),
        (ctx.t("report.method_intro"), verdict_rule, *rules_lines(rules, ctx.lang), bands),
        (weights, windows, sesame),
    )
    return data, method
