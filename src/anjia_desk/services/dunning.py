"""Dunning (issue 16, DOMAIN §7): which deals are due for a letter on a day, and issuing them.

The rules are core.dunning's; this module reads what they need in a handful of queries whatever
the number of deals (the installments that may be dunned or pre-noticed, the highest stage
already issued per installment, the letters of the day, the blocks and promises covering the
day), and writes the letters: numbered per project (services.numbering, gap-free with several
PCs), their lines, and the paper's facts frozen as JSON so that a reprint is the same paper.

One letter per deal per day, whoever asks: a rerun for the same day finds the letters issued
that day and issues nothing twice (the command line's `print dunning` contract). A day after
today is a preview: nothing is written.

The penalty on each line is the receivables view's figure (core.money.accrued_penalty_fen over
the receipts not voided, as services.receivables computes it) as of the letter's day.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, String, func, select, type_coerce
from sqlalchemy.orm import Session

from anjia_desk.core.deals import Nature
from anjia_desk.core.dunning import (
    DEMAND,
    PRENOTICE,
    Delivery,
    DueLetter,
    Owed,
    block_covers,
    due_letter,
    letter_code,
    pay_by,
    promise_covers,
)
from anjia_desk.core.errors import UserError
from anjia_desk.core.money import accrued_penalty_fen
from anjia_desk.core.plans import UNDATED
from anjia_desk.core.roles import Action
from anjia_desk.core.units import unit_label
from anjia_desk.db.locking import lock_row
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
from anjia_desk.db.types import aware_utc, from_fen, in_fen
from anjia_desk.services.context import Actor
from anjia_desk.services.deal_queries import sees_own_deals_only
from anjia_desk.services.dunning_facts import LetterFacts, LineFacts, freeze_letter
from anjia_desk.services.dunning_views import DueRow, DunningBoard, Ladder, LastLetter
from anjia_desk.services.numbering import next_number
from anjia_desk.services.receivables import payments_of
from anjia_desk.services.settings import get_list, get_setting, office_today

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
class _Inst:
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
class _DealRow:
    deal_id: int
    project_id: int
    project: str
    unit: str
    buyer: str
    consultant: str
    consultant_id: int | None
    per_10k: int  # hundredths of ‱
    has_address: bool
    installments: list[_Inst]


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def _candidates(
    session: Session,
    day: date,
    prenotice_days: int,
    *,
    deal_ids: Sequence[int] | None = None,
    consultant_id: int | None = None,
) -> dict[int, _DealRow]:
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
    deals: dict[int, _DealRow] = {}
    batches: list[Sequence[int] | None] = (
        list(_chunks(deal_ids)) if deal_ids is not None else [None]
    )
    for batch in batches:
        query = statement if batch is None else statement.where(Installment.deal_id.in_(batch))
        for row in session.execute(query):
            (iid, deal_id, name, due_on, amount, paid, project_id, project, building) = row[:9]
            stairwell, room, buyer, consultant, cid, per_10k, address = row[9:]
            found = deals.get(deal_id)
            if found is None:
                found = deals[deal_id] = _DealRow(
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
            found.installments.append(_Inst(iid, name, due_on, amount, paid))
    return deals


def _issued(session: Session, ids: Sequence[int], before: date) -> dict[int, tuple[int, int]]:
    """installment id → (highest stage issued, lowest) over letters not voided dated before
    `before`."""
    out: dict[int, tuple[int, int]] = {}
    for batch in _chunks(ids):
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


def _letters_on(session: Session, day: date) -> dict[int, DunningLetter]:
    """deal id → its letter dated `day` (not voided)."""
    rows = session.scalars(
        select(DunningLetter).where(
            DunningLetter.letter_on == day, DunningLetter.voided_at.is_(None)
        )
    )
    return {letter.deal_id: letter for letter in rows}


def _delivery_text(delivery: Delivery, number: str) -> str:
    return f"{delivery.label} {number}".strip() if number else delivery.label


def last_letters(session: Session, deal_ids: Sequence[int], day: date) -> dict[int, LastLetter]:
    """Each deal's latest letter not voided, dated on or before `day`."""
    out: dict[int, LastLetter] = {}
    for batch in _chunks(deal_ids):
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
                lid, letter_code(number), stage, on, _delivery_text(delivery, tracking), signed
            )
    return out


