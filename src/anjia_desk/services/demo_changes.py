"""The demo's changes to deals (issue 17, DOMAIN §8): change orders of every kind and outcome,
written through the real services by the users whose job each step is, on past days before the
demo's `now`:

1. (id 1) a 退房 asked for within 72 hours of 签约, completed: the talk led by a senior
   consultant who did not sell the deal (else the CS manager), reviewed, approved by both
   sides, the contract cancelled and the filing revoked (and the loan settled when there was
   one), executed, paid back and confirmed, the contract recovered, the brief scored and a
   gift given;
2. a 退定 with the 定金 kept (the buyer at fault), the rest paid back: closed;
3. a 退定 with the 定金 returned double (the developer at fault: a planning change the buyer
   did not accept, confirmed by legal) — executed, waiting for the cashier;
4. a 退房 on the area ground with interest, executed, its refund due within 30 days of the
   buyer's notice (工作台 退款到期);
5. a retained customer (a 退房 whose talk ended 留住);
6. a 换房 (before 签约) and 7. a 增名 (after it: the new buyer's qualification, the filing
   revoked, the 网签 signed again), executed;
8. a 退房 waiting for finance's approval.

A story needs a deal that fits it (a signed one, a subscribed one, a free unit); a small demo
without one skips it. Deterministic with the demo's seed and `now`.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from anjia_desk.core.change_actions import STEP_ACTIONS
from anjia_desk.core.change_forms import (
    ArchiveForm,
    GiftForm,
    RequestForm,
    TalkForm,
    VoucherForm,
)
from anjia_desk.core.changes import (
    CHECKLIST,
    ChangeKind,
    ChangeStatus,
    Fault,
    Ground,
    OrderStep,
    ReasonType,
    RenameMode,
    TalkOutcome,
)
from anjia_desk.core.deals import PaymentMethod, Stage, UnitStatus
from anjia_desk.core.refund_money import BreachBase
from anjia_desk.core.roles import Action, Role
from anjia_desk.db.models import Building, ChangeOrder, Deal, DealStep, Unit
from anjia_desk.services import change_execute, change_orders, change_rename, refund_vouchers
from anjia_desk.services.change_money import amount_due, money_table, refunded
from anjia_desk.services.context import Actor
from anjia_desk.services.demo_deal_life import DealLife

#: The brief's checklist as the site manager ticked it for order 1: all but the talk's speed.
BRIEF_TICKS = frozenset(item.key for item in CHECKLIST if item.key != "talk_fast")


@dataclass(frozen=True)
class ChangeStats:
    """What the demo made, for the command line's summary."""

    orders: int
    by_status: dict[str, int]


