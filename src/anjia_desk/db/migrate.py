"""Alembic, driven from the app: imported only when the schema needs an upgrade."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from anjia_desk.db.types import StrEnumType

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def run_upgrade(engine: Engine, revision: str = "head") -> None:
    config = alembic_config()
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            from anjia_desk.db.server import lock_for_migration

            lock_for_migration(connection)  # two PCs starting a new version: one migrates
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def script_revisions() -> list[str]:
    """Revision ids of the migration scripts, oldest first."""
    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def render_item(kind: str, obj: Any, _context: Any) -> str | Literal[False]:
    """Autogenerate's rendering hook: an enum column is a plain VARCHAR in a migration script (the
    scripts never import the enums); everything else renders as Alembic would."""
    if kind == "type" and isinstance(obj, StrEnumType):
        return f"sa.String(length={obj.length})"
    return False
