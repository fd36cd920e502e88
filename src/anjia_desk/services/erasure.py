"""Erasing a person (issue 14, DOMAIN §13): a deletion on request, a referred person who declines
and the retention job all come here, so no copy of the person is left outside the records the
law makes the office keep.

- The person's own record and every row about them: `customer_state.scrub_personal_data`.
- Other people's notes (visits, follow-ups, reasons, ledger lines, deal notes …) and the whole
  audit log lose the person's phone numbers, however they were written (138 0013 8000);
  a note that names the person is not changed blindly but listed for the site manager
  (`erasure_reviews`, a 工作台 to-do and the 个人信息 page).
- A person with a deal or a receipt keeps the buyer name, ID number and receipts (会计档案),
  is marked 已申请删除 and is left out of lists, exports and search except finance's. The
  mailing address on their deals (issue 16) is contact data, not an accounting record: it goes,
  as the phone does.
- Each erasure is logged by id (`erasure_log`); a restore re-applies the log of the database it
  replaces, so an older backup does not bring the person back.
- After the transaction commits the SQLite file is rewritten (db.file_scrub): neither the file
  nor its WAL keeps the old rows.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from typing import Any

from sqlalchemy import ColumnElement, delete, exists, or_, select, update
from sqlalchemy.orm import Session

from anjia_desk.core.errors import UserError
from anjia_desk.core.roles import Action, Role
from anjia_desk.db.file_scrub import scrub_file_after_commit
from anjia_desk.db.models import (
    AuditEntry,
    Customer,
    CustomerRelative,
    Deal,
    Dispute,
    DunningLetter,
    ErasureLog,
    ErasureReview,
    FollowUp,
    GradeChange,
    OwnershipChange,
    PhoneChange,
    QueueTicket,
    Receipt,
    ReferralPoint,
    Visit,
)
from anjia_desk.db.types import aware_utc
from anjia_desk.services import customer_state as cs
from anjia_desk.services.context import Actor
from anjia_desk.services.erasure_changes import forget_on_orders
from anjia_desk.services.erasure_complaints import forget_on_complaints
from anjia_desk.services.erasure_notes import NOTES

#: Why a person was erased (the log keeps the key).
KINDS: dict[str, str] = {
    "request": "应本人要求删除",
    "declined": "被推荐人拒绝联系",
    "retention": "超过保留期匿名化",
}
#: What a phone number in someone else's note becomes.
PHONE_GONE = "（号码已删除）"
#: A buyer's customer record once erased: 已申请删除 (the deal keeps the buyer's name).
KEPT_NAME = "（已申请删除）"
#: What a copy of an ID number becomes (the deal itself keeps it).
ID_GONE = "（证件号已删除）"
#: Names shorter than this are not looked for in other notes (one character matches anything).
MIN_NAME = 2
#: Placeholders that are no one's name.
NOT_A_NAME = frozenset({"", cs.ANONYMISED_NAME, KEPT_NAME, "未留名", "先生", "女士"})

_BY_TABLE = {model.__tablename__: (model, who, texts) for model, who, texts in NOTES}


def _digits(text: str | None) -> str:
    return re.sub(r"\D", "", (text or "").partition("转")[0])


#: Up to this many names and numbers, other notes are found by LIKE in SQL first; more (the
#: retention job's batches) and each note is read once and matched in Python instead.
PREFILTER_TERMS = 12


@dataclass(frozen=True)
class Identity:
    """What identifies a person (or the people of one batch) in text: names and phone numbers
    (digits only)."""

    names: tuple[str, ...]
    phones: tuple[str, ...]
    #: ID numbers as the deals show them (masked); the full ones are only ever encrypted.
    ids: tuple[str, ...] = ()

    @staticmethod
    def merge(people: Iterable[Identity]) -> Identity:
        listed = list(people)
        return Identity(
            names=tuple(sorted({n for p in listed for n in p.names})),
            phones=tuple(sorted({d for p in listed for d in p.phones})),
            ids=tuple(sorted({i for p in listed for i in p.ids})),
        )

    @cached_property
    def phone_regex(self) -> re.Pattern[str] | None:
        if not self.phones:
            return None
        numbers = "|".join(r"[\s\-.]?".join(map(re.escape, d)) for d in self.phones)
        return re.compile(rf"(?<!\d)(?:{numbers})(?!\d)")

    @cached_property
    def name_regex(self) -> re.Pattern[str] | None:
        if not self.names:
            return None
        return re.compile("|".join(map(re.escape, sorted(self.names, key=len, reverse=True))))

    def without_phones(self, text: str) -> str:
        regex = self.phone_regex
        return regex.sub(PHONE_GONE, text) if regex is not None and text else text

    def without_names(self, text: str) -> str:
        """The names (and ID numbers) replaced: for copies kept beside the accounting records."""
        for name in sorted(self.names, key=len, reverse=True):
            text = text.replace(name, cs.ANONYMISED_NAME)
        for number in self.ids:
            text = text.replace(number, ID_GONE)
        return text

    def mentions_name(self, text: str) -> bool:
        regex = self.name_regex
        return regex is not None and bool(text) and regex.search(text) is not None

    def prefilter(self, column: Any) -> ColumnElement[bool]:
        """Rows that may mention the person(s): LIKE on the numbers' last four digits and the
        names for a few people; any non-empty text for a batch (checked in Python after)."""
        if len(self.phones) + len(self.names) > PREFILTER_TERMS:
            filled: ColumnElement[bool] = column != ""
            return filled
        likes = [column.like(f"%{d[-4:]}%") for d in self.phones]
        likes += [column.like(f"%{name}%") for name in self.names]
        return or_(*likes)


def identity_of(session: Session, customer: Customer) -> Identity:
    """The person's name and every number they were known by (their former numbers too; their
    relatives' numbers are the relatives' own, and go only with the relatives' rows)."""
    cid = customer.id
    numbers: list[str | None] = [customer.phone, customer.phone_key]
    for old, new in session.execute(
        select(PhoneChange.old_phone, PhoneChange.new_phone).where(PhoneChange.customer_id == cid)
    ):
        numbers += [old, new]
    phones = {d for d in map(_digits, numbers) if len(d) >= 7}
    names = {customer.name.strip()}
    ids: set[str] = set()
    for buyer, masked in session.execute(
        select(Deal.buyer_name, Deal.buyer_id_masked).where(Deal.customer_id == cid)
    ):
        names.add(buyer.strip())
        ids.add(masked)
    kept = tuple(sorted(n for n in names if len(n) >= MIN_NAME and n not in NOT_A_NAME))
    return Identity(
        names=kept, phones=tuple(sorted(phones)), ids=tuple(sorted(i for i in ids if i))
    )


