"""All data as versioned JSON: ``credit-health backup`` / ``restore``.

``{"format": "credit-health-backup", "version": 2, "tables": {"accounts": [...], ...}}``,
one list per table, records keyed by field name, ids included so references hold.
Version 2 added ``accounts.due_day``, ``bills.derived``, ``imports.period_start`` /
``period_end``, ``transactions.not_cashout`` and the ``dismissed_bills`` table; version 1
files are read too. A field with a default may be left out (it takes the default).
A transaction without ``kind`` or ``huabei`` (DESIGN.md's format) is classified as the
importer would have classified it (``domain.classify.classify_saved``).
A restore is one transaction: it fills an empty database (or, when told, replaces
what is there) and on any problem changes nothing.
"""

from __future__ import annotations

import json
from dataclasses import MISSING, fields, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from credithealth.domain import limits, records
from credithealth.domain.classify import classify_saved, wechat_refund_parents
from credithealth.domain.messages import Msg
from credithealth.store import driver
from credithealth.store.atomic import write_transaction
from credithealth.store.convert import field_types, to_row
from credithealth.store.database import Database
from credithealth.store.errors import StoreError
from credithealth.store.private_files import write_private_text

FORMAT = "credit-health-backup"
VERSION = 2
READS = (1, 2)  # the versions restore accepts

# parents before children, so foreign keys hold while inserting
ORDER: tuple[type, ...] = (
    records.Account,
    records.Bill,
    records.DismissedBill,
    records.Repayment,
    records.SecurityItem,
    records.SecurityEvent,
    records.ProfileItem,
    records.ProfileChange,
    records.ImportRecord,
    records.Transaction,
    records.ScoreSnapshot,
    records.CreditReport,
    records.Application,
    records.Checkup,
    records.AssessmentRecord,
    records.HolidayNoticeRecord,
)
BY_TABLE = {cls.table: cls for cls in ORDER}  # type: ignore[attr-defined]


def dump(db: Database) -> dict[str, Any]:
    tables: dict[str, list[dict[str, Any]]] = {}
    for cls in ORDER:
        names = [f.name for f in fields(cls)]
        cols = ", ".join(f"[{n}]" for n in names)
        rows = db.execute(f"SELECT {cols} FROM [{cls.table}] ORDER BY id").fetchall()  # type: ignore[attr-defined]
        bools = {n for n, t in field_types(cls).items() if t is bool}
        tables[cls.table] = [  # type: ignore[attr-defined]
            {
                n: (bool(v) if n in bools and v is not None else v)
                for n, v in zip(names, row, strict=True)
            }
            for row in rows
        ]
    return {"format": FORMAT, "version": VERSION, "tables": tables}


def write_backup(db: Database, path: Path) -> None:
    with db.atomic():  # one consistent view of every table, even while another process writes
        text = json.dumps(dump(db), ensure_ascii=False, indent=1, sort_keys=False)
    # readable by the user only, and a crash mid-write never leaves half a backup under the name
    write_private_text(path, text + "\n")


def _shown(name: str) -> str:
    """A name from the file, as one short line: it may hold anything, newlines included."""
    text = json.dumps(name, ensure_ascii=False)[1:-1]
    return text if len(text) <= 40 else text[:39] + "…"


def _bad(file: str, table: str, index: int, detail: Msg) -> StoreError:
    return StoreError(
        Msg("backup.bad_record", {"file": file, "table": table, "index": index, "detail": detail})
    )


_INT64 = (-(2**63), 2**63 - 1)


def _is_utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _check_value(t: type, v: Any) -> Any:
    """The stored form of ``v`` for a field of type ``t``; raises ValueError if it does not fit."""
    if v is None:
        return None
    if t is bool:
        if isinstance(v, bool) or v in (0, 1):
            return bool(v)
        raise ValueError
    if t is int:
        # SQLite integers are 64-bit: a larger JSON number would fail only at insert time
        if isinstance(v, bool) or not isinstance(v, int) or not _INT64[0] <= v <= _INT64[1]:
            raise ValueError
        return v
    if t is str:
        # a lone surrogate (JSON "\\ud800") cannot be stored as UTF-8
        if not isinstance(v, str) or not _is_utf8(v):
            raise ValueError
        return v
    if t is date:
        if not isinstance(v, str):
            raise ValueError
        return date.fromisoformat(v)
    if t is datetime:
        if not isinstance(v, str):
            raise ValueError
        return datetime.fromisoformat(v)
    raise ValueError


