"""Personal data probes (issue 14, "Personal information and security") through the services.

    python benchmarks/probes/privacy.py [--quick] [--budget SECONDS]

(a) enumeration: a consultant (created here through services.users) tries the 10,000 hidden
    middle digits of another consultant's customer's phone through 判客
    (services.reception.lookup_phone) and through the customer search
    (services.customers.search_customer_ids); per path: queries until found (or the time budget
    ran out), seconds, audit lines written.
(b) refusals: ~30 actions a consultant may not take, each through its service; per action:
    refused or not, and whether the refusal left a line in the audit log.
(c) erasure: a person with a unique name gets follow-ups, a grade change, a phone change, a
    relative and a mention in a neighbour's notes, then services.customer_profile.
    erase_personal_data; every text column of every table and the raw bytes of the database,
    its WAL and any copies beside it (upgrade-backups/, *.replaced-*) are searched for the name
    and the phones. Then a backup taken before the erasure is restored through the CLI: does the
    person come back?
(d) ID key: the settings rows that look like keys, and how many sealed ID numbers in the file
    open with them alone (AES-GCM, the app's published format).
The services are called through their public functions, arguments filled by name; an API that
moved makes a "probe could not run: …" finding, not a crash. Exits 0 whatever it finds.
"""

from __future__ import annotations

import argparse
import base64
import inspect
import os
import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from benchmarks.probes.common import (
    PASSPHRASE,
    SRC,
    Sandbox,
    clip,
    finish,
    make_demo,
    run_cli,
    sql,
    table,
)

sys.path.insert(0, str(SRC))

ID_AAD = b"anjia-desk:id-number"


@dataclass
class Ctx:
    sandbox: Sandbox
    db: Path
    findings: list[str]
    figures: dict[str, Any]


def audit_rows(db: Path) -> int:
    try:
        return int(sql(db, "SELECT count(*) FROM audit_log")[0][0])
    except sqlite3.Error:
        return -1


def audit_by(db: Path, user_id: int) -> int:
    try:
        return int(sql(db, "SELECT count(*) FROM audit_log WHERE user_id = ?", (user_id,))[0][0])
    except sqlite3.Error:
        return -1


def open_db(db: Path) -> Any:
    from anjia_desk.db.engine import open_database

    return open_database(str(db), create=False)


def system_actor() -> Any:
    from anjia_desk.services.context import Actor

    return Actor.system()


def make_consultant(database: Any, username: str, name: str) -> Any:
    """A consultant account made through services.users, and its Actor."""
    from anjia_desk.db.engine import session_scope
    from anjia_desk.db.models import User
    from anjia_desk.services import users

    actor = system_actor()
    with session_scope(database, actor) as session:
        row = users.add_user(
            session,
            actor,
            username=username,
            display_name=name,
            roles=["consultant"],
            password="Probe-pass-2026",
        )
        user = session.get(User, row.id)
        return users.actor_for(user)


# --------------------------------------------------------------------------- (a) enumeration


