"""Importing bills, whole process: ``credit-health import`` of a generated 100,000-row
Alipay export (2023-on layout, GBK) into a fresh database (target < 3 s, peak memory
< 300 MB), the same file again (target < 1.5 s, adds nothing), and beside them a
plain ``csv.reader`` + ``executemany`` into the same table (no checks, no keys, no
repayments) as the baseline. Then the Spending page opening on 100,000 transactions
(target < 200 ms). Medians; each import in a process of its own, its peak memory
from ``wait4``. Run: ``python benchmarks/bench_import.py [rows]``.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
DESKTOP = HERE.parent / "desktop"
sys.path.insert(0, str(DESKTOP))

from gen_alipay import write_alipay_gen3  # noqa: E402
from gen_db import END, make_bench_db  # noqa: E402

RUNS = 3
PAGE_RUNS = 5


def run_import(db: Path, bill: Path) -> tuple[float, float, dict[str, object]]:
    """(wall seconds, peak MB, the JSON line) of one ``credit-health import`` process."""
    env = {**os.environ, "PYTHONPATH": str(DESKTOP)}
    t = time.perf_counter()
    p = subprocess.Popen(
        [sys.executable, "-m", "credithealth", "--db", str(db), "import", str(bill), "--json"],
        stdout=subprocess.PIPE,
        env=env,
    )
    assert p.stdout is not None
    out = p.stdout.read()
    _pid, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t
    p.returncode = os.waitstatus_to_exitcode(status)
    assert p.returncode == 0, p.returncode
    return wall, usage.ru_maxrss / 1024, json.loads(out)


def baseline(db: Path, bill: Path) -> float:
    """Decode, split with csv.reader, insert with executemany: what any importer must do."""
    from credithealth.store.db import open_db

    open_db(db).conn.close()  # the same schema and indexes
    t = time.perf_counter()
    text = bill.read_bytes().decode("gb18030")
    rows = csv.reader(io.StringIO(text))
    for cells in rows:
        if cells and cells[0].startswith("交易时间"):
            break
    directions = {"支出": "out", "收入": "in"}
    conn = sqlite3.connect(db)
    conn.executemany(
        "INSERT INTO transactions (occurred_at, category, counterparty, description, direction, "
        "amount_fen, method, status, external_id, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'alipay')",
        (
            (
                c[0],
                c[1],
                c[2],
                c[4],
                directions.get(c[5], "neutral"),
                round(float(c[6]) * 100),
                c[7],
                c[8],
                c[9].strip(),
            )
            for c in rows
        ),
    )
    conn.commit()
    conn.close()
    return time.perf_counter() - t


def page_open_ms() -> list[float]:
    """Show the Spending page on the 5-year database (100,000 transactions): from the click
    to the table, chart and filters on screen, in a window already showing the overview."""
    from credithealth.ui.app import create_app

    app = create_app(["bench"])
    from PySide6.QtCore import QSettings

    from credithealth.ui.main_window import MainWindow
    from credithealth.ui.session import Session
    from credithealth.ui.worker import wait_all

    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        path = make_bench_db(Path(tmp) / "bench.sqlite3")
        session = Session(path, today=lambda: END)
        session.refresh_now()
        for _ in range(PAGE_RUNS):
            QSettings().setValue("window/page", "overview")
            w = MainWindow(session)
            w.resize(1400, 900)
            w.show()
            for _ in range(5):
                app.processEvents()
            wait_all()
            app.processEvents()
            t = time.perf_counter()
            w.show_page("spending")
            w.repaint()
            app.processEvents()
            runs.append((time.perf_counter() - t) * 1000)
            page = w.pages["spending"]
            assert page.model.rowCount() == 100_000, page.model.rowCount()  # type: ignore[attr-defined]
            w.close()
            w.deleteLater()
            app.processEvents()
        wait_all()
        session.close()
    return runs


def main(rows: int = 100_000) -> dict[str, float]:
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        bill = write_alipay_gen3(Path(tmp) / "alipay.csv", rows)
        walls, peaks, again = [], [], []
        for i in range(RUNS):
            db = Path(tmp) / f"import{i}.sqlite3"
            wall, peak, line = run_import(db, bill)
            assert line["rows_new"] == rows, line
            walls.append(wall)
            peaks.append(peak)
            wall, peak, line = run_import(db, bill)
            assert (line["rows_new"], line["rows_duplicate"]) == (0, rows), line
            again.append(wall)
            peaks.append(peak)
            for f in Path(tmp).glob(f"import{i}.sqlite3*"):
                f.unlink()
        base = []
        for i in range(RUNS):
            db = Path(tmp) / f"base{i}.sqlite3"
            base.append(baseline(db, bill))
            for f in Path(tmp).glob(f"base{i}.sqlite3*"):
                f.unlink()
    figures["import_s"] = statistics.median(walls)
    figures["import_rows_per_s"] = rows / figures["import_s"]
    figures["peak_mb"] = max(peaks)
    figures["reimport_s"] = statistics.median(again)
    figures["baseline_s"] = statistics.median(base)
    figures["baseline_rows_per_s"] = rows / figures["baseline_s"]
    pages = page_open_ms()
    figures["page_open_ms"] = statistics.median(pages)

    print(f"file: {rows:,} rows, Alipay app export (2023 on), GBK; medians of {RUNS}")
    print(
        f"credit-health import, whole process: {figures['import_s']:.2f} s, "
        f"{figures['import_rows_per_s']:,.0f} rows/s (target < 3 s)"
    )
    print(f"  peak memory of any import process: {figures['peak_mb']:.0f} MB (target < 300 MB)")
    print(f"the same file again, adds nothing:  {figures['reimport_s']:.2f} s (target < 1.5 s)")
    print(
        f"baseline csv.reader + executemany:  {figures['baseline_s']:.2f} s in-process, "
        f"{figures['baseline_rows_per_s']:,.0f} rows/s"
    )
    print(
        f"Spending page opening on 100,000 transactions: median {figures['page_open_ms']:.0f} ms "
        f"of {PAGE_RUNS} (target < 200 ms); runs: {', '.join(f'{x:.0f}' for x in pages)}"
    )
    return figures


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
