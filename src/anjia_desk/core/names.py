"""Pinyin initials of a name, for search as you type (zs → 张三).

pypinyin reads polyphonic surnames with their common reading (曾 → ceng, 单 → dan, 解 → jie);
as a surname they read differently, so the first character comes from a surname table. Initials
are computed when a row is saved and stored (PITFALLS.md: 100,000 names take seconds).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

#: Surnames whose reading differs from the character's everyday reading, by initial letter.
SURNAME_INITIALS: dict[str, str] = {
    "曾": "z",  # zēng, not céng
    "单": "s",  # shàn, not dān
    "解": "x",  # xiè, not jiě
    "仇": "q",  # qiú, not chóu
    "朴": "p",  # piáo
    "区": "o",  # ōu, not qū
    "查": "z",  # zhā, not chá
    "覃": "q",  # qín, not tán
    "翟": "z",  # zhái, not dí
    "秘": "b",  # bì, not mì
    "种": "c",  # chóng, not zhǒng
    "重": "c",  # chóng, not zhòng
    "句": "g",  # gōu, not jù
    "缪": "m",  # miào
    "盖": "g",  # gě
    "尉": "w",  # wèi
    "乐": "y",  # yuè, not lè
    "召": "s",  # shào, not zhào
    "长": "c",  # cháng
    "阚": "k",  # kàn
    "隗": "w",  # wěi
    "繁": "p",  # pó, not fán
    "员": "y",  # yùn
    "芮": "r",
    "折": "s",  # shé, not zhé
}

#: Two-character surnames (their own readings are read by pypinyin correctly).
COMPOUND_SURNAMES = frozenset(
    {"欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "令狐", "夏侯"}
)


@lru_cache(maxsize=8192)
def _char_initial(char: str) -> str:
    if char.isascii():
        return char.lower() if char.isalnum() else ""
    from pypinyin import Style, lazy_pinyin  # imported on first use: ~0.25 s

    letter = lazy_pinyin(char, style=Style.FIRST_LETTER, errors="ignore")
    return letter[0].lower() if letter and letter[0].isascii() else ""


def name_initials(name: str) -> str:
    """Lower-case initials of every character: 张三 → zs, 曾小贤 → zxx, Tom 李 → toml."""
    text = unicodedata.normalize("NFKC", name).strip()
    if not text:
        return ""
    out: list[str] = []
    start = 0
    if text[:2] in COMPOUND_SURNAMES:
        out.extend(_char_initial(c) for c in text[:2])
        start = 2
        if text[:2] == "尉迟":
            out[0] = "y"
    elif text[0] in SURNAME_INITIALS:
        out.append(SURNAME_INITIALS[text[0]])
        start = 1
    out.extend(_char_initial(c) for c in text[start:])
    return "".join(out)


def is_initials_query(text: str) -> bool:
    """True for a search text of ASCII letters only (zs, ZS), meant as pinyin initials."""
    return bool(text) and text.isascii() and text.isalpha()
