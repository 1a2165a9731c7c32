"""Help → User guide (F1): the bilingual guide shipped in ``resources/guide/<lang>.html``,
shown offline in a ``QTextBrowser`` beside its table of contents.

The guide follows the app's language (and switches with it, staying at the same
section). Each page of the main window has a section whose anchor is the page's
key, so F1 opens the guide where the user is. Links inside the guide only move
within it: nothing is fetched, no browser is started.
"""

from __future__ import annotations

import re
from functools import cache
from html import unescape
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from credithealth.paths import resource
from credithealth.ui import i18n
from credithealth.ui.retranslate import Retranslates

START = "start"  # the guide's first section
# a section: <h2><a name="key"></a>Title</h2> (h1 for the start, h3 for the bill export)
_HEADING = re.compile(r'<h([123])><a name="([\w-]+)"></a>(.*?)</h\1>', re.S)
_TAG = re.compile(r"<[^>]+>")


def guide_path(lang: str) -> Path:
    """The guide in ``lang`` (zh_CN or en; any other language reads the English one)."""
    return resource("guide", f"{'zh_CN' if lang == 'zh_CN' else 'en'}.html")


@cache
def _guide_html(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def guide_html(lang: str) -> str:
    return _guide_html(guide_path(lang))


def sections(lang: str) -> list[tuple[str, str, int]]:
    """(anchor, title, heading level) of each section, in reading order."""
    return [
        (key, unescape(_TAG.sub("", title)).strip(), int(level))
        for level, key, title in _HEADING.findall(guide_html(lang))
    ]


def anchors(lang: str) -> set[str]:
    """Every anchor the guide defines (sections and the factors inside them)."""
    return set(re.findall(r'<a name="([\w-]+)">', guide_html(lang)))


class GuideWindow(Retranslates, QWidget):
    """The guide in a window of its own (not modal: read it beside the app)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("guideWindow")
        self.section = START
        self.lang = ""

        self.contents = QListWidget()
        self.contents.setObjectName("guideContents")
        self.contents.itemActivated.connect(self._item_chosen)
        self.contents.itemClicked.connect(self._item_chosen)
        self.browser = QTextBrowser()
        self.browser.setObjectName("guideBrowser")
        self.browser.setOpenLinks(False)  # links move within the guide only (see _link)
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self._link)
        self.find_label = QLabel()
        self.find_field = QLineEdit()
        self.find_field.setObjectName("guideFind")
        self.find_field.setClearButtonEnabled(True)
        self.find_field.returnPressed.connect(self.find_next)
        self.find_label.setBuddy(self.find_field)
        self.find_note = QLabel()
        self.find_note.setObjectName("guideFindNote")

        find_row = QHBoxLayout()
        find_row.addWidget(self.find_label)
        find_row.addWidget(self.find_field, 1)
        find_row.addWidget(self.find_note)
        right = QWidget()
        right_lay = QVBoxLayout(right)
        right_lay.setContentsMargins(0, 0, 0, 0)
        right_lay.addLayout(find_row)
        right_lay.addWidget(self.browser, 1)
        splitter = QSplitter()
        splitter.addWidget(self.contents)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 620])
        lay = QVBoxLayout(self)
        lay.addWidget(splitter)
        # reading order for Tab: contents, find, text
        QWidget.setTabOrder(self.contents, self.find_field)
        QWidget.setTabOrder(self.find_field, self.browser)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self._focus_find)
        self.resize(900, 680)
        self.retranslate()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:  # as in a dialog: Esc closes the guide
            self.close()
            return
        super().keyPressEvent(event)

    # -- language -----------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("User guide — Credit Health"))
        self.find_label.setText(self.tr("&Find:"))
        self.find_field.setPlaceholderText(self.tr("A word in the guide, then Enter"))
        self.find_field.setAccessibleName(self.tr("Find in the guide"))
        self.find_field.setAccessibleDescription(
            self.tr("Moves to the next place the word appears; Enter again for the next one")
        )
        self.contents.setAccessibleName(self.tr("Contents of the guide"))
        self.contents.setAccessibleDescription(self.tr("Choose a section to read it"))
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setAccessibleDescription(
            self.tr("The text of the guide; Tab moves to its links, Enter follows one")
        )
        self.find_note.clear()
        lang = i18n.current_language()
        if lang != self.lang:
            self.lang = lang
            self._load()

    def _load(self) -> None:
        self.browser.setHtml(guide_html(self.lang))
        self.contents.blockSignals(True)
        self.contents.clear()
        for key, title, level in sections(self.lang):
            item = QListWidgetItem(("    " if level == 3 else "") + title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.contents.addItem(item)
        self.contents.blockSignals(False)
        self.show_section(self.section)

    # -- moving about -------------------------------------------------------------------

    def show_section(self, key: str) -> None:
        """Scroll to ``key``'s section (the start if the guide has no such section)."""
        key = key if key in anchors(self.lang) else START
        self.section = key
        if key == START:
            self.browser.verticalScrollBar().setValue(0)
        else:
            self.browser.scrollToAnchor(key)
        for row in range(self.contents.count()):
            if self.contents.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.contents.blockSignals(True)
                self.contents.setCurrentRow(row)
                self.contents.blockSignals(False)
                break

    def _item_chosen(self, item: QListWidgetItem) -> None:
        self.show_section(str(item.data(Qt.ItemDataRole.UserRole)))

    def _link(self, url: QUrl) -> None:
        if url.hasFragment() and not url.scheme() and not url.path():
            self.show_section(url.fragment())

    def _focus_find(self) -> None:
        self.find_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_field.selectAll()

    def find_next(self) -> bool:
        """Select the next occurrence of the find field's text, wrapping at the end."""
        text = self.find_field.text().strip()
        self.find_note.clear()
        if not text:
            return False
        if self.browser.find(text):
            return True
        cursor = self.browser.textCursor()
        cursor.movePosition(cursor.MoveOperation.Start)
        self.browser.setTextCursor(cursor)
        if self.browser.find(text, QTextDocument.FindFlag(0)):
            return True
        self.find_note.setText(self.tr("Not found"))
        return False
