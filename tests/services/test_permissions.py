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
    customer_merge,
    customer_profile,
    customer_state,
    customers,
    deal_queries,
    deal_steps,
    followups,
    holds,
    printing,
    privacy,
    projects,
    reception,
    referrals,
    risk,
    rotation,
    settings,
    tickets,
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


def _edit_office_rules(database: Database, actor: Actor) -> None:
    with session_scope(database, actor) as s:
        settings.update_settings(s, actor, {"followup.cadence_b": 10})


def _edit_pricing_rules(database: Database, actor: Actor) -> None:
    with session_scope(database, actor) as s:
        settings.update_settings(s, actor, {"deals.site_discount_pct": "0.5"})


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
    if database.path is not None:
        backup.restore_database(database.url, actor, made.path, passphrase=PASSPHRASE)
        return
    from tests import pg  # a server's office restores into a new, empty database (issue 15)

    url = pg.empty_database("transfer_perm")
    try:
        backup.restore_database(
            url, actor, made.path, passphrase=PASSPHRASE, replacing=database.url
        )
    finally:
        pg.drop_database(url)


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
        customer_merge.merge_customers(s, actor, keep_id=keep, merge_id=merge, reason="同一人")


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
        printing.print_customer_record(s, actor, customer_id, tmp / "record.pdf", now=NOW)


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


# --- units, deals and money (issue 5): one real call each, on a deal set up by the system


def _deal_setup(database: Database) -> dict[str, int]:
    """A project with a permit, six units and an owned customer (ids by name)."""
    from tests.deal_fixtures import make_building, make_customer, make_project

    with session_scope(database, Actor.system()) as s:
        project = make_project(s)
        units = make_building(s, project)
        customer = make_customer(s, "钱多多", "13900003333")
        return {"project": project.id, "unit": units[0].id, "unit2": units[1].id,
                "customer": customer.id}  # fmt: skip


def _subscribe_as_system(
    database: Database, ids: dict[str, int], *, method: str = "full", special: str = "0"
) -> int:
    from decimal import Decimal

    from anjia_desk.core.deals import PaymentMethod
    from anjia_desk.services import deals
    from anjia_desk.services.deal_views import SubscribeRequest

    request = SubscribeRequest(
        unit_id=ids["unit"],
        customer_id=ids["customer"],
        buyer_name="钱多多",
        buyer_id_number="11010519491231002X",
        payment_method=PaymentMethod(method),
        deposit=Decimal("50000"),
        special_discount=Decimal(special),
        discount_reason="老客户" if special != "0" else "",
    )
    with session_scope(database, Actor.system()) as s:
        return deals.subscribe(s, Actor.system(), request, now=NOW)


def _deal_version(database: Database, deal_id: int) -> int:
    from anjia_desk.db.models import Deal

    with session_scope(database, Actor.system()) as s:
        deal = s.get(Deal, deal_id)
        assert deal is not None
        return deal.version


def _sign_as_system(database: Database, deal_id: int) -> None:

    version = _deal_version(database, deal_id)
    with session_scope(database, Actor.system()) as s:
        deal_steps.sign_contract(
            s, Actor.system(), deal_id, contract_no="HT-1", netsign_no="WQ-1", version=version,
            now=NOW,
        )  # fmt: skip


def _ticket_as_system(database: Database, ids: dict[str, int]) -> int:
    from decimal import Decimal

    with session_scope(database, Actor.system()) as s:
        return tickets.issue_ticket(
            s, Actor.system(), project_id=ids["project"], customer_id=ids["customer"],
            amount=Decimal("20000"), now=NOW,
        )  # fmt: skip


def _view_units(database: Database, actor: Actor) -> None:

    with session_scope(database, actor) as s:
        projects.list_projects(s, actor)


def _manage_units(database: Database, actor: Actor) -> None:

    with session_scope(database, actor) as s:
        projects.save_project(
            s, actor, project_id=None, name="新项目", permit_no="预售001",
            permit_date=date(2026, 1, 1),
        )  # fmt: skip


