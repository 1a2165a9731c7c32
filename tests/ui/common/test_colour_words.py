"""Colours that carry meaning (green, amber, red: passed, short, blocked or overdue) are
never alone: every text drawn in one of them also says it in a word or a sign."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from credithealth.ui.common import i18n
from credithealth.ui.common.style import OVERDUE, VERDICT_COLORS
from credithealth.ui.pages.overview.cards import SCORE_COLORS
from tests.ui.text_walk import plain

MEANING = {c.lower() for pair in SCORE_COLORS.values() for c in pair} | {c.lower() for c in OVERDUE}
MEANING |= {c.lower() for colours in VERDICT_COLORS.values() for c in colours}
SAYS_IT = re.compile(r"[A-Za-z\u3400-\u9fff✓✗✔✘▲▼!]")


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_every_coloured_text_also_says_it(qtbot, window, lang) -> None:  # type: ignore[no-untyped-def]
    alone: list[str] = []
    try:
        i18n.install(lang)
        for key in window.pages:
            window.show_page(key)
            qtbot.wait(50)
            for label in window.findChildren(QLabel):
                if not label.isVisible() or not plain(label.text()).strip():
                    continue
                colours = set(re.findall(r"#[0-9a-fA-F]{6}", label.styleSheet().lower()))
                if colours & MEANING and not SAYS_IT.search(plain(label.text())):
                    # a figure beside its caption (“Past-due balance ¥0.00”, “75 good”)
                    parent = label.parentWidget()
                    beside = [
                        plain(x.text())
                        for x in parent.findChildren(QLabel)
                        if x is not label and x.isVisible() and x.parentWidget() is parent
                    ]
                    if not any(SAYS_IT.search(text) for text in beside):
                        alone.append(f"{key}: {label.objectName()} {label.text()!r}")
    finally:
        i18n.install("en")
    assert not alone, "\n".join(alone)


def test_an_overdue_bill_says_it_is_late_beside_its_red(window) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from credithealth.domain.records import Account, Bill

    s = window.session
    loan = s.insert(Account("示例消费贷", "loan", None, "active"))
    s.insert(Bill(loan.id, f"{s.today():%Y-%m}", s.today() - timedelta(days=9), 50_000))
    window.show_page("repayments")
    model = window.current_page().bills.model
    red = [
        r
        for r in range(model.rowCount())
        if model.data(model.index(r, 0), Qt.ItemDataRole.ForegroundRole) is not None
    ]
    assert red
    last = model.columnCount() - 1
    for r in red:
        assert "late" in model.data(model.index(r, last), Qt.ItemDataRole.DisplayRole)
