"""A report printed and exported (services.report_papers) through the registry: the figures the
actor may see, the office's letterhead and zone, the audit line, nothing written when refused.
The registry's reports come from other modules; here it holds one hand-built report."""

from __future__ import annotations

import zipfile
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.errors import NotFound, PermissionDenied
from anjia_desk.core.report_periods import ReportRange
from anjia_desk.core.report_values import DrillList, ReportTable
from anjia_desk.core.roles import Role
from anjia_desk.db.models import AuditEntry
from anjia_desk.pdf import fonts
from anjia_desk.pdf.fonts import FontNotFound, cjk_font
from anjia_desk.services import reports
from anjia_desk.services.context import Actor
from anjia_desk.services.report_base import ReportSpec, Scope
from anjia_desk.services.report_papers import export_report, print_report
from anjia_desk.services.settings import update_settings
from tests.helpers import add_actor
from tests.pdf.pdfcheck import assert_sound, read_pdf
from tests.pdf.report_samples import funnel_table

NOW = datetime(2026, 12, 7, 15, 45, tzinfo=UTC)  # 23:45 in Shanghai: still the 7th there
FIRST, LAST = date(2026, 12, 1), date(2026, 12, 7)


class Calls:
    def __init__(self) -> None:
        self.seen: list[tuple[Scope, ReportRange, date]] = []

    def compute(self, session: Session, scope: Scope, rng: ReportRange, today: date) -> ReportTable:
        self.seen.append((scope, rng, today))
        return replace(funnel_table(), range_label=rng.label, scope_label=scope.label)

    def drill(self, *_: object) -> DrillList:
        raise AssertionError("not drilled here")


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> Calls:
    calls = Calls()
    spec = ReportSpec("sample", "成交漏斗", "来访与成交", calls.compute, calls.drill)
    monkeypatch.setattr(reports, "BY_KEY", {"sample": spec})
    return calls


def _audit(session: Session, action: str) -> list[AuditEntry]:
    session.flush()
    query = select(AuditEntry).where(AuditEntry.action == action, AuditEntry.entity == "reports")
    return list(session.scalars(query))


def _office(session: Session, system: Actor) -> None:
    update_settings(
        session,
        system,
        {"letterhead.project": "安家·滨江壹号", "letterhead.phone": "0571-8888 6666"},
    )


def test_print_writes_one_page_in_the_office_zone_and_audits(
    session: Session, system: Actor, calls: Calls, tmp_path: Path
) -> None:
    _office(session, system)
    manager = add_actor(session, "manager", "刘经理", Role.SITE_MANAGER)
    out = tmp_path / "漏斗.pdf"
    assert print_report(session, manager, "sample", FIRST, LAST, now=NOW, out=out) == out
    scope, rng, today = calls.seen[0]
    assert scope == Scope(None)  # the site manager sees the whole office
    assert (rng.first, rng.last, str(rng.zone)) == (FIRST, LAST, "Asia/Shanghai")
    assert today == date(2026, 12, 7)
    facts = read_pdf(out)
    assert len(facts.pages) == 1
    assert_sound(facts, cjk_font())
    for phrase in ("安家·滨江壹号", "电话：0571-8888 6666", "成交漏斗", rng.label, "81,234,567.50"):
        assert phrase in facts.text
    assert "打印时间：2026-12-07 23:45" in facts.text
    [entry] = _audit(session, "print")
    assert entry.user_id == manager.user_id and entry.entity_id is None
    assert "成交漏斗" in entry.summary and rng.label in entry.summary
    assert "漏斗.pdf" in entry.summary
    again = tmp_path / "again.pdf"
    print_report(session, manager, "sample", FIRST, LAST, now=NOW, out=again)
    assert again.read_bytes() == out.read_bytes()  # a reprint is the same paper


def test_export_writes_the_workbook_and_audits(
    session: Session, calls: Calls, tmp_path: Path
) -> None:
    consultant = add_actor(session, "gu", "顾小文", Role.CONSULTANT)
    out = tmp_path / "漏斗.xlsx"
    assert export_report(session, consultant, "sample", FIRST, LAST, now=NOW, out=out) == out
    assert calls.seen[0][0] == Scope(consultant.user_id)  # their own figures only
    sheet = openpyxl.load_workbook(out).active
    assert sheet["A1"].value == "成交漏斗"
    assert sheet["A2"].value.endswith("仅本人")
    assert sheet["B5"].value == 340
    with zipfile.ZipFile(out) as book:
        assert "xl/charts/chart1.xml" in book.namelist()
    [entry] = _audit(session, "export")
    assert entry.user_id == consultant.user_id
    assert "仅本人" in entry.summary and "漏斗.xlsx" in entry.summary


def test_refused_without_a_report_right_and_nothing_written(
    session: Session, calls: Calls, tmp_path: Path
) -> None:
    cashier = add_actor(session, "cash", "出纳小李", Role.CASHIER)
    for produce in (print_report, export_report):
        out = tmp_path / "x.out"
        with pytest.raises(PermissionDenied, match="查看报表"):
            produce(session, cashier, "sample", FIRST, LAST, now=NOW, out=out)
        assert not out.exists()
    assert calls.seen == []
    assert _audit(session, "print") == [] and _audit(session, "export") == []


def test_an_unknown_report_is_not_found(session: Session, system: Actor, tmp_path: Path) -> None:
    with pytest.raises(NotFound, match="没有这个报表"):
        print_report(session, system, "no-such", FIRST, LAST, now=NOW, out=tmp_path / "x.pdf")


def test_no_chinese_font_refuses_before_anything_is_written(
    session: Session, system: Actor, calls: Calls, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def missing() -> str:
        raise FontNotFound()

    monkeypatch.setattr(fonts, "register_cjk_font", missing)
    folder = tmp_path / "papers"
    folder.mkdir()
    with pytest.raises(FontNotFound, match="中文字体"):
        print_report(session, system, "sample", FIRST, LAST, now=NOW, out=folder / "x.pdf")
    assert list(folder.iterdir()) == []
    assert _audit(session, "print") == []
