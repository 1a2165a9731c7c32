"""Importing bills, whole process, against the floor, in the same run.

``credit-health import`` of a generated 100,000-row Alipay export (2023-on layout, GBK)
into a fresh database (target: at most 2.0x the floor, peak memory at most 200 MB),
the same file again (adds nothing), and the floor: a process that only decodes the
file, splits it with ``csv.reader`` and ``executemany``-s the rows into the same table
(same schema and indexes) in one transaction: no checks, no keys, no classification,
no repayments. Runs alternate (floor, import, again) so that both meet the same load on
a shared machine; medians; each in a process of its own, its CPU time and peak memory
from ``wait4``. Then the Spending page opening on 100,000 transactions (target < 200 ms).
Run: ``python benchmarks/bench_import.py [rows] [runs] [--import-only]``.
"""

from __future__ import annotations

import json
import os
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
TARGET_RATIO = 2.0
TARGET_PEAK_MB = 200

# The floor: what any importer of this file must do, and nothing more.
FLOOR = """
import csv, io, sqlite3, sys
db, bill = sys.argv[1:3]
with open(bill, "rb") as f:
    text = f.read().decode("gb18030")
rows = csv.reader(io.StringIO(text))
for cells in rows:
    if cells and cells[0].startswith("交易时间"):
        break
directions = {"支出": "out", "收入": "in"}
conn = sqlite3.connect(db)
with conn:  # one transaction
    conn.executemany(
        "INSERT INTO transactions (occurred_at, category, counterparty, description, "
        "direction, amount_fen, method, status, external_id, source) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'alipay')",
        (
            (c[0], c[1], c[2], c[4], directions.get(c[5], "neutral"),
             int(c[6].replace(".", "")), c[7], c[8], c[9].strip())
            for c in rows
        ),
    )
conn.close()
"""


def _measured(
    cmd: list[str], env: dict[str, str] | None = None
) -> tuple[float, float, float, bytes]:
    """(wall s, CPU s, peak MB, stdout) of one process."""
    t = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, env=env)
    assert p.stdout is not None
    out = p.stdout.read()
    _pid, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t
    code = os.waitstatus_to_exitcode(status)
    assert code == 0, (cmd, code)
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, out


def run_import(db: Path, bill: Path) -> tuple[float, float, float, dict[str, object]]:
    """(wall s, CPU s, peak MB, the JSON line) of one ``credit-health import`` process."""
    env = {**os.environ, "PYTHONPATH": str(DESKTOP)}
    cmd = [sys.executable, "-m", "credithealth", "--db", str(db), "import", str(bill), "--json"]
    wall, cpu, peak, out = _measured(cmd, env)
    return wall, cpu, peak, json.loads(out)


def run_floor(db: Path, bill: Path) -> tuple[float, float, float]:
    """(wall s, CPU s, peak MB) of the floor, into a database with the app's schema."""
    from credithealth.store.db import open_db

    open_db(db).conn.close()  # the same schema and indexes, made before the clock starts
    wall, cpu, peak, _ = _measured([sys.executable, "-c", FLOOR, str(db), str(bill)])
    assert _count(db) > 0
    return wall, cpu, peak


def _count(db: Path) -> int:
    import sqlite3

    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT COUNT(*) FROM transactions").fetchone()[0]
    finally:
        conn.close()


def page_open_ms() -> list[float]:
    """Show the Spending page on the 5-year database (100,000 transactions): from the click
    to the table, chart and filters on screen, in a window already showing the overview."""
    from credithealth.ui.app.launch import create_app

    app = create_app(["bench"])
    from PySide6.QtCore import QSettings

    from credithealth.ui.app.main_window import MainWindow
    from credithealth.ui.common.session import Session
    from credithealth.ui.common.worker import wait_all

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


def main(rows: int = 100_000, runs: int = RUNS, pages: bool = True) -> dict[str, float]:
    figures: dict[str, float] = {}
    walls, cpus, peaks, again = [], [], [], []
    floor_walls, floor_cpus, floor_peaks = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        bill = write_alipay_gen3(Path(tmp) / "alipay.csv", rows)
        for i in range(runs):
            db = Path(tmp) / f"floor{i}.sqlite3"
            wall, cpu, peak = run_floor(db, bill)
            assert _count(db) == rows
            floor_walls.append(wall)
            floor_cpus.append(cpu)
            floor_peaks.append(peak)
            db = Path(tmp) / f"import{i}.sqlite3"
            wall, cpu, peak, line = run_import(db, bill)
            assert line["rows_new"] == rows, line
            walls.append(wall)
            cpus.append(cpu)
            peaks.append(peak)
            wall, _cpu, peak, line = run_import(db, bill)
            assert (line["rows_new"], line["rows_duplicate"]) == (0, rows), line
            again.append(wall)
            peaks.append(peak)
            for f in Path(tmp).glob(f"*{i}.sqlite3*"):
                f.unlink()
    figures["import_s"] = statistics.median(walls)
    figures["import_cpu_s"] = statistics.median(cpus)
    figures["import_rows_per_s"] = rows / figures["import_s"]
    figures["peak_mb"] = max(peaks)
    figures["reimport_s"] = statistics.median(again)
    figures["floor_s"] = statistics.median(floor_walls)
    figures["floor_cpu_s"] = statistics.median(floor_cpus)
    figures["floor_peak_mb"] = max(floor_peaks)
    figures["ratio"] = figures["import_s"] / figures["floor_s"]
    figures["cpu_ratio"] = figures["import_cpu_s"] / figures["floor_cpu_s"]

    print(
        f"file: {rows:,} rows, Alipay app export (2023 on), GBK; medians of {runs}, each a process"
    )
    print(
        f"floor (decode + csv.reader + executemany, one transaction): {figures['floor_s']:.2f} s "
        f"({figures['floor_cpu_s']:.2f} s CPU), peak {figures['floor_peak_mb']:.0f} MB"
    )
    print(
        f"credit-health import, whole process: {figures['import_s']:.2f} s "
        f"({figures['import_cpu_s']:.2f} s CPU), {figures['import_rows_per_s']:,.0f} rows/s"
    )
    print(
        f"  ratio to the floor: {figures['ratio']:.2f}x wall, {figures['cpu_ratio']:.2f}x CPU "
        f"(target <= {TARGET_RATIO:.1f}x); runs: "
        + ", ".join(f"{w:.2f}/{f:.2f}" for w, f in zip(walls, floor_walls, strict=True))
    )
    print(
        f"  peak memory of any import process: {figures['peak_mb']:.0f} MB "
        f"(target <= {TARGET_PEAK_MB} MB)"
    )
    print(f"the same file again, adds nothing:  {figures['reimport_s']:.2f} s")
    if pages:
        page_runs = page_open_ms()
        figures["page_open_ms"] = statistics.median(page_runs)
        print(
            f"Spending page opening on 100,000 transactions: median "
            f"{figures['page_open_ms']:.0f} ms of {PAGE_RUNS} (target < 200 ms); runs: "
            f"{', '.join(f'{x:.0f}' for x in page_runs)}"
        )
    return figures


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    main(
        int(args[0]) if args else 100_000,
        int(args[1]) if len(args) > 1 else RUNS,
        pages="--import-only" not in sys.argv,
    )
