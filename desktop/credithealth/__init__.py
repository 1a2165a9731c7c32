"""Credit Health (信用健康): earn back a suspended consumer credit line, privately."""

from __future__ import annotations

APP_NAME = "Credit Health"
APP_NAME_ZH = "信用健康"


def __getattr__(name: str) -> str:
    """``__version__``, from the installed metadata when first asked for: importing
    ``importlib.metadata`` costs ~25 ms that `credit-health assess` need not pay."""
    if name != "__version__":
        raise AttributeError(f"module 'credithealth' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("credithealth")
    except PackageNotFoundError:  # a source tree that was never installed
        found = "0.0.0"
    globals()["__version__"] = found
    return found
