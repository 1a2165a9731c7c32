"""Starting the desktop app: Qt, fonts, language, the database, the window.

``CREDIT_HEALTH_EXIT_AFTER_SHOWN=1`` measures a cold start: once the main window is
shown the app prints ``window shown after 0.812 s`` (counted from the process start
where the system tells it, on Linux; from the app's first line otherwise) and quits.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import MutableMapping
from pathlib import Path

from credithealth.ui import qt as _qt  # noqa: F401  (before anything imports pyqtgraph)

EXIT_AFTER_SHOWN = "CREDIT_HEALTH_EXIT_AFTER_SHOWN"
_LOADED = time.monotonic()


def create_app(argv: list[str] | None = None):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from credithealth.paths import resource
    from credithealth.ui import i18n
    from credithealth.ui.fonts import apply_app_font

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    restore_child_environment()
    app.setOrganizationName("CreditHealth")
    app.setOrganizationDomain("credithealth.local")
    app.setApplicationName("Credit Health")
    app.setDesktopFileName("credit-health")
    app.setWindowIcon(QIcon(str(resource("icons", "credit-health.svg"))))
    apply_app_font(app)  # type: ignore[arg-type]
    i18n.install(i18n.chosen_language())
    from credithealth.ui import accessibility

    accessibility.install()  # every window's controls get names a screen reader can say
    return app


def remembered_db() -> Path | None:
    """The database last opened from Settings, if it still exists."""
    from PySide6.QtCore import QSettings

    from credithealth.ui.main_window import LAST_DB

    value = QSettings().value(LAST_DB)
    if isinstance(value, str) and value and Path(value).is_file():
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


def _report_shown_and_quit(app) -> None:  # type: ignore[no-untyped-def]
    seconds, exact = seconds_since_start()
    since = "" if exact else " (since the app's code loaded)"
    print(f"window shown after {seconds:.3f} s{since}", flush=True)
    from credithealth.ui import i18n

    # on stderr: stdout carries the one timing line scripts read
    print(f"Qt's own translations: {i18n.qt_catalogue() or 'none'}", file=sys.stderr, flush=True)
    app.quit()


def run(db_path: Path | None, *, default: Path | None = None) -> int:
    """Open ``db_path`` (given with --db or CREDIT_HEALTH_DB); without one, the database
    last opened from Settings, else ``default``. See ``ui/startup.py`` for the steps."""
    app = create_app()
    from PySide6.QtCore import QTimer

    from credithealth.ui.main_window import MainWindow
    from credithealth.ui.session import Session
    from credithealth.ui.startup import Startup, install_error_hook

    path = database_to_open(db_path, default)
    if path is None:
        raise ValueError("run() needs a database path or a default")
    timing = bool(os.environ.get(EXIT_AFTER_SHOWN))

    def show_window(session: Session) -> MainWindow:
        window = MainWindow(session)
        window.show()
        app.setQuitOnLastWindowClosed(True)
        session.refresh_now()
        if timing:
            # runs once the event loop has delivered the show and the first paint
            QTimer.singleShot(0, lambda: _report_shown_and_quit(app))
        else:
            if window.offer_checkup_if_empty():  # first run: the check-up wizard, or the demo
                # reminders begin once it is done, without a "while you were away" digest
                window.checkup_wizard.finished.connect(
                    lambda _r: window.reminders.start(digest=False)
                )
            else:
                window.reminders.start()  # the digest of what came due while closed, then the timer
        return window

    startup = Startup(show_window, background=not timing)
    install_error_hook(startup.db_path)
    # until the window is up, closing a dialog (passphrase, bad database) must not end the app
    app.setQuitOnLastWindowClosed(False)
    startup.finished.connect(app.exit)
    startup.begin(path)
    if startup.code is not None:  # decided at once: another window has the database
        return startup.code
    code = app.exec()
    if startup.window is None:
        return 1 if startup.code is None else startup.code
    startup.window.session.close()  # the window may have switched to another database
    return code
