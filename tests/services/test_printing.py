"""Printing service: letterhead from settings, office-zone print time, permissions, audit."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.errors import PermissionDenied, UserError
from anjia_desk.core.roles import PERMISSIONS, Action, Role
from anjia_desk.db.models import AuditEntry
from anjia_desk.pdf.fonts import cjk_font
from anjia_desk.services.context import Actor
from anjia_desk.services.printing import (
    letterhead_from_settings,
    office_time,
    print_visitor_form,
)
from anjia_desk.services.settings import update_settings
from tests.pdf.pdfcheck import assert_sound, read_pdf

NOW = datetime(2026, 3, 5, 6, 30, tzinfo=UTC)  # 14:30 in Shanghai


def _prints(session: Session) -> list[AuditEntry]:
    session.flush()
    query = select(AuditEntry).where(AuditEntry.action == "print")
    return list(session.scalars(query))


def _actor(*roles: Role) -> Actor:
    return Actor(user_id=None, username="u", display_name="小王", roles=frozenset(roles))


def _office(session: Session, system: Actor) -> None:
    update_settings(
        session,
        system,
        {
            "letterhead.company": "安家置业有限公司",
            "letterhead.project": "安家·滨江壹号",
            "letterhead.address": "江南大道 1888 号",
            "letterhead.phone": "0571-8888 6666",
        },
    )


def test_letterhead_defaults_blank_then_from_settings(session: Session, system: Actor) -> None:
    blank = letterhead_from_settings(session)
    assert blank.is_blank and blank.company == ""
    _office(session, system)
    head = letterhead_from_settings(session)
    assert (head.company, head.project, head.address, head.phone) == (
        "安家置业有限公司",
        "安家·滨江壹号",
        "江南大道 1888 号",
        "0571-8888 6666",
    )


def test_office_time_converts_utc_to_the_office_zone(session: Session, system: Actor) -> None:
    assert office_time(session, NOW) == datetime(2026, 3, 5, 14, 30)
    with pytest.raises(ValueError, match="naive"):
        office_time(session, NOW.replace(tzinfo=None))
    update_settings(session, system, {"office.timezone": "Europe/Berlin"})
    assert office_time(session, NOW) == datetime(2026, 3, 5, 7, 30)
    clock = office_time(session)
    assert clock.tzinfo is None and clock.year >= 2026


def test_print_visitor_form_writes_pdf_and_audits(
    session: Session, system: Actor, tmp_path: Path
) -> None:
    _office(session, system)
    out = tmp_path / "登记表.pdf"
    assert print_visitor_form(session, system, out, now=NOW) == out
    facts = read_pdf(out)
    assert len(facts.pages) == 1
    assert "安家置业有限公司" in facts.text and "打印时间：2026-03-05 14:30" in facts.text
    assert_sound(facts, cjk_font())
    (entry,) = _prints(session)
    assert (entry.entity, entry.entity_id, entry.summary) == (
        "visitor_form",
        None,
        "空白来访登记表",
    )
    assert entry.actor == "system" and entry.os_user


def test_default_time_is_now(session: Session, system: Actor, tmp_path: Path) -> None:
    out = print_visitor_form(session, system, tmp_path / "f.pdf")
    assert f"打印时间：{office_time(session):%Y-%m-%d}" in read_pdf(out).text


@pytest.mark.parametrize("role", list(Role))
def test_permission_table_is_honoured(session: Session, tmp_path: Path, role: Role) -> None:
    actor = _actor(role)
    out = tmp_path / "f.pdf"
    if role in PERMISSIONS[Action.PRINT_BLANK_FORMS]:
        print_visitor_form(session, actor, out, now=NOW)
        assert out.is_file() and _prints(session)[0].actor == "小王"
    else:  # pragma: no cover - every role may print blank forms today
        with pytest.raises(PermissionDenied):
            print_visitor_form(session, actor, out, now=NOW)


def test_user_without_roles_is_refused_and_nothing_written(
    session: Session, tmp_path: Path
) -> None:
    out = tmp_path / "f.pdf"
    with pytest.raises(PermissionDenied, match="打印空白表单"):
        print_visitor_form(session, _actor(), out, now=NOW)
    assert not out.exists() and _prints(session) == []


def test_missing_folder_is_a_user_error_and_nothing_is_left(
    session: Session, system: Actor, tmp_path: Path
) -> None:
    with pytest.raises(UserError, match="输出文件夹不存在"):
        print_visitor_form(session, system, tmp_path / "nope" / "f.pdf", now=NOW)
    assert not (tmp_path / "nope").exists() and _prints(session) == []


def test_unwritable_folder_is_a_user_error_and_nothing_is_left(
    session: Session, system: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from anjia_desk.pdf import page

    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)  # enough for an ordinary user; root ignores it, hence the patch below

    def refuse(*_a: object, **_k: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(page, "create_file", refuse)
    try:
        with pytest.raises(UserError, match="无法写入输出文件") as caught:
            print_visitor_form(session, system, folder / "f.pdf", now=NOW)
        assert "没有写入权限" in caught.value.message
        assert list(folder.iterdir()) == [] and _prints(session) == []
    finally:
        folder.chmod(0o700)


def test_the_notice_follows_the_retention_setting(session, system, tmp_path):
    from pypdf import PdfReader

    from anjia_desk.services.settings import update_settings

    update_settings(session, system, {"privacy.retention_months": 36})
    out = print_visitor_form(session, system, tmp_path / "form.pdf")
    text = PdfReader(out).pages[0].extract_text()
    assert "36 个月" in text.replace("\n", "")
