"""Edit → Undo and Redo: the two actions over the window's undo group.

Qt's own ``createUndoAction`` fixes its "Undo %1" prefix in the language of the
moment and keeps it after a switch; these actions name the step to undo or redo
in the current language every time, and ask the session to name its whole history
again when the language changes. Redo answers to Ctrl+Shift+Z and Ctrl+Y, each
registered once (two bindings of one key make Qt's shortcut "ambiguous": it then
does nothing).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup

from credithealth.ui.tr_args import with_args


def redo_keys() -> list[QKeySequence]:
    """The platform's redo keys, then Ctrl+Shift+Z and Ctrl+Y; each once."""
    keys: list[QKeySequence] = []
    for key in (
        *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo),
        QKeySequence("Ctrl+Shift+Z"),
        QKeySequence("Ctrl+Y"),
    ):
        if not key.isEmpty() and key not in keys:
            keys.append(key)
    return keys


class UndoActions(QObject):
    def __init__(self, group: QUndoGroup, parent: QObject) -> None:
        super().__init__(parent)
        self.group = group
        self.undo = QAction(parent)
        self.undo.setObjectName("undoAction")
        self.undo.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        self.undo.triggered.connect(group.undo)
        self.redo = QAction(parent)
        self.redo.setObjectName("redoAction")
        self.redo.setShortcuts(redo_keys())
        self.redo.triggered.connect(group.redo)
        group.canUndoChanged.connect(lambda _c: self.update())
        group.canRedoChanged.connect(lambda _c: self.update())
        group.undoTextChanged.connect(lambda _t: self.update())
        group.redoTextChanged.connect(lambda _t: self.update())
        group.activeStackChanged.connect(lambda _s: self.update())
        self.update()

    def update(self) -> None:
        """Enable and name both actions after the active stack."""
        g = self.group
        self._name(
            self.undo,
            g.canUndo(),
            g.undoText(),
            QCoreApplication.translate("UndoActions", "&Undo"),
            QCoreApplication.translate("UndoActions", "&Undo %1"),
            QCoreApplication.translate("UndoActions", "Undo"),
        )
        self._name(
            self.redo,
            g.canRedo(),
            g.redoText(),
            QCoreApplication.translate("UndoActions", "&Redo"),
            QCoreApplication.translate("UndoActions", "&Redo %1"),
            QCoreApplication.translate("UndoActions", "Redo"),
        )

    @staticmethod
    def _name(action: QAction, can: bool, step: str, bare: str, named: str, short: str) -> None:
        action.setEnabled(can)
        text = with_args(named, step) if can and step else bare
        action.setText(text)
        action.setIconText(short)  # the toolbar stays short; its tip names the step
        action.setToolTip(text.replace("&", ""))
