"""更名 / 增名 / 减名 (issue 17, DOMAIN §8): the buyer on a deal changed by a change order.

- `prepare` (when the order is filed): the relation must be one the office allows (setting
  `changes.rename_relations`), the new buyer's real name and ID number are checked as at 认购
  (core.identity) and the number sealed (services.identity.seal_id); the old buyer's written
  consent is recorded; 减名 names a current co-buyer (a name after the first: the buyer whose ID
  number the deal carries is changed by 更名, not removed).
- `execute` (the order approved, its steps done): 更名 puts the new buyer — name and ID — on the
  deal in the main buyer's place (co-buyers stay); 增名 adds the name ("王建国、李梅"); 减名
  takes it off. The 认购书 reads the deal.
- After 签约 the order carries the steps 资格审核 / 撤销网签 / 重新网签 (core.changes.steps_needed);
  `record_qualification` records the new buyer's 购房资格 result, and the step only when passed.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.change_forms import RequestForm, validate_request
from anjia_desk.core.changes import (
    ChangeKind,
    ChangeStatus,
    OrderStep,
    RenameMode,
    change_code,
)
from anjia_desk.core.deals import Stage
from anjia_desk.core.errors import UserError, ValidationError
from anjia_desk.core.identity import normalise_id_number
from anjia_desk.core.roles import Action
from anjia_desk.core.text import clean_name, clean_note
from anjia_desk.db.models import ChangeOrder, ChangeOrderStep, Deal
from anjia_desk.db.types import aware_utc
from anjia_desk.services import lookups
from anjia_desk.services.context import Actor
from anjia_desk.services.deal_steps import require_live
from anjia_desk.services.identity import seal_id
from anjia_desk.services.settings import get_list, office_today

#: What joins the names of co-buyers on a deal (王建国、李梅).
JOIN = "、"
NAME_MAX = 40
NOTE_MAX = 200
RENAME_STAGES = frozenset({Stage.SUBSCRIBED.value, Stage.SIGNED.value})


def buyer_names(text: str) -> list[str]:
    """The names on a deal's buyer line, in order."""
    return [name.strip() for name in text.split(JOIN) if name.strip()]


def relations(session: Session) -> tuple[str, ...]:
    """The relations a 更名 may go to (setting changes.rename_relations)."""
    return tuple(str(item) for item in get_list(session, "changes.rename_relations"))


def _deal(session: Session, order: ChangeOrder) -> Deal:
    deal = lookups.deal(session, order.deal_id)
    require_live(deal)
    if deal.stage not in RENAME_STAGES:
        raise UserError(f"这笔交易{Stage(deal.stage).label}，不能再更名")
    return deal


def prepare(
    session: Session, actor: Actor, order: ChangeOrder, form: RequestForm, now: datetime
) -> None:
    """Check the new buyer, the relation and the consent; record them on the order."""
    deal = _deal(session, order)
    moment = aware_utc(now)
    today = office_today(session, moment)
    if form.kind is not ChangeKind.RENAME:
        raise UserError("这不是更名申请")
    errors = validate_request(form, now=moment, today=today, relations=relations(session))
    name = clean_name(form.new_buyer_name)
    names = buyer_names(deal.buyer_name)
    mode = form.rename_mode
    cipher = masked = ""
    if mode is RenameMode.REMOVE:
        if name and name not in names[1:]:
            errors["new_buyer_name"] = (
                "主买受人不能减名，请办理更名"
                if names and name == names[0]
                else f"“{name}”不是这笔交易的共同买受人（现为：{deal.buyer_name}）"
            )
    else:
        if mode is RenameMode.ADD and name in names:
            errors["new_buyer_name"] = f"“{name}”已是买受人"
        if mode is RenameMode.ADD and len(JOIN.join([*names, name])) > NAME_MAX:
            errors["new_buyer_name"] = f"买受人姓名合计不能超过{NAME_MAX}个字"
    if errors:
        raise ValidationError(errors)
    if mode is not RenameMode.REMOVE:  # sealed once everything passed
        cipher, masked = seal_id(session, normalise_id_number(form.new_buyer_id_number))
    order.rename_mode = mode
    order.old_buyer_name = deal.buyer_name
    order.new_buyer_name = name[:NAME_MAX]
    order.new_buyer_id_cipher = cipher
    order.new_buyer_id_masked = masked
    order.relation = form.relation.strip()[:10] if mode is not RenameMode.REMOVE else ""
    order.consent_on = form.consent_on
    session.flush()