class Story:
    """One order's life through the services, each step by its role, at moments in order."""

    def __init__(self, life: DealLife) -> None:
        self.life = life
        self.session = life.session
        cast = life.cast
        self.manager = cast.manager
        self.secretary = cast.secretary
        self.cashier = cast.cashier
        self.finance = cast.finance
        self.marketing = cast.marketing
        self.mortgage = cast.mortgage
        self.cs = self._first(Role.CS_MANAGER, cast.manager)
        self.legal = self._first(Role.LEGAL, cast.manager)
        self.senior = self._first(Role.SENIOR_CONSULTANT, self.cs)

    def _first(self, role: Role, default: Actor) -> Actor:
        return next((a for a in self.life.cast.by_id.values() if role in a.roles), default)

    def version(self, order_id: int) -> int:
        order = self.session.get(ChangeOrder, order_id)
        assert order is not None
        return order.version

    def leader(self, deal: Deal) -> Actor:
        """Who leads the talk: the senior consultant, unless they sold the deal."""
        return self.cs if deal.consultant_id == self.senior.user_id else self.senior

    def file(self, deal: Deal, form: RequestForm, at: datetime) -> int:
        if form.kind.is_refund:
            # The demo gave every deal a whole life; one that ends here has no steps after.
            self.session.execute(
                delete(DealStep).where(DealStep.deal_id == deal.id, DealStep.done_at > at)
            )
        filer = self.life.cast.by_id.get(deal.consultant_id or 0, self.secretary)
        if not filer.can(Action.FILE_CHANGES):
            filer = self.secretary
        return change_orders.file_change(self.session, filer, deal.id, form, now=at)

    def talk(self, order_id: int, deal: Deal, form: TalkForm, at: datetime) -> None:
        change_orders.record_talk(
            self.session, self.leader(deal), order_id, form, version=self.version(order_id), now=at
        )

    def review(self, order_id: int, at: datetime, note: str = "情况属实，同意上报") -> None:
        change_orders.review(
            self.session, self.manager, order_id, note=note, version=self.version(order_id), now=at
        )

    def approve(self, order_id: int, at: datetime, *, finance: bool = True) -> None:
        change_orders.approve(
            self.session, self.marketing, order_id, version=self.version(order_id), now=at
        )
        if finance:
            change_orders.approve(
                self.session,
                self.finance,
                order_id,
                version=self.version(order_id),
                now=at + timedelta(hours=2),
            )

    def confirm_ground(self, order_id: int, at: datetime, note: str) -> None:
        change_orders.confirm_ground(
            self.session, self.legal, order_id, note=note, version=self.version(order_id), now=at
        )

    def steps(self, order_id: int, deal: Deal, at: datetime) -> datetime:
        """Every step the order needs, each by its role, a day apart; returns the last moment."""
        order = self.session.get(ChangeOrder, order_id)
        assert order is not None
        done = change_execute.steps_of(self.session, order_id)
        for step in change_execute.needed_steps(self.session, order, deal):
            if step in done:
                continue
            actor = self.mortgage if STEP_ACTIONS[step] is Action.MORTGAGE_STEPS else self.secretary
            if step is OrderStep.QUALIFICATION:
                note = "住建局购房资格审核通过，家庭名下无其他住房"
                change_rename.record_qualification(
                    self.session, actor, order_id, note, passed=True, now=at
                )
            else:
                change_execute.do_step(self.session, actor, order_id, step, now=at)
            at += timedelta(days=1)
        return at

    def execute(self, order_id: int, at: datetime) -> None:
        change_execute.execute(
            self.session, self.manager, order_id, version=self.version(order_id), now=at
        )

    def pay_back(self, order_id: int, deal: Deal, at: datetime) -> bool:
        """The cashier pays what is owed on one voucher, finance confirms it the next day.
        False when there is nothing to pay."""
        order = self.session.get(ChangeOrder, order_id)
        assert order is not None
        table = money_table(self.session, order, deal, today=self.life.today)
        left = amount_due(order, table) - refunded(self.session, order_id)
        if left <= 0:
            return False
        day = at.astimezone(self.life.zone).date()
        form = VoucherForm(amount=left, payee=deal.buyer_name, method="转账", paid_on=day)
        voucher_id = refund_vouchers.pay_refund(self.session, self.cashier, order_id, form, now=at)
        refund_vouchers.confirm_voucher(
            self.session, self.finance, voucher_id, now=at + timedelta(days=1)
        )
        return True


def _deals(life: DealLife, *, signed: bool, before: datetime) -> list[Deal]:
    """Live deals (signed, or subscribed only) from before `before`, in id order, without an
    order of their own yet."""
    stage = Stage.SIGNED if signed else Stage.SUBSCRIBED
    moment = Deal.signed_at if signed else Deal.subscribed_at
    taken = select(ChangeOrder.deal_id)
    return list(
        life.session.scalars(
            select(Deal)
            .where(
                Deal.cancelled_at.is_(None),
                Deal.stage == stage.value,
                moment < before,
                Deal.id.not_in(taken),
            )
            .order_by(Deal.id)
        )
    )


