"""Scratch files and the leftover sweep (issue 14): a dead process's files go, wherever they were
written; a running process's stay; nothing else is touched."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from anjia_desk import scratch
from anjia_desk.services.backup_files import clean_leftovers

NOW = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _as_pid(path: Path, pid: int) -> Path:
    """The scratch name `path` as process `pid` would have made it, journal note and all."""
    match = scratch.NAME.fullmatch(path.name)
    assert match is not None
    renamed = path.with_name(path.name.replace(f"anjia-{match['pid']}-", f"anjia-{pid}-"))
    journal = scratch.data_home() / scratch.JOURNAL
    (journal / f"{match['pid']}-{match['token']}").unlink()
    (journal / f"{pid}-{match['token']}").write_text(str(renamed), encoding="utf-8")
    return renamed


def test_a_dead_processs_files_go_wherever_they_are_a_live_ones_stay(tmp_path: Path) -> None:
    desktop, data = tmp_path / "desktop", tmp_path / "data"
    desktop.mkdir()
    data.mkdir()
    dead = _dead_pid()
    export = _as_pid(scratch.scratch_path(desktop / "客户.xlsx", "xlsx"), dead)
    export.write_bytes(b"PK half a workbook")
    parts = _as_pid(scratch.scratch_path(desktop / "客户.xlsx", "parts"), dead)
    parts.mkdir()
    (parts / "tmp1234").write_bytes(b"rows")
    snapshot = _as_pid(scratch.scratch_path(data / "office.db", "snapshot"), dead)
    snapshot.write_bytes(b"SQLite format 3\x00")
    Path(f"{snapshot}-wal").write_bytes(b"wal")
    mine = scratch.scratch_path(desktop / "other.xlsx", "xlsx")  # this process is running
    mine.write_bytes(b"being written")
    with subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"]) as other:
        try:
            theirs = _as_pid(scratch.scratch_path(data / "office.db", "restore"), other.pid)
            theirs.write_bytes(b"another window's restore")
            for touched in (theirs, *(scratch.data_home() / scratch.JOURNAL).iterdir()):
                os.utime(touched, (NOW.timestamp(), NOW.timestamp()))
            keep = [desktop / "客户.xlsx", data / "office.db", data / ".office.db.notes.tmp"]
            for path in keep:
                path.write_bytes(b"not ours to remove")

            # The database's folder is all the sweep is told of: the journal finds the desktop.
            removed = clean_leftovers(data / "office.db", now=NOW)

            assert sorted(removed) == sorted([export, parts, snapshot])
            assert not export.exists() and not parts.exists() and not snapshot.exists()
            assert not Path(f"{snapshot}-wal").exists()
            assert mine.exists() and theirs.exists() and all(p.exists() for p in keep)
        finally:
            other.kill()
    # Untouched for over a day, a live pid is taken for a reused number: its file goes too.
    assert theirs in clean_leftovers(data / "office.db", now=NOW + timedelta(days=2))
    assert mine.exists()
    scratch.discard(mine)
    assert not mine.exists()
    assert not (scratch.data_home() / scratch.JOURNAL / mine.name).exists()


def test_scratch_names_are_recognisable_and_beside_their_output(tmp_path: Path) -> None:
    path = scratch.scratch_path(tmp_path / "报告.xlsx", "xlsx")
    assert path.parent == tmp_path
    match = scratch.NAME.fullmatch(path.name)
    assert match is not None and path.name.startswith(".报告.xlsx.xlsx.anjia-")
    assert scratch.NAME.fullmatch(path.name + "-wal")
    assert not scratch.NAME.fullmatch("报告.xlsx") and not scratch.NAME.fullmatch(".x.tmp")
    scratch.settled(path)


def test_the_window_sweeps_as_it_opens_the_database(db_path: Path) -> None:
    """ui.app._open runs on the start-up worker thread: the window sweeps there, off the GUI."""
    from anjia_desk.ui.app import _open

    dead = _dead_pid()
    snapshot = _as_pid(scratch.scratch_path(db_path, "snapshot"), dead)
    snapshot.write_bytes(b"SQLite format 3\x00 plaintext")
    preview = _as_pid(scratch.scratch_folder("print"), dead)
    (preview.with_name(preview.name.replace(f"-{dead}-", f"-{os.getpid()}-"))).rename(preview)
    (preview / "客户个人信息.pdf").write_bytes(b"%PDF")
    database, _fresh = _open(str(db_path))
    database.close()
    assert not snapshot.exists() and not preview.exists()
