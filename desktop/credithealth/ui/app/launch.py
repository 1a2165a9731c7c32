"""Starting the desktop app: Qt, fonts, language, the database, the window.

``CREDIT_HEALTH_EXIT_AFTER_SHOWN=1`` measures a cold start: once the main window's first
frame is painted the app prints ``window shown after 0.812 s`` (counted from the process
start where the system tells it, on Linux; from the app's first line otherwise); once the
overview's charts are drawn with their data it prints ``charts drawn after 1.004 s`` on
stderr, with the longest time the event loop did not answer in between (``longest
stall 0.080 s``: how long input would have waited at worst); and it quits once
start-up's background work (the day's backup) is done too. It changes nothing else.

What the first frame needs comes before it, and nothing else: the window with the
overview page (verdict banner and five factor cards filled from the assessment, which
``ui/database/early_open.py`` has ready: checked, read and scored beside the imports);
the other pages are created on their first visit. After it
(``MainWindow.first_painted``): the overview's loads (history, series, the month-end
back-fill), the charts (pyqtgraph), then the screen-reader names, the reminder scan and
the day's backup.
"""

from __future__ import annotations

import gc
import os
import sys
import time
from collections.abc import MutableMapping
from pathlib import Path
from typing import TYPE_CHECKING

from credithealth.ui.common import qt as _qt  # noqa: F401  (before anything imports pyqtgraph)

if TYPE_CHECKING:
    from credithealth.ui.database.early_open import EarlyOpen

EXIT_AFTER_SHOWN = "CREDIT_HEALTH_EXIT_AFTER_SHOWN"
COLLECT_AT_THE_LATEST_MS = 5000  # the garbage collector is back by then (resume_collecting)
_LOADED = time.monotonic()
_settings_prepared = False


