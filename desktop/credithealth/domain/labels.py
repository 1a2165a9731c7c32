"""The one name of each code of a record vocabulary, in both languages.

An account kind, an application status, a checklist item or a factor is stored and
passed around as a code ("credit_card", "refused", "mfa_enabled"); the words a user
reads for it are defined once, in ``resources/messages/labels.toml`` as
``<vocabulary>.<code>``, and the UI, the CLI and the report all name it through here.
"""

from __future__ import annotations

from credithealth.domain.messages import Msg, known
from credithealth.domain.records import (
    ACCOUNT_KINDS,
    ACCOUNT_STATUSES,
    APPLICATION_CHANNELS,
    APPLICATION_STATUSES,
    CHECKUP_REASONS,
    PROFILE_ITEM_KEYS,
    PROOF_KINDS,
    SECURITY_EVENT_KINDS,
    SECURITY_ITEM_KEYS,
    VERDICTS,
)
from credithealth.domain.rules import FACTORS

# vocabulary -> its codes, where the domain fixes them; the labels of the vocabularies
# whose codes come from rules.toml or other modules (bands, reminder kinds, festivals,
# weekdays) are in labels.toml too, and the tests check them against their source
VOCABULARIES: dict[str, tuple[str, ...]] = {
    "account_kind": ACCOUNT_KINDS,
    "account_status": ACCOUNT_STATUSES,
    "application_channel": APPLICATION_CHANNELS,
    "application_status": APPLICATION_STATUSES,
    "checkup_reason": CHECKUP_REASONS,
    "security_item": SECURITY_ITEM_KEYS,
    "security_event": SECURITY_EVENT_KINDS,
    "profile_item": PROFILE_ITEM_KEYS,
    "proof": PROOF_KINDS,
    "factor": FACTORS,
    "verdict_short": (*VERDICTS, "needs_data"),
    "evidence": ("none", "thin", "enough"),
}


def label(vocabulary: str, code: str, lang: str) -> str:
    """The name of ``code`` in ``vocabulary``; a code the vocabulary does not know
    (written by a newer version) is shown as it is stored rather than hidden."""
    key = f"{vocabulary}.{code}"
    if not known(key):
        return code
    return Msg(key).render(lang)


def account_kind(code: str, lang: str) -> str:
    return label("account_kind", code, lang)


def account_status(code: str, lang: str) -> str:
    return label("account_status", code, lang)


def application_channel(code: str, lang: str) -> str:
    return label("application_channel", code, lang)


def application_status(code: str, lang: str) -> str:
    return label("application_status", code, lang)


def checkup_reason(code: str, lang: str) -> str:
    return label("checkup_reason", code, lang)
