"""A complaint's attachments (issue 18): kept in the database with their size and SHA-256, read
back as they went in; refused when too big, missing, unreadable, empty or already on the case,
with nothing written; listed without their bytes; seen only within a consultant's scope; opened
through a temporary copy the leftover sweep clears; removed when the person is erased."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select, update
from sqlalchemy.orm import Session

from anjia_desk import scratch
from anjia_desk.core.complaint_kinds import ComplaintStatus, NoteKind, Side
from anjia_desk.core.complaints import Channel, Level, Nature
from anjia_desk.core.errors import PermissionDenied, UserError, ValidationError
from anjia_desk.core.roles import Role
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.db.models import AuditEntry, Complaint, ComplaintFile, ComplaintNote, Customer
from anjia_desk.services import audit
from anjia_desk.services import complaint_files as cf
from anjia_desk.services import customer_profile as profile
from anjia_desk.services.backup_files import clean_leftovers
from anjia_desk.services.context import Actor
from anjia_desk.services.customer_state import ERASED_SUMMARY
from tests.deal_fixtures import make_customer, make_project
from tests.helpers import add_actor

NOW = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)
PHOTO = b"\xff\xd8\xff\xe0 a photo of the wet wall " * 100


def make_complaint(
    session: Session,
    project_id: int,
    number: int,
    *,
    customer: Customer | None = None,
    status: ComplaintStatus = ComplaintStatus.OPEN,
) -> Complaint:
    """A case built with the models (the intake service is not needed for files)."""
    complaint = Complaint(
        project_id=project_id,
        number=number,
        customer_id=customer.id if customer is not None else None,
        status=status,
        channel=Channel.PHONE,
        intake_at=NOW - timedelta(days=2),
        who=customer.name if customer is not None else "路过的客户",
        what="卫生间墙面渗水",
        nature=Nature.QUALITY,
        level=Level.MINOR,
    )
    session.add(complaint)
    session.flush()
    return complaint


@dataclass
class Office:
    cs_manager: Actor
    consultant: Actor  # owns 王建国, whose case is `case`
    other_consultant: Actor
    customer: Customer
    case: Complaint
    other_case: Complaint  # 李四's, owned by nobody here


@pytest.fixture
def office(session: Session) -> Office:
    project = make_project(session)
    cs_manager = add_actor(session, "kefu", "客服吴静", Role.CS_MANAGER)
    consultant = add_actor(session, "guwen", "顾问小陈", Role.CONSULTANT)
    other = add_actor(session, "guwen2", "顾问小刘", Role.CONSULTANT)
    wang = make_customer(session, "王建国", "13800001111", owner=consultant)
    li = make_customer(session, "李四", "13900002222")
    case = make_complaint(session, project.id, 1, customer=wang)
    other_case = make_complaint(session, project.id, 2, customer=li)
    session.commit()
    return Office(cs_manager, consultant, other, wang, case, other_case)


def _file(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _count(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(ComplaintFile)) or 0)


# --- kept as it went in --------------------------------------------------------------------------


def test_a_file_is_kept_with_its_size_and_sha256_and_reads_back(
    database: Database, office: Office, tmp_path: Path
) -> None:
    actor = office.cs_manager
    path = _file(tmp_path, "渗水照片.jpg", PHOTO)
    with session_scope(database, actor) as s:
        file_id = cf.add_file(
            s, actor, office.case.id, path, side=Side.CUSTOMER, caption=" 客户拍的 ", now=NOW
        )
    with session_scope(database, actor) as s:
        row = s.get(ComplaintFile, file_id)
        assert row is not None
        assert row.size == len(PHOTO)
        assert row.sha256 == hashlib.sha256(PHOTO).hexdigest()
        assert (row.name, row.side, row.caption) == ("渗水照片.jpg", Side.CUSTOMER, "客户拍的")
        assert row.added_at == NOW and row.added_by_id == actor.user_id
        lines = cf.files_of(s, actor, office.case.id)
        assert lines == [
            cf.FileLine(
                id=file_id, name="渗水照片.jpg", size=len(PHOTO), side=Side.CUSTOMER,
                caption="客户拍的", added_at=NOW, added_by="客服吴静", note_id=None,
            )
        ]  # fmt: skip
        assert cf.file_data(s, actor, file_id) == ("渗水照片.jpg", PHOTO)
        # The adding is audited (without the bytes).
        created = s.scalars(
            select(AuditEntry).where(
                AuditEntry.entity == "complaint_files", AuditEntry.entity_id == file_id
            )
        ).one()
        assert "渗水照片.jpg" in created.summary and "SHA-256" in created.summary
        assert PHOTO.decode("latin-1") not in created.summary


def test_bytes_with_a_note_of_the_same_case(database: Database, office: Office) -> None:
    actor = office.cs_manager
    with session_scope(database, actor) as s:
        note = ComplaintNote(
            complaint_id=office.case.id, kind=NoteKind.INVESTIGATION, side=Side.THIRD_PARTY,
            at=NOW, text="检测报告",
        )  # fmt: skip
        other = ComplaintNote(
            complaint_id=office.other_case.id, kind=NoteKind.INVESTIGATION, at=NOW, text="别的"
        )
        s.add_all([note, other])
        s.flush()
        with pytest.raises(ValidationError) as info:
            cf.add_file_bytes(
                s, actor, office.case.id, "报告.pdf", b"%PDF-1.4", side=Side.THIRD_PARTY,
                note_id=other.id, now=NOW,
            )  # fmt: skip
        assert info.value.fields == {"note_id": "所选记录不属于这条投诉"}
        with pytest.raises(ValidationError) as info:
            cf.add_file_bytes(
                s, actor, office.case.id, "报告.pdf", b"%PDF-1.4", side=Side.THIRD_PARTY,
                caption="长" * (cf.CAPTION_MAX + 1), now=NOW,
            )  # fmt: skip
        assert set(info.value.fields) == {"caption"}
        file_id = cf.add_file_bytes(
            s, actor, office.case.id, r"C:\Users\kefu\检测<报告>.pdf", b"%PDF-1.4",
            side=Side.THIRD_PARTY, note_id=note.id, now=NOW,
        )  # fmt: skip
        (line,) = cf.files_of(s, actor, office.case.id)
        assert (line.id, line.name, line.note_id) == (file_id, "检测_报告_.pdf", note.id)


def test_file_names_are_kept_safe() -> None:
    assert cf.file_name("/home/a/b/照片.JPG") == "照片.JPG"
    assert cf.file_name(r"D:\材料\合同 扫描件.pdf") == "合同 扫描件.pdf"
    assert cf.file_name("a:b*c?.png") == "a_b_c_.png"
    assert cf.file_name("CON.txt") == "_CON.txt"
    assert cf.file_name("  ") == ""
    long = cf.file_name("长" * 300 + ".jpeg")
    assert len(long) == cf.NAME_MAX and long.endswith("长.jpeg")
    assert cf.size_text(532) == "532 字节"
    assert cf.size_text(48 * 1024 + 200) == "48.2 KB"
    assert cf.size_text(cf.MAX_BYTES) == "10 MB"
    assert cf.size_text(cf.MAX_BYTES + 512 * 1024) == "10.5 MB"


# --- refusals: nothing written -------------------------------------------------------------------


def test_a_file_over_10_mb_is_refused_with_its_size(
    database: Database, office: Office, tmp_path: Path
) -> None:
    actor = office.cs_manager
    big = tmp_path / "现场视频.mp4"
    with big.open("wb") as handle:
        handle.truncate(cf.MAX_BYTES + 3 * 1024 * 1024)  # 13 MB, sparse
    with session_scope(database, actor) as s:
        with pytest.raises(UserError) as info:
            cf.add_file(s, actor, office.case.id, big, side=Side.CUSTOMER, now=NOW)
        assert "现场视频.mp4" in info.value.message
        assert "13 MB" in info.value.message and "10 MB" in info.value.message
        with pytest.raises(UserError, match=r"有 10,485,761 字节，超过了附件 10 MB 的上限"):
            cf.add_file_bytes(
                s, actor, office.case.id, "x.bin", b"x" * (cf.MAX_BYTES + 1),
                side=Side.OFFICE, now=NOW,
            )  # fmt: skip
        # Exactly 10 MiB is allowed.
        cf.add_file_bytes(
            s, actor, office.case.id, "ok.bin", b"y" * cf.MAX_BYTES, side=Side.OFFICE, now=NOW
        )
    with session_scope(database, actor) as s:
        assert [(f.name, f.size) for f in cf.files_of(s, actor, office.case.id)] == [
            ("ok.bin", cf.MAX_BYTES)
        ]


def test_a_file_that_grows_while_read_is_refused(
    database: Database, office: Office, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Measured before reading and again in what was read (a log still being written)."""
    actor = office.cs_manager
    path = _file(tmp_path, "录音.m4a", b"small")
    real_open = Path.open

    def grown(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self == path and args[:1] == ("rb",):
            with real_open(self, "ab") as handle:
                handle.write(b"z" * (cf.MAX_BYTES + 10))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", grown)
    with session_scope(database, actor) as s:
        with pytest.raises(UserError, match=r"超过了附件 10 MB 的上限"):
            cf.add_file(s, actor, office.case.id, path, side=Side.CUSTOMER, now=NOW)
        assert _count(s) == 0


def test_missing_unreadable_empty_or_a_folder_is_refused(
    database: Database, office: Office, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    actor = office.cs_manager
    case_id = office.case.id
    with session_scope(database, actor) as s:
        with pytest.raises(UserError, match=r"找不到文件.*已被移动或删除"):
            cf.add_file(s, actor, case_id, tmp_path / "没有.jpg", side=Side.CUSTOMER, now=NOW)
        with pytest.raises(UserError, match="是文件夹"):
            cf.add_file(s, actor, case_id, tmp_path, side=Side.CUSTOMER, now=NOW)
        empty = _file(tmp_path, "空.txt", b"")
        with pytest.raises(UserError, match="空的"):
            cf.add_file(s, actor, case_id, empty, side=Side.CUSTOMER, now=NOW)
        locked = _file(tmp_path, "锁定.pdf", b"%PDF")

        def refuse(self: Path, *args: Any, **kwargs: Any) -> Any:
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr(Path, "open", refuse)  # root reads through chmod 000
        with pytest.raises(UserError, match=r"无法读取文件“锁定\.pdf”：Permission denied"):
            cf.add_file(s, actor, case_id, locked, side=Side.CUSTOMER, now=NOW)
        monkeypatch.undo()
        assert _count(s) == 0
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.entity == "complaint_files")) == 0  # fmt: skip


