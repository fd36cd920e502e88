"""Every role against every guarded service: a service refuses exactly what the role × action
table of core/roles.py refuses, and lets the others through (DESIGN.md §Tests)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from anjia_desk.core.customers import VisitForm
from anjia_desk.core.errors import PermissionDenied
from anjia_desk.core.followups import FollowUpForm
from anjia_desk.core.phones import parse_phone
from anjia_desk.core.roles import Action, Role, is_allowed
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.db.models import Customer, Dispute, RiskWarning
from anjia_desk.services import (
    audit,
    backup,
    calendar,
    customer_profile,
    customer_state,
    customers,
    followups,
    printing,
    privacy,
    reception,
    referrals,
    risk,
    rotation,
    settings,
    users,
)
from anjia_desk.services.context import Actor

PASSPHRASE = "office-passphrase-1"


def _add_user(database: Database, actor: Actor) -> None:
    with session_scope(database, actor) as s:
        users.add_user(
            s,
            actor,
            username="newbie",
            display_name="新同事",
            roles=[Role.FRONT_DESK],
            password=None,
        )


def _edit_settings(database: Database, actor: Actor) -> None:
    with session_scope(database, actor) as s:
        settings.update_settings(s, actor, {"security.lock_minutes": 12})


def _edit_calendar(database: Database, actor: Actor) -> None:
    with session_scope(database, actor) as s:
        calendar.save_year(s, actor, 2027, [calendar.DayEntry(date(2027, 1, 1), False, "元旦")])


def _view_audit(database: Database, actor: Actor) -> None:
    with session_scope(database, actor) as s:
        audit.search_audit(s, actor)


def _backup(database: Database, actor: Actor, tmp: Path) -> None:
    backup.backup_database(database, actor, tmp / "b.anjiabak")


def _restore(database: Database, actor: Actor, tmp: Path) -> None:
    made = backup.backup_database(database, Actor.system(), tmp / "r.anjiabak")
    backup.restore_database(database.url, actor, made.path, passphrase=PASSPHRASE)


def _set_passphrase(database: Database, actor: Actor) -> None:
    with session_scope(database, actor) as s:
        backup.set_backup_passphrase(s, actor, "another-passphrase", old_passphrase=PASSPHRASE)


def _print_form(database: Database, actor: Actor, tmp: Path) -> None:
    with session_scope(database, actor) as s:
        printing.print_visitor_form(s, actor, tmp / "form.pdf")


# --- the front desk (issue 3): one real call each, on records the acting user could act on


NOW = datetime(2026, 11, 23, 3, 0, tzinfo=UTC)


def _consultant(database: Database, username: str = "helper", *, senior: bool = False) -> int:
    system = Actor.system()
    roles = [Role.SENIOR_CONSULTANT, Role.CONSULTANT] if senior else [Role.CONSULTANT]
    with session_scope(database, system) as s:
        return users.add_user(
            s, system, username=username, display_name=username, roles=roles, password=None
        ).id


def _customer(database: Database, owner_id: int | None, phone: str = "13900001111") -> int:
    system = Actor.system()
    with session_scope(database, system) as s:
        rule = customer_state.rules(s)
        customer = Customer(name="钱多多", grade="B", channel="自然到访")
        customer_state.set_name(customer, "钱多多")
        customer_state.set_phone(customer, parse_phone(phone))
        s.add(customer)
        s.flush()
        if owner_id is not None:
            customer_state.set_owner(
                s, system, customer, owner_id, kind="register", today=rule.today(NOW), rule=rule
            )
        return customer.id


def _register_visit(database: Database, actor: Actor) -> None:
    consultant = _consultant(database)
    form = VisitForm(
        phone="13811112222", name="", channel="自然到访", consent=True, consultant_id=consultant
    )
    with session_scope(database, actor) as s:
        reception.register_visit(s, actor, form, now=NOW)


def _view_customers(database: Database, actor: Actor) -> None:
    with session_scope(database, actor) as s:
        customers.search_customer_ids(s, actor, customers.CustomerQuery(), now=NOW)


def _edit_customers(database: Database, actor: Actor) -> None:
    customer_id = _customer(database, actor.user_id)
    form = FollowUpForm(channel="电话", content="约周末看样板间", grade="A")
    with session_scope(database, actor) as s:
        followups.log_follow_up(s, actor, customer_id, form, now=NOW)


def _claim(database: Database, actor: Actor) -> None:
    customer_id = _customer(database, None)
    with session_scope(database, actor) as s:
        customers.claim_customer(s, actor, customer_id, now=NOW)


def _reassign(database: Database, actor: Actor) -> None:
    one, two = _consultant(database, "one"), _consultant(database, "two")
    _customer(database, one)
    with session_scope(database, actor) as s:
        customers.reassign_customers(
            s,
            actor,
            from_user_id=one,
            to_user_id=two,
            customer_ids=None,
            reason="离职交接",
            now=NOW,
        )


def _raise_dispute(database: Database, actor: Actor) -> None:
    customer_id = _customer(database, _consultant(database))
    with session_scope(database, actor) as s:
        customers.raise_dispute(s, actor, customer_id, "上周是我接待的", now=NOW)


def _rule_dispute(database: Database, actor: Actor) -> None:
    holder, claimant = _consultant(database, "holder"), _consultant(database, "claimant")
    customer_id = _customer(database, holder)
    with session_scope(database, Actor.system()) as s:
        dispute = Dispute(customer_id=customer_id, claimant_id=claimant, holder_id=holder)
        s.add(dispute)
        s.flush()
        dispute_id, version = dispute.id, dispute.version
    with session_scope(database, actor) as s:
        customers.rule_dispute(
            s, actor, dispute_id, winner_id=holder, reason="首访登记在先", version=version, now=NOW
        )


def _merge(database: Database, actor: Actor) -> None:
    keep = _customer(database, None, "13900001111")
    merge = _customer(database, None, "13900002222")
    with session_scope(database, actor) as s:
        customer_profile.merge_customers(s, actor, keep_id=keep, merge_id=merge, reason="同一人")


def _manage_duty(database: Database, actor: Actor) -> None:
    consultant = _consultant(database)
    with session_scope(database, actor) as s:
        rotation.set_duty_list(s, actor, [consultant], now=NOW)


def _run_rotation(database: Database, actor: Actor) -> None:
    consultant = _consultant(database)
    system = Actor.system()
    with session_scope(database, system) as s:
        rotation.set_duty_list(s, system, [consultant], now=NOW)
    with session_scope(database, actor) as s:
        rotation.skip_consultant(s, actor, consultant, now=NOW)


def _assign_warning(database: Database, actor: Actor) -> None:
    senior = _consultant(database, "senior", senior=True)
    customer_id = _customer(database, _consultant(database))
    with session_scope(database, Actor.system()) as s:
        day = NOW.date()
        warning = RiskWarning(customer_id=customer_id, start_day=day, end_day=day)
        s.add(warning)
        s.flush()
        warning_id, version = warning.id, warning.version
    with session_scope(database, actor) as s:
        risk.assign_warning(s, actor, warning_id, assignee_id=senior, version=version, now=NOW)


def _redeem(database: Database, actor: Actor) -> None:
    customer_id = _customer(database, None)
    system = Actor.system()
    with session_scope(database, system) as s:
        customer_state.award_referral_points(
            s, system, referrer_id=customer_id, referred_id=None, points=300, kind="visit"
        )
    with session_scope(database, actor) as s:
        referrals.redeem_points(s, actor, customer_id, points=100, note="物业费抵用券", now=NOW)


def _print_record(database: Database, actor: Actor, tmp: Path) -> None:
    customer_id = _customer(database, None)
    with session_scope(database, actor) as s:
        customer_profile.print_customer_record(s, actor, customer_id, tmp / "record.pdf", now=NOW)


def _erase(database: Database, actor: Actor) -> None:
    customer_id = _customer(database, None)
    with session_scope(database, actor) as s:
        customer_profile.erase_personal_data(s, actor, customer_id, reason="本人申请删除")


def _anonymise(database: Database, actor: Actor) -> None:
    with session_scope(database, actor) as s:
        privacy.anonymise_due(s, actor, now=NOW, dry_run=True)


def _import(database: Database, actor: Actor, folder: Path) -> None:
    from anjia_desk.services.importing import ImportOptions, run_import

    path = folder / "customers.csv"
    path.write_text("姓名,手机号\n甲,13800000001\n", encoding="utf-8")
    run_import(
        database, actor, kind="customers", path=path, options=ImportOptions(dry_run=True), now=NOW
    )


def _export(database: Database, actor: Actor, folder: Path, *, masked: bool = True) -> None:
    from anjia_desk.services.exporting import ExportRequest, export_workbook

    request = ExportRequest(kinds=("customers",), mask_phones=masked, reason="总部核对")
    with session_scope(database, actor) as s:
        export_workbook(s, actor, request, folder / "export.xlsx", now=NOW)


def _export_unmasked(database: Database, actor: Actor, folder: Path) -> None:
    if not actor.can(Action.EXPORT_DATA):
        actor.require(Action.EXPORT_UNMASKED)  # nothing to export at all: refused the same
    _export(database, actor, folder, masked=False)


CALLS: dict[Action, Callable[..., None]] = {
    Action.MANAGE_USERS: _add_user,
    Action.EDIT_SETTINGS: _edit_settings,
    Action.EDIT_CALENDAR: _edit_calendar,
    Action.VIEW_AUDIT: _view_audit,
    Action.BACKUP: _backup,
    Action.RESTORE: _restore,
    Action.SET_BACKUP_PASSPHRASE: _set_passphrase,
    Action.PRINT_BLANK_FORMS: _print_form,
    Action.REGISTER_VISIT: _register_visit,
    Action.VIEW_CUSTOMERS: _view_customers,
    Action.EDIT_CUSTOMERS: _edit_customers,
    Action.CLAIM_CUSTOMERS: _claim,
    Action.REASSIGN_CUSTOMERS: _reassign,
    Action.RAISE_DISPUTE: _raise_dispute,
    Action.RULE_DISPUTES: _rule_dispute,
    Action.MERGE_CUSTOMERS: _merge,
    Action.MANAGE_DUTY: _manage_duty,
    Action.RUN_ROTATION: _run_rotation,
    Action.ASSIGN_WARNINGS: _assign_warning,
    Action.REDEEM_POINTS: _redeem,
    Action.PRINT_CUSTOMER_RECORD: _print_record,
    Action.DELETE_PERSONAL_DATA: _erase,
    Action.ANONYMISE_CUSTOMERS: _anonymise,
    Action.IMPORT_DATA: _import,
    Action.EXPORT_DATA: _export,
    Action.EXPORT_UNMASKED: _export_unmasked,
}
NEEDS_FOLDER = {
    Action.BACKUP,
    Action.RESTORE,
    Action.PRINT_BLANK_FORMS,
    Action.PRINT_CUSTOMER_RECORD,
    Action.IMPORT_DATA,
    Action.EXPORT_DATA,
    Action.EXPORT_UNMASKED,
}


def test_every_action_has_a_guarded_call():
    assert set(CALLS) == set(Action)


@pytest.mark.parametrize("action", list(Action))
@pytest.mark.parametrize("role", list(Role))
def test_service_guards_follow_the_table(database: Database, tmp_path: Path, role, action):
    system = Actor.system()
    with session_scope(database, system) as s:
        backup.set_backup_passphrase(s, system, PASSPHRASE)
        row = users.add_user(
            s,
            system,
            username="someone",
            display_name="某人",
            roles=[role.value],
            password="pass-word-1",
        )
    actor = Actor(row.id, "someone", "某人", frozenset({role}))
    call = CALLS[action]
    args = (database, actor, tmp_path) if action in NEEDS_FOLDER else (database, actor)
    if is_allowed({role}, action):
        call(*args)
    else:
        with pytest.raises(PermissionDenied, match=action.label):
            call(*args)
