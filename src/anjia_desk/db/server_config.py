"""This PC's connection to the office's database server (issue 15), as the window's
连接服务器数据库 dialog saves it: host, port, database, user and TLS in `server.json` in the data
directory; the password in the operating system's keyring (Windows: 凭据管理器) when this PC has
a real one, else asked at each start and kept nowhere.

An explicit `--db` or $ANJIA_DESK_DB wins over the saved connection; without either, the window
opens the saved server (when there is one) instead of the local file.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy.engine import URL

from anjia_desk.core.errors import UserError, ValidationError
from anjia_desk.db.engine import ENV_VAR, data_dir

log = logging.getLogger(__name__)

CONFIG_FILE = "server.json"
KEYRING_SERVICE = "AnJiaDesk"
DEFAULT_PORT = 5432
TLS_OFF_WARNING = (
    "不加密时，数据库密码和客户资料以明文在网络上传输：只在可信的办公室局域网内、"
    "服务器暂时没有证书时这样用"
)


@dataclass(frozen=True)
class ServerConnection:
    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT
    tls: bool = True

    def url(self, password: str | None = None) -> str:
        """The SQLAlchemy URL (psycopg 3): TLS required, or — turned off — used when offered."""
        return URL.create(
            "postgresql",
            username=self.user,
            password=password or None,
            host=self.host,
            port=self.port,
            database=self.database,
            query={"sslmode": "require" if self.tls else "prefer"},
        ).render_as_string(hide_password=False)

    @property
    def label(self) -> str:
        """`user@host:port/database` for the window (no password)."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    @property
    def keyring_name(self) -> str:
        return self.label


def parse(host: str, port: str, database: str, user: str, *, tls: bool) -> ServerConnection:
    """The dialog's fields as a connection; ValidationError with a message per field."""
    problems: dict[str, str] = {}
    host, database, user, port = host.strip(), database.strip(), user.strip(), port.strip()
    if not host:
        problems["host"] = "请填写服务器地址（如 192.168.1.10 或 db.office.lan）"
    elif any(c in host for c in " /@?#"):
        problems["host"] = "服务器地址只写主机名或 IP，不含空格、/、@"
    number = 0
    if not port:
        problems["port"] = "请填写端口（PostgreSQL 通常是 5432）"
    elif not port.isdigit() or not 1 <= int(port) <= 65535:
        problems["port"] = "端口是 1–65535 之间的数字"
    else:
        number = int(port)
    if not database:
        problems["database"] = "请填写数据库名"
    if not user:
        problems["user"] = "请填写数据库用户名"
    if problems:
        raise ValidationError(problems)
    return ServerConnection(host=host, database=database, user=user, port=number, tls=tls)


def config_path() -> Path:
    return data_dir() / CONFIG_FILE


def load() -> ServerConnection | None:
    """The saved connection; None when there is none or the file cannot be read (logged)."""
    path = config_path()
    if not path.is_file():
        return None
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return ServerConnection(
            host=str(raw["host"]),
            database=str(raw["database"]),
            user=str(raw["user"]),
            port=int(raw.get("port", DEFAULT_PORT)),
            tls=bool(raw.get("tls", True)),
        )
    except (OSError, ValueError, KeyError, TypeError):
        log.warning("the saved server connection %s cannot be read", path, exc_info=True)
        return None


def save(connection: ServerConnection) -> Path:
    """Remember `connection` on this PC (no password in the file)."""
    path = config_path()
    temp = path.with_name(path.name + ".new")
    try:
        temp.write_text(json.dumps(asdict(connection), ensure_ascii=False, indent=2), "utf-8")
        os.replace(temp, path)
    except OSError as exc:
        raise UserError(f"无法保存数据库连接设置：{path}（{exc.strerror}）") from exc
    return path


def forget() -> None:
    """Back to this PC's own database file: the saved connection (and its password) removed."""
    connection = load()
    if connection is not None:
        forget_password(connection)
    config_path().unlink(missing_ok=True)


def saved_url() -> tuple[ServerConnection, str | None] | None:
    """What the window opens when neither --db nor $ANJIA_DESK_DB names a database: the saved
    connection and its password from the keyring (None: to be asked)."""
    if os.environ.get(ENV_VAR):
        return None
    connection = load()
    if connection is None:
        return None
    return connection, stored_password(connection)


# --- the keyring


def keyring_usable() -> bool:
    """Whether this PC has a real keyring (not keyring's fail or null backend)."""
    try:
        import keyring
        from keyring.backends import fail, null

        backend = keyring.get_keyring()
    except Exception:  # a broken keyring install: treated as none
        log.warning("no keyring", exc_info=True)
        return False
    return not isinstance(backend, fail.Keyring | null.Keyring)


def store_password(connection: ServerConnection, password: str) -> bool:
    """Keep the password in the keyring; False when there is none (then it is asked at start)."""
    if not keyring_usable():
        return False
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, connection.keyring_name, password)
    except KeyringError:
        log.warning("the keyring refused the password", exc_info=True)
        return False
    return True


def stored_password(connection: ServerConnection) -> str | None:
    if not keyring_usable():
        return None
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, connection.keyring_name)
    except KeyringError:
        log.warning("the keyring could not be read", exc_info=True)
        return None


def forget_password(connection: ServerConnection) -> None:
    if not keyring_usable():
        return
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    with contextlib.suppress(PasswordDeleteError, KeyringError):
        keyring.delete_password(KEYRING_SERVICE, connection.keyring_name)


# --- testing a connection (off the GUI thread)


def check_connection(url: str) -> str:
    """Connect, check what opening would check, and say what was found (one Chinese line);
    UserError with the reason otherwise. Changes nothing."""
    from sqlalchemy import text

    from anjia_desk.db import server
    from anjia_desk.db.engine import current_revision, describe_db_error, make_engine
    from anjia_desk.db.schema import HEAD_REVISION, REVISIONS

    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            version = str(conn.execute(text("SHOW server_version")).scalar()).split()[0]
            server.check_encoding(conn)
            may_migrate = server.may_migrate(conn)
        revision = current_revision(engine)
    except UserError:
        raise
    except Exception as exc:
        from sqlalchemy.exc import DBAPIError

        if isinstance(exc, DBAPIError):
            raise UserError(describe_db_error(exc, server.shown(url))) from exc
        raise
    finally:
        engine.dispose()
    found = f"连接成功（PostgreSQL {version}）"
    if revision == HEAD_REVISION:
        return f"{found}：数据库结构是最新的"
    if revision is not None and revision not in REVISIONS:
        raise UserError(f"{found}，但这个数据库由更新版本的安家 Desk 创建：请先升级本软件")
    what = "数据库是空的，需要建立数据表" if revision is None else f"数据库结构较旧（{revision}）"
    if may_migrate:
        return f"{found}：{what}，打开时会自动完成"
    return (
        f"{found}，但{what}，而这个用户只有日常读写权限：请管理员先运行 "
        f"{server.upgrade_command(url)}"
    )
