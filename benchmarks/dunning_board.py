"""The 催款 page's query over 20,000 deals, against the bare SQL behind it.

    .venv/bin/python benchmarks/dunning_board.py [--deals 20000] [--rounds 7]

Builds the receivables benchmark's database (benchmarks/receivables.py: deals with payment plans,
most paid, some late or partly paid, loans waiting for the bank), issues every letter due a month
earlier through the app (so that the page has a history to read: the highest stage issued per
installment), then times, interleaved in the same run, `due_board()` for the day against the
same queries through plain sqlite3 (the candidate installments, the stages already issued, the
letters of the day, the blocks and promises, the receipts of the partly paid ones) with the rows
fetched. Prints medians and the ratio; the target is ≤ 300 ms for the page.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
from datetime import timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.harness import interleaved, measure, report
from benchmarks.receivables import NOW, TODAY, build

TARGET = 0.300
CANDIDATES_SQL = """
SELECT i.id, i.deal_id, i.name, i.due_on, i.amount, i.paid, d.project_id, p.name, b.name,
       u.stairwell, u.room, d.buyer_name, usr.display_name, d.consultant_id, d.penalty_per_10k,
       d.mailing_address
FROM installments i
JOIN deals d ON d.id = i.deal_id
JOIN units u ON u.id = d.unit_id
JOIN buildings b ON b.id = u.building_id
JOIN projects p ON p.id = d.project_id
LEFT OUTER JOIN users usr ON usr.id = d.consultant_id
WHERE d.cancelled_at IS NULL AND i.paid < i.amount AND i.nature NOT IN ('loan', 'deposit')
  AND i.due_on <= ? AND i.due_on != '9999-12-31'
ORDER BY i.deal_id, i.seq
"""
ISSUED_SQL = """
SELECT it.installment_id, max(it.stage), min(it.stage)
FROM dunning_letter_items it JOIN dunning_letters l ON l.id = it.letter_id
WHERE it.installment_id IN ({marks}) AND l.voided_at IS NULL AND l.letter_on < ?
GROUP BY it.installment_id
"""
DAY_SQL = "SELECT * FROM dunning_letters WHERE letter_on = ? AND voided_at IS NULL"
BLOCKS_SQL = "SELECT deal_id FROM dunning_blocks WHERE starts_on <= ? AND ends_on >= ?"
PROMISES_SQL = """
SELECT deal_id, max(promised_on) FROM dunning_calls
WHERE promised_on IS NOT NULL AND called_on <= ? GROUP BY deal_id
"""
PAYMENTS_SQL = """
SELECT installment_id, paid_on, amount FROM receipts
WHERE installment_id IN ({marks}) AND voided_at IS NULL
"""
LAST_SQL = """
SELECT deal_id, id, number, stage, letter_on, delivery, tracking_no, signed_on
FROM dunning_letters WHERE deal_id IN ({marks}) AND voided_at IS NULL AND letter_on <= ?
ORDER BY letter_on, id
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--deals", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args(argv)

    from anjia_desk.db.engine import open_database, session_scope
    from anjia_desk.services.context import Actor
    from anjia_desk.services.dunning import due_board, issue_letters

    with tempfile.TemporaryDirectory(prefix="anjia-bench-") as folder:
        path = Path(folder) / "bench.db"
        counts: dict[str, int] = {}
        seconds = measure(lambda: counts.update(build(path, args.deals)))
        print(
            f"built {counts['deals']:,} deals, {counts['installments']:,} installments, "
            f"{counts['receipts']:,} receipts in {seconds:.1f} s"
        )
        database = open_database(str(path))
        actor = Actor.system()
        earlier = TODAY - timedelta(days=30)
        with session_scope(database, actor) as session:
            issued = measure(
                lambda: counts.update(
                    letters=len(
                        issue_letters(session, actor, None, day=earlier, now=NOW - timedelta(30))
                    )
                )
            )
        print(f"issued {counts['letters']:,} letters a month earlier in {issued:.1f} s")
        bare = sqlite3.connect(path)
        day = TODAY.isoformat()

        def page() -> Any:
            with session_scope(database, actor) as session:
                return due_board(session, actor, day=TODAY, now=NOW)

        def sql() -> Any:
            horizon = (TODAY + timedelta(days=20)).isoformat()
            rows = bare.execute(CANDIDATES_SQL, (horizon,)).fetchall()
            ids = [r[0] for r in rows]
            issued = []
            for start in range(0, len(ids), 10_000):
                batch = ids[start : start + 10_000]
                marks = ", ".join("?" * len(batch))
                issued += bare.execute(ISSUED_SQL.format(marks=marks), [*batch, day]).fetchall()
            today_letters = bare.execute(DAY_SQL, (day,)).fetchall()
            blocks = bare.execute(BLOCKS_SQL, (day, day)).fetchall()
            promises = bare.execute(PROMISES_SQL, (day,)).fetchall()
            partly = [r[0] for r in rows if r[5] and r[3] < day]
            marks = ", ".join("?" * len(partly))
            paid = bare.execute(PAYMENTS_SQL.format(marks=marks), partly).fetchall()
            deals = sorted({r[1] for r in rows})
            last = []
            for start in range(0, len(deals), 10_000):
                batch = deals[start : start + 10_000]
                marks = ", ".join("?" * len(batch))
                last += bare.execute(LAST_SQL.format(marks=marks), [*batch, day]).fetchall()
            return rows, issued, today_letters, blocks, promises, paid, last

        board = page()
        print(
            f"the page: {len(board.rows):,} deals due for a letter on {TODAY} "
            f"(stages: {sorted({row.stage for row in board.rows})})"
        )
        samples = interleaved({"due_board()": page, "bare SQL": sql}, rounds=args.rounds)
        report("催款 page over the deals", samples, app="due_board()", bare="bare SQL")
        median = statistics.median(samples["due_board()"])
        verdict = "ok" if median <= TARGET else "OVER TARGET"
        print(f"target ≤ {TARGET * 1000:.0f} ms for the page: {median * 1000:.0f} ms ({verdict})")
        bare.close()
        database.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
