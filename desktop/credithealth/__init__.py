"""Credit Health (信用健康): earn back a suspended consumer credit line, privately."""

from __future__ import annotations

APP_NAME = "Credit Health"
APP_NAME_ZH = "信用健康"
# the one place the version is written: pyproject.toml reads it from here (setuptools'
# ``attr:``), so the app never imports ``importlib.metadata`` (~15 ms at start-up) to learn it
__version__ = "0.1.0"
