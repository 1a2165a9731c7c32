"""Running a row reader over a file's data rows, keeping good rows and row errors apart."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

from credithealth.importers.errors import RowProblem
from credithealth.importers.parsed import ParsedRow, RowError
from credithealth.importers.times import looks_excel_resaved

ReadRow = Callable[[int, list], ParsedRow]


@dataclass(slots=True)
class Collected:
    rows: list[ParsedRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    resaved: int = 0  # rows showing a spreadsheet's re-save damage
    resaved_example: str = ""


@dataclass(frozen=True, slots=True)
class Body:
    """What a layout reader found in one bill file (or zip member)."""

    format: str
    collected: Collected
    period: tuple[date, date] | None


def _resave_symptom(problem: RowProblem) -> str | None:
    code = problem.msg.code
    value = str(problem.msg.params.get("value", ""))
    if code == "importers.row.damaged_order_id" or (
        code == "importers.row.bad_time" and looks_excel_resaved(value)
    ):
        return value
    return None


def collect(numbered_cells: Iterable[tuple[int, list]], read: ReadRow) -> Collected:
    out = Collected()
    keep = out.rows.append
    for line, cells in numbered_cells:
        try:
            keep(read(line, cells))
        except RowProblem as problem:
            out.errors.append(RowError(line, problem.msg))
            symptom = _resave_symptom(problem)
            if symptom is not None:
                out.resaved += 1
                out.resaved_example = out.resaved_example or symptom
    return out
