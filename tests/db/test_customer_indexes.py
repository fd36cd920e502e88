"""Issue 13, import speed: an import of 100,000 customers rebuilds every index of the table, so
an index no query reads is pure cost. The customers table keeps none that another index's
leading columns already give, and none of the three that nothing reads (migration
0008_import_speed drops them from older databases)."""

from pathlib import Path

from anjia_desk.db.engine import open_database

UNREAD = {"ix_customers_name", "ix_customers_owner_id", "ix_customers_visit_count"}


def _indexes(path: Path) -> dict[str, tuple[str, ...]]:
    database = open_database(str(path))
    with database.engine.connect() as connection:
        names = connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'customers' "
            "AND sql IS NOT NULL"
        ).scalars()
        return {
            name: tuple(
                row[2] for row in connection.exec_driver_sql(f'PRAGMA index_info("{name}")')
            )
            for name in list(names)
        }


def test_no_customer_index_is_the_leading_part_of_another(tmp_path: Path) -> None:
    indexes = _indexes(tmp_path / "a.db")
    assert "ix_customers_owner_next" in indexes  # the one that serves lookups by owner
    redundant = [
        (name, other)
        for name, columns in indexes.items()
        for other, longer in indexes.items()
        if other != name and len(longer) > len(columns) and longer[: len(columns)] == columns
    ]
    assert redundant == []


def test_the_indexes_no_query_reads_are_gone(tmp_path: Path) -> None:
    indexes = _indexes(tmp_path / "a.db")
    assert not UNREAD & set(indexes)
    # What the list, the search and the to-dos read is still there.
    for kept in ("ix_customers_live_name", "ix_customers_live_visit_count", "ix_customers_phone"):
        assert kept in indexes
