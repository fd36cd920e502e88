"""风险告知书 (issue 18): the show flat against delivery item by item and what the office cannot
promise, from the settings, frozen on the deal at the first print (a reprint is the same paper
after the settings change); it says it waives nothing; the buyer's signature recorded once by
whoever may take a 认购."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.errors import PermissionDenied, UserError, ValidationError
from anjia_desk.core.roles import Role
from anjia_desk.db.models import AuditEntry, Deal
from anjia_desk.pdf.fonts import cjk_font
from anjia_desk.services import printing, risk_notice, settings
from anjia_desk.services.context import Actor
from tests.deal_fixtures import make_building, make_customer, make_project
from tests.helpers import add_actor
from tests.pdf.pdfcheck import assert_sound, read_pdf
from tests.services.test_payments import FULL_PLAN, make_deal

NOW = datetime(2026, 2, 1, 3, 0, tzinfo=UTC)


@pytest.fixture
def world(session: Session) -> dict[str, Any]:
    project = make_project(session)
    units = make_building(session, project, floors=1)
    seller = add_actor(session, "gw", "顾问", Role.CONSULTANT)
    people = {
        "seller": seller,
        "other": add_actor(session, "gw2", "顾问乙", Role.CONSULTANT),
        "legal": add_actor(session, "fw", "法务", Role.LEGAL),
        "secretary": add_actor(session, "ms", "秘书", Role.SALES_SECRETARY),
    }
    customer = make_customer(session, "王建国", "13800001111")
    deal = make_deal(session, project, units[0], customer, FULL_PLAN, consultant=seller)
    session.flush()
    return {**people, "deal": deal.id}


def flat(text: str) -> str:
    return "".join(text.split())


def test_printed_from_the_settings_and_frozen_at_the_first_print(
    session: Session, world: dict[str, Any], tmp_path: Path
) -> None:
    deal_id, seller = world["deal"], world["seller"]
    # Whoever only sees the deal may not be the first to print (it freezes what it says).
    with pytest.raises(PermissionDenied):
        printing.print_risk_notice(session, world["legal"], deal_id, tmp_path / "x.pdf", now=NOW)
    with pytest.raises(PermissionDenied):
        printing.print_risk_notice(session, world["other"], deal_id, tmp_path / "x.pdf", now=NOW)
    first = printing.print_risk_notice(session, seller, deal_id, tmp_path / "a.pdf", now=NOW)
    facts = read_pdf(first)
    assert_sound(facts, cjk_font())
    assert len(facts.pages) == 1
    text = flat(facts.text)
    assert "购房风险告知书" in text and "认购编号RG-" in text
    assert "样板间的家具软装及电器饰品不属于交付标准" in text  # the default list, item by item
    assert "周边学校及学区划分以教育部门当年公布为准" in text
    assert "商品房销售管理办法》第三十一条" in text
    assert "不排除、不限制买受人依法享有的任何权利" in text
    assert "亦应当视为合同内容" in text and "第三条" in text
    assert "不作为处理或办结任何投诉的依据" in text
    assert "买受人（签字）" in text and "1栋0101" in text
    # The settings change; the deal's notice does not.
    settings.update_settings(
        session, Actor.system(), {"complaints.showflat_differences": ("样板间地板为展示用实木",)}
    )
    again = printing.print_risk_notice(
        session, world["legal"], deal_id, tmp_path / "b.pdf", now=NOW + timedelta(days=40)
    )
    assert read_pdf(again).pages == facts.pages  # the same 打印时间 too
    deal = session.get(Deal, deal_id)
    assert deal is not None and "样板间的家具软装" in deal.risk_notice_facts
    entries = session.scalars(select(AuditEntry.entity).where(AuditEntry.action == "print")).all()
    assert entries == ["risk_notice", "risk_notice"]
    # The frozen JSON is not copied into the audit log (the print is audited itself).
    session.flush()
    summaries = session.scalars(select(AuditEntry.summary).where(AuditEntry.entity == "deals"))
    assert not any("risk_notice_facts" in (text or "") for text in summaries)


def test_a_cancelled_deal_gets_no_first_notice(
    session: Session, world: dict[str, Any], tmp_path: Path
) -> None:
    deal = session.get(Deal, world["deal"])
    assert deal is not None
    deal.cancelled_at = NOW
    with pytest.raises(UserError, match="已取消"):
        printing.print_risk_notice(session, world["seller"], deal.id, tmp_path / "x.pdf", now=NOW)
    assert deal.risk_notice_facts == "" and not (tmp_path / "x.pdf").exists()


def test_the_signature_is_recorded_once(
    session: Session, world: dict[str, Any], tmp_path: Path
) -> None:
    deal_id, seller = world["deal"], world["seller"]
    signed = NOW - timedelta(minutes=30)
    with pytest.raises(UserError, match="请先打印"):
        risk_notice.record_signed(session, seller, deal_id, signed_at=signed, now=NOW)
    assert not risk_notice.notice_state(session, seller, deal_id).printed
    printing.print_risk_notice(session, seller, deal_id, tmp_path / "a.pdf", now=NOW)
    state = risk_notice.notice_state(session, seller, deal_id)
    assert state.printed and state.signed_at is None and state.may_record
    assert state.text == "风险告知书：已打印，待买受人签署"
    with pytest.raises(PermissionDenied):
        risk_notice.record_signed(session, world["legal"], deal_id, signed_at=signed, now=NOW)
    with pytest.raises(PermissionDenied):
        risk_notice.record_signed(session, world["other"], deal_id, signed_at=signed, now=NOW)
    with pytest.raises(ValidationError) as future:
        risk_notice.record_signed(
            session, seller, deal_id, signed_at=NOW + timedelta(hours=1), now=NOW
        )
    assert "signed_at" in future.value.fields
    risk_notice.record_signed(session, world["secretary"], deal_id, signed_at=signed, now=NOW)
    deal = session.get(Deal, deal_id)
    assert deal is not None and deal.risk_notice_at is not None
    assert deal.risk_notice_at.astimezone(UTC) == signed
    with pytest.raises(UserError, match="已登记签署"):
        risk_notice.record_signed(session, seller, deal_id, signed_at=signed, now=NOW)
    state = risk_notice.notice_state(session, world["legal"], deal_id)
    assert state.text == "风险告知书：买受人已签署" and not state.may_record
