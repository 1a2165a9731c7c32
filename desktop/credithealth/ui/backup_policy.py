"""How many automatic backups to keep: two numbers in QSettings, read as a ``BackupPolicy``.

Backups stay in ``backups/`` beside the database (the store's default folder),
so they move with it; only the rotation is the user's to choose.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from credithealth.store.file_backups import DEFAULT_POLICY, BackupPolicy

KEEP_DAILY = "backups/keep_daily"
KEEP_WEEKLY = "backups/keep_weekly"
DAILY_RANGE = (1, 90)
WEEKLY_RANGE = (0, 104)


def _number(key: str, default: int, low: int, high: int) -> int:
    try:
        value = int(QSettings().value(key, default))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return default
    return min(max(value, low), high)


def backup_policy() -> BackupPolicy:
    return BackupPolicy(
        keep_daily=_number(KEEP_DAILY, DEFAULT_POLICY.keep_daily, *DAILY_RANGE),
        keep_weekly=_number(KEEP_WEEKLY, DEFAULT_POLICY.keep_weekly, *WEEKLY_RANGE),
    )


def set_keep(daily: int | None = None, weekly: int | None = None) -> None:
    s = QSettings()
    if daily is not None:
        s.setValue(KEEP_DAILY, int(daily))
    if weekly is not None:
        s.setValue(KEEP_WEEKLY, int(weekly))
