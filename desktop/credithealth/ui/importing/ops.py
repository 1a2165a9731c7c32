"""The import dialog's work off the GUI thread: reading a bill file with its dry run
against the database (nothing written), and importing every ready file in one
transaction, reporting rows done and stopping when cancelled (everything rolled back).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from credithealth.importers import ParsedFile, read_bill_file
from credithealth.store.atomic import write_transaction
from credithealth.store.imports import ImportPreview, ImportResult, import_bill, preview_import
from credithealth.ui.common.session import Session
from credithealth.ui.common.worker import Progress


def read_with_preview(
    path: Path, password: str | None, session: Session
) -> tuple[ParsedFile, ImportPreview]:
    parsed = read_bill_file(path, password)
    return parsed, preview_import(session.worker_db(), parsed)


def rows_in(bills: Sequence[ParsedFile]) -> int:
    """What the progress bar counts to (at least 1)."""
    return sum(len(b.rows) for b in bills) or 1


def import_all(
    session: Session, bills: Sequence[ParsedFile]
) -> Callable[[Progress], list[ImportResult]]:
    """The work for ``run_op``: every file, or none."""
    total = rows_in(bills)

    def work(progress: Progress) -> list[ImportResult]:
        db = session.worker_db()
        results: list[ImportResult] = []
        base = 0
        with write_transaction(db):  # every file, or none
            for bill in bills:

                def step(done: int, _total: int, base: int = base) -> bool:
                    progress.report(base + done, total, "")
                    return not progress.cancelled

                results.append(import_bill(db, bill, progress=step))
                base += len(bill.rows)
        return results

    return work
