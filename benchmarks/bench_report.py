#!/usr/bin/env python3
"""How long ``credit-health report`` takes on five years of data, as a whole process
(interpreter start, imports, Qt, the database, the PDF): the median of 5 runs.

    python benchmarks/bench_report.py [--runs 5] [--lang zh_CN] [--keep DIR]

Target: under 3 s on the project's machine (2 cores). The benchmark database comes from
``gen_db.make_bench_db`` (deterministic), made once in a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from gen_db import END, make_bench_db  # noqa: E402

TARGET_S = 3.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--lang", choices=["zh_CN", "en"], default="zh_CN")
    parser.add_argument("--keep", type=Path, help="keep the database and PDF in this folder")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        db = folder / "bench.sqlite3"
        if not db.exists():
            t = time.perf_counter()
            make_bench_db(db)
            print(f"benchmark database made in {time.perf_counter() - t:.1f} s: {db}")
        out = folder / "bench-report.pdf"
        env = {**os.environ, "PYTHONPATH": str(HERE.parent / "desktop")}
        env.pop("QT_QPA_PLATFORM", None)  # the command sets what it needs itself
        cmd = [sys.executable, "-m", "credithealth", "--db", str(db), "report", "--out", str(out)]
        cmd += ["--lang", args.lang, "--on", END.isoformat()]
        times = []
        for i in range(args.runs):
            t = time.perf_counter()
            subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL)
            times.append(time.perf_counter() - t)
            print(f"run {i + 1}: {times[-1]:.2f} s")
        median = statistics.median(times)
        verdict = "OK" if median < TARGET_S else "SLOW"
        print(
            f"credit-health report, 5 years of data: median {median:.2f} s over {args.runs} runs "
            f"(target < {TARGET_S:.0f} s) {verdict}"
        )
    return 0 if median < TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
