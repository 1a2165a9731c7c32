"""Form fields that validate as you type, with the message next to the field.

Each field says whether its text is valid (``error() -> str | None``, translated)
and what value it holds (``value()``); ``FieldRow`` shows the field with its
message, and ``RecordForm`` enables its OK button only while every field is
valid. Money is typed in yuan and held in fen.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QIntValidator, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from credithealth.domain import limits
from credithealth.domain.money import MoneyError, format_yuan, parse_yuan
from credithealth.ui import i18n
from credithealth.ui.style import overdue_color
from credithealth.ui.tr_args import with_args


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def too_long(text: str, limit: int) -> str | None:
    """The message for text over its limit (limits.MAX_NAME, limits.MAX_NOTE), or None."""
    if len(text) <= limit:
        return None
    return with_args(
        QCoreApplication.translate("Fields", "At most %1 characters (now %2)."),
        f"{limit:,}",
        f"{len(text):,}",
    )


class MoneyEdit(QLineEdit):
    """Yuan in (1,234.56 or ¥1234.5), fen out; shown as ¥1,234.56 once you leave the field."""

    validity_changed = Signal()

    def __init__(
        self,
        fen: int | None = None,
        *,
        required: bool = True,
        allow_zero: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.required = required
        self.allow_zero = allow_zero
        self.setPlaceholderText("¥0.00")
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if fen is not None:
            self.setText(format_yuan(fen))
        self.textChanged.connect(lambda _t: self.validity_changed.emit())
        self.editingFinished.connect(self._tidy)

    def _tidy(self) -> None:
        v = self.value()
        if v is not None and self.error() is None:
            self.setText(format_yuan(v))

    def value(self) -> int | None:
        if not self.text().strip():
            return None
        try:
            return parse_yuan(self.text(), allow_zero=self.allow_zero)
        except MoneyError:
            return None

    def set_value(self, fen: int | None) -> None:
        self.setText("" if fen is None else format_yuan(fen))

    def error(self) -> str | None:
        if not self.text().strip():
            return self.tr("Enter an amount.") if self.required else None
        try:
            parse_yuan(self.text(), allow_zero=self.allow_zero)
        except MoneyError as exc:
            return exc.msg.render(i18n.current_language())
        return None


SEPARATORS = "-/."  # what people type between year, month and day


class DateEdit(QDateEdit):
    """A date with a calendar pop-up; optionally not after today (a repayment cannot be)."""

    validity_changed = Signal()

    def __init__(
        self, d: date | None = None, *, not_after: date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.not_after = not_after
        # the range every record's dates keep to (limits): a year 1 cannot even be typed
        self.setDateRange(qdate(limits.FIRST_DAY), qdate(limits.last_day()))
        self.setDate(qdate(d or date.today()))
        self.dateChanged.connect(lambda _d: self.validity_changed.emit())

    def value(self) -> date:
        return pydate(self.date())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Qt moves on to the next part by itself once a part is complete ("2026" → the
        # month); the "-" the user types next would then skip the month too, and
        # 2026-12-01 became 2026-11-12. A separator typed right after one is dropped.
        text = self.lineEdit().text()
        pos = self.lineEdit().cursorPosition()
        if event.text() in SEPARATORS and 0 < pos <= len(text) and text[pos - 1] in SEPARATORS:
            event.accept()
            return
        super().keyPressEvent(event)

    def error(self) -> str | None:
        if self.not_after is not None and self.value() > self.not_after:
            return self.tr("This date cannot be in the future.")
        return None


class OptionalDateEdit(QWidget):
    """A date that may be left empty (e.g. "resolved on"): a check box enables it."""

    validity_changed = Signal()

    def __init__(
        self, d: date | None = None, *, not_after: date | None = None, parent: QWidget | None = None
    ) -> None:
        from PySide6.QtWidgets import QCheckBox, QHBoxLayout

        super().__init__(parent)
        self.check = QCheckBox()
        self.edit = DateEdit(d, not_after=not_after)
        self.check.setChecked(d is not None)
        self.edit.setEnabled(d is not None)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(lambda _c: self.validity_changed.emit())
        self.edit.validity_changed.connect(self.validity_changed)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.check)
        lay.addWidget(self.edit, 1)

    def value(self) -> date | None:
        return self.edit.value() if self.check.isChecked() else None

    def error(self) -> str | None:
        return self.edit.error() if self.check.isChecked() else None


class IntEdit(QLineEdit):
    """A whole number within a range (a Sesame score 350–950, a count)."""

    validity_changed = Signal()

    def __init__(
        self,
        value: int | None = None,
        *,
        low: int = 0,
        high: int = 10**9,
        required: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.low, self.high, self.required = low, high, required
        self.setValidator(
            QIntValidator(0, 2**31 - 1, self)
        )  # digits only; the range is checked below
        if value is not None:
            self.setText(str(value))
        self.textChanged.connect(lambda _t: self.validity_changed.emit())

    def value(self) -> int | None:
        try:
            return int(self.text())
        except ValueError:
            return None

    def error(self) -> str | None:
        v = self.value()
        if v is None:
            return self.tr("Enter a number.") if self.required else None
        if not self.low <= v <= self.high:
            return with_args(
                self.tr("Enter a number from %1 to %2."), str(self.low), str(self.high)
            )
        return None


class TextEdit(QLineEdit):
    validity_changed = Signal()

    def __init__(
        self, text: str = "", *, required: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(text, parent)
        self.required = required
        self.textChanged.connect(lambda _t: self.validity_changed.emit())

    def value(self) -> str:
        return self.text().strip()

    def error(self) -> str | None:
        if self.required and not self.value():
            return self.tr("This field is required.")
        return too_long(self.value(), limits.MAX_NAME)


class NotesEdit(QPlainTextEdit):
    validity_changed = Signal()

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTabChangesFocus(True)
        self.setMaximumHeight(80)
        self.textChanged.connect(self.validity_changed)

    def value(self) -> str:
        return self.toPlainText().strip()

    def error(self) -> str | None:
        return too_long(self.value(), limits.MAX_NOTE)


class ChoiceBox(QComboBox):
    """A choice among codes, each shown by a translated label."""

    validity_changed = Signal()

    def __init__(
        self,
        choices: list[tuple[object, str]],
        current: object = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.set_choices(choices, current)
        self.currentIndexChanged.connect(lambda _i: self.validity_changed.emit())

    def set_choices(self, choices: list[tuple[object, str]], current: object = None) -> None:
        self.blockSignals(True)
        self.clear()
        for code, label in choices:
            self.addItem(label, code)
        i = self.findData(current) if current is not None else 0
        self.setCurrentIndex(max(0, i))
        self.blockSignals(False)

    def value(self) -> object:
        return self.currentData()

    def error(self) -> str | None:
        return None


class RecordForm(QDialog):
    """A dialog of labelled fields; each field's message sits right under it and OK is
    enabled only while every field is valid. Subclasses add fields with ``add_field``,
    may add form-wide checks in ``form_error``, and build the record in ``record``."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: list[tuple[QWidget, QLabel]] = []
        self._touched: set[QWidget] = set()  # fields changed since the form opened
        self.form_message = QLabel()
        self.form_message.setWordWrap(True)
        self.form_message.setObjectName("formMessage")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(self.form)
        lay.addWidget(self.form_message)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def add_field(self, label: str, widget: QWidget) -> QWidget:
        message = QLabel()
        message.setWordWrap(True)
        message.setStyleSheet(f"color: {overdue_color().name()};")
        message.hide()
        holder = QWidget()
        v = QVBoxLayout(holder)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(2)
        v.addWidget(widget)
        v.addWidget(message)
        self.form.addRow(label, holder)
        self.fields.append((widget, message))
        widget.validity_changed.connect(lambda w=widget: self._touched.add(w))  # type: ignore[attr-defined]
        widget.validity_changed.connect(self.revalidate)  # type: ignore[attr-defined]
        self.revalidate()
        return widget

    def _untouched_and_empty(self, widget: QWidget) -> bool:
        """A field the user has not come to yet: its "enter a …" waits until they have
        (OK stays disabled meanwhile)."""
        text = getattr(widget, "text", None)
        return (
            widget not in self._touched
            and callable(text)
            and isinstance(text(), str)
            and not text().strip()
        )

    def form_error(self) -> str | None:
        """A check across fields (e.g. principal + interest + penalty = amount)."""
        return None

    def form_warning(self) -> str | None:
        """Something worth knowing before saving that does not block it."""
        return None

    def revalidate(self) -> bool:
        ok = True
        for widget, message in self.fields:
            err = widget.error()  # type: ignore[attr-defined]
            shown = None if self._untouched_and_empty(widget) else err
            message.setText(shown or "")
            message.setVisible(bool(shown))
            ok = ok and err is None
        form_err = self.form_error() if ok else None
        warn = self.form_warning() if ok and form_err is None else None
        text = form_err or warn or ""
        self.form_message.setText(text)
        self.form_message.setStyleSheet(f"color: {overdue_color().name()};" if form_err else "")
        self.form_message.setVisible(bool(text))
        ok = ok and form_err is None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        return ok

    def _accept(self) -> None:
        if self.revalidate():
            self.accept()
