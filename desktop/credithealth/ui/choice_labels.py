"""Translated labels for the codes of the record vocabularies the UI offers as choices
(account kinds and statuses, application channels and statuses, check-up reasons).

The checklist items, incident kinds and proofs have domain sentences (``Msg``);
these codes are only ever shown by the UI, so they are translated with Qt.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def account_kind(kind: str) -> str:
    return {
        "huabei": QCoreApplication.translate("ChoiceLabels", "Huabei"),
        "jiebei": QCoreApplication.translate("ChoiceLabels", "Jiebei"),
        "credit_card": QCoreApplication.translate("ChoiceLabels", "Credit card"),
        "loan": QCoreApplication.translate("ChoiceLabels", "Loan"),
        "other": QCoreApplication.translate("ChoiceLabels", "Other credit"),
    }.get(kind, kind)


def account_status(status: str) -> str:
    return {
        "active": QCoreApplication.translate("ChoiceLabels", "Active"),
        "limited": QCoreApplication.translate("ChoiceLabels", "Limited"),
        "suspended": QCoreApplication.translate("ChoiceLabels", "Suspended"),
        "closed": QCoreApplication.translate("ChoiceLabels", "Closed"),
    }.get(status, status)


def channel(code: str) -> str:
    return {
        "app": QCoreApplication.translate("ChoiceLabels", "In the app"),
        "customer_service": QCoreApplication.translate("ChoiceLabels", "Customer service"),
    }.get(code, code)


def application_status(status: str) -> str:
    return {
        "pending": QCoreApplication.translate("ChoiceLabels", "Pending"),
        "approved": QCoreApplication.translate("ChoiceLabels", "Approved"),
        "refused": QCoreApplication.translate("ChoiceLabels", "Refused"),
    }.get(status, status)


def checkup_reason(reason: str) -> str:
    return {
        "overdue": QCoreApplication.translate("ChoiceLabels", "Overdue repayment"),
        "account_risk": QCoreApplication.translate("ChoiceLabels", "Account risk"),
        "frequent_changes": QCoreApplication.translate(
            "ChoiceLabels", "Frequent changes to personal info"
        ),
        "unknown": QCoreApplication.translate("ChoiceLabels", "Not sure"),
    }.get(reason, reason)
