"""Payment-plan templates (DOMAIN §5 Payment plan): the text an administrator edits in settings.

A template is a list of items separated by ；/; or new lines, each "名称 比例% 天数天", e.g.
"首付款 30% 15天；按揭款 70% 60天": the share of the 成交价 and the days after 认购 it falls due.
The shares add up to 100%. The name chooses the money's nature (首付款, 房款, 按揭款).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from anjia_desk.core.deals import Nature, PaymentMethod

#: The names a template may use, and the nature of the money each stands for.
ITEM_NATURES: dict[str, Nature] = {
    "首付款": Nature.DOWN,
    "房款": Nature.PRICE,
    "尾款": Nature.PRICE,
    "按揭款": Nature.LOAN,
    "贷款": Nature.LOAN,
}

DEFAULT_TEMPLATES: dict[PaymentMethod, str] = {
    PaymentMethod.FULL: "房款 100% 30天",
    PaymentMethod.COMMERCIAL: "首付款 30% 15天；按揭款 70% 60天",
    PaymentMethod.FUND: "首付款 30% 15天；按揭款 70% 90天",
    PaymentMethod.COMBO: "首付款 30% 15天；按揭款 70% 90天",
}

_ITEM = re.compile(r"(\S+?)\s*(\d+(?:\.\d+)?)\s*[%％]\s*(\d+)\s*天?")


@dataclass(frozen=True)
class PlanItem:
    name: str
    nature: Nature
    share: Decimal  # 0.30 for 30%
    days: int  # after the 认购 date


def parse_plan(text: str) -> list[PlanItem]:
    """The items of a template; ValueError with a Chinese message when it cannot be read."""
    items: list[PlanItem] = []
    for part in re.split(r"[;；\n]+", text.strip()):
        part = part.strip()
        if not part:
            continue
        match = _ITEM.fullmatch(part)
        if match is None:
            raise ValueError(f"“{part}”看不懂，请写成 名称 比例% 天数天，如 首付款 30% 15天")
        name, share, days = match[1], Decimal(match[2]) / 100, int(match[3])
        if name not in ITEM_NATURES:
            raise ValueError(f"“{name}”不是可用的节点名称（{'、'.join(ITEM_NATURES)}）")
        if share <= 0:
            raise ValueError(f"“{part}”的比例应大于 0")
        if days > 3650:
            raise ValueError(f"“{part}”的天数太大")
        items.append(PlanItem(name, ITEM_NATURES[name], share, days))
    if not items:
        raise ValueError("至少要有一个付款节点")
    if sum(item.share for item in items) != 1:
        raise ValueError("各节点比例合计应为 100%")
    return items


def check_plan(text: str) -> str | None:
    """The settings page's check: None when `text` is a valid template, else the problem."""
    try:
        parse_plan(text)
    except ValueError as exc:
        return str(exc)
    return None
