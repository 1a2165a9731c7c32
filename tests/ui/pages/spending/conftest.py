"""Counting the windows of rows the transactions model reads from the store: what
"lazy" is checked by, seen from outside the model."""

from __future__ import annotations

from typing import Any

import pytest

from credithealth.ui.pages.spending import transactions_model


class StoreReads:
    def __init__(self) -> None:
        self.count = 0


@pytest.fixture
def store_reads(monkeypatch: pytest.MonkeyPatch) -> StoreReads:
    reads = StoreReads()
    for name in ("transaction_page", "transactions_by_id"):
        real = getattr(transactions_model, name)

        def counted(*args: Any, _real: Any = real, **kwargs: Any) -> Any:
            reads.count += 1
            return _real(*args, **kwargs)

        monkeypatch.setattr(transactions_model, name, counted)
    return reads
