"""The 房源 page's actions on the selected unit: which buttons the unit panel offers (from
the unit's verdicts), and 锁定, 锁定延期, 释放, 保留, 设为不可售, 恢复可售, 认购 and 打开交易."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from anjia_desk.core.deals import HoldKind
from anjia_desk.core.units import over_extension_limit
from anjia_desk.services.holds import extend_hold, release_hold
from anjia_desk.services.settings import get_setting
from anjia_desk.services.units import block_unit, unblock_unit
from anjia_desk.ui import ops
from anjia_desk.ui.formatting import format_local
from anjia_desk.ui.units.conflicts import UnitReasonDialog
from anjia_desk.ui.units.page_base import UnitsPageBase
from anjia_desk.ui.units.unit_dialogs import HoldDialog, ReserveDialog

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.context import Actor


def hold_hours(session: Session, _actor: Actor) -> int:
    """How many hours a 锁定 lasts by default (the office's setting)."""
    return int(str(get_setting(session, "deals.hold_hours")))


class UnitActionsMode(UnitsPageBase):
    """The unit panel's buttons and what they open."""

    def _update_buttons(self) -> None:
        detail = self.detail
        # What the user may do and why not: the service's verdicts (core.units.unit_actions).
        self.panel.show_actions(detail.actions if detail is not None else None)

    def open_hold(self) -> None:
        if self.detail is None:
            return
        hours = ops.read_now(self.ctx, hold_hours)
        self._open(HoldDialog(self.ctx, self, self.detail, hours))

    def open_release(self) -> None:
        detail = self.detail
        if detail is None or detail.hold is None:
            return
        hold = detail.hold
        hold_id, label = hold.id, detail.label

        def release(session: Session, actor: Actor, reason: str, now: datetime) -> str:
            release_hold(session, actor, hold_id, reason=reason, now=now)
            return f"已释放 {label}，恢复可售。"

        who = f"（{hold.customer_name}）" if hold.customer_name else ""
        dialog = UnitReasonDialog(
            self.ctx,
            self,
            f"释放 {label}",
            f"释放{HoldKind(hold.kind).label}{who}后，{label} 恢复可售。",
            release,
            ok_text="释放",
            required=False,
            placeholder="如 客户放弃（可不填）",
            max_length=100,
        )
        self._open(dialog)

    def open_extend(self) -> None:
        """锁定延期: by the hold hours again; past the office's count (the site manager) the
        reason is required."""
        detail = self.detail
        if detail is None or detail.hold is None or detail.hold.expires_at is None:
            return
        hold, zone, end = detail.hold, self.zone, detail.hold.expires_at
        hold_id, label, kind = hold.id, detail.label, HoldKind(hold.kind).label
        hours = ops.read_now(self.ctx, hold_hours)
        over = over_extension_limit(hold.extensions, hold.max_extensions)
        until = format_local(end + timedelta(hours=hours), zone)
        count = f"已延期 {hold.extensions}/{hold.max_extensions} 次"
        intro = (
            f"{label} 的{kind}现至 {format_local(end, zone)}，"
            f"延期 {hours} 小时后至 {until}（{count}）。"
        )
        if over:
            intro += "已用完延期次数，由案场经理延期，请填写原因。"
        done_count = hold.extensions + 1

        def extend(session: Session, actor: Actor, reason: str, now: datetime) -> str:
            end = extend_hold(session, actor, hold_id, reason=reason, now=now)
            return (
                f"已将 {label} 的{kind}延期至 {format_local(end, zone)}（已延期 {done_count} 次）。"
            )

        dialog = UnitReasonDialog(
            self.ctx,
            self,
            f"锁定延期 — {label}",
            intro,
            extend,
            ok_text="延期",
            required=over,
            placeholder="如 客户周末来签认购书" + ("" if over else "（可不填）"),
            max_length=200,
        )
        self._open(dialog)

    def open_reserve(self) -> None:
        if self.detail is None:
            return
        self._open(ReserveDialog(self.ctx, self, self.detail, self._today()))

    def open_block(self) -> None:
        detail = self.detail
        if detail is None:
            return
        unit_id, version, label = detail.id, detail.version, detail.label

        def block(session: Session, actor: Actor, reason: str, now: datetime) -> str:
            block_unit(session, actor, unit_id, reason=reason, version=version, now=now)
            return f"已将 {label} 设为不可售。"

        dialog = UnitReasonDialog(
            self.ctx,
            self,
            f"设为不可售 — {label}",
            "不可售的房源不能锁定、保留或认购，以后可以恢复可售。",
            block,
            ok_text="设为不可售",
            placeholder="如 样板间、工程原因",
            max_length=100,
        )
        self._open(dialog)

    def unblock(self) -> None:
        detail = self.detail
        if detail is None:
            return
        if not self.ctx.dialogs.confirm(
            self, "恢复可售", f"把 {detail.label} 恢复为可售吗？恢复后即可锁定和认购。"
        ):
            return
        unit_id, version, label = detail.id, detail.version, detail.label

        def work(session: Session, actor: Actor) -> str:
            unblock_unit(session, actor, unit_id, version=version)
            return f"{label} 已恢复可售。"

        self._write(work)

    def open_subscribe(self) -> None:
        # Imported when used: the deal dialogs load with the first deal opened (start-up cost).
        from anjia_desk.ui.deals.subscribe import open_subscribe

        detail = self.detail
        if detail is None:
            return
        hold = detail.hold
        hold_id = hold.id if hold is not None and hold.kind != HoldKind.RESERVE else None
        open_subscribe(self.ctx, self, unit_id=detail.id, hold_id=hold_id)

    def open_deal(self) -> None:
        # Imported when used, as above.
        from anjia_desk.ui.deals.window import open_deal

        if self.detail is not None and self.detail.deal_id is not None:
            open_deal(self.ctx, self.detail.deal_id, self)
