"""Credit-funded rows that look like cash-outs (套现) to a reviewer.

The importer marks a transfer, red packet or balance recharge paid on credit as
``cashout`` from the row alone. A purchase can be a cash-out too: a gift card or
phone credit bought with Huabei and sold back, goods "sold" to a recycler, a
person's collection code paid as if it were a shop. Those show in the row's words
and in patterns across rows: the same round amount paid to the same counterparty
again and again, at night, one counterparty taking most of what credit paid for.

Each reason found on a row adds its weight (``[cashout]`` in ``rules.toml``); a row
whose weights reach the threshold is cash-out-like, and listed with its reasons.
The user can say a row is no cash-out (``not_cashout``): it stays listed, marked
so, and no longer counts. A loan paid out (放款成功) is a loan, never a cash-out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from credithealth.domain.rules import CashoutRules

# reason codes, in the order they are listed
REASONS = (
    "transfer_on_credit",
    "resale",
    "recycling",
    "personal_code",
    "category",
    "round_repeated",
    "night",
    "dominant_counterparty",
)


@dataclass(frozen=True, slots=True)
class CreditRow:
    """A row paid on credit within the window, as the store hands it over."""

    id: int
    occurred_at: datetime  # Beijing time, as the bill states it
    amount_fen: int
    counterparty: str
    description: str
    category: str
    kind: str  # "purchase" or "cashout"
    not_cashout: bool = False


@dataclass(frozen=True, slots=True)
class CreditPatterns:
    """What the store found across the window's credit-funded purchases."""

    round_repeated: frozenset[tuple[str, int]] = frozenset()  # (counterparty, amount_fen)
    dominant: str | None = None  # the counterparty taking most credit-funded spending
    dominant_pct: int = 0


@dataclass(frozen=True, slots=True)
class SuspiciousRow:
    id: int
    occurred_at: datetime
    counterparty: str
    description: str
    amount_fen: int
    reasons: tuple[str, ...]
    weight: int
    dismissed: bool = False  # the user said it is no cash-out: listed, not counted

    @property
    def month(self) -> str:
        return f"{self.occurred_at.year:04d}-{self.occurred_at.month:02d}"


def _has(words: Iterable[str], *texts: str) -> bool:
    return any(w and w in t for w in words for t in texts)


def is_night(at: datetime, rules: CashoutRules) -> bool:
    h, start, end = at.hour, rules.night_from_hour, rules.night_to_hour
    return start <= h or h < end if start > end else start <= h < end


def reasons_of(
    row: CreditRow, patterns: CreditPatterns, rules: CashoutRules
) -> list[tuple[str, int]]:
    """Each reason the row gives, with its weight."""
    texts = (row.counterparty, row.description)
    found: list[tuple[str, int]] = []
    if row.kind == "cashout":
        found.append(("transfer_on_credit", rules.transfer_weight))
    if _has(rules.resale_keywords, *texts):
        found.append(("resale", rules.resale_weight))
    elif _has(rules.recycling_keywords, *texts):  # 礼品卡回收 is resale, not also recycling
        found.append(("recycling", rules.recycling_weight))
    if _has(rules.personal_code_keywords, *texts, row.category):
        found.append(("personal_code", rules.personal_code_weight))
    category = rules.category_weights.get(row.category, 0)
    if category:
        found.append(("category", category))
    if (row.counterparty, row.amount_fen) in patterns.round_repeated:
        found.append(("round_repeated", rules.round_repeat_weight))
    if is_night(row.occurred_at, rules):
        found.append(("night", rules.night_weight))
    if patterns.dominant is not None and row.counterparty == patterns.dominant:
        found.append(("dominant_counterparty", rules.dominant_weight))
    return found


def suspicious_rows(
    rows: Iterable[CreditRow], patterns: CreditPatterns, rules: CashoutRules
) -> tuple[SuspiciousRow, ...]:
    """The rows whose reasons weigh at least the threshold, oldest first."""
    out = []
    for row in rows:
        found = reasons_of(row, patterns, rules)
        weight = sum(w for _, w in found)
        if weight >= rules.threshold:
            out.append(
                SuspiciousRow(
                    id=row.id,
                    occurred_at=row.occurred_at,
                    counterparty=row.counterparty,
                    description=row.description,
                    amount_fen=row.amount_fen,
                    reasons=tuple(code for code, _ in found),
                    weight=weight,
                    dismissed=row.not_cashout,
                )
            )
    out.sort(key=lambda s: (s.occurred_at, s.id))
    return tuple(out)
