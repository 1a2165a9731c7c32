"""Reading a PDF back as a reader would: text, fonts and metadata, through pypdf."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from pypdf import PdfReader


def text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def squash(s: str) -> str:
    """Without whitespace: line wraps and the gaps a PDF puts between words do not count."""
    return re.sub(r"\s+", "", s)


def fonts(path: Path) -> list[dict[str, Any]]:
    """Every font the pages use: its name and whether its glyphs are embedded."""
    out = []
    seen = set()
    for page in PdfReader(path).pages:
        resources = page.get("/Resources") or {}
        for ref in (resources.get("/Font") or {}).values():
            f = ref.get_object()
            name = str(f.get("/BaseFont"))
            if name in seen:
                continue
            seen.add(name)
            descendants = [d.get_object() for d in f.get("/DescendantFonts", [])] or [f]
            embedded = all(
                any(
                    k in (d.get("/FontDescriptor") or {})
                    for k in ("/FontFile", "/FontFile2", "/FontFile3")
                )
                for d in descendants
            )
            out.append({"name": name, "embedded": embedded, "unicode": "/ToUnicode" in f})
    return out
