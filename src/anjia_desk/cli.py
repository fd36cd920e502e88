"""The command line (DESIGN.md §Command line): the same services as the window.

Messages for people go to stderr in Chinese, one line; tracebacks go to the log file.
Exit codes (`anjia_desk.exit_codes`, shared with the window): 0 done, 1 import with rejected
rows, 2 refused (nothing written; an internal error too, with the traceback in the log file).

Each command imports its services inside its handler, and the window (`ui.app`) is imported only
when no command is given: `--help` and the window's login must not wait for SQLAlchemy, reportlab
or Qt (start-up cost; tests/test_layers.py).
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import NoReturn

from anjia_desk import __version__
from anjia_desk.core.errors import UserError
from anjia_desk.exit_codes import EXIT_BUG, EXIT_OK, EXIT_REFUSED, EXIT_REJECTED

log = logging.getLogger("anjia_desk.cli")

PASSPHRASE_ENV = "ANJIA_DESK_BACKUP_PASSPHRASE"


#: argparse's own words, in Chinese (it looks them up through gettext at run time).
_ARGPARSE_ZH = {
    "usage: ": "用法：",
    "positional arguments": "位置参数",
    "options": "选项",
    "show this help message and exit": "显示帮助并退出",
    "show program's version number and exit": "显示版本号并退出",
    "the following arguments are required: %s": "缺少必填参数：%s",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "无效的选项 %(value)r（可选：%(choices)s）"
    ),
    "invalid %(type)s value: %(value)r": "无效的值 %(value)r",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "expected one argument": "需要一个值",
    "expected at least one argument": "至少需要一个值",
    "expected at most one argument": "最多一个值",
    "ambiguous option: %(option)s could match %(matches)s": (
        "选项 %(option)s 不明确，可能是 %(matches)s"
    ),
    "not allowed with argument %s": "不能与参数 %s 同用",
    "one of the arguments %s is required": "需要以下参数之一：%s",
}


def _zh(message: str) -> str:
    return _ARGPARSE_ZH.get(message, message)


def _zh_plural(singular: str, plural: str, n: int) -> str:
    return _zh(singular if n == 1 else plural)


class _Parser(argparse.ArgumentParser):
    """argparse that refuses bad arguments with one Chinese line and exit code 2."""

    def error(self, message: str) -> NoReturn:
        raise UserError(f"参数有误：{message}（用 --help 查看用法）")


def missing_display(env: Mapping[str, str], platform: str) -> str | None:
    """Why the window cannot open on this machine, in Chinese — None when it can (or when Qt's
    platform is one that needs no display server, e.g. offscreen). Checked before Qt loads: on a
    Linux machine without a desktop session Qt itself aborts with an English message."""
    if not platform.startswith("linux"):
        return None
    qpa = env.get("QT_QPA_PLATFORM", "").split(":", 1)[0].strip().lower()
    wayland, x11 = env.get("WAYLAND_DISPLAY", ""), env.get("DISPLAY", "")
    if qpa == "wayland" and wayland:
        return None
    if qpa == "xcb" and x11:
        return None
    if qpa and qpa not in ("xcb", "wayland"):
        return None  # offscreen, vnc, eglfs …: no display server needed
    if not qpa and (x11 or wayland):
        return None
    return (
        "安家 Desk 的窗口需要图形桌面，这里没有找到（没有设置 DISPLAY 或 WAYLAND_DISPLAY）。"
        "请在桌面会话中启动；命令行命令（anjia-desk --help）不需要桌面。"
    )


def _say(message: str) -> None:
    print(message, file=sys.stderr)


def _out(path_text: str) -> Path:
    path = Path(path_text).expanduser()
    if path.is_dir():
        raise UserError(f"输出路径是一个文件夹：{path}")
    if not path.parent.exists():
        raise UserError(f"输出文件夹不存在：{path.parent}")
    if not os.access(path.parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise UserError(f"无法写入输出文件：{path}")
    return path


def _passphrase(*, confirm: bool = False) -> str:
    value = os.environ.get(PASSPHRASE_ENV)
    if value:
        return value
    if not sys.stdin or not sys.stdin.isatty():
        raise UserError(f"需要备份口令：请设置环境变量 {PASSPHRASE_ENV}，或在终端中运行以便输入")
    first = getpass.getpass("备份口令：")
    if confirm:
        again = getpass.getpass("再输入一次：")
        if again != first:
            raise UserError("两次输入的口令不一致")
    return first


def _open(args: argparse.Namespace, *, create: bool = True):  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime
    from functools import partial

    from anjia_desk.db.engine import open_database
    from anjia_desk.services.backup_copies import keep_upgrade_copy

    # The copy taken before a schema upgrade is kept encrypted, like a backup (issue 14).
    keep = partial(keep_upgrade_copy, now=datetime.now(UTC))
    return open_database(args.db, create=create, keep_upgrade_copy=keep)


def cmd_demo(args: argparse.Namespace) -> int:
    from anjia_desk.services.demo import create_demo

    database = _open(args)
    try:
        result = create_demo(database, seed=args.seed, customers=args.customers)
    finally:
        database.close()
    print("演示数据已生成。登录账号（用户名 / 密码 / 角色）：")
    for login in result.logins:
        print(f"  {login.username:<12} {login.password:<12} {login.roles}")
    stats = result.customers
    if stats is not None:
        print(
            f"客户 {stats.customers} 位（公客池 {stats.in_pool} 位，跟进逾期 {stats.overdue} 位），"
            f"来访 {stats.visits} 次，跟进 {stats.follow_ups} 次，"
            f"等级变更 {stats.grade_changes} 次，"
            f"亲属 {stats.relatives} 位，老带新 {stats.referrals} 位，"
            f"风险标记 {stats.risk_marks} 条，二级预警 {stats.warnings} 条"
        )
    if result.deals is not None:
        from anjia_desk.services.demo_deals import PROJECT

        print(f"项目 {PROJECT}：{result.deals.summary()}")
    if result.complaints is not None and result.complaints.complaints:
        parts = "，".join(f"{label} {n}" for label, n in result.complaints.by_status.items())
        print(f"投诉 {result.complaints.complaints} 件（{parts}）")
    print(f"备份口令：{result.backup_passphrase}")
    return EXIT_OK


def _customer_count(text: str) -> int:
    value = int(text)  # argparse turns a ValueError into “无效的值”
    if not 0 <= value <= 1_000_000:
        raise ValueError(text)
    return value


#: print kinds that print one record: (printing function name, what it is called).
_PRINT_RECORDS = {
    "receipt": ("print_receipt", "收据"),
    "subscription": ("print_subscription", "认购书"),
    "choice": ("print_choice", "选房确认单"),
    # A change order's papers (issue 17): --id names the order; refund-voucher's, the voucher.
    "refund-form": ("print_change_form", "变更申请单"),
    "refund-confirmation": ("print_refund_confirmation", "退款确认书"),
    "refund-voucher": ("print_refund_voucher", "退款凭证"),
    "brief": ("print_change_brief", "内部简报"),
    "thanks": ("print_thanks", "感谢卡"),
    "termination": ("print_termination", "解除合同通知书"),
    "compensation-voucher": ("print_compensation_voucher", "赔付凭证"),  # issue 18: --id 赔付
    "risk-notice": ("print_risk_notice", "风险告知书"),  # issue 18: --id names the deal
    # A complaint's papers (issue 18): --id names the complaint.
    "complaint-form": ("print_complaint_form", "投诉处理单"),
    "satisfaction": ("print_satisfaction", "满意度确认单"),
    "feedback": ("print_feedback", "回访表"),
}


def cmd_print(args: argparse.Namespace) -> int:
    from anjia_desk.db.engine import session_scope
    from anjia_desk.services import printing
    from anjia_desk.services.context import Actor

    if args.form in _PRINT_RECORDS:
        if args.id is None:
            raise UserError(
                f"参数有误：打印{_PRINT_RECORDS[args.form][1]}需要 --id（用 --help 查看用法）"
            )
    elif args.id is not None:
        what = "催款函" if args.form == "dunning" else "空白来访登记表"
        raise UserError(f"参数有误：{what}不需要 --id（用 --help 查看用法）")
    if args.as_of is not None and args.form != "dunning":
        raise UserError("参数有误：--as-of 只用于打印催款函（print dunning）")
    out = _out(args.out)
    database = _open(args, create=False)  # a mistyped --db must not print from a new, empty one
    written: Path | None = out
    try:
        actor = Actor.system()
        with session_scope(database, actor) as session:
            if args.form in _PRINT_RECORDS:
                function = getattr(printing, _PRINT_RECORDS[args.form][0])
                function(session, actor, args.id, out)
            elif args.form == "dunning":
                written = printing.print_dunning(session, actor, out=out, day=args.as_of)
            else:
                printing.print_visitor_form(session, actor, out)
    finally:
        database.close()
    if written is None:
        _say("当天没有需要出具的催款函，未生成文件")
    else:
        _say(f"已生成：{written}")
    return EXIT_OK


def _record_id(text: str) -> int:
    value = int(text)  # argparse turns a ValueError into “无效的值”
    if value <= 0:
        raise ValueError(text)
    return value


def cmd_backup(args: argparse.Namespace) -> int:
    from anjia_desk.services.backup import backup_database, has_backup_passphrase
    from anjia_desk.services.context import Actor

    out = _out(args.out)
    database = _open(args, create=False)
    try:
        with database.sessions() as session:
            first_time = not has_backup_passphrase(session)
        # The first backup sets the passphrase: ask twice, so a typo cannot become it.
        passphrase = _passphrase(confirm=first_time)
        info = backup_database(database, Actor.system(), out, passphrase=passphrase)
    finally:
        database.close()
    _say(f"已备份到：{info.path}（{info.size_bytes // 1024 + 1} KB）")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from anjia_desk.db.engine import refuse_foreign_sqlite, resolve_url, sqlite_path
    from anjia_desk.services.backup import restore_database
    from anjia_desk.services.context import Actor

    source = Path(args.file).expanduser()
    if not source.is_file():
        raise UserError(f"备份文件不存在：{source}")
    target = sqlite_path(resolve_url(args.db))
    if target is not None:
        refuse_foreign_sqlite(target)  # a restore replaces only our own (or a broken) file
    passphrase = _passphrase()
    result = restore_database(resolve_url(args.db), Actor.system(), source, passphrase=passphrase)
    _say(result.message())
    return EXIT_OK


def cmd_migrate_to(args: argparse.Namespace) -> int:
    """Copy the office's database (--db) into an empty PostgreSQL database (issue 15)."""
    from anjia_desk.services.context import Actor
    from anjia_desk.services.migrate_to import migrate_to

    result = migrate_to(args.db, args.target, Actor.system())
    print(f"迁移：{result.source} → {result.target}（数据版本 {result.report.revision}）")
    print("逐表核对（行数与金额合计，源与目标）：")
    for line in result.report.summary_lines():
        print(line)
    _say(result.summary())
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    import json

    from anjia_desk.services.context import Actor
    from anjia_desk.services.importing import ImportOptions, Mode, run_import

    source = Path(args.file).expanduser()
    if not source.is_file():
        raise UserError(f"文件不存在：{source}")
    report = _out(args.report) if args.report else None
    options = ImportOptions(
        mode=Mode(args.mode),
        strict=args.strict,
        dry_run=args.dry_run,
        sheet=args.sheet,
        report=report,
    )
    # Like `demo`, an import may be the first thing a new office does: it creates the database,
    # and removes it again when the import is refused (a mistyped --db leaves nothing behind).
    from anjia_desk.db.engine import resolve_url, sqlite_path

    new_file = sqlite_path(resolve_url(args.db))
    if new_file is not None and new_file.exists():
        new_file = None
    database = _open(args)
    try:
        result = run_import(database, Actor.system(), kind=args.kind, path=source, options=options)
    except BaseException:
        database.close()
        if new_file is not None:
            for part in (
                new_file,
                *(new_file.with_name(new_file.name + s) for s in ("-wal", "-shm")),
            ):
                part.unlink(missing_ok=True)
        raise
    database.close()
    _say(result.summary() + (f"；报告：{result.report}" if result.report else ""))
    if result.report_error:
        _say(result.report_error)
    if args.json:
        print(json.dumps(result.as_json(), ensure_ascii=False))
    return EXIT_REJECTED if result.rejected else EXIT_OK


