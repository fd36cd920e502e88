"""The complaint window's dialogs from the solution to the return visit (issue 18): the solution
(its option, what is offered, the investigation's finding and who is liable), the execution's
plan (who, by when, the acceptance standard), the day the 满意度确认单 was signed, the return
visit (four items rated 1–5, the way, the customer's words — the satisfaction share computed as
the ratings are chosen, with the 80% rule said), and 生成变更单 (the change-order request of
ui/changes/request_dialog.py, its kind fixed by the solution, filed through
services.complaint_solution.open_change). Each checks its fields with the validator of
core/complaint_flow_forms.py (messages beside the fields) and writes with the case's version."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QButtonGroup, QComboBox, QHBoxLayout, QLabel, QRadioButton, QWidget

from anjia_desk.core.changes import ChangeKind, kind_for_stage
from anjia_desk.core.complaint_flow_forms import (
    PlanForm,
    SolutionForm,
    VisitForm,
    validate_plan,
    validate_solution,
    validate_visit,
)
from anjia_desk.core.complaint_kinds import VISIT_ITEMS, Solution, VisitWay
from anjia_desk.core.complaints import RATING_MAX, SATISFIED, Liable, satisfaction
from anjia_desk.core.errors import ValidationError
from anjia_desk.ui import ops, palette
from anjia_desk.ui.changes.request_dialog import DealRef, RequestDialog
from anjia_desk.ui.complaints.detail_tables import percent
from anjia_desk.ui.complaints.dialogs import CaseRef, text_edit
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.dunning.dialogs import date_edit, day_of
from anjia_desk.ui.fields import hint_label
from anjia_desk.ui.forms import FormDialog, Saved, line_edit

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.context import Actor


class SolutionDialog(FormDialog):
    """提交处理方案: the option, what is offered, the finding and who is liable (未认定 allowed);
    legal and finance then review it."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None, case: CaseRef, *, finding: str = ""
    ) -> None:
        super().__init__(
            ctx,
            parent,
            f"提交处理方案 — {case.code}",
            "提交审核",
            "方案提交后由法务、财务分别审核；任何一方退回，须修改后重新提交。退房只能依据法定"
            "情形，不得承诺法律以外的条件。",
        )
        self.setMinimumWidth(560)
        self.case = case
        self.solution = QComboBox()
        for option in Solution:
            self.solution.addItem(option.label, option.value)
        if case.solution is not None:
            self.solution.setCurrentIndex(self.solution.findData(case.solution.value))
        self.text = text_edit("具体方案：维修内容、赔偿/补偿、兑现的承诺……", 90)
        self.finding = text_edit("调查结论：原因与依据", 70)
        self.finding.setPlainText(finding)
        self.liable = QComboBox()
        self.liable.addItem("未认定", None)
        for liable in Liable:
            self.liable.addItem(liable.label, liable.value)
        self.change_hint = hint_label("")
        self.add("处理方案：", self.solution, "solution")
        self.add("", self.change_hint, "change")
        self.add("方案内容：", self.text, "text")
        self.add("调查结论：", self.finding, "finding")
        self.add("责任方：", self.liable, "liable")
        self.solution.currentIndexChanged.connect(self._chosen)
        self._chosen()
        self.text.setFocus()

    def solution_value(self) -> Solution:
        return Solution(str(self.solution.currentData()))

    def _chosen(self, *_args: object) -> None:
        opens = self.solution_value().opens_change
        self.change_hint.setText("审核通过后须生成变更单（退房/换房）。" if opens else "")
        self.change_hint.setVisible(opens)

    def values(self) -> SolutionForm:
        data = self.liable.currentData()
        return SolutionForm(
            self.solution_value(),
            self.text.toPlainText().strip(),
            self.finding.toPlainText().strip(),
            Liable(str(data)) if data else None,
        )

    def save(self) -> ops.Work[Saved]:
        from anjia_desk.services.complaint_solution import propose

        form = self.values()
        errors = validate_solution(form)
        if errors:
            raise ValidationError(errors)
        case, now = self.case, self.ctx.clock()

        def work(session: Session, actor: Actor) -> Saved:
            propose(session, actor, case.id, form, version=case.version, now=now)
            return Saved(f"{case.code} 的处理方案已提交，待法务、财务审核。")

        return work


