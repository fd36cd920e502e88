"""The customer page: a window per customer with the header (phone, grade, owner, protection, next
due), the profile form, relatives, visits, follow-ups, risk and referrals (ui.customer_tabs), the
history, and the actions 更换手机号, 合并客户, 打印个人信息, 删除个人信息, 申请撞单.

Every load of the page goes through `customer_profile.customer_detail`, which records a "view" in
the audit log; printing records a "print".
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from anjia_desk.core.customers import (
    BUYER_TYPES,
    GENDERS,
    PURPOSES,
    CustomerForm,
    Grade,
    Options,
    Relation,
)
from anjia_desk.core.errors import NotFound, UserError, ValidationError
from anjia_desk.core.phones import PhoneKind
from anjia_desk.core.roles import Action
from anjia_desk.services.customer_profile import (
    CustomerDetail,
    OwnershipRow,
    PhoneRow,
    RelativeRow,
    VisitRow,
)
from anjia_desk.services.followups import GradeChangeRow
from anjia_desk.services.topics import Topic
from anjia_desk.ui import ops
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.customer_tabs import DUE_TEXT, FollowUpsTab, ReferralsTab, RiskTab
from anjia_desk.ui.widgets import (
    ERROR_COLOR,
    Column,
    ColumnTableModel,
    FieldErrors,
    MessageBar,
    add_field,
    configure_table,
    default_zone,
    dialog_buttons,
    format_day,
    format_local,
    hint_label,
    selected_row,
    show_user_error,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.context import Actor

#: What an action asked for in a ReasonDialog does: the write, and the text once it is done
#: ("" when the window closes afterwards).
Plan = tuple[Callable[["Session", "Actor"], object], str]


# --- small dialogs that ask for a reason (and a phone or a customer number)


class ReasonDialog(QDialog):
    """Asks for what an action needs; the customer window does the saving: `submitted` carries
    the values, and the window either closes this dialog or shows the service's messages in it."""

    submitted = Signal(object)

    def __init__(
        self,
        parent: QWidget,
        title: str,
        intro: str,
        *,
        extra: tuple[str, str, str] | None = None,  # key, label, placeholder
        reason_label: str = "原因：",
        ok_text: str = "确定",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.errors = FieldErrors()
        layout = QVBoxLayout(self)
        text = QLabel(intro)
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        self.extra_key = extra[0] if extra else ""
        self.extra = QLineEdit()
        if extra:
            self.extra.setPlaceholderText(extra[2])
            add_field(form, extra[1], self.extra, self.errors, extra[0])
        self.reason = QLineEdit()
        self.reason.setMaxLength(200)
        add_field(form, reason_label, self.reason, self.errors, "reason")
        layout.addLayout(form)
        self.message = MessageBar(self)
        layout.addWidget(self.message)
        buttons, self.cancel_button, self.ok_button = dialog_buttons(self, ok_text, self._submit)
        layout.addLayout(buttons)
        (self.extra if extra else self.reason).setFocus()

    def values(self) -> dict[str, str]:
        out = {"reason": self.reason.text().strip()}
        if self.extra_key:
            out[self.extra_key] = self.extra.text().strip()
        return out

    def _submit(self) -> None:
        self.errors.clear()
        self.message.clear_message()
        self.submitted.emit(self.values())

    def show_error(self, exc: UserError) -> None:
        show_user_error(exc, self.message, self.errors)


# --- the tabs


def _fill_combo(box: QComboBox, items: Any, current: str) -> None:
    """A blank first, the options, and the current value even when the settings dropped it."""
    box.clear()
    values = ["", *items]
    if current and current not in values:
        values.append(current)
    box.addItems(values)
    box.setCurrentText(current)


def _combo(items: list[str], current: str) -> QComboBox:
    box = QComboBox()
    _fill_combo(box, items, current)
    return box


def _phone_text(detail: CustomerDetail, blank: str) -> str:
    """The phone as this user may see it, flagged when it is a masked or virtual number."""
    kind = PhoneKind(detail.phone_kind).label if detail.phone_kind else ""
    flag = f"（{kind}）" if detail.shown_phone and detail.phone_kind != "mobile" else ""
    return (detail.shown_phone or blank) + flag


class ProfileTab(QWidget):
    """资料: every field of DOMAIN §2, option lists from the settings, errors beside fields."""

    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = FieldErrors()
        self.focus_boxes: dict[str, QCheckBox] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        outer.addWidget(scroll, 1)
        self.body = QWidget()
        scroll.setWidget(self.body)
        body_layout = QVBoxLayout(self.body)
        self.columns = QHBoxLayout()
        body_layout.addLayout(self.columns)
        body_layout.addStretch(1)  # fields keep their height; the free space goes below
        left, right = QFormLayout(), QFormLayout()
        for form in (left, right):
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            form.setVerticalSpacing(6)
        self.columns.addLayout(left, 1)
        self.columns.addSpacing(16)
        self.columns.addLayout(right, 1)

        self.name = QLineEdit()
        self.name.setMaxLength(40)
        self.phone = QLabel()
        self.phone.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.gender = _combo(list(GENDERS), "")
        self.age_band = QComboBox()
        self.family_structure = QComboBox()
        self.birthday = QLineEdit()
        self.birthday.setPlaceholderText("如 1990-05-01，可不填")
        self.channel = QComboBox()
        self.awareness = QComboBox()
        self.consent = QLabel()
        self.marketing_opt_in = QCheckBox("同意接收营销信息（单独授权）")
        self.do_not_disturb = QCheckBox("勿扰（不做关怀、问候和营销联系）")
        add_field(left, "姓名：", self.name, self.errors, "name")
        add_field(left, "手机号：", self.phone, self.errors, "phone", "更换请用上方“更换手机号…”")
        add_field(left, "性别：", self.gender, self.errors, "gender")
        add_field(left, "年龄段：", self.age_band, self.errors, "age_band")
        add_field(left, "家庭结构：", self.family_structure, self.errors, "family_structure")
        add_field(left, "生日：", self.birthday, self.errors, "birthday")
        add_field(left, "来源渠道：", self.channel, self.errors, "channel")
        add_field(left, "认知途径：", self.awareness, self.errors, "awareness")
        left.addRow("个人信息告知：", self.consent)
        add_field(left, "", self.marketing_opt_in, self.errors, "marketing_opt_in")
        add_field(left, "", self.do_not_disturb, self.errors, "do_not_disturb")

        self.budget = QLineEdit()
        self.budget.setPlaceholderText("万元，如 200-300")
        self.area = QLineEdit()
        self.area.setPlaceholderText("㎡，如 90-120")
        self.layout_edit = QLineEdit()
        self.layout_edit.setPlaceholderText("如 三房两厅")
        self.floor_preference = QLineEdit()
        self.floor_preference.setPlaceholderText("如 中高层")
        self.purpose = _combo(list(PURPOSES), "")
        self.buyer_type = _combo(list(BUYER_TYPES), "")
        self.focus_box = QWidget()
        self.focus_grid = QGridLayout(self.focus_box)
        self.focus_grid.setContentsMargins(0, 0, 0, 0)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(80)
        add_field(right, "预算（万元）：", self.budget, self.errors, "budget")
        add_field(right, "面积（㎡）：", self.area, self.errors, "area")
        add_field(right, "意向户型：", self.layout_edit, self.errors, "layout")
        add_field(right, "楼层偏好：", self.floor_preference, self.errors, "floor_preference")
        add_field(right, "置业目的：", self.purpose, self.errors, "purpose")
        add_field(right, "客户类型：", self.buyer_type, self.errors, "buyer_type")
        add_field(right, "关注点：", self.focus_box, self.errors, "focus")
        add_field(right, "备注：", self.notes, self.errors, "notes")

        bar = QHBoxLayout()
        self.hint = hint_label("Ctrl+S 保存")
        bar.addWidget(self.hint)
        bar.addStretch(1)
        self.save_button = QPushButton("保存")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save_requested)
        bar.addWidget(self.save_button)
        outer.addLayout(bar)

    def load(self, detail: CustomerDetail, options: Options, zone: ZoneInfo) -> None:
        form = detail.form
        self.errors.clear()
        self.name.setText(form.name)
        self.phone.setText(_phone_text(detail, "—"))
        self.gender.setCurrentText(form.gender)
        _fill_combo(self.age_band, options.age_bands, form.age_band)
        _fill_combo(self.family_structure, options.family_structures, form.family_structure)
        _fill_combo(self.channel, options.channels, form.channel)
        _fill_combo(self.awareness, options.awareness, form.awareness)
        self.birthday.setText(format_day(form.birthday))
        self.consent.setText(
            f"已同意（{format_local(detail.consent_at, zone)}）" if detail.consent_at else "未记录"
        )
        self.marketing_opt_in.setChecked(form.marketing_opt_in)
        self.do_not_disturb.setChecked(form.do_not_disturb)
        self.budget.setText(form.budget)
        self.area.setText(form.area)
        self.layout_edit.setText(form.layout)
        self.floor_preference.setText(form.floor_preference)
        self.purpose.setCurrentText(form.purpose)
        self.buyer_type.setCurrentText(form.buyer_type)
        for box in self.focus_boxes.values():
            box.deleteLater()
        self.focus_boxes = {}
        items = list(options.focus_points) + [
            f for f in form.focus if f not in options.focus_points
        ]
        for i, item in enumerate(items):
            box = QCheckBox(item)
            box.setChecked(item in form.focus)
            self.focus_boxes[item] = box
            self.focus_grid.addWidget(box, i // 3, i % 3, Qt.AlignmentFlag.AlignLeft)
        self.notes.setPlainText(form.notes)
        for widget in self.editors():
            widget.setEnabled(detail.can_edit)

    def editors(self) -> list[QWidget]:
        return [
            self.name,
            self.gender,
            self.age_band,
            self.family_structure,
            self.birthday,
            self.channel,
            self.awareness,
            self.marketing_opt_in,
            self.do_not_disturb,
            self.budget,
            self.area,
            self.layout_edit,
            self.floor_preference,
            self.purpose,
            self.buyer_type,
            self.focus_box,
            self.notes,
            self.save_button,
        ]

    def values(self) -> CustomerForm:
        """The form; a birthday that is not a date raises ValidationError({"birthday": …})."""
        text = self.birthday.text().strip()
        birthday: date | None = None
        if text:
            try:
                birthday = date.fromisoformat(text.replace("/", "-").replace(".", "-"))
            except ValueError as exc:
                raise ValidationError({"birthday": "生日请按 1990-05-01 的格式填写"}) from exc
        return CustomerForm(
            name=self.name.text(),
            phone="",  # the phone changes only through 更换手机号…
            gender=self.gender.currentText(),
            age_band=self.age_band.currentText(),
            family_structure=self.family_structure.currentText(),
            budget=self.budget.text(),
            area=self.area.text(),
            layout=self.layout_edit.text(),
            floor_preference=self.floor_preference.text(),
            purpose=self.purpose.currentText(),
            buyer_type=self.buyer_type.currentText(),
            focus=tuple(item for item, box in self.focus_boxes.items() if box.isChecked()),
            channel=self.channel.currentText(),
            awareness=self.awareness.currentText(),
            birthday=birthday,
            notes=self.notes.toPlainText(),
            marketing_opt_in=self.marketing_opt_in.isChecked(),
            do_not_disturb=self.do_not_disturb.isChecked(),
        )


class RelativesTab(QWidget):
    add_requested = Signal()
    remove_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = FieldErrors()
        layout = QVBoxLayout(self)
        self.model: ColumnTableModel[RelativeRow] = ColumnTableModel(
            [
                Column("relation", "关系", lambda r: r.relation_label),
                Column("name", "姓名", lambda r: r.name),
                Column("phone", "手机号", lambda r: r.shown_phone),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        configure_table(self.table)
        layout.addWidget(self.table, 1)
        self.add_box = QGroupBox("添加亲属（一起购房的配偶、父母、子女等）")
        form = QFormLayout(self.add_box)
        self.relation = QComboBox()
        for relation in Relation:
            self.relation.addItem(relation.label, relation.value)
        self.name = QLineEdit()
        self.name.setMaxLength(40)
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("可不填")
        add_field(form, "关系：", self.relation, self.errors, "relation")
        add_field(form, "姓名：", self.name, self.errors, "name")
        add_field(form, "手机号：", self.phone, self.errors, "phone")
        buttons = QHBoxLayout()
        self.remove_button = QPushButton("移除所选亲属")
        self.add_button = QPushButton("添加")
        for button in (self.remove_button, self.add_button):
            button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_requested)
        self.remove_button.clicked.connect(self.remove_requested)
        for edit in (self.name, self.phone):
            edit.returnPressed.connect(self.add_requested)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        form.addRow(buttons)
        layout.addWidget(self.add_box)

    def load(self, detail: CustomerDetail) -> None:
        self.model.set_rows(detail.relatives)
        self.add_box.setEnabled(detail.can_edit)

    def selected(self) -> RelativeRow | None:
        row = selected_row(self.table)
        return self.model.row_at(row) if row is not None else None

    def clear_form(self) -> None:
        self.errors.clear()
        self.name.clear()
        self.phone.clear()


def _table(model: ColumnTableModel[Any], parent: QWidget | None = None) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    configure_table(view)
    view.setColumnWidth(0, 140)  # a date and time fit whole
    return view


class VisitsModel(ColumnTableModel[VisitRow]):
    def __init__(self, parent: QWidget | None = None) -> None:
        self.zone = default_zone()
        super().__init__(
            [
                Column("at", "来访时间", lambda r: format_local(r.at, self.zone)),
                Column("kind", "类型", lambda r: r.kind_label),
                Column("party", "人数", lambda r: str(r.party_size)),
                Column("channel", "来源渠道", lambda r: r.channel),
                Column("awareness", "认知途径", lambda r: r.awareness),
                Column("consultant", "接待顾问", lambda r: r.consultant_name),
                Column("invalid", "无效原因", lambda r: r.invalid_reason),
                Column("note", "备注", lambda r: r.note),
            ],
            parent,
        )


class HistoryTab(QWidget):
    """历史: grade changes, phone changes and ownership changes, newest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone = default_zone()
        when: Callable[[Any], str] = lambda r: format_local(r.at, self.zone)  # noqa: E731
        self.grades: ColumnTableModel[GradeChangeRow] = ColumnTableModel(
            [
                Column("at", "时间", when),
                Column("from", "原等级", lambda r: r.from_grade or "—"),
                Column("to", "新等级", lambda r: r.to_grade),
                Column("by", "修改人", lambda r: r.user_name),
                Column("reason", "原因", lambda r: r.reason),
            ],
            self,
        )
        self.phones: ColumnTableModel[PhoneRow] = ColumnTableModel(
            [
                Column("at", "时间", when),
                Column("old", "原号码", lambda r: r.old_phone),
                Column("new", "新号码", lambda r: r.new_phone),
                Column("by", "修改人", lambda r: r.by_name),
                Column("reason", "原因", lambda r: r.reason),
            ],
            self,
        )
        self.owners: ColumnTableModel[OwnershipRow] = ColumnTableModel(
            [
                Column("at", "时间", when),
                Column("kind", "方式", lambda r: r.kind_label),
                Column("from", "原顾问", lambda r: r.from_name or "—"),
                Column("to", "新顾问", lambda r: r.to_name or "公客池"),
                Column("by", "操作人", lambda r: r.by_name),
                Column("reason", "原因", lambda r: r.reason),
            ],
            self,
        )
        layout = QVBoxLayout(self)
        for title, model in (
            ("意向等级变更", self.grades),
            ("手机号变更", self.phones),
            ("归属变更", self.owners),
        ):
            box = QGroupBox(title)
            inner = QVBoxLayout(box)
            inner.addWidget(_table(model, box))
            layout.addWidget(box, 1)

    def load(self, detail: CustomerDetail, zone: ZoneInfo) -> None:
        self.zone = zone
        self.grades.set_rows(detail.grade_history)
        self.phones.set_rows(detail.phone_history)
        self.owners.set_rows(detail.ownership_history)


# --- the window


class CustomerDialog(QDialog):
    """One customer's page, non-modal. Closes itself when the customer is merged or erased."""

    def __init__(self, ctx: AppContext, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id = customer_id
        self.detail: CustomerDetail | None = None
        self.options = Options()
        self.zone = default_zone()
        self.sub_dialog: ReasonDialog | None = None
        self._sub_act: Callable[[dict[str, str]], Plan | None] | None = None
        self.load_error = ""
        #: The topics the page's data came from (learnt from its reads).
        self.sources: frozenset[Topic] = frozenset()
        #: Set while erasing: the window closes, it must not read the customer again.
        self._closing = False
        self.preview: QDialog | None = None
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(1000, 720)
        layout = QVBoxLayout(self)

        header = QHBoxLayout()
        self.name_label = QLabel()
        self.name_label.setStyleSheet("font-size:18px;font-weight:bold;")
        self.phone_label = QLabel()
        self.phone_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.grade_label = QLabel()
        self.owner_label = QLabel()
        self.due_label = QLabel()
        for widget in (
            self.name_label,
            self.phone_label,
            self.grade_label,
            self.owner_label,
            self.due_label,
        ):
            header.addWidget(widget)
            header.addSpacing(12)
        header.addStretch(1)
        layout.addLayout(header)

        actions = QHBoxLayout()
        self.phone_button = QPushButton("更换手机号…")
        self.merge_button = QPushButton("合并客户…")
        self.print_button = QPushButton("打印个人信息…")
        self.erase_button = QPushButton("删除个人信息…")
        self.dispute_button = QPushButton("申请撞单…")
        for button, slot in (
            (self.phone_button, self.ask_phone_change),
            (self.merge_button, self.ask_merge),
            (self.print_button, self.print_record),
            (self.erase_button, self.ask_erase),
            (self.dispute_button, self.ask_dispute),
        ):
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)

        self.tabs = QTabWidget()
        self.profile = ProfileTab()
        self.profile.save_requested.connect(self.save_profile)
        self.relatives = RelativesTab()
        self.relatives.add_requested.connect(self.add_relative)
        self.relatives.remove_requested.connect(self.remove_relative)
        self.visits_model = VisitsModel(self)
        self.visits_table = _table(self.visits_model)
        self.history = HistoryTab()
        self.tabs.addTab(self.profile, "资料")
        self.tabs.addTab(self.relatives, "亲属")
        self.tabs.addTab(self.visits_table, "来访")
        self.extra_tabs: list[QWidget] = self._partner_tabs()
        self.tabs.addTab(self.history, "历史")
        layout.addWidget(self.tabs, 1)
        self.message = MessageBar(self)
        layout.addWidget(self.message)

        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.activated.connect(self.save_profile)
        ctx.changed.connect(self._on_changed)
        self.reload()

    def _partner_tabs(self) -> list[QWidget]:
        """跟进, 风险提示, 老带新 (ui.customer_tabs)."""
        tabs: list[QWidget] = []
        for cls, title in ((FollowUpsTab, "跟进"), (RiskTab, "风险提示"), (ReferralsTab, "老带新")):
            tab = cls(self.ctx, self.customer_id, self)
            self.tabs.addTab(tab, title)
            tabs.append(tab)
        return tabs

    # --- loading

    def reload(self) -> None:
        """Read the page again (an audited view); close when the customer is gone."""
        customer_id, now = self.customer_id, self.ctx.clock()
        ops.read(
            self.ctx,
            lambda session, actor: _read_page(session, actor, customer_id, now),
            parent=self,
            done=self._loaded,
            failed=self._load_failed,
        )

    def _loaded(self, result: ops.Read) -> None:
        self.sources = self.sources | result.topics
        detail, self.options, self.zone = result.value
        self.detail = detail
        self._show(detail)

    def _load_failed(self, exc: UserError) -> None:
        if not isinstance(exc, NotFound):
            self.message.show_error(exc.message)
            return
        opening = self.detail is None and not self.load_error
        self.detail = None
        self.load_error = exc.message
        if opening and self.isVisible():  # shown while its first read ran: say why it closes
            self.ctx.dialogs.warning(self.parentWidget(), "打开客户", exc.message)
        self.close()

    def _show(self, detail: CustomerDetail) -> None:
        self.setWindowTitle(f"客户 — {detail.display_name}")
        self.name_label.setText(detail.display_name)
        self.phone_label.setText(_phone_text(detail, "无手机号"))
        self.grade_label.setText(f"等级：{Grade(detail.grade).label}")
        if detail.anonymised:
            owner = "个人信息已删除"
        elif detail.in_pool:
            owner = "公客池（可认领）"
        else:
            owner = f"归属：{detail.owner_name}，保护期至 {detail.protected_until}"
        self.owner_label.setText(owner)
        due = detail.next_due.isoformat() if detail.next_due else "—"
        state = DUE_TEXT.get(detail.due_state, "")
        self.due_label.setText(f"下次跟进：{due}" + (f"（{state}）" if state else ""))
        self.due_label.setStyleSheet(
            f"color:{ERROR_COLOR};font-weight:bold;" if detail.due_state == "overdue" else ""
        )
        self.profile.load(detail, self.options, self.zone)
        self.relatives.load(detail)
        self.visits_model.zone = self.zone
        self.visits_model.set_rows(detail.visits)
        self.history.load(detail, self.zone)
        actor = self.ctx.actor
        live = not detail.anonymised
        self.phone_button.setEnabled(detail.can_edit)
        self.merge_button.setEnabled(live and actor.can(Action.MERGE_CUSTOMERS))
        self.print_button.setEnabled(live and actor.can(Action.PRINT_CUSTOMER_RECORD))
        self.erase_button.setEnabled(live and actor.can(Action.DELETE_PERSONAL_DATA))
        self.dispute_button.setEnabled(
            live
            and actor.can(Action.RAISE_DISPUTE)
            and actor.user_id is not None
            and detail.owner_id != actor.user_id
        )

    def _on_changed(self, changes: Any) -> None:
        if self._closing or not isinstance(changes, ops.Changed):
            return
        if changes.touches(self.sources) and (changes.initiator is self or self.isVisible()):
            self.reload()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Stop listening at once: a later broadcast must not reach a closing window.
        with contextlib.suppress(RuntimeError, TypeError):
            self.ctx.changed.disconnect(self._on_changed)
        _OPEN.pop(self.customer_id, None)
        super().closeEvent(event)

    def _write(
        self,
        work: Callable[[Session, Actor], object],
        text: str,
        *,
        errors: FieldErrors | None = None,
        failed: Callable[[UserError], None] | None = None,
        then: Callable[[], None] | None = None,
    ) -> None:
        """Run `work` through the operation layer; the broadcast reloads this page (its
        initiator), then `then()` runs and `text` is shown."""

        def written(_result: object) -> None:
            if then is not None:
                then()
            if self.detail is not None:
                self.message.show_ok(text)

        ops.write(
            self.ctx,
            work,
            parent=self,
            done=written,
            failed=failed,
            message=self.message,
            errors=errors,
        )

    # --- the profile and relatives

    def save_profile(self) -> None:
        from anjia_desk.services.customer_profile import update_customer

        if self.detail is None or not self.detail.can_edit:
            return
        self.message.clear_message()
        self.profile.errors.clear()
        try:
            form = self.profile.values()
        except UserError as exc:
            show_user_error(exc, self.message, self.profile.errors)
            return
        customer_id, version, now = self.customer_id, self.detail.version, self.ctx.clock()

        def work(session: Session, actor: Actor) -> None:
            update_customer(session, actor, customer_id, form, version=version, now=now)

        self._write(work, "资料已保存。", errors=self.profile.errors)

    def add_relative(self) -> None:
        from anjia_desk.services.customer_profile import add_relative

        self.relatives.errors.clear()
        customer_id, now = self.customer_id, self.ctx.clock()
        relation = str(self.relatives.relation.currentData())
        name, phone = self.relatives.name.text(), self.relatives.phone.text()

        def work(session: Session, actor: Actor) -> None:
            add_relative(
                session, actor, customer_id, relation=relation, name=name, phone=phone, now=now
            )

        self._write(
            work, "已添加亲属。", errors=self.relatives.errors, then=self.relatives.clear_form
        )

    def remove_relative(self) -> None:
        from anjia_desk.services.customer_profile import remove_relative

        row = self.relatives.selected()
        if row is None:
            self.message.show_info("请先在表中选中要移除的亲属。")
            return
        who = row.name or row.shown_phone
        if not self.ctx.dialogs.confirm(
            self, "移除亲属", f"从客户档案中移除{row.relation_label}“{who}”吗？"
        ):
            return
        self._write(
            lambda session, actor: remove_relative(session, actor, row.id),
            "已移除亲属。",
            failed=self._show_refusal,
        )

    def _show_refusal(self, exc: UserError) -> None:
        self.message.show_error(exc.message)

    # --- actions that ask for a reason

    def _ask(
        self, dialog: ReasonDialog, act: Callable[[dict[str, str]], Plan | None]
    ) -> ReasonDialog:
        """Open `dialog`; on submit `act` checks the values and plans the write (None when it
        decided not to go on); the write runs, then the dialog closes, or shows the refusal."""

        dialog.submitted.connect(self._sub_submitted)
        dialog.finished.connect(self._sub_closed)
        self.sub_dialog, self._sub_act = dialog, act
        dialog.open()
        return dialog

    def _sub_submitted(self, values: dict[str, str]) -> None:
        dialog, act = self.sub_dialog, self._sub_act
        assert dialog is not None and act is not None
        try:
            plan = act(values)
        except UserError as exc:
            if shiboken6.isValid(dialog):
                dialog.show_error(exc)
            return
        if plan is None:
            return
        work, text = plan
        dialog.ok_button.setEnabled(False)
        ops.write(
            self.ctx,
            work,
            parent=self,
            done=lambda _result: self._sub_done(text),
            failed=self._sub_failed,
        )

    def _sub_done(self, text: str) -> None:
        dialog = self.sub_dialog
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.accept()
        if text and self.detail is not None:
            self.message.show_ok(text)

    def _sub_failed(self, exc: UserError) -> None:
        self._closing = False
        dialog = self.sub_dialog
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.ok_button.setEnabled(True)
            dialog.show_error(exc)
        else:
            self.message.show_error(exc.message)

    def _sub_closed(self, _code: int) -> None:
        dialog, self.sub_dialog, self._sub_act = self.sub_dialog, None, None
        if dialog is not None:
            dialog.deleteLater()

    def ask_phone_change(self) -> ReasonDialog:
        from anjia_desk.services.customer_profile import change_phone

        def act(values: dict[str, str]) -> Plan:
            customer_id, now = self.customer_id, self.ctx.clock()

            def work(session: Session, actor: Actor) -> None:
                change_phone(
                    session, actor, customer_id, values["phone"], reason=values["reason"], now=now
                )

            return work, "手机号已更换，原号码保留在“历史”中。"

        dialog = ReasonDialog(
            self,
            "更换手机号",
            "手机号是客户的身份标识。更换后原号码记入号码历史；"
            "若新号码已是另一位客户的号码，请改用“合并客户…”。",
            extra=("phone", "新手机号：", "如 13812345678"),
            reason_label="更换原因：",
        )
        return self._ask(dialog, act)

    def ask_merge(self) -> ReasonDialog:
        from anjia_desk.services.customer_profile import merge_customers

        def act(values: dict[str, str]) -> Plan | None:
            text = values["merge_id"]
            if not text.isdigit():
                raise ValidationError({"merge_id": "请填写另一条记录的客户编号（数字）"})
            question = (
                f"把客户编号 {text} 的记录并入当前客户（编号 {self.customer_id}）吗？"
                "并入的记录将被删除，其来访、跟进和历史都转到当前客户，无法撤销。"
            )
            if not self.ctx.dialogs.confirm(self, "合并客户", question):
                return None
            keep_id, now = self.customer_id, self.ctx.clock()

            def work(session: Session, actor: Actor) -> None:
                merge_customers(
                    session,
                    actor,
                    keep_id=keep_id,
                    merge_id=int(text),
                    reason=values["reason"],
                    now=now,
                )

            return work, f"已把客户编号 {text} 并入当前客户。"

        dialog = ReasonDialog(
            self,
            "合并客户",
            "同一个人有两条记录时，把另一条并入当前客户：保留当前记录，"
            "另一条的来访、跟进、等级和号码历史、亲属、推荐积分都转过来。",
            extra=("merge_id", "并入的客户编号：", "在客户列表中可以看到编号"),
            reason_label="合并原因：",
            ok_text="合并",
        )
        return self._ask(dialog, act)

    def ask_erase(self) -> ReasonDialog:
        from anjia_desk.services.customer_profile import erase_personal_data

        def act(values: dict[str, str]) -> Plan | None:
            if not values["reason"]:
                raise ValidationError({"reason": "请填写删除原因（例如：客户本人当面提出）"})
            question = (
                "删除后，姓名、手机号、资料、亲属和备注都将清除，无法恢复；"
                "只保留不可识别个人的统计数据。确定删除吗？"
            )
            if not self.ctx.dialogs.confirm(self, "删除个人信息", question):
                return None
            customer_id, now = self.customer_id, self.ctx.clock()

            def work(session: Session, actor: Actor) -> None:
                erase_personal_data(session, actor, customer_id, reason=values["reason"], now=now)

            self._closing = True  # the window closes: no audited re-read of what was erased
            return work, ""

        dialog = ReasonDialog(
            self,
            "删除个人信息",
            "应客户本人要求删除其个人信息（《个人信息保护法》）。已认购或签约的交易资料另按规定保存。",
            reason_label="删除原因：",
            ok_text="删除",
        )
        dialog.accepted.connect(self._erased)
        return self._ask(dialog, act)

    def _erased(self) -> None:
        self.close()

    def ask_dispute(self) -> ReasonDialog:
        from anjia_desk.services.customers import raise_dispute

        def act(values: dict[str, str]) -> Plan:
            customer_id, now = self.customer_id, self.ctx.clock()

            def work(session: Session, actor: Actor) -> None:
                raise_dispute(session, actor, customer_id, values["reason"], now=now)

            return work, "已提交撞单申请，等待案场经理裁定。"

        dialog = ReasonDialog(
            self,
            "申请撞单裁定",
            "您认为这位客户应归您跟进时，请说明理由，由案场经理裁定。",
            reason_label="理由：",
            ok_text="提交",
        )
        return self._ask(dialog, act)

    # --- printing

    def print_record(self) -> None:
        """Generate the person's record on the writer (the print is audited), then open the
        print preview."""
        from anjia_desk.services.customer_profile import print_customer_record

        folder = Path(tempfile.mkdtemp(prefix="anjia-print-"))
        name = self.detail.display_name if self.detail else str(self.customer_id)
        out = folder / f"客户个人信息-{name}.pdf"
        customer_id, now = self.customer_id, self.ctx.clock()

        def work(session: Session, actor: Actor) -> Path:
            try:
                return print_customer_record(session, actor, customer_id, out, now=now)
            except BaseException:
                shutil.rmtree(folder, ignore_errors=True)
                raise

        ops.write(
            self.ctx,
            work,
            parent=self,
            done=lambda path: self.open_preview(path, folder),
            failed=self._show_refusal,
            label="正在生成客户个人信息记录…",
        )

    def open_preview(self, pdf_path: Path, folder: Path) -> None:
        from anjia_desk.ui.print_preview import PrintPreviewDialog

        if not shiboken6.isValid(self):  # pragma: no cover - closed while printing
            shutil.rmtree(folder, ignore_errors=True)
            return
        dialog = PrintPreviewDialog(pdf_path, self.ctx.dialogs, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _code: shutil.rmtree(folder, ignore_errors=True))
        dialog.destroyed.connect(self._forget_preview)
        self.preview = dialog
        dialog.open()

    def _forget_preview(self) -> None:
        self.preview = None


def _read_page(
    session: Session, actor: Actor, customer_id: int, now: datetime
) -> tuple[CustomerDetail, Options, ZoneInfo]:
    """What the page shows (reading it is an audited view)."""
    from anjia_desk.services.customer_profile import customer_detail
    from anjia_desk.services.customer_state import options
    from anjia_desk.services.settings import office_zone

    detail = customer_detail(session, actor, customer_id, now=now)
    return detail, options(session), office_zone(session)


#: Open customer windows by customer id: opening one again raises it.
_OPEN: dict[int, CustomerDialog] = {}


def open_customer(
    ctx: AppContext, customer_id: int, parent: QWidget | None = None
) -> CustomerDialog:
    """Show the customer's page (non-blocking); an already open page for them comes to front."""
    dialog = _OPEN.get(customer_id)
    if dialog is not None and shiboken6.isValid(dialog) and dialog.ctx is ctx:
        dialog.show()
        if QGuiApplication.platformName() != "offscreen":  # offscreen warns it cannot raise
            dialog.raise_()
            dialog.activateWindow()
        return dialog
    dialog = CustomerDialog(ctx, customer_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if dialog.load_error:  # gone already (merged or deleted meanwhile)
        ctx.dialogs.warning(parent, "打开客户", dialog.load_error or "无法打开这位客户")
        dialog.deleteLater()
        return dialog
    _OPEN[customer_id] = dialog
    dialog.show()
    return dialog
