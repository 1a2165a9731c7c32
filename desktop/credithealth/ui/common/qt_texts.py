"""Qt's own texts that Qt's Chinese catalogue (qtbase_zh_CN) lacks.

Qt 6 gave the file dialog's labels mnemonics ("&Look in:", "Files of &type:") and
qtbase_zh_CN.qm still has them only without, so they showed in English; so did the
"Folder" of its file list. They are translated here under Qt's own contexts; our
catalogues are loaded with Qt's, and Qt finds them there.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def supplied() -> list[str]:
    """The texts this module supplies, in the current language (tests compare them)."""
    return [
        QCoreApplication.translate("QFileDialog", "&Look in:"),
        QCoreApplication.translate("QFileDialog", "Files of &type:"),
        # the file list's Type column (Qt 6 moved these to a context of their own)
        QCoreApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
        QCoreApplication.translate("QAbstractFileIconProvider", "Drive"),
    ]
