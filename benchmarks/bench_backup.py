"""How long the daily backup (SQLite's online backup API) takes on the five-year database.

Target: under 1 s. Prints the median of 5 runs.
    PYTHONPATH=desktop:. python benchmarks/bench_backup.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_db import make_bench_db

from credithealth.store.file_backups import BackupPolicy, daily_backup

RUNS = 5
TARGET_S = 1.0


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="bench-backup-") as tmp:
        db = make_bench_db(Path(tmp) / "bench.sqlite3")
        policy = BackupPolicy(keep_daily=RUNS + 1)
        times = []
        for i in range(RUNS):
            # a new day each run, so each call really backs up
            now = datetime(2026, 1, 1, 9) + timedelta(days=i)
            t = time.perf_counter()
            made = daily_backup(db, now, policy=policy)
            times.append(time.perf_counter() - t)
            assert made is not None and made.stat().st_size > 0
        size_mb = db.stat().st_size / 1e6
    median = statistics.median(times)
    print(
        f"daily backup of a {size_mb:.1f} MB five-year database: median {median * 1000:.0f} ms "
        f"of {RUNS} (target < {TARGET_S * 1000:.0f} ms)"
    )
    return 0 if median < TARGET_S else 1


if __name__ == "__main__":
    raise SystemExit(main())
