"""来访登记 (F2): the front desk registers a walk-in or a call with the keyboard alone. The phone
comes first; as it is typed the 判客 line says whether this person (or a linked relative) is
already a customer and whose, and the form fills in 首访/复访 and the consultant. A number that
only may be a customer's (a channel's masked number, a former number) opens a 是否同一人 list:
the receptionist confirms the customer or says it is a new one."""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from anjia_desk.core.customers import VisitForm, VisitKind
from anjia_desk.core.errors import UserError
from anjia_desk.ui import ops, palette
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.fields import (
    FieldErrors,
    MessageBar,
    add_field,
    dialog_buttons,
    grow_to_fit,
    hint_label,
    show_user_error,
)

if TYPE_CHECKING:
    from datetime import datetime

    from sqlalchemy.orm import Session

    from anjia_desk.core.customers import Options
    from anjia_desk.services.customer_state import Staff
    from anjia_desk.services.reception import PhoneLookup, PhoneMatch, VisitResult

#: The 判客 line waits this long after the last keystroke (search as you type, not per key).
LOOKUP_DELAY_MS = 150

CONSENT_NOTICE = (
    "个人信息告知：为了给您介绍楼盘并在之后与您联系，我们会记录您的手机号、称呼和本次来访情况，"
    "只在本案场内部用于置业咨询服务，不会出售或提供给无关的第三方。您可以随时要求查看、更正或删除"
    "这些信息；长期没有联系的记录会按规定匿名化。来访登记不收集身份证号。"
)
MARKETING_TEXT = "同意接收开盘、活动等营销信息（可不选，以后可随时取消）"


def describe_lookup(lookup: PhoneLookup) -> tuple[str, str]:
    """The 判客 line for a lookup: (text, colour)."""
    phone = lookup.phone
    if phone is None:
        return f"判客：{lookup.error or '请输入手机号'}", palette.HINT
    flag = f"【{phone.kind.label}，待核实真实号码】" if phone.flagged else ""
    known = lookup.known
    if known is not None:
        who = known.customer_name
        if known.via_relative:
            relative = f"（{known.relative_name}）" if known.relative_name else ""
            head = f"是客户“{who}”的{known.relation_label}{relative}"
        else:
            head = f"已是客户：{who}"
        grade = f"，{known.grade} 级" if known.grade else ""
        if known.in_pool:
            tail = "，在公客池中 → 复访，由接待顾问接待并归属"
        else:
            tail = f"，归属 {known.owner_name} → 复访，由 {known.owner_name} 接待"
        return f"判客：{flag}{head}{grade}{tail}", palette.WARNING
    unsure = lookup.to_confirm
    if unsure:
        said = []
        fits = [m for m in unsure if not m.former]
        if fits:
            names = "、".join(match_text(m) for m in fits[:3])
            more = f"等 {len(fits)} 位" if len(fits) > 3 else ""
            said.append(f"前三后四位相同，可能是 {names}{more}")
        said.extend(
            f"是客户“{m.customer_name}”的曾用号码（{former_text(m)}）" for m in unsure if m.former
        )
        return (
            f"判客：{flag}{'；'.join(said)}。请在下面确认是否同一人",
            palette.WARNING,
        )
    return f"判客：{flag}新客户，未登记过 → 首访", palette.OK


def match_text(match: PhoneMatch) -> str:
    """张伟（138****5678，李顾问）: a possible match as the receptionist may see it (王芳的配偶
    when the number is a relative's)."""
    who = match.customer_name
    if match.via_relative:
        who += f"的{match.relation_label}" + (
            f" {match.relative_name}" if match.relative_name else ""
        )
    return f"{who}（{match.shown_phone}，{match.owner_name or '公客池'}）"


def former_text(match: PhoneMatch) -> str:
    """When a former number was given up, and for which number now."""
    day = f"{match.changed_on:%Y-%m-%d} " if match.changed_on is not None else ""
    owner = f"，归属 {match.owner_name}" if match.owner_name else "，在公客池"
    return f"{day}已换为 {match.shown_phone}{owner}"


#: The choice "none of them: a new customer" in the 是否同一人 list.
NEW_PERSON = -1