def _record(cls: type, data: Any, file: str, index: int) -> Any:
    table = cls.table  # type: ignore[attr-defined]
    if not isinstance(data, dict):
        raise _bad(
            file, table, index, Msg("backup.bad_value", {"field": "-", "value": limits.shown(data)})
        )
    types = field_types(cls)
    for k in data:
        if k not in types:
            raise _bad(file, table, index, Msg("backup.unknown_field", {"field": _shown(k)}))
    kw: dict[str, Any] = {}
    for f in fields(cls):
        if f.name not in data:
            if f.default is MISSING and f.default_factory is MISSING:  # type: ignore[misc]
                raise _bad(file, table, index, Msg("backup.missing_field", {"field": f.name}))
            continue
        try:
            kw[f.name] = _check_value(types[f.name], data[f.name])
        except ValueError:
            raise _bad(
                file,
                table,
                index,
                Msg("backup.bad_value", {"field": f.name, "value": limits.shown(data[f.name])}),
            ) from None
        if kw[f.name] is None and f.default is MISSING:
            raise _bad(
                file, table, index, Msg("backup.bad_value", {"field": f.name, "value": "null"})
            )
    rec = cls(**kw)
    if cls is records.Transaction and not {"kind", "huabei"} <= data.keys():
        rec = _classified(rec, data)
    found = limits.problems(rec)  # right type, but a value no page or score could handle
    if found:
        raise _bad(file, table, index, found[0].msg)
    return rec


def _classified(tx: records.Transaction, data: dict[str, Any]) -> records.Transaction:
    """Fill what a backup left out of a transaction as the importer would have."""
    meaning = classify_saved(tx)
    return replace(
        tx,
        kind=tx.kind if "kind" in data else meaning.kind,
        huabei=tx.huabei if "huabei" in data else meaning.huabei,
        parent_external_id=tx.parent_external_id or meaning.parent_external_id,
    )


def parse_backup(text: str, file: str) -> dict[type, list[Any]]:
    """Check a backup completely before anything is written."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise StoreError(
            Msg("backup.not_json", {"file": file, "line": exc.lineno, "col": exc.colno})
        ) from None
    except RecursionError:  # thousands of nested brackets: no backup looks like that
        raise StoreError(Msg("backup.not_backup", {"file": file})) from None
    except ValueError:  # an integer of thousands of digits (Python refuses to read it)
        raise StoreError(Msg("backup.huge_number", {"file": file})) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise StoreError(Msg("backup.not_backup", {"file": file}))
    if data.get("version") not in READS:
        raise StoreError(
            Msg(
                "backup.wrong_version",
                {"file": file, "version": limits.shown(data.get("version")), "supported": VERSION},
            )
        )
    tables = data.get("tables")
    if not isinstance(tables, dict) or not all(isinstance(v, list) for v in tables.values()):
        raise StoreError(Msg("backup.bad_tables", {"file": file}))
    for name in tables:
        if name not in BY_TABLE:
            raise StoreError(Msg("backup.unknown_table", {"file": file, "table": _shown(name)}))
    recs = {
        cls: [_record(cls, r, file, i + 1) for i, r in enumerate(tables.get(cls.table, []))]
        for cls in ORDER
    }  # type: ignore[attr-defined]
    unclassified = any(
        isinstance(r, dict) and "kind" not in r for r in tables.get("transactions", [])
    )
    if unclassified:
        _pair_wechat_refunds(recs[records.Transaction])
    return recs


def _pair_wechat_refunds(txs: list[records.Transaction]) -> None:
    """WeChat refunds name no order: pair them with their payments as the importer does
    (a backup without ``kind`` carries no ``parent_external_id`` either)."""
    at = [i for i, t in enumerate(txs) if t.source == "wechat"]
    for j, parent in wechat_refund_parents([txs[i] for i in at]).items():
        txs[at[j]] = replace(txs[at[j]], parent_external_id=parent)


def _stored_value(t: type, v: Any) -> Any:
    """A column's value as the record field holds it; ValueError when it cannot be one."""
    if v is None:
        return None
    if t in (date, datetime):
        if not isinstance(v, str):
            raise ValueError
        return t.fromisoformat(v)
    if t is bool:
        return v
    if t is int and (isinstance(v, bool) or not isinstance(v, int)):
        raise ValueError  # SQLite keeps text in an INTEGER column if it is handed text
    if t is str and not isinstance(v, str):
        raise ValueError
    return v


