from hypothesis import given, settings
from hypothesis import strategies as st

from anjia_desk.core.passwords import hash_password, password_problem, verify_password


def test_hash_verifies_and_is_salted():
    first, second = hash_password("门店密码abc"), hash_password("门店密码abc")
    assert first != second
    assert first.startswith("scrypt$")
    assert verify_password("门店密码abc", first)
    assert not verify_password("门店密码abd", first)


def test_malformed_hashes_are_rejected():
    assert not verify_password("x", "")
    assert not verify_password("x", "bcrypt$1$2$3$YQ==$YQ==")
    assert not verify_password("x", "scrypt$notanumber$8$1$YQ==$YQ==")
    assert not verify_password("x", "scrypt$16384$8$1$@@@$YQ==")


@settings(max_examples=5, deadline=None)
@given(st.text(min_size=1, max_size=30))
def test_any_password_round_trips(password):
    assert verify_password(password, hash_password(password))


def test_password_rule():
    assert password_problem("12345") == "密码至少 6 位"
    assert password_problem(" abcdef") == "密码首尾不能有空格"
    assert password_problem("111111") == "密码不能是同一个数字重复"
    assert password_problem("abc123") is None
