"""When: the projected date an application is likely to succeed, a countdown, what the
date waits for, and which of today's actions it counts on."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from credithealth.domain.explain import pending_msg
from credithealth.domain.facts import Facts
from credithealth.domain.hypotheses import Hypothesis
from credithealth.domain.icalendar_export import CalendarEvent, to_ics
from credithealth.domain.results import Assessment
from credithealth.domain.rules import Rules
from credithealth.store.private_files import write_private_bytes
from credithealth.ui.overview.banner import scaled_font
from credithealth.ui.overview.labels import countdown, signed
from credithealth.ui.overview.style_sheet import set_style_sheet
from credithealth.ui.tr_args import with_args

STEPS = 3  # how many of the best next steps to list


def bullets(lines: list[str]) -> str:
    return "\n".join("•  " + line for line in lines)


class ReadyWhen(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readyWhen")
        self.assessment: Assessment | None = None
        self.title = QLabel()
        scaled_font(self.title, 1.1)
        self.date = QLabel()
        self.date.setObjectName("whenDate")
        scaled_font(self.date, 2.0)
        self.countdown = QLabel()
        self.countdown.setObjectName("whenCountdown")
        self.countdown.setWordWrap(True)
        scaled_font(self.countdown, 1.1, bold=False)
        self.waits_title = QLabel()
        self.waits_title.setObjectName("whenSection")
        self.waits = QLabel()
        self.waits.setWordWrap(True)
        self.assumes_title = QLabel()
        self.assumes_title.setObjectName("whenSection")
        self.assumes = QLabel()
        self.assumes.setWordWrap(True)
        for w in (self.waits, self.assumes, self.countdown):
            w.setTextFormat(Qt.TextFormat.PlainText)
        self.steps_title = QLabel()
        self.steps_title.setObjectName("whenSection")
        self.steps = QLabel()
        self.steps.setWordWrap(True)
        self.steps.setTextFormat(Qt.TextFormat.PlainText)
        self.remind = QPushButton()
        self.remind.clicked.connect(self.save_reminder)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 14, 16, 14)
        lay.setSpacing(6)
        lay.addWidget(self.title)
        lay.addWidget(self.date)
        lay.addWidget(self.countdown)
        lay.addSpacing(6)
        lay.addWidget(self.waits_title)
        lay.addWidget(self.waits)
        lay.addWidget(self.assumes_title)
        lay.addWidget(self.assumes)
        lay.addWidget(self.steps_title)
        lay.addWidget(self.steps)
        lay.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.remind)
        row.addStretch(1)
        lay.addLayout(row)

    def show_assessment(
        self,
        a: Assessment,
        facts: Facts | None,
        assumed: list[Hypothesis],
        rules: Rules,
        lang: str,
    ) -> None:
        self.assessment = a
        self.title.setText(self.tr("When can I apply?"))
        self.remind.setText(self.tr("Add a calendar reminder…"))
        on = a.projected_ready_on
        # what the date counts on, word for word as the CLI and the PDF list it
        todo = [x.msg.render(lang) for x in a.projection_assumes] if a.verdict != "likely" else []
        if a.pending_application is not None and a.verdict == "likely":
            self.date.setText(self.tr("Under review"))
            msg = pending_msg(a)
            self.countdown.setText(msg.render(lang) if msg is not None else "")
        elif a.verdict == "likely":
            self.date.setText(self.tr("Now"))
            self.countdown.setText(
                self.tr("Nothing to wait for: by our estimate an application is likely to succeed.")
            )
        elif on is None and a.projection_needs:
            self.date.setText("—")
            self.countdown.setText(
                self.tr("No date until these records exist:")
                + "\n"
                + bullets([m.render(lang) for m in a.projection_needs])
            )
        elif on is None:
            self.date.setText("—")
            self.countdown.setText(
                with_args(
                    self.tr(
                        "Not within the next %1 days: time alone does not get there. "
                        "The actions on the cards raise the factors that are short."
                    ),
                    str(rules.projection.horizon_days),
                )
            )
        else:
            self.date.setText(on.isoformat())
            when = countdown(on, a.as_of)
            if a.projection_assumes and on == a.as_of:
                when = self.tr("Today, once you have done what is listed below.")
            elif todo:
                when = with_args(self.tr("%1, if what is listed below holds"), when)
            self.countdown.setText(when)
        waits = [m.render(lang) for m in a.waits_for] if a.verdict != "likely" else []
        self.waits_title.setText(self.tr("It waits for"))
        self.waits.setText(bullets(waits))
        self.assumes_title.setText(self.tr("It assumes"))
        self.assumes.setText(bullets(todo))
        for w in (self.waits_title, self.waits):
            w.setVisible(bool(waits))
        for w in (self.assumes_title, self.assumes):
            w.setVisible(bool(todo))
        # the steps that move the score most (those the date counts on are listed above)
        counted = {x.hypothesis for x in a.projection_assumes}
        steps = [
            x
            for x in a.actions
            if x.hypothesis not in counted and (x.gain or x.clears_blocker or x.makes_likely)
        ][:STEPS]
        self.steps_title.setText(self.tr("What moves you closer"))
        self.steps.setText(
            "\n".join(
                "→  " + x.msg.render(lang) + (f"  ({signed(x.gain)})" if x.gain else "")
                for x in steps
            )
        )
        for w in (self.steps_title, self.steps):
            w.setVisible(bool(steps) and a.verdict != "likely")
        self.remind.setVisible(on is not None and on > a.as_of and a.verdict != "likely")
        self.restyle()

    def restyle(self) -> None:
        pal = self.palette()
        set_style_sheet(
            self,
            f"#readyWhen {{ background: {pal.color(QPalette.ColorRole.Base).name()};"
            f" border: 1px solid {pal.color(QPalette.ColorRole.Mid).name()}; border-radius: 10px; }}"
            f" #readyWhen QLabel {{ background: transparent; }}"
            f" #whenCountdown, #whenSection {{ color: {pal.color(QPalette.ColorRole.PlaceholderText).name()}; }}",
        )

    def reminder_ics(self) -> str:
        """A calendar event on the projected date, for any calendar app."""
        a = self.assessment
        assert a is not None and a.projected_ready_on is not None
        event = CalendarEvent(
            uid=f"ready-{a.projected_ready_on.isoformat()}@credithealth.local",
            on=a.projected_ready_on,
            summary=self.tr("Credit Health: an application is likely to succeed from today"),
            description=self.waits.text(),
            alarm_minutes_before=0,
        )
        return to_ics([event], stamp=datetime.now(UTC), calendar_name="Credit Health")

    def save_reminder(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a calendar reminder"),
            str(Path(folder) / "credit-health-ready.ics"),
            self.tr("Calendar files (*.ics)"),
        )
        if path:
            write_private_bytes(Path(path), self.reminder_ics().encode("utf-8"))
