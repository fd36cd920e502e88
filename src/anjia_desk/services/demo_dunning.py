"""The demo's dunning story (issue 16): the late payers' letters from the past months, issued
through the real services on the days the office would have issued them, with their deliveries
and signed-for dates, calls, a voided letter, a reprint, a formal demand signed for, a deal
under negotiation (blocked) and a promised payment date — and, on the demo's own day, letters
due and not yet issued at stages 1, 3 and 6, so the 催款 page has work to show.

Most deals get a mailing address (通讯地址): letters go there; a few have none and are handed
over in person.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select

from anjia_desk.core.deals import Nature
from anjia_desk.core.dunning import (
    DEMAND,
    PRENOTICE,
    BlockForm,
    CallForm,
    CallOutcome,
    Delivery,
    DeliveryForm,
    stage_reached,
)
from anjia_desk.core.plans import UNDATED
from anjia_desk.core.roles import Action
from anjia_desk.db.models import Deal, DunningLetter, Installment
from anjia_desk.services import dunning, dunning_actions
from anjia_desk.services.context import Actor
from anjia_desk.services.demo_deal_life import DealLife
from anjia_desk.services.dunning_due import ladder_of

#: The stages left due (not yet issued) on the demo's day.
LEFT_DUE = (1, 3, DEMAND)
DISTRICTS = (
    ("余杭区", "311121"),
    ("西湖区", "310012"),
    ("拱墅区", "310011"),
    ("上城区", "310002"),
    ("滨江区", "310051"),
)
ROADS = ("文一西路", "五常大道", "古墩路", "文三路", "江南大道", "莫干山路", "庆春路")
ESTATES = ("翠苑", "金都花园", "绿城桂花园", "嘉绿苑", "星洲花园", "耀江文鼎苑")


@dataclass
class _Late:
    """A deal owing money the ladder chases: its installments' due dates and current stage."""

    deal_id: int
    consultant_id: int | None
    overdue: list[date] = field(default_factory=list)
    coming: list[date] = field(default_factory=list)
    stage: int = 0

    def reached_on(self, stage: int, ladder: tuple[int, ...]) -> date:
        """The day the deal first reached `stage`."""
        return min(due + timedelta(days=ladder[stage - 1]) for due in self.overdue)


@dataclass(frozen=True)
class DunningStats:
    letters: int
    voided: int
    signed: int
    blocked: int
    promised: int


def give_addresses(life: DealLife) -> None:
    """A mailing address for most live deals (about one in eight has none)."""
    rng = life.rng
    for deal in life.session.scalars(
        select(Deal).where(Deal.cancelled_at.is_(None)).order_by(Deal.id)
    ):
        if rng.random() < 0.12:
            continue
        district, postcode = rng.choice(DISTRICTS)
        deal.mailing_address = (
            f"浙江省杭州市{district}{rng.choice(ROADS)}{rng.randint(1, 999)}号"
            f"{rng.choice(ESTATES)}{rng.randint(1, 30)}幢{rng.randint(1, 3)}单元"
            f"{rng.randint(2, 28)}{rng.randint(1, 4):02d}室"
        )
        deal.mailing_postcode = postcode
    life.session.flush()


def _late_deals(life: DealLife, ladder: tuple[int, ...], prenotice: int) -> list[_Late]:
    today = life.today
    rows = life.session.execute(
        select(Installment.deal_id, Deal.consultant_id, Installment.due_on)
        .join(Deal, Deal.id == Installment.deal_id)
        .where(
            Deal.cancelled_at.is_(None),
            Installment.paid < Installment.amount,
            Installment.nature.not_in([Nature.LOAN.value, Nature.DEPOSIT.value]),
            Installment.due_on != UNDATED,
            Installment.due_on <= today + timedelta(days=prenotice),
        )
        .order_by(Installment.deal_id, Installment.seq)
    )
    deals: dict[int, _Late] = {}
    for deal_id, consultant_id, due_on in rows:
        late = deals.setdefault(deal_id, _Late(deal_id, consultant_id))
        (late.overdue if due_on < today else late.coming).append(due_on)
    for late in deals.values():
        late.stage = max((stage_reached((today - d).days, ladder) for d in late.overdue), default=0)
    return list(deals.values())


def _pick(lates: list[_Late], stages: tuple[int, ...], taken: set[int]) -> _Late | None:
    """The deal, not yet given a part, at the first of `stages` that has one (oldest first)."""
    for stage in stages:
        for late in sorted(lates, key=lambda x: (min(x.overdue, default=date.max), x.deal_id)):
            if late.stage == stage and late.deal_id not in taken:
                taken.add(late.deal_id)
                return late
    return None


