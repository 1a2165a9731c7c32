"""`report`: the readiness report written as a PDF (Qt draws the charts, offscreen)."""

from __future__ import annotations

import argparse
import errno
import os
from datetime import date
from pathlib import Path

from credithealth.cli import common
from credithealth.domain.messages import Msg


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """`report`."""
    rp = sub.add_parser("report", help="write the readiness report as a PDF")
    rp.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="the PDF to write")
    rp.add_argument("--lang", choices=["zh_CN", "en"], default=None, help="the report's language")
    rp.add_argument(
        "--on",
        type=common.parse_date,
        default=None,
        help="the records as of YYYY-MM-DD (default: today)",
    )
    rp.add_argument(
        "--name", default=None, help="print this name on the cover (left out unless given)"
    )


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

    db = common.open_database(args, lang, create=False, check="cheap")
    try:
        model = build_report(
            db, args.on or date.today(), lang, include_name=bool(args.name), name=args.name
        )
    finally:
        db.conn.close()
    pages = write_pdf(model, out)
    print(Msg("cli.report_done", {"file": str(out), "pages": pages}).render(lang))
    return 0
