"""The buyer's mailing address (通讯地址) and postcode on a deal (issue 16): who sees it in full,
who may change it, and the change itself. Dunning letters go to this address, to the buyer by
name (DOMAIN §7); it is personal data (DOMAIN §13): masked for those who may not see it
(core.address.mask_address), in the audit log only masked, in the exports masked with the
phones, printed in the person's full record and erased with the person (services.erasure)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from anjia_desk.core.address import (
    address_problems,
    clean_address,
    clean_postcode,
    mask_address,
)
from anjia_desk.core.errors import PermissionDenied, UserError, ValidationError
from anjia_desk.core.roles import PERMISSIONS, Action, Role
from anjia_desk.db.models import Customer, Deal
from anjia_desk.services import lookups
from anjia_desk.services.context import Actor

#: Who reads the address in full whatever the deal: those who print and send the letters
#: (Action.DUNNING: the secretary, the site manager, finance and the administrator).
ADDRESS_ROLES: frozenset[Role] = PERMISSIONS[Action.DUNNING]
#: Who may change it on any deal (the deal's own consultant may on theirs).
EDIT_ACTION = Action.SIGN_CONTRACTS  # the sales secretary and the site manager


def may_see_address(actor: Actor, *, owner_id: int | None, consultant_id: int | None) -> bool:
    """The full address: ADDRESS_ROLES, the customer's owner and the deal's own consultant (who
    took it down at 认购 and makes the dunning calls); everyone else reads it masked."""
    if actor.is_system or actor.roles & ADDRESS_ROLES:
        return True
    return actor.user_id is not None and actor.user_id in (owner_id, consultant_id)


def may_edit_address(actor: Actor, *, consultant_id: int | None) -> bool:
    """The sales secretary, the site manager, and the deal's own consultant."""
    if actor.can(EDIT_ACTION):
        return True
    return actor.can(Action.SUBSCRIBE) and (
        actor.user_id is not None and actor.user_id == consultant_id
    )


def shown_address(actor: Actor, deal: Deal, *, owner_id: int | None) -> tuple[str, bool]:
    """The deal's address as this actor may read it, and whether it is masked."""
    if may_see_address(actor, owner_id=owner_id, consultant_id=deal.consultant_id):
        return deal.mailing_address, False
    return mask_address(deal.mailing_address), bool(deal.mailing_address)


def set_mailing_address(
    session: Session,
    actor: Actor,
    deal_id: int,
    address: str,
    postcode: str,
    *,
    version: int | None = None,
    now: datetime | None = None,
) -> None:
    """Record (or correct, or clear) the buyer's mailing address and postcode on the deal.
    ConflictError when `version` is given and the deal was saved since; the change is audited
    (the address masked) like every change of a deal."""
    del now  # the audit stamps the time; kept for the services' common signature
    deal = lookups.deal(session, deal_id, version)
    if not may_edit_address(actor, consultant_id=deal.consultant_id):
        raise PermissionDenied("只有销售秘书、案场经理和该交易的置业顾问可以修改通讯地址")
    customer = session.get(Customer, deal.customer_id)
    if customer is not None and customer.anonymised_at is not None:
        raise UserError("这位客户的个人信息已删除，不能再登记通讯地址")
    errors = address_problems(address, postcode)
    if errors:
        raise ValidationError(errors)
    deal.mailing_address = clean_address(address)
    deal.mailing_postcode = clean_postcode(postcode)
    session.flush()
