from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from credithealth.ui.app import launch as app
from credithealth.ui.app.launch import database_to_open
from credithealth.ui.common.app_settings import LAST_DB

ROOT = Path(__file__).resolve().parents[3]


def test_names_the_desktop_entry(qapp) -> None:  # type: ignore[no-untyped-def]
    # Wayland's app id and X11's window class tie the window to packaging/linux/<name>.desktop
    assert (ROOT / "packaging" / "linux" / f"{qapp.desktopFileName()}.desktop").is_file()


def test_never_loads_the_network_module(window) -> None:  # type: ignore[no-untyped-def]
    assert "PySide6.QtNetwork" not in sys.modules


def frozen(monkeypatch: pytest.MonkeyPatch, bundle: Path) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)


def test_bundle_environment_is_not_passed_on(monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bundle = tmp_path / "app" / "_internal"
    bundle.mkdir(parents=True)
    frozen(monkeypatch, bundle)
    env = {
        "LD_LIBRARY_PATH": f"{bundle}{os.pathsep}/opt/mine",
        "LD_LIBRARY_PATH_ORIG": "/opt/mine",
        "DYLD_LIBRARY_PATH": f"{bundle}{os.pathsep}/opt/dyld",
        "QT_PLUGIN_PATH": str(bundle / "PySide6" / "Qt" / "plugins"),
        "QML2_IMPORT_PATH": str(bundle / "PySide6" / "Qt" / "qml"),
        "HOME": "/home/me",
    }
    app.restore_child_environment(env)
    assert env == {
        "LD_LIBRARY_PATH": "/opt/mine",
        "DYLD_LIBRARY_PATH": "/opt/dyld",
        "HOME": "/home/me",
    }


def test_bundle_only_library_path_is_removed(monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    frozen(monkeypatch, tmp_path)
    env = {"LD_LIBRARY_PATH": str(tmp_path)}
    app.restore_child_environment(env)
    assert env == {}


def test_a_checkout_leaves_the_environment_alone(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delattr(sys, "frozen", raising=False)
    env = {"LD_LIBRARY_PATH": "/opt/mine", "QT_PLUGIN_PATH": "/opt/plugins"}
    app.restore_child_environment(env)
    assert env == {"LD_LIBRARY_PATH": "/opt/mine", "QT_PLUGIN_PATH": "/opt/plugins"}


def test_seconds_since_start() -> None:
    seconds, exact = app.seconds_since_start()
    assert 0 < seconds < 24 * 3600
    assert exact == sys.platform.startswith("linux")


def test_exit_after_shown_prints_the_startup_time(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "CREDIT_HEALTH_DB": str(tmp_path / "fresh.sqlite3"),
        "CREDIT_HEALTH_EXIT_AFTER_SHOWN": "1",
        "PYTHONPATH": str(ROOT / "desktop"),
    }
    p = subprocess.run(
        [sys.executable, "-m", "credithealth", "gui"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert p.returncode == 0, p.stderr
    assert re.fullmatch(r"window shown after \d+\.\d{3} s\n", p.stdout), p.stdout


def test_a_chinese_session_loads_qts_own_chinese_catalogue(tmp_path: Path) -> None:
    """The file dialog's and message boxes' own words come from qtbase_zh_CN.qm."""
    env = {
        **os.environ,
        "CREDIT_HEALTH_DB": str(tmp_path / "fresh.sqlite3"),
        "CREDIT_HEALTH_EXIT_AFTER_SHOWN": "1",
        "PYTHONPATH": str(ROOT / "desktop"),
        "LANG": "zh_CN.UTF-8",
        "LC_ALL": "zh_CN.UTF-8",
        "LANGUAGE": "zh_CN",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),  # no language chosen before
    }
    p = subprocess.run(
        [sys.executable, "-m", "credithealth", "gui"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert p.returncode == 0, p.stderr
    assert re.search(r"Qt's own translations: .*qtbase_zh_CN\.qm", p.stderr), p.stderr


def test_the_database_opened_without_db_is_the_last_one_chosen(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    default = tmp_path / "default.sqlite3"
    given = tmp_path / "given.sqlite3"
    last = tmp_path / "last.sqlite3"
    assert database_to_open(None, default) == default
    last.write_bytes(b"")
    QSettings().setValue(LAST_DB.key, str(last))
    try:
        assert database_to_open(None, default) == last
        assert database_to_open(given, default) == given  # --db / CREDIT_HEALTH_DB win
        last.unlink()
        assert database_to_open(None, default) == default  # a file since removed is not recreated
    finally:
        QSettings().remove(LAST_DB.key)
