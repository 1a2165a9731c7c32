"""The reminders due now, each with done / snooze / dismiss, and what is coming up."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from credithealth.domain.reminders import Reminder
from credithealth.ui import i18n
from credithealth.ui.reminders_service import ReminderService
from credithealth.ui.retranslate import Retranslates
from credithealth.ui.style import muted_color, overdue_color


def _small(label: QLabel, bold: bool = False) -> QLabel:
    f = label.font()
    f.setPointSizeF(f.pointSizeF() * 0.9)
    f.setBold(bold)
    label.setFont(f)
    return label


class ReminderRow(QFrame):
    """One due reminder: what it is about, and what to do with it."""

    open_page = Signal(str)

    def __init__(
        self,
        service: ReminderService,
        reminder: Reminder,
        can_open: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.reminder = reminder
        self.setObjectName("reminderRow")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        lang = i18n.current_language()
        self.kind = _small(QLabel(reminder.kind_msg.render(lang)), bold=True)
        if reminder.kind == "bill_overdue":
            self.kind.setStyleSheet(f"color: {overdue_color().name()};")
        self.text = QLabel(reminder.msg.render(lang))
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 8, 10, 8)
        lay.setSpacing(4)
        lay.addWidget(self.kind)
        lay.addWidget(self.text)
        if reminder.detail is not None:
            self.detail = _small(QLabel(reminder.detail.render(lang)))
            self.detail.setWordWrap(True)
            self.detail.setStyleSheet(f"color: {muted_color().name()};")
            lay.addWidget(self.detail)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        self.done = QToolButton()
        self.done.setText(self.tr("Done"))
        self.done.setToolTip(self.tr("I have done this: stop reminding me of it"))
        self.done.clicked.connect(lambda: service.set_status(reminder, "done"))
        self.snooze = QToolButton()
        self.snooze.setText(self.tr("Snooze") + " ▾")
        self.snooze.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # the ▾ in the text says there is a menu; the style's own arrow would sit on the text
        self.snooze.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        menu = QMenu(self.snooze)
        self.snooze_actions: dict[str, QAction] = {}
        for choice, text in (
            ("day", self.tr("For a day")),
            ("morning", self.tr("Until tomorrow morning")),
            ("week", self.tr("For a week")),
        ):
            act = menu.addAction(text)
            act.triggered.connect(lambda _c=False, ch=choice: service.snooze(reminder, ch))
            self.snooze_actions[choice] = act
        self.snooze.setMenu(menu)
        self.dismiss = QToolButton()
        self.dismiss.setText(self.tr("Dismiss"))
        self.dismiss.setToolTip(self.tr("Not needed: remove this reminder"))
        self.dismiss.clicked.connect(lambda: service.set_status(reminder, "dismissed"))
        for b in (self.done, self.snooze, self.dismiss):
            buttons.addWidget(b)
        buttons.addStretch(1)
        if can_open:
            self.go = QToolButton()
            self.go.setText(self.tr("Go there"))
            self.go.clicked.connect(lambda: self.open_page.emit(reminder.page))
            buttons.addWidget(self.go)
        lay.addLayout(buttons)


class ReminderList(Retranslates, QWidget):
    """The due reminders and, below, the next month's dates."""

    open_page = Signal(str)

    def __init__(
        self,
        service: ReminderService,
        has_page: Callable[[str], bool] = lambda _key: False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.has_page = has_page
        self.rows: list[ReminderRow] = []
        # controls shown below the list (its owner's buttons): Tab reaches them after the rows
        self.followed_by: list[QWidget] = []
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(f"color: {muted_color().name()};")
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(6)
        self.coming_title = _small(QLabel(), bold=True)
        self.coming = QLabel()
        self.coming.setWordWrap(True)
        self.coming.setTextFormat(Qt.TextFormat.PlainText)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.empty)
        lay.addLayout(self.rows_box)
        lay.addSpacing(6)
        lay.addWidget(self.coming_title)
        lay.addWidget(self.coming)
        service.changed.connect(self.render)
        self.render()

    def render(self) -> None:
        if self.service.session.closed:
            return
        for row in self.rows:
            self.rows_box.removeWidget(row)
            row.deleteLater()
        self.rows = []
        can = self.has_page
        for r in self.service.reminders:
            row = ReminderRow(self.service, r, bool(r.page) and can(r.page))
            row.open_page.connect(self.open_page)
            self.rows_box.addWidget(row)
            self.rows.append(row)
        self.empty.setText(self.tr("Nothing to remind you of right now."))
        self.empty.setVisible(not self.rows)
        lang = i18n.current_language()
        upcoming = self.service.upcoming(lang)[:6]
        self.coming_title.setText(self.tr("Coming up"))
        self.coming.setText("\n".join(f"{e.on.isoformat()}  {e.summary}" for e in upcoming))
        self.coming_title.setVisible(bool(upcoming))
        self.coming.setVisible(bool(upcoming))
        self.order_tabs()

    def order_tabs(self) -> None:
        """Tab in reading order: the rows' buttons, then what follows the list (rows made
        after those controls would otherwise come last)."""
        chain = [b for row in self.rows for b in row.findChildren(QToolButton)]
        chain += self.followed_by
        for first, second in pairwise(chain):
            if first.window() is second.window():  # (not yet, while the page is being built)
                QWidget.setTabOrder(first, second)

    def showEvent(self, event: QShowEvent) -> None:
        self.order_tabs()  # now the list and what follows it are in one window
        super().showEvent(event)

    def retranslate(self) -> None:
        self.render()
