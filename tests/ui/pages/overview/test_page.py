"""The overview page: the verdict banner for each verdict, the one-time notice, the charts
against the store's figures, what-if without writing, the back-fill, and screenshots."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from credithealth.domain.hypotheses import AddProof
from credithealth.domain.messages import Msg
from credithealth.domain.records import Repayment
from credithealth.domain.rules import FACTORS
from credithealth.store import series
from credithealth.ui.common import i18n
from credithealth.ui.common.session import Session
from credithealth.ui.common.style import verdict_colors
from credithealth.ui.common.worker import wait_all
from credithealth.ui.pages.overview.page import OverviewPage
from tests.ui.pages.overview.scenarios import OVERDUE_DUE, OVERDUE_FEN, TODAY, open_session

ROOT = Path(__file__).resolve().parents[4]
SHOTS = ROOT / "artifacts" / "screenshots"


@pytest.fixture
def make_session(qapp, tmp_path: Path, demo_file: Path) -> Iterator[object]:  # type: ignore[no-untyped-def]
    opened: list[Session] = []

    def make(kind: str) -> Session:
        s = open_session(tmp_path, kind, demo_file)
        opened.append(s)
        return s

    yield make
    wait_all()
    for s in opened:
        s.undo_stack.clear()
        s.close()


def settle(qtbot, page: OverviewPage) -> None:  # type: ignore[no-untyped-def]
    """Wait until the page's loads and the back-fill are done and shown."""

    def idle() -> bool:
        QCoreApplication.processEvents()
        return (
            page.data is not None
            and page.data.past is not None
            and not page._past_wanted
            and not page.backfill.running
            and not page._load_timer.isActive()
            and wait_all(0)
        )

    qtbot.waitUntil(idle, timeout=15_000)
    QCoreApplication.processEvents()


def new_page(qtbot, session: Session) -> OverviewPage:  # type: ignore[no-untyped-def]
    page = OverviewPage(session)
    qtbot.addWidget(page)
    page.resize(1200, 900)
    return page


# -- the flag -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "kind, verdict", [("demo", "not_yet"), ("blocked", "blocked"), ("likely", "likely")]
)
def test_banner_says_the_verdict_in_its_colour(
    qtbot, make_session, kind: str, verdict: str
) -> None:  # type: ignore[no-untyped-def]
    s = make_session(kind)
    page = new_page(qtbot, s)
    a = s.assessment
    assert a is not None and a.verdict == verdict
    banner = page.banner
    assert banner.verdict == verdict
    assert banner.headline.text() == Msg("verdict." + verdict).render("en")
    bg, fg = verdict_colors(verdict)
    assert f"background: {bg.name()}" in banner.styleSheet()
    assert f"color: {fg.name()}" in banner.styleSheet()
    detail = banner.detail.text()
    if verdict == "likely":
        assert detail.startswith("Apply in the Alipay app")
        assert "An application now is likely to succeed" in banner.headline.text()
    elif verdict == "not_yet":
        assert a.actions[0].msg.render("en") in detail
        assert "makes an application likely" in detail
    else:
        for b in a.blockers:
            assert b.msg.render("en") in detail
        assert "¥2,300.00 is past due since " + OVERDUE_DUE.isoformat() in detail
    assert banner.score.text().startswith(str(a.overall))


def test_a_blocker_that_clears_by_time_says_when(qtbot, make_session) -> None:  # type: ignore[no-untyped-def]
    from credithealth.domain.records import Application

    s = make_session("likely")
    refused = TODAY - timedelta(days=4)
    s.insert(Application(refused - timedelta(days=2), "app", "refused", refused))
    page = new_page(qtbot, s)
    with qtbot.waitSignal(s.assessment_changed, timeout=5000):
        pass
    assert page.banner.verdict == "blocked"
    until = refused + timedelta(days=s.rules.applications.cooldown_days)
    assert f"Clears on {until.isoformat()} (in 10 days)." in page.banner.detail.text()