def _hold_unit(database: Database, actor: Actor) -> None:

    ids = _deal_setup(database)
    with session_scope(database, actor) as s:
        holds.hold_unit(s, actor, ids["unit"], customer_id=ids["customer"], now=NOW)


def _reserve_unit(database: Database, actor: Actor) -> None:

    ids = _deal_setup(database)
    with session_scope(database, actor) as s:
        holds.reserve_unit(
            s, actor, ids["unit"], until=date(2026, 12, 31), reason="领导预留", now=NOW
        )


def _issue_ticket(database: Database, actor: Actor) -> None:
    from decimal import Decimal

    ids = _deal_setup(database)
    with session_scope(database, actor) as s:
        tickets.issue_ticket(
            s, actor, project_id=ids["project"], customer_id=ids["customer"],
            amount=Decimal("20000"), now=NOW,
        )  # fmt: skip


def _void_ticket(database: Database, actor: Actor) -> None:

    ticket = _ticket_as_system(database, _deal_setup(database))
    with session_scope(database, actor) as s:
        tickets.void_ticket(s, actor, ticket, reason="登记错误", now=NOW)


def _paid_ticket_as_system(database: Database, ids: dict[str, int]) -> int:
    from decimal import Decimal

    from anjia_desk.core.deals import Nature
    from anjia_desk.services import payments

    ticket = _ticket_as_system(database, ids)
    with session_scope(database, Actor.system()) as s:
        payments.record_payment(
            s, Actor.system(), amount=Decimal("20000"), nature=Nature.QUEUE, payer="钱多多",
            method="转账", ticket_id=ticket, now=NOW,
        )  # fmt: skip
    return ticket


def _choose_unit(database: Database, actor: Actor) -> None:

    ids = _deal_setup(database)
    ticket = _paid_ticket_as_system(database, ids)
    with session_scope(database, actor) as s:
        tickets.choose_unit(s, actor, ids["unit"], ticket_id=ticket, now=NOW)


def _override_hold_limit(database: Database, actor: Actor) -> None:
    """A hold of the actor's own, extended as often as the office allows: one more."""
    from anjia_desk.db.models import UnitHold

    ids = _deal_setup(database)
    system = Actor.system()
    with session_scope(database, system) as s:
        hold_id = holds.hold_unit(s, system, ids["unit"], customer_id=ids["customer"], now=NOW)
        for _ in range(2):
            holds.extend_hold(s, system, hold_id, now=NOW)
        hold = s.get(UnitHold, hold_id)
        assert hold is not None
        hold.user_id = actor.user_id
    with session_scope(database, actor) as s:
        holds.extend_hold(s, actor, hold_id, reason="客户在外地", now=NOW)


def _allow_unpaid_choice(database: Database, actor: Actor) -> None:
    ticket = _ticket_as_system(database, _deal_setup(database))
    with session_scope(database, actor) as s:
        tickets.allow_choice(s, actor, ticket, reason="款项在途", now=NOW)


def _subscribe(database: Database, actor: Actor) -> None:
    from decimal import Decimal

    from anjia_desk.core.deals import PaymentMethod
    from anjia_desk.services import deals
    from anjia_desk.services.deal_views import SubscribeRequest

    ids = _deal_setup(database)
    request = SubscribeRequest(
        unit_id=ids["unit"], customer_id=ids["customer"], buyer_name="钱多多",
        buyer_id_number="11010519491231002X", payment_method=PaymentMethod.FULL,
        deposit=Decimal("50000"),
    )  # fmt: skip
    with session_scope(database, actor) as s:
        deals.subscribe(s, actor, request, now=NOW)


