"""Long notes cost report time in proportion to their length, and end in "…" on the page."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlite_utils import Database

from credithealth.report import build_report
from credithealth.report.layout import MAX_CELL_CHARS, MAX_PARAGRAPH_CHARS, clipped
from credithealth.report.mask import mask_text
from credithealth.report.output import write_pdf
from tests.report.conftest import DEMO_DAY
from tests.report.pdftext import squash, text


def test_the_email_mask_reads_a_long_run_once() -> None:
    # each start inside the run used to be scanned to its end: minutes for 100 KB
    run = "x" * 300_000
    assert mask_text(run) == run
    assert mask_text(run + "@example.com").endswith("***@example.com")


def test_clipped_marks_the_cut() -> None:
    assert clipped("abc", 3) == "abc"
    assert clipped("abcdef", 4) == "abc…"
    assert len(clipped("x" * 10**6, MAX_CELL_CHARS)) == MAX_CELL_CHARS


@pytest.mark.parametrize("unit", ["长备注 long note words ", "x"])
def test_100_kb_of_notes_are_cut_with_an_ellipsis(
    seeded_db: Database, report_app: object, tmp_path: Path, unit: str
) -> None:
    # 100 KB: ten times what a form or a backup lets in, as a file edited outside the app has
    note = (unit * (100_000 // len(unit) + 1))[:100_000]
    seeded_db.execute(
        "UPDATE accounts SET notes = ? WHERE id = (SELECT min(id) FROM accounts)", [note]
    )
    seeded_db.execute("UPDATE checkups SET notes = ?", [note])
    seeded_db.execute("UPDATE applications SET feedback = ?", [note])
    seeded_db.execute("UPDATE security_events SET notes = ?", [note])
    seeded_db.conn.commit()
    out = tmp_path / "r.pdf"
    pages = write_pdf(build_report(seeded_db, DEMO_DAY, "en"), out)
    assert pages < 30
    body = squash(text(out))
    assert "…" in body
    longest = max(len(chunk) for chunk in body.split("…"))
    assert longest < 20 * MAX_PARAGRAPH_CHARS  # no note is printed whole
