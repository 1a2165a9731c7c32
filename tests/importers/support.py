"""Shared by the importer tests: where the sample files are, and row lookups."""

from __future__ import annotations

from pathlib import Path

from credithealth.importers import ParsedFile, ParsedRow, read_bill_file

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "importers"
PASSWORD = "123456"


def sample(name: str) -> Path:
    return SAMPLES / name


def read_sample(name: str, password: str | None = PASSWORD) -> ParsedFile:
    return read_bill_file(sample(name), password)


def by_id(parsed: ParsedFile) -> dict[str, ParsedRow]:
    """Rows keyed by their order number (the samples give every row one)."""
    return {r.transaction.external_id: r for r in parsed.rows if r.transaction.external_id}
