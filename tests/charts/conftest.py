from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from credithealth.store.series import HistoryPoint, MonthRepayments, MonthSpending

FACTORS5 = {
    "credit_status": 84,
    "account_security": 90,
    "personal_info": 100,
    "consumption": 75,
    "external_credit": 57,
}


@pytest.fixture
def app(qapp: QApplication) -> QApplication:
    """pyqtgraph needs a QApplication (a QGuiApplication is not enough)."""
    return qapp


@pytest.fixture
def history() -> list[HistoryPoint]:
    return [
        HistoryPoint(date(2026, 6, 30), 37, "blocked", dict.fromkeys(FACTORS5, 40)),
        HistoryPoint(date(2026, 7, 31), 69, "not_yet", dict.fromkeys(FACTORS5, 70)),
        HistoryPoint(date(2026, 8, 31), 75, "likely", FACTORS5),
    ]


@pytest.fixture
def repayments() -> list[MonthRepayments]:
    return [
        MonthRepayments("2025-12", 3, 0, 300_000, 0, 0),
        MonthRepayments("2026-01", 2, 1, 200_000, 120_000, 0),
        MonthRepayments("2026-02", 2, 0, 210_000, 0, 450_000),
    ]


@pytest.fixture
def spending() -> list[MonthSpending]:
    return [
        MonthSpending("2025-12", 30, 150_000, 90_000),
        MonthSpending("2026-01", 28, 200_000, 50_000),
        MonthSpending("2026-02", 0, 0, 0),
    ]
