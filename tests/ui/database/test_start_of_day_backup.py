"""An encrypt killed between two backups leaves some of them plain beside the encrypted
database; the app's start-of-day backup encrypts them before taking its own."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

from credithealth.store.encryption import encrypt, is_encrypted
from credithealth.store.file_backups import DEFAULT_POLICY, list_backups, take_backup
from credithealth.ui.database.backups import start_of_day_backup

KEY = "correct horse"


def test_plain_backups_left_beside_an_encrypted_database_are_encrypted(
    demo_file: Path, tmp_path: Path
) -> None:
    path = tmp_path / "mine.sqlite3"
    shutil.copyfile(demo_file, path)
    plain = take_backup(path, "manual", now=datetime(2026, 11, 25, 9))
    kept = tmp_path / "kept.sqlite3"
    shutil.copyfile(plain, kept)
    encrypt(path, KEY, now=datetime(2026, 11, 25, 10))
    shutil.copyfile(kept, plain)  # as if the encrypt had been killed before reaching it
    assert not is_encrypted(plain)
    taken = start_of_day_backup(path, datetime(2026, 11, 26, 9), KEY, DEFAULT_POLICY)
    assert taken is not None
    backups = list_backups(path)
    assert sorted(b.kind for b in backups) == ["daily", "manual", "preencrypt"]
    assert all(is_encrypted(b.path) for b in backups)
