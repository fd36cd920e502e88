"""The follow-up form's validation."""

from __future__ import annotations

from datetime import date, timedelta

from anjia_desk.core.customers import Grade, Options
from anjia_desk.core.followups import FollowUpForm, grade_changes, validate_follow_up

TODAY = date(2026, 3, 5)
OPTIONS = Options(follow_up_channels=("电话", "微信", "到访"))


def check(**values: object) -> tuple[object, dict[str, str]]:
    base: dict[str, object] = {"channel": "电话", "content": "聊了户型", "grade": "B"}
    base.update(values)
    return validate_follow_up(FollowUpForm(**base), OPTIONS, today=TODAY)  # type: ignore[arg-type]


def test_a_good_form_is_cleaned() -> None:
    clean, errors = check(
        channel=" 微信 ", content="  发了样板间视频 ", result=" 约周六来 ", grade="a", reason=" 急 "
    )
    assert errors == {}
    assert clean is not None
    assert (clean.channel, clean.content, clean.result, clean.grade, clean.reason) == (
        "微信",
        "发了样板间视频",
        "约周六来",
        Grade.A,
        "急",
    )
    assert clean.next_on is None


def test_channel_is_required_and_from_the_options() -> None:
    assert check(channel="")[1] == {"channel": "请选择跟进方式"}
    assert "不在选项中" in check(channel="传真")[1]["channel"]
    free = validate_follow_up(
        FollowUpForm(channel="非常非常长的跟进方式名称", content="x", grade="C"),
        Options(),
        today=TODAY,
    )
    assert "最多" in free[1]["channel"]
    ok = validate_follow_up(
        FollowUpForm(channel="传真", content="x", grade="C"), Options(), today=TODAY
    )
    assert ok[1] == {}


def test_content_is_required_and_limited() -> None:
    assert check(content="   ")[1] == {"content": "请填写跟进内容"}
    assert "最多" in check(content="字" * 2001)[1]["content"]
    assert "最多" in check(result="字" * 201)[1]["result"]
    assert "最多" in check(reason="字" * 501)[1]["reason"]


def test_the_next_date_is_today_or_later_within_a_year() -> None:
    assert check(next_on=TODAY)[1] == {}
    assert check(next_on=TODAY - timedelta(days=1))[1] == {"next_on": "下次跟进日不能早于今天"}
    assert "一年" in check(next_on=TODAY + timedelta(days=400))[1]["next_on"]


def test_the_grade_must_be_a_b_or_c() -> None:
    for bad in ("", "D", "高"):
        clean, errors = check(grade=bad)
        assert clean is None and "grade" in errors


def test_grade_changes() -> None:
    assert grade_changes("B", Grade.A)
    assert not grade_changes("A", Grade.A)
    assert grade_changes(None, Grade.C)