class PlanDialog(FormDialog):
    """安排执行: the responsible person, the deadline and the acceptance standard."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, case: CaseRef) -> None:
        super().__init__(
            ctx,
            parent,
            f"安排执行 — {case.code}",
            "保存",
            "明确执行责任人、完成期限和验收标准；执行完成后 3 个工作日内回访。",
        )
        self.case = case
        self.executor = line_edit(60, "如 工程部 李工 / 施工单位 / 物业管家")
        self.due_on = date_edit(case.today, minimum=case.today)
        self.acceptance = text_edit("如 重新铺贴后敲击无空鼓，客户现场验收签字", 70)
        self.add("执行责任人：", self.executor, "executor")
        self.add("完成期限：", self.due_on, "due_on")
        self.add("验收标准：", self.acceptance, "acceptance")
        self.executor.setFocus()

    def values(self) -> PlanForm:
        return PlanForm(
            self.executor.text().strip(),
            day_of(self.due_on),
            self.acceptance.toPlainText().strip(),
        )

    def save(self) -> ops.Work[Saved]:
        from anjia_desk.services.complaint_solution import plan_execution

        form = self.values()
        errors = validate_plan(form, today=self.case.today)
        if errors:
            raise ValidationError(errors)
        case, now = self.case, self.ctx.clock()

        def work(session: Session, actor: Actor) -> Saved:
            plan_execution(session, actor, case.id, form, version=case.version, now=now)
            return Saved(f"{case.code} 已安排执行：{form.executor}，{form.due_on} 前完成。")

        return work


class SignedDialog(FormDialog):
    """登记满意度确认单签字: the day the customer signed it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, case: CaseRef) -> None:
        super().__init__(
            ctx,
            parent,
            f"满意度确认单签字 — {case.code}",
            "保存",
            "客户在满意度确认单上签字的日期（确认单不放弃客户的任何法定权利）。",
        )
        self.case = case
        self.signed_on = date_edit(case.today, maximum=case.today)
        self.add("签字日期：", self.signed_on, "signed_on")

    def save(self) -> ops.Work[Saved]:
        from anjia_desk.services.complaint_close import record_signed

        signed_on = day_of(self.signed_on)
        case, now = self.case, self.ctx.clock()

        def work(session: Session, actor: Actor) -> Saved:
            record_signed(
                session, actor, case.id, signed_on=signed_on, version=case.version, now=now
            )
            return Saved(f"{case.code} 已登记满意度确认单签字（{signed_on}）。")

        return work


