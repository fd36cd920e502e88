"""修改通讯地址…: the buyer's mailing address and postcode on a deal (issue 16), where dunning
letters go. Checked beside the fields by core.address (which the service runs too); the write
goes to services.deal_address.set_mailing_address through the operation layer, version-checked."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from anjia_desk.core.address import ADDRESS_MAX, POSTCODE_LENGTH, address_problems
from anjia_desk.core.errors import ValidationError
from anjia_desk.services.deal_address import set_mailing_address
from anjia_desk.services.deal_views import DealDetail
from anjia_desk.ui import ops
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.forms import FormDialog, Saved, line_edit

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.context import Actor


class AddressDialog(FormDialog):
    """The address and postcode, filled with what the deal has; both blank clears them."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, detail: DealDetail) -> None:
        super().__init__(
            ctx,
            parent,
            "通讯地址",
            "保存",
            f"{detail.unit_label}，买受人{detail.buyer_name}：催款函等信件按此地址寄给买受人本人。"
            "地址属于个人信息，仅经办人员可见完整内容。",
        )
        self.detail = detail
        self.address = line_edit(ADDRESS_MAX, "如 北京市朝阳区建国路88号3号楼1201室")
        self.postcode = line_edit(POSTCODE_LENGTH, "6 位数字")
        self.postcode.setMaximumWidth(120)
        if not detail.address_masked:
            self.address.setText(detail.mailing_address)
            self.postcode.setText(detail.mailing_postcode)
        self.add("通讯地址：", self.address, "mailing_address")
        self.add("邮政编码：", self.postcode, "mailing_postcode")
        self.address.setFocus()

    def save(self) -> ops.Work[Saved]:
        address, postcode = self.address.text().strip(), self.postcode.text().strip()
        problems = address_problems(address, postcode)
        if problems:
            raise ValidationError(problems)
        deal_id, version, now = self.detail.id, self.detail.version, self.ctx.clock()
        text = "已保存通讯地址。" if address else "已清除通讯地址。"

        def work(session: Session, actor: Actor) -> Saved:
            set_mailing_address(
                session, actor, deal_id, address, postcode, version=version, now=now
            )
            return Saved(text)

        return work
