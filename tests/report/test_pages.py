"""The page furniture: every page of the report carries its own number and the total."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.report.conftest import PAGES
from tests.report.pdftext import squash

NUMBER = {"zh_CN": "第{n}页，共{total}页", "en": "Page{n}of{total}"}


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_every_page_says_its_number_and_the_total(pdfs: dict[str, Path], lang: str) -> None:
    pages = PdfReader(pdfs[lang]).pages
    total = PAGES[lang]
    for n, page in enumerate(pages, start=1):
        text = squash(page.extract_text())
        assert NUMBER[lang].format(n=n, total=total) in text, f"page {n}"
        others = [m for m in range(1, total + 1) if m != n]
        assert not any(NUMBER[lang].format(n=m, total=total) in text for m in others)
