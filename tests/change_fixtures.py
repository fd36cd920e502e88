"""Change orders (issue 17) built directly with the models, for the export, to-do and erasure
tests: each test then reads them through the code under test, independent of the services that
file and move orders."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from anjia_desk.core.changes import ChangeKind, ChangeStatus
from anjia_desk.core.deals import Stage
from anjia_desk.db.models import ChangeOrder, Deal

REQUESTED = datetime(2026, 3, 9, 2, 0, tzinfo=UTC)  # 03-09 10:00 office time


def add_order(
    session: Session,
    deal: Deal,
    kind: ChangeKind = ChangeKind.UNSUBSCRIBE,
    status: ChangeStatus = ChangeStatus.TALK,
    **fields: Any,
) -> ChangeOrder:
    """An order on `deal`, numbered next in its project, requested at REQUESTED unless told."""
    number = session.scalar(
        select(func.coalesce(func.max(ChangeOrder.number), 0)).where(
            ChangeOrder.project_id == deal.project_id
        )
    )
    values: dict[str, Any] = {
        "requested_at": REQUESTED,
        "stage_at_request": Stage(deal.stage),
    }
    values.update(fields)
    order = ChangeOrder(
        project_id=deal.project_id,
        deal_id=deal.id,
        customer_id=deal.customer_id,
        number=int(number or 0) + 1,
        kind=kind,
        status=status,
        **values,
    )
    session.add(order)
    session.flush()
    return order
