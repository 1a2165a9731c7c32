"""The charts' series and captions: radar (now and a quarter ago), readiness history, Sesame, repayments, spending."""

from __future__ import annotations

from datetime import date, timedelta

from credithealth.charts.data import RadarData, SesameData
from credithealth.domain.history import assessments_on
from credithealth.domain.results import Assessment
from credithealth.report.model import ChartSeries
from credithealth.report.sections.context import Context
from credithealth.store import series
from credithealth.store.facts import load_facts
from credithealth.store.series import HistoryPoint

RADAR_DAYS_BEFORE = 90
# the readiness chart shows at most this many month ends: wider, an A4 chart gets unreadable
HISTORY_MONTHS = 24
SPENDING_CHART_MONTHS = 12
REPAYMENT_CHART_MONTHS = 24


def history(ctx: Context) -> tuple[series.HistoryPoint, ...]:
    """Month ends (the last ``HISTORY_MONTHS``) and the report date, assessed in memory."""
    return tuple(assessed_history(ctx, HISTORY_MONTHS))


def radar(ctx: Context) -> RadarData:
    before_on = ctx.on - timedelta(days=RADAR_DAYS_BEFORE)
    first = series.first_record_date(ctx.db)
    before = None
    if first is not None and first <= before_on:
        before = assess_as_of(ctx, before_on)
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


def assess_as_of(ctx: Context, on: date) -> Assessment:
    """The records as they stood on ``on``, assessed without a projection (as the stored
    history is: ``domain.history``)."""
    return next(iter(assessments_on([on], lambda d: load_facts(ctx.db, d, ctx.rules), ctx.rules)))


def assessed_history(ctx: Context, months: int) -> list[HistoryPoint]:
    """The last ``months`` month ends and the report's day, assessed in memory: what the
    app's back-fill keeps for those days, without keeping it (a report never writes)."""
    out = []
    for d in series.backfill_dates(ctx.db, ctx.on)[-(months + 1) :]:
        a = ctx.result if d == ctx.on else assess_as_of(ctx, d)
        out.append(series.history_point(d, a))
    return out
