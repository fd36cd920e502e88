"""What a sheet kind of the import pipeline provides (services.importing runs the pipeline,
services.import_sheets lists the kinds): a row as checked, a row to write, the protocol."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy.orm import Session

from anjia_desk.excel.headers import ColumnSpec
from anjia_desk.excel.reader import Cell
from anjia_desk.services.context import Actor


@dataclass(slots=True)  # 100,000 of them for a large file: slots make them quicker and smaller
class Checked:
    """One data row as the kind's check left it: a key (None when rejected), the values read
    (only cells that were present and readable), why it was rejected, which cells were dropped."""

    key: str | None
    values: dict[str, Any]
    error: str = ""
    dropped: list[str] = field(default_factory=list)
    #: A new row that may be a record already there without being sure (a customer reported
    #: with a masked number, or one who had this number before): written as new, and counted
    #: and explained in the report for someone to check (the reason is among `dropped`).
    possible: bool = False


@dataclass(slots=True)
class Planned:
    """A row to write: its check and, for an update, the existing record's id."""

    row: int  # index into the sheet's rows
    checked: Checked
    existing_id: int | None = None


class SheetKind(Protocol):
    key: str
    label: str
    columns: Sequence[ColumnSpec]
    #: Folded headers the kind's own export writes for reading only: ignored without a word.
    quiet: frozenset[str]

    def checker(
        self, session: Session, mapping: dict[int, str]
    ) -> Callable[[Sequence[Sequence[Cell]]], list[Checked]]:
        """A function checking a batch of non-blank rows, one Checked each (it may read the
        database now, never while checking)."""
        ...

    def existing(self, session: Session, keys: set[str]) -> dict[str, tuple[int | None, str]]:
        """The keys already in the database: key → (id, a description for the duplicate reason);
        id None for a key that is taken but cannot be updated (always a duplicate)."""
        ...

    def resolve(self, session: Session, planned: list[Planned], file_keys: set[str]) -> None:
        """Last checks that need the database, the whole file or the row's fate (new or an
        update): may append to a row's `dropped`, or set its `error` to reject it."""
        ...

    def write(
        self,
        session: Session,
        actor: Actor,
        new: list[Planned],
        updates: list[Planned],
        *,
        now: datetime,
        tick: Callable[[int], None],
        summary: str,
    ) -> None:
        """Write the rows inside the caller's transaction, `tick(n)` after every n rows written,
        and record the import with `summary` in the audit log (one entry for the file)."""
        ...