def sees_kept_records(actor: Actor) -> bool:
    """Finance (and the command line) still sees the deals and receipts of a person marked
    已申请删除; everyone else's lists, exports and searches leave them out."""
    return actor.is_system or Role.FINANCE in actor.roles


def keeps_accounts(session: Session, customer_id: int) -> bool:
    """True when deals or receipts of the customer are kept as accounting records."""
    return bool(
        session.scalar(
            select(
                or_(
                    exists().where(Deal.customer_id == customer_id),
                    exists().where(Receipt.customer_id == customer_id),
                )
            )
        )
    )


@dataclass
class Mentions:
    """Other rows that mention the person: (table, row id, owner, column → new text)."""

    phones: list[tuple[str, int, dict[str, str]]] = field(default_factory=list)
    names: list[tuple[str, int, int | None]] = field(default_factory=list)


def find_mentions(session: Session, erased: Collection[int], who: Identity) -> Mentions:
    """Every note of someone else (not one of `erased`) that holds the phone of a person
    erased (with the phone replaced) or names them (listed, not changed)."""
    found = Mentions()
    if not who.phones and not who.names:
        return found
    gone = set(erased)
    for model, owner_column, texts in NOTES:
        columns = [getattr(model, name) for name in texts]
        owner = getattr(model, owner_column) if owner_column else None
        query = select(model.id, owner if owner is not None else model.id, *columns).where(
            or_(*(who.prefilter(column) for column in columns))
        )
        referred = model is ReferralPoint  # the referred person's own line goes with them
        if referred:
            query = query.add_columns(model.referred_id)
        for row in session.execute(query.execution_options(yield_per=5_000)):
            row_id, row_owner = row[0], row[1]
            values = row[2 : 2 + len(texts)]
            if (owner is not None and row_owner in gone) or (referred and row[-1] in gone):
                continue
            changed = {}
            for name, value in zip(texts, values, strict=True):
                cleaned = who.without_phones(value or "")
                if cleaned != (value or ""):
                    changed[name] = cleaned
            if changed:
                found.phones.append((model.__tablename__, row_id, changed))
            if owner is not None and any(who.mentions_name(v or "") for v in values):
                found.names.append((model.__tablename__, row_id, row_owner))
    return found


