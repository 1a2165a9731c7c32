"""The real app in a real X window: started as users start it, driven with real input.

An X server of its own (Xvfb) per run; the app is ``python -m credithealth --db DB gui``
on Qt's xcb platform; keys go in through the X server (xdotool, XTEST) exactly as a
keyboard's would. Each run visits every page of the sidebar with the arrow keys and
saves a screenshot of it under artifacts/screenshots/<lang>/, then logs a repayment
for an overdue bill through the Repayments form and checks the database: the bill is
cleared and the verdict no longer blocked by it. Once in English, once in Chinese
(chosen through the app's own setting, as a user would).
"""

from __future__ import annotations

import importlib
import os
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from credithealth.domain.assess import assess
from credithealth.domain.records import Account, Bill, Repayment
from credithealth.store import repo
from credithealth.store.db import open_db
from credithealth.store.demo import fill_demo
from credithealth.store.facts import load_facts

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "artifacts" / "screenshots"
TOOLS = {
    "Xvfb": "xvfb",
    "xdotool": "xdotool",
    "import": "imagemagick",
}
pytestmark = pytest.mark.e2e


def _missing() -> list[str]:
    return [f"{tool} ({pkg})" for tool, pkg in TOOLS.items() if shutil.which(tool) is None]


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    missing = _missing()
    if missing:
        pytest.skip(
            "needs a real X server and input tools: "
            + ", ".join(missing)
            + " not installed (tools/ensure-debian-packages.sh installs them)"
        )
    # -displayfd: the server picks a free display number and tells us which
    xvfb = subprocess.Popen(
        # -noreset: no server reset when the last client leaves (a new one could not connect)
        ["Xvfb", "-displayfd", "1", "-screen", "0", "1600x1000x24", "-nolisten", "tcp", "-noreset"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert xvfb.stdout is not None
    ready, _, _ = select.select([xvfb.stdout], [], [], 15)
    line = xvfb.stdout.readline().decode().strip() if ready else ""
    try:
        if not line.isdigit():
            pytest.fail("Xvfb did not start")
        yield f":{line}"
    finally:
        xvfb.terminate()
        xvfb.wait(10)
        xvfb.stdout.close()


class App:
    """The app running on ``display``, and the keys and screenshots sent its way."""

    def __init__(self, display: str, db: Path, home: Path, lang: str) -> None:
        self.display = display
        self.env = {
            **os.environ,
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "CREDIT_HEALTH_E2E_DISPLAY": "1",
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_STATE_HOME": str(home / "state"),
            "XDG_RUNTIME_DIR": str(home / "runtime"),
            "LANG": "en_US.UTF-8",
            "PYTHONPATH": os.pathsep.join(
                [str(ROOT / "desktop"), *filter(None, [os.environ.get("PYTHONPATH")])]
            ),
        }
        (home / "runtime").mkdir(mode=0o700, parents=True)
        # the language as the app's settings dialog would store it (QSettings, ui/language)
        conf = home / "config" / "CreditHealth" / "Credit Health.conf"
        conf.parent.mkdir(parents=True)
        conf.write_text(f"[ui]\nlanguage={lang}\n", encoding="utf-8")
        self.log = home / "app.log"
        with self.log.open("wb") as out:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "credithealth", "--db", str(db), "gui"],
                env=self.env,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        # the main window by its title; the reminders digest may open beside it at start
        self.window = self.wait_for_window(name="^(Credit Health|信用健康)$")
        self.digest = self.wait_for_window(besides=(self.window,), timeout=4, required=False)

    def run(self, *args: str) -> str:
        p = subprocess.run(
            args, env=self.env, capture_output=True, text=True, timeout=30, check=False
        )
        return p.stdout.strip()

    def windows(self, name: str = ".") -> list[str]:
        return self.run(
            "xdotool", "search", "--onlyvisible", "--pid", str(self.proc.pid), "--name", name
        ).split()

    def wait_for_window(
        self,
        besides: tuple[str, ...] = (),
        timeout: float = 20,
        name: str = ".",
        required: bool = True,
    ) -> str:
        """The first visible window of the app (whose title matches ``name``) that is not
        one of ``besides``; with ``required=False``, "" when none appears in time."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            assert self.proc.poll() is None, self.log.read_text(errors="replace")
            new = [w for w in self.windows(name) if w not in besides]
            if new:
                time.sleep(0.6)  # let it paint
                return new[0]
            time.sleep(0.1)
        if not required:
            return ""
        raise AssertionError("no new window appeared\n" + self.log.read_text(errors="replace"))

    def keys(self, window: str, *keys: str) -> None:
        """Key presses into ``window`` (there is no window manager to hand focus out)."""
        self.run("xdotool", "windowfocus", "--sync", window)
        for k in keys:
            self.run("xdotool", "key", "--clearmodifiers", k)
            time.sleep(0.05)

    def type(self, window: str, text: str) -> None:
        self.run("xdotool", "windowfocus", "--sync", window)
        self.run("xdotool", "type", "--delay", "40", text)

    def shot(self, path: Path, window: str = "root") -> bytes:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.run("import", "-window", window, str(path))
        assert path.exists() and path.stat().st_size > 10_000, path
        return path.read_bytes()

    def quit(self) -> int:
        self.keys(self.window, "ctrl+q")
        try:
            return self.proc.wait(15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            raise


def _page_keys() -> list[str]:
    """The sidebar's pages as the window builds it, in order."""
    from credithealth.ui.pages import PAGES

    return [getattr(importlib.import_module(m), c).key for m, c in PAGES]


def _demo_with_an_overdue_bill(path: Path, today: date) -> int:
    db = open_db(path)
    fill_demo(db, today)
    loan = repo.insert(db, Account("示例消费贷", "loan", None, "active"))
    assert loan.id
    bill = repo.insert(db, Bill(loan.id, f"{today:%Y-%m}", today - timedelta(days=15), 50_000))
    assert bill.id
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    return bill.id


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_tour_every_page_and_log_a_repayment(display: str, tmp_path: Path, lang: str) -> None:
    today = date.today()
    db_path = tmp_path / "demo.sqlite3"
    bill_id = _demo_with_an_overdue_bill(db_path, today)
    db = open_db(db_path)
    assert "current_overdue" in {b.code for b in assess(load_facts(db, today)).blockers}
    db.conn.close()

    shots = SHOTS / lang
    shutil.rmtree(shots, ignore_errors=True)
    app = App(display, db_path, tmp_path / "home", lang)
    try:
        # an overdue bill is due a reminder: at start it comes in one digest, closed with Esc
        assert app.digest, "the start-up digest did not appear"
        app.shot(shots / "00-digest.png", app.digest)
        app.keys(app.digest, "Escape")
        time.sleep(0.4)
        assert app.digest not in app.windows(), "the digest did not close"
        keys = _page_keys()
        # the sidebar has the keyboard at start: Home, then Down through every page
        seen: list[bytes] = []
        for i, key in enumerate(keys):
            app.keys(app.window, "Home" if i == 0 else "Down")
            time.sleep(0.5)
            shot = app.shot(shots / f"{i + 1:02d}-{key}.png", app.window)
            # a page is created on its first visit: on a busy machine give it a few seconds
            deadline = time.monotonic() + 5
            while i and shot == seen[i - 1] and time.monotonic() < deadline:
                time.sleep(0.25)
                shot = app.shot(shots / f"{i + 1:02d}-{key}.png", app.window)
            seen.append(shot)
            assert i == 0 or seen[i] != seen[i - 1], f"page {key} looks like the one before"

        # log a repayment: open the Repayments page, Alt+L (the button's mnemonic) opens
        # the form on the overdue bill with its amount selected; type it and press Enter
        app.keys(app.window, "Home", *["Down"] * keys.index("repayments"))
        time.sleep(0.4)
        app.shot(shots / "repayments-overdue.png", app.window)
        app.keys(app.window, "alt+l")
        form = app.wait_for_window(besides=(app.window,))
        app.type(form, "500")
        app.shot(shots / "repayment-form.png")
        app.keys(form, "Return")
        time.sleep(1.5)  # saved, the page reloaded, the verdict recomputed off-thread
        assert form not in app.windows(), "the form did not close"
        app.shot(shots / "repayments-after.png", app.window)
        assert app.quit() == 0, app.log.read_text(errors="replace")
    finally:
        if app.proc.poll() is None:
            app.proc.kill()
            app.proc.wait()

    db = open_db(db_path)
    try:
        paid = repo.all_of(db, Repayment, "bill_id = ?", [bill_id])
        assert [(r.amount_fen, r.paid_on, r.source) for r in paid] == [(50_000, today, "manual")]
        after = assess(load_facts(db, today))
        assert "current_overdue" not in {b.code for b in after.blockers}
    finally:
        db.conn.close()
