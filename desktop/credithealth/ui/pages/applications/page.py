"""Applications 恢复申请: every attempt to get the credit line back, with the verdict
the app predicted on the day it was submitted (computed when it is recorded, never
typed) shown beside the outcome; a pending attempt can be decided later."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QStyle, QVBoxLayout, QWidget

from credithealth.domain.assess import assess, cooldown_blocker
from credithealth.domain.explain import recordable_verdict
from credithealth.domain.facts import Facts
from credithealth.domain.messages import Msg
from credithealth.domain.records import APPLICATION_CHANNELS, APPLICATION_STATUSES, Application
from credithealth.domain.workdays import decision_window
from credithealth.store import applications
from credithealth.store.facts import load_facts
from credithealth.ui.common import choice_labels, i18n
from credithealth.ui.common.models.records import Column, RecordTableModel
from credithealth.ui.common.session import Session
from credithealth.ui.common.style import overdue_color, verdict_colors
from credithealth.ui.common.tr_args import with_args
from credithealth.ui.common.widgets.fields import (
    ChoiceBox,
    DateEdit,
    NotesEdit,
    OptionalDateEdit,
    RecordForm,
)
from credithealth.ui.pages.sections import SectionedPage, sentences

Predict = Callable[[date], str | None]


def verdict_label(verdict: str | None) -> str:
    if verdict is None:
        return "—"
    return Msg("verdict_short." + verdict).render(i18n.current_language())


def prediction_matched(a: Application) -> bool | None:
    """Whether the prediction agreed with the decision (None while pending or unknown)."""
    if a.status == "pending" or a.predicted_verdict is None:
        return None
    return (a.predicted_verdict == "likely") == (a.status == "approved")


class ApplicationForm(RecordForm):
    """An attempt: when, through which channel, and (once known) the decision."""

    def __init__(
        self,
        app: Application | None,
        today: date,
        predict: Predict,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Application"), parent)
        self.app = app
        self.predict = predict
        self._predicted: dict[date, str | None] = {}
        a = app or Application(today)
        # every field exists before the first is added: adding one validates the form
        self.submitted_on = DateEdit(a.submitted_on, not_after=today)
        self.channel = ChoiceBox(
            [(c, choice_labels.channel(c)) for c in APPLICATION_CHANNELS], a.channel
        )
        self.prediction = QLabel()
        self.prediction.setWordWrap(True)
        self.status = ChoiceBox(
            [(s, choice_labels.application_status(s)) for s in APPLICATION_STATUSES], a.status
        )
        self.decided_on = OptionalDateEdit(a.decided_on or today, not_after=today)
        self.decided_on.check.setChecked(a.decided_on is not None)
        self.decided_on.check.setText(self.tr("Decided"))
        self.feedback = NotesEdit(a.feedback)
        self.feedback.setPlaceholderText(self.tr("What the app or customer service said"))
        self.add_field(self.tr("Submitted on"), self.submitted_on)
        self.add_field(self.tr("Channel"), self.channel)
        self.form.addRow(self.tr("Predicted"), self.prediction)
        self.add_field(self.tr("Outcome"), self.status)
        self.add_field(self.tr("Decided on"), self.decided_on)
        self.add_field(self.tr("Feedback"), self.feedback)
        # a decision has a date and a pending application has none
        self.status.currentIndexChanged.connect(
            lambda _i: self.decided_on.check.setChecked(self.status.value() != "pending")
        )
        self.submitted_on.dateChanged.connect(lambda _d: self._show_prediction())
        self._show_prediction()

    def predicted(self) -> str | None:
        """The verdict for the submission day: kept from the record unless the day moved."""
        d = self.submitted_on.value()
        if self.app is not None and self.app.submitted_on == d and self.app.predicted_verdict:
            return self.app.predicted_verdict
        if d not in self._predicted:
            self._predicted[d] = self.predict(d)
        return self._predicted[d]

    def _show_prediction(self) -> None:
        self.prediction.setText(
            with_args(
                self.tr("%1 (the app's estimate for that day)"), verdict_label(self.predicted())
            )
        )

    def form_error(self) -> str | None:
        decided = self.decided_on.value()
        pending = self.status.value() == "pending"
        if pending and decided is not None:
            return self.tr("A pending application has no decision date: choose the outcome.")
        if not pending and decided is None:
            return self.tr("Enter the day it was decided.")
        if decided is not None and decided < self.submitted_on.value():
            return self.tr("It cannot be decided before it was submitted.")
        return None

    def record(self) -> Application:
        channel, status = self.channel.value(), self.status.value()
        assert isinstance(channel, str) and isinstance(status, str)
        rec = Application(
            self.submitted_on.value(),
            channel,
            status,
            self.decided_on.value(),
            self.feedback.value(),
            self.predicted(),
        )
        return replace(rec, id=self.app.id) if self.app else rec


class DecideForm(RecordForm):
    """The answer to a pending application."""

    def __init__(self, app: Application, today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record the decision"), parent)
        self.app = app
        self.form.addRow(self.tr("Submitted on"), QLabel(app.submitted_on.isoformat()))
        self.status = ChoiceBox(
            [(s, choice_labels.application_status(s)) for s in ("approved", "refused")]
        )
        self.decided_on = DateEdit(max(today, app.submitted_on), not_after=today)
        self.add_field(self.tr("Outcome"), self.status)
        self.add_field(self.tr("Decided on"), self.decided_on)
        self.feedback = NotesEdit(app.feedback)
        self.feedback.setPlaceholderText(self.tr("What the app or customer service said"))
        self.add_field(self.tr("Feedback"), self.feedback)

    def form_error(self) -> str | None:
        if self.decided_on.value() < self.app.submitted_on:
            return self.tr("It cannot be decided before it was submitted.")
        return None

    def record(self) -> Application:
        status = self.status.value()
        assert isinstance(status, str)
        return replace(
            self.app,
            status=status,
            decided_on=self.decided_on.value(),
            feedback=self.feedback.value(),
        )


class ApplicationsPage(SectionedPage):
    key = "applications"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.model: RecordTableModel[Application] = RecordTableModel(
            [
                Column(lambda: self.tr("Submitted on"), lambda a: a.submitted_on.isoformat()),
                Column(lambda: self.tr("Channel"), lambda a: choice_labels.channel(a.channel)),
                Column(
                    lambda: self.tr("Predicted"),
                    lambda a: verdict_label(a.predicted_verdict),
                    color=lambda a: (
                        verdict_colors(a.predicted_verdict)[1] if a.predicted_verdict else None
                    ),
                    tooltip=lambda a: self.tr("The app's estimate on the day it was submitted"),
                ),
                Column(
                    lambda: self.tr("Outcome"),
                    self._outcome,
                    sort=lambda a: (a.status, a.decided_on or date.max),
                    color=self._outcome_color,
                    tooltip=self._match_tip,
                ),
                Column(
                    lambda: self.tr("Decided on"),
                    lambda a: a.decided_on.isoformat() if a.decided_on else "",
                ),
                Column(
                    lambda: self.tr("Feedback"), lambda a: a.feedback, tooltip=lambda a: a.feedback
                ),
            ],
            lambda: applications.applications(session.db, newest_first=True),
        )
        self.attempts = self.add_log(
            self.model,
            Application,
            new=self.new_application,
            edit=self.edit_application,
            delete=self.delete_application,
            newest_first_by=0,
        )
        self.act_decide = self.attempts.add_icon_action(
            QStyle.StandardPixmap.SP_DialogYesButton,
            lambda a: a.status == "pending",
            self.decide_selected,
        )
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addWidget(self.attempts, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Applications")

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Record each attempt to restore the line. The app keeps the verdict it "
                "predicted on the day you applied, so you can compare it with the answer."
            )
        )
        self.attempts.heading.setText(self.tr("Attempts"))
        self.attempts.act_new.setText(self.tr("New application…"))
        self.act_decide.setText(self.tr("Record the decision…"))
        self.records_changed()

    def records_changed(self) -> None:
        rows = self.model.rows
        today = self.session.today()
        parts: list[str] = []
        block = cooldown_blocker(
            Facts(as_of=today, applications=tuple(rows)), self.session.rules, today
        )
        if block is not None:
            parts.append(
                with_args(
                    self.tr("Refused on %1: wait until %2 before applying again."),
                    str(block.params["refused_on"]),
                    str(block.params["until"]),
                )
            )
        decided = [m for m in map(prediction_matched, rows) if m is not None]
        if decided:
            parts.append(
                with_args(
                    self.tr("The prediction matched the answer for %1 of %2 decided applications."),
                    str(sum(decided)),
                    str(len(decided)),
                )
            )
        self.attempts.note.setText(sentences(*parts))
        self.attempts.note.setStyleSheet(
            f"color: {overdue_color().name()};" if block is not None else ""
        )
        self.attempts.note.setVisible(bool(parts))

    def _outcome(self, a: Application) -> str:
        label = choice_labels.application_status(a.status)
        if a.status != "pending":
            return label
        ar = self.session.rules.applications
        window = decision_window(a.submitted_on, ar.review_workdays_min, ar.review_workdays_max)
        if not window.official:  # counted without the year's make-up working days
            return with_args(
                self.tr("%1 (answer expected by %2, an estimate: holiday schedule not known yet)"),
                label,
                window.latest.isoformat(),
            )
        return with_args(self.tr("%1 (answer expected by %2)"), label, window.latest.isoformat())

    def _outcome_color(self, a: Application) -> QColor | None:
        if a.status == "approved":
            return verdict_colors("likely")[1]
        if a.status == "refused":
            return overdue_color()
        return None

    def _match_tip(self, a: Application) -> str:
        m = prediction_matched(a)
        if m is None:
            return ""
        return (
            self.tr("The prediction matched the answer.")
            if m
            else self.tr("The answer differed from the prediction.")
        )

    # -- changes -----------------------------------------------------------------------

    def predict(self, on: date) -> str | None:
        """The verdict the app gives for the records as they stood on ``on`` (None: no data)."""
        rules = self.session.rules
        verdict = assess(load_facts(self.session.db, on, rules), rules, projection=False).verdict
        return recordable_verdict(verdict)

    def new_application(self) -> None:
        self.add_record(
            ApplicationForm(None, self.session.today(), self.predict, self),
            lambda: self.tr("Add application"),
        )

    def edit_application(self, a: Application) -> None:
        self.edit_record(
            a,
            ApplicationForm(a, self.session.today(), self.predict, self),
            lambda: self.tr("Edit application"),
        )

    def delete_application(self, a: Application) -> None:
        self.delete_record(a, lambda: self.tr("Delete application"))

    def decide_selected(self) -> None:
        a = self.attempts.selected()
        if a is None or a.status != "pending":
            return
        self.open_form(
            DecideForm(a, self.session.today(), self),
            lambda f: self.session.update(a, f.record(), lambda: self.tr("Record the decision")),
        )