def test_the_repayment_that_clears_the_last_blocker_turns_it_likely_and_says_so_once(
    qtbot, make_session
) -> None:  # type: ignore[no-untyped-def]
    s = make_session("blocked")
    page = new_page(qtbot, s)
    told: list[str] = []
    page.announced.connect(told.append)
    assert page.banner.verdict == "blocked" and not page.notice.isVisible()
    bill = next(b for b in s.facts.bills if b.past_due_on(TODAY))  # type: ignore[union-attr]

    with qtbot.waitSignal(s.assessment_changed, timeout=5000):
        s.insert(
            Repayment(
                bill.account_id, OVERDUE_DUE + timedelta(days=20), OVERDUE_FEN, bill_id=bill.bill_id
            ),
            "Log repayment",
        )
    assert page.banner.verdict == "likely"
    assert len(told) == 1
    assert not page.notice.isHidden() and "likely to succeed" in page.notice.text.text()

    with qtbot.waitSignal(s.assessment_changed, timeout=5000):
        s.refresh()  # the next refresh: still likely, nothing new to say
    assert page.banner.verdict == "likely" and len(told) == 1

    # leaving "likely" and coming back is news again
    with qtbot.waitSignal(s.assessment_changed, timeout=5000):
        s.undo_stack.undo()
    assert page.banner.verdict == "blocked" and len(told) == 1
    with qtbot.waitSignal(s.assessment_changed, timeout=5000):
        s.undo_stack.redo()
    assert page.banner.verdict == "likely" and len(told) == 2

    page.notice.close_button.click()
    assert page.notice.isHidden()


