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
from datetime import date, timedelta
from pathlib import Path

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
        "cli.needs_passphrase": (
            "{path} is encrypted: give its passphrase with --passphrase-file FILE, or run the command in a terminal to be asked for it.",
            "{path} 已加密：请用 --passphrase-file FILE 提供密码，或在终端中运行命令以输入密码。",
        ),
        "cli.passphrase_prompt": ("Passphrase 密码: ", "密码 Passphrase: "),
        "cli.new_passphrase_prompt": ("New passphrase 新密码: ", "新密码 New passphrase: "),
        "cli.repeat_prompt": ("Repeat it 再输入一次: ", "再输入一次 Repeat it: "),
        "cli.passphrase_file_not_text": (
            "{file} is not a passphrase file: its first line must be UTF-8 text without NUL characters.",
            "{file} 不是密码文件：其第一行必须是不含 NUL 字符的 UTF-8 文本。",
        ),
        "cli.passphrase_mismatch": (
            "The two passphrases differ; nothing was changed.",
            "两次输入的密码不一致；未做任何修改。",
        ),
        "cli.needs_new_passphrase": (
            "Give the new passphrase with --new-passphrase-file FILE, or run the command in a terminal to be asked for it.",
            "请用 --new-passphrase-file FILE 提供新密码，或在终端中运行命令以输入新密码。",
        ),
        "cli.encrypt_done": (
            "{path} is now encrypted. Without the passphrase it cannot be read by anyone, you included. Its backups in {folder} are encrypted with the same passphrase ({encrypted} encrypted now, {removed} unreadable ones shredded); no plaintext copy is left there.",
            "{path} 已加密。没有密码任何人（包括你）都无法读取。{folder} 中的备份也已用同一密码加密（本次加密 {encrypted} 个，粉碎无法读取的 {removed} 个）；那里不再留有未加密的副本。",
        ),
        "cli.encrypt_backups_prompt": (
            "{count} backups of this database in {folder} are not encrypted. They will be encrypted with the new passphrase too (any that cannot be read will be shredded). Continue? [y/N] ",
            "{folder} 中有 {count} 个此数据库的备份未加密。它们也将用新密码加密（无法读取的将被粉碎）。继续吗？[y/N] ",
        ),
        "cli.encrypt_needs_yes": (
            "{count} backups of this database in {folder} are not encrypted; encrypt encrypts them too. Add --yes to agree, or run the command in a terminal to be asked. Nothing was changed.",
            "{folder} 中有 {count} 个此数据库的备份未加密；encrypt 会一并加密它们。请加上 --yes 表示同意，或在终端中运行命令以确认。未做任何修改。",
        ),
        "cli.encrypt_cancelled": ("Nothing was changed.", "未做任何修改。"),
        "cli.backup_encrypted": (
            "{path} is encrypted, but a JSON backup is plain text that anyone who can read the file can read. Add --plaintext-ok to write it anyway (keep it somewhere safe), or rely on the automatic backups, which are encrypted (`credit-health backups`). Nothing was written.",
            "{path} 已加密，但 JSON 备份是明文，任何能读取该文件的人都能看到其中内容。如仍要写出，请加上 --plaintext-ok（并妥善保管）；或使用已加密的自动备份（`credit-health backups`）。未写出任何文件。",
        ),
        "cli.decrypt_done": (
            "{path} is no longer encrypted. The encrypted copy taken before is {backup}.",
            "{path} 已取消加密。此前的加密副本为 {backup}。",
        ),
        "cli.rekey_done": (
            "The passphrase of {path} was changed. The copy taken before keeps the old one: {backup}.",
            "{path} 的密码已更改。此前的副本仍使用旧密码：{backup}。",
        ),
        "cli.no_backups": ("No backups yet in {folder}.", "{folder} 中还没有备份。"),
        "cli.restore_backup_done": (
            "Restored {backup} into {path}. The state it replaced was saved as {saved}.",
            "已将 {backup} 恢复到 {path}。被替换的数据已保存为 {saved}。",
        ),
        "cli.saved_none": ("(nothing: the database was empty)", "（无：数据库为空）"),
        "cli.verdict": ("Verdict", "结论"),
        "cli.overall": ("Overall", "综合得分"),
        "cli.as_of": ("As of", "评估日期"),
        "cli.blockers": ("Blockers", "阻碍"),
        "cli.projected": ("Likely ready on", "预计可申请日期"),
        "cli.projected_none": (
            "not within the next {days} days at this pace (the projection finds no date)",
            "按目前情况，{days}天内难以达到（预测找不到日期）",
        ),
        "cli.projected_needs": (
            "no date until these records exist: {needs}",
            "补充以下记录之后才能预测：{needs}",
        ),
        "cli.waits_for": ("waiting for", "等待"),
        "cli.assumes": ("assuming", "前提"),
        "cli.listed_above": ("the missing records listed above", "上面列出的缺少的记录"),
        "cli.missing": ("Missing records", "缺少的记录"),
        "cli.how": ("How the verdict is made", "结论如何得出"),
        "cli.evidence": ("evidence", "依据"),
        "cli.signals": ("Signals", "信号"),
        "cli.actions": ("Actions", "建议"),
        "cli.gain": ("+{gain} {gain|point|points}", "+{gain} 分"),
        "cli.report_done": (
            "Report written to {file} ({pages} pages).",
            "报告已写入 {file}（共 {pages} 页）。",
        ),
        "cli.import_needs_password": (
            "{name} is protected by a password: give it with --password-file FILE, or run the command in a terminal to be asked for it.",
            "{name} 有密码保护：请用 --password-file FILE 提供密码，或在终端中运行命令以输入密码。",
        ),
        "cli.import_password_prompt": (
            "Unzip password for {name} 解压密码: ",
            "{name} 的解压密码 Unzip password: ",
        ),
        "cli.import_format": ("Format", "格式"),
        "cli.import_period": ("Period", "时间范围"),
        "cli.import_rows": ("Transactions", "交易"),
        "cli.import_counts": (
            "{total}: {new} new, {duplicate} already there, {skipped} unreadable",
            "{total} 笔：新增 {new} 笔，已存在 {duplicate} 笔，无法读取 {skipped} 笔",
        ),
        "cli.import_huabei": ("Huabei repayments logged", "记录的花呗还款"),
        "cli.import_huabei_count": ("{count}, {amount_fen} in all", "{count} 笔，共 {amount_fen}"),
        "cli.import_other_repayments": ("Other repayments logged", "记录的其他还款"),
        "cli.import_derived_bills": (
            "Huabei bills made from the files (to confirm on the Repayments page)",
            "根据账单文件生成的花呗账单（请在还款页确认）",
        ),
        "cli.import_unreadable": ("Unreadable rows", "无法读取的行"),
        "cli.import_line": ("line {line}: {message}", "第 {line} 行：{message}"),
        "cli.import_more_rows": ("… and {count} more", "……另有 {count} 行"),
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


