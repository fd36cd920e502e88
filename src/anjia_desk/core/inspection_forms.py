"""The form of an issue found at a 预验房 viewing (issue 18): what, where, who fixes it and the
date promised; checked here, written by services.preinspection."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from anjia_desk.core.text import clean_note

TEXT_MAX = 300
PLACE_MAX = 60
RESPONSIBLE_MAX = 60
NOTE_MAX = 300


@dataclass(frozen=True)
class IssueForm:
    text: str
    promised_on: date | None
    place: str = ""
    responsible: str = ""


def validate_issue(form: IssueForm, found_on: date) -> tuple[IssueForm | None, dict[str, str]]:
    """The form cleaned, or None with the errors beside the fields. The promised fix date is
    required and not before the viewing (`found_on`)."""
    errors: dict[str, str] = {}
    text = clean_note(form.text)
    place = clean_note(form.place)
    responsible = clean_note(form.responsible)
    if not text:
        errors["text"] = "请填写发现的问题"
    elif len(text) > TEXT_MAX:
        errors["text"] = f"问题描述不能超过{TEXT_MAX}个字"
    if len(place) > PLACE_MAX:
        errors["place"] = f"部位不能超过{PLACE_MAX}个字"
    if len(responsible) > RESPONSIBLE_MAX:
        errors["responsible"] = f"整改责任人不能超过{RESPONSIBLE_MAX}个字"
    if form.promised_on is None:
        errors["promised_on"] = "请填写承诺整改日期"
    elif form.promised_on < found_on:
        errors["promised_on"] = "承诺整改日期不能早于预验房日期"
    if errors:
        return None, errors
    return IssueForm(text, form.promised_on, place, responsible), {}
