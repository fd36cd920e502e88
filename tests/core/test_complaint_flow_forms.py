"""core.complaint_flow_forms (issue 18): the solution, the execution's plan and the return
visit's ratings, each validated to {field: message}; and the CLOSE rule's words after a visit
below 80% (core.complaint_actions)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from anjia_desk.core.complaint_actions import (
    ComplaintAction,
    ComplaintFacts,
    ComplaintWho,
    complaint_actions,
)
from anjia_desk.core.complaint_flow_forms import (
    PlanForm,
    SolutionForm,
    VisitForm,
    ratings_in_order,
    validate_plan,
    validate_solution,
    validate_visit,
)
from anjia_desk.core.complaint_kinds import ComplaintStatus, Solution, VisitWay
from anjia_desk.core.complaints import Channel, Liable, satisfaction
from anjia_desk.core.roles import Action, Role

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 11, 0)
FULL = {"speed": 5, "attitude": 4, "result": 4, "overall": 3}


def test_a_solution_needs_its_words() -> None:
    assert validate_solution(SolutionForm(Solution.REPAIR, "更换密封胶", "", Liable.COMPANY)) == {}
    assert validate_solution(SolutionForm(Solution.EXPLAIN, "  ")) == {"text": "请填写方案内容"}
    long = SolutionForm(Solution.CANCEL, "退房", "查" * 2001)
    assert validate_solution(long) == {"finding": "不能超过2000个字"}
    assert "solution" in validate_solution(SolutionForm("repair", "x"))  # type: ignore[arg-type]


def test_a_plan_needs_who_by_when_and_the_standard() -> None:
    assert validate_plan(PlanForm("李工", TODAY, "淋水无渗漏"), today=TODAY) == {}
    errors = validate_plan(PlanForm(" ", date(2026, 11, 22), ""), today=TODAY)
    assert errors == {
        "executor": "请填写执行责任人",
        "acceptance": "请填写验收标准",
        "due_on": "执行期限不能早于今天",
    }
    assert validate_plan(PlanForm("李" * 61, TODAY, "x" * 301), today=TODAY) == {
        "executor": "不能超过60个字",
        "acceptance": "不能超过300个字",
    }


def test_a_visit_rates_every_item_from_one_to_five() -> None:
    form = VisitForm(VisitWay.PHONE, FULL, "满意", visited_at=NOW)
    assert validate_visit(form, now=NOW) == {}
    assert ratings_in_order(form) == [5, 4, 4, 3]
    assert satisfaction(ratings_in_order(form)) == Decimal("0.80")
    errors = validate_visit(
        VisitForm(VisitWay.VISIT, {"speed": 0, "attitude": True, "extra": 3}), now=NOW
    )  # type: ignore[dict-item]
    assert errors == {
        "speed": "“响应速度”须为 1–5 分",
        "attitude": "“服务态度”须为 1–5 分",
        "result": "请为“处理结果”评分",
        "overall": "请为“总体评价”评分",
        "ratings": "没有这些评分项：extra",
    }
    future = VisitForm(VisitWay.ONLINE, FULL, visited_at=datetime(2026, 11, 23, 12, 0))
    assert validate_visit(future, now=NOW) == {"visited_at": "回访时间不能晚于现在"}
    assert "way" in validate_visit(VisitForm("call", FULL), now=NOW)  # type: ignore[arg-type]


def _facts(**kw: object) -> ComplaintFacts:
    base: dict[str, object] = dict(
        status=ComplaintStatus.EXECUTING, channel=Channel.ON_SITE, responded=True, answered=True,
        paused=False, solution=Solution.REPAIR, legal_done=True, finance_done=True,
        has_deal=False, change_order=False, planned=True, visits_this_round=0, last_score=None,
        visits=0,
    )  # fmt: skip
    base.update(kw)
    return ComplaintFacts(**base)  # type: ignore[arg-type]


MANAGER = ComplaintWho(
    can=frozenset({Action.HANDLE_COMPLAINTS, Action.CLOSE_UNSATISFIED}),
    roles=frozenset({Role.SITE_MANAGER}),
)


@pytest.mark.parametrize(
    ("facts", "why"),
    [
        # Round 1 in execution, never visited: the visit comes first.
        (_facts(), "回访之后才能办结"),
        # A visit at 70% opened round 2: the window says why, not "visit first".
        (_facts(last_score=Decimal("0.70"), visits=1), "上次回访满意度未达 80%"),
        # Round 2 executed, waiting for its own visit.
        (
            _facts(status=ComplaintStatus.VISIT, last_score=Decimal("0.70"), visits=1),
            "回访之后才能办结",
        ),
        # Round 2 visited at 90%: may close.
        (
            _facts(
                status=ComplaintStatus.VISIT,
                last_score=Decimal("0.90"),
                visits=2,
                visits_this_round=1,
            ),
            "",
        ),
    ],
)
def test_close_says_why_not_after_a_visit_below_80(facts: ComplaintFacts, why: str) -> None:
    permit = complaint_actions(facts, MANAGER)[ComplaintAction.CLOSE]
    assert permit.why_not.startswith(why) if why else permit.allowed
    below = facts.last_score is not None and facts.last_score < Decimal("0.80")
    assert complaint_actions(facts, MANAGER)[ComplaintAction.CLOSE_UNSATISFIED].allowed is below