def _day(text: str) -> date:
    return date.fromisoformat(text)  # argparse turns a ValueError into “无效的值”


def cmd_export(args: argparse.Namespace) -> int:
    from anjia_desk.db.engine import session_scope
    from anjia_desk.services.context import Actor
    from anjia_desk.services.exporting import ExportRequest, export_kinds, export_workbook

    available = [key for key, _label in export_kinds()]
    if args.kind == "all":
        kinds = tuple(available)
    elif args.kind in available:
        kinds = (args.kind,)
    else:
        raise UserError(f"“{args.kind}”还不能导出：目前可导出 {'、'.join(available)}")
    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise UserError("--from 的日期晚于 --to")
    out = _out(args.out)
    request = ExportRequest(
        kinds=kinds, date_from=args.date_from, date_to=args.date_to, mask_phones=args.mask_phones
    )
    database = _open(args, create=False)
    try:
        actor = Actor.system()
        with session_scope(database, actor) as session:
            result = export_workbook(session, actor, request, out)
    finally:
        database.close()
    counts = "，".join(f"{name} {n} 行" for name, n in result.rows.items())
    _say(f"已导出：{result.path}（{counts}{'；手机号已脱敏' if result.masked else ''}）")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    argparse._ = _zh  # type: ignore[attr-defined]  # argparse's gettext hook
    argparse.ngettext = _zh_plural  # type: ignore[attr-defined]
    parser = _Parser(prog="anjia-desk", description="安家 Desk：售楼处前台与案场管理")
    parser.add_argument(
        "--version", action="version", version=f"anjia-desk {__version__}", help="显示版本号并退出"
    )
    parser.add_argument(
        "--db",
        help="数据库文件路径，或服务器地址 postgresql://用户@服务器/数据库"
        "（默认：$ANJIA_DESK_DB 或用户数据目录中的文件）",
    )
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="命令")

    demo = sub.add_parser("demo", help="在空数据库中生成演示数据")
    demo.add_argument("--seed", type=int, default=1, help="随机种子（相同种子得到相同数据）")
    demo.add_argument(
        "--customers",
        type=_customer_count,
        default=500,
        metavar="N",
        help="生成的客户数量（0–1000000，默认 500）",
    )
    demo.set_defaults(handler=cmd_demo)

    printing = sub.add_parser("print", help="打印表单到 PDF")
    printing.add_argument(
        "form",
        choices=["visitor-form", *_PRINT_RECORDS, "dunning"],
        help="表单种类：visitor-form 空白来访登记表，receipt 收据，subscription 认购书，"
        "choice 选房确认单，dunning 当天应出具的全部催款函；变更单的：refund-form 变更申请单，"
        "refund-confirmation 退款确认书，refund-voucher 退款凭证，brief 内部简报，thanks 感谢卡，"
        "termination 解除合同通知书；compensation-voucher 投诉的赔付凭证；"
        "risk-notice 风险告知书（交易编号）；投诉的：complaint-form 投诉处理单，"
        "satisfaction 满意度确认单，feedback 回访表",
    )
    printing.add_argument(
        "--id",
        type=_record_id,
        metavar="N",
        help="收据、交易、选房记录、变更单或退款凭证的编号（receipt/subscription/choice；"
        "refund-form/refund-confirmation/brief/thanks/termination 为变更单编号，"
        "refund-voucher 为退款凭证编号，compensation-voucher 为赔付编号，risk-notice 为交易编号；"
        "complaint-form/satisfaction/feedback 为投诉记录的 id）",
    )
    printing.add_argument(
        "--as-of",
        dest="as_of",
        type=_day,
        metavar="DATE",
        help="催款函的日期 YYYY-MM-DD（默认今天；晚于今天只预览，不登记）",
    )
    printing.add_argument("--out", required=True, help="输出的 PDF 文件")
    printing.set_defaults(handler=cmd_print)

    importing = sub.add_parser("import", help="从 Excel/CSV 导入")
    importing.add_argument("kind", choices=["customers", "units"], help="导入的种类")
    importing.add_argument("file", help="Excel（.xlsx/.xls）或 CSV 文件")
    importing.add_argument("--sheet", help="工作表名称（默认：第一个有表头的可见工作表）")
    importing.add_argument(
        "--mode",
        choices=["new", "update", "both"],
        default="new",
        help="new 仅新增（默认），update 仅更新已有客户，both 新增并更新",
    )
    importing.add_argument("--strict", action="store_true", help="有任何错误行就整份不导入")
    importing.add_argument("--dry-run", action="store_true", help="只检查，不写入数据库")
    importing.add_argument("--report", metavar="OUT.xlsx", help="写出导入报告")
    importing.add_argument("--json", action="store_true", help="最后一行输出 JSON 结果")
    importing.set_defaults(handler=cmd_import)

    export = sub.add_parser("export", help="导出 Excel")
    export.add_argument(
        "kind",
        choices=["customers", "followups", "deals", "receivables", "refunds", "complaints", "all"],
        help="导出的种类",
    )
    export.add_argument("--out", required=True, metavar="FILE.xlsx", help="输出的 Excel 文件")
    export.add_argument(
        "--from", dest="date_from", type=_day, metavar="DATE", help="起始日期 YYYY-MM-DD"
    )
    export.add_argument(
        "--to", dest="date_to", type=_day, metavar="DATE", help="截止日期 YYYY-MM-DD"
    )
    export.add_argument("--mask-phones", action="store_true", help="手机号打码（138****5678）")
    export.set_defaults(handler=cmd_export)

    backup = sub.add_parser("backup", help="加密备份数据库")
    backup.add_argument("--out", required=True, help="备份文件")
    backup.set_defaults(handler=cmd_backup)

    migrate = sub.add_parser("migrate-to", help="把本店数据库复制到服务器上的空 PostgreSQL 数据库")
    migrate.add_argument(
        "target", metavar="postgresql://USER@HOST:PORT/DB", help="目标数据库（必须是空的）"
    )
    migrate.set_defaults(handler=cmd_migrate_to)

    restore = sub.add_parser("restore", help="从加密备份恢复数据库")
    restore.add_argument("file", help="备份文件")
    restore.set_defaults(handler=cmd_restore)

    from anjia_desk.cli_server import add_commands  # issue 15: upgrade, grant-app-role, key

    add_commands(sub, open_database=_open, out=_out, passphrase=_passphrase)
    from anjia_desk.cli_reports import add_commands as add_report  # issue 19: head office

    add_report(sub, open_database=_open, out=_out)
    return parser