def _subscribed(
    story: Story, rng: random.Random, now: datetime, days: int
) -> tuple[Deal, datetime] | None:
    """A deal subscribed (not signed) long enough ago for a story of `days` days to run before
    `now`, and when its request came: a day after 认购, or `days` + 1 days ago if later."""
    deal = _take(rng, _deals(story.life, signed=False, before=now - timedelta(days=days + 1)))
    if deal is None:
        return None
    since = deal.subscribed_at + timedelta(days=1)
    return deal, min(since, now - timedelta(days=days + 1))


def _take(rng: random.Random, deals: list[Deal]) -> Deal | None:
    if not deals:
        return None
    return deals.pop(int(rng.random() * len(deals)))


def tell_changes(life: DealLife) -> ChangeStats:
    """The demo's change orders (see the module); order 1 is the completed 退房."""
    story = Story(life)
    rng = life.rng
    now = life.now
    _completed_cancel(story, rng, now)
    _kept_deposit(story, rng, now)
    _double_deposit(story, rng, now)
    _area_cancel(story, rng, now)
    _retained(story, rng, now)
    _swap(story, rng, now)
    _rename(story, rng, now)
    _waiting(story, rng, now)
    return change_stats(life.session)


def change_stats(session: Session) -> ChangeStats:
    """The change orders in the database, by status."""
    statuses = list(session.scalars(select(ChangeOrder.status).order_by(ChangeOrder.id)))
    counts: dict[str, int] = {}
    for status in statuses:
        label = ChangeStatus(status).label
        counts[label] = counts.get(label, 0) + 1
    return ChangeStats(orders=len(statuses), by_status=counts)


def _completed_cancel(story: Story, rng: random.Random, now: datetime) -> None:
    """Order 1: asked 30 hours after 签约, everything done over the following fortnight."""
    deals = [
        d
        for d in _deals(story.life, signed=True, before=now - timedelta(days=20))
        if d.signed_at is not None and d.signed_at > now - timedelta(days=200)
    ]
    deal = _take(rng, deals)
    if deal is None or deal.signed_at is None:
        return
    asked = deal.signed_at + timedelta(hours=30)
    # This contract counts the buyer's breach penalty on what was due by then (已到期应付款),
    # not on the whole price: money goes back to the buyer, on a voucher.
    deal.breach_base = BreachBase.DUE
    order_id = story.file(
        deal,
        RequestForm(
            kind=ChangeKind.CANCEL,
            requested_at=asked,
            reason_type=ReasonType.FAMILY,
            tags=("家庭", "价格"),
            fault=Fault.BUYER,
            real_reason="配偶不同意在此时购房，担心月供压力",
            note="买受人本人到场递交书面申请",
        ),
        asked + timedelta(hours=1),
    )
    story.talk(
        order_id,
        deal,
        TalkForm(
            TalkOutcome.LEAVE,
            note="约买受人夫妇到样板间面谈，逐项解释了退款计算；家人仍不同意，坚持退房",
            real_reason="配偶反对，家庭意见未统一",
        ),
        asked + timedelta(days=3),
    )
    story.review(order_id, asked + timedelta(days=4))
    story.approve(order_id, asked + timedelta(days=5))
    at = story.steps(order_id, deal, asked + timedelta(days=6))
    story.execute(order_id, at)
    paid_at = at + timedelta(days=1)
    story.pay_back(order_id, deal, paid_at)
    recovered = (paid_at + timedelta(days=2)).astimezone(story.life.zone).date()
    change_execute.archive_contract(
        story.session,
        story.secretary,
        order_id,
        ArchiveForm(recovered_on=recovered, archive_no=f"TF-{recovered:%Y}-001"),
        now=paid_at + timedelta(days=2),
    )
    change_execute.score_brief(
        story.session, story.manager, order_id, BRIEF_TICKS, now=paid_at + timedelta(days=3)
    )
    change_execute.record_gift(
        story.session,
        story.cs,
        order_id,
        GiftForm(gift="感谢卡和定制保温杯", given_on=recovered),
        now=paid_at + timedelta(days=3),
    )