def test_the_same_file_twice_on_a_case_names_the_one_there(
    database: Database, office: Office, tmp_path: Path
) -> None:
    actor = office.cs_manager
    first = _file(tmp_path, "渗水.jpg", PHOTO)
    again = _file(tmp_path, "IMG_0001.jpg", PHOTO)
    with session_scope(database, actor) as s:
        cf.add_file(s, actor, office.case.id, first, side=Side.CUSTOMER, now=NOW)
    with session_scope(database, actor) as s:
        with pytest.raises(UserError) as info:
            cf.add_file(s, actor, office.case.id, again, side=Side.OFFICE, now=NOW)
        assert info.value.message == (
            "投诉 TS-000001 已有这个文件：“渗水.jpg”（客户材料），内容完全相同，不必重复添加"
        )
        # Another case may hold the same file.
        cf.add_file(s, actor, office.other_case.id, again, side=Side.OFFICE, now=NOW)
    with session_scope(database, actor) as s:
        assert [f.name for f in cf.files_of(s, actor, office.case.id)] == ["渗水.jpg"]
        assert [f.name for f in cf.files_of(s, actor, office.other_case.id)] == ["IMG_0001.jpg"]


def test_a_closed_case_or_a_role_without_it_takes_no_file(
    database: Database, office: Office
) -> None:
    with session_scope(database, Actor.system()) as s:
        finance = add_actor(s, "caiwu", "财务乙", Role.FINANCE)
        s.execute(
            update(Complaint)
            .where(Complaint.id == office.other_case.id)
            .values(status=ComplaintStatus.CLOSED)
        )
    with session_scope(database, finance) as s, pytest.raises(PermissionDenied):
        cf.add_file_bytes(s, finance, office.case.id, "a.txt", b"a", side=Side.OFFICE, now=NOW)
    actor = office.cs_manager
    with session_scope(database, actor) as s:
        with pytest.raises(UserError, match="投诉已办结"):
            cf.add_file_bytes(
                s, actor, office.other_case.id, "a.txt", b"a", side=Side.OFFICE, now=NOW
            )
        assert _count(s) == 0


