"""`make bench`: every benchmarks/bench_*.py in turn, with the machine they ran on."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()} {platform.release()}"


def main() -> int:
    print(f"machine: {machine()}\n")
    only = sys.argv[1:]
    failed = 0
    for script in sorted(HERE.glob("bench_*.py")):
        if only and script.stem not in only and script.stem.removeprefix("bench_") not in only:
            continue
        print(f"== {script.stem}")
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
        p = subprocess.run([sys.executable, str(script)], cwd=HERE, env=env, check=False)
        failed += p.returncode != 0
        print()
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
