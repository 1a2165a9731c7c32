"""The Help menu's own entries: User guide (F1) and Open the demo.

F1 opens the guide (``ui/guide.py``) at the section of the page on show. Open the
demo makes a fresh demo database in the user's cache folder (``store/demo_file.py``)
and shows it in a window of its own, titled "Demo — …": the user's own database
is never touched, and closing the demo window leaves the main window as it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMessageBox
from shiboken6 import isValid

from credithealth.store.demo_file import demo_folder, make_demo_database
from credithealth.store.errors import StoreError
from credithealth.ui import i18n
from credithealth.ui.main_window import MainWindow
from credithealth.ui.session import Session
from credithealth.ui.tr_args import with_args
from credithealth.ui.worker import wait_all

if TYPE_CHECKING:
    from pathlib import Path

    from credithealth.ui.guide import GuideWindow

GUIDE_ACTION = "actUserGuide"
DEMO_ACTION = "actOpenDemo"

_demo: DemoWindow | None = None  # one demo window per app, whichever window asked for it


class DemoWindow(MainWindow):
    """The main window over the demo database: "Demo — …" in its title; its size,
    page and database are not remembered as the user's."""

    def __init__(self, session: Session) -> None:
        self.demo_path = session.db_path
        super().__init__(session)
        self.setObjectName("demoWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    @property
    def is_demo(self) -> bool:
        return self.session.db_path == self.demo_path

    def retranslate(self) -> None:
        super().retranslate()
        if getattr(self, "demo_path", None) is not None and self.is_demo:
            self.setWindowTitle(with_args(self.tr("Demo — %1"), self.windowTitle()))

    def restore_state(self) -> None:
        screen = self.screen().availableGeometry()
        self.resize(QSize(min(1320, screen.width() * 9 // 10), min(860, screen.height() * 9 // 10)))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.is_demo:  # the user opened their own file here: remember it as usual
            super().closeEvent(event)
        else:
            wait_all(5000)
            event.accept()
        if event.isAccepted() and not self.session.closed:
            self.session.close()  # and its lock: the next Open the demo starts afresh


class HelpActions(QObject):
    """Help → User guide (F1) and Help → Open the demo, before About."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.guide: GuideWindow | None = None
        self.act_guide = QAction(window)
        self.act_guide.setObjectName(GUIDE_ACTION)
        self.act_guide.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.act_guide.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.act_guide.triggered.connect(lambda: self.open_guide())
        self.act_demo = QAction(window)
        self.act_demo.setObjectName(DEMO_ACTION)
        self.act_demo.triggered.connect(lambda: self.open_demo())
        window.act_about.setObjectName("actAbout")
        menu = window.menus["help"]
        menu.insertAction(window.act_about, self.act_guide)
        menu.insertAction(window.act_about, self.act_demo)
        menu.insertSeparator(window.act_about)
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.act_guide.setText(self.tr("User &guide"))
        self.act_guide.setToolTip(self.tr("How to restore your line, page by page (F1)"))
        self.act_demo.setText(self.tr("Open the &demo"))
        self.act_demo.setToolTip(
            self.tr("An example story in a window of its own; your records are not touched")
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window:
            if event.type() == QEvent.Type.LanguageChange:
                self.retranslate()
            elif event.type() == QEvent.Type.Close and not isinstance(self.window, DemoWindow):
                close_demo()  # the demo goes with the main window
        return False

    # -- the guide ----------------------------------------------------------------------

    def open_guide(self, section: str | None = None) -> GuideWindow:
        """Show the guide at ``section`` (default: the current page's), one window only."""
        from credithealth.ui.guide import GuideWindow

        if section is None:
            section = self.window.current_page().key
        if self.guide is None or not isValid(self.guide):
            self.guide = GuideWindow(self.window)
        self.guide.show_section(section)
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()
        return self.guide

    # -- the demo -----------------------------------------------------------------------

    def open_demo(self, folder: Path | None = None) -> DemoWindow | None:
        """The demo in its own window (a fresh one, or the one already open)."""
        global _demo
        if _demo is not None and isValid(_demo) and _demo.isVisible():
            _demo.raise_()
            _demo.activateWindow()
            return _demo
        session = self.window.session
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            made = make_demo_database(folder or demo_folder(), session.today(), session.rules)
        except StoreError as exc:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(
                self.window, self.window.windowTitle(), exc.msg.render(i18n.current_language())
            )
            return None
        except OSError as exc:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(
                self.window,
                self.window.windowTitle(),
                with_args(
                    self.tr("The demo could not be made in %1: %2"),
                    str(exc.filename or ""),
                    exc.strerror or str(exc),
                ),
            )
            return None
        QGuiApplication.restoreOverrideCursor()
        if made is None:
            QMessageBox.information(
                self.window,
                self.window.windowTitle(),
                self.tr("The demo is already open in another Credit Health window."),
            )
            return None
        path, lock = made
        demo = DemoWindow(Session(path, today=session.today, rules=session.rules, lock=lock))
        _demo = demo
        demo.show()
        demo.session.refresh_now()
        return demo


def close_demo() -> None:
    global _demo
    if _demo is not None and isValid(_demo):
        _demo.close()
    _demo = None
