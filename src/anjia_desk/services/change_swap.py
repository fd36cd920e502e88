"""换房 (issue 17, DOMAIN §8): a deal moved to another unit of the same project by a change order.

- `prepare` (when the order is filed): the new unit is checked — same project, not the deal's
  own, 可售 or the customer's own live 锁定/选房 —, the project's 预售许可, and the new price
  quoted as 认购 quotes it (表价 − the payment method's standard discount − a special discount,
  never above the 备案价). The unit is then held for the customer by a **保留** (HoldKind.RESERVE)
  without an end: a 锁定 lasts hours and its holder extends it a counted number of times, while
  a 换房 waits for review and two approvals; a 保留 is the office holding a unit back, shows as
  保留 on the 销控表 (its reason names the order), is never released by the clock, and no 认购
  may take it — the customer's own 锁定 of the unit is turned into it.
- A special discount is recorded on the order (`new_special_discount`); it needs no separate
  approval: every 换房 is approved by the marketing head, who may approve any special discount
  (core.deal_rules.may_approve), so at execution the deal's discount is APPROVED by the order's
  marketing approver, at that time.
- `execute` (the order approved, its steps done): the hold converted, the deal moved to the new
  unit with its new prices and payment method, the old unit 可售 again, and a new payment plan
  counted from the day of the change, with the money already received carried over by nature
  (each receipt stays on an installment of the nature it paid; see `rebuild_plan`). The deal's
  认购书 (services/papers/subscription.py) reads the deal, so it prints the new unit.
- `release`: the hold freed when the order is rejected or withdrawn.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.change_forms import RequestForm
from anjia_desk.core.changes import (
    ChangeStatus,
    change_code,
)
from anjia_desk.core.deal_rules import deal_price, price_problems, standard_discount
from anjia_desk.core.deals import (
    DiscountStatus,
    HoldKind,
    Nature,
    PaymentMethod,
    Stage,
    Step,
    UnitStatus,
)
from anjia_desk.core.errors import ConflictError, UserError, ValidationError
from anjia_desk.core.money import build_plan, fen, yuan
from anjia_desk.core.plans import Anchor, parse_plan
from anjia_desk.db.locking import lock_row
from anjia_desk.db.models import (
    ChangeOrder,
    Deal,
    DunningLetterItem,
    Installment,
    Receipt,
    Unit,
    UnitHold,
)
from anjia_desk.db.types import aware_utc
from anjia_desk.services import lookups
from anjia_desk.services.context import Actor
from anjia_desk.services.deal_queries import done_steps
from anjia_desk.services.deal_steps import require_live, sync_unit
from anjia_desk.services.holds import live_hold, place_hold, release_expired, taken_message
from anjia_desk.services.projects import require_permit
from anjia_desk.services.settings import get_decimal, get_setting, office_today
from anjia_desk.services.unit_status import live_deal

#: The stages a deal may change unit in: after 交付 the unit is the buyer's.
SWAP_STAGES = frozenset({Stage.SUBSCRIBED.value, Stage.SIGNED.value})
#: The 按揭 steps that tie the bank's loan to the old unit.
LOAN_ON_UNIT = frozenset({Step.PRE_REGISTRATION, Step.RELEASE})
CONVERTED = "转换房"


@dataclass(frozen=True)
class SwapQuote:
    """The new unit's price for the deal, as 认购 would quote it."""

    list_price: Decimal
    standard_discount: Decimal
    special_discount: Decimal
    price: Decimal
    filed_price: Decimal
    problems: dict[str, str]


def quote_swap(
    session: Session, unit: Unit, method: PaymentMethod, special: Decimal, deposit: Decimal
) -> SwapQuote:
    """表价 − the method's standard discount (settings) − the special discount; the problems of
    core.deal_rules.price_problems (above the 备案价, the 定金 above 20% of the new price) under
    the request's field keys."""
    percent = get_decimal(session, f"deals.std_discount.{method.value}")
    std = standard_discount(unit.list_price, percent)
    price = deal_price(unit.list_price, std, special)
    raw = price_problems(
        price=price, filed_price=unit.filed_price, deposit=deposit, special_discount=special
    )
    problems: dict[str, str] = {}
    if "price" in raw:
        problems["new_unit"] = f"新房源{raw['price']}"
    if "deposit" in raw:
        problems["new_unit"] = f"定金 {yuan(deposit)}元 超过新房源成交价的20%"
    if "special_discount" in raw:
        problems["new_special_discount"] = raw["special_discount"]
    return SwapQuote(unit.list_price, std, special, price, unit.filed_price, problems)


