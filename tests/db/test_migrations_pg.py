"""The populated dumps of every old schema upgrade on PostgreSQL too (issue 15).

Each dump is an SQLite script. On the tests' PostgreSQL cluster the same old schema is built by
the migrations (upgrade to the dump's revision), the dump's rows are copied in, and the app then
opens the database, which upgrades it to head: every row is kept and loads through the models.
"""

from pathlib import Path

import pytest
from sqlalchemy import MetaData, create_engine, func, select, text

from anjia_desk.db.base import Base
from anjia_desk.db.engine import current_revision, make_engine, open_database, session_scope
from anjia_desk.db.engine import upgrade as run_upgrade
from anjia_desk.db.schema import HEAD_REVISION
from anjia_desk.services import users
from tests import pg
from tests.conftest import PG_ADMIN
from tests.db.test_migrations import DUMPS

pytestmark = pytest.mark.skipif(not PG_ADMIN, reason="no PostgreSQL cluster ($ANJIA_TEST_PG)")


def _old_database_on_server(dump: Path, tmp_path: Path) -> tuple[str, dict[str, int]]:
    """A server database at the dump's revision holding the dump's rows; its URL and counts."""
    import sqlite3

    source_path = tmp_path / "old.db"
    connection = sqlite3.connect(source_path)
    connection.executescript(dump.read_text(encoding="utf-8"))
    connection.close()
    url = pg.empty_database("mig")
    engine = make_engine(url)
    try:
        run_upgrade(engine, dump.stem)
        source = create_engine(f"sqlite:///{source_path}")
        old, new = MetaData(), MetaData()
        old.reflect(source)
        new.reflect(engine)
        counts: dict[str, int] = {}
        with source.connect() as read, engine.begin() as write:
            # Rows go in table by table; foreign keys are checked once all are in.
            write.execute(text("SET CONSTRAINTS ALL DEFERRED"))
            write.execute(text("SET session_replication_role = replica"))
            for table in new.sorted_tables:
                if table.name == "alembic_version":
                    continue
                rows = [dict(row._mapping) for row in read.execute(select(old.tables[table.name]))]
                counts[table.name] = len(rows)
                if rows:
                    write.execute(table.insert(), rows)
                if "id" in table.c and rows:
                    write.execute(
                        text(
                            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                            f"(SELECT max(id) FROM {table.name}))"
                        )
                    )
            write.execute(text("SET session_replication_role = DEFAULT"))
        source.dispose()
    finally:
        engine.dispose()
    return url, counts


@pytest.mark.parametrize("dump", DUMPS, ids=lambda d: d.stem)
def test_dump_upgrades_to_head_on_postgresql(dump, tmp_path):
    url, counts = _old_database_on_server(dump, tmp_path)
    try:
        assert sum(counts.values()) > 0
        database = open_database(url)
        try:
            assert current_revision(database.engine) == HEAD_REVISION
            moved = {"settings"}  # 0009_idkey moves the ID key out of settings
            with database.sessions() as s:
                for table, count in counts.items():
                    if table in moved:
                        continue
                    now = s.execute(text(f"SELECT count(*) FROM {table}")).scalar()
                    if table == "audit_log":
                        assert now >= count, table  # upgrades may write audit lines
                    else:
                        assert now == count, table
                # Every row of every table loads through the models.
                for mapper in Base.registry.mappers:
                    s.scalars(select(mapper.class_)).all()
                assert s.scalar(select(func.count()).select_from(Base.metadata.tables["users"]))
            with session_scope(database) as s:
                actor = users.login(s, "admin", "admin-123")
                assert actor.display_name == "管理员"
        finally:
            database.close()
    finally:
        pg.drop_database(url)
