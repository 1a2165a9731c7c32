"""Running a row reader over a file's data rows, keeping good rows and row errors apart."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

from credithealth.domain import limits
from credithealth.domain.messages import Msg
from credithealth.domain.records import Account, Bill, Repayment
from credithealth.importers.errors import BillFileError, RowProblem
from credithealth.importers.parsed import ParsedRow, RowError
from credithealth.importers.times import looks_excel_resaved

ReadRow = Callable[[int, list], ParsedRow]

# A hostile file can hold millions of unreadable rows: keep the first ones to show,
# count the rest, and give up on a file whose rows stop making sense for this long.
MAX_KEPT_ERRORS = 1000
MAX_UNREADABLE_RUN = 500
# the fields a bill file decides (the reader sets kind, direction, source and flags itself
# from fixed vocabularies): checked on every row, so only these
FROM_THE_FILE = (
    "occurred_at",
    "amount_fen",
    "category",
    "counterparty",
    "description",
    "method",
    "status",
    "external_id",
    "parent_external_id",
)


@dataclass(slots=True)
class Collected:
    rows: list[ParsedRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)  # the first MAX_KEPT_ERRORS
    unreadable: int = 0  # every unreadable row, kept or not
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


def check_row(row: ParsedRow, today: date) -> ParsedRow:
    """A row the reader understood, refused if a value is out of range (``limits``)."""
    found = limits.problems(row.transaction, today, FROM_THE_FILE)
    hint = row.repayment
    if not found and hint is not None:
        # what the store makes of the hint: a repayment, the account it names, its bill's month
        msg = (
            limits.field_problem(Repayment, "amount_fen", hint.amount_fen, today)
            or limits.field_problem(Repayment, "paid_on", hint.paid_on, today)
            or limits.field_problem(Account, "name", hint.account_name, today)
            or limits.field_problem(Bill, "period", hint.period, today)
        )
        found = [limits.Problem("repayment", msg)] if msg else []
    if found:
        raise RowProblem(found[0].msg)
    return row


def collect(numbered_cells: Iterable[tuple[int, list]], read: ReadRow, name: str) -> Collected:
    """Every row ``read`` accepts (it checks ranges too: ``fields.RowReader``), and the
    errors of those it refuses."""
    out = Collected()
    keep = out.rows.append
    run = 0
    for line, cells in numbered_cells:
        try:
            keep(read(line, cells))
            run = 0
        except RowProblem as problem:
            out.unreadable += 1
            if len(out.errors) < MAX_KEPT_ERRORS:
                out.errors.append(RowError(line, problem.msg))
            symptom = _resave_symptom(problem)
            if symptom is not None:
                out.resaved += 1
                out.resaved_example = out.resaved_example or symptom
            run += 1
            if run > MAX_UNREADABLE_RUN and out.resaved * 2 < out.unreadable:
                raise BillFileError(
                    Msg("importers.unreadable_run", {"name": name, "count": run, "line": line})
                ) from None
    return out
