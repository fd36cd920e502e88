"""A complaint's attachments (issue 18, DOMAIN §9): the evidence of an investigation from its
three sides (the customer's papers, the office's records, a third-party inspection), photos of
the work done, the contractor's written acknowledgement, signed receipts.

The files live in the database (`ComplaintFile`), so they reach every PC and travel with backup,
restore and `migrate-to`, and an erasure of the person removes them
(services.erasure_complaints). Each is at most `MAX_BYTES` with its SHA-256 kept, once per case.

- `add_file` reads a file from disk: it runs as a service on the writer's thread, never on the
  window's; `add_file_bytes` takes the bytes themselves (the command line, the demo, tests).
  A refusal — too big, missing, unreadable, empty, already on the case — writes nothing.
- `files_of` lists a case's files without their bytes (the `data` column is deferred and never
  selected here); `file_data` reads one file's bytes and checks them against the SHA-256.
- `open_copy` writes a copy for the system's viewer into a scratch folder of the data directory
  (anjia_desk.scratch): the leftover sweep at the next start removes it, never the system temp
  folder. Opening is audited ("view"), as a customer's page is.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from anjia_desk.core.complaint_actions import ComplaintAction
from anjia_desk.core.complaint_kinds import Side, complaint_code
from anjia_desk.core.errors import ConflictError, UserError, ValidationError
from anjia_desk.core.text import clean_note
from anjia_desk.db.models import Complaint, ComplaintFile, ComplaintNote, User
from anjia_desk.db.types import aware_utc
from anjia_desk.scratch import discard, scratch_folder
from anjia_desk.services import audit, lookups
from anjia_desk.services.complaint_base import get_complaint, require_access, require_action
from anjia_desk.services.context import Actor

#: The largest file a case takes (10 MiB): a phone photo, a scanned report.
MAX_BYTES = 10 * 1024 * 1024
#: Longest file name and caption kept (the columns' width).
NAME_MAX = 200
CAPTION_MAX = 200
#: Characters no file name may hold on Windows (and control characters anywhere).
_UNSAFE_NAME = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = re.compile(r"(?i)^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$")


@dataclass(frozen=True)
class FileLine:
    """One attachment as the case's window lists it (without its bytes)."""

    id: int
    name: str
    size: int
    side: Side
    caption: str
    added_at: datetime
    added_by: str
    note_id: int | None


def size_text(size: int) -> str:
    """A size as people read it: 532 字节, 48.2 KB, 3.5 MB, 10 MB."""
    if size < 1024:
        return f"{size} 字节"
    value, unit = (size / 1024, "KB") if size < 1024 * 1024 else (size / (1024 * 1024), "MB")
    text = f"{value:.1f}".removesuffix(".0")
    return f"{text} {unit}"


def file_name(name: str) -> str:
    """The name kept for a file: its last part only (a path typed or given on any system),
    without characters a file name may not hold, shortened to NAME_MAX keeping the extension."""
    base = PurePosixPath(name.replace("\\", "/")).name
    base = _UNSAFE_NAME.sub("_", base).strip().strip(".").strip()
    if _RESERVED.match(base):
        base = f"_{base}"
    if len(base) > NAME_MAX:
        suffix = PurePosixPath(base).suffix
        suffix = suffix if len(suffix) <= 20 else ""
        base = base[: NAME_MAX - len(suffix)] + suffix
    return base


# -- adding ------------------------------------------------------------------------------------


def add_file(
    session: Session,
    actor: Actor,
    complaint_id: int,
    path: Path | str,
    *,
    side: Side,
    caption: str = "",
    note_id: int | None = None,
    now: datetime,
) -> int:
    """Attach the file at `path` to the case (ComplaintAction.ATTACH). Refused, with nothing
    written: a file missing, unreadable, empty or over MAX_BYTES (its size named), or one the
    case already holds (the name it was added under named). Returns the new file's id."""
    complaint = get_complaint(session, complaint_id)
    require_action(session, actor, complaint, ComplaintAction.ATTACH)
    data = read_file(Path(path))
    return _add(
        session, actor, complaint, Path(path).name, data,
        side=side, caption=caption, note_id=note_id, now=now,
    )  # fmt: skip


def add_file_bytes(
    session: Session,
    actor: Actor,
    complaint_id: int,
    name: str,
    data: bytes,
    *,
    side: Side,
    caption: str = "",
    note_id: int | None = None,
    now: datetime,
) -> int:
    """Attach `data` under `name` (as add_file, the bytes given instead of a path)."""
    complaint = get_complaint(session, complaint_id)
    require_action(session, actor, complaint, ComplaintAction.ATTACH)
    _check_size(name, len(data))
    return _add(
        session, actor, complaint, name, bytes(data),
        side=side, caption=caption, note_id=note_id, now=now,
    )  # fmt: skip


