"""First-run sizes of the repayments page's tables: money columns wide enough for
five figures, and an accounts list tall enough for a few accounts."""

from __future__ import annotations

from credithealth.ui.common.widgets.record_table import RecordTable
from credithealth.ui.pages.repayments.models import RIGHT


def room_for_amounts(table: RecordTable) -> None:
    """First run: money columns wide enough for five figures even if the lists start
    empty (the widths are kept, and the header alone would cut amounts off later)."""
    fm = table.view.fontMetrics()
    wide = fm.horizontalAdvance("¥88,888.88") + 16
    for c, col in enumerate(table.model.columns):
        if col.align == RIGHT and table.view.columnWidth(c) < wide:
            table.view.setColumnWidth(c, wide)
    table.save_columns()


def height_for_rows(table: RecordTable, rows: int) -> int:
    """The height that shows the table's title, its header and ``rows`` rows."""
    view = table.view
    return (
        table.title.sizeHint().height()
        + table.layout().spacing()
        + view.horizontalHeader().sizeHint().height()
        + rows * view.verticalHeader().defaultSectionSize()
        + 2 * view.frameWidth()
        + 4
    )
