"""How many automatic backups to keep: two numbers in the settings, read as a ``BackupPolicy``.

Backups stay in ``backups/`` beside the database (the store's default folder),
so they move with it; only the rotation is the user's to choose.
"""

from __future__ import annotations

from credithealth.store.file_backups import DEFAULT_POLICY, BackupPolicy
from credithealth.ui.common.app_settings import BACKUP_KEEP_DAILY, BACKUP_KEEP_WEEKLY, Setting

DAILY_RANGE = (1, 90)
WEEKLY_RANGE = (0, 104)


def _number(setting: Setting[int | None], default: int, low: int, high: int) -> int:
    value = setting.get()
    return default if value is None else min(max(value, low), high)


def backup_policy() -> BackupPolicy:
    return BackupPolicy(
        keep_daily=_number(BACKUP_KEEP_DAILY, DEFAULT_POLICY.keep_daily, *DAILY_RANGE),
        keep_weekly=_number(BACKUP_KEEP_WEEKLY, DEFAULT_POLICY.keep_weekly, *WEEKLY_RANGE),
    )


def set_keep(daily: int | None = None, weekly: int | None = None) -> None:
    if daily is not None:
        BACKUP_KEEP_DAILY.set(int(daily))
    if weekly is not None:
        BACKUP_KEEP_WEEKLY.set(int(weekly))
