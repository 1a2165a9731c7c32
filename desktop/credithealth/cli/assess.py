"""`assess`: the verdict, the factor scores, blockers and the projected date, as a table
or JSON; and `demo`, which fills an empty database to assess. Imports no Qt."""

from __future__ import annotations

import argparse
import json
from datetime import date

from credithealth.cli import common
from credithealth.domain.messages import Msg


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """`demo` and `assess`."""
    d = sub.add_parser("demo", help="fill an empty database with an 18-month example story")
    d.add_argument(
        "--today",
        type=common.parse_date,
        default=None,
        help="the story's last day (default: today)",
    )
    a = sub.add_parser("assess", help="the verdict, factor scores, blockers and projected date")
    a.add_argument(
        "--on",
        type=common.parse_date,
        default=None,
        help="assess as of YYYY-MM-DD (default: today)",
    )
    a.add_argument("--json", action="store_true", help="print JSON")
    a.add_argument("--lang", choices=["zh_CN", "en"], default=None, help="language of the messages")


def cmd_demo(args: argparse.Namespace, lang: str) -> int:
    from credithealth.store.demo import fill_demo

    with common.writing(args):
        db = common.open_database(args, lang)
        try:
            fill_demo(db, args.today)
        finally:
            db.conn.close()
    print(Msg("cli.demo_done", {"path": str(common.db_path(args))}).render(lang))
    return 0


def format_assessment(result, lang: str, rules=None) -> str:  # type: ignore[no-untyped-def]
    """A readable table in the chosen language."""

    def label(code: str) -> str:
        return Msg(code).render(lang)

    def msg(code: str, **params: object) -> str:
        return Msg(code, params).render(lang)

    from credithealth.domain.explain import (
        no_data_text,
        overall_text,
        pending_msg,
        rules_lines,
        verdict_msg,
    )
    from credithealth.domain.rules import default_rules

    rules = rules or default_rules()
    lines = [
        f"{label('cli.as_of')}: {result.as_of.isoformat()}",
        f"{label('cli.verdict')}: {msg('verdict_short.' + result.verdict)} — {verdict_msg(result).render(lang)}",
        f"{label('cli.overall')}: {overall_text(result)}/100",
    ]
    pending = pending_msg(result)
    if pending is not None:
        lines.append(pending.render(lang))
    if result.blockers:
        lines.append(f"{label('cli.blockers')}:")
        lines += [f"  ✗ {b.msg.render(lang)}" for b in result.blockers]
    if result.missing_evidence:
        lines.append(f"{label('cli.missing')}:")
        lines += [f"  ? {m.msg.render(lang)}" for m in result.missing_evidence]
    if result.projected_ready_on:
        lines.append(f"{label('cli.projected')}: {result.projected_ready_on.isoformat()}")
        if result.waits_for:
            lines.append(
                f"  {msg('cli.waits_for')}: " + "; ".join(m.render(lang) for m in result.waits_for)
            )
        lines += [
            f"  {msg('cli.assumes')}: {x.msg.render(lang)}" for x in result.projection_assumes
        ]
    elif result.projection_needs:
        listed = {m.msg for m in result.missing_evidence}
        extra = [m for m in result.projection_needs if m not in listed]
        needs = "; ".join([m.render(lang) for m in extra] or [msg("cli.listed_above")])
        lines.append(f"{label('cli.projected')}: {msg('cli.projected_needs', needs=needs)}")
    else:
        days = rules.projection.horizon_days
        lines.append(f"{label('cli.projected')}: {msg('cli.projected_none', days=days)}")
    lines.append("")
    for key, f in result.factors.items():
        mark = "✓" if f.passed else "·"
        if not f.has_data:
            lines.append(f"{mark} {label('factor.' + key)}: —  {no_data_text(f, lang)}")
            continue
        evidence = f"{msg('cli.evidence')}: {msg('evidence.' + f.evidence)}"
        lines.append(
            f"{mark} {label('factor.' + key)}: {f.score}/100 ({msg('band.' + f.band)}; ≥{f.threshold}; {evidence})"
        )
        for s in f.signals:
            sign = f" [{s.impact:+d}]" if s.impact else ""
            lines.append(f"    - {s.msg.render(lang)}{sign}")
        for act in f.actions[:3]:
            gain = f" ({msg('cli.gain', gain=act.gain)})" if act.gain else ""
            lines.append(f"    → {act.msg.render(lang)}{gain}")
    lines += ["", f"{label('cli.how')}:"]
    lines += [f"  {line}" for line in rules_lines(rules, lang)]
    lines += ["", msg("cli.disclaimer")]
    return "\n".join(lines)


def cmd_assess(args: argparse.Namespace, lang: str) -> int:
    from credithealth.domain.assess import assess
    from credithealth.store.facts import load_facts

    db = common.open_database(args, lang, check="cheap")
    try:
        result = assess(load_facts(db, args.on or date.today()))
    finally:
        db.conn.close()  # closed now, not when the collector gets to it: whole-file commands need that
    if args.json:
        print(json.dumps(result.to_json(lang), ensure_ascii=False, indent=2))
    else:
        print(format_assessment(result, lang))
    return 0
