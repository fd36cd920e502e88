"""One table of every role against every guarded action (DESIGN.md §Tests)."""

import pytest

from anjia_desk.core.errors import PermissionDenied
from anjia_desk.core.roles import ACTION_LABELS, PERMISSIONS, ROLE_LABELS, Action, Role, is_allowed
from anjia_desk.services.context import Actor

R = Role
SELLING = {R.CONSULTANT, R.SENIOR_CONSULTANT, R.SALES_SECRETARY, R.SITE_MANAGER}
DEAL_VIEWERS = set(Role) - {R.FRONT_DESK, R.CHANNEL_OFFICER}

EXPECTED: dict[Action, set[Role]] = {
    Action.MANAGE_USERS: {R.ADMIN},
    Action.EDIT_SETTINGS: {R.ADMIN},
    Action.EDIT_OFFICE_RULES: {R.SITE_MANAGER},
    Action.EDIT_PRICING_RULES: {R.MARKETING_HEAD},
    Action.EDIT_CALENDAR: {R.ADMIN, R.SITE_MANAGER},
    Action.VIEW_AUDIT: {R.ADMIN, R.SITE_MANAGER},
    Action.BACKUP: {R.ADMIN, R.SITE_MANAGER, R.SALES_SECRETARY},
    Action.RESTORE: {R.ADMIN},
    Action.SET_BACKUP_PASSPHRASE: {R.ADMIN},
    Action.PRINT_BLANK_FORMS: set(Role),
    Action.REGISTER_VISIT: {
        R.FRONT_DESK,
        R.SALES_SECRETARY,
        R.CONSULTANT,
        R.SENIOR_CONSULTANT,
        R.CHANNEL_OFFICER,
        R.SITE_MANAGER,
    },
    Action.VIEW_CUSTOMERS: set(Role) - {R.CASHIER, R.FINANCE, R.LEGAL, R.VICE_PRESIDENT},
    Action.EDIT_CUSTOMERS: {R.CONSULTANT, R.SENIOR_CONSULTANT, R.SITE_MANAGER, R.ADMIN},
    Action.CLAIM_CUSTOMERS: {R.CONSULTANT, R.SENIOR_CONSULTANT},
    Action.REASSIGN_CUSTOMERS: {R.SITE_MANAGER},
    Action.RAISE_DISPUTE: {R.CONSULTANT, R.SENIOR_CONSULTANT},
    Action.RULE_DISPUTES: {R.SITE_MANAGER},
    Action.MERGE_CUSTOMERS: {R.SITE_MANAGER, R.ADMIN},
    Action.MANAGE_DUTY: {R.SITE_MANAGER},
    Action.RUN_ROTATION: {R.FRONT_DESK, R.SITE_MANAGER},
    Action.ASSIGN_WARNINGS: {R.SITE_MANAGER},
    Action.REDEEM_POINTS: {R.SITE_MANAGER, R.SALES_SECRETARY},
    Action.PRINT_CUSTOMER_RECORD: {R.SITE_MANAGER, R.ADMIN},
    Action.DELETE_PERSONAL_DATA: {R.SITE_MANAGER, R.ADMIN},
    Action.ANONYMISE_CUSTOMERS: {R.ADMIN},
    Action.IMPORT_DATA: {R.SALES_SECRETARY, R.SITE_MANAGER, R.ADMIN},
    Action.EXPORT_DATA: {
        R.SALES_SECRETARY,
        R.SITE_MANAGER,
        R.CS_MANAGER,
        R.MARKETING_HEAD,
        R.ADMIN,
    },
    Action.EXPORT_UNMASKED: {R.SITE_MANAGER, R.CS_MANAGER, R.ADMIN},
    Action.VIEW_UNITS: DEAL_VIEWERS,
    Action.MANAGE_UNITS: {R.SALES_SECRETARY, R.SITE_MANAGER, R.ADMIN},
    Action.HOLD_UNITS: SELLING,
    Action.RESERVE_UNITS: {R.SITE_MANAGER},
    Action.ISSUE_TICKETS: SELLING,
    Action.VOID_TICKETS: {R.SALES_SECRETARY, R.SITE_MANAGER},
    Action.CHOOSE_UNITS: SELLING,
    Action.SUBSCRIBE: SELLING,
    Action.SIGN_CONTRACTS: {R.SALES_SECRETARY, R.SITE_MANAGER},
    Action.MORTGAGE_STEPS: {R.MORTGAGE_OFFICER, R.SITE_MANAGER},
    Action.APPROVE_DISCOUNTS: {R.SITE_MANAGER, R.MARKETING_HEAD},
    Action.VIEW_DEALS: DEAL_VIEWERS,
    Action.VIEW_ID_NUMBERS: {R.SALES_SECRETARY, R.FINANCE},
    # Only the cashier records money in (DOMAIN §1).
    Action.RECORD_PAYMENTS: {R.CASHIER},
    Action.CONFIRM_RECEIPTS: {R.FINANCE},
    Action.VIEW_RECEIVABLES: {
        R.CASHIER,
        R.FINANCE,
        R.SALES_SECRETARY,
        R.SITE_MANAGER,
        R.MARKETING_HEAD,
        R.MORTGAGE_OFFICER,
        R.ADMIN,
    },
    Action.CARE_TOUCHES: {R.CONSULTANT, R.SENIOR_CONSULTANT, R.SITE_MANAGER},
    # The site manager's word past the office's rules (issue 13).
    Action.OVERRIDE_HOLD_LIMIT: {R.SITE_MANAGER},
    Action.ALLOW_UNPAID_CHOICE: {R.SITE_MANAGER},
    Action.VIEW_REPORTS: {R.SITE_MANAGER, R.MARKETING_HEAD, R.FINANCE, R.VICE_PRESIDENT},
    Action.VIEW_OWN_REPORTS: {R.CONSULTANT, R.SENIOR_CONSULTANT},
    Action.HEAD_OFFICE_REPORTS: {R.SALES_SECRETARY, R.SITE_MANAGER, R.MARKETING_HEAD},
    Action.REPORT_TEMPLATES: {R.ADMIN},
    # Dunning (issue 16): letters by the back office, blocks by the site manager alone, calls
    # by the selling consultant first.
    Action.DUNNING: {R.SALES_SECRETARY, R.SITE_MANAGER, R.FINANCE, R.ADMIN},
    Action.BLOCK_DUNNING: {R.SITE_MANAGER},
    Action.DUNNING_CALLS: {R.CONSULTANT, R.SENIOR_CONSULTANT, R.SITE_MANAGER, R.SALES_SECRETARY},
    # Changes to a deal (issue 17, DOMAIN §1, §8): the talk is led by customer service, the site
    # manager or a senior consultant; the site manager reviews; the marketing head and finance
    # approve; legal confirms grounds; the cashier pays out and finance confirms.
    Action.VIEW_CHANGES: DEAL_VIEWERS,
    Action.FILE_CHANGES: {
        R.CONSULTANT,
        R.SENIOR_CONSULTANT,
        R.SALES_SECRETARY,
        R.SITE_MANAGER,
        R.CS_MANAGER,
    },
    Action.LEAD_RETENTION: {R.CS_MANAGER, R.SITE_MANAGER, R.SENIOR_CONSULTANT},
    Action.REVIEW_CHANGES: {R.SITE_MANAGER},
    Action.APPROVE_CHANGES: {R.MARKETING_HEAD, R.FINANCE},
    Action.ADJUST_REFUND: {R.SITE_MANAGER, R.MARKETING_HEAD},
    Action.CONFIRM_GROUNDS: {R.LEGAL},
    Action.PAY_REFUNDS: {R.CASHIER},
    Action.CONFIRM_REFUNDS: {R.FINANCE},
    # Complaints (issue 18, DOMAIN §9): everyone who meets customers takes them in; the level's
    # owners handle them; legal and finance review the solution; the customer-service manager
    # and the vice president approve money; only the site manager closes one below 80%.
    Action.VIEW_COMPLAINTS: set(Role),
    Action.FILE_COMPLAINTS: set(Role) - {R.CASHIER, R.FINANCE, R.LEGAL, R.ADMIN},
    Action.HANDLE_COMPLAINTS: {R.SITE_MANAGER, R.CS_MANAGER, R.VICE_PRESIDENT},
    Action.REVIEW_SOLUTIONS: {R.LEGAL, R.FINANCE},
    Action.APPROVE_COMPENSATION: {R.CS_MANAGER, R.VICE_PRESIDENT},
    Action.RETURN_VISITS: {R.CS_MANAGER, R.SITE_MANAGER, R.SALES_SECRETARY},
    Action.CLOSE_UNSATISFIED: {R.SITE_MANAGER},
    Action.PREINSPECTION: {R.SALES_SECRETARY, R.SITE_MANAGER, R.CS_MANAGER},
}


