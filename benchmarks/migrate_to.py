"""`anjia-desk migrate-to` of the demo office, against copying the same rows with bare SQL.

    .venv/bin/python benchmarks/migrate_to.py --pg postgresql://postgres@127.0.0.1:5432/postgres \
        [--customers 100000]

Builds the demo database once (`anjia-desk demo --customers N`) in a temporary folder, then on
the server given by `--pg` (an administrator's URL; $ANJIA_TEST_PG by default) makes two empty
databases: one receives `migrate-to` (the command, timed as a whole: schema, copy, comparison),
the other the same rows through the bare drivers — sqlite3 reading tuples, psycopg's executemany
writing them, each value turned into what the server takes with the least work, the schema made
beforehand and not timed, foreign keys not checked. Prints rows per second of both, their ratio,
and whether the counts of every table are equal (source, migrate-to, bare). Both databases are
dropped at the end.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

CHUNK = 2000


def _admin(pg: str, sql: str) -> None:
    import psycopg

    with psycopg.connect(_conninfo(pg), autocommit=True) as conn:
        conn.execute(sql)  # type: ignore[arg-type]


def _conninfo(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _url_of(pg: str, name: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(pg).set(database=name).render_as_string(hide_password=False)


def _counts_sqlite(path: Path, names: list[str]) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        conn.close()


def _counts_pg(url: str, names: list[str]) -> dict[str, int]:
    import psycopg

    with psycopg.connect(_conninfo(url)) as conn:
        return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}  # type: ignore[arg-type,index]


def _bare_copy(source: Path, url: str) -> int:
    """The same rows through sqlite3 and psycopg alone; returns the rows copied."""
    import psycopg
    from sqlalchemy import Boolean

    from anjia_desk.db.transfer import tables
    from anjia_desk.db.types import Money

    rows = 0
    reader = sqlite3.connect(source)
    with psycopg.connect(_conninfo(url)) as conn:
        conn.execute("SET TIME ZONE 'UTC'")  # SQLite keeps naive UTC text
        conn.execute("SET session_replication_role = replica")  # no foreign-key checks
        for table in tables():
            names = [c.name for c in table.columns]
            converters: list[tuple[int, Any]] = []
            for i, column in enumerate(table.columns):
                if isinstance(column.type, Money):
                    converters.append((i, lambda v: None if v is None else Decimal(v).scaleb(-2)))
                elif isinstance(column.type, Boolean):
                    converters.append((i, lambda v: None if v is None else bool(v)))
            columns = ", ".join(f'"{n}"' for n in names)
            marks = ", ".join(["%s"] * len(names))
            insert = f'INSERT INTO "{table.name}" ({columns}) VALUES ({marks})'
            cursor = reader.execute(f'SELECT {columns} FROM "{table.name}"')
            with conn.cursor() as out:
                while part := cursor.fetchmany(CHUNK):
                    if converters:
                        fixed = []
                        for row in part:
                            line = list(row)
                            for i, convert in converters:
                                line[i] = convert(line[i])
                            fixed.append(line)
                        part = fixed
                    out.executemany(insert, part)  # type: ignore[arg-type]
                    rows += len(part)
        conn.commit()
    reader.close()
    return rows


def _command(db: Path) -> list[str]:
    return [sys.executable, "-m", "anjia_desk", "--db", str(db)]


def _copy_in_process(source: Path, url: str) -> float:
    """db.transfer.copy_database alone (the schema made beforehand, not timed): its seconds."""
    from anjia_desk.db.engine import make_engine, upgrade
    from anjia_desk.db.transfer import copy_database, read_only_sqlite

    target = make_engine(url)
    reader = read_only_sqlite(source)
    try:
        upgrade(target)
        started = time.perf_counter()
        report = copy_database(reader, target)
        seconds = time.perf_counter() - started
        assert not report.differences()
    finally:
        reader.dispose()
        target.dispose()
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pg", default=os.environ.get("ANJIA_TEST_PG", ""))
    parser.add_argument("--customers", type=int, default=100_000)
    args = parser.parse_args()
    if not args.pg:
        sys.exit("需要 --pg（服务器管理员的 PostgreSQL 地址）或 $ANJIA_TEST_PG")
    from anjia_desk.db.engine import make_engine, upgrade
    from anjia_desk.db.transfer import tables

    names = [t.name for t in tables()]
    with tempfile.TemporaryDirectory(prefix="anjia-migrate-bench-") as folder:
        home = Path(folder) / "home"
        env = dict(os.environ, ANJIA_DESK_HOME=str(home))
        db = Path(folder) / "office.db"
        started = time.perf_counter()
        subprocess.run(
            [*_command(db), "demo", "--customers", str(args.customers)],
            env=env,
            check=True,
            capture_output=True,
        )
        print(f"demo of {args.customers} customers: {time.perf_counter() - started:.1f} s")
        source = _counts_sqlite(db, names)
        total = sum(source.values())
        ours, bare = f"bench_migrate_{os.getpid()}", f"bench_bare_{os.getpid()}"
        inner = f"bench_copy_{os.getpid()}"
        for name in (ours, bare, inner):
            _admin(args.pg, f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0")
        try:
            started = time.perf_counter()
            done = subprocess.run(
                [*_command(db), "migrate-to", _url_of(args.pg, ours)],
                env=env,
                capture_output=True,
                text=True,
            )
            migrate_seconds = time.perf_counter() - started
            if done.returncode != 0:
                sys.exit(f"migrate-to failed ({done.returncode}): {done.stderr.strip()}")
            engine = make_engine(_url_of(args.pg, bare))
            try:
                upgrade(engine)  # the schema, not timed
            finally:
                engine.dispose()
            started = time.perf_counter()
            copied = _bare_copy(db, _url_of(args.pg, bare))
            bare_seconds = time.perf_counter() - started
            copy_seconds = _copy_in_process(db, _url_of(args.pg, inner))
            migrated = _counts_pg(_url_of(args.pg, ours), names)
            barely = _counts_pg(_url_of(args.pg, bare), names)
        finally:
            for name in (ours, bare, inner):
                _admin(args.pg, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    print(f"rows: {total} in {len([n for n in names if source[n]])} tables; bare copied {copied}")
    print(
        f"migrate-to: {migrate_seconds:.2f} s ({total / migrate_seconds:,.0f} rows/s, "
        "process start, schema and the comparison included)"
    )
    print(
        f"copy_database: {copy_seconds:.2f} s ({total / copy_seconds:,.0f} rows/s, copy and "
        "comparison, in this process)"
    )
    print(f"bare SQL:   {bare_seconds:.2f} s ({total / bare_seconds:,.0f} rows/s, copy only)")
    print(f"ratio copy_database / bare: {copy_seconds / bare_seconds:.2f}")
    print(f"ratio migrate-to command / bare: {migrate_seconds / bare_seconds:.2f}")
    print(f"counts equal (source = migrate-to = bare): {source == migrated == barely}")
    print(done.stderr.strip())


if __name__ == "__main__":
    main()
