"""删除复核 (issue 14): the site manager opens the listed note from the 工作台, reads it and
clears it; the to-do goes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from anjia_desk.core.roles import Role
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.db.models import ErasureReview
from anjia_desk.services import customer_profile
from anjia_desk.services import customer_state as cs
from anjia_desk.services.context import Actor
from anjia_desk.services.workbench_base import TodoKind
from anjia_desk.ui.customers.erasure_review import ErasureReviewDialog
from tests.services.test_workbench import NOW, days_ago, make_customer
from tests.ui.test_workbench_page import _user, section_for


def test_the_site_manager_reads_and_clears_a_listed_note(qtbot, database: Database, fake_dialogs):
    manager = _user(database, "m1", "周经理", Role.SITE_MANAGER)
    consultant = _user(database, "c1", "王顾问", Role.CONSULTANT)
    with session_scope(database, Actor.system()) as s:
        gone = make_customer(s, "司马懿", "13800000001", owner=consultant, contact=days_ago(3))
        other = make_customer(s, "路人", "13800000002", owner=consultant, contact=days_ago(3))
        other.notes = "司马懿介绍来的"
        other_id = other.id
        s.flush()
        customer_profile.erase_personal_data(s, Actor.system(), gone.id, reason="本人要求", now=NOW)

    section = section_for(qtbot, database, fake_dialogs, manager)
    qtbot.waitUntil(lambda: TodoKind.ERASURE_REVIEW.value in section.chips)
    qtbot.mouseClick(section.chips[TodoKind.ERASURE_REVIEW.value], Qt.MouseButton.LeftButton)
    items = section.shown_items()
    assert [i.customer_id for i in items] == [other_id] and "客户备注" in items[0].detail
    view = section.table
    rect = view.visualRect(section.model.index(0, 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = section.review_dialog
    assert isinstance(dialog, ErasureReviewDialog)
    qtbot.waitUntil(lambda: dialog.clear_button.isEnabled())
    assert dialog.text.toPlainText() == "司马懿介绍来的" and "路人" in dialog.intro.text()
    qtbot.mouseClick(dialog.clear_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert section.message.text() == "客户备注已清除。"
    with session_scope(database) as s:
        assert cs.get_customer(s, other_id).notes == ""
        review = s.scalars(select(ErasureReview)).one()
        assert review.reviewed_at is not None and review.reviewed_by_id == manager.user_id
    qtbot.waitUntil(lambda: not section.shown_items())