def test_every_action_is_in_the_table():
    assert set(EXPECTED) == set(Action) == set(PERMISSIONS)


@pytest.mark.parametrize("action", list(Action))
@pytest.mark.parametrize("role", list(Role))
def test_role_against_action(role, action):
    allowed = role in EXPECTED[action]
    assert is_allowed({role}, action) is allowed
    actor = Actor(user_id=1, username="u", display_name="某人", roles=frozenset({role}))
    assert actor.can(action) is allowed
    if allowed:
        actor.require(action)
    else:
        with pytest.raises(PermissionDenied, match=action.label):
            actor.require(action)


def test_several_roles_combine():
    assert is_allowed({Role.CONSULTANT, Role.SITE_MANAGER}, Action.VIEW_AUDIT)
    assert not is_allowed(set(), Action.PRINT_BLANK_FORMS)


def test_system_actor_may_do_everything():
    system = Actor.system()
    assert system.is_system and system.username == "system" and system.host
    assert all(system.can(action) for action in Action)


def test_labels_are_chinese_and_complete():
    assert set(ROLE_LABELS) == set(Role) and set(ACTION_LABELS) == set(Action)
    assert Role.SITE_MANAGER.label == "案场经理"
    assert Action.RESTORE.label == "恢复数据"


def test_roles_label_follows_the_order_of_the_table():
    from anjia_desk.core.roles import roles_label

    assert roles_label([Role.ADMIN, Role.SALES_SECRETARY, Role.ADMIN]) == "销售秘书、管理员"
    assert roles_label([]) == ""
