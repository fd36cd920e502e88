"""Scratch files: the temporary files an export, report, print, backup or restore writes before
its output is complete, and the one sweep that removes what a killed run left.

Every scratch file is written beside its output (an os.replace then stays on one disk, and the
data stays where the person put it — never in the system temp folder) under one recognisable
name, ".<output name>.<label>.anjia-<pid>-<8 hex>.tmp", so that the sweep can tell whose it is
and whether that process is still alive. Each one is also noted in the data directory
("leftovers/<pid>-<hex>", holding its path), so the sweep finds it wherever the output was
(a USB stick, the desktop), not only beside the database.

This module is imported by excel/, pdf/ and db/ as well as services/: it knows nothing of them.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import secrets
import shutil
import stat
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path

log = logging.getLogger(__name__)

#: The temp file a writer makes of a scratch file in turn (db.backup_file.write_backup writes
#: ".<name>.<8 hex>.tmp" beside the file it was given).
_NESTED = r"\.[0-9a-f]{8}\.tmp"
#: The name of every scratch file (and of its SQLite companions, for a scratch database).
NAME = re.compile(
    r"\..+\.anjia-(?P<pid>\d+)-(?P<token>[0-9a-f]{8})\.tmp(?:-wal|-shm|-journal|" + _NESTED + r")?"
)
#: A live process's scratch file is still removed once untouched this long (its pid may be a
#: new process's that happens to reuse the number).
STALE = timedelta(days=1)
JOURNAL = "leftovers"
_SQLITE_SIDES = ("-wal", "-shm", "-journal")


def data_home() -> Path:
    """The user data directory (as db.engine.data_dir, which excel/ and pdf/ may not import)."""
    override = os.environ.get("ANJIA_DESK_HOME")
    if override:
        return Path(override)
    import platformdirs

    return platformdirs.user_data_path("AnJiaDesk", appauthor=False)


def _journal() -> Path:
    return data_home() / JOURNAL


def scratch_path(out: Path, label: str) -> Path:
    """A fresh scratch name beside `out` (nothing is created), noted in the journal (when the
    data directory cannot be written, only the sweep of the database's own folders finds it)."""
    token = secrets.token_hex(4)
    path = out.parent / f".{out.name}.{label}.anjia-{os.getpid()}-{token}.tmp"
    try:
        journal = _journal()
        journal.mkdir(parents=True, exist_ok=True)
        (journal / f"{os.getpid()}-{token}").write_text(str(path.absolute()), encoding="utf-8")
    except OSError:
        log.warning("could not note scratch file %s", path, exc_info=True)
    return path


def scratch_folder(label: str) -> Path:
    """A new scratch folder in the data directory, for files with no output of their own (the
    PDF behind a print preview): never the system temp folder, and swept like any scratch file."""
    home = data_home()
    home.mkdir(parents=True, exist_ok=True)
    folder = scratch_path(home / "anjia-desk", label)
    folder.mkdir(mode=0o700)
    return folder


def copy_into_place(source: Path, out: Path, label: str = "copy") -> None:
    """Copy `source` to `out` through a scratch file beside `out`: a copy cut short (a full
    disk, a kill) leaves no half-written file under the output's name, and the sweep finds it."""
    with scratch_file(out, label) as temp:
        shutil.copyfile(source, temp)
        os.replace(temp, out)
        settled(temp)


def create_file(path: Path, mode: int = 0o600) -> int:
    """Create the scratch file `path` (it must not exist yet); returns its descriptor."""
    return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)


def _marker(path: Path) -> Path | None:
    match = NAME.fullmatch(path.name)
    if match is None:
        return None
    return _journal() / f"{match['pid']}-{match['token']}"


def settled(path: Path) -> None:
    """`path` was renamed into place (or removed): forget it in the journal."""
    marker = _marker(path)
    if marker is not None:
        with contextlib.suppress(OSError):
            marker.unlink(missing_ok=True)


def discard(path: Path) -> None:
    """Remove a scratch file (with its SQLite companions) or folder, and its journal note."""
    _remove(path)
    settled(path)


@contextmanager
def scratch_file(out: Path, label: str) -> Iterator[Path]:
    """A scratch name beside `out`; whatever is left under it when the block ends is removed
    (rename it into place inside the block to keep it)."""
    path = scratch_path(out, label)
    try:
        yield path
    finally:
        discard(path)


def _remove(path: Path) -> bool:
    removed = False
    nested = re.compile(rf"\.{re.escape(path.name)}{_NESTED}")
    try:
        inner = [p for p in path.parent.iterdir() if nested.fullmatch(p.name)]
    except OSError:
        inner = []
    for part in (path, *(Path(f"{path}{side}") for side in _SQLITE_SIDES), *inner):
        try:
            info = part.lstat()
        except OSError:
            continue
        if stat.S_ISDIR(info.st_mode):
            shutil.rmtree(part, ignore_errors=True)
        else:
            part.unlink(missing_ok=True)
        removed = True
    return removed


def pid_alive(pid: int) -> bool:
    """Whether a process with this id is running (never signals it)."""
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)  # signal 0: only checks (on POSIX; never used on Windows)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    except OSError:
        return False
    return True


def _windows_pid_alive(pid: int) -> bool:  # pragma: no cover - Windows only
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return bool(kernel32.GetLastError() == 5)  # access denied: it exists
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def _abandoned(pid: int, mtime: float, now: datetime) -> bool:
    if pid == os.getpid():
        return False
    return not pid_alive(pid) or mtime < (now - STALE).timestamp()


def sweep(places: Iterable[Path], *, now: datetime) -> list[Path]:
    """Remove the scratch files of processes that are gone: those the journal names, wherever
    they are, and any of that name in `places`. A running process's files are kept (unless
    untouched for STALE). Returns what was removed; never raises."""
    removed: list[Path] = []
    try:
        markers = list(_journal().iterdir())
    except OSError:
        markers = []
    for marker in markers:
        pid_text, _, _token = marker.name.partition("-")
        try:
            pid = int(pid_text)
            target = Path(marker.read_text(encoding="utf-8").strip())
            if not _abandoned(pid, marker.stat().st_mtime, now):
                continue
            if NAME.fullmatch(target.name) and _remove(target):
                removed.append(target)
            marker.unlink(missing_ok=True)
        except (OSError, ValueError):
            log.warning("could not sweep %s", marker, exc_info=True)
    for place in places:
        try:
            found = [p for p in place.iterdir() if NAME.fullmatch(p.name)]
        except OSError:  # no such folder (yet), or not readable
            continue
        for path in found:
            match = NAME.fullmatch(path.name)
            assert match is not None
            try:
                if _abandoned(int(match["pid"]), path.lstat().st_mtime, now):
                    _remove(path)
                    removed.append(path)
            except OSError:
                log.warning("could not remove leftover %s", path, exc_info=True)
    if removed:
        log.info("removed leftovers of unfinished work: %s", ", ".join(map(str, removed)))
    return removed
