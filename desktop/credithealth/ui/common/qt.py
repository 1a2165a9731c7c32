"""Import order matters: PySide6 must be loaded before pyqtgraph picks a binding."""

from __future__ import annotations

import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
