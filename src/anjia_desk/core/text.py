"""Invisible characters that have no place in a name or a note (issue 14): C0 and C1 control
characters, the bidirectional marks and overrides that make "张伟" display reversed or hide
text (U+200E/F, U+202A–U+202E, U+2066–U+2069, U+061C), zero-width characters and the BOM.

A name keeps none of them (a tab or line break becomes a space, runs of spaces become one); a
note keeps its tabs and line breaks (CR LF and a lone CR become LF). The forms' validators, the
services that store names and the import pipeline all clean through here.
"""

from __future__ import annotations

import re

_CONTROLS = "".join(map(chr, range(0x00, 0x20))) + "".join(map(chr, range(0x7F, 0xA0)))
_FORMATTING = (
    "\u061c"  # Arabic letter mark
    "\u180e"  # Mongolian vowel separator (was a zero-width space)
    "\u200b\u200c\u200d"  # zero-width space, non-joiner, joiner
    "\u200e\u200f"  # left-to-right / right-to-left mark
    "\u202a\u202b\u202c\u202d\u202e"  # embeddings and overrides
    "\u2060\u2061\u2062\u2063\u2064"  # word joiner, invisible operators
    "\u2066\u2067\u2068\u2069"  # isolates
    "\ufeff"  # BOM / zero-width no-break space
)
UNSAFE = frozenset(_CONTROLS + _FORMATTING)
#: What a note keeps of the control characters.
NOTE_KEEPS = frozenset("\t\n")

_UNSAFE_RE = re.compile("[" + re.escape(_CONTROLS + _FORMATTING) + "]")
_NOTE_UNSAFE_RE = re.compile("[" + re.escape("".join(sorted(UNSAFE - NOTE_KEEPS - {"\r"}))) + "]")
_NAME_SPACES = str.maketrans({"\t": " ", "\n": " ", "\r": " ", "\x0b": " ", "\x0c": " "})


def has_unsafe(text: str) -> bool:
    """Whether the text holds any character a name must not keep (a note keeps tab and LF)."""
    return _UNSAFE_RE.search(text) is not None


def clean_name(text: str) -> str:
    """A name (or any one-line text) without invisible characters, its spaces collapsed."""
    if _UNSAFE_RE.search(text) is not None:
        text = _UNSAFE_RE.sub("", text.translate(_NAME_SPACES))
    return " ".join(text.split())


def clean_note(text: str) -> str:
    """A note without invisible characters; tabs and line breaks kept, stripped at the ends."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _NOTE_UNSAFE_RE.sub("", text).strip()


def count_unsafe(text: str, *, note: bool = False) -> int:
    """How many characters clean_note (note=True) or clean_name would take out (not counting
    whitespace that a name turns into spaces)."""
    pattern = _NOTE_UNSAFE_RE if note else _UNSAFE_RE
    found = pattern.findall(text)
    if note:
        return len(found)
    return sum(1 for char in found if not char.isspace())


_INVISIBLE_RE = re.compile("[" + re.escape("".join(sorted(UNSAFE - {"\t", "\n", "\r"}))) + "]")


def has_invisible(text: str) -> bool:
    """Whether strip_invisible would take anything out."""
    return _INVISIBLE_RE.search(text) is not None


def strip_invisible(text: str) -> tuple[str, int]:
    """The text without the characters no field keeps (tabs and line breaks stay: the field's
    own parser deals with them), and how many were taken out."""
    cleaned, count = _INVISIBLE_RE.subn("", text)
    return cleaned, count
