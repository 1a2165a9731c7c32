"""store/driver.py's exception tuples take in SQLCipher's classes once sqlcipher3 is loaded
(an encrypted file's connection loads it), so an encrypted file's errors are still caught;
before that, a plain open never imports it."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from credithealth.store import driver


def test_encrypted_errors_are_caught(tmp_path: Path) -> None:
    conn = driver.raw_connect(tmp_path / "enc.sqlite3", passphrase="right")
    conn.execute("CREATE TABLE t (n INTEGER)")
    conn.commit()
    conn.close()
    wrong = driver.raw_connect(tmp_path / "enc.sqlite3", passphrase="wrong")
    with pytest.raises(driver.DatabaseError) as caught:
        wrong.execute("SELECT count(*) FROM sqlite_master").fetchone()
    wrong.close()
    assert not isinstance(caught.value, sqlite3.Error)  # SQLCipher's own class, caught all the same
    import sqlcipher3

    assert driver.Error == (sqlite3.Error, sqlcipher3.Error)
    assert driver.IntegrityError == (sqlite3.IntegrityError, sqlcipher3.IntegrityError)


def test_a_plain_connection_does_not_load_sqlcipher(tmp_path: Path) -> None:
    code = (
        "import sys, sqlite3\n"
        "from credithealth.store import driver\n"
        f"driver.raw_connect({str(tmp_path / 'plain.sqlite3')!r}).execute('SELECT 1')\n"
        "assert driver.Error == (sqlite3.Error,), driver.Error\n"
        "assert 'sqlcipher3' not in sys.modules\n"
    )
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert p.returncode == 0, p.stderr


def test_other_names_are_missing() -> None:
    with pytest.raises(AttributeError):
        driver.NoSuchThing  # noqa: B018
