"""Chart colours, light and dark: one small table so the dashboard and the report agree.

Colours are hex text (no Qt here), so the report can use the same verdict colours for
its own drawing. The dashboard follows the system palette with ``palette_for(dark)``.
"""

from __future__ import annotations

from dataclasses import dataclass

from credithealth.domain.rules import FACTORS


@dataclass(frozen=True, slots=True)
class Palette:
    name: str
    background: str
    foreground: str  # text and axis labels
    axis: str
    grid: str
    factors: dict[str, str]  # one line colour per factor key
    overall: str
    threshold: str
    now: str  # the radar's current polygon
    before: str  # the radar's earlier polygon
    verdict: dict[str, str]  # likely, not_yet, blocked
    sesame_bands: dict[str, str]  # band key -> translucent fill behind the Sesame line
    sesame_line: str
    on_time: str
    late: str
    past_due: str
    huabei: str
    other_spending: str
    crosshair: str


# Okabe–Ito hues: told apart by people with the common colour-vision deficiencies
_FACTOR_HUES = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9")
_VERDICT_KEYS = ("likely", "not_yet", "blocked", "needs_data")
_SESAME_BAND_KEYS = ("poor", "fair", "good", "very_good", "excellent")


def _keyed(keys: tuple[str, ...], colours: tuple[str, ...]) -> dict[str, str]:
    """One colour per key, in the keys' order (each palette lists only its colours)."""
    return dict(zip(keys, colours, strict=True))


# every colour once per theme, side by side: (light, dark)
_COLOURS: dict[str, tuple[str, str]] = {
    "background": ("#ffffff", "#1e2322"),
    "foreground": ("#1f2d2b", "#e3e8e7"),
    "axis": ("#5f6b69", "#a7b1af"),
    "grid": ("#dde3e2", "#39403f"),
    "overall": ("#1f2d2b", "#f2f5f4"),
    "threshold": ("#c62828", "#ef6b6b"),
    "now": ("#1677ff", "#5b9dff"),
    "before": ("#8a9491", "#9aa5a2"),
    "sesame_line": ("#0b6e4f", "#5fd3a4"),
    "on_time": ("#2e7d32", "#4caf6e"),
    "late": ("#c62828", "#ef6b6b"),
    "past_due": ("#6a1b9a", "#c58af0"),
    "huabei": ("#1677ff", "#5b9dff"),
    "other_spending": ("#b0bec5", "#6b7b82"),
    "crosshair": ("#8a9491", "#9aa5a2"),
}
_KEYED: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    # role: (keys, light colours, dark colours)
    "factors": (FACTORS, _FACTOR_HUES, ("#4ea3e0", "#f0b43c", "#2fc39a", "#e08cc0", "#8fd0f5")),
    "verdict": (
        _VERDICT_KEYS,
        ("#1a7f37", "#b7791f", "#c62828", "#6b7280"),
        ("#4caf6e", "#e0a83a", "#ef6b6b", "#9ca3af"),
    ),
    "sesame_bands": (
        _SESAME_BAND_KEYS,
        ("#f6d5d2", "#fbe6c4", "#fdf3c9", "#dcefd9", "#c4e6cd"),
        ("#4a2a2a", "#4a3b22", "#45431f", "#27422c", "#1f4a33"),
    ),
}


def _theme(name: str, dark: bool) -> Palette:
    plain = {role: pair[dark] for role, pair in _COLOURS.items()}
    keyed = {
        role: _keyed(keys, (light, night)[dark]) for role, (keys, light, night) in _KEYED.items()
    }
    return Palette(name=name, **plain, **keyed)


LIGHT = _theme("light", dark=False)
DARK = _theme("dark", dark=True)


def palette_for(dark: bool) -> Palette:
    return DARK if dark else LIGHT


def is_dark_color(hex_or_rgb: str | tuple[int, int, int]) -> bool:
    """Whether a window colour is dark (perceived lightness below the middle)."""
    if isinstance(hex_or_rgb, str):
        h = hex_or_rgb.lstrip("#")
        r, g, b = int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)
    else:
        r, g, b = hex_or_rgb
    return (299 * r + 587 * g + 114 * b) // 1000 < 128


def system_palette() -> Palette:
    """The palette that matches the running application's (system) window colour."""
    from PySide6.QtGui import QGuiApplication, QPalette

    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return palette_for(is_dark_color((window.red(), window.green(), window.blue())))
