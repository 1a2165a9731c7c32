from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialogButtonBox

from credithealth.ui.common.widgets.fields import DateEdit, IntEdit, MoneyEdit, RecordForm


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


def test_text_over_its_limit_is_said_next_to_the_field(qtbot) -> None:  # type: ignore[no-untyped-def]
    from credithealth.domain.limits import MAX_NAME, MAX_NOTE
    from credithealth.ui.common.widgets.fields import NotesEdit, TextEdit

    form = RecordForm("t")
    qtbot.addWidget(form)
    name = form.add_field("Name", TextEdit(required=True))
    notes = form.add_field("Notes", NotesEdit())
    ok = form.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.keyClicks(name, "CMB card")
    assert ok.isEnabled()
    name.setText("x" * (MAX_NAME + 1))
    assert not ok.isEnabled()
    assert form.fields[0][1].text() == "At most 200 characters (now 201)."
    name.setText("x" * MAX_NAME)
    notes.setPlainText("备" * (MAX_NOTE + 5))
    assert not ok.isEnabled()
    assert "10,000" in form.fields[1][1].text() and form.fields[1][1].isVisibleTo(form)
    notes.setPlainText("备" * MAX_NOTE)
    assert ok.isEnabled()


def test_amounts_and_dates_keep_to_the_records_ranges(qtbot) -> None:  # type: ignore[no-untyped-def]
    from credithealth.domain.limits import FIRST_DAY, last_day

    form = RecordForm("t")
    qtbot.addWidget(form)
    money = form.add_field("Amount", MoneyEdit())
    qtbot.keyClicks(money, "1000000000.01")
    assert "1,000,000,000.00" in form.fields[0][1].text()
    money.setText("9" * 5000)  # a paste of thousands of digits: a message, not a crash
    assert "1,000,000,000.00" in form.fields[0][1].text()
    d = DateEdit(date(2026, 11, 27))
    qtbot.addWidget(d)
    d.setDate(d.date().addYears(-2000))
    assert d.value() == FIRST_DAY
    d.setDate(d.date().addYears(5000))
    assert d.value() == last_day()
