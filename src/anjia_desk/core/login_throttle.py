"""Login throttling (issue 14): after five failed attempts for one login name, each further
failure pauses logins under that name for a growing time — 30 s, 60 s, 120 s, 240 s, then 300 s
at most. A name is kept as a keyed hash, so a record exists for a name nobody has (the answer does
not tell whether a name exists) and what was typed, perhaps a password, is never stored."""

from __future__ import annotations

import hashlib
import math
from datetime import datetime, timedelta

#: Failed attempts for one name before the pause starts.
FREE_ATTEMPTS = 5
#: The first pause, doubled with each further failure up to `MAX_DELAY_S`.
FIRST_DELAY_S = 30
MAX_DELAY_S = 300
#: A name whose last failure is older than this starts counting from zero again.
FORGET_AFTER = timedelta(hours=1)


def name_key(username: str) -> str:
    """The stored form of a login name (case and surrounding spaces ignored, as logins are)."""
    return hashlib.sha256(f"anjia-login:{username.strip().lower()}".encode()).hexdigest()


def delay_after(failures: int) -> int:
    """Seconds of pause after `failures` failed attempts in a row (0 before the fifth)."""
    if failures < FREE_ATTEMPTS:
        return 0
    return min(FIRST_DELAY_S << (failures - FREE_ATTEMPTS), MAX_DELAY_S)


def seconds_left(blocked_until: datetime | None, now: datetime) -> int:
    """Whole seconds (rounded up) until a pause ends; 0 when there is none."""
    if blocked_until is None or blocked_until <= now:
        return 0
    return max(1, math.ceil((blocked_until - now).total_seconds()))


def wait_message(seconds: int) -> str:
    return f"登录失败次数过多，请 {seconds} 秒后再试"