def create_app(argv: list[str] | None = None, *, accessible_names: bool = True):  # type: ignore[no-untyped-def]
    """The application, its settings, font and language; with ``accessible_names`` every
    window's controls are named for screen readers from now on (``run`` starts that
    itself, once the first frame and the charts are up, or at the first start-up dialog)."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from credithealth.paths import resource
    from credithealth.ui.common import i18n
    from credithealth.ui.common.fonts import apply_app_font

    prepare_settings()
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    restore_child_environment()
    app.setDesktopFileName("credit-health")
    app.setWindowIcon(QIcon(str(resource("icons", "credit-health.svg"))))
    apply_app_font(app)  # type: ignore[arg-type]
    i18n.install(i18n.chosen_language())
    if accessible_names:
        name_controls_from_now()
    return app


def name_controls_from_now() -> None:
    """Every window's controls get names a screen reader can say: those on screen now,
    and each window shown from now on (``ui/app/accessibility.py``; importing it makes
    ~130 of Qt's enums, ~25 ms, which the first frame does not wait for)."""
    from credithealth.ui.app import accessibility

    accessibility.install()
    accessibility.resume()


def prepare_settings() -> None:
    """The names Qt files the settings under, the settings file made private and brought
    to this version's layout: all the settings need, before the application object exists
    (start-up reads the last database's path before it creates it). Once per process:
    ``run`` does it before ``create_app``, which would otherwise."""
    global _settings_prepared
    if _settings_prepared:
        return
    _settings_prepared = True
    from PySide6.QtCore import QCoreApplication

    from credithealth.ui.common import app_settings

    QCoreApplication.setOrganizationName("CreditHealth")
    QCoreApplication.setOrganizationDomain("credithealth.local")
    QCoreApplication.setApplicationName("Credit Health")
    make_settings_private()
    app_settings.migrate()  # saved settings in the layout this version reads


def make_settings_private() -> Path | None:
    """The settings file (the last verdict, the database's path, perhaps the user's name)
    and its folder are created 0600 / 0700 before Qt first writes them; Qt keeps the
    mode of an existing file when it rewrites it. Linux and BSD only (elsewhere the
    settings live in the registry or in a folder the system owns)."""
    from credithealth.store.private_files import create_private, private_folder
    from credithealth.ui.common.app_settings import settings_file

    if os.name != "posix" or sys.platform == "darwin":
        return None
    path = settings_file()
    if not path.is_absolute():
        return None
    try:
        private_folder(path.parent)
        create_private(path)
    except OSError:
        return None  # an unwritable settings folder: Qt says so itself, the app goes on
    return path


def remembered_db() -> Path | None:
    """The database last opened from Settings, if it still exists."""
    from credithealth.ui.common.app_settings import LAST_DB

    value = LAST_DB.get()
    if value and Path(value).is_file():
        return Path(value)
    return None


def database_to_open(db_path: Path | None, default: Path | None) -> Path | None:
    """--db or CREDIT_HEALTH_DB (``db_path``) wins; then the database last opened from
    Settings; then the default file in the user's data folder."""
    return db_path or remembered_db() or default


def restore_child_environment(environ: MutableMapping[str, str] | None = None) -> None:
    """Undo what a PyInstaller bundle put in the environment for its own Qt.

    Its launcher puts the bundle first in LD_LIBRARY_PATH (keeping the user's value in
    LD_LIBRARY_PATH_ORIG; DYLD_LIBRARY_PATH on macOS) and its Qt hook sets
    QT_PLUGIN_PATH and QML2_IMPORT_PATH. Qt has read them once the application exists;
    a program the app starts (the file manager, from About) must not inherit them, or
    it would load this bundle's libraries instead of its own.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if not getattr(sys, "frozen", False) or not bundle:
        return
    env = os.environ if environ is None else environ
    inside = Path(bundle).resolve()
    for var in ("LD_LIBRARY_PATH", "DYLD_LIBRARY_PATH"):
        original = env.pop(var + "_ORIG", None)
        if original is None:
            entries = env.get(var, "").split(os.pathsep)
            original = os.pathsep.join(
                e for e in entries if e and not Path(e).resolve().is_relative_to(inside)
            )
        if original:
            env[var] = original
        else:
            env.pop(var, None)
    for var in ("QT_PLUGIN_PATH", "QML2_IMPORT_PATH"):
        env.pop(var, None)


def seconds_since_start() -> tuple[float, bool]:
    """Seconds since the process started, and whether that is exact (Linux: from the
    kernel's start time) or counted from when this module loaded (other systems)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        started = int(fields[19]) / os.sysconf("SC_CLK_TCK")  # field 22: starttime
        return time.clock_gettime(time.CLOCK_BOOTTIME) - started, True
    except (OSError, ValueError, IndexError, AttributeError):
        return time.monotonic() - _LOADED, False


def _report_shown() -> None:
    seconds, exact = seconds_since_start()
    since = "" if exact else " (since the app's code loaded)"
    print(f"window shown after {seconds:.3f} s{since}", flush=True)
    from credithealth.ui.common import i18n

    # on stderr: stdout carries the one timing line scripts read
    print(f"Qt's own translations: {i18n.qt_catalogue() or 'none'}", file=sys.stderr, flush=True)


def run(
    db_path: Path | None,
    *,
    default: Path | None = None,
    passphrase: str | None = None,
    early: EarlyOpen | None = None,
) -> int:
    """Open ``db_path`` (given with --db or CREDIT_HEALTH_DB); without one, the database
    last opened from Settings, else ``default``. See ``ui/app/startup.py`` for the steps.
    ``early``: the open of ``db_path`` already begun (``early_open.begin``, which the
    command line starts before Qt loads when it knows the file).

    Each step goes to the log. With ``CREDIT_HEALTH_EXIT_AFTER_SHOWN`` start-up runs
    exactly as always (the check-up on an empty database, the digest, the day's backup in
    the background); the time is printed once the window is shown and the app quits once
    the background backup has finished."""
    from credithealth.applog import log, setup_logging, tidy_path, versions

    setup_logging()
    log.info("start: %s", versions())
    prepare_settings()
    path = database_to_open(db_path, default)
    if path is None:
        raise ValueError("run() needs a database path or a default")
    # opened and scored in a thread while Qt and the window's modules load (early_open.py)
    if early is None and passphrase is None:
        early = start_early_open(path)
    app = create_app(accessible_names=False)  # named once the window is up: see below
    log.info("language %s; opening %s", i18n_language(), tidy_path(path))
    from PySide6.QtCore import QTimer

    from credithealth.ui.app.main_window import MainWindow
    from credithealth.ui.app.startup import Startup, after_charts, install_error_hook
    from credithealth.ui.common.session import Session

    timing = bool(os.environ.get(EXIT_AFTER_SHOWN))
    waiting = {"shown", "charts", "backup"}  # what a timed start waits for before it quits

    def timed(step: str) -> None:
        waiting.discard(step)
        if timing and not waiting:
            app.quit()

    def show_window(session: Session) -> MainWindow:
        log.info(
            "database open (encrypted: %s, read-only: %s)",
            "yes" if session.passphrase else "no",
            "yes" if session.read_only else "no",
        )
        session.refresh_now()  # the banner and the cards are filled before the first frame
        if names_on:  # a start-up dialog came first: stop naming until the charts are drawn
            from credithealth.ui.app import accessibility

            accessibility.pause()
        window = MainWindow(session)
        window.first_painted.connect(resume_collecting)
        window.show()
        app.setQuitOnLastWindowClosed(True)
        log.info("window shown")
        if timing:
            # first_painted comes once the event loop has delivered the show and the first frame
            watch: list[StallWatch] = []  # from the first frame until the charts are drawn
            window.first_painted.connect(
                lambda: (watch.append(StallWatch()), _report_shown(), timed("shown"))
            )
            overview = window.pages["overview"]
            if window.current_page() is overview:
                overview.charts_drawn.connect(  # type: ignore[attr-defined]
                    lambda: QTimer.singleShot(
                        0, lambda: (_report_charts(watch[0].stop()), timed("charts"))
                    )
                )
            else:
                timed("charts")  # another page is shown first: no charts to wait for
        after_charts(window, _save_startup_cache)
        if window.offer_checkup_if_empty():  # first run: the check-up wizard, or the demo
            log.info("empty database: check-up wizard shown")
            name_controls_from_now()  # the wizard has the focus: named now, not after charts
            # reminders begin once it is done, without a "while you were away" digest
            wizard = window.dialogs.get("checkup")
            assert wizard is not None
            wizard.finished.connect(lambda _r: window.reminders.start(digest=False))
        else:
            after_charts(window, name_controls_from_now)
            after_charts(window, _warm_calendar)
            # the digest of what came due while closed, then the timer: after the charts
            after_charts(window, lambda: _start_reminders(window))
        return window

    startup = Startup(show_window, passphrase=passphrase, early=early)
    startup.window_shown.connect(
        lambda w: after_charts(w, lambda: _watch_daily(startup, lambda: timed("backup")))
    )
    install_error_hook(startup.db_path)
    from credithealth.ui.app import error_dialog

    error_dialog.during_start_up(lambda: startup.window is None)
    # until the window is up, closing a dialog (passphrase, bad database) must not end the app
    app.setQuitOnLastWindowClosed(False)
    startup.finished.connect(app.exit)
    names_on = False
    if early is not None:
        warm_first_frame()  # while the early open finishes its reads
    startup.begin(path)
    if startup.code is not None:  # decided at once: another window has the database
        log.info("start-up ended: code %s", startup.code)
        return startup.code
    if startup.window is None:  # a dialog asks first (a passphrase, a bad database)
        resume_collecting()
        names_on = True
        name_controls_from_now()
    # and at the latest then, should the first frame never come (an error building it)
    QTimer.singleShot(COLLECT_AT_THE_LATEST_MS, resume_collecting)
    code = app.exec()
    if startup.window is None:
        code = 1 if startup.code is None else startup.code
        log.info("start-up ended without a window: code %s", code)
        return code
    startup.window.session.close()  # the window may have switched to another database
    log.info("quit: code %s", code)
    return code


def _save_startup_cache() -> None:
    """The code compiled for the classes made so far, for the next start, once the charts
    are up (startup_cache.py; the command saves again at its end, cli/main.py)."""
    from credithealth import startup_cache

    startup_cache.save()


def resume_collecting() -> None:
    """The cyclic garbage collector back on once the first frame is up (or a start-up
    dialog comes first). The command line turns it off for the start (``cmd_gui``): start-up
    makes hundreds of thousands of objects (modules, classes, Qt's enums, widgets) that
    all live on, and the collector walked them some 80 times, ~15 ms, before the first
    frame. What start-up made is set aside for good (``gc.freeze``: later collections do
    not walk it). Once; nothing if the collector was on."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def warm_first_frame() -> None:
    """What the first frame needs whatever the database holds: the overview's code and the
    sentences its verdict and cards are written in."""
    from credithealth.domain import messages
    from credithealth.ui.pages.overview import page  # noqa: F401  (made with the window)

    messages.preload("domain", "labels")


def start_early_open(path: Path) -> EarlyOpen:
    """The opener's first attempt, begun in a thread (what it needs is imported first, on
    this thread, so the threads never import the same modules at once)."""
    from credithealth.ui.database.early_open import begin

    return begin(path)


class StallWatch:
    """The longest gap between turns of the event loop, seen by a 10 ms timer."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.longest = 0.0
        self._last = time.monotonic()
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now = time.monotonic()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def stop(self) -> float:
        self._tick()
        self.timer.stop()
        return self.longest


def _report_charts(stall: float) -> None:
    seconds, exact = seconds_since_start()
    since = "" if exact else " (since the app's code loaded)"
    print(
        f"charts drawn after {seconds:.3f} s{since}; longest stall {stall:.3f} s",
        file=sys.stderr,
        flush=True,
    )


def i18n_language() -> str:
    from credithealth.ui.common import i18n

    return i18n.current_language()


def _start_reminders(window) -> None:  # type: ignore[no-untyped-def]
    from credithealth.applog import log

    window.reminders.service.digest_ready.connect(
        lambda missed: log.info("digest shown: %d reminders", len(missed))
    )
    window.reminders.start()
    log.info("reminders started")


def _warm_calendar() -> None:
    """Load the holiday calendar (from the start-up cache; else the holidays package, ~130
    ms) in a worker once the charts are up, so the first page that counts working days (the
    Journey) does not wait for it."""
    from credithealth.applog import log
    from credithealth.domain.workdays import official_years
    from credithealth.ui.common.worker import run_op

    run_op(
        lambda _p: official_years(),
        lambda years: log.info("holiday calendar loaded: %d official years", len(years)),
        lambda exc: log.warning("holiday calendar not loaded: %s", type(exc).__name__),
    )


def _watch_daily(startup, done) -> None:  # type: ignore[no-untyped-def]
    """Log the day's backup (taken off the GUI thread) and call ``done`` when it has ended."""
    from credithealth.applog import log

    daily = startup.daily
    if daily is None or not daily.running:
        log.info("daily backup: nothing to do")
        done()
        return
    daily.done.connect(
        lambda p: (log.info("daily backup: %s", "taken" if p else "already there"), done())
    )
    daily.failed.connect(lambda _t: (log.warning("daily backup failed"), done()))
