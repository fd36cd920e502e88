"""Faults on the command line (issue 14): "refused, nothing written" under another program's write
lock and on a read-only database; a full disk ends with one Chinese line, no partial file and no
traceback; what a killed export or backup left is gone after the next command."""

from __future__ import annotations

import os
import resource
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from anjia_desk import cli, scratch
from anjia_desk.db import engine
from anjia_desk.db.engine import open_database
from anjia_desk.services.demo import DEMO_BACKUP_PASSPHRASE, create_demo

NOW = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)
SRC = Path(__file__).resolve().parents[1] / "src"


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("faults") / "office.db"
    database = open_database(str(path))
    try:
        create_demo(database, customers=400, now=NOW)
        with database.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        database.close()
    return path


@pytest.fixture
def office(demo_template: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "office.db"
    path.write_bytes(demo_template.read_bytes())
    return path


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _audited(db: Path, action: str) -> int:
    with sqlite3.connect(db) as conn:
        return int(
            conn.execute("SELECT count(*) FROM audit_log WHERE action = ?", (action,)).fetchone()[0]
        )


#: (command line after --db, the audit action it records, the output file's name)
COMMANDS = [
    (["export", "customers"], "export", "customers.xlsx"),
    (["print", "visitor-form"], "print", "form.pdf"),
    (["backup"], "backup", "office.anjiabak"),
]


def _argv(db: Path, out: Path, command: list[str]) -> list[str]:
    return ["--db", str(db), *command, "--out", str(out)]


@pytest.fixture
def short_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 300)
    monkeypatch.setenv(cli.PASSPHRASE_ENV, DEMO_BACKUP_PASSPHRASE)