def _sign(database: Database, actor: Actor) -> None:

    deal_id = _subscribe_as_system(database, _deal_setup(database))
    version = _deal_version(database, deal_id)
    with session_scope(database, actor) as s:
        deal_steps.sign_contract(
            s, actor, deal_id, contract_no="HT-1", netsign_no="WQ-1", version=version, now=NOW
        )


def _mortgage_step(database: Database, actor: Actor) -> None:
    from anjia_desk.core.deals import Step

    deal_id = _subscribe_as_system(database, _deal_setup(database), method="commercial")
    _sign_as_system(database, deal_id)
    with session_scope(database, Actor.system()) as s:
        version = _deal_version(database, deal_id)
        deal_steps.complete_step(s, Actor.system(), deal_id, Step.FILE, version=version, now=NOW)
    version = _deal_version(database, deal_id)
    with session_scope(database, actor) as s:
        deal_steps.complete_step(s, actor, deal_id, Step.DOCUMENTS, version=version, now=NOW)


def _approve_discount(database: Database, actor: Actor) -> None:
    from anjia_desk.services import deals

    deal_id = _subscribe_as_system(database, _deal_setup(database), special="5000")
    version = _deal_version(database, deal_id)
    with session_scope(database, actor) as s:
        deals.decide_discount(s, actor, deal_id, approve=True, version=version, now=NOW)


def _view_deals(database: Database, actor: Actor) -> None:

    with session_scope(database, actor) as s:
        deal_queries.list_deals(s, actor, now=NOW)


def _view_id_number(database: Database, actor: Actor) -> None:

    deal_id = _subscribe_as_system(database, _deal_setup(database))
    with session_scope(database, actor) as s:
        assert deal_queries.reveal_buyer_id(s, actor, deal_id) == "11010519491231002X"


def _record_payment(database: Database, actor: Actor) -> None:
    from decimal import Decimal

    from anjia_desk.core.deals import Nature
    from anjia_desk.services import payments

    ticket = _ticket_as_system(database, _deal_setup(database))
    with session_scope(database, actor) as s:
        payments.record_payment(
            s, actor, amount=Decimal("20000"), nature=Nature.QUEUE, payer="钱多多",
            method="转账", ticket_id=ticket, now=NOW,
        )  # fmt: skip


def _confirm_receipt(database: Database, actor: Actor) -> None:
    from decimal import Decimal

    from anjia_desk.core.deals import Nature
    from anjia_desk.services import payments

    ticket = _ticket_as_system(database, _deal_setup(database))
    with session_scope(database, Actor.system()) as s:
        receipt = payments.record_payment(
            s, Actor.system(), amount=Decimal("20000"), nature=Nature.QUEUE, payer="钱多多",
            method="转账", ticket_id=ticket, now=NOW,
        )  # fmt: skip
    with session_scope(database, actor) as s:
        payments.confirm_receipt(s, actor, receipt, now=NOW)


def _view_receivables(database: Database, actor: Actor) -> None:
    from anjia_desk.services import receivables
    from anjia_desk.services.deal_views import ReceivableQuery

    with session_scope(database, actor) as s:
        receivables.receivables(s, actor, ReceivableQuery(), now=NOW)


def _care_touch(database: Database, actor: Actor) -> None:
    from sqlalchemy import select

    from anjia_desk.db.models import CareTouch
    from anjia_desk.services import care

    deal_id = _subscribe_as_system(database, _deal_setup(database))
    _sign_as_system(database, deal_id)
    with session_scope(database, Actor.system()) as s:
        touch = s.scalars(select(CareTouch).where(CareTouch.deal_id == deal_id)).first()
        assert touch is not None
        touch.owner_id = actor.user_id  # the actor's own customer's touch
        touch_id = touch.id
    with session_scope(database, actor) as s:
        care.complete_touch(s, actor, touch_id, now=NOW)


def _dunning(database: Database, actor: Actor) -> None:
    from anjia_desk.services.dunning import issue_letters

    with session_scope(database, actor) as s:
        issue_letters(s, actor, None, now=NOW)


