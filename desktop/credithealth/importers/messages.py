"""What the importers tell the user, in English and Chinese.

Row problems name the column as the bill file names it (交易时间, 金额), because
that is what the user sees when they open the file.
"""

from __future__ import annotations

from credithealth.domain.messages import Msg, register

FORMAT_NAMES: dict[str, tuple[str, str]] = {
    "alipay_app_2023": (
        "Alipay app 交易明细 (2023 on)",
        "支付宝 App 交易明细（2023 年起）",
    ),
    "alipay_app_2021": (
        "Alipay app 交易明细 (2021–2023)",
        "支付宝 App 交易明细（2021–2023 年）",
    ),
    "alipay_web": (
        "Alipay web 交易记录明细 (before 2023)",
        "支付宝网页版交易记录明细（2023 年前）",
    ),
    "wechat_csv": ("WeChat Pay 账单 CSV", "微信支付账单 CSV"),
    "wechat_xlsx_2025": ("WeChat Pay 账单 XLSX (2025)", "微信支付账单 XLSX（2025 年版）"),
    "wechat_xlsx_2026": ("WeChat Pay 账单 XLSX (2026 on)", "微信支付账单 XLSX（2026 年起）"),
}


def format_name(code: str) -> Msg:
    """The bill format as a user knows it, for use as a message parameter."""
    return Msg(f"importers.format.{code}")


register({f"importers.format.{code}": names for code, names in FORMAT_NAMES.items()})

register(
    {
        # file-level: the whole file is refused
        "importers.cannot_open": (
            "Credit Health could not open {name}: {reason}",
            "无法打开 {name}：{reason}",
        ),
        "importers.file_empty": (
            "{name} is empty (0 bytes). Export the bill again from the app.",
            "{name} 是空文件（0 字节）。请在 App 中重新导出账单。",
        ),
        "importers.file_too_large": (
            "{name} is larger than {limit_mb} MB, far more than any bill export; it cannot be "
            "imported.",
            "{name} 超过 {limit_mb} MB，远大于任何账单导出文件，无法导入。",
        ),
        "importers.unknown_format": (
            "{name} is not a bill file Credit Health can read. Import an Alipay 交易明细 CSV "
            "(app or web export) or a WeChat Pay 账单 CSV/XLSX, exactly as the app sent it "
            "(the zip is fine too).",
            "无法识别 {name}。请导入支付宝交易明细 CSV（App 或网页导出）或微信支付账单 "
            "CSV/XLSX，保持 App 发来的原样（直接导入压缩包也可以）。",
        ),
        "importers.missing_columns": (
            "{name} looks like a {format} but lacks the columns {columns}. Export the bill "
            "again from the app and import it without editing it.",
            "{name} 看起来是{format}，但缺少以下列：{columns}。请在 App 中重新导出账单，"
            "不要修改后再导入。",
        ),
        "importers.excel_resaved": (
            "{name} was opened and saved again in Excel or another spreadsheet: it contains "
            "“{example}”, which the apps never write. Spreadsheets drop the seconds from times "
            "and turn long order numbers into rounded numbers, so the file cannot be imported "
            "safely. Export the bill again from the Alipay or WeChat app and import that file, "
            "or the zip it came in, without opening and saving it in Excel.",
            "{name} 曾在 Excel 或其他表格软件中打开并重新保存：其中出现了“{example}”，而 App "
            "导出的文件不会这样写。表格软件会去掉时间中的秒，并把较长的订单号变成近似的数字，"
            "因此无法安全导入。请在支付宝或微信 App 中重新导出账单，直接导入该文件或压缩包，"
            "不要用 Excel 打开后再保存。",
        ),
        "importers.password_required": (
            "{name} is protected by a password. Enter the unzip password that Alipay or WeChat "
            "sent you with the export.",
            "{name} 有密码保护。请输入支付宝或微信在导出时发给你的解压密码。",
        ),
        "importers.wrong_password": (
            "The password does not open {name}. Check the unzip password in the Alipay or "
            "WeChat message that came with the export.",
            "密码无法打开 {name}。请核对支付宝或微信导出通知中的解压密码。",
        ),
        "importers.zip_unreadable": (
            "{name} is a damaged or incomplete zip file. Download the export again.",
            "{name} 是损坏或不完整的压缩包。请重新下载导出文件。",
        ),
        "importers.zip_empty": (
            "{name} holds no bill file. Download the export again.",
            "{name} 里没有账单文件。请重新下载导出文件。",
        ),
        "importers.xlsx_unreadable": (
            "{name} is a damaged Excel workbook. Export the bill again from the WeChat app.",
            "{name} 是损坏的 Excel 工作簿。请在微信中重新导出账单。",
        ),
        "importers.unreadable_run": (
            "{name} is not a bill file: {count} rows in a row up to line {line} cannot be read "
            "as transactions, so nothing was imported.",
            "{name} 不是账单文件：截至第 {line} 行，连续 {count} 行都无法作为交易读取，因此没有导入任何记录。",
        ),
        "importers.no_readable_rows": (
            "None of the {count} transactions in {name} could be read, so nothing was "
            "imported. The first problem, on line {line}: {reason}",
            "{name} 中的 {count} 笔交易都无法读取，因此没有导入任何记录。第一个问题在第 "
            "{line} 行：{reason}",
        ),
        # row-level: one row is skipped, the rest of the file imports
        "importers.row.field_count": (
            "The row has {found} fields where the header has {expected}.",
            "该行有 {found} 个字段，而表头有 {expected} 个。",
        ),
        "importers.row.bad_time": (
            "{field} “{value}” is not a date and time like 2025-06-30 21:14:05.",
            "{field}“{value}”不是形如 2025-06-30 21:14:05 的日期时间。",
        ),
        "importers.row.bad_amount": (
            "{field} “{value}” is not an amount of money.",
            "{field}“{value}”不是有效金额。",
        ),
        "importers.row.amount_decimals": (
            "{field} “{value}” has more than two decimals.",
            "{field}“{value}”超过两位小数。",
        ),
        "importers.row.amount_negative": (
            "{field} “{value}” is negative; bill amounts never are.",
            "{field}“{value}”是负数，账单金额不应为负。",
        ),
        "importers.row.amount_too_large": (
            "{field} “{value}” is too large to be a real transaction.",
            "{field}“{value}”过大，不可能是真实交易。",
        ),
        "importers.row.bad_direction": (
            "{field} “{value}” is none of 收入, 支出, 不计收支, 其他 or /.",
            "{field}“{value}”不是收入、支出、不计收支、其他或 / 之一。",
        ),
        "importers.row.damaged_order_id": (
            "{field} “{value}” was turned into a number by a spreadsheet and no longer "
            "identifies the order.",
            "{field}“{value}”已被表格软件转换成数字，无法再识别该订单。",
        ),
    }
)
