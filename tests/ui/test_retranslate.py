"""One retranslate mechanism: a widget says its words again on LanguageChange through
the Retranslates mixin, and no widget writes its own changeEvent for that."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel, QWidget

from credithealth.ui import i18n
from credithealth.ui.retranslate import Retranslates

UI = Path(__file__).resolve().parents[2] / "desktop" / "credithealth" / "ui"


class _Counter(Retranslates, QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.calls = 0

    def retranslate(self) -> None:
        self.calls += 1
        self.setText(self.tr("Close"))


def test_language_change_calls_retranslate_and_the_qt_handler(qtbot) -> None:  # type: ignore[no-untyped-def]
    w = _Counter()
    qtbot.addWidget(w)
    QCoreApplication.sendEvent(w, QEvent(QEvent.Type.LanguageChange))
    assert w.calls == 1
    QCoreApplication.sendEvent(w, QEvent(QEvent.Type.FontChange))
    assert w.calls == 1


def test_switching_the_language_reaches_the_widget(qtbot) -> None:  # type: ignore[no-untyped-def]
    w = _Counter()
    qtbot.addWidget(w)
    try:
        i18n.install("zh_CN")
        assert w.calls >= 1
    finally:
        i18n.install("en")


def test_no_widget_handles_language_change_itself() -> None:
    own = re.compile(r"def changeEvent\(.*\n(?:.*\n){0,2}.*LanguageChange")
    offenders = [
        str(p.relative_to(UI))
        for p in UI.rglob("*.py")
        if p.name != "retranslate.py" and own.search(p.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_a_widget_without_retranslate_is_a_bug(qtbot) -> None:  # type: ignore[no-untyped-def]
    class Forgetful(Retranslates, QWidget):
        pass

    w = Forgetful()
    qtbot.addWidget(w)
    with pytest.raises(NotImplementedError, match="Forgetful"):
        w.retranslate()
