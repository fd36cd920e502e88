"""The tables, one module per domain, and the one import surface for them all.

Everyone imports the tables from here (`from anjia_desk.db.models import Deal`); the modules say
where each table lives: the office (users, roles, settings, audit log) and its calendar; the
front desk's customers, rotation, risk and referrals; units, deals, payments and care. They are
imported in the order the tables were first defined, so the metadata lists them as before.
"""

from anjia_desk.db.base import Base, Versioned

# The tables' modules in the order the tables were first defined (the metadata lists them so).
# isort: off
from anjia_desk.db.models.office import AuditEntry, Setting, User, UserRole
from anjia_desk.db.models.calendar import CalendarDay, CalendarYear
from anjia_desk.db.models.customers import (
    SORTED,
    Customer,
    CustomerMerge,
    CustomerRelative,
    Dispute,
    FollowUp,
    GradeChange,
    OwnershipChange,
    PhoneChange,
    Visit,
    customer_name_grams,
)
from anjia_desk.db.models.rotation import DutyRoster, RotationTurn
from anjia_desk.db.models.risk import RiskMark, RiskWarning
from anjia_desk.db.models.referrals import ReferralPoint
from anjia_desk.db.models.units import Building, Project, QueueTicket, Unit, UnitHold
from anjia_desk.db.models.deals import Deal, DealStep
from anjia_desk.db.models.payments import Installment, Receipt
from anjia_desk.db.models.care import CareTouch
from anjia_desk.db.models.logins import LoginThrottle
from anjia_desk.db.models.lookups import LookupTally
from anjia_desk.db.models.privacy import ErasureLog, ErasureReview
from anjia_desk.db.models.changes import change_log
from anjia_desk.db.models.dunning import (
    DunningBlock,
    DunningCall,
    DunningLetter,
    DunningLetterItem,
)
from anjia_desk.db.models.change_orders import ChangeOrder, ChangeOrderStep, RefundVoucher
from anjia_desk.db.models.complaints import (
    Complaint,
    ComplaintEvent,
    ComplaintFile,
    ComplaintNote,
    ComplaintPause,
    ComplaintPayment,
    ComplaintVisit,
    InspectionIssue,
)
from anjia_desk.db.models.reports import ReportRun, ReportTemplate
# isort: on

__all__ = [
    "SORTED",
    "AuditEntry",
    "Base",
    "Building",
    "CalendarDay",
    "CalendarYear",
    "CareTouch",
    "ChangeOrder",
    "ChangeOrderStep",
    "Complaint",
    "ComplaintEvent",
    "ComplaintFile",
    "ComplaintNote",
    "ComplaintPause",
    "ComplaintPayment",
    "ComplaintVisit",
    "Customer",
    "CustomerMerge",
    "CustomerRelative",
    "Deal",
    "DealStep",
    "Dispute",
    "DunningBlock",
    "DunningCall",
    "DunningLetter",
    "DunningLetterItem",
    "DutyRoster",
    "ErasureLog",
    "ErasureReview",
    "FollowUp",
    "GradeChange",
    "InspectionIssue",
    "Installment",
    "LoginThrottle",
    "LookupTally",
    "OwnershipChange",
    "PhoneChange",
    "Project",
    "QueueTicket",
    "Receipt",
    "ReferralPoint",
    "RefundVoucher",
    "ReportRun",
    "ReportTemplate",
    "RiskMark",
    "RiskWarning",
    "RotationTurn",
    "Setting",
    "Unit",
    "UnitHold",
    "User",
    "UserRole",
    "Versioned",
    "Visit",
    "change_log",
    "customer_name_grams",
]