def _damaged_database(exc: BaseException) -> str | None:
    """The message for a SQLite error that says the file is damaged (a read hit a bad page): a
    refusal with what to do, not an internal error."""
    import sqlite3

    if not isinstance(getattr(exc, "orig", exc), sqlite3.DatabaseError):
        return None
    from anjia_desk.db.engine import is_damage
    from anjia_desk.db.integrity import damaged_message

    if not is_damage(exc):
        return None
    from anjia_desk.logs import setup_logging

    setup_logging()
    log.warning("the database is damaged", exc_info=exc)
    return damaged_message()


def _sweep_leftovers(db: str | None) -> None:
    """What a killed export, print, backup or restore left (plaintext personal data among it) is
    removed before every command runs (services.backup_files.clean_leftovers; never raises)."""
    from datetime import UTC, datetime

    from anjia_desk.db.engine import resolve_url, sqlite_path
    from anjia_desk.services.backup_files import clean_leftovers

    try:
        database_path = sqlite_path(resolve_url(db))
    except OSError:  # the data folder cannot be made: the command says so itself
        return
    clean_leftovers(database_path, now=datetime.now(UTC))


def _guarded(handler: Callable[[], int]) -> int:
    try:
        return handler()
    except UserError as exc:
        _say(exc.message)
        return exc.exit_code
    except KeyboardInterrupt:
        _say("已取消")
        return EXIT_REFUSED
    except Exception as exc:
        damaged = _damaged_database(exc)
        if damaged is not None:
            _say(damaged)
            return EXIT_REFUSED
        from anjia_desk.logs import setup_logging

        path = setup_logging()
        log.exception("command failed")
        where = f"详情已写入日志：{path}" if path is not None else "日志文件无法写入"
        _say(f"内部错误，操作未完成。{where}")
        return EXIT_BUG


def run(argv: Sequence[str]) -> int:
    argv = list(argv)
    parser = build_parser()

    def parse_and_run() -> int:
        args = parser.parse_args(argv)
        if args.command is None:
            why = missing_display(os.environ, sys.platform)
            if why is not None:
                _say(why)
                return EXIT_REFUSED
            # Qt is imported only when the window opens: the commands run without it (start-up
            # cost, and a server without a display). ui.app imports nothing from here.
            from anjia_desk.ui.app import run_app

            return run_app(db=args.db)  # the window sweeps leftovers as it opens the database
        # Warnings (a damaged database refused, a sweep that failed) go to the log file, never
        # to the console by Python's last-resort handler: one Chinese line is all a person sees.
        from anjia_desk.logs import setup_logging

        setup_logging()
        _sweep_leftovers(args.db)
        from anjia_desk.cli_server import server_password

        args.db = server_password(args.db)  # asked only if the server wants one (issue 15)
        return int(args.handler(args))

    return _guarded(parse_and_run)
