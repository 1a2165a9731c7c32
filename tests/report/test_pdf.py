"""The PDF as a reader gets it: searchable text in the chosen language, masked numbers,
embedded fonts, metadata, a structure qpdf accepts, and the same bytes of text every time."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from credithealth.domain.messages import Msg
from credithealth.domain.rules import FACTORS
from credithealth.report import build_report, pdf_bytes, write_pdf
from credithealth.store.db import open_db
from tests.report.conftest import (
    CARD_MASKED,
    DEMO_DAY,
    EMAIL_MASKED,
    GROUPED_MASKED,
    NAME,
    PAGES,
    PHONE_MASKED,
    SECRETS,
)
from tests.report.pdftext import fonts, squash, text

LANGS = ("zh_CN", "en")


@pytest.mark.parametrize("lang", LANGS)
def test_text_says_the_verdict_and_names_every_factor(pdfs: dict[str, Path], lang: str) -> None:
    found = squash(text(pdfs[lang]))
    for key in FACTORS:
        assert squash(Msg(f"factor.{key}").render(lang)) in found, key
    verdicts = [
        v
        for v in ("likely", "not_yet", "blocked")
        if squash(Msg(f"verdict.{v}").render(lang)) in found
    ]
    assert verdicts == ["not_yet"]
    disclaimer = {"zh_CN": "并非支付宝的审核结论", "en": "It is not Alipay's decision"}[lang]
    assert squash(disclaimer) in found
    other = {"zh_CN": "Credit status", "en": "信用状况"}[lang]
    assert squash(other) not in found  # the other language's factor names stay out


@pytest.mark.parametrize("lang", LANGS)
def test_private_numbers_are_masked_everywhere(pdfs: dict[str, Path], lang: str) -> None:
    raw = text(pdfs[lang])
    found = squash(raw)
    for masked in (PHONE_MASKED, CARD_MASKED, GROUPED_MASKED, EMAIL_MASKED):
        assert masked in found, masked
    for secret in SECRETS:
        assert squash(secret) not in found, secret
    assert NAME not in found  # not asked to print the name: masked in free text too
    assert not re.search(r"\d{11,}", raw)


@pytest.mark.parametrize("lang", LANGS)
def test_page_count_and_page_numbers(pdfs: dict[str, Path], lang: str) -> None:
    reader = PdfReader(pdfs[lang])
    assert len(reader.pages) == PAGES[lang]
    last = squash(reader.pages[-1].extract_text())
    expected = {
        "zh_CN": f"第{PAGES[lang]}页，共{PAGES[lang]}页",
        "en": f"Page{PAGES[lang]}of{PAGES[lang]}",
    }
    assert expected[lang] in last
    box = reader.pages[0].mediabox
    assert (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)) == (210, 297)


@pytest.mark.parametrize("lang", LANGS)
def test_fonts_are_embedded_and_the_cjk_font_is_used(pdfs: dict[str, Path], lang: str) -> None:
    used = fonts(pdfs[lang])
    assert used and all(f["embedded"] and f["unicode"] for f in used), used
    # the bundled face, under its own name: never a system font of the same family
    assert {f["name"].split("+")[-1] for f in used} <= {
        "/CreditHealthNotoSansSC-Regular",
        "/CreditHealthNotoSansSC-Bold",
    }, used


@pytest.mark.skipif(not shutil.which("pdffonts"), reason="pdffonts not installed (poppler-utils)")
def test_pdffonts_agrees(pdfs: dict[str, Path]) -> None:
    out = subprocess.run(
        ["pdffonts", str(pdfs["zh_CN"])], capture_output=True, text=True, check=True
    ).stdout
    rows = out.splitlines()[2:]
    assert rows and all(" yes " in r for r in rows), out


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="pdftotext not installed (poppler-utils)")
@pytest.mark.parametrize("lang", LANGS)
def test_a_pdf_viewer_reads_real_ideographs(pdfs: dict[str, Path], lang: str) -> None:
    """Copying or searching gives 用, not the Kangxi radical ⽤ that shares its glyph in the
    full Noto font (a system's font of the same family once slipped in that way)."""
    out = subprocess.run(
        ["pdftotext", str(pdfs[lang]), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert not [c for c in out if 0x2E80 <= ord(c) <= 0x2FDF]
    for key in FACTORS:
        assert Msg(f"factor.{key}").render(lang) in out, key


@pytest.mark.skipif(not shutil.which("qpdf"), reason="qpdf not installed: apt-get install qpdf")
@pytest.mark.parametrize("lang", LANGS)
def test_qpdf_check_passes(pdfs: dict[str, Path], lang: str) -> None:
    p = subprocess.run(
        ["qpdf", "--check", str(pdfs[lang])], capture_output=True, text=True, check=False
    )
    assert p.returncode == 0, p.stdout + p.stderr


def test_metadata_uses_the_report_date(pdfs: dict[str, Path]) -> None:
    reader = PdfReader(pdfs["zh_CN"])
    meta = reader.metadata
    assert meta is not None
    assert meta.title == f"额度恢复准备报告 {DEMO_DAY.isoformat()}"
    assert meta.author == "Credit Health"
    assert meta.creator.startswith("Credit Health")
    assert meta["/CreationDate"].startswith("D:20261126000000")
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode()
    assert "<rdf:li>zh-CN</rdf:li>" in xmp and "2026-11-26T00:00:00Z" in xmp
    en = PdfReader(pdfs["en"])
    assert (
        "<rdf:li>en</rdf:li>" in en.trailer["/Root"]["/Metadata"].get_object().get_data().decode()
    )


def test_same_data_date_and_language_give_the_same_text(
    seeded_template: Path, report_app: object, tmp_path: Path
) -> None:
    db = open_db(seeded_template, create=False)
    try:
        first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
        write_pdf(build_report(db, DEMO_DAY, "zh_CN"), first)
        write_pdf(build_report(db, DEMO_DAY, "zh_CN"), second)
        assert text(first) == text(second)
        assert PdfReader(first).metadata == PdfReader(second).metadata
    finally:
        db.conn.close()


def test_the_name_is_printed_only_when_asked(seeded_db: object, report_app: object) -> None:
    shown = build_report(seeded_db, DEMO_DAY, "zh_CN", include_name=True, name=NAME)  # type: ignore[arg-type]
    assert shown.cover.prepared_for == f"为 {NAME} 准备"
    import io

    from pypdf import PdfReader as Reader

    data = pdf_bytes(shown)
    first_page = squash(Reader(io.BytesIO(data)).pages[0].extract_text())
    assert squash(f"为 {NAME} 准备") in first_page
