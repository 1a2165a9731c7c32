"""Nothing leaves the machine: no network module, no connection attempt, no personal data in logs.

The whole suite runs with sockets disabled (pytest-socket, ``--disable-socket``);
these tests also watch for attempts that a broad ``except`` might have hidden.
"""

from __future__ import annotations

import logging
import re
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from credithealth.cli import main

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "desktop" / "credithealth"
DAY = "2026-11-26"

_IMPORT_ALL = """
import importlib, pkgutil, sys
import credithealth
names = [m.name for m in pkgutil.walk_packages(credithealth.__path__, "credithealth.")
         if m.name != "credithealth.__main__"]
for name in names:
    importlib.import_module(name)
print(len(names), "PySide6.QtNetwork" in sys.modules)
"""


def test_no_module_imports_qt_network() -> None:
    p = subprocess.run(
        [sys.executable, "-c", _IMPORT_ALL],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={"PYTHONPATH": str(ROOT / "desktop"), "QT_QPA_PLATFORM": "offscreen"},
    )
    assert p.returncode == 0, p.stderr
    count, qt_network = p.stdout.split()
    assert int(count) > 20 and qt_network == "False"


def test_no_source_mentions_a_network_module() -> None:
    pattern = re.compile(
        r"^\s*(from|import)\b[^\n]*\b(QtNetwork|QtWebSockets)\b"
        r"|^\s*(from|import)\s+(socket|urllib|http|requests)\b",
        re.MULTILINE,
    )
    offenders = [
        str(f.relative_to(ROOT))
        for f in PACKAGE.rglob("*.py")
        if pattern.search(f.read_text(encoding="utf-8"))
    ]
    assert offenders == []


@pytest.fixture
def network_guard(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record (and refuse) every attempt to reach out, even one that would be caught."""
    attempts: list[str] = []

    def refuse(what: str):  # type: ignore[no-untyped-def]
        def call(*args: Any, **kwargs: Any) -> Any:
            attempts.append(f"{what}{args[:2]}")
            raise OSError("network use in a test")

        return call

    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    monkeypatch.setattr(socket.socket, "connect", refuse("connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("connect_ex"))
    return attempts


# a run of 3+ digits (amounts, card and phone numbers, order numbers) or a yuan sign
PERSONAL = re.compile(r"\d{3,}|¥|￥")


def test_cli_main_paths_reach_no_network_and_log_nothing_personal(
    tmp_path: Path,
    network_guard: list[str],
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    caplog.set_level(logging.DEBUG)
    db = ["--db", str(tmp_path / "c.sqlite3")]
    (tmp_path / "p1").write_text("first\n")
    (tmp_path / "p2").write_text("second\n")
    json_backup = str(tmp_path / "b.json")
    runs = [
        [*db, "demo", "--today", DAY],
        [*db, "assess", "--on", DAY],
        [*db, "assess", "--on", DAY, "--json", "--lang", "zh_CN"],
        [*db, "backup", json_backup],
        [*db, "restore", json_backup, "--replace"],
        [*db, "backups"],
        [*db, "encrypt", "--new-passphrase-file", str(tmp_path / "p1"), "--yes"],
        [
            *db,
            "--passphrase-file",
            str(tmp_path / "p1"),
            "rekey",
            "--new-passphrase-file",
            str(tmp_path / "p2"),
        ],
        [*db, "--passphrase-file", str(tmp_path / "p2"), "assess", "--on", DAY],
        [*db, "--passphrase-file", str(tmp_path / "p2"), "decrypt"],
        [*db, "--read-only", "assess", "--on", DAY],
    ]
    for argv in runs:
        assert main(argv) == 0, (argv, capsys.readouterr().err)
    assert network_guard == []
    leaks = [r.getMessage() for r in caplog.records if PERSONAL.search(r.getMessage())]
    assert leaks == []
