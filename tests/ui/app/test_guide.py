"""Help → User guide (F1): the offline bilingual guide, opened at the page on show."""

from __future__ import annotations

import importlib
import re

import pytest
from PySide6.QtCore import QPoint, Qt

from credithealth.paths import resource
from credithealth.ui.app.guide import START, anchors, guide_html, guide_path, sections
from credithealth.ui.common import i18n
from credithealth.ui.pages import PAGES

LANGS = ["en", "zh_CN"]
FACTORS = ["credit_status", "account_security", "personal_info", "consumption", "external_credit"]


def page_keys() -> list[str]:
    return [getattr(importlib.import_module(m), c).key for m, c in PAGES]


def test_the_guide_ships_in_both_languages_with_the_same_sections() -> None:
    assert guide_path("zh_CN") == resource("guide", "zh_CN.html")
    assert guide_path("en") == resource("guide", "en.html")
    assert guide_path("fr") == guide_path("en")
    assert anchors("zh_CN") == anchors("en")
    assert [k for k, _t, _l in sections("zh_CN")] == [k for k, _t, _l in sections("en")]


@pytest.mark.parametrize("lang", LANGS)
def test_every_page_factor_and_topic_has_its_section(lang: str) -> None:
    have = anchors(lang)
    for key in [*page_keys(), *FACTORS, "steps", "verdict", "export-bills", "data", "keyboard"]:
        assert key in have, (lang, key)


@pytest.mark.parametrize("lang", LANGS)
def test_links_stay_inside_the_guide_and_nothing_is_fetched(lang: str) -> None:
    html = guide_html(lang)
    targets = re.findall(r'href="([^"]*)"', html)
    assert targets and all(t.startswith("#") and t[1:] in anchors(lang) for t in targets)
    assert not re.search(r"(?i)https?:|src=|@import|url\(", html)


def test_the_chinese_guide_gives_the_exact_alipay_path_and_the_exports() -> None:
    html = re.sub(r"<[^>]+>", "", guide_html("zh_CN"))
    assert "“我的”→“花呗”→“我的额度”" in html
    assert "“恢复额度”" in html and "“账户状态”" in html
    assert "客服" in html and "1–3 个工作日" in html
    assert "开具交易流水证明" in html and "下载账单" in html  # Alipay, WeChat Pay
    assert "解压密码另行发送" in html  # the zip's password does not come with the e-mail
    assert "并非支付宝的审核结论" in html


def test_the_english_guide_gives_the_same_path_and_what_the_verdict_is_not() -> None:
    html = re.sub(r"<[^>]+>", "", guide_html("en"))
    assert "我的 (Me) → 花呗 (Huabei) → 我的额度 (My limit)" in html
    assert "恢复额度 (Restore limit)" in html and "账户状态 (Account status)" in html
    assert "not Alipay's\ndecision" in html or "not Alipay's decision" in html
    assert "password is sent separately" in html


def readable(lang: str) -> str:
    """The guide as read, without its code (paths and commands are typed as they are)."""
    html = re.sub(r"<code>.*?</code>", " ", guide_html(lang), flags=re.S)
    return re.sub(r"<head>.*?</head>", " ", html, flags=re.S)


def test_the_chinese_guide_has_no_english_and_the_english_no_chinese() -> None:
    from tests.ui.text_walk import chinese_in, english_in

    assert english_in(readable("zh_CN")) == []
    # Chinese in the English guide only where it names Alipay's and WeChat's own screens
    # (我的 → 花呗) or glosses a term (“Find the reason (自查原因)”)
    assert chinese_in(readable("en")) == []


def top_text(guide) -> str:  # type: ignore[no-untyped-def]
    """The text of the first line shown at the top of the guide's view."""
    return guide.browser.cursorForPosition(QPoint(8, 8)).block().text()


def test_f1_opens_the_guide_at_the_page_on_show(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page().key == "repayments"
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.help_actions.guide
    assert guide is not None and guide.isVisible()
    qtbot.waitUntil(lambda: top_text(guide) == "Repayments")
    assert guide.section == "repayments"
    assert guide.contents.currentItem().text() == "Repayments"
    assert guide.windowTitle() == "User guide — Credit Health"
    guide.close()


def test_help_menu_holds_the_guide_and_the_demo(window) -> None:  # type: ignore[no-untyped-def]
    texts = [a.text() for a in window.menus["help"].actions() if not a.isSeparator()]
    assert texts == ["User &guide", "Open the &demo", "Open &log folder", "&About Credit Health"]
    assert window.help_actions.act_guide.shortcut().toString() == "F1"


def test_the_guide_follows_the_language_and_keeps_its_place(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    guide = window.help_actions.open_guide("spending")
    qtbot.waitUntil(lambda: top_text(guide) == "Spending")
    try:
        i18n.install("zh_CN")
        qtbot.waitUntil(lambda: top_text(guide) == "每月消费")
        assert guide.windowTitle() == "使用指南 — 信用健康"
        assert guide.contents.item(0).text() == "信用健康 使用指南"
    finally:
        i18n.install("en")
    qtbot.waitUntil(lambda: top_text(guide) == "Spending")
    guide.close()


def test_contents_and_links_move_by_keyboard(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    guide = window.help_actions.open_guide("unknown-page")
    assert guide.section == START
    guide.contents.setFocus()
    guide.contents.setCurrentRow(0)
    qtbot.keyClick(guide.contents, Qt.Key.Key_Down)
    qtbot.keyClick(guide.contents, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: top_text(guide) == "The five restore steps")
    assert guide.section == "steps"
    # a link in the text (the start's table of contents) moves within the guide
    guide.show_section(START)
    qtbot.keyClick(guide.browser, Qt.Key.Key_Tab)  # the first link: the five restore steps
    qtbot.keyClick(guide.browser, Qt.Key.Key_Tab)
    qtbot.keyClick(guide.browser, Qt.Key.Key_Return)
    assert guide.section == "factors"
    guide.close()


def test_find_selects_the_word_and_wraps(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    guide = window.help_actions.open_guide("keyboard")
    qtbot.waitUntil(guide.isActiveWindow)
    qtbot.keyClick(guide.browser, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert guide.focusWidget() is guide.find_field
    qtbot.keyClicks(guide.find_field, "95188")
    qtbot.keyClick(guide.find_field, Qt.Key.Key_Return)  # after the keyboard section: wraps
    assert guide.browser.textCursor().selectedText() == "95188"
    guide.find_field.clear()
    qtbot.keyClicks(guide.find_field, "no such words here")
    qtbot.keyClick(guide.find_field, Qt.Key.Key_Return)
    assert guide.find_note.text() == "Not found"
    guide.close()


def test_escape_closes_the_guide(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    guide = window.help_actions.open_guide()
    assert guide.section == window.current_page().key
    qtbot.keyClick(guide.browser, Qt.Key.Key_Escape)
    assert not guide.isVisible()
