from __future__ import annotations

from PySide6.QtCore import QSettings

from credithealth.ui.common import i18n


def test_title_and_status_verdict(window, session) -> None:  # type: ignore[no-untyped-def]
    assert window.windowTitle() == "Credit Health"
    assert session.assessment is not None
    assert f"{session.assessment.overall}/100" in window.verdict_label.text()


def test_switching_language_retranslates_without_losing_state(window, session) -> None:  # type: ignore[no-untyped-def]
    page = window.current_page()
    try:
        i18n.install("zh_CN")
        assert window.windowTitle() == "信用健康"
        assert window.menus["file"].title() == "文件(&F)"
        assert window.sidebar.item(0).text() == "总览"
        assert (
            "还需努力" in window.verdict_label.text() or "有较大把握" in window.verdict_label.text()
        )
        assert window.current_page() is page
    finally:
        i18n.install("en")
    assert window.menus["file"].title() == "&File"


def test_geometry_persists(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    from credithealth.ui.app.main_window import MainWindow

    w = MainWindow(session)
    qtbot.addWidget(w)
    w.resize(1300, 850)
    w.close()
    assert QSettings().value("window/geometry") is not None
    w2 = MainWindow(session)
    qtbot.addWidget(w2)
    assert w2.size().width() == 1300


def test_background_refresh_delivers_a_new_assessment(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(session.assessment_changed, timeout=5000) as blocker:
        session.refresh()
    assert blocker.args[0].as_of == session.today()


def test_every_page_has_its_own_sidebar_icon(window) -> None:  # type: ignore[no-untyped-def]
    from credithealth.paths import resource

    for i, key in enumerate(window.pages):
        assert resource("icons", "pages", f"{key}.svg").is_file(), key
        assert not window.sidebar.item(i).icon().isNull(), key
