#!/usr/bin/env python3
"""Time from process start to the main window shown, offscreen, for any way of starting
the app: the bundle next to a source checkout.

    python packaging/startup_time.py [--runs 5] [--cold] PROGRAM [ARG...]

    python packaging/startup_time.py --cold dist/credit-health/credit-health
    python packaging/startup_time.py --cold .venv/bin/credit-health

PROGRAM fills a demo database in a temporary folder, then starts ``gui`` RUNS times with
CREDIT_HEALTH_EXIT_AFTER_SHOWN=1 (the app prints the time and quits: ui/app/launch.py). With
--cold (Linux, as root) the page cache is dropped before each start, so every file is
read from disk again; otherwise the starts after the first find them in memory (warm).
Prints each run and the median: the app's own figure, and the wall time to its exit.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def drop_caches() -> None:
    subprocess.run(["sync"], check=True)
    Path("/proc/sys/vm/drop_caches").write_text("3\n")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--cold", action="store_true", help="drop the page cache before each start")
    p.add_argument("program", nargs=argparse.REMAINDER)
    args = p.parse_args(argv)
    if not args.program:
        p.error("name the program to start")
    with tempfile.TemporaryDirectory(prefix="credit-health-startup-") as tmp:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "CREDIT_HEALTH_"))}
        env |= {
            "CREDIT_HEALTH_DB": str(Path(tmp) / "demo.sqlite3"),
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(Path(tmp) / "config"),
        }
        subprocess.run([*args.program, "demo"], env=env, check=True, capture_output=True)
        shown, wall = [], []
        for i in range(args.runs):
            if args.cold:
                drop_caches()
            started = time.monotonic()
            out = subprocess.run(
                [*args.program, "gui"],
                env={**env, "CREDIT_HEALTH_EXIT_AFTER_SHOWN": "1"},
                capture_output=True,
                text=True,
                check=True,
            )
            wall.append(time.monotonic() - started)
            m = re.search(r"window shown after ([\d.]+) s", out.stdout)
            if not m:
                sys.exit(f"no startup line from {args.program}: {out.stdout!r} {out.stderr!r}")
            shown.append(float(m.group(1)))
            print(f"run {i + 1}: window shown after {shown[-1]:.3f} s, exit after {wall[-1]:.3f} s")
    kind = "cold" if args.cold else "first cold-ish, then warm"
    print(
        f"median of {args.runs} ({kind}): shown {statistics.median(shown):.3f} s, "
        f"exit {statistics.median(wall):.3f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