def tell_dunning(life: DealLife) -> DunningStats:
    """The dunning history up to yesterday, through the services (the caller commits)."""
    session, today, cast = life.session, life.today, life.cast
    give_addresses(life)
    ladder = ladder_of(session)
    lates = _late_deals(life, ladder.days, ladder.prenotice_days)
    taken: set[int] = set()
    # Who plays which part: the formal demand signed for, those left due today, the block and
    # the promise.
    demand = _pick(lates, (DEMAND,), taken)
    held = {stage: _pick(lates, (stage,), taken) for stage in LEFT_DUE}
    blocked = _pick(lates, (5, 4, 3), taken)
    promised = _pick(lates, (2, 3, 4), taken)
    stop: dict[int, date] = {}  # deal id → the first day it gets no more letters
    for stage, late in held.items():
        if late is not None:
            stop[late.deal_id] = late.reached_on(stage, ladder.days)
    # The block (talks about a payment plan) and the promise, dated: letters stop by themselves.
    blocks = 0
    if blocked is not None:
        starts = today - timedelta(days=5)
        dunning_actions.block_deal(
            session, cast.manager, blocked.deal_id,
            BlockForm("客户申请调整付款计划，正在协商", ends_on=today + timedelta(days=25)),
            now=life.at(starts, 15),
        )  # fmt: skip
        blocks = 1
    promises = 0
    if promised is not None:
        called = today - timedelta(days=3)
        dunning_actions.log_call(
            session, _caller(life, promised), promised.deal_id,
            CallForm(CallOutcome.PROMISED, today + timedelta(days=4), "客户称工资到账后付清"),
            stage=promised.stage, now=life.at(called, 11),
        )  # fmt: skip
        promises = 1
    # The office issues each letter on the day it falls due (and the pre-notices).
    days: dict[date, list[int]] = defaultdict(list)
    for late in lates:
        wanted: set[date] = set()
        for due in late.overdue:
            wanted.update(due + timedelta(days=first) for first in ladder.days)
        for due in (*late.overdue, *late.coming):
            wanted.add(due - timedelta(days=ladder.prenotice_days))
        last = min(stop.get(late.deal_id, today), today)
        for day in wanted:
            if day < last and day >= today - timedelta(days=180):
                days[day].append(late.deal_id)
    issued: list[int] = []
    voided = 0
    for day in sorted(days):
        ids = dunning.issue_letters(
            session, cast.secretary, sorted(days[day]), day=day, now=life.at(day, 9, 30)
        )
        issued.extend(ids)
        if not voided and ids and len(issued) > 3:
            # A printer jam: the letter is voided (its number kept) and issued again.
            dunning_actions.void_letter(
                session, cast.secretary, ids[0], "打印卡纸，已重新出具", now=life.at(day, 9, 40)
            )
            issued.extend(
                dunning.issue_letters(
                    session, cast.secretary, sorted(days[day]), day=day, now=life.at(day, 9, 45)
                )
            )
            voided = 1
    signed = _deliveries(life, demand)
    _calls(life, lates, {d.deal_id for d in (blocked, promised) if d is not None})
    live = session.scalars(
        select(DunningLetter.id).where(DunningLetter.voided_at.is_(None)).order_by(DunningLetter.id)
    ).all()
    if live:
        dunning_actions.count_reprint(session, cast.secretary, [live[0]])
    session.flush()
    letters = len(set(issued))
    return DunningStats(letters, voided, signed, blocks, promises)


def _caller(life: DealLife, late: _Late) -> Actor:
    """The deal's selling consultant, or the site manager when they are gone."""
    actor = life.cast.by_id.get(late.consultant_id or 0)
    if actor is None or not actor.can(Action.DUNNING_CALLS):
        return life.cast.manager
    return actor


def _deliveries(life: DealLife, demand: _Late | None) -> int:
    """How each letter reached the buyer: in person (signed that day), by courier or by
    registered post (signed for a few days later, unless the slip is not back yet); the last
    two days' letters are not recorded yet. The formal demand goes by courier and is signed
    for."""
    session, today, cast = life.session, life.today, life.cast
    signed = 0
    letters = session.execute(
        select(
            DunningLetter.id, DunningLetter.deal_id, DunningLetter.stage, DunningLetter.letter_on
        )
        .where(DunningLetter.voided_at.is_(None))
        .order_by(DunningLetter.id)
    ).all()
    addresses = dict(
        session.execute(
            select(Deal.id, Deal.mailing_address).where(
                Deal.id.in_({deal_id for _lid, deal_id, _s, _on in letters})
            )
        ).all()
    )
    for n, (letter_id, deal_id, stage, letter_on) in enumerate(letters):
        the_demand = demand is not None and deal_id == demand.deal_id and stage == DEMAND
        if letter_on >= today - timedelta(days=2) and not the_demand:
            continue
        if the_demand:
            how = Delivery.COURIER
        elif not addresses.get(deal_id) or n % 3 == 0 or stage == PRENOTICE:
            how = Delivery.IN_PERSON
        else:
            how = Delivery.COURIER if n % 3 == 1 else Delivery.REGISTERED
        if how is Delivery.IN_PERSON:
            on: date | None = letter_on
            number = ""
        else:
            number = (
                f"SF{1300000000 + letter_id * 7919:010d}"
                if how is Delivery.COURIER
                else f"XA{30000000 + letter_id * 613:08d}CN"
            )
            on = letter_on + timedelta(days=2 if how is Delivery.COURIER else 4)
            if on >= today:
                on = None if not the_demand else max(letter_on, today - timedelta(days=1))
        recorded = life.at(on or letter_on + timedelta(days=1), 16)
        dunning_actions.record_delivery(
            session, cast.secretary, letter_id, DeliveryForm(how, number, on), now=recorded
        )
        signed += on is not None
    return signed


def _calls(life: DealLife, lates: list[_Late], skip: set[int]) -> None:
    """Some calls at the stages reached: no answer, or the buyer disputing the amount."""
    session, today = life.session, life.today
    ladder = ladder_of(session).days
    for n, late in enumerate(sorted(lates, key=lambda x: x.deal_id)):
        if late.deal_id in skip or late.stage < 2 or n % 2:
            continue
        day = late.reached_on(late.stage, ladder)
        if day >= today:
            continue
        disputed = n % 4 == 0
        form = (
            CallForm(CallOutcome.DISPUTED, note="客户称已经转账，约定把转账凭证发来核对")
            if disputed
            else CallForm(CallOutcome.NO_ANSWER)
        )
        dunning_actions.log_call(
            session, _caller(life, late), late.deal_id, form,
            stage=late.stage - 1, now=life.at(day, 10, 15),
        )  # fmt: skip
