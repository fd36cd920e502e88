"""The forms of a change order (DOMAIN §8, issue 17): the buyer's written request (with the 换房
unit or the 更名 buyer), the retention talk, the adjusted refund figure, a step done after 签约,
the 解除合同通知书's delivery, the contract's recovery, the brief's checklist, the gift, and
the refund voucher. Each a plain dataclass and a pure validator returning `{field: message}`.

The dialogs show the messages beside their fields (the keys are the dialogs' field keys); the
services call the same validators first. What needs the database (the deal's stage, the new
unit's status, who the seller is) is checked by the services.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from anjia_desk.core.changes import (
    TAG_LEN,
    TAG_MAX,
    TERMINATE_GROUNDS,
    ChangeKind,
    Fault,
    Ground,
    ReasonType,
    RenameMode,
    TalkOutcome,
)
from anjia_desk.core.deals import FEN, PaymentMethod
from anjia_desk.core.identity import normalise_id_number
from anjia_desk.core.money import yuan

NOTE_MAX = 200
TEXT_MAX = 2000
GROUND_NOTE_MAX = 300
NAME_MAX = 40
ARCHIVE_MAX = 40
GIFT_MAX = 100


def _long(errors: dict[str, str], key: str, text: str, most: int) -> None:
    if len(text.strip()) > most:
        errors[key] = f"不能超过{most}个字"


def _required(errors: dict[str, str], key: str, text: str, what: str, most: int) -> None:
    if not text.strip():
        errors[key] = f"请填写{what}"
    else:
        _long(errors, key, text, most)


def _amount(errors: dict[str, str], key: str, amount: Decimal, *, zero_ok: bool = False) -> None:
    if amount.quantize(FEN) != amount:
        errors[key] = "金额最多两位小数"
    elif amount < 0 or (amount == 0 and not zero_ok):
        errors[key] = "金额须大于0" if not zero_ok else "金额不能为负数"


# -- the request --------------------------------------------------------------------------------


@dataclass(frozen=True)
class RequestForm:
    """What 登记变更申请 sends. `requested_at`: when the buyer's written request arrived (the
    time matters: the 72 hours after 签约); None for now. A refund (退定/退房) needs its reason
    type and fault; a ground when the law or a rule decides the fault; 解约 one of its two
    grounds. 换房 names the new unit; 更名 the new buyer, relation and the old buyer's consent."""

    kind: ChangeKind
    requested_at: datetime | None = None
    reason_type: ReasonType | None = None
    tags: tuple[str, ...] = ()
    fault: Fault = Fault.BUYER
    ground: Ground | None = None
    ground_note: str = ""
    real_reason: str = ""
    note: str = ""
    # 换房
    new_unit_id: int | None = None
    new_payment_method: PaymentMethod | None = None
    new_special_discount: Decimal = Decimal(0)
    # 更名 / 增减名
    rename_mode: RenameMode = RenameMode.REPLACE
    new_buyer_name: str = ""
    new_buyer_id_number: str = ""
    relation: str = ""
    consent_on: date | None = None


def validate_request(
    form: RequestForm,
    *,
    now: datetime,
    today: date,
    relations: tuple[str, ...] = (),
) -> dict[str, str]:
    """The request's own fields; `relations` the ones a 更名 may go to (settings)."""
    errors: dict[str, str] = {}
    if form.requested_at is not None and form.requested_at > now:
        errors["requested_at"] = "收到申请的时间不能晚于现在"
    if len(form.tags) > TAG_MAX:
        errors["tags"] = f"原因标签最多{TAG_MAX}个"
    elif any(not t.strip() or len(t.strip()) > TAG_LEN for t in form.tags):
        errors["tags"] = f"每个原因标签1–{TAG_LEN}个字"
    _long(errors, "real_reason", form.real_reason, TEXT_MAX)
    _long(errors, "note", form.note, TEXT_MAX)
    _long(errors, "ground_note", form.ground_note, GROUND_NOTE_MAX)
    kind = form.kind
    if kind in (ChangeKind.UNSUBSCRIBE, ChangeKind.CANCEL):
        if form.reason_type is None:
            errors["reason_type"] = "请选择原因类型"
        if form.ground is not None:
            if form.ground in TERMINATE_GROUNDS:
                errors["ground"] = "该依据只用于开发商解约"
            elif form.ground.fault is not form.fault:
                errors["fault"] = f"依据“{form.ground.label}”的过错方应为{form.ground.fault.label}"
        if form.reason_type is ReasonType.STATUTORY and (
            form.ground is None or not form.ground.statutory
        ):
            errors["ground"] = "法定解除请选择所依据的法定情形"
        if form.ground is not None and form.ground.statutory and not form.ground_note.strip():
            errors["ground_note"] = "请写明满足的条件（条款或法条、日期）"
    elif kind is ChangeKind.TERMINATE:
        if form.ground not in TERMINATE_GROUNDS:
            errors["ground"] = "请选择解约依据：付款催告期满或合同约定解除条款"
        if not form.ground_note.strip():
            errors["ground_note"] = "请写明满足的条件（条款、日期）"
    elif kind is ChangeKind.SWAP:
        if form.new_unit_id is None:
            errors["new_unit"] = "请选择要换的新房源"
        _amount(errors, "new_special_discount", form.new_special_discount, zero_ok=True)
    elif kind is ChangeKind.RENAME:
        errors.update(_rename_problems(form, today=today, relations=relations))
    return errors


