"""`encrypt`, `rekey` and `decrypt`: the database's passphrase (SQLCipher)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from credithealth.cli import common
from credithealth.domain.messages import Msg


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """`encrypt`, `rekey` and `decrypt`."""
    for name, text in (
        ("encrypt", "encrypt the database with a passphrase (SQLCipher)"),
        ("rekey", "change the database's passphrase"),
    ):
        e = sub.add_parser(name, help=text)
        e.add_argument(
            "--new-passphrase-file",
            type=Path,
            metavar="FILE",
            help="the new passphrase: the first line of FILE (else asked twice in a terminal)",
        )
        if name == "encrypt":
            e.description = (
                "Encrypt the database, then every automatic backup of it with the same "
                "passphrase (one that cannot be read is shredded), so no plaintext copy is "
                "left. Existing plain backups are encrypted only after you agree: --yes, "
                "or the question asked in a terminal."
            )
            e.add_argument(
                "--yes",
                action="store_true",
                help="agree to encrypting the existing plain backups without being asked",
            )
    sub.add_parser("decrypt", help="remove the database's encryption")


def cmd_encrypt(args: argparse.Namespace, lang: str) -> int:
    from credithealth.store.encryption import encrypt, is_encrypted, plain_backups
    from credithealth.store.errors import StoreError
    from credithealth.store.snapshots import backup_folder

    path = common.db_path(args)
    folder = str(backup_folder(path))
    with common.writing(args):
        plain = plain_backups(path) if path.is_file() and not is_encrypted(path) else []
        if plain and not args.yes:
            params = {"count": len(plain), "folder": folder}
            if not sys.stdin.isatty():
                raise StoreError(Msg("cli.encrypt_needs_yes", params))
            answer = input(Msg("cli.encrypt_backups_prompt", params).render(lang))
            if answer.strip().lower() not in ("y", "yes", "是"):
                print(Msg("cli.encrypt_cancelled").render(lang))
                return 1
        done = encrypt(path, common.new_passphrase(args, lang))
    params = {"path": str(path), "folder": folder, "encrypted": done.encrypted}
    print(Msg("cli.encrypt_done", {**params, "removed": done.removed}).render(lang))
    return 0


def cmd_decrypt(args: argparse.Namespace, lang: str) -> int:
    from credithealth.store.encryption import decrypt

    path = common.db_path(args)
    with common.writing(args):
        saved = decrypt(path, common.passphrase(args, lang) or "")
    print(Msg("cli.decrypt_done", {"path": str(path), "backup": str(saved)}).render(lang))
    return 0


def cmd_rekey(args: argparse.Namespace, lang: str) -> int:
    from credithealth.store.db import open_db
    from credithealth.store.encryption import rekey

    path = common.db_path(args)
    with common.writing(args):
        old = common.passphrase(args, lang) or ""
        open_db(path, create=False, passphrase=old).conn.close()  # a wrong one: before asking anew
        saved = rekey(path, old, common.new_passphrase(args, lang))
    print(Msg("cli.rekey_done", {"path": str(path), "backup": str(saved)}).render(lang))
    return 0
