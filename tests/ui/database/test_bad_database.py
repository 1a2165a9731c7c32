"""A database that cannot be opened gets a dialog that names the problem and offers what
can work; the file itself is never changed by trying."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDialogButtonBox

from credithealth.domain.messages import Msg
from credithealth.domain.records import SecurityEvent
from credithealth.store import db as store_db
from credithealth.store.errors import StoreError
from credithealth.store.file_backups import list_backups, take_backup
from credithealth.store.instance import lock_holder
from credithealth.ui.common.session import Session
from credithealth.ui.database.bad_database import (
    NEW,
    OTHER,
    READ_ONLY,
    RESTORE,
    RETRY,
    BadDatabaseDialog,
    options_for,
)
from credithealth.ui.database.open_database import START, DatabaseOpener
from tests.ui import safety_fixtures
from tests.ui.conftest import TODAY
from tests.ui.safety_fixtures import (
    SqliteLock,
    make_garbage,
    make_newer,
    make_truncated,
    records,
    snapshot,
)

clean_backup_settings = safety_fixtures.clean_backup_settings
demo_copy = safety_fixtures.demo_copy


@pytest.fixture
def opener(qapp, clean_backup_settings) -> Iterator[DatabaseOpener]:  # type: ignore[no-untyped-def]
    o = DatabaseOpener(None, mode=START, today=lambda: TODAY)
    o.busy_timeout_ms = 100
    yield o
    o.close()
    if o.session is not None:
        o.session.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def read_only_file(monkeypatch: pytest.MonkeyPatch) -> None:
    """Root may write anything, so the store's own check says read-only for it
    (the store's tests check the real permission bits in a child without root's powers)."""

    def refuse(path: Path) -> None:
        raise StoreError(Msg("store.read_only", {"path": str(path)}))

    monkeypatch.setattr(store_db, "_check_writable", refuse)


KINDS: dict[str, tuple[Callable[[Path], None] | None, str, set[str]]] = {
    "garbage": (make_garbage, "store.not_a_database", {RESTORE, OTHER, NEW}),
    "truncated": (make_truncated, "store.truncated", {RESTORE, OTHER, NEW}),
    "newer": (make_newer, "store.newer_version", {READ_ONLY, RESTORE, OTHER, NEW}),
    "read_only": (None, "store.read_only", {READ_ONLY, OTHER, NEW}),
    "locked": (None, "store.locked", {RETRY, OTHER, NEW}),
}


@pytest.mark.parametrize("kind", list(KINDS))
def test_each_bad_database_gets_its_dialog_and_stays_as_it_was(
    kind: str, opener: DatabaseOpener, demo_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make, code, options = KINDS[kind]
    if make is not None:
        make(demo_copy)
    if kind == "read_only":
        read_only_file(monkeypatch)
    before = snapshot(demo_copy)  # (the other program's own -wal comes and goes with it)
    other = SqliteLock(demo_copy) if kind == "locked" else None
    try:
        assert opener.start(demo_copy) is None
        dialog = opener.dialog
        assert isinstance(dialog, BadDatabaseDialog) and dialog.isVisible()
        assert dialog.error.code == code
        assert dialog.options == options
        assert set(dialog.links) == options - {RESTORE}
        assert str(demo_copy) in dialog.message.text()  # the store's message, rendered
        assert dialog.headline.text()
        assert dialog.quit_button.text() == "Quit"
        dialog.reject()
        assert opener.outcome == "gave_up"
    finally:
        if other is not None:
            other.release()
    assert snapshot(demo_copy) == before
    assert lock_holder(demo_copy) is None  # giving up lets go of the instance lock


def test_options_follow_the_problem() -> None:
    assert options_for("store.corrupt") == {RESTORE, OTHER, NEW}
    assert options_for("store.missing") == {RESTORE, OTHER, NEW}
    assert options_for("store.needs_upgrade") == {OTHER, NEW}
    assert options_for("store.wrong_passphrase") == {RETRY, RESTORE, OTHER, NEW}
    assert options_for("store.disk_full") == {READ_ONLY, RETRY, OTHER, NEW}


def test_both_languages_name_the_problem(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from credithealth.ui.common import i18n

    path = tmp_path / "x.sqlite3"
    dialog = BadDatabaseDialog(path, Msg("store.truncated", {"path": str(path)}))
    try:
        assert dialog.headline.text() == "The database file is incomplete"
        i18n.install("zh_CN")
        assert dialog.headline.text() == "数据库文件不完整"
        assert "不完整" in dialog.message.text()
        assert dialog.quit_button.text() == "退出"
    finally:
        i18n.install("en")
    dialog.deleteLater()


def test_locked_then_try_again(opener: DatabaseOpener, demo_copy: Path) -> None:
    other = SqliteLock(demo_copy)
    opener.start(demo_copy)
    dialog = opener.dialog
    assert isinstance(dialog, BadDatabaseDialog) and dialog.error.code == "store.locked"
    other.release()
    dialog.links[RETRY].click()
    assert opener.outcome == "opened"
    assert opener.session is not None and not opener.session.read_only
    assert lock_holder(demo_copy)["role"] == "gui"  # type: ignore[index]


def test_newer_version_opens_read_only_with_every_record(
    opener: DatabaseOpener, demo_copy: Path
) -> None:
    make_newer(demo_copy)
    expected = records(demo_copy)
    before = snapshot(demo_copy)
    opener.start(demo_copy)
    assert isinstance(opener.dialog, BadDatabaseDialog)
    opener.dialog.links[READ_ONLY].click()
    session = opener.session
    assert session is not None and session.read_only
    assert records(demo_copy) == expected
    session.refresh_now()
    session.close()
    assert snapshot(demo_copy)[""] == before[""]


def test_garbage_restored_from_a_backup(opener: DatabaseOpener, demo_copy: Path) -> None:
    expected = records(demo_copy)
    take_backup(demo_copy, "daily")
    make_garbage(demo_copy)
    garbage = demo_copy.read_bytes()
    opener.start(demo_copy)
    dialog = opener.dialog
    assert isinstance(dialog, BadDatabaseDialog)
    assert dialog.has_backups and dialog.backups.model.rowCount() == 1
    assert dialog.backups.model.data(dialog.backups.model.index(0, 1)) == "Daily"
    assert dialog.restore_button.isVisibleTo(dialog)
    dialog.restore_button.click()
    assert opener.outcome == "opened"
    assert opener.session is not None
    assert records(demo_copy) == expected
    # the garbage it replaced is kept, byte for byte, in case it mattered
    kept = [b for b in list_backups(demo_copy) if b.kind == "prerestore"]
    assert len(kept) == 1 and kept[0].path.read_bytes() == garbage


def test_no_backups_says_where_they_would_be(opener: DatabaseOpener, demo_copy: Path) -> None:
    make_truncated(demo_copy)
    opener.start(demo_copy)
    dialog = opener.dialog
    assert isinstance(dialog, BadDatabaseDialog)
    assert not dialog.has_backups
    assert not dialog.restore_button.isVisibleTo(dialog)
    assert "No backups of this database were found" in dialog.backups_label.text()


def test_create_a_new_one_elsewhere_leaves_the_bad_file(
    opener: DatabaseOpener, demo_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_garbage(demo_copy)
    before = snapshot(demo_copy)
    opener.start(demo_copy)
    dialog = opener.dialog
    assert isinstance(dialog, BadDatabaseDialog)
    # a name that exists is refused in the dialog itself
    monkeypatch.setattr(dialog, "ask_new_path", lambda: demo_copy)
    dialog.links[NEW].click()
    assert dialog.isVisible() and "already exists" in dialog.problem.text()
    fresh = tmp_path / "fresh.sqlite3"
    monkeypatch.setattr(dialog, "ask_new_path", lambda: fresh)
    dialog.links[NEW].click()
    assert opener.outcome == "opened"
    assert opener.session is not None and opener.session.db_path == fresh
    assert snapshot(demo_copy) == before
    assert lock_holder(demo_copy) is None and lock_holder(fresh) is not None


def test_open_another_file_instead(
    opener: DatabaseOpener, demo_copy: Path, demo_file: Path, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    make_truncated(demo_copy)
    good = tmp_path / "good.sqlite3"
    good.write_bytes(demo_file.read_bytes())
    opener.start(demo_copy)
    dialog = opener.dialog
    assert isinstance(dialog, BadDatabaseDialog)
    monkeypatch.setattr(dialog, "ask_open_path", lambda: good)
    dialog.links[OTHER].click()
    assert opener.session is not None and opener.session.db_path == good


def test_a_missing_file_from_preferences(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    old = window.session
    gone = tmp_path / "gone.sqlite3"
    assert not window.switch_session(gone, create=False)
    dialog = window.findChild(BadDatabaseDialog, "badDatabaseDialog")
    assert isinstance(dialog, BadDatabaseDialog) and dialog.error.code == "store.missing"
    assert dialog.quit_button.text() == "Cancel"
    dialog.reject()
    assert window.session is old and not old.closed
    assert not gone.exists()


# -- read-only mode -------------------------------------------------------------------------


@pytest.fixture
def read_only_window(qtbot, demo_copy: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    from credithealth.ui.app.main_window import MainWindow

    read_only_file(monkeypatch)
    opener = DatabaseOpener(None, mode=START, today=lambda: TODAY)
    opener.start(demo_copy)
    assert isinstance(opener.dialog, BadDatabaseDialog)
    opener.dialog.links[READ_ONLY].click()
    session = opener.session
    assert isinstance(session, Session) and session.read_only
    session.refresh_now()
    w = MainWindow(session)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.session.close()


def test_read_only_window_says_so_and_offers_no_edits(read_only_window, demo_copy: Path) -> None:  # type: ignore[no-untyped-def]
    w = read_only_window
    assert "(read-only)" in w.windowTitle()
    assert w.read_only_label.isVisible() and w.read_only_label.text() == "Read-only"
    for key in w.pages:
        w.show_page(key)
        assert not w.act_new.isEnabled()
        assert not w.act_delete.isEnabled()
    assert not w.act_checkup.isEnabled()
    assert not w.act_undo.isEnabled()


def test_read_only_forms_cannot_save(qtbot, read_only_window) -> None:  # type: ignore[no-untyped-def]
    w = read_only_window
    w.show_page("security")
    page = w.current_page()
    assert page.incidents.select(lambda e: True)
    page.incidents.edit_selected()
    form = page.form
    qtbot.waitUntil(form.isVisible)
    ok = form.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isVisible() and not ok.isEnabled()
    assert "read-only" in form.findChild(type(w.read_only_label), "readOnlyNote").text()
    form.reject()


def test_read_only_edits_anyway_get_a_message_not_a_traceback(
    qtbot, read_only_window, demo_copy: Path
) -> None:  # type: ignore[no-untyped-def]
    w = read_only_window
    before = snapshot(demo_copy)
    errors: list[Msg] = []
    w.session.error.disconnect(w.show_error)
    w.session.error.connect(errors.append)
    page = w.pages["security"]
    event = page.incidents.model.rows[0]
    assert isinstance(event, SecurityEvent)
    with pytest.raises(StoreError) as err:
        w.session.delete(event, "Delete")
    assert err.value.msg.code == "session.read_only"
    assert "read-only" in err.value.msg.render("en") and "只读" in err.value.msg.render("zh_CN")
    # through the page, as a click would: reported, not raised
    assert not page.store_change(lambda: w.session.delete(event, "Delete"))
    assert [m.code for m in errors] == ["session.read_only"]
    # the background assessment writes nothing either
    with qtbot.waitSignal(w.session.assessment_changed, timeout=5000):
        w.session.refresh()
    assert snapshot(demo_copy)[""] == before[""]
    assert w.session.undo_stack.count() == 0
