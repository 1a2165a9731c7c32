"""The Qt application the report needs: a ``QApplication`` (pyqtgraph's charts are widgets,
and under a bare ``QGuiApplication`` it crashes), created on demand when none exists."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication


def ensure_app() -> QApplication:
    app = QCoreApplication.instance()
    if app is None:
        if (
            not os.environ.get("DISPLAY")
            and not os.environ.get("WAYLAND_DISPLAY")
            and sys.platform.startswith("linux")
        ):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        return QApplication(sys.argv[:1])
    if not isinstance(app, QApplication):
        raise RuntimeError("the report draws charts with widgets: it needs a QApplication")
    return app
