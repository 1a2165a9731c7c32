"""A broken Qt binding release (PySide6 6.12.0 on Python 3.11 aborts with none_dealloc after
a few thousand calls that return None) must fail CI, not users."""

from __future__ import annotations

import os
import subprocess
import sys

CODE = """
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for i in range(20_000):
    label.setText(str(i))
    app.processEvents()
print("ok")
"""


def test_twenty_thousand_none_returning_calls_exit_cleanly() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    p = subprocess.run(
        [sys.executable, "-c", CODE],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert p.returncode == 0, p.stderr[-2000:]
    assert p.stdout.strip() == "ok"