def _dunning_deal(database: Database, actor: Actor) -> int:
    """A deal sold by `actor` (a consultant reaches only their own)."""
    from anjia_desk.db.models import Deal

    deal_id = _subscribe_as_system(database, _deal_setup(database))
    with session_scope(database, Actor.system()) as s:
        deal = s.get(Deal, deal_id)
        assert deal is not None
        deal.consultant_id = actor.user_id
    return deal_id


def _preinspection(database: Database, actor: Actor) -> None:
    from anjia_desk.services.preinspection import record_invitation

    deal_id = _dunning_deal(database, actor)
    with session_scope(database, actor) as s:
        record_invitation(s, actor, deal_id, now=NOW)


def _head_office_report(database: Database, actor: Actor, folder: Path) -> None:
    from anjia_desk.services.head_office import produce_report

    with session_scope(database, actor) as s:
        produce_report(s, actor, "daily", NOW.date(), now=NOW, out=folder / "日报.xlsx")
    assert (folder / "日报.xlsx").exists()


def _report_templates(database: Database, actor: Actor) -> None:
    from anjia_desk.services.head_office import reset_template

    with session_scope(database, actor) as s:
        reset_template(s, actor, "weekly")


def _block_dunning(database: Database, actor: Actor) -> None:
    from datetime import timedelta

    from anjia_desk.core.dunning import BlockForm
    from anjia_desk.services.dunning_actions import block_deal

    deal_id = _dunning_deal(database, actor)
    with session_scope(database, actor) as s:
        form = BlockForm("客户申请分期，谈判中", NOW.date() + timedelta(days=20))
        block_deal(s, actor, deal_id, form, now=NOW)


def _dunning_call(database: Database, actor: Actor) -> None:
    from anjia_desk.core.dunning import CallForm, CallOutcome
    from anjia_desk.services.dunning_actions import log_call

    deal_id = _dunning_deal(database, actor)
    with session_scope(database, actor) as s:
        log_call(s, actor, deal_id, CallForm(CallOutcome.NO_ANSWER), stage=1, now=NOW)


def _change_order(database: Database, actor: Actor, to: str = "talk", **kw: object) -> int:
    """A 退定 order on a deal sold by nobody (or by `actor` when asked), moved on to `to`
    by the system: "talk", "review" or "approval"."""
    from anjia_desk.core.change_forms import RequestForm, TalkForm
    from anjia_desk.core.changes import ChangeKind, ReasonType, TalkOutcome
    from anjia_desk.db.models import ChangeOrder
    from anjia_desk.services import change_orders as co

    deal_id = _subscribe_as_system(database, _deal_setup(database))
    system = Actor.system()
    form = RequestForm(ChangeKind.UNSUBSCRIBE, reason_type=ReasonType.REGRET, **kw)  # type: ignore[arg-type]
    with session_scope(database, system) as s:
        order_id = co.file_change(s, system, deal_id, form, now=NOW)

    def version() -> int:
        with session_scope(database, system) as s:
            found = s.get(ChangeOrder, order_id)
            assert found is not None
            return found.version

    if to in ("review", "approval"):
        with session_scope(database, system) as s:
            talk = TalkForm(TalkOutcome.LEAVE, "坚持退")
            co.record_talk(s, system, order_id, talk, version=version(), now=NOW)
    if to == "approval":
        with session_scope(database, system) as s:
            co.review(s, system, order_id, version=version(), now=NOW)
    return order_id


def _order_version(database: Database, order_id: int) -> int:
    from anjia_desk.db.models import ChangeOrder

    with session_scope(database, Actor.system()) as s:
        found = s.get(ChangeOrder, order_id)
        assert found is not None
        return found.version


def _view_changes(database: Database, actor: Actor) -> None:
    from anjia_desk.services.change_views import list_changes

    with session_scope(database, actor) as s:
        list_changes(s, actor, now=NOW)