def _rename_problems(
    form: RequestForm, *, today: date, relations: tuple[str, ...]
) -> dict[str, str]:
    errors: dict[str, str] = {}
    _required(errors, "new_buyer_name", form.new_buyer_name, "买受人姓名", NAME_MAX)
    if form.rename_mode is not RenameMode.REMOVE:
        try:
            normalise_id_number(form.new_buyer_id_number)
        except ValueError as exc:
            errors["new_buyer_id_number"] = str(exc)
        if not form.relation.strip():
            errors["relation"] = "请选择与原买受人的关系"
        elif relations and form.relation.strip() not in relations:
            errors["relation"] = f"按本案场规定，只能更名给：{'、'.join(relations)}"
    if form.consent_on is None:
        errors["consent_on"] = "请登记原买受人书面同意的日期"
    elif form.consent_on > today:
        errors["consent_on"] = "同意日期不能晚于今天"
    return errors


# -- the retention talk ------------------------------------------------------------------------


@dataclass(frozen=True)
class TalkForm:
    outcome: TalkOutcome
    note: str
    real_reason: str = ""


def validate_talk(form: TalkForm) -> dict[str, str]:
    errors: dict[str, str] = {}
    _required(errors, "note", form.note, "洽谈记录", TEXT_MAX)
    _long(errors, "real_reason", form.real_reason, TEXT_MAX)
    return errors


# -- the figure, the steps, the notice, the archive, the brief, the gift -------------------------


@dataclass(frozen=True)
class AdjustForm:
    """The refund figure changed by hand: needs a reason; the marketing head's approval counts."""

    amount: Decimal
    reason: str


def validate_adjust(form: AdjustForm, *, computed: Decimal) -> dict[str, str]:
    errors: dict[str, str] = {}
    _amount(errors, "amount", form.amount, zero_ok=True)
    if "amount" not in errors and form.amount == computed:
        errors["amount"] = f"与计算结果 {yuan(computed)}元 相同，无需调整"
    _required(errors, "reason", form.reason, "调整原因", NOTE_MAX)
    return errors


@dataclass(frozen=True)
class ArchiveForm:
    recovered_on: date
    archive_no: str = ""


def validate_archive(form: ArchiveForm, *, today: date) -> dict[str, str]:
    errors: dict[str, str] = {}
    if form.recovered_on > today:
        errors["recovered_on"] = "收回日期不能晚于今天"
    _long(errors, "archive_no", form.archive_no, ARCHIVE_MAX)
    return errors


@dataclass(frozen=True)
class GiftForm:
    gift: str
    given_on: date


def validate_gift(form: GiftForm, *, today: date) -> dict[str, str]:
    errors: dict[str, str] = {}
    _required(errors, "gift", form.gift, "礼品", GIFT_MAX)
    if form.given_on > today:
        errors["given_on"] = "赠送日期不能晚于今天"
    return errors


# -- the refund voucher ------------------------------------------------------------------------


@dataclass(frozen=True)
class VoucherForm:
    amount: Decimal
    payee: str
    method: str = "转账"
    paid_on: date | None = None
    note: str = ""


def validate_voucher(form: VoucherForm, *, today: date, left: Decimal) -> dict[str, str]:
    """`left`: what is still to be paid back on the order."""
    errors: dict[str, str] = {}
    _amount(errors, "amount", form.amount)
    if "amount" not in errors and form.amount > left:
        errors["amount"] = f"超过尚未退还的 {yuan(left)}元"
    _required(errors, "payee", form.payee, "收款人", NAME_MAX)
    _long(errors, "method", form.method, 10)
    _long(errors, "note", form.note, NOTE_MAX)
    if form.paid_on is not None and form.paid_on > today:
        errors["paid_on"] = "付款日期不能晚于今天"
    return errors