class RatingRow(QWidget):
    """One rated item: 1 … 5 as radio buttons; `value()` None until one is chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        for score in range(1, RATING_MAX + 1):
            button = QRadioButton(str(score))
            self.group.addButton(button, score)
            row.addWidget(button)
        row.addStretch(1)

    def value(self) -> int | None:
        chosen = self.group.checkedId()
        return chosen if chosen > 0 else None

    def set_value(self, score: int) -> None:
        button = self.group.button(score)
        if button is not None:
            button.setChecked(True)


class VisitDialog(FormDialog):
    """登记回访: the way, a 1–5 rating for each item (`ratings[key]`), the customer's words;
    `share_label` says the satisfaction share as the ratings are chosen and what it leads to
    (办结 at 80% or more, another round below)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, case: CaseRef, round_: int) -> None:
        super().__init__(
            ctx,
            parent,
            f"登记回访 — {case.code}（第 {round_} 轮）",
            "保存回访",
            f"每项 1–{RATING_MAX} 分，满意度 = 平均分 ÷ {RATING_MAX}。达到 {percent(SATISFIED)} "
            "方可办结；未达到将开启下一轮处理。",
        )
        self.case = case
        self.way = QComboBox()
        for way in VisitWay:
            self.way.addItem(way.label, way.value)
        self.add("回访方式：", self.way, "way")
        self.ratings: dict[str, RatingRow] = {}
        for key, label in VISIT_ITEMS:
            row = RatingRow()
            row.group.idClicked.connect(self._rated)
            self.ratings[key] = row
            self.add(f"{label}：", row, key)
        self.comment = text_edit("客户的原话、意见和建议", 70)
        self.add("客户意见：", self.comment, "comment")
        self.share_label = QLabel()
        self.share_label.setWordWrap(True)
        self.add("满意度：", self.share_label, "share")
        self._rated()

    def values(self) -> VisitForm:
        ratings = {key: v for key, row in self.ratings.items() if (v := row.value()) is not None}
        return VisitForm(
            VisitWay(str(self.way.currentData())), ratings, self.comment.toPlainText().strip()
        )

    def share(self) -> str:
        """The share as typed so far ("" until every item is rated)."""
        form = self.values()
        if len(form.ratings) < len(VISIT_ITEMS):
            return ""
        return percent(satisfaction(form.ratings[key] for key, _ in VISIT_ITEMS))

    def _rated(self, *_args: object) -> None:
        form = self.values()
        left = len(VISIT_ITEMS) - len(form.ratings)
        if left:
            self.share_label.setText(f"还有 {left} 项未评分")
            self.share_label.setStyleSheet(f"color:{palette.HINT};")
            return
        score = satisfaction(form.ratings[key] for key, _ in VISIT_ITEMS)
        if score >= SATISFIED:
            self.share_label.setText(f"{percent(score)}：达到 {percent(SATISFIED)}，可以办结")
            self.share_label.setStyleSheet(f"color:{palette.OK};font-weight:bold;")
        else:
            self.share_label.setText(
                f"{percent(score)}：未达 {percent(SATISFIED)}，保存后开启下一轮处理"
            )
            self.share_label.setStyleSheet(f"color:{palette.ERROR};font-weight:bold;")

    def save(self) -> ops.Work[Saved]:
        from anjia_desk.services.complaint_close import record_visit

        form = self.values()
        now = self.ctx.clock()
        errors = validate_visit(form, now=now)
        if errors:
            raise ValidationError(errors)
        case, share = self.case, self.share()

        def work(session: Session, actor: Actor) -> Saved:
            record_visit(session, actor, case.id, form, version=case.version, now=now)
            return Saved(f"{case.code} 已登记回访，满意度 {share}。")

        return work


class ComplaintChangeDialog(RequestDialog):
    """生成变更单: the change-order request on the case's deal, its kind fixed by the solution
    (换房, or 退定/退房 on a statutory ground), filed through complaint_solution.open_change —
    the order is linked to the case and its window opens."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None, case: CaseRef, deal: DealRef
    ) -> None:
        super().__init__(ctx, parent, deal)
        self.case = case
        kind = ChangeKind.SWAP if case.solution is Solution.SWAP else kind_for_stage(deal.signed)
        self.setWindowTitle(f"生成变更单 — {case.code}（{kind.label}）")
        self.ok_button.setText("生成变更单")
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(kind.label, kind.value)
        self.kind.blockSignals(False)
        self._kind_changed()
        self.kind.setEnabled(False)

    def save(self) -> ops.Work[Saved]:
        from anjia_desk.core.change_forms import validate_request
        from anjia_desk.services.complaint_solution import open_change

        form = self.values()
        now = self.ctx.clock()
        errors = validate_request(form, now=now, today=self.today, relations=self.start.relations)
        if errors:
            raise ValidationError(errors)
        case = self.case

        def work(session: Session, actor: Actor) -> Saved:
            order_id = open_change(session, actor, case.id, form, now=now)
            return Saved(f"{case.code} 已生成{form.kind.label}变更单。", order_id)

        return work
