"""Erasing a person clears what change orders hold about them (issue 17, DOMAIN §13), called by
services.erasure.erase (so a restore's re-applied log clears it too):

- On the person's own orders (their deals): what people typed (ChangeOrder.TYPED_TEXTS — the
  real reason, the talk, the review, the reasons, the tags …) and the steps' notes go. The
  money, dates and who did what stay (the order is the deal's record, like the deal itself).
- On any order, the 更名's old buyer or new buyer who is the person — by a name of theirs; a
  new buyer on someone else's order only when the masked ID number matches too (a namesake is
  not the person) — loses the name, and the new buyer the ID number (masked and encrypted).
- The audit lines of the orders touched keep who and when and the figures, not the person's
  name, ID number or phone (as the deal's and receipt's lines do); on the person's own orders
  they lose the typed texts' values and the reasons typed with an action too.

Pure SQLAlchemy; the identity is passed in (services.erasure.Identity), so this module does not
import services.erasure.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Protocol

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from anjia_desk.db.models import AuditEntry, ChangeOrder, ChangeOrderStep
from anjia_desk.services.customer_state import ERASED_SUMMARY

#: What a cleared buyer name on a change order reads.
NAME_GONE = "（已删除）"
#: The typed texts' blank value (tags is a JSON list).
_BLANK = {name: ("[]" if name == "tags" else "") for name in ChangeOrder.TYPED_TEXTS}
_LABELS = ChangeOrder.__audit_labels__
#: The audit text's labels of what people type, and of the buyers' name and ID.
_TYPED_LABELS = tuple(
    _LABELS[name]
    for name in (
        *ChangeOrder.TYPED_TEXTS,
        "old_buyer_name",
        "new_buyer_name",
        "new_buyer_id_masked",
    )
)
_ALL_LABELS = tuple(_LABELS.values())


class Who(Protocol):
    """What services.erasure.Identity offers (the person's names, masked ID numbers, and
    the text without their names or phones)."""

    @property
    def names(self) -> tuple[str, ...]: ...

    @property
    def ids(self) -> tuple[str, ...]: ...

    def without_phones(self, text: str) -> str: ...

    def without_names(self, text: str) -> str: ...


def forget_on_orders(session: Session, customer_id: int, who: Who) -> int:
    """Clear the person's data on change orders (see the module). Returns the orders touched."""
    own = set(session.scalars(select(ChangeOrder.id).where(ChangeOrder.customer_id == customer_id)))
    if own:
        session.execute(update(ChangeOrder).where(ChangeOrder.id.in_(own)).values(_BLANK))
        session.execute(
            update(ChangeOrderStep).where(ChangeOrderStep.order_id.in_(own)).values(note="")
        )
    touched = set(own)
    names = [name for name in who.names if name]
    if names:
        touched |= _buyers_cleared(session, own, names, [i for i in who.ids if i])
    if touched:
        _audit_without_person(session, sorted(touched), own, who)
    session.flush()
    return len(touched)


def _buyers_cleared(
    session: Session, own: Collection[int], names: list[str], ids: list[str]
) -> set[int]:
    """The 更名 buyers who are the person: by name on their own orders, by name and masked ID
    on others'."""
    rows = session.execute(
        select(
            ChangeOrder.id,
            ChangeOrder.old_buyer_name,
            ChangeOrder.new_buyer_name,
            ChangeOrder.new_buyer_id_masked,
        ).where(or_(ChangeOrder.old_buyer_name.in_(names), ChangeOrder.new_buyer_name.in_(names)))
    )
    touched: set[int] = set()
    for order_id, old_name, new_name, new_id in rows:
        values: dict[str, str] = {}
        mine = order_id in own
        if old_name in names and mine:
            values["old_buyer_name"] = NAME_GONE
        if new_name in names and (mine or (new_id and new_id in ids)):
            values.update(new_buyer_name=NAME_GONE, new_buyer_id_masked="", new_buyer_id_cipher="")
        if values:
            session.execute(update(ChangeOrder).where(ChangeOrder.id == order_id).values(values))
            touched.add(order_id)
    return touched


def _audit_without_person(
    session: Session, order_ids: list[int], own: Collection[int], who: Who
) -> None:
    for start in range(0, len(order_ids), 500):
        chunk = order_ids[start : start + 500]
        rows = session.execute(
            select(
                AuditEntry.id, AuditEntry.entity_id, AuditEntry.summary, AuditEntry.reason
            ).where(AuditEntry.entity == ChangeOrder.__tablename__, AuditEntry.entity_id.in_(chunk))
        )
        for entry_id, order_id, summary, reason in rows:
            clean = who.without_names(who.without_phones(summary or ""))
            clean_reason = who.without_names(who.without_phones(reason)) if reason else reason
            if order_id in own:
                clean = without_typed(clean)
                clean_reason = ERASED_SUMMARY if reason else reason
            if clean != summary or clean_reason != reason:
                session.execute(
                    update(AuditEntry)
                    .where(AuditEntry.id == entry_id)
                    .values(summary=clean, reason=clean_reason)
                )


def without_typed(summary: str) -> str:
    """An order's audit text with the values of its typed texts (and buyer names) cleared: a
    part `label=…` or `label：… → …` of one of them keeps its label only; a typed value that
    held a `；` loses its tail too (up to the next part naming a column)."""
    parts = summary.split("；")
    out: list[str] = []
    skipping = False
    for part in parts:
        label = next((lab for lab in _ALL_LABELS if part.startswith((f"{lab}=", f"{lab}："))), None)
        if label is None:
            if not skipping:
                out.append(part)
            continue
        skipping = label in _TYPED_LABELS
        out.append(f"{label}：{ERASED_SUMMARY}" if skipping else part)
    return "；".join(out)
