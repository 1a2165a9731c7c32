"""The main window: a sidebar of pages, menus and shortcuts, and the verdict in the status bar."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QKeySequence,
    QPaintEvent,
    QUndoGroup,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QProgressBar,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from credithealth import APP_NAME, APP_NAME_ZH
from credithealth.domain.explain import overall_text, verdict_msg
from credithealth.domain.messages import Msg
from credithealth.domain.results import Assessment
from credithealth.ui.app.error_boxes import ErrorBoxes
from credithealth.ui.app.log_folder import LogFolderAction
from credithealth.ui.app.page_icons import page_icon
from credithealth.ui.app.undo_actions import UndoActions
from credithealth.ui.common import app_settings, i18n
from credithealth.ui.common.dialogs import Dialogs
from credithealth.ui.common.retranslate import Retranslates
from credithealth.ui.common.session import Session
from credithealth.ui.common.style import is_dark, verdict_colors
from credithealth.ui.common.tr_args import with_args
from credithealth.ui.common.worker import cancel_all, wait_all
from credithealth.ui.database.read_only import ReadOnlyForms
from credithealth.ui.importing.setup import ImportController
from credithealth.ui.pages import PAGES
from credithealth.ui.pages.base import Page
from credithealth.ui.pages.lazy_pages import LazyPages
from credithealth.ui.reminders.setup import ReminderController
from credithealth.ui.report_export.setup import ReportExport

if TYPE_CHECKING:
    from credithealth.ui.app.preferences import SettingsDialog
    from credithealth.ui.pages.journey.checkup_wizard import CheckupWizard


class MainWindow(Retranslates, QMainWindow):
    session_changed = Signal(object)  # the new Session, after a switch or a reopen
    # the first frame is on screen: start-up work that the first paint does not need
    # (the charts, the reminder scan, the day's backup) starts from here
    first_painted = Signal()

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.setObjectName("mainWindow")
        self.setMinimumSize(QSize(960, 640))
        self.dialogs = Dialogs(self)  # the single-instance dialogs, closed with a database
        self.error_boxes = ErrorBoxes(self)
        self.pages = LazyPages(PAGES, self._page_made)
        self.painted = False  # True once first_painted has been sent
        self._paint_seen = False
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setFixedWidth(190)
        self.stack = QStackedWidget()
        central = QWidget()
        lay = QHBoxLayout(central)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.sidebar)
        lay.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.undo_group = QUndoGroup(self)
        self.undo_group.addStack(session.undo_stack)
        self.undo_group.setActiveStack(session.undo_stack)
        self._add_pages()
        self.sidebar.currentRowChanged.connect(self._show_row)

        self.menus: dict[str, QMenu] = {}
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.addToolBar(self.toolbar)
        self._build_actions()

        self.verdict_label = QLabel()
        self.verdict_label.setObjectName("statusVerdict")
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.statusBar().addWidget(self.progress)
        self.read_only_label = QLabel()
        self.read_only_label.setObjectName("statusReadOnly")
        self.statusBar().addPermanentWidget(self.read_only_label)
        self.statusBar().addPermanentWidget(self.verdict_label)
        self.read_only_forms = ReadOnlyForms(self)

        self._connect_session()
        self.undo_group.cleanChanged.connect(lambda _c: self._update_edit_actions())
        self.sidebar.setCurrentRow(0)
        self.retranslate()
        self._apply_read_only()
        self.restore_state()
        self.report_export = ReportExport(self)  # File → Export readiness report… (Ctrl+E)
        self.reminders = ReminderController(self)  # File → export; tray and digest once started
        self.importer = ImportController(self)  # File → Import bill files…, and dropped files
        from credithealth.ui.app.help_menu import HelpActions  # (it builds on this module)

        self.help_actions = HelpActions(self)  # Help → User guide (F1), Open the demo
        self.log_folder = LogFolderAction(self)  # Help → Open log folder

    # -- pages -----------------------------------------------------------------------

    def _add_pages(self) -> None:
        """One sidebar row per page; a page itself is created when first shown (the
        overview at once: it is the first one, and it tells when an application becomes
        likely even while another page is on screen)."""
        self.pages.set_factory(lambda cls: cls(self.session))
        for key in self.pages:
            item = QListWidgetItem(page_icon(key, self), "")
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.sidebar.addItem(item)
        self.pages["overview"]

    def _connect_session(self) -> None:
        self.session.assessment_changed.connect(self.show_verdict)
        self.session.error.connect(self.show_error)

    def _page_made(self, page: Page) -> None:
        self.stack.addWidget(page)
        page.edit_state_changed.connect(self._update_edit_actions)
        page.open_page.connect(self.show_page)

    def current_page(self) -> Page:
        page = self.stack.currentWidget()
        assert isinstance(page, Page)
        return page

    def show_page(self, key: str) -> None:
        keys = list(self.pages)
        if key in keys:
            self.sidebar.setCurrentRow(keys.index(key))

    def _show_row(self, row: int) -> None:
        if row >= 0:
            key = self.sidebar.item(row).data(Qt.ItemDataRole.UserRole)
            self.stack.setCurrentWidget(self.pages[key])  # created on its first visit
            self._update_edit_actions()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._paint_seen:
            self._paint_seen = True
            # after this frame has been flushed, not inside it
            QTimer.singleShot(0, self._send_first_painted)

    def _send_first_painted(self) -> None:
        self.painted = True
        self.first_painted.emit()

    # -- actions and menus ------------------------------------------------------------

    def _action(
        self, menu: str, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None
    ) -> QAction:
        act = QAction(self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        self.menus[menu].addAction(act)
        return act

    def _build_actions(self) -> None:
        bar = self.menuBar()
        for key in ("file", "edit", "view", "help"):
            self.menus[key] = bar.addMenu("")
        self.act_quit = self._action("file")
        # the generic platform theme (no desktop environment, as under a bare X server) binds
        # no Quit key: Ctrl+Q then did nothing
        self.act_quit.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.Quit) or [QKeySequence("Ctrl+Q")]
        )
        self.act_quit.triggered.connect(self.close)

        self.undo_actions = UndoActions(self.undo_group, self)  # named in the current language
        self.act_undo, self.act_redo = self.undo_actions.undo, self.undo_actions.redo
        self.act_new = QAction(self)
        self.act_new.setShortcut(QKeySequence.StandardKey.New)
        self.act_new.setIcon(
            self.style().standardIcon(self.style().StandardPixmap.SP_FileDialogNewFolder)
        )
        self.act_new.triggered.connect(lambda: self.current_page().new_record())
        self.act_delete = QAction(self)
        self.act_delete.setShortcut(QKeySequence.StandardKey.Delete)
        self.act_delete.setIcon(self.style().standardIcon(self.style().StandardPixmap.SP_TrashIcon))
        self.act_delete.triggered.connect(lambda: self.current_page().delete_selected())
        for a in (self.act_undo, self.act_redo):
            self.menus["edit"].addAction(a)
        self.menus["edit"].addSeparator()
        for a in (self.act_new, self.act_delete):
            self.menus["edit"].addAction(a)
        self.menus["edit"].addSeparator()
        self.act_settings = self._action("edit")
        self.act_settings.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
            or [QKeySequence("Ctrl+,")]
        )
        self.act_settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.act_settings.triggered.connect(self.show_settings)
        self.act_checkup = QAction(self)
        self.act_checkup.triggered.connect(self.show_checkup)
        self.menus["file"].insertAction(self.act_quit, self.act_checkup)
        self.menus["file"].insertSeparator(self.act_quit)
        self.toolbar.addAction(self.act_new)
        self.toolbar.addAction(self.act_delete)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.act_undo)
        self.toolbar.addAction(self.act_redo)

        self.page_actions: list[QAction] = []
        for i, key in enumerate(self.pages):
            act = self._action("view", f"Ctrl+{i + 1}" if i < 9 else None)
            act.triggered.connect(lambda _c=False, k=key: self.show_page(k))
            self.page_actions.append(act)

        self.act_about = self._action("help")
        self.act_about.triggered.connect(self.show_about)
        self._update_edit_actions()

    def quit_from(self, dialog: QWidget) -> None:
        """Ctrl+Q also works while a modeless dialog of this window (import, export) has
        the keyboard: without it the key went to the dialog and did nothing."""
        dialog.addAction(self.act_quit)

    # -- the host interface the features use (common/host.py) -------------------------

    def widget(self) -> QMainWindow:
        return self

    def undo_stack(self) -> QUndoStack:
        return self.session.undo_stack

    def show_status(self, text: str, timeout_ms: int) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def add_menu_action(self, menu: str, action: QAction, *, before_quit: bool = True) -> None:
        """For features that plug into the menus (import, export, settings...)."""
        if menu == "file" and before_quit:
            self.menus["file"].insertAction(self.act_quit, action)
        else:
            self.menus[menu].addAction(action)

    def _update_edit_actions(self) -> None:
        if not hasattr(self, "act_new") or self.stack.count() == 0:
            return
        page = self.current_page()
        writable = not self.session.read_only
        self.act_new.setEnabled(writable and page.can_new())
        self.act_delete.setEnabled(writable and page.can_delete())

    def _apply_read_only(self) -> None:
        """A read-only database: say so, and offer no way to change it."""
        ro = self.session.read_only
        self.read_only_label.setVisible(ro)
        # grey: a state of the file, not a verdict (those have colours of their own)
        bg, fg = ("#374151", "#F3F4F6") if is_dark() else ("#E5E7EB", "#1F2937")
        self.read_only_label.setStyleSheet(
            f"QLabel {{ background: {bg}; color: {fg}; font-weight: bold;"
            " padding: 2px 10px; border-radius: 4px; }"
        )
        self.act_checkup.setEnabled(not ro)
        self.read_only_forms.set_active(ro)
        self._update_edit_actions()

    # -- language -----------------------------------------------------------------

    def retranslate(self) -> None:
        title = APP_NAME_ZH if i18n.current_language() == "zh_CN" else APP_NAME
        if self.session.read_only:
            title = with_args(self.tr("%1 — %2 (read-only)"), title, self.session.db_path.name)
        self.setWindowTitle(title)
        self.read_only_label.setText(self.tr("Read-only"))
        self.read_only_label.setToolTip(
            self.tr("This database is open read-only: you can look, but changes cannot be saved.")
        )
        titles = {
            "file": self.tr("&File"),
            "edit": self.tr("&Edit"),
            "view": self.tr("&View"),
            "help": self.tr("&Help"),
        }
        for key, menu in self.menus.items():
            menu.setTitle(titles[key])
        self.act_quit.setText(self.tr("&Quit"))
        self.act_new.setText(self.tr("&New record"))
        self.act_delete.setText(self.tr("&Delete"))
        self.session.retranslate_undo()
        self.undo_actions.update()
        self.act_about.setText(self.tr("&About Credit Health"))
        self.act_settings.setText(self.tr("&Preferences…"))
        self.act_checkup.setText(self.tr("&Check-up…"))
        for i, key in enumerate(self.pages):
            self.sidebar.item(i).setText(self.pages.title(key))
            self.page_actions[i].setText(self.pages.title(key))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.sidebar.setAccessibleName(self.tr("Pages"))
        if self.session.assessment is not None:
            self.show_verdict(self.session.assessment)

    # -- status -----------------------------------------------------------------------

    def show_verdict(self, a: Assessment) -> None:
        lang = i18n.current_language()
        bg, fg = verdict_colors(a.verdict)
        self.verdict_label.setStyleSheet(
            f"QLabel {{ background: {bg.name()}; color: {fg.name()}; padding: 2px 10px; border-radius: 4px; }}"
        )
        self.verdict_label.setText(
            f"{Msg('verdict_short.' + a.verdict).render(lang)} · {overall_text(a)}/100"
        )
        self.verdict_label.setToolTip(verdict_msg(a).render(lang))

    def show_progress(self, text: str, done: int, total: int) -> None:
        """Background work reports here; done == total hides the bar."""
        if total <= 0 or done >= total:
            self.progress.hide()
            return
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        self.progress.setFormat(f"{text} %p%")
        self.progress.show()

    def show_error(self, msg: Msg) -> None:
        """Said in a box that does not block (the error may come from background work)."""
        self.error_boxes.show(msg)

    def show_about(self) -> None:
        from credithealth.ui.app.about import AboutDialog

        AboutDialog(self.session, self).exec()

    def show_settings(self) -> SettingsDialog:
        """Preferences, brought forward if open (also ``dialogs.get("preferences")``)."""
        from credithealth.ui.app.preferences import SettingsDialog

        def make() -> SettingsDialog:
            dialog = SettingsDialog(self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            return dialog

        # Preferences follows the window to another database (it is where one is opened)
        return self.dialogs.open("preferences", make, follows_database=True, window_modal=True)

    def show_checkup(self) -> CheckupWizard:
        """The check-up wizard (step 1); on an empty database it also offers the demo.
        Also ``dialogs.get("checkup")`` while it is open."""
        from credithealth.ui.pages.journey.checkup_wizard import CheckupWizard

        def make() -> CheckupWizard:
            wizard = CheckupWizard(self.session, self)
            wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            wizard.saved.connect(lambda: self.show_page("overview"))
            return wizard

        return self.dialogs.open("checkup", make, window_modal=True)

    # -- the database ------------------------------------------------------------------

    def switch_session(self, path: Path, *, create: bool = True) -> bool:
        """Open (or create) another database in this window. True once switched; a
        database that cannot be opened at once gets the bad-database dialog (or the
        passphrase dialog) and the switch, if any, happens when the user has chosen.
        Until then, and if nothing comes of it, the current database stays open."""
        from credithealth.ui.database.open_database import SWITCH, DatabaseOpener

        old = self.session
        if Path(path).resolve() == old.db_path.resolve():
            return True
        opener = DatabaseOpener(self, mode=SWITCH, today=old.today, rules=old.rules)
        opener.opened.connect(self.install_session)
        self._opener = opener  # held while its dialog, if it needs one, is answered
        new = opener.start(Path(path), create=create)
        return new is not None and self.session is new

    def install_session(self, new: Session) -> None:
        """Show ``new`` in this window: the pages are rebuilt over it, the current page
        stays, and the old session is closed (with its lock)."""
        old = self.session
        if new is old:
            return
        key = self.current_page().key
        wait_all()
        self.session = new
        self.undo_group.addStack(new.undo_stack)
        self.undo_group.setActiveStack(new.undo_stack)
        self.undo_group.removeStack(old.undo_stack)
        self.sidebar.blockSignals(True)
        # a blank page stays current while the old pages go: removing the current page
        # would show the next one, which would then read the closed database
        blank = QWidget()
        self.stack.addWidget(blank)
        self.stack.setCurrentWidget(blank)
        for page in self.pages.clear_made():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.sidebar.clear()
        self._add_pages()
        self.stack.removeWidget(blank)
        blank.deleteLater()
        self.sidebar.blockSignals(False)
        self._connect_session()
        self.reminders.use_session(new)
        self.dialogs.close_all()  # an import, the check-up, the digest: for the old database
        old.close()
        app_settings.LAST_DB.set(str(new.db_path))
        self.sidebar.setCurrentRow(0)
        self.show_page(key)
        self.retranslate()
        self._apply_read_only()
        new.refresh_now()
        self.session_changed.emit(new)
        self.offer_checkup_if_empty()

    def offer_checkup_if_empty(self) -> bool:
        """A database with nothing in it starts with the check-up (or the demo); True if so."""
        from credithealth.store.json_backup import is_empty

        if not self.session.read_only and is_empty(self.session.db):
            self.show_checkup()
            return True
        return False

    # -- state --------------------------------------------------------------------

    def restore_state(self) -> None:
        geometry = app_settings.WINDOW_GEOMETRY.get()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            # first start: room for the overview's five cards side by side, within the screen
            screen = self.screen().availableGeometry()
            self.resize(min(1320, screen.width() * 9 // 10), min(860, screen.height() * 9 // 10))
        page = app_settings.WINDOW_PAGE.get()
        if page is not None:
            self.show_page(page)

    def closeEvent(self, event: QCloseEvent) -> None:
        app_settings.WINDOW_GEOMETRY.set(self.saveGeometry())
        app_settings.WINDOW_PAGE.set(self.current_page().key)
        # quitting is prompt: work under way (an import, a report, a preview) is told to
        # stop, and what is left gets a short wait, never the whole of a long job
        cancel_all()
        wait_all(2000)
        super().closeEvent(event)
        if event.isAccepted() and self.session.lock is not None:
            self.session.lock.release()  # a second launch may take the database now


def app_instance() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app
