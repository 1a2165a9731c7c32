"""The ``credit-health`` command.

Everything but ``gui`` runs without Qt: ``assess`` must not even import it.
Exit status: 0 success, 1 a user error (one line on stderr), 2 a usage error.
"""

from __future__ import annotations

import argparse
import errno
import json
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from credithealth import __version__
from credithealth.domain.messages import Msg, norm_lang, register

register(
    {
        "cli.demo_done": ("Demo data written to {path}.", "演示数据已写入 {path}。"),
        "cli.backup_done": ("Backup written to {file}.", "备份已写入 {file}。"),
        "cli.restore_done": (
            "Restored {count} records from {file}.",
            "已从 {file} 恢复 {count} 条记录。",
        ),
        "cli.error": ("Error: {detail}", "错误：{detail}"),
        "cli.verdict": ("Verdict", "结论"),
        "cli.overall": ("Overall", "综合得分"),
        "cli.as_of": ("As of", "评估日期"),
        "cli.blockers": ("Blockers", "阻碍"),
        "cli.projected": ("Likely ready on", "预计可申请日期"),
        "cli.projected_none": (
            "not within the next two years at this pace",
            "按目前情况两年内难以达到",
        ),
        "cli.waits_for": ("waiting for", "等待"),
        "cli.signals": ("Signals", "信号"),
        "cli.actions": ("Actions", "建议"),
        "cli.gain": ("+{gain} points", "+{gain} 分"),
        "cli.report_done": (
            "Report written to {file} ({pages} pages).",
            "报告已写入 {file}（共 {pages} 页）。",
        ),
        "cli.disclaimer": (
            "An estimate from the published review points, not Alipay's decision.",
            "本结果根据公开的审核要点估算，并非支付宝的审核结论。",
        ),
    }
)


def default_db_path() -> Path:
    env = os.environ.get("CREDIT_HEALTH_DB")
    if env:
        return Path(env)
    from platformdirs import user_data_path

    return user_data_path("CreditHealth", appauthor=False) / "credit-health.sqlite3"


def system_lang() -> str:
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        if os.environ.get(var):
            return norm_lang(os.environ[var])
    return "en"


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="credit-health",
        description="Credit Health (信用健康): earn back a suspended consumer credit line, privately.",
    )
    p.add_argument("--version", action="version", version=f"credit-health {__version__}")
    p.add_argument(
        "--db",
        type=Path,
        help="database file (default: the user data folder; env CREDIT_HEALTH_DB)",
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("gui", help="open the desktop app (the default)")
    d = sub.add_parser("demo", help="fill an empty database with an 18-month example story")
    d.add_argument(
        "--today", type=_date, default=None, help="the story's last day (default: today)"
    )
    a = sub.add_parser("assess", help="the verdict, factor scores, blockers and projected date")
    a.add_argument(
        "--on", type=_date, default=None, help="assess as of YYYY-MM-DD (default: today)"
    )
    a.add_argument("--json", action="store_true", help="print JSON")
    a.add_argument("--lang", choices=["zh_CN", "en"], default=None, help="language of the messages")
    rp = sub.add_parser("report", help="write the readiness report as a PDF")
    rp.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="the PDF to write")
    rp.add_argument("--lang", choices=["zh_CN", "en"], default=None, help="the report's language")
    rp.add_argument(
        "--on", type=_date, default=None, help="the records as of YYYY-MM-DD (default: today)"
    )
    rp.add_argument(
        "--name", default=None, help="print this name on the cover (left out unless given)"
    )
    b = sub.add_parser("backup", help="write all data to a JSON file")
    b.add_argument("file", type=Path)
    r = sub.add_parser("restore", help="load a JSON backup into an empty database")
    r.add_argument("file", type=Path)
    r.add_argument(
        "--replace", action="store_true", help="replace the records already in the database"
    )
    return p


def _open(args: argparse.Namespace, *, create: bool = True):  # type: ignore[no-untyped-def]
    from credithealth.store.db import open_db

    return open_db(args.db or default_db_path(), create=create)


def cmd_demo(args: argparse.Namespace, lang: str) -> int:
    from credithealth.store.demo import fill_demo

    db = _open(args)
    fill_demo(db, args.today)
    print(Msg("cli.demo_done", {"path": str(args.db or default_db_path())}).render(lang))
    return 0


