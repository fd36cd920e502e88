"""The settings of deals: holds, signing, payment plans and penalties, each step's due days,
the standard discounts and the site manager's approval limit."""

from __future__ import annotations

from decimal import Decimal

from anjia_desk.core.deal_rules import AREA_DUE_DAYS, STEP_DAYS
from anjia_desk.core.deals import PaymentMethod, Step
from anjia_desk.core.penalty_clause import (
    CLAUSE_NO_MAX,
    CLAUSE_TEXT_MAX,
    DEFAULT_CLAUSE_NO,
    DEFAULT_CLAUSE_TEXT,
    check_clause_template,
)
from anjia_desk.core.plans import DEFAULT_TEMPLATES, check_plan
from anjia_desk.core.refund_money import BreachBase
from anjia_desk.core.setting_spec import DECIMAL, SettingSpec

#: Issue 17 (swap): the breach penalty's base as the settings page writes it, and back.
BREACH_BASE_LABELS: dict[BreachBase, str] = {base: base.label for base in BreachBase}
DEFAULT_BREACH_CLAUSE_NO = "第十条"


def check_breach_base(text: str) -> str | None:
    if text not in BREACH_BASE_LABELS.values():
        return f"请填写{'或'.join(f'“{label}”' for label in BREACH_BASE_LABELS.values())}"
    return None


def breach_base_of(text: object) -> BreachBase:
    """The BreachBase a setting's text names (the price when it names neither)."""
    for base, label in BREACH_BASE_LABELS.items():
        if text in (label, base.value):
            return base
    return BreachBase.PRICE


#: The marketing head's group: what the price comes to and who approves a discount (DOMAIN §5).
PRICING = "优惠与审批"
#: The payment plans' templates, one per payment method (a page of their own: long lines).
PLANS = "付款计划"
#: The contract's terms the office fills in by default (issue 17).
CONTRACT_GROUP = "合同约定"
#: The days from one step to the next (DOMAIN §5); 签约 has the deal's own 签约期限, 交付 and 办证
#: the project's dates.
STEPS_GROUP = "交易步骤期限"


def _deal_specs() -> list[SettingSpec]:
    group = "交易与收款"
    std = {"full": "2", "commercial": "1", "fund": "0", "combo": "0"}
    specs = [
        SettingSpec(
            "deals.hold_hours",
            "锁定房源时长（小时）",
            group,
            24,
            int,
            minimum=1,
            maximum=240,
            help="到期未认购自动释放",
        ),
        SettingSpec(
            "deals.hold_max_extensions",
            "锁定最多延期次数",
            group,
            2,
            int,
            minimum=0,
            maximum=20,
            help="每次延长“锁定房源时长”；超过次数须由案场经理延期并填写原因",
        ),
        SettingSpec(
            "deals.sign_days",
            "认购后签约期限（天）",
            group,
            7,
            int,
            minimum=1,
            maximum=90,
        ),
        # Issue 13 (settings): the signing reminder's window, out of services/deal_todos.py.
        SettingSpec(
            "deals.sign_remind_days",
            "签约期限提前提醒（天）",
            group,
            2,
            int,
            minimum=0,
            maximum=30,
            help="认购后离签约期限只剩这么多天时，提醒出现在工作台",
        ),
        SettingSpec(
            "deals.penalty_per_10k",
            "逾期付款违约金（万分之/日）",
            group,
            Decimal("5"),
            DECIMAL,
            minimum=Decimal(0),
            maximum=Decimal(100),
            help="认购时写入交易，作为合同约定的日违约金率",
        ),
        SettingSpec(
            "deals.cancel_days",
            "逾期解除权天数",
            group,
            90,
            int,
            minimum=1,
            maximum=720,
            help="逾期超过该天数，开发商可依合同解除",
        ),
        # Issue 16 (address): the contract's penalty clause, copied onto the deal at 认购 and
        # quoted by the stage-5 dunning letter.
        SettingSpec(
            "deals.penalty_clause_no",
            "违约金条款编号",
            group,
            DEFAULT_CLAUSE_NO,
            str,
            max_length=CLAUSE_NO_MAX,
            help="《商品房买卖合同》中逾期付款违约责任条款的编号，如 第九条",
        ),
        SettingSpec(
            "deals.penalty_clause_text",
            "违约金条款内容",
            group,
            DEFAULT_CLAUSE_TEXT,
            str,
            max_length=CLAUSE_TEXT_MAX,
            check=check_clause_template,
            help="认购时写入交易，{rate} 替换为该交易的日违约金率（如 万分之5）；"
            "第五阶段催款函引用此条款",
        ),
        SettingSpec(
            "deals.site_discount_pct",
            "案场经理可批特批折扣（%）",
            PRICING,
            Decimal("1"),
            DECIMAL,
            minimum=Decimal(0),
            maximum=Decimal(100),
            help="超过此比例由营销负责人审批",
        ),
    ]
    for method in PaymentMethod:
        specs.append(
            SettingSpec(
                f"deals.std_discount.{method.value}",
                f"{method.label}优惠（%）",
                PRICING,
                Decimal(std[method.value]),
                DECIMAL,
                minimum=Decimal(0),
                maximum=Decimal(20),
                help="按表价打的标准折扣，如 2 表示优惠 2%",
            )
        )
    for method in PaymentMethod:
        specs.append(
            SettingSpec(
                f"deals.plan.{method.value}",
                f"{method.label}付款计划",
                PLANS,
                DEFAULT_TEMPLATES[method],
                str,
                max_length=200,
                check=check_plan,
                picker="plan",
                # A line may count from 签约 ("签约后15天"), not only from 认购.
                help="如 首付款 30% 签约后0天；按揭款 70% 60天（天数默认从认购日起算，"
                "写“签约后”则从签约日起算，签约前不计逾期）",
            )
        )
    return specs  # fmt: skip


