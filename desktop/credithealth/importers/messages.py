"""What the importers tell the user, in English and Chinese (``importers.*`` codes in
``resources/messages/importers.toml``).

Row problems name the column as the bill file names it (交易时间, 金额), because
that is what the user sees when they open the file.
"""

from __future__ import annotations

from credithealth.domain.messages import Msg

# the bill formats the importers read; each has a name "importers.format.<code>" in
# resources/messages/importers.toml
FORMAT_NAMES = (
    "alipay_app_2023",
    "alipay_app_2021",
    "alipay_web",
    "wechat_csv",
    "wechat_xlsx_2025",
    "wechat_xlsx_2026",
)


def format_name(code: str) -> Msg:
    """The bill format as a user knows it, for use as a message parameter."""
    return Msg(f"importers.format.{code}")
