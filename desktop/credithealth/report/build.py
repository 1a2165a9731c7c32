"""``build_report``: gather everything the report says, from the store and the domain.

Each section is gathered by its own module in ``report.sections`` over one ``Context``
(the records as of the report date and their assessment). Nothing here draws and nothing
writes: the readiness history is assessed in memory (``report.sections.charts.assessed_history``), so
making a report never changes the database. Every string passes through
``mask.mask_text`` on the way out (``_scrub``), whatever part of the records it came from.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, is_dataclass, replace
from datetime import date
from typing import Any

from credithealth.domain.messages import LANGS
from credithealth.domain.rules import Rules, default_rules
from credithealth.report.mask import mask_text
from credithealth.report.model import ReportModel
from credithealth.report.sections import (
    appendix,
    applications,
    charts,
    factors,
    journey,
    plan,
)
from credithealth.report.sections import cover as sections_cover
from credithealth.report.sections.context import Context
from credithealth.store.database import Database


def _model(ctx: Context, prepared_for: str) -> ReportModel:
    cover = sections_cover.cover(ctx)
    if prepared_for:
        cover = replace(cover, prepared_for=ctx.t("report.prepared_for", name=prepared_for))
    series = charts.charts(ctx)
    return ReportModel(
        lang=ctx.lang,
        on=ctx.on,
        header=ctx.t("report.header", app=cover.app_name, on=ctx.on),
        cover=cover,
        factors_title=ctx.t("report.section.factors"),
        factors=factors.factor_sections(ctx),
        charts_title=ctx.t("report.section.charts"),
        chart_captions=charts.chart_captions(ctx, series.radar),
        charts=series,
        plan=plan.plan(ctx),
        steps_title=ctx.t("report.steps_title"),
        steps=journey.steps(ctx),
        applications=applications.applications(ctx),
        appendix=appendix.appendix(ctx),
        labels={
            "step": ctx.t("report.col.step"),
            "status": ctx.t("report.col.status"),
            "where": ctx.t("report.col.where"),
            "signals": ctx.t("report.signals"),
            "no_signals": ctx.t("report.no_signals"),
            "actions": ctx.t("report.actions"),
            "no_actions": ctx.t("report.no_actions"),
            "evidence": ctx.t("report.evidence"),
            "overall": ctx.t("report.overall"),
            "factor_summary": ctx.t("report.factor_summary"),
            "factor": ctx.t("report.col.factor"),
            "score": ctx.t("report.col.score"),
            "band": ctx.t("report.col.band"),
            "pass_mark": ctx.t("report.col.pass_mark"),
            "bar_head": ctx.t("report.bar_head"),
            "passed": ctx.t("report.passed"),
            "not_passed": ctx.t("report.not_passed"),
            "appendix": ctx.t("report.section.appendix"),
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
    ctx = Context(db, on, lang, rules or default_rules())
    shown = name.strip() if include_name and name else ""
    hidden = name.strip() if name and not include_name else None
    model = _model(ctx, shown)
    return _scrub(model, lambda s: mask_text(s, name=hidden))
