"""Overview: is it time to apply? The verdict, its blockers, and the five factors."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from credithealth.domain.assess import top_signal
from credithealth.domain.messages import Msg
from credithealth.domain.results import Assessment, FactorResult
from credithealth.domain.rules import FACTORS
from credithealth.ui import i18n
from credithealth.ui.pages.base import Page
from credithealth.ui.session import Session
from credithealth.ui.style import verdict_colors


class VerdictBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdictBanner")
        self.headline = QLabel()
        self.headline.setObjectName("verdictHeadline")
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.headline.setFont(font)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        lay = QVBoxLayout(self)
        lay.addWidget(self.headline)
        lay.addWidget(self.detail)
        self.verdict = ""

    def show_assessment(self, a: Assessment, lang: str) -> None:
        self.verdict = a.verdict
        bg, fg = verdict_colors(a.verdict)
        self.setStyleSheet(
            f"#verdictBanner {{ background: {bg.name()}; border-radius: 8px; }}"
            f" QLabel {{ color: {fg.name()}; }}"
        )
        score = self.tr("Overall %1/100").replace("%1", str(a.overall))
        self.headline.setText(f"{Msg('verdict.' + a.verdict).render(lang)}   ·   {score}")
        lines = [f"✗ {b.msg.render(lang)}" for b in a.blockers]
        if a.verdict == "not_yet" and a.actions:
            lines.append("→ " + a.actions[0].msg.render(lang))
        if a.projected_ready_on and a.verdict != "likely":
            when = self.tr("Likely ready on %1").replace("%1", a.projected_ready_on.isoformat())
            if a.waits_for:
                when += " (" + "; ".join(m.render(lang) for m in a.waits_for) + ")"
            lines.append(when)
        self.detail.setText("\n".join(lines))
        self.detail.setVisible(bool(lines))


class FactorCard(QFrame):
    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.name = QLabel()
        f = self.name.font()
        f.setBold(True)
        self.name.setFont(f)
        self.score = QLabel()
        sf = self.score.font()
        sf.setPointSizeF(sf.pointSizeF() * 1.6)
        sf.setBold(True)
        self.score.setFont(sf)
        self.signal = QLabel()
        self.signal.setWordWrap(True)
        self.action = QLabel()
        self.action.setWordWrap(True)
        lay = QVBoxLayout(self)
        for w in (self.name, self.score, self.signal, self.action):
            lay.addWidget(w)
        lay.addStretch(1)

    def show_result(self, r: FactorResult, lang: str) -> None:
        self.name.setText(Msg("factor." + self.key).render(lang))
        mark = "✓" if r.passed else "·"
        self.score.setText(f"{r.score}  {mark} {Msg('band.' + r.band).render(lang)}")
        sig = top_signal(r)
        self.signal.setText(sig.msg.render(lang) if sig else "")
        self.action.setText("→ " + r.actions[0].msg.render(lang) if r.actions else "")


class OverviewPage(Page):
    key = "overview"
    icon = QStyle.StandardPixmap.SP_ComputerIcon

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.banner = VerdictBanner()
        self.cards = {k: FactorCard(k) for k in FACTORS}
        grid = QGridLayout()
        for i, k in enumerate(FACTORS):
            grid.addWidget(self.cards[k], i // 3, i % 3)
        self.disclaimer = QLabel()
        self.disclaimer.setWordWrap(True)
        inner = QWidget()
        lay = QVBoxLayout(inner)
        lay.addWidget(self.banner)
        lay.addLayout(grid)
        lay.addWidget(self.disclaimer)
        lay.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        session.assessment_changed.connect(self.show_assessment)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Overview")

    def retranslate(self) -> None:
        self.disclaimer.setText(
            self.tr(
                "An estimate from the published review points (credit status, account security, "
                "personal info, consumption, external credit), not Alipay's decision."
            )
        )
        if self.session.assessment is not None:
            self.show_assessment(self.session.assessment)

    def show_assessment(self, a: Assessment) -> None:
        lang = i18n.current_language()
        self.banner.show_assessment(a, lang)
        for k, card in self.cards.items():
            card.show_result(a.factors[k], lang)