class RegistrationDialog(QDialog):
    """The registration form. `registered` carries the customer's id after a save."""

    registered = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("来访登记")
        self.setMinimumWidth(560)
        self.errors = FieldErrors()
        self.lookup: PhoneLookup | None = None
        #: Issue 14: no 判客 lookup is sent before this moment (time.monotonic()), and the
        #: number the last one asked about.
        self._ready_at = 0.0
        self._asked = ""
        #: Where the done text goes once saved (open_registration's `tell`).
        self.tell: Callable[[str], None] | None = None
        self.visit_result: VisitResult | None = None
        self.next_id: int | None = None
        self._kind_touched = False
        self._locked_owner: int | None = None

        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setVerticalSpacing(6)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)

        self.phone = QLineEdit()
        self.phone.setObjectName("phone")
        self.phone.setMaxLength(30)
        self.phone.setPlaceholderText("如 138 1234 5678；渠道隐号 138****5678；虚拟号 …转1234")
        self.match_label = QLabel()
        self.match_label.setObjectName("match")
        self.match_label.setWordWrap(True)
        phone_box = QWidget()
        phone_layout = QVBoxLayout(phone_box)
        phone_layout.setContentsMargins(0, 0, 0, 0)
        phone_layout.setSpacing(2)
        phone_layout.addWidget(self.phone)
        phone_layout.addWidget(self.match_label)
        add_field(form, "手机号：", phone_box, self.errors, "phone")
        # A possible match (a masked or a former number): the receptionist says who it is. The
        # row shows only then.
        self.same = QComboBox()
        self.same.setObjectName("same")
        self.same.activated.connect(self._same_chosen)
        self.same_box = add_field(form, "是否同一人：", self.same, self.errors, "same_customer_id")
        self._form = form
        form.setRowVisible(self.same_box, False)

        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for kind in VisitKind:
            self.kind.addItem(kind.label, kind.value)
        self.kind.activated.connect(self._kind_chosen)
        add_field(form, "首访/复访：", self.kind, self.errors, "kind", "按手机号自动判断")

        self.party_size = QSpinBox()
        self.party_size.setObjectName("party_size")
        self.party_size.setRange(1, 30)
        self.party_size.setSuffix(" 人")
        add_field(form, "来访人数：", self.party_size, self.errors, "party_size")

        self.channel = QComboBox()
        self.channel.setObjectName("channel")
        add_field(form, "来源渠道：", self.channel, self.errors, "channel")
        self.awareness = QComboBox()
        self.awareness.setObjectName("awareness")
        add_field(form, "认知途径：", self.awareness, self.errors, "awareness")

        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.name.setMaxLength(40)
        self.name.setPlaceholderText("可只留姓，如 张先生")
        add_field(form, "姓名：", self.name, self.errors, "name")

        self.notice = hint_label(CONSENT_NOTICE)
        self.notice.setObjectName("notice")
        self.consent = QCheckBox("客户已知悉上述告知并同意登记")
        self.consent.setObjectName("consent")
        consent_box = QWidget()
        consent_layout = QVBoxLayout(consent_box)
        consent_layout.setContentsMargins(0, 0, 0, 0)
        consent_layout.setSpacing(2)
        consent_layout.addWidget(self.notice)
        consent_layout.addWidget(self.consent)
        add_field(form, "告知同意：", consent_box, self.errors, "consent")
        self.marketing = QCheckBox(MARKETING_TEXT)
        self.marketing.setObjectName("marketing")
        add_field(form, "营销联系：", self.marketing, self.errors, "marketing_opt_in")

        self.consultant = QComboBox()
        self.consultant.setObjectName("consultant")
        self.consultant_hint = hint_label("")
        consultant_box = QWidget()
        consultant_layout = QVBoxLayout(consultant_box)
        consultant_layout.setContentsMargins(0, 0, 0, 0)
        consultant_layout.setSpacing(2)
        consultant_layout.addWidget(self.consultant)
        consultant_layout.addWidget(self.consultant_hint)
        add_field(form, "接待顾问：", consultant_box, self.errors, "consultant_id")

        self.referrer = QLineEdit()
        self.referrer.setObjectName("referrer")
        self.referrer.setMaxLength(30)
        self.referrer.setPlaceholderText("老带新：推荐人的手机号（可不填）")
        add_field(form, "推荐人手机：", self.referrer, self.errors, "referrer_phone")
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setMaxLength(500)
        add_field(form, "备注：", self.note, self.errors, "note")
        layout.addLayout(form)

        self.message = MessageBar(self)
        layout.addWidget(self.message)
        buttons, self.cancel_button, self.save_button = dialog_buttons(
            self, "登记", self.save, hint="Enter 登记　Esc 取消"
        )
        layout.addLayout(buttons)

        for widget in (self.cancel_button, self.save_button):
            widget.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        chain: list[QWidget] = [
            self.phone,
            self.same,
            self.kind,
            self.party_size,
            self.channel,
            self.awareness,
            self.name,
            self.consent,
            self.marketing,
            self.consultant,
            self.referrer,
            self.note,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(LOOKUP_DELAY_MS)
        self._timer.timeout.connect(self.run_lookup)
        self.phone.textChanged.connect(self._phone_changed)

        self._load_choices()
        self.match_label.setText("判客：请输入手机号")
        self.match_label.setStyleSheet(f"color:{palette.HINT};")
        self.phone.setFocus()

    # --- loading ---

    def _load_choices(self) -> None:
        now = self.ctx.clock()
        ops.read(
            self.ctx,
            lambda session, _actor: _read_choices(session, now),
            parent=self,
            done=self._choices_loaded,
            message=self.message,
        )

    def _choices_loaded(self, result: ops.Read) -> None:
        options, staff, nxt = result.value
        self.channel.addItem("（请选择）", "")
        for item in options.channels:
            self.channel.addItem(item, item)
        self.awareness.addItem("（不清楚）", "")
        for item in options.awareness:
            self.awareness.addItem(item, item)
        self.consultant.addItem("（请选择）", None)
        for person in staff:
            self.consultant.addItem(person.name, person.id)
        self.next_id = nxt.id if nxt is not None else None
        self._offer_rotation()
        if self.lookup is not None:  # the phone was looked up before the choices arrived
            self._apply_lookup(self.lookup)

    def _offer_rotation(self) -> None:
        self.consultant.setEnabled(True)
        self._locked_owner = None
        if self.next_id is not None and self._select_consultant(self.next_id):
            self.consultant_hint.setText("按接待轮序，下一位是这位顾问（可改）")
        else:
            self.consultant_hint.setText("今天没有排值班表或都已跳过：请选择接待顾问")

    def _select_consultant(self, user_id: int) -> bool:
        index = self.consultant.findData(user_id)
        if index < 0:
            return False
        self.consultant.setCurrentIndex(index)
        return True

    # --- 判客 ---

    def _phone_changed(self, _text: str) -> None:
        self._timer.start()

    def _kind_chosen(self, _index: int) -> None:
        self._kind_touched = True

    def run_lookup(self) -> None:
        """Look the typed phone up (the timer calls this after typing pauses). A number not yet
        complete is answered here; a complete one is looked up on the writer (each lookup is
        audited and counted, issue 14) — after the wait the last lookup asked for, if any."""
        from anjia_desk.core.phones import PhoneError, parse_phone
        from anjia_desk.services.reception import PhoneLookup, lookup_phone

        self._timer.stop()
        self._timer.setInterval(LOOKUP_DELAY_MS)  # a wait below lengthened it for one shot
        phone = self.phone.text()
        try:
            parse_phone(phone)
        except PhoneError as exc:
            self.lookup = PhoneLookup(None, exc.message, [])
            self._apply_lookup(self.lookup)
            return
        remaining = self._ready_at - time.monotonic()
        if remaining > 0:  # beyond the limit: wait on the timer, the window stays responsive
            self._show_wait(remaining)
            return
        now = self.ctx.clock()
        self._asked = phone
        ops.write(
            self.ctx,
            lambda session, actor: lookup_phone(session, actor, phone, now=now),
            parent=self,
            done=self._looked_up,
            failed=self._lookup_failed,
            quiet=True,
        )

    def _show_wait(self, seconds: float) -> None:
        self.match_label.setText(f"判客：查询过于频繁，{math.ceil(seconds)} 秒后自动查询…")
        self.match_label.setStyleSheet(f"color:{palette.WARNING};")
        self._timer.start(max(LOOKUP_DELAY_MS, int(seconds * 1000) + 1))

    def _looked_up(self, lookup: PhoneLookup) -> None:
        if lookup.wait_next > 0:
            self._ready_at = time.monotonic() + lookup.wait_next
        if lookup.phone is None or self.phone.text() != self._asked:
            return  # typed on meanwhile: that number's lookup comes next
        self.lookup = lookup
        self._apply_lookup(lookup)

    def _lookup_failed(self, exc: UserError) -> None:
        from anjia_desk.services.lookup_guard import LookupWait

        if isinstance(exc, LookupWait):
            self._ready_at = time.monotonic() + exc.seconds
            self._show_wait(exc.seconds)
            return
        self.match_label.setText(f"判客：{exc.message}")
        self.match_label.setStyleSheet(f"color:{palette.ERROR};")

    def _apply_lookup(self, lookup: PhoneLookup) -> None:
        text, colour = describe_lookup(lookup)
        self.match_label.setText(text)
        self.match_label.setStyleSheet(f"color:{colour};")
        # The form row does not ask a wrapped label for its height: say it, so that a 判客 line
        # of two or three lines (several possible matches) is never clipped.
        label = self.match_label
        label.setMinimumHeight(label.heightForWidth(label.width()) if label.width() > 0 else 0)
        self._offer_matches(lookup.to_confirm)
        self._follow(lookup.known)
        grow_to_fit(self)

    def _offer_matches(self, unsure: list[PhoneMatch]) -> None:
        """The 是否同一人 list: each possible match, and "a new customer"; none chosen yet."""
        self.same.clear()
        self._form.setRowVisible(self.same_box, bool(unsure))
        if not unsure:
            return
        self.same.addItem("（请确认：是否同一人？）", None)
        for match in unsure:
            what = f"曾用号码，{former_text(match)}" if match.former else ""
            label = f"是 {match_text(match)}" if not what else f"是 {match.customer_name}（{what}）"
            self.same.addItem(label, match.customer_id)
        self.same.addItem("都不是，登记为新客户", NEW_PERSON)

    def chosen_match(self) -> PhoneMatch | None:
        """The possible match the receptionist confirmed in the list, if any."""
        if self.lookup is None or self.same_box.isHidden():
            return None
        wanted = self.same.currentData()
        return next((m for m in self.lookup.to_confirm if m.customer_id == wanted), None)

    def _same_chosen(self, _index: int) -> None:
        if self.lookup is not None and self.same.currentData() is not None:
            self._follow(self.chosen_match(), decided=True)

    def _follow(self, known: PhoneMatch | None, *, decided: bool = False) -> None:
        """首访/复访 and the consultant for the customer this visit goes to (None: a new one)."""
        if not self._kind_touched and (known is not None or decided or self.same_box.isHidden()):
            kind = VisitKind.RETURN if known is not None else VisitKind.FIRST
            self.kind.setCurrentIndex(self.kind.findData(kind.value))
        if (
            known is not None
            and not known.in_pool
            and known.owner_id is not None
            and self._select_consultant(known.owner_id)
        ):
            self.consultant.setEnabled(False)
            self._locked_owner = known.owner_id
            self.consultant_hint.setText(f"老客户由归属顾问 {known.owner_name} 接待")
        elif self._locked_owner is not None or not self.consultant.isEnabled():
            self._offer_rotation()

    # --- saving ---

    def values(self) -> VisitForm:
        consultant = self.consultant.currentData()
        same = self.same.currentData() if not self.same_box.isHidden() else None
        return VisitForm(
            phone=self.phone.text(),
            name=self.name.text(),
            kind=VisitKind(self.kind.currentData()),
            party_size=self.party_size.value(),
            channel=str(self.channel.currentData() or ""),
            awareness=str(self.awareness.currentData() or ""),
            consent=self.consent.isChecked(),
            marketing_opt_in=self.marketing.isChecked(),
            consultant_id=int(consultant) if consultant is not None else None,
            referrer_phone=self.referrer.text(),
            note=self.note.text(),
            same_customer_id=int(same) if same is not None and same != NEW_PERSON else None,
            new_customer=same == NEW_PERSON,
        )

    def save(self) -> None:
        from anjia_desk.services.reception import register_visit

        if not self.save_button.isEnabled():  # Enter again while the save runs
            return
        self.errors.clear()
        self.message.clear_message()
        form, now = self.values(), self.ctx.clock()
        self.save_button.setEnabled(False)
        ops.write(
            self.ctx,
            lambda session, actor: register_visit(session, actor, form, now=now),
            parent=self,
            done=self._saved,
            failed=self._save_failed,
            settled=lambda: self.save_button.setEnabled(True),  # a bug included
        )

    def reject(self) -> None:
        """Esc, 取消 or the close button: a visitor's name or note already typed is not dropped
        without asking (保存 / 放弃 / 取消)."""
        if not self.save_button.isEnabled():
            return  # the save runs: its result (who receives the visitor) must land here
        typed = self.name.text().strip() or self.note.text().strip()
        if self.visit_result is None and typed:
            answer = self.ctx.dialogs.save_discard_cancel(
                self, "来访登记", "这份来访登记还没有保存。要保存吗？"
            )
            if answer == "save":
                self.save()
                return
            if answer != "discard":
                return  # stay: nothing lost
        super().reject()

    def _saved(self, result: VisitResult) -> None:
        self.visit_result = result
        self.registered.emit(result.customer_id)
        self.accept()

    def _save_failed(self, exc: UserError) -> None:
        from anjia_desk.services.lookup_guard import FieldWait

        show_user_error(exc, self.message, self.errors)
        if isinstance(exc, FieldWait):  # the referrer's lookup came too soon (issue 14)
            wait = math.ceil(exc.seconds)
            self.message.show_error(f"推荐人查询过于频繁：请 {wait} 秒后再保存，未保存任何内容。")
        grow_to_fit(self)  # the messages take room: the notice keeps all its lines
        self._focus_first_error()

    def _focus_first_error(self) -> None:
        order = [
            ("phone", self.phone),
            ("same_customer_id", self.same),
            ("party_size", self.party_size),
            ("channel", self.channel),
            ("awareness", self.awareness),
            ("name", self.name),
            ("consent", self.consent),
            ("consultant_id", self.consultant),
            ("referrer_phone", self.referrer),
            ("note", self.note),
        ]
        for key, widget in order:
            if self.errors.message(key):
                widget.setFocus()
                return

    def tell_result(self) -> None:
        """After a save: say who receives the visitor, where the opener wants it said."""
        if self.tell is not None and self.visit_result is not None:
            self.tell(self.result_text())

    def result_text(self) -> str:
        """One line about the last save, for the page that opened the dialog."""
        done = self.visit_result
        if done is None:
            return ""
        who = "新客户" if done.created else "老客户"
        return f"已登记{who}{done.kind.label}，由 {done.consultant_name} 接待"


def _read_choices(session: Session, now: datetime) -> tuple[Options, list[Staff], Staff | None]:
    """The channels and awareness options, the consultants, and the rotation's next one."""
    from anjia_desk.services import customer_state, rotation

    options = customer_state.options(session)
    staff = customer_state.consultants(session)
    return options, staff, rotation.next_consultant_today(session, now=now)


def open_registration(
    ctx: AppContext,
    parent: QWidget | None = None,
    *,
    tell: Callable[[str], None] | None = None,
) -> RegistrationDialog:
    """Show the registration form without blocking; it deletes itself when closed. Once a visit
    is registered, `tell(text)` gives the receptionist who receives the visitor ("已登记新客户首访，
    由 李顾问 接待")."""
    dialog = RegistrationDialog(ctx, parent)
    dialog.tell = tell
    dialog.accepted.connect(dialog.tell_result)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    dialog.phone.setFocus()
    return dialog
