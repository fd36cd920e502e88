"""One configurable value: its key, label, topic (group), default and validation (SettingSpec).

The specs themselves are in the settings_* modules by topic and registered in core/settings.py.
A spec's kind is one of: `str`, `int`, `bool`, `Decimal` (a number with decimals, kept as its
text and read as Decimal) or `tuple` (a list of values, each an `item` — int or str — written in
the editor separated by 、 or commas, kept as a JSON list and read as a tuple).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

#: The kinds of setting (see the module's docstring).
DECIMAL: type = Decimal
LIST: type = tuple

ListItem = int | str
SettingValue = str | int | bool | Decimal | tuple[ListItem, ...]

#: What separates the items of a list in the editor: 、 , ， ; ； and line breaks (and, for a list
#: of numbers, spaces as well).
_LIST_SEPARATORS = re.compile(r"[、,，;；\n]+")
_NUMBER_SEPARATORS = re.compile(r"[、,，;；\s]+")


@dataclass(frozen=True)
class SettingSpec:
    key: str
    label: str
    group: str
    default: SettingValue
    kind: type  # str, int, bool, DECIMAL or LIST
    help: str = ""
    #: Bounds of an int or a DECIMAL, and of each item of a LIST of ints.
    minimum: int | Decimal | None = None
    maximum: int | Decimal | None = None
    #: Characters of a str, or of each item of a LIST of texts.
    max_length: int | None = None
    check: Callable[[Any], str | None] | None = None
    #: "folder": the settings page offers a 选择… button that opens a folder dialog; "zone": the
    #: value is chosen from a list of time zones, never typed; "plan": an 编辑… button opens the
    #: payment-plan dialog (ui/pages/plan_dialog.py).
    picker: str = ""
    #: DECIMAL: at most this many decimal places.
    places: int | None = None
    #: LIST: the kind of each item (int or str), and how many items there may be.
    item: type = str
    min_items: int = 0
    max_items: int | None = None

    def validate(self, value: object) -> tuple[SettingValue | None, str | None]:
        """Coerce `value` to the spec's kind; return (value, None) or (None, Chinese message)."""
        if self.kind is bool:
            if isinstance(value, bool):
                return value, None
            return None, f"{self.label}：应为是或否"
        if self.kind is int:
            number, problem = self._int(value)
            return (None, f"{self.label}：{problem}") if problem else (number, None)
        if self.kind is DECIMAL:
            return self._decimal(value)
        if self.kind is LIST:
            return self._list(value)
        text = str(value).strip()
        if self.max_length is not None and len(text) > self.max_length:
            return None, f"{self.label}：最多 {self.max_length} 个字"
        if self.check is not None:
            problem = self.check(text)
            if problem:
                return None, f"{self.label}：{problem}"
        return text, None

    def _int(self, value: object) -> tuple[int | None, str | None]:
        """An int within the bounds, or the reason why not (without the label)."""
        if isinstance(value, bool):
            return None, "应为整数"
        try:
            number = int(str(value).strip())
        except ValueError:
            return None, "应为整数"
        return number, self._bounds_problem(number)

    def _bounds_problem(self, number: int | Decimal) -> str | None:
        if self.minimum is not None and number < self.minimum:
            return f"不能小于 {self.minimum}"
        if self.maximum is not None and number > self.maximum:
            return f"不能大于 {self.maximum}"
        return None

    def _decimal(self, value: object) -> tuple[Decimal | None, str | None]:
        if isinstance(value, bool | float):
            return None, f"{self.label}：应为数字，如 0.5"
        try:
            number = Decimal(str(value).strip())
        except InvalidOperation:
            return None, f"{self.label}：应为数字，如 0.5"
        if not number.is_finite():
            return None, f"{self.label}：应为数字，如 0.5"
        problem = self._bounds_problem(number)
        if problem:
            return None, f"{self.label}：{problem}"
        exponent = number.as_tuple().exponent
        if self.places is not None and isinstance(exponent, int) and -exponent > self.places:
            return None, f"{self.label}：最多 {self.places} 位小数"
        if self.check is not None:
            problem = self.check(number)
            if problem:
                return None, f"{self.label}：{problem}"
        # Kept as written ("0.50" stays "0.50"), but never in exponent form ("1E+1" is "10").
        return Decimal(format(number, "f")), None

    def _list(self, value: object) -> tuple[tuple[ListItem, ...] | None, str | None]:
        if isinstance(value, str):
            split = _NUMBER_SEPARATORS if self.item is int else _LIST_SEPARATORS
            raw: list[object] = [part for part in split.split(value.strip()) if part.strip()]
        elif isinstance(value, list | tuple):
            raw = list(value)
        else:
            return None, f"{self.label}：应为一组值，用顿号（、）分隔"
        items: list[ListItem] = []
        for index, entry in enumerate(raw, start=1):
            item, problem = self._list_item(entry)
            if problem is not None or item is None:
                return None, f"{self.label}：第 {index} 项“{str(entry).strip()}”{problem}"
            if item in items:
                return None, f"{self.label}：“{item}”重复了"
            items.append(item)
        if len(items) < self.min_items:
            return None, f"{self.label}：至少填写 {self.min_items} 项"
        if self.max_items is not None and len(items) > self.max_items:
            return None, f"{self.label}：最多 {self.max_items} 项"
        result = tuple(items)
        if self.check is not None:
            problem = self.check(result)
            if problem:
                return None, f"{self.label}：{problem}"
        return result, None

    def _list_item(self, entry: object) -> tuple[ListItem | None, str | None]:
        if self.item is int:
            return self._int(entry)
        text = str(entry).strip()
        if not text:
            return None, "不能为空"
        if self.max_length is not None and len(text) > self.max_length:
            return None, f"最多 {self.max_length} 个字"
        return text, None

    def load(self, stored: object) -> SettingValue:
        """The value kept in the database (decoded JSON) as this kind's value. Bounds are not
        checked again (as for an int); a value of the wrong shape (edited by hand) gives the
        default."""
        if self.kind is DECIMAL:
            if isinstance(stored, bool | float):
                return self.default
            try:
                number = Decimal(str(stored).strip())
            except InvalidOperation:
                return self.default
            return number if number.is_finite() else self.default
        if self.kind is LIST:
            if isinstance(stored, list) and all(
                isinstance(item, self.item) and not isinstance(item, bool) for item in stored
            ):
                return tuple(stored)
            return self.default
        return stored if isinstance(stored, str | int | bool) else self.default

    def dump(self, value: SettingValue) -> object:
        """What goes into the database (as JSON): a DECIMAL as its text, a LIST as a list."""
        if isinstance(value, Decimal):
            return format(value, "f")
        if isinstance(value, tuple):
            return list(value)
        return value

    def text(self, value: SettingValue) -> str:
        """A value as the editor shows it: a LIST as its items joined with 、."""
        if isinstance(value, tuple):
            return "、".join(str(item) for item in value)
        if isinstance(value, Decimal):
            return format(value, "f")
        return str(value)


def check_time(text: str) -> str | None:
    match = re.fullmatch(r"(\d{1,2}):(\d{2})", text)
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        return "请按 时:分 填写，如 12:30"
    return None


def check_zone(text: str) -> str | None:
    try:
        ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError):
        return "不认识的时区，如 Asia/Shanghai"
    return None


def check_folder(text: str) -> str | None:
    if text and not Path(text).is_absolute():
        return "请填写完整路径，如 D:\\安家备份 或 /home/desk/backups"
    return None
