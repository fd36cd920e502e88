"""services.dunning: the letters due on a day and issuing them — the ladder and its settings,
skipped stages, one letter per deal, the pre-notice, an idempotent rerun, blocks and promises,
part payments and voided receipts (the receivables view's penalty), the 按揭 and 定金
exceptions, voided letters and gap-free numbers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from anjia_desk.core.deals import Nature, PaymentMethod
from anjia_desk.core.dunning import BlockForm, CallForm, CallOutcome, Delivery, DeliveryForm
from anjia_desk.core.errors import PermissionDenied, UserError, ValidationError
from anjia_desk.core.roles import Role
from anjia_desk.db.models import Deal, DunningLetter, DunningLetterItem, Project, Unit
from anjia_desk.services import dunning_actions as actions
from anjia_desk.services import payments
from anjia_desk.services.context import Actor
from anjia_desk.services.deal_views import ReceivableQuery
from anjia_desk.services.dunning import due_board, issue_letters
from anjia_desk.services.dunning_deal import deal_dunning, demand_lines
from anjia_desk.services.dunning_facts import LetterFacts
from anjia_desk.services.receivables import receivables
from anjia_desk.services.settings import update_settings
from tests.deal_fixtures import make_building, make_customer, make_project
from tests.helpers import add_actor
from tests.services.test_payments import installments, make_deal

TODAY = date(2026, 6, 1)
NOW = datetime(2026, 6, 1, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai


def at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 2, 0, tzinfo=UTC)


@dataclass
class Office:
    project: Project
    units: list[Unit]
    secretary: Actor
    manager: Actor
    consultant: Actor
    cashier: Actor


@pytest.fixture(name="office")
def office_fixture(session: Session) -> Office:
    project = make_project(session)
    units = make_building(session, project, floors=4)
    return Office(
        project,
        units,
        add_actor(session, "mishu", "秘书甲", Role.SALES_SECRETARY),
        add_actor(session, "jingli", "经理乙", Role.SITE_MANAGER),
        add_actor(session, "guwen", "顾问丙", Role.CONSULTANT),
        add_actor(session, "chuna", "出纳丁", Role.CASHIER),
    )


def deal_owing(
    session: Session,
    office: Office,
    index: int,
    *plan: tuple[Nature, str, int, str],
    method: PaymentMethod = PaymentMethod.FULL,
) -> Deal:
    """A deal whose 定金 is paid and whose other installments fall due `days` before TODAY
    (negative: after)."""
    rows = [(Nature.DEPOSIT, "定金", date(2026, 1, 20), Decimal("50000.00"))]
    rows += [(n, name, TODAY - timedelta(days=d), Decimal(a)) for n, name, d, a in plan]
    customer = make_customer(session, f"客户{index}", f"1380000{index:04d}")
    deal = make_deal(
        session,
        office.project,
        office.units[index],
        customer,
        rows,
        method=method,
        consultant=office.consultant,
        buyer_name=f"买受人{index}",
        paid=(Decimal("50000.00"),),
    )
    deal.mailing_address = "上海市浦东新区世纪大道100号"
    deal.mailing_postcode = "200120"
    session.flush()
    return deal


def board(session: Session, actor: Actor, day: date = TODAY, **kw: object) -> dict[int, object]:
    result = due_board(session, actor, day=day, now=NOW, **kw)  # type: ignore[arg-type]
    return {row.deal_id: row for row in result.rows}


def stages(session: Session, office: Office, day: date = TODAY) -> dict[int, int]:
    return {k: v.stage for k, v in board(session, office.secretary, day).items()}  # type: ignore[attr-defined]


def test_each_stage_by_days_overdue_and_the_fast_ladder(session: Session, office: Office) -> None:
    deals = [
        deal_owing(session, office, i, (Nature.DOWN, "首付款", days, "100000.00"))
        for i, days in enumerate((1, 30, 45, 60, 75, 90, 120))
    ]
    assert [stages(session, office).get(d.id) for d in deals] == [1, 2, 3, 4, 5, 6, 6]
    update_settings(session, office.manager, {"dunning.ladder": "1、3、5、30、35、60"})
    assert [stages(session, office).get(d.id) for d in deals] == [1, 4, 5, 6, 6, 6, 6]


def test_issuing_logs_each_letter_once_and_a_rerun_gives_the_same(
    session: Session, office: Office
) -> None:
    a = deal_owing(session, office, 0, (Nature.DOWN, "首付款", 62, "100000.00"))
    b = deal_owing(session, office, 1, (Nature.DOWN, "首付款", 3, "80000.00"))
    first = issue_letters(session, office.secretary, None, day=TODAY, now=NOW)
    again = issue_letters(session, office.secretary, None, day=TODAY, now=NOW)
    assert first == again and len(first) == 2
    assert session.scalar(select(func.count()).select_from(DunningLetter)) == 2
    letters = {letter.deal_id: letter for letter in session.scalars(select(DunningLetter))}
    assert letters[a.id].stage == 4  # skipped stages 1–3 are never printed
    assert letters[b.id].stage == 1
    assert sorted(letter.number for letter in letters.values()) == [1, 2]
    # The page shows them as issued that day, with their code.
    shown = board(session, office.secretary)
    assert shown[a.id].issued_code == "CK-000001" or shown[a.id].issued_code == "CK-000002"  # type: ignore[attr-defined]
    # The next day nothing is due: the stage reached is issued.
    tomorrow = TODAY + timedelta(days=1)
    assert issue_letters(session, office.secretary, None, day=tomorrow, now=at(tomorrow)) == []
    # Day 75: stage 5 for a.
    later = TODAY + timedelta(days=13)
    made = issue_letters(session, office.secretary, None, day=later, now=at(later))
    assert [session.get(DunningLetter, i).stage for i in made] == [5]  # type: ignore[union-attr]


def test_two_overdue_installments_one_letter_at_the_higher_stage(
    session: Session, office: Office
) -> None:
    deal = deal_owing(
        session, office, 0,
        (Nature.DOWN, "首付款", 80, "100000.00"),
        (Nature.PRICE, "房款", 5, "200000.00"),
        (Nature.PRICE, "尾款", -10, "10000.00"),  # coming in 10 days: a 即将到期 line
    )  # fmt: skip
    [letter_id] = issue_letters(session, office.secretary, [deal.id], day=TODAY, now=NOW)
    letter = session.get(DunningLetter, letter_id)
    assert letter is not None and letter.stage == 5
    facts = LetterFacts.from_json(letter.facts)
    assert [(line.name, line.days_overdue) for line in facts.lines] == [
        ("首付款", 80), ("房款", 5), ("尾款", 0),
    ]  # fmt: skip
    assert facts.total_outstanding == Decimal("310000.00")  # the coming 尾款 included
    assert facts.overdue_outstanding == Decimal("300000.00")
    assert facts.buyer == "买受人0" and facts.address.startswith("上海市")
    items = {item.installment_id: item.stage for item in session.scalars(select(DunningLetterItem))}
    assert sorted(items.values()) == [0, 5, 5]


def test_pre_notice_twenty_days_before_then_the_first_stage(
    session: Session, office: Office
) -> None:
    deal = deal_owing(session, office, 0, (Nature.DOWN, "首付款", -20, "100000.00"))
    too_early = TODAY - timedelta(days=1)
    assert deal.id not in stages(session, office, too_early)
    assert stages(session, office)[deal.id] == 0
    issue_letters(session, office.secretary, None, day=TODAY, now=NOW)
    later = TODAY + timedelta(days=5)
    assert deal.id not in stages(session, office, later)
    overdue = TODAY + timedelta(days=21)
    assert stages(session, office, overdue)[deal.id] == 1


def test_loans_and_unpaid_deposits_get_no_letter(session: Session, office: Office) -> None:
    loan = deal_owing(
        session, office, 0,
        (Nature.DOWN, "首付款", 40, "100000.00"),
        (Nature.LOAN, "按揭款", 50, "600000.00"),
        method=PaymentMethod.COMMERCIAL,
    )  # fmt: skip
    customer = make_customer(session, "未付定金", "13900000001")
    unpaid = make_deal(
        session, office.project, office.units[5], customer,
        ((Nature.DEPOSIT, "定金", TODAY - timedelta(days=40), Decimal("50000.00")),),
    )  # fmt: skip
    [letter_id] = issue_letters(session, office.secretary, None, day=TODAY, now=NOW)
    facts = LetterFacts.from_json(session.get(DunningLetter, letter_id).facts)  # type: ignore[union-attr]
    assert [line.name for line in facts.lines] == ["首付款"]  # the loan is the bank's
    assert unpaid.id not in stages(session, office)
    assert session.get(DunningLetter, letter_id).deal_id == loan.id  # type: ignore[union-attr]


def test_penalty_is_the_receivables_figure_with_part_payments_and_voids(
    session: Session, office: Office
) -> None:
    deal = deal_owing(session, office, 0, (Nature.DOWN, "首付款", 80, "100000.00"))
    down = installments(session, deal)[1]

    def pay(amount: str, on: date) -> int:
        return payments.record_payment(
            session, office.cashier, amount=Decimal(amount), nature=Nature.DOWN,
            payer="买受人0", method="转账", paid_on=on, deal_id=deal.id,
            installment_id=down.id, now=NOW,
        )  # fmt: skip

    pay("30000", TODAY - timedelta(days=60))
    wrong = pay("20000", TODAY - timedelta(days=50))
    payments.void_receipt(session, office.cashier, wrong, reason="重复录入", now=NOW)
    [letter_id] = issue_letters(session, office.secretary, None, day=TODAY, now=NOW)
    facts = LetterFacts.from_json(session.get(DunningLetter, letter_id).facts)  # type: ignore[union-attr]
    view = receivables(session, office.secretary, ReceivableQuery(overdue_only=True), now=NOW)
    [row] = [r for r in view.rows if r.deal_id == deal.id]
    assert facts.lines[0].penalty == row.penalty
    assert facts.lines[0].outstanding == Decimal("70000.00") == row.outstanding
    # 100000 × 19 days (day 1 to the day before the payment) + 70000 × 61 days (the payment's
    # day on, through today), × 5‱ = 950 + 2135
    assert row.penalty == Decimal("3085.00")
    assert facts.total_penalty == Decimal("3085.00")


def test_block_stops_letters_until_its_end_and_lifting_brings_them_back(
    session: Session, office: Office
) -> None:
    deal = deal_owing(session, office, 0, (Nature.DOWN, "首付款", 31, "100000.00"))
    with pytest.raises(PermissionDenied):
        actions.block_deal(
            session,
            office.secretary,
            deal.id,
            BlockForm("谈判中", TODAY + timedelta(days=10)),
            now=NOW,
        )
    block = actions.block_deal(
        session,
        office.manager,
        deal.id,
        BlockForm("客户申请分期，谈判中", TODAY + timedelta(days=10)),
        now=NOW,
    )
    assert deal.id not in stages(session, office)
    assert deal.id not in stages(session, office, TODAY + timedelta(days=10))
    assert stages(session, office, TODAY + timedelta(days=11))[deal.id] == 2
    later = TODAY + timedelta(days=3)
    actions.lift_block(session, office.manager, block, "谈判未果", now=at(later))
    assert stages(session, office, later)[deal.id] == 2
    view = deal_dunning(session, office.manager, deal.id, now=at(later))
    assert view.blocked is None and view.blocks[0].lifted_on == later


def test_a_promised_date_pauses_the_next_stage_until_it_passes(
    session: Session, office: Office
) -> None:
    deal = deal_owing(session, office, 0, (Nature.DOWN, "首付款", 29, "100000.00"))
    issue_letters(
        session,
        office.secretary,
        None,
        day=TODAY - timedelta(days=28),
        now=NOW - timedelta(days=28),
    )
    promised = TODAY + timedelta(days=5)
    actions.log_call(
        session,
        office.consultant,
        deal.id,
        CallForm(CallOutcome.PROMISED, promised),
        stage=1,
        now=NOW,
    )
    assert deal.id not in stages(session, office, TODAY + timedelta(days=1))  # stage 2 reached
    assert deal.id not in stages(session, office, promised)
    assert stages(session, office, promised + timedelta(days=1))[deal.id] == 2
    # The penalty runs all the while.
    view = deal_dunning(session, office.consultant, deal.id, now=NOW)
    assert view.promised_on == promised and view.calls[0].outcome == "承诺付款日期"


def test_a_voided_letter_keeps_its_number_and_its_stage_is_due_again(
    session: Session, office: Office
) -> None:
    deal = deal_owing(session, office, 0, (Nature.DOWN, "首付款", 46, "100000.00"))
    [first] = issue_letters(session, office.secretary, None, day=TODAY, now=NOW)
    with pytest.raises(ValidationError):
        actions.void_letter(session, office.secretary, first, "  ", now=NOW)
    actions.void_letter(session, office.secretary, first, "打印机卡纸", now=NOW)
    [second] = issue_letters(session, office.secretary, None, day=TODAY, now=NOW)
    assert second != first
    numbers = [
        (letter.number, letter.voided_at is not None)
        for letter in session.scalars(select(DunningLetter).order_by(DunningLetter.number))
    ]
    assert numbers == [(1, True), (2, False)]
    with pytest.raises(UserError):
        actions.void_letter(session, office.secretary, first, "再次", now=NOW)
    history = deal_dunning(session, office.secretary, deal.id, now=NOW)
    assert [(line.code, line.voided) for line in history.letters] == [
        ("CK-000002", False), ("CK-000001", True),
    ]  # fmt: skip


def test_delivery_and_signed_for_and_reprint(session: Session, office: Office) -> None:
    deal_owing(session, office, 0, (Nature.DOWN, "首付款", 2, "100000.00"))
    [letter_id] = issue_letters(session, office.secretary, None, day=TODAY, now=NOW)
    with pytest.raises(ValidationError) as missing:
        actions.record_delivery(
            session, office.secretary, letter_id, DeliveryForm(Delivery.COURIER), now=NOW
        )
    assert "number" in missing.value.fields
    actions.record_delivery(
        session,
        office.secretary,
        letter_id,
        DeliveryForm(Delivery.COURIER, "SF1234567890"),
        now=NOW,
    )
    letter = session.get(DunningLetter, letter_id)
    assert letter is not None and letter.signed_on is None
    signed = TODAY + timedelta(days=2)
    actions.record_signed(session, office.secretary, letter_id, signed, now=at(signed))
    assert letter.signed_on == signed and letter.tracking_no == "SF1234567890"
    actions.count_reprint(session, office.secretary, [letter_id])
    assert letter.reprints == 1
    assert session.scalar(select(func.count()).select_from(DunningLetter)) == 1


def test_formal_demand_dates_until_continued(session: Session, office: Office) -> None:
    deal = deal_owing(session, office, 0, (Nature.DOWN, "首付款", 92, "100000.00"))
    [letter_id] = issue_letters(session, office.secretary, None, day=TODAY, now=NOW)
    assert session.get(DunningLetter, letter_id).stage == 6  # type: ignore[union-attr]
    facts = LetterFacts.from_json(session.get(DunningLetter, letter_id).facts)  # type: ignore[union-attr]
    assert facts.pay_by == TODAY + timedelta(days=15)
    assert facts.cancel_from == TODAY - timedelta(days=92) + timedelta(days=90)
    assert demand_lines(session, TODAY) == []  # not yet delivered
    actions.record_delivery(
        session, office.secretary, letter_id, DeliveryForm(Delivery.IN_PERSON), now=NOW
    )
    [line] = demand_lines(session, TODAY)
    assert line.open and line.delivered_on == TODAY
    assert line.dates.period_ends == date(2026, 9, 1)
    asked = TODAY + timedelta(days=3)
    actions.record_buyer_request(session, office.manager, letter_id, asked, now=at(asked))
    [line] = demand_lines(session, asked)
    assert line.dates.decide_by <= date(2026, 9, 4)
    actions.continue_contract(session, office.manager, letter_id, "客户已签分期协议", now=at(asked))
    [line] = demand_lines(session, asked)
    assert not line.open and "客户已签分期协议" in line.continued
    assert deal.id  # the deal itself is untouched


def test_permissions(session: Session, office: Office) -> None:
    deal_owing(session, office, 0, (Nature.DOWN, "首付款", 2, "100000.00"))
    with pytest.raises(PermissionDenied):
        issue_letters(session, office.consultant, None, day=TODAY, now=NOW)
    with pytest.raises(PermissionDenied):
        due_board(session, office.consultant, day=TODAY, now=NOW)
    with pytest.raises(UserError):
        issue_letters(session, office.secretary, None, day=TODAY + timedelta(days=1), now=NOW)


def test_a_day_after_today_previews_without_writing(session: Session, office: Office) -> None:
    deal = deal_owing(session, office, 0, (Nature.DOWN, "首付款", 2, "100000.00"))
    later = TODAY + timedelta(days=40)
    result = due_board(session, office.secretary, day=later, now=NOW)
    assert result.preview and [row.stage for row in result.rows if row.deal_id == deal.id] == [2]
    assert session.scalar(select(func.count()).select_from(DunningLetter)) == 0


def test_the_deal_tab_has_a_call_script_and_a_message_in_the_stage_tone(
    session: Session, office: Office
) -> None:
    deal = deal_owing(session, office, 0, (Nature.DOWN, "首付款", 46, "100000.00"))
    view = deal_dunning(session, office.consultant, deal.id, now=NOW)
    assert view.call_stage == 3 and view.may_call and not view.may_block
    assert "买受人0" in view.message_text or "1栋0101" in view.message_text
    assert "100,000.00" in view.call_script + view.message_text
    coming = deal_owing(session, office, 1, (Nature.DOWN, "首付款", -10, "80000.00"))
    pre = deal_dunning(session, office.manager, coming.id, now=NOW)
    assert pre.call_stage == 0 and pre.call_script and pre.may_block


def test_erasing_the_buyer_takes_the_address_off_the_deal_and_its_letters(
    session: Session, office: Office
) -> None:
    from anjia_desk.services import customer_profile

    deal = deal_owing(session, office, 0, (Nature.DOWN, "首付款", 3, "100000.00"))
    [letter_id] = issue_letters(session, office.secretary, None, day=TODAY, now=NOW)
    customer_profile.erase_personal_data(
        session, Actor.system(), deal.customer_id, reason="本人要求删除", now=NOW
    )
    session.expire_all()
    letter = session.get(DunningLetter, letter_id)
    assert letter is not None
    facts = LetterFacts.from_json(letter.facts)
    assert (facts.address, facts.postcode) == ("", "")
    assert facts.buyer == "买受人0"  # the letter itself is kept (会计档案)
    kept = session.get(Deal, deal.id)
    assert kept is not None and (kept.mailing_address, kept.mailing_postcode) == ("", "")
    from anjia_desk.db.models import AuditEntry

    assert not [
        entry
        for entry in session.scalars(select(AuditEntry))
        if "世纪大道" in (entry.summary or "")
    ]


def test_do_not_disturb_does_not_stop_dunning(session: Session, office: Office) -> None:
    """勿扰 stops marketing, not letters about the contract's money (PIPL Art. 13(2))."""
    from anjia_desk.db.models import Customer

    deal = deal_owing(session, office, 0, (Nature.DOWN, "首付款", 31, "100000.00"))
    customer = session.get(Customer, deal.customer_id)
    assert customer is not None
    customer.do_not_disturb = True
    session.flush()
    assert stages(session, office)[deal.id] == 2
    assert deal_dunning(session, office.consultant, deal.id, now=NOW).call_stage == 2
