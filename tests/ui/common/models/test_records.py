from __future__ import annotations

from PySide6.QtCore import Qt

from credithealth.domain.money import format_yuan
from credithealth.domain.records import Account
from credithealth.store import repo
from credithealth.ui.common.models.records import SORT_ROLE, Column, RecordTableModel


def test_model_passes_the_model_tester_and_reloads(qtmodeltester, session) -> None:  # type: ignore[no-untyped-def]
    cols = [
        Column(lambda: "Name", lambda a: a.name),
        Column(
            lambda: "Limit",
            lambda a: format_yuan(a.credit_limit_fen or 0),
            sort=lambda a: a.credit_limit_fen or 0,
            align=Qt.AlignmentFlag.AlignRight,
        ),
    ]
    model = RecordTableModel(cols, lambda: repo.all_of(session.db, Account))
    qtmodeltester.check(model)
    n = model.rowCount()
    assert n == 3
    assert model.data(model.index(0, 1), SORT_ROLE) == 800_000
    session.insert(Account("借呗2", "jiebei", 100))
    model.reload()
    assert model.rowCount() == n + 1
    qtmodeltester.check(model)
