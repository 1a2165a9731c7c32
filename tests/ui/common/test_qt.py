"""PySide6's check of each imported module (does it use PySide6?) answers as upstream's
does, from the file's bytes (ui/common/qt.py)."""

from __future__ import annotations

import sys

import credithealth.ui.common.qt as qt


def _feature():  # type: ignore[no-untyped-def]
    return sys.modules.get("PySide6.support.feature") or sys.modules["shibokensupport.feature"]


def test_the_quicker_scan_is_installed() -> None:
    assert getattr(_feature()._mod_uses_pyside, "quicker", False)
    qt._quicker_feature_scan()  # a second time: not wrapped twice
    assert getattr(_feature()._mod_uses_pyside, "quicker", False)


def test_it_answers_as_upstream_does() -> None:
    import inspect
    import json

    import credithealth.domain.money
    import credithealth.ui.app.main_window

    def upstream(module) -> bool:  # type: ignore[no-untyped-def]
        try:
            return "PySide6" in inspect.getsource(module)
        except (TypeError, OSError, SyntaxError):
            return False

    modules = [credithealth.ui.app.main_window, credithealth.domain.money, json, sys, qt]
    assert [_feature()._mod_uses_pyside(m) for m in modules] == [upstream(m) for m in modules]
    assert [_feature()._mod_uses_pyside(m) for m in modules] == [True, False, False, False, True]
