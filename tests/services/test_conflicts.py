"""Optimistic-lock conflicts name what changed (issue 15): which record, who saved it meanwhile
and which fields — whether the form's version is found stale by the service, or two PCs save the
same row at the same moment (StaleDataError in the flush). Two sessions, as two PCs, on each
engine."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from anjia_desk.core.deals import Stage
from anjia_desk.core.errors import ConflictError
from anjia_desk.core.roles import Role
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.db.models import Customer
from anjia_desk.services import customer_profile as profile
from anjia_desk.services import lookups
from anjia_desk.services.context import Actor
from anjia_desk.services.customer_detail import customer_detail
from tests.deal_fixtures import make_building, make_project
from tests.helpers import add_actor
from tests.services.test_customer_profile import NOW, form_of, make_customer
from tests.services.unit_helpers import make_deal


def _office(database: Database) -> tuple[Actor, Actor, int]:
    with session_scope(database, Actor.system()) as session:
        wang = add_actor(session, "wangfang", "王芳", Role.CONSULTANT)
        boss = add_actor(session, "zhaomin", "赵敏", Role.SITE_MANAGER)
        customer = make_customer(session, Actor.system(), "张伟", "13812345678", wang)
        return wang, boss, customer.id


def test_a_form_saved_over_a_newer_record_names_who_changed_which_fields(database) -> None:
    wang, boss, customer_id = _office(database)
    with session_scope(database, wang) as pc1:  # 王芳 opens the customer
        opened = customer_detail(pc1, wang, customer_id, now=NOW)
    with session_scope(database, boss) as pc2:  # 赵敏 saves first
        theirs = customer_detail(pc2, boss, customer_id, now=NOW)
        profile.update_customer(
            pc2, boss, customer_id, form_of(theirs, budget="200-300", layout="三室"),
            version=theirs.version, now=NOW,
        )  # fmt: skip
    with pytest.raises(ConflictError) as caught, session_scope(database, wang) as pc1:
        profile.update_customer(
            pc1, wang, customer_id, form_of(opened, layout="四室"), version=opened.version, now=NOW
        )
    assert caught.value.message == (
        "客户“张伟”刚被 赵敏 修改过（预算下限（万元）、预算上限（万元）、意向户型），"
        "您的修改未保存：请看过新的资料后再改"
    )
    with session_scope(database) as session:
        assert session.scalar(select(Customer.layout)) == "三室"  # 赵敏's save stands


def test_two_pcs_saving_one_row_at_once_the_second_is_told_what_changed(database) -> None:
    wang, boss, customer_id = _office(database)
    with pytest.raises(ConflictError) as caught, session_scope(database, wang) as pc1:
        mine = pc1.get(Customer, customer_id)  # 王芳's PC has read the row …
        assert mine is not None
        with session_scope(database, boss) as pc2:  # … 赵敏's save lands in between …
            theirs = pc2.get(Customer, customer_id)
            assert theirs is not None
            theirs.grade, theirs.layout = "C", "两室"
        mine.grade = "A"  # … and 王芳's save finds the row of its version gone
    assert caught.value.message == (
        "客户“张伟”刚被 赵敏 修改过（意向户型、意向等级），您的修改未保存：请刷新后重试"
    )
    with session_scope(database) as session:
        row = session.get(Customer, customer_id)
        assert row is not None and (row.grade, row.layout) == ("C", "两室")


def test_a_deal_opened_before_someone_saved_it_names_them(database) -> None:
    with session_scope(database, Actor.system()) as session:
        secretary = add_actor(session, "sunmi", "孙秘书", Role.SALES_SECRETARY)
        project = make_project(session)
        unit = make_building(session, project)[0]
        deal = make_deal(session, project, unit, Stage.SUBSCRIBED)
        deal_id, opened = deal.id, deal.version
    with session_scope(database, secretary) as session:
        found = lookups.deal(session, deal_id, opened)
        found.note = "客户要求延期签约"
    with pytest.raises(ConflictError) as caught, session_scope(database, secretary) as session:
        lookups.deal(session, deal_id, opened)
    assert caught.value.message == "交易“王建国”刚被 孙秘书 修改过（备注），请刷新后重试"
