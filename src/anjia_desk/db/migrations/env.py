"""Alembic environment: runs on the connection the app hands over (see db/migrate.py)."""

from __future__ import annotations

from alembic import context

from anjia_desk.db import models  # noqa: F401 - registers the tables on the metadata
from anjia_desk.db.base import Base
from anjia_desk.db.migrate import render_item

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: batch mode rebuilds the table
    compare_type=True,
    render_item=render_item,
)
with context.begin_transaction():
    context.run_migrations()
