"""Dunning (issue 16, DOMAIN §7): the 催款 page of a day, and issuing its letters.

The rules are core.dunning's and what they read is services.dunning_due's (a handful of queries
whatever the number of deals); this module builds the page's rows and writes the letters:
numbered per project (services.numbering, gap-free with several PCs), their lines, and the
paper's facts frozen as JSON so that a reprint is the same paper.

One letter per deal per day, whoever asks: a rerun for the same day finds the letters issued
that day and issues nothing twice (the command line's `print dunning` contract). A day after
today is a preview: nothing is written.

The penalty on each line is the receivables view's figure (core.money.accrued_penalty_fen over
the receipts not voided, as services.receivables computes it) as of the letter's day.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.dunning import (
    DEMAND,
    PRENOTICE,
    Delivery,
    DueLetter,
    letter_code,
    pay_by,
)
from anjia_desk.core.errors import UserError
from anjia_desk.core.roles import Action
from anjia_desk.db.locking import lock_row
from anjia_desk.db.models import (
    Deal,
    DunningLetter,
    DunningLetterItem,
    Project,
)
from anjia_desk.db.types import aware_utc, from_fen
from anjia_desk.services.context import Actor
from anjia_desk.services.deal_queries import sees_own_deals_only
from anjia_desk.services.dunning_due import (
    DealOwing,
    DueItem,
    delivery_text,
    due_on_day,
    ladder_of,
    last_letters,
    letters_on,
    paused_deals,
    penalties_of,
)
from anjia_desk.services.dunning_facts import LetterFacts, LineFacts, freeze_letter
from anjia_desk.services.dunning_views import DueRow, DunningBoard, Ladder, LastLetter
from anjia_desk.services.numbering import next_number
from anjia_desk.services.settings import office_today


def _row(item: DueItem, day: date, penalties: dict[int, int], last: LastLetter | None) -> DueRow:
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


def _issued_row(letter: DunningLetter, deal: DealOwing | None, last: LastLetter | None) -> DueRow:
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
        issued_delivery=delivery_text(letter.delivery, letter.tracking_no)
        + (f"，{letter.signed_on:%m-%d} 签收" if letter.signed_on else ""),
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
    deals, due = due_on_day(session, day, ladder, consultant_id=consultant_id)
    issued = letters_on(session, day)
    if consultant_id is not None:
        issued = {
            deal_id: letter
            for deal_id, letter in issued.items()
            if deal_id in deals or _consultant_of(session, deal_id) == consultant_id
        }
    wanted = sorted(set(due) | set(issued))
    last = last_letters(session, wanted, day - timedelta(days=1)) if wanted else {}
    penalties = penalties_of(session, {k: v for k, v in due.items() if k not in issued}, day)
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
    existing = letters_on(session, day)
    todo = None if deal_ids is None else [i for i in deal_ids if i not in existing]
    due: dict[int, DueItem] = {}
    if todo is None or todo:
        _deals, due = due_on_day(session, day, ladder, deal_ids=todo)
        due = {k: v for k, v in due.items() if k not in existing}
    penalties = penalties_of(session, due, day)
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
    item: DueItem,
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
    item: DueItem,
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
    _deals, due = due_on_day(session, day, ladder, deal_ids=deal_ids)
    penalties = penalties_of(session, due, day)
    moment = aware_utc(now)
    return [
        _letter_facts(session, due[deal_id], day, ladder, penalties, moment, PREVIEW_CODE)[1]
        for deal_id in sorted(due, key=lambda i: (due[i].deal.project_id, i))
    ]


def facts_now(
    session: Session, deal: DealOwing, *, day: date, stage: int, now: datetime | None = None
) -> LetterFacts:
    """What a letter of `stage` would say for `deal` (services.dunning_due.candidates) on `day`
    (every overdue installment, and those coming within the pre-notice days): the words of a
    call or a message at that stage."""
    overdue = tuple(inst.id for inst in deal.installments if inst.due_on < day)
    coming = tuple(inst.id for inst in deal.installments if inst.due_on >= day)
    item = DueItem(deal, DueLetter(stage, overdue if stage else (), coming))
    penalties = penalties_of(session, {deal.deal_id: item}, day)
    ladder = ladder_of(session)
    return _letter_facts(session, item, day, ladder, penalties, aware_utc(now), "")[1]


def due_deal_ids(session: Session, day: date) -> list[int]:
    """Every deal due for a letter on `day` (no permission check: for the to-dos and the demo)."""
    _deals, due = due_on_day(session, day, ladder_of(session))
    return sorted(due)


__all__ = [
    "PREVIEW_CODE",
    "due_board",
    "due_deal_ids",
    "facts_now",
    "issue_letters",
    "ladder_of",
    "last_letters",
    "paused_deals",
    "preview_letters",
    "require_dunning_view",
]
