"""认购书: every part a subscription agreement needs, from the models through services/printing;
a long payment plan flows onto the next page with its header; ID masked; audited."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.deals import DiscountStatus, Nature, PaymentMethod
from anjia_desk.core.errors import NotFound, PermissionDenied
from anjia_desk.core.roles import Role
from anjia_desk.db.models import AuditEntry, Customer, Deal, Installment, Project, Unit
from anjia_desk.pdf.document import build, render
from anjia_desk.pdf.fonts import cjk_font
from anjia_desk.pdf.page import Letterhead
from anjia_desk.pdf.subscription import (
    TITLE,
    PlanLine,
    SubscriptionPaper,
)
from anjia_desk.services import settings as settings_service
from anjia_desk.services.context import Actor
from anjia_desk.services.printing import print_subscription
from tests.deal_fixtures import make_building, make_customer, make_project
from tests.helpers import add_actor
from tests.pdf.pdfcheck import PdfFacts, assert_sound, read_pdf

NOW = datetime(2026, 3, 10, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai
PRINTED = datetime(2026, 3, 10, 10, 0)
OFFICE = Letterhead(
    "安家置业（杭州）有限公司", "安家·云栖府", "余杭区文一西路 1 号", "0571-8888 6666"
)


def paper(plan_lines: int = 3, **changes: object) -> SubscriptionPaper:
    plan = [PlanLine(1, "定金", "定金", date(2026, 3, 5), Decimal("50000"))] + [
        PlanLine(i + 2, f"第{i + 1}期房款", "房款", date(2026, 4, 5) + timedelta(days=30 * i),
                 Decimal("37500.00"))
        for i in range(plan_lines - 1)
    ]  # fmt: skip
    values: dict[str, object] = dict(
        number=12, seller="安家置业（杭州）有限公司", project="安家·云栖府",
        permit_no="杭售许字(2026)第018号", buyer_name="欧阳晓梅",
        buyer_id_masked="330106********1234", buyer_phone="138****5678", consultant="王浩",
        building="3栋", stairwell="1单元", room="1801", floor=18, layout="三室两厅两卫",
        area=Decimal("118.56"), inner_area=Decimal("95.20"), payment_method="商业贷款",
        list_price=Decimal("2356000"), standard_discount=Decimal("23560"),
        special_discount=Decimal("12000"), special_status="待审批", price=Decimal("2320440"),
        filed_price=Decimal("2400000"), deposit=Decimal("50000"),
        subscribed_on=date(2026, 3, 5), sign_deadline=date(2026, 3, 12),
        penalty_per_10k=Decimal("5.00"), cancel_days=90, plan=plan,
    )  # fmt: skip
    values.update(changes)
    return SubscriptionPaper(**values)  # type: ignore[arg-type]


def flat(facts: PdfFacts) -> str:
    return facts.text.replace("\n", "").replace(" ", "")


def test_every_part_of_the_agreement_is_printed() -> None:
    facts = read_pdf(render(paper(), letterhead=OFFICE, printed_at=PRINTED))
    text = flat(facts)
    assert facts.metadata["/Title"] == TITLE
    for phrase in (
        "认购编号RG-000012",
        "安家置业（杭州）有限公司",
        "杭售许字(2026)第018号",
        "欧阳晓梅",
        "330106********1234",
        "3栋1单元1801",
        "三室两厅两卫",
        "118.56㎡",
        "95.20㎡",
        "商业贷款",
        "¥2,356,000.00",
        "−¥23,560.00",
        "−¥12,000.00（待审批）",
        "¥2,320,440.00",
        "人民币贰佰叁拾贰万零肆佰肆拾元整",
        "¥50,000.00",
        "人民币伍万元整",
        "第五百八十六条",
        "双倍返还定金",
        "2026年3月12日",
        "特批优惠尚待审批",
        "万分之5",
        "90日",
        "买受人（签字）",
        "出卖人（盖章）",
        "¥125,000.00",  # the plan's total
        "打印时间：2026-03-1010:00",
    ):
        assert phrase in text, phrase
    assert len(facts.pages) <= 2
    assert_sound(facts, cjk_font())


def test_a_long_plan_flows_onto_the_next_page_with_its_header() -> None:
    facts = read_pdf(render(paper(40), letterhead=OFFICE, printed_at=PRINTED))
    assert len(facts.pages) >= 2
    text = facts.text.replace(" ", "")
    assert all(f"第{n}期房款" in text for n in range(1, 40))  # no row lost at a page break
    continued = [p for p in facts.pages[1:] if "期房款" in p]
    assert continued and all("付款节点" in p for p in continued)
    assert_sound(facts, cjk_font())


def test_no_special_discount_no_plan_cancelled() -> None:
    facts = read_pdf(
        render(
            paper(
                0,
                special_discount=Decimal(0),
                special_status="",
                plan=[],
                cancelled=True,
                inner_area=None,
                stairwell="",
                area=Decimal(0),
            ),
            letterhead=Letterhead(),
            printed_at=PRINTED,
        )
    )
    text = flat(facts)
    assert "特批优惠无" in text and "尚待审批" not in text
    assert "付款计划在签约时确定" in text and "本交易已取消" in text
    assert "折合单价" not in text
    assert_sound(facts, cjk_font())


def test_build_writes_the_file(tmp_path: Path) -> None:
    out = build(tmp_path / "s.pdf", paper(), letterhead=OFFICE, printed_at=PRINTED)
    assert out == tmp_path / "s.pdf" and read_pdf(out).pages


# --------------------------------------------------------------------------- from the models


def make_deal(
    session: Session,
    *,
    consultant: Actor | None = None,
    method: PaymentMethod = PaymentMethod.COMMERCIAL,
    special: Decimal = Decimal("10000"),
    status: DiscountStatus = DiscountStatus.PENDING,
) -> tuple[Project, Unit, Customer, Deal]:
    """A project, a unit and a subscribed deal with a plan of three installments."""
    project = make_project(session, "安家·云栖府")
    unit = make_building(session, project, "3栋", floors=2, rooms=("01",))[0]
    customer = make_customer(session, "欧阳晓梅", "13812345678", owner=consultant)
    price = unit.list_price - Decimal("10000") - special
    deal = Deal(
        project_id=project.id, unit_id=unit.id, customer_id=customer.id,
        consultant_id=consultant.user_id if consultant else None, buyer_name="欧阳晓梅",
        buyer_id_masked="330106********1234", payment_method=method.value,
        list_price=unit.list_price, standard_discount=Decimal("10000"),
        special_discount=special, discount_status=status.value, price=price,
        filed_price=unit.filed_price, deposit=Decimal("50000"),
        subscribed_at=datetime(2026, 3, 5, 17, 0, tzinfo=UTC),  # 3-6 01:00 in Shanghai
        sign_deadline=date(2026, 3, 13), penalty_per_10k=Decimal("5"), cancel_days=90,
    )  # fmt: skip
    session.add(deal)
    session.flush()
    down = (price * Decimal("0.3")).quantize(Decimal("0.01")) - Decimal("50000")
    plan = [
        (Nature.DEPOSIT, "定金", date(2026, 3, 6), Decimal("50000")),
        (Nature.DOWN, "首付款", date(2026, 3, 13), down),
        (Nature.LOAN, "按揭款", date(2026, 5, 6), price - down - Decimal("50000")),
    ]
    for seq, (nature, name, due, amount) in enumerate(plan, start=1):
        session.add(
            Installment(deal_id=deal.id, seq=seq, nature=nature.value, name=name, due_on=due,
                        amount=amount)
        )  # fmt: skip
    session.flush()
    return project, unit, customer, deal


def letterhead(session: Session, system: Actor) -> None:
    settings_service.update_settings(
        session, system, {"letterhead.company": "安家置业（杭州）有限公司",
                          "letterhead.project": "安家·云栖府"}
    )  # fmt: skip


def test_print_subscription_from_the_models(
    session: Session, system: Actor, tmp_path: Path
) -> None:
    letterhead(session, system)
    consultant = add_actor(session, "guwen1", "王浩", Role.CONSULTANT)
    _project, _unit, _customer, deal = make_deal(session, consultant=consultant)
    secretary = add_actor(session, "mishu", "周婷", Role.SALES_SECRETARY)
    out = print_subscription(session, secretary, deal.id, tmp_path / "rg.pdf", now=NOW)
    facts = read_pdf(out)
    text = flat(facts)
    for phrase in (
        f"认购编号RG-{deal.id:06d}",
        "认购日期2026-03-06",  # the office's day, not UTC's
        "安家·云栖府",
        "测预售字(2026)第001号",
        "欧阳晓梅",
        "330106********1234",
        "138****5678",
        "王浩",
        "3栋0101",
        "商业贷款",
        "¥980,000.00",
        "人民币玖拾捌万元整",
        "−¥10,000.00（待审批）",
        "首付款",
        "按揭款",
        "2026年3月13日",
        "打印时间：2026-03-1010:00",
    ):
        assert phrase in text, phrase
    assert "13812345678" not in text
    assert_sound(facts, cjk_font())
    entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "print")).one()
    assert (entry.entity, entry.entity_id, entry.actor) == ("subscription", deal.id, "周婷")
    assert "3栋0101" in entry.summary


def test_print_subscription_full_payment_without_special(
    session: Session, system: Actor, tmp_path: Path
) -> None:
    *_, deal = make_deal(
        session, method=PaymentMethod.FULL, special=Decimal(0), status=DiscountStatus.NONE
    )
    text = flat(read_pdf(print_subscription(session, system, deal.id, tmp_path / "a.pdf", now=NOW)))
    assert "全款" in text and "特批优惠无" in text


def test_print_subscription_refusals(session: Session, tmp_path: Path) -> None:
    *_, deal = make_deal(session)
    front = add_actor(session, "qiantai", "林晓雯", Role.FRONT_DESK)
    with pytest.raises(PermissionDenied):
        print_subscription(session, front, deal.id, tmp_path / "x.pdf")
    with pytest.raises(NotFound, match="找不到交易"):
        print_subscription(session, Actor.system(), deal.id + 99, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
