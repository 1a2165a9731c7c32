"""The readiness PDF lists the cash-out-like rows: date, counterparty, amount, why."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from sqlite_utils import Database

from credithealth.domain.cashout import REASONS
from credithealth.domain.messages import Msg
from credithealth.report import build_report, write_pdf
from credithealth.store.imports import import_bill
from tests.report.conftest import DEMO_DAY
from tests.report.pdftext import squash, text
from tests.store.bill_files import alipay_file, purchase


def test_every_reason_reads_in_both_languages() -> None:
    for code in REASONS:
        for lang in ("en", "zh_CN"):
            assert Msg(f"report.cashout.{code}").render(lang) != f"report.cashout.{code}"


def test_the_pdf_lists_the_gift_card_rows(
    seeded_db: Database, report_app: QApplication, tmp_path: Path
) -> None:
    rows = [
        purchase(f"2026-10-{d:02d} 23:41:00", "2000.00", party="示例礼品卡回收店")
        for d in (2, 9, 16)
    ]
    import_bill(seeded_db, alipay_file(rows, "2026-10-01", "2026-10-31"))
    for lang, words in (
        ("zh_CN", ("用信用支付、疑似套现的记录", "礼品卡、充值卡转卖", "深夜消费")),
        ("en", ("Cash-out-like rows paid on credit", "gift card / recharge card resale")),
    ):
        path = tmp_path / f"{lang}.pdf"
        write_pdf(build_report(seeded_db, DEMO_DAY, lang), path)
        found = squash(text(path))
        for w in (*words, "2026-10-0223:41", "示例礼品卡回收店", "¥2,000.00"):
            assert squash(w) in found, (lang, w)
