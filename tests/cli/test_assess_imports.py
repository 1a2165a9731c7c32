"""`credit-health assess` imports only what the verdict needs (issue 16: <= 0.2 s as a whole
process): not Qt, not sqlite-utils (with click, pluggy and dateutil: the open and the facts
are plain reads, store/database.py), not numpy or pandas, not the holidays package unless
a working day is counted, not importlib.metadata for the version."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from credithealth.cli import main

DAY = "2026-11-26"
NOT_NEEDED = (
    "PySide6",
    "shiboken6",
    "pyqtgraph",
    "numpy",
    "pandas",
    "holidays",
    "importlib.metadata",
    "sqlcipher3",  # a plain file needs only sqlite3 (store/driver.py)
    "sqlite_utils",
    "click",
    "pluggy",
    "dateutil",
)
# the app's own modules that the verdict does not use: writing, importing, printing, the
# validation limits (only parsing and saving check them), the records' generic repository
NOT_NEEDED_OWN = (
    "credithealth.ui",
    "credithealth.charts",
    "credithealth.report",
    "credithealth.importers",
    "credithealth.domain.limits",
    "credithealth.store.repo",
    "credithealth.store.imports",
    "credithealth.store.backup",
    "credithealth.store.snapshots",
    "credithealth.store.encryption",
    "credithealth.store.demo",
)


def _modules_after(code: str) -> set[str]:
    p = subprocess.run(
        [sys.executable, "-c", code + "\nprint('\\n'.join(sys.modules))"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert p.returncode == 0, p.stderr
    return set(p.stdout.split())


def test_assess_imports_nothing_it_does_not_use(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"  # no bills, no application: no working day counted
    assert main(["--db", str(path), "assess", "--on", DAY]) == 0
    loaded = _modules_after(
        "import io, sys, contextlib\n"
        "from credithealth.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    main(['--db', {str(path)!r}, 'assess', '--json', '--on', {DAY!r}])"
    )
    assert "credithealth.store.facts" in loaded  # it did run
    assert not {m for m in loaded if m.split(".")[0] in NOT_NEEDED or m in NOT_NEEDED}
    assert not {m for m in loaded if any(m == o or m.startswith(o + ".") for o in NOT_NEEDED_OWN)}


def test_numpy_stays_importable_after_the_store() -> None:
    """The store hides numpy from sqlite-utils only while loading it (at the first write);
    the charts still import it, and sqlite-utils works the same."""
    loaded = _modules_after(
        "import sys\n"
        "from credithealth.store.db import memory_db\n"
        "db = memory_db()\n"
        "db['t'].insert({'n': 1})\n"
        "assert 'numpy' not in sys.modules and 'sqlite_utils.db' in sys.modules\n"
        "import numpy\n"
        "db['t'].insert({'n': int(numpy.int64(3))})\n"
        "assert db.execute('SELECT n FROM t ORDER BY n').fetchall() == [(1,), (3,)]"
    )
    assert "numpy" in loaded


def test_the_version_is_still_there() -> None:
    import credithealth

    p = subprocess.run(
        [sys.executable, "-m", "credithealth", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert p.returncode == 0 and p.stdout == f"credit-health {credithealth.__version__}\n"
