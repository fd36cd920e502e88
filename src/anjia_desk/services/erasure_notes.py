"""Where people type about people: the text columns searched for an erased person's phone and
name (services.erasure), and how each source reads in the site manager's review list."""

from __future__ import annotations

from typing import Any

from anjia_desk.db.models import (
    ChangeOrder,
    ChangeOrderStep,
    Complaint,
    ComplaintEvent,
    ComplaintFile,
    ComplaintNote,
    ComplaintPause,
    ComplaintPayment,
    ComplaintVisit,
    Customer,
    Deal,
    DealStep,
    DunningBlock,
    DunningCall,
    DunningLetter,
    InspectionIssue,
    Receipt,
    ReferralPoint,
    RefundVoucher,
    RotationTurn,
)
from anjia_desk.services import customer_state as cs

#: Text columns people type, per table, with the column naming whose record the row is (None:
#: a row of no customer). Searched for an erased person's phone and name.
NOTES: tuple[tuple[Any, str | None, tuple[str, ...]], ...] = (
    (Customer, "id", ("notes",)),
    # The texts erased with a person's own rows (customer_state.OWN_TEXT) are other people's
    # notes too; a ledger note belongs to the referrer who earned the points.
    *((m, col, texts) for m, col, texts in cs.OWN_TEXT if m is not ReferralPoint),
    (ReferralPoint, "referrer_id", ("note",)),
    (Deal, "customer_id", ("note", "discount_reason")),
    (Receipt, "customer_id", ("note", "void_reason")),
    (DealStep, None, ("note",)),
    (RotationTurn, None, ("note",)),
    # Dunning (issue 16): what people typed about a deal's money.
    (DunningCall, None, ("note",)),
    (DunningBlock, None, ("reason", "lift_reason")),
    (DunningLetter, None, ("void_reason", "continue_reason")),
    # Changes to a deal (issue 17): what people typed on a change order, its steps and vouchers.
    (ChangeOrder, "customer_id", ChangeOrder.TYPED_TEXTS),
    (ChangeOrderStep, None, ("note",)),
    (RefundVoucher, None, ("note", "void_reason")),
    # Complaints (issue 18): the case's typed words, its notes, history, pauses, money, visits
    # and the issues found at a 预验房. (Files are removed with the person's cases: erasure.)
    (Complaint, "customer_id", Complaint.TYPED_TEXTS),
    (ComplaintNote, None, ("text",)),
    (ComplaintEvent, None, ("text",)),
    (ComplaintPause, None, ("reason",)),
    (ComplaintPayment, None, ("reason", "proof_note", "reject_reason", "void_reason")),
    (ComplaintVisit, None, ("comment",)),
    (ComplaintFile, None, ("name", "caption")),
    (InspectionIssue, None, ("text", "note")),
)
#: Where a note listed for review lives, as the site manager reads it.
SOURCE_LABELS: dict[str, str] = {
    "customers": "客户备注",
    "visits": "到访备注",
    "follow_ups": "跟进记录",
    "grade_changes": "等级变更原因",
    "phone_changes": "换号原因",
    "ownership_changes": "归属变更原因",
    "disputes": "撞单理由",
    "customer_merges": "合并原因",
    "risk_warnings": "预警回访结果",
    "care_touches": "关怀话术",
    "unit_holds": "锁房原因",
    "queue_tickets": "认筹备注",
    "referral_points": "积分说明",
    "deals": "交易备注",
    "receipts": "收据备注",
    "dunning_calls": "催款致电备注",
    "dunning_blocks": "暂停催款原因",
    "dunning_letters": "催款函作废或继续履行原因",
    "change_orders": "变更单记录",
    "change_order_steps": "变更单步骤说明",
    "refund_vouchers": "退款凭证备注",
    "complaints": "投诉记录",
    "complaint_notes": "投诉调查与进度记录",
    "complaint_events": "投诉处理记录",
    "complaint_pauses": "投诉暂停原因",
    "complaint_payments": "投诉赔付说明",
    "complaint_visits": "投诉回访意见",
    "complaint_files": "投诉附件说明",
    "inspection_issues": "预验房问题",
}
