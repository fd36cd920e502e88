"""`demo` is one transaction (issue 14): a demo that fails or is killed half-way leaves an empty
database, and `demo` then simply runs again (today 7 of 8 kills left a half-made database that
`demo` refused)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from anjia_desk.core import passwords
from anjia_desk.core.errors import UserError
from anjia_desk.db.engine import open_database
from anjia_desk.db.models import Customer, User
from anjia_desk.services import demo
from anjia_desk.services.demo import create_demo, database_is_empty
from tests.damaged_files import NOW

CUSTOMERS = 60


@pytest.fixture(autouse=True)
def cheap_passwords(monkeypatch):
    monkeypatch.setattr(passwords, "_N", 2**10)


def _counts(path: Path) -> tuple[int, int]:
    with sqlite3.connect(path) as conn:
        users = conn.execute("SELECT count(*) FROM users").fetchone()[0]
        customers = conn.execute("SELECT count(*) FROM customers").fetchone()[0]
    return int(users), int(customers)


def test_a_failure_half_way_leaves_an_empty_database_and_demo_runs_again(database, monkeypatch):
    def deals_fail(*_args, **_kwargs):
        raise RuntimeError("killed while making the deals")

    monkeypatch.setattr(demo, "create_demo_deals", deals_fail)
    with pytest.raises(RuntimeError):
        create_demo(database, seed=2, customers=CUSTOMERS, now=NOW)
    assert database_is_empty(database)  # not the users, settings and customers made before

    monkeypatch.undo()
    result = create_demo(database, seed=2, customers=CUSTOMERS, now=NOW)
    assert result.deals is not None and result.customers is not None
    with database.engine.connect() as conn:  # on either engine (issue 15)
        users = conn.scalar(select(func.count()).select_from(User))
        customers = conn.scalar(select(func.count()).select_from(Customer))
    assert (users, customers) == (len(demo.DEMO_USERS), CUSTOMERS)


def test_a_demo_database_is_refused_whole(database):
    create_demo(database, seed=2, customers=0, now=NOW)
    with pytest.raises(UserError, match="已有数据"):
        create_demo(database, seed=2, customers=0, now=NOW)


def _demo_process(path: Path, home: Path) -> subprocess.Popen[bytes]:
    env = dict(os.environ, ANJIA_DESK_HOME=str(home))
    return subprocess.Popen(
        [sys.executable, "-m", "anjia_desk", "--db", str(path), "demo", "--customers", "300"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


@pytest.mark.parametrize("after_ms", [0, 400, 1200])
def test_a_killed_demo_leaves_nothing_half_made(tmp_path, after_ms):
    """SIGKILL `demo` some time after its new database file appeared: the file is then empty
    (or, if the demo had finished, complete) — and `demo` works on it when it is empty."""
    if not hasattr(signal, "SIGKILL"):
        pytest.skip("no SIGKILL here")
    path = tmp_path / "demo.db"
    process = _demo_process(path, tmp_path / "home")
    try:
        deadline = time.monotonic() + 120
        while not path.exists() and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(after_ms / 1000)
        finished = process.poll() is not None
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(timeout=60)
    assert path.exists() or not finished
    if not path.exists():
        return  # killed before the new database was moved in: nothing at all is left
    users, customers = _counts(path)
    assert (users, customers) in ((0, 0), (len(demo.DEMO_USERS), 300))
    if users:
        return  # it had committed: a complete demo
    database = open_database(str(path), create=False)
    try:
        result = create_demo(database, seed=1, customers=20, now=NOW)
    finally:
        database.close()
    assert result.customers is not None and result.customers.customers == 20
