"""Help → Open the demo: the demo story in a window and a file of its own, never the user's."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from credithealth.store.demo_file import demo_folder
from credithealth.store.json_backup import is_empty
from credithealth.ui.app.help_menu import DemoWindow, close_demo
from credithealth.ui.common import i18n

# a menu opened by keyboard asks for a keyboard grab, which the offscreen platform lacks
pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support grabbing the keyboard")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def open_demo_by_keyboard(qtbot, window) -> DemoWindow:  # type: ignore[no-untyped-def]
    """Alt+H opens the Help menu; D (Open the &demo) chooses the entry."""
    before = set(QApplication.topLevelWidgets())
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    menu = window.menus["help"]
    qtbot.waitUntil(menu.isVisible)
    qtbot.keyClick(menu, Qt.Key.Key_D)
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, DemoWindow) and w.isVisible() for w in QApplication.topLevelWidgets()
        )
    )
    demo = [w for w in QApplication.topLevelWidgets() if isinstance(w, DemoWindow)]
    assert len(demo) == 1 and demo[0] not in before
    return demo[0]


def test_the_demo_opens_in_its_own_window_and_file(qtbot, window, session) -> None:  # type: ignore[no-untyped-def]
    mine = session.db_path
    session.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = digest(mine)
    demo = open_demo_by_keyboard(qtbot, window)
    try:
        assert demo.windowTitle() == "Demo — Credit Health"
        assert window.windowTitle() == "Credit Health"
        path = demo.session.db_path
        assert path == demo_folder() / "demo.sqlite3" and path != mine
        assert Path(os.environ["XDG_CACHE_HOME"]) in path.parents
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
        assert not is_empty(demo.session.db)
        assert demo.session.assessment is not None
        assert window.session.db_path == mine
        # asking again brings the same window forward
        assert window.help_actions.open_demo() is demo
        i18n.install("zh_CN")
        assert demo.windowTitle() == "演示 — 信用健康"
        assert window.windowTitle() == "信用健康"
    finally:
        i18n.install("en")
        close_demo()
    assert demo.session.closed
    session.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert digest(mine) == before  # the user's own database was not touched


def test_closing_the_demo_lets_the_next_one_start_afresh(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    first = open_demo_by_keyboard(qtbot, window)
    first_session = first.session
    path = first_session.db_path
    # a change in the demo stays in the demo, and is gone next time
    first_session.db.execute("DELETE FROM score_snapshots")
    first_session.db.conn.commit()
    first.close()  # as the window's close button does
    assert first_session.closed
    second = window.help_actions.open_demo()
    try:
        assert second is not None and second is not first
        assert second.session.db_path == path
        assert second.session.db["score_snapshots"].count > 0
    finally:
        close_demo()


def test_the_demo_closes_with_the_main_window(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    demo = open_demo_by_keyboard(qtbot, window)
    demo_session = demo.session
    window.close()
    assert demo_session.closed


def test_a_demo_held_elsewhere_is_left_alone(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from credithealth.store.instance import acquire_instance_lock

    folder = demo_folder()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "demo.sqlite3").write_bytes(b"")
    lock = acquire_instance_lock(folder / "demo.sqlite3")
    assert lock is not None
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    try:
        assert window.help_actions.open_demo() is None
    finally:
        lock.release()
    assert said == ["The demo is already open in another Credit Health window."]
