"""A PostgreSQL cluster of a test's own (issue 15): one it may stop, kill and start again, and
whose pg_hba.conf it may change (password authentication), without touching the shared one.

Started with scripts/pg_cluster.sh on a free port in 56000–56099; skipped where Debian's server
binaries are not installed.
"""

from __future__ import annotations

import glob
import os
import socket
import subprocess
import tempfile
from pathlib import Path

import psycopg
import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "pg_cluster.sh"


def _free_port() -> int:
    for port in range(56000 + os.getpid() % 50, 56100):
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free port in 56000–56099")


def _bin() -> str:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin"))
    if not found:
        pytest.skip("PostgreSQL server binaries are not installed")
    return found[-1]


class OwnCluster:
    def __init__(self) -> None:
        self.bin = _bin()
        self.dir = Path(tempfile.mkdtemp(prefix="wt-server-pg-"))
        os.chmod(self.dir, 0o755)
        self.port = _free_port()
        self.url = ""

    def _as_owner(self, *command: str) -> None:
        prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        subprocess.run([*prefix, *command], check=True, capture_output=True, timeout=60)

    def start(self) -> str:
        result = subprocess.run(
            ["bash", str(SCRIPT), "start", str(self.dir), str(self.port)],
            check=True,
            capture_output=True,
            text=True,
            timeout=120,
        )
        self.url = result.stdout.strip().splitlines()[-1]
        return self.url

    def kill(self) -> None:
        """The server goes away at once (as when its PC loses power)."""
        self._as_owner(f"{self.bin}/pg_ctl", "-D", str(self.dir / "data"), "-m", "immediate",
                       "-w", "stop")  # fmt: skip

    def stop(self) -> None:
        subprocess.run(["bash", str(SCRIPT), "stop", str(self.dir)], check=False, timeout=60)

    def reload_hba(self, lines: list[str]) -> None:
        """Put `lines` first in pg_hba.conf and reload."""
        hba = self.dir / "data" / "pg_hba.conf"
        hba.write_text("\n".join(lines) + "\n" + hba.read_text())
        self.sql("SELECT pg_reload_conf()")

    def url_of(self, database: str, user: str = "postgres", password: str | None = None) -> str:
        auth = user + (f":{password}" if password is not None else "")
        return f"postgresql://{auth}@127.0.0.1:{self.port}/{database}"

    def sql(self, statement: str, database: str = "postgres") -> None:
        with psycopg.connect(
            f"host=127.0.0.1 port={self.port} user=postgres dbname={database}", autocommit=True
        ) as conn:
            conn.execute(statement)  # type: ignore[arg-type]
