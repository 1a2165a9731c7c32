"""`credit-health assess --json` as a whole process on the 5-year database (target <= 0.2 s
median), beside two baselines started in the same run, interleaved so machine load hits
all alike: a bare `python -c pass` and `python -c "import sqlite3"` (the interpreter
and the SQLite driver, the least any such command costs). Also the assessment itself,
facts + scoring in-process (target < 50 ms).

Each figure is the median wall time of its runs, and the CPU time (user + system) the
process used, which the other work on a shared machine disturbs less. The app's
modules are byte-compiled first, as an installed app or the desktop bundle has them
(PYTHONDONTWRITEBYTECODE would otherwise time the compiler); the first, discarded run
writes the app's start-up cache (``startup_cache.py``), as any earlier command would.
"""

from __future__ import annotations

import compileall
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from gen_db import END, make_bench_db

import credithealth
from credithealth.domain.assess import assess
from credithealth.store.db import open_db
from credithealth.store.facts import load_facts

RUNS = 9


def _timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall, cpu) seconds of one process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main() -> dict[str, float]:
    compileall.compile_dir(Path(credithealth.__file__).parent, quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        path = make_bench_db(Path(tmp) / "bench.sqlite3")
        env = {**os.environ, "CREDIT_HEALTH_DB": str(path)}
        cmds = {
            "assess": [
                sys.executable,
                "-m",
                "credithealth",
                "assess",
                "--json",
                "--on",
                END.isoformat(),
            ],
            "python -c pass": [sys.executable, "-c", "pass"],
            "python -c 'import sqlite3'": [sys.executable, "-c", "import sqlite3"],
        }
        for cmd in cmds.values():
            subprocess.run(cmd, env=env, check=True, capture_output=True)  # warm the caches
        walls: dict[str, list[float]] = {k: [] for k in cmds}
        cpus: dict[str, list[float]] = {k: [] for k in cmds}
        for _ in range(RUNS):
            for name, cmd in cmds.items():
                wall, cpu = _timed(cmd, env)
                walls[name].append(wall)
                cpus[name].append(cpu)
        db = open_db(path)
        inner = []
        for _ in range(21):
            t = time.perf_counter()
            assess(load_facts(db, END))
            inner.append(time.perf_counter() - t)
        db.conn.close()
    wall = {k: statistics.median(v) for k, v in walls.items()}
    cpu = {k: statistics.median(v) for k, v in cpus.items()}
    figures = {
        "assess_process_median_s": wall["assess"],
        "assess_process_cpu_s": cpu["assess"],
        "python_pass_median_s": wall["python -c pass"],
        "python_sqlite3_median_s": wall["python -c 'import sqlite3'"],
        "assess_vs_python_sqlite3": wall["assess"] / wall["python -c 'import sqlite3'"],
        "assessment_median_ms": statistics.median(inner) * 1000,
    }
    print(f"median of {RUNS}, interleaved:      wall      cpu")
    for name in cmds:
        label = "assess --json, whole process" if name == "assess" else name
        print(f"  {label:32s} {wall[name]:.3f} s  {cpu[name]:.3f} s")
    print(
        f"assess --json: {figures['assess_process_median_s']:.3f} s (target <= 0.2 s), "
        f"{figures['assess_vs_python_sqlite3']:.1f}x python -c 'import sqlite3'"
    )
    print(
        f"facts + scoring:              median {figures['assessment_median_ms']:.1f} ms (target < 50 ms)"
    )
    return figures


if __name__ == "__main__":
    main()
