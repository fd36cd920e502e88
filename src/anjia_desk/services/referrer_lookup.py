"""A referrer (老带新) found by their full phone number: on a 来访登记 (services.reception) and when
one is linked later, 补登推荐人 (services.referrals).

Finding a referrer tells whether a number is a customer's, so each such lookup is a lookup like
判客 (issue 14, enumeration; services.lookup_guard): one line of the audit log (the number masked
unless the person may see it in full), one row of the same tally, refused beside the field while
the person must wait — and both kept when the registration or link it served is refused and
rolled back, so that trying the hidden digits of a masked number as "referrers" costs the same as
trying them through 判客.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from anjia_desk.core.phones import Phone, mask_phone
from anjia_desk.db.models import Customer
from anjia_desk.services import customer_state as cs
from anjia_desk.services import lookup_guard as guard
from anjia_desk.services import phone_matches as matching
from anjia_desk.services.context import Actor

#: The form field a referrer's phone is typed in (refusals are shown beside it).
FIELD = "referrer_phone"


def find_referrer(
    session: Session, actor: Actor, phone: Phone, *, now: datetime | None = None
) -> Customer | None:
    """The live customer with exactly this number, or None. `FieldWait` (nothing looked up)
    when the person is beyond the lookup limit and asks again too soon."""
    admission = guard.admit(session, actor, now=now, field=FIELD)
    referrer = session.scalars(matching.same_number(phone).limit(1)).first()
    guard.note(
        session,
        actor,
        admission,
        summary=_summary(actor, phone, referrer),
        customer_id=referrer.id if referrer is not None else None,
        keep=True,
    )
    return referrer


def _summary(actor: Actor, phone: Phone, referrer: Customer | None) -> str:
    """The audit line: the number in full only when it is a customer's the person may see in
    full, masked otherwise; what was found by record number (no name)."""
    own = referrer is not None and cs.shown_phone(actor, referrer) == phone.text
    shown = phone.text if own else mask_phone(phone.text)
    outcome = f"已是客户（编号 {referrer.id}）" if referrer is not None else "不是已有客户"
    return f"推荐人查询 {shown}：{outcome}"
