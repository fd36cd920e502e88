"""Rules for user accounts: what a valid username, display name and set of roles look like."""

from __future__ import annotations

import re
from collections.abc import Iterable

from anjia_desk.core.passwords import password_problem
from anjia_desk.core.roles import Role
from anjia_desk.core.text import clean_name

USERNAME_RE = re.compile(r"[A-Za-z][A-Za-z0-9_.-]{1,29}")
RESERVED_USERNAMES = frozenset({"system", "admin0", "root"})


def validate_user(
    *,
    username: str,
    display_name: str,
    roles: Iterable[str],
    password: str | None = None,
) -> dict[str, str]:
    """Field name → Chinese message, for every problem; empty when the values are acceptable."""
    errors: dict[str, str] = {}
    if not USERNAME_RE.fullmatch(username):
        errors["username"] = "登录名 2–30 位，以字母开头，可含字母、数字、_ . -"
    elif username.lower() in RESERVED_USERNAMES:
        errors["username"] = "这个登录名保留给系统使用"
    name = clean_name(display_name)  # what the service stores (issue 14)
    if not name:
        errors["display_name"] = "请填写姓名"
    elif len(name) > 40:
        errors["display_name"] = "姓名最多 40 个字"
    role_list = list(roles)
    if not role_list:
        errors["roles"] = "至少选择一个角色"
    else:
        unknown = [r for r in role_list if r not in Role._value2member_map_]
        if unknown:
            errors["roles"] = f"未知角色：{'、'.join(unknown)}"
    if password is not None:
        problem = password_problem(password)
        if problem:
            errors["password"] = problem
    return errors
