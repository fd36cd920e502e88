"""Write a populated SQL dump of the current schema (run once per release that changes it):

    .venv/bin/python tests/db/make_dump.py tests/db/dumps/<revision>.sql

The migration test loads every dump in tests/db/dumps/ and upgrades it to the newest schema.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
from datetime import date
from pathlib import Path


def main(out: Path) -> None:
    home = tempfile.mkdtemp()
    os.environ["ANJIA_DESK_HOME"] = home
    from anjia_desk.core.roles import Role
    from anjia_desk.db.engine import open_database, session_scope
    from anjia_desk.services import audit, calendar, settings, users
    from anjia_desk.services.context import Actor

    path = Path(home) / "dump.db"
    database = open_database(str(path))
    with session_scope(database) as s:
        users.create_first_admin(s, username="admin", display_name="管理员", password="admin-123")
    system = Actor.system()
    with session_scope(database, system) as s:
        users.add_user(
            s,
            system,
            username="guwen1",
            display_name="王浩",
            roles=[Role.CONSULTANT],
            password="guwen-123",
        )
        users.add_user(
            s,
            system,
            username="jingli",
            display_name="黄建国",
            roles=[Role.SITE_MANAGER, Role.CONSULTANT],
            password=None,
        )
        settings.update_settings(
            s,
            system,
            {"letterhead.company": "安家置业（杭州）有限公司", "security.lock_minutes": 15},
        )
        calendar.save_year(
            s,
            system,
            2027,
            [
                calendar.DayEntry(date(2027, 1, 1), False, "元旦"),
                calendar.DayEntry(date(2027, 2, 20), True, "春节调休"),
            ],
        )
        audit.record(s, system, "print", "visitor_form", None, "空白来访登记表")
    database.close()
    connection = sqlite3.connect(path)
    out.write_text("\n".join(connection.iterdump()) + "\n", encoding="utf-8")
    connection.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
