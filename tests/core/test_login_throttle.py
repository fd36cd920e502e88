"""The pause after failed logins (issue 14): five free attempts, then 30 s doubling to 5 minutes."""

from datetime import UTC, datetime, timedelta

from anjia_desk.core.login_throttle import delay_after, name_key, seconds_left, wait_message


def test_the_pause_starts_at_the_fifth_failure_and_grows_to_five_minutes():
    assert [delay_after(n) for n in range(1, 12)] == [0, 0, 0, 0, 30, 60, 120, 240, 300, 300, 300]


def test_names_are_kept_as_hashes_that_ignore_case_and_spaces():
    assert name_key(" Boss ") == name_key("boss") != name_key("boss2")
    assert "boss" not in name_key("boss") and len(name_key("boss")) == 64


def test_seconds_left_round_up_and_end_at_zero():
    now = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
    assert seconds_left(None, now) == 0
    assert seconds_left(now, now) == 0
    assert seconds_left(now + timedelta(seconds=29.2), now) == 30
    assert seconds_left(now + timedelta(milliseconds=1), now) == 1
    assert wait_message(30) == "登录失败次数过多，请 30 秒后再试"
