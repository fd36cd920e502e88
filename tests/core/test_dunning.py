"""core.dunning: the ladder (default, fast, custom), skipped stages, one letter per deal at the
highest stage, the pre-notice, pauses, calls, and the formal demand's three dates."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from anjia_desk.core.dunning import (
    DEFAULT_LADDER,
    FAST_LADDER,
    BlockForm,
    CallForm,
    CallOutcome,
    Delivery,
    DeliveryForm,
    Owed,
    add_months,
    block_covers,
    call_stage,
    check_ladder,
    demand_dates,
    due_letter,
    letter_code,
    may_call_now,
    pay_by,
    promise_covers,
    stage_label,
    stage_reached,
    validate_block,
    validate_call,
    validate_delivery,
)

DAY = date(2026, 6, 1)


def owed(iid: int, days_overdue: int, *, issued: int = -1, left: int = 100, **kw: object) -> Owed:
    due = DAY - timedelta(days=days_overdue)
    return Owed(iid, due, left, overdue=days_overdue > 0, issued=issued, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("days", "default", "fast"),
    [(0, 0, 0), (1, 1, 1), (2, 1, 1), (3, 1, 2), (5, 1, 3), (29, 1, 3), (30, 2, 4), (35, 2, 5),
     (44, 2, 5), (45, 3, 5), (60, 4, 6), (74, 4, 6), (75, 5, 6), (89, 5, 6), (90, 6, 6),
     (400, 6, 6)],
)  # fmt: skip
def test_stage_reached_on_both_ladders(days: int, default: int, fast: int) -> None:
    assert stage_reached(days, DEFAULT_LADDER) == default
    assert stage_reached(days, FAST_LADDER) == fast


def test_a_custom_ladder_is_six_strictly_increasing_days() -> None:
    assert check_ladder((1, 10, 20, 30, 40, 50)) is None
    assert check_ladder((1, 10, 20, 30, 40)) is not None
    assert check_ladder((0, 10, 20, 30, 40, 50)) is not None
    assert check_ladder((1, 10, 10, 30, 40, 50)) is not None
    assert check_ladder((1, 10, 9, 30, 40, 50)) is not None
    assert stage_reached(25, (1, 10, 20, 30, 40, 50)) == 3


def test_skipped_stages_are_not_printed_only_the_highest_reached() -> None:
    letter = due_letter([owed(1, 62)], day=DAY, ladder=DEFAULT_LADDER, prenotice_days=20)
    assert letter is not None and letter.stage == 4 and letter.overdue == (1,)
    # Once stage 4 is issued, nothing until stage 5's first day.
    assert (
        due_letter([owed(1, 70, issued=4)], day=DAY, ladder=DEFAULT_LADDER, prenotice_days=20)
        is None
    )
    again = due_letter([owed(1, 75, issued=4)], day=DAY, ladder=DEFAULT_LADDER, prenotice_days=20)
    assert again is not None and again.stage == 5


def test_one_letter_per_deal_lists_every_overdue_installment_at_the_higher_stage() -> None:
    letter = due_letter(
        [owed(1, 80, issued=5), owed(2, 3)], day=DAY, ladder=DEFAULT_LADDER, prenotice_days=20
    )
    assert letter is not None
    assert letter.stage == 5 and letter.overdue == (1, 2)
    # The newer one was covered by a stage-5 letter: no new letter until a stage above 5.
    assert (
        due_letter(
            [owed(1, 85, issued=5), owed(2, 31, issued=5)],
            day=DAY,
            ladder=DEFAULT_LADDER,
            prenotice_days=20,
        )
        is None
    )


def test_pre_notice_once_within_the_days_before_the_due_date() -> None:
    coming = Owed(3, DAY + timedelta(days=20), 100, overdue=False)
    letter = due_letter([coming], day=DAY, ladder=DEFAULT_LADDER, prenotice_days=20)
    assert letter is not None and letter.stage == 0 and letter.coming == (3,)
    too_early = Owed(3, DAY + timedelta(days=21), 100, overdue=False)
    assert due_letter([too_early], day=DAY, ladder=DEFAULT_LADDER, prenotice_days=20) is None
    sent = Owed(3, DAY + timedelta(days=5), 100, overdue=False, prenoticed=True)
    assert due_letter([sent], day=DAY, ladder=DEFAULT_LADDER, prenotice_days=20) is None
    on_the_day = Owed(3, DAY, 100, overdue=False)
    assert due_letter([on_the_day], day=DAY, ladder=DEFAULT_LADDER, prenotice_days=20) is None
    # Beside a dunning letter of the same day, the coming one is a line of it.
    both = due_letter(
        [owed(1, 30, issued=1), Owed(3, DAY + timedelta(days=2), 100, overdue=False)],
        day=DAY,
        ladder=DEFAULT_LADDER,
        prenotice_days=20,
    )
    assert both is not None and both.stage == 2 and both.coming == (3,)


def test_paused_and_paid_give_no_letter() -> None:
    assert (
        due_letter([owed(1, 40)], day=DAY, ladder=DEFAULT_LADDER, prenotice_days=20, paused=True)
        is None
    )
    assert (
        due_letter([owed(1, 40, left=0)], day=DAY, ladder=DEFAULT_LADDER, prenotice_days=20) is None
    )


def test_block_and_promise_cover_their_days() -> None:
    assert block_covers(DAY, DAY + timedelta(days=5), None, DAY + timedelta(days=5))
    assert not block_covers(DAY, DAY + timedelta(days=5), None, DAY + timedelta(days=6))
    assert not block_covers(
        DAY, DAY + timedelta(days=5), DAY + timedelta(days=2), DAY + timedelta(days=3)
    )
    assert block_covers(
        DAY, DAY + timedelta(days=5), DAY + timedelta(days=2), DAY + timedelta(days=1)
    )
    assert promise_covers(DAY, DAY) and not promise_covers(DAY, DAY + timedelta(days=1))
    assert not promise_covers(None, DAY)


def test_call_stage_and_hours() -> None:
    assert call_stage([owed(1, 46)], day=DAY, ladder=DEFAULT_LADDER, prenotice_days=20) == 3
    coming = Owed(3, DAY + timedelta(days=10), 100, overdue=False)
    assert call_stage([coming], day=DAY, ladder=DEFAULT_LADDER, prenotice_days=20) == 0
    assert call_stage([], day=DAY, ladder=DEFAULT_LADDER, prenotice_days=20) is None
    assert may_call_now(time(9, 0)) and may_call_now(time(20, 59))
    assert not may_call_now(time(8, 59)) and not may_call_now(time(21, 0))


def test_add_months_keeps_the_end_of_a_short_month() -> None:
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)
    assert add_months(date(2027, 11, 30), 3) == date(2028, 2, 29)
    assert add_months(date(2026, 1, 15), 12) == date(2027, 1, 15)


def test_formal_demand_dates() -> None:
    dates = demand_dates(
        delivered_on=date(2026, 6, 10), first_due_on=date(2026, 3, 1), cancel_days=90
    )
    assert dates.period_ends == date(2026, 9, 10)  # three months after it reached the buyer
    assert dates.right_arises == date(2026, 5, 30)  # due date + the deal's cancellation days
    assert dates.may_cancel_from == date(2026, 5, 30)
    assert dates.decide_by == date(2027, 5, 30)  # one year after the right arose
    asked = demand_dates(
        delivered_on=date(2026, 6, 10),
        first_due_on=date(2026, 3, 1),
        cancel_days=90,
        buyer_asked_on=date(2026, 7, 1),
    )
    assert asked.decide_by == date(2026, 10, 1)  # three months after the buyer asked
    own = demand_dates(
        delivered_on=date(2026, 6, 10),
        first_due_on=date(2026, 5, 1),
        cancel_days=120,
        period_days=30,
    )
    assert own.period_ends == date(2026, 7, 10) and own.may_cancel_from == date(2026, 7, 10)
    assert pay_by(date(2026, 6, 1), 15) == date(2026, 6, 16)


def test_labels_and_codes() -> None:
    assert [stage_label(s) for s in range(7)] == [
        "预通知", "第1阶段", "第2阶段", "第3阶段", "第4阶段", "第5阶段", "付款催告函",
    ]  # fmt: skip
    assert letter_code(12) == "CK-000012"
    assert Delivery.COURIER.needs_number and not Delivery.IN_PERSON.needs_number


def test_forms() -> None:
    today = DAY
    assert validate_block(BlockForm("", today), today=today) == {"reason": "请填写暂停催款的原因"}
    assert "ends_on" in validate_block(BlockForm("谈判", today - timedelta(days=1)), today=today)
    assert "ends_on" in validate_block(BlockForm("谈判", today + timedelta(days=400)), today=today)
    assert validate_block(BlockForm("谈判", today + timedelta(days=30)), today=today) == {}
    assert "promised_on" in validate_call(CallForm(CallOutcome.PROMISED), today=today)
    assert "promised_on" in validate_call(
        CallForm(CallOutcome.PROMISED, today - timedelta(days=1)), today=today
    )
    assert (
        validate_call(CallForm(CallOutcome.PROMISED, today + timedelta(days=3)), today=today) == {}
    )
    assert "note" in validate_call(CallForm(CallOutcome.DISPUTED), today=today)
    assert validate_call(CallForm(CallOutcome.NO_ANSWER), today=today) == {}
    assert "number" in validate_delivery(
        DeliveryForm(Delivery.COURIER), letter_on=today, today=today
    )
    assert "signed_on" in validate_delivery(
        DeliveryForm(Delivery.IN_PERSON, signed_on=today - timedelta(days=1)),
        letter_on=today,
        today=today,
    )
    assert (
        validate_delivery(DeliveryForm(Delivery.REGISTERED, "XA123"), letter_on=today, today=today)
        == {}
    )
