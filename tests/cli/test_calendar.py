"""`credit-health calendar` and `credit-health workdays`."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import holidays
import pytest

from credithealth.cli import main

DATA = Path(__file__).parents[1] / "data" / "calendar"
NOTICE_2027 = DATA / "holiday-notice-2027-test.txt"
NOTICE_2026 = DATA / "holiday-notice-2026.txt"


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, object]:
    assert main([*argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_an_official_year(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = run_json(capsys, "--db", str(tmp_path / "c.sqlite3"), "calendar", "2026")
    assert out["year"] == 2026 and out["source"] == "official"
    assert "2026-02-16" in out["days_off"]
    assert out["make_up_workdays"] == [
        "2026-01-04",
        "2026-02-14",
        "2026-02-28",
        "2026-05-09",
        "2026-09-20",
        "2026-10-10",
    ]
    official = holidays.country_holidays("CN", years=[2026])
    for day in out["days_off"]:  # type: ignore[union-attr]
        assert not official.is_working_day(date.fromisoformat(day))


def test_an_estimated_year_then_its_notice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "c.sqlite3")
    out = run_json(capsys, "--db", db, "calendar", "2027")
    assert out["source"] == "statutory"
    assert out["make_up_workdays"] == []
    assert {"2027-01-01", "2027-02-05", "2027-02-08", "2027-10-03"} <= set(out["days_off"])  # type: ignore[arg-type]
    assert main(["--db", db, "calendar", "2027", "--lang", "zh_CN"]) == 0
    text = capsys.readouterr().out
    assert "调休上班日未知" in text and "来源: statutory" in text
    assert run_json(capsys, "--db", db, "workdays", "2026-12-31", "1") == {
        "from": "2026-12-31",
        "n": 1,
        "date": "2027-01-04",
        "source": "statutory",
    }
    assert main(["--db", db, "calendar", "--add-notice", str(NOTICE_2027), "--lang", "en"]) == 0
    assert "notice for 2027" in capsys.readouterr().out
    out = run_json(capsys, "--db", db, "calendar", "2027")
    assert out["source"] == "notice"
    assert "2027-02-20" in out["make_up_workdays"]  # type: ignore[operator]
    assert run_json(capsys, "--db", db, "workdays", "2027-02-19", "1")["date"] == "2027-02-20"
    assert run_json(capsys, "--db", db, "workdays", "2027-02-19", "1")["source"] == "notice"


def test_a_notice_it_cannot_read_is_refused_naming_the_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "c.sqlite3")
    bad = tmp_path / "bad.txt"
    bad.write_text(
        NOTICE_2027.read_text(encoding="utf-8").replace("5月8日（周六）上班", "5月8日（周六）值班"),
        encoding="utf-8",
    )
    assert main(["--db", db, "calendar", "--add-notice", str(bad), "--lang", "zh_CN"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert "4月25日(周日)、5月8日(周六)值班" in captured.err
    assert run_json(capsys, "--db", db, "calendar", "2027")["source"] == "statutory"


def test_a_notice_file_in_gb18030(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gbk = tmp_path / "notice.txt"
    gbk.write_bytes(NOTICE_2026.read_text(encoding="utf-8").encode("gb18030"))
    db = str(tmp_path / "c.sqlite3")
    assert main(["--db", db, "calendar", "--add-notice", str(gbk)]) == 0
    capsys.readouterr()
    assert run_json(capsys, "--db", db, "calendar", "2026")["source"] == "notice"


@pytest.mark.parametrize(
    "argv", [["calendar"], ["workdays", "2026-01-01", "0"], ["workdays", "x", "1"]]
)
def test_usage_errors(tmp_path: Path, argv: list[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        rc = main(["--db", str(tmp_path / "c.sqlite3"), *argv])
        raise SystemExit(rc)
    assert caught.value.code == 2


def test_a_year_outside_the_calendar(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(tmp_path / "c.sqlite3"), "calendar", "2150", "--lang", "en"]) == 1
    assert "1901–2100" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [["calendar", "2027", "--json"], ["workdays", "2026-12-31", "3", "--json"]],
)
def test_calendar_commands_do_not_import_qt(tmp_path: Path, argv: list[str]) -> None:
    args = ["credit-health", "--db", str(tmp_path / "c.sqlite3"), *argv]
    code = (
        f"import sys; sys.argv = {args!r};\n"
        "from credithealth.cli import main; rc = main(sys.argv[1:]);\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph', 'shiboken6'))];\n"
        "print('QT:' + ','.join(bad)); sys.exit(rc)"
    )
    p = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert p.returncode == 0, p.stderr
    assert p.stdout.strip().splitlines()[-1] == "QT:"


@pytest.mark.parametrize(
    ("change", "named"),
    [
        (("关于2027年部分节假日", "关于部分节假日"), "国务院办公厅关于YYYY年部分节假日安排的通知"),
        (("2月20日（周六）上班", "2月30日（周六）上班"), "2月30日(周六)上班"),
        (("6月9日放假。", "6月9日放假休息。"), "6月9日放假休息"),
    ],
)
def test_bad_notices_store_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], change: tuple[str, str], named: str
) -> None:
    db = str(tmp_path / "c.sqlite3")
    bad = tmp_path / "bad.txt"
    bad.write_text(NOTICE_2027.read_text(encoding="utf-8").replace(*change), encoding="utf-8")
    assert main(["--db", db, "calendar", "--add-notice", str(bad), "--lang", "zh_CN"]) == 1
    assert named in capsys.readouterr().err
    assert run_json(capsys, "--db", db, "calendar", "2027")["source"] == "statutory"
