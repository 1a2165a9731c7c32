"""The three core tasks with the keyboard alone, in the real app under a real X server:
log a repayment, read the dashboard, export the readiness PDF — no mouse event is sent.

Keys go in through the X server (xdotool, XTEST) as a keyboard's would; the app is
started as users start it (see test_app_e2e.py for the set-up it shares).
"""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest

from credithealth.domain.assess import assess
from credithealth.domain.records import Repayment
from credithealth.store import repo
from credithealth.store.db import open_db
from credithealth.store.facts import load_facts
from tests.e2e.test_app_e2e import SHOTS, App, _demo_with_an_overdue_bill, _page_keys
from tests.e2e.test_app_e2e import display as display  # the X server fixture

pytestmark = pytest.mark.e2e


def wait_gone(app: App, window: str, timeout: float = 20) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if window not in app.windows():
            return True
        time.sleep(0.2)
    return False


def press_until_window(app: App, target: str, key: str, besides: tuple[str, ...]) -> str:
    """Press ``key`` in ``target`` until a new window opens (a button may be disabled
    for a while: the report's Save PDF… waits for the report to be drawn)."""
    end = time.monotonic() + 40
    while time.monotonic() < end:
        app.keys(target, key)
        new = app.wait_for_window(besides=besides, timeout=3, required=False)
        if new:
            return new
    raise AssertionError(f"{key} opened nothing\n" + app.log.read_text(errors="replace"))


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_log_a_repayment_read_the_dashboard_and_export_the_pdf_by_keyboard(
    display: str,
    tmp_path: Path,
    lang: str,
) -> None:
    today = date.today()
    db_path = tmp_path / "demo.sqlite3"
    bill_id = _demo_with_an_overdue_bill(db_path, today)
    home = tmp_path / "home"
    shots = SHOTS / "keyboard" / lang
    keys = _page_keys()
    app = App(display, db_path, home, lang)
    try:
        if app.digest:  # the start-up digest of what came due: Esc closes it
            app.keys(app.digest, "Escape")
            time.sleep(0.4)

        # 1. log a repayment: Ctrl+<n> opens Repayments, Alt+L the form on the overdue bill
        app.keys(app.window, f"ctrl+{keys.index('repayments') + 1}")
        time.sleep(0.5)
        form = press_until_window(app, app.window, "alt+l", (app.window,))
        time.sleep(1)  # painted and focused: the amount field, its value selected
        app.type(form, "500")
        app.keys(form, "Return")
        assert wait_gone(app, form), "the repayment form did not close"
        time.sleep(1.5)  # the page reloads, the verdict is recomputed off the GUI thread

        # 2. read the dashboard: Ctrl+1, then Tab from control to control through it
        app.keys(app.window, "ctrl+1")
        time.sleep(0.8)
        first = app.shot(shots / "01-overview.png", app.window)
        app.keys(app.window, *["Tab"] * 6)
        time.sleep(0.4)
        moved = app.shot(shots / "02-overview-tabbed.png", app.window)
        assert moved != first, "Tab did not move the focus through the overview"
        # F1 opens the guide at this page; Esc closes it
        guide = press_until_window(app, app.window, "F1", (app.window,))
        app.shot(shots / "03-guide.png", guide)
        app.keys(guide, "Escape")
        assert wait_gone(app, guide), "Esc did not close the guide"

        # 3. export the PDF: Ctrl+E, wait for the preview, Alt+S (Save PDF…), Return in the
        # file dialog keeps the suggested name; the saved note and the dialog close with Esc
        report = press_until_window(app, app.window, "ctrl+e", (app.window,))
        chooser = press_until_window(app, report, "alt+s", (app.window, report))
        app.shot(shots / "05-save-as.png", chooser)
        app.keys(chooser, "Return")
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not list(home.rglob("*.pdf")):
            time.sleep(0.3)
        pdfs = list(home.rglob("*.pdf"))
        assert pdfs, "no PDF was saved\n" + app.log.read_text(errors="replace")
        saved = app.wait_for_window(besides=(app.window, report, chooser))  # "… is saved."
        app.shot(shots / "06-saved.png", saved)
        app.keys(saved, "Escape")
        assert wait_gone(app, saved)
        app.keys(report, "Escape")
        assert wait_gone(app, report), "Esc did not close the report dialog"
        assert app.quit() == 0, app.log.read_text(errors="replace")
    finally:
        if app.proc.poll() is None:
            app.proc.kill()
            app.proc.wait()

    assert pdfs[0].read_bytes().startswith(b"%PDF") and pdfs[0].stat().st_size > 10_000
    db = open_db(db_path)
    try:
        paid = repo.all_of(db, Repayment, "bill_id = ?", [bill_id])
        assert [(r.amount_fen, r.paid_on, r.source) for r in paid] == [(50_000, today, "manual")]
        assert "current_overdue" not in {b.code for b in assess(load_facts(db, today)).blockers}
    finally:
        db.conn.close()
