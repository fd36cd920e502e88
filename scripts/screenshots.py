"""Screenshots of the window on a demo database: the login dialog, the main window (also with the
warning of a missing backup passphrase), a Qt message box, the settings section, the lock, the
print preview of the blank visitor form, and the front desk: 工作台 (site manager, consultant),
the rotation board (front desk), the registration dialog with 判客, the customer list and one
customer's page, the deals and 催款 (the page, its preview of a later day, a deal's 催款 tab),
and 变更 (the page, a change order's window, a deal's 变更 tab).

    xvfb-run -a .venv/bin/python scripts/screenshots.py --out screenshots/ [--customers 100000]

Everything (the demo database, the log, the remembered window state) lives in a temporary folder;
the user's own data and configuration are not touched. `capture()` is what the test suite runs
offscreen to check that no picture comes out blank.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

#: A maximised window on a 1366×768 office screen with a 40-px taskbar.
SIZE = (1366, 728)


def _settle(app: object) -> None:
    """Let Qt lay out and paint."""
    from PySide6.QtWidgets import QApplication

    assert isinstance(app, QApplication)
    app.processEvents()
    app.processEvents()


def _spin_until(predicate: Callable[[], bool], timeout_s: float = 10.0) -> bool:
    """Run the event loop until `predicate()` holds (like qtbot.waitUntil); False on timeout."""
    from PySide6.QtCore import QEventLoop, QTimer

    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            return False
        loop = QEventLoop()
        QTimer.singleShot(20, loop.quit)
        loop.exec()
    return True


def _has_ink(widget: object) -> bool:
    """True once a widget shows dark pixels (the PDF page's text has been rendered)."""
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QWidget

    assert isinstance(widget, QWidget)
    image = widget.grab().toImage()
    dark = 0
    for y in range(0, image.height(), 6):
        for x in range(0, image.width(), 6):
            if QColor(image.pixel(x, y)).lightness() < 100:
                dark += 1
                if dark > 50:
                    return True
    return False


@contextmanager
def _app_style() -> Iterator[object]:
    """The application styled and translated as the real app is, restored afterwards (tests
    share the app)."""
    from PySide6.QtWidgets import QApplication

    from anjia_desk.ui.app import install_translations, remove_translations
    from anjia_desk.ui.style import apply_style

    app = QApplication.instance()
    created = app is None
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    saved = (app.style().name(), app.font(), app.styleSheet(), app.windowIcon())
    apply_style(app)
    install_translations(app)  # Qt's own buttons in Chinese, as in the app
    try:
        yield app
    finally:
        if not created:
            remove_translations(app)
            style, font, sheet, icon = saved
            app.setStyle(style)
            app.setFont(font)
            app.setStyleSheet(sheet)
            app.setWindowIcon(icon)


def _front_desk(
    app: object, ctx: Any, window: Any, database: Any, out_dir: Path
) -> dict[str, Path]:
    """工作台, the rotation board, registration, the customer list and a customer's page, each
    as the user who works with it."""
    from PySide6.QtWidgets import QTabWidget

    from anjia_desk.db.engine import session_scope
    from anjia_desk.services import users
    from anjia_desk.services.demo import DEMO_PASSWORD

    shots: dict[str, Path] = {}

    def login(username: str) -> None:
        with session_scope(database) as session:
            ctx.set_actor(users.login(session, username, DEMO_PASSWORD))
        _settle(app)

    def grab(name: str, widget: Any = None) -> None:
        _settle(app)
        shots[name] = out_dir / f"{name}.png"
        (widget or window).grab().save(str(shots[name]))

    login("jingli")  # the site manager: the whole team, the rotation board
    window.show_section("workbench")
    grab("workbench")

    window.show_section("customers")
    section = next(s.widget for s in window.sections if s.key == "customers")
    page = section.list_page
    _spin_until(lambda: page.model.rowCount() > 0)
    grab("customers")
    customer_id = page.model.id_at(0) if page.model.rowCount() else None

    if customer_id is not None:
        from anjia_desk.ui.customers.window import open_customer

        dialog = open_customer(ctx, customer_id, window)
        _spin_until(lambda: dialog.detail is not None)  # as a user sees it: once it loaded
        grab("customer", dialog)  # at the size it opens with on this (1366×768) screen
        tabs = dialog.findChild(QTabWidget)
        if tabs is not None:
            for title, name in (("跟进", "customer-followups"), ("风险提示", "customer-risk")):
                titles = [tabs.tabText(i) for i in range(tabs.count())]
                if title in titles:
                    tabs.setCurrentIndex(titles.index(title))
                    grab(name, dialog)
        dialog.close()

    login("guwen1")  # a consultant: their own to-dos
    window.show_section("workbench")
    grab("workbench-consultant")

    login("qiantai")  # the front desk: the rotation board, then a visitor who is already known
    window.show_section("workbench")
    grab("rotation")
    from anjia_desk.ui.registration import open_registration

    with session_scope(database) as session:
        from sqlalchemy import select

        from anjia_desk.db.models import Customer

        phone = session.scalar(
            select(Customer.phone).where(Customer.phone_kind == "mobile").limit(1)
        )
    registration = open_registration(ctx, window)
    registration.phone.setText(phone or "13812345678")
    _spin_until(lambda: "请输入" not in registration.match_label.text())  # 判客 answered
    grab("registration", registration)
    registration.reject()
    registration = open_registration(ctx, window)  # a new visitor, a phone number mistyped
    registration.phone.setText("1381234")
    registration.save()
    _spin_until(lambda: registration.save_button.isEnabled())
    grab("registration-error", registration)
    registration.done(0)
    login("admin")
    return shots


def _head_office_list(path: Path) -> Path:
    """A list as head office sends it: a title row, headers by other names, messy cells."""
    import datetime as dt

    import xlsxwriter

    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("三月名单")
    day = book.add_format({"num_format": "yyyy/m/d"})
    sheet.merge_range(0, 0, 0, 7, "2026年3月 渠道客户名单（总部）")
    headers = ["姓名", "联系方式", "性别", "等级", "预算（万元）", "顾问", "来访日期", "微信备注"]
    sheet.write_row(1, 0, headers)
    rows: list[list[object]] = [
        ["周晓彤", 13812340001, "女士", "A类", "300万", "李娜", dt.date(2026, 3, 5), "周末可约"],
        ["吴浩然", "+86 139-1234-0002", "先生", "中意向", "200-260", "王强", "2026年3月6日", ""],
        ["郑雨", "138****0003", "女", "B", "面议", "李娜", "20260307", "渠道隐号"],
        ["孙建国", "1.3712340004E10", "男", "c", 2_800_000, "陈静", 46090, ""],
        ["周晓彤", "13812340001", "女", "A", 300, "李娜", "2026/3/9", "重复登记"],
    ]
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row):
            if isinstance(value, dt.date):
                sheet.write_datetime(r, c, value, day)
            else:
                sheet.write(r, c, value)
    book.close()
    return path


