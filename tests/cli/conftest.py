from __future__ import annotations

from pathlib import Path

import pytest

from credithealth.cli import main
from tests.cli.helpers import DAY


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    """A database filled with the demo as of ``DAY``."""
    path = tmp_path / "demo.sqlite3"
    assert main(["--db", str(path), "demo", "--today", DAY]) == 0
    return path
