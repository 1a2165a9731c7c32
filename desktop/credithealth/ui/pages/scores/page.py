"""Credit scores 信用分: Sesame score snapshots (芝麻信用分) with their band, and
snapshots of the PBOC credit report (央行征信) with the proofs of means held."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from credithealth.domain.messages import Msg
from credithealth.domain.records import PROOF_KINDS, CreditReport, ScoreSnapshot
from credithealth.domain.rules import Rules
from credithealth.store import snapshots
from credithealth.ui.common import i18n
from credithealth.ui.common.models.records import Column, RecordTableModel
from credithealth.ui.common.session import Session
from credithealth.ui.common.tr_args import with_args
from credithealth.ui.common.widgets.check_fields import CheckSet
from credithealth.ui.common.widgets.fields import DateEdit, IntEdit, RecordForm
from credithealth.ui.pages.sections import RecordSection, SectionedPage, sentences

MONTHS_IN_REPORT = 24  # the report's overdue history covers 24 months
COUNT_MAX = 999


def count_column(
    header: Callable[[], str], count: Callable[[CreditReport], int]
) -> Column[CreditReport]:
    """A credit report's count, right-aligned and sorted as a number."""
    return Column(header, lambda r: str(count(r)), sort=count, align=Qt.AlignmentFlag.AlignRight)


def band_label(score: int, rules: Rules) -> str:
    band = rules.external_credit.sesame_band(score).band
    return Msg("sesame_band." + band).render(i18n.current_language())


def proof_label(kind: str) -> str:
    return Msg("proof." + kind).render(i18n.current_language())


