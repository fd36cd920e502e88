"""Complaints' states and kinds (issue 18, DOMAIN §9): where a case stands, the sides evidence
comes from, the kinds of notes and events kept on it, the solution's options, the referring
bodies and how a return visit was made. Vocabulary only; the clocks are core.complaints.

The path of a case:

    OPEN (受理/调查) ──propose──▶ REVIEW (方案待法务、财务审核) ──both──▶ EXECUTING (执行中)
       ▲                             │ either refuses (reason) ──▶ OPEN
       │                                                   execute done ▼
    reopen (reason) ◀── CLOSED (已办结) ◀──close── VISIT (待回访; a visit below 80% opens a
                                                         second round: back to EXECUTING)
"""

from __future__ import annotations

from enum import StrEnum


class ComplaintStatus(StrEnum):
    OPEN = "open"  # 受理、调查中
    REVIEW = "review"  # 方案待审核 (法务 + 财务)
    EXECUTING = "executing"  # 执行中
    VISIT = "visit"  # 待回访
    CLOSED = "closed"  # 已办结

    @property
    def label(self) -> str:
        return {
            "open": "受理调查中",
            "review": "方案审核中",
            "executing": "执行中",
            "visit": "待回访",
            "closed": "已办结",
        }[self.value]

    @property
    def is_open(self) -> bool:
        return self is not ComplaintStatus.CLOSED


class Side(StrEnum):
    """Where a piece of evidence (or a file) comes from."""

    CUSTOMER = "customer"  # 客户提供的材料
    OFFICE = "office"  # 案场/公司记录
    THIRD_PARTY = "third_party"  # 第三方检测/鉴定
    PROGRESS = "progress"  # 执行进度照片
    PROOF = "proof"  # 施工单位书面确认 / 监理确认
    PAPER = "paper"  # 签字回执（满意度确认单、回访表）

    @property
    def label(self) -> str:
        return {
            "customer": "客户材料",
            "office": "案场记录",
            "third_party": "第三方检测",
            "progress": "执行进度",
            "proof": "责任确认",
            "paper": "签字回执",
        }[self.value]


#: The three sides an investigation gathers evidence from (DOMAIN §9).
EVIDENCE_SIDES: tuple[Side, ...] = (Side.CUSTOMER, Side.OFFICE, Side.THIRD_PARTY)


class NoteKind(StrEnum):
    INVESTIGATION = "investigation"  # 调查记录 (with its side)
    PROGRESS = "progress"  # 执行进度
    CONTACT = "contact"  # 与客户沟通
    INSPECTION = "inspection"  # 预验房问题的整改进度

    @property
    def label(self) -> str:
        return {
            "investigation": "调查",
            "progress": "执行进度",
            "contact": "沟通",
            "inspection": "整改进度",
        }[self.value]


class Solution(StrEnum):
    """The option a solution offers (DOMAIN §9)."""

    REPAIR = "repair"  # 维修整改（可含赔偿/补偿）
    CANCEL = "cancel"  # 依法定事由无损退房 → a change order
    SWAP = "swap"  # 换房 → a change order
    EXPLAIN = "explain"  # 解释说明、兑现承诺（无需维修）

    @property
    def label(self) -> str:
        return {
            "repair": "维修整改（可含赔偿/补偿）",
            "cancel": "依法定事由无损退房",
            "swap": "换房",
            "explain": "解释说明 / 兑现承诺",
        }[self.value]

    @property
    def opens_change(self) -> bool:
        return self in (Solution.CANCEL, Solution.SWAP)


class Referrer(StrEnum):
    """Outside bodies that refer complaints, each with its own deadline and reference number."""

    HOTLINE = "hotline"  # 12345 热线
    HOUSING = "housing"  # 住建局
    CONSUMER = "consumer"  # 消协
    OTHER = "other"

    @property
    def label(self) -> str:
        return {
            "hotline": "12345 热线",
            "housing": "住建局",
            "consumer": "消费者协会",
            "other": "其他部门",
        }[self.value]


class EventKind(StrEnum):
    """A line of a case's history (the window's 处理记录)."""

    FILED = "filed"
    LEVEL = "level"  # level changed (old → new, with the reason)
    PAUSED = "paused"
    RESUMED = "resumed"
    RESPONDED = "responded"  # 到场 / 回电
    ANSWERED = "answered"  # 首次答复
    PROPOSED = "proposed"
    LEGAL_OK = "legal_ok"
    FINANCE_OK = "finance_ok"
    REFUSED = "refused"  # legal or finance sent the solution back
    CHANGE_OPENED = "change_opened"
    PLANNED = "planned"  # executor, deadline, acceptance standard set (or changed)
    EXECUTED = "executed"
    SIGNED = "signed"  # 满意度确认单 signed
    VISITED = "visited"
    NEW_ROUND = "new_round"
    CLOSED = "closed"
    REOPENED = "reopened"
    LESSON = "lesson"  # the case library's summary written
    # Money paid because of a complaint (money helper): request, approvals, the cashier, finance.
    PAY_REQUESTED = "pay_request"
    PAY_APPROVED = "pay_approved"
    PAY_REJECTED = "pay_rejected"
    PAID = "paid"
    PAY_CONFIRMED = "pay_confirmed"
    PAY_VOIDED = "pay_voided"

    @property
    def label(self) -> str:
        return {
            "filed": "受理",
            "level": "调整等级",
            "paused": "暂停计时",
            "resumed": "恢复计时",
            "responded": "到场/回电",
            "answered": "首次答复",
            "proposed": "提交方案",
            "legal_ok": "法务审核通过",
            "finance_ok": "财务审核通过",
            "refused": "方案退回",
            "change_opened": "生成变更单",
            "planned": "安排执行",
            "executed": "执行完成",
            "signed": "满意度确认单签字",
            "visited": "回访",
            "new_round": "开启新一轮处理",
            "closed": "办结",
            "reopened": "重新打开",
            "lesson": "案例总结",
            "pay_request": "申请赔付",
            "pay_approved": "审批赔付",
            "pay_rejected": "驳回赔付",
            "paid": "支付赔付",
            "pay_confirmed": "财务确认赔付",
            "pay_voided": "作废赔付凭证",
        }[self.value]


class VisitWay(StrEnum):
    PHONE = "phone"
    VISIT = "visit"
    ONLINE = "online"

    @property
    def label(self) -> str:
        return {"phone": "电话回访", "visit": "上门回访", "online": "线上回访"}[self.value]


#: The return visit's rated items (1–5 each): satisfaction is their average ÷ 5.
VISIT_ITEMS: tuple[tuple[str, str], ...] = (
    ("speed", "响应速度"),
    ("attitude", "服务态度"),
    ("result", "处理结果"),
    ("overall", "总体评价"),
)


class ProofKind(StrEnum):
    """What backs a contractor's liability (DOMAIN §9)."""

    NONE = "none"
    CONTRACTOR = "contractor"  # 施工单位书面确认
    SUPERVISOR = "supervisor"  # 监理确认

    @property
    def label(self) -> str:
        return {"none": "未提供", "contractor": "施工单位书面确认", "supervisor": "监理确认"}[
            self.value
        ]


def complaint_code(number: int) -> str:
    """A complaint's number as people say it: TS-000012."""
    return f"TS-{number:06d}"


def payment_code(number: int) -> str:
    """A compensation voucher's number: PC-000003 (赔付凭证)."""
    return f"PC-{number:06d}"
