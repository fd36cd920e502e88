"""The thank-you card (感谢卡) of a change order: the office's own words (the setting
`changes.thanks_text`; until that setting exists, DEFAULT_THANKS), priority notice of future
releases (老客户优先通知) and the gift recorded on the order. Never a unit or a price."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from anjia_desk.core.change_actions import ChangeAction
from anjia_desk.db.models import Customer
from anjia_desk.db.types import aware_utc
from anjia_desk.services import audit
from anjia_desk.services.change_brief import de_identified
from anjia_desk.services.context import Actor
from anjia_desk.services.papers.change_common import load_order, require_paper, write_same
from anjia_desk.services.papers.common import letterhead_from_settings, office_time
from anjia_desk.services.settings import get_settings

if TYPE_CHECKING:  # reportlab is imported on first use, not when the app starts
    from anjia_desk.pdf.thanks_card import ThanksCard

THANKS_KEY = "changes.thanks_text"
#: The words when the office has not written its own (the setting `changes.thanks_text`).
DEFAULT_THANKS = (
    "感谢您在选房、购房过程中给予我们的信任与耐心。这一次未能与您走到最后，我们深感遗憾，"
    "也由衷感谢您一路以来的理解与支持。"
)


def thanks_text(session: Session) -> str:
    """The office's words, or the default when none are set."""
    value = get_settings(session).get(THANKS_KEY)
    text = str(value).strip() if value is not None else ""
    return text or DEFAULT_THANKS


def print_thanks(
    session: Session, actor: Actor, order_id: int, out: Path, *, now: datetime | None = None
) -> Path:
    """The 感谢卡 of a change order. Audited ("print", thanks_card)."""
    moment = aware_utc(now)
    papers = load_order(session, actor, order_id)
    require_paper(session, actor, papers, ChangeAction.PRINT_THANKS, now=moment)
    customer = session.get(Customer, papers.order.customer_id)
    name = (customer.name if customer is not None else "") or papers.deal.buyer_name
    shown = de_identified(name, customer.gender if customer is not None else "")
    letterhead = letterhead_from_settings(session)
    printed = office_time(session, moment)
    card = _card(
        greeting=f"尊敬的{shown}",
        text=thanks_text(session),
        gift=papers.order.gift.strip(),
        sender=letterhead.company or letterhead.project or papers.project,
        day=f"{printed.year}年{printed.month}月{printed.day}日",
    )
    return write_same(
        session,
        card,
        out,
        printed_at=printed,
        letterhead=letterhead,
        audited=lambda: audit.record(
            session, actor, "print", "thanks_card", papers.order.id,
            f"感谢卡 {papers.code}（{shown}）",
        ),
    )  # fmt: skip


def _card(*, greeting: str, text: str, gift: str, sender: str, day: str) -> ThanksCard:
    from anjia_desk.pdf.thanks_card import ThanksCard

    return ThanksCard(greeting=greeting, text=text, gift=gift, sender=sender, day=day)
