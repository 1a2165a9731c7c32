"""Records to rows and back: dates as ISO text, booleans as 0/1, ids kept."""

from __future__ import annotations

import types
from dataclasses import fields
from datetime import date, datetime
from functools import cache
from typing import Any, TypeVar, Union, get_args, get_origin, get_type_hints

from credithealth.domain import records

R = TypeVar("R")

TABLES: dict[str, type] = {cls.table: cls for cls in records.RECORD_TYPES}  # type: ignore[attr-defined]


@cache
def field_types(cls: type) -> dict[str, type]:
    """Each field's base type, with ``X | None`` unwrapped to ``X``."""
    hints = get_type_hints(cls)
    out: dict[str, type] = {}
    for f in fields(cls):
        t = hints[f.name]
        if get_origin(t) in (Union, types.UnionType):
            t = next(a for a in get_args(t) if a is not type(None))
        out[f.name] = t
    return out


def to_row(rec: Any) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for name, t in field_types(type(rec)).items():
        v = getattr(rec, name)
        if v is None:
            row[name] = None
        elif t is datetime:
            row[name] = v.isoformat(timespec="seconds")
        elif t is date:
            row[name] = v.isoformat()
        elif t is bool:
            row[name] = 1 if v else 0
        else:
            row[name] = v
    if row.get("id") is None:
        row.pop("id", None)
    return row


def from_row(cls: type[R], row: dict[str, Any]) -> R:
    kw: dict[str, Any] = {}
    for name, t in field_types(cls).items():
        if name not in row:
            continue
        v = row[name]
        if v is None:
            kw[name] = None
        elif t is datetime:
            kw[name] = datetime.fromisoformat(v)
        elif t is date:
            kw[name] = date.fromisoformat(v)
        elif t is bool:
            kw[name] = bool(v)
        else:
            kw[name] = v
    return cls(**kw)
