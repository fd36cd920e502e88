"""Databases on the tests' throwaway PostgreSQL cluster ($ANJIA_TEST_PG, issue 15).

Each pytest worker migrates one template database once; each test gets a copy of it
(`CREATE DATABASE … TEMPLATE`, a few tens of milliseconds) and drops it afterwards.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
from sqlalchemy.engine import make_url

from anjia_desk.db.engine import open_database

_counter = itertools.count(1)
_template: str | None = None


def admin_url() -> str:
    url = os.environ.get("ANJIA_TEST_PG", "")
    if not url:
        raise RuntimeError("ANJIA_TEST_PG is not set: no PostgreSQL cluster for the tests")
    return url


def _worker() -> str:
    return os.environ.get("PYTEST_XDIST_WORKER", "main").replace("-", "_")


def _conninfo(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def url_of(name: str) -> str:
    """The URL of database `name` on the tests' cluster."""
    return make_url(admin_url()).set(database=name).render_as_string(hide_password=False)


def admin(sql: str) -> None:
    """Run one statement as the cluster's superuser, outside a transaction."""
    with psycopg.connect(_conninfo(admin_url()), autocommit=True) as conn:
        conn.execute(sql)


def empty_database(prefix: str = "t") -> str:
    """A new, empty database (no schema); its URL."""
    name = f"anjia_{prefix}_{_worker()}_{os.getpid()}_{next(_counter)}"
    admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0")
    return url_of(name)


def fresh_database() -> str:
    """A new database with the app's current schema (copied from this worker's template)."""
    global _template
    if _template is None:
        url = empty_database("tpl")
        open_database(url).close()
        _template = make_url(url).database
    name = f"anjia_t_{_worker()}_{os.getpid()}_{next(_counter)}"
    admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin(f'CREATE DATABASE "{name}" TEMPLATE "{_template}" STRATEGY FILE_COPY')
    return url_of(name)


def drop_database(url: str) -> None:
    admin(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)')


@contextmanager
def office_roles(prefix: str) -> Iterator[tuple[str, str, str]]:
    """An owner role with a database of its own (empty) and an everyday app role with no rights
    yet: (the owner's URL, the app role's URL, the app role's name). All dropped afterwards."""
    suffix = os.getpid()
    owner, app = f"{prefix}_owner_{suffix}", f"{prefix}_app_{suffix}"
    name = f"{prefix}_office_{suffix}"
    admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    for role in (owner, app):
        admin(f'DROP ROLE IF EXISTS "{role}"')
        admin(f'CREATE ROLE "{role}" LOGIN')
    admin(f'CREATE DATABASE "{name}" OWNER "{owner}" ENCODING \'UTF8\' TEMPLATE template0')
    base = make_url(url_of(name))
    try:
        yield (
            base.set(username=owner).render_as_string(hide_password=False),
            base.set(username=app).render_as_string(hide_password=False),
            app,
        )
    finally:
        drop_database(url_of(name))
        for role in (app, owner):
            admin(f'DROP ROLE IF EXISTS "{role}"')
