"""What is kept and what is returned when a deal ends (DOMAIN §8, Civil Code Art. 586–588): every
amount received, by nature, line by line, with the rule in words beside it.

- 认筹金, 订金/诚意金 (advance payments): returned in full.
- Before 签约, 定金: kept if the buyer is at fault, returned if no one is, returned double (the
  定金 plus as much again) if the developer is; any part above 20% of the price is not 定金 and
  is returned once (Art. 586).
- After 签约 the 定金 is part of the price (Art. 587): everything paid is returned, minus — if the
  buyer is at fault — the contract's breach penalty; never the 定金 and the penalty together
  (Art. 588). The penalty is deducted up to what is returned; the rest is a claim, not deducted.
- On a statutory ground nothing is deducted and each amount earns simple interest from its
  payment date to the refund date at the refund-interest rate (a yearly percent; actual days
  over 365) — never the late-payment rate.

Pure: plain values in, plain values out; amounts half-up to the fen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from anjia_desk.core.changes import Fault
from anjia_desk.core.deals import DEPOSIT_CAP, Nature
from anjia_desk.core.money import fen, yuan

ZERO = Decimal("0.00")
DAYS_A_YEAR = Decimal(365)


class BreachBase(StrEnum):
    """What the contract's breach penalty is a percent of."""

    PRICE = "price"  # 总价款
    DUE = "due"  # 已到期应付款

    @property
    def label(self) -> str:
        return {"price": "总价款", "due": "已到期应付款"}[self.value]


@dataclass(frozen=True)
class Breach:
    """The contract's breach penalty for the buyer, as recorded on the deal."""

    base: BreachBase
    percent: Decimal
    clause_no: str = ""


@dataclass(frozen=True)
class Paid:
    """One amount received (a receipt not voided)."""

    nature: Nature
    amount: Decimal
    paid_on: date
    ref: str = ""  # the receipt's code, SJ-000123


@dataclass(frozen=True)
class RefundCase:
    paid: Sequence[Paid]
    signed: bool  # 签约 done before the deal ends
    fault: Fault
    statutory: bool  # a statutory ground: nothing deducted, interest on every amount
    price: Decimal
    due_to_date: Decimal  # what the plan had due by the refund date (base 已到期应付款)
    breach: Breach
    rate: Decimal  # the refund-interest rate, percent a year
    refund_on: date


class LineKind(StrEnum):
    RECEIVED = "received"  # an amount received, and what becomes of it
    DOUBLE = "double"  # the developer pays as much again as the 定金
    PENALTY = "penalty"  # the contract's breach penalty, deducted


@dataclass(frozen=True)
class RefundLine:
    kind: LineKind
    label: str  # 定金（SJ-000012）
    nature: Nature | None
    paid_on: date | None
    received: Decimal
    returned: Decimal  # paid back on this line (negative: the penalty deducted)
    kept: Decimal  # kept by the developer on this line
    interest: Decimal
    rule: str  # the rule, in words


@dataclass(frozen=True)
class RefundTable:
    lines: tuple[RefundLine, ...]
    received: Decimal
    returned: Decimal  # to pay back in all: lines returned + interest (the penalty deducted)
    kept: Decimal  # the 定金 kept + the penalty deducted
    interest: Decimal
    penalty: Decimal  # deducted
    penalty_open: Decimal  # the part of the penalty above what is returned: not deducted
    notes: tuple[str, ...]

    @property
    def summary(self) -> str:
        text = f"已收 {yuan(self.received)} 元，应退 {yuan(self.returned)} 元"
        if self.kept:
            text += f"，不予退还 {yuan(self.kept)} 元"
        if self.interest:
            text += f"（含利息 {yuan(self.interest)} 元）"
        return text


def interest(amount: Decimal, rate: Decimal, since: date, until: date) -> Decimal:
    """Simple interest on `amount` at `rate` percent a year from `since` to `until` (actual
    days over 365; nothing for a day before or equal to `since`)."""
    days = max((until - since).days, 0)
    return fen(amount * rate / Decimal(100) * Decimal(days) / DAYS_A_YEAR)


def _label(item: Paid, name: str | None = None) -> str:
    name = name or item.nature.label
    return f"{name}（{item.ref}）" if item.ref else name


def _deposit_rule(fault: Fault) -> tuple[str, bool]:
    """The rule for the 定金 proper before 签约, and whether it is kept."""
    if fault is Fault.BUYER:
        return "买方原因未能签约，定金不予退还（民法典第587条）", True
    if fault is Fault.SELLER:
        return "卖方原因未能签约，双倍返还定金（民法典第587条）", False
    return (
        "不可归责于双方（如购房资格或贷款未获批准），定金全额退还（最高法商品房买卖合同解释第4条）",
        False,
    )


