"""User-visible sentences that come from below the UI, in both languages.

The domain, the store and the importers cannot use Qt's ``tr`` (they know no
Qt, and ``assess`` must not import it), so what they tell the user travels as a
``Msg``: a stable code and its parameters. Each layer registers its sentences
here in English and Chinese; the CLI, the report and the UI render them in the
language the user chose. A test checks that every code has both languages.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from types import MappingProxyType
from typing import Any

LANGS = ("zh_CN", "en")

_CATALOG: dict[str, dict[str, str]] = {}
_LOOKUP = re.compile(r"\{(\w+)@(\w+)\}")
# "{count|bill|bills}": the singular when the parameter is 1, else the plural (English
# needs it, Chinese does not); never "bill(s)"
_PLURAL = re.compile(r"\{(\w+)\|([^{}|]*)\|([^{}|]*)\}")


def _escape(text: str) -> str:
    return text.replace("{", "{{").replace("}", "}}")


def register(entries: Mapping[str, tuple[str, str]]) -> None:
    """Add sentences: code -> (English, Chinese). Templates use ``{param}`` fields."""
    for code, (en, zh) in entries.items():
        if code in _CATALOG and _CATALOG[code] != {"en": en, "zh_CN": zh}:
            raise ValueError(f"message code registered twice: {code}")
        _CATALOG[code] = {"en": en, "zh_CN": zh}


def catalog() -> Mapping[str, Mapping[str, str]]:
    return MappingProxyType(_CATALOG)


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
        entry = _CATALOG.get(self.code)
        if entry is None:
            raise KeyError(f"no message registered for {self.code!r}")
        template = entry.get(lang) or entry["en"]
        # "{key@security_item}" names a parameter whose value is itself a code:
        # it renders as the sentence registered for "security_item.<value>"
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


register(
    {
        "money.empty": ("Enter an amount.", "请输入金额。"),
        "money.negative": ("The amount cannot be negative.", "金额不能为负数。"),
        "money.too_many_decimals": (
            "Use at most two decimals (fen).",
            "金额最多两位小数（分）。",
        ),
        "money.not_a_number": (
            "“{text}” is not an amount of money; write it like 1,234.56.",
            "“{text}”不是有效金额，请按 1,234.56 的格式填写。",
        ),
        "money.zero": ("The amount must be more than zero.", "金额必须大于零。"),
        "money.too_large": (
            "At most ¥1,000,000,000.00 in one record.",
            "单条记录最多 ¥1,000,000,000.00。",
        ),
    }
)
