"""Reading the bill files Alipay and WeChat Pay export. Plain Python: no Qt, no SQL.

``read_bill_file`` / ``read_bill_bytes`` turn an export (CSV, XLSX, or the
password-protected zip the app sends) into a ``ParsedFile``: one ``ParsedRow`` per
transaction, with its scoring kind decided, and a ``RowError`` per unreadable row.
A file that cannot be imported at all raises ``BillFileError``. The store saves the
rows; nothing here touches the database.
"""

from credithealth.importers.errors import BillFileError
from credithealth.importers.parsed import (
    FORMATS,
    ParsedFile,
    ParsedRow,
    RepaymentHint,
    RowError,
)
from credithealth.importers.reader import read_bill_bytes, read_bill_file

__all__ = [
    "FORMATS",
    "BillFileError",
    "ParsedFile",
    "ParsedRow",
    "RepaymentHint",
    "RowError",
    "read_bill_bytes",
    "read_bill_file",
]