def enumeration(ctx: Ctx, budget: float, seed: int) -> None:
    from anjia_desk.db.engine import session_scope
    from anjia_desk.services import customers, reception

    database = open_db(ctx.db)
    try:
        prober = make_consultant(database, "probe_enum", "探针顾问")
    finally:
        database.close()
    candidates = sql(
        ctx.db,
        "SELECT id, phone, owner_id FROM customers WHERE owner_id IS NOT NULL AND owner_id != ? "
        "AND anonymised_at IS NULL AND length(phone) = 11 AND phone GLOB '1[3-9]*' ORDER BY id",
        (prober.user_id,),
    )
    if not candidates:
        ctx.findings.append("probe could not run: (a) no customer of another consultant")
        return
    target, phone, _owner = candidates[len(candidates) // 2]
    head, tail = phone[:3], phone[7:]
    order = list(range(10_000))
    random.Random(seed).shuffle(order)
    rows = []
    for path in ("判客 lookup_phone", "search_customer_ids"):
        database = open_db(ctx.db)
        before_all, before_mine = audit_rows(ctx.db), audit_by(ctx.db, prober.user_id)
        start = time.perf_counter()
        found_after: int | None = None
        queries = 0
        error = ""
        # A search that answers every middle alike (it matches only the digits the mask shows)
        # reveals nothing: a wrong middle is tried first, and a hit counts only if it differs.
        alike = False
        try:
            if not path.startswith("判客"):
                wrong = f"{head}{(int(phone[3:7]) + 1) % 10_000:04d}{tail}"
                with session_scope(database, prober) as session:
                    query = customers.CustomerQuery(text=wrong)
                    alike = target in customers.search_customer_ids(session, prober, query)
                queries += 1
            for middle in [] if alike else order:
                if time.perf_counter() - start > budget:
                    break
                typed = f"{head}{middle:04d}{tail}"
                queries += 1
                with session_scope(database, prober) as session:
                    if path.startswith("判客"):
                        result = reception.lookup_phone(session, prober, typed)
                        hit = any(m.customer_id == target and m.exact for m in result.matches)
                    else:
                        query = customers.CustomerQuery(text=typed)
                        hit = target in customers.search_customer_ids(session, prober, query)
                if hit:
                    found_after = queries
                    break
        except Exception as exc:  # an API that moved, or a refusal: the probe reports it
            error = f"{type(exc).__name__}: {clip(str(exc), 80)}"
        finally:
            database.close()
        seconds = time.perf_counter() - start
        wrote = audit_rows(ctx.db) - before_all
        mine = audit_by(ctx.db, prober.user_id) - before_mine
        key = "lookup" if path.startswith("判客") else "search"
        ctx.figures[f"enum_{key}_queries"] = queries
        ctx.figures[f"enum_{key}_found"] = found_after is not None
        ctx.figures[f"enum_{key}_seconds"] = round(seconds, 1)
        ctx.figures[f"enum_{key}_audit_lines"] = mine
        if error.startswith("LookupWait"):  # the throttle held: a figure, not a finding
            ctx.figures[f"enum_{key}_throttled_after"] = queries
        elif error:
            ctx.findings.append(f"(a) {path}: stopped by {error} after {queries} queries")
        rate = queries / seconds if seconds > 0 else 0.0
        all_seconds = 10_000 / rate if rate else float("inf")
        ctx.figures[f"enum_{key}_seconds_for_all_10000"] = round(all_seconds, 1)
        if found_after is not None:
            ctx.findings.append(
                f"(a) {path}: full phone of another consultant's customer found after "
                f"{found_after} queries in {seconds:.1f} s, {mine} audit lines"
            )
        elif alike:
            ctx.figures[f"enum_{key}_alike"] = True
        elif not error and queries and mine == 0:
            ctx.findings.append(
                f"(a) {path}: {queries} queries in {seconds:.1f} s without a throttle or an "
                f"audit line; all 10,000 would take {all_seconds:.0f} s (budget ran out)"
            )
        rows.append(
            [
                path,
                queries,
                "FOUND"
                if found_after is not None
                else ("every middle answers alike" if alike else "not found"),
                f"{seconds:.1f}",
                wrote,
                mine,
                error,
            ]
        )
    print(table(rows, ["path", "queries", "result", "s", "audit +", "by prober", "stopped by"]))


# --------------------------------------------------------------------------- (b) refusals

#: (label, "module.function", overrides): actions a consultant may not take.
FORBIDDEN: list[tuple[str, str, dict[str, Any]]] = [
    ("add an administrator", "users.add_user", {}),
    ("disable a user", "users.set_active", {"active": False}),
    ("reset a password", "users.reset_password", {}),
    ("read the audit log", "audit.search_audit", {}),
    (
        "change system settings",
        "settings.update_settings",
        {"changes": {"letterhead.company": "越权"}},
    ),
    ("forget a calendar year", "calendar.forget_year", {"year": 2026}),
    ("back up", "backup.backup_database", {}),
    ("restore", "backup_restore.restore_database", {}),
    ("reassign customers", "customers.reassign_customers", {}),
    ("rule a dispute", "customers.rule_dispute", {}),
    ("merge customers", "customer_merge.merge_customers", {}),
    ("set the duty list", "rotation.set_duty_list", {}),
    ("assign a warning", "risk.assign_warning", {}),
    ("redeem points", "referrals.redeem_points", {}),
    ("print a customer record", "papers.customer_record.print_customer_record", {}),
    ("erase personal data", "customer_profile.erase_personal_data", {}),
    ("anonymise due customers", "privacy.anonymise_due", {}),
    ("import customers", "importing.run_import", {}),
    ("export unmasked", "exporting.export_workbook", {}),
    ("record a payment", "payments.record_payment", {}),
    ("void a receipt", "payments.void_receipt", {}),
    ("confirm a receipt", "payments.confirm_receipt", {}),
    ("void a ticket", "tickets.void_ticket", {}),
    ("block a unit", "units.block_unit", {}),
    ("reserve a unit", "holds.reserve_unit", {}),
    ("sign a contract", "deal_steps.sign_contract", {}),
    ("edit another's customer", "customer_profile.update_customer", {}),
    ("change another's customer's phone", "customer_profile.change_phone", {}),
    ("follow up another's customer", "followups.log_follow_up", {}),
    ("add a relative to another's customer", "customer_profile.add_relative", {}),
]


def _resolve(dotted: str) -> Callable[..., Any] | None:
    import importlib

    module_name, _, name = dotted.rpartition(".")
    try:
        module = importlib.import_module(f"anjia_desk.services.{module_name}")
    except ImportError:
        return None
    fn = getattr(module, name, None)
    return fn if callable(fn) else None


def _value_for(name: str, annotation: Any, known: dict[str, Any]) -> Any:
    if name in known:
        return known[name]
    text = str(annotation)
    for key, value in known.items():
        if name.endswith(key):
            return value
    if "int" in text:
        return known.get("_int", 1)
    if "str" in text:
        return "探针"
    if "bool" in text:
        return False
    raise LookupError(name)


def call_by_name(fn: Callable[..., Any], known: dict[str, Any]) -> Any:
    """Call `fn` with its required parameters filled from `known` by name (or a plain value)."""
    signature = inspect.signature(fn)
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for parameter in signature.parameters.values():
        if parameter.default is not inspect.Parameter.empty and parameter.name not in known:
            continue
        if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            continue
        value = _value_for(parameter.name, parameter.annotation, known)
        if parameter.kind is parameter.KEYWORD_ONLY:
            kwargs[parameter.name] = value
        else:
            args.append(value)
    return fn(*args, **kwargs)


def refusals(ctx: Ctx) -> None:
    from anjia_desk.core.errors import UserError
    from anjia_desk.db.engine import resolve_url, session_scope

    database = open_db(ctx.db)
    try:
        prober = make_consultant(database, "probe_refuse", "探针顾问乙")
    finally:
        database.close()
    other = sql(
        ctx.db,
        "SELECT id, version FROM customers WHERE owner_id IS NOT NULL AND owner_id != ? "
        "AND anonymised_at IS NULL ORDER BY id LIMIT 1",
        (prober.user_id,),
    )
    first = {
        table_: (sql(ctx.db, f"SELECT min(id) FROM {table_}")[0][0] or 1)
        for table_ in ("users", "receipts", "queue_tickets", "units", "deals", "projects")
    }
    customer_id, version = other[0] if other else (1, 1)
    backup_file = ctx.sandbox.root / "privacy-before.anjiabak"
    known: dict[str, Any] = {
        "actor": prober,
        "customer_id": customer_id,
        "customer_ids": [customer_id],
        "ids": [customer_id],
        "keep_id": customer_id,
        "merge_id": customer_id + 1,
        "user_id": first["users"],
        "to_user_id": prober.user_id,
        "owner_id": prober.user_id,
        "consultant_ids": [prober.user_id],
        "receipt_id": first["receipts"],
        "ticket_id": first["queue_tickets"],
        "unit_id": first["units"],
        "deal_id": first["deals"],
        "project_id": first["projects"],
        "version": version,
        "reason": "探针：越权尝试",
        "new_phone": "13712345678",
        "relation": "spouse",
        "name": "探针亲属",
        "phone": "13712345679",
        "username": "probe_evil",
        "display_name": "探针越权",
        "roles": ["admin"],
        "password": "Probe-pass-2026",
        "points": 1,
        "amount": Decimal("1000"),
        "passphrase": PASSPHRASE,
        "source": backup_file,
        "url": resolve_url(str(ctx.db)),
        "path": ctx.sandbox.out / "refused.out",
        "out": ctx.sandbox.out / "refused.out",
        "target": ctx.sandbox.out / "refused.out",
        "kind": "customers",
        "now": datetime.now(UTC),
        "today": datetime.now(UTC).date(),
        "signed_on": datetime.now(UTC).date(),
        "year": 2026,
        "payer": "探针",
        "method": "现金",
        "until": datetime.now(UTC) + timedelta(days=1),
    }
    try:
        from anjia_desk.core.customers import CustomerForm
        from anjia_desk.core.followups import FollowUpForm
        from anjia_desk.services.exporting import ExportRequest
        from anjia_desk.services.importing import ImportOptions, Mode

        known["form"] = FollowUpForm(content="探针")
        from anjia_desk.core.deals import Nature

        known["nature"] = Nature.QUEUE
        known["request"] = ExportRequest(kinds=("customers",), mask_phones=False)
        known["options"] = ImportOptions(mode=Mode("new"))
        known["customer_form"] = CustomerForm  # placeholder: a form of the type is built below
        small = ctx.sandbox.root / "refused.csv"
        small.write_text("客户姓名,手机号\n越权,13700000001\n", encoding="utf-8")
        known["path"] = small
    except Exception as exc:
        ctx.findings.append(f"probe could not run: (b) building arguments: {exc!r}")
    rows: list[list[object]] = []
    audited = refused = allowed = could_not = 0
    for label, dotted, overrides in FORBIDDEN:
        fn = _resolve(dotted)
        if fn is None:
            could_not += 1
            ctx.findings.append(f"probe could not run: (b) {dotted} not found")
            rows.append([label, dotted, "n/a", ""])
            continue
        params = inspect.signature(fn).parameters
        outcome = ""
        database = open_db(ctx.db)
        values = {**known, **overrides}
        try:
            if dotted == "customer_profile.update_customer":
                values["form"] = _customer_form(database, customer_id)
        except Exception as exc:
            ctx.findings.append(f"probe could not run: (b) customer form: {exc!r}")
        before = audit_rows(ctx.db)
        try:
            if "database" in params:
                values["database"] = database
            if dotted.startswith("backup.") or dotted == "exporting.export_workbook":
                values["path"] = values["out"]
            if dotted == "backup_restore.restore_database":
                values["path"] = backup_file
            if "session" in params:
                with session_scope(database, prober) as session:
                    values["session"] = session
                    call_by_name(fn, values)
            else:
                call_by_name(fn, values)
            outcome = "ALLOWED"
        except UserError as exc:
            outcome = f"refused: {clip(exc.message, 40)}"
        except LookupError as exc:
            outcome = f"could not run: needs {exc}"
        except Exception as exc:
            outcome = f"could not run: {type(exc).__name__}: {clip(str(exc), 50)}"
        finally:
            database.close()
        gained = audit_rows(ctx.db) - before
        if outcome.startswith("refused"):
            refused += 1
            audited += int(gained > 0)
            if gained <= 0:
                ctx.findings.append(f"(b) refusal not audited: {label}")
        elif outcome == "ALLOWED":
            allowed += 1
            ctx.findings.append(f"(b) a consultant could: {label} ({dotted})")
        else:
            could_not += 1
            ctx.findings.append(f"probe could not run: (b) {label}: {outcome}")
        rows.append([label, dotted, outcome, gained])
    print()
    print(table(rows, ["forbidden action", "service", "outcome", "audit +"]))
    ctx.figures.update(
        {
            "refusals_tried": len(FORBIDDEN),
            "refused": refused,
            "refusals_audited": audited,
            "allowed": allowed,
            "refusal_probes_not_run": could_not,
        }
    )


def _customer_form(database: Any, customer_id: int) -> Any:
    """The customer's current form (customer_detail), with the notes changed."""
    import dataclasses

    from anjia_desk.db.engine import session_scope
    from anjia_desk.services.customer_detail import customer_detail

    actor = system_actor()
    with session_scope(database, actor) as session:
        detail = customer_detail(session, actor, customer_id)
    form = detail.form
    if dataclasses.is_dataclass(form) and hasattr(form, "notes"):
        return dataclasses.replace(form, notes="探针越权修改")  # type: ignore[type-var]
    return form


# --------------------------------------------------------------------------- (c) erasure


def erasure(ctx: Ctx) -> None:
    from anjia_desk.core.followups import FollowUpForm
    from anjia_desk.db.engine import session_scope
    from anjia_desk.services import customer_profile, followups

    stamp = random.Random().randrange(10**6)
    name = f"探针删除{chr(0x4E00 + stamp % 2000)}{chr(0x4E00 + stamp // 2000 % 2000)}"
    phone, new_phone, rel_phone, neighbour_phone = (
        f"1391{stamp:06d}0"[:11],
        f"1392{stamp:06d}0"[:11],
        f"1393{stamp:06d}0"[:11],
        f"1394{stamp:06d}0"[:11],
    )
    csv = ctx.sandbox.root / "erase.csv"
    csv.write_text(
        f"客户姓名,手机号,备注\n{name},{phone},本人\n探针邻居,{neighbour_phone},\n",
        encoding="utf-8",
    )
    made = run_cli(ctx.sandbox, ctx.db, "import", "customers", str(csv))
    if made.rc not in (0, 1):
        ctx.findings.append(f"probe could not run: (c) import: {made.first_line}")
        return
    (target,) = sql(ctx.db, "SELECT id FROM customers WHERE phone = ?", (phone,))[0]
    (neighbour,) = sql(ctx.db, "SELECT id FROM customers WHERE phone = ?", (neighbour_phone,))[0]
    before_backup = ctx.sandbox.out / "before-erase.anjiabak"
    run_cli(ctx.sandbox, ctx.db, "backup", "--out", str(before_backup))
    actor = system_actor()
    steps: list[tuple[str, Callable[[Any], Any]]] = [
        (
            "follow-up with grade change",
            lambda s: followups.log_follow_up(
                s,
                actor,
                target,
                FollowUpForm(
                    channel="电话",
                    content=f"{name}来电，手机 {phone}",
                    result="有意向",
                    grade="A",
                    reason=f"{name}本人确认 {phone}",
                ),
            ),
        ),
        (
            "relative",
            lambda s: customer_profile.add_relative(
                s, actor, target, relation="spouse", name=f"{name}之妻", phone=rel_phone
            ),
        ),
        (
            "phone change",
            lambda s: customer_profile.change_phone(
                s, actor, target, new_phone, reason=f"{name}换号，原号 {phone}"
            ),
        ),
        (
            "neighbour's note",
            lambda s: followups.log_follow_up(
                s,
                actor,
                neighbour,
                FollowUpForm(
                    channel="电话",
                    content=f"由{name}（{new_phone}）介绍",
                    result="有意向",
                    grade="B",
                ),
            ),
        ),
    ]
    database = open_db(ctx.db)
    try:
        for label, step in steps:
            try:
                with session_scope(database, actor) as session:
                    step(session)
            except Exception as exc:
                ctx.findings.append(f"probe could not run: (c) {label}: {clip(repr(exc), 90)}")
        try:
            with session_scope(database, actor) as session:
                customer_profile.erase_personal_data(session, actor, target, reason="本人要求")
        except Exception as exc:
            ctx.findings.append(f"probe could not run: (c) erase: {clip(repr(exc), 90)}")
            return
    finally:
        database.close()
    needles = {"name": name, "phone": phone, "new phone": new_phone, "relative phone": rel_phone}
    # A name in another customer's note is listed for the site manager, not replaced blindly
    # (issue 14): count what was listed, then clear it as the site manager would, and only what
    # is left after that is a finding.
    listed = _reviews_listed(ctx, needles)
    ctx.figures["erasure_listed_for_review"] = listed
    column_hits = _column_hits(ctx.db, needles)
    byte_hits = _byte_hits(ctx.db, needles, ctx.sandbox)
    rows = [[where, what, n] for (where, what), n in sorted(column_hits.items())]
    rows += [[where, what, n] for (where, what), n in sorted(byte_hits.items())]
    print()
    print(table(rows or [["(nothing)", "", 0]], ["where", "needle", "hits"]))
    for (where, what), n in sorted({**column_hits, **byte_hits}.items()):
        ctx.findings.append(f"(c) erased {what} found {n}× in {where}")
    # Restore a backup from before the erasure: the person must not come back.
    back = None
    copy_hits = 0
    if before_backup.exists():
        restored = run_cli(ctx.sandbox, ctx.db, "restore", str(before_backup))
        if restored.rc == 0:
            back = bool(sql(ctx.db, "SELECT count(*) FROM customers WHERE name = ?", (name,))[0][0])
            if back:
                ctx.findings.append(
                    "(c) restoring a backup from before the erasure brings the person back"
                )
            # The copy the restore keeps of the replaced (already erased) database.
            for copy in ctx.db.parent.glob("*.replaced-*"):
                data = copy.read_bytes()
                for what, needle in needles.items():
                    n = data.count(needle.encode("utf-8"))
                    copy_hits += n
                    if n:
                        ctx.findings.append(f"(c) erased {what} found {n}× in {copy.name}")
        else:
            ctx.findings.append(f"probe could not run: (c) restore: {restored.first_line}")
    ctx.figures.update(
        {
            "erasure_column_hits": sum(column_hits.values()),
            "erasure_byte_hits": sum(byte_hits.values()),
            "erasure_back_after_restore": back,
            "erasure_hits_in_restore_copy": copy_hits,
        }
    )


def _column_hits(db: Path, needles: dict[str, str]) -> dict[tuple[str, str], int]:
    hits: dict[tuple[str, str], int] = {}
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        tables = [
            r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        for table_ in tables:
            columns = [r[1] for r in connection.execute(f'PRAGMA table_info("{table_}")')]
            for column in columns:
                for what, needle in needles.items():
                    n = connection.execute(
                        f'SELECT count(*) FROM "{table_}" WHERE CAST("{column}" AS TEXT) LIKE ?',
                        (f"%{needle}%",),
                    ).fetchone()[0]
                    if n:
                        hits[(f"{table_}.{column}", what)] = n
    finally:
        connection.close()
    return hits


def _reviews_listed(ctx: Ctx, needles: dict[str, str]) -> int:
    """How many notes naming the erased person were listed for review; each is then cleared
    through services.erasure_review as the system administrator (0 when the app has no such
    list)."""
    try:
        from anjia_desk.db.engine import session_scope
        from anjia_desk.services import erasure_review
        from anjia_desk.services.context import Actor
    except ImportError:
        return 0
    before = _column_hits(ctx.db, needles)
    try:
        open_ids = [
            row[0]
            for row in sql(ctx.db, "SELECT id FROM erasure_reviews WHERE reviewed_at IS NULL")
        ]
    except sqlite3.Error:
        return 0
    database = open_db(ctx.db)
    try:
        for review_id in open_ids:
            with session_scope(database, Actor.system()) as session:
                erasure_review.resolve_review(session, Actor.system(), review_id, clear=True)
    except Exception as exc:
        ctx.findings.append(f"probe could not run: (c) review: {clip(repr(exc), 90)}")
    finally:
        database.close()
    print(
        f"(c) listed for review: {len(open_ids)} note(s); name hits before clearing them: "
        f"{sum(n for (_w, what), n in before.items() if what == 'name')}"
    )
    return len(open_ids)


def _byte_hits(db: Path, needles: dict[str, str], sandbox: Sandbox) -> dict[tuple[str, str], int]:
    files = [db, Path(f"{db}-wal")]
    for folder in (db.parent, sandbox.home):
        files += [p for p in folder.rglob("*") if p.is_file() and p not in files]
    hits: dict[tuple[str, str], int] = {}
    for path in files:
        if not path.exists():
            continue
        data = path.read_bytes()
        for what, needle in needles.items():
            n = data.count(needle.encode("utf-8"))
            if n:
                hits[(f"bytes of {path.name}", what)] = n
    return hits


# --------------------------------------------------------------------------- (d) the ID key


def id_key(ctx: Ctx) -> None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        settings = sql(ctx.db, "SELECT * FROM settings")
    except sqlite3.Error as exc:
        ctx.findings.append(f"probe could not run: (d) {exc}")
        return
    keys: list[bytes] = []
    key_names: list[str] = []
    for row in settings:
        texts = [str(v) for v in row if v is not None]
        named = [t for t in texts[:3] if "key" in t.lower() and len(t) < 60]
        if named:
            key_names.append(named[0])
        for text in texts:
            try:
                raw = base64.b64decode(text.strip('"'), validate=True)
            except ValueError:
                continue
            if len(raw) in (16, 24, 32):
                keys.append(raw)
    ciphers: list[str] = []
    for (table_,) in sql(ctx.db, "SELECT name FROM sqlite_master WHERE type='table'"):
        for column in [r[1] for r in sql(ctx.db, f'PRAGMA table_info("{table_}")')]:
            ciphers += [
                r[0]
                for r in sql(
                    ctx.db, f'SELECT "{column}" FROM "{table_}" WHERE "{column}" LIKE \'v1:%\''
                )
            ]
    opened = 0
    for cipher in ciphers:
        try:
            raw = base64.b64decode(cipher[3:])
        except ValueError:
            continue
        for key in keys:
            try:
                AESGCM(key).decrypt(raw[:12], raw[12:], ID_AAD)
                opened += 1
                break
            except (InvalidTag, ValueError):
                continue
    print()
    print(
        table(
            [[", ".join(key_names) or "-", len(keys), len(ciphers), opened]],
            ["key-like settings", "AES keys in file", "sealed IDs", "opened from the file"],
        )
    )
    if opened:
        ctx.findings.append(f"(d) {opened} of {len(ciphers)} sealed ID numbers open from the file")
    ctx.figures.update(
        {
            "key_settings_in_file": key_names,
            "ids_sealed": len(ciphers),
            "ids_opened_from_file": opened,
        }
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--budget", type=float, default=None, help="seconds per enumeration")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--parts", default="abcd", help="which parts to run (letters a–d)")
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args(argv)
    quick = args.quick
    budget = args.budget or (40.0 if quick else 600.0)
    sandbox = Sandbox.make("privacy")
    # The services called in this process keep to the sandbox too (data folder, temp folder).
    for var in ("ANJIA_DESK_HOME", "TMPDIR", "TEMP", "TMP", "ANJIA_DESK_BACKUP_PASSPHRASE"):
        os.environ[var] = sandbox.env[var]
    tempfile.tempdir = None
    started = time.perf_counter()
    print(f"sandbox: {sandbox.root}")
    db = sandbox.work / "office.db"
    make_demo(sandbox, db, 80 if quick else 500)
    ctx = Ctx(sandbox, db, [], {"mode": "quick" if quick else "full"})
    parts: list[tuple[str, Callable[[], None]]] = [
        ("(a) enumeration", lambda: enumeration(ctx, budget, args.seed)),
        ("(b) refusals", lambda: refusals(ctx)),
        ("(d) ID key", lambda: id_key(ctx)),
        ("(c) erasure", lambda: erasure(ctx)),
    ]
    for label, part in parts:
        if label[1] not in args.parts:
            continue
        print(f"\n== {label}", flush=True)
        try:
            part()
        except Exception as exc:
            ctx.findings.append(f"probe could not run: {label}: {type(exc).__name__}: {exc}")
    ctx.figures["seconds"] = round(time.perf_counter() - started, 1)
    if not args.keep:
        sandbox.cleanup()
    return finish("privacy", ctx.figures, ctx.findings)


if __name__ == "__main__":
    sys.exit(main())
