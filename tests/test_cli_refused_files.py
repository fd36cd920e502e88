"""Files that are not an office's database (issue 14): an existing zero-byte file and another
program's SQLite database are refused by every command — exit code 2, one Chinese line — and left
exactly as they were (today the zero-byte file became a new office, and the foreign file was
switched to WAL although refused). A new database appears only where no file was."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
import xlsxwriter

from anjia_desk import cli
from anjia_desk.db import engine as eng
from anjia_desk.db.engine import open_database
from tests.damaged_files import foreign_sqlite, journal_mode, side_files

PASS = "cli-passphrase-1"


@pytest.fixture(autouse=True)
def _no_terminal(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASS)


@pytest.fixture
def sheet(tmp_path) -> Path:
    path = tmp_path / "in" / "customers.xlsx"
    path.parent.mkdir()
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("客户")
    for r, row in enumerate([["客户姓名", "手机号"], ["郑新客", "13912345678"]]):
        ws.write_row(r, 0, row)
    book.close()
    return path


def _commands(db: Path, out: Path, sheet: Path, backup: Path) -> dict[str, list[str]]:
    base = ["--db", str(db)]
    return {
        "demo": [*base, "demo", "--customers", "0"],
        "import": [*base, "import", "customers", str(sheet)],
        "import --dry-run": [*base, "import", "customers", str(sheet), "--dry-run"],
        "export": [*base, "export", "customers", "--out", str(out / "c.xlsx")],
        "print": [*base, "print", "visitor-form", "--out", str(out / "v.pdf")],
        "backup": [*base, "backup", "--out", str(out / "b.anjiabak")],
        "restore": [*base, "restore", str(backup)],
    }


@pytest.fixture
def a_backup(tmp_path, db_path) -> Path:
    path = tmp_path / "in" / "office.anjiabak"
    path.parent.mkdir(exist_ok=True)
    assert cli.run(["--db", str(db_path), "backup", "--out", str(path)]) == 0
    return path


@pytest.mark.parametrize(
    "command", ["demo", "import", "import --dry-run", "export", "print", "backup"]
)
def test_a_zero_byte_file_is_refused_by_every_command(command, tmp_path, sheet, a_backup, capsys):
    folder = tmp_path / "office"
    folder.mkdir()
    empty = folder / "anjia.db"
    empty.write_bytes(b"")
    out = tmp_path / "out"
    out.mkdir()
    capsys.readouterr()
    assert cli.run(_commands(empty, out, sheet, a_backup)[command]) == 2
    err = capsys.readouterr().err
    assert "数据库文件是空的" in err and "Traceback" not in err
    assert empty.read_bytes() == b""
    assert sorted(p.name for p in folder.iterdir()) == ["anjia.db"]
    assert list(out.iterdir()) == []


@pytest.mark.parametrize(
    "command", ["demo", "import", "import --dry-run", "export", "print", "backup", "restore"]
)
def test_a_foreign_sqlite_file_is_refused_and_left_untouched(
    command, tmp_path, sheet, a_backup, capsys
):
    folder = tmp_path / "other-program"
    folder.mkdir()
    other = foreign_sqlite(folder / "data.db")
    before = other.read_bytes()
    out = tmp_path / "out"
    out.mkdir()
    capsys.readouterr()
    assert cli.run(_commands(other, out, sheet, a_backup)[command]) == 2
    err = capsys.readouterr().err
    assert ("不是安家 Desk 的数据库" in err or "其他程序的数据库" in err) and "Traceback" not in err
    assert other.read_bytes() == before
    assert journal_mode(other) == "rollback"
    assert side_files(other) == []  # no -wal, -shm or -journal was made
    assert sorted(p.name for p in folder.iterdir()) == ["data.db"]
    assert list(out.iterdir()) == []


def test_a_restore_may_replace_a_zero_byte_file(tmp_path, a_backup, capsys):
    """Restoring is what the refusal recommends: it works over the empty file."""
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    assert cli.run(["--db", str(empty), "restore", str(a_backup)]) == 0
    database = open_database(str(empty), create=False)
    database.close()


def test_a_new_database_is_made_whole_or_not_at_all(tmp_path, monkeypatch):
    """A new database is built beside its path and moved in: a failure (or a kill) while the
    schema is made leaves no file at the path — not a zero-byte or half-made one."""
    target = tmp_path / "new" / "anjia.db"

    def broken_upgrade(engine, revision="head"):
        with engine.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE half (x)")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(eng, "upgrade", broken_upgrade)
    with pytest.raises(OSError):
        open_database(str(target))
    assert list(target.parent.iterdir()) == []
    monkeypatch.undo()
    database = open_database(str(target))
    try:
        with database.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    finally:
        database.close()
    assert [p.name for p in target.parent.iterdir() if not p.name.startswith("anjia.db")] == []
