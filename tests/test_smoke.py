from sqlalchemy import select

from anjia_desk.db.models import AuditEntry
from anjia_desk.services import users


def test_first_admin_and_login_are_audited(database):
    from anjia_desk.db.engine import session_scope

    with database.sessions() as s:
        assert users.needs_first_admin(s)
        users.create_first_admin(s, username="boss", display_name="老板", password="secret12")
        s.commit()
    with session_scope(database) as s:
        actor = users.login(s, "boss", "secret12")
        assert actor.display_name == "老板"
    with database.sessions() as s:
        actions = [e.action for e in s.scalars(select(AuditEntry).order_by(AuditEntry.id))]
    assert actions[:3] == ["create", "create", "login"]