def compute_refund(case: RefundCase) -> RefundTable:
    """The money table of a deal ending on `case`."""
    rate_words = f"，并自付款日起按年利率 {case.rate}% 计息至退款日"
    cap_left = fen(case.price * DEPOSIT_CAP)
    lines: list[RefundLine] = []
    notes: list[str] = []
    for item in sorted(case.paid, key=lambda p: (p.paid_on, p.ref)):
        amount = fen(item.amount)
        owed_interest = (
            interest(amount, case.rate, item.paid_on, case.refund_on) if case.statutory else ZERO
        )
        tail = rate_words if case.statutory else ""
        if item.nature is Nature.DEPOSIT and not case.signed:
            proper = min(amount, max(cap_left, ZERO))
            cap_left -= proper
            excess = amount - proper
            if proper:
                rule, forfeit = _deposit_rule(case.fault)
                share = interest(proper, case.rate, item.paid_on, case.refund_on)
                lines.append(
                    RefundLine(
                        LineKind.RECEIVED,
                        _label(item),
                        item.nature,
                        item.paid_on,
                        proper,
                        ZERO if forfeit else proper,
                        proper if forfeit else ZERO,
                        share if case.statutory and not forfeit else ZERO,
                        rule + ("" if forfeit else tail),
                    )
                )
                if case.fault is Fault.SELLER:
                    lines.append(
                        RefundLine(
                            LineKind.DOUBLE,
                            "定金罚则：另付与定金同额款项",
                            Nature.DEPOSIT,
                            None,
                            ZERO,
                            proper,
                            ZERO,
                            ZERO,
                            "卖方违约，除退还定金外再支付同等数额（民法典第587条）",
                        )
                    )
            if excess:
                lines.append(
                    RefundLine(
                        LineKind.RECEIVED,
                        _label(item, "定金超出成交价20%的部分"),
                        item.nature,
                        item.paid_on,
                        excess,
                        excess,
                        ZERO,
                        interest(excess, case.rate, item.paid_on, case.refund_on)
                        if case.statutory
                        else ZERO,
                        "超过成交价20%的部分不是定金，原额退还（民法典第586条）" + tail,
                    )
                )
            continue
        if item.nature is Nature.DEPOSIT:
            rule = "签约后定金已抵作房款（民法典第587条），随已付款项退还"
        elif item.nature in (Nature.QUEUE, Nature.ADVANCE):
            rule = f"{item.nature.label}是预付款而非定金，全额退还"
        else:
            rule = f"已付{item.nature.label}全额退还"
        lines.append(
            RefundLine(
                LineKind.RECEIVED,
                _label(item),
                item.nature,
                item.paid_on,
                amount,
                amount,
                ZERO,
                owed_interest,
                rule + tail,
            )
        )

    penalty = penalty_open = ZERO
    if case.signed and case.fault is Fault.BUYER and not case.statutory:
        base = case.price if case.breach.base is BreachBase.PRICE else case.due_to_date
        owed = fen(base * case.breach.percent / Decimal(100))
        back = sum((line.returned for line in lines), ZERO)
        penalty = min(owed, back)
        penalty_open = owed - penalty
        clause = f"合同{case.breach.clause_no}" if case.breach.clause_no else "合同违约条款"
        if owed:
            lines.append(
                RefundLine(
                    LineKind.PENALTY,
                    "违约金",
                    None,
                    None,
                    ZERO,
                    -penalty,
                    penalty,
                    ZERO,
                    f"买方原因解除，按{clause}扣除违约金"
                    f"（{case.breach.base.label} {yuan(base)} 元的 {case.breach.percent}%）；"
                    "定金已抵作房款，不与违约金同时适用（民法典第588条）",
                )
            )
        if penalty_open:
            notes.append(
                f"违约金 {yuan(owed)} 元超过应退款项，其余 {yuan(penalty_open)} 元不在退款中扣除，"
                "另行协商或依法主张"
            )
    if case.statutory:
        notes.append("法定解除：不扣除任何款项，利息按退款利率计算，不适用逾期付款违约金利率")
    received = sum((line.received for line in lines), ZERO)
    total_interest = sum((line.interest for line in lines), ZERO)
    returned = sum((line.returned for line in lines), ZERO) + total_interest
    kept = sum((line.kept for line in lines), ZERO)
    return RefundTable(
        lines=tuple(lines),
        received=received,
        returned=returned,
        kept=kept,
        interest=total_interest,
        penalty=penalty,
        penalty_open=penalty_open,
        notes=tuple(notes),
    )
