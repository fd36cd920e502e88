"""The dunning papers (issue 16): the letters, printed from the facts frozen when each was issued
(so a reprint is the same paper), a preview of a later day's letters (nothing logged), the DL
envelopes and the post office's 交寄清单 for a batch, and the command line's `print dunning`.

Each paper is audited as a print of the buyers' data (DOMAIN §13); a reprint is counted on the
letter and audited as a reprint, never a second letter.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.dunning_texts import LetterLine, LetterValues
from anjia_desk.core.errors import UserError
from anjia_desk.core.roles import Action
from anjia_desk.db.models import DunningLetter
from anjia_desk.services import audit
from anjia_desk.services.context import Actor
from anjia_desk.services.dunning import issue_letters, preview_letters, require_dunning_view
from anjia_desk.services.dunning_actions import count_reprint
from anjia_desk.services.dunning_facts import LetterFacts
from anjia_desk.services.papers.common import letterhead_from_settings, office_time
from anjia_desk.services.publishing import commit_first
from anjia_desk.services.settings import office_today

if TYPE_CHECKING:  # reportlab is imported on first use, not when the app starts
    from anjia_desk.pdf.dunning import DunningLetterPaper
    from anjia_desk.pdf.page import Letterhead


def letter_values(facts: LetterFacts) -> LetterValues:
    """The words' values of a letter (core.dunning_texts) from its frozen facts."""
    return LetterValues(
        buyer=facts.buyer,
        project=facts.project,
        unit=facts.unit,
        contract_no=facts.contract_no,
        lines=tuple(
            LetterLine(
                name=line.name,
                due_on=line.due_on,
                amount=line.amount,
                outstanding=line.outstanding,
                days_overdue=line.days_overdue,
                penalty=line.penalty,
            )
            for line in facts.lines
        ),
        total_outstanding=facts.total_outstanding,
        total_penalty=facts.total_penalty,
        penalty_per_10k=facts.penalty_per_10k,
        clause_no=facts.clause_no,
        clause_text=facts.clause_text,
        letter_on=facts.letter_on,
        pay_by=facts.pay_by,
        cancel_from=facts.cancel_from,
        office_phone=facts.letterhead.get("phone", ""),
        consultant=facts.consultant,
    )


def letter_paper(facts: LetterFacts) -> DunningLetterPaper:
    # reportlab is imported on first use, not when the app starts
    from anjia_desk.pdf.dunning import DunningLetterPaper

    return DunningLetterPaper(
        code=facts.code,
        stage=facts.stage,
        values=letter_values(facts),
        address=facts.address,
        postcode=facts.postcode,
    )


def _letterhead(facts: LetterFacts) -> Letterhead:
    from anjia_desk.pdf.page import Letterhead

    return Letterhead(**facts.letterhead)


def render_facts(facts: Sequence[LetterFacts]) -> bytes:
    """The letters as one PDF, each from a new page with its own footer time (the letters'
    issue time), under the letterhead the first letter was issued with."""
    from anjia_desk.pdf.document import render_many

    if not facts:
        raise UserError("没有要打印的催款函")
    docs = [(letter_paper(one), one.printed_at) for one in facts]
    return render_many(docs, letterhead=_letterhead(facts[0]))


def _letters(session: Session, letter_ids: Sequence[int]) -> list[DunningLetter]:
    if not letter_ids:
        raise UserError("请先选择催款函")
    rows = list(
        session.scalars(
            select(DunningLetter)
            .where(DunningLetter.id.in_(list(letter_ids)))
            .order_by(DunningLetter.number, DunningLetter.id)
        )
    )
    if len(rows) != len(set(letter_ids)):
        raise UserError("找不到所选的催款函，可能已被删除，请刷新")
    return rows


def _summary(rows: Sequence[DunningLetter | LetterFacts], what: str) -> str:
    codes = [row.code if isinstance(row, LetterFacts) else f"#{row.id}" for row in rows]
    shown = "、".join(codes[:5]) + (f" 等 {len(codes)} 封" if len(codes) > 5 else "")
    return f"{what}：{shown}"