@dataclass
class _Due:
    deal: _DealRow
    letter: DueLetter


def _due(
    session: Session,
    day: date,
    ladder: Ladder,
    *,
    deal_ids: Sequence[int] | None = None,
    consultant_id: int | None = None,
) -> tuple[dict[int, _DealRow], dict[int, _Due]]:
    """The candidates and the letters due on `day` for deals with no letter that day yet."""
    deals = _candidates(
        session, day, ladder.prenotice_days, deal_ids=deal_ids, consultant_id=consultant_id
    )
    ids = [inst.id for deal in deals.values() for inst in deal.installments]
    issued = _issued(session, ids, day) if ids else {}
    paused = paused_deals(session, day)
    due: dict[int, _Due] = {}
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
            due[deal.deal_id] = _Due(deal, letter)
    return deals, due


def _penalties_many(session: Session, due: dict[int, _Due], day: date) -> dict[int, int]:
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


def _row(item: _Due, day: date, penalties: dict[int, int], last: LastLetter | None) -> DueRow:
    deal, letter = item.deal, item.letter
    by_id = {inst.id: inst for inst in deal.installments}
    if letter.stage == PRENOTICE:
        outstanding = sum(by_id[iid].outstanding for iid in letter.coming)
        days = 0
    else:
        outstanding = sum(by_id[iid].outstanding for iid in letter.overdue)
        days = max((day - by_id[iid].due_on).days for iid in letter.overdue)
    penalty = sum(penalties.get(iid, 0) for iid in letter.overdue)
    return DueRow(
        deal_id=deal.deal_id,
        project_id=deal.project_id,
        project=deal.project,
        unit=deal.unit,
        buyer=deal.buyer,
        consultant=deal.consultant,
        consultant_id=deal.consultant_id,
        stage=letter.stage,
        days_overdue=days,
        outstanding=from_fen(outstanding),
        penalty=from_fen(penalty),
        has_address=deal.has_address,
        last=last,
        overdue_ids=letter.overdue,
        coming_ids=letter.coming,
    )


def _issued_row(letter: DunningLetter, deal: _DealRow | None, last: LastLetter | None) -> DueRow:
    """A letter already issued on the day, as a row (its own frozen figures)."""
    facts = LetterFacts.from_json(letter.facts)
    return DueRow(
        deal_id=letter.deal_id,
        project_id=letter.project_id,
        project=facts.project,
        unit=facts.unit,
        buyer=facts.buyer,
        consultant=facts.consultant,
        consultant_id=deal.consultant_id if deal is not None else None,
        stage=letter.stage,
        days_overdue=max((line.days_overdue for line in facts.lines), default=0),
        outstanding=facts.overdue_outstanding,
        penalty=facts.total_penalty,
        has_address=bool(facts.address),
        last=last,
        issued_id=letter.id,
        issued_code=letter_code(letter.number),
    )


def require_dunning_view(actor: Actor) -> None:
    actor.require_any(Action.DUNNING, Action.VIEW_RECEIVABLES, label="查看催款")


