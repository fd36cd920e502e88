"""Writing a file that leaves the office (an export, a paper, a backup) so that "refused, nothing
written" is true: the work goes to a scratch file beside the output, the audit entry is committed,
and only then does the file appear under its name. A refusal at any step (another process holds
the write lock, the database is read-only, the disk is full) removes what was written.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from anjia_desk.core.errors import UserError
from anjia_desk.db.engine import describe_db_error
from anjia_desk.scratch import discard, scratch_path, settled

_REASONS = {
    errno.ENOSPC: "磁盘空间不足",
    errno.EDQUOT: "磁盘配额已用完",
    errno.EFBIG: "文件过大，超出了磁盘或系统允许的大小",
    errno.EROFS: "磁盘是只读的",
    errno.EACCES: "没有写入权限，或文件正被其他程序打开",
    errno.EPERM: "没有写入权限，或文件正被其他程序打开",
}


def unwritable(out: Path, exc: OSError, what: str = "文件") -> UserError:
    """The one Chinese line for a file (a 备份文件, …) that could not be written."""
    reason = _REASONS.get(exc.errno or 0) or exc.strerror or "写入失败"
    return UserError(f"无法写入{what}：{out}（{reason}）")


def commit_first(session: Session) -> None:
    """Commit the session's work (the audit entry of the file about to appear). A database that
    refuses the commit (locked by another program, read-only, full) is a UserError."""
    try:
        session.commit()
    except DBAPIError as exc:
        session.rollback()
        raise UserError(describe_db_error(exc)) from None


@contextmanager
def staged(out: Path, label: str, what: str = "文件") -> Iterator[Path]:
    """A scratch file beside `out` to write into; whatever the block leaves there is removed when
    it ends (publish() moves it into place first). An OSError in the block (a full disk) becomes
    the one-line UserError."""
    temp = scratch_path(out, label)
    try:
        yield temp
    except OSError as exc:
        raise unwritable(out, exc, what) from None
    finally:
        discard(temp)


def publish(session: Session, temp: Path, out: Path, what: str = "文件") -> Path:
    """Commit the session (its audit entry), then move the finished `temp` into place as `out`."""
    commit_first(session)
    try:
        os.replace(temp, out)
    except OSError as exc:
        raise unwritable(out, exc, what) from None
    settled(temp)
    return out
