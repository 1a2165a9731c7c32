"""The app's log: errors, warnings and the start-up sequence, in a rotating file the user
can send.

It lives in the user's log folder (platformdirs; on Linux
``~/.local/state/CreditHealth/log/credit-health.log``; ``CREDIT_HEALTH_LOG_DIR``
overrides it), 0600 in a 0700 folder, at most ``MAX_BYTES`` per file and
``BACKUP_COUNT`` old files. It never holds a passphrase, an amount or a name: the
app logs codes and counts only, and an exception is logged as its type and the
code's stack (files, lines, functions), never its message or the values it carried
(``describe_exception``). The home folder in a path is written ``~``.

Logging must never stop the app: a folder that cannot be written leaves the log off.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from credithealth.store.private_files import FILE_MODE, make_private, private_folder

LOGGER_NAME = "credithealth"
FILE_NAME = "credit-health.log"
MAX_BYTES = 256 * 1024
BACKUP_COUNT = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

log = logging.getLogger(LOGGER_NAME)
# without a file (an unwritable folder) the log goes nowhere: never to stderr
log.addHandler(logging.NullHandler())


def log_folder() -> Path:
    env = os.environ.get("CREDIT_HEALTH_LOG_DIR")
    if env:
        return Path(env)
    from platformdirs import user_log_path

    return user_log_path("CreditHealth", appauthor=False)


def log_file() -> Path:
    return log_folder() / FILE_NAME


class PrivateRotatingFileHandler(logging.FileHandler):
    """The log file, each generation created 0600 whatever the umask. A line that would
    take it to ``max_bytes`` first moves it to ``.1`` (``.1`` to ``.2``, and so on; the
    oldest beyond ``backup_count`` is dropped) and starts a new one.

    What ``logging.handlers.RotatingFileHandler`` does, for files only: importing that
    module brings sockets, pickling and queues the log never uses, ~9 ms of start-up."""

    def __init__(self, path: Path, *, max_bytes: int, backup_count: int) -> None:
        self.max_bytes = max_bytes
        self.backup_count = backup_count
        super().__init__(path, encoding="utf-8")

    def _open(self):  # type: ignore[no-untyped-def]
        fd = os.open(self.baseFilename, os.O_CREAT | os.O_WRONLY | os.O_APPEND, FILE_MODE)
        make_private(Path(self.baseFilename))  # an older file from a looser umask, too
        return os.fdopen(fd, "a", encoding=self.encoding or "utf-8", errors=self.errors)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full_with(record):
                self.rollover()
            super().emit(record)
        except Exception:  # logging never stops the app (as every handler)
            self.handleError(record)

    def _full_with(self, record: logging.LogRecord) -> bool:
        if self.max_bytes <= 0 or not os.path.isfile(self.baseFilename):
            return False  # nothing to rotate (not yet written, or not a plain file)
        if self.stream is None:
            self.stream = self._open()
        line = self.format(record) + self.terminator
        self.stream.seek(0, os.SEEK_END)
        return self.stream.tell() + len(line.encode("utf-8", "replace")) >= self.max_bytes

    def rollover(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # type: ignore[assignment]
        if self.backup_count > 0:
            for n in range(self.backup_count - 1, 0, -1):
                older = f"{self.baseFilename}.{n}"
                if os.path.exists(older):
                    os.replace(older, f"{self.baseFilename}.{n + 1}")
            os.replace(self.baseFilename, f"{self.baseFilename}.1")
        else:
            os.truncate(self.baseFilename, 0)
        self.stream = self._open()


def _handler() -> PrivateRotatingFileHandler | None:
    for h in log.handlers:
        if isinstance(h, PrivateRotatingFileHandler):
            return h
    return None


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Send the app's log to its file (once per file); returns the file, or None when the
    folder cannot be written (the app runs on without a log)."""
    path = log_file()
    current = _handler()
    if current is not None:
        if Path(current.baseFilename) == path.resolve():
            return path
        log.removeHandler(current)
        current.close()
    try:
        private_folder(path.parent)
        handler = PrivateRotatingFileHandler(path, max_bytes=MAX_BYTES, backup_count=BACKUP_COUNT)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    log.addHandler(handler)
    log.setLevel(level)
    return path


def stop_logging() -> None:
    h = _handler()
    if h is not None:
        log.removeHandler(h)
        h.close()


def tidy_path(path: Path | str) -> str:
    """A path for the log: the home folder (which often carries the user's name) as ``~``."""
    text = str(path)
    home = str(Path.home())
    if home not in ("", "/") and (text == home or text.startswith(home + os.sep)):
        return "~" + text[len(home) :]
    return text


def _code_of(exc: BaseException) -> str:
    """What may be said of an exception without its message: a message code, an errno name."""
    msg = getattr(exc, "msg", None)
    code = getattr(msg, "code", None)
    if isinstance(code, str):
        return code
    if isinstance(exc, OSError) and exc.errno is not None:
        import errno

        return errno.errorcode.get(exc.errno, str(exc.errno))
    return ""


def exception_title(exc: BaseException) -> str:
    """``TypeName`` with its code, and where in the app's code it was raised."""
    name = type(exc).__qualname__
    code = _code_of(exc)
    where = raised_in(exc.__traceback__)
    return f"{name}" + (f" ({code})" if code else "") + (f" in {where}" if where else "")


def raised_in(tb: TracebackType | None) -> str:
    """The innermost frame in the app's own code: ``ui/pages/spending/page.py:120 refresh``."""
    here = Path(__file__).resolve().parent
    found = ""
    for frame, line in traceback.walk_tb(tb):
        try:
            rel = Path(frame.f_code.co_filename).resolve().relative_to(here)
        except ValueError:
            continue
        found = f"{rel.as_posix()}:{line} {frame.f_code.co_name}"
    return found


def describe_exception(exc: BaseException) -> str:
    """The exception for the log and for "Copy details": its type, its code and the code's
    stack, for it and for each exception it came from. Never its message: messages carry
    values (an amount, a name, a line of a bill file)."""
    parts: list[str] = []
    seen: set[int] = set()
    e: BaseException | None = exc
    while e is not None and id(e) not in seen:
        seen.add(id(e))
        lines = [exception_title(e)]
        for fs in traceback.extract_tb(e.__traceback__):
            lines.append(f'  File "{tidy_path(fs.filename)}", line {fs.lineno}, in {fs.name}')
        parts.append("\n".join(lines))
        e = e.__cause__ or (None if e.__suppress_context__ else e.__context__)
    return "\n  ...which came from:\n".join(parts)


def log_exception(exc: BaseException, what: str = "unexpected error") -> str:
    """Log an exception safely (see ``describe_exception``); returns what was logged."""
    details = describe_exception(exc)
    log.error("%s: %s", what, details)
    return details


def versions() -> str:
    from credithealth import __version__

    frozen = " (bundle)" if getattr(sys, "frozen", False) else ""
    return f"credit-health {__version__}{frozen}, Python {sys.version.split()[0]}, {sys.platform}"