def test_the_notice_reaches_a_user_on_another_page(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from credithealth.domain.records import CreditReport
    from credithealth.store import repo

    s = window.session
    window.show_page("scores")
    report = repo.all_of(s.db, CreditReport)[-1]
    with qtbot.waitSignal(window.pages["overview"].announced, timeout=5000):
        s.update(report, replace(report, proofs=report.proofs + ",property"), "Add proof")
    assert window.statusBar().currentMessage().startswith("Good news: an application is now")
    assert window.current_page().key == "scores"  # told, not dragged away


def test_a_restart_does_not_repeat_the_notice(qtbot, make_session) -> None:  # type: ignore[no-untyped-def]
    s = make_session("likely")
    first = new_page(qtbot, s)
    told: list[str] = []
    first.announced.connect(told.append)
    second = new_page(qtbot, s)  # as after a restart: the last verdict seen was kept
    second.announced.connect(told.append)
    s.refresh_now()
    assert told == []


# -- cards and the projected date ----------------------------------------------------------


def test_cards_show_score_band_change_signal_action_and_open_the_page(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = window.pages["overview"]
    settle(qtbot, page)
    a = window.session.assessment
    card = page.cards["external_credit"]
    r = a.factors["external_credit"]
    assert card.score.text() == str(r.score)
    assert card.band.text() == Msg("band." + r.band).render("en")
    assert card.action.text() == "→ " + r.actions[0].msg.render("en")
    before = page.data.past.month_ago.factors["external_credit"].score
    assert card.delta.text() == ("▲ +" if r.score > before else "") + str(r.score - before)
    assert "Sesame score 638" in card.signal.text()
    # the action is done on the Credit scores page: the card opens it
    assert card.target == "scores" and card.link.text() == "Open Credit scores ›"
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert window.current_page().key == "scores"


def test_a_card_whose_page_is_missing_offers_nothing_to_open(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = window.pages["overview"]
    settle(qtbot, page)
    scores = window.pages.pop("scores")  # as if the window had no such page
    window.show_page("overview")
    page.show_assessment(window.session.assessment)
    card = page.cards["external_credit"]
    assert card.target == "" and card.link.isHidden()
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert window.current_page() is page
    window.pages["scores"] = scores


def test_when_names_the_date_what_it_waits_for_and_what_it_assumes(qtbot, make_session) -> None:  # type: ignore[no-untyped-def]
    demo = new_page(qtbot, make_session("demo"))
    a = demo.session.assessment
    # external credit is 3 points short: time alone gets there only as the settled overdue
    # month on the credit report ages; no proof and no report is ever assumed
    assert demo.when.date.text() == a.projected_ready_on.isoformat() == "2028-11-15"
    assert "if what is listed below holds" in demo.when.countdown.text()
    assumes = demo.when.assumes.text()
    assert "property certificate" not in assumes
    assert "you keep paying every bill in full and on time" in assumes
    assert "overdue months on the credit report" in demo.when.waits.text()

    blocked = new_page(qtbot, make_session("blocked"))
    ready = TODAY + timedelta(days=30)
    assert blocked.when.date.text() == ready.isoformat()
    assert blocked.when.countdown.text() == "in 30 days, if what is listed below holds"
    assert "30 days after the overdue of " + OVERDUE_DUE.isoformat() in blocked.when.waits.text()
    assert (
        f"you repay the {OVERDUE_DUE:%Y-%m} 招商银行信用卡 bill today"
        in blocked.when.assumes.text()
    )
    ics = blocked.when.reminder_ics()
    assert f"DTSTART;VALUE=DATE:{ready:%Y%m%d}" in ics

    likely = new_page(qtbot, make_session("likely"))
    assert likely.when.date.text() == "Now"
    assert likely.when.waits.isHidden() and likely.when.remind.isHidden()


# -- what-if ---------------------------------------------------------------------------------


def test_what_if_changes_the_shown_verdict_and_writes_nothing(qtbot, make_session) -> None:  # type: ignore[no-untyped-def]
    s = make_session("demo")
    page = new_page(qtbot, s)
    settle(qtbot, page)
    wait_all()
    s.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    version = s.db.execute("PRAGMA data_version").fetchone()[0]
    files = {p: p.read_bytes() for p in s.db_path.parent.glob(s.db_path.name + "*")}
    dump = list(s.db.conn.iterdump())

    panel = page.whatif
    assert panel.verdict_then.text() == "Not yet"
    panel.tick(AddProof("property"))
    assert panel.result is not None and panel.result.verdict == "likely"
    assert panel.verdict_then.text() == "Likely"
    assert panel.rows["external_credit"][3].text() == "+5"
    panel.wait.setChecked(True)
    panel.clear()
    assert panel.result is None and panel.verdict_then.text() == "Not yet"
    # the banner still tells the truth
    assert page.banner.verdict == "not_yet"

    wait_all()
    QCoreApplication.processEvents()
    assert s.db.execute("PRAGMA data_version").fetchone()[0] == version
    assert {p: p.read_bytes() for p in s.db_path.parent.glob(s.db_path.name + "*")} == files
    assert list(s.db.conn.iterdump()) == dump


# -- charts ------------------------------------------------------------------------------------


def bars(item) -> list[float]:  # type: ignore[no-untyped-def]
    return [float(h) for h in item.opts["height"]]


def test_chart_series_equal_the_store_figures(qtbot, make_session) -> None:  # type: ignore[no-untyped-def]
    import pyqtgraph as pg

    from credithealth.charts.axes import timestamp

    s = make_session("demo")
    page = new_page(qtbot, s)
    page.build_charts()
    settle(qtbot, page)
    charts = page.charts
    assert charts is not None

    # the recorded history, and today from the current assessment
    a = s.assessment
    history = [p for p in series.history(s.db) if p.on < TODAY]
    overall = [p.overall for p in history] + [a.overall]
    lines = charts.readiness.chart.plot.listDataItems()
    xs, _ys = next(i.getData() for i in lines if list(i.getData()[1]) == overall)
    assert list(xs) == [timestamp(p.on) for p in history] + [timestamp(TODAY)]
    credit = [p.factors["credit_status"] for p in history] + [a.factors["credit_status"].score]
    assert any(list(i.getData()[1]) == credit for i in lines)

    months = series.monthly_repayments(s.db, TODAY)
    rep_bars = [i for i in charts.repayments.chart.plot.items if isinstance(i, pg.BarGraphItem)]
    assert bars(rep_bars[0]) == [m.on_time for m in months]
    assert bars(rep_bars[1]) == [m.late for m in months]
    past_due = charts.repayments.chart._twin.view.addedItems[0]
    assert list(past_due.getData()[1]) == [m.past_due_fen for m in months]

    spent = series.monthly_spending(s.db, TODAY)
    sp_bars = [i for i in charts.spending.chart.plot.items if isinstance(i, pg.BarGraphItem)]
    assert bars(sp_bars[0]) == [min(m.huabei_fen, m.spent_fen) for m in spent]

    sesame = series.sesame_series(s.db)
    line = charts.sesame.chart.plot.listDataItems()[0]
    assert list(line.getData()[1]) == [score for _, score in sesame]

    radar = charts.radar.chart.data
    assert radar.now == {k: f.score for k, f in a.factors.items()}
    assert radar.before_on == TODAY - timedelta(days=90)
    assert radar.thresholds["external_credit"] == s.rules.threshold("external_credit")


def test_an_empty_database_says_what_to_record(qtbot, empty_session) -> None:  # type: ignore[no-untyped-def]
    page = new_page(qtbot, empty_session)
    page.build_charts()
    settle(qtbot, page)
    charts = page.charts
    for card, start in (
        (charts.sesame, "No Sesame score recorded yet."),
        (charts.repayments, "No repayments recorded yet."),
        (charts.spending, "No spending recorded yet."),
    ):
        assert card.body.currentWidget() is card.placeholder
        assert card.placeholder.text().startswith(start)
    assert charts.readiness.body.currentWidget() is charts.readiness.chart.widget
    assert page.when.date.text() == "—"
    assert len(page.whatif.boxes) == 14  # every security and profile item, two proofs
    assert page.whatif.scroll.minimumHeight() > 300  # the list is not squeezed


def test_a_new_record_updates_only_what_it_moves(qtbot, make_session) -> None:  # type: ignore[no-untyped-def]
    s = make_session("demo")
    page = new_page(qtbot, s)
    page.build_charts()
    settle(qtbot, page)
    spending_before = page.data.spending
    bill = s.facts.bills[-1]
    with qtbot.waitSignal(page.data_shown, timeout=5000):
        s.insert(Repayment(bill.account_id, TODAY, 1_00, bill_id=bill.bill_id))
    assert page.data.reloaded == {"repayments"}
    assert page.data.spending is spending_before
    months = series.monthly_repayments(s.db, TODAY)
    assert page.charts.repayments.chart.data == months


def test_backfill_writes_the_month_ends_and_the_trend_shows_them(qtbot, make_session) -> None:  # type: ignore[no-untyped-def]
    from credithealth.charts.axes import timestamp

    s = make_session("demo")
    assert series.history(s.db) == []
    page = new_page(qtbot, s)
    page.build_charts()
    with qtbot.waitSignal(page.backfill.finished, timeout=15_000) as done:
        pass
    ends = series.backfill_dates(s.db, TODAY)[:-1]
    assert done.args[0] == len(ends)
    settle(qtbot, page)
    recorded = [p.on for p in series.history(s.db)]
    assert recorded[: len(ends)] == ends
    shown = page.charts.readiness.chart.points
    assert [p.on for p in shown] == [*ends, TODAY]
    xs = page.charts.readiness.chart.plot.listDataItems()[-1].getData()[0]
    assert list(xs) == [timestamp(d) for d in [*ends, TODAY]]
    # the gaps are filled: the next load starts no new back-fill
    assert page.data.missing_month_ends == []
    # recalculating assesses every month end and today again
    with qtbot.waitSignal(page.backfill.finished, timeout=15_000) as again:
        page.charts.act_rebuild.trigger()
    assert again.args[0] == len(ends) + 1


def test_backfill_reports_progress_in_the_status_bar(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    seen: list[tuple[int, int]] = []
    page = window.pages["overview"]
    page.backfill.progress.connect(lambda d, t: seen.append((d, t)))
    settle(qtbot, page)
    assert seen and seen[-1][0] == seen[-1][1] == 17
    assert window.progress.isHidden()


def test_charts_save_and_copy_png_and_reset_zoom(qtbot, make_session, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    s = make_session("demo")
    page = new_page(qtbot, s)
    page.build_charts()
    settle(qtbot, page)
    card = page.charts.readiness
    saved = card.save_png(str(tmp_path / "readiness"))
    assert saved is not None and Path(saved).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    card.copy_image()
    assert not QGuiApplication.clipboard().image().isNull()

    view = card.chart.view
    full = view.viewRange()[0]
    view.scaleBy(x=0.5)
    view.sigRangeChangedManually.emit(view.state["mouseEnabled"])
    assert view.viewRange()[0] != full and card.reset_button.isVisibleTo(card)
    card.reset_view()
    QCoreApplication.processEvents()
    assert view.viewRange()[0] == pytest.approx(full)
    assert card.reset_button.isHidden()


def test_hover_reads_out_and_right_click_offers_save_and_copy(
    qtbot, make_session, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QContextMenuEvent

    from credithealth.charts.axes import timestamp

    s = make_session("demo")
    page = new_page(qtbot, s)
    page.build_charts()
    settle(qtbot, page)
    card = page.charts.readiness
    card.chart.hovered.emit(card.chart.readout_at(timestamp(TODAY)))
    assert card.readout.full_text().startswith(TODAY.isoformat() + "  ·  Overall: ")
    card.chart.hovered.emit(None)
    assert card.readout.full_text() == ""

    shown: list[object] = []
    monkeypatch.setattr(card.menu, "popup", lambda pos: shown.append(pos))
    viewport = card.chart.widget.viewport()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(50, 50), QPoint(50, 50))
    QApplication.sendEvent(viewport, event)
    assert len(shown) == 1
    assert [a.text() for a in card.menu.actions() if a.text()] == [
        "Reset zoom",
        "Save as PNG…",
        "Copy image",
        "Recalculate the history from the records",
    ]


def test_charts_follow_the_system_palette(qtbot, make_session) -> None:  # type: ignore[no-untyped-def]
    s = make_session("demo")
    page = new_page(qtbot, s)
    page.build_charts()
    app = QApplication.instance()
    light = app.palette()
    dark = QPalette(light)
    for role, color in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.WindowText, "#e8eaed"),
        (QPalette.ColorRole.Base, "#2a2b2e"),
        (QPalette.ColorRole.Text, "#e8eaed"),
    ):
        dark.setColor(role, color)
    try:
        app.setPalette(dark)
        QCoreApplication.processEvents()
        assert all(c.chart.palette.name == "dark" for c in page.charts.cards())
        assert verdict_colors("not_yet")[0].name() in page.banner.styleSheet()
    finally:
        app.setPalette(light)
        QCoreApplication.processEvents()
    assert all(c.chart.palette.name == "light" for c in page.charts.cards())


def test_language_switch_retranslates_everything(qtbot, make_session) -> None:  # type: ignore[no-untyped-def]
    s = make_session("demo")
    page = new_page(qtbot, s)
    page.build_charts()
    try:
        i18n.install("zh_CN")
        assert page.banner.headline.text() == "建议先提升下面几项再申请"
        assert page.cards["credit_status"].name.text() == "信用状况"
        assert page.when.title.text() == "什么时候可以申请？"
        assert page.whatif.title.text() == "假如…"
        assert page.charts.readiness.title.text() == "综合得分走势"
        assert page.charts.readiness.chart.lang == "zh_CN"
    finally:
        i18n.install("en")
    assert page.banner.headline.text() == "We suggest improving the points below before you apply"


def test_pyqtgraph_is_imported_only_after_the_window_is_shown(tmp_path: Path) -> None:
    code = """
import sys
from credithealth.ui.app.launch import create_app
app = create_app(["t"])
from credithealth.ui.app.main_window import MainWindow
from credithealth.ui.common.session import Session
s = Session(sys.argv[1])
w = MainWindow(s)
assert "pyqtgraph" not in sys.modules, "imported before the window is shown"
w.show()
s.refresh_now()
import time
end = time.monotonic() + 20  # the charts come after the first frame, however busy the machine
while time.monotonic() < end and w.pages["overview"].charts is None:
    app.processEvents()
    time.sleep(0.01)
assert "pyqtgraph" in sys.modules and w.pages["overview"].charts is not None
w.close()
s.close()
"""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "desktop"), str(ROOT)])}
    p = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "start.sqlite3")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert p.returncode == 0, p.stderr


