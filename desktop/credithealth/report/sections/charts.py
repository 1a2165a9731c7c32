"""The charts' series and captions: radar (now and a quarter ago), readiness history, Sesame, repayments, spending."""

from __future__ import annotations

from datetime import timedelta

from credithealth.charts.data import RadarData, SesameData
from credithealth.domain.assess import assess
from credithealth.domain.rules import FACTORS
from credithealth.report.model import ChartSeries
from credithealth.report.sections.context import Context
from credithealth.store import series
from credithealth.store.facts import load_facts

RADAR_DAYS_BEFORE = 90
# the readiness chart shows at most this many month ends: wider, an A4 chart gets unreadable
HISTORY_MONTHS = 24
SPENDING_CHART_MONTHS = 12
REPAYMENT_CHART_MONTHS = 24


def history(ctx: Context) -> tuple[series.HistoryPoint, ...]:
    """Month ends (the last ``HISTORY_MONTHS``) and the report date, assessed in memory."""
    dates = series.backfill_dates(ctx.db, ctx.on)[-(HISTORY_MONTHS + 1) :]
    out = []
    for d in dates:
        a = (
            ctx.result
            if d == ctx.on
            else assess(load_facts(ctx.db, d, ctx.rules), ctx.rules, projection=False)
        )
        out.append(
            series.HistoryPoint(d, a.overall, a.verdict, {k: a.factors[k].score for k in FACTORS})
        )
    return tuple(out)


def radar(ctx: Context) -> RadarData:
    before_on = ctx.on - timedelta(days=RADAR_DAYS_BEFORE)
    first = series.first_record_date(ctx.db)
    before = None
    if first is not None and first <= before_on:
        before = assess(load_facts(ctx.db, before_on, ctx.rules), ctx.rules, projection=False)
    return RadarData.from_assessments(ctx.result, before, ctx.rules)


def charts(ctx: Context) -> ChartSeries:
    return ChartSeries(
        radar=radar(ctx),
        history=history(ctx),
        overall_threshold=ctx.rules.overall.threshold,
        sesame=SesameData.from_rules(
            [p for p in series.sesame_series(ctx.db) if p[0] <= ctx.on], ctx.rules
        ),
        repayments=tuple(series.monthly_repayments(ctx.db, ctx.on)[-REPAYMENT_CHART_MONTHS:]),
        spending=tuple(series.monthly_spending(ctx.db, ctx.on)[-SPENDING_CHART_MONTHS:]),
    )


def chart_captions(ctx: Context, radar: RadarData) -> dict[str, str]:
    return {
        "radar": ctx.t("report.chart.radar", days=RADAR_DAYS_BEFORE)
        if radar.before is not None
        else ctx.t("report.chart.radar_now_only"),
        "readiness": ctx.t("report.chart.readiness", threshold=ctx.rules.overall.threshold),
        "readiness_note": ctx.t("report.chart.readiness_note"),
        "sesame": ctx.t("report.chart.sesame"),
        "repayments": ctx.t("report.chart.repayments"),
    }
