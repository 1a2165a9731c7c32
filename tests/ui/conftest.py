"""One shared QApplication (the app's own set-up), and sessions over throw-away databases."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from credithealth.store.db import open_db
from credithealth.store.demo import fill_demo

TODAY = date(2026, 11, 26)


@pytest.fixture(scope="session")
def qapp():  # type: ignore[no-untyped-def]
    """pytest-qt's application, made by the app's own factory (fonts, names, language)."""
    from credithealth.ui.app.launch import create_app

    app = create_app(["credit-health-tests"])
    from credithealth.ui.common import i18n

    i18n.install("en")
    yield app


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ui-demo") / "demo.sqlite3"
    db = open_db(path)
    fill_demo(db, TODAY)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    return path


@pytest.fixture
def session(qapp, tmp_path: Path, demo_file: Path) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """A session over a private copy of the demo database, on a fixed day."""
    from credithealth.ui.common.session import Session
    from credithealth.ui.common.worker import wait_all

    path = tmp_path / "demo.sqlite3"
    path.write_bytes(demo_file.read_bytes())
    s = Session(path, today=lambda: TODAY)
    s.refresh_now()
    yield s
    wait_all()
    s.undo_stack.clear()
    s.close()


@pytest.fixture
def empty_session(qapp, tmp_path: Path) -> Iterator[object]:  # type: ignore[no-untyped-def]
    from credithealth.ui.common.session import Session
    from credithealth.ui.common.worker import wait_all

    s = Session(tmp_path / "empty.sqlite3", today=lambda: TODAY)
    s.refresh_now()
    yield s
    wait_all()
    s.undo_stack.clear()
    s.close()


@pytest.fixture
def window(qtbot, session):  # type: ignore[no-untyped-def]
    from credithealth.ui.app.main_window import MainWindow

    w = MainWindow(session)
    qtbot.addWidget(w)
    w.show()
    return w