def _deal(session: Session, order: ChangeOrder) -> Deal:
    """The order's deal, live, before 交付, and with no loan secured on its unit: a bank's 预告登记
    or loan is on the old unit, so it is settled first (a 退房 does that, step by step)."""
    deal = lookups.deal(session, order.deal_id)
    require_live(deal)
    if deal.stage not in SWAP_STAGES:
        raise UserError(f"这笔交易{Stage(deal.stage).label}，不能再换房")
    secured = LOAN_ON_UNIT & set(done_steps(session, deal.id))
    if secured:
        done = "、".join(step.label for step in Step if step in secured)
        raise UserError(f"这笔交易已办理{done}，贷款落在原房源上，须先结清贷款、注销登记后才能换房")
    return deal


def _paid_on_plan(session: Session, deal_id: int) -> Decimal:
    total = Decimal(0)
    for row in session.scalars(select(Installment).where(Installment.deal_id == deal_id)):
        total += row.paid
    return total


def _take_hold(
    session: Session, unit: Unit, label: str, customer_id: int, moment: datetime
) -> None:
    """The unit must be free, or held by this customer's own live 锁定/选房 (then released here,
    to become the 换房's 保留)."""
    hold = live_hold(session, unit.id)
    if hold is None:
        if live_deal(session, unit.id) is not None:
            raise ConflictError(taken_message(session, unit.id, label))
        if unit.status == UnitStatus.UNSELLABLE.value:
            raise ValidationError({"new_unit": f"房源 {label} 不可售：{unit.blocked_reason}"})
        if unit.status != UnitStatus.AVAILABLE.value:
            raise ConflictError(taken_message(session, unit.id, label))
        return
    mine = hold.customer_id == customer_id and hold.kind in (
        HoldKind.HOLD.value,
        HoldKind.CHOICE.value,
    )
    if not mine:
        raise ConflictError(taken_message(session, unit.id, label))
    hold.released_at = moment
    hold.release_reason = CONVERTED
    session.flush()


def prepare(
    session: Session, actor: Actor, order: ChangeOrder, form: RequestForm, now: datetime
) -> None:
    """Check the new unit and price, hold the unit for the customer (a 保留 without an end), and
    record the swap on the order (old/new unit, hold, payment method, special discount, prices)."""
    if form.new_unit_id is None:
        raise ValidationError({"new_unit": "请选择要换的新房源"})
    deal = _deal(session, order)
    moment = aware_utc(now)
    release_expired(session, now=moment)  # a hold whose time is up no longer blocks
    today = office_today(session, moment)
    unit = lock_row(session, Unit, form.new_unit_id) or lookups.unit(session, form.new_unit_id)
    label = lookups.unit_label(session, unit)
    building = lookups.building(session, unit.building_id)
    if building.project_id != deal.project_id:
        raise ValidationError({"new_unit": "只能换到本项目的其他房源"})
    if unit.id == deal.unit_id:
        raise ValidationError({"new_unit": "新房源就是这笔交易的原房源"})
    require_permit(lookups.project(session, building.project_id), today, "换房")

    method = form.new_payment_method or PaymentMethod(deal.payment_method)
    special = fen(form.new_special_discount)
    quoted = quote_swap(session, unit, method, special, deal.deposit)
    if quoted.problems:
        raise ValidationError(quoted.problems)
    paid = _paid_on_plan(session, deal.id)
    if paid > quoted.price:
        raise ValidationError(
            {
                "new_unit": f"已付房款 {yuan(paid)}元 超过新房源成交价 {yuan(quoted.price)}元，"
                "请先办理差额退款"
            }
        )

    _take_hold(session, unit, label, deal.customer_id, moment)
    hold = UnitHold(
        unit_id=unit.id,
        kind=HoldKind.RESERVE.value,
        customer_id=deal.customer_id,
        user_id=actor.user_id,
        expires_at=None,  # held while the order is open: released by `release` or `execute`
        reason=f"换房 {change_code(order.number)}（{deal.buyer_name}）"[:200],
        created_at=moment,
    )
    order.new_hold_id = place_hold(session, unit, label, hold, UnitStatus.RESERVED)
    order.old_unit_id = deal.unit_id
    order.new_unit_id = unit.id
    order.new_payment_method = method
    order.new_special_discount = special
    order.old_price = deal.price
    order.new_price = quoted.price
    session.flush()


