"""What people do with dunning letters and deals in dunning (issue 16): record a letter's
delivery and its signed-for date, void a letter logged in error (its number kept), count a
reprint, pause a deal under negotiation and lift the pause, log a call to the buyer, and after a
formal demand record the buyer's written request for a decision or the choice to go on with
the contract (继续履行). Each is one unit of work; the caller commits."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.deal_rules import is_cancelled
from anjia_desk.core.dunning import (
    DEMAND,
    BlockForm,
    CallForm,
    CallOutcome,
    Delivery,
    DeliveryForm,
    block_covers,
    validate_block,
    validate_call,
    validate_delivery,
)
from anjia_desk.core.errors import ConflictError, UserError, ValidationError
from anjia_desk.core.roles import Action
from anjia_desk.core.text import clean_note
from anjia_desk.db.models import Deal, DunningBlock, DunningCall, DunningLetter
from anjia_desk.db.types import aware_utc
from anjia_desk.services import lookups
from anjia_desk.services.context import Actor
from anjia_desk.services.deal_queries import require_own_deal
from anjia_desk.services.settings import office_today

REASON_MAX = 200


def _reason(reason: str, field: str = "reason") -> str:
    text = clean_note(reason)
    if not text:
        raise ValidationError({field: "请填写原因"})
    if len(text) > REASON_MAX:
        raise ValidationError({field: f"原因不能超过{REASON_MAX}个字"})
    return text


def _letter(session: Session, letter_id: int, version: int | None = None) -> DunningLetter:
    letter = lookups.get(session, DunningLetter, letter_id)
    if version is not None and letter.version != version:
        raise ConflictError("这封催款函刚被别人修改过，请刷新后重试")
    return letter


def _live(letter: DunningLetter) -> None:
    if letter.voided_at is not None:
        raise UserError("这封催款函已作废")


def record_delivery(
    session: Session,
    actor: Actor,
    letter_id: int,
    form: DeliveryForm,
    *,
    version: int | None = None,
    now: datetime | None = None,
) -> None:
    """How the letter reached the buyer: 当面签收 (signed for that day unless another day is
    given), 快递 or 挂号信 with its number (the signed-for date when the slip comes back)."""
    actor.require(Action.DUNNING)
    letter = _letter(session, letter_id, version)
    _live(letter)
    today = office_today(session, now)
    errors = validate_delivery(form, letter_on=letter.letter_on, today=today)
    if form.delivery is Delivery.NONE:
        errors.setdefault("delivery", "请选择送达方式")
    if errors:
        raise ValidationError(errors)
    letter.delivery = form.delivery
    letter.tracking_no = form.number.strip() if form.delivery.needs_number else ""
    signed = form.signed_on
    if signed is None and form.delivery is Delivery.IN_PERSON:
        signed = today
    if signed is not None or form.delivery is Delivery.IN_PERSON:
        letter.signed_on = signed


def record_signed(
    session: Session,
    actor: Actor,
    letter_id: int,
    signed_on: date,
    *,
    version: int | None = None,
    now: datetime | None = None,
) -> None:
    """The signed-for date from the returned slip (快递 / 挂号信)."""
    actor.require(Action.DUNNING)
    letter = _letter(session, letter_id, version)
    _live(letter)
    if letter.delivery is Delivery.NONE:
        raise ValidationError({"delivery": "请先登记送达方式"})
    form = DeliveryForm(letter.delivery, letter.tracking_no or "-", signed_on)
    errors = validate_delivery(form, letter_on=letter.letter_on, today=office_today(session, now))
    if errors:
        raise ValidationError(errors)
    letter.signed_on = signed_on


def void_letter(
    session: Session,
    actor: Actor,
    letter_id: int,
    reason: str,
    *,
    version: int | None = None,
    now: datetime | None = None,
) -> None:
    """A letter logged in error (printer jam, money came that morning): voided with a reason;
    its number stays used and its stage is due again if still owed."""
    actor.require(Action.DUNNING)
    letter = _letter(session, letter_id, version)
    _live(letter)
    text = _reason(reason)
    letter.voided_at = aware_utc(now)
    letter.void_reason = text
    letter.voided_by_id = actor.user_id


def count_reprint(session: Session, actor: Actor, letter_ids: list[int]) -> None:
    """A reprint is logged as one (never a second letter)."""
    actor.require(Action.DUNNING)
    for letter_id in letter_ids:
        letter = _letter(session, letter_id)
        letter.reprints = letter.reprints + 1


def _deal_for_dunning(session: Session, deal_id: int) -> Deal:
    deal = lookups.deal(session, deal_id)
    if is_cancelled(deal.stage, deal.cancelled_at):
        raise UserError("该交易已取消")
    return deal


def active_block(session: Session, deal_id: int, day: date) -> DunningBlock | None:
    for block in session.scalars(
        select(DunningBlock).where(DunningBlock.deal_id == deal_id).order_by(DunningBlock.id)
    ):
        if block_covers(block.starts_on, block.ends_on, block.lifted_on, day):
            return block
    return None


def block_deal(
    session: Session, actor: Actor, deal_id: int, form: BlockForm, *, now: datetime | None = None
) -> int:
    """Pause dunning for a deal under negotiation until `form.ends_on` (site manager): letters
    stop, the penalty does not."""
    actor.require(Action.BLOCK_DUNNING)
    _deal_for_dunning(session, deal_id)
    today = office_today(session, now)
    errors = validate_block(form, today=today)
    if errors:
        raise ValidationError(errors)
    starts = form.starts_on or today
    if active_block(session, deal_id, starts) is not None:
        raise UserError("这笔交易已在暂停催款中；如需延长，请先解除再重新设置")
    block = DunningBlock(
        deal_id=deal_id,
        reason=_reason(form.reason),
        starts_on=starts,
        ends_on=form.ends_on,
        set_by_id=actor.user_id,
    )
    session.add(block)
    session.flush()
    return block.id


def lift_block(
    session: Session,
    actor: Actor,
    block_id: int,
    reason: str,
    *,
    version: int | None = None,
    now: datetime | None = None,
) -> None:
    """Lift a pause early (talks failed): letters are due again from today."""
    actor.require(Action.BLOCK_DUNNING)
    block = lookups.get(session, DunningBlock, block_id)
    if version is not None and block.version != version:
        raise ConflictError("暂停设置刚被别人修改过，请刷新后重试")
    today = office_today(session, now)
    if not block_covers(block.starts_on, block.ends_on, block.lifted_on, today):
        raise UserError("这项暂停已不在有效期内")
    text = _reason(reason)
    block.lifted_on = today
    block.lifted_by_id = actor.user_id
    block.lift_reason = text


def log_call(
    session: Session,
    actor: Actor,
    deal_id: int,
    form: CallForm,
    *,
    stage: int,
    now: datetime | None = None,
) -> int:
    """A call to the buyer about the deal's money and its outcome; a promised date pauses the
    next stage until it has passed."""
    actor.require(Action.DUNNING_CALLS)
    deal = _deal_for_dunning(session, deal_id)
    require_own_deal(actor, deal.consultant_id)
    today = office_today(session, now)
    errors = validate_call(form, today=today)
    if errors:
        raise ValidationError(errors)
    call = DunningCall(
        deal_id=deal_id,
        stage=stage,
        called_at=aware_utc(now),
        called_on=today,
        user_id=actor.user_id,
        outcome=form.outcome,
        promised_on=form.promised_on if form.outcome is CallOutcome.PROMISED else None,
        note=clean_note(form.note),
    )
    session.add(call)
    session.flush()
    return call.id


def _demand(session: Session, letter_id: int, version: int | None) -> DunningLetter:
    letter = _letter(session, letter_id, version)
    _live(letter)
    if letter.stage != DEMAND:
        raise UserError("只有付款催告函需要登记这项")
    return letter


def record_buyer_request(
    session: Session,
    actor: Actor,
    letter_id: int,
    asked_on: date,
    *,
    version: int | None = None,
    now: datetime | None = None,
) -> None:
    """The buyer asked in writing for a decision (Civil Code Art. 564): the latest day to decide
    becomes three months after it, if that is earlier."""
    actor.require(Action.BLOCK_DUNNING)
    letter = _demand(session, letter_id, version)
    if asked_on < letter.letter_on:
        raise ValidationError({"asked_on": "日期不能早于催告函日期"})
    if asked_on > office_today(session, now):
        raise ValidationError({"asked_on": "日期不能晚于今天"})
    letter.buyer_asked_on = asked_on


def continue_contract(
    session: Session,
    actor: Actor,
    letter_id: int,
    reason: str,
    *,
    version: int | None = None,
    now: datetime | None = None,
) -> None:
    """The site manager decides to go on with the contract (继续履行): the formal demand's dates
    leave the 工作台."""
    actor.require(Action.BLOCK_DUNNING)
    letter = _demand(session, letter_id, version)
    if letter.continued_at is not None:
        raise UserError("已登记继续履行")
    text = _reason(reason)
    letter.continued_at = aware_utc(now)
    letter.continue_reason = text
    letter.continued_by_id = actor.user_id
