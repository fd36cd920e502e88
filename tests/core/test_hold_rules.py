"""锁定延期 (core.units.extend_verdict) and 开盘选房's money (core.ticket_rules), table-driven."""

from __future__ import annotations

from decimal import Decimal

import pytest

from anjia_desk.core.deals import HoldKind, TicketStatus
from anjia_desk.core.roles import Role
from anjia_desk.core.ticket_rules import choice_refusal, held_on_ticket, money_in
from anjia_desk.core.units import EXTEND_REFUSED, Verdict, extend_verdict, over_extension_limit
from tests.core.test_units import SYSTEM, Who, who

R = Role
H, C, RES = HoldKind.HOLD, HoldKind.CHOICE, HoldKind.RESERVE
OK = Verdict(True)
AT_LIMIT = Verdict(False, "已延期 2 次，再延期需案场经理", explain=True)

#: (person, hold kind, holder id, extensions so far) → verdict, with the office's limit of 2.
EXTEND_CASES: list[tuple[str, Who, HoldKind | None, int | None, int, Verdict]] = [
    ("holder, first", who(R.CONSULTANT), H, 7, 0, OK),
    ("holder, second", who(R.CONSULTANT), H, 7, 1, OK),
    ("holder, count used up", who(R.CONSULTANT), H, 7, 2, AT_LIMIT),
    ("holder, past it", who(R.CONSULTANT), H, 7, 5,
     Verdict(False, "已延期 5 次，再延期需案场经理", explain=True)),
    ("someone else's hold", who(R.CONSULTANT), H, 8, 0, Verdict(False, EXTEND_REFUSED)),
    ("secretary, not hers", who(R.SALES_SECRETARY), H, 8, 0, Verdict(False, EXTEND_REFUSED)),
    ("secretary's own choice", who(R.SALES_SECRETARY), C, 7, 1, OK),
    ("site manager, anyone's", who(R.SITE_MANAGER), H, 8, 0, OK),
    ("site manager, past the count", who(R.SITE_MANAGER), H, 8, 2, OK),
    ("site manager, a choice", who(R.SITE_MANAGER), C, 8, 9, OK),
    ("command line", SYSTEM, H, 8, 3, OK),
    ("a 保留", who(R.SITE_MANAGER), RES, 8, 0,
     Verdict(False, "保留到截止日期为止，不能延期；如需更久请释放后重新保留")),
    ("no hold", who(R.CONSULTANT), None, None, 0, Verdict(False, "房源没有锁定或选房，无需延期")),
    ("cashier", who(R.CASHIER), H, 7, 0, Verdict(False, "没有权限：锁定延期", lacks_role=True)),
    ("admin", who(R.ADMIN), H, 7, 0, Verdict(False, "没有权限：锁定延期", lacks_role=True)),
]  # fmt: skip


@pytest.mark.parametrize(
    ("person", "kind", "holder", "extensions", "verdict"),
    [c[1:] for c in EXTEND_CASES],
    ids=[c[0] for c in EXTEND_CASES],
)
def test_extend_verdict(
    person: Who, kind: HoldKind | None, holder: int | None, extensions: int, verdict: Verdict
) -> None:
    got = extend_verdict(
        person, hold_kind=kind, hold_user_id=holder, extensions=extensions, limit=2
    )
    assert got == verdict


@pytest.mark.parametrize(
    ("extensions", "limit", "over"), [(0, 2, False), (1, 2, False), (2, 2, True), (0, 0, True)]
)
def test_over_extension_limit(extensions: int, limit: int, over: bool) -> None:
    assert over_extension_limit(extensions, limit) is over


D = Decimal


@pytest.mark.parametrize(
    ("status", "received", "held"),
    [
        (TicketStatus.ACTIVE, D(20000), D(20000)),
        (TicketStatus.ACTIVE, D(0), D(0)),
        (TicketStatus.CONVERTED, D(20000), D(20000)),
        (TicketStatus.REFUNDED, D(20000), D(0)),  # the money went back
        (TicketStatus.VOIDED, D(0), D(0)),
    ],
)
def test_held_on_ticket(status: TicketStatus, received: Decimal, held: Decimal) -> None:
    assert held_on_ticket(status.value, received) == held


@pytest.mark.parametrize(
    ("amount", "received", "allowed", "refusal"),
    [
        (D(20000), D(20000), False, ""),
        (D(20000), D(30000), False, ""),
        (D(20000), D(0), True, ""),
        (D(20000), D(0), False, "第 3 号认筹金未收（应收 20,000.00 元，已收 0.00 元）"),
        (D(20000), D(5000), False, "第 3 号认筹金未收齐（应收 20,000.00 元，已收 5,000.00 元）"),
    ],
)
def test_choice_refusal(amount: Decimal, received: Decimal, allowed: bool, refusal: str) -> None:
    got = choice_refusal(3, amount, received, allowed=allowed)
    assert money_in(amount, received) is (received >= amount)
    if refusal:
        assert got.startswith(refusal) and "案场经理特许选房" in got
    else:
        assert got == ""