def read_file(path: Path) -> bytes:
    """The bytes of the file at `path`; UserError when it is missing, a folder, unreadable,
    empty or too big (measured before reading, and again while reading: it may grow)."""
    shown = path.name or str(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise UserError(f"找不到文件“{path}”，它可能已被移动或删除") from None
    except OSError as exc:
        raise UserError(f"无法读取文件“{shown}”：{exc.strerror or exc}") from None
    if path.is_dir():
        raise UserError(f"“{shown}”是文件夹，请选择一个文件")
    _check_size(shown, info.st_size)
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise UserError(f"无法读取文件“{shown}”：{exc.strerror or exc}") from None
    _check_size(shown, len(data))
    return data


def _check_size(name: str, size: int) -> None:
    if size == 0:
        raise UserError(f"文件“{file_name(name) or name}”是空的（0 字节），不能作为附件")
    if size > MAX_BYTES:
        shown = size_text(size)
        if shown == size_text(MAX_BYTES):  # just over: 10 MB would read as the limit itself
            shown = f"{size:,} 字节"
        raise UserError(
            f"文件“{file_name(name) or name}”有 {shown}，"
            f"超过了附件 {size_text(MAX_BYTES)} 的上限，请压缩或拆分后再添加"
        )


def _add(
    session: Session,
    actor: Actor,
    complaint: Complaint,
    name: str,
    data: bytes,
    *,
    side: Side,
    caption: str,
    note_id: int | None,
    now: datetime,
) -> int:
    errors: dict[str, str] = {}
    try:
        side = Side(side)
    except ValueError:
        errors["side"] = "请选择文件来源"
    kept = file_name(name)
    if not kept:
        errors["name"] = "请给文件一个名字"
    text = clean_note(caption)
    if len(text) > CAPTION_MAX:
        errors["caption"] = f"说明不能超过{CAPTION_MAX}个字"
    if note_id is not None:
        note = session.get(ComplaintNote, note_id)
        if note is None or note.complaint_id != complaint.id:
            errors["note_id"] = "所选记录不属于这条投诉"
    if errors:
        raise ValidationError(errors)
    digest = hashlib.sha256(data).hexdigest()
    _refuse_duplicate(session, complaint.id, complaint.number, digest)
    row = ComplaintFile(
        complaint_id=complaint.id,
        note_id=note_id,
        side=side,
        name=kept,
        size=len(data),
        sha256=digest,
        data=data,
        added_at=aware_utc(now),
        added_by_id=actor.user_id,
        caption=text,
    )
    try:
        with session.begin_nested():  # another PC may add the same file a moment before
            session.add(row)
            session.flush()
    except IntegrityError:
        _refuse_duplicate(session, complaint.id, complaint.number, digest)
        raise ConflictError("附件刚被修改，请刷新后重试") from None
    return row.id


def _refuse_duplicate(session: Session, complaint_id: int, number: int, digest: str) -> None:
    there = session.execute(
        select(ComplaintFile.name, ComplaintFile.side).where(
            ComplaintFile.complaint_id == complaint_id, ComplaintFile.sha256 == digest
        )
    ).first()
    if there is not None:
        raise UserError(
            f"投诉 {complaint_code(number)} 已有这个文件：“{there.name}”"
            f"（{Side(there.side).label}），内容完全相同，不必重复添加"
        )


# -- reading -----------------------------------------------------------------------------------


def files_of(session: Session, actor: Actor, complaint_id: int) -> list[FileLine]:
    """The case's files, oldest first, without their bytes (VIEW and the consultant's scope)."""
    complaint = get_complaint(session, complaint_id)
    require_access(session, actor, complaint)
    rows = session.execute(
        select(
            ComplaintFile.id,
            ComplaintFile.name,
            ComplaintFile.size,
            ComplaintFile.side,
            ComplaintFile.caption,
            ComplaintFile.added_at,
            User.display_name,
            ComplaintFile.note_id,
        )
        .outerjoin(User, User.id == ComplaintFile.added_by_id)
        .where(ComplaintFile.complaint_id == complaint.id)
        .order_by(ComplaintFile.added_at, ComplaintFile.id)
    )
    return [
        FileLine(
            id=r.id,
            name=r.name,
            size=r.size,
            side=Side(r.side),
            caption=r.caption,
            added_at=aware_utc(r.added_at),
            added_by=r.display_name or audit.SYSTEM_LABEL,
            note_id=r.note_id,
        )
        for r in rows
    ]


def file_data(session: Session, actor: Actor, file_id: int) -> tuple[str, bytes]:
    """One file's name and bytes (VIEW and the consultant's scope); UserError when the bytes no
    longer match the SHA-256 kept when it was added."""
    name, data, _row = _checked(session, actor, file_id)
    return name, data


def _checked(session: Session, actor: Actor, file_id: int) -> tuple[str, bytes, ComplaintFile]:
    row = lookups.get(session, ComplaintFile, file_id)
    require_access(session, actor, get_complaint(session, row.complaint_id))
    stored = session.scalar(select(ComplaintFile.data).where(ComplaintFile.id == row.id))
    data = bytes(stored or b"")
    if len(data) != row.size or hashlib.sha256(data).hexdigest() != row.sha256:
        raise UserError(f"附件“{row.name}”的内容与添加时不符（校验值不同），文件可能已损坏")
    return row.name, data, row


def open_copy(session: Session, actor: Actor, file_id: int, *, now: datetime) -> Path:
    """A copy of the file for the system's viewer, in a new scratch folder of the data directory
    (removed by the leftover sweep once this program has ended); the opening is audited."""
    name, data, row = _checked(session, actor, file_id)
    complaint = get_complaint(session, row.complaint_id)
    folder = scratch_folder("attachment")
    target = folder / (file_name(name) or f"附件-{row.id}")
    try:
        target.write_bytes(data)
    except OSError as exc:
        discard(folder)
        raise UserError(f"无法写出附件“{name}”的临时副本：{exc.strerror or exc}") from None
    entry = audit.record(
        session, actor, "view", "complaint_files", row.id,
        f"打开投诉 {complaint_code(complaint.number)} 的附件“{name}”",
    )  # fmt: skip
    entry.created_at = aware_utc(now)
    return target
