"""The main window's pages, created on first use.

Building every page at start-up cost more than half a second before the first paint
(tables, their models, the journey's calendar); only the page on screen is needed then.
``LazyPages`` is a mapping in sidebar order: looking a page up creates it, while
iterating the keys, asking for a title or for the pages made so far creates nothing.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, MutableMapping
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication

from credithealth.ui.pages import PAGE_NAMES
from credithealth.ui.pages.base import Page


class PageEntry(NamedTuple):
    key: str
    module: str
    cls_name: str
    title: str  # source text, translated in the context ``cls_name``


def page_entries(pages: list[tuple[str, str]]) -> list[PageEntry]:
    """``PAGES`` (module, class) with each class's key and title from ``PAGE_NAMES``."""
    return [PageEntry(PAGE_NAMES[c][0], m, c, PAGE_NAMES[c][1]) for m, c in pages]


class LazyPages(MutableMapping[str, Page]):
    def __init__(self, pages: list[tuple[str, str]], made: Callable[[Page], None]) -> None:
        self.entries = {e.key: e for e in page_entries(pages)}
        self._made: dict[str, Page] = {}
        self._absent: set[str] = set()  # taken out (a test's window without a page)
        self._on_made = made
        self._factory: Callable[[type[Page]], Page] | None = None

    def set_factory(self, factory: Callable[[type[Page]], Page]) -> None:
        """How a page class becomes a page (over the window's current session)."""
        self._factory = factory

    def __getitem__(self, key: str) -> Page:
        if key in self._absent:
            raise KeyError(key)
        page = self._made.get(key)
        if page is None:
            entry = self.entries[key]  # KeyError for a page the window does not have
            assert self._factory is not None
            cls = getattr(importlib.import_module(entry.module), entry.cls_name)
            page = self._factory(cls)
            self._made[key] = page
            self._on_made(page)
        return page

    def __setitem__(self, key: str, page: Page) -> None:
        self._absent.discard(key)
        self._made[key] = page

    def __delitem__(self, key: str) -> None:
        if key not in self:
            raise KeyError(key)
        self._made.pop(key, None)
        self._absent.add(key)

    def __contains__(self, key: object) -> bool:
        return key in self.entries and key not in self._absent

    def __iter__(self) -> Iterator[str]:
        return (k for k in self.entries if k not in self._absent)

    def __len__(self) -> int:
        return len(self.entries) - len(self._absent)

    def is_made(self, key: str) -> bool:
        return key in self._made and key not in self._absent

    def made(self) -> list[Page]:
        """The pages created so far, in sidebar order."""
        return [self._made[k] for k in self if k in self._made]

    def title(self, key: str) -> str:
        """The page's title in the current language, without creating it."""
        page = self._made.get(key)
        if page is not None:
            return page.title()
        entry = self.entries[key]
        return QCoreApplication.translate(entry.cls_name, entry.title)

    def clear_made(self) -> list[Page]:
        """Forget every created page (the window is moving to another session)."""
        pages = self.made()
        self._made.clear()
        self._absent.clear()
        return pages