class _PickFile:
    """The file dialog answered with one file (the wizard asks nothing else)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def open_file(self, *_args: object) -> Path:
        return self.path


def _exchange(app: Any, ctx: Any, window: Any, work: Path, out_dir: Path) -> dict[str, Path]:
    """导入导出: the section, the export dialog, the import wizard's preview and check."""
    from anjia_desk.ui.export_dialog import ExportDialog
    from anjia_desk.ui.importing.wizard import ImportWizard

    shots: dict[str, Path] = {}
    window.show_section("exchange")
    _settle(app)
    shots["exchange"] = out_dir / "exchange.png"
    window.grab().save(str(shots["exchange"]))

    dialog = ExportDialog(ctx, window)
    dialog.show()
    _settle(app)
    shots["export"] = out_dir / "export.png"
    dialog.grab().save(str(shots["export"]))
    dialog.close()

    real = ctx.dialogs
    ctx.dialogs = _PickFile(_head_office_list(work / "总部三月名单.xlsx"))
    try:
        wizard = ImportWizard(ctx, window)
        wizard.show()
        wizard.choose_file()
        _spin_until(lambda: wizard.preview is not None and not wizard.busy)
        _settle(app)
        shots["import-preview"] = out_dir / "import-preview.png"
        wizard.grab().save(str(shots["import-preview"]))
        wizard.check()
        _spin_until(lambda: wizard.step == "check" and not wizard.busy)
        _settle(app)
        shots["import-check"] = out_dir / "import-check.png"
        wizard.grab().save(str(shots["import-check"]))
        wizard.close()
    finally:
        ctx.dialogs = real
    return shots


