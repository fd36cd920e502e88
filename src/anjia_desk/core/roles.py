"""Roles of the sales office (DOMAIN §1) and the one table of who may do what."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum


class Role(StrEnum):
    FRONT_DESK = "front_desk"
    SALES_SECRETARY = "sales_secretary"
    CONSULTANT = "consultant"
    SENIOR_CONSULTANT = "senior_consultant"
    CHANNEL_OFFICER = "channel_officer"
    MORTGAGE_OFFICER = "mortgage_officer"
    CASHIER = "cashier"
    SITE_MANAGER = "site_manager"
    CS_MANAGER = "cs_manager"
    MARKETING_HEAD = "marketing_head"
    FINANCE = "finance"
    LEGAL = "legal"
    VICE_PRESIDENT = "vice_president"
    ADMIN = "admin"

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS: dict[Role, str] = {
    Role.FRONT_DESK: "前台",
    Role.SALES_SECRETARY: "销售秘书",
    Role.CONSULTANT: "置业顾问",
    Role.SENIOR_CONSULTANT: "资深顾问",
    Role.CHANNEL_OFFICER: "渠道专员",
    Role.MORTGAGE_OFFICER: "按揭专员",
    Role.CASHIER: "出纳",
    Role.SITE_MANAGER: "案场经理",
    Role.CS_MANAGER: "客服中心经理",
    Role.MARKETING_HEAD: "营销负责人",
    Role.FINANCE: "财务",
    Role.LEGAL: "法务",
    Role.VICE_PRESIDENT: "分管副总",
    Role.ADMIN: "管理员",
}


class Action(StrEnum):
    """Guarded actions. Each later issue adds its own here and a row in PERMISSIONS."""

    MANAGE_USERS = "manage_users"
    EDIT_SETTINGS = "edit_settings"  # the system's settings: letterhead, time zone, backups…
    EDIT_OFFICE_RULES = "edit_office_rules"  # the office's business rules (core.settings topics)
    EDIT_PRICING_RULES = "edit_pricing_rules"  # standard discounts, the site manager's limit
    EDIT_CALENDAR = "edit_calendar"
    VIEW_AUDIT = "view_audit"
    BACKUP = "backup"
    RESTORE = "restore"
    SET_BACKUP_PASSPHRASE = "set_backup_passphrase"
    PRINT_BLANK_FORMS = "print_blank_forms"
    # The front desk and customers (issue 3).
    REGISTER_VISIT = "register_visit"
    VIEW_CUSTOMERS = "view_customers"
    EDIT_CUSTOMERS = "edit_customers"  # consultants: only the customers they own
    CLAIM_CUSTOMERS = "claim_customers"
    REASSIGN_CUSTOMERS = "reassign_customers"
    RAISE_DISPUTE = "raise_dispute"
    RULE_DISPUTES = "rule_disputes"
    MERGE_CUSTOMERS = "merge_customers"
    MANAGE_DUTY = "manage_duty"
    RUN_ROTATION = "run_rotation"
    ASSIGN_WARNINGS = "assign_warnings"
    REDEEM_POINTS = "redeem_points"
    PRINT_CUSTOMER_RECORD = "print_customer_record"
    DELETE_PERSONAL_DATA = "delete_personal_data"
    ANONYMISE_CUSTOMERS = "anonymise_customers"
    # The Excel hand-off with head office (issue 4).
    IMPORT_DATA = "import_data"
    EXPORT_DATA = "export_data"
    EXPORT_UNMASKED = "export_unmasked"  # turn phone masking off, giving a reason
    # Units, deals and money (issue 5).
    VIEW_UNITS = "view_units"
    MANAGE_UNITS = "manage_units"  # projects, buildings, units, 不可售
    HOLD_UNITS = "hold_units"  # 锁定 a unit for a customer
    RESERVE_UNITS = "reserve_units"  # 保留 (approver)
    ISSUE_TICKETS = "issue_tickets"  # 认筹/排号
    VOID_TICKETS = "void_tickets"
    CHOOSE_UNITS = "choose_units"  # 开盘选房
    SUBSCRIBE = "subscribe"  # open a 认购
    SIGN_CONTRACTS = "sign_contracts"  # 签约/网签, 备案, 交付, 办证
    MORTGAGE_STEPS = "mortgage_steps"  # 按揭 steps
    APPROVE_DISCOUNTS = "approve_discounts"  # up to the threshold by role (core.deal_rules)
    VIEW_DEALS = "view_deals"
    VIEW_ID_NUMBERS = "view_id_numbers"  # unmasked buyer ID (the owner sees their own too)
    RECORD_PAYMENTS = "record_payments"  # the cashier only: receipts, voids, reissues, 退筹
    CONFIRM_RECEIPTS = "confirm_receipts"  # finance
    VIEW_RECEIVABLES = "view_receivables"
    # Dunning (issue 16): letters, their delivery and voids; blocks; the calls to the buyer.
    DUNNING = "dunning"
    BLOCK_DUNNING = "block_dunning"
    DUNNING_CALLS = "dunning_calls"
    CARE_TOUCHES = "care_touches"  # mark a care touch done
    # Changes to a deal (issue 17): change orders, the retention talk, review and approval,
    # the refund figure's adjustment, the legal check of a ground, refunds paid and confirmed.
    VIEW_CHANGES = "view_changes"
    FILE_CHANGES = "file_changes"  # 登记变更申请 (the buyer's written request)
    LEAD_RETENTION = "lead_retention"  # 主导挽留洽谈 (never the deal's selling consultant)
    REVIEW_CHANGES = "review_changes"  # 初审, 解约, the brief's score
    APPROVE_CHANGES = "approve_changes"  # 审批: the marketing head and finance, each their side
    ADJUST_REFUND = "adjust_refund"  # 调整应退金额 (with a reason; the marketing head approves)
    CONFIRM_GROUNDS = "confirm_grounds"  # 法务确认解除依据
    PAY_REFUNDS = "pay_refunds"  # 退款凭证 (the cashier)
    CONFIRM_REFUNDS = "confirm_refunds"  # 财务确认退款
    # Complaints (issue 18): intake, handling by the level's owner, the solution's review by
    # legal and finance, money approved by amount, return visits, the site manager's closing
    # below 80%, and 预验房.
    VIEW_COMPLAINTS = "view_complaints"
    FILE_COMPLAINTS = "file_complaints"  # 受理投诉
    HANDLE_COMPLAINTS = "handle_complaints"  # 处理投诉 (level, clock, investigation, execution)
    REVIEW_SOLUTIONS = "review_solutions"  # 审核处理方案: legal and finance, each their side
    APPROVE_COMPENSATION = "approve_compensation"  # 审批赔偿/补偿 (by amount and liability)
    RETURN_VISITS = "return_visits"  # 投诉回访
    CLOSE_UNSATISFIED = "close_unsatisfied"  # 满意度未达标时办结 (with a reason)
    PREINSPECTION = "preinspection"  # 预验房 invitations and issues
    # Holds and 开盘选房's money (issue 13): the site manager's word past the office's rules.
    OVERRIDE_HOLD_LIMIT = "override_hold_limit"  # 锁定延期 past the settings' count
    ALLOW_UNPAID_CHOICE = "allow_unpaid_choice"  # 开盘选房 without the 认筹金 received
    # Reports (issue 19): the managers' numbers, a consultant's own, head office's workbooks.
    VIEW_REPORTS = "view_reports"  # 报表: every figure of the office
    VIEW_OWN_REPORTS = "view_own_reports"  # 报表: a consultant's own visits, deals and money
    HEAD_OFFICE_REPORTS = "head_office_reports"  # 日报/周报/月报 for head office
    REPORT_TEMPLATES = "report_templates"  # replace the workbooks' templates

    @property
    def label(self) -> str:
        return ACTION_LABELS[self]


ACTION_LABELS: dict[Action, str] = {
    Action.MANAGE_USERS: "管理用户",
    Action.EDIT_SETTINGS: "修改系统设置",
    Action.EDIT_OFFICE_RULES: "修改案场业务规则",
    Action.EDIT_PRICING_RULES: "修改优惠与审批规则",
    Action.EDIT_CALENDAR: "编辑办公日历",
    Action.VIEW_AUDIT: "查看审计日志",
    Action.BACKUP: "备份数据",
    Action.RESTORE: "恢复数据",
    Action.SET_BACKUP_PASSPHRASE: "设置备份口令",
    Action.PRINT_BLANK_FORMS: "打印空白表单",
    Action.REGISTER_VISIT: "来访登记",
    Action.VIEW_CUSTOMERS: "查看客户",
    Action.EDIT_CUSTOMERS: "维护客户资料与跟进",
    Action.CLAIM_CUSTOMERS: "认领公客池客户",
    Action.REASSIGN_CUSTOMERS: "批量转移客户",
    Action.RAISE_DISPUTE: "申请撞单裁定",
    Action.RULE_DISPUTES: "裁定撞单",
    Action.MERGE_CUSTOMERS: "合并客户",
    Action.MANAGE_DUTY: "设置接待值班表",
    Action.RUN_ROTATION: "操作接待轮序",
    Action.ASSIGN_WARNINGS: "指派预警回访",
    Action.REDEEM_POINTS: "兑换老带新积分",
    Action.PRINT_CUSTOMER_RECORD: "打印客户个人信息",
    Action.DELETE_PERSONAL_DATA: "删除客户个人信息",
    Action.ANONYMISE_CUSTOMERS: "匿名化过期客户",
    Action.IMPORT_DATA: "导入 Excel",
    Action.EXPORT_DATA: "导出 Excel",
    Action.EXPORT_UNMASKED: "导出完整手机号",
    Action.VIEW_UNITS: "查看销控表",
    Action.MANAGE_UNITS: "维护项目与房源",
    Action.HOLD_UNITS: "锁定房源",
    Action.RESERVE_UNITS: "保留房源",
    Action.ISSUE_TICKETS: "认筹排号",
    Action.VOID_TICKETS: "作废排号",
    Action.CHOOSE_UNITS: "开盘选房",
    Action.SUBSCRIBE: "办理认购",
    Action.SIGN_CONTRACTS: "签约与交付办证",
    Action.MORTGAGE_STEPS: "办理按揭",
    Action.APPROVE_DISCOUNTS: "审批特批折扣",
    Action.VIEW_DEALS: "查看交易",
    Action.VIEW_ID_NUMBERS: "查看完整证件号",
    Action.RECORD_PAYMENTS: "收款开据",
    Action.CONFIRM_RECEIPTS: "财务确认收款",
    Action.VIEW_RECEIVABLES: "查看应收款",
    Action.DUNNING: "出具与登记催款函",
    Action.BLOCK_DUNNING: "暂停催款",
    Action.DUNNING_CALLS: "催款致电",
    Action.CARE_TOUCHES: "签约关怀",
    Action.VIEW_CHANGES: "查看变更单",
    Action.FILE_CHANGES: "登记变更申请",
    Action.LEAD_RETENTION: "主导挽留洽谈",
    Action.REVIEW_CHANGES: "审核变更",
    Action.APPROVE_CHANGES: "审批变更",
    Action.ADJUST_REFUND: "调整应退金额",
    Action.CONFIRM_GROUNDS: "确认解除依据",
    Action.PAY_REFUNDS: "支付退款",
    Action.CONFIRM_REFUNDS: "财务确认退款",
    Action.VIEW_COMPLAINTS: "查看投诉",
    Action.FILE_COMPLAINTS: "受理投诉",
    Action.HANDLE_COMPLAINTS: "处理投诉",
    Action.REVIEW_SOLUTIONS: "审核投诉处理方案",
    Action.APPROVE_COMPENSATION: "审批投诉赔偿/补偿",
    Action.RETURN_VISITS: "投诉回访",
    Action.CLOSE_UNSATISFIED: "未达满意度办结",
    Action.PREINSPECTION: "预验房",
    Action.OVERRIDE_HOLD_LIMIT: "超次延期锁定",
    Action.ALLOW_UNPAID_CHOICE: "特许未交认筹金选房",
    Action.VIEW_REPORTS: "查看报表",
    Action.VIEW_OWN_REPORTS: "查看本人报表",
    Action.HEAD_OFFICE_REPORTS: "生成总部报表",
    Action.REPORT_TEMPLATES: "更换报表模板",
}

_EVERYONE = frozenset(Role)
#: Consultants own customers (a senior consultant is a consultant too).
_SELLERS = frozenset({Role.CONSULTANT, Role.SENIOR_CONSULTANT})
#: Who works with customers' records; cashier, finance, legal and the vice president reach a
#: customer through a deal or a complaint (later issues), not through the customer list.
_CUSTOMER_FACING = frozenset(
    {
        Role.FRONT_DESK,
        Role.SALES_SECRETARY,
        Role.CONSULTANT,
        Role.SENIOR_CONSULTANT,
        Role.CHANNEL_OFFICER,
        Role.MORTGAGE_OFFICER,
        Role.SITE_MANAGER,
        Role.CS_MANAGER,
        Role.MARKETING_HEAD,
        Role.ADMIN,
    }
)

#: Who sees the 销控表 and the deals: everyone who sells, keeps the paperwork or handles the money.
_DEAL_VIEWERS = _CUSTOMER_FACING - {Role.FRONT_DESK, Role.CHANNEL_OFFICER} | {
    Role.CASHIER,
    Role.FINANCE,
    Role.LEGAL,
    Role.VICE_PRESIDENT,
}

#: Who may do what. The system administrator of the command line may do everything.
PERMISSIONS: dict[Action, frozenset[Role]] = {
    Action.MANAGE_USERS: frozenset({Role.ADMIN}),
    # Settings by topic (core.settings.GROUP_ACTIONS): the administrator keeps the system, the
    # site manager owns the office's business rules, the marketing head the discounts and the
    # site manager's approval limit (DOMAIN §1, §5).
    Action.EDIT_SETTINGS: frozenset({Role.ADMIN}),
    Action.EDIT_OFFICE_RULES: frozenset({Role.SITE_MANAGER}),
    Action.EDIT_PRICING_RULES: frozenset({Role.MARKETING_HEAD}),
    Action.EDIT_CALENDAR: frozenset({Role.ADMIN, Role.SITE_MANAGER}),
    Action.VIEW_AUDIT: frozenset({Role.ADMIN, Role.SITE_MANAGER}),
    Action.BACKUP: frozenset({Role.ADMIN, Role.SITE_MANAGER, Role.SALES_SECRETARY}),
    Action.RESTORE: frozenset({Role.ADMIN}),
    Action.SET_BACKUP_PASSPHRASE: frozenset({Role.ADMIN}),
    Action.PRINT_BLANK_FORMS: _EVERYONE,
    Action.REGISTER_VISIT: frozenset(
        {
            Role.FRONT_DESK,
            Role.SALES_SECRETARY,
            Role.CONSULTANT,
            Role.SENIOR_CONSULTANT,
            Role.CHANNEL_OFFICER,
            Role.SITE_MANAGER,
        }
    ),
    Action.VIEW_CUSTOMERS: _CUSTOMER_FACING,
    Action.EDIT_CUSTOMERS: _SELLERS | {Role.SITE_MANAGER, Role.ADMIN},
    Action.CLAIM_CUSTOMERS: _SELLERS,
    Action.REASSIGN_CUSTOMERS: frozenset({Role.SITE_MANAGER}),
    Action.RAISE_DISPUTE: _SELLERS,
    Action.RULE_DISPUTES: frozenset({Role.SITE_MANAGER}),
    Action.MERGE_CUSTOMERS: frozenset({Role.SITE_MANAGER, Role.ADMIN}),
    Action.MANAGE_DUTY: frozenset({Role.SITE_MANAGER}),
    Action.RUN_ROTATION: frozenset({Role.FRONT_DESK, Role.SITE_MANAGER}),
    Action.ASSIGN_WARNINGS: frozenset({Role.SITE_MANAGER}),
    Action.REDEEM_POINTS: frozenset({Role.SITE_MANAGER, Role.SALES_SECRETARY}),
    Action.PRINT_CUSTOMER_RECORD: frozenset({Role.SITE_MANAGER, Role.ADMIN}),
    Action.DELETE_PERSONAL_DATA: frozenset({Role.SITE_MANAGER, Role.ADMIN}),
    Action.ANONYMISE_CUSTOMERS: frozenset({Role.ADMIN}),
    # The sales secretary runs the Excel hand-off (DOMAIN §1); managers and the admin too.
    Action.IMPORT_DATA: frozenset({Role.SALES_SECRETARY, Role.SITE_MANAGER, Role.ADMIN}),
    Action.EXPORT_DATA: frozenset(
        {Role.SALES_SECRETARY, Role.SITE_MANAGER, Role.CS_MANAGER, Role.MARKETING_HEAD, Role.ADMIN}
    ),
    # Files that leave the office mask phones; only a manager or the admin may turn that off.
    Action.EXPORT_UNMASKED: frozenset({Role.SITE_MANAGER, Role.CS_MANAGER, Role.ADMIN}),
    # Units, deals and money (issue 5): the secretary keeps the 销控表 and the paperwork, the
    # consultants sell, the mortgage officer owns the loan steps, the cashier alone records money.
    Action.VIEW_UNITS: _DEAL_VIEWERS,
    Action.MANAGE_UNITS: frozenset({Role.SALES_SECRETARY, Role.SITE_MANAGER, Role.ADMIN}),
    Action.HOLD_UNITS: _SELLERS | {Role.SALES_SECRETARY, Role.SITE_MANAGER},
    Action.RESERVE_UNITS: frozenset({Role.SITE_MANAGER}),
    Action.ISSUE_TICKETS: _SELLERS | {Role.SALES_SECRETARY, Role.SITE_MANAGER},
    Action.VOID_TICKETS: frozenset({Role.SALES_SECRETARY, Role.SITE_MANAGER}),
    Action.CHOOSE_UNITS: _SELLERS | {Role.SALES_SECRETARY, Role.SITE_MANAGER},
    Action.SUBSCRIBE: _SELLERS | {Role.SALES_SECRETARY, Role.SITE_MANAGER},
    Action.SIGN_CONTRACTS: frozenset({Role.SALES_SECRETARY, Role.SITE_MANAGER}),
    Action.MORTGAGE_STEPS: frozenset({Role.MORTGAGE_OFFICER, Role.SITE_MANAGER}),
    Action.APPROVE_DISCOUNTS: frozenset({Role.SITE_MANAGER, Role.MARKETING_HEAD}),
    Action.VIEW_DEALS: _DEAL_VIEWERS,
    Action.VIEW_ID_NUMBERS: frozenset({Role.SALES_SECRETARY, Role.FINANCE}),
    Action.RECORD_PAYMENTS: frozenset({Role.CASHIER}),
    Action.CONFIRM_RECEIPTS: frozenset({Role.FINANCE}),
    Action.VIEW_RECEIVABLES: frozenset(
        {
            Role.CASHIER,
            Role.FINANCE,
            Role.SALES_SECRETARY,
            Role.SITE_MANAGER,
            Role.MARKETING_HEAD,
            Role.MORTGAGE_OFFICER,
            Role.ADMIN,
        }
    ),
    Action.CARE_TOUCHES: _SELLERS | {Role.SITE_MANAGER},
    # Dunning (issue 16): the secretary and finance print and log the letters, the site
    # manager too and alone pauses a deal under negotiation (and decides after a formal
    # demand); the selling consultant calls the buyer first (own deals only).
    Action.DUNNING: frozenset({Role.SALES_SECRETARY, Role.SITE_MANAGER, Role.FINANCE, Role.ADMIN}),
    Action.BLOCK_DUNNING: frozenset({Role.SITE_MANAGER}),
    Action.DUNNING_CALLS: _SELLERS | {Role.SITE_MANAGER, Role.SALES_SECRETARY},
    # Changes to a deal (issue 17, DOMAIN §8): anyone who works the deals may see the orders
    # (a consultant their own deals'); the secretary, the managers and the consultants take the
    # buyer's written request; the customer-service manager, the site manager or a senior
    # consultant leads the talk — never the deal's own seller (services refuse them); the site
    # manager reviews, files a 解约 and scores the brief; the marketing head and finance approve,
    # each their side; the figure is adjusted by the site manager or the marketing head, whose
    # approval then counts; legal confirms a ground; the cashier pays, finance confirms.
    Action.VIEW_CHANGES: _DEAL_VIEWERS,
    Action.FILE_CHANGES: _SELLERS | {Role.SALES_SECRETARY, Role.SITE_MANAGER, Role.CS_MANAGER},
    Action.LEAD_RETENTION: frozenset({Role.CS_MANAGER, Role.SITE_MANAGER, Role.SENIOR_CONSULTANT}),
    Action.REVIEW_CHANGES: frozenset({Role.SITE_MANAGER}),
    Action.APPROVE_CHANGES: frozenset({Role.MARKETING_HEAD, Role.FINANCE}),
    Action.ADJUST_REFUND: frozenset({Role.SITE_MANAGER, Role.MARKETING_HEAD}),
    Action.CONFIRM_GROUNDS: frozenset({Role.LEGAL}),
    Action.PAY_REFUNDS: frozenset({Role.CASHIER}),
    Action.CONFIRM_REFUNDS: frozenset({Role.FINANCE}),
    # Complaints (issue 18, DOMAIN §9): whoever meets customers sees and takes complaints in
    # (a consultant sees those of their own customers: services); the level's owners handle
    # them (一级 the vice president, 二级 the site manager, 三级 the customer-service manager);
    # legal and finance review the solution, each their side; the customer-service manager
    # approves money, the vice president too above the limits; customer service and the
    # secretary make return visits; only the site manager closes one below 80%.
    Action.VIEW_COMPLAINTS: _CUSTOMER_FACING
    | {Role.CASHIER, Role.FINANCE, Role.LEGAL, Role.VICE_PRESIDENT},
    Action.FILE_COMPLAINTS: (_CUSTOMER_FACING - {Role.ADMIN}) | {Role.VICE_PRESIDENT},
    Action.HANDLE_COMPLAINTS: frozenset({Role.SITE_MANAGER, Role.CS_MANAGER, Role.VICE_PRESIDENT}),
    Action.REVIEW_SOLUTIONS: frozenset({Role.LEGAL, Role.FINANCE}),
    Action.APPROVE_COMPENSATION: frozenset({Role.CS_MANAGER, Role.VICE_PRESIDENT}),
    Action.RETURN_VISITS: frozenset({Role.CS_MANAGER, Role.SITE_MANAGER, Role.SALES_SECRETARY}),
    Action.CLOSE_UNSATISFIED: frozenset({Role.SITE_MANAGER}),
    Action.PREINSPECTION: frozenset({Role.SALES_SECRETARY, Role.SITE_MANAGER, Role.CS_MANAGER}),
    # Holds and 开盘选房's money (issue 13).
    Action.OVERRIDE_HOLD_LIMIT: frozenset({Role.SITE_MANAGER}),
    Action.ALLOW_UNPAID_CHOICE: frozenset({Role.SITE_MANAGER}),
    # Reports (issue 19).
    Action.VIEW_REPORTS: frozenset(
        {Role.SITE_MANAGER, Role.MARKETING_HEAD, Role.FINANCE, Role.VICE_PRESIDENT}
    ),
    Action.VIEW_OWN_REPORTS: _SELLERS,
    Action.HEAD_OFFICE_REPORTS: frozenset(
        {Role.SALES_SECRETARY, Role.SITE_MANAGER, Role.MARKETING_HEAD}
    ),
    Action.REPORT_TEMPLATES: frozenset({Role.ADMIN}),
}


def is_allowed(roles: frozenset[Role] | set[Role], action: Action) -> bool:
    """True when any of `roles` may perform `action`."""
    return bool(PERMISSIONS[action] & frozenset(roles))


def roles_label(roles: Iterable[Role]) -> str:
    """The roles' Chinese names in the order of `Role`, joined: "销售秘书、管理员"; "" for none."""
    order = list(Role)
    return "、".join(r.label for r in sorted(set(roles), key=order.index))


