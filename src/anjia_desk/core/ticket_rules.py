"""Pure rules about a 认筹 ticket at 开盘选房: a number chooses only once its 认筹金 is in (the
whole amount, receipts not voided, not refunded), unless the site manager allowed it with a
reason (特许选房); and how much money a paper may say was received on it."""

from __future__ import annotations

from decimal import Decimal

from anjia_desk.core.deals import TicketStatus


def held_on_ticket(status: str, received: Decimal) -> Decimal:
    """The 认筹金 the office holds on a ticket now: what its receipts not voided add up to,
    nothing once it was refunded (退筹: the money went back)."""
    if status == TicketStatus.REFUNDED:
        return Decimal(0)
    return max(received, Decimal(0))


def money_in(amount: Decimal, received: Decimal) -> bool:
    """Whether the ticket's whole 认筹金 has been received."""
    return received >= amount


def choice_refusal(number: int, amount: Decimal, received: Decimal, *, allowed: bool) -> str:
    """Why the number may not choose for want of its 认筹金 ("" when it may: the money is in,
    or the site manager allowed it)."""
    if allowed or money_in(amount, received):
        return ""
    what = "认筹金未收" if received <= 0 else "认筹金未收齐"
    return (
        f"第 {number} 号{what}（应收 {amount:,.2f} 元，已收 {received:,.2f} 元），不能选房："
        "请先到出纳处交款，或由案场经理特许选房"
    )
