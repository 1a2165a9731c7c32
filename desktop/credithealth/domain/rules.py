"""The scoring rules, loaded from ``rules.toml``: thresholds, weights, windows, cool-downs.

Each table of the file becomes a frozen dataclass; a missing or mistyped key is
a ``RulesError`` that names it, so an edited file fails loudly and early.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, TypeVar, get_type_hints

from credithealth.domain import toml_files

FACTORS = ("credit_status", "account_security", "personal_info", "consumption", "external_credit")


class RulesError(ValueError):
    pass


@dataclass(frozen=True)
class OverallRules:
    threshold: int
    weights: dict[str, int]


@dataclass(frozen=True)
class EvidenceRules:
    none_score: int


@dataclass(frozen=True)
class BandRules:
    excellent: int
    good: int
    fair: int


@dataclass(frozen=True)
class CreditStatusRules:
    threshold: int
    base: int
    past_due_cap: int
    late_window_days: int
    late_penalty_each: int
    late_penalty_max: int
    long_late_days: int
    long_late_penalty: int
    very_long_late_days: int
    very_long_late_penalty: int
    recent_clear_days: int
    recent_clear_penalty: int
    settling_days: int
    settling_penalty: int
    failed_repayment_penalty: int
    failed_repayment_max: int
    unpaid_balance_penalty_each: int
    unpaid_balance_max: int
    evidence_enough_months: int
    evidence_thin_months: int


@dataclass(frozen=True)
class AccountSecurityRules:
    threshold: int
    points: dict[str, int]
    password_renew_days: int
    open_incident_penalty: int
    recent_incident_days: int
    recent_incident_penalty: int
    evidence_enough_items: int
    evidence_thin_items: int


@dataclass(frozen=True)
class PersonalInfoRules:
    threshold: int
    points: dict[str, int]
    change_window_days: int
    max_changes_in_window: int
    change_penalty_each: int
    change_penalty_max: int
    evidence_enough_items: int
    evidence_thin_items: int


@dataclass(frozen=True)
class ConsumptionRules:
    threshold: int
    window_months: int
    evidence_enough_months: int
    evidence_thin_months: int
    projection_recent_months: int
    active_month_min_purchases: int
    active_month_points: int
    steady_spread_pct: int
    steady_points: int
    uneven_spread_pct: int
    uneven_points: int
    large_vs_median_times: int
    large_vs_limit_pct: int
    large_floor_fen: int
    large_ceiling_fen: int
    large_share_low_pct: int
    large_share_low_points: int
    large_share_mid_pct: int
    large_share_mid_points: int
    large_count_max: int
    large_count_penalty: int
    no_cashout_points: int
    cashout_penalty_each: int
    huabei_share_max_pct: int
    huabei_moderate_points: int
    huabei_heavy_pct: int
    huabei_heavy_penalty: int
    on_time_points: int
    variety_min_categories: int
    variety_points: int


@dataclass(frozen=True)
class CashoutRules:
    """Credit-funded rows that look like cash-outs (``domain.cashout``)."""

    threshold: int
    credit_methods: list[str]
    resale_keywords: list[str]
    resale_weight: int
    recycling_keywords: list[str]
    recycling_weight: int
    personal_code_keywords: list[str]
    personal_code_weight: int
    category_weights: dict[str, int]
    round_unit_fen: int
    round_min_fen: int
    round_repeat_min: int
    round_repeat_weight: int
    night_from_hour: int
    night_to_hour: int
    night_weight: int
    dominant_share_pct: int
    dominant_min_rows: int
    dominant_min_fen: int
    dominant_weight: int
    transfer_weight: int


@dataclass(frozen=True)
class SesameBand:
    floor: int
    band: str
    points: int


@dataclass(frozen=True)
class ExternalCreditRules:
    threshold: int
    sesame_bands: list[SesameBand]
    sesame_min: int
    sesame_max: int
    no_sesame_points: int
    sesame_stale_days: int
    sesame_fade_days: int
    clean_report_points: int
    overdue_account_penalty: int
    overdue_account_max: int
    overdue_month_penalty: int
    overdue_month_max: int
    free_hard_inquiries: int
    hard_inquiry_penalty: int
    hard_inquiry_max: int
    inquiry_window_days: int
    overdue_month_window_days: int
    report_stale_days: int
    report_fade_days: int
    proof_points: int
    proof_max: int

    def sesame_band(self, score: int) -> SesameBand:
        found = self.sesame_bands[0]
        for b in self.sesame_bands:
            if score >= b.floor:
                found = b
        return found


@dataclass(frozen=True)
class ApplicationRules:
    cooldown_days: int
    review_workdays_min: int
    review_workdays_max: int


@dataclass(frozen=True)
class ProjectionRules:
    horizon_days: int


@dataclass(frozen=True)
class Rules:
    version: int
    overall: OverallRules
    evidence: EvidenceRules
    bands: BandRules
    credit_status: CreditStatusRules
    account_security: AccountSecurityRules
    personal_info: PersonalInfoRules
    consumption: ConsumptionRules
    cashout: CashoutRules
    external_credit: ExternalCreditRules
    applications: ApplicationRules
    projection: ProjectionRules

    def threshold(self, factor: str) -> int:
        return int(getattr(self, factor).threshold)

    def band(self, score: int) -> str:
        if score >= self.bands.excellent:
            return "excellent"
        if score >= self.bands.good:
            return "good"
        if score >= self.bands.fair:
            return "fair"
        return "poor"


T = TypeVar("T")


def _build(cls: type[T], data: Any, where: str) -> T:
    if not isinstance(data, dict):
        raise RulesError(f"[{where}] must be a table")
    hints = get_type_hints(cls)
    names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
    unknown = set(data) - names
    if unknown:
        raise RulesError(f"[{where}] has unknown key(s): {', '.join(sorted(unknown))}")
    values: dict[str, Any] = {}
    for name in names:
        key = f"{where}.{name}" if where else name
        if name not in data:
            raise RulesError(f"missing key: {key}")
        values[name] = _coerce(hints[name], data[name], key)
    return cls(**values)


def _coerce(hint: Any, value: Any, key: str) -> Any:
    if hint is int:
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise RulesError(f"{key} must be a whole number >= 0, not {value!r}")
        return value
    if hint is str:
        if not isinstance(value, str):
            raise RulesError(f"{key} must be text, not {value!r}")
        return value
    if hint == list[str]:
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise RulesError(f"{key} must be a list of words")
        return list(value)
    if hint == dict[str, int]:
        if not isinstance(value, dict):
            raise RulesError(f"{key} must be a table of whole numbers")
        return {k: _coerce(int, v, f"{key}.{k}") for k, v in value.items()}
    if hint == list[SesameBand]:
        if not isinstance(value, list) or not value:
            raise RulesError(f"{key} must be a non-empty list")
        return [_build(SesameBand, v, f"{key}[{i}]") for i, v in enumerate(value)]
    if isinstance(hint, type):
        return _build(hint, value, key)
    raise RulesError(f"{key}: unsupported rule type")  # pragma: no cover - a bug in this module


def _check(rules: Rules) -> Rules:
    w = rules.overall.weights
    if set(w) != set(FACTORS):
        raise RulesError(
            "overall.weights must name exactly the five factors: " + ", ".join(FACTORS)
        )
    if sum(w.values()) != 100:
        raise RulesError(f"overall.weights must add up to 100, not {sum(w.values())}")
    for factor in FACTORS:
        if not 0 <= rules.threshold(factor) <= 100:
            raise RulesError(f"{factor}.threshold must be between 0 and 100")
    ec = rules.external_credit
    if ec.no_sesame_points > ec.sesame_bands[0].points:
        raise RulesError(
            "external_credit.no_sesame_points must not exceed the lowest Sesame band's points"
            " (no score must never beat an honest low one)"
        )
    for key in ("sesame_fade_days", "inquiry_window_days", "overdue_month_window_days"):
        if getattr(ec, key) == 0:
            raise RulesError(f"external_credit.{key} must be at least 1")
    for factor in ("credit_status", "account_security", "personal_info", "consumption"):
        fr = getattr(rules, factor)
        lo = (
            fr.evidence_thin_items
            if hasattr(fr, "evidence_thin_items")
            else fr.evidence_thin_months
        )
        hi = (
            fr.evidence_enough_items
            if hasattr(fr, "evidence_enough_items")
            else fr.evidence_enough_months
        )
        if not 1 <= lo <= hi:
            raise RulesError(f"{factor}: evidence thin must be at least 1 and at most enough")
    co = rules.cashout
    if co.night_from_hour > 23 or co.night_to_hour > 23 or co.round_unit_fen == 0:
        raise RulesError("cashout: night hours must be 0-23 and round_unit_fen above 0")
    floors = [b.floor for b in rules.external_credit.sesame_bands]
    if floors != sorted(floors):
        raise RulesError("external_credit.sesame_bands must be in rising order of floor")
    return rules


def parse_rules(text: str) -> Rules:
    try:
        data = toml_files.parse(text.encode("utf-8"))
    except ValueError as exc:  # tomllib.TOMLDecodeError
        raise RulesError(f"rules file is not valid TOML: {exc}") from exc
    return _check(_build(Rules, data, ""))


def load_rules(path: Path | None = None) -> Rules:
    if path is None:
        from credithealth.paths import resource

        path = resource("rules.toml")
    return parse_rules(path.read_text(encoding="utf-8"))


_default: Rules | None = None


def default_rules() -> Rules:
    """The shipped rules, loaded once per process."""
    global _default
    if _default is None:
        _default = load_rules()
    return _default
