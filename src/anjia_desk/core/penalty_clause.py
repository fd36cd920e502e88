"""The contract's late-payment penalty clause (违约条款, DOMAIN §7), recorded on a deal at 认购
from the office's settings: its number ("第九条") and its words, the deal's daily rate written in
where the template says {rate}. The 认购书 prints it and the stage-5 dunning letter quotes it."""

from __future__ import annotations

from decimal import Decimal

#: Where the rate goes in the clause's template.
RATE = "{rate}"
DEFAULT_CLAUSE_NO = "第九条"
DEFAULT_CLAUSE_TEXT = (
    "买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，"
    "按日计算向出卖人支付逾期应付款{rate}的违约金。"
)
CLAUSE_NO_MAX = 20
CLAUSE_TEXT_MAX = 500


def rate_text(per_10k: Decimal) -> str:
    """The daily rate as a contract writes it: 5 → 万分之5, 2.5 → 万分之2.5."""
    return f"万分之{per_10k.normalize():f}"


def clause_text(template: str, per_10k: Decimal) -> str:
    """The clause's words for a deal: the template with its rate written in."""
    return template.replace(RATE, rate_text(per_10k))


def check_clause_template(text: str) -> str | None:
    """The settings' check: the template must say where the rate goes."""
    if RATE not in text:
        return f"条款内容须包含 {RATE}（认购时替换为该交易的日违约金率，如“万分之5”）"
    return None