def _deals(app: object, ctx: Any, window: Any, database: Any, out_dir: Path) -> dict[str, Path]:
    """房源 (the 销控表 with a unit selected), a deal's window (概要, 进度, 付款) and 应收款."""
    from sqlalchemy import select

    from anjia_desk.db.engine import session_scope
    from anjia_desk.db.models import Deal, UnitHold
    from anjia_desk.services import users
    from anjia_desk.services.demo import DEMO_PASSWORD

    shots: dict[str, Path] = {}

    def grab(name: str, widget: Any = None) -> None:
        _settle(app)
        shots[name] = out_dir / f"{name}.png"
        (widget or window).grab().save(str(shots[name]))

    with session_scope(database) as session:
        ctx.set_actor(users.login(session, "mishu", DEMO_PASSWORD))  # the sales secretary
        held = session.scalar(
            select(UnitHold.unit_id).where(UnitHold.released_at.is_(None)).limit(1)
        )
        deal_id = session.scalar(
            select(Deal.id).where(Deal.stage == "signed").order_by(Deal.id).limit(1)
        )
    _settle(app)
    window.show_section("units")
    units = next(s.widget for s in window.sections if s.key == "units")
    _spin_until(lambda: units.board_data is not None)
    if held is not None and units.board_data is not None:
        for row in range(units.building_list.count()):  # the building of a held unit
            units.building_list.setCurrentRow(row)
            _spin_until(lambda: units.board_data is not None)
            cells = units.board_data.cells.values() if units.board_data else []
            if any(cell.unit_id == held for cell in cells):
                break
        units.board.select(held)
    grab("units")

    if deal_id is not None:
        from anjia_desk.ui.deals.window import open_deal

        deal = open_deal(ctx, deal_id, window)
        _spin_until(lambda: deal.detail is not None)
        deal.resize(1280, 700)
        grab("deal", deal)
        for index, name in ((1, "deal-progress"), (2, "deal-payments")):
            deal.tabs.setCurrentIndex(index)
            grab(name, deal)
        deal.close()

    window.show_section("deals")
    section = next(s.widget for s in window.sections if s.key == "deals")
    for key, model in (
        ("deals", "deals_model"),
        ("receivables", "recv_model"),
        ("tickets", "tickets_model"),
    ):
        if key in section.tab_keys:
            section.tabs.setCurrentIndex(section.tab_keys.index(key))
            rows = getattr(section.tab_widgets[key], model)
            _spin_until(lambda rows=rows: rows.rowCount() > 0, timeout_s=5)
            grab(key)
    with session_scope(database) as session:
        ctx.set_actor(users.login(session, "admin", DEMO_PASSWORD))
    _settle(app)
    return shots


def _dunning(app: object, ctx: Any, window: Any, database: Any, out_dir: Path) -> dict[str, Path]:
    """催款 (issue 16): the page as the secretary sees it after issuing one of the day's letters
    (one delivered by courier), the same page previewing a day a month ahead, and a deal's 催款
    tab as the site manager sees it (its letter, a call with a promised date)."""
    from datetime import timedelta

    from anjia_desk.core.dunning import CallForm, CallOutcome, Delivery, DeliveryForm
    from anjia_desk.db.engine import session_scope
    from anjia_desk.services import dunning_actions, users
    from anjia_desk.services.demo import DEMO_PASSWORD
    from anjia_desk.services.dunning import due_board, issue_letters

    shots: dict[str, Path] = {}

    def grab(name: str, widget: Any = None) -> None:
        _settle(app)
        shots[name] = out_dir / f"{name}.png"
        (widget or window).grab().save(str(shots[name]))

    now = ctx.clock()
    with session_scope(database) as session:
        secretary = users.login(session, "mishu", DEMO_PASSWORD)
        manager = users.login(session, "jingli", DEMO_PASSWORD)
    with session_scope(database, secretary) as session:
        due = [row.deal_id for row in due_board(session, secretary, now=now).rows]
        issued = issue_letters(session, secretary, due[:1], now=now) if due else []
        if issued:
            dunning_actions.record_delivery(
                session, secretary, issued[0], DeliveryForm(Delivery.COURIER, "SF1024365987")
            )
    if due:
        with session_scope(database, manager) as session:
            today = due_board(session, manager, now=now).today
            dunning_actions.log_call(
                session,
                manager,
                due[0],
                CallForm(CallOutcome.PROMISED, today + timedelta(days=5), "周末前转账"),
                stage=1,
                now=now,
            )
    ctx.set_actor(secretary)
    _settle(app)
    window.show_section("dunning")
    page = next(s.widget for s in window.sections if s.key == "dunning")
    _spin_until(lambda: page.board is not None, timeout_s=10)
    table = page.board_table
    for row in range(min(3, page.board_model.rowCount())):
        table.selectionModel().select(
            page.board_model.index(row, 0),
            table.selectionModel().SelectionFlag.Select | table.selectionModel().SelectionFlag.Rows,
        )
    grab("dunning")
    if page.board is not None:
        page.day_edit.setDate(page.board.today + timedelta(days=30))
        _spin_until(lambda: page.board is not None and page.board.preview, timeout_s=10)
        grab("dunning-preview")
        page.show_today()
        _spin_until(lambda: page.board is not None and not page.board.preview, timeout_s=10)

    if due:
        from anjia_desk.ui.deals.window import open_deal

        ctx.set_actor(manager)
        deal = open_deal(ctx, due[0], window)
        _spin_until(lambda: deal.detail is not None)
        deal.resize(1280, 700)
        deal.tabs.setCurrentWidget(deal.dunning_tab)
        _spin_until(lambda: deal.dunning_tab.data is not None)
        grab("deal-dunning", deal)
        deal.close()
    with session_scope(database) as session:
        ctx.set_actor(users.login(session, "admin", DEMO_PASSWORD))
    _settle(app)
    return shots