class SesameForm(RecordForm):
    def __init__(
        self, snap: ScoreSnapshot | None, today: date, rules: Rules, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Sesame score"), parent)
        self.snap = snap
        self.rules = rules
        er = rules.external_credit
        self.taken_on = DateEdit(snap.taken_on if snap else today, not_after=today)
        self.add_field(self.tr("Seen on"), self.taken_on)
        self.score = IntEdit(snap.score if snap else None, low=er.sesame_min, high=er.sesame_max)
        self.score.setPlaceholderText(f"{er.sesame_min}–{er.sesame_max}")
        self.add_field(self.tr("Score"), self.score)
        self.band = QLabel()
        self.form.addRow(self.tr("Band"), self.band)
        self.score.textChanged.connect(lambda _t: self._show_band())
        self._show_band()

    def _show_band(self) -> None:
        v = self.score.value()
        self.band.setText(
            band_label(v, self.rules) if v is not None and self.score.error() is None else "—"
        )

    def record(self) -> ScoreSnapshot:
        v = self.score.value()
        assert v is not None
        rec = ScoreSnapshot(self.taken_on.value(), v)
        return replace(rec, id=self.snap.id, provider=self.snap.provider) if self.snap else rec


class ReportForm(RecordForm):
    def __init__(
        self, rep: CreditReport | None, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Credit report (PBOC)"), parent)
        self.rep = rep
        r = rep or CreditReport(today)
        self.taken_on = DateEdit(r.taken_on, not_after=today)
        self.add_field(self.tr("Report date"), self.taken_on)
        self.overdue_accounts = self.add_field(
            self.tr("Accounts overdue now"), IntEdit(r.overdue_accounts, high=COUNT_MAX)
        )
        self.overdue_months = self.add_field(
            self.tr("Months overdue in the last 24 months"),
            IntEdit(r.overdue_months_24m, high=MONTHS_IN_REPORT),
        )
        self.inquiries = self.add_field(
            self.tr("Hard inquiries in the last 6 months"),
            IntEdit(r.hard_inquiries_6m, high=COUNT_MAX),
        )
        self.open_loans = self.add_field(
            self.tr("Open loans"), IntEdit(r.open_loans, high=COUNT_MAX)
        )
        self.open_cards = self.add_field(
            self.tr("Open credit cards"), IntEdit(r.open_cards, high=COUNT_MAX)
        )
        self.proofs = CheckSet([(k, proof_label(k)) for k in PROOF_KINDS], r.proof_set)
        self.add_field(self.tr("Proofs of means held"), self.proofs)

    def record(self) -> CreditReport:
        def n(edit: object) -> int:
            v = edit.value()  # type: ignore[attr-defined]
            assert isinstance(v, int)
            return v

        rec = CreditReport(
            self.taken_on.value(),
            n(self.overdue_accounts),
            n(self.overdue_months),
            n(self.inquiries),
            n(self.open_loans),
            n(self.open_cards),
            self.proofs.value(),
        )
        return replace(rec, id=self.rep.id) if self.rep else rec


class ScoresPage(SectionedPage):
    key = "scores"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        rules = session.rules
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        right = Qt.AlignmentFlag.AlignRight
        self.sesame_model: RecordTableModel[ScoreSnapshot] = RecordTableModel(
            [
                Column(lambda: self.tr("Seen on"), lambda s: s.taken_on.isoformat()),
                Column(
                    lambda: self.tr("Score"),
                    lambda s: str(s.score),
                    sort=lambda s: s.score,
                    align=right,
                ),
                Column(
                    lambda: self.tr("Band"),
                    lambda s: band_label(s.score, rules),
                    sort=lambda s: s.score,
                ),
            ],
            lambda: snapshots.sesame_snapshots(session.db),
        )
        self.sesame = self.add_section(
            RecordSection(
                "score_snapshots",
                self.sesame_model,
                [ScoreSnapshot.table],
                new=self.new_sesame,
                edit=self.edit_sesame,
                delete=self.delete_sesame,
                default_sort=(0, Qt.SortOrder.DescendingOrder),
            )
        )

        self.report_model: RecordTableModel[CreditReport] = RecordTableModel(
            [
                Column(lambda: self.tr("Report date"), lambda r: r.taken_on.isoformat()),
                count_column(lambda: self.tr("Overdue accounts"), lambda r: r.overdue_accounts),
                count_column(
                    lambda: self.tr("Overdue months (24 m)"), lambda r: r.overdue_months_24m
                ),
                count_column(
                    lambda: self.tr("Hard inquiries (6 m)"), lambda r: r.hard_inquiries_6m
                ),
                count_column(lambda: self.tr("Open loans"), lambda r: r.open_loans),
                count_column(lambda: self.tr("Open cards"), lambda r: r.open_cards),
                Column(
                    lambda: self.tr("Proofs held"),
                    lambda r: self._proofs(r),
                ),
            ],
            lambda: snapshots.credit_reports(session.db),
        )
        self.reports = self.add_section(
            RecordSection(
                "credit_reports",
                self.report_model,
                [CreditReport.table],
                new=self.new_report,
                edit=self.edit_report,
                delete=self.delete_report,
                default_sort=(0, Qt.SortOrder.DescendingOrder),
            )
        )
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(self.sesame)
        split.addWidget(self.reports)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addWidget(split, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Credit scores")

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Write down your Sesame score (in Alipay: Me → Sesame Credit) about once a month, "
                "and the figures of your PBOC credit report whenever you get a new one."
            )
        )
        self.sesame.heading.setText(self.tr("Sesame score"))
        self.sesame.act_new.setText(self.tr("New score…"))
        self.reports.heading.setText(self.tr("Credit reports (PBOC)"))
        self.reports.act_new.setText(self.tr("New report…"))
        self.records_changed()

    def records_changed(self) -> None:
        rows = self.sesame_model.rows
        if rows:
            latest = max(rows, key=lambda s: (s.taken_on, s.id or 0))
            text = with_args(
                self.tr("Latest: %1 (%2) on %3."),
                str(latest.score),
                band_label(latest.score, self.session.rules),
                latest.taken_on.isoformat(),
            )
            stale = self.session.rules.external_credit.sesame_stale_days
            if (self.session.today() - latest.taken_on).days > stale:
                text = sentences(
                    text,
                    with_args(self.tr("More than %1 days old: record a new one."), str(stale)),
                )
        else:
            text = self.tr("No score recorded yet.")
        self.sesame.note.setText(text)
        self.sesame.note.show()

    def _proofs(self, r: CreditReport) -> str:
        sep = "、" if i18n.current_language() == "zh_CN" else ", "
        return sep.join(proof_label(k) for k in PROOF_KINDS if k in r.proof_set)

    # -- Sesame -----------------------------------------------------------------------

    def new_sesame(self) -> None:
        self.add_record(
            SesameForm(None, self.session.today(), self.session.rules, self),
            lambda: self.tr("Add Sesame score"),
        )

    def edit_sesame(self, s: ScoreSnapshot) -> None:
        self.edit_record(
            s,
            SesameForm(s, self.session.today(), self.session.rules, self),
            lambda: self.tr("Edit Sesame score"),
        )

    def delete_sesame(self, s: ScoreSnapshot) -> None:
        self.delete_record(s, lambda: self.tr("Delete Sesame score"))

    # -- PBOC reports -------------------------------------------------------------------

    def new_report(self) -> None:
        self.add_record(
            ReportForm(None, self.session.today(), self), lambda: self.tr("Add credit report")
        )

    def edit_report(self, r: CreditReport) -> None:
        self.edit_record(
            r, ReportForm(r, self.session.today(), self), lambda: self.tr("Edit credit report")
        )

    def delete_report(self, r: CreditReport) -> None:
        self.delete_record(r, lambda: self.tr("Delete credit report"))
