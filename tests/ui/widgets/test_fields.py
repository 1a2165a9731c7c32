from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialogButtonBox

from credithealth.ui.widgets.fields import DateEdit, IntEdit, MoneyEdit, RecordForm


def test_money_field_validates_as_you_type(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = RecordForm("t")
    qtbot.addWidget(form)
    money = form.add_field("Amount", MoneyEdit())
    ok = form.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # required and empty
    qtbot.keyClicks(money, "1,234.5")
    assert ok.isEnabled() and money.value() == 123450
    money.editingFinished.emit()
    assert money.text() == "¥1,234.50"
    money.setText("-3")
    assert not ok.isEnabled()
    assert "negative" in form.fields[0][1].text()
    money.setText("1.234")
    assert "two decimals" in form.fields[0][1].text()


def test_date_not_in_the_future(qtbot) -> None:  # type: ignore[no-untyped-def]
    d = DateEdit(date(2026, 11, 27), not_after=date(2026, 11, 26))
    qtbot.addWidget(d)
    assert d.error() is not None
    d.setDate(d.date().addDays(-1))
    assert d.error() is None


def test_sesame_range(qtbot) -> None:  # type: ignore[no-untyped-def]
    s = IntEdit(low=350, high=950)
    qtbot.addWidget(s)
    s.setText("349")
    assert "350" in (s.error() or "")
    s.setText("700")
    assert s.error() is None and s.value() == 700
