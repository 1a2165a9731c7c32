"""Asking for passphrases: the current one (three tries), or a new one typed twice.

Neither dialog keeps what was typed: the caller's ``check`` sees the current
passphrase, ``new_passphrase()`` is read once on accept, and the fields are
cleared when the dialog closes. Nothing here is written to disk or logged.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from credithealth.ui.retranslate import Retranslates
from credithealth.ui.style import muted_color, overdue_color
from credithealth.ui.tr_args import with_args

TRIES = 3
MIN_UNITS = 8  # a CJK character counts twice (see ``units``)


def units(text: str) -> int:
    """Length, with wide (CJK) characters counting two: 4 汉字 are as hard to guess as 8 letters."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def strength(text: str) -> int:
    """0 too short, 1 weak, 2 fair, 3 strong: length first, then variety of characters."""
    n = units(text)
    if n < MIN_UNITS:
        return 0
    kinds = sum(
        (
            any(c.islower() for c in text),
            any(c.isupper() for c in text),
            any(c.isdigit() for c in text),
            any(not c.isalnum() and c.isascii() for c in text),
            any(not c.isascii() for c in text),
        )
    )
    if len(set(text)) <= 2:
        return 1  # aaaaaaaa, abababab
    if n >= 20 or (n >= 14 and kinds >= 3):
        return 3
    if n >= 12 or kinds >= 3:
        return 2
    return 1


def _nothing(_text: str) -> bool:
    return False


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMinimumWidth(280)
    # no input method candidates over a hidden field, no autocomplete history
    field.setInputMethodHints(
        Qt.InputMethodHint.ImhHiddenText
        | Qt.InputMethodHint.ImhSensitiveData
        | Qt.InputMethodHint.ImhNoPredictiveText
    )
    return field


def _label(word_wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setWordWrap(word_wrap)
    return label


class PassphraseDialog(Retranslates, QDialog):
    """The current passphrase. On OK, ``check(text)`` says whether it is done with it
    (True: accepted) or it was wrong (False: the dialog says so and asks again);
    after ``tries`` wrong ones it gives up (``gave_up``) and is rejected."""

    def __init__(
        self,
        intro: str,
        check: Callable[[str], bool],
        *,
        title: str = "",
        tries: int = TRIES,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self._title = title
        self._check = check
        self.tries_left = tries
        self.gave_up = False
        self.intro = _label()
        self.intro.setText(intro)
        self.intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.field = _password_field()
        self.field.textChanged.connect(self._update)
        self.show_box = QCheckBox()
        self.show_box.toggled.connect(
            lambda on: self.field.setEchoMode(
                QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
            )
        )
        self.error = _label()
        self.error.setObjectName("passphraseError")
        self.error.setStyleSheet(f"color: {overdue_color().name()};")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addWidget(self.field)
        lay.addWidget(self.show_box)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.retranslate()
        self._update()
        self.resize(460, lay.totalHeightForWidth(460))  # long lines wrapped at this width

    def retranslate(self) -> None:
        self.setWindowTitle(self._title or self.tr("Passphrase"))
        self.field.setPlaceholderText(self.tr("Passphrase"))
        self.show_box.setText(self.tr("Show the passphrase"))

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.field.text()))

    def submit(self) -> None:
        text = self.field.text()
        if not text:
            return
        if self._check(text):
            self.accept()
            return
        self.tries_left -= 1
        self.field.clear()
        if self.tries_left <= 0:
            self.gave_up = True
            self.reject()
            return
        self.error.setText(self.wrong_text(self.tries_left))
        self.error.show()
        self.field.setFocus()

    def wrong_text(self, left: int) -> str:
        if left == 1:
            return self.tr("Wrong passphrase. One try left.")
        return with_args(self.tr("Wrong passphrase. %1 tries left."), str(left))

    def done(self, result: int) -> None:
        self.field.clear()
        self._check = _nothing  # drop the caller's closure: no cycle outlives the dialog
        super().done(result)


