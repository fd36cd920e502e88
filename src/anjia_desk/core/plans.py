"""Payment-plan templates (DOMAIN §5 Payment plan): the text an administrator edits in settings.

A template is a list of items separated by ；/; or new lines, each "名称 比例% [起算]天数天", e.g.
"首付款 30% 签约后0天；按揭款 70% 认购后60天": the share of the 成交价 and the days after 认购
(认购后, the default when no anchor is written: "首付款 30% 15天") or after 签约 (签约后) it falls
due. The shares add up to 100%. The name chooses the money's nature (首付款, 房款, 按揭款).

An installment counted from 签约 has no date until 签约 is recorded (issue 13): it is shown as
"签约后 N 天", is never overdue, and gets the sign date + N when the contract is signed. Stored,
its due date holds UNDATED meanwhile (the column stays NOT NULL: see migration 0005).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

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

_ITEM = re.compile(r"(\S+?)\s*(\d+(?:\.\d+)?)\s*[%％]\s*(认购后|签约后)?\s*(\d+)\s*天?")


class Anchor(StrEnum):
    """What an installment's due date counts from."""

    SUBSCRIBE = "subscribe"  # 认购
    SIGN = "sign"  # 签约

    @property
    def label(self) -> str:
        return "认购" if self is Anchor.SUBSCRIBE else "签约"


#: The due date an installment counted from 签约 holds until 签约 is recorded: later than any
#: real date, so it is never before today (never overdue, in no aging bucket or reminder window)
#: and sorts last.
UNDATED = date.max


@dataclass(frozen=True)
class PlanItem:
    name: str
    nature: Nature
    share: Decimal  # 0.30 for 30%
    days: int  # after the anchor's date
    anchor: Anchor = Anchor.SUBSCRIBE


def awaits_signing(anchor: Anchor | str, due_on: date) -> bool:
    """An installment counted from 签约 whose contract is not signed yet (no date)."""
    return Anchor(anchor) is Anchor.SIGN and due_on >= UNDATED


def signing_term(anchor: Anchor | str, days: int | None) -> str:
    """The agreed term of an installment counted from 签约: "签约后 15 天"; "" for one counted
    from 认购 (its date is known from the start)."""
    return f"签约后 {days or 0} 天" if Anchor(anchor) is Anchor.SIGN else ""


def due_text(anchor: Anchor | str, days: int | None, due_on: date) -> str:
    """How a due date reads where it is not a date yet: "签约后 15 天"; "" once dated."""
    return signing_term(anchor, days) if awaits_signing(anchor, due_on) else ""


def due_from(anchor: Anchor, days: int, *, subscribed_on: date, signed_on: date | None) -> date:
    """The due date of an item: its anchor's date + days; UNDATED while 签约 is not recorded."""
    start = subscribed_on if anchor is Anchor.SUBSCRIBE else signed_on
    return start + timedelta(days=days) if start is not None else UNDATED


def parse_plan(text: str) -> list[PlanItem]:
    """The items of a template; ValueError with a Chinese message when it cannot be read."""
    items: list[PlanItem] = []
    for part in re.split(r"[;；\n]+", text.strip()):
        part = part.strip()
        if not part:
            continue
        match = _ITEM.fullmatch(part)
        if match is None:
            raise ValueError(
                f"“{part}”看不懂，请写成 名称 比例% 天数天，如 首付款 30% 15天"
                "（从签约起算写 签约后15天）"
            )
        name, share, days = match[1], Decimal(match[2]) / 100, int(match[4])
        anchor = Anchor.SIGN if match[3] == "签约后" else Anchor.SUBSCRIBE
        if name not in ITEM_NATURES:
            raise ValueError(f"“{name}”不是可用的节点名称（{'、'.join(ITEM_NATURES)}）")
        if share <= 0:
            raise ValueError(f"“{part}”的比例应大于 0")
        if days > 3650:
            raise ValueError(f"“{part}”的天数太大")
        items.append(PlanItem(name, ITEM_NATURES[name], share, days, anchor))
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
