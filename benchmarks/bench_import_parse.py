"""Bill parsing: a 100,000-row Alipay app export (2023-on layout, GBK) read by
``read_bill_file`` (target < 1.5 s), next to a bare ``csv.reader`` over the same file.

The baseline only decodes and splits; the importer also finds the layout, checks
every value, classifies every row and builds the records.
Run: ``PYTHONPATH=desktop python benchmarks/bench_import_parse.py [rows]``.
"""

from __future__ import annotations

import csv
import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from gen_alipay import write_alipay_gen3

from credithealth.importers import read_bill_file

RUNS = 5


def _median(fn: Callable[[], int]) -> tuple[float, float, int]:
    """Median wall and CPU seconds; CPU time stays honest on a busy shared machine."""
    wall, cpu, count = [], [], 0
    for _ in range(RUNS):
        t, c = time.perf_counter(), time.process_time()
        count = fn()
        wall.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    return statistics.median(wall), statistics.median(cpu), count


def main(rows: int = 100_000) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        path = write_alipay_gen3(Path(tmp) / "alipay_bench.csv", rows)
        size_mb = path.stat().st_size / 1e6

        def baseline() -> int:
            text = path.read_bytes().decode("gb18030")
            return sum(1 for _ in csv.reader(io.StringIO(text)))

        def importer() -> int:
            parsed = read_bill_file(path)
            assert parsed.rows_total == rows and not parsed.errors
            return len(parsed.rows)

        base_s, base_cpu, base_lines = _median(baseline)
        parse_s, parse_cpu, parsed_rows = _median(importer)
    figures = {
        "parse_s": parse_s,
        "parse_cpu_s": parse_cpu,
        "parse_rows_per_s": parsed_rows / parse_s,
        "csv_reader_s": base_s,
        "csv_reader_cpu_s": base_cpu,
        "csv_reader_lines_per_s": base_lines / base_s,
    }
    print(f"file: {rows:,} rows, {size_mb:.1f} MB GBK; median of {RUNS} runs")
    print(
        f"read_bill_file:      {parse_s:.3f} s ({parse_cpu:.3f} s CPU), "
        f"{figures['parse_rows_per_s']:>9,.0f} rows/s (target < 1.5 s)"
    )
    base_rate = figures["csv_reader_lines_per_s"]
    print(f"csv.reader baseline: {base_s:.3f} s ({base_cpu:.3f} s CPU), {base_rate:>9,.0f} lines/s")
    print(f"the importer takes {parse_s / base_s:.1f}x the baseline's time")
    return figures


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