class _Version(argparse.Action):
    """argparse's ``version`` action, reading the version only when asked for it
    (``credithealth.__version__`` imports ``importlib.metadata``: ~25 ms)."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS) -> None:
        super().__init__(
            option_strings,
            dest,
            nargs=0,
            default=argparse.SUPPRESS,
            help="show program's version number and exit",
        )

    def __call__(self, parser, namespace, values, option_string=None) -> None:  # type: ignore[no-untyped-def, override]
        from credithealth import __version__

        parser._print_message(f"credit-health {__version__}\n", sys.stdout)
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="credit-health",
        description="Credit Health (信用健康): earn back a suspended consumer credit line, privately.",
    )
    p.add_argument("--version", action=_Version)
    p.add_argument(
        "--db",
        type=Path,
        help="database file (default: the user data folder; env CREDIT_HEALTH_DB)",
    )
    p.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help="the encrypted database's passphrase: the first line of FILE (else asked in a terminal)",
    )
    p.add_argument(
        "--read-only",
        action="store_true",
        help="open the database without writing to it (a read-only or newer database)",
    )
    p.add_argument(
        "--lang",
        dest="global_lang",
        choices=["zh_CN", "en"],
        default=None,
        help="language of every command's output (default: the system's)",
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
    im = sub.add_parser(
        "import",
        help="import Alipay or WeChat Pay bill files (CSV, XLSX, or the zip they came in)",
        description=(
            "Import bill files exported from Alipay (交易明细) or WeChat Pay (账单): CSV, "
            "XLSX, or the password-protected zip the app sent. Each file is imported whole "
            "or not at all; rows already imported (by order number) are counted, not added "
            "again, so importing a file twice or overlapping exports is safe. Unreadable "
            "rows are listed by line number and the rest imports. With --json, one JSON "
            "object per file is printed, one per line (JSON Lines): file, format, "
            "rows_total, rows_new, rows_duplicate, rows_skipped, huabei_repayments, "
            "huabei_repaid_fen, errors [{line, message}]. Exit status: 0 when every file "
            "was imported, 1 when a file could not be (it is named on stderr; the others "
            "are still imported), 2 for a usage error."
        ),
    )
    im.add_argument("files", nargs="+", type=Path, metavar="FILE", help="bill files to import")
    pw = im.add_mutually_exclusive_group()
    pw.add_argument(
        "--password-file",
        type=Path,
        metavar="FILE",
        default=None,
        help="the zip's unzip password: the first line of FILE. Without it the password is "
        "asked in a terminal when a zip needs one; neither way shows it in the process list",
    )
    pw.add_argument(
        "--password",
        metavar="PW",
        default=None,
        help="the zip's unzip password on the command line (other users of this computer "
        "can see it in the process list: prefer --password-file or the prompt)",
    )
    im.add_argument("--json", action="store_true", help="print one JSON object per file and line")
    im.add_argument(
        "--lang", choices=["zh_CN", "en"], default=None, help="language of the messages"
    )
    b = sub.add_parser(
        "backup",
        help="write all data to a JSON file",
        description="Write all data to a versioned JSON file (plain text, 0600). The JSON is "
        "never encrypted: for an encrypted database the command refuses unless told "
        "--plaintext-ok; its automatic backups (`backups`) stay encrypted.",
    )
    b.add_argument("file", type=Path)
    b.add_argument(
        "--plaintext-ok",
        action="store_true",
        help="write the JSON even though the database is encrypted (the JSON is plain text)",
    )
    r = sub.add_parser("restore", help="load a JSON backup into an empty database")
    r.add_argument("file", type=Path)
    r.add_argument(
        "--replace", action="store_true", help="replace the records already in the database"
    )
    sub.add_parser("backups", help="list the automatic backups of the database, newest first")
    rb = sub.add_parser(
        "restore-backup", help="put an automatic backup in the database's place (saving it first)"
    )
    rb.add_argument("file", type=Path)
    for name, text in (
        ("encrypt", "encrypt the database with a passphrase (SQLCipher)"),
        ("rekey", "change the database's passphrase"),
    ):
        e = sub.add_parser(name, help=text)
        e.add_argument(
            "--new-passphrase-file",
            type=Path,
            metavar="FILE",
            help="the new passphrase: the first line of FILE (else asked twice in a terminal)",
        )
        if name == "encrypt":
            e.description = (
                "Encrypt the database, then every automatic backup of it with the same "
                "passphrase (one that cannot be read is shredded), so no plaintext copy is "
                "left. Existing plain backups are encrypted only after you agree: --yes, "
                "or the question asked in a terminal."
            )
            e.add_argument(
                "--yes",
                action="store_true",
                help="agree to encrypting the existing plain backups without being asked",
            )
    sub.add_parser("decrypt", help="remove the database's encryption")
    _calendar_parsers(sub)
    return p


def _db_path(args: argparse.Namespace) -> Path:
    return Path(args.db or default_db_path())


def _read_passphrase_file(path: Path) -> str:
    from credithealth.store.errors import StoreError

    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError:
        raise StoreError(Msg("cli.passphrase_file_not_text", {"file": str(path)})) from None
    text = lines[0].strip() if lines else ""
    if "\x00" in text:  # SQLite would cut the key at the NUL: refuse rather than guess
        raise StoreError(Msg("cli.passphrase_file_not_text", {"file": str(path)}))
    if not text:
        raise StoreError(Msg("store.empty_passphrase"))
    return text


def _ask(prompt: str) -> str:
    import getpass

    return getpass.getpass(prompt)


def _passphrase(args: argparse.Namespace, lang: str) -> str | None:
    """The passphrase: from --passphrase-file, else asked in a terminal if the file is encrypted."""
    # store.db's own test, not store.encryption's (which imports the backup machinery)
    from credithealth.store.db import file_is_encrypted

    if args.passphrase_file is not None:
        return _read_passphrase_file(args.passphrase_file)
    path = _db_path(args)
    return _passphrase_for(path, lang) if file_is_encrypted(Path(path)) else None


def _new_passphrase(args: argparse.Namespace, lang: str) -> str:
    from credithealth.store.errors import StoreError

    if args.new_passphrase_file is not None:
        return _read_passphrase_file(args.new_passphrase_file)
    if not sys.stdin.isatty():
        raise StoreError(Msg("cli.needs_new_passphrase"))
    first = _ask(Msg("cli.new_passphrase_prompt").render(lang))
    if not first:
        raise StoreError(Msg("store.empty_passphrase"))
    if _ask(Msg("cli.repeat_prompt").render(lang)) != first:
        raise StoreError(Msg("cli.passphrase_mismatch"))
    return first


def _open(args: argparse.Namespace, lang: str, *, create: bool = True, check: str = "full"):  # type: ignore[no-untyped-def]
    """``check``: "full" (SQLite's quick_check) for every command that writes; "cheap"
    for those that only read (store/integrity.py)."""
    from credithealth.store.db import open_db

    return open_db(
        _db_path(args),
        create=create and not args.read_only,
        passphrase=_passphrase(args, lang),
        read_only=args.read_only,
        check=check,  # type: ignore[arg-type]
    )


def _writing(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """Commands that write hold the instance lock: they refuse while the app has the database open."""
    from credithealth.store.instance import exclusive_use

    return exclusive_use(_db_path(args))


def cmd_demo(args: argparse.Namespace, lang: str) -> int:
    from credithealth.store.demo import fill_demo

    with _writing(args):
        db = _open(args, lang)
        try:
            fill_demo(db, args.today)
        finally:
            db.conn.close()
    print(Msg("cli.demo_done", {"path": str(_db_path(args))}).render(lang))
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

    db = _open(args, lang, check="cheap")
    try:
        result = assess(load_facts(db, args.on or date.today()))
    finally:
        db.conn.close()  # closed now, not when the collector gets to it: whole-file commands need that
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

    db = _open(args, lang, create=False, check="cheap")
    try:
        model = build_report(
            db, args.on or date.today(), lang, include_name=bool(args.name), name=args.name
        )
    finally:
        db.conn.close()
    pages = write_pdf(model, out)
    print(Msg("cli.report_done", {"file": str(out), "pages": pages}).render(lang))
    return 0


def _read_bill(path: Path, password: str | None, lang: str):  # type: ignore[no-untyped-def]
    """Read one bill file; a zip without a password is asked for one in a terminal."""
    from credithealth.importers import BillFileError, read_bill_file

    asked = 0
    while True:
        try:
            return read_bill_file(path, password)
        except BillFileError as exc:
            code = exc.msg.code
            if code not in ("importers.password_required", "importers.wrong_password"):
                raise
            if code == "importers.wrong_password" and (asked == 0 or asked >= 3):
                raise  # a wrong --password, or three wrong tries
            if not sys.stdin.isatty():
                raise BillFileError(Msg("cli.import_needs_password", {"name": path.name})) from exc
            if asked:
                print(exc.msg.render(lang), file=sys.stderr)
            password = _ask(Msg("cli.import_password_prompt", {"name": path.name}).render(lang))
            asked += 1


def import_json(parsed, result, lang: str) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """One file's line of ``import --json``."""
    return {
        "file": parsed.file_name,
        "format": result.format,
        "rows_total": result.rows_total,
        "rows_new": result.rows_new,
        "rows_duplicate": result.rows_duplicate,
        "rows_skipped": result.rows_skipped,
        "huabei_repayments": result.huabei_repayments,
        "huabei_repaid_fen": result.huabei_repaid_fen,
        "errors": [{"line": e.line, "message": e.msg.render(lang)} for e in parsed.errors],
    }


def format_import(parsed, result, lang: str, max_errors: int = 20) -> str:  # type: ignore[no-untyped-def]
    """A readable summary of one file in the chosen language."""

    def label(code: str) -> str:
        return Msg(code).render(lang)

    lines = [
        parsed.file_name,
        f"  {label('cli.import_format')}: {Msg('importers.format.' + result.format).render(lang)}",
    ]
    if parsed.period_start and parsed.period_end:
        lines.append(
            f"  {label('cli.import_period')}: {parsed.period_start.isoformat()} – "
            f"{parsed.period_end.isoformat()}"
        )
    counts = Msg(
        "cli.import_counts",
        {
            "total": result.rows_total,
            "new": result.rows_new,
            "duplicate": result.rows_duplicate,
            "skipped": result.rows_skipped,
        },
    ).render(lang)
    lines.append(f"  {label('cli.import_rows')}: {counts}")
    if result.huabei_repayments:
        huabei = Msg(
            "cli.import_huabei_count",
            {"count": result.huabei_repayments, "amount_fen": result.huabei_repaid_fen},
        ).render(lang)
        lines.append(f"  {label('cli.import_huabei')}: {huabei}")
    others = result.repayments - result.huabei_repayments
    if others:
        lines.append(f"  {label('cli.import_other_repayments')}: {others}")
    if result.derived_bills:
        lines.append(f"  {label('cli.import_derived_bills')}: {result.derived_bills}")
    if parsed.errors:
        lines.append(f"  {label('cli.import_unreadable')}:")
        for e in parsed.errors[:max_errors]:
            line = Msg("cli.import_line", {"line": e.line, "message": e.msg}).render(lang)
            lines.append(f"    {line}")
        unreadable = parsed.rows_total - len(parsed.rows)
        if unreadable > max_errors:
            more = Msg("cli.import_more_rows", {"count": unreadable - max_errors})
            lines.append(f"    {more.render(lang)}")
    return "\n".join(lines)


def cmd_import(args: argparse.Namespace, lang: str) -> int:
    from credithealth.importers import BillFileError
    from credithealth.store.imports import import_bill

    failed = 0
    password = args.password
    if args.password_file is not None:
        password = _read_passphrase_file(args.password_file)
    with _writing(args):
        db = _open(args, lang)
        try:
            for i, path in enumerate(args.files):
                try:
                    parsed = _read_bill(path, password, lang)
                except BillFileError as exc:
                    print(Msg("cli.error", {"detail": exc.msg}).render(lang), file=sys.stderr)
                    failed += 1
                    continue
                result = import_bill(db, parsed)
                if args.json:
                    print(json.dumps(import_json(parsed, result, lang), ensure_ascii=False))
                else:
                    print(("\n" if i else "") + format_import(parsed, result, lang))
                sys.stdout.flush()
        finally:
            db.conn.close()
    return 1 if failed else 0


def cmd_backup(args: argparse.Namespace, lang: str) -> int:
    from credithealth.store.backup import write_backup
    from credithealth.store.encryption import is_encrypted
    from credithealth.store.errors import StoreError

    if is_encrypted(_db_path(args)) and not args.plaintext_ok:
        raise StoreError(Msg("cli.backup_encrypted", {"path": str(_db_path(args))}))
    db = _open(args, lang)
    try:
        write_backup(db, args.file)
    finally:
        db.conn.close()
    print(Msg("cli.backup_done", {"file": str(args.file)}).render(lang))
    return 0


def cmd_restore(args: argparse.Namespace, lang: str) -> int:
    from credithealth.store.backup import is_empty, load_backup, restore_records
    from credithealth.store.db import open_db
    from credithealth.store.snapshots import take_backup

    path = _db_path(args)
    recs = load_backup(args.file)  # a bad file is refused before anything is opened or saved
    with _writing(args):
        passphrase = _passphrase(args, lang)
        db = open_db(path, passphrase=passphrase)
        try:
            if args.replace and not is_empty(db):
                # keep what --replace deletes: a good file can still be the wrong one
                take_backup(path, "prereplace", passphrase=passphrase, source=db)
            count = restore_records(db, recs, replace=args.replace, file=args.file.name)
        finally:
            db.conn.close()
    print(Msg("cli.restore_done", {"file": str(args.file), "count": count}).render(lang))
    return 0


def cmd_backups(args: argparse.Namespace, lang: str) -> int:
    from credithealth.store.snapshots import backup_folder, list_backups

    path = _db_path(args)
    backups = list_backups(path)
    if not backups:
        print(Msg("cli.no_backups", {"folder": str(backup_folder(path))}).render(lang))
    for b in backups:
        print(f"{b.taken_at:%Y-%m-%d %H:%M:%S}  {b.kind:<10}  {b.size:>10}  {b.path}")
    return 0


def cmd_restore_backup(args: argparse.Namespace, lang: str) -> int:
    """One passphrase serves both files: the backup's key is the database's as it was then."""
    from credithealth.store.encryption import is_encrypted
    from credithealth.store.snapshots import restore_backup

    path = _db_path(args)
    passphrase = None
    if args.passphrase_file is not None:
        passphrase = _read_passphrase_file(args.passphrase_file)
    elif is_encrypted(args.file) or is_encrypted(path):
        passphrase = _passphrase_for(args.file if is_encrypted(args.file) else path, lang)
    with _writing(args):
        saved = restore_backup(path, args.file, passphrase=passphrase)
    print(
        Msg(
            "cli.restore_backup_done",
            {
                "backup": str(args.file),
                "path": str(path),
                "saved": str(saved) if saved else Msg("cli.saved_none"),
            },
        ).render(lang)
    )
    return 0


def _passphrase_for(path: Path, lang: str) -> str:
    from credithealth.store.errors import StoreError

    if not sys.stdin.isatty():
        raise StoreError(Msg("cli.needs_passphrase", {"path": str(path)}))
    text = _ask(Msg("cli.passphrase_prompt").render(lang))
    if not text:
        raise StoreError(Msg("store.empty_passphrase"))
    return text


def cmd_encrypt(args: argparse.Namespace, lang: str) -> int:
    from credithealth.store.encryption import encrypt, is_encrypted, plain_backups
    from credithealth.store.errors import StoreError
    from credithealth.store.snapshots import backup_folder

    path = _db_path(args)
    folder = str(backup_folder(path))
    with _writing(args):
        plain = plain_backups(path) if path.is_file() and not is_encrypted(path) else []
        if plain and not args.yes:
            params = {"count": len(plain), "folder": folder}
            if not sys.stdin.isatty():
                raise StoreError(Msg("cli.encrypt_needs_yes", params))
            answer = input(Msg("cli.encrypt_backups_prompt", params).render(lang))
            if answer.strip().lower() not in ("y", "yes", "是"):
                print(Msg("cli.encrypt_cancelled").render(lang))
                return 1
        done = encrypt(path, _new_passphrase(args, lang))
    params = {"path": str(path), "folder": folder, "encrypted": done.encrypted}
    print(Msg("cli.encrypt_done", {**params, "removed": done.removed}).render(lang))
    return 0


def cmd_decrypt(args: argparse.Namespace, lang: str) -> int:
    from credithealth.store.encryption import decrypt

    path = _db_path(args)
    with _writing(args):
        saved = decrypt(path, _passphrase(args, lang) or "")
    print(Msg("cli.decrypt_done", {"path": str(path), "backup": str(saved)}).render(lang))
    return 0


def cmd_rekey(args: argparse.Namespace, lang: str) -> int:
    from credithealth.store.db import open_db
    from credithealth.store.encryption import rekey

    path = _db_path(args)
    with _writing(args):
        old = _passphrase(args, lang) or ""
        open_db(path, create=False, passphrase=old).conn.close()  # a wrong one: before asking anew
        saved = rekey(path, old, _new_passphrase(args, lang))
    print(Msg("cli.rekey_done", {"path": str(path), "backup": str(saved)}).render(lang))
    return 0


# -- the working-day calendar: `calendar` and `workdays` ----------------------------------------

register(
    {
        "cli.calendar_year": ("Year", "年份"),
        "cli.calendar_source": ("Source", "来源"),
        "cli.calendar_days_off": ("Days off", "放假"),
        "cli.calendar_make_up": ("Make-up working days", "调休上班"),
        "cli.calendar_none": ("none", "无"),
        "cli.calendar_none_known": ("none known", "未知"),
        "cli.calendar_statutory": ("statutory", "法定"),
        "cli.calendar_needs_year": (
            "Give a YEAR to list, or --add-notice FILE.",
            "请给出要列出的年份 YEAR，或使用 --add-notice FILE。",
        ),
        "cli.notice_read": (
            "Read the State Council notice for {year}: {off} days off, {work} make-up working days. Stored; it counts from now on.",
            "已读取国务院{year}年放假通知：放假 {off} 天，调休上班 {work} 天。已保存，从现在起按它计算。",
        ),
        "cli.notice_replaced": (
            "It replaces the notice for {year} added on {added_on}.",
            "它替换了 {added_on} 添加的{year}年通知。",
        ),
        "cli.notice_item": (
            "{festival}: off {off}; working {work}",
            "{festival}：放假 {off}；上班 {work}",
        ),
        "cli.notice_unreadable_file": (
            "{file} is not a text file (UTF-8 or GB18030).",
            "{file} 不是文本文件（UTF-8 或 GB18030）。",
        ),
        "cli.workdays_result": (
            "Working day {n} after {start}: {on}",
            "{start} 之后第 {n} 个工作日：{on}",
        ),
        "cli.unsupported_year": (
            "{year} is outside the years the calendar covers (1901–2100).",
            "{year}年不在日历覆盖的范围内（1901–2100年）。",
        ),
    }
)


def _positive(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = 0
    if not 1 <= n <= 10_000:
        raise argparse.ArgumentTypeError(f"not a whole number from 1 to 10000: {text!r}")
    return n


def _calendar_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    c = sub.add_parser(
        "calendar",
        help="a year's days off and make-up working days, and what they rest on",
        description=(
            "List YEAR's days off (other than ordinary weekends) and make-up working days "
            "(调休), with the source of the year: official (the holidays package), notice "
            "(a State Council notice you added) or statutory (an estimate: statutory "
            'holidays and weekends, make-up days unknown). --json prints {"year", "source", '
            '"days_off": [...], "make_up_workdays": [...]}. --add-notice FILE reads the '
            "notice 国务院办公厅关于YYYY年部分节假日安排的通知 and stores it; a text it cannot "
            "read fully is refused with the sentence named (exit status 1)."
        ),
    )
    c.add_argument("year", nargs="?", type=int, metavar="YEAR")
    c.add_argument("--add-notice", type=Path, metavar="FILE", help="read and store a notice")
    c.add_argument("--json", action="store_true", help="print JSON")
    c.add_argument("--lang", choices=["zh_CN", "en"], default=None, help="language of the messages")
    w = sub.add_parser(
        "workdays",
        help="the Nth Chinese working day after DATE, and what it rests on",
        description=(
            "The Nth working day after DATE (DATE itself never counts), counting statutory "
            "holidays and the make-up working days where known. --json prints "
            '{"from", "n", "date", "source"}; source is the least sure of the years counted.'
        ),
    )
    w.add_argument("start", type=_date, metavar="DATE")
    w.add_argument("n", type=_positive, metavar="N")
    w.add_argument("--json", action="store_true", help="print JSON")
    w.add_argument("--lang", choices=["zh_CN", "en"], default=None, help="language of the messages")


def _label(code: str, lang: str) -> str:
    return Msg(code).render(lang)


def _activate_calendar(args: argparse.Namespace, lang: str) -> None:
    db = _open(args, lang)
    db.conn.close()  # opening counted its notices in; nothing more is read


def _read_notice_file(path: Path) -> str:
    from credithealth.store.errors import StoreError

    data = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise StoreError(Msg("cli.notice_unreadable_file", {"file": path.name}))


def _add_notice(args: argparse.Namespace, lang: str) -> int:
    from credithealth.domain.holiday_notice import NoticeError, parse_notice
    from credithealth.store.holiday_notices import notice_record, save_notice

    text = _read_notice_file(args.add_notice)
    try:
        notice = parse_notice(text)
    except NoticeError as exc:
        print(Msg("cli.error", {"detail": exc.msg}).render(lang), file=sys.stderr)
        return 1
    with _writing(args):
        db = _open(args, lang)
        try:
            old = notice_record(db, notice.year)
            save_notice(db, notice, text, date.today())
        finally:
            db.conn.close()
    off, work = len(notice.days_off), len(notice.make_up_workdays)
    print(Msg("cli.notice_read", {"year": notice.year, "off": off, "work": work}).render(lang))
    none = Msg("cli.calendar_none").render(lang)
    for item in notice.items:
        params = {
            "festival": item.festival,
            "off": ", ".join(d.isoformat() for d in item.days_off) or none,
            "work": ", ".join(d.isoformat() for d in item.make_up_workdays) or none,
        }
        print("  " + Msg("cli.notice_item", params).render(lang))
    if old is not None:
        print(Msg("cli.notice_replaced", {"year": old.year, "added_on": old.added_on}).render(lang))
    return 0


def cmd_calendar(args: argparse.Namespace, lang: str) -> int:
    from credithealth.domain import workdays
    from credithealth.domain.statutory_holidays import UnsupportedYear, statutory_days
    from credithealth.store.errors import StoreError

    if args.add_notice is not None:
        return _add_notice(args, lang)
    if args.year is None:
        print(Msg("cli.calendar_needs_year").render(lang), file=sys.stderr)
        return 2
    _activate_calendar(args, lang)
    try:
        statutory = statutory_days(args.year)
        off, work = workdays.holidays_of(args.year), workdays.make_up_workdays_of(args.year)
    except UnsupportedYear:
        raise StoreError(Msg("cli.unsupported_year", {"year": args.year})) from None
    source = workdays.year_source(args.year)
    if args.json:
        out = {
            "year": args.year,
            "source": source,
            "days_off": [d.isoformat() for d in off],
            "make_up_workdays": [d.isoformat() for d in work],
        }
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    lines = [
        f"{_label('cli.calendar_year', lang)}: {args.year}",
        f"{_label('cli.calendar_source', lang)}: {source} — {Msg('workdays.source.' + source).render(lang)}",
        f"{_label('cli.calendar_days_off', lang)}:",
    ]
    for d in off:
        name = ""
        if d in statutory:
            festival = Msg("festival." + statutory[d]).render(lang)
            name = f" {festival} ({Msg('cli.calendar_statutory').render(lang)})"
        lines.append(f"  {d.isoformat()} {Msg(f'weekday.{d.weekday()}').render(lang)}{name}")
    lines.append(f"{_label('cli.calendar_make_up', lang)}:")
    if work:
        lines += [f"  {d.isoformat()} {Msg(f'weekday.{d.weekday()}').render(lang)}" for d in work]
    else:
        code = "cli.calendar_none_known" if source == "statutory" else "cli.calendar_none"
        lines.append("  " + Msg(code).render(lang))
    if source == "statutory":
        lines.append(Msg("workdays.unofficial_year", {"year": args.year}).render(lang))
    print("\n".join(lines))
    return 0


def cmd_workdays(args: argparse.Namespace, lang: str) -> int:
    from credithealth.domain import workdays
    from credithealth.domain.statutory_holidays import UnsupportedYear
    from credithealth.store.errors import StoreError

    _activate_calendar(args, lang)
    try:
        result = workdays.add_workdays(args.start, args.n)
    except UnsupportedYear as exc:
        raise StoreError(Msg("cli.unsupported_year", {"year": exc.year})) from None
    first_counted = args.start + timedelta(days=1)
    source = workdays.weakest_source(range(first_counted.year, result.on.year + 1))
    if args.json:
        out = {
            "from": args.start.isoformat(),
            "n": args.n,
            "date": result.on.isoformat(),
            "source": source,
        }
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    print(
        Msg("cli.workdays_result", {"n": args.n, "start": args.start, "on": result.on}).render(lang)
    )
    print(
        f"{_label('cli.calendar_source', lang)}: {source} — {Msg('workdays.source.' + source).render(lang)}"
    )
    if not result.official:
        print(Msg("workdays.unofficial_year", {"year": min(result.unofficial_years)}).render(lang))
    return 0


def cmd_gui(args: argparse.Namespace, lang: str) -> int:
    from credithealth.ui.app import run

    # --db and CREDIT_HEALTH_DB win; otherwise the app reopens the database last opened
    env = os.environ.get("CREDIT_HEALTH_DB")
    key = _read_passphrase_file(args.passphrase_file) if args.passphrase_file else None
    return run(args.db or (Path(env) if env else None), default=default_db_path(), passphrase=key)


COMMANDS = {
    "gui": cmd_gui,
    "demo": cmd_demo,
    "assess": cmd_assess,
    "report": cmd_report,
    "import": cmd_import,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "backups": cmd_backups,
    "restore-backup": cmd_restore_backup,
    "encrypt": cmd_encrypt,
    "decrypt": cmd_decrypt,
    "rekey": cmd_rekey,
    "calendar": cmd_calendar,
    "workdays": cmd_workdays,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    lang = getattr(args, "lang", None) or args.global_lang or system_lang()
    command = args.command or "gui"
    from credithealth.applog import log, setup_logging
    from credithealth.terminal import escaped_output

    setup_logging()
    with escaped_output():  # a file name or a cell cannot fake the output (terminal.py)
        return _run(command, args, lang, log)


def _money_error() -> tuple[type[Exception], ...]:
    """``MoneyError`` once something imported domain.money (only then can it be raised):
    importing it for the except clause alone would cost ``assess`` domain.limits (~5 ms)."""
    money = sys.modules.get("credithealth.domain.money")
    return (money.MoneyError,) if money is not None else ()


def _run(command: str, args: argparse.Namespace, lang: str, log) -> int:  # type: ignore[no-untyped-def]
    from credithealth.store import driver
    from credithealth.store.db import after_open
    from credithealth.store.errors import AppError, StoreError

    try:
        return COMMANDS[command](args, lang)
    except (StoreError, AppError, *_money_error()) as exc:
        log.warning("%s: %s", command, exc.msg.code)
        print(Msg("cli.error", {"detail": exc.msg}).render(lang), file=sys.stderr)
        return 1
    except driver.DatabaseError as exc:  # met after the open's checks passed: rarely damage
        detail = after_open(exc, args.db or default_db_path()).msg
        print(Msg("cli.error", {"detail": detail}).render(lang), file=sys.stderr)
        return 1
    except KeyboardInterrupt:  # Ctrl-C at a passphrase prompt: nothing was changed
        print(file=sys.stderr)
        return 130
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