@pytest.fixture
def locked(office: Path) -> Iterator[sqlite3.Connection]:
    """Another program holds the database's write lock."""
    other = sqlite3.connect(office, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    yield other
    other.execute("ROLLBACK")
    other.close()


@pytest.mark.parametrize(("command", "action", "name"), COMMANDS)
def test_under_another_programs_write_lock_nothing_is_written(
    office: Path,
    out_dir: Path,
    short_wait: None,
    locked: sqlite3.Connection,
    capsys: pytest.CaptureFixture[str],
    command: list[str],
    action: str,
    name: str,
) -> None:
    before = _audited(office, action)
    assert cli.run(_argv(office, out_dir / name, command)) == 2
    err = capsys.readouterr().err.strip()
    assert "占用" in err and "\n" not in err and "Traceback" not in err
    assert list(out_dir.iterdir()) == []  # neither the file nor a scratch copy of it
    locked.execute("ROLLBACK")  # the other program lets go
    assert _audited(office, action) == before
    # Now the same command writes the file and its audit entry.
    assert cli.run(_argv(office, out_dir / name, command)) == 0
    locked.execute("BEGIN")  # for the fixture's final ROLLBACK
    assert [p.name for p in out_dir.iterdir()] == [name]
    assert _audited(office, action) == before + 1


@pytest.mark.parametrize(("command", "action", "name"), COMMANDS)
def test_on_a_read_only_database_nothing_is_written(
    office: Path,
    out_dir: Path,
    short_wait: None,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    command: list[str],
    action: str,
    name: str,
) -> None:
    # chmod 0444 does not stop root (the tests may run as root): query_only gives SQLite's own
    # "attempt to write a readonly database" to every write, as a read-only file does.
    real = engine._on_sqlite_connect

    def read_only(dbapi_connection: Any, record: Any) -> None:
        real(dbapi_connection, record)
        dbapi_connection.execute("PRAGMA query_only = ON")

    monkeypatch.setattr(engine, "_on_sqlite_connect", read_only)
    before = _audited(office, action)
    assert cli.run(_argv(office, out_dir / name, command)) == 2
    err = capsys.readouterr().err.strip()
    assert "只读" in err and "\n" not in err and "Traceback" not in err
    assert list(out_dir.iterdir()) == []
    assert _audited(office, action) == before


# --- a full disk ------------------------------------------------------------------------------

_FULL_DISK = 40 * 1024  # bytes a file may grow to in the child: every output needs more


def _limit_file_size() -> None:  # runs in the child, before exec
    resource.setrlimit(resource.RLIMIT_FSIZE, (_FULL_DISK, _FULL_DISK))


def _run_cli(argv: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(SRC), cli.PASSPHRASE_ENV: DEMO_BACKUP_PASSPHRASE}
    return subprocess.run(
        [sys.executable, "-m", "anjia_desk", *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
        **kwargs,
    )


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
@pytest.mark.parametrize(("command", "action", "name"), COMMANDS)
def test_a_full_disk_is_one_chinese_line_and_leaves_nothing(
    office: Path, out_dir: Path, command: list[str], action: str, name: str
) -> None:
    """Writes past the limit fail (EFBIG, the way ENOSPC does on a full disk): the child process
    runs the real command and must not print a traceback (xlsxwriter's ZipFile.__del__ among
    them) nor leave a partial file."""
    before = _audited(office, action)
    result = _run_cli(_argv(office, out_dir / name, command), preexec_fn=_limit_file_size)
    assert result.returncode == 2, result.stderr
    err = result.stderr.strip()
    assert err.startswith("无法写入") or "磁盘" in err, err
    assert "\n" not in err and "Traceback" not in err and "Exception" not in err, err
    assert list(out_dir.iterdir()) == []
    assert _audited(office, action) == before
    assert [p.name for p in office.parent.iterdir() if scratch.NAME.fullmatch(p.name)] == []


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_full_disk_while_writing_an_import_report(office: Path, out_dir: Path) -> None:
    source = office.parent / "客户.xlsx"
    assert cli.run(["--db", str(office), "export", "customers", "--out", str(source)]) == 0
    report = out_dir / "报告.xlsx"
    argv = ["--db", str(office), "import", "customers", str(source), "--dry-run"]
    result = _run_cli([*argv, "--report", str(report)], preexec_fn=_limit_file_size)
    err = result.stderr.strip()
    assert err == f"无法写入文件：{report}（文件过大，超出了磁盘或系统允许的大小）", err
    assert result.returncode == 2 and list(out_dir.iterdir()) == []


# --- what a killed run leaves -----------------------------------------------------------------

_KILLED_EXPORT = """
import os, sys
from anjia_desk import cli
from anjia_desk.services import exporting
def die(session):
    os.kill(os.getpid(), 9)  # the workbook is complete under its scratch name
exporting.commit_first = die
cli.run(sys.argv[1:])
"""

_KILLED_BACKUP = """
import os, sys
from anjia_desk import cli
def die(*args):
    os.kill(os.getpid(), 9)  # the backup is written; the plaintext snapshot is beside the database
os.replace = die  # the first rename is the backup file's own temp becoming the scratch file
cli.run(sys.argv[1:])
"""

_KILLED_RESTORE = """
import os, sys
from anjia_desk import cli
from anjia_desk.services import backup_restore
def die(*args):
    os.kill(os.getpid(), 9)  # the live database is replaced; the copies are not yet tidied
backup_restore.publish_plain = die
cli.run(sys.argv[1:])
"""


def _leftovers(*folders: Path) -> list[str]:
    return sorted(p.name for f in folders for p in f.iterdir() if scratch.NAME.fullmatch(p.name))


def test_what_a_killed_export_backup_and_restore_left_is_gone_after_the_next_command(
    office: Path,
    out_dir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A data directory of its own: the journal it checks is empty at the end holds no marker of
    # another test that ran in this worker before it (an open print preview's, say).
    monkeypatch.setenv("ANJIA_DESK_HOME", str(out_dir.parent / "home"))
    monkeypatch.setenv(cli.PASSPHRASE_ENV, DEMO_BACKUP_PASSPHRASE)
    env = {**os.environ, "PYTHONPATH": str(SRC), cli.PASSPHRASE_ENV: DEMO_BACKUP_PASSPHRASE}
    export = _argv(office, out_dir / "customers.xlsx", ["export", "customers"])
    backup = _argv(office, out_dir / "office.anjiabak", ["backup"])

    def killed(script: str, argv: list[str]) -> list[str]:
        run = subprocess.run(
            [sys.executable, "-c", script, *argv], env=env, capture_output=True, timeout=300
        )
        assert run.returncode == -9, run.stderr
        return _leftovers(out_dir, office.parent)

    left = killed(_KILLED_EXPORT, export)
    assert [n for n in left if n.startswith(".customers.xlsx.")], left  # the export, unmasked
    assert not (out_dir / "customers.xlsx").exists()
    # The killed backup's command swept the export's leftovers as it started.
    left = killed(_KILLED_BACKUP, backup)
    assert not [n for n in left if n.startswith(".customers.xlsx.")], left
    assert [n for n in left if n.startswith("..office.anjiabak.backup.")], left
    assert [n for n in left if n.startswith(".office.db.snapshot.")], left  # plaintext
    assert not (out_dir / "office.anjiabak").exists()
    # A restore killed once the live database is replaced, before the copies are tidied.
    made = out_dir.parent / "made.anjiabak"
    assert cli.run(["--db", str(office), "backup", "--out", str(made)]) == 0
    backups = scratch.data_home() / "backups"
    before = sorted(backups.iterdir()) if backups.exists() else []
    left = killed(_KILLED_RESTORE, ["--db", str(office), "restore", str(made)])
    assert not [n for n in left if n.startswith("..office.anjiabak.backup.")], left
    assert [n for n in left if n.startswith(".office.db.replaced.")], left  # plaintext
    assert [n for n in _leftovers(backups) if ".anjiabak.backup." in n]  # encrypted, unnamed

    # Any next command — here a blank form printed elsewhere — sweeps first.
    elsewhere = out_dir.parent / "forms"
    elsewhere.mkdir()
    assert cli.run(_argv(office, elsewhere / "f.pdf", ["print", "visitor-form"])) == 0
    assert _leftovers(out_dir, office.parent, backups) == []
    assert list(out_dir.iterdir()) == []
    assert sorted(backups.iterdir()) == before  # the killed restore kept no copy by name
    assert list((scratch.data_home() / scratch.JOURNAL).iterdir()) == []
    capsys.readouterr()
