"""Make ``schema_v1.sqlite3``: a database of the first released schema (m001_initial) with at
least one record in every table, so later migrations are always tested on real old data.

Run once and commit the result; re-running gives the same records:
    PYTHONPATH=desktop python tests/data/make_schema_v1.py
Later schema steps must never be applied here: the file stands for the users'
databases as the first version left them.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from sqlite_utils import Database

from credithealth.store.schema import known_steps, migrations

FIRST_STEP = "m001_initial"
OUT = Path(__file__).with_name("schema_v1.sqlite3")

# plain SQL in m001's own columns: the records of the day, not today's record classes
ROWS = """
INSERT INTO accounts (id, name, kind, credit_limit_fen, status, notes)
    VALUES (1, '花呗', 'huabei', 800000, 'suspended', '逾期后被暂停'),
           (2, '招商银行信用卡', 'credit_card', 2000000, 'active', '');
INSERT INTO bills (id, account_id, period, due_on, amount_due_fen, min_due_fen)
    VALUES (1, 1, '2025-05', '2025-05-10', 123456, 12346),
           (2, 2, '2025-06', '2025-06-18', 50000, NULL);
INSERT INTO repayments (id, account_id, bill_id, paid_on, amount_fen, principal_fen, interest_fen,
                        penalty_fen, method, source, external_id)
    VALUES (1, 1, 1, '2025-05-28', 125000, 123456, 0, 1544, '余额宝', 'manual', NULL),
           (2, 2, 2, '2025-06-15', 50000, 50000, 0, 0, '', 'import', '2025061522001400001');
INSERT INTO security_items (id, key, done, done_on, renew_days)
    VALUES (1, 'password_changed', 1, '2025-06-01', 90), (2, 'no_public_wifi', 0, NULL, NULL);
INSERT INTO security_events (id, kind, occurred_on, resolved_on, notes)
    VALUES (1, 'remote_login', '2025-04-02', '2025-04-03', '异地登录');
INSERT INTO profile_items (id, key, done, updated_on) VALUES (1, 'real_name', 1, '2025-01-05');
INSERT INTO profile_changes (id, key, changed_on) VALUES (1, 'phone', '2025-03-01');
INSERT INTO imports (id, file_name, sha256, format, imported_at, rows_total, rows_new,
                     rows_duplicate, rows_skipped)
    VALUES (1, 'alipay_record_20250601.csv', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
            'alipay_csv', '2025-06-01T20:00:00+08:00', 3, 2, 1, 0);
INSERT INTO transactions (id, occurred_at, amount_fen, direction, kind, category, counterparty,
                          description, method, status, source, external_id, parent_external_id,
                          huabei, import_id)
    VALUES (1, '2025-05-20T12:31:05+08:00', 3200, 'out', 'purchase', '餐饮美食', '示例快餐店',
            '午餐', '花呗', '交易成功', 'alipay', '2025052022001400002', NULL, 1, 1),
           (2, '2025-05-21T09:00:00+08:00', 3200, 'in', 'refund', '餐饮美食', '示例快餐店',
            '退款', '花呗', '退款成功', 'alipay', '2025052122001400003', '2025052022001400002', 1, 1),
           (3, '2025-06-02T18:00:00+08:00', 1999, 'out', 'purchase', '', '', '', '', '', 'manual',
            NULL, NULL, 0, NULL);
INSERT INTO score_snapshots (id, taken_on, provider, score) VALUES (1, '2025-06-01', 'sesame', 652);
INSERT INTO credit_reports (id, taken_on, overdue_accounts, overdue_months_24m, hard_inquiries_6m,
                            open_loans, open_cards, proofs)
    VALUES (1, '2025-06-05', 1, 1, 3, 1, 1, 'salary_flow');
INSERT INTO applications (id, submitted_on, channel, status, decided_on, feedback, predicted_verdict)
    VALUES (1, '2025-06-10', 'app', 'refused', '2025-06-12', '综合评估未通过', 'not_yet');
INSERT INTO checkups (id, taken_on, reasons, notes)
    VALUES (1, '2025-05-30', 'overdue,account_risk', '客服说是逾期');
INSERT INTO assessments (id, computed_on, overall, verdict, factors)
    VALUES (1, '2025-06-10', 48, 'not_yet', '{"account_security": 70, "consumption": 40}');
"""


def make(out: Path = OUT) -> Path:
    out.unlink(missing_ok=True)
    conn = sqlite3.connect(out)
    db = Database(conn, execute_plugins=False)
    # only the first step, however many the code knows today
    migrations.apply(db, stop_before=[s for s in known_steps() if s != FIRST_STEP])
    conn.executescript("BEGIN;" + ROWS + "COMMIT;")
    # a fixed time stamp, so the file only changes if its records do
    db.execute("UPDATE _sqlite_migrations SET applied_at = '2025-01-01 00:00:00.000000+00:00'")
    empty = [
        t
        for t in db.table_names()
        if not t.startswith("_") and not db.execute(f"SELECT 1 FROM [{t}]").fetchone()
    ]
    if empty:
        raise SystemExit(f"tables without a record: {empty}")
    db.execute("VACUUM")
    conn.close()
    return out


if __name__ == "__main__":
    print(make(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))
