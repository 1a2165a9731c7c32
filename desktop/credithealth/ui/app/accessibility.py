"""Names for screen readers (Orca, NVDA): every control Tab reaches says what it is.

A widget given a name in its own code keeps it. The others are named here from
what a sighted user reads beside them: the label of their form row or their
buddy label, their tooltip (an icon button), the tab they sit on, the heading of
the list or chart they belong to, the page they scroll. ``AccessibleNames`` does
it for every window as it is shown and again after a language change, so names
follow the language like the texts they come from.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFormLayout,
    QGraphicsView,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QLineEdit,
    QScrollArea,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QWidget,
)

from credithealth.ui.common.tr_args import with_args

AUTO = "credithealthAutoName"  # set on names given here (redone after a language change)
AUTO_DESC = "credithealthAutoDescription"  # the same for descriptions
_WORDS = re.compile(r"[A-Za-z\u3400-\u9fff]")
_TAGS = re.compile(r"<[^>]+>")


def readable(text: str) -> str:
    """A label's text as said aloud: no markup, no mnemonic '&', no trailing colon."""
    text = _TAGS.sub(" ", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split()).rstrip(":：").strip()


def _focusable(w: QWidget) -> bool:
    return bool(w.focusPolicy() & Qt.FocusPolicy.TabFocus) and w.focusProxy() is None


def _field_widgets(item: object) -> list[QWidget]:
    """The focusable widgets in a form row's field (a widget, its children, or a layout)."""
    out: list[QWidget] = []
    if isinstance(item, QWidget):
        out = [item, *item.findChildren(QWidget)]
    elif isinstance(item, QLayout):
        for i in range(item.count()):
            sub = item.itemAt(i)
            out += _field_widgets(sub.widget() or sub.layout())
    return [w for w in out if _focusable(w)]


def _row_labels(top: QWidget) -> dict[int, str]:
    """id(widget) -> the text of the label it sits beside (form rows, buddies)."""
    names: dict[int, str] = {}
    for form in top.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            label = label_item.widget() if label_item is not None else None
            if not isinstance(label, QLabel) or field_item is None:
                continue
            text = readable(label.text())
            for w in _field_widgets(field_item.widget() or field_item.layout()):
                names.setdefault(id(w), text)
    for grid in top.findChildren(QGridLayout):
        # a row of a grid: what the first column says names the rest of the row
        for i in range(grid.count()):
            row, col, _rs, _cs = grid.getItemPosition(i)
            item = grid.itemAt(i)
            if col == 0 or item is None:
                continue
            first = grid.itemAtPosition(row, 0)
            head = first.widget() if first is not None else None
            if head is None and first is not None and first.layout() is not None:
                inner = first.layout().itemAt(0)  # a check box with its help under it
                head = inner.widget() if inner is not None else None
            text = readable(head.text()) if isinstance(head, (QLabel, QAbstractButton)) else ""
            if text:
                for w in _field_widgets(item.widget() or item.layout()):
                    names.setdefault(id(w), text)
    for label in top.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and readable(label.text()):
            names[id(buddy)] = readable(label.text())
    return names


def _heading(w: QWidget) -> str:
    """The title of the list, chart or section ``w`` belongs to (a ``title`` or
    ``heading`` label of an ancestor, or a group box's title)."""
    p = w.parentWidget()
    while p is not None and not p.isWindow():
        for attr in ("title", "heading"):
            label = getattr(p, attr, None)
            if isinstance(label, QLabel) and readable(label.text()):
                return readable(label.text())
        if isinstance(p, QGroupBox) and readable(p.title()):
            return readable(p.title())
        p = p.parentWidget()
    return ""


def _tab_of(w: QWidget) -> str:
    """The text of the tab ``w`` is the page of (or sits directly in)."""
    child, p = w, w.parentWidget()
    while p is not None and not p.isWindow():
        if isinstance(p, QStackedWidget) and isinstance(p.parentWidget(), QTabWidget):
            tabs = p.parentWidget()
            index = tabs.indexOf(child)
            return readable(tabs.tabText(index)) if index >= 0 else ""
        child, p = p, p.parentWidget()
    return ""


