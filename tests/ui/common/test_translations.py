"""Every user-visible string of the UI has its Chinese translation, and the catalogues
are in step with the source."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_catalogues_are_complete_and_current() -> None:
    p = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "i18n.py"), "check"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert p.returncode == 0, p.stdout + p.stderr


def test_chinese_catalogue_loads(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    from credithealth.ui.common import i18n

    try:
        i18n.install("zh_CN")
        assert QCoreApplication.translate("OverviewPage", "Overview") == "总览"
    finally:
        i18n.install("en")


def test_chinese_glyphs_come_from_the_bundled_font(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QFontDatabase

    from credithealth.ui.common.fonts import CJK_FAMILY, register_fonts

    assert CJK_FAMILY in register_fonts()
    assert CJK_FAMILY in QFontDatabase.families()


def test_the_file_dialog_speaks_chinese(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Qt's own dialog (not the platform's): every label, button and tip in Chinese,
    including the two texts Qt's catalogue lacks ("&Look in:", "Files of &type:")."""
    from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel, QWidget

    from credithealth.ui.common import i18n

    try:
        i18n.install("zh_CN")
        assert i18n.qt_catalogue() is not None
        d = QFileDialog(None, "x")
        d.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        d.setNameFilters(["PDF (*.pdf)"])
        qtbot.addWidget(d)
        d.show()
        texts = []
        for w in d.findChildren(QWidget):
            if not w.isVisible():
                continue
            if isinstance(w, QLabel | QAbstractButton):
                texts.append(w.text())
            texts.append(w.toolTip())
        texts = [t.replace("&", "") for t in texts if t]
        assert "查找范围(L)：" in texts and "文件类型(T)：" in texts
        english = [t for t in texts if any("a" <= c.lower() <= "z" for c in t.split("(")[0])]
        assert not english, english
        # the Type column of the file list
        (tmp_path / "账单").mkdir()
        d.setDirectory(str(tmp_path))
        from PySide6.QtWidgets import QFileSystemModel

        model = d.findChild(QFileSystemModel)
        qtbot.waitUntil(lambda: model.index(str(tmp_path / "账单")).isValid())
        folder = model.index(str(tmp_path / "账单"))
        assert model.type(folder) == "文件夹"
        d.close()
    finally:
        i18n.install("en")
