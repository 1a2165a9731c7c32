"""Where the app's resources live: a source checkout, an installed tree, or a bundle."""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    """The ``resources/`` folder: fonts, icons, translations, rules.

    ``CREDIT_HEALTH_RESOURCES`` wins; a PyInstaller bundle keeps it beside the
    code (``sys._MEIPASS``); a checkout (editable install) has it at the top.
    """
    env = os.environ.get("CREDIT_HEALTH_RESOURCES")
    candidates = [Path(env)] if env else []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources")
    candidates.append(Path(__file__).resolve().parents[2] / "resources")
    for c in candidates:
        if (c / "rules.toml").is_file():
            return c
    raise FileNotFoundError(
        "resources/ not found (looked in: " + ", ".join(map(str, candidates)) + ")"
    )


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
