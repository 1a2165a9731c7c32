"""Telling the user, once, that an application has become likely to succeed.

It fires when the verdict turns ``likely`` after having been something else, and
not again until it has left ``likely`` and come back. The last verdict seen is
kept per database in the settings, so a verdict that turned while the app was
closed is announced at the next start, and a restart does not announce it twice.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSystemTrayIcon,
    QToolButton,
    QWidget,
)

from credithealth.ui.common import app_settings
from credithealth.ui.common.style import verdict_colors

TRAY_SECONDS = 20


class LikelyNotifier:
    """Decides; ``observe`` returns True exactly when the user should be told."""

    def __init__(self, db_path: Path) -> None:
        self.setting = app_settings.last_verdict(db_path)
        self.last: str | None = self.setting.get()

    def observe(self, verdict: str) -> bool:
        turned = verdict == "likely" and self.last is not None and self.last != "likely"
        if verdict != self.last:
            self.last = verdict
            self.setting.set(verdict)
        return turned


class NoticeBar(QFrame):
    """A dismissable message across the top of the overview."""

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.text = QLabel()
        self.text.setWordWrap(True)
        f = self.text.font()
        f.setBold(True)
        self.text.setFont(f)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.dismiss)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(14, 8, 8, 8)
        lay.addWidget(self.text, 1)
        lay.addWidget(self.close_button)
        self.hide()

    def show_message(self, text: str) -> None:
        self.text.setText(text)
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.restyle()
        self.show()

    def dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()

    def restyle(self) -> None:
        bg, fg = verdict_colors("likely")
        self.setStyleSheet(
            f"#noticeBar {{ background: {bg.name()}; border: 1px solid {fg.name()};"
            f" border-radius: 8px; }} #noticeBar QLabel, #noticeBar QToolButton"
            f" {{ color: {fg.name()}; background: transparent; }}"
        )


def tray_message(title: str, text: str, on_click: object = None) -> QSystemTrayIcon | None:
    """Show a system notification where a tray exists; the icon goes away afterwards."""
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    app = QApplication.instance()
    icon = QGuiApplication.windowIcon()
    tray = QSystemTrayIcon(icon, app)
    if callable(on_click):
        tray.messageClicked.connect(on_click)
        tray.activated.connect(lambda _reason: on_click())
    tray.show()
    tray.showMessage(title, text, icon, TRAY_SECONDS * 1000)

    def done() -> None:
        tray.hide()
        tray.deleteLater()

    QTimer.singleShot(TRAY_SECONDS * 1000, done)
    return tray