class NewPassphraseDialog(Retranslates, QDialog):
    """A new passphrase, typed twice, with a strength hint; optionally the current one
    first (changing it). OK only when long enough and both match; a wrong current
    passphrase is said at once and, after ``tries``, the dialog gives up."""

    def __init__(
        self,
        intro: str,
        *,
        current_check: Callable[[str], bool] | None = None,
        title: str = "",
        tries: int = TRIES,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newPassphraseDialog")
        self._title = title
        self._check = current_check
        self.tries_left = tries
        self.gave_up = False
        self._new = ""
        self.intro = _label()
        self.intro.setText(intro)
        self.current = _password_field() if current_check is not None else None
        self.first = _password_field()
        self.second = _password_field()
        self.hint = _label()
        self.hint.setObjectName("strengthHint")
        self.match = _label()
        self.match.setObjectName("matchHint")
        self.error = _label()
        self.error.setObjectName("passphraseError")
        self.error.setStyleSheet(f"color: {overdue_color().name()};")
        self.error.hide()
        self.warning = _label()
        self.warning.setObjectName("passphraseWarning")
        self.show_box = QCheckBox()
        self.show_box.toggled.connect(self._show)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels: list[QLabel] = []
        rows: list[tuple[QLineEdit | QLabel, str]] = []
        if self.current is not None:
            rows.append((self.current, "current"))
        rows += [(self.first, "new"), (self.hint, ""), (self.second, "repeat"), (self.match, "")]
        self._row_keys: list[str] = []
        for widget, key in rows:
            label = QLabel()
            self.labels.append(label)
            self._row_keys.append(key)
            self.form.addRow(label, widget)
        for f in (self.current, self.first, self.second):
            if f is not None:
                f.textChanged.connect(self._update)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addLayout(self.form)
        lay.addWidget(self.show_box)
        lay.addWidget(self.warning)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate()
        self.resize(520, lay.totalHeightForWidth(520))  # long lines wrapped at this width

    def retranslate(self) -> None:
        self.setWindowTitle(self._title or self.tr("New passphrase"))
        names = {
            "current": self.tr("Current passphrase:"),
            "new": self.tr("New passphrase:"),
            "repeat": self.tr("Repeat it:"),
            "": "",
        }
        for label, key in zip(self.labels, self._row_keys, strict=True):
            label.setText(names[key])
        self.show_box.setText(self.tr("Show the passphrases"))
        self.warning.setText(
            self.tr(
                "Nobody can open the records without this passphrase, not even this app: "
                "there is no way to recover it. Keep it somewhere safe."
            )
        )
        self._update()

    def _show(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        for f in (self.current, self.first, self.second):
            if f is not None:
                f.setEchoMode(mode)

    def strength_text(self, level: int) -> str:
        return (
            self.tr("Too short: use at least 8 characters (or 4 Chinese characters)."),
            self.tr("Weak: a longer phrase of several words is much harder to guess."),
            self.tr("Fair. Longer is stronger."),
            self.tr("Strong."),
        )[level]

    def _update(self) -> None:
        new, again = self.first.text(), self.second.text()
        level = strength(new)
        self.hint.setText(self.strength_text(level) if new else "")
        bad = overdue_color() if level <= 1 else muted_color()
        self.hint.setStyleSheet(f"color: {bad.name()};")
        self.form.setRowVisible(self.hint, bool(new))
        differ = bool(again) and again != new
        self.form.setRowVisible(self.match, differ)
        self.match.setText(self.tr("The two passphrases differ.") if differ else "")
        self.match.setStyleSheet(f"color: {overdue_color().name()};")
        ok = level >= 1 and new == again
        if self.current is not None:
            ok = ok and bool(self.current.text())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def submit(self) -> None:
        if not self.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled():
            return
        if self.current is not None and self._check is not None:
            if not self._check(self.current.text()):
                self.tries_left -= 1
                self.current.clear()
                if self.tries_left <= 0:
                    self.gave_up = True
                    self.reject()
                    return
                self.error.setText(
                    with_args(
                        self.tr("The current passphrase is wrong. %1 tries left."),
                        str(self.tries_left),
                    )
                    if self.tries_left > 1
                    else self.tr("The current passphrase is wrong. One try left.")
                )
                self.error.show()
                self.current.setFocus()
                return
            if self.current.text() == self.first.text():
                self.error.setText(self.tr("The new passphrase is the same as the current one."))
                self.error.show()
                return
        self._new = self.first.text()
        self.accept()

    def new_passphrase(self) -> str:
        """The accepted passphrase, handed over once."""
        new, self._new = self._new, ""
        return new

    def done(self, result: int) -> None:
        for f in (self.current, self.first, self.second):
            if f is not None:
                f.clear()
        self._check = None
        super().done(result)