# -- where each role starts (issue 13: each role opens on its own page) ------------------------

#: The page each role opens on after login: a navigation section's key, or "section/tab". The
#: front desk and the sellers start on 工作台 (visits, the rotation board, today's follow-ups),
#: the secretary on the 销控表, the cashier and finance on 收据, the administrator on 用户.
START_PAGES: dict[Role, str] = {
    Role.FRONT_DESK: "workbench",
    Role.SALES_SECRETARY: "units",
    Role.CONSULTANT: "workbench",
    Role.SENIOR_CONSULTANT: "workbench",
    Role.CHANNEL_OFFICER: "workbench",
    Role.MORTGAGE_OFFICER: "deals/deals",
    Role.CASHIER: "deals/receipts",
    Role.SITE_MANAGER: "workbench",
    Role.CS_MANAGER: "workbench",
    Role.MARKETING_HEAD: "workbench",
    Role.FINANCE: "deals/receipts",
    Role.LEGAL: "deals/deals",
    Role.VICE_PRESIDENT: "workbench",
    Role.ADMIN: "settings/users",
}

#: Whose start page wins for a person with several roles: the work they do most in a day first
#: (a site manager who is also the administrator starts on 工作台, not on 用户).
START_ORDER: tuple[Role, ...] = (
    Role.SITE_MANAGER,
    Role.CONSULTANT,
    Role.SENIOR_CONSULTANT,
    Role.FRONT_DESK,
    Role.CHANNEL_OFFICER,
    Role.SALES_SECRETARY,
    Role.CASHIER,
    Role.FINANCE,
    Role.MORTGAGE_OFFICER,
    Role.CS_MANAGER,
    Role.MARKETING_HEAD,
    Role.VICE_PRESIDENT,
    Role.LEGAL,
    Role.ADMIN,
)


def start_page(roles: Iterable[Role]) -> str | None:
    """The page a person with `roles` opens on ("section" or "section/tab"); None for none."""
    held = set(roles)
    for role in START_ORDER:
        if role in held:
            return START_PAGES[role]
    return None
