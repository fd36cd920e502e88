"""Numbers issued in sequence per project — receipts (收据), queue tickets (认筹/排号), and those
later issues add (催款函, 退款凭证, 变更单): unique and gap-free however many PCs issue them at
once (issue 15).

`next_number` locks the project's row (db.locking) and then reads the highest number used: two
writers of the same project take their numbers one after the other, and the second sees the first
one's. The number is only taken inside the transaction that stores it: a unit of work that is
rolled back (refused, failed) leaves no gap, since nothing of it was committed; a number that
was stored stays used (a voided receipt or ticket keeps its number). Nobody is asked to submit
again because a number was taken meanwhile.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from anjia_desk.db.locking import lock_row
from anjia_desk.db.models import Project
from anjia_desk.services.lookups import not_found


def next_number(session: Session, number: InstrumentedAttribute[int], project_id: int) -> int:
    """The next number of `number` (a model's number column, whose table has `project_id`) in
    the project: one more than the highest one used. Holds the project's row until the
    transaction ends — store the number in the same transaction."""
    if lock_row(session, Project, project_id) is None:
        raise not_found(Project, project_id)
    table: Any = number.class_.__table__
    highest = session.scalar(select(func.max(number)).where(table.c.project_id == project_id))
    return int(highest or 0) + 1