def execute(session: Session, actor: Actor, order: ChangeOrder, now: datetime) -> None:
    """The new buyer on the deal: 更名 replaces the buyer (name and ID), 增名 adds a name, 减名
    takes one off."""
    deal = _deal(session, order)
    if order.rename_mode is None or not order.new_buyer_name:
        raise UserError("这张更名单没有登记新买受人")
    if deal.buyer_name != order.old_buyer_name:
        raise UserError("这笔交易的买受人已变更，请撤回本单后重新申请")
    mode = RenameMode(order.rename_mode)
    names = buyer_names(deal.buyer_name)
    if mode is RenameMode.REPLACE:  # the main buyer replaced; co-buyers stay
        rest = [n for n in names[1:] if n != order.new_buyer_name]
        deal.buyer_name = JOIN.join([order.new_buyer_name, *rest])[:NAME_MAX]
        deal.buyer_id_cipher = order.new_buyer_id_cipher
        deal.buyer_id_masked = order.new_buyer_id_masked
    elif mode is RenameMode.ADD:
        deal.buyer_name = JOIN.join([*names, order.new_buyer_name])[:NAME_MAX]
    else:
        if order.new_buyer_name not in names[1:]:
            raise UserError(f"“{order.new_buyer_name}”已不是这笔交易的共同买受人")
        deal.buyer_name = JOIN.join(n for n in names if n != order.new_buyer_name)
    line = f"{mode.label} {change_code(order.number)}：{order.old_buyer_name} → {deal.buyer_name}"
    deal.note = (deal.note + "\n" if deal.note else "") + line
    session.flush()


def record_qualification(
    session: Session,
    actor: Actor,
    order_id: int,
    note: str,
    *,
    passed: bool,
    now: datetime,
) -> None:
    """The new buyer's 购房资格 (限购/资格审核) result after 签约: the note on the order, and the
    QUALIFICATION step when passed. Not passed: the note is kept and the step is not recorded —
    the order cannot execute (reject it or let the buyer withdraw)."""
    actor.require(Action.SIGN_CONTRACTS)
    order = lookups.get(session, ChangeOrder, order_id)
    if order.kind != ChangeKind.RENAME:
        raise UserError("只有更名单需要登记购房资格审核")
    if order.status != ChangeStatus.APPROVED:
        raise UserError(f"变更单{ChangeStatus(order.status).label}，不能登记资格审核")
    deal = lookups.deal(session, order.deal_id)
    if deal.signed_at is None:
        raise UserError("签约前的更名无需登记购房资格审核")
    done = session.scalar(
        select(ChangeOrderStep.id).where(
            ChangeOrderStep.order_id == order.id,
            ChangeOrderStep.step == OrderStep.QUALIFICATION.value,
        )
    )
    if done is not None:
        raise UserError("新买受人的购房资格审核已登记为通过")
    text = clean_note(note)
    if not text:
        raise ValidationError({"note": "请填写审核结果（审核机关、日期、结论）"})
    result = "通过" if passed else "未通过"
    full = f"{result}：{text}"
    if len(full) > NOTE_MAX:
        raise ValidationError({"note": f"审核结果不能超过{NOTE_MAX - len(result) - 1}个字"})
    order.qualification_note = full
    if passed:
        session.add(
            ChangeOrderStep(
                order_id=order.id,
                step=OrderStep.QUALIFICATION,
                done_at=aware_utc(now),
                user_id=actor.user_id,
                note=text[:200],
            )
        )
    session.flush()
