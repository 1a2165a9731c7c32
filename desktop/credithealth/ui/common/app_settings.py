"""The app's own settings (``QSettings``), typed, in one place: every key with the type
of its value and its default, and a version for the day a key moves.

``Setting.get`` never raises: a missing key or a value of the wrong type (a settings
file edited by hand) reads as the default. The keys are those the app has always used,
so settings saved before this module existed keep working; ``migrate`` brings an older
layout up to ``VERSION`` at start-up (version 1 is that original layout: nothing to move).
Database records never live here; only how the window looks and what the user chose.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

VERSION = 1
VERSION_KEY = "settings/version"


def _typed(raw: Any, kind: type, default: Any) -> Any:
    if raw is None:
        return default
    if kind is bool:
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().lower()  # INI files hold "true" / "false"
        return True if text == "true" else False if text == "false" else default
    if kind is int:
        if isinstance(raw, bool):
            return default
        try:
            return int(raw)
        except (TypeError, ValueError):
            return default
    return raw if isinstance(raw, kind) else default


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T
    kind: type  # the type a stored value must have: str, bool, int or QByteArray

    def get(self, settings: QSettings | None = None) -> T:
        return _typed((settings or QSettings()).value(self.key), self.kind, self.default)

    def set(self, value: T, settings: QSettings | None = None) -> None:
        (settings or QSettings()).setValue(self.key, value)

    def is_saved(self, settings: QSettings | None = None) -> bool:
        return (settings or QSettings()).contains(self.key)

    def remove(self, settings: QSettings | None = None) -> None:
        (settings or QSettings()).remove(self.key)


# the interface
LANGUAGE: Setting[str] = Setting("ui/language", "system", str)  # "system", "zh_CN" or "en"
WINDOW_GEOMETRY: Setting[QByteArray | None] = Setting("window/geometry", None, QByteArray)
WINDOW_PAGE: Setting[str | None] = Setting("window/page", None, str)
REPAYMENTS_SPLITTER: Setting[QByteArray | None] = Setting("repayments/splitter", None, QByteArray)
SPENDING_SPLITTER: Setting[QByteArray | None] = Setting("spending/splitter", None, QByteArray)

# the database last opened from Settings (reopened without --db)
LAST_DB: Setting[str | None] = Setting("db/last", None, str)

# the report
LAST_REPORT_FOLDER: Setting[str | None] = Setting("report/last_folder", None, str)
REPORT_INCLUDE_NAME: Setting[bool] = Setting("report/include_name", False, bool)
REPORT_NAME: Setting[str] = Setting("report/name", "", str)

# automatic backups kept (None: the store's default policy)
BACKUP_KEEP_DAILY: Setting[int | None] = Setting("backups/keep_daily", None, int)
BACKUP_KEEP_WEEKLY: Setting[int | None] = Setting("backups/keep_weekly", None, int)
BACKUP_GROUP = "backups"

# reminders: reminders/<kind>/enabled, reminders/<kind>/lead_days, reminders/morning
REMINDER_GROUP = "reminders"
REMINDER_MORNING: Setting[str | None] = Setting(f"{REMINDER_GROUP}/morning", None, str)


def reminder_enabled(kind: str) -> Setting[bool]:
    return Setting(f"{REMINDER_GROUP}/{kind}/enabled", True, bool)


def reminder_lead_days(kind: str, default: int) -> Setting[int]:
    return Setting(f"{REMINDER_GROUP}/{kind}/lead_days", default, int)


def table_header(name: str) -> Setting[QByteArray | None]:
    """A table's column widths and sort, by the table's name."""
    return Setting(f"tables/{name}/header", None, QByteArray)


def last_verdict(db_path: Path) -> Setting[str | None]:
    """The verdict last shown for a database (keyed by a hash: the path is not kept here)."""
    digest = hashlib.sha256(str(Path(db_path).resolve()).encode("utf-8")).hexdigest()[:16]
    return Setting(f"overview/last_verdict_{digest}", None, str)


def settings_file() -> Path:
    """Where Qt keeps the settings (a registry path on Windows: not absolute)."""
    return Path(QSettings().fileName())


def migrate(settings: QSettings | None = None) -> int:
    """Bring saved settings up to ``VERSION``; returns the version they were at (0: none
    recorded). A newer app's layout (a higher version) is left as it is."""
    s = settings or QSettings()
    saved = _typed(s.value(VERSION_KEY), int, 0)
    if saved < VERSION:
        # version 0 -> 1: the same keys, now typed; later steps move keys here
        s.setValue(VERSION_KEY, VERSION)
    return saved