def release(session: Session, order: ChangeOrder, now: datetime) -> None:
    """Free the new unit's 保留 (the order rejected or withdrawn); nothing when already free."""
    if order.new_hold_id is None:
        return
    hold = session.get(UnitHold, order.new_hold_id)
    if hold is None or hold.released_at is not None:
        return
    hold.released_at = aware_utc(now)
    rejected = order.status == ChangeStatus.REJECTED
    hold.release_reason = "换房申请被驳回" if rejected else "换房申请已撤回"
    sync_unit(session, lookups.unit(session, hold.unit_id))


def execute(session: Session, actor: Actor, order: ChangeOrder, now: datetime) -> None:
    """Move the deal to the new unit: the 保留 converted, the old unit 可售, the new prices and
    payment method, the special discount approved by the order's approval, a new plan with the
    money received carried over by nature."""
    deal = _deal(session, order)
    moment = aware_utc(now)
    today = office_today(session, moment)
    if order.new_unit_id is None or order.new_hold_id is None or order.new_price is None:
        raise UserError("这张换房单没有登记新房源")
    if deal.unit_id != order.old_unit_id:
        raise UserError("这笔交易的房源已变更，请撤回本单后重新申请")
    hold = session.get(UnitHold, order.new_hold_id)
    if hold is None or hold.released_at is not None or hold.unit_id != order.new_unit_id:
        raise UserError("新房源的换房保留已被释放，请撤回本单后重新申请")
    unit = lock_row(session, Unit, order.new_unit_id) or lookups.unit(session, order.new_unit_id)
    method = order.new_payment_method or PaymentMethod(deal.payment_method)
    special = order.new_special_discount or Decimal(0)
    quoted = quote_swap(session, unit, method, special, deal.deposit)
    if quoted.problems:
        raise ValidationError(quoted.problems)
    if quoted.price != order.new_price:
        raise UserError(
            f"新房源价格已调整（现成交价 {yuan(quoted.price)}元，申请时 "
            f"{yuan(order.new_price)}元），请撤回本单后重新申请"
        )
    if special > 0 and order.marketing_by_id is None:
        raise UserError("换房的特批优惠须经营销负责人审批")
    old_unit = lookups.unit(session, deal.unit_id)
    old_label = lookups.unit_label(session, old_unit)
    new_label = lookups.unit_label(session, unit)

    hold.released_at = moment
    hold.release_reason = CONVERTED
    deal.unit_id = unit.id
    deal.payment_method = method
    deal.list_price = quoted.list_price
    deal.standard_discount = quoted.standard_discount
    deal.special_discount = special
    deal.price = quoted.price
    deal.filed_price = quoted.filed_price
    if special > 0:
        deal.discount_status = DiscountStatus.APPROVED
        deal.discount_approver_id = order.marketing_by_id
        deal.discount_decided_at = order.marketing_at or moment
        deal.discount_reason = f"换房 {change_code(order.number)} 特批"
    else:
        deal.discount_status = DiscountStatus.NONE
        deal.discount_approver_id = None
        deal.discount_decided_at = None
        deal.discount_reason = ""
    line = (
        f"换房 {change_code(order.number)}：{old_label} → {new_label}，"
        f"成交价 {yuan(order.old_price or Decimal(0))}元 → {yuan(quoted.price)}元"
    )
    deal.note = (deal.note + "\n" if deal.note else "") + line
    session.flush()
    rebuild_plan(session, deal, today=today)
    sync_unit(session, old_unit)
    sync_unit(session, unit)


# --- the new plan, with the money received carried over by nature


@dataclass
class _Slot:
    """One installment of the new plan while the money already received is placed on it."""

    nature: Nature
    name: str
    due_on: date
    amount: Decimal
    anchor: Anchor
    days: int | None
    paid: Decimal = Decimal(0)
    receipts: list[Receipt] = field(default_factory=list)

    @property
    def room(self) -> Decimal:
        return self.amount - self.paid