def due_board(
    session: Session,
    actor: Actor,
    *,
    day: date | None = None,
    stage: int | None = None,
    consultant_id: int | None = None,
    now: datetime | None = None,
) -> DunningBoard:
    """The 催款 page: every deal due for a letter on `day` (default today), and those whose
    letter of the day is already issued, filtered by stage and consultant; most days overdue
    first."""
    require_dunning_view(actor)
    today = office_today(session, now)
    day = day or today
    ladder = ladder_of(session)
    deals, due = _due(session, day, ladder, consultant_id=consultant_id)
    issued = _letters_on(session, day)
    if consultant_id is not None:
        issued = {
            deal_id: letter
            for deal_id, letter in issued.items()
            if deal_id in deals or _consultant_of(session, deal_id) == consultant_id
        }
    wanted = sorted(set(due) | set(issued))
    last = last_letters(session, wanted, day - timedelta(days=1)) if wanted else {}
    penalties = _penalties_many(session, {k: v for k, v in due.items() if k not in issued}, day)
    rows: list[DueRow] = []
    for deal_id in wanted:
        if deal_id in issued:
            rows.append(_issued_row(issued[deal_id], deals.get(deal_id), last.get(deal_id)))
        else:
            rows.append(_row(due[deal_id], day, penalties, last.get(deal_id)))
    if stage is not None:
        rows = [row for row in rows if row.stage == stage]
    rows.sort(key=lambda row: (-row.days_overdue, -row.stage, row.deal_id))
    consultants = sorted(
        {(row.consultant_id, row.consultant) for row in rows if row.consultant_id is not None},
        key=lambda pair: pair[1],
    )
    return DunningBoard(
        day=day,
        today=today,
        rows=rows,
        preview=day > today,
        consultants=[(cid, name) for cid, name in consultants if cid is not None],
    )


def _consultant_of(session: Session, deal_id: int) -> int | None:
    return session.scalar(select(Deal.consultant_id).where(Deal.id == deal_id))


def issue_letters(
    session: Session,
    actor: Actor,
    deal_ids: Sequence[int] | None,
    *,
    day: date | None = None,
    now: datetime | None = None,
) -> list[int]:
    """Issue the letters due on `day` for `deal_ids` (None: every deal due) and return the ids
    of the day's letters for them, in number order — those issued earlier that day included,
    nothing issued twice. The caller commits."""
    actor.require(Action.DUNNING)
    if sees_own_deals_only(actor):
        raise UserError("催款函由销售秘书或案场经理出具")
    today = office_today(session, now)
    day = day or today
    if day > today:
        raise UserError("不能出具以后日期的催款函，只能预览")
    ladder = ladder_of(session)
    # Every project's row, in id order, before reading what is due: two PCs issuing the same
    # day's letters take turns, and the second finds the first one's letters of the day.
    for project_id in session.scalars(select(Project.id).order_by(Project.id)).all():
        lock_row(session, Project, project_id)
    existing = _letters_on(session, day)
    todo = None if deal_ids is None else [i for i in deal_ids if i not in existing]
    due: dict[int, _Due] = {}
    if todo is None or todo:
        _deals, due = _due(session, day, ladder, deal_ids=todo)
        due = {k: v for k, v in due.items() if k not in existing}
    penalties = _penalties_many(session, due, day)
    moment = aware_utc(now)
    made: list[int] = []
    for deal_id in sorted(due, key=lambda i: (due[i].deal.project_id, i)):
        made.append(_issue(session, actor, due[deal_id], day, ladder, penalties, moment))
    wanted = set(deal_ids) if deal_ids is not None else None
    ids = [letter.id for deal_id, letter in existing.items() if wanted is None or deal_id in wanted]
    ids.extend(made)
    numbers: dict[int, int] = {}
    if ids:
        for letter_id, number in session.execute(
            select(DunningLetter.id, DunningLetter.number).where(DunningLetter.id.in_(ids))
        ):
            numbers[letter_id] = number
    return sorted(ids, key=lambda lid: (numbers.get(lid, 0), lid))


