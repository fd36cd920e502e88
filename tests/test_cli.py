"""The command-line contract of DESIGN.md: Chinese one-line messages, exit codes, demo."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from anjia_desk import __version__, cli
from anjia_desk.cli import missing_display, run


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_info:
        run(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"anjia-desk {__version__}"


def test_python_dash_m_works():
    result = subprocess.run(
        [sys.executable, "-m", "anjia_desk", "--version"], capture_output=True, text=True
    )
    assert result.returncode == 0 and __version__ in result.stdout


@pytest.mark.parametrize(
    ("argv", "phrase"),
    [
        (["print"], "缺少必填参数"),
        (["print", "contract", "--out", "x.pdf"], "无效的选项 'contract'"),
        (["demo", "--seed", "abc"], "无效的值 'abc'"),
        (["frob"], "参数 命令：无效的选项 'frob'"),
        (["demo", "--extra"], "无法识别的参数"),
    ],
)
def test_bad_arguments_are_refused_in_chinese(argv, phrase, capsys):
    assert run(argv) == 2
    err = capsys.readouterr().err
    assert phrase in err and err.count("\n") == 1
    assert "Traceback" not in err


def test_help_is_chinese(capsys):
    with pytest.raises(SystemExit):
        run(["--help"])
    out = capsys.readouterr().out
    assert "用法：" in out and "显示帮助并退出" in out and "show this help" not in out


def test_print_refuses_a_missing_database(tmp_path, capsys):
    missing = tmp_path / "typo.db"
    assert (
        run(["--db", str(missing), "print", "visitor-form", "--out", str(tmp_path / "a.pdf")]) == 2
    )
    assert "数据库文件不存在" in capsys.readouterr().err
    assert not missing.exists() and not (tmp_path / "a.pdf").exists()


def test_demo_fills_an_empty_database_once(tmp_path, capsys):
    db = str(tmp_path / "demo.db")
    assert run(["--db", db, "demo", "--seed", "7"]) == 0
    out = capsys.readouterr().out
    assert "admin" in out and "demo1234" in out and "备份口令" in out and "出纳" in out
    # issue 18's seven cases, and issue 19's on the report days (how many depends on the day)
    cases = re.search(r"投诉 (\d+) 件（", out)
    assert cases is not None and int(cases[1]) >= 9 and "已办结" in out
    assert "风险标记 0 条" not in out  # the marks moved to buyers, not dropped
    assert run(["--db", db, "demo"]) == 2
    assert "已有数据" in capsys.readouterr().err


def test_demo_customers_option(tmp_path, capsys, monkeypatch):
    from anjia_desk.core import passwords

    monkeypatch.setattr(passwords, "_N", 2**10)
    db = str(tmp_path / "small.db")
    assert run(["--db", db, "demo", "--customers", "30", "--seed", "2"]) == 0
    out = capsys.readouterr().out
    assert "客户 30 位" in out and "来访" in out and "guwen1" in out and "备份口令" in out
    from anjia_desk.db.engine import open_database
    from anjia_desk.db.models import Customer

    database = open_database(db)
    try:
        with database.sessions() as s:
            assert s.query(Customer).count() == 30
    finally:
        database.close()


@pytest.mark.parametrize("value", ["-1", "abc", "2000000"])
def test_demo_refuses_a_bad_customer_count(value, tmp_path, capsys):
    db = tmp_path / "bad.db"
    assert run(["--db", str(db), "demo", "--customers", value]) == 2
    assert "无效的值" in capsys.readouterr().err
    assert not db.exists()


def test_an_internal_error_is_one_line_exit_2_and_logged(tmp_path, capsys, monkeypatch):
    def broken(args):
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(cli, "cmd_demo", broken)
    assert run(["--db", str(tmp_path / "x.db"), "demo"]) == 2
    err = capsys.readouterr().err
    assert "内部错误" in err and "日志" in err and "Traceback" not in err
    from anjia_desk.logs import log_path

    assert "ZeroDivisionError: boom" in log_path().read_text(encoding="utf-8")


def test_ctrl_c_is_refused_cleanly(tmp_path, capsys, monkeypatch):
    def interrupted(args):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "cmd_demo", interrupted)
    assert run(["--db", str(tmp_path / "x.db"), "demo"]) == 2
    assert "已取消" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("env", "platform", "opens"),
    [
        ({"DISPLAY": ":0"}, "linux", True),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", True),
        ({}, "linux", False),
        ({"QT_QPA_PLATFORM": "xcb"}, "linux", False),
        ({"QT_QPA_PLATFORM": "wayland", "DISPLAY": ":0"}, "linux", False),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", True),
        ({}, "win32", True),
    ],
)
def test_the_window_needs_a_desktop(env, platform, opens):
    assert (missing_display(env, platform) is None) is opens


def test_without_a_desktop_the_window_says_so_in_chinese_and_exits_2():
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [sys.executable, "-m", "anjia_desk"], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 2
    assert "需要图形桌面" in result.stderr and "\n" not in result.stderr.strip()


def test_an_internal_error_without_a_writable_log_is_one_line(tmp_path):
    """The log folder cannot be made: the command still ends with one Chinese line (issue 14)."""
    home = tmp_path / "home"
    home.mkdir()
    (home / "logs").write_text("not a folder")
    script = (
        "import sys\n"
        "from anjia_desk import cli\n"
        "def boom(args):\n"
        "    raise ZeroDivisionError('boom')\n"
        "parser = cli.build_parser\n"
        "def build():\n"
        "    p = parser()\n"
        "    p._subparsers._group_actions[0].choices['export'].set_defaults(handler=boom)\n"
        "    return p\n"
        "cli.build_parser = build\n"
        "sys.exit(cli.run(['export', 'customers', '--out', sys.argv[1]]))\n"
    )
    src = Path(__file__).resolve().parents[1] / "src"
    env = {**os.environ, "ANJIA_DESK_HOME": str(home), "PYTHONPATH": str(src)}
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "x.xlsx")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.strip() == "内部错误，操作未完成。日志文件无法写入"
