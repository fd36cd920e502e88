"""A PostgreSQL server as the office's database (issue 15), on the tests' shared cluster: the URL
used as written, a clear Chinese line for each way a connection fails, the refusals at open (a
newer schema, an encoding that is not UTF8) and least privilege (the owner role migrates, the
everyday app role has data rights only and is told what to run)."""

from __future__ import annotations

import os

import psycopg
import pytest
from sqlalchemy import inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from anjia_desk.cli import run
from anjia_desk.core.errors import UserError
from anjia_desk.db import server
from anjia_desk.db.engine import (
    current_revision,
    make_engine,
    open_database,
    resolve_url,
    session_scope,
    upgrade,
)
from anjia_desk.db.models import Setting
from anjia_desk.db.schema import HEAD_REVISION
from anjia_desk.services.context import Actor
from tests import pg

pytestmark = pytest.mark.skipif(
    not os.environ.get("ANJIA_TEST_PG"), reason="needs $ANJIA_TEST_PG (a PostgreSQL cluster)"
)
OLDER = "0011_enum"


def _with(url: str, **parts: object) -> str:
    return make_url(url).set(**parts).render_as_string(hide_password=False)  # type: ignore[arg-type]


def test_every_spelling_of_a_server_url_opens_with_psycopg():
    url = pg.fresh_database()
    try:
        for spelling in ("postgresql+psycopg://", "postgres://"):
            same = spelling + url.split("://", 1)[1]
            assert resolve_url(same) == url
            database = open_database(same)
            try:
                assert database.engine.dialect.driver == "psycopg"
            finally:
                database.close()
        with pytest.raises(UserError, match="不支持的数据库驱动“psycopg2”"):
            open_database("postgresql+psycopg2://" + url.split("://", 1)[1])
    finally:
        pg.drop_database(url)


def test_the_password_is_never_shown():
    url = _with(pg.fresh_database(), password="s3cret/é")
    try:
        database = open_database(url)
        try:
            assert "s3cret" not in database.display_name and "***" in database.display_name
        finally:
            database.close()
        with pytest.raises(UserError) as refused:
            open_database(_with(url, database="wt_server_no_such_db"))
        assert "s3cret" not in refused.value.message
    finally:
        pg.drop_database(url)


@pytest.mark.parametrize(
    ("parts", "phrase"),
    [
        ({"port": 1}, "无法连接数据库服务器（127.0.0.1:1）：连接被拒绝"),
        ({"host": "wt-server-no-such-host.invalid"}, "找不到数据库服务器“wt-server-no-such-host"),
        ({"database": "wt_server_no_such_db"}, "没有名为“wt_server_no_such_db”的数据库"),
        ({"username": "wt_server_no_such_role"}, "没有名为“wt_server_no_such_role”的用户"),
        ({"query": {"sslmode": "require"}}, "没有开启加密连接（TLS）"),
    ],
    ids=["refused", "unknown-host", "no-database", "no-role", "tls"],
)
def test_each_way_a_connection_fails_is_one_chinese_line(parts, phrase, capsys):
    url = _with(pg.admin_url(), **parts)
    with pytest.raises(UserError, match=phrase):
        open_database(url)
    assert run(["--db", url, "upgrade"]) == 2
    err = capsys.readouterr().err
    assert phrase in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_a_database_not_in_utf8_is_refused_untouched():
    name = f"wt_server_latin_{os.getpid()}"
    pg.admin(f'DROP DATABASE IF EXISTS "{name}"')
    pg.admin(
        f"CREATE DATABASE \"{name}\" ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C'"
        " TEMPLATE template0"
    )
    url = pg.url_of(name)
    try:
        with pytest.raises(UserError, match="字符编码是 LATIN1，不是 UTF8"):
            open_database(url)
        engine = make_engine(url)
        try:
            with engine.connect() as conn:
                assert inspect(conn).get_table_names() == []
        finally:
            engine.dispose()
    finally:
        pg.drop_database(url)


def test_a_newer_schema_is_refused(capsys):
    url = pg.fresh_database()
    try:
        engine = make_engine(url)
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
        engine.dispose()
        with pytest.raises(UserError, match="更新版本"):
            open_database(url)
        assert run(["--db", url, "upgrade"]) == 2
        assert "更新版本" in capsys.readouterr().err
    finally:
        pg.drop_database(url)


@pytest.fixture
def roles():
    """An owner role with its own database (at an older schema) and an everyday app role."""
    with pg.office_roles("wt_server") as made:
        yield made


def _revision(url: str) -> str | None:
    engine = make_engine(url)
    try:
        return current_revision(engine)
    finally:
        engine.dispose()


def test_the_app_role_does_not_make_the_schema_of_an_empty_database(roles, capsys):
    _owner_url, app_url, _app = roles
    with pytest.raises(UserError) as empty:
        open_database(app_url)
    assert "还是空的" in empty.value.message and "upgrade" in empty.value.message
    assert run(["--db", app_url, "upgrade"]) == 2
    assert "所有者账号" in capsys.readouterr().err
    assert _revision(app_url) is None