def _letter_facts(
    session: Session,
    item: _Due,
    day: date,
    ladder: Ladder,
    penalties: dict[int, int],
    moment: datetime,
    code: str,
) -> tuple[Deal, LetterFacts, list[DunningLetterItem]]:
    """What a deal's letter of the day says, and its lines as rows (not yet added)."""
    deal_row, letter = item.deal, item.letter
    deal = session.get(Deal, deal_row.deal_id)
    assert deal is not None
    by_id = {inst.id: inst for inst in deal_row.installments}
    lines: list[LineFacts] = []
    items: list[DunningLetterItem] = []
    for iid in (*letter.overdue, *letter.coming):
        inst = by_id[iid]
        overdue = iid in letter.overdue
        days = (day - inst.due_on).days if overdue else 0
        penalty = penalties.get(iid, 0) if overdue else 0
        lines.append(
            LineFacts(
                name=inst.name,
                due_on=inst.due_on,
                amount=from_fen(inst.amount),
                outstanding=from_fen(inst.outstanding),
                days_overdue=days,
                penalty=from_fen(penalty),
            )
        )
        items.append(
            DunningLetterItem(
                installment_id=iid,
                stage=letter.stage if overdue else PRENOTICE,
                days_overdue=days,
                outstanding=from_fen(inst.outstanding),
                penalty=from_fen(penalty),
            )
        )
    facts = freeze_letter(
        session,
        deal,
        code=code,
        stage=letter.stage,
        day=day,
        lines=lines,
        moment=moment,
        consultant=deal_row.consultant,
        pay_by=pay_by(day, ladder.demand_days) if letter.stage == DEMAND else None,
        first_due=min((by_id[iid].due_on for iid in letter.overdue), default=None),
    )
    return deal, facts, items


def _issue(
    session: Session,
    actor: Actor,
    item: _Due,
    day: date,
    ladder: Ladder,
    penalties: dict[int, int],
    moment: datetime,
) -> int:
    number = next_number(session, DunningLetter.number, item.deal.project_id)
    deal, facts, items = _letter_facts(
        session, item, day, ladder, penalties, moment, letter_code(number)
    )
    row = DunningLetter(
        project_id=deal.project_id,
        deal_id=deal.id,
        number=number,
        stage=item.letter.stage,
        letter_on=day,
        issued_at=moment,
        issued_by_id=actor.user_id,
        delivery=Delivery.NONE,
        facts=facts.to_json(),
    )
    session.add(row)
    session.flush()
    for line in items:
        line.letter_id = row.id
        session.add(line)
    session.flush()
    return row.id


#: The code a previewed letter carries: it has no number until it is issued.
PREVIEW_CODE = "预览"


def preview_letters(
    session: Session,
    actor: Actor,
    deal_ids: Sequence[int] | None,
    *,
    day: date,
    now: datetime | None = None,
) -> list[LetterFacts]:
    """The letters that would be due on `day` (a day after today, or any day) for `deal_ids`
    (None: every deal due), as they would read; nothing is written."""
    require_dunning_view(actor)
    ladder = ladder_of(session)
    _deals, due = _due(session, day, ladder, deal_ids=deal_ids)
    penalties = _penalties_many(session, due, day)
    moment = aware_utc(now)
    return [
        _letter_facts(session, due[deal_id], day, ladder, penalties, moment, PREVIEW_CODE)[1]
        for deal_id in sorted(due, key=lambda i: (due[i].deal.project_id, i))
    ]


def facts_now(
    session: Session, deal_id: int, *, day: date, stage: int, now: datetime | None = None
) -> LetterFacts | None:
    """What a letter of `stage` would say for the deal on `day` (every overdue installment, and
    those coming within the pre-notice days): the words of a call or a message at that stage.
    None when the deal owes nothing that may be dunned."""
    ladder = ladder_of(session)
    deals = _candidates(session, day, ladder.prenotice_days, deal_ids=[deal_id])
    deal = deals.get(deal_id)
    if deal is None:
        return None
    overdue = tuple(inst.id for inst in deal.installments if inst.due_on < day)
    coming = tuple(inst.id for inst in deal.installments if inst.due_on >= day)
    item = _Due(deal, DueLetter(stage, overdue if stage else (), coming))
    penalties = _penalties_many(session, {deal_id: item}, day)
    return _letter_facts(session, item, day, ladder, penalties, aware_utc(now), "")[1]


def due_deal_ids(session: Session, day: date) -> list[int]:
    """Every deal due for a letter on `day` (no permission check: for the to-dos and the demo)."""
    _deals, due = _due(session, day, ladder_of(session))
    return sorted(due)
