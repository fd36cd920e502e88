"""The settings of complaints and their prevention (issue 18, DOMAIN §9): the complaint points
offered at intake (the monthly review counts them), what the 风险告知书 lists — the differences
between the show flat and what is delivered, and what the office cannot promise — and how many
months before 交付 the 预验房 invitations fall due (the site manager's group "投诉与预防"); the
limits above which the vice president approves money paid because of a complaint (the
administrator's group "投诉赔付审批": the approvers may not move their own limits)."""

from __future__ import annotations

from decimal import Decimal

from anjia_desk.core.complaints import COMPANY_LIMIT, CONTRACTOR_LIMIT
from anjia_desk.core.setting_spec import DECIMAL, LIST, SettingSpec

COMPLAINTS_GROUP = "投诉与预防"
LIMITS_GROUP = "投诉赔付审批"
POINT_LEN = 20
ITEM_LEN = 80

DEFAULT_POINTS: tuple[str, ...] = (
    "渗水漏水",
    "墙地面空鼓开裂",
    "精装标准",
    "门窗",
    "配套承诺",
    "物业服务",
    "办证进度",
    "销售承诺",
)
#: Show flat against delivery, item by item (商品房销售管理办法 第三十一条): the office edits them.
DEFAULT_SHOWFLAT: tuple[str, ...] = (
    "样板间的家具软装及电器饰品不属于交付标准",
    "样板间墙面和吊顶造型仅为展示效果 交付以合同附件装修标准为准",
    "样板间层高和窗外景观与实际交付房屋可能不同",
    "阳台和露台的封闭及外立面改动以规划审批为准",
)
#: (Items are written without 、，, or ；: the settings page separates a list's items with them.)
#: What no one at the office can promise (planning around the project, schools…).
DEFAULT_NO_PROMISES: tuple[str, ...] = (
    "周边学校及学区划分以教育部门当年公布为准 本公司不作承诺",
    "周边道路地铁及商业规划以政府批准为准 可能调整",
    "项目外的景观视野及周边建筑不在本公司控制范围内",
)


SPECS: tuple[SettingSpec, ...] = (
    SettingSpec(
        "complaints.points",
        "常见投诉点",
        COMPLAINTS_GROUP,
        DEFAULT_POINTS,
        LIST,
        max_length=POINT_LEN,
        max_items=30,
        help="受理投诉时可选的投诉点（也可另行输入），月度复盘按投诉点统计",
    ),
    SettingSpec(
        "complaints.showflat_differences",
        "样板间与交付标准的差异",
        COMPLAINTS_GROUP,
        DEFAULT_SHOWFLAT,
        LIST,
        max_length=ITEM_LEN,
        min_items=1,
        max_items=20,
        help="逐项列入风险告知书（商品房销售管理办法第三十一条）",
    ),
    SettingSpec(
        "complaints.no_promises",
        "案场不能承诺的事项",
        COMPLAINTS_GROUP,
        DEFAULT_NO_PROMISES,
        LIST,
        max_length=ITEM_LEN,
        min_items=1,
        max_items=20,
        help="如周边规划、学校划片，逐项列入风险告知书",
    ),
    SettingSpec(
        "complaints.inspection_months",
        "预验房邀约提前月数",
        COMPLAINTS_GROUP,
        3,
        int,
        minimum=1,
        maximum=12,
        help="楼栋预计交付日前这么多个月，每套已成交房源生成预验房邀约待办",
    ),
)

LIMIT_SPECS: tuple[SettingSpec, ...] = (
    SettingSpec(
        "complaints.contractor_limit",
        "施工单位责任赔偿的客服经理审批上限（元）",
        LIMITS_GROUP,
        CONTRACTOR_LIMIT,
        DECIMAL,
        minimum=Decimal(0),
        maximum=Decimal(10_000_000),
        places=2,
        help="超过此金额还须分管副总审批",
    ),
    SettingSpec(
        "complaints.company_limit",
        "公司责任赔偿及补偿的客服经理审批上限（元）",
        LIMITS_GROUP,
        COMPANY_LIMIT,
        DECIMAL,
        minimum=Decimal(0),
        maximum=Decimal(10_000_000),
        places=2,
        help="公司责任的赔偿和无责任的补偿，超过此金额还须分管副总审批",
    ),
)
