"""idkey: the key that encrypts buyers' ID numbers leaves the database (issue 14)

Until now the AES key sat in the internal setting `ids.key`, beside the numbers it seals: a copied
database file opened every ID number. This migration moves it into this PC's key file (the user
data directory, one file per database id, mode 0600; see db/id_key_store.py), stores only a check
value (`ids.key_check`) and deletes `ids.key`.

Why the migration writes the key file itself, rather than leaving it to a start-up step of the
app: the key is never anywhere but in the database or in the file. The file is written (and
flushed to disk) before the row is deleted, inside the upgrade's transaction; should the upgrade
fail after that, the row comes back with the transaction and the file holds the same key. The
copy kept before an upgrade is not relied on (it is encrypted and pruned on the backup schedule).

A database that has no id yet gets one here (`database.id`, as backups carry it). Should this PC
already hold a different key under that id (two copies of one file that each made their own key),
the database gets a new id, so neither key is lost or overwritten.

Revision ID: 0009_idkey
Revises: 0008_import_speed
Create Date: 2026-12-06 12:00:00
"""

from __future__ import annotations

import base64
import json
import uuid

import sqlalchemy as sa
from alembic import op

from anjia_desk.db import id_key_store
from anjia_desk.db.types import UTCDateTime, utcnow

revision = "0009_idkey"
down_revision = "0008_import_speed"
branch_labels = None
depends_on = None

settings = sa.table(
    "settings",
    sa.column("id", sa.Integer()),
    sa.column("key", sa.String(80)),
    sa.column("value", sa.Text()),
    sa.column("version", sa.Integer()),
    sa.column("created_at", UTCDateTime(timezone=True)),
    sa.column("updated_at", UTCDateTime(timezone=True)),
)


def _get(connection: sa.Connection, key: str) -> str | None:
    value = connection.execute(sa.select(settings.c.value).where(settings.c.key == key)).scalar()
    return None if value is None else str(json.loads(value))


def _put(connection: sa.Connection, key: str, value: str) -> None:
    encoded, now = json.dumps(value), utcnow()
    if _get(connection, key) is None:
        connection.execute(
            sa.insert(settings).values(
                key=key, value=encoded, version=1, created_at=now, updated_at=now
            )
        )
    else:
        connection.execute(
            sa.update(settings)
            .where(settings.c.key == key)
            .values(value=encoded, updated_at=now, version=settings.c.version + 1)
        )


def upgrade() -> None:
    connection = op.get_bind()
    stored = _get(connection, id_key_store.LEGACY_KEY_SETTING)
    if stored is None:
        return  # no ID number was ever sealed: a key is made when the first one is
    key = base64.b64decode(stored)
    database_id = _get(connection, id_key_store.DATABASE_ID_SETTING)
    if database_id is not None:
        current = id_key_store.read_key(database_id)
        if current is not None and current != key:
            database_id = None  # another database's key under this id: this one gets a new id
    if database_id is None:
        database_id = str(uuid.uuid4())
        _put(connection, id_key_store.DATABASE_ID_SETTING, database_id)
    id_key_store.write_key(database_id, key)
    if id_key_store.read_key(database_id) != key:  # pragma: no cover - a disk that lies
        raise RuntimeError("the ID key file does not read back")
    _put(connection, id_key_store.KEY_CHECK_SETTING, id_key_store.key_check(key))
    if connection.dialect.name == "sqlite":  # the deleted row's bytes are zeroed, not left
        connection.exec_driver_sql("PRAGMA secure_delete = ON")
    connection.execute(sa.delete(settings).where(settings.c.key == id_key_store.LEGACY_KEY_SETTING))


def downgrade() -> None:
    connection = op.get_bind()
    database_id = _get(connection, id_key_store.DATABASE_ID_SETTING)
    key = None if database_id is None else id_key_store.read_key(database_id)
    if key is not None:
        _put(connection, id_key_store.LEGACY_KEY_SETTING, base64.b64encode(key).decode("ascii"))
    connection.execute(sa.delete(settings).where(settings.c.key == id_key_store.KEY_CHECK_SETTING))