DEAL_SPECS: tuple[SettingSpec, ...] = tuple(_deal_specs())


#: Issue 17 (swap): the contract's breach penalty for the buyer, a page of its own ("交易与收款"
#: is full): copied onto the deal at 认购 and editable at 签约; a 退房 at the buyer's fault
#: deducts it (core.refund_money).
CONTRACT_SPECS: tuple[SettingSpec, ...] = (
    SettingSpec(
        "deals.breach_pct",
        "解约违约金比例（%）",
        CONTRACT_GROUP,
        Decimal("5"),
        DECIMAL,
        minimum=Decimal(0),
        maximum=Decimal(30),
        places=2,
        help="认购时写入交易，签约时可按合同修改；如 5 表示基数的 5%",
    ),
    SettingSpec(
        "deals.breach_base",
        "解约违约金基数",
        CONTRACT_GROUP,
        BREACH_BASE_LABELS[BreachBase.PRICE],
        str,
        max_length=10,
        check=check_breach_base,
        help="填“总价款”或“已到期应付款”：买受人违约解除合同时，违约金按此基数计算",
    ),
    SettingSpec(
        "deals.breach_clause_no",
        "解约违约金条款编号",
        CONTRACT_GROUP,
        DEFAULT_BREACH_CLAUSE_NO,
        str,
        max_length=CLAUSE_NO_MAX,
        help="《商品房买卖合同》中买受人违约解除合同责任条款的编号，如 第十条",
    ),
)


def step_day_key(step: Step) -> str:
    """The setting of a step's due days: "deals.step_days.file" for 备案."""
    return f"deals.step_days.{step.value}"


#: Issue 13 (settings): each step's due days and the 补差款's, out of core/deal_rules.py and
#: services/deal_steps.py.
STEP_SPECS: tuple[SettingSpec, ...] = (
    *(
        SettingSpec(
            step_day_key(step),
            f"{step.label}：上一步后（天）",
            STEPS_GROUP,
            days,
            int,
            minimum=0,
            maximum=365,
        )
        for step, days in STEP_DAYS.items()
        if step not in (Step.SUBSCRIBE, Step.SIGN)
    ),
    SettingSpec(
        "deals.area_due_days",
        "补差款：交付后付款期限（天）",
        STEPS_GROUP,
        AREA_DUE_DAYS,
        int,
        minimum=1,
        maximum=365,
        help="面积差需买受人补交时，补差款的到期日 = 交付当天 + 该天数",
    ),
)


def step_days(values: dict[str, object]) -> dict[Step, int]:
    """Each step's due days from the settings' `values` (as core.deal_rules.next_step_due takes
    them); 认购 and 签约 keep their fixed rule."""
    days = dict(STEP_DAYS)
    for step in days:
        key = step_day_key(step)
        if key in values:
            days[step] = int(str(values[key]))
    return days
