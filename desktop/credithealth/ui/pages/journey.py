"""The restore journey: the five steps as a guided flow, the dates the app remembers,
and how its predictions compared with the decisions.

The step shown as current follows the records (``domain.journey``); the user moves
along by recording what happened: a check-up, an application, its result.

Hook for the check-up wizard: if the main window offers ``open_checkup(reasons=,
notes=)``, "New check-up…" (and the check-up re-opened after a refusal) goes
there; otherwise this page's own check-up form is used.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from credithealth.domain.assess import assess
from credithealth.domain.explain import recordable_verdict
from credithealth.domain.journey import (
    STEPS,
    Changes,
    Journey,
    Task,
    changes_between,
    decided_on,
    guess_reasons,
    journey,
)
from credithealth.domain.labels import label
from credithealth.domain.records import CHECKUP_REASONS, Application, Checkup, HolidayNoticeRecord
from credithealth.domain.results import Assessment
from credithealth.domain.workdays import next_year_hint, unofficial_note
from credithealth.store import repo
from credithealth.store.errors import StoreError
from credithealth.store.facts import load_facts
from credithealth.ui import i18n
from credithealth.ui.pages.base import Page
from credithealth.ui.pages.journey_forms import AttemptForm, CheckupForm, ResultForm
from credithealth.ui.pages.journey_widgets import (
    ChangesView,
    StepCard,
    TrackRecordBox,
    para,
    step_color,
)
from credithealth.ui.reminder_settings import ReminderSettingsDialog
from credithealth.ui.reminders_export import export_calendar, exported_message
from credithealth.ui.reminders_list import ReminderList
from credithealth.ui.reminders_service import service_for
from credithealth.ui.session import Session
from credithealth.ui.style import overdue_color, verdict_colors
from credithealth.ui.tr_args import with_args
from credithealth.ui.worker import run_op

NEXT_ACTIONS = 3  # next steps listed under "fix" and "apply"


class JourneyPage(Page):
    key = "journey"
    icon = QStyle.StandardPixmap.SP_ArrowForward

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.service = service_for(session)
        self.state: Journey | None = None
        self.checkup_form: CheckupForm | None = None
        self.attempt_form: AttemptForm | None = None
        self.result_form: ResultForm | None = None
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
        return repo.all_of(self.session.db, Checkup, order="taken_on, id")

    def _applications(self) -> list[Application]:
        return repo.all_of(self.session.db, Application, order="submitted_on, id")

    def _applications_newest_first(self) -> list[Application]:
        return repo.all_of(self.session.db, Application, order="submitted_on DESC, id DESC")

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
                    self._step_title(j.current),
                )
            )
        else:
            self.headline.setText(self.tr("Done: your line was restored."))
        refused = self._last_refusal(apps)
        builders = {
            "check": self._check_body,
            "fix": self._fix_body,
            "apply": self._apply_body,
            "wait": self._wait_body,
            "result": self._result_body,
        }
        for step, card in self.cards.items():
            card.clear_body()
            builders[step](card, j, a, refused)
            card.set_state(
                j.status[step],
                self._step_title(step),
                self._summary(step, j, a),
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
        show()
        window.settings_dialog.show_tab("calendar")
        window.settings_dialog.calendar.add_notice()

    def _step_title(self, step: str) -> str:
        return {
            "check": self.tr("Find the reason"),
            "fix": self.tr("Fix the problems"),
            "apply": self.tr("Apply"),
            "wait": self.tr("Wait for the review"),
            "result": self.tr("The result"),
        }[step]

    def _reason_names(self, reasons: Iterable[str]) -> str:
        lang = i18n.current_language()
        return " · ".join(label("checkup_reason", r, lang) for r in reasons)

    def _checkup_reasons(self, c: Checkup) -> list[str]:
        return [r for r in CHECKUP_REASONS if r in c.reason_set] or ["unknown"]

    def _summary(self, step: str, j: Journey, a: Assessment) -> str:
        attempt = j.attempt
        if step == "check":
            if j.checkup is None:
                return self.tr("Not done yet")
            return with_args(
                self.tr("Check-up of %1: %2"),
                j.checkup.taken_on.isoformat(),
                self._reason_names(self._checkup_reasons(j.checkup)),
            )
        if step == "fix":
            if not j.tasks:
                return ""
            return with_args(self.tr("%1 of %2 done"), str(j.tasks_done), str(len(j.tasks)))
        if step == "apply":
            if j.status["apply"] == "done" and attempt is not None:
                return with_args(self.tr("Applied on %1"), attempt.submitted_on.isoformat())
            if j.apply_suggested:
                return self.tr("The estimate says now is a good time")
            return self.tr("Not suggested yet")
        if step == "wait":
            if j.window is not None:
                return with_args(
                    self.tr("Decision expected %1 to %2"),
                    j.window.earliest.isoformat(),
                    j.window.latest.isoformat(),
                )
            return ""
        if j.status["result"] != "next" and attempt is not None and attempt.status != "pending":
            text = (
                self.tr("Approved on %1")
                if attempt.status == "approved"
                else self.tr("Refused on %1")
            )
            return with_args(text, decided_on(attempt).isoformat())
        return ""

    def _task_row(self, task: Task) -> QWidget:
        lang = i18n.current_language()
        row = QWidget()
        lay = QHBoxLayout(row)
        lay.setContentsMargins(0, 0, 0, 0)
        mark = QLabel("✓" if task.done else "✗")
        mark.setFixedWidth(16)
        mark.setStyleSheet(f"color: {step_color('done') if task.done else overdue_color().name()};")
        lay.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
        lay.addWidget(para(task.msg.render(lang), muted=task.done), 1)
        if not task.done and task.page and self._has_page(task.page):
            go = QToolButton()
            go.setText(self.tr("Go there"))
            go.clicked.connect(lambda _c=False, p=task.page: self.open_page.emit(p))
            lay.addWidget(go, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _button(self, text: str, slot: Callable[[], None], *, primary: bool = False) -> QPushButton:
        b = QPushButton(text)
        b.clicked.connect(lambda _c=False: slot())
        if primary:
            b.setDefault(True)
            b.setAutoDefault(True)
        return b

    # -- step bodies --------------------------------------------------------------------------

    def _check_body(
        self, card: StepCard, j: Journey, _a: Assessment, _r: Application | None
    ) -> None:
        c = j.checkup
        if c is None:
            card.add(
                para(
                    self.tr(
                        "Find out why the line was limited: open Alipay → 我的 → 花呗 → 我的额度 "
                        "and read the notice, or ask customer service (95188). The usual "
                        "reasons are an overdue repayment, a risk to the account's security, "
                        "and changing personal details too often."
                    )
                )
            )
        else:
            if c.notes:  # the reasons themselves are in the step's summary line
                card.add(para("“" + c.notes + "”", muted=True))
            card.add(para(self.tr("What each reason asks for, ticked from your records:")))
            for task in j.tasks:
                card.add(self._task_row(task))
        card.add_buttons(
            self._button(
                self.tr("Start the check-up…") if c is None else self.tr("New check-up…"),
                lambda: self.open_checkup(),
                primary=c is None,
            )
        )

    def _fix_body(self, card: StepCard, j: Journey, a: Assessment, _r: Application | None) -> None:
        lang = i18n.current_language()
        reasons = self._checkup_reasons(j.checkup) if j.checkup else []
        guidance = {
            "overdue": self.tr(
                "Repay every overdue amount in full, with its interest and penalty, and pay each "
                "bill on time from now on."
            ),
            "account_risk": self.tr(
                "Secure the account: change the login password, turn on fingerprint or face "
                "verification, remove devices you do not know, and mark any incident resolved."
            ),
            "frequent_changes": with_args(
                self.tr(
                    "Stop changing personal details (phone, address, job) until the %1-day count "
                    "falls back."
                ),
                str(self.session.rules.personal_info.change_window_days),
            ),
            "unknown": self.tr(
                "Work through what blocks the estimate and the next steps below; if you can, ask "
                "customer service (95188) for the reason."
            ),
        }
        for r in reasons:
            card.add(para("• " + guidance[r]))
        left = [t for t in j.tasks if not t.done]
        if j.checkup is not None and not left:
            card.add(para(self.tr("Every task of the check-up is done."), color=step_color("done")))
        for task in left:
            card.add(self._task_row(task))
        for b in a.blockers:
            card.add(para("✗ " + b.msg.render(lang), color=overdue_color().name()))
        actions = [x for x in a.actions if x.gain is None or x.gain > 0][:NEXT_ACTIONS]
        if actions:
            card.add(para(self.tr("Next steps that raise the estimate:"), bold=True))
            for x in actions:
                text = "→ " + x.msg.render(lang)
                if x.gain == 1:
                    text += "  " + self.tr("(+1 point)")
                elif x.gain:
                    text += "  " + with_args(self.tr("(+%1 points)"), str(x.gain))
                card.add(para(text))
        if a.verdict != "likely" and a.projected_ready_on is not None:
            card.add(
                para(
                    with_args(
                        self.tr("Likely ready on %1 if you do today what can be done today."),
                        a.projected_ready_on.isoformat(),
                    ),
                    muted=True,
                )
            )

    def _apply_body(
        self, card: StepCard, j: Journey, a: Assessment, refused: Application | None
    ) -> None:
        lang = i18n.current_language()
        box = QFrame()
        box.setObjectName("applySuggestion")
        bg, fg = verdict_colors(a.verdict)
        box.setStyleSheet(
            f"#applySuggestion {{ background: {bg.name()}; border-radius: 6px; }}"
            f" QLabel {{ color: {fg.name()}; }}"
        )
        inner = QVBoxLayout(box)
        if j.apply_suggested:
            inner.addWidget(
                para(
                    self.tr("The estimate says an application is likely to succeed now."), bold=True
                )
            )
        else:
            inner.addWidget(para(self.tr("Applying is not suggested yet. First:"), bold=True))
            firsts = [b.msg.render(lang) for b in a.blockers]
            firsts += [x.msg.render(lang) for x in a.actions if x.gain is None or x.gain > 0]
            for text in firsts[:NEXT_ACTIONS]:
                inner.addWidget(para("• " + text))
            if a.projected_ready_on is not None:
                inner.addWidget(
                    para(
                        with_args(self.tr("Likely ready on %1."), a.projected_ready_on.isoformat())
                    )
                )
        card.add(box)
        card.add(
            para(
                self.tr(
                    "Where to apply: in the Alipay app, 我的 → 花呗 → 我的额度 → 恢复额度 "
                    "(or 账户状态). Or ask Alipay customer service (95188) to review the line."
                )
            )
        )
        if refused is not None and j.current in ("fix", "apply", "result"):
            self._add_changes(card, refused)
        attempt_pending = j.attempt is not None and j.attempt.status == "pending"
        card.add_buttons(
            self._button(
                self.tr("Log an application…"),
                self.log_attempt,
                primary=j.apply_suggested and not attempt_pending,
            )
        )

    def _wait_body(
        self, card: StepCard, j: Journey, _a: Assessment, _r: Application | None
    ) -> None:
        ar = self.session.rules.applications
        attempt, window = j.attempt, j.window
        if attempt is None or window is None:
            card.add(
                para(
                    with_args(
                        self.tr(
                            "After you apply, the review takes %1 to %2 working days. The app counts "
                            "Chinese public holidays and make-up working days."
                        ),
                        str(ar.review_workdays_min),
                        str(ar.review_workdays_max),
                    )
                )
            )
            return
        channel = (
            self.tr("in the app")
            if attempt.channel == "app"
            else self.tr("through customer service")
        )
        card.add(
            para(
                with_args(self.tr("Applied on %1, %2."), attempt.submitted_on.isoformat(), channel)
            ),
            para(
                with_args(
                    self.tr("The decision is expected between %1 and %2 (%3 to %4 working days)."),
                    window.earliest.isoformat(),
                    window.latest.isoformat(),
                    str(ar.review_workdays_min),
                    str(ar.review_workdays_max),
                ),
                bold=True,
            ),
        )
        note = unofficial_note(window)
        if note is not None:
            card.add(para(note.render(i18n.current_language()), muted=True))
        if self.session.today() > window.latest:
            card.add(
                para(
                    self.tr(
                        "The expected date has passed. Look in 花呗 → 我的额度 → 账户状态, or ask "
                        "customer service (95188)."
                    ),
                    color=overdue_color().name(),
                )
            )
        card.add_buttons(
            self._button(self.tr("Record the result…"), self.record_result, primary=True)
        )

    def _result_body(
        self, card: StepCard, j: Journey, a: Assessment, refused: Application | None
    ) -> None:
        attempt = j.attempt
        if attempt is None or attempt.status == "pending" or j.status["result"] == "next":
            card.add(
                para(
                    self.tr(
                        "The decision comes by SMS or as a notice in the Alipay app. Record it "
                        "here when it arrives."
                    )
                )
            )
            if attempt is not None and attempt.status == "pending":
                card.add_buttons(self._button(self.tr("Record the result…"), self.record_result))
            return
        if attempt.status == "approved":
            card.add(
                para(
                    with_args(
                        self.tr(
                            "Approved on %1. Keep paying every bill on time and the account secure, "
                            "so the line stays."
                        ),
                        decided_on(attempt).isoformat(),
                    ),
                    bold=True,
                    color=step_color("done"),
                )
            )
            if attempt.feedback:
                card.add(para("“" + attempt.feedback + "”", muted=True))
            return
        if attempt.feedback:  # "refused on" is in the step's summary line
            card.add(para(with_args(self.tr("It said: “%1”"), attempt.feedback)))
        cooldown = next((b for b in a.blockers if b.code == "reapply_cooldown"), None)
        days = self.session.rules.applications.cooldown_days
        if cooldown is not None:
            until = cooldown.clears_on or decided_on(attempt) + timedelta(days=days)
            card.add(
                para(
                    with_args(
                        self.tr(
                            "Cool-down: wait until %1 before applying again (%2 days after a refusal)."
                        ),
                        until.isoformat(),
                        str(days),
                    ),
                    color=overdue_color().name(),
                )
            )
        else:
            until = decided_on(attempt) + timedelta(days=days)
            card.add(
                para(
                    with_args(
                        self.tr("The %1-day cool-down ended on %2."), str(days), until.isoformat()
                    ),
                    muted=True,
                )
            )
        card.add(
            para(
                self.tr(
                    "Check again why it was refused, fix what is left, and apply again when the "
                    "estimate says “likely”."
                )
            )
        )
        if refused is not None:
            self._add_changes(card, refused)
        card.add_buttons(
            self._button(
                self.tr("New check-up with this feedback…"),
                lambda: self.recheck(attempt),
                primary=True,
            )
        )

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
        self.checkup_form = form
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
        self.attempt_form = form
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
        self.result_form = form
        form.open()

    def open_reminder_settings(self) -> None:
        dialog = ReminderSettingsDialog(self)
        dialog.accepted.connect(self.service.refresh)
        self.settings_dialog = dialog
        dialog.open()

    def export_calendar(self) -> None:
        done = export_calendar(self, self.service)
        if done is not None:
            self.export_note.setText(exported_message(*done))
            self.export_note.show()
