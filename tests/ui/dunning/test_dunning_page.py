"""The 催款 section (issue 16): the deals due on the day with their stage, filters by stage and
consultant, several rows selected → preview → print (the letters issued and logged once, the
rows then show their codes), a later day only previews and logs nothing, 补登送达 with a
tracking number and the signed-for date, 重印 counted, 作废 with a reason, envelopes and the
交寄清单, and who sees the section and its buttons."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from anjia_desk.core.dunning import DEMAND, Delivery
from anjia_desk.core.roles import Role
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.db.models import DunningLetter
from anjia_desk.services.context import Actor
from anjia_desk.services.dunning import issue_letters
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.dunning.dialogs import DeliveryDialog, VoidLetterDialog
from anjia_desk.ui.dunning.page import DunningSection, may_see_dunning
from anjia_desk.ui.pages import build_sections
from tests.helpers import add_actor
from tests.ui.dunning.conftest import NOW, TODAY, Dunning

pytestmark = pytest.mark.usefixtures("at_now")


def open_page(qtbot, ctx: AppContext, actor: Actor) -> DunningSection:
    ctx.set_actor(actor)
    page = DunningSection(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    qtbot.waitUntil(lambda: page.board is not None)
    return page


def row_of(page: DunningSection, deal_id: int) -> int:
    rows = page.board_model.rows
    return next(i for i, row in enumerate(rows) if row.deal_id == deal_id)


def click_row(qtbot, page: DunningSection, deal_id: int, *, add: bool = False) -> None:
    """A click on the row (with Ctrl: added to the selection), as a person does."""
    table = page.board_table
    rect = table.visualRect(page.board_model.index(row_of(page, deal_id), 0))
    modifier = Qt.KeyboardModifier.ControlModifier if add else Qt.KeyboardModifier.NoModifier
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def letters(database: Database) -> list[DunningLetter]:
    with session_scope(database) as s:
        rows = list(s.scalars(select(DunningLetter).order_by(DunningLetter.number)))
        s.expunge_all()
        return rows


def test_the_page_lists_the_day_and_filters_by_stage_and_consultant(
    qtbot, qtmodeltester, ctx: AppContext, dunning: Dunning
) -> None:
    page = open_page(qtbot, ctx, dunning.secretary)
    qtmodeltester.check(page.board_model)
    assert page.day_edit.date().toPython() == TODAY
    shown = {row.deal_id: row.stage for row in page.board_model.rows}
    assert shown == {dunning.stage4: 4, dunning.stage1: 1, dunning.demand: DEMAND}
    first = page.board_model.rows[0]  # most days overdue first
    assert first.deal_id == dunning.demand
    column = page.board_model.column_index
    index = page.board_model.index
    assert page.board_model.data(index(0, column("stage"))) == "付款催告函"
    assert page.board_model.data(index(0, column("days"))) == "95"
    assert page.board_model.data(index(0, column("outstanding"))) == "120,000.00"
    no_address = page.board_model.data(index(row_of(page, dunning.stage1), column("address")))
    assert "未登记" in no_address
    assert not page.preview_banner.isVisible()
    assert "共 3 户" in page.count_label.text()

    page.stage_box.setCurrentIndex(page.stage_box.findData(4))
    qtbot.waitUntil(lambda: [r.deal_id for r in page.board_model.rows] == [dunning.stage4])
    page.stage_box.setCurrentIndex(0)
    qtbot.waitUntil(lambda: page.board_model.rowCount() == 3)
    assert page.consultant_box.findText("顾问丙") > 0
    page.consultant_box.setCurrentIndex(page.consultant_box.findText("顾问丙"))
    qtbot.waitUntil(lambda: page.board is not None and page.board_model.rowCount() == 3)


def test_the_consultant_filter_keeps_only_their_deals(
    qtbot, ctx: AppContext, database: Database, dunning: Dunning
) -> None:
    from anjia_desk.db.models import Project, Unit
    from tests.ui.dunning.conftest import _owing

    with session_scope(database, Actor.system()) as s:
        other = add_actor(s, "guwen2", "顾问戊", Role.CONSULTANT)
        project = s.scalars(select(Project)).one()
        unit = s.scalars(select(Unit).order_by(Unit.id.desc())).first()
        assert unit is not None
        theirs = _owing(s, project, unit, other, 3, 40, "60000.00")
    page = open_page(qtbot, ctx, dunning.secretary)
    assert page.board_model.rowCount() == 4
    page.consultant_box.setCurrentIndex(page.consultant_box.findText("顾问戊"))
    qtbot.waitUntil(lambda: [r.deal_id for r in page.board_model.rows] == [theirs])
    assert page.consultant_box.findText("顾问丙") > 0  # still offered
    page.consultant_box.setCurrentIndex(page.consultant_box.findText("顾问丙"))
    qtbot.waitUntil(lambda: page.board_model.rowCount() == 3)


def test_select_preview_print_then_the_rows_show_their_codes(
    qtbot, ctx: AppContext, database: Database, dunning: Dunning, fake_dialogs
) -> None:
    page = open_page(qtbot, ctx, dunning.secretary)
    click_row(qtbot, page, dunning.stage4)
    click_row(qtbot, page, dunning.demand, add=True)
    assert "已选 2 户" in page.count_label.text()
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.printer.preview is not None)
    preview = page.printer.preview
    assert preview is not None and preview.page_count == 2  # one A4 page per letter
    issued = letters(database)
    assert {x.deal_id: x.stage for x in issued} == {dunning.stage4: 4, dunning.demand: DEMAND}
    assert all(x.delivery is Delivery.NONE and x.issued_by_id for x in issued)

    # 打印… in the preview goes to the print seam.
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    assert "print_pdf" in fake_dialogs.names()
    preview.close()

    # The rows now show their codes; the third is still to be issued, the selection kept.
    codes = {row.deal_id: row.issued_code for row in page.board_model.rows}
    assert codes[dunning.stage1] == ""
    assert sorted([codes[dunning.stage4], codes[dunning.demand]]) == ["CK-000001", "CK-000002"]
    assert "当天已出具 2 户" in page.count_label.text()
    assert "已选 2 户" in page.count_label.text()

    # Printing the same rows again the same day logs nothing twice.
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.printer.preview is not None)
    assert len(letters(database)) == 2
    page.printer.preview.close()  # type: ignore[union-attr]

    # Envelopes and the 交寄清单 for the selected letters; 重印 is logged as a reprint.
    qtbot.mouseClick(page.envelopes_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.printer.preview is not None)
    page.printer.preview.close()  # type: ignore[union-attr]
    qtbot.mouseClick(page.mailing_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.printer.preview is not None)
    page.printer.preview.close()  # type: ignore[union-attr]
    qtbot.mouseClick(page.reprint_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.printer.preview is not None)
    page.printer.preview.close()  # type: ignore[union-attr]
    assert [x.reprints for x in letters(database)] == [1, 1]
    assert len(letters(database)) == 2


def test_a_later_day_only_previews_and_logs_nothing(
    qtbot, ctx: AppContext, database: Database, dunning: Dunning
) -> None:
    page = open_page(qtbot, ctx, dunning.secretary)
    later = TODAY + timedelta(days=30)  # the 3-day debt reaches 第2阶段 (day 33)
    page.day_edit.setDate(later)
    qtbot.waitUntil(lambda: page.board is not None and page.board.day == later)
    assert page.preview_banner.isVisible()
    assert "预览" in page.preview_banner.text() and "不编号" in page.preview_banner.text()
    assert page.print_button.text() == "预览…"
    assert not page.delivery_button.isEnabled() and not page.void_button.isEnabled()
    click_row(qtbot, page, dunning.stage1)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.printer.preview is not None)
    assert page.printer.preview is not None and page.printer.preview.page_count == 1
    page.printer.preview.close()
    assert letters(database) == []
    qtbot.mouseClick(page.today_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.board is not None and not page.board.preview)
    assert not page.preview_banner.isVisible()
    assert page.day_edit.date().toPython() == TODAY


def test_record_delivery_then_void_a_letter(
    qtbot, ctx: AppContext, database: Database, dunning: Dunning, fake_dialogs
) -> None:
    with session_scope(database, dunning.secretary) as s:
        issue_letters(s, dunning.secretary, [dunning.stage4], day=TODAY, now=NOW)
    page = open_page(qtbot, ctx, dunning.secretary)
    qtbot.mouseClick(page.delivery_button, Qt.MouseButton.LeftButton)
    assert page.sub_dialog is None and page.message.kind == "info"  # nothing selected

    click_row(qtbot, page, dunning.stage4)
    qtbot.mouseClick(page.delivery_button, Qt.MouseButton.LeftButton)
    dialog = page.sub_dialog
    assert isinstance(dialog, DeliveryDialog)
    dialog.delivery.setCurrentIndex(dialog.delivery.findData(Delivery.COURIER.value))
    assert dialog.number.isEnabled() and not dialog.signed_on.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.message("number") == "请填写快递单号"  # the dialog stays
    qtbot.keyClicks(dialog.number, "SF1234567890")
    dialog.signed.setChecked(True)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.sub_dialog is None)
    assert page.message.kind == "ok" and "快递" in page.message.text()
    (letter,) = letters(database)
    assert (letter.delivery, letter.tracking_no, letter.signed_on) == (
        Delivery.COURIER,
        "SF1234567890",
        TODAY,
    )

    # 作废 asks for a reason and a confirmation; the stage is due again, its number kept.
    click_row(qtbot, page, dunning.stage4)
    qtbot.mouseClick(page.void_button, Qt.MouseButton.LeftButton)
    void = page.sub_dialog
    assert isinstance(void, VoidLetterDialog)
    void.reason.setText("打印卡纸")
    qtbot.mouseClick(void.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.sub_dialog is None)
    assert "confirm" in fake_dialogs.names()
    (letter,) = letters(database)
    assert letter.voided_at is not None and letter.void_reason == "打印卡纸"
    row = page.board_model.row_at(row_of(page, dunning.stage4))
    assert row.issued_id is None and row.stage == 4


def test_a_declined_void_writes_nothing(
    qtbot, ctx: AppContext, database: Database, dunning: Dunning, fake_dialogs
) -> None:
    with session_scope(database, dunning.secretary) as s:
        issue_letters(s, dunning.secretary, [dunning.stage1], day=TODAY, now=NOW)
    page = open_page(qtbot, ctx, dunning.secretary)
    click_row(qtbot, page, dunning.stage1)
    qtbot.mouseClick(page.void_button, Qt.MouseButton.LeftButton)
    void = page.sub_dialog
    assert isinstance(void, VoidLetterDialog)
    fake_dialogs.confirm_answer = False
    void.reason.setText("误操作")
    qtbot.mouseClick(void.ok_button, Qt.MouseButton.LeftButton)
    assert void.isVisible()
    assert letters(database)[0].voided_at is None
    void.reject()


@pytest.mark.parametrize(
    ("role", "section", "buttons"),
    [
        (Role.SALES_SECRETARY, True, True),
        (Role.FINANCE, True, True),
        (Role.CASHIER, True, False),  # sees the receivables, prints nothing
        (Role.CONSULTANT, False, False),  # calls from the deal and the 工作台 instead
    ],
)
def test_who_sees_the_section_and_its_buttons(
    qtbot, ctx: AppContext, database: Database, role: Role, section: bool, buttons: bool
) -> None:
    with session_scope(database, Actor.system()) as s:
        actor = add_actor(s, f"user_{role.value}", "某人", role)
    assert may_see_dunning(actor) is section
    ctx.set_actor(actor)
    titles = [s.title for s in build_sections(ctx)]
    assert ("催款" in titles) is section
    if section:
        assert titles.index("催款") == titles.index("交易") + 1
        page = open_page(qtbot, ctx, actor)
        assert page.print_button.isVisible() is buttons
        assert page.void_button.isVisible() is buttons


def test_nothing_selected_says_so(qtbot, ctx: AppContext, dunning: Dunning) -> None:
    page = open_page(qtbot, ctx, dunning.secretary)
    for button in (page.print_button, page.envelopes_button, page.reprint_button):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert page.message.kind == "info"
        assert page.printer.preview is None
    click_row(qtbot, page, dunning.stage1)
    qtbot.mouseClick(page.envelopes_button, Qt.MouseButton.LeftButton)
    assert "还没有出具" in page.message.text()


def test_a_letter_issued_elsewhere_refreshes_the_page(
    qtbot, ctx: AppContext, database: Database, dunning: Dunning
) -> None:
    """The operation layer broadcasts the dunning tables' topic (Topic.DEALS): the page, which
    read them, reloads and shows the code."""
    from anjia_desk.services.topics import Topic
    from anjia_desk.ui import ops

    page = open_page(qtbot, ctx, dunning.secretary)
    assert Topic.DEALS in page.sources
    with qtbot.waitSignal(ctx.changed) as blocker:
        ops.write(
            ctx,
            lambda s, actor: issue_letters(s, actor, [dunning.stage1], day=TODAY, now=NOW),
            parent=None,
        )
    assert Topic.DEALS in blocker.args[0].topics
    qtbot.waitUntil(
        lambda: page.board_model.row_at(row_of(page, dunning.stage1)).issued_code == "CK-000001"
    )


def test_enter_opens_the_deal_on_its_dunning_tab(qtbot, ctx: AppContext, dunning: Dunning) -> None:
    from anjia_desk.ui.deals import window as deal_window

    page = open_page(qtbot, ctx, dunning.secretary)
    click_row(qtbot, page, dunning.stage4)
    qtbot.keyClick(page.board_table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dunning.stage4 in deal_window._OPEN)
    window = deal_window._OPEN[dunning.stage4]
    qtbot.waitUntil(lambda: window.isVisible())
    assert window.tabs.currentWidget() is window.dunning_tab


def test_on_the_task_runner_the_page_reads_and_prints_off_the_gui_thread(
    qtbot, ctx: AppContext, database: Database, dunning: Dunning, runner
) -> None:
    """The same flow with the window's reader and writer threads: nothing waits on the GUI."""
    page = open_page(qtbot, ctx, dunning.secretary)
    qtbot.waitUntil(lambda: page.board_model.rowCount() == 3)
    click_row(qtbot, page, dunning.stage1)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.printer.preview is not None, timeout=15000)
    qtbot.waitUntil(
        lambda: page.board_model.row_at(row_of(page, dunning.stage1)).issued_code == "CK-000001"
    )
    page.printer.preview.close()  # type: ignore[union-attr]
    assert [x.deal_id for x in letters(database)] == [dunning.stage1]


def test_a_past_day_asks_before_issuing_letters_dated_that_day(
    qtbot, ctx: AppContext, database: Database, dunning: Dunning, fake_dialogs
) -> None:
    page = open_page(qtbot, ctx, dunning.secretary)
    earlier = TODAY - timedelta(days=1)
    page.day_edit.setDate(earlier)
    qtbot.waitUntil(lambda: page.board is not None and page.board.day == earlier)
    assert page.preview_banner.isVisible() and "补出" in page.preview_banner.text()
    assert page.print_button.text() == "预览并打印…"
    click_row(qtbot, page, dunning.stage4)
    fake_dialogs.confirm_answer = False
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert fake_dialogs.names()[-1] == "confirm" and page.printer.preview is None
    assert letters(database) == []
    fake_dialogs.confirm_answer = True
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.printer.preview is not None)
    page.printer.preview.close()  # type: ignore[union-attr]
    assert [x.letter_on for x in letters(database)] == [earlier]
