"""A change order's papers open in the print preview from its window (issue 17): the 申请单 for
anyone who sees the order, the 退款确认书 once approved, the 感谢卡 once the customer has left.
The papers themselves are services.printing's (the papers helper's), read back in tests/pdf."""

from __future__ import annotations

import pytest

from anjia_desk.core.change_actions import ChangeAction
from anjia_desk.db.engine import Database
from anjia_desk.services import printing
from anjia_desk.ui.context import AppContext
from tests.ui.changes.conftest import Office
from tests.ui.changes.test_order_dialogs import filed
from tests.ui.changes.test_refund_flow import click, order_window

pytestmark = [
    pytest.mark.usefixtures("at_now"),
    pytest.mark.skipif(
        not hasattr(printing, "print_change_form"), reason="the papers come with their branch"
    ),
]


def test_the_request_form_opens_in_the_preview(
    qtbot, ctx: AppContext, database: Database, office: Office
) -> None:
    from anjia_desk.core.changes import ChangeKind

    order_id = filed(database, office, ChangeKind.UNSUBSCRIBE, talk=False)
    window = order_window(qtbot, ctx, order_id, office.world.secretary)
    assert not window.buttons[ChangeAction.PRINT_CONFIRMATION].isEnabled()  # not approved yet
    click(qtbot, window, ChangeAction.PRINT_FORM)
    qtbot.waitUntil(lambda: window.printer.preview is not None, timeout=15_000)
    preview = window.printer.preview
    assert preview is not None and preview.pdf_path.is_file()
    assert preview.pdf_path.name.startswith("退定申请单-BG-")
    preview.close()
