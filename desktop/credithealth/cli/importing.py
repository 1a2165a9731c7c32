"""`import`: Alipay and WeChat Pay bill files (CSV, XLSX, or the zip they came in), one
summary or one JSON line a file."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from credithealth.cli import common
from credithealth.domain.messages import Msg


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """`import`."""
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
            password = common.ask(
                Msg("cli.import_password_prompt", {"name": path.name}).render(lang)
            )
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
        password = common.read_passphrase_file(args.password_file)
    with common.writing(args):
        db = common.open_database(args, lang)
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
