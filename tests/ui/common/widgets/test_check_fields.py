from __future__ import annotations

from credithealth.ui.common.widgets.check_fields import CheckField, CheckSet


def test_check_set_keeps_the_offered_order(qtbot) -> None:  # type: ignore[no-untyped-def]
    s = CheckSet([("a", "A"), ("b", "B"), ("c", "C")], ["c"], required=True)
    qtbot.addWidget(s)
    assert s.value() == "c"
    s.boxes["a"].setChecked(True)
    assert s.value() == "a,c" and s.codes() == ("a", "c")
    s.boxes["a"].setChecked(False)
    with qtbot.waitSignal(s.validity_changed):
        s.boxes["c"].setChecked(False)
    assert s.error() == "Choose at least one."
    s.set_labels({"a": "甲"})
    assert s.boxes["a"].text() == "甲" and s.boxes["b"].text() == "b"


def test_check_field(qtbot) -> None:  # type: ignore[no-untyped-def]
    f = CheckField("x", True)
    qtbot.addWidget(f)
    assert f.value() is True and f.error() is None
    with qtbot.waitSignal(f.validity_changed):
        f.setChecked(False)
    assert f.value() is False