def _file_change(database: Database, actor: Actor) -> None:
    from anjia_desk.core.change_forms import RequestForm
    from anjia_desk.core.changes import ChangeKind, ReasonType
    from anjia_desk.services.change_orders import file_change

    deal_id = _dunning_deal(database, actor)  # the actor's own deal
    form = RequestForm(ChangeKind.UNSUBSCRIBE, reason_type=ReasonType.FUNDS)
    with session_scope(database, actor) as s:
        file_change(s, actor, deal_id, form, now=NOW)


def _lead_retention(database: Database, actor: Actor) -> None:
    from anjia_desk.core.change_forms import TalkForm
    from anjia_desk.core.changes import TalkOutcome
    from anjia_desk.services.change_orders import record_talk

    order_id = _change_order(database, actor)
    version = _order_version(database, order_id)
    with session_scope(database, actor) as s:
        record_talk(
            s, actor, order_id, TalkForm(TalkOutcome.KEEP, "留住"), version=version, now=NOW
        )


def _review_changes(database: Database, actor: Actor) -> None:
    from anjia_desk.services.change_orders import review

    order_id = _change_order(database, actor, "review")
    version = _order_version(database, order_id)
    with session_scope(database, actor) as s:
        review(s, actor, order_id, version=version, now=NOW)


def _approve_changes(database: Database, actor: Actor) -> None:
    from anjia_desk.services.change_orders import approve

    order_id = _change_order(database, actor, "approval")
    version = _order_version(database, order_id)
    with session_scope(database, actor) as s:
        approve(s, actor, order_id, version=version, now=NOW)


def _adjust_refund(database: Database, actor: Actor) -> None:
    from decimal import Decimal

    from anjia_desk.core.change_forms import AdjustForm
    from anjia_desk.services.change_orders import adjust_refund

    order_id = _change_order(database, actor)
    version = _order_version(database, order_id)
    with session_scope(database, actor) as s:
        form = AdjustForm(Decimal("1000"), "酌情退还")
        adjust_refund(s, actor, order_id, form, version=version, now=NOW)


def _confirm_grounds(database: Database, actor: Actor) -> None:
    from anjia_desk.core.changes import Fault, Ground
    from anjia_desk.services.change_orders import confirm_ground

    order_id = _change_order(
        database, actor, fault=Fault.NONE, ground=Ground.QUALIFICATION, ground_note="资格未通过"
    )
    version = _order_version(database, order_id)
    with session_scope(database, actor) as s:
        confirm_ground(s, actor, order_id, version=version, now=NOW)


# --- refund vouchers (issue 17): an executed 退定 set up by the system, 50,000 to pay back


def _refund_order_as_system(database: Database) -> int:
    from decimal import Decimal

    from anjia_desk.core.change_forms import RequestForm, TalkForm
    from anjia_desk.core.changes import ChangeKind, Fault, ReasonType, TalkOutcome
    from anjia_desk.core.deals import Nature
    from anjia_desk.db.models import ChangeOrder
    from anjia_desk.services import change_execute, change_orders, payments

    deal_id = _subscribe_as_system(database, _deal_setup(database))
    system = Actor.system()
    with session_scope(database, system) as s:
        payments.record_payment(
            s, system, amount=Decimal("50000"), nature=Nature.DEPOSIT, payer="钱多多",
            method="转账", deal_id=deal_id, now=NOW,
        )  # fmt: skip
        form = RequestForm(
            kind=ChangeKind.UNSUBSCRIBE, reason_type=ReasonType.REGRET, fault=Fault.NONE
        )
        order_id = change_orders.file_change(s, system, deal_id, form, now=NOW)

        def version() -> int:
            row = s.get(ChangeOrder, order_id)
            assert row is not None
            return row.version

        talk = TalkForm(TalkOutcome.LEAVE, "客户坚持")
        change_orders.record_talk(s, system, order_id, talk, version=version(), now=NOW)
        change_orders.review(s, system, order_id, version=version(), now=NOW)
        change_orders.approve(s, system, order_id, version=version(), now=NOW)
        change_execute.execute(s, system, order_id, version=version(), now=NOW)
        return order_id


