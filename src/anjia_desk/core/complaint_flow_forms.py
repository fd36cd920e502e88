"""The forms of a complaint's way from solution to closing (DOMAIN §9, issue 18): the solution
offered (with the investigation's finding and who is liable), the execution's plan (responsible
person, deadline, acceptance standard) and the return visit's ratings. Each a plain dataclass and
a pure validator returning `{field: message}` (the keys are the dialogs' field keys; a visit's
ratings are keyed by their VISIT_ITEMS key). What needs the database (the case's status, when it
was executed) is checked by the services.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from anjia_desk.core.complaint_kinds import VISIT_ITEMS, Solution, VisitWay
from anjia_desk.core.complaints import RATING_MAX, Liable

TEXT_MAX = 2000
EXECUTOR_MAX = 60
ACCEPTANCE_MAX = 300


def _long(errors: dict[str, str], key: str, text: str, most: int) -> None:
    if len(text.strip()) > most:
        errors[key] = f"不能超过{most}个字"


def _required(errors: dict[str, str], key: str, text: str, what: str, most: int) -> None:
    if not text.strip():
        errors[key] = f"请填写{what}"
    else:
        _long(errors, key, text, most)


# -- the solution -------------------------------------------------------------------------------


@dataclass(frozen=True)
class SolutionForm:
    """What 提交处理方案 sends: the option (维修/退房/换房/解释), what is offered in words, the
    investigation's finding and who is liable (when known)."""

    solution: Solution
    text: str
    finding: str = ""
    liable: Liable | None = None


def validate_solution(form: SolutionForm) -> dict[str, str]:
    """The solution needs its words; a 维修 with money or a 退房 on a ground names who is liable
    only when the investigation found it (optional)."""
    errors: dict[str, str] = {}
    if not isinstance(form.solution, Solution):
        errors["solution"] = "请选择处理方案"
    _required(errors, "text", form.text, "方案内容", TEXT_MAX)
    _long(errors, "finding", form.finding, TEXT_MAX)
    return errors


# -- the execution's plan ------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanForm:
    """安排执行: who is responsible (a name: engineering, the contractor, the butler…), by when,
    and the standard the work is accepted by."""

    executor: str
    due_on: date
    acceptance: str


def validate_plan(form: PlanForm, *, today: date) -> dict[str, str]:
    """The three are required; the deadline is not in the past (office date `today`)."""
    errors: dict[str, str] = {}
    _required(errors, "executor", form.executor, "执行责任人", EXECUTOR_MAX)
    _required(errors, "acceptance", form.acceptance, "验收标准", ACCEPTANCE_MAX)
    if form.due_on < today:
        errors["due_on"] = "执行期限不能早于今天"
    return errors


# -- the return visit ----------------------------------------------------------------------------


@dataclass(frozen=True)
class VisitForm:
    """登记回访: how the customer was reached, a 1–5 rating for each of VISIT_ITEMS (keyed by
    the item's key), the customer's words, and when (None for now)."""

    way: VisitWay
    ratings: dict[str, int] = field(default_factory=dict)
    comment: str = ""
    visited_at: datetime | None = None


def validate_visit(form: VisitForm, *, now: datetime) -> dict[str, str]:
    """Every item rated 1–5 (the message under the item's key), no unknown item, not in the
    future."""
    errors: dict[str, str] = {}
    if not isinstance(form.way, VisitWay):
        errors["way"] = "请选择回访方式"
    known = {key for key, _ in VISIT_ITEMS}
    for key, label in VISIT_ITEMS:
        value = form.ratings.get(key)
        if value is None:
            errors[key] = f"请为“{label}”评分"
        elif isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= RATING_MAX:
            errors[key] = f"“{label}”须为 1–{RATING_MAX} 分"
    unknown = sorted(set(form.ratings) - known)
    if unknown:
        errors["ratings"] = f"没有这些评分项：{'、'.join(unknown)}"
    _long(errors, "comment", form.comment, TEXT_MAX)
    if form.visited_at is not None and form.visited_at > now:
        errors["visited_at"] = "回访时间不能晚于现在"
    return errors


def ratings_in_order(form: VisitForm) -> list[int]:
    """The ratings in VISIT_ITEMS order (after validate_visit found none missing)."""
    return [form.ratings[key] for key, _ in VISIT_ITEMS]
