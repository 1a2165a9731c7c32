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


def run(db_path: Path) -> int:
    app = create_app()
    from PySide6.QtWidgets import QMessageBox

    from credithealth.store.errors import StoreError
    from credithealth.ui import i18n
    from credithealth.ui.main_window import MainWindow
    from credithealth.ui.session import Session

    try:
        session = Session(db_path)
    except StoreError as exc:
        QMessageBox.critical(None, "Credit Health", exc.msg.render(i18n.current_language()))
        return 1
    window = MainWindow(session)
    window.show()
    session.refresh_now()
    window.reminders.start()  # the digest of what came due while closed, then the timer
    code = app.exec()
    session.close()
    return code
