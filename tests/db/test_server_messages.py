"""What db/server.py makes of what psycopg says (issue 15), without a server: each message one
Chinese line, a SQLite error never taken for a lost server, URLs as written and never shown with
their password."""

from __future__ import annotations

import sqlite3

import psycopg
import pytest
from sqlalchemy.exc import OperationalError

from anjia_desk.core.errors import UserError
from anjia_desk.db import server
from anjia_desk.db.engine import describe_db_error, resolve_url

AT = 'connection failed: connection to server at "10.0.0.5", port 5432 failed: '


def _pg(message: str) -> OperationalError:
    return OperationalError("SELECT 1", {}, psycopg.OperationalError(message))


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (AT + "Connection refused\n\tIs the server running?", "无法连接数据库服务器（10.0.0.5"),
        ("failed to resolve host 'db.lan': [Errno -2] Name", "找不到数据库服务器“db.lan”"),
        (AT + 'FATAL:  database "anjia2" does not exist', "没有名为“anjia2”的数据库"),
        (AT + 'FATAL:  role "anjia_ap" does not exist', "没有名为“anjia_ap”的用户"),
        (AT + 'FATAL:  password authentication failed for user "anjia_app"',
         "用户名或密码不正确（用户“anjia_app”）"),
        (AT + "fe_sendauth: no password supplied", "要求输入密码"),
        (AT + 'FATAL:  no pg_hba.conf entry for host "10.0.0.9", user "u", database "d", '
         "no encryption", "只接受加密（TLS）连接"),
        (AT + 'FATAL:  no pg_hba.conf entry for host "10.0.0.9", user "u", database "d", '
         "SSL encryption", "不允许这台电脑连接"),
        (AT + "server does not support SSL, but SSL was required", "没有开启加密连接（TLS）"),
        (AT + "SSL error: certificate verify failed", "证书没有通过核对"),
        (AT + "timeout expired", "连接数据库服务器超时"),
        (AT + "FATAL:  sorry, too many clients already", "连接数已满"),
        ("consuming input failed: server closed the connection unexpectedly", "连接中断"),
    ],
)  # fmt: skip
def test_each_thing_a_server_says_is_one_chinese_line(said, expected):
    message = describe_db_error(_pg(said))
    assert expected in message and "\n" not in message


def test_a_password_is_asked_only_when_the_server_wants_one():
    assert server.needs_password(_pg(AT + "fe_sendauth: no password supplied"))
    assert server.needs_password(_pg(AT + 'password authentication failed for user "u"'))
    assert not server.needs_password(_pg(AT + "Connection refused"))
    assert not server.needs_password(sqlite3.OperationalError("no password supplied"))


def test_only_a_server_error_is_a_lost_connection():
    lost = server.lost_message(_pg("server closed the connection unexpectedly"))
    assert lost is not None and lost.startswith("数据库服务器连接中断（服务器关闭了连接）")
    refused = server.lost_message(_pg(AT + "Connection refused"))
    assert refused is not None and "连接被拒绝" in refused and "重新连接" in refused
    assert server.lost_message(sqlite3.OperationalError("database is locked")) is None
    wrapped = OperationalError("x", {}, sqlite3.OperationalError("disk I/O error"))
    wrapped.connection_invalidated = True
    assert server.lost_message(wrapped) is None
    assert server.lost_message(_pg('syntax error at or near "x"')) is None


def test_urls_are_used_as_written():
    assert resolve_url("postgresql://app@db/anjia?sslmode=require") == (
        "postgresql://app@db/anjia?sslmode=require"
    )
    assert resolve_url("postgres://app@db/anjia") == "postgresql://app@db/anjia"
    assert resolve_url("postgresql+psycopg://app@db/anjia") == "postgresql://app@db/anjia"
    with pytest.raises(UserError, match="psycopg2"):
        resolve_url("postgresql+psycopg2://app@db/anjia")
    assert server.shown("postgresql://app:p%40ss@db/anjia") == "postgresql://app:***@db/anjia"
    url = server.with_password("postgresql://app@db:5433/anjia", "p@ss/:word")
    assert server.has_password(url) and "p@ss/:word" not in url
    assert server.upgrade_command(url) == (
        "anjia-desk --db postgresql://所有者账号@db:5433/anjia upgrade"
    )
    options = server.engine_options("postgresql://app@db/anjia?connect_timeout=3")
    assert options["pool_pre_ping"] and "connect_timeout" not in options["connect_args"]
