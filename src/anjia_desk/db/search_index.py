"""The name pieces behind search as you type (issue 13), kept in step with the customers.

`name LIKE '%伟明%'` reads every customer (35–40 ms over 100,000, PITFALLS.md), and trigram
indexes (FTS5, pg_trgm) find nothing for the two-character names most searches are. So
`customer_name_grams` holds every two-character piece of each live customer's name, ASCII
letters lowered by the database's own lower() (the search lowers its piece the same way), and a
search looks one piece up by equality before checking the few customers found with its usual
LIKE (services.customer_search). The pieces only narrow the candidates, so a missing piece
would hide a customer; an extra one costs nothing but a check. Hence every write of a name:

- through the ORM (registration, the profile, merges, imports' updates, erasure): the flush
  hook below, for every customer inserted, deleted, or whose name or anonymisation changed;
- rows written in bulk (imports' new rows, the demo): `index_new_customers` for their ids;
- an older database (a restored backup included): migration 0005 fills the table.

The pieces are computed by one INSERT … SELECT in SQL (substr over the name's positions), so a
100,000-customer import pays a fraction of a second for them.
"""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import (
    ColumnElement,
    Connection,
    Integer,
    delete,
    event,
    func,
    insert,
    inspect,
    literal_column,
    select,
    union_all,
)
from sqlalchemy.orm import Session, UOWTransaction

from anjia_desk.db.bulk import deferred_indexes
from anjia_desk.db.models import Customer, customer_name_grams

GRAM = 2  # characters per piece
_IN_LIST = 500  # ids per IN (...) list


def _fill(connection: Connection, where: ColumnElement[bool]) -> None:
    """Insert the pieces of the live customers matching `where` (they have none yet)."""
    live = Customer.anonymised_at.is_(None)
    longest = connection.execute(
        select(func.max(func.length(Customer.name))).where(where, live)
    ).scalar()
    if not longest or longest < GRAM:
        return
    # Constants written into the SQL, not bound: SQLite then sees the GROUP BY's expression as
    # the selected one.
    positions = union_all(
        *(select(literal_column(str(k), Integer).label("k")) for k in range(1, longest))
    ).subquery("positions")
    size = literal_column(str(GRAM), Integer)
    piece = func.substr(func.lower(Customer.name), positions.c.k, size)
    pieces = (
        select(piece, Customer.id)
        .select_from(Customer)
        .join(positions, positions.c.k + size <= func.length(Customer.name) + 1)
        .where(where, live)
    )
    statement = insert(customer_name_grams)
    if connection.dialect.name == "sqlite":
        # Sorted by the table's key (a sorted insert into the b-tree costs half an unsorted
        # one); a piece twice in one name ("王王王") is kept once by OR IGNORE, which costs
        # half of a GROUP BY's deduplication (100,000 customers: 0.4 s against 0.8 s).
        statement = statement.prefix_with("OR IGNORE")
        pieces = pieces.order_by(piece, Customer.id)
    else:  # pragma: no cover - no PostgreSQL test yet
        pieces = pieces.group_by(piece, Customer.id)  # each piece once per customer
    connection.execute(statement.from_select(["gram", "customer_id"], pieces))


def reindex_customers(connection: Connection, ids: Collection[int]) -> None:
    """Recompute the pieces of these customers (after their names changed)."""
    ordered = sorted(ids)
    for start in range(0, len(ordered), _IN_LIST):
        chunk = ordered[start : start + _IN_LIST]
        connection.execute(
            delete(customer_name_grams).where(customer_name_grams.c.customer_id.in_(chunk))
        )
        _fill(connection, Customer.id.in_(chunk))


def index_new_customers(
    session: Session, first_id: int, last_id: int, *, bulk: bool = False
) -> None:
    """The pieces of customers written in bulk with ids first_id..last_id (no pieces yet);
    `bulk`: a load that at least doubles the table, whose per-customer index is rebuilt once."""
    with deferred_indexes(session, customer_name_grams, enabled=bulk):
        _fill(session.connection(), Customer.id.between(first_id, last_id))


def reindex_all(connection: Connection) -> None:
    """Every customer's pieces from scratch (a repair; migration 0005 does the same)."""
    connection.execute(delete(customer_name_grams))
    _fill(connection, Customer.name.is_not(None))


def _name_changed(customer: Customer) -> bool:
    attrs = inspect(customer).attrs
    return bool(attrs.name.history.has_changes() or attrs.anonymised_at.history.has_changes())


@event.listens_for(Session, "after_flush")
def _keep_in_step(session: Session, _flush: UOWTransaction) -> None:
    """After a flush (its rows are written, the objects still show what changed)."""
    changed = {c.id for c in session.new if isinstance(c, Customer)}
    changed |= {c.id for c in session.dirty if isinstance(c, Customer) and _name_changed(c)}
    changed |= {c.id for c in session.deleted if isinstance(c, Customer)}  # no pieces are made
    changed.discard(None)
    if changed:
        reindex_customers(session.connection(), changed)