def _changes(app: object, ctx: Any, window: Any, database: Any, out_dir: Path) -> dict[str, Path]:
    """变更 (issue 17): a 退定 filed by the secretary, talked through by the customer-service
    manager and reviewed by the site manager, as the marketing head sees it — the 变更 page on
    等我处理, the order's window (申请 with the risk marks beside it, 款项 line by line) — and the
    deal window's 变更 tab."""
    from datetime import timedelta

    from sqlalchemy import select

    from anjia_desk.core.change_forms import RequestForm, TalkForm
    from anjia_desk.core.changes import ChangeKind, Fault, ReasonType, TalkOutcome
    from anjia_desk.db.engine import session_scope
    from anjia_desk.db.models import ChangeOrder, Deal, Receipt
    from anjia_desk.services import change_orders, users
    from anjia_desk.services.demo import DEMO_PASSWORD

    shots: dict[str, Path] = {}

    def grab(name: str, widget: Any = None) -> None:
        _settle(app)
        shots[name] = out_dir / f"{name}.png"
        (widget or window).grab().save(str(shots[name]))

    now = ctx.clock()
    people = {}
    with session_scope(database) as session:
        for name in ("mishu", "kefu", "jingli", "yingxiao"):
            people[name] = users.login(session, name, DEMO_PASSWORD)
        busy = select(ChangeOrder.deal_id).where(
            ChangeOrder.status.in_(["talk", "review", "approval", "approved", "executed"])
        )
        deal_id = session.scalar(
            select(Deal.id)
            .join(Receipt, Receipt.deal_id == Deal.id)
            .where(Deal.stage == "subscribed", Deal.id.not_in(busy), Receipt.voided_at.is_(None))
            .order_by(Deal.id)
            .limit(1)
        )
    order_id = None
    if deal_id is not None:
        form = RequestForm(
            ChangeKind.UNSUBSCRIBE,
            requested_at=now - timedelta(hours=3),
            reason_type=ReasonType.FUNDS,
            tags=("贷款", "价格"),
            fault=Fault.BUYER,
            real_reason="家里临时有大额支出，首付凑不齐",
        )
        with session_scope(database, people["mishu"]) as session:
            order_id = change_orders.file_change(session, people["mishu"], deal_id, form, now=now)
        with session_scope(database, people["kefu"]) as session:
            change_orders.record_talk(
                session, people["kefu"], order_id,
                TalkForm(TalkOutcome.LEAVE, "介绍了公积金组合贷，客户仍坚持退定"),
                version=1, now=now,
            )  # fmt: skip
        with session_scope(database, people["jingli"]) as session:
            order = session.get(ChangeOrder, order_id)
            assert order is not None
            change_orders.review(
                session, people["jingli"], order_id, note="原因属实", version=order.version,
                now=now,
            )  # fmt: skip
    ctx.set_actor(people["yingxiao"])
    _settle(app)
    window.show_section("changes")
    page = next(s.widget for s in window.sections if s.key == "changes")
    _spin_until(lambda: page.loaded, timeout_s=10)
    grab("changes")
    page.tabs.setCurrentIndex(1)
    loads = page.loads
    page.scope_box.setCurrentIndex(page.scope_box.findData(False))  # 全部: a read of its own
    _spin_until(lambda: page.loads > loads, timeout_s=10)
    grab("changes-list")
    page.tabs.setCurrentIndex(0)

    if order_id is not None:
        from anjia_desk.ui.changes.window import open_change

        order_window = open_change(ctx, order_id, window)
        _spin_until(lambda: order_window.detail is not None)
        grab("change-order", order_window)
        order_window.tabs.setCurrentWidget(order_window.money_panel)
        grab("change-order-money", order_window)
        order_window.tabs.setCurrentWidget(order_window.progress_panel)
        grab("change-order-progress", order_window)
        order_window.close()
        ctx.set_actor(people["jingli"])  # the site manager: the most buttons
        order_window = open_change(ctx, order_id, window)
        _spin_until(lambda: order_window.detail is not None)
        grab("change-order-manager", order_window)
        order_window.close()

        from anjia_desk.ui.deals.window import open_deal

        ctx.set_actor(people["mishu"])
        deal = open_deal(ctx, deal_id, window) if deal_id is not None else None
        if deal is not None:
            _spin_until(lambda: deal.detail is not None)
            deal.resize(1280, 700)
            deal.tabs.setCurrentWidget(deal.changes_tab)
            _spin_until(lambda: deal.changes_tab.loaded)
            grab("deal-changes", deal)
            from anjia_desk.ui.changes.deal_tab import deal_ref
            from anjia_desk.ui.changes.request_dialog import RequestDialog

            if deal.detail is not None:  # the request as it is filled in (not saved)
                request = RequestDialog(ctx, deal, deal_ref(deal.detail))
                request.reason_type.setCurrentIndex(
                    request.reason_type.findData(ReasonType.FUNDS.value)
                )
                request.tag_chips.chips["贷款"].setChecked(True)
                request.show()
                grab("change-request", request)
                request.reject()
            deal.close()
    with session_scope(database) as session:
        ctx.set_actor(users.login(session, "admin", DEMO_PASSWORD))
    _settle(app)
    return shots


