"""What every command shares: the database file, its passphrase, opening it, and the
instance lock that keeps a writing command from racing the app."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path

from credithealth.domain.messages import Msg


def default_db_path() -> Path:
    env = os.environ.get("CREDIT_HEALTH_DB")
    if env:
        return Path(env)
    from platformdirs import user_data_path

    return user_data_path("CreditHealth", appauthor=False) / "credit-health.sqlite3"


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def db_path(args: argparse.Namespace) -> Path:
    return Path(args.db or default_db_path())


def read_passphrase_file(path: Path) -> str:
    from credithealth.store.errors import StoreError

    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError:
        raise StoreError(Msg("cli.passphrase_file_not_text", {"file": str(path)})) from None
    text = lines[0].strip() if lines else ""
    if "\x00" in text:  # SQLite would cut the key at the NUL: refuse rather than guess
        raise StoreError(Msg("cli.passphrase_file_not_text", {"file": str(path)}))
    if not text:
        raise StoreError(Msg("store.empty_passphrase"))
    return text


def ask(prompt: str) -> str:
    import getpass

    return getpass.getpass(prompt)


def passphrase(args: argparse.Namespace, lang: str) -> str | None:
    """The passphrase: from --passphrase-file, else asked in a terminal if the file is encrypted."""
    # store.db's own test, not store.encryption's (which imports the backup machinery)
    from credithealth.store.db import file_is_encrypted

    if args.passphrase_file is not None:
        return read_passphrase_file(args.passphrase_file)
    path = db_path(args)
    return passphrase_for(path, lang) if file_is_encrypted(Path(path)) else None


def passphrase_for(path: Path, lang: str) -> str:
    from credithealth.store.errors import StoreError

    if not sys.stdin.isatty():
        raise StoreError(Msg("cli.needs_passphrase", {"path": str(path)}))
    text = ask(Msg("cli.passphrase_prompt").render(lang))
    if not text:
        raise StoreError(Msg("store.empty_passphrase"))
    return text


def new_passphrase(args: argparse.Namespace, lang: str) -> str:
    from credithealth.store.errors import StoreError

    if args.new_passphrase_file is not None:
        return read_passphrase_file(args.new_passphrase_file)
    if not sys.stdin.isatty():
        raise StoreError(Msg("cli.needs_new_passphrase"))
    first = ask(Msg("cli.new_passphrase_prompt").render(lang))
    if not first:
        raise StoreError(Msg("store.empty_passphrase"))
    if ask(Msg("cli.repeat_prompt").render(lang)) != first:
        raise StoreError(Msg("cli.passphrase_mismatch"))
    return first


def open_database(  # type: ignore[no-untyped-def]
    args: argparse.Namespace, lang: str, *, create: bool = True, check: str = "full"
):
    """``check``: "full" (SQLite's quick_check) for every command that writes; "cheap"
    for those that only read (store/integrity.py)."""
    from credithealth.store.db import open_db

    return open_db(
        db_path(args),
        create=create and not args.read_only,
        passphrase=passphrase(args, lang),
        read_only=args.read_only,
        check=check,  # type: ignore[arg-type]
    )


def writing(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """Commands that write hold the instance lock: they refuse while the app has the database open."""
    from credithealth.store.instance import exclusive_use

    return exclusive_use(db_path(args))
