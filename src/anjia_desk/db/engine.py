"""Where the database is, how to connect to it, and opening it safely at start-up.

Opening checks the schema revision cheaply (one SELECT) and imports Alembic only when an upgrade
is needed; before upgrading an existing database it is copied with SQLite's backup API. A database
written by a newer version of the app is refused.

A file is changed only once it is known to be ours (issue 14): a zero-byte file, a file that is not
SQLite and another program's SQLite database are refused untouched (WAL is switched on after the
check, not at connect), and a new database is built whole beside its path and moved in, so that a
kill while creating never leaves a zero-byte or half-made file behind.

A PostgreSQL server (issue 15; db/server.py) is opened by its URL as written: opening refuses a
database not in UTF8, and makes or upgrades the schema only as a role that may (the owner); a
server that cannot be reached, or goes away while the app works, is one Chinese line.
"""

from __future__ import annotations

import logging
import os
import secrets
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from anjia_desk.core.errors import ConflictError, PermissionDenied, UserError
from anjia_desk.db import auditing as _auditing  # noqa: F401 - installs the audit hook
from anjia_desk.db import change_log as _change_log  # noqa: F401 - logs what commits wrote
from anjia_desk.db import search_index as _search_index  # noqa: F401 - keeps the name pieces
from anjia_desk.db import server
from anjia_desk.db.conflicts import stale_message, stale_rows
from anjia_desk.db.refusals import record_refusal, take_kept, write_kept
from anjia_desk.db.schema import HEAD_REVISION, REVISIONS
from anjia_desk.scratch import discard, scratch_path, settled

ENV_VAR = "ANJIA_DESK_DB"
DB_FILENAME = "anjia-desk.db"
BUSY_TIMEOUT_MS = 10_000
SQLITE_MAGIC = b"SQLite format 3\x00"
#: What to do about a damaged database (db.integrity's refusals say it too).
RESTORE_HINT = (
    "请用最近的一份备份恢复：管理员在“设置 → 备份与恢复”中点“从备份恢复…”，"
    "或在命令行运行 anjia-desk restore 备份文件"
)

log = logging.getLogger(__name__)


class DatabaseDamaged(UserError):
    """The database file itself is damaged (SQLite found a bad page): restore the last backup."""


def damaged_message(refused: str = "") -> str:
    """One Chinese line: the database is damaged, what was refused, and how to restore it."""
    why = f"，已拒绝{refused}（以免带着损坏的数据继续使用）" if refused else ""
    return f"数据库已损坏{why}。{RESTORE_HINT}"


def is_damage(exc: BaseException) -> bool:
    """Whether a SQLite error says that the file itself is damaged (not locked, not full)."""
    if not isinstance(getattr(exc, "orig", exc), sqlite3.DatabaseError):
        return False
    text_ = str(getattr(exc, "orig", exc)).lower()
    return any(word in text_ for word in ("malformed", "not a database", "corrupt"))


