"""The flag: one line that says whether to apply now, and what stands in the way."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from credithealth.domain.explain import overall_text, pending_msg, rules_lines, verdict_msg
from credithealth.domain.results import Action, Assessment
from credithealth.domain.rules import Rules
from credithealth.ui.overview.labels import countdown, signed
from credithealth.ui.overview.style_sheet import set_style_sheet
from credithealth.ui.style import verdict_colors
from credithealth.ui.tr_args import with_args

BADGES = {"likely": "✓", "not_yet": "!", "blocked": "✕", "needs_data": "?"}

# a page key -> its title, or None when the window has no such page
PageTitle = Callable[[str], "str | None"]


def scaled_font(label: QLabel, factor: float, bold: bool = True) -> None:
    f = label.font()
    f.setPointSizeF(f.pointSizeF() * factor)
    f.setBold(bold)
    label.setFont(f)


class VerdictBanner(QFrame):
    """``likely`` (green), ``not_yet`` (amber, with the one action of highest gain) or
    ``blocked`` (red, each blocker with what clears it and when)."""

    open_page = Signal(str)
    report = Signal()  # the user asked for the readiness report (a PDF)

    def __init__(self, page_title: PageTitle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdictBanner")
        self.page_title = page_title
        self.verdict = ""
        self._target = ""

        self.badge = QLabel()
        self.badge.setObjectName("verdictBadge")
        self.badge.setFixedSize(44, 44)
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scaled_font(self.badge, 1.6)
        self.headline = QLabel()
        self.headline.setObjectName("verdictHeadline")
        self.headline.setWordWrap(True)
        scaled_font(self.headline, 1.45)
        self.detail = QLabel()
        self.detail.setObjectName("verdictDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        # the weights and thresholds the verdict is measured against (they are our estimate)
        self.how = QLabel()
        self.how.setObjectName("verdictHow")
        self.how.setWordWrap(True)
        self.how.setTextFormat(Qt.TextFormat.PlainText)
        scaled_font(self.how, 0.85, bold=False)
        self.go = QPushButton()
        self.go.setObjectName("verdictGo")
        self.go.setCursor(Qt.CursorShape.PointingHandCursor)
        self.go.clicked.connect(lambda: self.open_page.emit(self._target))
        self.score = QLabel()
        self.score.setObjectName("verdictScore")
        self.score.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        scaled_font(self.score, 2.4)
        self.score_caption = QLabel()
        self.score_caption.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.report_button = QPushButton()
        self.report_button.setObjectName("verdictReport")
        self.report_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.report_button.clicked.connect(self.report)
        self.report_button.hide()  # shown by a page in a window that can export it

        text = QVBoxLayout()
        text.setSpacing(6)
        text.addWidget(self.headline)
        text.addWidget(self.detail)
        text.addWidget(self.how)
        go_row = QHBoxLayout()
        go_row.addWidget(self.go)
        go_row.addStretch(1)
        text.addLayout(go_row)
        score = QVBoxLayout()
        score.setSpacing(0)
        score.addStretch(1)
        score.addWidget(self.score)
        score.addWidget(self.score_caption)
        score.addSpacing(6)
        score.addWidget(self.report_button, 0, Qt.AlignmentFlag.AlignRight)
        score.addStretch(1)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(18, 16, 22, 16)
        lay.setSpacing(16)
        lay.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(text, 1)
        lay.addLayout(score)

    def show_assessment(
        self, a: Assessment, rules: Rules, lang: str, month_ago: Assessment | None = None
    ) -> None:
        self.verdict = a.verdict
        self.restyle()
        self.badge.setText(BADGES[a.verdict])
        self.headline.setText(verdict_msg(a).render(lang))
        self.how.setText("\n".join(rules_lines(rules, lang)))
        self.score.setText(f"{overall_text(a)}<span style='font-size:small'> /100</span>")
        caption = self.tr("Overall readiness")
        if month_ago is not None and "needs_data" not in (a.verdict, month_ago.verdict):
            caption += "\n" + with_args(
                self.tr("%1 over the last 30 days"), signed(a.overall - month_ago.overall)
            )
        self.score_caption.setText(caption)
        self.report_button.setText(self.tr("Readiness report (PDF)…"))

        lines: list[str] = []
        action: Action | None = None
        pending = pending_msg(a)
        if pending is not None:
            lines.append(pending.render(lang))
        if a.verdict == "needs_data":
            lines += ["?  " + m.msg.render(lang) for m in a.missing_evidence]
            first = a.missing_evidence[0] if a.missing_evidence else None
            action = Action("", "", page=first.page) if first is not None else None
        elif a.verdict == "blocked":
            for b in a.blockers:
                line = "✕  " + b.msg.render(lang)
                if b.clears_on is not None:
                    line += "  " + with_args(
                        self.tr("Clears on %1 (%2)."),
                        b.clears_on.isoformat(),
                        countdown(b.clears_on, a.as_of),
                    )
                lines.append(line)
            action = next((x for x in a.actions if x.clears_blocker), None)
        elif a.verdict == "not_yet":
            # a factor on thin evidence holds "likely" back until its records are there
            lines += ["?  " + m.msg.render(lang) for m in a.missing_evidence]
            if a.actions:
                action = a.actions[0]
                line = with_args(self.tr("Next step: %1"), action.msg.render(lang))
                if action.makes_likely:
                    line += "  " + self.tr("(on its own, this makes an application likely)")
                elif action.gain == 1:
                    line += "  " + self.tr("(+1 point overall)")
                elif action.gain:
                    line += "  " + with_args(self.tr("(%1 points overall)"), signed(action.gain))
                lines.append(line)
        elif pending is None:
            ar = rules.applications
            lines.append(
                with_args(
                    self.tr(
                        "Apply in the Alipay app; a review usually takes %1–%2 working days. "
                        "Keep paying on time until you hear back."
                    ),
                    str(ar.review_workdays_min),
                    str(ar.review_workdays_max),
                )
            )
        self.detail.setText("\n".join(lines))
        self.detail.setVisible(bool(lines))

        title = self.page_title(action.page) if action is not None and action.page else None
        self._target = action.page if action is not None and title else ""
        self.go.setVisible(bool(self._target))
        if title:
            self.go.setText(with_args(self.tr("Open %1 ›"), title))

    def restyle(self) -> None:
        if not self.verdict:
            return
        bg, fg = verdict_colors(self.verdict)
        set_style_sheet(
            self,
            f"#verdictBanner {{ background: {bg.name()}; border-radius: 10px;"
            f" border-left: 6px solid {fg.name()}; }}"
            f" #verdictBanner QLabel {{ color: {fg.name()}; background: transparent; }}"
            f" #verdictBanner #verdictBadge {{ background: {fg.name()}; color: {bg.name()};"
            f" border-radius: 22px; }}"
            f" #verdictGo, #verdictReport {{ color: {fg.name()}; background: transparent;"
            f" border: 1px solid {fg.name()}; border-radius: 6px; padding: 4px 12px; }}"
            f" #verdictGo:hover, #verdictReport:hover {{ background: {fg.name()};"
            f" color: {bg.name()}; }}",
        )
