"""Invisible characters out of names and notes (issue 14): controls, direction overrides and
zero-width characters, with a note's tabs and line breaks kept."""

from __future__ import annotations

from datetime import date

import pytest

from anjia_desk.core.customers import (
    CustomerForm,
    Options,
    VisitForm,
    validate_customer,
    validate_visit,
)
from anjia_desk.core.followups import FollowUpForm, validate_follow_up
from anjia_desk.core.text import clean_name, clean_note, has_unsafe, strip_invisible


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("张\u202e伟", "张伟"),  # right-to-left override
        ("\u2066张伟\u2069", "张伟"),  # isolates
        ("张\u200b\u200c\u200d伟\ufeff", "张伟"),  # zero-width
        ("\u200e张伟\u200f", "张伟"),  # LRM, RLM
        ("张\x00伟\x07\x1b", "张伟"),  # C0
        ("张\x85伟\x9b", "张伟"),  # C1
        ("张\t伟\n", "张 伟"),  # a tab or line break in a name is a space
        ("  Tom   Lee ", "Tom Lee"),
        ("王强", "王强"),
    ],
)
def test_clean_name(raw: str, name: str) -> None:
    assert clean_name(raw) == name


def test_clean_note_keeps_tabs_and_line_breaks() -> None:
    assert clean_note(" 第一行\r\n第二行\r第三行\t尾\u202e\x07 ") == "第一行\n第二行\n第三行\t尾"
    assert strip_invisible("a\u202eb\tc\n") == ("ab\tc\n", 1)
    assert has_unsafe("a\u2068b") and not has_unsafe("张伟 Tom")


def test_the_forms_clean_names_and_notes() -> None:
    form = CustomerForm(name="张\u202e伟", phone="13800000001", notes="看\u200b房\n周末\x1b")
    clean, errors = validate_customer(form, Options(), today=date(2026, 3, 5))
    assert errors == {} and clean is not None
    assert (clean.name, clean.notes) == ("张伟", "看房\n周末")

    # Forty characters once the overrides are gone: not "too long".
    visit = VisitForm(
        phone="13800000001", name="张" * 40 + "\u202e" * 5, channel="自然到访", consent=True
    )
    assert "name" not in validate_visit(visit, Options())

    follow = FollowUpForm(channel="电话", content="回访\u2067客户\u2069", grade="A")
    done, problems = validate_follow_up(follow, Options(), today=date(2026, 3, 5))
    assert problems == {} and done is not None and done.content == "回访客户"
