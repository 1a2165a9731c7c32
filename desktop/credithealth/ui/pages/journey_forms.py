"""The journey's forms: a check-up (step 1), an application attempt (3), its result (5)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from credithealth.domain.labels import label
from credithealth.domain.messages import Msg
from credithealth.domain.records import CHECKUP_REASONS, Application, Checkup
from credithealth.ui import choice_labels, i18n
from credithealth.ui.tr_args import with_args
from credithealth.ui.widgets.fields import ChoiceBox, DateEdit, NotesEdit, RecordForm


def _intro(form: RecordForm, text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    layout = form.layout()
    assert isinstance(layout, QVBoxLayout)
    layout.insertWidget(0, label)
    return label


class ReasonsField(QWidget):
    """The check-up reasons as check boxes; at least one."""

    validity_changed = Signal()

    def __init__(self, reasons: Iterable[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        chosen = set(reasons)
        lang = i18n.current_language()
        self.boxes: dict[str, QCheckBox] = {}
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        for reason in CHECKUP_REASONS:
            box = QCheckBox(label("checkup_reason", reason, lang))
            box.setObjectName(f"reason_{reason}")
            box.setChecked(reason in chosen)
            box.toggled.connect(lambda _c: self.validity_changed.emit())
            lay.addWidget(box)
            self.boxes[reason] = box

    def value(self) -> tuple[str, ...]:
        return tuple(r for r, box in self.boxes.items() if box.isChecked())

    def error(self) -> str | None:
        if not self.value():
            return self.tr("Tick at least one reason, or “Reason not known”.")
        return None


class CheckupForm(RecordForm):
    """Step 1: why the line was limited, as far as the user knows."""

    def __init__(
        self,
        today: date,
        reasons: Iterable[str] = (),
        notes: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("New check-up"), parent)
        self.setObjectName("checkupForm")
        self.intro = _intro(
            self,
            self.tr(
                "Why was the line limited? Open Alipay → 我的 → 花呗 → 我的额度 and read the "
                "notice, or ask customer service (95188). Tick every reason that applies."
            ),
        )
        self.date = DateEdit(today, not_after=today)
        self.reasons = ReasonsField(reasons)
        self.notes = NotesEdit(notes)
        self.notes.setPlaceholderText(self.tr("What the notice or customer service said"))
        self.add_field(self.tr("Date"), self.date)
        self.add_field(self.tr("Reasons"), self.reasons)
        self.add_field(self.tr("Notes"), self.notes)

    def record(self) -> Checkup:
        return Checkup(
            taken_on=self.date.value(),
            reasons=",".join(self.reasons.value()),
            notes=self.notes.value(),
        )


class AttemptForm(RecordForm):
    """Step 3: an application was made; the app's estimate of that day is kept beside it."""

    def __init__(
        self,
        today: date,
        predict: Callable[[date], str | None],
        pending: Application | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Log an application"), parent)
        self.setObjectName("attemptForm")
        self.predict = predict
        self.pending = pending
        self._predictions: dict[date, str | None] = {}
        self.date = DateEdit(today, not_after=today)
        self.channel = ChoiceBox(
            [
                ("app", self.tr("In the Alipay app (恢复额度)")),
                ("customer_service", self.tr("Through customer service")),
            ],
            "app",
        )
        self.add_field(self.tr("Applied on"), self.date)
        self.add_field(self.tr("How"), self.channel)

    def prediction(self) -> str | None:
        day = self.date.value()
        if day not in self._predictions:
            self._predictions[day] = self.predict(day)
        return self._predictions[day]

    def form_warning(self) -> str | None:
        lang = i18n.current_language()
        # no estimate (too few records) shows as "needs data" and is saved as none
        verdict = Msg("verdict_short." + (self.prediction() or "needs_data")).render(lang)
        text = with_args(
            self.tr("The app's estimate on that day: %1. It is saved with the attempt."), verdict
        )
        if self.pending is not None:
            text += "\n" + with_args(
                self.tr(
                    "The application of %1 is still waiting for a decision; record its result first "
                    "if it has come."
                ),
                self.pending.submitted_on.isoformat(),
            )
        return text

    def record(self) -> Application:
        return Application(
            submitted_on=self.date.value(),
            channel=str(self.channel.value()),
            status="pending",
            predicted_verdict=self.prediction(),
        )


class ResultForm(RecordForm):
    """Step 5: the decision on an attempt, with what the SMS or the app said."""

    def __init__(self, attempt: Application, today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record the result"), parent)
        self.setObjectName("resultForm")
        self.attempt = attempt
        self.intro = _intro(
            self,
            with_args(
                self.tr(
                    "The application of %1. The decision comes by SMS or as a notice in the app."
                ),
                attempt.submitted_on.isoformat(),
            ),
        )
        self.outcome = ChoiceBox(
            [
                ("approved", self.tr("Approved: the line is back")),
                ("refused", choice_labels.application_status("refused")),
            ],
            attempt.status if attempt.status != "pending" else "approved",
        )
        self.decided_on = DateEdit(attempt.decided_on or today, not_after=today)
        self.feedback = NotesEdit(attempt.feedback)
        self.feedback.setPlaceholderText(self.tr("e.g. 综合评估未通过，请保持良好的信用记录后再试"))
        self.add_field(self.tr("Outcome"), self.outcome)
        self.add_field(self.tr("Decided on"), self.decided_on)
        self.add_field(self.tr("What it said"), self.feedback)

    def form_error(self) -> str | None:
        if self.decided_on.value() < self.attempt.submitted_on:
            return with_args(
                self.tr("The decision cannot come before the application (%1)."),
                self.attempt.submitted_on.isoformat(),
            )
        return None

    def record(self) -> Application:
        return replace(
            self.attempt,
            status=str(self.outcome.value()),
            decided_on=self.decided_on.value(),
            feedback=self.feedback.value(),
        )
