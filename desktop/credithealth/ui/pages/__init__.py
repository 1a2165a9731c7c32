"""The pages of the main window, in sidebar order.

Each entry names a module and a ``Page`` subclass; the window imports them when
it is built. Add a page by adding its line here.
"""

from __future__ import annotations

PAGES: list[tuple[str, str]] = [
    ("credithealth.ui.pages.overview", "OverviewPage"),
    ("credithealth.ui.pages.journey", "JourneyPage"),
    ("credithealth.ui.pages.repayments", "RepaymentsPage"),
    ("credithealth.ui.pages.spending", "SpendingPage"),
    ("credithealth.ui.pages.security", "SecurityPage"),
    ("credithealth.ui.pages.profile", "ProfilePage"),
    ("credithealth.ui.pages.scores", "ScoresPage"),
    ("credithealth.ui.pages.applications", "ApplicationsPage"),
]
