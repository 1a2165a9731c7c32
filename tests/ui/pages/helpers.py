"""Helpers for page tests: the records of a database (what undo must restore), and a
form's OK button."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialogButtonBox
from sqlite_utils import Database

from credithealth.store.json_backup import dump
from credithealth.ui.common.widgets.fields import RecordForm


def records(db: Database) -> dict[str, Any]:
    """Every table but the assessment history, which the app rewrites after each change."""
    tables = dump(db)["tables"]
    tables.pop("assessments")
    return tables


def ok_button(form: RecordForm) -> Any:
    return form.buttons.button(QDialogButtonBox.StandardButton.Ok)


def messages(form: RecordForm) -> list[str]:
    """The messages shown next to the fields, in field order."""
    return [m.text() for _w, m in form.fields if not m.isHidden()]
