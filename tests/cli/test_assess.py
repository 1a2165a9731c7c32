"""`assess` (table and JSON, without Qt) and `demo` (cli/assess.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from credithealth.cli import main
from tests.cli.helpers import DAY, FACTORS


def test_assess_json_has_the_design_shape(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(demo_path), "assess", "--on", DAY, "--json", "--lang", "en"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {
        "as_of",
        "verdict",
        "overall",
        "factors",
        "blockers",
        "missing_evidence",
        "projected_ready_on",
        "projection_assumes",
        "pending_application",
    }
    assert out["as_of"] == DAY
    assert out["verdict"] in {"likely", "not_yet", "blocked", "needs_data"}
    assert isinstance(out["overall"], int) and 0 <= out["overall"] <= 100
    assert set(out["factors"]) == FACTORS
    for f in out["factors"].values():
        assert set(f) == {"score", "evidence", "signals", "actions"}
        assert 0 <= f["score"] <= 100
        assert f["evidence"] in {"none", "thin", "enough"}
        assert isinstance(f["signals"], list) and isinstance(f["actions"], list)
        for s in f["signals"]:
            assert {"code", "message"} <= set(s)
    for b in out["blockers"]:
        assert set(b) == {"code", "message"}
        assert b["code"] in {
            "current_overdue",
            "security_incident_open",
            "recent_profile_change",
            "reapply_cooldown",
            "external_overdue",
        }
    for m in out["missing_evidence"]:
        assert set(m) == {"factor", "code", "message"} and m["factor"] in FACTORS
    assert out["projected_ready_on"] is None or len(out["projected_ready_on"]) == 10
    for x in out["projection_assumes"]:
        assert set(x) == {"code", "message"}
    p = out["pending_application"]
    assert p is None or set(p) == {"applied_on", "decision_from", "decision_to"}


def test_assess_is_repeatable(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["--db", str(demo_path), "assess", "--on", DAY, "--json"])
    first = capsys.readouterr().out
    main(["--db", str(demo_path), "assess", "--on", DAY, "--json"])
    assert capsys.readouterr().out == first


def test_assess_table_is_in_the_chosen_language(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(demo_path), "assess", "--on", DAY, "--lang", "zh_CN"]) == 0
    out = capsys.readouterr().out
    assert "信用状况:" in out and "结论:" in out
    assert "Credit status" not in out and "Verdict" not in out
    assert main(["--db", str(demo_path), "assess", "--on", DAY, "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Verdict:" in out and "As of:" in out
    assert "评估日期" not in out and "结论" not in out and "信用状况" not in out


def test_the_verdict_line_says_the_verdict_once(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(demo_path), "assess", "--on", DAY, "--lang", "en"]) == 0
    (line,) = [x for x in capsys.readouterr().out.splitlines() if x.startswith("Verdict:")]
    short = line.split(":", 1)[1].split("—")[0].strip()  # "Not yet", "Blocked", …
    assert line.count(short) == 1, line


def test_assess_on_an_empty_database_names_what_is_missing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "empty.sqlite3")
    assert main(["--db", db, "assess", "--on", DAY, "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Needs data — Not enough records yet to estimate" in out
    assert "Credit status: —  no data yet: Bills for at least 6 of the last 12 months" in out
    assert "/100 (" not in out  # no factor shows a score
    assert "Overall: —/100" in out  # nor the overall: missing factors would count 0
    assert "not within the next" not in out  # the date waits for records, not for time
    assert "no date until these records exist: the missing records listed above" in out
    # the weights and thresholds the verdict is measured against, as our estimate
    assert "Weights: Credit status 35%, Account security 20%" in out
    assert "not Alipay's model" in out
    assert main(["--db", db, "assess", "--on", DAY, "--json"]) == 0
    j = json.loads(capsys.readouterr().out)
    assert j["verdict"] == "needs_data" and j["projected_ready_on"] is None
    assert {f["evidence"] for f in j["factors"].values()} == {"none"}
    assert {m["factor"] for m in j["missing_evidence"]} == set(j["factors"])


def test_assess_lists_what_the_date_assumes_and_the_pending_application(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(demo_path), "assess", "--on", DAY, "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "  assuming: you keep paying every bill in full and on time" in out
    assert "property certificate" not in out.split("Credit status")[0]  # never assumed
    assert "Your application of 2026-11-23 is under review" in out


def test_assess_does_not_import_qt(demo_path: Path) -> None:
    code = (
        f"import sys; sys.argv = ['credit-health', '--db', {str(demo_path)!r}, 'assess', '--json'];\n"
        "from credithealth.cli import main; rc = main(sys.argv[1:]);\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph', 'shiboken6'))];\n"
        "print('QT:' + ','.join(bad)); sys.exit(rc)"
    )
    p = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert p.returncode == 0, p.stderr
    assert p.stdout.strip().splitlines()[-1] == "QT:"


def test_demo_refuses_a_non_empty_database(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(demo_path), "demo"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "empty" in err
