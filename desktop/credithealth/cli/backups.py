"""The JSON backup (`backup`, `restore`) and the automatic backups (`backups`,
`restore-backup`)."""

from __future__ import annotations

import argparse
from pathlib import Path

from credithealth.cli import common
from credithealth.domain.messages import Msg


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """`backup`, `restore`, `backups` and `restore-backup`."""
    b = sub.add_parser(
        "backup",
        help="write all data to a JSON file",
        description="Write all data to a versioned JSON file (plain text, 0600). The JSON is "
        "never encrypted: for an encrypted database the command refuses unless told "
        "--plaintext-ok; its automatic backups (`backups`) stay encrypted.",
    )
    b.add_argument("file", type=Path)
    b.add_argument(
        "--plaintext-ok",
        action="store_true",
        help="write the JSON even though the database is encrypted (the JSON is plain text)",
    )
    r = sub.add_parser("restore", help="load a JSON backup into an empty database")
    r.add_argument("file", type=Path)
    r.add_argument(
        "--replace", action="store_true", help="replace the records already in the database"
    )
    sub.add_parser("backups", help="list the automatic backups of the database, newest first")
    rb = sub.add_parser(
        "restore-backup", help="put an automatic backup in the database's place (saving it first)"
    )
    rb.add_argument("file", type=Path)


def cmd_backup(args: argparse.Namespace, lang: str) -> int:
    from credithealth.store.backup import write_backup
    from credithealth.store.encryption import is_encrypted
    from credithealth.store.errors import StoreError

    if is_encrypted(common.db_path(args)) and not args.plaintext_ok:
        raise StoreError(Msg("cli.backup_encrypted", {"path": str(common.db_path(args))}))
    db = common.open_database(args, lang)
    try:
        write_backup(db, args.file)
    finally:
        db.conn.close()
    print(Msg("cli.backup_done", {"file": str(args.file)}).render(lang))
    return 0


def cmd_restore(args: argparse.Namespace, lang: str) -> int:
    from credithealth.store.backup import is_empty, load_backup, restore_records
    from credithealth.store.db import open_db
    from credithealth.store.snapshots import take_backup

    path = common.db_path(args)
    recs = load_backup(args.file)  # a bad file is refused before anything is opened or saved
    with common.writing(args):
        passphrase = common.passphrase(args, lang)
        db = open_db(path, passphrase=passphrase)
        try:
            if args.replace and not is_empty(db):
                # keep what --replace deletes: a good file can still be the wrong one
                take_backup(path, "prereplace", passphrase=passphrase, source=db)
            count = restore_records(db, recs, replace=args.replace, file=args.file.name)
        finally:
            db.conn.close()
    print(Msg("cli.restore_done", {"file": str(args.file), "count": count}).render(lang))
    return 0


def cmd_backups(args: argparse.Namespace, lang: str) -> int:
    from credithealth.store.snapshots import backup_folder, list_backups

    path = common.db_path(args)
    backups = list_backups(path)
    if not backups:
        print(Msg("cli.no_backups", {"folder": str(backup_folder(path))}).render(lang))
    for b in backups:
        print(f"{b.taken_at:%Y-%m-%d %H:%M:%S}  {b.kind:<10}  {b.size:>10}  {b.path}")
    return 0


def cmd_restore_backup(args: argparse.Namespace, lang: str) -> int:
    """One passphrase serves both files: the backup's key is the database's as it was then."""
    from credithealth.store.encryption import is_encrypted
    from credithealth.store.snapshots import restore_backup

    path = common.db_path(args)
    passphrase = None
    if args.passphrase_file is not None:
        passphrase = common.read_passphrase_file(args.passphrase_file)
    elif is_encrypted(args.file) or is_encrypted(path):
        passphrase = common.passphrase_for(args.file if is_encrypted(args.file) else path, lang)
    with common.writing(args):
        saved = restore_backup(path, args.file, passphrase=passphrase)
    print(
        Msg(
            "cli.restore_backup_done",
            {
                "backup": str(args.file),
                "path": str(path),
                "saved": str(saved) if saved else Msg("cli.saved_none"),
            },
        ).render(lang)
    )
    return 0
