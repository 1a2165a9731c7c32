"""The `credit-health` command: the parser, the global options, and running a command with
one line on stderr for each error a user can meet.

Everything but ``gui`` runs without Qt: ``assess`` must not even import it.
Exit status: 0 success, 1 a user error (one line on stderr), 2 a usage error.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from credithealth.cli import assess, backups, calendar, common, encryption, importing, report
from credithealth.domain.messages import Msg, norm_lang


def system_lang() -> str:
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        if os.environ.get(var):
            return norm_lang(os.environ[var])
    return "en"


class _Version(argparse.Action):
    """argparse's ``version`` action, with the program's name as the app spells it."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS) -> None:
        super().__init__(
            option_strings,
            dest,
            nargs=0,
            default=argparse.SUPPRESS,
            help="show program's version number and exit",
        )

    def __call__(self, parser, namespace, values, option_string=None) -> None:  # type: ignore[no-untyped-def, override]
        from credithealth import __version__

        parser._print_message(f"credit-health {__version__}\n", sys.stdout)
        parser.exit()


def build_parser(*, gui_only: bool = False) -> argparse.ArgumentParser:
    """The whole command line; ``gui_only``: the global options and ``gui`` alone, for a
    command line that names nothing else (``opens_the_window``): building every command's
    options costs the window's start ~6 ms."""
    p = argparse.ArgumentParser(
        prog="credit-health",
        description="Credit Health (信用健康): earn back a suspended consumer credit line, privately.",
    )
    p.add_argument("--version", action=_Version)
    p.add_argument(
        "--db",
        type=Path,
        help="database file (default: the user data folder; env CREDIT_HEALTH_DB)",
    )
    p.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help="the encrypted database's passphrase: the first line of FILE (else asked in a terminal)",
    )
    p.add_argument(
        "--read-only",
        action="store_true",
        help="open the database without writing to it (a read-only or newer database)",
    )
    p.add_argument(
        "--lang",
        dest="global_lang",
        choices=["zh_CN", "en"],
        default=None,
        help="language of every command's output (default: the system's)",
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("gui", help="open the desktop app (the default)")
    if gui_only:
        return p
    assess.add_parsers(sub)
    report.add_parsers(sub)
    importing.add_parsers(sub)
    backups.add_parsers(sub)
    encryption.add_parsers(sub)
    calendar.add_parsers(sub)
    return p


def cmd_gui(args: argparse.Namespace, lang: str) -> int:
    import gc

    gc.disable()  # until the first frame (launch.resume_collecting says why)
    try:
        return _start_window(args)
    finally:
        gc.enable()  # whatever happened


def _start_window(args: argparse.Namespace) -> int:
    # --db and CREDIT_HEALTH_DB win; otherwise the app reopens the database last opened
    env = os.environ.get("CREDIT_HEALTH_DB")
    key = common.read_passphrase_file(args.passphrase_file) if args.passphrase_file else None
    db = args.db or (Path(env) if env else None)
    early = None
    if db is not None and key is None:
        # the file is known: opened and scored beside Qt loading (early_open.py);
        # otherwise the window reads which file from its settings, after Qt, then begins
        from credithealth.ui.database.early_open import begin

        early = begin(db)
    from credithealth.ui.app.launch import run

    return run(db, default=common.default_db_path(), passphrase=key, early=early)


COMMANDS: dict[str, Callable[[argparse.Namespace, str], int]] = {
    "gui": cmd_gui,
    "demo": assess.cmd_demo,
    "assess": assess.cmd_assess,
    "report": report.cmd_report,
    "import": importing.cmd_import,
    "backup": backups.cmd_backup,
    "restore": backups.cmd_restore,
    "backups": backups.cmd_backups,
    "restore-backup": backups.cmd_restore_backup,
    "encrypt": encryption.cmd_encrypt,
    "decrypt": encryption.cmd_decrypt,
    "rekey": encryption.cmd_rekey,
    "calendar": calendar.cmd_calendar,
    "workdays": calendar.cmd_workdays,
}


_GLOBAL_WITH_VALUE = ("--db", "--passphrase-file", "--lang")


def opens_the_window(argv: Sequence[str]) -> bool:
    """Whether ``argv`` is the global options, spelt in full, and at most ``gui``: parsed the
    same by the whole parser and by the one for ``gui`` alone."""
    rest = list(argv)
    while rest:
        word = rest.pop(0)
        if word in _GLOBAL_WITH_VALUE:
            if not rest or rest.pop(0).startswith("-"):
                return False  # a value missing: the whole parser says so
        elif word == "--read-only" or (word.split("=", 1)[0] in _GLOBAL_WITH_VALUE and "=" in word):
            continue
        elif word == "gui":
            return not rest
        else:
            return False
    return True


def main(argv: Sequence[str] | None = None) -> int:
    from credithealth import startup_cache

    # the classes' code and the parsed rules and catalogue from the cache, before the
    # command makes or reads them; kept for the next command at its end (startup_cache.py)
    startup_cache.install()
    try:
        words = sys.argv[1:] if argv is None else list(argv)
        args = build_parser(gui_only=opens_the_window(words)).parse_args(words)
        lang = getattr(args, "lang", None) or args.global_lang or system_lang()
        command = args.command or "gui"
        from credithealth.applog import log, setup_logging
        from credithealth.terminal import escaped_output

        setup_logging()
        with escaped_output():  # a file name or a cell cannot fake the output (terminal.py)
            return _run(command, args, lang, log)
    finally:
        startup_cache.save()


def _money_error() -> tuple[type[Exception], ...]:
    """``MoneyError`` once something imported domain.money (only then can it be raised):
    importing it for the except clause alone would cost ``assess`` domain.limits (~5 ms)."""
    money = sys.modules.get("credithealth.domain.money")
    return (money.MoneyError,) if money is not None else ()


def _run(command: str, args: argparse.Namespace, lang: str, log) -> int:  # type: ignore[no-untyped-def]
    from credithealth.store import driver
    from credithealth.store.errors import AppError, StoreError

    try:
        return COMMANDS[command](args, lang)
    except (StoreError, AppError, *_money_error()) as exc:
        log.warning("%s: %s", command, exc.msg.code)
        print(Msg("cli.error", {"detail": exc.msg}).render(lang), file=sys.stderr)
        return 1
    except driver.DatabaseError as exc:  # met after the open's checks passed: rarely damage
        from credithealth.store.db import after_open

        detail = after_open(exc, args.db or common.default_db_path()).msg
        print(Msg("cli.error", {"detail": detail}).render(lang), file=sys.stderr)
        return 1
    except KeyboardInterrupt:  # Ctrl-C at a passphrase prompt: nothing was changed
        print(file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader went away (| head): not an error of ours
        sys.stderr.close()
        return 0
    except OSError as exc:
        print(
            Msg("cli.error", {"detail": f"{exc.strerror}: {exc.filename}"}).render(lang),
            file=sys.stderr,
        )
        return 1
