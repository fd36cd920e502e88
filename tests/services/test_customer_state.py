"""The shared customer helpers: erasing a person leaves nothing of them in the audit log."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.followups import FollowUpForm
from anjia_desk.core.roles import Role
from anjia_desk.db.models import AuditEntry, CustomerRelative
from anjia_desk.services import customer_state as cs
from anjia_desk.services import followups
from tests.helpers import add_actor
from tests.services.test_followups import NOW, make_customer


def test_erasure_clears_the_person_from_the_audit_log(session: Session) -> None:
    owner = add_actor(session, "gw", "王浩", Role.CONSULTANT)
    customer = make_customer(session, owner, name="司马光明", phone="13812345678")
    customer.notes = "喜欢南向，孩子在实验小学"
    session.add(CustomerRelative(customer_id=customer.id, relation="spouse", name="李秀英"))
    session.flush()
    form = FollowUpForm(channel="电话", content="司马先生约周六带太太看房", grade="B")
    followups.log_follow_up(session, owner, customer.id, form, now=NOW)
    session.flush()
    assert any("司马" in e.summary for e in session.scalars(select(AuditEntry)))

    cs.scrub_personal_data(session, customer, now=NOW)
    session.flush()

    texts = [e.summary for e in session.scalars(select(AuditEntry))]
    for secret in ("司马", "李秀英", "实验小学", "1381234"):
        assert not any(secret in text for text in texts), secret
    assert cs.ERASED_SUMMARY in texts  # who and when stay, the values do not
    assert customer.name == cs.ANONYMISED_NAME and customer.phone is None
    assert customer.do_not_disturb and customer.anonymised_at is not None
