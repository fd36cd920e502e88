"""Projects, units and customers built directly with the models, for the deal tests.

The services under test (units, deals, payments, receivables) build on these rows; building
them here keeps each test independent of the other services' own behaviour.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from anjia_desk.core.phones import parse_phone
from anjia_desk.db.models import Building, Customer, Project, Unit
from anjia_desk.services import customer_state as cs
from anjia_desk.services.context import Actor

PERMIT_DAY = date(2026, 1, 10)


def make_project(
    session: Session, name: str = "安家·测试苑", *, permit_date: date | None = PERMIT_DAY
) -> Project:
    project = Project(name=name, permit_no="测预售字(2026)第001号", permit_date=permit_date)
    session.add(project)
    session.flush()
    return project


def make_building(
    session: Session,
    project: Project,
    name: str = "1栋",
    *,
    floors: int = 3,
    rooms: tuple[str, ...] = ("01", "02"),
    area: Decimal = Decimal("100.00"),
    list_price: Decimal = Decimal("1000000.00"),
    filed_price: Decimal = Decimal("1100000.00"),
) -> list[Unit]:
    """A building of `floors` × `rooms` units, all 可售, every unit priced alike."""
    building = Building(project_id=project.id, name=name, key=name.rstrip("栋#"))
    session.add(building)
    session.flush()
    units = [
        Unit(
            building_id=building.id,
            floor=floor,
            room=f"{floor:02d}{suffix}",
            layout="三室两厅",
            area=area,
            inner_area=area * Decimal("0.8"),
            list_price=list_price,
            filed_price=filed_price,
        )
        for floor in range(1, floors + 1)
        for suffix in rooms
    ]
    session.add_all(units)
    session.flush()
    return units


def make_customer(
    session: Session,
    name: str = "王建国",
    phone: str = "13800001111",
    *,
    owner: Actor | None = None,
    referrer: Customer | None = None,
    buyer_type: str = "刚需",
    do_not_disturb: bool = False,
    today: date = date(2026, 11, 20),
) -> Customer:
    customer = Customer(buyer_type=buyer_type, do_not_disturb=do_not_disturb)
    cs.set_name(customer, name)
    cs.set_phone(customer, parse_phone(phone))
    if referrer is not None:
        customer.referrer_id = referrer.id
    session.add(customer)
    session.flush()
    if owner is not None:
        cs.set_owner(
            session, Actor.system(), customer, owner.user_id, kind="register", today=today,
            rule=cs.rules(session),
        )  # fmt: skip
    return customer
