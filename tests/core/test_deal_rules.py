"""Deal rules (DOMAIN §5–6): building names, prices and the deposit cap, who approves a special
discount, the steps of each payment method and their order, the area settlement of Art. 20,
and the three care touches after signing."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from anjia_desk.core.deal_rules import (
    CARE_TEXTS,
    CARE_TEXTS_GENERAL,
    STEP_DAYS,
    WORK_END,
    WORK_START,
    AreaSettlement,
    building_key,
    care_plan,
    check_step_order,
    deal_price,
    deposit_cap,
    discount_approver,
    is_cancelled,
    may_approve,
    next_step,
    price_problems,
    settle_area,
    standard_discount,
    step_due,
    step_owner,
    steps_for,
)
from anjia_desk.core.deals import MORTGAGE_STEPS, BuyerType, PaymentMethod, Stage, Step
from anjia_desk.core.roles import Role

D = Decimal

# -- building_key ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("3栋", "3"),
        ("3#", "3"),
        ("3号楼", "3"),
        ("3幢", "3"),
        (" 3 ", "3"),
        ("３", "3"),
        ("３＃", "3"),
        ("3", "3"),
        ("03栋", "3"),
        ("第3栋", "3"),
        ("12号", "12"),
        ("5楼", "5"),
        ("A座", "A"),
        ("a座", "A"),
        ("Ａ座", "A"),
        ("B2栋", "B2"),
        ("商业楼", "商业"),
        ("#", "#"),
        ("栋", "栋"),
        ("", ""),
    ],
)
def test_building_key(text: str, key: str) -> None:
    assert building_key(text) == key


# -- prices ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("list_price", "percent", "discount"),
    [
        ("1000000", "2", "20000.00"),
        ("1234567", "1.5", "18518.51"),  # 18518.505 → half up
        ("1000000", "0", "0.00"),
        ("999999.99", "3", "30000.00"),  # 29999.9997
    ],
)
def test_standard_discount(list_price: str, percent: str, discount: str) -> None:
    assert standard_discount(D(list_price), D(percent)) == D(discount)


@pytest.mark.parametrize(
    ("list_price", "standard", "special", "price"),
    [
        ("1000000", "20000", "0", "980000.00"),
        ("1000000", "20000", "5000.005", "975000.00"),  # 974999.995 → half up
        ("1000000", "0", "0", "1000000.00"),
    ],
)
def test_deal_price(list_price: str, standard: str, special: str, price: str) -> None:
    result = deal_price(D(list_price), D(standard), D(special))
    assert result == D(price)
    assert str(result) == price


@pytest.mark.parametrize(
    ("price", "cap"),
    [
        ("1000000", "200000.00"),
        ("1000000.04", "200000.00"),  # 200000.008 → down
        ("1000000.09", "200000.01"),  # 200000.018 → down, never up
        ("0", "0.00"),
    ],
)
def test_deposit_cap_rounds_down(price: str, cap: str) -> None:
    assert deposit_cap(D(price)) == D(cap)


@pytest.mark.parametrize(
    ("price", "filed", "deposit", "special", "problems"),
    [
        ("980000", "1000000", "50000", "0", {}),
        ("1000000", "1000000", "200000", "0", {}),  # exactly the filed price, exactly 20%
        ("1000000.01", "1000000", "50000", "0", {"price": "成交价高于备案价（1,000,000.00元）"}),
        (
            "0",
            "1000000",
            "50000",
            "0",
            {"price": "成交价须大于0", "deposit": "定金超过成交价的20%（上限 0.00元）"},
        ),
        (
            "1000000",
            "1000000",
            "200000.01",
            "0",
            {"deposit": "定金超过成交价的20%（上限 200,000.00元）"},
        ),
        ("1000000", "1000000", "0", "0", {"deposit": "定金须大于0"}),
        ("1000000", "1000000", "-10", "0", {"deposit": "定金须大于0"}),
        ("1000000", "1000000", "50000", "-1", {"special_discount": "特批优惠不能为负"}),
        (
            "2000000",
            "1500000",
            "0",
            "-0.01",
            {
                "price": "成交价高于备案价（1,500,000.00元）",
                "deposit": "定金须大于0",
                "special_discount": "特批优惠不能为负",
            },
        ),
    ],
)
def test_price_problems(
    price: str, filed: str, deposit: str, special: str, problems: dict[str, str]
) -> None:
    assert (
        price_problems(
            price=D(price), filed_price=D(filed), deposit=D(deposit), special_discount=D(special)
        )
        == problems
    )


@pytest.mark.parametrize(
    ("special", "role"),
    [
        ("0", None),
        ("-5", None),
        ("0.01", Role.SITE_MANAGER),
        ("10000", Role.SITE_MANAGER),  # exactly 1% of 1,000,000
        ("10000.01", Role.MARKETING_HEAD),
        ("50000", Role.MARKETING_HEAD),
    ],
)
def test_discount_approver(special: str, role: Role | None) -> None:
    assert discount_approver(D(special), D("1000000"), D("1")) is role


def test_discount_approver_follows_the_setting() -> None:
    assert discount_approver(D("15000"), D("1000000"), D("1.5")) is Role.SITE_MANAGER
    assert discount_approver(D("15000"), D("1000000"), D("0")) is Role.MARKETING_HEAD


@pytest.mark.parametrize(
    ("roles", "needed", "may"),
    [
        ({Role.SITE_MANAGER}, Role.SITE_MANAGER, True),
        ({Role.SITE_MANAGER}, Role.MARKETING_HEAD, False),
        ({Role.MARKETING_HEAD}, Role.MARKETING_HEAD, True),
        ({Role.MARKETING_HEAD}, Role.SITE_MANAGER, True),
        ({Role.CONSULTANT, Role.SALES_SECRETARY}, Role.SITE_MANAGER, False),
        ({Role.ADMIN}, Role.SITE_MANAGER, False),
        (set(), Role.SITE_MANAGER, False),
    ],
)
def test_may_approve(roles: set[Role], needed: Role, may: bool) -> None:
    assert may_approve(frozenset(roles), needed) is may


# -- steps -------------------------------------------------------------------------------------

FULL = (Step.SUBSCRIBE, Step.SIGN, Step.FILE, Step.DELIVER, Step.CERTIFICATE)
LOAN = (
    Step.SUBSCRIBE,
    Step.SIGN,
    Step.FILE,
    Step.DOCUMENTS,
    Step.INTERVIEW,
    Step.APPROVAL,
    Step.PRE_REGISTRATION,
    Step.RELEASE,
    Step.DELIVER,
    Step.CERTIFICATE,
)


@pytest.mark.parametrize(
    ("method", "steps"),
    [
        (PaymentMethod.FULL, FULL),
        (PaymentMethod.COMMERCIAL, LOAN),
        (PaymentMethod.FUND, LOAN),
        (PaymentMethod.COMBO, LOAN),
    ],
)
def test_steps_for(method: PaymentMethod, steps: tuple[Step, ...]) -> None:
    assert steps_for(method) == steps


@pytest.mark.parametrize("method", list(PaymentMethod))
def test_next_step_walks_the_steps_in_order(method: PaymentMethod) -> None:
    done: set[Step] = set()
    walked = []
    while (step := next_step(method, done)) is not None:
        assert check_step_order(method, done, step) is None
        walked.append(step)
        done.add(step)
    assert tuple(walked) == steps_for(method)


def test_next_step_skips_steps_done_out_of_band() -> None:
    done = {Step.SUBSCRIBE, Step.FILE}
    assert next_step(PaymentMethod.FULL, done) is Step.SIGN
    assert next_step(PaymentMethod.FULL, []) is Step.SUBSCRIBE
    assert next_step(PaymentMethod.FULL, set(FULL)) is None


@pytest.mark.parametrize(
    ("step", "owner"),
    [
        (Step.SUBSCRIBE, Role.CONSULTANT),
        (Step.SIGN, Role.SALES_SECRETARY),
        (Step.FILE, Role.SALES_SECRETARY),
        (Step.DOCUMENTS, Role.MORTGAGE_OFFICER),
        (Step.INTERVIEW, Role.MORTGAGE_OFFICER),
        (Step.APPROVAL, Role.MORTGAGE_OFFICER),
        (Step.PRE_REGISTRATION, Role.MORTGAGE_OFFICER),
        (Step.RELEASE, Role.MORTGAGE_OFFICER),
        (Step.DELIVER, Role.SALES_SECRETARY),
        (Step.CERTIFICATE, Role.SALES_SECRETARY),
    ],
)
def test_step_owner(step: Step, owner: Role) -> None:
    assert step_owner(step) is owner


def test_every_mortgage_step_belongs_to_the_mortgage_officer() -> None:
    assert {step for step in Step if step_owner(step) is Role.MORTGAGE_OFFICER} == MORTGAGE_STEPS


DONE_ON = date(2025, 4, 1)
DEADLINE = date(2025, 4, 8)


@pytest.mark.parametrize(
    ("step", "due"),
    [
        (Step.SUBSCRIBE, DONE_ON),
        (Step.SIGN, DEADLINE),
        (Step.FILE, DONE_ON + timedelta(days=30)),
        (Step.DOCUMENTS, DONE_ON + timedelta(days=7)),
        (Step.INTERVIEW, DONE_ON + timedelta(days=7)),
        (Step.APPROVAL, DONE_ON + timedelta(days=15)),
        (Step.PRE_REGISTRATION, DONE_ON + timedelta(days=15)),
        (Step.RELEASE, DONE_ON + timedelta(days=15)),
        (Step.DELIVER, None),
        (Step.CERTIFICATE, None),
    ],
)
def test_step_due(step: Step, due: date | None) -> None:
    assert step_due(step, previous_done_on=DONE_ON, sign_deadline=DEADLINE) == due


def test_step_days_cover_every_step_with_a_deadline() -> None:
    assert set(STEP_DAYS) == set(Step) - {Step.DELIVER, Step.CERTIFICATE}
    assert all(days >= 0 for days in STEP_DAYS.values())


@pytest.mark.parametrize(
    ("method", "done", "step", "message"),
    [
        (PaymentMethod.FULL, {Step.SUBSCRIBE}, Step.SIGN, None),
        (PaymentMethod.FULL, set(), Step.SUBSCRIBE, None),
        (PaymentMethod.FULL, {Step.SUBSCRIBE, Step.SIGN, Step.FILE}, Step.DELIVER, None),
        (PaymentMethod.COMBO, {Step.SUBSCRIBE, Step.SIGN, Step.FILE}, Step.DOCUMENTS, None),
        (PaymentMethod.FULL, {Step.SUBSCRIBE}, Step.DOCUMENTS, "全款的交易没有“按揭资料”这一步"),
        (PaymentMethod.FULL, {Step.SUBSCRIBE}, Step.RELEASE, "全款的交易没有“放款”这一步"),
        (PaymentMethod.FULL, {Step.SUBSCRIBE, Step.SIGN}, Step.SIGN, "“签约/网签”已经完成"),
        (
            PaymentMethod.FULL,
            {Step.SUBSCRIBE},
            Step.FILE,
            "“签约/网签”尚未完成，请先办理“签约/网签”",
        ),
        (
            PaymentMethod.COMMERCIAL,
            {Step.SUBSCRIBE, Step.SIGN, Step.FILE},
            Step.DELIVER,
            "“按揭资料”尚未完成，请先办理“按揭资料”",
        ),
        (
            PaymentMethod.FUND,
            {Step.SUBSCRIBE, Step.SIGN, Step.FILE, Step.DOCUMENTS},
            Step.APPROVAL,
            "“面签”尚未完成，请先办理“面签”",
        ),
    ],
)
def test_check_step_order(
    method: PaymentMethod, done: set[Step], step: Step, message: str | None
) -> None:
    assert check_step_order(method, done, step) == message


# -- area settlement ---------------------------------------------------------------------------

PRICE = D("1500000")  # 100 ㎡ at 15,000 元/㎡


@pytest.mark.parametrize(
    ("measured", "ratio", "amount", "may_cancel", "words"),
    [
        ("100", "0.0000", "0.00", False, ["无需补退"]),
        (
            "102",
            "0.0200",
            "30000.00",
            False,
            ["多2.00%", "15,000.00元/㎡", "买受人补交30,000.00元"],
        ),
        ("103", "0.0300", "45000.00", False, ["多3.00%", "在3%以内", "买受人补交45,000.00元"]),
        ("99.5", "-0.0050", "-7500.00", False, ["少0.50%", "开发商退还7,500.00元"]),
        ("97", "-0.0300", "-45000.00", False, ["少3.00%", "开发商退还45,000.00元"]),
        # +5%: only the first 3% is paid, the rest is the developer's
        ("105", "0.0500", "45000.00", True, ["多5.00%", "45,000.00元", "有权解除合同"]),
        ("103.01", "0.0301", "45000.00", True, ["超过3%"]),
        # −5%: 3% back at the unit price (45,000) + the 2% beyond, double (60,000)
        (
            "95",
            "-0.0500",
            "-105000.00",
            True,
            [
                "少5.00%",
                "45,000.00元",
                "双倍返还60,000.00元",
                "合计退还105,000.00元",
                "有权解除合同",
            ],
        ),
        ("96.99", "-0.0301", "-45300.00", True, ["双倍返还300.00元"]),
    ],
)
def test_settle_area(
    measured: str, ratio: str, amount: str, may_cancel: bool, words: list[str]
) -> None:
    result = settle_area(price=PRICE, predicted=D("100"), measured=D(measured))
    assert result.ratio == D(ratio)
    assert result.amount == D(amount)
    assert result.buyer_may_cancel is may_cancel
    assert f"实测建筑面积{D(measured).normalize():f}㎡，预测100㎡" in result.explanation
    for word in words:
        assert word in result.explanation
    assert result.explanation.endswith("。")
    assert result.explanation.count("。") == 1


def test_settle_area_with_an_awkward_unit_price_rounds_the_amount_once() -> None:
    # unit price 1,000,000 / 89.37 = 11189.437…; 0.63 ㎡ more → 7049.3454… → 7049.35
    result = settle_area(price=D("1000000"), predicted=D("89.37"), measured=D("90.00"))
    assert result == AreaSettlement(
        D("0.0070"),
        D("7049.35"),
        False,
        "实测建筑面积90㎡，预测89.37㎡，多0.70%，在3%以内，按单价11,189.44元/㎡据实结算，"
        "买受人补交7,049.35元。",
    )


@pytest.mark.parametrize(("predicted", "measured"), [("0", "90"), ("90", "0"), ("-1", "90")])
def test_settle_area_refuses_no_area(predicted: str, measured: str) -> None:
    with pytest.raises(ValueError, match="面积须大于0"):
        settle_area(price=PRICE, predicted=D(predicted), measured=D(measured))


# -- care touches ------------------------------------------------------------------------------

FIELDS = {
    "customer_name": "张伟",
    "consultant": "李娜",
    "project": "安家·云栖府",
    "manager_contact": "王经理 13900001111",
}


def plan_at(signed_at: datetime, buyer_type: str = "刚需") -> list[tuple[int, datetime]]:
    return [
        (touch.seq, touch.due_at)
        for touch in care_plan(signed_at=signed_at, buyer_type=buyer_type, **FIELDS)
    ]


@pytest.mark.parametrize(
    ("signed_at", "first"),
    [
        (datetime(2025, 5, 6, 15, 20), datetime(2025, 5, 6, 15, 20)),
        (datetime(2025, 5, 6, 9, 0), datetime(2025, 5, 6, 9, 0)),
        (datetime(2025, 5, 6, 21, 0), datetime(2025, 5, 6, 21, 0)),
        (datetime(2025, 5, 6, 8, 59), datetime(2025, 5, 6, 9, 0)),
        (datetime(2025, 5, 6, 0, 30), datetime(2025, 5, 6, 9, 0)),
        (datetime(2025, 5, 6, 21, 0, 1), datetime(2025, 5, 7, 9, 0)),
        (datetime(2025, 5, 6, 23, 45), datetime(2025, 5, 7, 9, 0)),
        (datetime(2025, 12, 31, 22, 0), datetime(2026, 1, 1, 9, 0)),
    ],
)
def test_care_times(signed_at: datetime, first: datetime) -> None:
    day = signed_at.date()
    assert plan_at(signed_at) == [
        (1, first),
        (2, datetime.combine(day + timedelta(days=1), datetime.min.time()).replace(hour=10)),
        (3, datetime(day.year, day.month, day.day, 18, 30) + timedelta(days=2)),
    ]
    for _, at in plan_at(signed_at):
        assert WORK_START <= at.time() <= WORK_END


def test_care_times_do_not_depend_on_the_buyer_type() -> None:
    signed = datetime(2025, 5, 6, 15, 20)
    assert {tuple(plan_at(signed, kind)) for kind in ["刚需", "改善", "投资", "", "其他"]} == {
        tuple(plan_at(signed))
    }


TYPES = [BuyerType.FIRST_HOME, BuyerType.UPGRADE, BuyerType.INVESTOR]


@pytest.mark.parametrize(
    ("buyer_type", "texts"),
    [
        ("刚需", CARE_TEXTS[BuyerType.FIRST_HOME]),
        (BuyerType.FIRST_HOME, CARE_TEXTS[BuyerType.FIRST_HOME]),
        ("改善", CARE_TEXTS[BuyerType.UPGRADE]),
        (" 投资 ", CARE_TEXTS[BuyerType.INVESTOR]),
        ("", CARE_TEXTS_GENERAL),
        ("自住", CARE_TEXTS_GENERAL),
    ],
)
def test_care_text_chosen_by_buyer_type(buyer_type: str, texts: tuple[str, str, str]) -> None:
    touches = care_plan(signed_at=datetime(2025, 5, 6, 15, 0), buyer_type=buyer_type, **FIELDS)
    assert [touch.text for touch in touches] == [
        text.format(
            name="张伟",
            consultant="李娜",
            project="安家·云栖府",
            manager_contact="王经理 13900001111",
        )
        for text in texts
    ]


ALL_TEXTS = [*CARE_TEXTS.values(), CARE_TEXTS_GENERAL]


def test_there_are_four_distinct_sets_of_three_texts() -> None:
    assert set(CARE_TEXTS) == set(TYPES)
    assert len({text for texts in ALL_TEXTS for text in texts}) == 12


@pytest.mark.parametrize("texts", ALL_TEXTS)
def test_care_text_content(texts: tuple[str, str, str]) -> None:
    first, second, third = (
        text.format(name="张伟", consultant="李娜", project="云栖府", manager_contact="王经理 139")
        for text in texts
    )
    for text in (first, second, third):
        assert text.startswith("张伟您好") or text.startswith("张伟早上好")
        assert "{" not in text and "}" not in text
        # calm and honest: no promises about value, returns or schools
        assert not re.search(r"升值|增值|回报|收益|学区|学位|入学|保证|稳赚|涨", text)
    assert "收据" in first and "王经理 139" in first and "项目经理" in first
    assert "云栖府" in second and ("工地" in second or "工程" in second)
    assert "满意" in third or "评价" in third
    assert "物业费抵用券" in third
    assert "今天" not in first  # the first touch may go out the next morning


def test_care_fields_are_filled_literally() -> None:
    odd = {**FIELDS, "customer_name": "{project}", "manager_contact": "{0}"}
    touches = care_plan(signed_at=datetime(2025, 5, 6, 15, 0), buyer_type="刚需", **odd)
    assert touches[0].text.startswith("{project}您好")
    assert "{0}" in touches[0].text


@pytest.mark.parametrize(
    ("stage", "cancelled_at", "cancelled"),
    [
        (Stage.SIGNED, None, False),
        ("subscribed", None, False),  # the stored string
        (Stage.CANCELLED, None, True),
        (Stage.SUBSCRIBED, datetime(2026, 3, 5, tzinfo=UTC), True),  # the time decides too
    ],
)
def test_is_cancelled(stage: str, cancelled_at: datetime | None, cancelled: bool) -> None:
    assert is_cancelled(stage, cancelled_at) is cancelled
