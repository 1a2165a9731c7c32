"""What reading a bill file gives back: plain records, ready for the store."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from credithealth.domain.messages import Msg
from credithealth.domain.records import Transaction

# Stable codes for the layouts the readers know; the store keeps them in ``imports.format``.
FORMATS = (
    "alipay_app_2023",  # Alipay app 交易明细 from 2023-02, every banner and tip variant
    "alipay_app_2021",  # Alipay app 交易明细 2021 to 2023-02: header first, footer after rows
    "alipay_web",  # Alipay PC web 交易记录明细查询, 16 columns, retired around 2023
    "wechat_csv",  # WeChat Pay CSV, up to mid-2025
    "wechat_xlsx_2025",  # WeChat Pay XLSX from 2025-07: header row 17, text amounts
    "wechat_xlsx_2026",  # WeChat Pay XLSX from 2026-03: header row 18, numbers and dates
)


@dataclass(frozen=True, slots=True)
class RepaymentHint:
    """A credit repayment seen in a bill: enough for the store to file it under an account."""

    account_kind: str  # "huabei", "jiebei", "credit_card" or "loan"
    account_name: str  # "花呗", "借呗", "招商银行信用卡", ...
    period: str | None  # "YYYY-MM" of the bill it pays, when the row names it
    paid_on: date
    amount_fen: int
    failed: bool
    method: str
    external_id: str | None


@dataclass(frozen=True, slots=True)
class ParsedRow:
    line: int  # 1-based line in the file (row number for xlsx)
    transaction: Transaction
    repayment: RepaymentHint | None = None
    note: str = ""  # the 备注 column: the user's own note, or WeChat's 服务费 remark


@dataclass(frozen=True, slots=True)
class RowError:
    line: int
    msg: Msg


@dataclass(frozen=True, slots=True)
class ParsedFile:
    file_name: str
    sha256: str  # of the bytes as given, zip included: the same export imports once
    format: str  # one of FORMATS
    rows_total: int  # data rows in the file: len(rows) + rows_unreadable
    rows: list[ParsedRow]
    errors: list[RowError]  # the first unreadable rows (at most rows.MAX_KEPT_ERRORS)
    period_start: date | None = None
    period_end: date | None = None

    @property
    def rows_unreadable(self) -> int:
        """Every unreadable row, the ones past those kept in ``errors`` included."""
        return self.rows_total - len(self.rows)