def _pay_refund(database: Database, actor: Actor) -> None:
    from decimal import Decimal

    from anjia_desk.core.change_forms import VoucherForm
    from anjia_desk.services import refund_vouchers

    order_id = _refund_order_as_system(database)
    with session_scope(database, actor) as s:
        form = VoucherForm(amount=Decimal("100"), payee="钱多多")
        refund_vouchers.pay_refund(s, actor, order_id, form, now=NOW)


def _confirm_refund(database: Database, actor: Actor) -> None:
    from decimal import Decimal

    from anjia_desk.core.change_forms import VoucherForm
    from anjia_desk.services import refund_vouchers

    order_id = _refund_order_as_system(database)
    with session_scope(database, Actor.system()) as s:
        form = VoucherForm(amount=Decimal("100"), payee="钱多多")
        voucher_id = refund_vouchers.pay_refund(s, Actor.system(), order_id, form, now=NOW)
    with session_scope(database, actor) as s:
        refund_vouchers.confirm_voucher(s, actor, voucher_id, now=NOW)


def _complaint(database: Database) -> int:
    """A 三级 phone complaint, taken in by the system."""
    from anjia_desk.core.complaint_forms import IntakeForm
    from anjia_desk.core.complaints import Channel, Level, Nature
    from anjia_desk.services.complaints import file_complaint
    from tests.deal_fixtures import make_project

    with session_scope(database, Actor.system()) as s:
        make_project(s, "投诉测试苑")
        form = IntakeForm(Channel.PHONE, "王建国", "地面空鼓", Nature.QUALITY, Level.MINOR)
        return file_complaint(s, Actor.system(), form, now=NOW)


def _view_complaints(database: Database, actor: Actor) -> None:
    from anjia_desk.services.complaint_views import list_complaints

    with session_scope(database, actor) as s:
        list_complaints(s, actor, now=NOW)


def _file_complaint(database: Database, actor: Actor) -> None:
    from anjia_desk.core.complaint_forms import IntakeForm
    from anjia_desk.core.complaints import Channel, Level, Nature
    from anjia_desk.services.complaints import file_complaint
    from tests.deal_fixtures import make_project

    with session_scope(database, Actor.system()) as s:
        make_project(s, "投诉测试苑")
    with session_scope(database, actor) as s:
        form = IntakeForm(
            Channel.ON_SITE, "李四", "样板间与交付不符", Nature.PROMISE, Level.GENERAL
        )
        file_complaint(s, actor, form, now=NOW)


def _handle_complaint(database: Database, actor: Actor) -> None:
    from anjia_desk.core.complaints import Level
    from anjia_desk.services.complaints import change_level

    complaint_id = _complaint(database)
    with session_scope(database, actor) as s:
        change_level(s, actor, complaint_id, Level.GENERAL, reason="涉及返修", now=NOW)


# --- complaints' solution, visits and closing (issue 18): a case set up with the models


def _complaint_as_system(database: Database, **kw: object) -> int:
    from tests.services.complaint_flow_helpers import complaint, project

    with session_scope(database, Actor.system()) as s:
        return complaint(s, project(s).id, **kw).id  # type: ignore[arg-type]


def _complaint_version(database: Database, complaint_id: int) -> int:
    from anjia_desk.db.models import Complaint

    with session_scope(database, Actor.system()) as s:
        found = s.get(Complaint, complaint_id)
        assert found is not None
        return found.version


def _review_solutions(database: Database, actor: Actor) -> None:
    from anjia_desk.core.complaint_kinds import ComplaintStatus, Solution
    from anjia_desk.services.complaint_solution import review_solution

    cid = _complaint_as_system(
        database, status=ComplaintStatus.REVIEW, solution=Solution.REPAIR, solution_text="维修"
    )
    with session_scope(database, actor) as s:
        review_solution(s, actor, cid, version=_complaint_version(database, cid), now=NOW)


