"""The change-order window's buttons (issue 17): one per core.change_actions.ChangeAction, shown
when the Permit is `shown`, enabled when `allowed`, `why_not` as the tooltip — and what each one
does: a dialog (ui/changes/dialogs.py, the reason dialogs of ui/forms.py), a question then a
write through the operation layer, or a paper through the print preview (services.printing)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from anjia_desk.core.change_actions import STEP_ACTIONS, ChangeAction
from anjia_desk.core.changes import ChangeKind, OrderStep
from anjia_desk.ui import ops
from anjia_desk.ui.changes.dialogs import (
    AdjustDialog,
    ArchiveDialog,
    BriefDialog,
    GiftDialog,
    NoticeDialog,
    OrderRef,
    StepDialog,
    TalkDialog,
    VoucherDialog,
)
from anjia_desk.ui.forms import FormDialog, ReasonDialog, yuan
from anjia_desk.ui.tables import selected_row

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.context import Actor
    from anjia_desk.services.refund_vouchers import VoucherLine
    from anjia_desk.ui.changes.window import ChangeWindow

#: A paper of the order: `produce(session, actor, order_id, out, now)` writes it to `out`.
Produce = Callable[["Session", "Actor", int, Path, datetime], Path]

#: The buttons of the 办理 column, in order.
WORK_ACTIONS: tuple[tuple[ChangeAction, str], ...] = (
    (ChangeAction.TALK, "登记洽谈结果…"),
    (ChangeAction.REVIEW, "审核通过…"),
    (ChangeAction.APPROVE, "审批通过"),
    (ChangeAction.REJECT, "驳回…"),
    (ChangeAction.ADJUST, "调整应退金额…"),
    (ChangeAction.CONFIRM_GROUND, "法务确认…"),
    (ChangeAction.STEP, "完成步骤…"),
    (ChangeAction.NOTICE, "登记通知送达…"),
    (ChangeAction.EXECUTE, "执行…"),
    (ChangeAction.PAY, "支付退款…"),
    (ChangeAction.CONFIRM_VOUCHER, "财务确认退款"),
    (ChangeAction.VOID_VOUCHER, "作废凭证…"),
    (ChangeAction.ARCHIVE, "合同收回归档…"),
    (ChangeAction.DISPUTE, "标记争议"),
    (ChangeAction.SCORE_BRIEF, "简报评分…"),
    (ChangeAction.GIFT, "登记礼品…"),
    (ChangeAction.WITHDRAW, "撤回…"),
)
#: The buttons of the 打印 column.
PRINT_ACTIONS: tuple[tuple[ChangeAction, str], ...] = (
    (ChangeAction.PRINT_FORM, "申请单…"),
    (ChangeAction.PRINT_NOTICE, "解除合同通知书…"),
    (ChangeAction.PRINT_CONFIRMATION, "退款确认书…"),
    (ChangeAction.PRINT_VOUCHER, "退款凭证…"),
    (ChangeAction.PRINT_BRIEF, "内部简报…"),
    (ChangeAction.PRINT_THANKS, "感谢卡…"),
)


class OrderActions:
    """What each button does, on the window's order (`window.detail`)."""

    def __init__(self, window: ChangeWindow) -> None:
        self.w = window

    def handler(self, action: ChangeAction) -> Callable[[], object]:
        return {
            ChangeAction.TALK: self.talk,
            ChangeAction.REVIEW: self.review,
            ChangeAction.APPROVE: self.approve,
            ChangeAction.REJECT: self.reject,
            ChangeAction.ADJUST: self.adjust,
            ChangeAction.CONFIRM_GROUND: self.confirm_ground,
            ChangeAction.STEP: self.step,
            ChangeAction.NOTICE: self.notice,
            ChangeAction.EXECUTE: self.execute,
            ChangeAction.PAY: self.pay,
            ChangeAction.CONFIRM_VOUCHER: self.confirm_voucher,
            ChangeAction.VOID_VOUCHER: self.void_voucher,
            ChangeAction.ARCHIVE: self.archive,
            ChangeAction.DISPUTE: self.dispute,
            ChangeAction.SCORE_BRIEF: self.score_brief,
            ChangeAction.GIFT: self.gift,
            ChangeAction.WITHDRAW: self.withdraw,
            ChangeAction.PRINT_FORM: self.print_form,
            ChangeAction.PRINT_NOTICE: self.print_notice,
            ChangeAction.PRINT_CONFIRMATION: self.print_confirmation,
            ChangeAction.PRINT_VOUCHER: self.print_voucher,
            ChangeAction.PRINT_BRIEF: self.print_brief,
            ChangeAction.PRINT_THANKS: self.print_thanks,
        }[action]

    # --- helpers

    def ref(self) -> OrderRef | None:
        d = self.w.detail
        if d is None:
            return None
        r = d.row
        return OrderRef(
            r.id,
            r.version,
            r.code,
            f"{r.kind.label} — {r.unit_label} {r.buyer_name}",
            self.w.today(),
            computed=d.computed,
            due=r.due,
            left=r.due - r.refunded,
            payee=r.buyer_name,
            requested_on=r.requested_at.astimezone(self.w.zone).date(),
            notice_on=d.notice_at.astimezone(self.w.zone).date() if d.notice_at else None,
        )

    def _dialog(self, make: Callable[[OrderRef], FormDialog]) -> FormDialog | None:
        order = self.ref()
        return None if order is None else self.w.open_dialog(make(order))

    def _write(self, work: ops.Work[Any], text: str) -> None:
        ops.write(
            self.w.ctx,
            work,
            parent=self.w,
            done=lambda _result: self.w.say_done(text),
            message=self.w.message,
        )

    def _reason(
        self,
        title: str,
        intro: str,
        act: Callable[[Session, Actor, str, datetime], str],
        *,
        ok_text: str,
        label: str = "原因：",
        required: bool = True,
    ) -> FormDialog:
        return self.w.open_dialog(
            ReasonDialog(
                self.w.ctx,
                self.w,
                title,
                intro,
                act,
                ok_text=ok_text,
                reason_label=label,
                required=required,
            )
        )

    # --- the order's way

    def talk(self) -> FormDialog | None:
        return self._dialog(lambda o: TalkDialog(self.w.ctx, self.w, o))

    def review(self) -> FormDialog | None:
        from anjia_desk.services.change_orders import review

        order = self.ref()
        if order is None:
            return None

        def act(session: Session, actor: Actor, note: str, now: datetime) -> str:
            review(session, actor, order.id, note=note, version=order.version, now=now)
            return f"{order.code} 已审核通过，待营销负责人、财务审批。"

        return self._reason(
            f"审核通过 — {order.code}",
            "审核通过后，交营销负责人和财务审批。",
            act,
            ok_text="审核通过",
            label="审核意见：",
            required=False,
        )

    def approve(self) -> None:
        from anjia_desk.services.change_orders import approve

        order = self.ref()
        if order is None or not self.w.ctx.dialogs.confirm(
            self.w, "审批变更单", f"审批通过 {order.code}（{order.title}）吗？"
        ):
            return
        now = self.w.ctx.clock()
        self._write(
            lambda session, actor: approve(
                session, actor, order.id, version=order.version, now=now
            ),
            f"{order.code} 您这一方已审批通过。",
        )

    def reject(self) -> FormDialog | None:
        from anjia_desk.services.change_orders import reject

        order = self.ref()
        if order is None:
            return None

        def act(session: Session, actor: Actor, reason: str, now: datetime) -> str:
            reject(session, actor, order.id, reason=reason, version=order.version, now=now)
            return f"{order.code} 已驳回。"

        return self._reason(
            f"驳回 — {order.code}",
            "驳回后变更单结束，交易不变。",
            act,
            ok_text="驳回",
            label="驳回理由：",
        )

    def withdraw(self) -> FormDialog | None:
        from anjia_desk.services.change_orders import withdraw

        order = self.ref()
        if order is None:
            return None

        def act(session: Session, actor: Actor, reason: str, now: datetime) -> str:
            withdraw(session, actor, order.id, reason=reason, version=order.version, now=now)
            return f"{order.code} 已撤回，交易不变。"

        return self._reason(
            f"撤回 — {order.code}",
            "买受人收回了申请：变更单撤回，交易不变。",
            act,
            ok_text="撤回",
            label="撤回说明：",
        )

    def adjust(self) -> FormDialog | None:
        return self._dialog(lambda o: AdjustDialog(self.w.ctx, self.w, o))

    def confirm_ground(self) -> FormDialog | None:
        from anjia_desk.services.change_orders import confirm_ground

        order = self.ref()
        if order is None:
            return None

        def act(session: Session, actor: Actor, note: str, now: datetime) -> str:
            confirm_ground(session, actor, order.id, note=note, version=order.version, now=now)
            return f"{order.code} 的解除依据已由法务确认。"

        return self._reason(
            f"法务确认 — {order.code}",
            "确认所登记的解除依据成立（条款或法条、日期）。",
            act,
            ok_text="确认",
            label="法务意见：",
            required=False,
        )

    def my_steps(self) -> tuple[OrderStep, ...]:
        d = self.w.detail
        if d is None:
            return ()
        actor = self.w.ctx.actor
        left = [line.step for line in d.steps if line.done_at is None]
        if d.row.kind is ChangeKind.TERMINATE:  # the contract ends when the notice reaches
            left = [s for s in left if s is not OrderStep.CANCEL_CONTRACT]
        return tuple(s for s in left if actor.is_system or actor.can(STEP_ACTIONS[s]))

    def step(self) -> FormDialog | None:
        steps = self.my_steps()
        if not steps:
            self.w.message.show_info("没有需要您办理的步骤。")
            return None
        return self._dialog(lambda o: StepDialog(self.w.ctx, self.w, o, steps))

    def notice(self) -> FormDialog | None:
        return self._dialog(lambda o: NoticeDialog(self.w.ctx, self.w, o))

    def execute(self) -> None:
        from anjia_desk.services.change_execute import execute

        order, d = self.ref(), self.w.detail
        if order is None or d is None:
            return
        what = (
            "交易解除，房源恢复可售，客户交回原顾问。"
            if d.row.kind.is_refund
            else "按批准的内容变更交易。"
        )
        if not self.w.ctx.dialogs.confirm(self.w, "执行变更", f"执行 {order.code}：{what}确定吗？"):
            return
        now = self.w.ctx.clock()
        self._write(
            lambda session, actor: execute(
                session, actor, order.id, version=order.version, now=now
            ),
            f"{order.code} 已执行。",
        )

    def dispute(self) -> None:
        from anjia_desk.services.change_execute import mark_dispute

        order = self.ref()
        if order is None or not self.w.ctx.dialogs.confirm(
            self.w, "标记争议", f"将 {order.code} 标记为争议（合同约定仲裁的走仲裁，否则诉讼）？"
        ):
            return
        now = self.w.ctx.clock()
        self._write(
            lambda session, actor: mark_dispute(session, actor, order.id, now=now),
            f"{order.code} 已标记争议。",
        )

    def archive(self) -> FormDialog | None:
        return self._dialog(lambda o: ArchiveDialog(self.w.ctx, self.w, o))

    def score_brief(self) -> FormDialog | None:
        d = self.w.detail
        ticked = d.ticks if d is not None else frozenset()
        return self._dialog(lambda o: BriefDialog(self.w.ctx, self.w, o, ticked))

    def gift(self) -> FormDialog | None:
        return self._dialog(lambda o: GiftDialog(self.w.ctx, self.w, o))

    # --- money out

    def pay(self) -> FormDialog | None:
        return self._dialog(lambda o: VoucherDialog(self.w.ctx, self.w, o))

    def voucher(self, *, live: bool, unconfirmed: bool = False) -> VoucherLine | None:
        """The selected voucher, or the only one that fits."""
        panel = self.w.money_panel
        row = selected_row(panel.vouchers_table)
        rows = panel.vouchers_model.rows
        if row is not None:
            return rows[row]
        fits = [
            v
            for v in rows
            if (not live or v.voided_at is None) and (not unconfirmed or v.confirmed_at is None)
        ]
        if len(fits) == 1:
            return fits[0]
        self.w.message.show_info("请先在退款凭证表中选中一张凭证。")
        return None

    def confirm_voucher(self) -> None:
        from anjia_desk.services.refund_vouchers import confirm_voucher

        line = self.voucher(live=True, unconfirmed=True)
        if line is None or not self.w.ctx.dialogs.confirm(
            self.w, "财务确认退款", f"确认 {line.code}（{yuan(line.amount)}）已付出吗？"
        ):
            return
        voucher_id, now = line.id, self.w.ctx.clock()
        self._write(
            lambda session, actor: confirm_voucher(session, actor, voucher_id, now=now),
            f"{line.code} 财务已确认。",
        )

    def void_voucher(self) -> FormDialog | None:
        from anjia_desk.services.refund_vouchers import void_voucher

        line = self.voucher(live=True)
        if line is None:
            return None
        voucher_id, code = line.id, line.code

        def act(session: Session, actor: Actor, reason: str, now: datetime) -> str:
            void_voucher(session, actor, voucher_id, reason=reason, now=now)
            return f"{code} 已作废，编号保留不再使用。"

        return self._reason(
            f"作废凭证 — {code}",
            f"{code}（{yuan(line.amount)}）作废后编号保留、不再使用。",
            act,
            ok_text="作废",
            label="作废原因：",
        )

    # --- papers (services.printing, through the print preview)

    def _print(
        self, name: str, produce: Callable[[Session, Actor, int, Path, datetime], Path]
    ) -> None:
        d = self.w.detail
        if d is None:
            return
        order_id, now = d.row.id, self.w.ctx.clock()

        def work(session: Session, actor: Actor, out: Path) -> Path:
            return produce(session, actor, order_id, out, now)

        self.w.printer.run(f"{name}-{d.row.code}", work, f"正在生成{name}…")

    def print_form(self) -> None:
        from anjia_desk.services.printing import print_change_form

        d = self.w.detail
        self._print(
            d.row.kind.form_title if d is not None else "申请单",
            lambda s, a, i, out, now: print_change_form(s, a, i, out, now=now),
        )

    def print_notice(self) -> None:
        from anjia_desk.services.printing import print_termination

        self._print(
            "解除合同通知书", lambda s, a, i, out, now: print_termination(s, a, i, out, now=now)
        )

    def print_confirmation(self) -> None:
        from anjia_desk.services.printing import print_refund_confirmation

        self._print(
            "退款确认书",
            lambda s, a, i, out, now: print_refund_confirmation(s, a, i, out, now=now),
        )

    def print_voucher(self) -> None:
        from anjia_desk.services.printing import print_refund_voucher

        line = self.voucher(live=False)
        d = self.w.detail
        if line is None or d is None:
            return
        voucher_id, now = line.id, self.w.ctx.clock()

        def work(session: Session, actor: Actor, out: Path) -> Path:
            return print_refund_voucher(session, actor, voucher_id, out, now=now)

        self.w.printer.run(f"退款凭证-{line.code}", work, "正在生成退款凭证…")

    def print_brief(self) -> None:
        from anjia_desk.services.printing import print_change_brief

        self._print("内部简报", lambda s, a, i, out, now: print_change_brief(s, a, i, out, now=now))

    def print_thanks(self) -> None:
        from anjia_desk.services.printing import print_thanks

        self._print("感谢卡", lambda s, a, i, out, now: print_thanks(s, a, i, out, now=now))
