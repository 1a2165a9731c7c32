"""What if: tick actions the domain offers for the current facts and watch the verdict,
the factor scores and the projected date change. Nothing is written anywhere."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from credithealth.domain.assess import what_if
from credithealth.domain.facts import Facts
from credithealth.domain.hypotheses import Hypothesis, WaitUntil
from credithealth.domain.messages import Msg
from credithealth.domain.results import Assessment
from credithealth.domain.rules import FACTORS, Rules
from credithealth.domain.whatif import GROUPS, group_of, offered
from credithealth.ui.common.style import verdict_colors
from credithealth.ui.common.tr_args import with_args
from credithealth.ui.common.widgets.fields import DateEdit
from credithealth.ui.pages.overview.banner import scaled_font
from credithealth.ui.pages.overview.cards import score_color
from credithealth.ui.pages.overview.labels import countdown, hypothesis_text, signed
from credithealth.ui.pages.overview.style_sheet import set_style_sheet

MAX_OPTIONS_HEIGHT = 340  # pixels of what-if choices shown before the list scrolls


def verdict_chip(label: QLabel, verdict: str, lang: str) -> None:
    bg, fg = verdict_colors(verdict)
    label.setText(Msg("verdict_short." + verdict).render(lang))
    set_style_sheet(
        label,
        f"QLabel {{ background: {bg.name()}; color: {fg.name()}; border-radius: 4px;"
        f" padding: 2px 8px; font-weight: bold; }}",
    )


class CheckRow(QWidget):
    """A check box whose text wraps (a plain QCheckBox cuts long sentences off)."""

    toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox()
        self.box.toggled.connect(self.toggled)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setBuddy(self.box)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 1, 0, 1)
        lay.setSpacing(6)
        lay.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        lay.addWidget(self.label, 1)

    def setText(self, text: str) -> None:
        self.label.setText(text)
        self.box.setAccessibleName(text)

    def text(self) -> str:
        return self.label.text()

    def isChecked(self) -> bool:
        return self.box.isChecked()

    def setChecked(self, on: bool, *, quiet: bool = False) -> None:
        self.box.blockSignals(quiet)
        self.box.setChecked(on)
        self.box.blockSignals(False)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.box.toggle()
        super().mouseReleaseEvent(event)


class WhatIfPanel(QFrame):
    """``result_changed`` carries the hypothetical assessment (None with nothing ticked)."""

    result_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("whatIf")
        self.facts: Facts | None = None
        self.base: Assessment | None = None
        self.rules: Rules | None = None
        self.lang = "en"
        self.result: Assessment | None = None
        self.boxes: dict[Hypothesis, CheckRow] = {}

        self.title = QLabel()
        scaled_font(self.title, 1.1)
        self.hint = QLabel()
        self.hint.setObjectName("whatIfHint")
        self.hint.setWordWrap(True)
        self.reset = QPushButton()
        self.reset.clicked.connect(self.clear)

        self.options = QWidget()
        self.options.setObjectName("whatIfOptions")
        self.options_lay = QVBoxLayout(self.options)
        self.options_lay.setContentsMargins(0, 0, 6, 0)
        self.options_lay.setSpacing(4)
        self.wait = QCheckBox()
        self.wait_on = DateEdit()
        self.wait_on.setEnabled(False)
        self.wait.toggled.connect(self.wait_on.setEnabled)
        self.wait.toggled.connect(lambda _c: self.recompute())
        self.wait_on.dateChanged.connect(lambda _d: self.wait.isChecked() and self.recompute())
        self.time_label = QLabel()
        self.time_label.setObjectName("whatIfGroup")
        self.none_label = QLabel()
        self.none_label.setWordWrap(True)
        self.groups: dict[str, QLabel] = {}
        self.offer = QWidget()
        self.options_lay.addWidget(self.offer)
        self.options_lay.addWidget(self.none_label)
        self.options_lay.addWidget(self.time_label)
        wait_row = QHBoxLayout()
        wait_row.addWidget(self.wait)
        wait_row.addWidget(self.wait_on)
        wait_row.addStretch(1)
        self.options_lay.addLayout(wait_row)
        self.options_lay.addStretch(1)
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # a viewport of our own, not ``viewport()``: a plain QWidget handed back from Qt makes
        # PySide6 try every widget class it knows for it, ~4 ms of enums before the first frame
        viewport = QWidget()
        viewport.setAutoFillBackground(False)
        scroll.setViewport(viewport)  # (before setWidget: the old viewport goes, with its child)
        scroll.setWidget(self.options)
        scroll.setMinimumWidth(260)
        self.options.setAutoFillBackground(False)

        # the outcome: verdict, overall, each factor, projected date; now -> then
        self.outcome = QWidget()
        grid = QGridLayout(self.outcome)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(5)
        self.head_now = QLabel()
        self.head_then = QLabel()
        for w in (self.head_now, self.head_then):
            w.setObjectName("whatIfMuted")
            w.setAlignment(Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.head_now, 0, 1)
        grid.addWidget(self.head_then, 0, 2)
        self.verdict_now = QLabel()
        self.verdict_then = QLabel()
        self.verdict_name = QLabel()
        grid.addWidget(self.verdict_name, 1, 0)
        grid.addWidget(self.verdict_now, 1, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.verdict_then, 1, 2, Qt.AlignmentFlag.AlignRight)
        self.rows: dict[str, tuple[QLabel, QLabel, QLabel, QLabel]] = {}
        for i, key in enumerate(("overall", *FACTORS, "ready_on")):
            name, now, then, delta = QLabel(), QLabel(), QLabel(), QLabel()
            for w in (now, then, delta):
                w.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if key == "overall":
                for w in (name, now, then):
                    f = w.font()
                    f.setBold(True)
                    w.setFont(f)
            grid.addWidget(name, i + 2, 0)
            grid.addWidget(now, i + 2, 1)
            grid.addWidget(then, i + 2, 2)
            grid.addWidget(delta, i + 2, 3)
            self.rows[key] = (name, now, then, delta)
        grid.setColumnStretch(0, 1)
        grid.setRowStretch(len(FACTORS) + 5, 1)

        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.reset)
        body = QHBoxLayout()
        body.setSpacing(18)
        body.addWidget(scroll, 5)
        body.addWidget(self.outcome, 4)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 14, 16, 14)
        lay.setSpacing(6)
        lay.addLayout(head)
        lay.addWidget(self.hint)
        lay.addLayout(body, 1)

    # -- the choices ---------------------------------------------------------------------

    def set_base(self, facts: Facts, base: Assessment, rules: Rules, lang: str) -> None:
        """New facts (a change was saved) or a new language: offer what applies now and
        keep what was ticked and still applies."""
        ticked = {h for h, b in self.boxes.items() if b.isChecked()}
        self.facts, self.base, self.rules, self.lang = facts, base, rules, lang
        self._build_options(offered(facts, rules), ticked)
        tomorrow = facts.as_of + timedelta(days=1)
        self.wait_on.setMinimumDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
        if not self.wait.isChecked():
            self._set_wait_date(self._default_wait(base, facts.as_of))
        self.retranslate()
        self.recompute()

    def _default_wait(self, base: Assessment, today: date) -> date:
        on = base.projected_ready_on
        return on if on is not None and on > today else today + timedelta(days=30)

    def _set_wait_date(self, d: date) -> None:
        self.wait_on.blockSignals(True)
        self.wait_on.setDate(QDate(d.year, d.month, d.day))
        self.wait_on.blockSignals(False)

    def _build_options(self, hyps: list[Hypothesis], ticked: set[Hypothesis]) -> None:
        if list(self.boxes) == hyps:
            return
        # the offered actions live in one container, rebuilt when the offer changes
        container = QWidget()
        lay = QVBoxLayout(container)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        self.boxes = {}
        self.groups = {}
        for group in GROUPS:
            members = [h for h in hyps if group_of(h) == group]
            if not members:
                continue
            label = QLabel()
            label.setObjectName("whatIfGroup")
            self.groups[group] = label
            lay.addWidget(label)
            for h in members:
                box = CheckRow()
                box.setChecked(h in ticked, quiet=True)
                box.toggled.connect(lambda _c: self.recompute())
                self.boxes[h] = box
                lay.addWidget(box)
        self.options_lay.replaceWidget(self.offer, container)
        self.offer.deleteLater()
        self.offer = container
        container.show()  # now, not at the next turn of the event loop: it is measured below

    def hypotheses(self) -> list[Hypothesis]:
        hyps = [h for h, b in self.boxes.items() if b.isChecked()]
        if self.wait.isChecked():
            q = self.wait_on.date()
            hyps.append(WaitUntil(date(q.year(), q.month(), q.day())))
        return hyps

    def tick(self, h: Hypothesis, on: bool = True) -> None:
        self.boxes[h].setChecked(on)

    def clear(self) -> None:
        for b in self.boxes.values():
            b.setChecked(False, quiet=True)
        self.wait.blockSignals(True)
        self.wait.setChecked(False)
        self.wait_on.setEnabled(False)
        self.wait.blockSignals(False)
        self.recompute()

    # -- the outcome ---------------------------------------------------------------------

    def recompute(self) -> None:
        if self.facts is None or self.base is None or self.rules is None:
            return
        hyps = self.hypotheses()
        self.result = what_if(self.facts, hyps, self.rules) if hyps else None
        self._show_outcome()
        self.result_changed.emit(self.result)

    def _show_outcome(self) -> None:
        base, lang = self.base, self.lang
        assert base is not None
        then = self.result or base
        verdict_chip(self.verdict_now, base.verdict, lang)
        verdict_chip(self.verdict_then, then.verdict, lang)
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText).name()

        none = "—"  # a factor without evidence shows no score, as on its card

        def row(
            key: str, now: int, after: int, threshold: int, shown: tuple[bool, bool] = (True, True)
        ) -> None:
            _name, a, b, d = self.rows[key]
            a.setText(str(now) if shown[0] else none)
            # the colour says whether it reaches its pass mark: so does a sign, and the tooltip
            meets = after >= threshold
            b.setText((("✓ " if meets else "✗ ") + str(after)) if shown[1] else none)
            b.setToolTip(
                with_args(self.tr("meets %1") if meets else self.tr("needs %1"), str(threshold))
                if shown[1]
                else ""
            )
            change = after - now
            both = shown[0] and shown[1]
            d.setText(signed(change) if self.result is not None and change and both else "")
            color = score_color(100, 0) if change > 0 else score_color(0, 100)
            set_style_sheet(d, f"color: {color.name()};")
            # no score, no colour: missing data is neither good nor bad
            set_style_sheet(
                b, f"color: {score_color(after, threshold).name()};" if shown[1] else ""
            )

        assert self.rules is not None
        row(
            "overall",
            base.overall,
            then.overall,
            self.rules.overall.threshold,
            (base.verdict != "needs_data", then.verdict != "needs_data"),
        )
        for key in FACTORS:
            f0, f1 = base.factors[key], then.factors[key]
            row(key, f0.score, f1.score, f0.threshold, (f0.has_data, f1.has_data))
        _name, a, b, d = self.rows["ready_on"]
        a.setText(self._date_text(base))
        b.setText(self._date_text(then))
        d.setText("")
        set_style_sheet(b, "")
        if then.projected_ready_on and base.projected_ready_on and self.result is not None:
            days = (then.projected_ready_on - base.projected_ready_on).days
            if days:
                d.setText(with_args(self.tr("%1 d"), signed(days)))
                better = score_color(100, 0) if days < 0 else score_color(0, 100)
                set_style_sheet(d, f"color: {better.name()};")
        self.head_then.setText(
            self.tr("With these") if self.result is not None else self.tr("(tick to try)")
        )
        set_style_sheet(self.head_then, f"color: {muted};")

    def _date_text(self, a: Assessment) -> str:
        if a.verdict == "likely":
            return self.tr("now")
        if a.projected_ready_on is None:
            return "—"
        if self.base is not None and a.projected_ready_on == self.base.as_of:
            return countdown(a.projected_ready_on, self.base.as_of)
        return a.projected_ready_on.isoformat()

    # -- words and colours -------------------------------------------------------------------

    def retranslate(self) -> None:
        lang = self.lang
        self.title.setText(self.tr("What if…"))
        self.hint.setText(
            self.tr("Tick what you could do and see what it changes. Nothing is saved.")
        )
        self.reset.setText(self.tr("Reset"))
        names = {
            "repay": self.tr("Repay"),
            "security": Msg("factor.account_security").render(lang),
            "incident": self.tr("Security incidents"),
            "profile": Msg("factor.personal_info").render(lang),
            "proof": self.tr("Proofs of income or assets"),
        }
        for group, label in self.groups.items():
            label.setText(names[group])
        if self.facts is not None:
            for h, box in self.boxes.items():
                box.setText(hypothesis_text(h, self.facts, lang))
        self.none_label.setText(self.tr("Nothing left to do today: every item is done."))
        self.none_label.setVisible(not self.boxes)
        self.time_label.setText(self.tr("Time"))
        self.wait.setText(self.tr("Wait until"))
        self.head_now.setText(self.tr("Now"))
        self.verdict_name.setText(self.tr("Verdict"))
        self.rows["overall"][0].setText(self.tr("Overall"))
        for key in FACTORS:
            self.rows[key][0].setText(Msg("factor." + key).render(lang))
        self.rows["ready_on"][0].setText(self.tr("Likely ready"))
        # room for the whole list (now that it has its words) up to a point; longer lists scroll
        self.scroll.setMinimumHeight(min(self.options.sizeHint().height(), MAX_OPTIONS_HEIGHT))
        if self.base is not None:
            self._show_outcome()
        self.restyle()

    def restyle(self) -> None:
        pal = self.palette()
        muted = pal.color(QPalette.ColorRole.PlaceholderText).name()
        set_style_sheet(
            self,
            f"#whatIf {{ background: {pal.color(QPalette.ColorRole.Base).name()};"
            f" border: 1px solid {pal.color(QPalette.ColorRole.Mid).name()}; border-radius: 10px; }}"
            f" #whatIf QLabel {{ background: transparent; }}"
            f" #whatIfHint, #whatIfMuted {{ color: {muted}; }}"
            f" #whatIfGroup {{ color: {muted}; font-weight: bold; margin-top: 6px; }}",
        )
