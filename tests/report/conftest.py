"""A demo database with private details seeded into its free text, built once per session,
and the reports made from it (one PDF per language, also built once)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from sqlite_utils import Database

from credithealth.domain.records import (
    Account,
    Application,
    Checkup,
    ImportRecord,
    SecurityEvent,
    Transaction,
)
from credithealth.store import repo
from credithealth.store.db import open_db
from credithealth.store.demo import fill_demo

DEMO_DAY = date(2026, 11, 26)
NAME = "张伟"
# every one of these is in the seeded records; none may reach a report whole
PHONE = "13812345678"
PHONE_MASKED = "138****5678"
CARD = "6222021234567890123"
CARD_MASKED = "****0123"
GROUPED_CARD = "6217 0012 3456 7890"
GROUPED_MASKED = "****7890"
EMAIL = "zhangwei2026@example.com"
EMAIL_MASKED = "zha***@example.com"
SECRETS = (PHONE, CARD, GROUPED_CARD, EMAIL, "zhangwei2026")
BEIJING = timezone(timedelta(hours=8))
# the page counts of the demo report; a layout change that moves them should be looked at
PAGES = {"zh_CN": 9, "en": 10}


def seed_private_details(db: Database) -> None:
    """Phone, card and e-mail details in every kind of free text the report shows."""
    card = next(a for a in repo.all_of(db, Account) if a.kind == "credit_card")
    repo.update(db, replace(card, notes=f"尾号 4321，主卡 {CARD}，客服回电 {PHONE}"))
    repo.insert(
        db,
        Transaction(
            occurred_at=datetime(2026, 10, 12, 20, 15, tzinfo=BEIJING),
            amount_fen=250_000,
            direction="out",
            kind="cashout",
            category="转账红包",
            counterparty=f"{NAME}（{PHONE}）",
            description=f"转账到卡 {GROUPED_CARD}",
            method="花呗",
            source="alipay",
            external_id="2026101222001234567890123456",
            huabei=True,
        ),
    )
    app = repo.all_of(db, Application, order="submitted_on")[0]
    repo.update(db, replace(app, feedback=f"{NAME}您好，请联系 {EMAIL} 或致电 {PHONE}"))
    checkup = repo.all_of(db, Checkup)[0]
    repo.update(db, replace(checkup, notes=f"{checkup.notes}；登录手机 {PHONE}"))
    event = repo.all_of(db, SecurityEvent)[0]
    repo.update(db, replace(event, notes=f"{event.notes}（卡 {CARD}）"))
    repo.insert(
        db,
        ImportRecord(
            file_name=f"alipay_record_{PHONE}.csv",
            sha256="0" * 64,
            format="alipay_csv",
            imported_at=datetime(2026, 11, 20, 9, 0, tzinfo=BEIJING),
            rows_total=10,
            rows_new=8,
            rows_duplicate=2,
        ),
    )


@pytest.fixture(scope="session")
def report_app() -> QApplication:
    """pyqtgraph's charts are widgets: the report needs a QApplication."""
    from credithealth.report.qtapp import ensure_app

    return ensure_app()


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report-demo") / "demo.sqlite3"
    db = open_db(path)
    fill_demo(db, DEMO_DAY)
    seed_private_details(db)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    return path


@pytest.fixture
def seeded_db(seeded_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A copy per test, so a test that writes cannot disturb another."""
    path = tmp_path / "demo.sqlite3"
    path.write_bytes(seeded_template.read_bytes())
    db = open_db(path)
    yield db
    db.conn.close()


@pytest.fixture(scope="session")
def pdfs(
    seeded_template: Path, report_app: QApplication, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Path]:
    """The demo report in each language, written once."""
    from credithealth.report import build_report, write_pdf

    out = tmp_path_factory.mktemp("report-pdf")
    db = open_db(seeded_template, create=False)
    paths = {}
    for lang in ("zh_CN", "en"):
        paths[lang] = out / f"report-{lang}.pdf"
        write_pdf(build_report(db, DEMO_DAY, lang, name=NAME), paths[lang])
    db.conn.close()
    os.sync()
    return paths
