"""The office's database server (issue 15): PostgreSQL reached by a URL, as written.

`postgresql://…` (or `postgresql+psycopg://…`, `postgres://…`) goes to psycopg 3 with libpq's
defaults: no password in the URL means $PGPASSWORD, `.pgpass` or none. What the server says when
it cannot be used becomes one Chinese line (`describe_server_error`), never a traceback.

Opening a server database checks what a file never needs: the database's encoding (UTF8 only),
and — when the schema must be made or upgraded — that the connected role may do it (the owner
role runs migrations; the everyday app role has data rights only and is told which command the
administrator runs). `grant_app_role` gives such a role exactly its data rights.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Engine, text
from sqlalchemy.engine import URL, make_url

from anjia_desk.core.errors import UserError

#: libpq waits for an unreachable host as long as TCP does; a person waits this many seconds.
CONNECT_TIMEOUT_S = 10
APPLICATION_NAME = "anjia-desk"
#: How long a statement waits for a row another PC has locked (a receipt number, a unit being
#: subscribed) before the user is told the record is busy: as SQLite's busy timeout.
LOCK_TIMEOUT_MS = 10_000
#: pg_advisory_xact_lock key: two PCs starting a new version at once migrate one after the other.
MIGRATION_LOCK = 0x616E6A6961  # "anjia"
LOST = "数据库服务器连接中断"
_SCHEMES = ("postgresql", "postgres")


class PasswordNeeded(UserError):
    """The server asks for a password and none was given (or the one given is wrong)."""


def is_server_url(url: str) -> bool:
    """Whether `url` names a PostgreSQL server (any driver spelling)."""
    scheme = url.split("://", 1)[0].lower()
    return scheme.split("+", 1)[0] in _SCHEMES


def normalise_url(url: str) -> str:
    """`postgres://` (libpq's spelling) and `postgresql+psycopg://` both become what SQLAlchemy
    2.1 maps to psycopg 3; another driver named explicitly is refused (only psycopg is bundled)."""
    scheme, sep, rest = url.partition("://")
    base, _, driver = scheme.lower().partition("+")
    if driver and driver != "psycopg":
        raise UserError(
            f"不支持的数据库驱动“{driver}”：请用 postgresql://…（安家 Desk 使用 psycopg 3）"
        )
    return f"postgresql{sep}{rest}" if base in _SCHEMES else url


def shown(url: str) -> str:
    """The URL as it may be shown or logged: the password hidden."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # not a URL SQLAlchemy parses: say nothing of what it holds
        return "（无法解析的数据库地址）"


def with_password(url: str, password: str) -> str:
    """`url` with `password` in it (escaped as the URL needs)."""
    return make_url(url).set(password=password).render_as_string(hide_password=False)


def has_password(url: str) -> bool:
    return make_url(url).password is not None


def engine_options(url: str) -> dict[str, Any]:
    """create_engine's options for a server: a checked pool (a connection that died while the
    window stood open is replaced, not used), a bounded wait to connect, a name the server's
    administrator sees in pg_stat_activity."""
    query = make_url(url).query
    connect_args: dict[str, Any] = {}
    if "connect_timeout" not in query:
        connect_args["connect_timeout"] = CONNECT_TIMEOUT_S
    if "application_name" not in query:
        connect_args["application_name"] = APPLICATION_NAME
    if "options" not in query:
        connect_args["options"] = f"-c lock_timeout={LOCK_TIMEOUT_MS}"
    return {"pool_pre_ping": True, "connect_args": connect_args}


def _text(exc: BaseException) -> str:
    return str(getattr(exc, "orig", None) or exc)


def _is_psycopg(exc: BaseException) -> bool:
    try:
        import psycopg
    except ImportError:  # pragma: no cover - a dependency
        return False
    return isinstance(getattr(exc, "orig", None) or exc, psycopg.Error)


def _where(exc: BaseException) -> str:
    """`"host", port N` as libpq reports the server it tried, else ""."""
    import re

    found = re.search(r'server at "([^"]+)"(?:\s*\([^)]*\))?, port (\d+)', _text(exc))
    return f"{found.group(1)}:{found.group(2)}" if found else ""


def needs_password(exc: BaseException) -> bool:
    """The server asked for a password the connection did not bring (or refused the one given)."""
    low = _text(exc).lower()
    return _is_psycopg(exc) and (
        "no password supplied" in low or "password authentication failed" in low
    )


def is_connection_lost(exc: BaseException) -> bool:
    """A connection that worked has gone (server stopped or restarted, network down)."""
    if not _is_psycopg(exc):
        return False
    if getattr(exc, "connection_invalidated", False):
        return True
    low = _text(exc).lower()
    return any(
        phrase in low
        for phrase in (
            "server closed the connection",
            "terminating connection",
            "connection is closed",
            "connection already closed",
            "consuming input failed",
            "ssl syscall error",
            "eof detected",
            "connection is lost",
            "broken pipe",
            "connection reset",
            "the database system is shutting down",
            "the database system is starting up",
            "could not receive data",
            "could not send data",
        )
    )


def _is_connect_failure(exc: BaseException) -> bool:
    low = _text(exc).lower()
    return _is_psycopg(exc) and any(
        phrase in low for phrase in ("connection failed", "failed to resolve", "timeout expired")
    )


def lost_message(exc: BaseException) -> str | None:
    """While the app works (not at start): the server went away or cannot be reached again. The
    operation was not done; the next one reconnects (the pool checks each connection first)."""
    if not (is_connection_lost(exc) or _is_connect_failure(exc)):
        return None
    if is_connection_lost(exc):
        return (
            f"{LOST}（服务器关闭了连接），这次操作没有完成，填写的内容仍在。"
            "请检查网络和服务器是否在运行，稍后再试一次（会自动重新连接）"
        )
    said = describe_server_error(exc) or "现在连不上服务器"
    return (
        f"{LOST}，这次操作没有完成，填写的内容仍在。{said}；"
        "服务器恢复后再试一次即可（会自动重新连接）"
    )


def describe_server_error(exc: BaseException, where: str = "") -> str | None:
    """One Chinese line for what a PostgreSQL server (or the way to it) said; None when `exc`
    did not come from psycopg."""
    if not _is_psycopg(exc):
        return None
    raw = _text(exc)
    low = raw.lower()
    server = _where(exc) or where
    at = f"（{server}）" if server else ""
    import re

    def named(pattern: str) -> str:
        found = re.search(pattern, raw)
        return found.group(1) if found else ""

    if "lock timeout" in low:
        return (
            "这条记录正被另一台电脑处理（等候超过"
            f"{LOCK_TIMEOUT_MS // 1000} 秒），这次操作没有完成，填写的内容仍在：请稍后再试"
        )
    if "connection refused" in low:
        return (
            f"无法连接数据库服务器{at}：连接被拒绝。"
            "请检查服务器是否已开启、地址和端口（通常 5432）是否正确"
        )
    if "failed to resolve host" in low or "could not translate host name" in low:
        host = named(r"resolve host '([^']+)'") or named(r'host name "([^"]+)"')
        return f"找不到数据库服务器“{host}”：请检查服务器地址是否写对、这台电脑是否连上了办公室网络"
    if "timeout expired" in low or "timed out" in low:
        return f"连接数据库服务器超时{at}：服务器没有响应，请检查网络和服务器地址"
    if "no password supplied" in low:
        return f"数据库服务器要求输入密码{at}，但没有提供密码"
    if "password authentication failed" in low:
        user = named(r'for user "([^"]+)"')
        return f"数据库用户名或密码不正确（用户“{user}”）{at}"
    if "database" in low and "does not exist" in low:
        name = named(r'database "([^"]+)"')
        return f"数据库服务器上没有名为“{name}”的数据库{at}：请检查数据库名"
    if "role" in low and "does not exist" in low:
        name = named(r'role "([^"]+)"')
        return f"数据库服务器上没有名为“{name}”的用户{at}：请检查用户名"
    if "no pg_hba.conf entry" in low or "pg_hba.conf rejects" in low:
        if "no encryption" in low:
            return f"数据库服务器只接受加密（TLS）连接{at}：请在连接设置中打开“加密连接（TLS）”"
        return (
            f"数据库服务器不允许这台电脑连接{at}：请管理员在服务器的 pg_hba.conf 中允许本机所在网段"
        )
    if "does not support ssl" in low:
        return (
            f"数据库服务器没有开启加密连接（TLS）{at}：请管理员为服务器配置证书"
            "（ssl = on），或在可信的局域网内关闭“加密连接（TLS）”"
        )
    if "root certificate file" in low and "does not exist" in low:
        return (
            f"找不到用来核对服务器证书的根证书文件{at}：请检查 sslrootcert 指向的文件，"
            "或改用 sslmode=require（加密但不核对证书）"
        )
    if "certificate verify failed" in low:
        return (
            f"数据库服务器的证书没有通过核对{at}：它不是所给根证书签发的，或已过期。"
            "请向管理员要服务器的证书"
        )
    if "does not match host name" in low:
        return f"数据库服务器证书上的名字与所填的服务器地址不符{at}：请按证书上的名字填写地址"
    if "certificate" in low or "ssl" in low or "tls" in low:
        return f"与数据库服务器建立加密连接（TLS）失败{at}：{raw.splitlines()[-1].strip()}"
    if "too many clients" in low or "remaining connection slots" in low:
        return f"数据库服务器的连接数已满{at}：请稍后再试，或请管理员调大 max_connections"
    if is_connection_lost(exc):
        return f"{LOST}{at}：请检查网络和服务器是否在运行，稍后再试（会自动重新连接）"
    if "permission denied" in low or "must be owner" in low:
        return f"当前数据库用户没有这项操作的权限{at}：{raw.splitlines()[0].strip()}"
    return None


def probe(url: str) -> BaseException | None:
    """Connect once and leave: None when the server accepts the connection, else what failed."""
    from sqlalchemy import create_engine
    from sqlalchemy.exc import DBAPIError
    from sqlalchemy.pool import NullPool

    options = engine_options(url)
    options.pop("pool_pre_ping")
    engine = create_engine(normalise_url(url), poolclass=NullPool, **options)
    try:
        with engine.connect():
            return None
    except DBAPIError as exc:
        return exc
    finally:
        engine.dispose()


# --- checks when a server database is opened


def check_encoding(conn: Connection) -> None:
    """Only a UTF8 database holds every Chinese name (SQL_ASCII stores bytes unchecked, GBK
    cannot hold all of them)."""
    encoding = conn.execute(text("SHOW server_encoding")).scalar()
    if str(encoding).upper() not in ("UTF8", "UTF-8"):
        raise UserError(
            f"这个数据库的字符编码是 {encoding}，不是 UTF8，已拒绝使用（中文姓名可能存不进去）。"
            "请管理员新建一个 UTF8 编码的数据库（CREATE DATABASE … ENCODING 'UTF8' "
            "TEMPLATE template0）"
        )


def may_migrate(conn: Connection) -> bool:
    """Whether the connected role may make and change the app's tables: it may create in the
    schema, and it owns (is a member of the owner of) every table already there."""
    create = conn.execute(
        text("SELECT has_schema_privilege(current_user, current_schema(), 'CREATE')")
    ).scalar()
    if not create:
        return False
    foreign = conn.execute(
        text(
            "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"
            " AND NOT pg_has_role(current_user, tableowner, 'USAGE')"
        )
    ).scalar()
    return not foreign


def upgrade_command(url: str) -> str:
    """The admin command that makes or upgrades the schema, with the owner role in the URL."""
    parsed = make_url(url)
    port = f":{parsed.port}" if parsed.port else ""
    where = f"{parsed.host or ''}{port}/{parsed.database or ''}"
    return f"anjia-desk --db postgresql://所有者账号@{where} upgrade"


def require_migration_rights(conn: Connection, url: str, revision: str | None, head: str) -> None:
    """Refuse (changing nothing) when the schema needs making or upgrading and the connected role
    is the everyday app role, which has data rights only."""
    if may_migrate(conn):
        return
    user = conn.execute(text("SELECT current_user")).scalar()
    what = (
        "这个数据库还是空的，需要先建立安家 Desk 的数据表"
        if revision is None
        else f"这个数据库的结构较旧（{revision}），本软件需要 {head}"
    )
    raise UserError(
        f"{what}，但当前数据库用户“{user}”只有日常读写权限，不能建表或改表（这是应有的设置），"
        f"所以什么都没有改动。请管理员用数据库的所有者账号运行：{upgrade_command(url)}"
    )


def lock_for_migration(conn: Connection) -> None:
    """Inside the migration's transaction: one PC migrates at a time (released at commit)."""
    conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})


