"""A damaged database is noticed (issue 14): 4 KB overwritten in the middle of a populated file is
found by the quick check; a backup refuses it (exit code 2, no backup file left, where today it
backed up "successfully" into a file that cannot be restored) and an import writes nothing."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
import xlsxwriter
from sqlalchemy import select

from anjia_desk import cli
from anjia_desk.core.errors import UserError
from anjia_desk.db import integrity
from anjia_desk.db.engine import DatabaseDamaged, open_database, session_scope
from anjia_desk.db.models import Customer
from anjia_desk.services import backup
from anjia_desk.services.context import Actor
from anjia_desk.services.demo import DEMO_BACKUP_PASSPHRASE
from anjia_desk.services.importing import ImportOptions, run_import
from tests.damaged_files import copy_demo, damage_middle, damage_table


@pytest.fixture
def damaged(tmp_path_factory, tmp_path) -> Path:
    path = copy_demo(tmp_path_factory, tmp_path / "office" / "anjia.db")
    damage_middle(path)
    return path


@pytest.fixture
def sheet(tmp_path) -> Path:
    path = tmp_path / "new-customers.xlsx"
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("客户")
    for r, row in enumerate([["客户姓名", "手机号", "意向等级"], ["郑新客", "13912345678", "A"]]):
        ws.write_row(r, 0, row)
    book.close()
    return path


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_the_quick_check_finds_the_damage(tmp_path_factory, tmp_path, damaged):
    intact = copy_demo(tmp_path_factory, tmp_path / "intact.db")
    for path, found in ((intact, False), (damaged, True)):
        database = open_database(str(path), create=False)
        try:
            assert bool(integrity.database_problems(database)) is found
        finally:
            database.close()


def test_a_backup_refuses_a_damaged_database_and_writes_nothing(damaged, tmp_path):
    out = tmp_path / "office.anjiabak"
    before = _files(damaged.parent)
    database = open_database(str(damaged), create=False)
    try:
        with pytest.raises(UserError) as info:
            backup.backup_database(database, Actor.system(), out, passphrase=DEMO_BACKUP_PASSPHRASE)
    finally:
        database.close()
    assert "数据库已损坏" in info.value.message and "恢复" in info.value.message
    assert info.value.exit_code == 2
    assert not out.exists()
    assert _files(damaged.parent) == before  # no snapshot or temp copy left either


def test_the_backup_command_exits_2_with_no_backup_file(damaged, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    monkeypatch.setenv(cli.PASSPHRASE_ENV, DEMO_BACKUP_PASSPHRASE)
    out = tmp_path / "office.anjiabak"
    assert cli.run(["--db", str(damaged), "backup", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "数据库已损坏" in err and "请用最近的一份备份恢复" in err
    assert "Traceback" not in err
    assert not out.exists()


def test_the_refusal_is_one_chinese_line_on_the_console(damaged, tmp_path):
    """In a real process (pytest's own log handler hides this in-process): the warning about the
    damage goes to the log file, not to the console by Python's last-resort handler."""
    import os
    import subprocess

    env = {**os.environ, cli.PASSPHRASE_ENV: DEMO_BACKUP_PASSPHRASE}
    env["ANJIA_DESK_HOME"] = str(tmp_path / "home")
    out = tmp_path / "office.anjiabak"
    done = subprocess.run(
        [sys.executable, "-m", "anjia_desk", "--db", str(damaged), "backup", "--out", str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("数据库已损坏"), done.stderr
    assert "refused" in (tmp_path / "home" / "logs" / "anjia-desk.log").read_text("utf-8")


def test_the_export_command_refuses_a_damaged_database(damaged, tmp_path, capsys):
    """Rows behind a bad page would be missing from a workbook that looks complete."""
    out = tmp_path / "customers.xlsx"
    assert cli.run(["--db", str(damaged), "export", "customers", "--out", str(out)]) == 2
    assert "已拒绝导出" in capsys.readouterr().err
    assert not out.exists() and _files(tmp_path) == ["office"]


def test_an_import_refuses_to_write_into_a_damaged_database(damaged, sheet):
    bytes_before = damaged.read_bytes()
    database = open_database(str(damaged), create=False)
    try:
        with pytest.raises(UserError, match="数据库已损坏，已拒绝导入"):
            run_import(
                database, Actor.system(), kind="customers", path=sheet, options=ImportOptions()
            )
    finally:
        database.close()
    assert damaged.read_bytes() == bytes_before  # not a page written


def test_the_import_command_exits_2(damaged, sheet, capsys):
    bytes_before = damaged.read_bytes()
    assert cli.run(["--db", str(damaged), "import", "customers", str(sheet)]) == 2
    assert "数据库已损坏" in capsys.readouterr().err
    assert damaged.read_bytes() == bytes_before


def test_an_intact_demo_database_still_backs_up(tmp_path_factory, tmp_path):
    path = copy_demo(tmp_path_factory, tmp_path / "fine.db")
    database = open_database(str(path), create=False)
    try:
        info = backup.backup_database(
            database, Actor.system(), tmp_path / "fine.anjiabak", passphrase=DEMO_BACKUP_PASSPHRASE
        )
    finally:
        database.close()
    assert info.path.exists()


def test_a_command_that_reads_a_damaged_page_refuses_with_what_to_do(
    tmp_path_factory, tmp_path, capsys
):
    """Not an "internal error": a command that hits the bad page says the database is damaged
    and how to restore it (exit code 2)."""
    path = copy_demo(tmp_path_factory, tmp_path / "office.db")
    damage_table(path, "customers")
    out = tmp_path / "customers.xlsx"
    assert cli.run(["--db", str(path), "export", "customers", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "数据库已损坏" in err and "内部错误" not in err


def test_a_unit_of_work_that_meets_a_bad_page_says_the_database_is_damaged(
    tmp_path_factory, tmp_path
):
    """The window's operations too: a read that meets the bad page is a message saying how to
    restore, not a bug report."""
    path = copy_demo(tmp_path_factory, tmp_path / "office.db")
    damage_table(path, "customers")
    database = open_database(str(path), create=False)
    try:
        with (
            pytest.raises(DatabaseDamaged, match="请用最近的一份备份恢复"),
            session_scope(database, Actor.system()) as session,
        ):
            session.scalars(select(Customer)).all()
    finally:
        database.close()
