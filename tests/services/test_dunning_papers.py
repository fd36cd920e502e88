"""services.papers.dunning: the letters printed from their frozen facts (a reprint is the same
bytes, counted and audited as a reprint), a voided letter refused, a later day's preview writing
nothing, envelopes and the 交寄清单 for the letters that go by post."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from anjia_desk.core.deals import Nature
from anjia_desk.core.errors import UserError
from anjia_desk.db.models import AuditEntry, DunningLetter
from anjia_desk.pdf.fonts import cjk_font
from anjia_desk.services import dunning_actions as actions
from anjia_desk.services.dunning import issue_letters
from anjia_desk.services.papers.dunning import (
    envelopes_pdf,
    letters_pdf,
    mailing_list_pdf,
    preview_pdf,
)
from anjia_desk.services.settings import update_settings
from tests.pdf.pdfcheck import assert_sound, read_pdf
from tests.services.test_dunning import (  # noqa: F401 (the fixture)
    NOW,
    TODAY,
    Office,
    deal_owing,
    office_fixture,
)


def test_reprint_is_the_same_paper_and_is_counted(session: Session, office: Office) -> None:
    deal_owing(session, office, 0, (Nature.DOWN, "首付款", 80, "123456.78"))
    ids = issue_letters(session, office.secretary, None, day=TODAY, now=NOW)
    first = letters_pdf(session, office.secretary, ids, now=NOW)
    # The letterhead changes afterwards: the letter was issued under the old one.
    update_settings(session, office.secretary.__class__.system(), {"letterhead.company": "新公司"})
    later = NOW + timedelta(days=3)
    again = letters_pdf(session, office.secretary, ids, reprint=True, now=later)
    assert first == again
    letter = session.get(DunningLetter, ids[0])
    assert letter is not None and letter.reprints == 1
    facts = read_pdf(first)
    assert_sound(facts, cjk_font())
    assert len(facts.pages) == 1
    assert "买受人0" in facts.text and "壹拾贰万叁仟肆佰伍拾陆元柒角捌分" in facts.text
    actions_ = [
        e.action
        for e in session.scalars(select(AuditEntry).where(AuditEntry.entity == "dunning_letters"))
    ]
    assert "reprint" in actions_ and "print" in actions_


def test_a_voided_letter_is_not_printed(session: Session, office: Office) -> None:
    deal_owing(session, office, 0, (Nature.DOWN, "首付款", 3, "100000.00"))
    ids = issue_letters(session, office.secretary, None, day=TODAY, now=NOW)
    actions.void_letter(session, office.secretary, ids[0], "打印机卡纸", now=NOW)
    with pytest.raises(UserError, match="作废"):
        letters_pdf(session, office.secretary, ids, now=NOW)


def test_preview_of_a_later_day_writes_no_letter(session: Session, office: Office) -> None:
    deal_owing(session, office, 0, (Nature.DOWN, "首付款", 3, "100000.00"))
    data = preview_pdf(session, office.secretary, TODAY + timedelta(days=30), None, now=NOW)
    assert data is not None and "预览" in read_pdf(data).text
    assert session.scalar(select(func.count()).select_from(DunningLetter)) == 0
    assert preview_pdf(session, office.secretary, TODAY - timedelta(days=30), None, now=NOW) is None


def test_envelopes_and_mailing_list_only_for_letters_with_an_address(
    session: Session, office: Office
) -> None:
    posted = deal_owing(session, office, 0, (Nature.DOWN, "首付款", 3, "100000.00"))
    by_hand = deal_owing(session, office, 1, (Nature.DOWN, "首付款", 4, "100000.00"))
    by_hand.mailing_address, by_hand.mailing_postcode = "", ""
    session.flush()
    ids = issue_letters(session, office.secretary, None, day=TODAY, now=NOW)
    envelopes = read_pdf(envelopes_pdf(session, office.secretary, ids))
    assert len(envelopes.pages) == 1 and "200120" in "".join(envelopes.text.split())
    assert "买受人0" in envelopes.text
    listing = read_pdf(mailing_list_pdf(session, office.secretary, ids, now=NOW))
    assert "交寄清单" in listing.text and "买受人0" in listing.text
    assert "买受人1" not in listing.text
    hand_only = [i for i in ids if session.get(DunningLetter, i).deal_id == by_hand.id]  # type: ignore[union-attr]
    with pytest.raises(UserError, match="当面递交"):
        envelopes_pdf(session, office.secretary, hand_only)
    assert posted.id


def test_envelopes_are_audited_against_the_letters_they_are_for(
    session: Session, office: Office
) -> None:
    """A voided letter among those chosen: each envelope's audit line names its own letter."""
    for index in range(3):
        deal_owing(session, office, index, (Nature.DOWN, "首付款", 3 + index, "100000.00"))
    ids = issue_letters(session, office.secretary, None, day=TODAY, now=NOW)
    actions.void_letter(session, office.secretary, ids[0], "打印机卡纸", now=NOW)
    envelopes_pdf(session, office.secretary, ids)
    lines = session.execute(
        select(AuditEntry.entity_id, AuditEntry.summary).where(
            AuditEntry.entity == "dunning_letters", AuditEntry.summary.like("信封%")
        )
    ).all()
    codes = {
        letter.id: f"信封 CK-{letter.number:06d}"
        for letter in session.scalars(select(DunningLetter))
    }
    assert sorted(lines) == sorted((lid, codes[lid]) for lid in ids[1:])