def _complaints(app: object, ctx: Any, window: Any, out_dir: Path) -> dict[str, Path]:
    """投诉 (issue 18), as the site manager sees it: the list with each case's clock, the demo's
    case in its second round in its window (header, clocks, 回访 by round), the 案例库 and the
    月度复盘."""
    from anjia_desk.db.engine import session_scope
    from anjia_desk.services import users
    from anjia_desk.services.demo import DEMO_PASSWORD

    shots: dict[str, Path] = {}

    def grab(name: str, widget: Any = None) -> None:
        _settle(app)
        shots[name] = out_dir / f"{name}.png"
        (widget or window).grab().save(str(shots[name]))

    with session_scope(ctx.database) as session:
        manager = users.login(session, "jingli", DEMO_PASSWORD)
    ctx.set_actor(manager)
    _settle(app)
    if not any(s.key == "complaints" for s in window.sections):
        return shots
    window.show_section("complaints")
    page = next(s.widget for s in window.sections if s.key == "complaints")
    _spin_until(lambda: page.loaded, timeout_s=10)
    grab("complaints")
    rows = list(page.list_model.rows)
    second = next((r for r in rows if r.round > 1), rows[0] if rows else None)
    if second is not None:
        from anjia_desk.ui.complaints.window import open_complaint

        case = open_complaint(ctx, second.id, window)
        _spin_until(lambda: case.detail is not None, timeout_s=10)
        grab("complaint", case)
        for index in range(case.tabs.count()):
            if case.tabs.tabText(index).startswith("回访"):
                case.tabs.setCurrentIndex(index)
                grab("complaint-visits", case)
        case.close()
    for tab, name in ((page.library, "complaints-library"), (page.review, "complaints-review")):
        page.tabs.setCurrentWidget(tab)
        _spin_until(lambda tab=tab: tab.loaded, timeout_s=10)
        grab(name)
    page.tabs.setCurrentIndex(0)
    return shots