def _return_visits(database: Database, actor: Actor) -> None:
    from anjia_desk.core.complaint_flow_forms import VisitForm
    from anjia_desk.core.complaint_kinds import ComplaintStatus, VisitWay
    from anjia_desk.services.complaint_close import record_visit

    cid = _complaint_as_system(database, status=ComplaintStatus.VISIT, executed_at=NOW)
    form = VisitForm(VisitWay.PHONE, {"speed": 5, "attitude": 5, "result": 4, "overall": 4})
    with session_scope(database, actor) as s:
        record_visit(s, actor, cid, form, version=_complaint_version(database, cid), now=NOW)


def _close_unsatisfied(database: Database, actor: Actor) -> None:
    """A case whose visit stayed at 60%: its second round is open."""
    from anjia_desk.core.complaint_kinds import ComplaintStatus
    from anjia_desk.services.complaint_close import close_unsatisfied
    from tests.services.complaint_flow_helpers import visit_row

    cid = _complaint_as_system(database, status=ComplaintStatus.EXECUTING)
    with session_scope(database, Actor.system()) as s:
        from anjia_desk.db.models import Complaint

        found = s.get(Complaint, cid)
        assert found is not None
        visit_row(s, found, "0.60")
        found.round = 2
    with session_scope(database, actor) as s:
        close_unsatisfied(
            s, actor, cid, reason="客户诉求超出合同约定", version=_complaint_version(database, cid),
            now=NOW,
        )  # fmt: skip


# --- complaints' money (issue 18, money helper): a request above both limits, so the customer-
# service manager and the vice president each have their side to sign


def _approve_compensation(database: Database, actor: Actor) -> None:
    from datetime import timedelta
    from decimal import Decimal

    from anjia_desk.core.complaint_kinds import ComplaintStatus
    from anjia_desk.core.complaint_money_forms import PaymentForm
    from anjia_desk.core.complaints import Channel, Level, Liable, Nature, Payment
    from anjia_desk.db.models import Complaint, Project
    from anjia_desk.services import complaint_money

    system = Actor.system()
    with session_scope(database, system) as s:
        project = Project(name="投诉测试苑", permit_no="预001")
        s.add(project)
        s.flush()
        case = Complaint(
            project_id=project.id, number=1, channel=Channel.PHONE,
            intake_at=NOW - timedelta(days=2), who="王建国", what="渗水",
            nature=Nature.QUALITY, level=Level.GENERAL, status=ComplaintStatus.EXECUTING,
        )  # fmt: skip
        s.add(case)
        s.flush()
        form = PaymentForm(Payment.LIABILITY, Liable.COMPANY, Decimal("50000"), "赔偿")
        payment_id = complaint_money.request_payment(s, system, case.id, form, now=NOW)
    with session_scope(database, actor) as s:
        complaint_money.approve_payment(s, actor, payment_id, now=NOW)


# --- reports (issue 19, sales helper): the office's figures need 查看报表; a consultant's own
# figures are what 查看本人报表 opens (an empty office: the guard is the point, kept cheap)


def _view_reports(database: Database, actor: Actor) -> None:
    from anjia_desk.services import reports
    from anjia_desk.services.report_base import report_scope

    day = NOW.date()
    with session_scope(database, actor) as s:
        scope = report_scope(actor, whole_office_only=True)  # refused without 查看报表
        table = reports.compute_report(s, actor, "funnel", day, day, now=NOW)
    assert scope.user_id is None and table.scope_label == ""


