"""Several reminders make one notification line."""

from __future__ import annotations

from datetime import date, datetime

from credithealth.domain.messages import Msg
from credithealth.domain.reminders import Reminder
from credithealth.ui.common import i18n
from credithealth.ui.reminders.tray import announcement


def reminder(kind: str, n: int = 1) -> Reminder:
    return Reminder(
        f"{kind}:{n}:2026-12-10",
        f"{kind}:{n}",
        kind,
        date(2026, 12, 10),
        datetime(2026, 12, 10, 9),
        Msg("reminder.pboc_first"),
    )


def test_one_reminder_is_shown_as_it_is(qapp) -> None:  # type: ignore[no-untyped-def]
    assert announcement([reminder("pboc")], "en") == (
        "PBOC credit report",
        "Get your PBOC credit report and record it",
    )


def test_several_become_one_line(qapp) -> None:  # type: ignore[no-untyped-def]
    batch = [reminder("bill_overdue"), reminder("bill_overdue", 2), reminder("sesame")]
    assert announcement(batch, "en") == ("3 reminders", "Overdue bill · Sesame score")
    try:
        i18n.install("zh_CN")
        assert announcement(batch, "zh_CN") == ("3 条提醒", "逾期账单 · 芝麻信用分")
    finally:
        i18n.install("en")
