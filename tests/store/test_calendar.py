"""Stored holiday notices: saved, replaced, removed, backed up, and counted with."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from credithealth.domain.holiday_notice import parse_notice
from credithealth.domain.workdays import is_workday, use_notices, year_source
from credithealth.store.calendar import (
    notice_record,
    notice_records,
    remove_notice,
    save_notice,
)
from credithealth.store.db import memory_db, open_db
from credithealth.store.errors import StoreError
from credithealth.store.json_backup import dump, parse_backup, restore_records, write_backup
from credithealth.store.schema import applied_steps

DATA = Path(__file__).parents[1] / "data" / "calendar"
TEXT_2027 = (DATA / "holiday-notice-2027-test.txt").read_text(encoding="utf-8")
TEXT_2026 = (DATA / "holiday-notice-2026.txt").read_text(encoding="utf-8")
TODAY = date(2026, 11, 20)


def test_the_migration_step_is_named() -> None:
    assert "m005_holiday_notices" in applied_steps(memory_db())


def test_a_saved_notice_counts_at_once_and_after_reopening(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    db = open_db(path)
    assert not is_workday(date(2027, 2, 5)) and not is_workday(date(2027, 2, 20))
    save_notice(db, parse_notice(TEXT_2027), TEXT_2027, TODAY)
    assert year_source(2027) == "notice"
    assert is_workday(date(2027, 2, 20))
    db.conn.close()
    use_notices([])  # as in a new process
    db = open_db(path)
    assert year_source(2027) == "notice"
    rec = notice_record(db, 2027)
    assert rec is not None and rec.text == TEXT_2027 and rec.added_on == TODAY
    assert remove_notice(db, 2027)
    assert year_source(2027) == "statutory"
    assert not is_workday(date(2027, 2, 20))
    assert notice_records(db) == []
    assert not remove_notice(db, 2027)


def test_a_notice_for_the_same_year_replaces_the_old_one() -> None:
    db = memory_db()
    save_notice(db, parse_notice(TEXT_2026), TEXT_2026, TODAY)
    altered = TEXT_2026.replace("、2月28日（周六）上班", "上班")
    save_notice(db, parse_notice(altered), altered, date(2026, 11, 21))
    assert [r.year for r in notice_records(db)] == [2026]
    assert not is_workday(date(2026, 2, 28))


def test_notices_are_in_the_backup_and_come_back(tmp_path: Path) -> None:
    db = memory_db()
    save_notice(db, parse_notice(TEXT_2027), TEXT_2027, TODAY)
    backup = tmp_path / "b.json"
    write_backup(db, backup)
    data = json.loads(backup.read_text(encoding="utf-8"))
    (stored,) = data["tables"]["holiday_notices"]
    assert stored["year"] == 2027
    assert "2027-02-20" in stored["make_up_workdays"]
    fresh = memory_db()
    assert year_source(2027) == "statutory"
    restore_records(
        fresh,
        parse_backup(backup.read_text(encoding="utf-8"), "b.json"),
        replace=False,
        file="b.json",
    )
    assert year_source(2027) == "notice"
    assert notice_records(fresh)[0].text == TEXT_2027


@pytest.mark.parametrize(
    "bad",
    [
        {"make_up_workdays": "2027-02-22"},  # a Monday cannot be a make-up working day
        {"days_off": "2027-02-30"},
        {"days_off": "2027-02-20", "make_up_workdays": "2027-02-20"},
        {"days_off": "2031-01-01"},
    ],
)
def test_a_damaged_notice_in_a_backup_restores_nothing(bad: dict[str, str]) -> None:
    db = memory_db()
    save_notice(db, parse_notice(TEXT_2027), TEXT_2027, TODAY)
    data = dump(db)
    data["tables"]["holiday_notices"][0].update(bad, text="")
    fresh = memory_db()
    with pytest.raises(StoreError) as caught:
        restore_records(
            fresh, parse_backup(json.dumps(data), "b.json"), replace=False, file="b.json"
        )
    assert "2027" in caught.value.msg.render("zh_CN")
    assert notice_records(fresh) == []
    assert year_source(2027) == "statutory"
