"""Running a row reader over a file's data rows, keeping good rows and row errors apart."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

from credithealth.domain import limits
from credithealth.domain.messages import Msg
from credithealth.domain.records import Account, Bill, Repayment, Transaction
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
# the bounds ``limits`` declares for those fields, which ``_surely_fits`` applies
_NAME = limits.MAX_NAME
_NOTE = limits.MAX_NOTE
_MAX_FEN = limits.MAX_FEN
_FIRST_DAY = limits.FIRST_DAY


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


def _surely_fits(t: Transaction, last: date) -> bool:
    """What ``limits.problems(t, today, FROM_THE_FILE)`` accepts, in one cheap expression
    (it runs on every row): True only when every field it checks is in range. False
    sends the row through ``limits`` itself, which finds the problem and words it."""
    a, at, eid, parent = t.amount_fen, t.occurred_at, t.external_id, t.parent_external_id
    category, counterparty, method, status = t.category, t.counterparty, t.method, t.status
    return (
        type(a) is int
        and 0 <= a <= _MAX_FEN
        and isinstance(at, datetime)
        and _FIRST_DAY <= at.date() <= last
        and type(category) is str
        and type(counterparty) is str
        and type(method) is str
        and type(status) is str
        and max(len(category), len(counterparty), len(method), len(status)) <= _NAME
        and type(t.description) is str
        and len(t.description) <= _NOTE
        and (eid is None or (type(eid) is str and len(eid) <= _NAME))
        and (parent is None or (type(parent) is str and len(parent) <= _NAME))
    )


def check_row(row: ParsedRow, today: date) -> ParsedRow:
    """A row the reader understood, refused if a value is out of range (``limits``)."""
    t = row.transaction
    hint = row.repayment
    if hint is None and _surely_fits(t, limits.last_day(today)):
        return row
    found = limits.problems(t, today, FROM_THE_FILE)
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
    out = Collected()
    keep = out.rows.append
    today = date.today()
    run = 0
    for line, cells in numbered_cells:
        try:
            keep(check_row(read(line, cells), today))
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
