"""The consumption factor beside the spending chart: its score, every signal that moved
it (with its points), and the actions that would raise it (with their gain)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from credithealth.domain.factors.evidence import missing, standing_text
from credithealth.domain.messages import Msg
from credithealth.domain.results import FactorResult
from credithealth.ui.overview.banner import scaled_font
from credithealth.ui.overview.cards import ScoreBar, score_color
from credithealth.ui.overview.labels import signed
from credithealth.ui.style import muted_color
from credithealth.ui.tr_args import with_args

KEY = "consumption"


class ConsumptionPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consumptionPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.name = QLabel()
        scaled_font(self.name, 1.05)
        self.score = QLabel()
        self.score.setObjectName("consumptionScore")
        scaled_font(self.score, 1.8)
        self.band = QLabel()
        self.bar = ScoreBar()
        self.signals = QLabel()
        self.signals.setObjectName("consumptionSignals")
        self.actions_title = QLabel()
        f = self.actions_title.font()
        f.setBold(True)
        self.actions_title.setFont(f)
        self.actions = QLabel()
        self.actions.setObjectName("consumptionActions")
        for w in (self.signals, self.actions, self.band):
            w.setWordWrap(True)
            w.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            w.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel()
        self.note.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(14, 10, 14, 10)
        lay.setSpacing(6)
        lay.addWidget(self.name)
        lay.addWidget(self.score)
        lay.addWidget(self.band)
        lay.addWidget(self.bar)
        lay.addSpacing(4)
        lay.addWidget(self.signals)
        lay.addWidget(self.actions_title)
        lay.addWidget(self.actions)
        lay.addStretch(1)
        lay.addWidget(self.note)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.result: FactorResult | None = None

    def show_result(self, r: FactorResult | None, lang: str) -> None:
        self.result = r
        self.name.setText(Msg("factor." + KEY).render(lang))
        self.note.setText(
            self.tr("Counted over the last six complete months; refunds are taken off.")
        )
        self.note.setStyleSheet(f"color: {muted_color().name()};")
        if r is None:
            for w in (self.score, self.band, self.signals, self.actions, self.actions_title):
                w.setText("")
            self.bar.hide()
            return
        self.bar.show()
        self.bar.set_values(r.score, r.threshold)
        need = (
            with_args(self.tr("meets the %1 needed"), str(r.threshold))
            if r.passed
            else with_args(self.tr("%1 needed"), str(r.threshold))
        )
        self.band.setText(f"{standing_text(r, lang)} · {need}")
        if r.has_data:
            self.score.setText(f"{r.score}")
            self.score.setStyleSheet(f"color: {score_color(r.score, r.threshold).name()};")
        else:  # no evidence: no number that could read as a grade
            self.score.setText("—")
            self.score.setStyleSheet(f"color: {muted_color().name()};")
        lines = [f"? {m.render(lang)}" for m in missing(r)]
        for s in r.signals:
            text = s.msg.render(lang)
            lines.append(f"• {text}  ({signed(s.impact)})" if s.impact else f"• {text}")
        self.signals.setText("\n".join(lines))
        self.actions_title.setText(self.tr("What would raise it") if r.actions else "")
        self.actions_title.setVisible(bool(r.actions))
        acts = []
        for a in r.actions:
            text = "→ " + a.msg.render(lang)
            if a.gain:
                text += "  " + with_args(self.tr("(%1 overall)"), signed(a.gain))
            acts.append(text)
        self.actions.setText("\n".join(acts))
        self.actions.setVisible(bool(acts))