# -- how it looks --------------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("kind", ["demo", "blocked", "likely"])
def test_screenshots(qtbot, make_session, kind: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    """Renders the overview at 1400x900 (and the whole page) into artifacts/screenshots to
    look at; checks that nothing in the banner and the cards is cut off."""
    from credithealth.ui.app.main_window import MainWindow

    s = make_session(kind)
    try:
        i18n.install(lang)
        w = MainWindow(s)
        qtbot.addWidget(w)
        w.resize(1400, 900)
        w.show()
        page = w.pages["overview"]
        qtbot.waitUntil(lambda: page.charts is not None, timeout=10_000)
        settle(qtbot, page)
        for label in [page.banner.headline, page.banner.detail]:
            assert label.height() >= label.heightForWidth(label.width())
        for card in page.cards.values():
            for label in (card.signal, card.action):
                assert label.height() >= label.heightForWidth(label.width())
        SHOTS.mkdir(parents=True, exist_ok=True)
        assert w.grab().save(str(SHOTS / f"overview-{kind}-{lang}.png"))
        inner = page.scroll.widget()
        inner.grab()  # axes size their labels on the first paint, and lay out again after it
        QCoreApplication.processEvents()
        assert inner.grab().save(str(SHOTS / f"overview-{kind}-{lang}-page.png"))
        w.close()
    finally:
        i18n.install("en")


# -- evidence before scores -------------------------------------------------------------------


def test_an_empty_database_shows_no_score_that_reads_good(qtbot, empty_session) -> None:  # type: ignore[no-untyped-def]
    s = empty_session
    page = new_page(qtbot, s)
    a = s.assessment
    assert a is not None and a.verdict == "needs_data"
    assert page.banner.badge.text() == "?"
    bg, _fg = verdict_colors("needs_data")
    assert f"background: {bg.name()}" in page.banner.styleSheet()
    for m in a.missing_evidence:
        assert m.msg.render("en") in page.banner.detail.text()
    assert "Weights: Credit status 35%" in page.banner.how.text()
    for key, card in page.cards.items():
        assert card.score.text() == "—" and card.band.text() == "no data yet", key
        # the card names the record or file that supplies the evidence
        assert card.signal.text() == "? " + a.factors[key].missing[0].msg.render("en")
    panel = page.whatif
    assert {panel.rows[k][1].text() for k in ("overall", *FACTORS)} == {"—"}
    assert page.banner.score.text().startswith("—")  # no overall that reads as a grade
    # no date, and the card says which records it waits for rather than "two years"
    assert page.when.date.text() == "—"
    assert "No date until these records exist:" in page.when.countdown.text()
    assert "730" not in page.when.countdown.text()