#: Audit actions whose summary is what someone typed to find a customer (a settled search, a
#: 判客 lookup): a name typed there goes with the person, as the phone does everywhere.
TYPED_QUERIES = ("search", "lookup")


def _audit_lines(session: Session, who: Identity) -> list[tuple[int, str, str | None]]:
    if not who.phones and not who.names:
        return []
    conditions = [who.prefilter(AuditEntry.summary), who.prefilter(AuditEntry.reason)]
    query = select(AuditEntry.id, AuditEntry.action, AuditEntry.summary, AuditEntry.reason).where(
        or_(*conditions)
    )
    changed = []
    for entry_id, action, summary, reason in session.execute(
        query.execution_options(yield_per=5_000)
    ):
        new_summary = who.without_phones(summary or "")
        new_reason = who.without_phones(reason) if reason is not None else None
        if action in TYPED_QUERIES:
            new_summary = who.without_names(new_summary)
        if new_summary != (summary or "") or new_reason != reason:
            changed.append((entry_id, new_summary, new_reason))
    return changed


def _accounting_audit(session: Session, customer_id: int, who: Identity) -> None:
    """Audit lines of the kept deals, receipts and tickets keep their values (prices, amounts)
    but not the person's name: that stays on the deal and receipt rows themselves."""
    owned = {
        "deals": select(Deal.id).where(Deal.customer_id == customer_id),
        "receipts": select(Receipt.id).where(Receipt.customer_id == customer_id),
        "queue_tickets": select(QueueTicket.id).where(QueueTicket.customer_id == customer_id),
    }
    for entity, ids in owned.items():
        rows = session.execute(
            select(AuditEntry.id, AuditEntry.summary, AuditEntry.reason).where(
                AuditEntry.entity == entity, AuditEntry.entity_id.in_(ids)
            )
        )
        for entry_id, summary, reason in rows:
            clean = who.without_names(who.without_phones(summary or ""))
            clean_reason = who.without_names(reason) if reason else reason
            if clean != summary or clean_reason != reason:
                session.execute(
                    update(AuditEntry)
                    .where(AuditEntry.id == entry_id)
                    .values(summary=clean, reason=clean_reason)
                )


def _forget_addresses(session: Session, customer_id: int) -> None:
    """The mailing address and postcode on the person's deals (the audit log has only ever
    kept the address masked, core.address.mask_address)."""
    for deal in session.scalars(select(Deal).where(Deal.customer_id == customer_id)):
        deal.mailing_address = ""
        deal.mailing_postcode = ""


def _letters_without_address(session: Session, customer_id: int) -> None:
    """The dunning letters of the person's deals keep what they asked for (会计档案) but no
    longer where the buyer lives: the address leaves their frozen paper as it leaves the deal
    (a reprint then reads 当面递交)."""
    from anjia_desk.services.dunning_facts import without_address

    letters = session.scalars(
        select(DunningLetter).where(
            DunningLetter.deal_id.in_(select(Deal.id).where(Deal.customer_id == customer_id))
        )
    )
    for letter in letters:
        letter.facts = without_address(letter.facts)


@dataclass(frozen=True)
class ErasureResult:
    customer_id: int
    #: Deals or receipts are kept (会计档案): the person is marked 已申请删除.
    kept_for_accounts: bool
    #: Other people's notes and audit lines whose copy of the phone was removed.
    phones_removed: int
    #: Other people's notes that name the person, listed for the site manager.
    to_review: int


