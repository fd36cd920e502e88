"""Installments counted from 签约 (issue 13): before the contract is signed such an installment
has no date — it reads 签约后 N 天 on the deal page, in 应收款, in the export and on the 认购书 —
and is never overdue; recording 签约 gives it the sign date + N, audited."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import select

from anjia_desk.core.deals import Nature
from anjia_desk.core.plans import UNDATED, Anchor
from anjia_desk.db.models import AuditEntry, Deal, Installment
from anjia_desk.services import (
    deal_queries,
    deal_steps,
    deals,
    exporting,
    printing,
    receivables,
    settings,
)
from anjia_desk.services.deal_views import ReceivableQuery
from anjia_desk.services.exporting import ExportRequest
from tests.pdf.pdfcheck import read_pdf
from tests.services import test_deals
from tests.services.test_deals import NOW, TODAY, request

staff, site = test_deals.staff, test_deals.site  # the fixtures, shared

TEMPLATE = "房款 100% 签约后15天"
A_YEAR_LATER = NOW + timedelta(days=365)


def _subscribed(session, staff, site, system) -> Deal:
    settings.update_settings(session, system, {"deals.plan.full": TEMPLATE})
    deal_id = deals.subscribe(
        session, staff["c1"], request(site["units"][0], site["customer"]), now=NOW
    )
    deal = session.get(Deal, deal_id)
    assert deal is not None
    return deal


def _price_row(session, deal: Deal) -> Installment:
    return session.scalars(
        select(Installment).where(
            Installment.deal_id == deal.id, Installment.nature == Nature.PRICE.value
        )
    ).one()


def test_before_signing_the_installment_has_no_date_and_is_never_overdue(
    session, staff, site, system
):
    deal = _subscribed(session, staff, site, system)
    row = _price_row(session, deal)
    assert (row.due_anchor, row.due_days, row.due_on) == (Anchor.SIGN, 15, UNDATED)

    detail = deal_queries.deal_detail(session, staff["c1"], deal.id, now=A_YEAR_LATER)
    line = next(i for i in detail.installments if i.nature is Nature.PRICE)
    assert line.due_on is None and line.due_text == "签约后 15 天"
    assert line.days_overdue == 0 and line.penalty == 0
    deposit = next(i for i in detail.installments if i.nature is Nature.DEPOSIT)
    assert deposit.due_on == TODAY and deposit.due_text == ""
    listed = deal_queries.list_deals(session, staff["c1"], now=A_YEAR_LATER)
    assert [r.overdue for r in listed if r.id == deal.id] == [0]

    summary = receivables.receivables(session, staff["mgr"], ReceivableQuery(), now=A_YEAR_LATER)
    price = next(r for r in summary.rows if r.installment_id == row.id)
    assert price.due_on is None and price.due_text == "签约后 15 天"
    assert (price.days_overdue, price.bucket, price.penalty) == (0, None, 0)
    assert summary.total_overdue == 0
    overdue = receivables.receivables(
        session, staff["mgr"], ReceivableQuery(overdue_only=True), now=A_YEAR_LATER
    )
    assert overdue.rows == []


def test_signing_dates_the_installment_and_the_audit_says_so(session, staff, site, system):
    deal = _subscribed(session, staff, site, system)
    row = _price_row(session, deal)
    signed_at = NOW + timedelta(days=3)
    deal_steps.sign_contract(
        session, staff["sec"], deal.id, contract_no="HT-1", netsign_no="WQ-1",
        version=deal.version, now=signed_at,
    )  # fmt: skip
    session.refresh(row)
    assert row.due_on == TODAY + timedelta(days=3 + 15)
    entry = session.scalars(
        select(AuditEntry).where(
            AuditEntry.entity == "installments",
            AuditEntry.entity_id == row.id,
            AuditEntry.action == "update",
        )
    ).one()
    assert f"应付日期：'签约后起算' → {row.due_on.isoformat()}" in entry.summary

    detail = deal_queries.deal_detail(session, staff["c1"], deal.id, now=signed_at)
    line = next(i for i in detail.installments if i.nature is Nature.PRICE)
    assert line.due_on == row.due_on and line.due_text == ""
    late = signed_at + timedelta(days=20)  # five days after the sign date + 15
    summary = receivables.receivables(
        session, staff["mgr"], ReceivableQuery(overdue_only=True), now=late
    )
    assert [(r.installment_id, r.days_overdue) for r in summary.rows] == [(row.id, 5)]


def test_the_export_and_the_subscription_paper_say_signing_plus_days(
    session, staff, site, system, tmp_path: Path
):
    deal = _subscribed(session, staff, site, system)
    out = tmp_path / "r.xlsx"
    exporting.export_workbook(session, staff["mgr"], ExportRequest(("receivables",)), out, now=NOW)
    sheet = load_workbook(out).active
    assert sheet is not None
    header = [cell.value for cell in next(sheet.iter_rows(min_row=1, max_row=1))]
    due = header.index("应付日期")
    values = [row[due] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert "签约后 15 天" in values
    assert not any(isinstance(v, date) and v.year == 9999 for v in values)

    text = read_pdf(
        printing.print_subscription(session, staff["c1"], deal.id, tmp_path / "s.pdf", now=NOW)
    ).text.replace(" ", "")
    assert "签约后15天" in text and "9999" not in text
    # The agreement's term stays the term once 签约 dated it.
    deal_steps.sign_contract(
        session, staff["sec"], deal.id, contract_no="HT-1", netsign_no="WQ-1",
        version=deal.version, now=NOW,
    )  # fmt: skip
    again = read_pdf(
        printing.print_subscription(session, staff["c1"], deal.id, tmp_path / "t.pdf", now=NOW)
    ).text.replace(" ", "")
    assert "签约后15天" in again


def test_rejecting_a_discount_keeps_the_signing_anchor(session, staff, site, system):
    settings.update_settings(session, system, {"deals.plan.full": TEMPLATE})
    deal_id = deals.subscribe(
        session, staff["c1"], request(site["units"][0], site["customer"], special="5000"), now=NOW
    )
    deal = session.get(Deal, deal_id)
    assert deal is not None
    deals.decide_discount(
        session, staff["mgr"], deal.id, approve=False, reason="不批", version=deal.version, now=NOW
    )
    row = _price_row(session, deal)
    assert (row.due_anchor, row.due_days, row.due_on) == (Anchor.SIGN, 15, UNDATED)
    assert row.amount == deal.price - deal.deposit == deal.price - Decimal("50000")
