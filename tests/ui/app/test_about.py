from __future__ import annotations

import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import QObject, QUrl, Slot, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QPlainTextEdit

from credithealth import __version__
from credithealth.paths import resource, resources_dir
from credithealth.ui.app import about
from credithealth.ui.app.about import AboutDialog
from credithealth.ui.common import i18n


def tab_titles(dialog: AboutDialog) -> list[str]:
    return [dialog.licences.tabText(i) for i in range(dialog.licences.count())]


def licence_text(dialog: AboutDialog, key: str) -> str:
    view = dialog.findChild(QPlainTextEdit, "licence_" + key)
    assert view is not None and view.isReadOnly()
    return view.toPlainText()


def test_version_and_what_it_is_built_with(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    d = AboutDialog(session)
    qtbot.addWidget(d)
    assert d.version_label.text() == f"Version {__version__}"
    text = d.built_with_label.text()
    for part in (f"Qt {qVersion()}", f"PySide6 {PySide6.__version__}", platform.python_version()):
        assert part in text


def test_full_licence_texts_in_a_checkout(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    d = AboutDialog(session)
    qtbot.addWidget(d)
    assert tab_titles(d) == [
        "Credit Health (MIT)",
        "Noto Sans CJK SC (OFL 1.1)",
        "Qt and PySide6 (LGPL v3)",
    ]  # the bundled components' notices exist only in a bundle
    top = resources_dir().parent
    assert licence_text(d, "app") == (top / "LICENSE").read_text(encoding="utf-8")
    assert licence_text(d, "font") == resource("fonts", "OFL.txt").read_text(encoding="utf-8")
    qt = licence_text(d, "qt")
    assert qt.startswith("                   GNU LESSER GENERAL PUBLIC LICENSE")
    assert "GNU GENERAL PUBLIC LICENSE" in qt and "Version 3, 29 June 2007" in qt


def test_bundled_components_when_the_notices_exist(qtbot, session, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    notices = tmp_path / "THIRD-PARTY-NOTICES.txt"
    notices.write_text("numpy 2.4\nLicence: BSD-3-Clause\n", encoding="utf-8")
    files = about.licence_files()
    monkeypatch.setattr(about, "licence_files", lambda: {**files, "bundled": [notices]})
    d = AboutDialog(session)
    qtbot.addWidget(d)
    assert tab_titles(d)[-1] == "Bundled components"
    assert licence_text(d, "bundled").startswith("numpy 2.4")


class UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def catch(self, url: QUrl) -> None:
        self.urls.append(url)


def test_open_folder_asks_for_the_local_data_folder(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    d = AboutDialog(session)
    qtbot.addWidget(d)
    assert d.data_label.text() == str(session.db_path)
    catcher = UrlCatcher()
    # Qt's own hook for file URLs: no file manager starts during the test
    QDesktopServices.setUrlHandler("file", catcher, "catch")
    try:
        d.open_folder_button.click()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert len(catcher.urls) == 1
    url = catcher.urls[0]
    assert url.isLocalFile()
    assert Path(url.toLocalFile()) == Path(session.db_path).resolve().parent


def test_open_folder_says_so_when_nothing_opens_it(qtbot, session, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []

    class NoFileManager:
        @staticmethod
        def openUrl(url: QUrl) -> bool:
            return False

    monkeypatch.setattr(about, "QDesktopServices", NoFileManager)
    monkeypatch.setattr(about.QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    d = AboutDialog(session)
    qtbot.addWidget(d)
    assert d.open_data_folder() is False
    assert shown == [f"Could not open {d.data_folder} in the file manager."]


def test_chinese(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    try:
        i18n.install("zh_CN")
        d = AboutDialog(session)
        qtbot.addWidget(d)
        assert d.windowTitle() == "关于信用健康"
        assert d.open_folder_button.text() == "打开文件夹"
        assert tab_titles(d)[0] == "信用健康（MIT）"
        assert d.version_label.text() == f"版本 {__version__}"
        assert d.built_with_label.text().startswith("基于 Qt ")
    finally:
        i18n.install("en")
