"""风险告知书 (issue 18, prevention; 商品房销售管理办法 第三十一条): what the buyer should know at
认购 — the differences between the show flat and what is delivered, item by item (the setting
complaints.showflat_differences), and what no one at the office can promise (complaints.
no_promises) — printed for the buyer's signature and recorded on the deal.

The facts are frozen on the deal (`Deal.risk_notice_facts`, versioned JSON) at the first print,
so every reprint is the same paper whatever the settings say later. The notice waives nothing:
definite promises in the office's own advertising stay binding (SPC interpretation Art. 3), and
a signed notice never closes a complaint by itself — a 承诺-type complaint shows whether it was
signed, as a fact (`signed_at`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from anjia_desk.core.errors import UserError, ValidationError
from anjia_desk.core.roles import Action
from anjia_desk.db.models import Deal
from anjia_desk.db.types import aware_utc
from anjia_desk.services import lookups
from anjia_desk.services.context import Actor
from anjia_desk.services.deal_queries import require_own_deal
from anjia_desk.services.papers.common import unit_parts
from anjia_desk.services.settings import get_list, get_settings, office_zone

#: The layout of the stored JSON; a reader that meets a newer one refuses rather than guess.
FACTS_VERSION = 1
LETTERHEAD_FIELDS = ("company", "project", "address", "phone")


@dataclass(frozen=True)
class NoticeFacts:
    """What a deal's 风险告知书 says, as first printed (plain values, already Chinese)."""

    deal_id: int
    project: str
    unit: str
    buyer_name: str
    buyer_id_masked: str
    subscribed_on: date
    showflat: tuple[str, ...]
    no_promises: tuple[str, ...]
    letterhead: dict[str, str]
    #: The first print's moment (UTC): every reprint carries the same 打印时间.
    printed_at: datetime | None = None

    def to_json(self) -> str:
        data: dict[str, Any] = {
            "v": FACTS_VERSION,
            "deal_id": self.deal_id,
            "project": self.project,
            "unit": self.unit,
            "buyer_name": self.buyer_name,
            "buyer_id_masked": self.buyer_id_masked,
            "subscribed_on": self.subscribed_on.isoformat(),
            "showflat": list(self.showflat),
            "no_promises": list(self.no_promises),
            "letterhead": {key: self.letterhead.get(key, "") for key in LETTERHEAD_FIELDS},
            "printed_at": self.printed_at.isoformat() if self.printed_at else None,
        }
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> NoticeFacts:
        data = json.loads(text)
        version = data.get("v")
        if version != FACTS_VERSION:
            raise ValueError(f"风险告知书的打印内容格式（第 {version} 版）无法识别，请升级本软件")
        letterhead = data.get("letterhead") or {}
        return cls(
            deal_id=int(data["deal_id"]),
            project=str(data["project"]),
            unit=str(data["unit"]),
            buyer_name=str(data["buyer_name"]),
            buyer_id_masked=str(data.get("buyer_id_masked", "")),
            subscribed_on=date.fromisoformat(data["subscribed_on"]),
            showflat=tuple(str(item) for item in data.get("showflat", [])),
            no_promises=tuple(str(item) for item in data.get("no_promises", [])),
            letterhead={key: str(letterhead.get(key, "")) for key in LETTERHEAD_FIELDS},
            printed_at=(
                datetime.fromisoformat(data["printed_at"]) if data.get("printed_at") else None
            ),
        )


def current_facts(session: Session, deal: Deal) -> NoticeFacts:
    """The facts as they would be printed now: the deal, the unit, the settings' lists."""
    unit, building, project = unit_parts(session, deal.unit_id)
    values = get_settings(session)
    return NoticeFacts(
        deal_id=deal.id,
        project=project.name,
        unit=f"{building.name}{unit.stairwell}{unit.room}",
        buyer_name=deal.buyer_name,
        buyer_id_masked=deal.buyer_id_masked,
        subscribed_on=aware_utc(deal.subscribed_at).astimezone(office_zone(session)).date(),
        showflat=tuple(str(item) for item in get_list(session, "complaints.showflat_differences")),
        no_promises=tuple(str(item) for item in get_list(session, "complaints.no_promises")),
        letterhead={
            key: str(values.get(f"letterhead.{key}", "")).strip() for key in LETTERHEAD_FIELDS
        },
    )


def freeze(session: Session, deal: Deal, now: datetime | None = None) -> NoticeFacts:
    """The notice's facts: stored on the deal at the first print (with its moment), read back on
    every reprint."""
    if deal.risk_notice_facts:
        return NoticeFacts.from_json(deal.risk_notice_facts)
    facts = replace(current_facts(session, deal), printed_at=aware_utc(now))
    deal.risk_notice_facts = facts.to_json()
    return facts


@dataclass(frozen=True)
class NoticeState:
    """The deal window's line about the notice."""

    printed: bool
    signed_at: datetime | None
    #: The person may print it and record the signature (SUBSCRIBE, on a deal they reach).
    may_record: bool

    @property
    def text(self) -> str:
        if self.signed_at is not None:
            return "风险告知书：买受人已签署"
        return "风险告知书：已打印，待买受人签署" if self.printed else "风险告知书：尚未打印"


def _reach(session: Session, actor: Actor, deal_id: int) -> Deal:
    actor.require(Action.VIEW_DEALS)
    deal = lookups.deal(session, deal_id)
    require_own_deal(actor, deal.consultant_id)
    return deal


def notice_state(session: Session, actor: Actor, deal_id: int) -> NoticeState:
    deal = _reach(session, actor, deal_id)
    return NoticeState(
        printed=bool(deal.risk_notice_facts),
        signed_at=deal.risk_notice_at,
        may_record=actor.can(Action.SUBSCRIBE) and deal.cancelled_at is None,
    )


def record_signed(
    session: Session, actor: Actor, deal_id: int, *, signed_at: datetime, now: datetime
) -> None:
    """The buyer signed the printed notice at `signed_at` (not in the future). Once."""
    actor.require(Action.SUBSCRIBE)
    deal = _reach(session, actor, deal_id)
    if deal.cancelled_at is not None:
        raise UserError("这笔交易已取消，不能再登记风险告知书")
    if not deal.risk_notice_facts:
        raise UserError("请先打印风险告知书，由买受人签署后再登记")
    if deal.risk_notice_at is not None:
        raise UserError("这笔交易的风险告知书已登记签署")
    signed = aware_utc(signed_at)
    if signed > aware_utc(now):
        raise ValidationError({"signed_at": "签署时间不能晚于现在"})
    deal.risk_notice_at = signed
    session.flush()
