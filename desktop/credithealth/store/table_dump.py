"""Every row of every table, exactly as stored: to prove that a rewrite of the file kept them all."""

from __future__ import annotations

from typing import Any


def table_dump(conn: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Table name -> rows in rowid order, for every table but SQLite's own (a DB-API connection)."""
    names = [
        n
        for (n,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        ).fetchall()
    ]
    return {
        n: [tuple(r) for r in conn.execute(f"SELECT * FROM [{n}] ORDER BY rowid")] for n in names
    }
