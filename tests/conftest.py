"""Test-wide set-up: offscreen Qt, and a private home so no test touches a user's data."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

_HOME = Path(tempfile.mkdtemp(prefix="credit-health-tests-"))
# offscreen, but with a desktop-sized screen (the default is 800x800, smaller than the window)
_SCREEN = _HOME / "offscreen.json"
_SCREEN.write_text(
    '{"screens": [{"name": "test", "x": 0, "y": 0, "width": 1920, "height": 1200,'
    ' "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}'
)
if not os.environ.get("CREDIT_HEALTH_E2E_DISPLAY"):
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"
os.environ["XDG_CONFIG_HOME"] = str(_HOME / "config")
os.environ["XDG_DATA_HOME"] = str(_HOME / "data")
os.environ["XDG_STATE_HOME"] = str(_HOME / "state")
os.environ["XDG_CACHE_HOME"] = str(_HOME / "cache")  # the demo database of Help → Open the demo
os.environ["XDG_RUNTIME_DIR"] = str(_HOME / "runtime")
(_HOME / "runtime").mkdir(mode=0o700)
os.environ["CREDIT_HEALTH_DB"] = str(_HOME / "data" / "default.sqlite3")
os.environ.setdefault("LANG", "en_US.UTF-8")

DATA = Path(__file__).parent / "data"


@pytest.fixture
def data_dir() -> Path:
    return DATA


@pytest.fixture(autouse=True)
def _no_holiday_notices() -> object:
    """Each test starts counting working days without notices (the store installs them)."""
    from credithealth.domain.workdays import use_notices

    use_notices([])
    yield
    use_notices([])


# under CI a skipped test fails the run (tests/ci_skips.py)
from tests.ci_skips import pytest_make_collect_report, pytest_runtest_makereport  # noqa: E402, F401
