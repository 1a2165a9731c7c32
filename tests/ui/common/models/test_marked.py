from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from credithealth.ui.common.models.marked import MarkedRecordModel
from credithealth.ui.common.models.records import Column


@dataclass(frozen=True)
class Item:
    name: str
    done: bool
    urgent: bool = False


ROWS = [Item("a", True), Item("b", False, urgent=True)]


def test_check_boxes_ask_instead_of_changing(qtbot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = MarkedRecordModel(
        [Column(lambda: "Name", lambda i: i.name), Column(lambda: "Done", lambda i: str(i.done))],
        lambda: list(ROWS),
        checked=lambda i: i.done,
        emphasis=lambda i: i.urgent,
    )
    qtmodeltester.check(model)
    first, second = model.index(0, 0), model.index(1, 0)
    assert model.flags(first) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.data(first, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.data(model.index(0, 1), Qt.ItemDataRole.CheckStateRole) is None
    with qtbot.waitSignal(model.check_requested) as blocker:
        assert not model.setData(
            second, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
        )
    assert blocker.args == [ROWS[1], True]
    assert model.data(second, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    font = model.data(second, Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert model.data(first, Qt.ItemDataRole.FontRole) is None


def test_without_marks_it_is_a_plain_record_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = MarkedRecordModel([Column(lambda: "Name", lambda i: i.name)], lambda: list(ROWS))
    qtmodeltester.check(model)
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.setData(
        model.index(0, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