def _view_own_reports(database: Database, actor: Actor) -> None:
    from anjia_desk.services import reports

    if not actor.can(Action.VIEW_OWN_REPORTS):
        # The office's figures (查看报表) are not one's own; without either right the report
        # itself refuses naming 查看报表, so the own right is asked for here by name.
        actor.require(Action.VIEW_OWN_REPORTS)
    day = NOW.date()
    with session_scope(database, actor) as s:
        table = reports.compute_report(s, actor, "visits", day, day, now=NOW)
    assert table.scope_label == "仅本人"


CALLS: dict[Action, Callable[..., None]] = {
    Action.MANAGE_USERS: _add_user,
    Action.EDIT_SETTINGS: _edit_settings,
    Action.EDIT_OFFICE_RULES: _edit_office_rules,
    Action.EDIT_PRICING_RULES: _edit_pricing_rules,
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
    Action.VIEW_UNITS: _view_units,
    Action.MANAGE_UNITS: _manage_units,
    Action.HOLD_UNITS: _hold_unit,
    Action.RESERVE_UNITS: _reserve_unit,
    Action.ISSUE_TICKETS: _issue_ticket,
    Action.VOID_TICKETS: _void_ticket,
    Action.CHOOSE_UNITS: _choose_unit,
    Action.SUBSCRIBE: _subscribe,
    Action.SIGN_CONTRACTS: _sign,
    Action.MORTGAGE_STEPS: _mortgage_step,
    Action.APPROVE_DISCOUNTS: _approve_discount,
    Action.VIEW_DEALS: _view_deals,
    Action.VIEW_ID_NUMBERS: _view_id_number,
    Action.RECORD_PAYMENTS: _record_payment,
    Action.CONFIRM_RECEIPTS: _confirm_receipt,
    Action.VIEW_RECEIVABLES: _view_receivables,
    Action.CARE_TOUCHES: _care_touch,
    Action.OVERRIDE_HOLD_LIMIT: _override_hold_limit,
    Action.ALLOW_UNPAID_CHOICE: _allow_unpaid_choice,
    Action.DUNNING: _dunning,
    Action.BLOCK_DUNNING: _block_dunning,
    Action.DUNNING_CALLS: _dunning_call,
    Action.VIEW_CHANGES: _view_changes,
    Action.FILE_CHANGES: _file_change,
    Action.LEAD_RETENTION: _lead_retention,
    Action.REVIEW_CHANGES: _review_changes,
    Action.APPROVE_CHANGES: _approve_changes,
    Action.ADJUST_REFUND: _adjust_refund,
    Action.CONFIRM_GROUNDS: _confirm_grounds,
    Action.PAY_REFUNDS: _pay_refund,  # issue 17
    Action.CONFIRM_REFUNDS: _confirm_refund,  # issue 17
    Action.VIEW_COMPLAINTS: _view_complaints,  # issue 18
    Action.FILE_COMPLAINTS: _file_complaint,
    Action.HANDLE_COMPLAINTS: _handle_complaint,
    Action.REVIEW_SOLUTIONS: _review_solutions,  # issue 18 (flow)
    Action.RETURN_VISITS: _return_visits,  # issue 18 (flow)
    Action.CLOSE_UNSATISFIED: _close_unsatisfied,  # issue 18 (flow)
    Action.APPROVE_COMPENSATION: _approve_compensation,  # issue 18 (money)
    Action.PREINSPECTION: _preinspection,  # issue 18
    Action.VIEW_REPORTS: _view_reports,  # issue 19
    Action.VIEW_OWN_REPORTS: _view_own_reports,  # issue 19
    Action.HEAD_OFFICE_REPORTS: _head_office_report,  # issue 19
    Action.REPORT_TEMPLATES: _report_templates,  # issue 19
}
NEEDS_FOLDER = {
    Action.BACKUP,
    Action.RESTORE,
    Action.PRINT_BLANK_FORMS,
    Action.PRINT_CUSTOMER_RECORD,
    Action.IMPORT_DATA,
    Action.EXPORT_DATA,
    Action.EXPORT_UNMASKED,
    Action.HEAD_OFFICE_REPORTS,
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
