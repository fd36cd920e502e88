"""`anjia-desk print {refund-form|refund-confirmation|refund-voucher|brief|thanks|termination}
--id N --out FILE.pdf` (issue 17): a change order's papers from the command line; an unknown id
or a paper not due yet is refused with code 2 and no file left."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from anjia_desk.cli import run
from anjia_desk.db.engine import open_database
from anjia_desk.db.models import AuditEntry, ChangeOrder
from anjia_desk.pdf.fonts import cjk_font
from tests.pdf.pdfcheck import assert_sound, read_pdf


@pytest.fixture
def change_records(db_path: Path) -> dict[str, int]:
    """An executed 退房 with a refund voucher, an approved 解约 and a 退定 still in its talk,
    written to the file the command opens."""
    from anjia_desk.core.changes import ChangeKind, Ground, OrderStep, ReasonType
    from anjia_desk.core.roles import Role
    from anjia_desk.db.engine import session_scope
    from anjia_desk.db.models import RefundVoucher
    from anjia_desk.services import change_execute as ex
    from anjia_desk.services import change_orders as co
    from anjia_desk.services.context import Actor
    from tests.deal_fixtures import make_building, make_customer, make_project
    from tests.helpers import add_actor
    from tests.services.test_change_orders import (
        NOW,
        Office,
        a_deal,
        refund_form,
        through_approval,
    )

    database = open_database(str(db_path))
    try:
        with session_scope(database, Actor.system()) as session:
            staff = {
                key: add_actor(session, key, name, role)
                for key, name, role in (
                    ("c1", "王顾问", Role.CONSULTANT),
                    ("cs", "客服刘经理", Role.CS_MANAGER),
                    ("sec", "秘书小林", Role.SALES_SECRETARY),
                    ("mgr", "周经理", Role.SITE_MANAGER),
                    ("head", "营销吴总", Role.MARKETING_HEAD),
                    ("cash", "出纳小钱", Role.CASHIER),
                    ("fin", "财务老孙", Role.FINANCE),
                )
            }
            project = make_project(session)
            office = Office(
                make_building(session, project), make_customer(session, owner=staff["c1"]), staff
            )
            deal = a_deal(session, office, signed=True)
            form = refund_form(kind=ChangeKind.CANCEL, reason_type=ReasonType.FUNDS)
            refund = co.file_change(session, staff["c1"], deal.id, form, now=NOW)
            through_approval(session, office, refund, NOW)
            for step in (OrderStep.CANCEL_CONTRACT, OrderStep.REVOKE_FILING):
                ex.do_step(session, staff["sec"], refund, step, now=NOW)
            row = session.get(ChangeOrder, refund)
            assert row is not None
            ex.execute(session, staff["mgr"], refund, version=row.version, now=NOW)
            voucher = RefundVoucher(
                project_id=row.project_id, number=1, order_id=refund, deal_id=deal.id,
                payee="王建国", amount=Decimal("50000"), method="转账", paid_on=date(2026, 11, 21),
                cashier_id=staff["cash"].user_id,
            )  # fmt: skip
            session.add(voucher)
            other = a_deal(session, office, signed=True, index=1)
            form = refund_form(
                kind=ChangeKind.TERMINATE, reason_type=None, ground=Ground.DEMAND_EXPIRED,
                ground_note="催告函 11 月 1 日送达，催告期 30 日",
            )  # fmt: skip
            terminate = co.file_change(session, staff["mgr"], other.id, form, now=NOW)
            through_approval(session, office, terminate, NOW + timedelta(hours=1))
            early = a_deal(session, office, index=2)
            talk = co.file_change(session, staff["c1"], early.id, refund_form(), now=NOW)
            session.flush()
            return {"refund": refund, "voucher": voucher.id, "terminate": terminate, "talk": talk}
    finally:
        database.close()


@pytest.mark.parametrize(
    ("kind", "record", "phrase", "entity"),
    [
        ("refund-form", "refund", "退房申请单", "change_form"),
        ("refund-confirmation", "refund", "退款确认书", "refund_confirmation"),
        ("refund-voucher", "voucher", "退款凭证", "refund_voucher"),
        ("brief", "refund", "内部简报", "change_brief"),
        ("thanks", "refund", "感谢有您", "thanks_card"),
        ("termination", "terminate", "解除合同通知书", "termination_notice"),
    ],
)
def test_print_a_change_paper(
    kind: str,
    record: str,
    phrase: str,
    entity: str,
    change_records: dict[str, int],
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / f"{kind}.pdf"
    record_id = change_records[record]
    args = ["--db", str(db_path), "print", kind, "--id", str(record_id), "--out", str(out)]
    assert run(args) == 0
    facts = read_pdf(out)
    assert phrase in facts.text.replace(" ", "").replace("\n", "")
    assert_sound(facts, cjk_font())
    assert "已生成" in capsys.readouterr().err
    database = open_database(str(db_path))
    try:
        with database.sessions() as session:
            entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "print")).one()
            assert (entry.entity, entry.entity_id, entry.actor) == (entity, record_id, "system")
            if kind == "termination":
                order = session.get(ChangeOrder, record_id)
                assert order is not None and order.notice_at is not None and order.notice_facts
    finally:
        database.close()
    if kind in ("refund-voucher", "termination"):  # frozen: a reprint is the same file
        again = tmp_path / f"{kind}-again.pdf"
        assert run([*args[:-1], str(again)]) == 0
        assert again.read_bytes() == out.read_bytes()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["refund-form", "--id", "4242"], "找不到变更单"),
        (["brief", "--id", "4242"], "找不到变更单"),
        (["thanks", "--id", "4242"], "找不到变更单"),
        (["refund-voucher", "--id", "4242"], "找不到退款凭证"),
        (["termination", "--id", "{refund}"], "不是解约"),
        (["thanks", "--id", "{talk}"], "离开"),
        (["refund-confirmation", "--id", "{talk}"], "审批通过后"),
        (["refund-form"], "参数有误"),
        (["brief", "--id", "0"], "参数有误"),
    ],
)
def test_refused_with_code_2_and_no_file(
    args: list[str],
    message: str,
    change_records: dict[str, int],
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "x.pdf"
    filled = [a.format(**{k: str(v) for k, v in change_records.items()}) for a in args]
    assert run(["--db", str(db_path), "print", *filled, "--out", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert message in err and "\n" not in err and "Traceback" not in err
    assert list(folder.iterdir()) == []  # no paper, no temporary file left