def _page_title(w: QWidget) -> str:
    p = w.parentWidget()
    while p is not None:
        title = getattr(p, "title", None)
        if callable(title) and hasattr(p, "session"):  # a Page of the main window
            return str(title())
        if p.isWindow():
            return readable(p.windowTitle())
        p = p.parentWidget()
    return ""


def name_for(w: QWidget, labels: dict[int, str]) -> str:
    """The name a screen reader should say for ``w``, from what is shown around it."""
    if id(w) in labels and labels[id(w)]:
        return labels[id(w)]
    if isinstance(w, QAbstractButton):
        if _WORDS.search(readable(w.text())):
            return ""  # its own words are its name (Qt says them)
        return readable(w.toolTip())
    tab = _tab_of(w)
    heading = _heading(w)
    if isinstance(w, QTabBar):
        return QCoreApplication.translate("AccessibleNames", "Sections")
    if isinstance(w, QLineEdit) and heading:
        return with_args(QCoreApplication.translate("AccessibleNames", "Search in %1"), heading)
    if isinstance(w, (QAbstractItemView, QGraphicsView, QComboBox, QAbstractSpinBox)) and heading:
        return heading
    if isinstance(w, QScrollArea):
        return heading or _page_title(w)
    if isinstance(w, QAbstractScrollArea) and tab:
        return tab
    return heading or tab or readable(w.toolTip())


def name_controls(top: QWidget) -> None:
    """Name every focusable control in ``top`` that its own code left unnamed, and give
    it its tooltip as description when it has none."""
    labels = _row_labels(top)
    for w in [top, *top.findChildren(QWidget)]:
        if not _focusable(w):
            continue
        auto = bool(w.property(AUTO))
        if auto or not w.accessibleName():
            name = name_for(w, labels)
            if name or auto:
                w.setAccessibleName(name)
                w.setProperty(AUTO, bool(name))
        auto_desc = bool(w.property(AUTO_DESC))
        if auto_desc or not w.accessibleDescription():
            tip = readable(w.toolTip())
            desc = tip if tip != w.accessibleName() else ""
            if desc or auto_desc:
                w.setAccessibleDescription(desc)
                w.setProperty(AUTO_DESC, bool(desc))


class AccessibleNames(QObject):
    """Installed on the application: names each window's controls when it is shown,
    and again when the language changes (after the window has retranslated)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Show and isinstance(watched, QWidget):
            parent = watched.parentWidget()
            # a window, or a page of a stack (the main window's pages, a dialog's tabs)
            if watched.isWindow() or isinstance(parent, QStackedWidget):
                name_controls(watched)
        elif (
            kind == QEvent.Type.LanguageChange
            and isinstance(watched, QWidget)
            and watched.isWindow()
        ):
            # filters see the event before the window retranslates: name it afterwards
            QTimer.singleShot(0, watched, lambda w=watched: name_controls(w))
        return False


_installed: AccessibleNames | None = None


def install() -> None:
    """Name every window's controls from now on (once per application)."""
    global _installed
    app = QApplication.instance()
    if app is None or _installed is not None:
        return
    _installed = AccessibleNames(app)
    app.installEventFilter(_installed)


def pause() -> None:
    """Stop watching while the main window is built, painted and given its charts: the
    filter sees every event of every object (~4,000 before the first frame, ~8,000 more
    while the charts are made), each a call into Python. ``resume`` names what was shown
    meanwhile."""
    app = QApplication.instance()
    if app is not None and _installed is not None:
        app.removeEventFilter(_installed)


def resume() -> None:
    """Watch again, and name every window now on screen (with whatever its stacks show)."""
    app = QApplication.instance()
    if app is None or _installed is None:
        return
    app.removeEventFilter(_installed)  # never installed twice
    app.installEventFilter(_installed)
    for w in QApplication.topLevelWidgets():
        if w.isVisible():
            name_controls(w)