def _reports(app: object, ctx: Any, window: Any, out_dir: Path) -> dict[str, Path]:
    """报表 (issue 19), as the site manager sees it this month: 来访（按日） (chart over its table),
    the funnel, 回款（按周）, 投诉统计, the list behind the busiest day, and 总部报表."""
    from anjia_desk.db.engine import session_scope
    from anjia_desk.services import users
    from anjia_desk.services.demo import DEMO_PASSWORD

    shots: dict[str, Path] = {}

    def grab(name: str, widget: Any = None) -> None:
        _settle(app)
        shots[name] = out_dir / f"{name}.png"
        (widget or window).grab().save(str(shots[name]))

    with session_scope(ctx.database) as session:
        manager = users.login(session, "jingli", DEMO_PASSWORD)
    ctx.set_actor(manager)
    _settle(app)
    if not any(s.key == "reports" for s in window.sections):
        return shots
    window.show_section("reports")
    section = next(s.widget for s in window.sections if s.key == "reports")
    tab = section.reports
    _spin_until(lambda: tab.loads >= 1, timeout_s=10)
    tab.chart.redraw()  # at the size the window gave it
    grab("reports")
    for key, name in (
        ("funnel", "reports-funnel"),
        ("collected", "reports-money"),
        ("complaints", "reports-complaints"),
    ):
        if key in tab.report_keys():
            loads = tab.loads
            tab.choose(key)
            _spin_until(lambda loads=loads: tab.loads > loads, timeout_s=10)
            tab.chart.redraw()
            grab(name)
    tab.choose("visits")
    _spin_until(lambda: tab.computed is not None and tab.computed.table.key == "visits")
    model = tab.model
    busiest = max(
        range(model.data_rows),
        key=lambda row: int(model.text(row, model.column_of("合计")) or 0),
        default=None,
    )
    tab.print_report()  # chart and table on one A4 page, in the preview
    if _spin_until(lambda: tab.printer.preview is not None, timeout_s=15):
        preview = tab.printer.preview
        preview.resize(1100, 700)
        _spin_until(lambda: _has_ink(preview.view.viewport()))  # rendered on another thread
        grab("reports-print", preview)
        preview.close()
    if busiest is not None:
        tab.open_row(busiest)
        _spin_until(lambda: tab.drill_dialog is not None, timeout_s=10)
        grab("reports-drill", tab.drill_dialog)
        tab.drill_dialog.close()
    if section.head_office is not None:
        from anjia_desk.services.head_office import produce_report

        made = Path(tempfile.mkdtemp(prefix="anjia-reports-"))
        with session_scope(ctx.database, manager) as session:  # one run to list
            produce_report(session, manager, "daily", None, now=ctx.clock(), out=made / "日报.xlsx")
        section.tabs.setCurrentWidget(section.head_office)
        _spin_until(lambda: section.head_office.loaded, timeout_s=10)
        grab("reports-head-office")
        section.tabs.setCurrentIndex(0)
    return shots


def _erasure(app: object, ctx: Any, window: Any, database: Any, out_dir: Path) -> dict[str, Path]:
    """删除个人信息 on a customer with visits and follow-ups: the dialog lists what goes."""
    from sqlalchemy import select

    from anjia_desk.db.models import Customer, FollowUp
    from anjia_desk.ui.customers.reason_dialogs import erase_dialog

    with database.sessions() as session:
        cid = session.scalars(
            select(FollowUp.customer_id)
            .join(Customer, Customer.id == FollowUp.customer_id)
            .where(Customer.anonymised_at.is_(None))
            .order_by(FollowUp.customer_id)
        ).first()
    assert cid is not None
    dialog = erase_dialog(ctx, window, cid)
    dialog.show()
    _spin_until(lambda: dialog.preview is not None)
    _settle(app)
    shot = out_dir / "erasure.png"
    dialog.grab().save(str(shot))
    dialog.reject()
    dialog.deleteLater()
    return {"erasure": shot}