def check_stored_values(db: Database) -> None:
    """Every value of every record within its range (``limits``), as for a JSON restore:
    a database file can hold what its CHECK constraints do not catch (renew_days of
    10¹², an unknown event kind, text in an integer column). ``StoreError`` naming the
    table, the record's id and the field."""
    today = date.today()
    for cls in ORDER:
        table = cls.table  # type: ignore[attr-defined]
        types = field_types(cls)
        # a file from an earlier version may lack a column added since: it gets its default
        present = {r[1] for r in db.execute(f"PRAGMA table_info([{table}])")}
        names = [n for n in types if n in present]
        cols = ", ".join(f"[{n}]" for n in names)
        for row in db.execute(f"SELECT {cols} FROM [{table}]"):
            for name, v in zip(names, row, strict=True):
                try:
                    value = _stored_value(types[name], v)
                except ValueError:
                    msg: Msg | None = Msg(
                        "limits.bad_type", {"field": name, "value": limits.shown(v)}
                    )
                else:
                    msg = limits.field_problem(cls, name, value, today)
                if msg is not None:
                    rid = row[names.index("id")]
                    raise StoreError(
                        Msg(
                            "backup.bad_row",
                            {"table": table, "id": limits.shown(rid), "detail": msg},
                        )
                    )


def is_empty(db: Database) -> bool:
    return not any(
        db.execute(f"SELECT EXISTS (SELECT 1 FROM [{cls.table}])").fetchone()[0] for cls in ORDER
    )  # type: ignore[attr-defined]


def restore_records(db: Database, recs: dict[type, list[Any]], *, replace: bool, file: str) -> int:
    count = 0
    with write_transaction(db):
        # checked inside the transaction: nothing can slip in between the check and the write
        if not replace and not is_empty(db):
            raise StoreError(Msg("store.not_empty"))
        if replace:
            for cls in reversed(ORDER):
                db.execute(f"DELETE FROM [{cls.table}]")  # type: ignore[attr-defined]
        for cls in ORDER:
            for i, rec in enumerate(recs[cls]):
                row = to_row(rec)
                try:
                    db.execute(
                        f"INSERT INTO [{cls.table}] ({', '.join(f'[{k}]' for k in row)}) "  # type: ignore[attr-defined]
                        f"VALUES ({', '.join('?' for _ in row)})",
                        list(row.values()),
                    )
                except driver.IntegrityError as exc:
                    raise StoreError(
                        Msg(
                            "backup.rejected",
                            {"file": file, "table": cls.table, "index": i + 1, "detail": str(exc)},
                        )  # type: ignore[attr-defined]
                    ) from None
                count += 1
        from credithealth.store.calendar import activate

        activate(db)  # a bad notice fails here, inside the transaction: nothing is restored
    return count


def load_backup(path: Path) -> dict[type, list[Any]]:
    """Read and check a backup file completely; ``StoreError`` if anything is wrong."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise StoreError(Msg("backup.not_utf8", {"file": path.name})) from None
    except OSError as exc:
        raise StoreError(
            Msg("backup.unreadable", {"file": path.name, "detail": exc.strerror or str(exc)})
        ) from None
    return parse_backup(text, path.name)


def restore_file(db: Database, path: Path, *, replace: bool = False) -> int:
    return restore_records(db, load_backup(path), replace=replace, file=path.name)