def _grow(slots: list[_Slot], target: _Slot, need: Decimal) -> None:
    """Make `target` larger by `need`, taken from the unpaid room of the other installments
    (later ones first; never the 定金, whose amount is the contract's): the plan still adds up
    to the price."""
    at = slots.index(target)
    givers = [s for s in slots[at + 1 :] if s is not target] + [
        s for s in slots[1:at] if s is not target
    ]
    for giver in givers:
        if need <= 0:
            break
        take = min(giver.room, need)
        if take > 0:
            giver.amount -= take
            target.amount += take
            need -= take
    if need > 0:
        raise UserError("已收款项超过新房源的成交价，请先办理差额退款")


def _place(slots: list[_Slot], receipt: Receipt, nature: Nature | None) -> None:
    """A receipt goes whole onto an installment of the nature it paid (the first with room for
    it, else the first of that nature, made larger); failing that onto a price installment."""
    same = [s for s in slots if s.nature == nature]
    target = next((s for s in same if s.room >= receipt.amount), None)
    if target is None and same:
        target = same[0]
    if target is None:
        rest = slots[1:] or slots
        target = next((s for s in rest if s.room >= receipt.amount), rest[0])
    if target.room < receipt.amount:
        _grow(slots, target, receipt.amount - target.room)
    target.paid += receipt.amount
    target.receipts.append(receipt)


def rebuild_plan(session: Session, deal: Deal, *, today: date) -> None:
    """The deal's plan for its (new) price and payment method, counted from `today` (and from
    签约 on `today` when signed), rebuilt in place: each receipt not voided stays on an
    installment of the nature it paid, the rows keep their ids where they can, and a row no
    longer needed goes (its voided receipts, if any, pointed at the row of their nature)."""
    rows = list(
        session.scalars(
            select(Installment).where(Installment.deal_id == deal.id).order_by(Installment.seq)
        )
    )
    nature_of = {row.id: Nature(row.nature) for row in rows}
    receipts = list(
        session.scalars(
            select(Receipt)
            .where(Receipt.deal_id == deal.id, Receipt.installment_id.is_not(None))
            .order_by(Receipt.paid_on, Receipt.id)
        )
    )
    template = str(get_setting(session, f"deals.plan.{deal.payment_method}"))
    plan = build_plan(
        price=deal.price,
        deposit=deal.deposit,
        subscribed_on=today,
        items=parse_plan(template),
        signed_on=today if deal.signed_at is not None else None,
    )
    slots = [
        _Slot(
            nature=item.nature,
            name=item.name,
            due_on=item.due_on,
            amount=item.amount,
            anchor=item.anchor,
            days=item.days,
        )
        for item in plan
    ]
    for receipt in receipts:
        if receipt.voided_at is None and receipt.installment_id is not None:
            _place(slots, receipt, nature_of.get(receipt.installment_id))
    slots = [s for s in slots if s.amount > 0 or s.receipts]

    by_seq = {row.seq: row for row in rows}
    placed: list[tuple[Installment, _Slot]] = []
    for seq, slot in enumerate(slots, start=1):
        row = by_seq.pop(seq, None)
        if row is None:
            row = Installment(deal_id=deal.id, seq=seq)
            session.add(row)
        row.nature, row.name = slot.nature, slot.name
        row.due_on, row.amount = slot.due_on, slot.amount
        row.due_anchor, row.due_days = slot.anchor, slot.days
        row.paid = slot.paid
        row.settled_on = (
            max(r.paid_on for r in slot.receipts)
            if slot.receipts and slot.paid == slot.amount
            else None
        )
        placed.append((row, slot))
    session.flush()
    first_of: dict[Nature, Installment] = {}
    for row, slot in placed:
        first_of.setdefault(slot.nature, row)
        for receipt in slot.receipts:
            receipt.installment_id = row.id
    gone = {row.id: row for row in by_seq.values()}
    for receipt in receipts:
        if receipt.installment_id in gone:  # a voided receipt on a row no longer needed
            nature = nature_of[receipt.installment_id]
            receipt.installment_id = first_of.get(nature, placed[0][0]).id
    lettered = set(
        session.scalars(
            select(DunningLetterItem.installment_id).where(
                DunningLetterItem.installment_id.in_(list(gone))
            )
        )
        if gone
        else ()
    )
    session.flush()
    for row in gone.values():
        if row.id in lettered:
            # A 催款函 listed it: the row stays for the letter's history, owing nothing.
            row.amount, row.paid, row.settled_on = Decimal("0.00"), Decimal("0.00"), today
        else:
            session.delete(row)
    session.flush()
