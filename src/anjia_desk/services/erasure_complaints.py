"""Erasing a person removes the files attached to their complaints and their name and phone
from the cases (issue 18, DOMAIN §13), called by services.erasure.erase (so a restore's
re-applied log removes them too).

A complaint is the person's when its `customer_id` is theirs. Its files — their papers, photos
of their home, an inspection report about it — are deleted with their bytes; the audit lines of
those files (added, opened) keep who and when, not the file's name or caption. The case itself
stays (its history is the office's record) with 投诉人 （已申请删除） and no phone; the audit lines
about the case lose the person's names and phones; what people typed on it is swept as other
notes are (services.erasure_notes). After the erasure commits, the SQLite file is rewritten
(db.file_scrub), so the deleted bytes leave the file too.

Pure SQLAlchemy: the bytes are never loaded to delete them.
"""

from __future__ import annotations

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from anjia_desk.db.models import AuditEntry, Complaint, ComplaintFile
from anjia_desk.services.customer_state import ERASED_SUMMARY
from anjia_desk.services.erasure_changes import Who

#: What 投诉人 reads on an erased person's case.
WHO_GONE = "（已申请删除）"

#: Ids per statement (well below any engine's limit on bound parameters).
_CHUNK = 500


def forget_on_complaints(session: Session, customer_id: int, who: Who) -> int:
    """The person's cases: 投诉人 and phone cleared, the cases' audit lines without the
    person's names and phones, the files deleted. Returns how many files went."""
    own = list(
        session.scalars(
            select(Complaint.id).where(Complaint.customer_id == customer_id).order_by(Complaint.id)
        )
    )
    for start in range(0, len(own), _CHUNK):
        chunk = own[start : start + _CHUNK]
        session.execute(
            update(Complaint).where(Complaint.id.in_(chunk)).values(who=WHO_GONE, contact_phone="")
        )
        rows = session.execute(
            select(AuditEntry.id, AuditEntry.summary, AuditEntry.reason).where(
                AuditEntry.entity == Complaint.__tablename__, AuditEntry.entity_id.in_(chunk)
            )
        )
        for entry_id, summary, reason in rows:
            clean = who.without_names(who.without_phones(summary or ""))
            clean_reason = who.without_names(who.without_phones(reason)) if reason else reason
            if clean != summary or clean_reason != reason:
                session.execute(
                    update(AuditEntry)
                    .where(AuditEntry.id == entry_id)
                    .values(summary=clean, reason=clean_reason)
                )
    return forget_complaint_files(session, customer_id)


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
