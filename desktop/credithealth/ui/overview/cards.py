"""The five factor cards: score, band, change over 30 days, the top signal, the top
action, and a click that opens the page where that action is done."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from credithealth.domain.assess import top_signal
from credithealth.domain.factors.evidence import missing, standing_text
from credithealth.domain.messages import Msg
from credithealth.domain.results import FactorResult
from credithealth.ui.overview.banner import PageTitle, scaled_font
from credithealth.ui.overview.labels import signed
from credithealth.ui.overview.style_sheet import set_style_sheet
from credithealth.ui.style import is_dark
from credithealth.ui.tr_args import with_args

# (light, dark): at or above the threshold, a little below it, far below it
SCORE_COLORS = {
    "good": ("#1a7f37", "#4caf6e"),
    "short": ("#b7791f", "#e0a83a"),
    "poor": ("#c62828", "#ef6b6b"),
}


def score_color(score: int, threshold: int) -> QColor:
    """Green at or above the threshold, amber up to 20 points below it, red further down."""
    kind = "good" if score >= threshold else "short" if score >= threshold - 20 else "poor"
    return QColor(SCORE_COLORS[kind][1 if is_dark() else 0])


class ScoreBar(QWidget):
    """A 0-100 bar with the factor's threshold marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.score = 0
        self.threshold = 0
        self.setFixedHeight(10)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_values(self, score: int, threshold: int) -> None:
        self.score, self.threshold = score, threshold
        self.setToolTip(with_args(self.tr("Threshold %1"), str(threshold)))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(120, 10)

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(self.rect()).adjusted(0, 2, 0, -2)
        track = self.palette().color(QPalette.ColorRole.Mid)
        track.setAlpha(70)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(track)
        p.drawRoundedRect(r, 3, 3)
        fill = QRectF(r)
        fill.setWidth(r.width() * max(0, min(100, self.score)) / 100)
        p.setBrush(score_color(self.score, self.threshold))
        p.drawRoundedRect(fill, 3, 3)
        x = r.left() + r.width() * self.threshold / 100
        p.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        p.drawLine(int(x), 0, int(x), self.height())
        p.end()


