"""The complaint window's money buttons (issue 18): 申请赔付, 审批 and 驳回 (the sides the user
signs), the cashier's 支付 against a numbered 赔付凭证 and its 作废, finance's 确认 — each on the
request selected in the 赔付 tab, or the only one it fits — services.complaint_money through the
operation layer; and the 赔付凭证 through the print preview (services.printing)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from anjia_desk.ui.complaints.actions import CaseActions
from anjia_desk.ui.complaints.money_dialogs import PayDialog, PaymentDialog, PaymentRef
from anjia_desk.ui.forms import FormDialog, yuan
from anjia_desk.ui.tables import selected_row

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.complaint_money import PaymentLine
    from anjia_desk.services.context import Actor


def what(line: PaymentLine) -> str:
    code = f"（{line.code}）" if line.code else ""
    return f"{line.kind} {yuan(line.amount)}{code}"


class MoneyActions(CaseActions):
    """The money paid because of the case, and the papers."""

    def line(self, fits: Callable[[PaymentLine], bool], hint: str) -> PaymentLine | None:
        """The selected request when it fits, or the only one that does; else says `hint`."""
        panel = self.w.money_panel
        rows = panel.payments_model.rows
        row = selected_row(panel.payments_table)
        if row is not None and fits(rows[row]):
            return rows[row]
        fitting = [line for line in rows if fits(line)]
        if len(fitting) == 1:
            return fitting[0]
        self.w.tabs.setCurrentWidget(panel)
        self.w.message.show_info(hint)
        return None

    def _mine(self, line: PaymentLine) -> bool:
        actor = self.w.ctx.actor
        live = not line.state.rejected and not line.state.voided
        return live and any(actor.is_system or role in actor.roles for role in line.waiting)

    def request_payment(self) -> FormDialog | None:
        return self._dialog(lambda c: PaymentDialog(self.w.ctx, self.w, c))

    def approve_payment(self) -> None:
        from anjia_desk.services.complaint_money import approve_payment

        line = self.line(self._mine, "请先在赔付表中选中一笔等待您审批的申请。")
        if line is None or not self.w.ctx.dialogs.confirm(
            self.w, "审批赔付", f"审批通过 {what(line)}？事由：{line.reason}"
        ):
            return
        payment_id, now = line.id, self.w.ctx.clock()
        self._write(
            lambda session, actor: approve_payment(session, actor, payment_id, now=now),
            f"{what(line)} 您这一方已审批。",
        )

    def reject_payment(self) -> FormDialog | None:
        from anjia_desk.services.complaint_money import reject_payment

        line = self.line(self._mine, "请先在赔付表中选中一笔等待您审批的申请。")
        if line is None:
            return None
        payment_id, text = line.id, what(line)

        def act(session: Session, actor: Actor, reason: str, now: datetime) -> str:
            reject_payment(session, actor, payment_id, reason=reason, now=now)
            return f"{text} 已驳回。"

        return self._reason(
            "驳回赔付", f"驳回 {text}：驳回后不再支付，可重新申请。", act,
            ok_text="驳回", label="驳回理由：",
        )  # fmt: skip

    def pay(self) -> FormDialog | None:
        line = self.line(
            lambda p: p.state.approved and not p.state.paid and not p.state.voided,
            "请先在赔付表中选中一笔已审批待支付的申请。",
        )
        if line is None:
            return None
        payment = PaymentRef(line.id, what(line), line.amount)
        return self._dialog(lambda c: PayDialog(self.w.ctx, self.w, c, payment))

    def confirm_payment(self) -> None:
        from anjia_desk.services.complaint_money import confirm_payment

        line = self.line(
            lambda p: p.state.paid and not p.state.confirmed,
            "请先在赔付表中选中一笔已支付待确认的赔付。",
        )
        if line is None or not self.w.ctx.dialogs.confirm(
            self.w, "财务确认赔付", f"确认 {what(line)} 已付给 {line.payee}？"
        ):
            return
        payment_id, now = line.id, self.w.ctx.clock()
        self._write(
            lambda session, actor: confirm_payment(session, actor, payment_id, now=now),
            f"{what(line)} 财务已确认。",
        )

    def void_payment(self) -> FormDialog | None:
        from anjia_desk.services.complaint_money import void_payment

        line = self.line(lambda p: p.state.paid, "请先在赔付表中选中一张赔付凭证。")
        if line is None:
            return None
        payment_id, text = line.id, what(line)

        def act(session: Session, actor: Actor, reason: str, now: datetime) -> str:
            void_payment(session, actor, payment_id, reason=reason, now=now)
            return f"{text} 已作废，编号保留；款项回到待支付。"

        return self._reason(
            f"作废凭证 — {line.code}",
            f"{text} 作废后编号保留、不再使用，款项重新等待出纳支付。",
            act,
            ok_text="作废",
            label="作废原因：",
        )

    # --- the voucher (services.printing, through the print preview)

    def print_voucher(self) -> None:
        from anjia_desk.services.printing import print_compensation_voucher

        line = self.line(lambda p: bool(p.code), "请先在赔付表中选中一张赔付凭证。")
        if line is None:
            return
        payment_id, now = line.id, self.w.ctx.clock()

        def work(session: Session, actor: Actor, out: Path) -> Path:
            return print_compensation_voucher(session, actor, payment_id, out, now=now)

        self.w.printer.run(f"赔付凭证-{line.code}", work, "正在生成赔付凭证…")
