"""Every sentence the importers can show exists in English and Chinese."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from credithealth.domain.messages import LANGS, Msg, catalog
from credithealth.importers import FORMATS
from credithealth.importers.messages import FORMAT_NAMES, format_name


def test_every_importer_code_has_both_languages() -> None:
    codes = [c for c in catalog() if c.startswith("importers.")]
    assert len(codes) > 20
    for code in codes:
        entry = catalog()[code]
        assert set(entry) == set(LANGS), code
        assert all(entry[lang].strip() for lang in LANGS), code


def test_every_format_has_a_name() -> None:
    assert set(FORMAT_NAMES) == set(FORMATS)
    for code in FORMATS:
        for lang in LANGS:
            assert format_name(code).render(lang)


def test_nested_messages_render_in_the_same_language() -> None:
    reason = Msg("importers.row.bad_amount", {"field": "金额", "value": "abc"})
    msg = Msg(
        "importers.no_readable_rows", {"name": "a.csv", "count": 2, "line": 25, "reason": reason}
    )
    assert msg.render("zh_CN").endswith("金额“abc”不是有效金额。")
    assert msg.render("en").endswith("金额 “abc” is not an amount of money.")


def test_importers_know_no_qt_and_no_sql() -> None:
    desktop = Path(__file__).resolve().parents[2] / "desktop"
    code = (
        "import sys, credithealth.importers;"
        "bad = [m for m in ('sqlite3', 'sqlite_utils', 'PySide6', 'pyqtgraph')"
        " if m in sys.modules];"
        "print(bad); sys.exit(bool(bad))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env={"PYTHONPATH": str(desktop)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
