"""The pages of the main window, in sidebar order.

Each entry names a module and a ``Page`` subclass; ``PAGE_NAMES`` gives each class's
key and title (the same source text and context as its ``title()``), so that the window
can list a page before it creates it on its first visit. Add a page by adding its line
to both.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

PAGES: list[tuple[str, str]] = [
    ("credithealth.ui.pages.overview.page", "OverviewPage"),
    ("credithealth.ui.pages.journey.page", "JourneyPage"),
    ("credithealth.ui.pages.repayments.page", "RepaymentsPage"),
    ("credithealth.ui.pages.spending.page", "SpendingPage"),
    ("credithealth.ui.pages.security.page", "SecurityPage"),
    ("credithealth.ui.pages.profile.page", "ProfilePage"),
    ("credithealth.ui.pages.scores.page", "ScoresPage"),
    ("credithealth.ui.pages.applications.page", "ApplicationsPage"),
]

# class name -> (key, title translated in the class's context, as its own tr() does)
PAGE_NAMES: dict[str, tuple[str, str]] = {
    "OverviewPage": ("overview", QT_TRANSLATE_NOOP("OverviewPage", "Overview")),
    "JourneyPage": ("journey", QT_TRANSLATE_NOOP("JourneyPage", "Restore journey")),
    "RepaymentsPage": ("repayments", QT_TRANSLATE_NOOP("RepaymentsPage", "Repayments")),
    "SpendingPage": ("spending", QT_TRANSLATE_NOOP("SpendingPage", "Spending")),
    "SecurityPage": ("security", QT_TRANSLATE_NOOP("SecurityPage", "Account security")),
    "ProfilePage": ("profile", QT_TRANSLATE_NOOP("ProfilePage", "Personal info")),
    "ScoresPage": ("scores", QT_TRANSLATE_NOOP("ScoresPage", "Credit scores")),
    "ApplicationsPage": ("applications", QT_TRANSLATE_NOOP("ApplicationsPage", "Applications")),
}
