"""Other people's notes that named an erased person (issue 14): the erasure lists them instead of
replacing a name blindly (a name may be someone else's too); the site manager reads each one from
the 工作台 and either clears the text or keeps it. Both are audited; a cleared note's audit
copies are blanked with it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from anjia_desk.core.errors import NotFound, PermissionDenied, UserError
from anjia_desk.db.file_scrub import scrub_file_after_commit
from anjia_desk.db.models import AuditEntry, Customer, ErasureReview
from anjia_desk.db.types import aware_utc
from anjia_desk.services import audit
from anjia_desk.services import customer_state as cs
from anjia_desk.services.context import Actor
from anjia_desk.services.erasure_notes import NOTES, SOURCE_LABELS
from anjia_desk.services.workbench_base import (
    BASE_COLUMNS,
    FunctionSource,
    TodoContext,
    TodoKind,
    TodoSink,
    TodoSource,
)

_BY_TABLE = {model.__tablename__: (model, texts) for model, _who, texts in NOTES}


def _require_overseer(actor: Actor) -> None:
    if not cs.oversees(actor):
        raise PermissionDenied("只有案场经理或管理员可以复核删除个人信息后留下的备注")


@dataclass(frozen=True)
class ReviewNote:
    id: int
    customer_id: int
    customer_name: str
    #: Where the note is, as people call it (跟进记录, 到访备注 …).
    where: str
    text: str
    reviewed: bool


def _open(session: Session, review_id: int) -> ErasureReview:
    review = session.get(ErasureReview, review_id)
    if review is None:
        raise NotFound("这条复核已不存在")
    return review


def _texts(session: Session, review: ErasureReview) -> str:
    model, columns = _BY_TABLE[review.source]
    row = session.execute(
        select(*(getattr(model, c) for c in columns)).where(model.id == review.row_id)
    ).first()
    return "\n".join(str(v) for v in (row or ()) if v)


def review_note(session: Session, actor: Actor, review_id: int) -> ReviewNote:
    """The listed note, for the site manager to read."""
    _require_overseer(actor)
    review = _open(session, review_id)
    customer = cs.get_customer(session, review.customer_id)
    return ReviewNote(
        id=review.id,
        customer_id=customer.id,
        customer_name=customer.name,
        where=SOURCE_LABELS.get(review.source, review.source),
        text=_texts(session, review),
        reviewed=review.reviewed_at is not None,
    )


def resolve_review(
    session: Session, actor: Actor, review_id: int, *, clear: bool, now: datetime | None = None
) -> str:
    """Clear the note's text (and its audit copies) or keep it; either way it is reviewed."""
    _require_overseer(actor)
    review = _open(session, review_id)
    if review.reviewed_at is not None:
        raise UserError("这条备注已经复核过了")
    where = SOURCE_LABELS.get(review.source, review.source)
    model, columns = _BY_TABLE[review.source]
    if clear:
        session.execute(
            update(model).where(model.id == review.row_id).values(dict.fromkeys(columns, ""))
        )
        session.execute(
            update(AuditEntry)
            .where(AuditEntry.entity == review.source, AuditEntry.entity_id == review.row_id)
            .values(summary=cs.ERASED_SUMMARY)
        )
        scrub_file_after_commit(session)
    review.reviewed_at = aware_utc(now)
    review.reviewed_by_id = actor.user_id
    done = "已清除" if clear else "复核后保留"
    audit.record(
        session,
        actor,
        "review",
        "erasure_reviews",
        review.id,
        f"{where}（编号 {review.row_id}）中可能提到已删除个人信息的人：{done}",
    )
    return f"{where}{done}。"


def _open_reviews(context: TodoContext, sink: TodoSink) -> int:
    """删除复核: for the site manager (and the administrator) only."""
    if not (context.team and cs.oversees(context.actor)):
        return 0
    session = context.session
    condition = ErasureReview.reviewed_at.is_(None)
    query = (
        select(*BASE_COLUMNS, ErasureReview.id.label("review_id"), ErasureReview.source)
        .join(ErasureReview, ErasureReview.customer_id == Customer.id)
        .where(condition)
        .order_by(ErasureReview.id)
        .limit(context.limit)
    )
    for row in session.execute(query):
        where = SOURCE_LABELS.get(row.source, row.source)
        detail = f"{where}可能提到已删除个人信息的人，请阅读后清除或保留"
        sink.add(TodoKind.ERASURE_REVIEW, row, detail, None, row.review_id)
    return int(session.scalar(select(func.count(ErasureReview.id)).where(condition)) or 0)


SOURCES: tuple[TodoSource, ...] = (FunctionSource(TodoKind.ERASURE_REVIEW, _open_reviews),)
