"""The two ways a bill file can be wrong: as a whole, or one row at a time."""

from __future__ import annotations

from credithealth.domain.messages import Msg


class BillFileError(ValueError):
    """The whole file cannot be imported; ``msg`` says why, in any language."""

    def __init__(self, msg: Msg) -> None:
        super().__init__(msg.render("en"))
        self.msg = msg


class RowProblem(Exception):
    """One row cannot be read; the reader turns it into a ``RowError`` and goes on."""

    def __init__(self, msg: Msg) -> None:
        super().__init__(msg.code)
        self.msg = msg
