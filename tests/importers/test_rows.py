"""The per-row range check refuses a row with the message ``limits`` gives."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from credithealth.domain import limits
from credithealth.domain.records import Transaction
from credithealth.importers import rows

TODAY = date(2026, 12, 6)
BJ = timezone(timedelta(hours=8))
LAST = limits.last_day(TODAY)


def _edge_dates() -> st.SearchStrategy[datetime]:
    days = st.sampled_from(
        [
            limits.FIRST_DAY - timedelta(days=1),
            limits.FIRST_DAY,
            date(2025, 6, 30),
            LAST,
            LAST + timedelta(days=1),
        ]
    )
    return st.builds(
        lambda d, s: datetime(d.year, d.month, d.day, tzinfo=BJ) + timedelta(seconds=s),
        days,
        st.sampled_from([0, 1, 86_399]),
    )


def _text(limit: int) -> st.SearchStrategy[object]:
    return st.one_of(
        st.sampled_from([0, 1, limit - 1, limit, limit + 1]).map(lambda n: "字" * n),
        st.sampled_from([None, 5, 1.5, b"bytes"]),
    )


transactions = st.builds(
    Transaction,
    occurred_at=st.one_of(_edge_dates(), st.sampled_from([date(2025, 1, 1), "2025-01-01"])),
    amount_fen=st.one_of(
        st.sampled_from([-1, 0, 1, limits.MAX_FEN, limits.MAX_FEN + 1, 10**30]),
        st.sampled_from([True, 1.0, "100"]),
    ),
    direction=st.just("out"),
    category=_text(limits.MAX_NAME),
    counterparty=_text(limits.MAX_NAME),
    description=_text(limits.MAX_NOTE),
    method=_text(limits.MAX_NAME),
    status=_text(limits.MAX_NAME),
    source=st.just("alipay"),
    external_id=_text(limits.MAX_NAME),
    parent_external_id=_text(limits.MAX_NAME),
)


@given(transactions)
def test_a_row_is_refused_with_the_message_limits_gives(t: Transaction) -> None:
    from credithealth.importers.errors import RowProblem
    from credithealth.importers.parsed import ParsedRow

    found = limits.problems(t, TODAY, rows.FROM_THE_FILE)
    try:
        rows.check_row(ParsedRow(1, t), TODAY)
    except RowProblem as problem:
        assert found and problem.msg == found[0].msg
    else:
        assert found == []