def erase(
    session: Session,
    customer: Customer,
    *,
    now: datetime | None,
    kind: str,
    log: bool = True,
    sweep: bool = True,
) -> ErasureResult:
    """Erase the person (the caller has checked who may, and audits the request). With
    `sweep=False` other people's notes are left for one `sweep_others` over a whole batch
    (the retention job): pass it `identity_of` the customer, taken before this call."""
    if kind not in KINDS:  # pragma: no cover - a programming error
        raise ValueError(kind)
    at = aware_utc(now)
    cid = customer.id
    who = identity_of(session, customer)
    accounts = keeps_accounts(session, cid)
    cs.scrub_personal_data(session, customer, now=at)
    if accounts:
        customer.name = KEPT_NAME  # what finance's deal list shows beside the buyer name
        customer.erasure_requested_at = at
        _forget_addresses(session, cid)
        _accounting_audit(session, cid, who)
        _letters_without_address(session, cid)
    forget_on_orders(session, cid, who)  # change orders (issue 17)
    forget_on_complaints(session, cid, who)  # their complaints and files (issue 18)
    if log:
        session.add(ErasureLog(customer_id=cid, erased_at=at, kind=kind))
    session.flush()
    removed, listed = sweep_others(session, {cid: who}) if sweep else (0, 0)
    scrub_file_after_commit(session)
    return ErasureResult(
        customer_id=cid, kept_for_accounts=accounts, phones_removed=removed, to_review=listed
    )


def sweep_others(session: Session, people: Mapping[int, Identity]) -> tuple[int, int]:
    """Other people's notes and the whole audit log lose the erased people's phones; notes
    naming them are listed for the site manager. Returns (copies removed, notes listed)."""
    who = Identity.merge(people.values())
    linked = _linked_as_relative(session, people.keys(), who)
    found = find_mentions(session, people.keys(), who)
    for table_name, row_id, values in found.phones:
        model = _BY_TABLE[table_name][0]
        session.execute(update(model).where(model.id == row_id).values(values))
    audit_lines = _audit_lines(session, who)
    for entry_id, summary, reason in audit_lines:
        session.execute(
            update(AuditEntry)
            .where(AuditEntry.id == entry_id)
            .values(summary=summary, reason=reason)
        )
    listed = [(t, r, o) for t, r, o in found.names if o is not None]
    for table_name, row_id, owner in listed:
        session.add(ErasureReview(customer_id=owner, source=table_name, row_id=row_id))
    session.flush()
    return len(found.phones) + len(audit_lines) + linked, len(listed)


def _linked_as_relative(session: Session, erased: Collection[int], who: Identity) -> int:
    """Another customer's relative who is the erased person (by number): the link goes, and its
    audit text with it. Returns how many links went."""
    keys = [d for d in who.phones if len(d) == 11]
    if not keys:
        return 0
    ids = list(
        session.scalars(
            select(CustomerRelative.id).where(
                CustomerRelative.phone_key.in_(keys), CustomerRelative.customer_id.not_in(erased)
            )
        )
    )
    if ids:
        session.execute(delete(CustomerRelative).where(CustomerRelative.id.in_(ids)))
        session.execute(
            update(AuditEntry)
            .where(AuditEntry.entity == "customer_relatives", AuditEntry.entity_id.in_(ids))
            .values(summary=cs.ERASED_SUMMARY)
        )
    return len(ids)


def clean_reason(session: Session, customer: Customer, reason: str) -> str:
    """A reason typed for the erasure, without the person's name or phone (call before erasing)."""
    who = identity_of(session, customer)
    return who.without_names(who.without_phones(reason))


# --- the log, re-applied after a restore


@dataclass(frozen=True)
class LogEntry:
    customer_id: int
    erased_at: datetime
    kind: str


def log_entries(session: Session) -> list[LogEntry]:
    rows = session.execute(
        select(ErasureLog.customer_id, ErasureLog.erased_at, ErasureLog.kind).order_by(
            ErasureLog.id
        )
    )
    return [LogEntry(r.customer_id, aware_utc(r.erased_at), r.kind) for r in rows]


def reapply_log(session: Session, entries: Sequence[LogEntry]) -> int:
    """Erase again, in this (restored) database, everyone the replaced database had erased, and
    keep their log entries. Returns how many people were erased again."""
    present = {(e.customer_id, e.erased_at) for e in log_entries(session)}
    again = 0
    for entry in entries:
        customer = session.get(Customer, entry.customer_id)
        if customer is not None and customer.anonymised_at is None:
            erase(session, customer, now=entry.erased_at, kind=entry.kind, log=False)
            again += 1
        if (entry.customer_id, entry.erased_at) not in present:
            session.add(
                ErasureLog(
                    customer_id=entry.customer_id, erased_at=entry.erased_at, kind=entry.kind
                )
            )
            present.add((entry.customer_id, entry.erased_at))
    session.flush()
    return again


