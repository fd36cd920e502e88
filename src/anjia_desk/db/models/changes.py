"""The change log (issue 15): one row per committed unit of work that wrote something, naming the
tables it wrote, so that the windows on the other PCs of the office refresh their views within
seconds (db.change_log writes and reads it; ui.change_feed polls it). Not audited, no topic: it
is bookkeeping about the other tables, pruned by its writers as it grows."""

from __future__ import annotations

from sqlalchemy import Column, Integer, String, Table, Text

from anjia_desk.db.base import Base
from anjia_desk.db.types import UTCDateTime, utcnow

change_log = Table(
    "change_log",
    Base.metadata,
    # Ids only grow: SQLite hands out the largest id plus one, and pruning keeps the newest rows.
    Column("id", Integer, primary_key=True),
    #: The names of the tables the commit wrote, sorted, comma-separated.
    Column("tables", Text, nullable=False),
    #: Which open database (a window, a command) committed it: a window skips its own changes.
    Column("origin", String(32), nullable=False),
    Column("created_at", UTCDateTime(timezone=True), nullable=False, default=utcnow),
)
