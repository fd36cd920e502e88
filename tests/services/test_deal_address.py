"""The buyer's mailing address (通讯地址) and the contract's penalty clause on a deal (issue 16):
recorded at 认购, changed by those who may (audited masked, version-checked), masked for those
who may not see it, exported, printed in the person's full record and erased with the person;
the 认购书 quotes the clause. On both engines."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.deals import PaymentMethod
from anjia_desk.core.errors import ConflictError, PermissionDenied, UserError, ValidationError
from anjia_desk.core.identity import check_character
from anjia_desk.core.roles import Role
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.db.models import AuditEntry, Customer, Deal, Unit
from anjia_desk.services import customer_profile, deal_queries, deals, erasure, exporting, settings
from anjia_desk.services.context import Actor
from anjia_desk.services.deal_address import set_mailing_address
from anjia_desk.services.deal_views import SubscribeRequest
from anjia_desk.services.exporting import ExportRequest
from anjia_desk.services.papers.customer_record import customer_record
from anjia_desk.services.papers.subscription import subscription_paper
from tests.deal_fixtures import make_building, make_customer, make_project
from tests.helpers import add_actor

NOW = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai
ADDRESS = "北京市朝阳区建国路88号3号楼1201室"
MASKED = "北京市朝阳区****"
_FIRST = "11010119900307123"
BUYER_ID = _FIRST + check_character(_FIRST)


@dataclasses.dataclass
class Site:
    units: list[Unit]
    customer: Customer
    seller: Actor  # the customer's owner, who sells
    other: Actor  # another consultant
    secretary: Actor
    manager: Actor
    cashier: Actor
    viewer: Actor  # a consultant who is also the mortgage officer: sees every deal


@pytest.fixture
def site(database: Database) -> Site:
    """The office, committed (tests that work in several units of work need it so)."""
    with session_scope(database, Actor.system()) as s:
        seller = add_actor(s, "c1", "王顾问", Role.CONSULTANT)
        project = make_project(s)
        return Site(
            units=make_building(s, project),
            customer=make_customer(s, owner=seller),
            seller=seller,
            other=add_actor(s, "c2", "李顾问", Role.CONSULTANT),
            secretary=add_actor(s, "sec", "秘书小林", Role.SALES_SECRETARY),
            manager=add_actor(s, "mgr", "周经理", Role.SITE_MANAGER),
            cashier=add_actor(s, "cash", "出纳小钱", Role.CASHIER),
            viewer=add_actor(s, "gw", "郑顾问", Role.CONSULTANT, Role.MORTGAGE_OFFICER),
        )


def subscribe(session: Session, site: Site, unit: int = 0, **extra: str) -> Deal:
    request = SubscribeRequest(
        unit_id=site.units[unit].id,
        customer_id=site.customer.id,
        buyer_name="王建国",
        buyer_id_number=BUYER_ID,
        payment_method=PaymentMethod.FULL,
        deposit=Decimal(50000),
        **extra,  # type: ignore[arg-type]
    )
    deal_id = deals.subscribe(session, site.seller, request, now=NOW)
    deal = session.get(Deal, deal_id)
    assert deal is not None
    return deal


# --- 认购


def test_subscribe_records_the_address_and_the_clause_with_the_deal_rate(
    site: Site, session: Session
) -> None:
    settings.update_settings(
        session,
        Actor.system(),
        {
            "deals.penalty_per_10k": "3.5",
            "deals.penalty_clause_no": "第十一条",
            "deals.penalty_clause_text": "逾期付款的，按日向出卖人支付逾期应付款{rate}的违约金。",
        },
    )
    deal = subscribe(session, site, mailing_address=f" {ADDRESS} ", mailing_postcode="１０００２０")
    assert (deal.mailing_address, deal.mailing_postcode) == (ADDRESS, "100020")
    assert deal.penalty_clause_no == "第十一条"
    assert deal.penalty_clause_text == "逾期付款的，按日向出卖人支付逾期应付款万分之3.5的违约金。"
    # A later change of the settings does not touch a deal already made.
    settings.update_settings(session, Actor.system(), {"deals.penalty_clause_no": "第九条"})
    session.refresh(deal)
    assert deal.penalty_clause_no == "第十一条"


def test_subscribe_without_an_address_keeps_the_default_clause(
    site: Site, session: Session
) -> None:
    deal = subscribe(session, site)
    assert (deal.mailing_address, deal.mailing_postcode) == ("", "")
    assert deal.penalty_clause_no == "第九条"
    assert "万分之5的违约金" in deal.penalty_clause_text
    assert "{rate}" not in deal.penalty_clause_text


@pytest.mark.parametrize(
    ("extra", "field"),
    [
        ({"mailing_postcode": "100020"}, "mailing_postcode"),  # a postcode needs an address
        ({"mailing_address": ADDRESS, "mailing_postcode": "1000"}, "mailing_postcode"),
        ({"mailing_address": "路" * 201}, "mailing_address"),
    ],
)
def test_subscribe_refuses_a_bad_address(
    site: Site, session: Session, extra: dict[str, str], field: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        subscribe(session, site, **extra)
    assert set(raised.value.fields) == {field}
    assert session.scalar(select(Deal.id)) is None


# --- changing it


def test_who_may_change_the_address_and_the_audit_keeps_it_masked(
    site: Site, session: Session
) -> None:
    deal = subscribe(session, site)
    for actor in (site.other, site.cashier, site.viewer):
        with pytest.raises(PermissionDenied):
            set_mailing_address(session, actor, deal.id, ADDRESS, "", version=deal.version)
    for actor, address in (
        (site.secretary, ADDRESS),
        (site.manager, "上海市浦东新区世纪大道100号"),
        (site.seller, "广东省深圳市南山区科苑路15号"),  # the deal's own consultant
    ):
        set_mailing_address(
            session, actor, deal.id, address, "518057", version=deal.version, now=NOW
        )
        assert (deal.mailing_address, deal.mailing_postcode) == (address, "518057")
    lines = session.scalars(
        select(AuditEntry.summary).where(
            AuditEntry.entity == "deals", AuditEntry.entity_id == deal.id
        )
    ).all()
    changes = [line for line in lines if "通讯地址" in line and "→" in line]
    assert len(changes) == 3
    assert "通讯地址：'上海市浦东新区****' → '广东省深圳市南山区****'" in changes[-1]
    # The full address never reaches the audit log.
    assert not any("建国路" in line or "世纪大道" in line or "科苑路" in line for line in lines)
    set_mailing_address(session, site.secretary, deal.id, "", "", version=deal.version)
    assert (deal.mailing_address, deal.mailing_postcode) == ("", "")


def test_a_stale_version_or_a_bad_value_is_refused(database: Database, site: Site) -> None:
    with session_scope(database, Actor.system()) as s:
        deal_id = subscribe(s, site).id
        version = s.get(Deal, deal_id).version  # type: ignore[union-attr]
    with session_scope(database, Actor.system()) as s:
        set_mailing_address(s, site.secretary, deal_id, ADDRESS, "", version=version)
    with session_scope(database, Actor.system()) as s, pytest.raises(ConflictError):
        set_mailing_address(s, site.manager, deal_id, "上海市", "", version=version)
    with session_scope(database, Actor.system()) as s, pytest.raises(ValidationError) as bad:
        set_mailing_address(s, site.secretary, deal_id, ADDRESS, "12", version=version + 1)
    assert bad.value.fields == {"mailing_postcode": "邮政编码应为 6 位数字"}
    with session_scope(database, Actor.system()) as s:
        assert s.get(Deal, deal_id).mailing_address == ADDRESS  # type: ignore[union-attr]


# --- who sees it


def test_the_deal_page_masks_the_address_for_those_who_may_not_see_it(
    site: Site, session: Session
) -> None:
    deal_id = subscribe(session, site, mailing_address=ADDRESS, mailing_postcode="100020").id
    seen = {
        name: deal_queries.deal_detail(session, actor, deal_id, now=NOW)
        for name, actor in (
            ("seller", site.seller),
            ("secretary", site.secretary),
            ("manager", site.manager),
            ("cashier", site.cashier),
            ("viewer", site.viewer),  # a consultant, not this deal's: masked
        )
    }
    shown = {
        name: (d.mailing_address, d.address_masked, d.may_edit_address) for name, d in seen.items()
    }
    assert shown == {
        "seller": (ADDRESS, False, True),
        "secretary": (ADDRESS, False, True),
        "manager": (ADDRESS, False, True),
        "cashier": (MASKED, True, False),
        "viewer": (MASKED, True, False),
    }
    assert all(d.mailing_postcode == "100020" for d in seen.values())
    assert seen["cashier"].penalty_clause_no == "第九条"
    with pytest.raises(PermissionDenied):  # another consultant does not reach the deal at all
        deal_queries.deal_detail(session, site.other, deal_id, now=NOW)


def test_the_deal_export_masks_the_address_with_the_phones(
    site: Site, session: Session, tmp_path: Path
) -> None:
    subscribe(session, site, mailing_address=ADDRESS, mailing_postcode="100020")
    subscribe(session, site, unit=1)  # no address: blank cells

    def cells(mask: bool) -> list[tuple[object, object]]:
        out = tmp_path / f"deals-{mask}.xlsx"
        request = ExportRequest(("deals",), mask_phones=mask, reason="" if mask else "核对地址")
        exporting.export_workbook(session, site.manager, request, out, now=NOW)
        rows = list(load_workbook(out)["交易"].iter_rows(values_only=True))
        at = rows[0].index("通讯地址")
        assert rows[0][at + 1] == "邮政编码"
        return [(row[at], row[at + 1]) for row in rows[1:]]

    assert cells(True) == [(MASKED, "100020"), (None, None)]
    assert cells(False) == [(ADDRESS, "100020"), (None, None)]


# --- the person's record and their erasure


def test_the_full_record_prints_the_address(site: Site, session: Session) -> None:
    subscribe(session, site, mailing_address=ADDRESS, mailing_postcode="100020")
    subscribe(session, site, unit=1)  # no address: no line
    record = customer_record(session, session.get(Customer, site.customer.id))  # type: ignore[arg-type]
    lines = [(label, value) for label, value in record.profile if label.startswith("通讯地址")]
    assert lines == [("通讯地址", f"{ADDRESS}（邮编 100020；1栋0101 的交易）")]


def test_erasing_the_buyer_erases_the_address(database: Database, site: Site) -> None:
    with session_scope(database, Actor.system()) as s:
        deal_id = subscribe(s, site, mailing_address=ADDRESS, mailing_postcode="100020").id
        preview = erasure.preview(s, site.manager, site.customer.id)
        assert any("通讯地址" in line for line in preview.lines())
    with session_scope(database, Actor.system()) as s:
        customer_profile.erase_personal_data(
            s, site.manager, site.customer.id, reason="本人要求", now=NOW
        )
    with session_scope(database, Actor.system()) as s:
        deal = s.get(Deal, deal_id)
        assert deal is not None
        assert (deal.mailing_address, deal.mailing_postcode) == ("", "")
        assert deal.buyer_name == "王建国"  # the accounting record stays
        summaries = s.scalars(select(AuditEntry.summary)).all()
        assert not any("建国路" in (line or "") for line in summaries)
        # Nor can it be written again.
        with pytest.raises(UserError):
            set_mailing_address(s, site.secretary, deal_id, ADDRESS, "", version=deal.version)


# --- the 认购书


def test_the_subscription_paper_quotes_the_deal_clause(site: Site, session: Session) -> None:
    from anjia_desk.pdf.subscription import penalty_sentence

    deal = subscribe(session, site)
    sentence = penalty_sentence(subscription_paper(session, deal, seller="安家置业"))
    assert sentence.startswith("逾期付款的违约责任（《商品房买卖合同》第九条）：")
    assert deal.penalty_clause_text in sentence and "逾期超过 90 日" in sentence
    deal.penalty_clause_no = deal.penalty_clause_text = ""  # a deal from before issue 16
    old = penalty_sentence(subscription_paper(session, deal, seller="安家置业"))
    assert old.startswith("买受人逾期付款的，按逾期金额每日万分之5支付违约金；")
