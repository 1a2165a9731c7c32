"""What several command tests share: the day they run on, the five factors, running the
command as a process."""

from __future__ import annotations

import subprocess
import sys

DAY = "2026-11-26"
FACTORS = {"credit_status", "account_security", "personal_info", "consumption", "external_credit"}


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """``credit-health ARGS`` as its own process (``python -m credithealth``)."""
    return subprocess.run(
        [sys.executable, "-m", "credithealth", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
