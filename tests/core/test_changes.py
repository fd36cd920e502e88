"""core.changes, core.change_forms and core.change_actions (issue 17): the steps an order
needs, the 72 hours, what the app can check of a ground, the forms' messages, the brief's score,
and who may do what next on an order, and why not."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from anjia_desk.core.change_actions import (
    SELLER_REFUSED,
    ChangeAction,
    OrderFacts,
    OrderWho,
    change_actions,
)
from anjia_desk.core.change_forms import (
    AdjustForm,
    ArchiveForm,
    GiftForm,
    RequestForm,
    TalkForm,
    VoucherForm,
    validate_adjust,
    validate_archive,
    validate_gift,
    validate_request,
    validate_talk,
    validate_voucher,
)
from anjia_desk.core.changes import (
    CHECKLIST,
    ChangeKind,
    ChangeStatus,
    Fault,
    Ground,
    GroundFacts,
    OrderStep,
    ReasonType,
    RenameMode,
    TalkOutcome,
    brief_score,
    check_ground,
    forum_for,
    kind_for_stage,
    steps_needed,
    within_early_hours,
)
from anjia_desk.core.identity import check_character
from anjia_desk.core.roles import PERMISSIONS, Action, Role

NOW = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)
TODAY = date(2026, 11, 20)


def test_steps_needed_by_kind_and_stage() -> None:
    assert (
        steps_needed(ChangeKind.UNSUBSCRIBE, signed=False, loan_released=False, preregistered=False)
        == ()
    )
    assert steps_needed(ChangeKind.CANCEL, signed=True, loan_released=True, preregistered=True) == (
        OrderStep.CANCEL_CONTRACT,
        OrderStep.REVOKE_FILING,
        OrderStep.SETTLE_LOAN,
        OrderStep.CANCEL_PREREG,
    )
    assert steps_needed(ChangeKind.RENAME, signed=True, loan_released=False, preregistered=False)[
        0
    ] is (OrderStep.QUALIFICATION)
    assert steps_needed(ChangeKind.SWAP, signed=True, loan_released=False, preregistered=False) == (
        OrderStep.REVOKE_FILING,
        OrderStep.RESIGN,
    )
    assert (
        kind_for_stage(False) is ChangeKind.UNSUBSCRIBE
        and kind_for_stage(True) is ChangeKind.CANCEL
    )


def test_within_72_hours_counts_the_time() -> None:
    signed = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
    assert within_early_hours(signed, signed + timedelta(hours=72))
    assert not within_early_hours(signed, signed + timedelta(hours=72, minutes=1))
    assert not within_early_hours(None, signed)
    assert not within_early_hours(signed, signed - timedelta(hours=1))


def test_grounds_know_their_fault() -> None:
    assert Ground.AREA.statutory and Ground.AREA.fault is Fault.SELLER
    assert Ground.LOAN_REFUSED.fault is Fault.NONE and not Ground.LOAN_REFUSED.statutory
    assert Ground.DEMAND_EXPIRED.fault is Fault.BUYER
    assert forum_for(True).label == "仲裁" and forum_for(False).label.startswith("诉讼")
    assert all(ground.condition for ground in Ground)
    assert all(reason.handling for reason in ReasonType)
    assert "垫资" in ReasonType.FUNDS.handling and "不得" in ReasonType.FUNDS.handling


@pytest.mark.parametrize(
    ("facts", "met", "words"),
    [
        (GroundFacts(TODAY, Decimal("100"), Decimal("96.50")), True, "超出约定"),
        (GroundFacts(TODAY, Decimal("100"), Decimal("98")), False, "未超出约定"),
        (GroundFacts(TODAY, Decimal("100"), Decimal("98"), Decimal("1.5")), True, "约定 1.5%"),
        (GroundFacts(TODAY, Decimal("100")), None, "尚未登记实测面积"),
    ],
)
def test_the_area_ground_against_the_contracts_clause(
    facts: GroundFacts, met: bool | None, words: str
) -> None:
    found, text = check_ground(Ground.AREA, facts)
    assert found is met and words in text


def test_the_title_ground_and_the_developers_right() -> None:
    late = GroundFacts(TODAY, title_due_on=TODAY - timedelta(days=400))
    assert check_ground(Ground.LATE_TITLE, late)[0] is True
    assert (
        check_ground(Ground.LATE_TITLE, replace(late, title_due_on=TODAY - timedelta(days=100)))[0]
        is False
    )
    assert check_ground(Ground.LATE_TITLE, replace(late, certified=True))[0] is False
    assert check_ground(Ground.LATE_TITLE, GroundFacts(TODAY))[0] is None
    assert (
        check_ground(Ground.DEMAND_EXPIRED, GroundFacts(TODAY))[1] == "没有已送达买受人的付款催告函"
    )
    assert check_ground(Ground.CONTRACT_CLAUSE, GroundFacts(TODAY))[1] == "没有逾期的付款节点"
    soon = GroundFacts(TODAY, may_cancel_from=TODAY + timedelta(days=3))
    assert check_ground(Ground.DEMAND_EXPIRED, soon)[0] is False
    ripe = GroundFacts(TODAY, may_cancel_from=TODAY, right_lapses_on=TODAY + timedelta(days=300))
    assert check_ground(Ground.DEMAND_EXPIRED, ripe)[0] is True
    lapsed = replace(ripe, right_lapses_on=TODAY - timedelta(days=1))
    assert "第564条" in check_ground(Ground.DEMAND_EXPIRED, lapsed)[1]
    assert check_ground(Ground.QUALITY, GroundFacts(TODAY)) == (None, "系统无法核对，请法务确认")


def id_number() -> str:
    first = "11010119900307123"
    return first + check_character(first)


def errors(form: RequestForm, relations: tuple[str, ...] = ("配偶",)) -> dict[str, str]:
    return validate_request(form, now=NOW, today=TODAY, relations=relations)


def test_the_request_form() -> None:
    assert errors(RequestForm(ChangeKind.UNSUBSCRIBE)) == {"reason_type": "请选择原因类型"}
    ok = RequestForm(ChangeKind.UNSUBSCRIBE, reason_type=ReasonType.REGRET, tags=("价格",))
    assert errors(ok) == {}
    assert "requested_at" in errors(replace(ok, requested_at=NOW + timedelta(minutes=1)))
    assert "tags" in errors(replace(ok, tags=("一二三四五六七八九十一",)))
    assert "tags" in errors(replace(ok, tags=tuple("abcdefghijk")))
    statutory = replace(ok, kind=ChangeKind.CANCEL, reason_type=ReasonType.STATUTORY)
    assert errors(statutory) == {"ground": "法定解除请选择所依据的法定情形"}
    area = replace(statutory, ground=Ground.AREA, fault=Fault.SELLER)
    assert errors(area) == {"ground_note": "请写明满足的条件（条款或法条、日期）"}
    assert "fault" in errors(replace(area, fault=Fault.BUYER, ground_note="实测"))
    assert "ground" in errors(replace(ok, ground=Ground.DEMAND_EXPIRED))
    terminate = RequestForm(ChangeKind.TERMINATE)
    assert set(errors(terminate)) == {"ground", "ground_note"}
    assert errors(replace(terminate, ground=Ground.DEMAND_EXPIRED, ground_note="催告期满")) == {}
    assert errors(RequestForm(ChangeKind.SWAP)) == {"new_unit": "请选择要换的新房源"}
    assert "new_special_discount" in errors(
        RequestForm(ChangeKind.SWAP, new_unit_id=1, new_special_discount=Decimal("-1"))
    )


def test_the_rename_form() -> None:
    form = RequestForm(
        ChangeKind.RENAME,
        new_buyer_name="李娜",
        new_buyer_id_number=id_number(),
        relation="配偶",
        consent_on=TODAY,
    )
    assert errors(form) == {}
    assert errors(replace(form, relation="朋友"))["relation"] == "按本案场规定，只能更名给：配偶"
    assert "new_buyer_id_number" in errors(replace(form, new_buyer_id_number="123"))
    assert errors(replace(form, consent_on=None))["consent_on"] == "请登记原买受人书面同意的日期"
    assert "consent_on" in errors(replace(form, consent_on=TODAY + timedelta(days=1)))
    removing = replace(form, rename_mode=RenameMode.REMOVE, new_buyer_id_number="", relation="")
    assert errors(removing) == {}
    assert "new_buyer_name" in errors(replace(form, new_buyer_name=" "))
    assert "relation" in errors(replace(form, relation=""))


def test_the_small_forms() -> None:
    assert validate_talk(TalkForm(TalkOutcome.KEEP, "")) == {"note": "请填写洽谈记录"}
    assert validate_talk(TalkForm(TalkOutcome.KEEP, "谈妥")) == {}
    assert validate_adjust(AdjustForm(Decimal("10"), "x"), computed=Decimal("10"))[
        "amount"
    ].startswith("与计算结果")
    assert validate_adjust(AdjustForm(Decimal("1.001"), ""), computed=Decimal(0)) == {
        "amount": "金额最多两位小数",
        "reason": "请填写调整原因",
    }
    assert validate_adjust(AdjustForm(Decimal("-1"), "x"), computed=Decimal(0)) == {
        "amount": "金额不能为负数"
    }
    assert validate_archive(
        ArchiveForm(TODAY + timedelta(days=1), "x" * 41), today=TODAY
    ).keys() == {
        "recovered_on",
        "archive_no",
    }
    assert validate_gift(GiftForm("", TODAY + timedelta(days=1)), today=TODAY).keys() == {
        "gift",
        "given_on",
    }
    left = Decimal("100")
    assert validate_voucher(VoucherForm(Decimal("100"), "王建国"), today=TODAY, left=left) == {}
    bad = validate_voucher(
        VoucherForm(Decimal("101"), "", paid_on=TODAY + timedelta(days=1)), today=TODAY, left=left
    )
    assert bad.keys() == {"amount", "payee", "paid_on"}
    assert validate_voucher(VoucherForm(Decimal(0), "王"), today=TODAY, left=left) == {
        "amount": "金额须大于0"
    }


def test_the_brief_score() -> None:
    assert brief_score(set()) == 0
    assert brief_score({item.key for item in CHECKLIST}) == 100
    assert brief_score({"recorded", "not_seller", "nonsense"}) == 20


FACTS = OrderFacts(
    kind=ChangeKind.CANCEL,
    status=ChangeStatus.TALK,
    signed=True,
    steps_needed=(OrderStep.CANCEL_CONTRACT, OrderStep.REVOKE_FILING, OrderStep.SETTLE_LOAN),
    steps_done=frozenset(),
    ground_pending=False,
    ground_confirmed=False,
    marketing_done=False,
    finance_done=False,
    due=Decimal("1000"),
    refunded=Decimal(0),
    live_vouchers=0,
    unconfirmed_vouchers=0,
    notice_printed=False,
    notice_reached=False,
    contract_recovered=False,
    disputed=False,
)


def who(*roles: Role, seller: bool = False) -> OrderWho:
    held = frozenset(roles)
    can = frozenset(a for a in Action if PERMISSIONS[a] & held)
    return OrderWho(can=can, roles=held, is_seller=seller)


def test_the_talk_is_never_the_sellers() -> None:
    senior = change_actions(FACTS, who(Role.SENIOR_CONSULTANT, Role.CONSULTANT))
    assert senior[ChangeAction.TALK].allowed
    seller = change_actions(FACTS, who(Role.SENIOR_CONSULTANT, Role.CONSULTANT, seller=True))
    assert seller[ChangeAction.TALK].why_not == SELLER_REFUSED
    assert not change_actions(FACTS, who(Role.CONSULTANT))[ChangeAction.TALK].shown


def test_review_approval_and_rejection_by_the_right_people() -> None:
    review = replace(FACTS, status=ChangeStatus.REVIEW)
    assert change_actions(review, who(Role.SITE_MANAGER))[ChangeAction.REVIEW].allowed
    assert change_actions(review, who(Role.SITE_MANAGER))[ChangeAction.REJECT].allowed
    assert change_actions(review, who(Role.FINANCE))[ChangeAction.REJECT].why_not.startswith(
        "待案场经理审核"
    )
    approval = replace(FACTS, status=ChangeStatus.APPROVAL, finance_done=True)
    assert change_actions(approval, who(Role.MARKETING_HEAD))[ChangeAction.APPROVE].allowed
    assert not change_actions(approval, who(Role.FINANCE))[ChangeAction.APPROVE].allowed
    assert change_actions(approval, who(Role.SITE_MANAGER))[ChangeAction.REJECT].why_not.startswith(
        "待营销负责人"
    )
    assert change_actions(FACTS, who(Role.SITE_MANAGER))[ChangeAction.REJECT].why_not.endswith(
        "不能办理此项"
    )


def test_steps_execution_and_money_after_approval() -> None:
    approved = replace(FACTS, status=ChangeStatus.APPROVED)
    secretary = change_actions(approved, who(Role.SALES_SECRETARY))
    assert secretary[ChangeAction.STEP].allowed
    loan = change_actions(
        replace(approved, steps_done=frozenset({OrderStep.SETTLE_LOAN})), who(Role.MORTGAGE_OFFICER)
    )
    assert loan[ChangeAction.STEP].why_not == "没有需要您办理的步骤"
    manager = change_actions(approved, who(Role.SITE_MANAGER))
    assert (
        manager[ChangeAction.EXECUTE].why_not
        == "请先完成：解除买卖合同、撤销网签备案、结清按揭贷款"
    )
    done = replace(approved, steps_done=frozenset(FACTS.steps_needed))
    assert change_actions(done, who(Role.SITE_MANAGER))[ChangeAction.EXECUTE].allowed
    pending = replace(done, ground_pending=True)
    assert "法务" in change_actions(pending, who(Role.SITE_MANAGER))[ChangeAction.EXECUTE].why_not
    assert change_actions(pending, who(Role.LEGAL))[ChangeAction.CONFIRM_GROUND].allowed
    executed = replace(done, status=ChangeStatus.EXECUTED)
    assert change_actions(approved, who(Role.CASHIER))[ChangeAction.PAY].why_not.startswith(
        "变更单执行"
    )
    assert change_actions(executed, who(Role.CASHIER))[ChangeAction.PAY].allowed
    paid = replace(executed, refunded=Decimal("1000"), live_vouchers=1, unconfirmed_vouchers=1)
    assert change_actions(paid, who(Role.CASHIER))[ChangeAction.PAY].why_not.endswith("已全部退还")
    assert change_actions(paid, who(Role.FINANCE))[ChangeAction.CONFIRM_VOUCHER].allowed
    assert change_actions(executed, who(Role.SALES_SECRETARY))[ChangeAction.ARCHIVE].allowed
    assert change_actions(executed, who(Role.SITE_MANAGER))[ChangeAction.SCORE_BRIEF].allowed
    assert change_actions(executed, who(Role.SITE_MANAGER))[ChangeAction.WITHDRAW].why_not.endswith(
        "不能撤回"
    )


def test_the_developers_notice() -> None:
    terminate = replace(FACTS, kind=ChangeKind.TERMINATE, status=ChangeStatus.APPROVED)
    secretary = change_actions(terminate, who(Role.SALES_SECRETARY))
    assert secretary[ChangeAction.PRINT_NOTICE].allowed
    assert secretary[ChangeAction.NOTICE].why_not == "请先打印解除合同通知书"
    printed = change_actions(replace(terminate, notice_printed=True), who(Role.SALES_SECRETARY))
    assert printed[ChangeAction.NOTICE].allowed
    assert printed[ChangeAction.STEP].why_not.startswith("解约时")
    assert not change_actions(FACTS, who(Role.SALES_SECRETARY))[ChangeAction.NOTICE].shown


def test_swap_and_rename_have_no_money_actions() -> None:
    swap = replace(FACTS, kind=ChangeKind.SWAP, status=ChangeStatus.EXECUTED)
    permits = change_actions(swap, who(Role.CASHIER, Role.SITE_MANAGER, Role.SALES_SECRETARY))
    for action in (
        ChangeAction.PAY,
        ChangeAction.ARCHIVE,
        ChangeAction.SCORE_BRIEF,
        ChangeAction.ADJUST,
    ):
        assert permits[action].why_not == "本单不涉及退款"
    unsigned = replace(FACTS, signed=False, status=ChangeStatus.EXECUTED)
    assert change_actions(unsigned, who(Role.SALES_SECRETARY))[
        ChangeAction.ARCHIVE
    ].why_not.startswith("签约前")
