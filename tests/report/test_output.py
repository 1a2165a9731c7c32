"""Previews, progress and cancelling, and writing over files."""

from __future__ import annotations

import re
from collections.abc import Generator
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlite_utils import Database

from credithealth.report import (
    ReportCancelled,
    build_report,
    paint_images,
    paint_pdf,
    pdf_bytes,
    render_pages,
    save_pdf,
    write_pdf,
)
from credithealth.report.style import MARGIN_X, PAGE_H, PAGE_W
from tests.report.conftest import DEMO_DAY, PAGES


def test_previews_are_the_pdf_pages(
    seeded_db: Database, report_app: object, tmp_path: Path
) -> None:
    model = build_report(seeded_db, DEMO_DAY, "en")
    seen: list[tuple[int, int]] = []
    images = render_pages(
        model, 60, progress=lambda done, total: seen.append((done, total)) is None
    )
    assert len(images) == PAGES["en"] == seen[-1][1]
    assert [d for d, _ in seen] == list(range(1, PAGES["en"] + 1))
    assert (images[0].width(), images[0].height()) == (
        round(PAGE_W * 60 / 96),
        round(PAGE_H * 60 / 96),
    )
    assert round(images[0].dotsPerMeterX() * 0.0254) == 60
    # the cover's verdict flag has a bar in the verdict's colour (amber for "not yet")
    bar = images[0].pixelColor(round((MARGIN_X + 3) * 60 / 96), round(images[0].height() * 0.25))
    assert bar.red() > bar.blue() + 100


def test_cancelling_leaves_no_file(seeded_db: Database, report_app: object, tmp_path: Path) -> None:
    model = build_report(seeded_db, DEMO_DAY, "zh_CN")
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(ReportCancelled):
        write_pdf(model, folder / "r.pdf", progress=lambda done, total: done < 3)
    assert list(folder.iterdir()) == []
    with pytest.raises(ReportCancelled):
        render_pages(model, 30, progress=lambda done, total: False)


def test_an_existing_file_is_replaced_whole(
    seeded_db: Database, report_app: object, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "r.pdf"
    out.write_bytes(b"old")
    pages = write_pdf(build_report(seeded_db, DEMO_DAY, "en"), out)
    assert pages == len(PdfReader(out).pages)
    assert [p.name for p in folder.iterdir()] == ["r.pdf"]


def test_an_unwritable_place_names_the_file(
    seeded_db: Database, report_app: object, tmp_path: Path
) -> None:
    out = tmp_path / "missing" / "r.pdf"
    with pytest.raises(OSError) as err:
        write_pdf(build_report(seeded_db, DEMO_DAY, "en"), out)
    assert err.value.filename == str(out)


def test_a_page_at_a_time_gives_the_same_pages(
    seeded_db: Database, report_app: object, tmp_path: Path
) -> None:
    """What an app drives step by step (its window turning between pages) is the same
    PDF, and the same preview, as the one-call functions make."""
    model = build_report(seeded_db, DEMO_DAY, "en")
    seen, data = _run(paint_pdf(model))
    assert seen == [(n, PAGES["en"]) for n in range(1, PAGES["en"] + 1)]
    assert _without_id(data) == _without_id(pdf_bytes(model))
    out = tmp_path / "r.pdf"
    save_pdf(data, out)
    assert len(PdfReader(out).pages) == PAGES["en"]
    images = [image for image, _total in paint_images(model, 30)]
    assert [i.size() for i in images] == [i.size() for i in render_pages(model, 30)]


def test_closing_the_steps_early_stops_cleanly(seeded_db: Database, report_app: object) -> None:
    steps = paint_pdf(build_report(seeded_db, DEMO_DAY, "zh_CN"))
    page, total = next(steps)  # (without the cover's name the count can differ from PAGES)
    assert page == 1 and total > 1
    steps.close()  # painter ended, charts freed: nothing left to warn about
    previews = paint_images(build_report(seeded_db, DEMO_DAY, "zh_CN"), 30)
    next(previews)
    previews.close()


def test_saving_cancelled_before_the_swap_keeps_the_old_file(tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    out.write_bytes(b"old")
    with pytest.raises(ReportCancelled):
        save_pdf(b"%PDF-new", out, cancelled=lambda: True)
    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["r.pdf"]
    save_pdf(b"%PDF-new", out, cancelled=lambda: False)
    assert out.read_bytes() == b"%PDF-new"


def _run(steps: Generator[tuple[int, int], None, bytes]) -> tuple[list[tuple[int, int]], bytes]:
    seen = []
    while True:
        try:
            seen.append(next(steps))
        except StopIteration as stop:
            return seen, stop.value


def _without_id(data: bytes) -> bytes:
    # the trailer's /ID is a fresh random UUID in every file Qt writes
    return re.sub(rb"/ID \[[^\]]*\]", b"", data)
