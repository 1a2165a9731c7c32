"""Walking a window's widgets: every text it shows, every control that takes focus.

Shared by the language walk (no English in Chinese, no Chinese in English) and the
accessibility walk (every focusable control has a name a screen reader can read).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html import unescape

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
    QWizard,
)

# what may stand in Chinese text: formats, units, keys, product and file names written so
# (Alipay, Huabei, Sesame are 支付宝, 花呗, 芝麻 in Chinese: not allowed)
_LATIN_OK = """
PDF CSV XLSX ZIP zip csv xlsx pdf ics json JSON App app Wi Fi ID Ctrl Shift Alt Tab
Enter Esc Delete Del PgUp PgDown Home End Space Backspace F Z Y E I N Q A B C D G H L M
O P R S T U V W X K J A4 SQLite SQLCipher sqlite3 db Qt PySide6 Python MIT LGPL GPL OFL
SIL Noto Sans CJK SC UTC GBK PNG SVG F1 v x v3 Linux Windows macOS Excel KiB MiB GiB KB
MB GB SQLite3 iCalendar txt YYYY MM DD
"""
# a language's own name, as language choosers show it (a reader finds theirs)
ALLOWED_LATIN = frozenset(_LATIN_OK.split()) | {"English"}
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*")
CJK = re.compile(r"[\u3400-\u9fff]")
PATHLIKE = re.compile(
    r"(?:[\w.~-]*/[\w./~-]+"  # a path
    r"|\b[\w-]+\.(?:sqlite3|db|json|pdf|ics|csv|xlsx|zip|txt|conf|png|toml)\b"  # a file
    r"|\b[A-Za-z]+_[\w…]*)"  # a file name's stem (alipay_record_…)
)
TAG = re.compile(r"<[^>]+>")


def plain(text: str) -> str:
    """Rich text as a reader sees it: no tags, no entities, no mnemonic ampersands."""
    text = TAG.sub(" ", text)
    text = unescape(text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text


def english_in(text: str) -> list[str]:
    """The Latin words in ``text`` that are not names, formats, keys or paths."""
    text = PATHLIKE.sub(" ", plain(text))
    return [w for w in LATIN_WORD.findall(text) if w not in ALLOWED_LATIN]


# Alipay's and WeChat's own screens are in Chinese: a path through them (我的 → 花呗), or a
# Chinese name beside its English gloss (“Find the reason (自查原因)”, “我的 (Me)”), names
# what the user will see on their phone
APP_PATH = re.compile(
    r"[^\s→,.;:()（）]*[\u3400-\u9fff][^\s→,.;:()（）]*(?=\s*→)|(?<=→)\s*[^\s→,.;:()（）]+"
)
GLOSS = re.compile(
    r"\(\s*[\u3400-\u9fff][^()A-Za-z]*\)|[\u3400-\u9fff][^\s()]*\s*\([A-Za-z][^()]*\)"
)
# the language chooser names Chinese in Chinese
ENDONYMS = ("中文", "简体中文")


def chinese_in(text: str, allowed: tuple[str, ...] = ()) -> list[str]:
    text = GLOSS.sub(" ", APP_PATH.sub(" ", plain(text)))
    for a in ENDONYMS:
        text = text.replace(a, "")
    for a in allowed:
        text = text.replace(a, "")
    return CJK.findall(text)


def _model_texts(view: QAbstractItemView, rows: int = 30) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    root = view.rootIndex() if view.rootIndex().isValid() else QModelIndex()
    try:
        cols = model.columnCount(root)
    except TypeError:  # a list model keeps columnCount private: one column
        cols = 1
    for c in range(cols):
        h = model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if isinstance(h, str):
            yield h
    for r in range(min(rows, model.rowCount(root))):
        for c in range(cols):
            idx = model.index(r, c, root)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                v = model.data(idx, role)
                if isinstance(v, str):
                    yield v


def _action_texts(actions: list[QAction]) -> Iterator[str]:
    for a in actions:
        if a.isSeparator() or not a.isVisible():
            continue
        yield a.text()
        if a.toolTip() and a.toolTip() != a.text().replace("&", ""):
            yield a.toolTip()
        if a.menu() is not None:
            yield a.menu().title()
            yield from _action_texts(a.menu().actions())


def shown_texts(top: QWidget) -> Iterator[tuple[QWidget, str]]:
    """(widget, text) for every text ``top`` shows or gives as a tooltip."""
    yield top, top.windowTitle()
    widgets = [top, *top.findChildren(QWidget)]
    for w in widgets:
        if w is not top and not w.isVisibleTo(top):
            continue
        if isinstance(w, QMenu):
            continue  # menus: through their actions, below
        # what a screen reader says counts as shown
        texts: list[str] = [w.toolTip(), w.accessibleName(), w.accessibleDescription()]
        if isinstance(w, (QLabel, QAbstractButton)):
            texts.append(w.text())
        if isinstance(w, QGroupBox):
            texts.append(w.title())
        if isinstance(w, QLineEdit):
            texts += [w.text(), w.placeholderText()]
        if isinstance(w, (QTextEdit, QPlainTextEdit)):
            texts += [w.toPlainText(), w.placeholderText()]
        if isinstance(w, QAbstractSpinBox):
            texts += [w.text(), w.specialValueText()]
        if isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QTabBar):
            texts += [w.tabText(i) for i in range(w.count())]
            texts += [w.tabToolTip(i) for i in range(w.count())]
        if isinstance(w, QAbstractItemView):
            texts += list(_model_texts(w))
        if isinstance(w, QWizard):
            texts += [w.buttonText(b) for b in QWizard.WizardButton if b.value <= 6]
        texts += list(_action_texts([a for a in QWidget.actions(w) if isinstance(a, QAction)]))
        for t in texts:
            if t:
                yield w, t
    if isinstance(top, QMainWindow):
        yield from ((top, t) for t in _action_texts(top.menuBar().actions()))


def focusable(top: QWidget) -> Iterator[QWidget]:
    """The controls Tab can reach in ``top`` (visible, enabled, taking focus by Tab)."""
    for w in top.findChildren(QWidget):
        if (
            w.isVisibleTo(top)
            and w.isEnabled()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and w.focusProxy() is None
        ):
            yield w


def describe(w: QWidget) -> str:
    parents = []
    p = w
    while p is not None and len(parents) < 4:
        parents.append(f"{type(p).__name__}({p.objectName()})")
        p = p.parentWidget()
    return " < ".join(parents)


# -- opening every dialog ---------------------------------------------------------------

OPENS = ("…", "...")  # a button or action whose text ends so opens a dialog or window


def opens_something(text: str) -> bool:
    return plain(text).strip().endswith(OPENS)


class Walk:
    """Every window the app shows from ``window``: its pages, then every dialog that a
    "…" button or menu entry opens (and those their own "…" buttons open), each walked
    while it is open and then closed with Cancel/Esc, so nothing is saved."""

    def __init__(self, qtbot, visit) -> None:  # type: ignore[no-untyped-def]
        self.qtbot = qtbot
        self.visit = visit  # visit(where, top): called while ``top`` is on show
        self.seen: list[str] = []
        self._pending: list[tuple[str, int]] = []

    def _new_windows(self, before: set[int]) -> list[QWidget]:
        from PySide6.QtWidgets import QApplication

        return [
            w
            for w in QApplication.topLevelWidgets()
            if w.isVisible() and id(w) not in before and not isinstance(w, QMenu)
        ]

    def _close(self, w: QWidget) -> None:
        from PySide6.QtWidgets import QDialog

        if isinstance(w, QDialog):
            w.reject()
        else:
            w.close()

    def open_with(self, where: str, press, depth: int) -> None:  # type: ignore[no-untyped-def]
        """``press()`` does what the user does; whatever window it opens is walked (a
        modal one from inside its own event loop) and closed again."""
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
        handled: set[int] = set()

        def modal_check() -> None:
            m = QApplication.activeModalWidget()
            if m is not None and id(m) not in before and id(m) not in handled:
                handled.add(id(m))
                self._walk_window(f"{where} → {m.windowTitle() or type(m).__name__}", m, depth)
                self._close(m)

        timer = QTimer()
        timer.setInterval(50)
        timer.timeout.connect(modal_check)
        timer.start()
        try:
            press()
            QApplication.processEvents()
            for w in self._new_windows(before):
                if id(w) not in handled:
                    handled.add(id(w))
                    self._walk_window(f"{where} → {w.windowTitle() or type(w).__name__}", w, depth)
                    self._close(w)
        finally:
            timer.stop()
        QApplication.processEvents()

    def _walk_window(self, where: str, top: QWidget, depth: int) -> None:
        from credithealth.ui.common.worker import wait_all

        wait_all(10_000)
        from PySide6.QtWidgets import QApplication, QTabWidget, QWizard

        QApplication.processEvents()
        self.seen.append(where)
        self.visit(where, top)
        for tabs in top.findChildren(QTabWidget):
            for i in range(1, tabs.count()):
                tabs.setCurrentIndex(i)
                QApplication.processEvents()
                self.visit(f"{where} [{tabs.tabText(i)}]", top)
            tabs.setCurrentIndex(0)
        if isinstance(top, QWizard):
            for _ in range(8):
                nxt = top.button(QWizard.WizardButton.NextButton)
                if nxt.isVisible() and not nxt.isEnabled():
                    # a page that wants a choice first: tick its first box, as a user would
                    from PySide6.QtWidgets import QCheckBox

                    boxes = [b for b in top.currentPage().findChildren(QCheckBox) if b.isVisible()]
                    if boxes:
                        boxes[0].setFocus()
                        self.qtbot.keyClick(boxes[0], Qt.Key.Key_Space)
                if not (nxt.isVisible() and nxt.isEnabled()):
                    break
                self.qtbot.mouseClick(nxt, Qt.MouseButton.LeftButton)
                self.visit(f"{where} [page {top.currentId()}]", top)
        if depth > 0:
            self.press_openers(where, top, depth - 1)

    def press_openers(self, where: str, top: QWidget, depth: int) -> None:
        """Click every visible, enabled "…" button inside ``top``."""
        for b in top.findChildren(QAbstractButton):
            if b.isVisibleTo(top) and b.isEnabled() and opens_something(b.text()):
                self.open_with(
                    f"{where} / {plain(b.text()).strip()}",
                    lambda b=b: self.qtbot.mouseClick(b, Qt.MouseButton.LeftButton),
                    depth,
                )

    def window_actions(self, window: QMainWindow, depth: int) -> None:
        """Every menu entry that opens something, chosen from its menu."""
        for menu_action in window.menuBar().actions():
            menu = menu_action.menu()
            for a in menu.actions():
                if (
                    a.isSeparator()
                    or not a.isEnabled()
                    or a.menuRole() == QAction.MenuRole.QuitRole
                ):
                    continue
                if opens_something(a.text()) or a.objectName() in WINDOW_ACTIONS:
                    self.open_with(f"menu {plain(a.text()).strip()}", a.trigger, depth)


# menu entries that open a window though their text has no "…" (About, User guide, the demo)
WINDOW_ACTIONS = {"actUserGuide", "actOpenDemo", "actAbout"}
