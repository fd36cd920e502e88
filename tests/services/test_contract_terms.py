"""The deal's contract terms (issue 17): 认购 copies the office's breach penalty onto the deal;
签约 records the terms as signed — or keeps those of 认购 — and refuses terms out of bounds."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from anjia_desk.core.deal_forms import ContractTerms
from anjia_desk.core.deals import Stage
from anjia_desk.core.errors import ValidationError
from anjia_desk.core.refund_money import BreachBase
from anjia_desk.services import deal_queries, deal_steps, settings
from anjia_desk.services.context import Actor
from tests.services.change_helpers import NOW, TODAY, Site, make_staff, subscribe


@pytest.fixture
def staff(session: Session) -> dict[str, Actor]:
    return make_staff(session)


@pytest.fixture
def site(session: Session, staff: dict[str, Actor]) -> Site:
    return Site(session, staff)


def test_subscribe_copies_the_offices_breach_penalty(
    session: Session, staff: dict[str, Actor], site: Site
) -> None:
    first = subscribe(session, staff["c1"], site.units[0], site.customer)
    assert (first.breach_base, first.breach_pct, first.breach_clause_no) == (
        BreachBase.PRICE,
        Decimal("5"),
        "第十条",
    )
    assert first.refund_rate is None and first.area_clause_pct is None
    assert first.title_due_on is None and first.arbitration is False
    settings.update_settings(
        session,
        staff["mgr"],
        {
            "deals.breach_base": "已到期应付款",
            "deals.breach_pct": "8",
            "deals.breach_clause_no": "第十二条",
        },
    )
    second = subscribe(session, staff["c1"], site.units[1], site.customer)
    assert (second.breach_base, second.breach_pct, second.breach_clause_no) == (
        BreachBase.DUE,
        Decimal("8"),
        "第十二条",
    )
    # A deal keeps what it was signed up with.
    assert first.breach_pct == Decimal("5")


def test_signing_records_the_contracts_terms(
    session: Session, staff: dict[str, Actor], site: Site
) -> None:
    deal = subscribe(session, staff["c1"], site.units[0], site.customer)
    terms = ContractTerms(
        breach_base=BreachBase.DUE,
        breach_pct=Decimal("10"),
        breach_clause_no="第十一条",
        refund_rate=Decimal("3.45"),
        area_clause_pct=Decimal("2"),
        title_due_on=date(2028, 6, 30),
        arbitration=True,
    )
    deal_steps.sign_contract(
        session,
        staff["sec"],
        deal.id,
        contract_no="HT-1",
        netsign_no="WQ-1",
        terms=terms,
        version=deal.version,
        now=NOW,
    )
    assert deal.stage == Stage.SIGNED
    assert deal_queries.contract_terms(deal) == terms
    detail = deal_queries.deal_detail(session, staff["sec"], deal.id, now=NOW)
    assert detail.terms == terms


def test_signing_without_terms_keeps_those_of_subscription(
    session: Session, staff: dict[str, Actor], site: Site
) -> None:
    deal = subscribe(session, staff["c1"], site.units[0], site.customer)
    before = deal_queries.contract_terms(deal)
    deal_steps.sign_contract(
        session,
        staff["sec"],
        deal.id,
        contract_no="HT-1",
        netsign_no="WQ-1",
        version=deal.version,
        now=NOW,
    )
    assert deal_queries.contract_terms(deal) == before


def test_terms_out_of_bounds_refuse_the_signing(
    session: Session, staff: dict[str, Actor], site: Site
) -> None:
    deal = subscribe(session, staff["c1"], site.units[0], site.customer)
    with pytest.raises(ValidationError) as refused:
        deal_steps.sign_contract(
            session,
            staff["sec"],
            deal.id,
            contract_no="HT-1",
            netsign_no="WQ-1",
            terms=ContractTerms(breach_pct=Decimal("50"), title_due_on=TODAY - timedelta(days=1)),
            version=deal.version,
            now=NOW,
        )
    assert set(refused.value.fields) == {"breach_pct", "title_due_on"}
    assert deal.stage == Stage.SUBSCRIBED and deal.breach_pct == Decimal("5")


def test_the_thank_you_cards_words_are_the_offices_setting(session: Session) -> None:
    from anjia_desk.core.settings_changes import DEFAULT_THANKS
    from anjia_desk.services.papers import thanks

    assert thanks.thanks_text(session) == DEFAULT_THANKS == thanks.DEFAULT_THANKS
    words = "感谢您的信任，期待与您再次相逢。"
    settings.update_settings(session, Actor.system(), {"changes.thanks_text": words})
    assert thanks.thanks_text(session) == words
