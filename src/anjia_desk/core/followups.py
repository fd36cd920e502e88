"""The follow-up form (DOMAIN §3): what a consultant records after a call, a WeChat chat or a
visit, with the next date and the customer's grade, checked without the database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from anjia_desk.core.customers import Grade, Options
from anjia_desk.core.text import clean_note

CONTENT_MAX = 2000
RESULT_MAX = 200
REASON_MAX = 500
CHANNEL_MAX = 10
#: The next date may be planned at most this far ahead (a year: beyond that it is no plan).
NEXT_ON_MAX_DAYS = 366


@dataclass(frozen=True)
class FollowUpForm:
    """What the follow-up form hands to the service, as typed."""

    channel: str = ""
    content: str = ""
    result: str = ""
    next_on: date | None = None
    grade: str = ""  # A/B/C; may equal the current grade
    reason: str = ""  # why the grade changed (kept with the change)


@dataclass(frozen=True)
class CleanFollowUp:
    channel: str
    content: str
    result: str
    next_on: date | None
    grade: Grade
    reason: str


def grade_changes(current: str | None, new: Grade) -> bool:
    """True when `new` differs from the customer's current grade."""
    return current != new.value


def validate_follow_up(
    form: FollowUpForm, options: Options, *, today: date
) -> tuple[CleanFollowUp | None, dict[str, str]]:
    """The clean follow-up, or the Chinese message per field (keys are FollowUpForm's names)."""
    errors: dict[str, str] = {}
    channel = form.channel.strip()
    if not channel:
        errors["channel"] = "请选择跟进方式"
    elif options.follow_up_channels and channel not in options.follow_up_channels:
        errors["channel"] = f"跟进方式不在选项中：{channel}（可在设置中增加）"
    elif len(channel) > CHANNEL_MAX:
        errors["channel"] = f"跟进方式最多 {CHANNEL_MAX} 个字"
    content = clean_note(form.content)
    if not content:
        errors["content"] = "请填写跟进内容"
    elif len(content) > CONTENT_MAX:
        errors["content"] = f"跟进内容最多 {CONTENT_MAX} 个字"
    result = clean_note(form.result)
    if len(result) > RESULT_MAX:
        errors["result"] = f"跟进结果最多 {RESULT_MAX} 个字"
    if form.next_on is not None:
        if form.next_on < today:
            errors["next_on"] = "下次跟进日不能早于今天"
        elif form.next_on > today + timedelta(days=NEXT_ON_MAX_DAYS):
            errors["next_on"] = "下次跟进日最多排到一年以后"
    grade: Grade | None = None
    try:
        grade = Grade(form.grade.strip().upper())
    except ValueError:
        errors["grade"] = "请选择意向等级 A、B 或 C"
    reason = clean_note(form.reason)
    if len(reason) > REASON_MAX:
        errors["reason"] = f"等级调整原因最多 {REASON_MAX} 个字"
    if errors or grade is None:
        return None, errors
    return (
        CleanFollowUp(
            channel=channel,
            content=content,
            result=result,
            next_on=form.next_on,
            grade=grade,
            reason=reason,
        ),
        {},
    )
