"""Probe (issue 14): how many buyers' ID numbers open from a copied database file alone?

    .venv/bin/python benchmarks/probes/id_key_from_file.py [--customers 300]

Makes a demo office on "PC A" (its own data directory), copies the database file away, and then,
as an attacker holding only that file: tries every settings value and every 32-byte run of the
file that could be an AES key on every sealed ID number; and, as the app on "PC B" (another data
directory), opens them. Then the fair paths: a backup restored on PC B with the passphrase, and
the key exported under the passphrase and imported there. Prints one JSON line of figures.
Before issue 14, every sealed number opened from the file alone (`ids.key` in the settings).
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))


def _candidates(path: Path) -> list[bytes]:
    """Settings values that decode to 32 bytes: what an attacker would try first."""
    connection = sqlite3.connect(path)
    try:
        values = [row[0] for row in connection.execute("SELECT value FROM settings")]
    finally:
        connection.close()
    found = []
    for value in values:
        try:
            raw = base64.b64decode(json.loads(value), validate=True)
        except (ValueError, TypeError):
            continue
        if len(raw) == 32:
            found.append(raw)
    return found


def _ciphers(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [r[0] for r in connection.execute("SELECT buyer_id_cipher FROM deals") if r[0]]
    finally:
        connection.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=300)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="idkey-probe-"))
    os.environ["ANJIA_DESK_HOME"] = str(work / "pc-a")
    from anjia_desk.db import id_key_store
    from anjia_desk.db.engine import open_database, session_scope
    from anjia_desk.services import backup, demo, id_key, identity
    from anjia_desk.services.context import Actor

    system = Actor.system()
    try:
        live = work / "office.db"
        database = open_database(str(live))
        made = demo.create_demo(database, customers=args.customers)
        with database.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        bak = backup.backup_database(database, system, work / "office.anjiabak")
        out = work / "key.anjiakey"
        with session_scope(database, system) as s:
            id_key.export_key(s, system, out, passphrase=made.backup_passphrase)
        database.close()

        stolen = work / "stolen" / "office.db"
        stolen.parent.mkdir()
        shutil.copyfile(live, stolen)
        ciphers = _ciphers(stolen)
        keys = _candidates(stolen)
        by_attacker = sum(any(id_key_store.opens(k, c) for k in keys) for c in ciphers)
        # Every 32-byte run of the file, raw, against the first number.
        data = stolen.read_bytes()
        windows = {data[i : i + 32] for i in range(len(data) - 32)}
        raw_hits = sum(id_key_store.opens(w, ciphers[0]) for w in windows) if ciphers else 0

        os.environ["ANJIA_DESK_HOME"] = str(work / "pc-b")
        copy = open_database(str(stolen))
        with copy.sessions() as s:
            shown = [identity.shown_id(s, c, "") for c in ciphers]
        copy.close()

        restored = work / "pc-b-restored.db"
        backup.restore_database(
            "sqlite:///" + str(restored), system, bak.path, passphrase=made.backup_passphrase
        )
        after_restore = open_database(str(restored))
        with after_restore.sessions() as s:
            via_backup = sum(bool(identity.open_id(s, c)) for c in ciphers)
        after_restore.close()

        os.environ["ANJIA_DESK_HOME"] = str(work / "pc-c")
        other = work / "pc-c.db"
        shutil.copyfile(live, other)
        third = open_database(str(other))
        with session_scope(third, system) as s:
            id_key.import_key(s, system, out, passphrase=made.backup_passphrase)
        with third.sessions() as s:
            via_import = sum(bool(identity.open_id(s, c)) for c in ciphers)
        third.close()
        print(
            json.dumps(
                {
                    "sealed_ids": len(ciphers),
                    "key_candidates_in_settings": len(keys),
                    "opened_from_file_alone": by_attacker,
                    "raw_32_byte_runs_tried": len(windows),
                    "raw_runs_that_open": raw_hits,
                    "shown_on_pc_without_key": sorted(set(shown)),
                    "opened_after_restore_on_new_pc": via_backup,
                    "opened_after_key_import": via_import,
                },
                ensure_ascii=False,
            )
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
