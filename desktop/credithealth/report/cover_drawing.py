"""The cover's drawn parts: the verdict flag and the five factor score bars."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from credithealth.report.fonts import font
from credithealth.report.model import Cover, FactorScore
from credithealth.report.style import (
    HEAD_BG,
    INK,
    MUTED,
    RULE,
    TONES,
    VERDICT,
    VERDICT_BG,
    TextStyle,
)

FLAG_HEIGHT = 128.0
BAR_ROW = 24.0
WRAP = Qt.TextFlag.TextWordWrap
LEFT = Qt.AlignmentFlag.AlignLeft
RIGHT = Qt.AlignmentFlag.AlignRight
TOP = Qt.AlignmentFlag.AlignTop
VCENTER = Qt.AlignmentFlag.AlignVCenter
BOTTOM = Qt.AlignmentFlag.AlignBottom


def _text(
    painter: QPainter,
    rect: QRectF,
    flags: int,
    text: str,
    style: TextStyle,
    color: str | None = None,
) -> None:
    painter.setFont(font(style))
    painter.setPen(QColor(color or style.color))
    painter.drawText(rect, flags, text)


def draw_flag(cover: Cover, label: str) -> object:
    """The verdict in words and colour, with the overall score beside it."""

    def draw(painter: QPainter, r: QRectF) -> None:
        color = VERDICT[cover.verdict]
        painter.fillRect(r, QColor(VERDICT_BG[cover.verdict]))
        painter.fillRect(QRectF(r.x(), r.y(), 7, r.height()), QColor(color))
        score_w = 150.0
        left = r.adjusted(24, 16, -score_w - 16, -14)
        _text(
            painter,
            QRectF(left.x(), left.y(), left.width(), 40),
            LEFT | TOP,
            cover.verdict_short,
            TextStyle(22, True),
            color,
        )
        _text(
            painter,
            QRectF(left.x(), left.y() + 46, left.width(), left.height() - 46),
            int(LEFT | TOP | WRAP),
            cover.verdict_sentence,
            TextStyle(11.5),
        )
        right = QRectF(r.right() - score_w - 16, r.y() + 14, score_w, r.height() - 28)
        painter.setPen(QPen(QColor(color), 1))
        painter.drawLine(
            QPointF(right.x() - 8, right.y() + 6), QPointF(right.x() - 8, right.bottom() - 6)
        )
        _text(
            painter,
            QRectF(right.x(), right.y(), right.width(), 20),
            RIGHT | TOP,
            label,
            TextStyle(9, color=MUTED),
        )
        _text(
            painter,
            QRectF(right.x(), right.y() + 18, right.width(), 64),
            RIGHT | VCENTER,
            cover.overall,
            TextStyle(38, True),
            color,
        )
        _text(
            painter,
            QRectF(right.x(), right.y() + 80, right.width(), 20),
            RIGHT | TOP,
            "/ 100",
            TextStyle(10, color=MUTED),
        )

    return draw


def bars_height(n: int) -> float:
    return BAR_ROW * (n + 1) + 4


def draw_bars(factors: tuple[FactorScore, ...], heads: dict[str, str]) -> object:
    """One row per factor: name, a bar with the pass mark, score, band, passed or not."""

    def draw(painter: QPainter, r: QRectF) -> None:
        name_w, score_w, band_w, status_w = 120.0, 56.0, 70.0, 90.0
        bar_w = r.width() - name_w - score_w - band_w - status_w - 24
        xs = [
            r.x(),
            r.x() + name_w,
            r.x() + name_w + bar_w + 12,
            r.x() + name_w + bar_w + 12 + score_w,
        ]
        xs.append(xs[-1] + band_w)
        painter.fillRect(QRectF(r.x(), r.y(), r.width(), BAR_ROW), QColor(HEAD_BG))
        head = TextStyle(8.2, True)
        for x, w, key, align in (
            (xs[0], name_w, "factor", LEFT),
            (xs[1], bar_w, "bar_head", LEFT),
            (xs[2], score_w, "score", RIGHT),
            (xs[3], band_w, "band", LEFT),
            (xs[4], status_w, "status", LEFT),
        ):
            _text(painter, QRectF(x + 5, r.y(), w - 10, BAR_ROW), align | VCENTER, heads[key], head)
        for i, f in enumerate(factors):
            y = r.y() + BAR_ROW * (i + 1)
            cell = TextStyle(9)
            _text(
                painter,
                QRectF(xs[0] + 5, y, name_w - 10, BAR_ROW),
                LEFT | VCENTER,
                f.name,
                TextStyle(9, True),
            )
            track = QRectF(xs[1] + 5, y + 7, bar_w - 10, BAR_ROW - 14)
            painter.fillRect(track, QColor("#e3e8e7"))
            tone = TONES["good"] if f.passed else TONES["bad"]
            painter.fillRect(
                QRectF(track.x(), track.y(), track.width() * f.score / 100, track.height()),
                QColor(tone),
            )
            mark_x = track.x() + track.width() * f.threshold / 100
            painter.setPen(QPen(QColor(INK), 1.4, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(mark_x, y + 3), QPointF(mark_x, y + BAR_ROW - 3))
            _text(
                painter,
                QRectF(xs[2], y, score_w - 5, BAR_ROW),
                RIGHT | VCENTER,
                f.shown or f"{f.score}",
                TextStyle(9, True),
            )
            _text(
                painter,
                QRectF(xs[3] + 5, y, band_w - 10, BAR_ROW),
                LEFT | VCENTER,
                f.band_name,
                cell,
            )
            _text(
                painter,
                QRectF(xs[4] + 5, y, status_w - 10, BAR_ROW),
                LEFT | VCENTER,
                heads["passed"] if f.passed else heads["not_passed"],
                cell,
                tone,
            )
            painter.setPen(QPen(QColor(RULE), 0.6))
            painter.drawLine(QPointF(r.x(), y + BAR_ROW), QPointF(r.right(), y + BAR_ROW))

    return draw
