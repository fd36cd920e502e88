"""services/topics.py: every table has a topic; a restore is every topic."""

from anjia_desk.db import models  # noqa: F401 - registers every table
from anjia_desk.db.base import Base
from anjia_desk.services.topics import (
    BACKUP_FILES,
    TABLE_TOPICS,
    WHOLE_DATABASE,
    Topic,
    topics_for,
)


def test_every_table_has_a_topic() -> None:
    tables = set(Base.metadata.tables)
    # The change log (issue 15) is about the other tables, not a view of its own.
    assert tables - TABLE_TOPICS.keys() == {"change_log"}
    assert topics_for(["change_log"]) == frozenset()
    assert TABLE_TOPICS.keys() - tables == {BACKUP_FILES}


def test_every_topic_is_reachable() -> None:
    assert set(TABLE_TOPICS.values()) == set(Topic)


def test_topics_for() -> None:
    assert topics_for([]) == frozenset()
    assert topics_for(["deals", "installments", "receipts"]) == {Topic.DEALS, Topic.RECEIPTS}
    assert topics_for(["alembic_version"]) == frozenset()
    assert topics_for([BACKUP_FILES]) == {Topic.BACKUPS}
    assert topics_for([WHOLE_DATABASE]) == frozenset(Topic)


def test_an_unknown_table_reloads_everything(caplog) -> None:
    assert topics_for(["not_a_table"]) == frozenset(Topic)
    assert "not_a_table" in caplog.text
