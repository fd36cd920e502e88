"""选房确认单: queue number, customer (phone masked), unit and prices, time of choice and the hold's
end, signature lines; from a 开盘选房 hold through services/printing; audited."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.deals import HoldKind
from anjia_desk.core.errors import NotFound, PermissionDenied
from anjia_desk.core.roles import Role
from anjia_desk.db.models import AuditEntry, QueueTicket, UnitHold
from anjia_desk.pdf.choice import TITLE, ChoicePaper
from anjia_desk.pdf.document import build, render
from anjia_desk.pdf.fonts import cjk_font
from anjia_desk.pdf.page import Letterhead
from anjia_desk.services.context import Actor
from anjia_desk.services.printing import print_choice
from tests.deal_fixtures import make_building, make_customer, make_project
from tests.helpers import add_actor
from tests.pdf.pdfcheck import PdfFacts, assert_sound, read_pdf
from tests.pdf.test_subscription import NOW, letterhead

PRINTED = datetime(2026, 3, 8, 10, 0)
OFFICE = Letterhead(
    "安家置业（杭州）有限公司", "安家·云栖府", "余杭区文一西路 1 号", "0571-8888 6666"
)


def paper(**changes: object) -> ChoicePaper:
    values: dict[str, object] = dict(
        queue_number=7, customer_name="司马相如", customer_phone="138****5678",
        queue_amount=Decimal("20000"), project="安家·云栖府", building="3栋", stairwell="2单元",
        room="2203", floor=22, layout="四室两厅两卫", area=Decimal("143.20"),
        inner_area=Decimal("118.00"), list_price=Decimal("3212000"),
        filed_price=Decimal("3300000"), chosen_at=datetime(2026, 3, 8, 9, 42),
        expires_at=datetime(2026, 3, 9, 9, 42), handled_by="王浩",
    )  # fmt: skip
    values.update(changes)
    return ChoicePaper(**values)  # type: ignore[arg-type]


def flat(facts: PdfFacts) -> str:
    return facts.text.replace("\n", "").replace(" ", "")


def test_the_confirmation_has_everything_on_one_page() -> None:
    facts = read_pdf(render(paper(), letterhead=OFFICE, printed_at=PRINTED))
    text = flat(facts)
    assert facts.metadata["/Title"] == TITLE and len(facts.pages) == 1
    for phrase in (
        "排号第7号·安家·云栖府",
        "司马相如",
        "138****5678",
        "¥20,000.00",
        "3栋2单元2203",
        "22层",
        "四室两厅两卫",
        "143.20㎡",
        "¥3,212,000.00",
        "人民币叁佰贰拾壹万贰仟元整",
        "¥3,300,000.00",
        "¥22,430.17/㎡",
        "2026-03-0809:42",
        "2026-03-0909:42",
        "选定，待认购",
        "王浩",
        "客户（签字）",
        "置业顾问（签字）",
    ):
        assert phrase in text, phrase
    assert_sound(facts, cjk_font())


def test_without_ticket_or_expiry_and_released() -> None:
    facts = read_pdf(
        render(
            paper(
                queue_number=None,
                queue_amount=None,
                expires_at=None,
                inner_area=None,
                stairwell="",
                area=Decimal(0),
                released="已释放（2026-03-09 09:42）",
            ),
            letterhead=Letterhead(),
            printed_at=PRINTED,
        )
    )
    text = flat(facts)
    assert "未排号" in text and "已释放（2026-03-0909:42）" in text and "表价单价" not in text
    assert_sound(facts, cjk_font())


def test_build_writes_the_file(tmp_path: Path) -> None:
    out = build(tmp_path / "c.pdf", paper(), letterhead=OFFICE, printed_at=PRINTED)
    assert out == tmp_path / "c.pdf" and read_pdf(out).pages


def _choice(session: Session, consultant: Actor, *, kind: HoldKind = HoldKind.CHOICE) -> UnitHold:
    project = make_project(session, "安家·云栖府")
    unit = make_building(session, project, "5栋", floors=1, rooms=("02",))[0]
    customer = make_customer(session, "司马相如", "13900002222")
    ticket = QueueTicket(project_id=project.id, number=3, customer_id=customer.id,
                         amount=Decimal("20000"))  # fmt: skip
    session.add(ticket)
    session.flush()
    hold = UnitHold(
        unit_id=unit.id, kind=kind.value, customer_id=customer.id, ticket_id=ticket.id,
        user_id=consultant.user_id, expires_at=datetime(2026, 3, 11, 2, 0, tzinfo=UTC),
        created_at=datetime(2026, 3, 10, 1, 30, tzinfo=UTC),
    )  # fmt: skip
    session.add(hold)
    session.flush()
    return hold


def test_print_choice_from_the_models(session: Session, system: Actor, tmp_path: Path) -> None:
    letterhead(session, system)
    consultant = add_actor(session, "guwen1", "王浩", Role.CONSULTANT)
    hold = _choice(session, consultant)
    facts = read_pdf(print_choice(session, consultant, hold.id, tmp_path / "c.pdf", now=NOW))
    text = flat(facts)
    for phrase in ("排号第3号", "司马相如", "139****2222", "5栋0102", "2026-03-1009:30",
                   "2026-03-1110:00", "王浩", "¥1,000,000.00", "¥1,100,000.00"):  # fmt: skip
        assert phrase in text, phrase
    assert "13900002222" not in text
    assert_sound(facts, cjk_font())
    entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "print")).one()
    assert (entry.entity, entry.entity_id) == ("choice", hold.id)

    hold.released_at = datetime(2026, 3, 11, 2, 0, tzinfo=UTC)
    hold.release_reason = "到期"
    session.flush()
    again = flat(read_pdf(print_choice(session, system, hold.id, tmp_path / "d.pdf", now=NOW)))
    assert "已释放（2026-03-1110:00，到期）" in again


def test_print_choice_refusals(session: Session, tmp_path: Path) -> None:
    consultant = add_actor(session, "guwen1", "王浩", Role.CONSULTANT)
    hold = _choice(session, consultant, kind=HoldKind.HOLD)
    front = add_actor(session, "qiantai", "林晓雯", Role.FRONT_DESK)
    with pytest.raises(PermissionDenied):
        print_choice(session, front, hold.id, tmp_path / "x.pdf")
    with pytest.raises(NotFound, match="找不到选房记录"):
        print_choice(session, consultant, hold.id, tmp_path / "x.pdf")  # a 锁定, not a choice
    with pytest.raises(NotFound):
        print_choice(session, consultant, hold.id + 50, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_the_paper_prints_only_money_received(
    session: Session, system: Actor, tmp_path: Path
) -> None:
    """Never the number's nominal 认筹金: 未收 with no receipt, what came in once paid."""
    from tests.services.unit_helpers import pay_ticket

    letterhead(session, system)
    consultant = add_actor(session, "guwen1", "王浩", Role.CONSULTANT)
    hold = _choice(session, consultant)
    text = flat(read_pdf(print_choice(session, consultant, hold.id, tmp_path / "a.pdf", now=NOW)))
    assert "认筹金（实收）未收" in text and "20,000.00" not in text
    assert hold.ticket_id is not None
    pay_ticket(session, hold.ticket_id, Decimal("8000"))
    text = flat(read_pdf(print_choice(session, consultant, hold.id, tmp_path / "b.pdf", now=NOW)))
    assert "认筹金（实收）¥8,000.00" in text and "20,000.00" not in text


def test_a_zero_amount_reads_as_not_received() -> None:
    facts = read_pdf(render(paper(queue_amount=Decimal(0)), letterhead=OFFICE, printed_at=PRINTED))
    text = flat(facts)
    assert "认筹金（实收）未收" in text and "¥0.00" not in text