def data_dir() -> Path:
    """The user data directory, created on demand; $ANJIA_DESK_HOME overrides it (tests)."""
    override = os.environ.get("ANJIA_DESK_HOME")
    if override:
        path = Path(override)
    else:
        import platformdirs

        path = platformdirs.user_data_path("AnJiaDesk", appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def resolve_url(db: str | None = None) -> str:
    """`--db` value, else $ANJIA_DESK_DB, else the default SQLite file; a path becomes a URL."""
    value = db or os.environ.get(ENV_VAR) or str(data_dir() / DB_FILENAME)
    if "://" in value:
        return server.normalise_url(value) if server.is_server_url(value) else value
    return "sqlite:///" + str(Path(value).expanduser().resolve())


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for another database or an in-memory one."""
    if not url.startswith("sqlite"):
        return None
    _, _, rest = url.partition(":///")
    if not rest or rest == ":memory:":
        return None
    return Path(rest.split("?", 1)[0])


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # SQLite forgets these PRAGMAs between connections: set them on every one. The journal mode
    # is kept in the file itself: open_database switches it to WAL once the file is known to be
    # ours (a refused file is left as it was).
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def _use_wal(engine: Engine) -> None:
    """Switch an accepted SQLite database to WAL (readers beside a writer). Kept in the file, so
    this is done once; a database that cannot switch now (read-only, busy) stays as it is."""
    if engine.dialect.name != "sqlite":
        return
    try:
        with engine.connect() as conn:
            if conn.exec_driver_sql("PRAGMA journal_mode").scalar() != "wal":
                conn.exec_driver_sql("PRAGMA journal_mode = WAL")
    except (OperationalError, DBAPIError) as exc:
        log.warning("could not switch the database to WAL: %s", exc)


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _on_sqlite_connect)
        return engine
    if server.is_server_url(url):
        return create_engine(server.normalise_url(url), **server.engine_options(url))
    return create_engine(url, pool_pre_ping=True)


def describe_db_error(exc: BaseException, where: str = "") -> str:
    """A one-line Chinese message for a database error the user can act on."""
    said = server.describe_server_error(exc, where)
    if said is not None:
        return said
    text_ = str(getattr(exc, "orig", exc)).lower()
    place = f"（{where}）" if where else ""
    if "locked" in text_ or "busy" in text_:
        return f"数据库正被另一个程序占用{place}，请稍后再试或关闭其他打开它的窗口"
    if "not a database" in text_ or "malformed" in text_ or "corrupt" in text_:
        damaged = f"数据库文件已损坏或不是安家 Desk 的数据库{place}"
        return f"{damaged}。如果它是本店的数据库，{RESTORE_HINT}"
    if "readonly" in text_ or "read-only" in text_:
        return f"数据库文件只读，无法写入{place}"
    if "unable to open" in text_:
        return f"无法打开数据库文件{place}：请检查路径和权限"
    if "disk" in text_ and ("full" in text_ or "i/o" in text_):
        return f"磁盘已满或读写出错{place}"
    return f"数据库出错{place}：{getattr(exc, 'orig', exc)}"


@dataclass
class Database:
    url: str
    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def display_name(self) -> str:
        path = self.path
        if path is not None:
            return str(path)
        return self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()


def current_revision(engine: Engine) -> str | None:
    """The schema revision stamped in the database, or None for an empty one."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            if inspect(conn).get_table_names():
                raise UserError("这个数据库不是安家 Desk 的数据库（缺少版本信息），已拒绝打开")
            return None
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        return row[0] if row else None


def empty_file_message(path: Path) -> str:
    return (
        f"数据库文件是空的（0 字节）：{path}。已拒绝打开，也不会把它当作新数据库；"
        f"如果这里本应是店里的数据，{RESTORE_HINT}；要新建数据库，请另选一个不存在的文件名"
    )


def _check_sqlite_file(path: Path) -> None:
    """An existing file is opened only when it starts like a SQLite database: a zero-byte file
    (a failed copy, a full disk) is not silently made into a new, empty office."""
    if path.is_dir():
        raise UserError(f"数据库路径是一个文件夹：{path}")
    try:
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError as exc:
        raise UserError(f"无法打开数据库文件：{path}（{exc.strerror}）") from exc
    if not head:
        raise UserError(empty_file_message(path))
    if head != SQLITE_MAGIC:
        raise UserError(f"数据库文件已损坏或不是安家 Desk 的数据库：{path}")


def refuse_foreign_sqlite(path: Path) -> None:
    """Refuse (UserError) when `path` is another program's SQLite database: tables but no
    schema revision of ours. Read-only (the file, its journal mode and its folder are left as
    they are); a damaged, empty or missing file passes — restoring over it is the remedy."""
    try:
        with path.open("rb") as handle:
            if handle.read(16) != SQLITE_MAGIC:
                return
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        finally:
            conn.close()
    except (OSError, sqlite3.Error):
        return
    if names and "alembic_version" not in names:
        raise UserError(
            f"这个文件是其他程序的数据库，不会被覆盖：{path}（请用 --db 指定安家 Desk 的数据库）"
        )


def _create_sqlite(path: Path) -> None:
    """Make a new database at `path`, which does not exist: built (schema, WAL) in a temp file
    beside it and moved in whole, never replacing a file another process made meanwhile."""
    temp = path.with_name(f".{path.stem}.new-{secrets.token_hex(4)}.db")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # The permissions SQLite gives a file it creates (0o666 less the umask), not mkstemp's.
        os.close(os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
    except OSError as exc:
        raise UserError(f"无法创建数据库：{path}（{exc.strerror}）") from exc
    try:
        engine = make_engine("sqlite:///" + str(temp))
        try:
            _use_wal(engine)
            upgrade(engine)
            with engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except (OperationalError, DBAPIError) as exc:
            raise UserError(describe_db_error(exc, str(path))) from exc
        finally:
            engine.dispose()
        try:
            os.link(temp, path)  # fails if the path exists by now: the other one is used
        except FileExistsError:
            pass
        except OSError:  # no hard links on this drive
            if not path.exists():
                os.replace(temp, path)
    finally:
        for part in (temp, *(temp.with_name(temp.name + s) for s in ("-wal", "-shm"))):
            part.unlink(missing_ok=True)


def backup_sqlite(source: Path, target: Path, *, timeout: float | None = None) -> None:
    """Copy a live SQLite database consistently (WAL included) with SQLite's backup API.

    Python's backup loop retries a busy database forever. With `timeout`, a database still locked
    after that many seconds raises UserError (the usual "occupied" message) with nothing copied;
    without it, the wait is unbounded.
    """
    import time

    target.parent.mkdir(parents=True, exist_ok=True)
    wait = BUSY_TIMEOUT_MS / 1000 if timeout is None else min(timeout, BUSY_TIMEOUT_MS / 1000)
    deadline = None if timeout is None else time.monotonic() + timeout

    class GaveUp(Exception):
        pass

    def progress(status: int, _remaining: int, _total: int) -> None:
        busy = status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
        if busy and deadline is not None and time.monotonic() > deadline:
            raise GaveUp

    src = sqlite3.connect(str(source), timeout=wait)
    try:
        dst = sqlite3.connect(str(target), timeout=wait)
        try:
            src.backup(dst, pages=-1, progress=progress)
        except GaveUp as exc:
            locked = sqlite3.OperationalError("database is locked")
            raise UserError(describe_db_error(locked)) from exc
        finally:
            dst.close()
    finally:
        src.close()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run Alembic migrations up to `revision` (imports Alembic only here)."""
    from anjia_desk.db.migrate import run_upgrade

    run_upgrade(engine, revision)


#: What becomes of the copy taken before an upgrade, once the upgrade succeeded: called with the
#: upgraded database, the plaintext copy (a scratch file beside the database, removed right
#: after) and the revision it holds. services.backup_copies.keep_upgrade_copy encrypts it.
KeepUpgradeCopy = Callable[["Database", Path, str], None]
UPGRADE_COPIES = "upgrade-backups"


def open_database(
    db: str | None = None, *, create: bool = True, keep_upgrade_copy: KeepUpgradeCopy | None = None
) -> Database:
    """Open (and create or upgrade) the database named by `db`/$ANJIA_DESK_DB/the default.

    Raises UserError with a Chinese message when it cannot be used; nothing is changed then.

    Before an upgrade the database is copied (plaintext, under a scratch name beside it). After a
    successful upgrade the copy goes to `keep_upgrade_copy` (which keeps it encrypted, like a
    backup) and is then deleted. Only when the upgrade fails is it kept as it is, in
    "upgrade-backups/" — the rescue of a half-upgraded file — until the backup schedule's
    retention prunes it.
    """
    url = resolve_url(db)
    path = sqlite_path(url)
    if path is not None:
        if not path.exists():
            if not create:
                raise UserError(f"数据库文件不存在：{path}")
            _create_sqlite(path)
        _check_sqlite_file(path)
    engine = make_engine(url)
    try:
        revision = current_revision(engine)
        if engine.dialect.name == "postgresql":
            _check_server(engine, url, revision)
        if revision == HEAD_REVISION:
            pass
        elif revision is not None and revision not in REVISIONS:
            raise UserError("这个数据库由更新版本的安家 Desk 创建，请先升级本软件再打开它")
        else:
            copy = None
            if revision is not None and path is not None:
                copy = scratch_path(path, "upgrade")
                backup_sqlite(path, copy)
            try:
                upgrade(engine)
            except BaseException:
                if copy is not None:
                    _keep_failed_upgrade_copy(path, copy, revision)
                raise
            if copy is not None and revision is not None:
                _use_wal(engine)  # only now: the file is ours
                database = _database(url, engine)
                try:
                    if keep_upgrade_copy is not None:
                        keep_upgrade_copy(database, copy, revision)
                except Exception:  # the upgrade itself succeeded: open the database anyway
                    logging.getLogger(__name__).exception("could not keep the upgrade copy")
                finally:
                    discard(copy)
                return database
        _use_wal(engine)  # only now: the file is ours
    except (OperationalError, DBAPIError, sqlite3.DatabaseError) as exc:
        engine.dispose()
        if server.needs_password(exc):
            raise server.PasswordNeeded(describe_db_error(exc, server.shown(url))) from exc
        raise UserError(describe_db_error(exc, str(path or server.shown(url)))) from exc
    except BaseException:
        engine.dispose()
        raise
    return _database(url, engine)


def _check_server(engine: Engine, url: str, revision: str | None) -> None:
    """A server database is used only in UTF8, and its schema is made or upgraded only by a role
    that may (the owner): the everyday app role is told what to run, nothing is changed."""
    with engine.connect() as conn:
        server.check_encoding(conn)
        if revision != HEAD_REVISION and (revision is None or revision in REVISIONS):
            server.require_migration_rights(conn, url, revision, HEAD_REVISION)


def stored_revision(db: str | None = None) -> str | None:
    """The schema revision the database named by `db` holds now (None: empty), read without
    changing anything; UserError when it cannot be read (a missing file, a server refusing)."""
    url = resolve_url(db)
    path = sqlite_path(url)
    if path is not None:
        if not path.exists():
            raise UserError(f"数据库文件不存在：{path}")
        _check_sqlite_file(path)
    engine = make_engine(url)
    try:
        return current_revision(engine)
    except (OperationalError, DBAPIError, sqlite3.DatabaseError) as exc:
        if server.needs_password(exc):
            raise server.PasswordNeeded(describe_db_error(exc, server.shown(url))) from exc
        raise UserError(describe_db_error(exc, str(path or server.shown(url)))) from exc
    finally:
        engine.dispose()


def _database(url: str, engine: Engine) -> Database:
    return Database(url=url, engine=engine, sessions=sessionmaker(engine, expire_on_commit=False))


def _keep_failed_upgrade_copy(path: Path | None, copy: Path, revision: str | None) -> None:
    """A failed upgrade keeps its copy (plaintext: nothing to encrypt with may be readable)."""
    if path is None:
        discard(copy)
        return
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.parent / UPGRADE_COPIES / f"{path.stem}-{revision}-{stamp}.db"
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(copy, target)
        settled(copy)
    except OSError:
        discard(copy)


@contextmanager
def session_scope(database: Database, actor: Any = None) -> Iterator[Session]:
    """One unit of work: commit on success, roll back on any error. `actor` goes to the audit.
    What the work kept past a rollback (db.refusals.keep_after_rollback: a lookup's count) is
    written after the rollback, in a transaction of its own."""
    session = database.sessions()
    if actor is not None:
        session.info["actor"] = actor
    committed = False
    try:
        yield session
        session.commit()
        committed = True
    except StaleDataError as exc:  # saved at the same moment as another PC: say who, what
        stale = stale_rows(session)
        session.rollback()
        raise ConflictError(stale_message(database.sessions, stale)) from exc
    except OperationalError as exc:
        session.rollback()
        raise UserError(server.lost_message(exc) or describe_db_error(exc)) from exc
    except PermissionDenied as exc:  # refused: audited after the rollback (issue 14)
        who = session.info.get("actor", actor)
        session.rollback()
        session.close()
        record_refusal(database.sessions, who, exc)
        raise
    except DBAPIError as exc:
        session.rollback()
        lost = server.lost_message(exc)
        if lost is not None:  # the server went away: say so; the next operation reconnects
            raise UserError(lost) from exc
        if is_damage(exc):  # a read or write hit a bad page
            raise DatabaseDamaged(damaged_message()) from exc
        raise
    except BaseException:
        session.rollback()
        raise
    finally:
        kept, who = take_kept(session), session.info.get("actor", actor)
        session.close()
        if not committed:
            write_kept(database.sessions, who, kept)
