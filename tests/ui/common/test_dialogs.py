"""The dialog registry: one dialog per name, brought forward when asked again, and the
ones that work on a database closed when the window changes database."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from credithealth.ui.common.dialogs import Dialogs


def test_open_or_raise_one_per_name(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    registry = Dialogs(window)
    made: list[QDialog] = []

    def make() -> QDialog:
        made.append(QDialog(window))
        return made[-1]

    first = registry.open("import", make)
    assert first.isVisible() and registry.open("import", make) is first and len(made) == 1
    assert registry.open("other", make) is not first and len(made) == 2
    first.close()
    again = registry.open("import", make)
    assert again is not first and again.isVisible() and len(made) == 3
    assert Dialogs.of(again) is registry  # found from any widget of the window


def test_close_all_keeps_those_that_follow_the_database(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    registry = Dialogs.of(window)
    import_dialog = registry.open("import", lambda: QDialog(window))
    preferences = registry.open("preferences", lambda: QDialog(window), follows_database=True)
    registry.close_all()
    assert not import_dialog.isVisible() and registry.get("import") is None
    assert preferences.isVisible() and registry.get("preferences") is preferences
