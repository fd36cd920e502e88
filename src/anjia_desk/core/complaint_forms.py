"""The intake form of a complaint (issue 18, DOMAIN §9): 5W2H — who, when, where, what, why, how
much, how to solve —, the channel (with the referring body's reference and deadline), nature and
level, the people on the case. `validate_intake` returns {field: message}; pure."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from anjia_desk.core.complaint_kinds import Referrer
from anjia_desk.core.complaints import Channel, Level, Nature
from anjia_desk.core.phones import PhoneError, parse_phone

WHO_MAX = 60
SHORT_MAX = 60
PLACE_MAX = 100
TEXT_MAX = 2000
POINT_MAX = 20
REF_MAX = 40
GROUP_MAX = 10000
#: An intake time a little ahead of the clock is a PC's clock, not a mistake.
CLOCK_SLACK = timedelta(minutes=5)


@dataclass(frozen=True)
class IntakeForm:
    """What 受理投诉 sends. `intake_at` None: now. A referred complaint names its body, that
    body's reference number and deadline. Media attention makes it 一级."""

    channel: Channel
    who: str
    what: str
    nature: Nature
    level: Level
    intake_at: datetime | None = None
    referrer: Referrer | None = None
    referred_ref: str = ""
    referred_due_at: datetime | None = None
    customer_id: int | None = None
    deal_id: int | None = None
    contact_phone: str = ""
    happened: str = ""
    place: str = ""
    why: str = ""
    how_much: str = ""
    how_to_solve: str = ""
    point: str = ""
    media_risk: bool = False
    group_size: int = 1
    engineer: str = ""
    contractor: str = ""
    butler: str = ""
    multi_department: bool = False
    owner_id: int | None = None


def _long(errors: dict[str, str], key: str, text: str, most: int) -> None:
    if len(text.strip()) > most:
        errors[key] = f"最多{most}个字"


def validate_intake(form: IntakeForm, *, now: datetime) -> dict[str, str]:
    """The form's own fields (the customer, deal and owner are checked against the database by
    the service)."""
    errors: dict[str, str] = {}
    if not form.who.strip():
        errors["who"] = "请填写投诉人"
    if not form.what.strip():
        errors["what"] = "请填写投诉内容"
    for key, most in (
        ("who", WHO_MAX),
        ("happened", SHORT_MAX),
        ("place", PLACE_MAX),
        ("how_much", PLACE_MAX),
        ("what", TEXT_MAX),
        ("why", TEXT_MAX),
        ("how_to_solve", TEXT_MAX),
        ("point", POINT_MAX),
        ("engineer", SHORT_MAX),
        ("contractor", SHORT_MAX),
        ("butler", SHORT_MAX),
        ("referred_ref", REF_MAX),
    ):
        if key not in errors:
            _long(errors, key, str(getattr(form, key)), most)
    if form.contact_phone.strip():
        try:
            parse_phone(form.contact_phone)
        except PhoneError as exc:
            errors["contact_phone"] = str(exc)
    if form.intake_at is not None and form.intake_at > now + CLOCK_SLACK:
        errors["intake_at"] = "受理时间不能晚于现在"
    if form.channel is Channel.REFERRED:
        if form.referrer is None:
            errors["referrer"] = "请选择转办单位（12345 热线、住建局、消协…）"
        if not form.referred_ref.strip():
            errors["referred_ref"] = "请填写转办单位的编号"
        if form.referred_due_at is None:
            errors["referred_due_at"] = "请填写转办单位要求的答复时限"
    elif form.referrer is not None or form.referred_ref.strip():
        errors["referrer"] = "只有外部转办的投诉才填写转办单位"
    if form.media_risk and form.level is not Level.MAJOR:
        errors["level"] = "有媒体关注风险的投诉为一级"
    if not 1 <= form.group_size <= GROUP_MAX:
        errors["group_size"] = f"涉及户数应为 1–{GROUP_MAX}"
    return errors
