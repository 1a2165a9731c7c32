"""Start-up and page figures on the 5-year database (100,000 transactions):

- cold start to the main window shown, as a whole process (target: median < 1.5 s, and
  no more than 2.5x a bare PySide6 window that imports pyqtgraph, measured in the same run);
- opening each page of the sidebar (target < 200 ms each).

"Shown" is the first event-loop turn after ``show()``: the app's
``CREDIT_HEALTH_EXIT_AFTER_SHOWN`` mode prints the seconds since the process started
(from the kernel's start time on Linux), and the bare window is timed the same way.
Offscreen; the OS page cache is warm (a first run each is discarded).
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
BARE = r"""
import os, time
def since_start():
    with open("/proc/self/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return time.clock_gettime(time.CLOCK_BOOTTIME) - int(fields[19]) / os.sysconf("SC_CLK_TCK")
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
import pyqtgraph
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
SHOWN = re.compile(r"window shown after ([0-9.]+) s")


def timed(cmd: list[str], env: dict[str, str]) -> float:
    out = subprocess.run(
        cmd, env=env, capture_output=True, text=True, timeout=120, check=True
    ).stdout
    m = SHOWN.search(out)
    if m is None:
        raise RuntimeError(f"no timing in the output of {cmd}: {out!r}")
    return float(m.group(1))


def starts(db: Path, home: Path) -> tuple[float, float]:
    env = {
        **os.environ,
        "CREDIT_HEALTH_EXIT_AFTER_SHOWN": "1",
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "PYTHONPATH": str(ROOT / "desktop"),
    }
    app_cmd = [sys.executable, "-m", "credithealth", "--db", str(db), "gui"]
    bare_cmd = [sys.executable, "-c", BARE]
    timed(app_cmd, env)  # the first start migrates nothing but warms the page cache
    timed(bare_cmd, env)
    app_runs, bare_runs = [], []
    for _ in range(RUNS):  # interleaved, so machine load hits both alike
        app_runs.append(timed(app_cmd, env))
        bare_runs.append(timed(bare_cmd, env))
    return statistics.median(app_runs), statistics.median(bare_runs)


def page_opens(db: Path) -> dict[str, float]:
    from credithealth.ui.app import create_app

    app = create_app(["bench"])
    from credithealth.ui.main_window import MainWindow
    from credithealth.ui.session import Session
    from credithealth.ui.worker import wait_all

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
    return {k: statistics.median(v) * 1000 for k, v in times.items()}


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = make_bench_db(Path(tmp) / "bench.sqlite3")
        app_s, bare_s = starts(db, Path(tmp) / "home")
        print(f"cold start to the main window: median {app_s:.3f} s (target < 1.5 s)")
        print(
            f"bare PySide6 window + pyqtgraph: median {bare_s:.3f} s; ratio {app_s / bare_s:.2f}x (target <= 2.5x)"
        )
        for key, ms in page_opens(db).items():
            print(f"open page {key:<14} median {ms:6.1f} ms (target < 200 ms)")


if __name__ == "__main__":
    main()
