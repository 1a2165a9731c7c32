"""The journey page's parts: a step of the stepper, the factors then and now, and the
predicted-vs-actual record."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QPushButton,
    QSizePolicy,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from credithealth.domain.journey import Changes, track_record
from credithealth.domain.messages import Msg
from credithealth.domain.records import Application
from credithealth.ui import choice_labels, i18n
from credithealth.ui.models.records import Column, RecordTableModel
from credithealth.ui.style import is_dark, muted_color, overdue_color
from credithealth.ui.tr_args import with_args

# marker colours: done, current, next (light, dark)
STEP_COLORS = {
    "done": ("#15803D", "#4ADE80"),
    "current": ("#1D4ED8", "#60A5FA"),
    "next": ("#9CA3AF", "#6B7280"),
}


def step_color(status: str) -> str:
    light, dark = STEP_COLORS[status]
    return dark if is_dark() else light


def para(text: str, *, muted: bool = False, bold: bool = False, color: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        f = label.font()
        f.setBold(True)
        label.setFont(f)
    if muted and not color:
        color = muted_color().name()
    if color:
        label.setStyleSheet(f"color: {color};")
    return label


class _Header(QWidget):
    """The step's header row: a click anywhere on it (marker, title, status) toggles."""

    clicked = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit()
            event.accept()
            return
        super().mouseReleaseEvent(event)


