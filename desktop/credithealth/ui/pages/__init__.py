"""The pages of the main window, in sidebar order.

Each entry names the page's key, its module, its ``Page`` subclass and its title (the
same source text and context as the class's ``title()``, so the sidebar can name a page
before it exists). The window creates a page the first time it is shown (the overview at
once). Add a page by adding its line here.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP


class PageEntry(NamedTuple):
    key: str
    module: str
    cls_name: str
    title: str  # translated in the context ``cls_name``, as the page's own tr() does


PAGES: list[PageEntry] = [
    PageEntry(
        "overview",
        "credithealth.ui.pages.overview",
        "OverviewPage",
        QT_TRANSLATE_NOOP("OverviewPage", "Overview"),
    ),
    PageEntry(
        "journey",
        "credithealth.ui.pages.journey",
        "JourneyPage",
        QT_TRANSLATE_NOOP("JourneyPage", "Restore journey"),
    ),
    PageEntry(
        "repayments",
        "credithealth.ui.pages.repayments",
        "RepaymentsPage",
        QT_TRANSLATE_NOOP("RepaymentsPage", "Repayments"),
    ),
    PageEntry(
        "spending",
        "credithealth.ui.pages.spending",
        "SpendingPage",
        QT_TRANSLATE_NOOP("SpendingPage", "Spending"),
    ),
    PageEntry(
        "security",
        "credithealth.ui.pages.security",
        "SecurityPage",
        QT_TRANSLATE_NOOP("SecurityPage", "Account security"),
    ),
    PageEntry(
        "profile",
        "credithealth.ui.pages.profile",
        "ProfilePage",
        QT_TRANSLATE_NOOP("ProfilePage", "Personal info"),
    ),
    PageEntry(
        "scores",
        "credithealth.ui.pages.scores",
        "ScoresPage",
        QT_TRANSLATE_NOOP("ScoresPage", "Credit scores"),
    ),
    PageEntry(
        "applications",
        "credithealth.ui.pages.applications",
        "ApplicationsPage",
        QT_TRANSLATE_NOOP("ApplicationsPage", "Applications"),
    ),
]
