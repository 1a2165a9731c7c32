"""The names of record codes the UI offers as choices (account kinds and statuses,
application channels and statuses, check-up reasons), in the window's language.

The names themselves are defined once, for the UI, the CLI and the report alike, in
``domain/labels.py`` (``resources/messages/labels.toml``); this only picks the language.
"""

from __future__ import annotations

from credithealth.domain import labels
from credithealth.ui.i18n import current_language


def account_kind(kind: str) -> str:
    return labels.account_kind(kind, current_language())


def account_status(status: str) -> str:
    return labels.account_status(status, current_language())


def channel(code: str) -> str:
    return labels.application_channel(code, current_language())


def application_status(status: str) -> str:
    return labels.application_status(status, current_language())


def checkup_reason(reason: str) -> str:
    return labels.checkup_reason(reason, current_language())