class StepCard(QFrame):
    """One step: an arrow, a marker (✓, or its number), the title, a one-line status, and
    a body that opens for the current step. The whole header opens and closes it, by
    mouse, or by keyboard on the title (Space or Enter)."""

    toggled = Signal(str, bool)

    def __init__(self, step: str, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self.number = number
        self.status = "next"
        self.setObjectName(f"step_{step}")
        self.marker = QLabel()
        self.marker.setFixedSize(28, 28)
        self.marker.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.arrow = QToolButton()
        self.arrow.setObjectName("stepArrow")
        self.arrow.setAutoRaise(True)
        self.arrow.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the title takes the keyboard
        self.arrow.clicked.connect(self.toggle)
        self.title = QPushButton()
        self.title.setFlat(True)
        self.title.setStyleSheet("QPushButton { text-align: left; padding: 2px 4px; }")
        self.title.installEventFilter(self)
        f = self.title.font()
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.1)
        self.title.setFont(f)
        self.title.clicked.connect(self.toggle)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(36, 4, 4, 6)  # under the title, past the marker
        self.body_layout.setSpacing(6)
        self.header = _Header()
        self.header.setCursor(Qt.CursorShape.PointingHandCursor)
        self.header.clicked.connect(self.toggle)
        head = QHBoxLayout(self.header)
        head.setContentsMargins(0, 0, 0, 0)
        head.setSpacing(8)
        head.addWidget(self.arrow, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.marker, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title)
        titles.addWidget(self.summary)
        head.addLayout(titles, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 8, 10, 8)
        lay.addWidget(self.header)
        lay.addWidget(self.body)
        self._show_arrow()

    @property
    def expanded(self) -> bool:
        return not self.body.isHidden()

    def toggle(self) -> None:
        self.body.setVisible(not self.expanded)
        self._show_arrow()
        self.toggled.emit(self.step, self.expanded)

    def _show_arrow(self) -> None:
        self.arrow.setArrowType(
            Qt.ArrowType.DownArrow if self.expanded else Qt.ArrowType.RightArrow
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter on the title opens and closes too (Space does, as on any button)
        if (
            watched is self.title
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.toggle()
            return True
        return super().eventFilter(watched, event)

    def set_state(self, status: str, title: str, summary: str, expanded: bool) -> None:
        self.status = status
        color = step_color(status)
        self.marker.setText("✓" if status == "done" else str(self.number))
        filled = status != "next"
        self.marker.setStyleSheet(
            f"QLabel {{ border: 2px solid {color}; border-radius: 14px; font-weight: bold;"
            f" background: {color if filled else 'transparent'};"
            f" color: {(('#111827' if is_dark() else 'white') if filled else color)}; }}"
        )
        self.title.setText(title)
        self.summary.setText(summary)
        self.summary.setVisible(bool(summary))
        self.summary.setStyleSheet("" if status != "next" else f"color: {muted_color().name()};")
        border = step_color("current") if status == "current" else "palette(mid)"
        self.setStyleSheet(
            f"#step_{self.step} {{ border: {2 if status == 'current' else 1}px solid {border};"
            " border-radius: 8px; }"
        )
        self.body.setVisible(expanded)
        self._show_arrow()

    def clear_body(self) -> None:
        _clear_layout(self.body_layout)

    def add(self, *widgets: QWidget) -> None:
        for w in widgets:
            self.body_layout.addWidget(w)
            w.show()  # now, not at the next event-loop turn: the body is rebuilt in place

    def add_buttons(self, *buttons: QPushButton) -> None:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 4, 0, 0)
        for b in buttons:
            row.addWidget(b)
        row.addStretch(1)
        self.add(holder)


def _clear_layout(layout: QLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        w = item.widget()
        if w is not None:
            # hidden now, deleted later: never while Qt may be walking the children
            w.hide()
            w.deleteLater()
        else:
            child = item.layout()
            if child is not None:
                _clear_layout(child)


class ChangesView(QWidget):
    """Per factor: the score on the day of the last attempt → now, with an arrow."""

    def __init__(self, changes: Changes, since: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lang = i18n.current_language()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(2)
        head = para(with_args(self.tr("Since the attempt of %1:"), since.isoformat()), bold=True)
        grid.addWidget(head, 0, 0, 1, 3)
        up, down = step_color("done"), overdue_color().name()
        for i, ch in enumerate(changes.factors, start=1):
            name = (
                self.tr("Overall") if ch.key == "overall" else Msg("factor." + ch.key).render(lang)
            )
            name_label = para(name, bold=ch.key == "overall")
            value = para(f"{ch.before} {ch.arrow} {ch.after}")
            color = up if ch.delta > 0 else down if ch.delta < 0 else ""
            if color:
                value.setStyleSheet(f"color: {color};")
            note = ""
            if ch.crossed:
                note = with_args(
                    self.tr("now above the threshold (%1)")
                    if ch.after >= ch.threshold
                    else self.tr("now below the threshold (%1)"),
                    str(ch.threshold),
                )
            grid.addWidget(name_label, i, 0)
            grid.addWidget(value, i, 1)
            grid.addWidget(para(note, muted=True), i, 2)
        row = len(changes.factors) + 1
        before = Msg("verdict_short." + changes.verdict_before).render(lang)
        after = Msg("verdict_short." + changes.verdict_after).render(lang)
        grid.addWidget(para(self.tr("Estimate")), row, 0)
        grid.addWidget(para(f"{before} → {after}"), row, 1, 1, 2)
        for code in changes.cleared_blockers:
            row += 1
            text = with_args(self.tr("Cleared since: %1"), self._blocker_name(code))
            grid.addWidget(para(text, color=up), row, 0, 1, 3)
        for code in changes.new_blockers:
            row += 1
            text = with_args(self.tr("New since: %1"), self._blocker_name(code))
            grid.addWidget(para(text, color=down), row, 0, 1, 3)
        grid.setColumnStretch(2, 1)

    def _blocker_name(self, code: str) -> str:
        names = {
            "current_overdue": self.tr("an overdue bill"),
            "security_incident_open": self.tr("an open security incident"),
            "recent_profile_change": self.tr("too many recent changes to personal details"),
            "reapply_cooldown": self.tr("the cool-down after a refusal"),
        }
        return names.get(code, code)


class TrackRecordBox(QGroupBox):
    """Predicted vs actual: each attempt with the app's estimate of that day and the decision,
    and how often "likely" was right."""

    def __init__(
        self, load: Callable[[], list[Application]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.summary = para("")
        self.model: RecordTableModel[Application] = RecordTableModel(self._columns(), load, self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setObjectName("table_journey_track")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(self.table)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Predicted vs actual"))
        self.model.retranslate()

    def _columns(self) -> list[Column[Application]]:
        def verdict(v: str | None) -> str:
            return Msg("verdict_short." + v).render(i18n.current_language()) if v else "—"

        def outcome(x: Application) -> str:
            return choice_labels.application_status(x.status)

        def hit(x: Application) -> str:
            if x.status == "pending" or x.predicted_verdict is None:
                return ""
            right = (x.predicted_verdict == "likely") == (x.status == "approved")
            return "✓" if right else "✗"

        return [
            Column(lambda: self.tr("Applied"), lambda x: x.submitted_on.isoformat()),
            Column(lambda: self.tr("Predicted"), lambda x: verdict(x.predicted_verdict)),
            Column(lambda: self.tr("Actual"), outcome),
            Column(
                lambda: self.tr("Match"),
                hit,
                align=Qt.AlignmentFlag.AlignCenter,
                tooltip=lambda x: self.tr("Did the estimate match the decision?") if hit(x) else "",
            ),
            Column(lambda: self.tr("Feedback"), lambda x: x.feedback, tooltip=lambda x: x.feedback),
        ]

    def show_record(self, apps: list[Application]) -> None:
        tr_ = track_record(apps)
        lines = []
        if not apps:
            lines.append(self.tr("No applications logged yet."))
        elif tr_.decided == 0:
            lines.append(self.tr("No decisions yet to compare the estimates with."))
        elif tr_.likely:
            lines.append(
                with_args(
                    self.tr("“Likely” was right %1 of %2 times."),
                    str(tr_.likely_right),
                    str(tr_.likely),
                )
            )
        else:
            lines.append(self.tr("The app has not said “likely” before a decision yet."))
        if tr_.surprises:
            lines.append(
                with_args(
                    self.tr("Approved although the estimate said “not yet” or “blocked”: %1"),
                    ", ".join(x.submitted_on.isoformat() for x in tr_.surprises),
                )
            )
        self.summary.setText("\n".join(lines))
        self.table.setVisible(bool(apps))
        self._fit_table()

    def _fit_table(self) -> None:
        """As tall as its rows (up to a handful), so no empty box sits under a short log."""
        t = self.table
        rows = min(self.model.rowCount(), 6)
        height = t.horizontalHeader().sizeHint().height() + 2 * t.frameWidth()
        height += rows * t.verticalHeader().defaultSectionSize()
        t.setFixedHeight(height + 2)
