"""A deal's dunning, as its window's 催款 tab shows it (issue 16): the letters issued with their
delivery, the blocks, the calls, the formal demands with their three dates, and what the person
may do — and, for the open formal demands of every deal, the 工作台's list (`open_demands`)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from anjia_desk.core.deal_rules import is_cancelled
from anjia_desk.core.dunning import (
    DEMAND,
    Owed,
    block_covers,
    call_stage,
    demand_dates,
    letter_code,
    promise_covers,
    stage_label,
)
from anjia_desk.core.dunning_texts import call_script, message_text
from anjia_desk.core.roles import Action
from anjia_desk.core.units import unit_label
from anjia_desk.db.models import (
    Building,
    Deal,
    DunningBlock,
    DunningCall,
    DunningLetter,
    DunningLetterItem,
    Installment,
    Unit,
)
from anjia_desk.services import lookups
from anjia_desk.services.context import Actor
from anjia_desk.services.customer_state import staff_names
from anjia_desk.services.deal_queries import require_own_deal
from anjia_desk.services.dunning import facts_now
from anjia_desk.services.dunning_due import candidates, ladder_of
from anjia_desk.services.dunning_views import (
    BlockLine,
    CallLine,
    DealDunning,
    DemandLine,
    LetterLine,
)
from anjia_desk.services.papers.common import local_time, stamp
from anjia_desk.services.papers.dunning import letter_values
from anjia_desk.services.settings import office_today


def _letters(session: Session, deal_id: int, names: dict[int, str]) -> list[LetterLine]:
    letters = list(
        session.scalars(
            select(DunningLetter)
            .where(DunningLetter.deal_id == deal_id)
            .order_by(DunningLetter.letter_on.desc(), DunningLetter.id.desc())
        )
    )
    sums: dict[int, tuple[Decimal, Decimal]] = {}
    if letters:
        for letter_id, outstanding, penalty in session.execute(
            select(
                DunningLetterItem.letter_id,
                func.sum(DunningLetterItem.outstanding),
                func.sum(DunningLetterItem.penalty),
            )
            .where(DunningLetterItem.letter_id.in_([letter.id for letter in letters]))
            .group_by(DunningLetterItem.letter_id)
        ):
            sums[letter_id] = (outstanding, penalty)
    out = []
    for letter in letters:
        outstanding, penalty = sums.get(letter.id, (Decimal(0), Decimal(0)))
        out.append(
            LetterLine(
                letter_id=letter.id,
                code=letter_code(letter.number),
                stage=letter.stage,
                stage_label=stage_label(letter.stage),
                letter_on=letter.letter_on,
                issued_by=names.get(letter.issued_by_id or 0, "系统"),
                delivery=letter.delivery.label,
                tracking_no=letter.tracking_no,
                signed_on=letter.signed_on,
                voided=letter.voided_at is not None,
                void_reason=letter.void_reason,
                reprints=letter.reprints,
                outstanding=outstanding,
                penalty=penalty,
                version=letter.version,
            )
        )
    return out


def _blocks(session: Session, deal_id: int, today: date, names: dict[int, str]) -> list[BlockLine]:
    return [
        BlockLine(
            block_id=block.id,
            reason=block.reason,
            starts_on=block.starts_on,
            ends_on=block.ends_on,
            set_by=names.get(block.set_by_id or 0, ""),
            lifted_on=block.lifted_on,
            lift_reason=block.lift_reason,
            active=block_covers(block.starts_on, block.ends_on, block.lifted_on, today),
            version=block.version,
        )
        for block in session.scalars(
            select(DunningBlock)
            .where(DunningBlock.deal_id == deal_id)
            .order_by(DunningBlock.id.desc())
        )
    ]


def _calls(session: Session, deal_id: int, names: dict[int, str]) -> list[CallLine]:
    return [
        CallLine(
            call_id=call.id,
            stage=call.stage,
            called_at=stamp(local_time(session, call.called_at)),
            by=names.get(call.user_id or 0, ""),
            outcome=call.outcome.label,
            promised_on=call.promised_on,
            note=call.note,
        )
        for call in session.scalars(
            select(DunningCall)
            .where(DunningCall.deal_id == deal_id)
            .order_by(DunningCall.called_at.desc(), DunningCall.id.desc())
        )
    ]


def demand_lines(
    session: Session, today: date, *, deal_ids: Sequence[int] | None = None
) -> list[DemandLine]:
    """Formal demands not voided that reached the buyer (a signed-for date), each with its three
    dates and whether it is still open: the deal not cancelled, the money it asked for not all
    paid, not marked 继续履行."""
    statement = (
        select(DunningLetter, Deal, Building.name, Unit.stairwell, Unit.room)
        .join(Deal, Deal.id == DunningLetter.deal_id)
        .join(Unit, Unit.id == Deal.unit_id)
        .join(Building, Building.id == Unit.building_id)
        .where(
            DunningLetter.stage == DEMAND,
            DunningLetter.voided_at.is_(None),
            DunningLetter.signed_on.is_not(None),
        )
        .order_by(DunningLetter.signed_on, DunningLetter.id)
    )
    if deal_ids is not None:
        statement = statement.where(DunningLetter.deal_id.in_(list(deal_ids)))
    rows = session.execute(statement).all()
    if not rows:
        return []
    letter_ids = [row[0].id for row in rows]
    listed: dict[int, list[tuple[date, bool]]] = {}
    for letter_id, due_on, amount, paid, stage in session.execute(
        select(
            DunningLetterItem.letter_id,
            Installment.due_on,
            Installment.amount,
            Installment.paid,
            DunningLetterItem.stage,
        )
        .join(Installment, Installment.id == DunningLetterItem.installment_id)
        .where(DunningLetterItem.letter_id.in_(letter_ids))
    ):
        if stage:  # the overdue lines, not a coming installment announced
            listed.setdefault(letter_id, []).append((due_on, paid < amount))
    names = staff_names(session, [row[0].continued_by_id for row in rows])
    out = []
    for letter, deal, building, stairwell, room in rows:
        lines = listed.get(letter.id, [])
        if not lines:
            continue
        assert letter.signed_on is not None
        dates = demand_dates(
            delivered_on=letter.signed_on,
            first_due_on=min(due for due, _owing in lines),
            cancel_days=deal.cancel_days,
            period_days=deal.demand_period_days,
            buyer_asked_on=letter.buyer_asked_on,
        )
        still_owed = any(owing for _due, owing in lines)
        cancelled = is_cancelled(deal.stage, deal.cancelled_at)
        continued = ""
        if letter.continued_at is not None:
            who = names.get(letter.continued_by_id, "") if letter.continued_by_id else ""
            when = stamp(local_time(session, letter.continued_at))
            continued = f"{when} {who}：{letter.continue_reason}".strip()
        out.append(
            DemandLine(
                letter_id=letter.id,
                code=letter_code(letter.number),
                deal_id=deal.id,
                unit=unit_label(building, stairwell, room),
                buyer=deal.buyer_name,
                letter_on=letter.letter_on,
                delivered_on=letter.signed_on,
                dates=dates,
                buyer_asked_on=letter.buyer_asked_on,
                open=still_owed and not cancelled and letter.continued_at is None,
                continued=continued,
            )
        )
    return out


def deal_dunning(
    session: Session, actor: Actor, deal_id: int, *, now: datetime | None = None
) -> DealDunning:
    """The deal window's 催款 tab."""
    actor.require_any(Action.VIEW_DEALS, Action.DUNNING, Action.VIEW_RECEIVABLES)
    deal = lookups.deal(session, deal_id)
    require_own_deal(actor, deal.consultant_id)
    today = office_today(session, now)
    letters_rows = list(
        session.execute(
            select(DunningLetter.issued_by_id, DunningLetter.voided_by_id).where(
                DunningLetter.deal_id == deal_id
            )
        )
    )
    people: list[int | None] = [who for row in letters_rows for who in row]
    people += list(
        session.scalars(select(DunningBlock.set_by_id).where(DunningBlock.deal_id == deal_id))
    )
    people += list(
        session.scalars(select(DunningCall.user_id).where(DunningCall.deal_id == deal_id))
    )
    names = staff_names(session, people)
    letters = _letters(session, deal_id, names)
    blocks = _blocks(session, deal_id, today, names)
    calls = _calls(session, deal_id, names)
    promised = session.scalar(
        select(func.max(DunningCall.promised_on)).where(
            DunningCall.deal_id == deal_id, DunningCall.called_on <= today
        )
    )
    ladder = ladder_of(session)
    # What the deal owes that may be dunned or pre-noticed (none for a cancelled deal): read
    # once, for the stage a call is about and for that stage's words.
    owing = candidates(session, today, ladder.prenotice_days, deal_ids=[deal_id]).get(deal_id)
    stage = None
    if owing is not None:
        owed = [
            Owed(inst.id, inst.due_on, inst.outstanding, overdue=inst.due_on < today)
            for inst in owing.installments
        ]
        stage = call_stage(
            owed, day=today, ladder=ladder.days, prenotice_days=ladder.prenotice_days
        )
    live = not is_cancelled(deal.stage, deal.cancelled_at)
    script = message = ""
    if live and owing is not None and stage is not None:
        values = letter_values(facts_now(session, owing, day=today, stage=stage, now=now))
        script, message = call_script(stage, values), message_text(stage, values)
    return DealDunning(
        deal_id=deal_id,
        today=today,
        letters=letters,
        blocks=blocks,
        calls=calls,
        demands=demand_lines(session, today, deal_ids=[deal_id]),
        blocked=next((block for block in blocks if block.active), None),
        promised_on=promised if promise_covers(promised, today) else None,
        call_stage=stage if live else None,
        call_script=script,
        message_text=message,
        may_issue=live and actor.can(Action.DUNNING),
        may_block=live and actor.can(Action.BLOCK_DUNNING),
        may_call=live and actor.can(Action.DUNNING_CALLS),
        has_address=bool(deal.mailing_address.strip()),
    )