def format_assessment(result, lang: str) -> str:  # type: ignore[no-untyped-def]
    """A readable table: labels in both languages, messages in the chosen one."""

    def both(code: str) -> str:
        zh, en = Msg(code).render("zh_CN"), Msg(code).render("en")
        return f"{zh} {en}" if zh != en else en

    def msg(code: str, **params: object) -> str:
        return Msg(code, params).render(lang)

    lines = [
        f"{both('cli.as_of')}: {result.as_of.isoformat()}",
        f"{both('cli.verdict')}: {msg('verdict_short.' + result.verdict)} — {msg('verdict.' + result.verdict)}",
        f"{both('cli.overall')}: {result.overall}/100",
    ]
    if result.blockers:
        lines.append(f"{both('cli.blockers')}:")
        lines += [f"  ✗ {b.msg.render(lang)}" for b in result.blockers]
    if result.projected_ready_on:
        lines.append(f"{both('cli.projected')}: {result.projected_ready_on.isoformat()}")
        if result.waits_for:
            lines.append(
                f"  {msg('cli.waits_for')}: " + "; ".join(m.render(lang) for m in result.waits_for)
            )
    else:
        lines.append(f"{both('cli.projected')}: {msg('cli.projected_none')}")
    lines.append("")
    for key, f in result.factors.items():
        mark = "✓" if f.passed else "·"
        lines.append(
            f"{mark} {both('factor.' + key)}: {f.score}/100 ({msg('band.' + f.band)}; ≥{f.threshold})"
        )
        for s in f.signals:
            sign = f" [{s.impact:+d}]" if s.impact else ""
            lines.append(f"    - {s.msg.render(lang)}{sign}")
        for act in f.actions[:3]:
            gain = f" ({msg('cli.gain', gain=act.gain)})" if act.gain else ""
            lines.append(f"    → {act.msg.render(lang)}{gain}")
    lines += ["", msg("cli.disclaimer")]
    return "\n".join(lines)


def cmd_assess(args: argparse.Namespace, lang: str) -> int:
    from credithealth.domain.assess import assess
    from credithealth.store.facts import load_facts

    db = _open(args)
    on = args.on or date.today()
    result = assess(load_facts(db, on))
    if args.json:
        print(json.dumps(result.to_json(lang), ensure_ascii=False, indent=2))
    else:
        print(format_assessment(result, lang))
    return 0


def cmd_report(args: argparse.Namespace, lang: str) -> int:
    # no window: the charts are widgets, drawn offscreen into the PDF
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out: Path = args.out
    if out.is_dir():
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(out))
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(folder))
    if not os.access(folder, os.W_OK) or (out.exists() and not os.access(out, os.W_OK)):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(out))
    from credithealth.report.build import build_report
    from credithealth.report.output import write_pdf

    db = _open(args, create=False)
    model = build_report(
        db, args.on or date.today(), lang, include_name=bool(args.name), name=args.name
    )
    pages = write_pdf(model, out)
    print(Msg("cli.report_done", {"file": str(out), "pages": pages}).render(lang))
    return 0


def cmd_backup(args: argparse.Namespace, lang: str) -> int:
    from credithealth.store.backup import write_backup

    write_backup(_open(args), args.file)
    print(Msg("cli.backup_done", {"file": str(args.file)}).render(lang))
    return 0


def cmd_restore(args: argparse.Namespace, lang: str) -> int:
    from credithealth.store.backup import restore_file

    count = restore_file(_open(args), args.file, replace=args.replace)
    print(Msg("cli.restore_done", {"file": str(args.file), "count": count}).render(lang))
    return 0


def cmd_gui(args: argparse.Namespace, lang: str) -> int:
    from credithealth.ui.app import run

    return run(args.db or default_db_path())


COMMANDS = {
    "gui": cmd_gui,
    "demo": cmd_demo,
    "assess": cmd_assess,
    "report": cmd_report,
    "backup": cmd_backup,
    "restore": cmd_restore,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    lang = getattr(args, "lang", None) or system_lang()
    command = args.command or "gui"
    from credithealth.domain.money import MoneyError
    from credithealth.store.errors import StoreError

    try:
        return COMMANDS[command](args, lang)
    except (StoreError, MoneyError) as exc:
        print(Msg("cli.error", {"detail": exc.msg}).render(lang), file=sys.stderr)
        return 1
    except BrokenPipeError:  # the reader went away (| head): not an error of ours
        sys.stderr.close()
        return 0
    except OSError as exc:
        print(
            Msg("cli.error", {"detail": f"{exc.strerror}: {exc.filename}"}).render(lang),
            file=sys.stderr,
        )
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
