"""The command as a whole (cli/main.py): languages, usage errors, a bad database, --version."""

from __future__ import annotations

import contextlib
import io
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from credithealth.cli import main
from tests.cli.helpers import DAY, run

cli_main = sys.modules["credithealth.cli.main"]  # (the package's ``main`` is the function)


def test_the_system_language_and_a_global_lang(
    demo_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert main(["--db", str(demo_path), "assess", "--on", DAY]) == 0
    assert "结论:" in capsys.readouterr().out
    assert main(["--lang", "en", "--db", str(demo_path), "assess", "--on", DAY]) == 0
    assert "Verdict:" in capsys.readouterr().out


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    p = run("--db", str(tmp_path / "x.sqlite3"), "assess", "--on", "yesterday")
    assert p.returncode == 2
    assert "not a date" in p.stderr


def test_bad_database_is_one_line_exit_1(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"garbage" * 1000)
    p = run("--db", str(junk), "assess")
    assert p.returncode == 1
    assert p.stderr.count("\n") == 1 and "Traceback" not in p.stderr


def test_version() -> None:
    p = run("--version")
    assert p.returncode == 0 and p.stdout.startswith("credit-health ")


WORDS = st.sampled_from(
    [
        "--db", "--db=a.sqlite3", "a.sqlite3", "--lang", "--lang=en", "en", "zh_CN", "fr",
        "--read-only", "--passphrase-file", "key.txt", "gui", "assess", "--json", "-h",
        "--version", "--d", "--", "-x",
    ]
)  # fmt: skip


def parsed(gui_only: bool, argv: list[str]) -> object:
    """The namespace, or the exit a usage error makes (argparse's own)."""
    try:
        return vars(cli_main.build_parser(gui_only=gui_only).parse_args(argv))
    except SystemExit as stop:
        return ("exit", stop.code)


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=6))
def test_a_window_command_line_is_read_alike_by_both_parsers(argv: list[str]) -> None:
    if not cli_main.opens_the_window(argv):
        return
    with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(io.StringIO()):
        assert parsed(True, argv) == parsed(False, argv)


@pytest.mark.parametrize(
    ("argv", "window"),
    [
        ([], True),
        (["gui"], True),
        (["--db", "a.sqlite3", "--lang", "zh_CN", "--read-only", "gui"], True),
        (["--db=a.sqlite3"], True),
        (["--db", "a.sqlite3", "assess"], False),
        (["gui", "--json"], False),
        (["--d", "a.sqlite3"], False),  # argparse's abbreviations: the whole parser decides
        (["--db"], False),
        (["-h"], False),
        (["--version"], False),
    ],
)
def test_which_command_lines_open_the_window(argv: list[str], window: bool) -> None:
    assert cli_main.opens_the_window(argv) is window


def test_a_command_keeps_the_start_up_cache_for_the_next(
    demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os
    import stat
    import subprocess

    from credithealth import startup_cache

    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    cmd = [sys.executable, "-m", "credithealth", "--db", str(demo_path), "assess", "--json"]
    first = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60, check=True)
    file = tmp_path / "cache" / "CreditHealth" / startup_cache.FILE_NAME
    assert stat.S_IMODE(file.stat().st_mode) == 0o600
    written = file.stat().st_mtime_ns
    codes, tables, _calendars = startup_cache.read(file)
    assert codes and tables  # the domain's classes; the rules and the domain's sentences
    again = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60, check=True)
    assert again.stdout == first.stdout
    assert file.stat().st_mtime_ns == written  # nothing new: not written again
