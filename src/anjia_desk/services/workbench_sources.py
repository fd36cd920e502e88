"""The 工作台's built-in to-do sources, in the order the list shows them. A feature adds its
source (a services.workbench_base.TodoSource) by writing its module and adding it here."""

from __future__ import annotations

from anjia_desk.services import (
    change_todos,
    complaint_todos,
    customer_todos,
    deal_todos,
    dunning_todos,
    erasure_review,
    lookup_todos,
    preinspection_todos,
    report_todos,
)
from anjia_desk.services.workbench_base import TodoSource

BUILT_IN: tuple[TodoSource, ...] = (
    *customer_todos.SOURCES,
    *deal_todos.SOURCES,
    *lookup_todos.SOURCES,
    *erasure_review.SOURCES,
    *dunning_todos.SOURCES,
    *change_todos.SOURCES,
    *complaint_todos.SOURCES,
    *preinspection_todos.SOURCES,
    *report_todos.SOURCES,
)
