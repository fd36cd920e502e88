"""The command line's server commands (issue 15): the password a server asks for, `upgrade` (the
administrator's schema migration), `grant-app-role` (the everyday role's data rights) and
`key export` / `key import` (the ID-number key carried from PC to PC).

A server URL is used as written, with libpq's defaults ($PGPASSWORD, .pgpass). Only when the
server asks for a password the connection did not bring, and a terminal is attached, is it asked
for (getpass); otherwise one Chinese line says where to put it, exit 2.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from anjia_desk.core.errors import UserError
from anjia_desk.exit_codes import EXIT_OK

PASSWORD_TRIES = 3
#: The main command line's helpers (opening --db, an output path, the backup passphrase), given
#: by cli.build_parser: imported from there they would make an import cycle.
_helpers: dict[str, Callable[..., Any]] = {}
NO_TERMINAL = (
    "：请把密码写在 --db 的地址中、环境变量 PGPASSWORD 或 .pgpass 文件里，或在终端中运行以便输入"
)


def _say(message: str) -> None:
    print(message, file=sys.stderr)


def server_password(
    db: str | None,
    *,
    ask: Callable[[str], str] = getpass.getpass,
    interactive: bool | None = None,
) -> str | None:
    """`db` as given, or — when it names a server that asks for a password — the server URL with
    the password typed at the terminal. Other connection problems are left for the command's
    own opening to report."""
    from anjia_desk.db import server
    from anjia_desk.db.engine import describe_db_error, resolve_url

    url = resolve_url(db)
    if not server.is_server_url(url):
        return db
    if interactive is None:
        interactive = bool(sys.stdin) and sys.stdin.isatty()
    for attempt in range(PASSWORD_TRIES + 1):
        problem = server.probe(url)
        if problem is None:
            return url if attempt else db
        if not server.needs_password(problem):
            return db if attempt == 0 else url
        said = describe_db_error(problem, server.shown(url))
        if not interactive:
            raise UserError(said + NO_TERMINAL)
        if attempt == PASSWORD_TRIES:
            raise UserError(said + f"（已试 {PASSWORD_TRIES} 次）")
        if attempt:
            _say(said)
        user = server.describe_url(url)
        url = server.with_password(url, ask(f"数据库 {user} 的密码："))
    return url  # pragma: no cover - the loop returns or raises


def cmd_upgrade(args: argparse.Namespace) -> int:
    from anjia_desk.db.engine import stored_revision
    from anjia_desk.db.schema import HEAD_REVISION

    before = stored_revision(args.db)
    database = _helpers["open"](
        args, create=False
    )  # refuses a newer schema; upgrades with the checks
    database.close()
    if before == HEAD_REVISION:
        _say(f"数据库结构已是最新：{HEAD_REVISION}，没有改动")
    else:
        _say(f"数据库结构已升级：{before or '（空数据库）'} → {HEAD_REVISION}")
    return EXIT_OK


def cmd_grant_app_role(args: argparse.Namespace) -> int:
    from anjia_desk.db import server

    database = _helpers["open"](args, create=False)
    try:
        if not server.is_server_url(database.url):
            raise UserError(
                "grant-app-role 只用于 PostgreSQL 服务器上的数据库（--db postgresql://…）"
            )
        server.grant_app_role(database.engine, args.role)
    finally:
        database.close()
    _say(
        f"已授予“{args.role}”日常读写权限（所有表的查询、新增、修改、删除，序列的使用），"
        "以后升级新建的表也包括在内；它不能建表或改表"
    )
    return EXIT_OK


def _system_work(args: argparse.Namespace, work: Callable[[Any, Any], None]) -> None:
    from anjia_desk.db.engine import session_scope
    from anjia_desk.services.context import Actor

    database = _helpers["open"](args, create=False)
    try:
        actor = Actor.system()
        with session_scope(database, actor) as session:
            work(session, actor)
    finally:
        database.close()


def cmd_key_export(args: argparse.Namespace) -> int:
    from anjia_desk.services import id_key

    out = _helpers["out"](args.out)
    passphrase = _helpers["passphrase"]()
    _system_work(args, lambda s, actor: id_key.export_key(s, actor, out, passphrase=passphrase))
    _say(f"证件密钥已导出（用备份口令加密）：{out}。在其他电脑上运行 anjia-desk key import 安装它")
    return EXIT_OK


def cmd_key_import(args: argparse.Namespace) -> int:
    from anjia_desk.services import id_key

    source = Path(args.file).expanduser()
    if not source.is_file():
        raise UserError(f"密钥文件不存在：{source}")
    passphrase = _helpers["passphrase"]()
    _system_work(args, lambda s, actor: id_key.import_key(s, actor, source, passphrase=passphrase))
    _say("证件密钥已安装到本机：这台电脑现在能显示和登记完整证件号")
    return EXIT_OK


def add_commands(
    sub: Any,
    *,
    open_database: Callable[..., Any],
    out: Callable[[str], Path],
    passphrase: Callable[[], str],
) -> None:
    """The server and key commands, on the main parser's subcommands."""
    _helpers.update(open=open_database, out=out, passphrase=passphrase)
    upgrade = sub.add_parser(
        "upgrade", help="升级数据库结构（管理员用数据库所有者账号运行；SQLite 文件也可以）"
    )
    upgrade.set_defaults(handler=cmd_upgrade)

    grant = sub.add_parser(
        "grant-app-role", help="给日常使用的数据库用户授予读写权限（PostgreSQL，用所有者账号运行）"
    )
    grant.add_argument("role", help="日常使用的数据库用户名（需已创建）")
    grant.set_defaults(handler=cmd_grant_app_role)

    key = sub.add_parser("key", help="证件密钥：导出到文件，或在本机安装导出的密钥")
    key_sub = key.add_subparsers(
        dest="key_command", parser_class=sub._parser_class, metavar="操作", required=True
    )
    export = key_sub.add_parser("export", help="导出本数据库的证件密钥（用备份口令加密）")
    export.add_argument("--out", required=True, metavar="FILE.anjiakey", help="输出的密钥文件")
    export.set_defaults(handler=cmd_key_export)
    install = key_sub.add_parser("import", help="在本机安装导出的证件密钥")
    install.add_argument("file", help="导出的密钥文件（.anjiakey）")
    install.set_defaults(handler=cmd_key_import)