# --- reading -----------------------------------------------------------------------------------


@pytest.fixture
def statements(database: Database) -> Iterator[list[str]]:
    seen: list[str] = []

    def note(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(statement)

    event.listen(database.engine, "before_cursor_execute", note)
    yield seen
    event.remove(database.engine, "before_cursor_execute", note)


def test_the_list_never_loads_the_bytes(
    database: Database, office: Office, statements: list[str]
) -> None:
    actor = office.cs_manager
    with session_scope(database, actor) as s:
        for n in range(3):
            cf.add_file_bytes(
                s, actor, office.case.id, f"{n}.jpg", PHOTO + bytes([n]), side=Side.OFFICE,
                now=NOW + timedelta(minutes=n),
            )  # fmt: skip
    statements.clear()
    with session_scope(database, actor) as s:
        lines = cf.files_of(s, actor, office.case.id)
        assert [f.name for f in lines] == ["0.jpg", "1.jpg", "2.jpg"]
        assert all(f.size == len(PHOTO) + 1 for f in lines)
    listing = [q for q in statements if "complaint_files" in q]
    assert listing and not any("complaint_files.data" in q for q in listing)
    # One file's bytes are read when asked for, and only that file's.
    statements.clear()
    with session_scope(database, actor) as s:
        assert cf.file_data(s, actor, lines[1].id)[1] == PHOTO + b"\x01"
    assert sum("complaint_files.data" in q for q in statements) == 1


def test_damaged_bytes_are_refused(database: Database, office: Office) -> None:
    actor = office.cs_manager
    with session_scope(database, actor) as s:
        file_id = cf.add_file_bytes(
            s, actor, office.case.id, "a.jpg", PHOTO, side=Side.OFFICE, now=NOW
        )
        s.execute(update(ComplaintFile).where(ComplaintFile.id == file_id).values(data=b"other"))
    with session_scope(database, actor) as s, pytest.raises(UserError, match="内容与添加时不符"):
        cf.file_data(s, actor, file_id)


def test_a_consultant_sees_only_the_files_of_their_customers_cases(
    database: Database, office: Office
) -> None:
    lead = office.cs_manager
    with session_scope(database, lead) as s:
        theirs = cf.add_file_bytes(
            s, lead, office.other_case.id, "李四.jpg", b"li", side=Side.CUSTOMER, now=NOW
        )
    mine, stranger = office.consultant, office.other_consultant
    with session_scope(database, mine) as s:  # 王建国's consultant files on his case
        own = cf.add_file_bytes(
            s, mine, office.case.id, "合同.pdf", b"%PDF", side=Side.CUSTOMER, now=NOW
        )
        assert [f.id for f in cf.files_of(s, mine, office.case.id)] == [own]
        assert cf.file_data(s, mine, own) == ("合同.pdf", b"%PDF")
        with pytest.raises(PermissionDenied, match="只能查看自己客户的投诉"):
            cf.files_of(s, mine, office.other_case.id)
        with pytest.raises(PermissionDenied):
            cf.file_data(s, mine, theirs)
        with pytest.raises(PermissionDenied):
            cf.open_copy(s, mine, theirs, now=NOW)
    with session_scope(database, stranger) as s:
        for attempt in (
            lambda: cf.files_of(s, stranger, office.case.id),
            lambda: cf.file_data(s, stranger, own),
            lambda: cf.add_file_bytes(
                s, stranger, office.case.id, "b.txt", b"b", side=Side.OFFICE, now=NOW
            ),
        ):
            with pytest.raises(PermissionDenied):
                attempt()
    with session_scope(database, lead) as s:
        assert _count(s) == 2


def test_open_copy_is_a_scratch_file_the_sweep_clears(
    database: Database, office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    actor = office.cs_manager
    with session_scope(database, actor) as s:
        file_id = cf.add_file_bytes(
            s, actor, office.case.id, "检测报告.pdf", PHOTO, side=Side.THIRD_PARTY, now=NOW
        )
    with session_scope(database, actor) as s:
        copy = cf.open_copy(s, actor, file_id, now=NOW)
    assert copy.name == "检测报告.pdf" and copy.read_bytes() == PHOTO
    folder = copy.parent
    # In the data directory under a scratch name (never the system temp folder), noted in the
    # journal so the sweep finds it.
    assert folder.parent == scratch.data_home()
    assert scratch.NAME.fullmatch(folder.name)
    with session_scope(database, actor) as s:
        seen = s.scalars(select(AuditEntry).where(AuditEntry.action == "view")).one()
        assert (seen.entity, seen.entity_id, seen.created_at) == ("complaint_files", file_id, NOW)
        assert "TS-000001" in seen.summary and "检测报告.pdf" in seen.summary
    # While this program runs the copy stays (the viewer may have it open) ...
    clean_leftovers(None, now=NOW)
    assert copy.exists()
    # ... and the sweep at the next start (this process gone) removes it.
    monkeypatch.setattr(scratch, "_abandoned", lambda _pid, _mtime, _now: True)
    removed = clean_leftovers(None, now=NOW)
    assert folder in removed and not folder.exists()


# --- erasure -----------------------------------------------------------------------------------


def test_erasing_a_person_removes_the_files_of_their_complaints(
    database: Database, office: Office
) -> None:
    lead = office.cs_manager
    with session_scope(database, lead) as s:
        gone = [
            cf.add_file_bytes(s, lead, office.case.id, n, d, side=Side.CUSTOMER, now=NOW)
            for n, d in (("王建国身份证.jpg", b"id"), ("王建国家渗水.jpg", PHOTO))
        ]
        kept = cf.add_file_bytes(
            s, lead, office.other_case.id, "李四.jpg", b"li", side=Side.CUSTOMER, now=NOW
        )
        cf.open_copy(s, lead, gone[0], now=NOW)
        audit.record(
            s, lead, "create", "complaints", office.case.id, "受理投诉（王建国，13800001111）"
        )
    with session_scope(database, Actor.system()) as s:
        profile.erase_personal_data(
            s, Actor.system(), office.customer.id, reason="本人要求", now=NOW
        )
    with session_scope(database, lead) as s:
        assert list(s.scalars(select(ComplaintFile.id))) == [kept]
        case = s.get(Complaint, office.case.id)
        assert case is not None  # the case stays, without the person's name and phone
        assert (case.who, case.contact_phone) == ("（已申请删除）", "")
        summaries = s.scalars(
            select(AuditEntry.summary).where(
                AuditEntry.entity == "complaints", AuditEntry.entity_id == case.id
            )
        ).all()
        assert summaries and not any("王建国" in t or "13800001111" in t for t in summaries)
        lines = s.scalars(
            select(AuditEntry).where(
                AuditEntry.entity == "complaint_files", AuditEntry.entity_id.in_(gone)
            )
        ).all()
        assert len(lines) == 3 and {e.summary for e in lines} == {ERASED_SUMMARY}
        other = s.scalars(
            select(AuditEntry).where(
                AuditEntry.entity == "complaint_files", AuditEntry.entity_id == kept
            )
        ).one()
        assert "李四.jpg" in other.summary


def test_an_erased_persons_file_leaves_the_sqlite_file_too(
    database: Database, db_path: Path, office: Office
) -> None:
    """The bytes are not left in the file's free pages or its WAL (db.file_scrub)."""
    marker = b"WANG-JIANGUO-ID-CARD-SCAN-" * 200
    lead = office.cs_manager
    with session_scope(database, lead) as s:
        cf.add_file_bytes(
            s, lead, office.case.id, "身份证.jpg", marker, side=Side.CUSTOMER, now=NOW
        )

    def on_disk() -> bytes:
        return b"".join(p.read_bytes() for p in (db_path, Path(f"{db_path}-wal")) if p.exists())

    assert marker[:52] in on_disk()
    with session_scope(database, Actor.system()) as s:
        profile.erase_personal_data(
            s, Actor.system(), office.customer.id, reason="本人要求", now=NOW
        )
    assert marker[:52] not in on_disk()
