from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QApplication

from credithealth.charts.axes import LocalDateAxis, MoneyAxis, MonthAxis, from_timestamp, timestamp
from credithealth.charts.palette import DARK, LIGHT, is_dark_color, palette_for
from credithealth.charts.texts import month_label
from credithealth.domain.rules import FACTORS


def test_timestamps_are_utc_midnights() -> None:
    assert timestamp(date(1970, 1, 2)) == 86_400.0
    assert from_timestamp(timestamp(date(2026, 11, 26))) == date(2026, 11, 26)


def test_month_labels_in_both_languages() -> None:
    assert month_label("2026-06", "zh_CN") == "6月"
    assert month_label("2026-01", "zh_CN", with_year=True) == "2026年1月"
    assert month_label("2026-06", "en") == "Jun"
    assert month_label("2026-01", "en", with_year=True) == "Jan 2026"


def test_date_axis_thins_labels_and_names_the_year(app: QApplication) -> None:
    axis = LocalDateAxis("zh_CN")
    lo, hi = timestamp(date(2025, 6, 1)), timestamp(date(2026, 11, 30))
    [(_, wide)] = axis.tickValues(lo, hi, 2000)
    assert len(wide) == 18  # every month fits on a wide axis
    labels = axis.tickStrings(wide, 1, 0)
    # the year is named in January; the first label names it only when no January shows
    assert labels[0] == "6月" and "2026年1月" in labels and "7月" in labels
    [(_, short)] = axis.tickValues(timestamp(date(2026, 3, 1)), timestamp(date(2026, 8, 1)), 2000)
    assert axis.tickStrings(short, 1, 0)[0] == "2026年3月"
    [(_, narrow)] = axis.tickValues(lo, hi, 200)
    assert len(narrow) < 18
    axis.lang = "en"
    assert axis.tickStrings([timestamp(date(2026, 1, 1))], 1, 0) == ["Jan 2026"]


def test_month_axis_labels_by_index(app: QApplication) -> None:
    axis = MonthAxis("en")
    axis.set_months(["2025-12", "2026-01", "2026-02"])
    [(_, ticks)] = axis.tickValues(-0.6, 2.6, 600)
    assert ticks == [0.0, 1.0, 2.0]
    assert axis.tickStrings(ticks, 1, 1) == ["Dec", "Jan 2026", "Feb"]
    assert axis.tickValues(-0.6, 2.6, 20)[0][1] == [1.0]  # thinned out around January


def test_money_axis_shows_yuan(app: QApplication) -> None:
    axis = MoneyAxis()
    assert axis.tickStrings([0.0, 500_000.0, 12_345.0], 1, 1) == ["¥0", "¥5,000", "¥123.45"]


def test_palettes_cover_every_factor_and_verdict() -> None:
    for pal in (LIGHT, DARK):
        assert set(pal.factors) == set(FACTORS)
        assert set(pal.verdict) == {"likely", "not_yet", "blocked", "needs_data"}
        assert set(pal.sesame_bands) == {"poor", "fair", "good", "very_good", "excellent"}
    assert is_dark_color(DARK.background) and not is_dark_color(LIGHT.background)
    assert palette_for(True) is DARK and palette_for(False) is LIGHT