# --- least privilege


def grant_app_role(engine: Engine, role: str) -> list[str]:
    """Give the everyday app role `role` its data rights on the app's tables and sequences,
    now and for tables later migrations make (ALTER DEFAULT PRIVILEGES of the connected owner).
    Returns the statements run. The role must exist (the administrator creates it with a
    password); refused when the connected role cannot grant on the tables."""
    with engine.connect() as conn:
        exists = conn.execute(
            text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}
        ).scalar()
        if not exists:
            raise UserError(
                f"数据库服务器上没有名为“{role}”的用户：请先创建它"
                f"（CREATE ROLE {role} LOGIN PASSWORD '…'），再运行本命令"
            )
        if not may_migrate(conn):
            raise UserError("授权需要用数据库的所有者账号连接（--db 中的用户应是表的所有者）")
        quote = engine.dialect.identifier_preparer.quote
        who, database = (
            quote(role),
            quote(str(conn.execute(text("SELECT current_database()")).scalar())),
        )
    statements = grant_statements(who, database)
    with engine.begin() as conn:
        for statement in statements:
            conn.execute(text(statement))
    return statements


def grant_statements(role: str, database: str) -> list[str]:
    """The GRANTs of the app role (already quoted names); the README shows the same."""
    data = "SELECT, INSERT, UPDATE, DELETE"
    return [
        f"GRANT CONNECT ON DATABASE {database} TO {role}",
        f"GRANT USAGE ON SCHEMA public TO {role}",
        f"GRANT {data} ON ALL TABLES IN SCHEMA public TO {role}",
        # UPDATE: a load that writes its own ids (an import, the demo) moves the id sequence on.
        f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {role}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT {data} ON TABLES TO {role}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES "
        f"TO {role}",
    ]


def describe_url(url: URL | str) -> str:
    """`user@host:port/db` for a message (never the password)."""
    parsed = make_url(url) if isinstance(url, str) else url
    user = f"{parsed.username}@" if parsed.username else ""
    port = f":{parsed.port}" if parsed.port else ""
    return f"{user}{parsed.host or '本机'}{port}/{parsed.database or ''}"