class FactorCard(QFrame):
    open_page = Signal(str)

    def __init__(self, key: str, page_title: PageTitle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.page_title = page_title
        self.setObjectName("factorCard")
        self.target = ""  # the page the click opens; empty when the window has none
        self.result: FactorResult | None = None
        self.change: int | None = None

        self.name = QLabel()
        scaled_font(self.name, 1.05)
        self.passed = QLabel()
        self.passed.setObjectName("cardPassed")
        self.passed.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.score = QLabel()
        scaled_font(self.score, 2.2)
        self.band = QLabel()
        self.band.setObjectName("cardBand")
        self.delta = QLabel()
        self.delta.setObjectName("cardDelta")
        self.delta.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        self.bar = ScoreBar()
        self.signal = QLabel()
        self.signal.setObjectName("cardSignal")
        self.signal.setWordWrap(True)
        self.action = QLabel()
        self.action.setObjectName("cardAction")
        self.action.setWordWrap(True)
        self.link = QLabel()
        self.link.setObjectName("cardLink")
        for w in (self.signal, self.action):
            w.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            w.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

        head = QHBoxLayout()
        head.addWidget(self.name, 1)
        head.addWidget(self.passed)
        score = QHBoxLayout()
        score.setSpacing(8)
        score.addWidget(self.score, 0, Qt.AlignmentFlag.AlignBottom)
        score.addWidget(self.band, 0, Qt.AlignmentFlag.AlignBottom)
        score.addStretch(1)
        score.addWidget(self.delta, 0, Qt.AlignmentFlag.AlignBottom)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(14, 12, 14, 12)
        lay.setSpacing(6)
        lay.addLayout(head)
        lay.addLayout(score)
        lay.addWidget(self.bar)
        lay.addSpacing(4)
        lay.addWidget(self.signal)
        lay.addWidget(self.action)
        lay.addStretch(1)
        lay.addWidget(self.link)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def show_result(self, r: FactorResult, change: int | None, lang: str) -> None:
        self.result, self.change = r, change
        name = Msg("factor." + self.key).render(lang)
        self.name.setText(name)
        # no evidence: no number that could read as a grade, only what is missing
        self.score.setText(str(r.score) if r.has_data else "—")
        self.band.setText(standing_text(r, lang))
        self.bar.set_values(r.score if r.has_data else 0, r.threshold)
        if r.passed:
            self.passed.setText("✓ " + with_args(self.tr("meets %1"), str(r.threshold)))
        else:
            self.passed.setText(with_args(self.tr("needs %1"), str(r.threshold)))
        if change is None:
            self.delta.setText("")
            self.delta.setToolTip("")
        else:
            arrow = "▲ " if change > 0 else "▼ " if change < 0 else ""
            self.delta.setText(arrow + signed(change))
            self.delta.setToolTip(self.tr("Change since 30 days ago"))
        sig = top_signal(r)
        lacking = missing(r)
        if lacking:
            self.signal.setText("? " + lacking[0].render(lang))
        elif sig is None and r.score >= 100:
            self.signal.setText(self.tr("Everything counted here is in order."))
        elif sig is None:
            self.signal.setText(self.tr("Nothing recorded moves this factor yet."))
        else:
            text = sig.msg.render(lang)
            if sig.impact:
                text += "  (" + signed(sig.impact) + ")"
            self.signal.setText(text)
        top = r.actions[0] if r.actions else None
        self.action.setText(
            "→ " + top.msg.render(lang) if top else self.tr("Nothing to do here for now.")
        )
        title = self.page_title(top.page) if top is not None and top.page else None
        self.target = top.page if top is not None and title else ""
        self.link.setText(with_args(self.tr("Open %1 ›"), title) if title else "")
        self.link.setVisible(bool(title))
        openable = bool(self.target)
        self.setCursor(
            Qt.CursorShape.PointingHandCursor if openable else Qt.CursorShape.ArrowCursor
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if openable else Qt.FocusPolicy.NoFocus)
        self.setToolTip(self._all_signals(r, lang))
        shown = str(r.score) if r.has_data else Msg("evidence.none").render(lang)
        self.setAccessibleName(f"{name} {shown}")
        self.restyle()

    def _all_signals(self, r: FactorResult, lang: str) -> str:
        lines = [
            f"{s.msg.render(lang)}  ({signed(s.impact)})" if s.impact else s.msg.render(lang)
            for s in r.signals
        ]
        return "\n".join(lines)

    def restyle(self) -> None:
        pal = self.palette()
        base = pal.color(QPalette.ColorRole.Base).name()
        border = pal.color(QPalette.ColorRole.Mid).name()
        muted = pal.color(QPalette.ColorRole.PlaceholderText).name()
        accent = pal.color(QPalette.ColorRole.Highlight).name()
        link = pal.color(QPalette.ColorRole.Link).name()
        r = self.result
        good = score_color(r.score, r.threshold).name() if r and r.has_data else muted
        change = self.change or 0
        delta = (
            score_color(100, 0).name()
            if change > 0
            else score_color(0, 100).name()
            if change < 0
            else muted
        )
        set_style_sheet(
            self,
            f"#factorCard {{ background: {base}; border: 1px solid {border}; border-radius: 10px; }}"
            f" #factorCard:focus {{ border: 2px solid {accent}; }}"
            f" #factorCard QLabel {{ background: transparent; }}"
            f" #cardPassed, #cardBand {{ color: {good}; }}"
            f" #cardDelta {{ color: {delta}; }}"
            f" #cardSignal {{ color: {muted}; }}"
            f" #cardLink {{ color: {link}; }}",
        )

    # -- opening the page ----------------------------------------------------------------

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.target:
            self.open_page.emit(self.target)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.target and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.open_page.emit(self.target)
            return
        super().keyPressEvent(event)
