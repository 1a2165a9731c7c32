"""The restore journey: the five steps as a guided flow, the dates the app remembers,
and how its predictions compared with the decisions.

The step shown as current follows the records (``domain.journey``); the user moves
along by recording what happened: a check-up, an application, its result.

Hook for the check-up wizard: if the main window offers ``open_checkup(reasons=,
notes=)``, "New check-up…" (and the check-up re-opened after a refusal) goes
there; otherwise this page's own check-up form is used.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from credithealth.domain.assess import assess
from credithealth.domain.explain import recordable_verdict
from credithealth.domain.journey import (
    STEPS,
    Changes,
    Journey,
    changes_between,
    decided_on,
    guess_reasons,
    journey,
)
from credithealth.domain.records import Application, Checkup, HolidayNoticeRecord
from credithealth.domain.results import Assessment
from credithealth.domain.workdays import next_year_hint
from credithealth.store import applications, snapshots
from credithealth.store.errors import StoreError
from credithealth.store.facts import load_facts
from credithealth.ui.common.session import Session
from credithealth.ui.common.tr_args import with_args
from credithealth.ui.common.worker import run_op
from credithealth.ui.pages.base import Page
from credithealth.ui.pages.journey.forms import AttemptForm, CheckupForm, ResultForm
from credithealth.ui.pages.journey.step_bodies import StepBodies
from credithealth.ui.pages.journey.widgets import (
    ChangesView,
    StepCard,
    TrackRecordBox,
    para,
)
from credithealth.ui.reminders.due_list import ReminderList
from credithealth.ui.reminders.ics_export import export_calendar, exported_message
from credithealth.ui.reminders.service import service_for
from credithealth.ui.reminders.settings import ReminderSettingsDialog


class JourneyPage(Page):
    key = "journey"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.service = service_for(session)
        self.state: Journey | None = None
        self._expanded: set[str] = set()
        self._last_current = ""
        self._generation = 0
        self._before: tuple[tuple[int | None, date, int], Assessment] | None = None
        self._loading: tuple[int | None, date, int] | None = None

        self.headline = para("", bold=True)
        f = self.headline.font()
        f.setPointSizeF(f.pointSizeF() * 1.3)
        self.headline.setFont(f)
        self.headline.setObjectName("journeyHeadline")
        self.intro = para("", muted=True)
        # November–December: next year's holiday notice is due and the app does not have it
        self.calendar_hint = QWidget()
        self.calendar_hint.setObjectName("calendarHint")
        self.calendar_hint_text = para("", muted=True)
        self.calendar_hint_button = QPushButton()
        self.calendar_hint_button.setObjectName("calendarHintButton")
        self.calendar_hint_button.clicked.connect(self.add_holiday_notice)
        hint_row = QHBoxLayout(self.calendar_hint)
        hint_row.setContentsMargins(0, 0, 0, 0)
        hint_row.addWidget(self.calendar_hint_text, 1)
        hint_row.addWidget(self.calendar_hint_button)
        self.calendar_hint.hide()
        self.bodies = StepBodies(self)
        self.cards = {step: StepCard(step, i + 1) for i, step in enumerate(STEPS)}
        for card in self.cards.values():
            card.toggled.connect(self._toggled)

        self.track_box = TrackRecordBox(self._applications_newest_first)

        self.reminders_box = QGroupBox()
        self.reminder_list = ReminderList(self.service, self._has_page)
        self.reminder_list.open_page.connect(self.open_page)
        self.settings_button = QPushButton()
        self.settings_button.clicked.connect(self.open_reminder_settings)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_calendar)
        self.reminder_list.followed_by = [self.settings_button, self.export_button]
        self.export_note = para("", muted=True)
        self.export_note.hide()
        rem = QVBoxLayout(self.reminders_box)
        rem.addWidget(self.reminder_list)
        buttons = QHBoxLayout()
        buttons.addWidget(self.settings_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        rem.addLayout(buttons)
        rem.addWidget(self.export_note)

        left = QVBoxLayout()
        left.addWidget(self.headline)
        left.addWidget(self.intro)
        left.addWidget(self.calendar_hint)
        for card in self.cards.values():
            left.addWidget(card)
        left.addWidget(self.track_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.reminders_box)
        right.addStretch(1)
        inner = QWidget()
        cols = QHBoxLayout(inner)
        cols.setSpacing(16)
        cols.addLayout(left, 3)
        cols.addLayout(right, 2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        session.assessment_changed.connect(self._assessment_changed)
        session.changed.connect(self._records_changed)
        self.service.refresh()
        self.retranslate()

    # -- page ------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Restore journey")

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "The five steps to get the line back. The app follows your records to show "
                "where you are, and remembers the dates for you."
            )
        )
        self.reminders_box.setTitle(self.tr("Reminders"))
        self.settings_button.setText(self.tr("Reminder settings…"))
        self.export_button.setText(self.tr("Export to calendar…"))
        self.export_button.setToolTip(
            self.tr("Save the reminders as an .ics file for your phone or calendar app")
        )
        self.calendar_hint_button.setText(self.tr("Add the notice…"))
        self.track_box.retranslate()
        self.render()

    def _assessment_changed(self, _a: Assessment) -> None:
        self._generation += 1
        self.render()

    def _records_changed(self, table: str) -> None:
        if table in ("checkups", "applications", HolidayNoticeRecord.table):
            self.track_box.model.reload()
            self.render()

    def _toggled(self, step: str, expanded: bool) -> None:
        if expanded:
            self._expanded.add(step)
        else:
            self._expanded.discard(step)

    def _has_page(self, key: str) -> bool:
        pages = getattr(self.window(), "pages", None)
        return isinstance(pages, dict) and key in pages and key != self.key

    # -- records -----------------------------------------------------------------------------

    def _checkups(self) -> list[Checkup]:
        return snapshots.checkups(self.session.db)

    def _applications(self) -> list[Application]:
        return applications.applications(self.session.db)

    def _applications_newest_first(self) -> list[Application]:
        return applications.applications(self.session.db, newest_first=True)

    # -- rendering ------------------------------------------------------------------------------

    def render(self) -> None:
        if self.session.closed:
            return  # a window outliving its session (tests) has nothing to show
        a, facts = self.session.assessment, self.session.facts
        if a is None or facts is None:
            self.headline.setText(self.tr("Scoring your records…"))
            return
        self._show_calendar_hint()
        apps = self._applications()
        j = journey(self._checkups(), apps, facts, a, self.session.rules)
        self.state = j
        if j.current != self._last_current:  # moved on: open the new step, close the others
            self._expanded = {j.current}
            self._last_current = j.current
        if j.current in STEPS:
            self.headline.setText(
                with_args(
                    self.tr("Step %1 of 5: %2"),
                    str(j.current_index + 1),
                    self.bodies.step_title(j.current),
                )
            )
        else:
            self.headline.setText(self.tr("Done: your line was restored."))
        refused = self._last_refusal(apps)
        for step, card in self.cards.items():
            card.clear_body()
            self.bodies.fill(step, card, j, a, refused)
            card.set_state(
                j.status[step],
                self.bodies.step_title(step),
                self.bodies.summary(step, j, a),
                step in self._expanded,
            )
        self.track_box.show_record(apps)

    def _show_calendar_hint(self) -> None:
        hint = next_year_hint(self.session.today())
        if hint is not None:
            self.calendar_hint_text.setText(
                with_args(
                    self.tr(
                        "The holiday schedule for %1 is not in the app yet, so decision dates in %1 "
                        "are estimates. The State Council usually publishes it between October and "
                        "December."
                    ),
                    str(hint.params["year"]),
                )
            )
        self.calendar_hint.setVisible(hint is not None)

    def add_holiday_notice(self) -> None:
        """Preferences → Calendar, with the notice dialog open."""
        window = self.window()
        show = getattr(window, "show_settings", None)
        if show is None:
            return
        dialog = show()
        dialog.show_tab("calendar")
        dialog.calendar.add_notice()

    # -- what changed since the last attempt -------------------------------------------------------

    @staticmethod
    def _last_refusal(apps: list[Application]) -> Application | None:
        refused = [x for x in apps if x.status == "refused"]
        return max(refused, key=lambda x: (decided_on(x), x.id or 0), default=None)

    def _add_changes(self, card: StepCard, attempt: Application) -> None:
        changes = self.changes_since(attempt)
        if changes is None:
            card.add(para(self.tr("Comparing with the day of the last attempt…"), muted=True))
        else:
            card.add(ChangesView(changes, attempt.submitted_on))

    def changes_since(self, attempt: Application) -> Changes | None:
        """The factors then and now; None while the score of that day is being computed."""
        now = self.session.assessment
        if now is None:
            return None
        key = (attempt.id, attempt.submitted_on, self._generation)
        if self._before is not None and self._before[0] == key:
            return changes_between(self._before[1], now, self.session.rules)
        if self._loading != key:
            self._loading = key
            session, rules, day = self.session, self.session.rules, attempt.submitted_on

            def work(_p: object) -> Assessment:
                return assess(load_facts(session.worker_db(), day, rules), rules, projection=False)

            def done(before: Assessment) -> None:
                if session.closed or self._loading != key:
                    return
                self._before = (key, before)
                self._loading = None
                self.render()

            run_op(work, done, self._failed)
        return None

    def _failed(self, exc: BaseException) -> None:
        self._loading = None
        if isinstance(exc, StoreError):
            self.session.error.emit(exc.msg)
        else:
            raise exc

    # -- actions --------------------------------------------------------------------------------

    def open_checkup(self, reasons: Iterable[str] = (), notes: str = "") -> None:
        """The check-up wizard where the window has one; else this page's form."""
        hook = getattr(self.window(), "open_checkup", None)
        if callable(hook):
            hook(reasons=tuple(reasons), notes=notes)
            return
        form = CheckupForm(self.session.today(), reasons, notes, self)
        form.accepted.connect(
            lambda: self.session.insert(form.record(), lambda: self.tr("New check-up"))
        )
        form.open()

    def recheck(self, refused: Application) -> None:
        """A fresh check-up after a refusal, with the reasons its feedback names."""
        self.open_checkup(guess_reasons(refused.feedback), refused.feedback)

    def predicted_verdict(self, day: date) -> str | None:
        """The app's estimate on ``day``, as it would have said it that day (None: no data)."""
        a = self.session.assessment
        if a is not None and a.as_of == day:
            return recordable_verdict(a.verdict)
        rules = self.session.rules
        verdict = assess(load_facts(self.session.db, day, rules), rules, projection=False).verdict
        return recordable_verdict(verdict)

    def log_attempt(self) -> None:
        pending = self.state.attempt if self.state is not None else None
        form = AttemptForm(
            self.session.today(),
            self.predicted_verdict,
            pending if pending is not None and pending.status == "pending" else None,
            self,
        )
        form.accepted.connect(
            lambda: self.session.insert(form.record(), lambda: self.tr("Log an application"))
        )
        form.open()

    def record_result(self) -> None:
        attempt = self.state.attempt if self.state is not None else None
        if attempt is None:
            return
        form = ResultForm(attempt, self.session.today(), self)

        def save() -> None:
            new = form.record()
            self.session.update(attempt, new, lambda: self.tr("Record the result"))
            if new.status == "refused":
                self.recheck(new)

        form.accepted.connect(save)
        form.open()

    def open_reminder_settings(self) -> None:
        dialog = ReminderSettingsDialog(self)
        dialog.accepted.connect(self.service.refresh)
        dialog.open()

    def export_calendar(self) -> None:
        done = export_calendar(self, self.service)
        if done is not None:
            self.export_note.setText(exported_message(*done))
            self.export_note.show()