def letters_pdf(
    session: Session,
    actor: Actor,
    letter_ids: Sequence[int],
    *,
    reprint: bool = False,
    now: datetime | None = None,
) -> bytes:
    """The PDF of letters already issued (voided ones refused). `reprint`: an explicit reprint,
    counted on each letter and audited as one. The caller commits."""
    actor.require(Action.DUNNING)
    rows = _letters(session, letter_ids)
    voided = [row for row in rows if row.voided_at is not None]
    if voided:
        raise UserError("作废的催款函不能打印")
    facts = [LetterFacts.from_json(row.facts) for row in rows]
    data = render_facts(facts)
    if reprint:
        count_reprint(session, actor, [row.id for row in rows])
    for row, one in zip(rows, facts, strict=True):
        audit.record(
            session,
            actor,
            "reprint" if reprint else "print",
            "dunning_letters",
            row.id,
            f"催款函 {one.code}（{one.buyer}）",
        )
    return data


def preview_pdf(
    session: Session,
    actor: Actor,
    day: date,
    deal_ids: Sequence[int] | None,
    *,
    now: datetime | None = None,
) -> bytes | None:
    """The letters due on `day` as they would read (marked 预览, no number), nothing logged; None
    when nothing is due."""
    facts = preview_letters(session, actor, deal_ids, day=day, now=now)
    if not facts:
        return None
    audit.record(session, actor, "preview", "dunning_letters", None, f"预览 {day} 的催款函")
    return render_facts(facts)


def _posted(session: Session, letter_ids: Sequence[int]) -> list[tuple[DunningLetter, LetterFacts]]:
    """The letters of `letter_ids` that go by post (not voided, with a mailing address), each
    with its frozen facts, in number order."""
    return [
        (row, one)
        for row in _letters(session, letter_ids)
        if row.voided_at is None
        for one in (LetterFacts.from_json(row.facts),)
        if one.address.strip()
    ]


def envelopes_pdf(session: Session, actor: Actor, letter_ids: Sequence[int]) -> bytes:
    """DL envelopes for the letters that go by post (those with a mailing address)."""
    from anjia_desk.pdf.document import render_many
    from anjia_desk.pdf.envelope import EnvelopeDL, EnvelopePaper

    actor.require(Action.DUNNING)
    posted = _posted(session, letter_ids)
    if not posted:
        raise UserError("所选催款函都没有通讯地址，只能当面递交")
    docs = [
        (EnvelopePaper(one.code, one.postcode, one.address, one.buyer), one.printed_at)
        for _row, one in posted
    ]
    for row, one in posted:
        audit.record(session, actor, "print", "dunning_letters", row.id, f"信封 {one.code}")
    return render_many(docs, letterhead=_letterhead(posted[0][1]), layout=EnvelopeDL())


def mailing_list_pdf(
    session: Session, actor: Actor, letter_ids: Sequence[int], *, now: datetime | None = None
) -> bytes:
    """The post office's 交寄清单 for the letters that go by post."""
    from anjia_desk.pdf.document import render
    from anjia_desk.pdf.mailing_list import MailingListPaper, MailingRow

    actor.require(Action.DUNNING)
    posted = _posted(session, letter_ids)
    if not posted:
        raise UserError("所选催款函都没有通讯地址，无需交寄清单")
    paper = MailingListPaper(
        day=office_today(session, now),
        rows=[
            MailingRow(
                buyer=one.buyer,
                postcode=one.postcode,
                address=one.address,
                code=one.code,
                tracking_no=row.tracking_no,
            )
            for row, one in posted
        ],
    )
    audit.record(session, actor, "print", "dunning_letters", None, f"交寄清单（{len(posted)} 件）")
    return render(
        paper, letterhead=letterhead_from_settings(session), printed_at=office_time(session, now)
    )


def print_dunning(
    session: Session,
    actor: Actor,
    *,
    out: Path,
    day: date | None = None,
    now: datetime | None = None,
) -> Path | None:
    """Every letter due on `day` (default today) in one PDF — the command line's `print dunning`.

    Idempotent for the day: a rerun gives the same letters (those already issued that day
    included) and logs nothing twice. A day after today previews and logs nothing. Nothing
    due: None, no file."""
    # reportlab is imported on first use, not when the app starts
    from anjia_desk.pdf.page import write_atomic

    require_dunning_view(actor)
    today = office_today(session, now)
    day = day or today
    if day > today:
        data = preview_pdf(session, actor, day, None, now=now)
    else:
        ids = issue_letters(session, actor, None, day=day, now=now)
        data = letters_pdf(session, actor, ids, now=now) if ids else None
    if data is None:
        return None
    return write_atomic(out, data, before_replace=lambda: commit_first(session))
