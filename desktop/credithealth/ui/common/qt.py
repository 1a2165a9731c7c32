"""PySide6 set up before the rest of the app imports it.

- PySide6 must be loaded before pyqtgraph picks a binding.
- PySide6 looks at every module imported after it to learn whether it uses PySide6 (for
  its optional ``__feature__`` switches, which this app never turns on), through
  ``inspect.getsource``: ~0.1 ms a module, and the window's first paint imports some
  three hundred, the charts and the holiday calendar hundreds more. The same question is
  answered here from the file's bytes, as upstream reads them, at a fraction of the cost.
"""

from __future__ import annotations

import os
import sys
from types import ModuleType

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import PySide6.QtCore  # noqa: F401  (loads PySide6's support modules)


def _uses_pyside_by_bytes(module: ModuleType) -> bool | None:
    """Whether the module's source names PySide6 (None: not a plain source file)."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return None
    try:
        with open(path, "rb") as f:
            return b"PySide6" in f.read()
    except OSError:
        return None


def _quicker_feature_scan() -> None:
    feature = sys.modules.get("PySide6.support.feature") or sys.modules.get(
        "shibokensupport.feature"
    )
    upstream = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or upstream is None or getattr(upstream, "quicker", False):
        return

    def _mod_uses_pyside(module: ModuleType) -> bool:
        found = _uses_pyside_by_bytes(module)
        return upstream(module) if found is None else found

    _mod_uses_pyside.quicker = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = _mod_uses_pyside  # type: ignore[union-attr]


_quicker_feature_scan()
