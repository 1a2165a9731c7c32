"""The main window's pages are created on their first visit: before that the sidebar and
the View menu name them in either language, exactly as the pages name themselves."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt

from credithealth.ui.common import i18n


def test_only_the_overview_exists_until_another_page_is_visited(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    from credithealth.ui.app.main_window import MainWindow

    QSettings().remove("window/page")  # no page remembered from an earlier window
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    assert [k for k in window.pages if window.pages.is_made(k)] == ["overview"]
    row = list(window.pages).index("scores")
    rect = window.sidebar.visualItemRect(window.sidebar.item(row))
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.pages.is_made("scores")
    assert window.current_page() is window.pages["scores"]
    assert window.current_page().key == "scores"
    made = [k for k in window.pages if window.pages.is_made(k)]
    assert made == ["overview", "scores"]


def test_keys_and_titles_before_a_page_exists_are_the_pages_own(window) -> None:  # type: ignore[no-untyped-def]
    try:
        for lang in ("zh_CN", "en"):
            i18n.install(lang)
            before = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
            actions = [a.text() for a in window.page_actions]
            own = [window.pages[k].title() for k in window.pages]  # creates each page
            assert before == own == actions, lang
            assert len(set(own)) == len(own)
    finally:
        i18n.install("en")
    assert [window.pages[k].key for k in window.pages] == list(window.pages)
    assert window.sidebar.item(0).text() == "Overview"
