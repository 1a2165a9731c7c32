"""One way for a widget to say its words again when the language changes.

Installing or removing translators sends every widget a LanguageChange event
(``ui/i18n.py``). A widget that shows translated text puts ``Retranslates`` before
its Qt class and defines ``retranslate()``: the mixin calls it on that event, so no
widget writes its own ``changeEvent`` for it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslates:
    """Mixin for a QWidget subclass: ``class Page(Retranslates, QWidget)``."""

    def retranslate(self) -> None:
        raise NotImplementedError(f"{type(self).__name__} must say how it retranslates")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]