def capture(out_dir: Path, *, customers: int = 300, db: str | None = None) -> dict[str, Path]:
    """Build a demo database (with `customers` demo customers) in a temporary folder — or in the
    empty database `db` (a PostgreSQL URL, issue 15) — and save the screenshots into `out_dir`.
    Returns picture name → file."""
    out_dir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="anjia-shots-"))
    os.environ.setdefault("ANJIA_DESK_HOME", str(work / "home"))

    from anjia_desk.db.engine import open_database, session_scope
    from anjia_desk.services import users
    from anjia_desk.services.demo import DEMO_PASSWORD, create_demo
    from anjia_desk.ui.context import AppContext
    from anjia_desk.ui.login import LoginDialog
    from anjia_desk.ui.main_window import MainWindow
    from anjia_desk.ui.seams import Dialogs

    shots: dict[str, Path] = {}
    database = open_database(db or str(work / "demo.db"))
    try:
        create_demo(database, customers=customers)
        with _app_style() as app:
            ctx = AppContext(database, None, dialogs=Dialogs())

            login = LoginDialog(ctx, username="admin")
            login.show()
            _settle(app)
            shots["login"] = out_dir / "login.png"
            login.grab().save(str(shots["login"]))
            login.close()

            with session_scope(database) as session:
                ctx.set_actor(users.login(session, "admin", DEMO_PASSWORD))
            window = MainWindow(ctx, auto_backup=False)
            window.resize(*SIZE)
            window.show()
            _settle(app)
            shots["main"] = out_dir / "main.png"
            window.grab().save(str(shots["main"]))

            # The status bar's warning when no backup passphrase is set (the demo sets one).
            window.passphrase_missing = True
            window._update_passphrase_label()
            _settle(app)
            shots["no-passphrase"] = out_dir / "no-passphrase.png"
            window.grab().save(str(shots["no-passphrase"]))
            window.passphrase_missing = False
            window._update_passphrase_label()

            # One of Qt's own message boxes: its buttons come from Qt's Chinese translation.
            from PySide6.QtWidgets import QMessageBox

            question = QMessageBox(
                QMessageBox.Icon.Question,
                "退出",
                "还有任务正在进行。退出前会等它完成，确定退出吗？",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                window,
            )
            question.show()
            _settle(app)
            shots["question"] = out_dir / "question.png"
            question.grab().save(str(shots["question"]))
            question.hide()
            question.deleteLater()

            if any(s.key == "settings" for s in window.sections):
                window.show_section("settings")
                _settle(app)
                shots["settings"] = out_dir / "settings.png"
                window.grab().save(str(shots["settings"]))
                from PySide6.QtWidgets import QTabWidget

                section = next(s.widget for s in window.sections if s.key == "settings")
                tabs = section if isinstance(section, QTabWidget) else None
                tabs = tabs or section.findChild(QTabWidget)
                for index in range(1, tabs.count() if tabs is not None else 0):
                    assert tabs is not None
                    tabs.setCurrentIndex(index)
                    _settle(app)
                    name = f"settings-{index}"
                    shots[name] = out_dir / f"{name}.png"
                    window.grab().save(str(shots[name]))
                if tabs is not None:
                    tabs.setCurrentIndex(0)

            shots.update(_front_desk(app, ctx, window, database, out_dir))
            shots.update(_erasure(app, ctx, window, database, out_dir))
            shots.update(_exchange(app, ctx, window, work, out_dir))
            shots.update(_deals(app, ctx, window, database, out_dir))
            shots.update(_dunning(app, ctx, window, database, out_dir))
            shots.update(_changes(app, ctx, window, database, out_dir))
            shots.update(_complaints(app, ctx, window, out_dir))
            shots.update(_reports(app, ctx, window, out_dir))

            window.lock.lock_now()
            _settle(app)
            shots["locked"] = out_dir / "locked.png"
            window.grab().save(str(shots["locked"]))
            dialog = window.lock.unlock_dialog
            assert dialog is not None
            shots["unlock"] = out_dir / "unlock.png"
            dialog.grab().save(str(shots["unlock"]))
            window.lock.stop()

            from anjia_desk.services.printing import print_visitor_form

            actor = ctx.actor
            with session_scope(database, actor) as session:
                pdf = print_visitor_form(session, actor, work / "来访登记表.pdf")
            window.open_preview(pdf)
            preview = window.preview
            assert preview is not None
            preview.resize(820, 1000)
            _settle(app)
            _spin_until(lambda: _has_ink(preview.view.viewport()))  # rendered on another thread
            shots["preview"] = out_dir / "preview.png"
            preview.grab().save(str(shots["preview"]))

            preview.close()
            window.tasks.shutdown(timeout=10)
            window.hide()
            window.deleteLater()
            _settle(app)
    finally:
        database.close()
    return shots


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="screenshots", help="folder for the PNG files")
    parser.add_argument("--customers", type=int, default=500, help="demo customers (e.g. 100000)")
    parser.add_argument("--db", help="an empty database to fill (postgresql://…)")
    args = parser.parse_args()
    for name, path in capture(Path(args.out), customers=args.customers, db=args.db).items():
        print(f"{name}: {path}")


if __name__ == "__main__":
    main()
