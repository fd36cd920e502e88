"""The settings of change orders (issue 17, DOMAIN §8): the relations a 更名 may go to, the
suggested reason tags and the thank-you card's words — the site manager's group "变更"."""

from __future__ import annotations

import re

from anjia_desk.core.changes import DEFAULT_RELATIONS, DEFAULT_TAGS, TAG_LEN, TAG_MAX
from anjia_desk.core.setting_spec import LIST, SettingSpec

CHANGES_GROUP = "变更"
RELATION_LEN = 10
THANKS_MAX = 300

#: The office's words on the 感谢卡 (the card adds its own paragraph of 老客户优先通知 below them:
#: pdf/thanks_card.py); the same words services/papers/thanks.py falls back on.
DEFAULT_THANKS = (
    "感谢您在选房、购房过程中给予我们的信任与耐心。这一次未能与您走到最后，我们深感遗憾，"
    "也由衷感谢您一路以来的理解与支持。"
)

#: What the thank-you card never says: a unit or a price (digits, money, areas, room numbers).
_NO_OFFER = re.compile(r"[0-9０-９]|元|㎡|平米|平方米|房号|单价|总价|折扣|优惠价")


def check_thanks(text: str) -> str | None:
    """The card offers priority notice of future releases, never a unit or a price."""
    if not text.strip():
        return "请填写感谢卡的内容"
    if _NO_OFFER.search(text):
        return "感谢卡不写房号、面积、价格或折扣（不能含数字、“元”“㎡”等）"
    return None


CHANGE_SPECS: tuple[SettingSpec, ...] = (
    SettingSpec(
        "changes.rename_relations",
        "可更名的亲属关系",
        CHANGES_GROUP,
        DEFAULT_RELATIONS,
        LIST,
        max_length=RELATION_LEN,
        min_items=1,
        max_items=10,
        help="更名、增名只能在这些关系之间办理，用顿号分隔，如 配偶、父母、子女",
    ),
    SettingSpec(
        "changes.reason_tags",
        "退房原因标签",
        CHANGES_GROUP,
        DEFAULT_TAGS,
        LIST,
        max_length=TAG_LEN,
        max_items=20,
        help=f"登记退定/退房时可勾选的原因标签（每单最多 {TAG_MAX} 个），也可另行输入",
    ),
    SettingSpec(
        "changes.thanks_text",
        "感谢卡内容",
        CHANGES_GROUP,
        DEFAULT_THANKS,
        str,
        max_length=THANKS_MAX,
        check=check_thanks,
        help="打印在感谢卡上的话，用案场自己的话；卡片另起一段告知老客户优先通知。不写房源或价格",
    ),
)
