"""What the dunning ladder reads from the database for a day (issue 16): the installments that
may be dunned or pre-noticed, the highest stage already issued per installment, the letters of
the day, the blocks and promises covering it, each deal's last letter — a handful of queries
whatever the number of deals — and, from them, core.dunning's letter due per deal. The penalty
on each line is the receivables view's (core.money.accrued_penalty_fen over the receipts not
voided, services.receivables.payments_of) as of the day.

services.dunning builds the 催款 page and issues the letters from these.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import ColumnElement, String, func, select, type_coerce
from sqlalchemy.orm import Session

from anjia_desk.core.deals import Nature
from anjia_desk.core.dunning import (
    PRENOTICE,
    Delivery,
    DueLetter,
    Owed,
    block_covers,
    due_letter,
    letter_code,
    promise_covers,
)
from anjia_desk.core.money import accrued_penalty_fen
from anjia_desk.core.plans import UNDATED
from anjia_desk.core.units import unit_label
from anjia_desk.db.models import (
    Building,
    Deal,
    DunningBlock,
    DunningCall,
    DunningLetter,
    DunningLetterItem,
    Installment,
    Project,
    Unit,
    User,
)
from anjia_desk.db.types import in_fen
from anjia_desk.services.dunning_views import Ladder, LastLetter
from anjia_desk.services.receivables import payments_of
from anjia_desk.services.settings import get_list, get_setting

#: What is never dunned: the bank's loan (a 按揭催办 instead) and an unpaid 定金 (not a debt).
_NOT_DUNNED = (Nature.LOAN.value, Nature.DEPOSIT.value)
#: Ids per IN (...) (well under SQLite's bound-parameter limit).
CHUNK = 10_000


def ladder_of(session: Session) -> Ladder:
    return Ladder(
        days=tuple(int(day) for day in get_list(session, "dunning.ladder")),
        prenotice_days=int(get_setting(session, "dunning.prenotice_days")),
        demand_days=int(get_setting(session, "dunning.demand_days")),
    )


@dataclass
class OwedInstallment:
    """An installment that may be dunned or pre-noticed on the day (amounts in fen)."""

    id: int
    name: str
    due_on: date
    amount: int
    paid: int

    @property
    def outstanding(self) -> int:
        return self.amount - self.paid


@dataclass
class DealOwing:
    deal_id: int
    project_id: int
    project: str
    unit: str
    buyer: str
    consultant: str
    consultant_id: int | None
    per_10k: int  # hundredths of ‱
    has_address: bool
    installments: list[OwedInstallment]


def chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def candidates(
    session: Session,
    day: date,
    prenotice_days: int,
    *,
    deal_ids: Sequence[int] | None = None,
    consultant_id: int | None = None,
) -> dict[int, DealOwing]:
    """Live deals with an installment overdue on `day` or coming within the pre-notice days."""
    where: list[ColumnElement[bool]] = [
        Deal.cancelled_at.is_(None),
        Installment.paid < Installment.amount,
        Installment.nature.not_in(_NOT_DUNNED),
        Installment.due_on <= day + timedelta(days=prenotice_days),
        Installment.due_on != UNDATED,
    ]
    if consultant_id is not None:
        where.append(Deal.consultant_id == consultant_id)
    statement = (
        select(
            Installment.id,
            Installment.deal_id,
            Installment.name,
            Installment.due_on,
            in_fen(Installment.amount),
            in_fen(Installment.paid),
            Deal.project_id,
            Project.name,
            Building.name,
            Unit.stairwell,
            Unit.room,
            Deal.buyer_name,
            User.display_name,
            Deal.consultant_id,
            in_fen(Deal.penalty_per_10k),
            type_coerce(Deal.mailing_address, String),
        )
        .select_from(Installment)
        .join(Deal, Deal.id == Installment.deal_id)
        .join(Unit, Unit.id == Deal.unit_id)
        .join(Building, Building.id == Unit.building_id)
        .join(Project, Project.id == Deal.project_id)
        .outerjoin(User, User.id == Deal.consultant_id)
        .where(*where)
        .order_by(Installment.deal_id, Installment.seq)
    )
    deals: dict[int, DealOwing] = {}
    batches: list[Sequence[int] | None] = list(chunks(deal_ids)) if deal_ids is not None else [None]
    for batch in batches:
        query = statement if batch is None else statement.where(Installment.deal_id.in_(batch))
        for row in session.execute(query):
            (iid, deal_id, name, due_on, amount, paid, project_id, project, building) = row[:9]
            stairwell, room, buyer, consultant, cid, per_10k, address = row[9:]
            found = deals.get(deal_id)
            if found is None:
                found = deals[deal_id] = DealOwing(
                    deal_id,
                    project_id,
                    project,
                    unit_label(building, stairwell, room),
                    buyer,
                    consultant or "",
                    cid,
                    per_10k,
                    bool((address or "").strip()),
                    [],
                )
            found.installments.append(OwedInstallment(iid, name, due_on, amount, paid))
    return deals


def issued_stages(session: Session, ids: Sequence[int], before: date) -> dict[int, tuple[int, int]]:
    """installment id → (highest stage issued, lowest) over letters not voided dated before
    `before`."""
    out: dict[int, tuple[int, int]] = {}
    for batch in chunks(ids):
        statement = (
            select(
                DunningLetterItem.installment_id,
                func.max(DunningLetterItem.stage),
                func.min(DunningLetterItem.stage),
            )
            .join(DunningLetter, DunningLetter.id == DunningLetterItem.letter_id)
            .where(
                DunningLetterItem.installment_id.in_(batch),
                DunningLetter.voided_at.is_(None),
                DunningLetter.letter_on < before,
            )
            .group_by(DunningLetterItem.installment_id)
        )
        for installment_id, highest, lowest in session.execute(statement):
            out[installment_id] = (int(highest), int(lowest))
    return out


def paused_deals(session: Session, day: date, deal_ids: Sequence[int] | None = None) -> set[int]:
    """Deals whose letters are paused on `day`: a block covers it, or a promised date."""
    paused: set[int] = set()
    block_where: list[ColumnElement[bool]] = [
        DunningBlock.starts_on <= day,
        DunningBlock.ends_on >= day,
    ]
    for deal_id, starts, ends, lifted in session.execute(
        select(
            DunningBlock.deal_id,
            DunningBlock.starts_on,
            DunningBlock.ends_on,
            DunningBlock.lifted_on,
        ).where(*block_where)
    ):
        if block_covers(starts, ends, lifted, day):
            paused.add(deal_id)
    for deal_id, promised in session.execute(
        select(DunningCall.deal_id, func.max(DunningCall.promised_on))
        .where(DunningCall.promised_on.is_not(None), DunningCall.called_on <= day)
        .group_by(DunningCall.deal_id)
    ):
        if promise_covers(promised, day):
            paused.add(deal_id)
    if deal_ids is not None:
        wanted = set(deal_ids)
        paused &= wanted
    return paused


def letters_on(session: Session, day: date) -> dict[int, DunningLetter]:
    """deal id → its letter dated `day` (not voided)."""
    rows = session.scalars(
        select(DunningLetter).where(
            DunningLetter.letter_on == day, DunningLetter.voided_at.is_(None)
        )
    )
    return {letter.deal_id: letter for letter in rows}


def delivery_text(delivery: Delivery, number: str) -> str:
    return f"{delivery.label} {number}".strip() if number else delivery.label


def last_letters(session: Session, deal_ids: Sequence[int], day: date) -> dict[int, LastLetter]:
    """Each deal's latest letter not voided, dated on or before `day`."""
    out: dict[int, LastLetter] = {}
    for batch in chunks(deal_ids):
        statement = (
            select(
                DunningLetter.deal_id,
                DunningLetter.id,
                DunningLetter.number,
                DunningLetter.stage,
                DunningLetter.letter_on,
                DunningLetter.delivery,
                DunningLetter.tracking_no,
                DunningLetter.signed_on,
            )
            .where(
                DunningLetter.deal_id.in_(batch),
                DunningLetter.voided_at.is_(None),
                DunningLetter.letter_on <= day,
            )
            .order_by(DunningLetter.letter_on, DunningLetter.id)
        )
        for deal_id, lid, number, stage, on, delivery, tracking, signed in session.execute(
            statement
        ):
            out[deal_id] = LastLetter(
                lid, letter_code(number), stage, on, delivery_text(delivery, tracking), signed
            )
    return out