def _refund_through(
    story: Story,
    deal: Deal,
    form: RequestForm,
    asked: datetime,
    talk: str,
    *,
    legal: str = "",
) -> tuple[int, datetime]:
    """A 退定/退房 from the request to execution (legal confirming the ground when asked);
    the order's id and the moment it executed."""
    order_id = story.file(deal, form, asked)
    story.talk(order_id, deal, TalkForm(TalkOutcome.LEAVE, note=talk), asked + timedelta(days=1))
    story.review(order_id, asked + timedelta(days=2))
    story.approve(order_id, asked + timedelta(days=3))
    if legal:
        story.confirm_ground(order_id, asked + timedelta(days=3, hours=4), legal)
    at = story.steps(order_id, deal, asked + timedelta(days=4))
    story.execute(order_id, at)
    return order_id, at


def _kept_deposit(story: Story, rng: random.Random, now: datetime) -> None:
    found = _subscribed(story, rng, now, 4)
    if found is None:
        return
    deal, asked = found
    form = RequestForm(
        kind=ChangeKind.UNSUBSCRIBE,
        requested_at=asked,
        reason_type=ReasonType.REGRET,
        tags=("竞品",),
        fault=Fault.BUYER,
        real_reason="看中了另一个楼盘的南向户型",
    )
    talk = "尊重客户的决定；说明买方原因不签约，定金不予退还，其余款项全额退还"
    order_id, at = _refund_through(story, deal, form, asked, talk)
    story.pay_back(order_id, deal, at + timedelta(hours=3))


def _double_deposit(story: Story, rng: random.Random, now: datetime) -> None:
    found = _subscribed(story, rng, now, 4)
    if found is None:
        return
    deal, asked = found
    notice = (asked - timedelta(days=10)).astimezone(story.life.zone).date()
    form = RequestForm(
        kind=ChangeKind.UNSUBSCRIBE,
        requested_at=asked,
        reason_type=ReasonType.STATUTORY,
        tags=("户型",),
        ground=Ground.PLANNING,
        fault=Fault.SELLER,
        ground_note=(
            f"{notice:%Y-%m-%d} 书面通知户型规划变更，"
            f"买方 {notice + timedelta(days=6):%Y-%m-%d} 书面表示不接受"
        ),
    )
    talk = "说明开发商原因不能按原户型签约，双倍返还定金并计息"
    _refund_through(story, deal, form, asked, talk, legal="规划变更通知与买方书面回复已核对，属实")


def _area_cancel(story: Story, rng: random.Random, now: datetime) -> None:
    deal = _take(rng, _deals(story.life, signed=True, before=now - timedelta(days=40)))
    if deal is None:
        return
    asked = now - timedelta(days=20)  # the refund is due in 10 days
    form = RequestForm(
        kind=ChangeKind.CANCEL,
        requested_at=asked,
        reason_type=ReasonType.STATUTORY,
        tags=("户型",),
        ground=Ground.AREA,
        fault=Fault.SELLER,
        ground_note="测绘报告实测面积比合同约定面积少 4.1%，超出合同面积条款约定的 3%",
    )
    talk = "面积误差超出约定，买方依法解除；说明已付款项全额退还并按退款利率计息"
    _refund_through(story, deal, form, asked, talk, legal="测绘报告与合同第八条已核对")


