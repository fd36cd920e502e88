"""设置 › 付款计划 编辑… (issue 13): a template's items row by row, each counted from 认购 or from
签约; saved at once and shown in the settings form."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from anjia_desk.core.plans import Anchor
from anjia_desk.core.roles import Role
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.services.context import Actor
from anjia_desk.services.settings import get_setting
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.pages.plan_dialog import PlanTemplateDialog
from anjia_desk.ui.pages.settings_page import SettingsPage
from tests.helpers import add_actor

KEY = "deals.plan.commercial"


def open_dialog(qtbot, ctx: AppContext) -> tuple[SettingsPage, PlanTemplateDialog]:
    """As the site manager: payment plans are the office's business rules, his to change."""
    with session_scope(ctx.database, Actor.system()) as s:
        ctx.set_actor(add_actor(s, "jingli", "黄经理", Role.SITE_MANAGER))
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.resize(900, 650)
    page.show()
    page.reload()
    qtbot.waitUntil(lambda: page.editors[KEY].read() != "")
    button = page.findChild(QPushButton, f"pick:{KEY}")
    assert button is not None and button.isEnabled() and button.text() == "编辑…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = page.plan_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return page, dialog


def test_the_down_payment_can_count_from_signing(
    qtbot, ctx: AppContext, database: Database
) -> None:
    page, dialog = open_dialog(qtbot, ctx)
    first, second = dialog.rows[0], dialog.rows[1]
    # The default template, read into rows: 首付款 30% 15天 (from 认购), 按揭款 70% 60天.
    assert (first.name.currentText(), first.share.text(), first.days.value()) == (
        "首付款",
        "30",
        15,
    )
    assert first.anchor.currentData() == Anchor.SUBSCRIBE.value
    assert second.name.currentText() == "按揭款" and dialog.rows[2].name.currentText() == "（不用）"

    first.anchor.setCurrentIndex(first.anchor.findData(Anchor.SIGN.value))
    first.days.setValue(0)
    image = dialog.grab().toImage()
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 5)
    }
    assert len(colours) > 3 and image.height() <= 700
    if os.environ.get("ANJIA_SHOTS"):  # to look at by hand
        image.save(os.path.join(os.environ["ANJIA_SHOTS"], "plan-dialog.png"))
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    with session_scope(database) as s:
        saved = get_setting(s, KEY)
    assert saved == "首付款 30% 签约后0天；按揭款 70% 认购后60天"
    assert page.editors[KEY].read() == saved
    assert not page.is_dirty() and "已保存" in page.message.text()


def test_a_template_that_does_not_add_up_stays_open_with_the_reason(
    qtbot, ctx: AppContext, database: Database
) -> None:
    _page, dialog = open_dialog(qtbot, ctx)
    dialog.rows[0].share.setText("40")  # 40% + 70%
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "100%" in dialog.message.text()
    dialog.rows[0].share.setText("三成")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.errors.any_shown()
    with session_scope(database) as s:
        assert get_setting(s, KEY) == "首付款 30% 15天；按揭款 70% 60天"
    dialog.reject()
