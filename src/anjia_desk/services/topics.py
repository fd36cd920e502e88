"""What a view can be about: every table maps to one Topic, so an operation's broadcast is
computed from the tables it wrote (db/tracking.py) and a view's interest from the tables it read.
Imports nothing heavy: the window loads it before SQLAlchemy.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from enum import Enum

log = logging.getLogger(__name__)

#: Pseudo-table names a service passes to db.tracking.mark_written for effects outside the
#: tables: backup files written or removed, and a restore that replaced the whole database.
BACKUP_FILES = "backup_files"
WHOLE_DATABASE = "*"


class Topic(Enum):
    USERS = "users"
    SETTINGS = "settings"
    AUDIT = "audit"
    CALENDAR = "calendar"
    CUSTOMERS = "customers"
    VISITS = "visits"
    FOLLOW_UPS = "follow_ups"
    DISPUTES = "disputes"
    ROTATION = "rotation"
    RISK = "risk"
    REFERRALS = "referrals"
    UNITS = "units"
    TICKETS = "tickets"
    DEALS = "deals"
    RECEIPTS = "receipts"
    CARE = "care"
    CHANGES = "changes"  # change orders (issue 17)
    COMPLAINTS = "complaints"  # complaints, their files, money and visits; 预验房 (issue 18)
    REPORTS = "reports"  # head office's workbooks produced and their templates (issue 19)
    #: Backup files in the backup folder (not a table).
    BACKUPS = "backups"


#: Every table of db/models.py (tests/services/test_topics.py checks that none is missing).
TABLE_TOPICS: dict[str, Topic] = {
    "users": Topic.USERS,
    "user_roles": Topic.USERS,
    "login_throttles": Topic.USERS,  # a login paused or its pause lifted (issue 14)
    "settings": Topic.SETTINGS,
    "audit_log": Topic.AUDIT,
    "phone_lookups": Topic.AUDIT,  # 判客's tally (issue 14)
    "calendar_years": Topic.CALENDAR,
    "calendar_days": Topic.CALENDAR,
    "customers": Topic.CUSTOMERS,
    "customer_relatives": Topic.CUSTOMERS,
    "grade_changes": Topic.CUSTOMERS,
    "phone_changes": Topic.CUSTOMERS,
    "ownership_changes": Topic.CUSTOMERS,
    "customer_merges": Topic.CUSTOMERS,
    "customer_name_grams": Topic.CUSTOMERS,  # search as you type (issue 13)
    "erasure_log": Topic.CUSTOMERS,  # issue 14
    "erasure_reviews": Topic.CUSTOMERS,
    "visits": Topic.VISITS,
    "follow_ups": Topic.FOLLOW_UPS,
    "disputes": Topic.DISPUTES,
    "duty_roster": Topic.ROTATION,
    "rotation_turns": Topic.ROTATION,
    "risk_marks": Topic.RISK,
    "risk_warnings": Topic.RISK,
    "referral_points": Topic.REFERRALS,
    "projects": Topic.UNITS,
    "buildings": Topic.UNITS,
    "units": Topic.UNITS,
    "unit_holds": Topic.UNITS,
    "queue_tickets": Topic.TICKETS,
    "deals": Topic.DEALS,
    "deal_steps": Topic.DEALS,
    "installments": Topic.DEALS,
    # Issue 16: dunning is about the deals' money (the 工作台's to-dos read these tables).
    "dunning_letters": Topic.DEALS,
    "dunning_letter_items": Topic.DEALS,
    "dunning_blocks": Topic.DEALS,
    "dunning_calls": Topic.DEALS,
    # Issue 17: change orders and refunds change deals, units and money.
    "change_orders": Topic.CHANGES,
    "change_order_steps": Topic.CHANGES,
    "refund_vouchers": Topic.RECEIPTS,
    "complaints": Topic.COMPLAINTS,
    "complaint_pauses": Topic.COMPLAINTS,
    "complaint_events": Topic.COMPLAINTS,
    "complaint_notes": Topic.COMPLAINTS,
    "complaint_files": Topic.COMPLAINTS,
    "complaint_payments": Topic.COMPLAINTS,
    "complaint_visits": Topic.COMPLAINTS,
    "inspection_issues": Topic.COMPLAINTS,
    "report_runs": Topic.REPORTS,
    "report_templates": Topic.REPORTS,
    "receipts": Topic.RECEIPTS,
    "care_touches": Topic.CARE,
    BACKUP_FILES: Topic.BACKUPS,
}

#: Tables that are bookkeeping of the schema itself, about no view.
_NO_TOPIC = frozenset({"alembic_version", "change_log"})  # change_log: issue 15


def topics_for(tables: Iterable[str]) -> frozenset[Topic]:
    """The topics of `tables`; a restore ("the whole database") is every topic, and so is a
    table with no topic yet (a test keeps TABLE_TOPICS complete: better every view reloads than
    one stays stale)."""
    names = set(tables) - _NO_TOPIC
    unknown = names - TABLE_TOPICS.keys()
    if WHOLE_DATABASE in names or unknown:
        if unknown - {WHOLE_DATABASE}:
            log.warning("no Topic for table(s) %s: every view reloads", sorted(unknown))
        return frozenset(Topic)
    return frozenset(TABLE_TOPICS[name] for name in names)
