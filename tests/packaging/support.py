"""The packaging scripts live in packaging/, which is not a package (the name would
shadow PyPA's ``packaging``): load them by file."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def load(name: str) -> ModuleType:
    """packaging/<name>.py as a module, loaded once. bundle_info keeps its own name, which
    build.py and smoke_test.py import it by; the others get a prefix that cannot clash."""
    key = name if name == "bundle_info" else f"credit_health_packaging_{name}"
    if key in sys.modules:
        return sys.modules[key]
    spec = importlib.util.spec_from_file_location(key, PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[key] = module
    spec.loader.exec_module(module)
    return module


def tool(name: str, package: str) -> str:
    """The path of a Debian validator, or a skip that says how to get it."""
    import pytest

    found = shutil.which(name)
    if not found:
        pytest.skip(f"{name} is not installed (Debian package {package}; make test installs it)")
    return found
