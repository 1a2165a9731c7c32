"""Start-up and page figures on the 5-year database (100,000 transactions):

- cold start to the main window's first frame, as a whole process, beside two baselines
  started in the same run, interleaved: (a) a bare PySide6 window, (b) the same window
  importing pyqtgraph (numpy and its Qt layer) before it shows. Target: first paint
  <= 2.5x (a);
- the time until the overview's charts are drawn with their data (target <= 1.0 s from
  the process start), also as a ratio to (a);
- opening each page of the sidebar, the first visit (which creates the page) and later
  ones (target < 200 ms each).

"First paint" is the first event-loop turn after the window's first paint event: the
app's ``CREDIT_HEALTH_EXIT_AFTER_SHOWN`` mode prints the seconds since the process
started (from the kernel's start time on Linux) on stdout, and ``charts drawn after``
on stderr; the bare windows are timed the same way. Offscreen (or the display in
$DISPLAY with QT_QPA_PLATFORM=xcb); the OS page cache and the bytecode caches are warm
(a first run of each is discarded), as on an installed copy; so is the app's own
start-up cache (``startup_cache.py``: the classes' compiled code, the parsed rules and
catalogue), which that first run writes.
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))

from gen_db import END, make_bench_db  # noqa: E402

RUNS = 7
BARE_NO_PYQTGRAPH = r"""
import os, time
def since_start():
    with open("/proc/self/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return time.clock_gettime(time.CLOCK_BOOTTIME) - int(fields[19]) / os.sysconf("SC_CLK_TCK")
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
w = QMainWindow()
w.setCentralWidget(QLabel("bare"))
w.resize(1180, 780)
w.show()
def shown():
    print(f"window shown after {since_start():.3f} s", flush=True)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""
BARE_PYQTGRAPH = BARE_NO_PYQTGRAPH.replace(
    "app = QApplication([])", "import pyqtgraph\napp = QApplication([])"
)
SHOWN = re.compile(r"window shown after ([0-9.]+) s")
CHARTS = re.compile(r"charts drawn after ([0-9.]+) s; longest stall ([0-9.]+) s")


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, tuple[float, float] | None]:
    """First paint in seconds since the process started; for the app, also (charts
    drawn, the longest event-loop stall between the two)."""
    p = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120, check=True)
    m = SHOWN.search(p.stdout)
    if m is None:
        raise RuntimeError(f"no timing in the output of {cmd}: {p.stdout!r}")
    charts = CHARTS.search(p.stderr)
    return float(m.group(1)), (float(charts[1]), float(charts[2])) if charts else None


def starts(db: Path, home: Path, runs: int = RUNS) -> dict[str, float]:
    """Medians: bare, bare_pyqtgraph, app (first paint), charts, stall."""
    env = {
        **os.environ,
        "CREDIT_HEALTH_EXIT_AFTER_SHOWN": "1",
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "PYTHONPATH": str(ROOT / "desktop"),
    }
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed copy has its bytecode cached
    cmds = {
        "app": [sys.executable, "-m", "credithealth", "--db", str(db), "gui"],
        "bare": [sys.executable, "-c", BARE_NO_PYQTGRAPH],
        "bare_pyqtgraph": [sys.executable, "-c", BARE_PYQTGRAPH],
    }
    for cmd in cmds.values():  # the first start warms the page and bytecode caches
        timed(cmd, env)
    found: dict[str, list[float]] = {
        "bare": [],
        "bare_pyqtgraph": [],
        "app": [],
        "charts": [],
        "stall": [],
    }
    for _ in range(runs):  # interleaved, so machine load hits all alike
        for name, cmd in cmds.items():
            shown, charts = timed(cmd, env)
            found[name].append(shown)
            if name == "app":
                if charts is None:
                    raise RuntimeError("the app did not say when its charts were drawn")
                found["charts"].append(charts[0])
                found["stall"].append(charts[1])
    return {k: statistics.median(v) for k, v in found.items()}


def page_opens(db: Path) -> tuple[dict[str, float], dict[str, float]]:
    from credithealth import startup_cache

    startup_cache.install()  # as every start of the app does (cli/main.py)
    from credithealth.ui.app.launch import create_app

    app = create_app(["bench"])
    from credithealth.ui.app.main_window import MainWindow
    from credithealth.ui.common.session import Session
    from credithealth.ui.common.worker import wait_all

    session = Session(db, today=lambda: END)
    window = MainWindow(session)
    window.resize(1280, 820)
    window.show()
    session.refresh_now()
    for _ in range(20):
        app.processEvents()
    wait_all()
    keys = list(window.pages)
    times: dict[str, list[float]] = {k: [] for k in keys}
    first: dict[str, float] = {}
    for key in keys:  # the first visit creates the page
        if window.pages.is_made(key):
            continue
        t = time.perf_counter()
        window.show_page(key)
        window.current_page().grab()
        first[key] = (time.perf_counter() - t) * 1000
        wait_all()
        app.processEvents()
    for _ in range(5):
        for key in keys:
            window.show_page("overview" if key != "overview" else keys[1])
            app.processEvents()
            t = time.perf_counter()
            window.show_page(key)
            window.current_page().grab()  # laid out and painted
            times[key].append(time.perf_counter() - t)
    window.close()
    session.close()
    return first, {k: statistics.median(v) * 1000 for k, v in times.items()}


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = make_bench_db(Path(tmp) / "bench.sqlite3")
        runs = int(os.environ.get("BENCH_STARTUP_RUNS", RUNS))
        m = starts(db, Path(tmp) / "home", runs)
        bare = m["bare"]
        print(f"cold start, median of {runs}, seconds since the process started (ratio to a):")
        print(f"  (a) bare PySide6 window:              {bare:.3f} s  1.00x")
        print(
            f"  (b) bare PySide6 window + pyqtgraph:  {m['bare_pyqtgraph']:.3f} s  "
            f"{m['bare_pyqtgraph'] / bare:.2f}x"
        )
        print(
            f"  Credit Health first paint:            {m['app']:.3f} s  "
            f"{m['app'] / bare:.2f}x (target <= 2.5x)"
        )
        print(
            f"  Credit Health charts drawn:           {m['charts']:.3f} s  "
            f"{m['charts'] / bare:.2f}x (target <= 1.0 s)"
        )
        print(f"  longest event-loop stall between the two: {m['stall'] * 1000:.0f} ms")
        first, later = page_opens(db)
        for key, ms in later.items():
            made = f"first visit {first[key]:6.1f} ms, " if key in first else ""
            print(f"open page {key:<14} {made}median {ms:6.1f} ms (target < 200 ms)")


if __name__ == "__main__":
    main()
