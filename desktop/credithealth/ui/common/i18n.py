"""Languages: Chinese (zh_CN) and English, chosen from the system or the settings.

English is the source language. For Chinese, every compiled catalogue in
``resources/i18n`` is installed, plus Qt's own ``qtbase_zh_CN`` so standard
dialogs (file pickers, message-box buttons) speak Chinese too; the few Qt texts
that catalogue lacks are in ours (``ui/common/qt_texts.py``). Installing or
removing translators sends every widget a LanguageChange event; pages
retranslate themselves there, without losing their state.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from credithealth.domain.messages import norm_lang
from credithealth.paths import resource
from credithealth.ui.common import app_settings

LANGUAGES = (("zh_CN", "中文"), ("en", "English"))  # each named in itself

_installed: list[QTranslator] = []
_current = "en"


def system_language() -> str:
    return norm_lang(QLocale.system().name())


def chosen_language() -> str:
    choice = app_settings.LANGUAGE.get()
    return system_language() if choice == "system" else norm_lang(choice)


def current_language() -> str:
    return _current


def qt_catalogue() -> str | None:
    """The file of Qt's own catalogue in use (qtbase_zh_CN.qm), None when none is."""
    for t in _installed:
        if Path(t.filePath()).name.startswith("qtbase_"):
            return t.filePath()
    return None


def install(lang: str) -> str:
    """Switch the running app to ``lang``; returns the language now in use."""
    global _current
    app = QCoreApplication.instance()
    assert app is not None
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    lang = norm_lang(lang)
    if lang == "zh_CN":
        files = sorted(resource("i18n").glob("*.zh_CN.qm"))
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for path, directory in [(f.name, str(f.parent)) for f in files] + [
            ("qtbase_zh_CN.qm", qt_dir)
        ]:
            t = QTranslator(app)
            if t.load(path, directory):
                app.installTranslator(t)
                _installed.append(t)
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    _current = lang
    # every widget retranslates now (not at the next event loop turn), even when no
    # translator was added or removed (English to English after a settings reset)
    QCoreApplication.postEvent(app, QEvent(QEvent.Type.LanguageChange))
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return lang
