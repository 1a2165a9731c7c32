"""The records a user keeps, as plain dataclasses.

Field names are the column names of the store's tables (DESIGN.md, "Data"), so a
record maps to a row and back without a translation table. Money is integer fen,
dates are ``datetime.date``; ``id`` is None until the store has saved the record.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import ClassVar

ACCOUNT_KINDS = ("huabei", "jiebei", "credit_card", "loan", "other")
ACCOUNT_STATUSES = ("active", "limited", "suspended", "closed")
SECURITY_ITEM_KEYS = (
    "password_changed",
    "mfa_enabled",
    "devices_reviewed",
    "no_public_wifi",
    "login_alerts",
)
SECURITY_EVENT_KINDS = ("remote_login", "abnormal_transaction", "suspected_theft", "other")
PROFILE_ITEM_KEYS = (
    "real_name",
    "phone",
    "address",
    "education",
    "occupation",
    "housing_fund",
    "social_insurance",
)
DIRECTIONS = ("out", "in", "neutral")
TRANSACTION_SOURCES = ("alipay", "wechat", "manual")
# What a transaction means for scoring, decided by the importer (or the form):
#   purchase          spending that counts (paid, not closed)
#   refund            money back for an earlier purchase (parent_external_id names it)
#   closed            an order closed or never paid: not spending
#   repayment         a credit repayment (Huabei, Jiebei, credit card, loan)
#   repayment_failed  a repayment attempt that failed (还款失败)
#   cashout           cash taken out on credit or a transfer to oneself paid on credit
#   loan              a loan paid out to the user (放款成功): borrowing, not spending
#   transfer          money moved to or from a person
#   income            salary, fees, interest received
#   investment        money-market and fund moves (余额宝, 理财通, 零钱通)
#   other             anything else
TRANSACTION_KINDS = (
    "purchase",
    "refund",
    "closed",
    "repayment",
    "repayment_failed",
    "cashout",
    "loan",
    "transfer",
    "income",
    "investment",
    "other",
)
SCORE_PROVIDERS = ("sesame",)
PROOF_KINDS = ("salary_flow", "property", "vehicle", "deposit", "other")
APPLICATION_CHANNELS = ("app", "customer_service")
APPLICATION_STATUSES = ("pending", "approved", "refused")
VERDICTS = ("likely", "not_yet", "blocked")
CHECKUP_REASONS = ("overdue", "account_risk", "frequent_changes", "unknown")
REPAYMENT_SOURCES = ("manual", "import")
DEFAULT_DUE_DAY = 10
DUE_DAY_RANGE = (1, 28)  # every month has the day


@dataclass(frozen=True, slots=True)
class Account:
    table: ClassVar[str] = "accounts"
    name: str
    kind: str
    credit_limit_fen: int | None = None
    status: str = "active"
    notes: str = ""
    # the day of the month its bills fall due (Huabei: the 9th or 10th); bills derived
    # from bill files take it
    due_day: int = DEFAULT_DUE_DAY
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Bill:
    table: ClassVar[str] = "bills"
    account_id: int
    period: str  # "YYYY-MM"
    due_on: date
    amount_due_fen: int
    # the minimum payment that keeps the bill from being overdue; None means the whole amount
    min_due_fen: int | None = None
    # made from a bill file's Huabei rows (store.derived_bills), not entered by the user;
    # confirming or correcting it makes it the user's own
    derived: bool = False
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Repayment:
    table: ClassVar[str] = "repayments"
    account_id: int
    paid_on: date
    amount_fen: int
    bill_id: int | None = None
    principal_fen: int = 0
    interest_fen: int = 0
    penalty_fen: int = 0
    method: str = ""
    source: str = "manual"
    external_id: str | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class SecurityItem:
    table: ClassVar[str] = "security_items"
    key: str
    done: bool = False
    done_on: date | None = None
    # days after done_on when the item is due again (password renewal); None: never
    renew_days: int | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class SecurityEvent:
    table: ClassVar[str] = "security_events"
    kind: str
    occurred_on: date
    resolved_on: date | None = None
    notes: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class ProfileItem:
    table: ClassVar[str] = "profile_items"
    key: str
    done: bool = False
    updated_on: date | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class ProfileChange:
    table: ClassVar[str] = "profile_changes"
    key: str
    changed_on: date
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Transaction:
    table: ClassVar[str] = "transactions"
    occurred_at: datetime  # timezone-aware; bill files are Beijing time (+08:00)
    amount_fen: int  # always >= 0; the direction says which way it went
    direction: str
    kind: str = "other"
    category: str = ""
    counterparty: str = ""
    description: str = ""
    method: str = ""
    status: str = ""
    source: str = "manual"
    external_id: str | None = None
    # for a refund: the order number of the purchase it returns money for
    parent_external_id: str | None = None
    huabei: bool = False  # paid with Huabei (purchase) or repaying Huabei (repayment)
    import_id: int | None = None
    # the user says this row is no cash-out, whatever its pattern suggests
    not_cashout: bool = False
    id: int | None = None


@dataclass(frozen=True, slots=True)
class ScoreSnapshot:
    table: ClassVar[str] = "score_snapshots"
    taken_on: date
    score: int
    provider: str = "sesame"
    id: int | None = None


@dataclass(frozen=True, slots=True)
class CreditReport:
    """A snapshot of the PBOC credit report (央行征信)."""

    table: ClassVar[str] = "credit_reports"
    taken_on: date
    overdue_accounts: int = 0
    overdue_months_24m: int = 0
    hard_inquiries_6m: int = 0
    open_loans: int = 0
    open_cards: int = 0
    proofs: str = ""  # comma-separated PROOF_KINDS held (工资流水, 房产证, ...)
    id: int | None = None

    @property
    def proof_set(self) -> frozenset[str]:
        return frozenset(p for p in self.proofs.split(",") if p)


@dataclass(frozen=True, slots=True)
class Application:
    table: ClassVar[str] = "applications"
    submitted_on: date
    channel: str = "app"
    status: str = "pending"
    decided_on: date | None = None
    feedback: str = ""
    predicted_verdict: str | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Checkup:
    """Step 1 of the restore process: the reasons given or suspected for the limit."""

    table: ClassVar[str] = "checkups"
    taken_on: date
    reasons: str = ""  # comma-separated CHECKUP_REASONS
    notes: str = ""
    id: int | None = None

    @property
    def reason_set(self) -> frozenset[str]:
        return frozenset(r for r in self.reasons.split(",") if r)


@dataclass(frozen=True, slots=True)
class ImportRecord:
    table: ClassVar[str] = "imports"
    file_name: str
    sha256: str
    format: str
    imported_at: datetime
    rows_total: int = 0
    rows_new: int = 0
    rows_duplicate: int = 0
    rows_skipped: int = 0
    # the time range the file says it covers (its rows' first and last day when it
    # says none): what the bills derived from it may rely on
    period_start: date | None = None
    period_end: date | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class DismissedBill:
    """A derived bill the user deleted: bill files never derive it again."""

    table: ClassVar[str] = "dismissed_bills"
    account_id: int
    period: str  # "YYYY-MM"
    id: int | None = None


@dataclass(frozen=True, slots=True)
class AssessmentRecord:
    """One stored assessment: the history behind the trend charts."""

    table: ClassVar[str] = "assessments"
    computed_on: date
    overall: int
    verdict: str
    factors: str  # JSON: {"credit_status": score, ...}
    id: int | None = None


@dataclass(frozen=True, slots=True)
class HolidayNoticeRecord:
    """A State Council holiday notice the user added: one per year, its days as ISO dates
    separated by commas (``holiday_notice.notice_from_record`` checks them)."""

    table: ClassVar[str] = "holiday_notices"
    year: int
    days_off: str
    make_up_workdays: str = ""
    text: str = ""  # the notice as given, to show again
    added_on: date | None = None
    id: int | None = None


RECORD_TYPES: tuple[type, ...] = (
    Account,
    Bill,
    Repayment,
    SecurityItem,
    SecurityEvent,
    ProfileItem,
    ProfileChange,
    Transaction,
    ScoreSnapshot,
    CreditReport,
    Application,
    Checkup,
    ImportRecord,
    AssessmentRecord,
    DismissedBill,
    HolidayNoticeRecord,
)