# --- what an erasure will remove, shown before it is confirmed


@dataclass(frozen=True)
class ErasurePreview:
    """Counts per kind of what erasing the person removes, and what is kept (会计档案)."""

    customer_id: int
    visits: int
    follow_ups: int
    relatives: int
    #: Grade, phone, ownership and 撞单 reasons.
    reasons: int
    ledger_notes: int
    #: Other people's notes holding the person's phone: the number goes (audit copies are
    #: counted in audit_lines).
    phones_elsewhere: int
    #: Other people's notes naming the person: listed for the site manager, not changed.
    names_elsewhere: int
    audit_lines: int
    deals: int
    receipts: int

    def lines(self) -> list[str]:
        removed = [
            f"客户资料：姓名、手机号、生日、偏好和备注（含 {self.relatives} 位亲属）",
            f"到访 {self.visits} 条、跟进 {self.follow_ups} 条的备注和内容",
            f"等级、换号、归属和撞单的原因 {self.reasons} 条",
            f"推荐积分说明 {self.ledger_notes} 条",
            f"他人备注中的号码 {self.phones_elsewhere} 处（改为“{PHONE_GONE}”）",
            f"审计摘要 {self.audit_lines} 条（保留操作人、时间和记录编号）",
        ]
        if self.names_elsewhere:
            removed.append(
                f"他人备注中提到此人姓名 {self.names_elsewhere} 处："
                "不自动改动，列入工作台由案场经理复核"
            )
        if self.deals:
            removed.append(f"交易上登记的通讯地址和邮政编码（{self.deals} 笔交易）")
        if self.deals or self.receipts:
            removed.append(
                f"保留：交易 {self.deals} 笔、收据 {self.receipts} 张的买受人姓名、证件号和金额"
                "（会计档案），客户标记为“已申请删除”，仅财务可见"
            )
        return removed


def preview(session: Session, actor: Actor, customer_id: int) -> ErasurePreview:
    """What `erase` would remove for this customer, counted without changing anything."""
    actor.require(Action.DELETE_PERSONAL_DATA)
    customer = cs.get_customer(session, customer_id)
    if customer.anonymised_at is not None:
        raise UserError("这位客户的个人信息已经删除过了")
    who = identity_of(session, customer)
    own = _own_ids(session, customer_id)
    found = find_mentions(session, {customer_id}, who)
    entries = {entry_id for entry_id, _summary, _reason in _audit_lines(session, who)}
    for entity, ids in own.items():
        for start in range(0, len(ids), 500):
            entries |= set(
                session.scalars(
                    select(AuditEntry.id).where(
                        AuditEntry.entity == entity,
                        AuditEntry.entity_id.in_(ids[start : start + 500]),
                    )
                )
            )

    def count(model: Any) -> int:
        return len(own.get(model.__tablename__, []))

    return ErasurePreview(
        customer_id=customer_id,
        visits=count(Visit),
        follow_ups=count(FollowUp),
        relatives=count(CustomerRelative),
        reasons=sum(count(m) for m in (GradeChange, PhoneChange, OwnershipChange, Dispute)),
        ledger_notes=count(ReferralPoint),
        phones_elsewhere=len(found.phones),
        names_elsewhere=len(found.names),
        audit_lines=len(entries),
        deals=len(session.scalars(select(Deal.id).where(Deal.customer_id == customer_id)).all()),
        receipts=len(
            session.scalars(select(Receipt.id).where(Receipt.customer_id == customer_id)).all()
        ),
    )


def _own_ids(session: Session, customer_id: int) -> dict[str, list[int]]:
    """Ids of the person's own rows, per table (what the scrub blanks)."""
    own: dict[str, list[int]] = {
        "customers": [customer_id],
        "customer_relatives": list(
            session.scalars(
                select(CustomerRelative.id).where(CustomerRelative.customer_id == customer_id)
            )
        ),
    }
    for model, column, _texts in cs.OWN_TEXT:
        own[model.__tablename__] = list(
            session.scalars(select(model.id).where(getattr(model, column) == customer_id))
        )
    return own
