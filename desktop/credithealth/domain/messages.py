"""User-visible sentences that come from below the UI, in both languages.

The domain, the store and the importers cannot use Qt's ``tr`` (they know no
Qt, and ``assess`` must not import it), so what they tell the user travels as a
``Msg``: a stable code and its parameters. The CLI, the report, the charts and the
UI render it in the language the user chose.

The sentences live in one catalogue, the data files ``resources/messages/*.toml``
(one ``[code]`` table each, with ``en`` and ``zh_CN``), read once on the first
render: no module has to be imported for its sentences to exist.
``tools/i18n.py check`` and the tests check that every code has both languages.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from credithealth.domain import toml_files
from credithealth.paths import resource

LANGS = ("zh_CN", "en")

_LOOKUP = re.compile(r"\{(\w+)@(\w+)\}")
# "{count|bill|bills}": the singular when the parameter is 1, else the plural (English
# needs it, Chinese does not); never "bill(s)"
_PLURAL = re.compile(r"\{(\w+)\|([^{}|]*)\|([^{}|]*)\}")


def _escape(text: str) -> str:
    return text.replace("{", "{{").replace("}", "}}")


def _flatten(
    table: Mapping[str, Any], prefix: str, into: dict[str, dict[str, str]], src: str
) -> None:
    """``[a.b]`` with ``en``/``zh_CN`` keys is the sentence of code ``a.b``."""
    if any(lang in table for lang in LANGS):
        extra = set(table) - set(LANGS)
        if extra or not all(isinstance(table.get(lang), str) for lang in LANGS):
            raise ValueError(f"{src}: [{prefix}] needs exactly en and zh_CN strings")
        if prefix in into:
            raise ValueError(f"{src}: message code defined twice: {prefix}")
        into[prefix] = {lang: table[lang] for lang in LANGS}
        return
    for key, value in table.items():
        code = f"{prefix}.{key}" if prefix else key
        if not isinstance(value, Mapping):
            raise ValueError(f"{src}: {code} is not a [code] table with en and zh_CN")
        _flatten(value, code, into, src)


def load_catalog(folder: Path | None = None) -> dict[str, dict[str, str]]:
    """Every ``*.toml`` in ``folder`` (default ``resources/messages``) as code -> {lang: text}."""
    folder = folder if folder is not None else resource("messages")
    out: dict[str, dict[str, str]] = {}
    for path in sorted(folder.glob("*.toml")):
        _flatten(toml_files.parse(path.read_bytes()), "", out, path.name)
    return out


# The files are read as their codes are first asked for: ``assess`` reads the domain's
# sentences and labels, not the report's. An index of the first segment of each file's
# [code] headers (a text scan, far cheaper than parsing) says which file to parse;
# a code it does not find makes every file be read before it is called missing.
_FIRST_SEGMENT = re.compile(r"^\[\s*(\w+)\s*[.\]]", re.MULTILINE)
_entries: dict[str, dict[str, str]] = {}
_files_read: set[Path] = set()
_lock = threading.Lock()


def _files() -> list[Path]:
    return sorted(resource("messages").glob("*.toml"))


@cache
def _index() -> dict[str, tuple[Path, ...]]:
    out: dict[str, list[Path]] = {}
    for path in _files():
        for first in set(_FIRST_SEGMENT.findall(path.read_text(encoding="utf-8"))):
            out.setdefault(first, []).append(path)
    return {first: tuple(paths) for first, paths in out.items()}


def _read(paths: Iterable[Path]) -> None:
    with _lock:  # the UI renders from worker threads too
        for path in paths:
            if path not in _files_read:
                _flatten(toml_files.parse(path.read_bytes()), "", _entries, path.name)
                _files_read.add(path)


def _entry(code: str) -> Mapping[str, str] | None:
    if code not in _entries:
        _read(_index().get(code.split(".", 1)[0], ()))
    if code not in _entries:
        _read(_files())
    return _entries.get(code)


def preload(*names: str) -> None:
    """Read the catalogue files ``<name>.toml`` now (start-up reads those the first frame
    shows while it would otherwise wait)."""
    _read(path for path in _files() if path.stem in names)


def known(code: str) -> bool:
    """Whether the catalogue has a sentence for ``code``."""
    return _entry(code) is not None


def catalog() -> Mapping[str, Mapping[str, str]]:
    """Every sentence, code -> {lang: text} (reads every file)."""
    _read(_files())
    return MappingProxyType(_entries)


def _fmt_value(key: str, value: Any, lang: str) -> str:
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int) and key.endswith("_fen"):
        from credithealth.domain.money import format_yuan

        return format_yuan(value)
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Msg):
        return value.render(lang)
    return str(value)


@dataclass(frozen=True)
class Msg:
    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def render(self, lang: str = "en") -> str:
        entry = _entry(self.code)
        if entry is None:
            raise KeyError(f"no message in the catalogue for {self.code!r}")
        template = entry.get(lang) or entry["en"]
        # "{key@security_item}" names a parameter whose value is itself a code:
        # it renders as the catalogue's sentence for "security_item.<value>"
        template = _LOOKUP.sub(
            lambda m: _escape(Msg(f"{m[2]}.{self.params[m[1]]}").render(lang)), template
        )
        template = _PLURAL.sub(
            lambda m: _escape(m[2] if self.params[m[1]] == 1 else m[3]), template
        )
        values = {k: _fmt_value(k, v, lang) for k, v in self.params.items()}
        return template.format(**values)

    def __hash__(self) -> int:
        return hash((self.code, tuple(sorted((k, repr(v)) for k, v in self.params.items()))))


def render(code: str, lang: str = "en", **params: Any) -> str:
    return Msg(code, params).render(lang)


def norm_lang(lang: str | None) -> str:
    """Map a locale name (zh, zh_CN.UTF-8, en_US, C) onto one of LANGS."""
    if lang and lang.lower().replace("-", "_").startswith("zh"):
        return "zh_CN"
    return "en"
