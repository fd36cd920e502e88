"""The customer window's small dialogs — 更换手机号, 合并客户, 删除个人信息, 申请撞单 — each the one
ReasonDialog of ui.forms (with `extra=` for the new phone or the other customer's number): the
dialog checks its fields, runs the write through the operation layer and shows a refusal beside
its field; the window shows the done text it hands back in `saved`.

合并客户 and 删除个人信息 cannot be undone: once their fields pass, they ask "are you sure?" before
they write (ui.customers.confirm); 删除个人信息 first lists what it will remove (issue 14)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QWidget

from anjia_desk.services.customer_merge import merge_customers
from anjia_desk.services.customer_profile import change_phone, erase_personal_data
from anjia_desk.services.customers import raise_dispute
from anjia_desk.services.erasure import ErasurePreview, preview
from anjia_desk.ui import ops
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.customers.confirm import ConfirmReasonDialog
from anjia_desk.ui.forms import ReasonDialog

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.context import Actor


def phone_change_dialog(ctx: AppContext, parent: QWidget, customer_id: int) -> ReasonDialog:
    """更换手机号: the old number goes to the phone history."""

    def act(session: Session, actor: Actor, values: dict[str, str], now: datetime) -> str:
        change_phone(session, actor, customer_id, values["phone"], reason=values["reason"], now=now)
        return "手机号已更换，原号码保留在“历史”中。"

    return ReasonDialog(
        ctx,
        parent,
        "更换手机号",
        "手机号是客户的身份标识。更换后原号码记入号码历史；"
        "若新号码已是另一位客户的号码，请改用“合并客户…”。",
        act,
        extra=("phone", "新手机号：", "如 13812345678"),
        reason_label="更换原因：",
        required=False,  # the service says what is missing
    )


def merge_dialog(ctx: AppContext, parent: QWidget, keep_id: int) -> ConfirmReasonDialog:
    """合并客户: another record of the same person is merged into this one, after confirming."""

    def check(values: dict[str, str]) -> dict[str, str]:
        if not values["merge_id"].isdigit():
            return {"merge_id": "请填写另一条记录的客户编号（数字）"}
        return {}

    def question(values: dict[str, str]) -> tuple[str, str]:
        return "合并客户", (
            f"把客户编号 {values['merge_id']} 的记录并入当前客户（编号 {keep_id}）吗？"
            "并入的记录将被删除，其来访、跟进和历史都转到当前客户，无法撤销。"
        )

    def act(session: Session, actor: Actor, values: dict[str, str], now: datetime) -> str:
        merge_id = values["merge_id"]
        merge_customers(
            session,
            actor,
            keep_id=keep_id,
            merge_id=int(merge_id),
            reason=values["reason"],
            now=now,
        )
        return f"已把客户编号 {merge_id} 并入当前客户。"

    return ConfirmReasonDialog(
        ctx,
        parent,
        "合并客户",
        "同一个人有两条记录时，把另一条并入当前客户：保留当前记录，"
        "另一条的来访、跟进、等级和号码历史、亲属、推荐积分都转过来。",
        act,
        question=question,
        extra=("merge_id", "并入的客户编号：", "在客户列表中可以看到编号"),
        reason_label="合并原因：",
        ok_text="合并",
        check=check,
    )


class EraseDialog(ConfirmReasonDialog):
    """删除个人信息: shows what the erasure removes (services.erasure.preview, counted per kind)
    and asks for confirmation — it cannot be undone — before it writes."""

    def __init__(self, ctx: AppContext, parent: QWidget, customer_id: int) -> None:
        self.customer_id = customer_id
        self.preview: ErasurePreview | None = None

        def check(values: dict[str, str]) -> dict[str, str]:
            if not values["reason"]:
                return {"reason": "请填写删除原因（例如：客户本人当面提出）"}
            return {}

        def act(session: Session, actor: Actor, reason: str, now: datetime) -> str:
            erase_personal_data(session, actor, customer_id, reason=reason, now=now)
            return ""

        super().__init__(
            ctx,
            parent,
            "删除个人信息",
            "应客户本人要求删除其个人信息（《个人信息保护法》）。将删除的内容如下，"
            "删除后无法恢复；已认购或签约的交易和收据作为会计档案保留。",
            act,
            question=self.question_text,
            reason_label="删除原因：",
            ok_text="删除",
            check=check,
        )
        self.preview_label = QLabel("正在统计将删除的内容…")
        self.preview_label.setObjectName("erasurePreview")
        self.preview_label.setWordWrap(True)
        self.layout_.insertWidget(1, self.preview_label)
        self.setMinimumWidth(560)
        ops.read(
            ctx,
            self._count,
            parent=self,
            done=self._counted,
            message=self.message,
        )

    def _count(self, session: Session, actor: Actor) -> ErasurePreview:
        return preview(session, actor, self.customer_id)

    def _counted(self, result: ops.Read) -> None:
        self.show_preview(result.value)

    def show_preview(self, counted: ErasurePreview) -> None:
        self.preview = counted
        self.preview_label.setText("\n".join(f"· {line}" for line in counted.lines()))
        self.adjustSize()  # the list arrives after the dialog is shown: grow to show it whole

    def question_text(self, _values: dict[str, str]) -> tuple[str, str]:
        if self.preview is None:  # asked before the count came back: count here
            self.show_preview(ops.read_now(self.ctx, self._count))
        assert self.preview is not None
        listed = "\n".join(f"· {line}" for line in self.preview.lines())
        return "删除个人信息", f"将删除：\n{listed}\n\n删除后无法恢复。确定删除吗？"


def erase_dialog(ctx: AppContext, parent: QWidget, customer_id: int) -> EraseDialog:
    """删除个人信息 at the person's request, after showing what goes and confirming; the done
    text is empty: the window closes."""
    return EraseDialog(ctx, parent, customer_id)


def dispute_dialog(ctx: AppContext, parent: QWidget, customer_id: int) -> ReasonDialog:
    """申请撞单: a consultant claims the customer; the site manager rules."""

    def act(session: Session, actor: Actor, reason: str, now: datetime) -> str:
        raise_dispute(session, actor, customer_id, reason, now=now)
        return "已提交撞单申请，等待案场经理裁定。"

    return ReasonDialog(
        ctx,
        parent,
        "申请撞单裁定",
        "您认为这位客户应归您跟进时，请说明理由，由案场经理裁定。",
        act,
        reason_label="理由：",
        ok_text="提交",
        required=False,  # the service asks for the reason in its own words
    )