@dataclass
class DueItem:
    deal: DealOwing
    letter: DueLetter


def due_on_day(
    session: Session,
    day: date,
    ladder: Ladder,
    *,
    deal_ids: Sequence[int] | None = None,
    consultant_id: int | None = None,
) -> tuple[dict[int, DealOwing], dict[int, DueItem]]:
    """The candidates and the letters due on `day` for deals with no letter that day yet."""
    deals = candidates(
        session, day, ladder.prenotice_days, deal_ids=deal_ids, consultant_id=consultant_id
    )
    ids = [inst.id for deal in deals.values() for inst in deal.installments]
    issued = issued_stages(session, ids, day) if ids else {}
    paused = paused_deals(session, day)
    due: dict[int, DueItem] = {}
    for deal in deals.values():
        owed = []
        for inst in deal.installments:
            highest, lowest = issued.get(inst.id, (-1, 1))
            owed.append(
                Owed(
                    inst.id,
                    inst.due_on,
                    inst.outstanding,
                    overdue=inst.due_on < day,
                    issued=highest,
                    prenoticed=lowest == PRENOTICE,
                )
            )
        letter = due_letter(
            owed,
            day=day,
            ladder=ladder.days,
            prenotice_days=ladder.prenotice_days,
            paused=deal.deal_id in paused,
        )
        if letter is not None:
            due[deal.deal_id] = DueItem(deal, letter)
    return deals, due


def penalties_of(session: Session, due: dict[int, DueItem], day: date) -> dict[int, int]:
    """installment id → penalty (fen) for every overdue line of `due`, with one receipts query."""
    partly = [
        inst.id
        for item in due.values()
        for inst in item.deal.installments
        if inst.id in item.letter.overdue and inst.paid > 0
    ]
    paid = payments_of(session, partly) if partly else {}
    out: dict[int, int] = {}
    as_of = day.toordinal()
    for item in due.values():
        for inst in item.deal.installments:
            if inst.id in item.letter.overdue:
                out[inst.id] = accrued_penalty_fen(
                    amount=inst.amount,
                    due=inst.due_on.toordinal(),
                    payments=paid.get(inst.id, []),
                    per_10k=item.deal.per_10k,
                    as_of=as_of,
                )
    return out
