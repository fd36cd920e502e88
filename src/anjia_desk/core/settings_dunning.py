"""The settings of dunning (issue 16, DOMAIN §7): the ladder's first days, the pre-notice and
the formal demand's days to pay. The site manager's, with the office's other business rules."""

from __future__ import annotations

from collections.abc import Sequence

from anjia_desk.core.dunning import DEFAULT_LADDER, FAST_LADDER, STAGES, check_ladder
from anjia_desk.core.setting_spec import LIST, SettingSpec

DUNNING_GROUP = "催款"


def _check(value: Sequence[int]) -> str | None:
    return check_ladder(value)


DUNNING_SPECS: tuple[SettingSpec, ...] = (
    SettingSpec(
        "dunning.ladder",
        "催款阶梯（逾期第几天起）",
        DUNNING_GROUP,
        DEFAULT_LADDER,
        LIST,
        item=int,
        min_items=STAGES,
        max_items=STAGES,
        minimum=1,
        maximum=3650,
        check=_check,
        picker="ladder",
        help=(
            "六个逐级增大的天数：逾期达到第几天起出具第一至第六阶段的函件。"
            f"默认 {'、'.join(map(str, DEFAULT_LADDER))}；"
            f"快速阶梯 {'、'.join(map(str, FAST_LADDER))}"
        ),
    ),
    SettingSpec(
        "dunning.prenotice_days",
        "到期前预通知（天）",
        DUNNING_GROUP,
        20,
        int,
        minimum=1,
        maximum=90,
        help="付款节点到期前这么多天，出具付款提醒并提醒顾问致电",
    ),
    SettingSpec(
        "dunning.demand_days",
        "付款催告函付款期限（天）",
        DUNNING_GROUP,
        15,
        int,
        minimum=1,
        maximum=90,
        help="催告函要求付款的日期 = 函件日期 + 该天数",
    ),
)