def _retained(story: Story, rng: random.Random, now: datetime) -> None:
    """A 退房 asked for after 签约 that the talk turned around."""
    deal = _take(rng, _deals(story.life, signed=True, before=now - timedelta(days=6)))
    if deal is None:
        return
    asked = now - timedelta(days=5)
    order_id = story.file(
        deal,
        RequestForm(
            kind=ChangeKind.CANCEL,
            requested_at=asked,
            reason_type=ReasonType.FUNDS,
            tags=("贷款",),
            fault=Fault.BUYER,
        ),
        asked,
    )
    story.talk(
        order_id,
        deal,
        TalkForm(
            TalkOutcome.KEEP,
            note="帮客户改为公积金组合贷重新测算月供，客户决定继续购买",
            real_reason="担心商贷月供过高",
        ),
        asked + timedelta(days=1),
    )


def _free_unit(story: Story, deal: Deal) -> Unit | None:
    """A unit on sale in the deal's project, other than the deal's own (the first by id)."""
    return story.session.scalars(
        select(Unit)
        .join(Building, Building.id == Unit.building_id)
        .where(
            Building.project_id == deal.project_id,
            Unit.status == UnitStatus.AVAILABLE.value,
            Unit.id != deal.unit_id,
        )
        .order_by(Unit.id)
        .limit(1)
    ).first()


def _swap(story: Story, rng: random.Random, now: datetime) -> None:
    found = _subscribed(story, rng, now, 3)
    if found is None:
        return
    deal, asked = found
    unit = _free_unit(story, deal)
    if unit is None:
        return
    order_id = story.file(
        deal,
        RequestForm(
            kind=ChangeKind.SWAP,
            requested_at=asked,
            tags=("户型",),
            new_unit_id=unit.id,
            new_payment_method=PaymentMethod(deal.payment_method),
            note="客户希望换到采光更好的楼层",
        ),
        asked,
    )
    story.review(order_id, asked + timedelta(days=1))
    story.approve(order_id, asked + timedelta(days=2))
    at = story.steps(order_id, deal, asked + timedelta(days=3))
    story.execute(order_id, at)


def _rename(story: Story, rng: random.Random, now: datetime) -> None:
    """增名 after 签约: the buyer's spouse added; the new buyer's qualification checked, the
    filing revoked and the 网签 signed again."""
    deal = _take(rng, _deals(story.life, signed=True, before=now - timedelta(days=10)))
    if deal is None:
        return
    asked = now - timedelta(days=7)
    consent: date = (asked - timedelta(days=1)).astimezone(story.life.zone).date()
    surname = deal.buyer_name[:1] or "王"
    order_id = story.file(
        deal,
        RequestForm(
            kind=ChangeKind.RENAME,
            requested_at=asked,
            rename_mode=RenameMode.ADD,
            new_buyer_name="王丽华" if surname == "丽" else f"{surname}丽华",
            new_buyer_id_number=story.life.id_number(),
            relation="配偶",
            consent_on=consent,
            note="夫妻共同购买，增加配偶为共有人",
        ),
        asked,
    )
    story.review(order_id, asked + timedelta(days=1))
    story.approve(order_id, asked + timedelta(days=2))
    at = story.steps(order_id, deal, asked + timedelta(days=3))
    story.execute(order_id, at)


def _waiting(story: Story, rng: random.Random, now: datetime) -> None:
    """A 退房 reviewed and approved by the marketing head, waiting for finance."""
    deal = _take(rng, _deals(story.life, signed=True, before=now - timedelta(days=10)))
    if deal is None:
        return
    asked = now - timedelta(days=3)
    order_id = story.file(
        deal,
        RequestForm(
            kind=ChangeKind.CANCEL,
            requested_at=asked,
            reason_type=ReasonType.FUNDS,
            tags=("贷款", "工作变动"),
            fault=Fault.BUYER,
            real_reason="工作调动到外地，无法继续还贷",
        ),
        asked,
    )
    story.talk(
        order_id,
        deal,
        TalkForm(TalkOutcome.LEAVE, note="已介绍转按揭与出租方案，客户仍决定退房"),
        asked + timedelta(days=1),
    )
    story.review(order_id, asked + timedelta(days=1, hours=3))
    story.approve(order_id, asked + timedelta(days=2), finance=False)
