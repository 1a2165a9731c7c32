"""Every text the app shows is in the user's language: a walk through the main window,
each page, every dialog a "…" button or menu entry opens, Qt's own file dialog and
the undo texts. In Chinese no English word; in English no Chinese — except what the
user's own records hold (merchant names, notes: theirs, shown as they are) and the
names a Chinese-speaking user must find on their phone (the Alipay path, below)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QWidget

from credithealth.ui.common import i18n
from tests.ui.text_walk import Walk, chinese_in, english_in, shown_texts

# Alipay's own screens speak Chinese: the English UI names them as they are written there
ALIPAY_NAMES = ("我的额度", "恢复额度", "账户状态", "我的", "花呗")
# the State Council notice is searched for by its Chinese title (there is no other)
OFFICIAL_TITLES = ("国务院办公厅关于YYYY年部分节假日安排的通知",)
# the About dialog's heading gives the app's name in both languages, by design
BILINGUAL_NAME = "信用健康 · Credit Health"

pytestmark = pytest.mark.qt_log_ignore(
    "^This plugin does not support grabbing the keyboard",
    "^QFileSystemWatcher",
)


def record_strings(db) -> list[str]:  # type: ignore[no-untyped-def]
    """Every text value in the user's records, longest first (they are the user's words)."""
    out: set[str] = set()
    for table in db.table_names():
        if table.startswith(("_", "sqlite")):
            continue
        for row in db.execute(f'SELECT * FROM "{table}"').fetchall():
            out.update(v for v in row if isinstance(v, str) and v.strip())
    return sorted(out, key=len, reverse=True)


def strip_records(text: str, records: list[str]) -> str:
    for r in records:
        if r in text:
            text = text.replace(r, " ")
    return text


def inside_file_dialog(w: QWidget) -> bool:
    while w is not None:
        if isinstance(w, QFileDialog):
            return True
        w = w.parentWidget()
    return False


def ours(w: QWidget, top: QWidget) -> bool:
    """Texts the app writes: not the licences' legal originals (English, as published),
    and of Qt's file dialog only what the app gives it (its title and file types); the
    rest of that dialog is Qt's own catalogue (test_qt_file_dialog_speaks_chinese)."""
    if w.objectName().startswith("licence_"):
        return False
    if w.objectName() == "guideBrowser":
        return False  # the guide's text: checked from its source in test_guide.py
    if inside_file_dialog(w):
        return w is top or w.objectName() == "fileTypeCombo"
    return True


def walk_app(qtbot, window, visit) -> Walk:  # type: ignore[no-untyped-def]
    walk = Walk(qtbot, visit)
    for key in window.pages:
        window.show_page(key)
        walk._walk_window(f"page {key}", window, depth=0)
        page = window.pages[key]
        walk.press_openers(f"page {key}", page, depth=1)
        if page.can_new():
            walk.open_with(f"page {key} new record", page.new_record, depth=0)
    walk.window_actions(window, depth=1)
    # Qt's own file dialog, as the app's file pickers show it (not the system's)
    dialog = QFileDialog(window, "x", str(window.session.db_path.parent), "*.csv")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    walk.open_with("Qt file dialog", dialog.open, depth=0)
    return walk


def undo_texts(qtbot, window) -> list[str]:  # type: ignore[no-untyped-def]
    """The Edit menu's undo and redo after a score typed into its form, and its undo."""
    from PySide6.QtCore import Qt

    window.show_page("scores")
    page = window.current_page()
    page.new_sesame()
    form = page.form
    qtbot.keyClicks(form.score, "705")
    qtbot.keyClick(form.score, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session.undo_stack.count() == 1)
    texts = [window.act_undo.text(), window.act_undo.toolTip()]
    button = window.toolbar.widgetForAction(window.act_undo)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.undo_stack.index() == 0)
    texts += [window.act_redo.text(), window.act_redo.toolTip()]
    return texts


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_every_text_is_in_the_language_of_the_session(qtbot, window, lang) -> None:  # type: ignore[no-untyped-def]
    records = record_strings(window.session.db)
    found: dict[str, list[str]] = {}

    def visit(where: str, top: QWidget) -> None:
        for w, text in shown_texts(top):
            if not ours(w, top) or (inside_file_dialog(w) and text == w.accessibleName()):
                continue  # (Qt names its own file-dialog controls)
            mine = strip_records(text, records).replace(BILINGUAL_NAME, " ")
            bad = (
                english_in(mine)
                if lang == "zh_CN"
                else chinese_in(mine, ALIPAY_NAMES + OFFICIAL_TITLES)
            )
            if bad:
                found.setdefault(f"{where}: {type(w).__name__}({w.objectName()})", []).append(
                    f"{text[:90]!r} {bad[:4]}"
                )

    try:
        i18n.install(lang)
        walk = walk_app(qtbot, window, visit)
    finally:
        i18n.install("en")
    assert len(walk.seen) > 30, walk.seen  # the walk did reach the dialogs
    assert not found, "\n".join(f"{k}\n    " + "\n    ".join(v) for k, v in found.items())


# Qt's own strings: the qtbase catalogue with the app's own for what it lacks in Qt 6.11
# ("&Look in:", "Files of &type:"), and undo texts that keep the command's name.
def test_qt_file_dialog_speaks_chinese(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    home = Path.home().name  # the sidebar names the user's home folder: theirs
    try:
        i18n.install("zh_CN")
        dialog = QFileDialog(window, "标题", str(window.session.db_path.parent), "*.csv")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        dialog.show()
        bad = [
            (w.objectName(), text)
            for w, text in shown_texts(dialog)
            if english_in(text.replace(home, ""))
        ]
        dialog.reject()
    finally:
        i18n.install("en")
    assert not bad


def test_undo_texts_speak_chinese(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    try:
        i18n.install("zh_CN")
        texts = undo_texts(qtbot, window)
    finally:
        i18n.install("en")
    assert not [t for t in texts if english_in(t)], texts
