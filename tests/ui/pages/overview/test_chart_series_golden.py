"""The overview's charts, once drawn, carry exactly the series they carried before the
start-up work moved them after the first paint. The expected data in
``tests/data/overview_chart_series.json`` was written from the code as it was then
(``REWRITE_CHART_SERIES=1`` rewrites it and fails the test: only on purpose)."""

from __future__ import annotations

import json
import math
import os
from dataclasses import asdict, is_dataclass
from datetime import date
from pathlib import Path
from typing import Any

from credithealth.ui.common.worker import wait_all

GOLDEN = Path(__file__).resolve().parents[3] / "data" / "overview_chart_series.json"


def _plain(value: Any) -> Any:
    """JSON-comparable: numbers as floats rounded to 9 places, dates as ISO text."""
    if is_dataclass(value) and not isinstance(value, type):
        return _plain(asdict(value))
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [_plain(v) for v in value]
        return sorted(items, key=repr) if isinstance(value, (set, frozenset)) else items
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if hasattr(value, "tolist"):  # numpy arrays and scalars
        return _plain(value.tolist())
    number = float(value)
    return None if math.isnan(number) else round(number, 9)


def _items(plot: Any) -> list[dict[str, Any]]:
    import pyqtgraph as pg

    out: list[dict[str, Any]] = []
    for item in plot.items:
        if isinstance(item, pg.PlotDataItem):
            xs, ys = item.getData()
            out.append({"line": {"x": _plain(xs), "y": _plain(ys)}})
        elif isinstance(item, pg.BarGraphItem):
            opts = item.opts
            keys = ("x", "x0", "x1", "height", "y0", "y1", "width")
            out.append({"bars": {k: _plain(opts[k]) for k in keys if opts.get(k) is not None}})
    return out


def chart_series(charts: Any) -> dict[str, Any]:
    """Every series on the five charts: lines (x, y), bars, the twin axis, the radar's data."""
    found: dict[str, Any] = {}
    for name in ("readiness", "sesame", "repayments", "spending"):
        chart = getattr(charts, name).chart
        entry: dict[str, Any] = {"plot": _items(chart.plot)}
        twin = getattr(chart, "_twin", None)
        if twin is not None:
            entry["twin"] = _items(type("V", (), {"items": twin.view.addedItems})())
        found[name] = entry
    found["radar"] = _plain(charts.radar.chart.data)
    return found


def drawn_series(qtbot, session) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """The overview page's charts over ``session`` once everything has loaded."""
    from PySide6.QtCore import QCoreApplication

    from credithealth.ui.pages.overview.page import OverviewPage

    page = OverviewPage(session)
    qtbot.addWidget(page)
    page.resize(1200, 900)
    page.show()

    def idle() -> bool:
        QCoreApplication.processEvents()
        return (
            page.charts is not None
            and page.data is not None
            and page.data.past is not None
            and not page._past_wanted
            and not page.backfill.running
            and not page._load_timer.isActive()
            and wait_all(0)
        )

    qtbot.waitUntil(idle, timeout=30_000)
    QCoreApplication.processEvents()
    assert page.charts is not None
    return chart_series(page.charts)


def test_the_charts_carry_the_same_series_as_before(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    got = json.loads(json.dumps(drawn_series(qtbot, session)))
    if os.environ.get("REWRITE_CHART_SERIES"):
        GOLDEN.write_text(json.dumps(got, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        raise AssertionError(f"rewrote {GOLDEN}: check the diff, then run again without it")
    expected = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert set(got) == set(expected)
    for name in expected:
        assert got[name] == expected[name], name
    # the data is real: the demo has a history, repayments, spending and Sesame scores
    assert len(got["readiness"]["plot"]) >= 2 and got["radar"]["now"]
    assert any(bars["bars"]["height"] for bars in got["repayments"]["plot"] if "bars" in bars)
