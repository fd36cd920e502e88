"""Erasing a person removes the files attached to their complaints (issue 18, DOMAIN §13),
called by services.erasure.erase (so a restore's re-applied log removes them too).

A complaint is the person's when its `customer_id` is theirs. Its files — their papers, photos
of their home, an inspection report about it — are deleted with their bytes; the audit lines of
those files (added, opened) keep who and when, not the file's name or caption. The case itself
stays (its history is the office's record); what people typed on it is swept as other notes
are (services.erasure_notes). After the erasure commits, the SQLite file is rewritten
(db.file_scrub), so the deleted bytes leave the file too.

Pure SQLAlchemy: the bytes are never loaded to delete them.
"""

from __future__ import annotations

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from anjia_desk.db.models import AuditEntry, Complaint, ComplaintFile
from anjia_desk.services.customer_state import ERASED_SUMMARY

#: Ids per statement (well below any engine's limit on bound parameters).
_CHUNK = 500


def forget_complaint_files(session: Session, customer_id: int) -> int:
    """Delete the files of the person's complaints and clear their audit text. Returns how
    many files went."""
    ids = list(
        session.scalars(
            select(ComplaintFile.id)
            .join(Complaint, Complaint.id == ComplaintFile.complaint_id)
            .where(Complaint.customer_id == customer_id)
            .order_by(ComplaintFile.id)
        )
    )
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        session.execute(delete(ComplaintFile).where(ComplaintFile.id.in_(chunk)))
        session.execute(
            update(AuditEntry)
            .where(
                AuditEntry.entity == ComplaintFile.__tablename__, AuditEntry.entity_id.in_(chunk)
            )
            .values(summary=ERASED_SUMMARY)
        )
    return len(ids)