def test_least_privilege_end_to_end(roles, capsys):
    owner_url, app_url, app = roles
    engine = make_engine(owner_url)
    upgrade(engine, OLDER)
    engine.dispose()
    grants = server.grant_statements(f'"{app}"', '"x"')
    assert any("ALTER DEFAULT PRIVILEGES" in g for g in grants)
    owner_engine = make_engine(owner_url)
    server.grant_app_role(owner_engine, app)
    owner_engine.dispose()

    # The app role finds the schema older than itself: it says so and changes nothing.
    with pytest.raises(UserError) as older:
        open_database(app_url)
    message = older.value.message
    assert f"较旧（{OLDER}）" in message and f"“{app}”只有日常读写权限" in message
    assert "anjia-desk --db postgresql://所有者账号@127.0.0.1" in message and "upgrade" in message
    assert _revision(owner_url) == OLDER
    assert run(["--db", app_url, "upgrade"]) == 2
    assert "只有日常读写权限" in capsys.readouterr().err
    assert _revision(owner_url) == OLDER

    # The administrator upgrades with the owner role: from and to are printed.
    assert run(["--db", owner_url, "upgrade"]) == 0
    assert f"{OLDER} → {HEAD_REVISION}" in capsys.readouterr().err
    assert run(["--db", owner_url, "upgrade"]) == 0
    assert "已是最新" in capsys.readouterr().err

    # The app role now works, on the tables the upgrade made too (default privileges) …
    database = open_database(app_url)
    try:
        with session_scope(database, Actor.system()) as s:
            s.add(Setting(key="wt.server", value="1"))
        with database.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO erasure_log (customer_id, erased_at, kind, created_at,"
                    " updated_at) VALUES (1, now(), 'x', now(), now())"
                )
            )
            assert conn.execute(text("SELECT count(*) FROM erasure_log")).scalar() == 1
            # … but it cannot change the schema.
            with pytest.raises(ProgrammingError, match=r"permission denied|must be owner"):
                conn.execute(text("ALTER TABLE settings ADD COLUMN wt_server_x integer"))
        with database.sessions() as s:
            assert s.scalar(select(Setting.value).where(Setting.key == "wt.server")) == "1"
    finally:
        database.close()


def test_grant_app_role_needs_an_existing_role_and_a_server(roles, db_path, capsys):
    owner_url, _app_url, _app = roles
    assert run(["--db", owner_url, "grant-app-role", "wt_server_nobody"]) == 2
    assert "没有名为“wt_server_nobody”的用户" in capsys.readouterr().err
    assert run(["--db", str(db_path), "grant-app-role", "x"]) == 2
    assert "只用于 PostgreSQL" in capsys.readouterr().err


def test_the_app_role_is_refused_the_grant(roles, capsys):
    owner_url, app_url, app = roles
    assert run(["--db", owner_url, "upgrade"]) == 0
    engine = make_engine(owner_url)
    server.grant_app_role(engine, app)
    engine.dispose()
    capsys.readouterr()
    assert run(["--db", app_url, "grant-app-role", app]) == 2
    assert "所有者账号" in capsys.readouterr().err


def test_two_pcs_starting_a_new_version_at_once_migrate_once():
    """The migration takes an advisory lock: the second waits, then finds the schema current."""
    import threading

    url = pg.empty_database("wt_server_race")
    errors: list[BaseException] = []

    def start() -> None:
        try:
            open_database(url).close()
        except BaseException as exc:  # reported below
            errors.append(exc)

    try:
        threads = [threading.Thread(target=start) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert errors == []
        assert _revision(url) == HEAD_REVISION
    finally:
        pg.drop_database(url)


def test_libpq_defaults_are_used_as_written(monkeypatch):
    """No host in the URL: libpq's environment (PGHOST, PGPORT, PGUSER) says where."""
    url = pg.fresh_database()
    try:
        parsed = make_url(url)
        monkeypatch.setenv("PGHOST", str(parsed.host))
        monkeypatch.setenv("PGPORT", str(parsed.port))
        monkeypatch.setenv("PGUSER", str(parsed.username))
        database = open_database(f"postgresql:///{parsed.database}")
        try:
            with database.engine.connect() as conn:
                assert conn.execute(text("SELECT current_database()")).scalar() == parsed.database
        finally:
            database.close()
    finally:
        pg.drop_database(url)


def test_psycopg_is_the_driver():
    assert psycopg.__version__.startswith("3.")
    assert make_engine(pg.admin_url()).dialect.driver == "psycopg"


def test_the_connection_dialogs_check_says_what_it_found(roles):
    from anjia_desk.db.server_config import check_connection

    owner_url, app_url, _app = roles
    assert "数据库是空的，需要建立数据表，打开时会自动完成" in check_connection(owner_url)
    told = check_connection(app_url)
    assert "只有日常读写权限" in told and "upgrade" in told
    assert _revision(owner_url) is None  # a check changes nothing
    open_database(owner_url).close()
    found = check_connection(owner_url)
    assert found.startswith("连接成功（PostgreSQL ") and found.endswith("数据库结构是最新的")
    with pytest.raises(UserError, match="连接被拒绝"):
        check_connection(_with(owner_url, port=1))
