"""The credit-funded rows of a window that look like cash-outs (``domain.cashout``).

SQL finds the patterns across rows (round amounts repeated to one counterparty, the
counterparty taking most credit-funded spending) and only the rows that show any
reason at all; the domain weighs the reasons with the rules.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from credithealth.domain.cashout import CreditPatterns, CreditRow, SuspiciousRow, suspicious_rows
from credithealth.domain.rules import CashoutRules
from credithealth.store.database import Database


def _contains(column: str, key: str, word: str, params: dict[str, Any]) -> str:
    """``column`` holds ``word``: ``instr`` (a plain substring search, several times faster
    than LIKE's pattern matching) unless LIKE would read the word differently, i.e. it
    has an ASCII letter (LIKE ignores case) or a wildcard (``%``, ``_``)."""
    if any(c.isascii() and (c.isalpha() or c in "%_") for c in word):
        params[key] = f"%{word}%"
        return f"{column} LIKE :{key}"
    params[key] = word
    return f"instr({column}, :{key}) > 0"


def _credit(rules: CashoutRules, params: dict[str, Any]) -> str:
    """Paid on credit: Huabei, or a method naming one of the credit words."""
    parts = ["huabei = 1"]
    for i, word in enumerate(rules.credit_methods):
        parts.append(_contains("method", f"m{i}", word, params))
    return "(" + " OR ".join(parts) + ")"


def _least(words: list[str]) -> list[str]:
    """The words no shorter one lies within: a text holding 礼品卡回收 holds 回收, so
    looking for 回收 alone finds every row either would (23 searches become 8)."""
    unique = sorted(dict.fromkeys(w for w in words if w), key=len)
    out: list[str] = []
    for w in unique:
        if not any(shorter in w for shorter in out):
            out.append(w)
    return out


def _words(rules: CashoutRules, params: dict[str, Any]) -> str:
    """A row whose texts hold any of the words, by plain substring search: a wider net
    than ``domain.cashout``, which weighs each word only where it counts (every row is
    weighed there, one by one), so a superset here changes no result."""
    words = [*rules.resale_keywords, *rules.recycling_keywords, *rules.personal_code_keywords]
    parts = []
    for i, word in enumerate(_least(words)):
        params[f"w{i}"] = word
        parts.extend(
            f"instr({col}, :w{i}) > 0" for col in ("counterparty", "description", "category")
        )
    return "(" + " OR ".join(parts) + ")" if parts else "0"


def patterns(db: Database, start: str, end: str, rules: CashoutRules) -> CreditPatterns:
    params: dict[str, Any] = {"start": start, "end": end}
    where = (
        f"kind = 'purchase' AND occurred_at >= :start AND occurred_at < :end "
        f"AND {_credit(rules, params)}"
    )
    # one pass over the window: each (counterparty, amount) with its count, from which
    # both patterns follow (the round check in SQL, so % means what SQLite's % means)
    groups = db.execute(
        f"""SELECT counterparty, amount_fen, COUNT(*),
                   amount_fen >= :min AND amount_fen % :unit = 0
            FROM transactions WHERE {where} GROUP BY counterparty, amount_fen""",
        {**params, "min": rules.round_min_fen, "unit": rules.round_unit_fen},
    ).fetchall()
    repeated = frozenset(
        (party, fen) for party, fen, n, round_ in groups if round_ and n >= rules.round_repeat_min
    )
    # the credit-funded spending by counterparty: the total, and who takes most
    sums: dict[str, list[int]] = {}
    for party, fen, n, _round in groups:
        entry = sums.setdefault(party, [0, 0])
        entry[0] += fen * n
        entry[1] += n
    by_party = [(party, fen, n) for party, (fen, n) in sums.items()]
    total = sum(fen for _party, fen, _n in by_party)
    named = [row for row in by_party if row[0] != ""]
    # as ORDER BY SUM DESC, counterparty: SQLite's BINARY order of UTF-8 is code-point order
    top = min(named, key=lambda row: (-row[1], row[0])) if named else None
    dominant, pct = None, 0
    if top is not None and total > 0:
        party, fen, n = top
        pct = fen * 100 // total
        if (
            pct >= rules.dominant_share_pct
            and n >= rules.dominant_min_rows
            and fen >= rules.dominant_min_fen
        ):
            dominant = party
    return CreditPatterns(repeated, dominant, pct)


def _night(rules: CashoutRules) -> str:
    hour = "CAST(substr(occurred_at, 12, 2) AS INTEGER)"
    a, b = rules.night_from_hour, rules.night_to_hour
    if a > b:
        return f"({hour} >= {int(a)} OR {hour} < {int(b)})"
    return f"({hour} >= {int(a)} AND {hour} < {int(b)})"


def _may_weigh_enough(rules: CashoutRules, found: CreditPatterns, params: dict[str, Any]) -> str:
    """A purchase whose reasons could weigh the threshold: the most each reason of
    ``domain.cashout.reasons_of`` could add, summed in SQL (the words counted at their
    heaviest wherever they appear). Never less than the row's real weight, so no row
    the domain would list is left out, and the many rows with one light reason (a
    purchase at night) are not read at all. The cheap part first: when it alone reaches
    the threshold, the word search is skipped."""
    names = ("night", "dominant", "round_repeat", "resale", "recycling", "personal_code")
    w = {f"{n}_weight": max(0, int(getattr(rules, f"{n}_weight"))) for n in names}
    parts = [f"({_night(rules)}) * {int(w['night_weight'])}"]
    cases = []
    for i, (category, weight) in enumerate(rules.category_weights.items()):
        params[f"c{i}"] = category
        cases.append(f"WHEN :c{i} THEN {max(0, int(weight))}")
    if cases:
        parts.append(f"(CASE category {' '.join(cases)} ELSE 0 END)")
    if found.dominant is not None:
        params["dominant"] = found.dominant
        parts.append(f"(counterparty = :dominant) * {int(w['dominant_weight'])}")
    pairs = []
    for i, (party, fen) in enumerate(sorted(found.round_repeated)):
        params[f"rp{i}"], params[f"rf{i}"] = party, fen
        pairs.append(f"(counterparty = :rp{i} AND amount_fen = :rf{i})")
    if pairs:
        parts.append(f"({' OR '.join(pairs)}) * {int(w['round_repeat_weight'])}")
    if rules.threshold <= 0:  # every row with any reason at all is listed: no bound helps
        reasons = [_night(rules), *(f"category = :c{i}" for i in range(len(cases)))]
        if found.dominant is not None:
            reasons.append("counterparty = :dominant")
        reasons += [*pairs, _words(rules, params)]
        return "(" + " OR ".join(reasons) + ")"
    rest = " + ".join(parts)
    words = max(w["resale_weight"], w["recycling_weight"]) + w["personal_code_weight"]
    return (
        f"(({rest}) >= :threshold OR (({rest}) + {int(words)} >= :threshold "
        f"AND {_words(rules, params)}))"
    )


def cashout_rows(
    db: Database, start: str, end: str, rules: CashoutRules
) -> tuple[SuspiciousRow, ...]:
    """The window's cash-out-like rows (``start`` <= occurred_at < ``end``), oldest first;
    rows the user marked "not a cash-out" among them, flagged ``dismissed``."""
    found = patterns(db, start, end, rules)
    params: dict[str, Any] = {"start": start, "end": end, "threshold": rules.threshold}
    rows = db.execute(
        f"""SELECT id, occurred_at, amount_fen, counterparty, description, category, kind,
                   not_cashout
            FROM transactions
            WHERE occurred_at >= :start AND occurred_at < :end
              AND (kind = 'cashout'  -- the importer's (or the user's) own word for it
                   OR (kind = 'purchase' AND {_credit(rules, params)}
                       AND {_may_weigh_enough(rules, found, params)}))
            ORDER BY occurred_at, id""",
        params,
    ).fetchall()
    credit = (
        CreditRow(
            id=rid,
            occurred_at=datetime.fromisoformat(at),
            amount_fen=fen,
            counterparty=party,
            description=what,
            category=category,
            kind=kind,
            not_cashout=bool(mark),
        )
        for rid, at, fen, party, what, category, kind, mark in rows
    )
    return suspicious_rows(credit, found, rules)
