"""On a PostgreSQL cluster of this module's own (tests/own_cluster.py), what the shared one cannot
show (issue 15): a server that asks for a password (asked at a terminal only, else one Chinese
line; PGPASSWORD and .pgpass used as libpq uses them), and a server that goes away while the app
is open (a clear message, then the next operation reconnects)."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from anjia_desk.cli import run
from anjia_desk.cli_server import server_password
from anjia_desk.core.errors import UserError
from anjia_desk.db import server
from anjia_desk.db.engine import open_database, session_scope
from anjia_desk.db.models import Setting
from anjia_desk.services.context import Actor
from tests.own_cluster import OwnCluster

USER, PASSWORD, NAME = "wt_server_pw", "pw-Ünï/1", "wt_server_office"
TLS_ONLY = "wt_server_tls"  # pg_hba: hostssl only (as the README's office line)


def _certificate(folder: Path, name: str) -> tuple[Path, Path]:
    key, crt = folder / f"{name}.key", folder / f"{name}.crt"
    subprocess.run(
        ["openssl", "req", "-new", "-x509", "-days", "30", "-nodes", "-subj", f"/CN={name}",
         "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(crt)],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    return key, crt


@pytest.fixture(scope="module")
def cluster() -> Iterator[OwnCluster]:
    own = OwnCluster()
    own.start()
    try:
        own.sql(f"CREATE ROLE {USER} LOGIN PASSWORD '{PASSWORD}'")
        own.sql(f"CREATE DATABASE {NAME} OWNER {USER} ENCODING 'UTF8' TEMPLATE template0")
        own.sql(f"CREATE ROLE {TLS_ONLY} LOGIN")
        own.reload_hba(
            [
                f"host all {USER} 127.0.0.1/32 scram-sha-256",
                f"hostnossl all {TLS_ONLY} 127.0.0.1/32 reject",
            ]
        )
        if shutil.which("openssl"):  # TLS with a certificate of its own (the README's steps)
            data = own.dir / "data"
            key, crt = _certificate(own.dir, "localhost")
            shutil.copy(key, data / "server.key")
            shutil.copy(crt, data / "server.crt")
            if hasattr(shutil, "chown") and os.geteuid() == 0:
                for part in ("server.key", "server.crt"):
                    shutil.chown(data / part, "postgres")
            (data / "server.key").chmod(0o600)
            own.sql("ALTER SYSTEM SET ssl = on")
            own.sql("SELECT pg_reload_conf()")
        yield own
    finally:
        own.stop()


@pytest.fixture
def no_pg_env(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))


def _never(_prompt: str) -> str:
    raise AssertionError("asked for a password it did not need")


def test_without_a_terminal_the_password_is_not_asked(cluster, no_pg_env, capsys):
    url = cluster.url_of(NAME, USER)
    with pytest.raises(UserError) as refused:
        server_password(url, ask=_never, interactive=False)
    assert "要求输入密码" in refused.value.message and "PGPASSWORD" in refused.value.message
    assert run(["--db", url, "upgrade"]) == 2  # pytest's stdin is no terminal
    err = capsys.readouterr().err
    assert "要求输入密码" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    with pytest.raises(server.PasswordNeeded, match="要求输入密码"):
        open_database(url)


def test_at_a_terminal_the_password_is_asked_until_it_fits(cluster, no_pg_env):
    url = cluster.url_of(NAME, USER)
    typed = iter(["wrong", PASSWORD])
    prompts: list[str] = []

    def ask(prompt: str) -> str:
        prompts.append(prompt)
        return next(typed)

    with_password = server_password(url, ask=ask, interactive=True)
    assert with_password is not None and len(prompts) == 2
    assert prompts[0] == f"数据库 {USER}@127.0.0.1:{cluster.port}/{NAME} 的密码："
    database = open_database(with_password)
    try:
        assert PASSWORD not in database.display_name
    finally:
        database.close()
    with pytest.raises(UserError, match="已试 3 次"):
        server_password(url, ask=lambda _p: "wrong", interactive=True)


def test_a_wrong_password_is_named(cluster, no_pg_env):
    with pytest.raises(UserError, match=f"用户名或密码不正确（用户“{USER}”）"):
        open_database(cluster.url_of(NAME, USER, "wrong"))


def test_pgpassword_and_pgpass_are_used_as_libpq_uses_them(
    cluster, no_pg_env, monkeypatch, tmp_path
):
    url = cluster.url_of(NAME, USER)
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    assert server_password(url, ask=_never, interactive=True) == url
    open_database(url).close()
    monkeypatch.delenv("PGPASSWORD")
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"127.0.0.1:{cluster.port}:{NAME}:{USER}:{PASSWORD}\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    assert server_password(url, ask=_never, interactive=True) == url
    open_database(url).close()


def _write(database, key: str) -> None:
    with session_scope(database, Actor.system()) as s:
        s.add(Setting(key=key, value="1"))


def _keys(database) -> list[str]:
    with session_scope(database, Actor.system()) as s:
        return sorted(s.scalars(select(Setting.key).where(Setting.key.like("lost.%"))))


def test_a_lost_connection_says_so_and_the_next_operation_reconnects(cluster):
    cluster.sql("CREATE DATABASE wt_server_lost ENCODING 'UTF8' TEMPLATE template0")
    database = open_database(cluster.url_of("wt_server_lost"))
    try:
        _write(database, "lost.before")
        cluster.sql("CHECKPOINT", "wt_server_lost")  # fsync is off: keep what was written
        cluster.kill()  # the server PC loses power while the window is open
        for attempt in (lambda: _write(database, "lost.during"), lambda: _keys(database)):
            with pytest.raises(UserError) as lost:
                attempt()
            assert lost.value.message.startswith("数据库服务器连接中断")
            assert "填写的内容仍在" in lost.value.message and "重新连接" in lost.value.message
        cluster.start()
        _write(database, "lost.after")  # no restart of the app: the pool reconnects
        assert _keys(database) == ["lost.after", "lost.before"]

        # A restart between two operations: the pooled connection is dead, replaced unseen.
        cluster.sql("CHECKPOINT", "wt_server_lost")
        cluster.kill()
        cluster.start()
        assert _keys(database) == ["lost.after", "lost.before"]
    finally:
        database.close()


def test_a_connection_dropped_in_the_middle_of_work_is_the_same_message(cluster):
    cluster.sql("CREATE DATABASE wt_server_mid ENCODING 'UTF8' TEMPLATE template0")
    database = open_database(cluster.url_of("wt_server_mid"))
    try:
        lost = r"^数据库服务器连接中断（服务器关闭了连接）"
        with pytest.raises(UserError, match=lost), session_scope(database, Actor.system()) as s:
            s.add(Setting(key="lost.mid", value="1"))
            s.flush()
            cluster.sql(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = 'wt_server_mid' AND pid <> pg_backend_pid()"
            )
        _write(database, "lost.next")
        assert _keys(database) == ["lost.next"]
    finally:
        database.close()


@pytest.fixture
def tls(cluster) -> OwnCluster:
    if not shutil.which("openssl"):
        pytest.skip("openssl is not installed")
    return cluster


def test_tls_is_used_and_each_certificate_problem_is_one_chinese_line(tls, tmp_path):
    url = tls.url_of("postgres")
    database = open_database(tls.url_of("postgres") + "?sslmode=require")  # the dialog's default
    try:
        with database.engine.connect() as conn:
            assert conn.exec_driver_sql("SHOW ssl").scalar() == "on"
            ssl_used = conn.exec_driver_sql(
                "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"
            ).scalar()
            assert ssl_used is True
    finally:
        database.close()
    crt = tls.dir / "localhost.crt"
    assert server.probe(f"{url}?sslmode=verify-full&sslrootcert={crt}") is None
    _key, other = _certificate(tmp_path, "other")
    for query, phrase in (
        (
            "sslmode=verify-full&sslrootcert=/nonexistent.crt",
            "找不到用来核对服务器证书的根证书文件",
        ),
        (f"sslmode=verify-full&sslrootcert={other}", "证书没有通过核对"),
    ):
        with pytest.raises(UserError, match=phrase) as refused:
            open_database(f"{url}?{query}")
        assert refused.value.message.isascii() is False and "Traceback" not in refused.value.message


def test_a_server_that_takes_only_tls_says_to_turn_it_on(tls):
    url = tls.url_of("postgres", TLS_ONLY)
    with pytest.raises(UserError, match="只接受加密（TLS）连接"):
        open_database(url + "?sslmode=disable")
    assert server.probe(url + "?sslmode=require") is None


def _read_until(fd: int, needle: str, timeout: float = 60.0) -> str:
    import select as select_
    import time

    seen = b""
    deadline = time.monotonic() + timeout
    while needle.encode() not in seen and time.monotonic() < deadline:
        ready, _, _ = select_.select([fd], [], [], 0.5)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            seen += chunk
    return seen.decode("utf-8", "replace")


def test_the_command_line_asks_at_a_real_terminal(cluster, tmp_path):
    """`anjia-desk --db URL upgrade` in a terminal: getpass asks (nothing echoed), then works."""
    import pty
    import sys

    cluster.sql(f"CREATE DATABASE wt_server_pty OWNER {USER} ENCODING 'UTF8' TEMPLATE template0")
    root = Path(__file__).resolve().parents[2]
    env = {key: value for key, value in os.environ.items() if key not in ("PGPASSWORD", "PGUSER")}
    env.update(
        ANJIA_DESK_HOME=str(tmp_path / "home"),
        PGPASSFILE=str(tmp_path / "no-pgpass"),
        PYTHONPATH=os.pathsep.join([str(root / "src"), str(root)]),
    )
    argv = [sys.executable, "-m", "anjia_desk", "--db", cluster.url_of("wt_server_pty", USER)]
    pid, fd = pty.fork()
    if pid == 0:  # the child: a terminal is its stdin and /dev/tty
        os.execve(sys.executable, [*argv, "upgrade"], env)
    try:
        prompt = _read_until(fd, "的密码：")
        assert f"数据库 {USER}@127.0.0.1:{cluster.port}/wt_server_pty 的密码：" in prompt
        os.write(fd, PASSWORD.encode() + b"\n")
        rest = _read_until(fd, "→ ")
        rest += _read_until(fd, "\n", timeout=10)
    finally:
        _, status = os.waitpid(pid, 0)
        os.close(fd)
    assert os.waitstatus_to_exitcode(status) == 0, rest
    assert "数据库结构已升级：（空数据库） →" in rest and PASSWORD not in rest
