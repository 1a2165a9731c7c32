"""Foundation figures: `credit-health assess --json` as a whole process (target < 0.5 s
median) and the assessment itself, facts + scoring (target < 50 ms), on the 5-year database."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from gen_db import END, make_bench_db

from credithealth.domain.assess import assess
from credithealth.store.db import open_db
from credithealth.store.facts import load_facts


def main() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        path = make_bench_db(Path(tmp) / "bench.sqlite3")
        env = {**os.environ, "CREDIT_HEALTH_DB": str(path)}
        cmd = [sys.executable, "-m", "credithealth", "assess", "--json", "--on", END.isoformat()]
        subprocess.run(cmd, env=env, check=True, capture_output=True)  # warm the OS cache
        runs = []
        for _ in range(7):
            t = time.perf_counter()
            subprocess.run(cmd, env=env, check=True, capture_output=True)
            runs.append(time.perf_counter() - t)
        db = open_db(path)
        inner = []
        for _ in range(21):
            t = time.perf_counter()
            assess(load_facts(db, END))
            inner.append(time.perf_counter() - t)
        db.conn.close()
    figures = {
        "assess_process_median_s": statistics.median(runs),
        "assessment_median_ms": statistics.median(inner) * 1000,
    }
    print(
        f"assess --json, whole process: median {figures['assess_process_median_s']:.3f} s (target < 0.5 s)"
    )
    print(
        f"facts + scoring:              median {figures['assessment_median_ms']:.1f} ms (target < 50 ms)"
    )
    return figures


if __name__ == "__main__":
    main()
