"""Errors the store reports to the user (the world's fault), as opposed to bugs (ours)."""

from __future__ import annotations

from credithealth.domain.messages import Msg


class StoreError(Exception):
    """Something about the database file or its content that the user can act on."""

    def __init__(self, msg: Msg, *, field: str | None = None) -> None:
        super().__init__(msg.render("en"))
        self.msg = msg
        self.field = field  # the record field at fault, when one is (a form shows it there)


class AppError(Exception):
    """A fault of the app's own, met while using a database that opened and passed its
    checks: a bug, or a limit the code did not expect to reach. Never the file's fault,
    so never reported as damage; the user is told their records are safe."""

    def __init__(self, msg: Msg) -> None:
        super().__init__(msg.render("en"))
        self.msg = msg
