"""``credit-health report``: a PDF from the command line, without a window."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

from tests.report.conftest import PAGES
from tests.report.pdftext import squash, text


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    return subprocess.run(
        [sys.executable, "-m", "credithealth", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
    )


def test_report_writes_a_pdf(seeded_template: Path, tmp_path: Path) -> None:
    out = tmp_path / "报告.pdf"
    p = run(
        "--db",
        str(seeded_template),
        "report",
        "--out",
        str(out),
        "--on",
        "2026-11-26",
        "--lang",
        "en",
    )
    assert p.returncode == 0, p.stderr
    assert p.stdout.strip() == f"Report written to {out} ({PAGES['en']} pages)."
    assert len(PdfReader(out).pages) == PAGES["en"]
    assert squash("Credit line readiness report") in squash(text(out))


def test_report_in_chinese_by_default_for_a_chinese_locale(
    seeded_template: Path, tmp_path: Path
) -> None:
    out = tmp_path / "r.pdf"
    env_lang = os.environ.get("LANG")
    os.environ["LANG"] = "zh_CN.UTF-8"
    try:
        p = run("--db", str(seeded_template), "report", "--out", str(out), "--on", "2026-11-26")
    finally:
        if env_lang is None:
            del os.environ["LANG"]
        else:
            os.environ["LANG"] = env_lang
    assert p.returncode == 0, p.stderr
    assert "报告已写入" in p.stdout
    assert squash("额度恢复准备报告") in squash(text(out))


def test_user_errors_are_one_line_and_exit_1(seeded_template: Path, tmp_path: Path) -> None:
    for args in (
        ("--db", str(seeded_template), "report", "--out", str(tmp_path / "no" / "r.pdf")),
        ("--db", str(seeded_template), "report", "--out", str(tmp_path)),
        ("--db", str(tmp_path / "missing.sqlite3"), "report", "--out", str(tmp_path / "r.pdf")),
    ):
        p = run(*args)
        assert p.returncode == 1, (args, p.stderr)
        assert p.stderr.count("\n") == 1 and "Traceback" not in p.stderr, p.stderr
    assert not (tmp_path / "missing.sqlite3").exists()  # a report never creates a database


def test_report_needs_an_out_file(seeded_template: Path) -> None:
    p = run("--db", str(seeded_template), "report")
    assert p.returncode == 2 and "--out" in p.stderr
