"""Starting the desktop app: Qt, fonts, language, the database, the window."""

from __future__ import annotations

import sys
from pathlib import Path

from credithealth.ui import qt as _qt  # noqa: F401  (before anything imports pyqtgraph)


def create_app(argv: list[str] | None = None):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from credithealth.paths import resource
    from credithealth.ui import i18n
    from credithealth.ui.fonts import apply_app_font

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName("CreditHealth")
    app.setOrganizationDomain("credithealth.local")
    app.setApplicationName("Credit Health")
    app.setDesktopFileName("credit-health")
    app.setWindowIcon(QIcon(str(resource("icons", "credit-health.svg"))))
    apply_app_font(app)  # type: ignore[arg-type]
    i18n.install(i18n.chosen_language())
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


def run(db_path: Path | None, *, default: Path | None = None) -> int:
    """Open ``db_path`` (given with --db or CREDIT_HEALTH_DB); without one, the database
    last opened from Settings, else ``default``."""
    app = create_app()
    from PySide6.QtWidgets import QMessageBox

    from credithealth.store.errors import StoreError
    from credithealth.ui import i18n
    from credithealth.ui.main_window import MainWindow
    from credithealth.ui.session import Session

    path = database_to_open(db_path, default)
    if path is None:
        raise ValueError("run() needs a database path or a default")
    try:
        session = Session(path)
    except StoreError as exc:
        QMessageBox.critical(None, "Credit Health", exc.msg.render(i18n.current_language()))
        return 1
    window = MainWindow(session)
    window.show()
    session.refresh_now()
    window.offer_checkup_if_empty()  # first run: the check-up wizard, or the demo
    window.reminders.start()  # the digest of what came due while closed, then the timer
    code = app.exec()
    window.session.close()  # the window may have switched to another database
    return code
