"""The first frame: the verdict banner and the five factor cards are filled with the same
verdict and scores as ``credit-health assess --json`` for the same database and day (scored
by the early open's thread), and nothing the first frame does not need has run yet (no
other page, no chart, no pyqtgraph or numpy, no overview load, no reminder scan, no
screen-reader naming). Through the real start-up (``ui.app.run``)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path
from subprocess import CompletedProcess
from typing import Any

from credithealth import startup_cache

ROOT = Path(__file__).resolve().parents[3]

PROBE = r"""
import gc, json, sys
from PySide6.QtWidgets import QApplication
import credithealth.ui.app.launch as app
import credithealth.ui.database.open_database as opening
from credithealth import startup_cache

shown = app._report_shown
LATER = (  # what the first frame does not need: loaded after it, or when first used
    "pyqtgraph", "numpy", "credithealth.ui.pages.overview.charts",
    "credithealth.ui.app.accessibility",  # the screen-reader names, once the charts are up
    "credithealth.ui.database.backups",  # the day's check and backup, once the charts are up
    "credithealth.ui.database.bad_database", "credithealth.ui.database.passphrase",
    "credithealth.domain.reminders", "credithealth.ui.reminders.service",
    "logging.handlers",  # the log rotates by itself (applog.py)
)
adopted = []  # what the opener took from the early open (True: the window's session)
take = opening.DatabaseOpener._adopt
opening.DatabaseOpener._adopt = lambda *a, **k: adopted.append(take(*a, **k)) or adopted[-1]

def first_paint():
    w = next(x for x in QApplication.topLevelWidgets() if x.objectName() == "mainWindow")
    page = w.pages["overview"]  # made with the window: looking it up creates nothing
    out = {
        "verdict": page.banner.verdict,
        "overall": page.banner.score.text(),
        "cards": {k: c.score.text() for k, c in page.cards.items()},
        "made": [k for k in w.pages if w.pages.is_made(k)],
        "modules": [m for m in LATER if m in sys.modules],
        "loaded": page.data is not None or page.backfill.running,
        "charts": page.charts is not None,
        "reminders": w.reminders._started,
        "current": w.current_page().key,
        "early": adopted,
        "accessibility": "credithealth.ui.app.accessibility" in sys.modules,
        "startup_cache": startup_cache.installed(),
        "compiled": startup_cache._changed,  # a class's code compiled, not taken from the file
        # the collector, off for the start (cli/main.py), is back, with start-up set aside
        "collecting": gc.isenabled() and gc.get_freeze_count() > 10_000,
    }
    print("FIRST-PAINT " + json.dumps(out), flush=True)
    shown()

app._report_shown = first_paint
from credithealth.cli import main
raise SystemExit(main(["--lang", "en", "--db", sys.argv[1], "gui"]))
"""


def demo_start(tmp_path: Path, demo_file: Path) -> tuple[Path, dict[str, str]]:
    """A copy of the demo database, and the environment of a timed start in English."""
    db = tmp_path / "demo.sqlite3"
    shutil.copy(demo_file, db)
    env = {
        **os.environ,
        "CREDIT_HEALTH_EXIT_AFTER_SHOWN": "1",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "PYTHONPATH": str(ROOT / "desktop"),
        "LANGUAGE": "en",
    }
    return db, env


def probe(code: str, tag: str, db: Path, env: dict[str, str]) -> tuple[Any, CompletedProcess[str]]:
    """Run a probe over the real start-up; what it printed after ``tag``, and the process."""
    p = subprocess.run(
        [sys.executable, "-c", code, str(db)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert p.returncode == 0, p.stderr
    line = next(x for x in p.stdout.splitlines() if x.startswith(tag + " "))
    return json.loads(line.removeprefix(tag + " ")), p


def test_the_first_frame_shows_the_verdict_of_assess(tmp_path: Path, demo_file: Path) -> None:
    db, env = demo_start(tmp_path, demo_file)
    today = date.today().isoformat()  # the window scores as of today, so does assess here
    assessed = subprocess.run(
        [sys.executable, "-m", "credithealth", "--db", str(db), "assess", "--json", "--on", today],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    expected = json.loads(assessed.stdout)
    seen, p = probe(PROBE, "FIRST-PAINT", db, env)
    assert date.today().isoformat() == today  # not run across midnight

    assert seen["verdict"] == expected["verdict"]
    assert seen["overall"].startswith(f"{expected['overall']}<"), seen["overall"]
    for key, factor in expected["factors"].items():
        shown = "—" if factor["evidence"] == "none" else str(factor["score"])
        assert seen["cards"][key] == shown, key
    # nothing the first frame does not need
    assert seen["current"] == "overview"
    assert seen["made"] == ["overview"]
    assert seen["modules"] == []
    assert not seen["loaded"] and not seen["charts"] and not seen["reminders"]
    assert not seen["accessibility"]  # the screen-reader names come once the charts are drawn
    # opened and scored in a thread while the window's code loaded
    assert seen["early"] == [True]
    # and what was put off comes after it
    assert "charts drawn after" in p.stderr
    # the classes' code was compiled, and kept once the charts were drawn (startup_cache.py)
    assert seen["startup_cache"] and seen["compiled"]
    assert seen["collecting"]
    assert (tmp_path / "cache" / "CreditHealth" / startup_cache.FILE_NAME).is_file()
    again, _p = probe(PROBE, "FIRST-PAINT", db, env)
    assert again["verdict"] == seen["verdict"] and again["cards"] == seen["cards"]
    assert again["startup_cache"] and not again["compiled"]  # all of it from the file


NAMES_PROBE = r"""
import json, sys
from PySide6.QtWidgets import QApplication, QWidget
import credithealth.ui.app.launch as app

name_controls = app.name_controls_from_now

def named_now():
    name_controls()
    from credithealth.ui.app import accessibility
    w = next(x for x in QApplication.topLevelWidgets() if x.objectName() == "mainWindow")
    named = [c for c in w.findChildren(QWidget) if c.property(accessibility.AUTO)]
    out = {"installed": accessibility._installed is not None,
           "named": len(named),
           "charts_drawn": not w.pages["overview"].charts_pending}
    print("NAMES " + json.dumps(out), flush=True)

app.name_controls_from_now = named_now
from credithealth.cli import main
raise SystemExit(main(["--lang", "en", "--db", sys.argv[1], "gui"]))
"""


def test_once_the_charts_are_drawn_the_controls_are_named(tmp_path: Path, demo_file: Path) -> None:
    db, env = demo_start(tmp_path, demo_file)
    seen, _p = probe(NAMES_PROBE, "NAMES", db, env)
    assert seen["charts_drawn"] and seen["installed"]
    assert seen["named"] >= 5  # the overview's unlabelled controls, named from what is beside them
