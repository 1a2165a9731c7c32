"""What each of the journey's five step cards says: its title, its one-line summary and
the body shown when it is open (guidance, tasks, the buttons that move the user on).

``StepBodies`` builds them for a ``JourneyPage``, which owns the cards, the records and the
actions the buttons start.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from credithealth.domain.journey import Journey, Task, decided_on
from credithealth.domain.labels import label
from credithealth.domain.records import CHECKUP_REASONS, Application, Checkup
from credithealth.domain.results import Assessment
from credithealth.domain.workdays import unofficial_note
from credithealth.ui.common import i18n
from credithealth.ui.common.style import overdue_color, verdict_colors
from credithealth.ui.common.tr_args import with_args
from credithealth.ui.pages.journey.widgets import StepCard, para, step_color

if TYPE_CHECKING:
    from credithealth.ui.pages.journey.page import JourneyPage

NEXT_ACTIONS = 3  # next steps listed under "fix" and "apply"


class StepBodies(QObject):
    """The text and buttons of each step card, from the journey and the assessment."""

    def __init__(self, page: JourneyPage) -> None:
        super().__init__(page)
        self.page = page

    def fill(
        self, step: str, card: StepCard, j: Journey, a: Assessment, refused: Application | None
    ) -> None:
        """Add the body of ``step`` to its (cleared) card."""
        builders = {
            "check": self._check_body,
            "fix": self._fix_body,
            "apply": self._apply_body,
            "wait": self._wait_body,
            "result": self._result_body,
        }
        builders[step](card, j, a, refused)

    def step_title(self, step: str) -> str:
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

    def summary(self, step: str, j: Journey, a: Assessment) -> str:
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
        if not task.done and task.page and self.page._has_page(task.page):
            go = QToolButton()
            go.setText(self.tr("Go there"))
            go.clicked.connect(lambda _c=False, p=task.page: self.page.open_page.emit(p))
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
                lambda: self.page.open_checkup(),
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
                str(self.page.session.rules.personal_info.change_window_days),
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
            self.page._add_changes(card, refused)
        attempt_pending = j.attempt is not None and j.attempt.status == "pending"
        card.add_buttons(
            self._button(
                self.tr("Log an application…"),
                self.page.log_attempt,
                primary=j.apply_suggested and not attempt_pending,
            )
        )

    def _wait_body(
        self, card: StepCard, j: Journey, _a: Assessment, _r: Application | None
    ) -> None:
        ar = self.page.session.rules.applications
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
        if self.page.session.today() > window.latest:
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
            self._button(self.tr("Record the result…"), self.page.record_result, primary=True)
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
                card.add_buttons(
                    self._button(self.tr("Record the result…"), self.page.record_result)
                )
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
        days = self.page.session.rules.applications.cooldown_days
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
            self.page._add_changes(card, refused)
        card.add_buttons(
            self._button(
                self.tr("New check-up with this feedback…"),
                lambda: self.page.recheck(attempt),
                primary=True,
            )
        )
