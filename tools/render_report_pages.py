#!/usr/bin/env python3
"""Write the readiness report for the demo story in both languages, and every page as a PNG,
to artifacts/report/ (not committed), for a person to look at.

    python tools/render_report_pages.py [--db FILE] [--on 2026-11-26] [--out artifacts/report]

Without --db it makes the demo database in a temporary folder. The PNGs come from the PDF
itself through poppler's ``pdftoppm -r 110`` (apt-get install poppler-utils), so they show
what a PDF viewer shows; the app's own preview (``render_pages``) is written beside them
as preview-<lang>-<n>.png for comparison.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from credithealth.report import build_report, render_pages, write_pdf  # noqa: E402
from credithealth.store.db import open_db  # noqa: E402
from credithealth.store.demo import fill_demo  # noqa: E402

DEMO_DAY = date(2026, 11, 26)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="a database to report on (default: the demo)")
    parser.add_argument("--on", type=date.fromisoformat, default=DEMO_DAY)
    parser.add_argument("--out", type=Path, default=ROOT / "artifacts" / "report")
    parser.add_argument("--preview-dpi", type=float, default=110)
    args = parser.parse_args()

    args.out.mkdir(parents=True, exist_ok=True)
    for old in args.out.glob("*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        db_path = args.db or Path(tmp) / "demo.sqlite3"
        db = open_db(db_path, create=args.db is None)
        if args.db is None:
            fill_demo(db, args.on)
        pdftoppm = shutil.which("pdftoppm")
        for lang in ("zh_CN", "en"):
            model = build_report(db, args.on, lang)
            pdf = args.out / f"report-{lang}.pdf"
            write_pdf(model, pdf)
            if pdftoppm:
                subprocess.run(
                    [pdftoppm, "-r", "110", "-png", str(pdf), str(args.out / f"page-{lang}")],
                    check=True,
                )
            for i, image in enumerate(render_pages(model, args.preview_dpi), start=1):
                image.save(str(args.out / f"preview-{lang}-{i:02d}.png"))
            print(f"{lang}: {pdf}")
        db.conn.close()
    if not shutil.which("pdftoppm"):
        print("pdftoppm not found (apt-get install poppler-utils): only the previews were written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
