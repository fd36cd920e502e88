"""The demo's dunning story (issue 16): letters at every stage issued through the services on
past days, some delivered and signed for, a formal demand signed for, one blocked deal, one
promised date, a loan chase — and on the demo's day letters due at stages 1, 3 and 6."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from anjia_desk.core import passwords
from anjia_desk.core.dunning import DEMAND, CallOutcome, Delivery, block_covers
from anjia_desk.core.roles import Role
from anjia_desk.db.engine import open_database
from anjia_desk.db.models import Deal, DunningBlock, DunningCall, DunningLetter, User
from anjia_desk.services import dunning, dunning_due, workbench
from anjia_desk.services.context import Actor
from anjia_desk.services.demo import create_demo
from anjia_desk.services.dunning_facts import LetterFacts
from anjia_desk.services.workbench_base import TodoKind

NOW = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai
TODAY = NOW.date()
COUNT = 400


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    saved, passwords._N = passwords._N, 2**10
    try:
        database = open_database(str(tmp_path_factory.mktemp("dunning") / "demo.db"))
        result = create_demo(database, seed=4, customers=COUNT, now=NOW)
        yield database, result
        database.close()
    finally:
        passwords._N = saved


def test_letters_due_on_the_demos_day_at_stages_1_3_and_6(demo) -> None:
    database, _result = demo
    with database.sessions() as s:
        board = dunning.due_board(s, Actor.system(), day=TODAY, now=NOW)
        due = {row.stage for row in board.rows if row.issued_id is None}
        assert {1, 3, DEMAND} <= due
        assert not [row for row in board.rows if row.issued_id is not None]


def test_the_history_has_every_stage_deliveries_and_a_void(demo) -> None:
    database, result = demo
    with database.sessions() as s:
        letters = list(s.scalars(select(DunningLetter).order_by(DunningLetter.id)))
        assert {letter.stage for letter in letters} == set(range(7))
        assert all(letter.letter_on < TODAY for letter in letters)
        numbers = [letter.number for letter in letters]
        assert numbers == list(range(1, len(letters) + 1))  # gap-free, the voided one kept
        voided = [letter for letter in letters if letter.voided_at is not None]
        assert len(voided) == 1 and voided[0].void_reason
        ways = Counter(letter.delivery for letter in letters if letter.voided_at is None)
        assert ways[Delivery.IN_PERSON] and ways[Delivery.COURIER] and ways[Delivery.REGISTERED]
        posted = [letter for letter in letters if letter.delivery.needs_number]
        assert all(letter.tracking_no for letter in posted)
        assert any(letter.signed_on is not None for letter in posted)
        assert sum(letter.reprints for letter in letters) == 1
        assert result.deals.letters == len(letters)
        assert "催款函" in result.deals.summary()


def test_one_formal_demand_signed_for(demo) -> None:
    database, _result = demo
    with database.sessions() as s:
        [demand] = s.scalars(select(DunningLetter).where(DunningLetter.stage == DEMAND))
        assert demand.signed_on is not None and demand.signed_on >= demand.letter_on
        assert demand.delivery is Delivery.COURIER
        assert LetterFacts.from_json(demand.facts).pay_by is not None


def test_one_block_and_one_promise_pause_their_deals(demo) -> None:
    database, _result = demo
    with database.sessions() as s:
        blocks = list(s.scalars(select(DunningBlock)))
        assert len(blocks) == 1
        [block] = blocks
        assert block_covers(block.starts_on, block.ends_on, block.lifted_on, TODAY)
        promises = list(
            s.scalars(select(DunningCall).where(DunningCall.outcome == CallOutcome.PROMISED))
        )
        assert len(promises) == 1 and promises[0].promised_on >= TODAY
        paused = dunning_due.paused_deals(s, TODAY)
        assert paused == {block.deal_id, promises[0].deal_id}
        # Both were dunned before the pause.
        dunned = set(s.scalars(select(DunningLetter.deal_id)))
        assert {block.deal_id, promises[0].deal_id} <= dunned


def test_mailing_addresses_and_the_managers_to_dos(demo) -> None:
    database, _result = demo
    with database.sessions() as s:
        with_address = s.scalar(select(func.count()).where(Deal.mailing_address != ""))
        without = s.scalar(select(func.count()).where(Deal.mailing_address == ""))
        assert with_address and without
        manager = s.scalars(select(User).where(User.username == "jingli")).one()
        actor = Actor(
            manager.id, manager.username, manager.display_name, frozenset({Role.SITE_MANAGER})
        )
        todo = workbench.todo_for(s, actor, now=NOW)
        assert todo.counts[TodoKind.LOAN_CHASE] >= 1
        assert todo.counts[TodoKind.DEMAND_DATES] == 1
        assert todo.counts[TodoKind.DUNNING_CALL] >= 1
