"""The import pipeline (EXCEL_FORMAT.md): file → sheet → header and column mapping → every row
checked → one outcome per row → one write transaction → the report.

A sheet kind plugs in through `SheetKind` (services.importing_base; the kinds are listed in
services.import_sheets): its columns, how one row is checked, which of the keys the database
already holds, and how the rows are written. Reading and checking run outside any write
transaction, with short read-only sessions, so the front desk keeps registering visitors while
a big file is read; only the final write holds SQLite's write lock, and it is one transaction:
a crash, a kill or Cancel leaves nothing of the file.
"""

from __future__ import annotations

import gc
import hashlib
import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from sqlalchemy.orm import Session

from anjia_desk.core.errors import UserError, ValidationError
from anjia_desk.core.roles import Action
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.db.integrity import require_intact
from anjia_desk.db.refusal_guard import refusals_audited
from anjia_desk.db.types import aware_utc
from anjia_desk.excel import report as excel_report
from anjia_desk.excel.headers import HeaderMatch, find_header, fold_header, layout_key
from anjia_desk.excel.reader import Book, Cell, SheetInfo, open_book
from anjia_desk.services.context import Actor
from anjia_desk.services.import_sheets import SHEET_KINDS
from anjia_desk.services.importing_base import Checked, Planned, SheetKind
from anjia_desk.services.importing_rows import RowNotes, data_rows, refuse_repeated, strip_rows
from anjia_desk.services.settings import get_internal, set_internal

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

SCAN_ROWS = 10  # the header is among the first 10 rows (EXCEL_FORMAT.md)
SAMPLE_ROWS = 20
PROBLEMS_KEPT = 2000
CHECK_BATCH = 5000  # rows checked between two looks at progress and Cancel
MAPPING_KEY = "import.mapping.{kind}.{digest}"


class Mode(StrEnum):
    NEW = "new"
    UPDATE = "update"
    BOTH = "both"

    @property
    def label(self) -> str:
        return {"new": "仅新增", "update": "仅更新", "both": "新增并更新"}[self.value]


class Outcome(StrEnum):
    IMPORTED = "已导入"
    UPDATED = "已更新"
    DUPLICATE = "重复"
    SKIPPED = "跳过"
    ERROR = "错误"


class ImportCancelled(UserError):
    def __init__(self) -> None:
        super().__init__("导入已取消，数据库没有任何改动")


@dataclass(frozen=True)
class FieldChoice:
    key: str
    label: str


@dataclass
class Preview:
    kind: str
    path: Path
    file_kind: str
    sheets: list[SheetInfo]
    sheet: str
    header_row: int
    headers: list[str]
    mapping: dict[int, str]
    remembered: bool
    sample: list[list[Cell]]
    fields: list[FieldChoice]
    unknown: list[str]


@dataclass(frozen=True)
class ImportOptions:
    mode: Mode = Mode.NEW
    strict: bool = False
    dry_run: bool = False
    sheet: str | None = None
    mapping: dict[int, str] | None = None
    report: Path | None = None


@dataclass
class ImportResult:
    rows: int = 0
    imported: int = 0
    updated: int = 0
    duplicates: int = 0
    skipped: int = 0
    rejected: int = 0
    written: bool = False
    report: Path | None = None
    #: Of the imported rows, those that may be a customer already there (a masked or former
    #: number fits): imported as new customers, each named in the report (issue 13).
    possible: int = 0
    problems: list[tuple[int, str, str]] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    report_error: str = ""  # the report could not be written after the rows were
    #: What the report's 说明 sheet says besides the counts: 合计 rows left out, cells from
    #: which invisible characters were taken (issue 14).
    notes: list[tuple[str, str]] = field(default_factory=list)

    def as_json(self) -> dict[str, object]:
        return {
            "rows": self.rows,
            "imported": self.imported,
            "updated": self.updated,
            "duplicates": self.duplicates,
            "skipped": self.skipped,
            "rejected": self.rejected,
            "written": self.written,
            "report": str(self.report) if self.report is not None else None,
        }

    def counts(self) -> str:
        """The counts in one Chinese line."""
        possible = f"（其中 {self.possible} 行可能与已有客户重复，请核对）" if self.possible else ""
        return (
            f"共 {self.rows} 行：新增 {self.imported}{possible}，更新 {self.updated}，"
            f"重复 {self.duplicates}，跳过 {self.skipped}，错误 {self.rejected}"
        )

    def summary(self) -> str:
        return self.counts() + ("；已写入数据库" if self.written else "；未写入数据库")


def _kinds() -> dict[str, SheetKind]:
    return {kind.key: kind for kind in SHEET_KINDS}


def import_kinds() -> list[tuple[str, str]]:
    return [(k.key, k.label) for k in _kinds().values()]


def _kind(key: str) -> SheetKind:
    kinds = _kinds()
    if key not in kinds:
        raise UserError(f"不能导入“{key}”：可导入 {'、'.join(kinds)}")
    return kinds[key]


# --- reading: the sheet, the header, the mapping


@dataclass
class _Layout:
    book: Book
    sheet: str
    rows: list[list[Cell]]
    match: HeaderMatch
    mapping: dict[int, str]
    remembered: bool


def _mapping_key(kind: SheetKind, headers: Sequence[str]) -> str:
    digest = hashlib.sha1(layout_key(headers).encode("utf-8")).hexdigest()
    return MAPPING_KEY.format(kind=kind.key, digest=digest)


def _remembered(session: Session, kind: SheetKind, headers: Sequence[str]) -> dict[int, str] | None:
    text = get_internal(session, _mapping_key(kind, headers))
    if text is None:
        return None
    try:
        keys = json.loads(text)
    except ValueError:  # pragma: no cover - written by this module only
        return None
    known = {c.key for c in kind.columns}
    if not isinstance(keys, list) or len(keys) < len(headers):
        return None  # pragma: no cover - the layout key includes the headers
    return {i: k for i, k in enumerate(keys) if isinstance(k, str) and k in known}


def _remember(
    session: Session, kind: SheetKind, headers: Sequence[str], mapping: dict[int, str]
) -> None:
    # A column right of the last header (data without a header) may be mapped too.
    width = max(len(headers), max(mapping, default=-1) + 1)
    keys = [mapping.get(i, "") for i in range(width)]
    set_internal(session, _mapping_key(kind, headers), json.dumps(keys, ensure_ascii=False))


def _check_mapping(kind: SheetKind, mapping: dict[int, str], width: int) -> dict[int, str]:
    known = {c.key: c for c in kind.columns}
    clean: dict[int, str] = {}
    seen: set[str] = set()
    for column, key in sorted(mapping.items()):
        if not key:
            continue
        if key not in known:
            raise ValidationError({"mapping": f"第 {column + 1} 列的对应字段“{key}”无效"})
        if not 0 <= column < width:
            raise ValidationError(
                {"mapping": f"文件没有第 {column + 1} 列，不能导入为“{known[key].header}”"}
            )
        if key in seen:
            raise ValidationError({"mapping": f"“{known[key].header}”对应了不止一列，请只选一列"})
        seen.add(key)
        clean[column] = key
    for spec in kind.columns:
        if spec.required and spec.key not in seen:
            raise ValidationError({"mapping": f"必须有一列对应“{spec.header}”"})
    return clean


def _read_layout(
    session: Session, kind: SheetKind, path: Path, sheet: str | None, mapping: dict[int, str] | None
) -> _Layout:
    book = open_book(path)
    if sheet is not None:
        names = [s.name for s in book.sheets]
        if sheet not in names:
            raise UserError(f"文件中没有名为“{sheet}”的工作表（有：{'、'.join(names)}）")
        candidates = [sheet]
    else:
        candidates = [s.name for s in book.sheets if s.visible]
    # A header naming every required column wins; else the row naming the most known columns,
    # so that the wizard can have the missing one (a 手机号 under an odd name) mapped by hand.
    relaxed = [replace(c, required=False) for c in kind.columns]
    for specs in (kind.columns, relaxed):
        for name in candidates:
            match = find_header(book.head(name, SCAN_ROWS), specs, scan=SCAN_ROWS)
            if match is None:
                continue
            refuse_repeated(match.headers, kind.columns)
            rows = book.rows(name)
            if mapping is not None:
                width = max(len(match.headers), max((len(r) for r in rows), default=0))
                chosen, remembered = _check_mapping(kind, mapping, width), False
            else:
                saved = _remembered(session, kind, match.headers)
                chosen, remembered = (saved, True) if saved else (dict(match.mapping), False)
            return _Layout(book, name, rows, match, chosen, remembered)
    where = f"工作表“{sheet}”" if sheet is not None else "文件"
    raise UserError(f"{where}的前 {SCAN_ROWS} 行里找不到表头：没有一列是认得的列名")


def _require_columns(kind: SheetKind, layout: _Layout) -> None:
    """An import needs every required column mapped (the wizard lets the user map it)."""
    mapped = set(layout.mapping.values())
    for spec in kind.columns:
        if spec.required and spec.key not in mapped:
            raise UserError(
                f"找不到“{spec.header}”列：请在导入向导里指定哪一列是{spec.header}"
                "（指定一次后，同样表头的文件会记住）"
            )


def preview_file(
    session: Session, actor: Actor, *, kind: str, path: Path, sheet: str | None = None
) -> Preview:
    """What the wizard shows before anything is checked: the sheet, the header, the mapping."""
    actor.require(Action.IMPORT_DATA)
    sheet_kind = _kind(kind)
    layout = _read_layout(session, sheet_kind, path, sheet, None)
    indexes, _footers = data_rows(layout.rows, layout.match.row + 1)
    sample = [layout.rows[i] for i in indexes[:SAMPLE_ROWS]]
    return Preview(
        kind=sheet_kind.key,
        path=path,
        file_kind=layout.book.kind,
        sheets=list(layout.book.sheets),
        sheet=layout.sheet,
        header_row=layout.match.row,
        headers=list(layout.match.headers),
        mapping=dict(layout.mapping),
        remembered=layout.remembered,
        sample=sample,
        fields=[FieldChoice(c.key, c.header) for c in sheet_kind.columns],
        unknown=_unknown(sheet_kind, layout.match.headers, layout.mapping),
    )


def _unknown(kind: SheetKind, headers: Sequence[str], mapping: dict[int, str]) -> list[str]:
    return [
        h
        for i, h in enumerate(headers)
        if h and i not in mapping and fold_header(h) not in kind.quiet
    ]


# --- checking and deciding each row's outcome


@dataclass
class _Plan:
    outcomes: list[tuple[int, Outcome, str]]  # (row index, outcome, reason) per non-blank row
    new: list[Planned]
    updates: list[Planned]


def _tick(progress: Progress | None, cancelled: Cancelled | None, done: int, total: int) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelled
    if progress is not None:
        progress(done, total)


def _plan(
    session: Session,
    kind: SheetKind,
    layout: _Layout,
    options: ImportOptions,
    progress: Progress | None,
    cancelled: Cancelled | None,
    indexes: list[int],
) -> _Plan:
    """Check the rows at `indexes` (the sheet's non-blank data rows) and decide each outcome."""
    check = kind.checker(session, layout.mapping)
    rows = layout.rows
    total = len(indexes) * 2  # checking, then writing
    checked: list[tuple[int, Checked]] = []
    for first in range(0, len(indexes), CHECK_BATCH):
        batch = indexes[first : first + CHECK_BATCH]
        checked.extend(zip(batch, check([rows[i] for i in batch]), strict=True))
        _tick(progress, cancelled, len(checked), total)

    keys = {c.key for _, c in checked if c.key is not None}
    existing = kind.existing(session, keys)
    what = getattr(kind, "key_label", "手机号")  # the row's identity, named in the reasons
    outcomes: dict[int, tuple[Outcome, str]] = {}
    first_row: dict[str, int] = {}
    new: list[Planned] = []
    updates: list[Planned] = []
    for index, item in checked:
        if item.key is None:
            outcomes[index] = (Outcome.ERROR, item.error)
            continue
        earlier = first_row.get(item.key)
        if earlier is not None:
            outcomes[index] = (
                Outcome.DUPLICATE,
                f"与第 {earlier + 1} 行{what}相同（以第一行为准）",
            )
            continue
        first_row[item.key] = index
        found = existing.get(item.key)
        if found is None:
            if options.mode is Mode.UPDATE:
                outcomes[index] = (Outcome.SKIPPED, f"仅更新模式：数据库里没有这个{what}")
            else:
                new.append(Planned(index, item))
        elif options.mode is Mode.NEW or found[0] is None:
            outcomes[index] = (Outcome.DUPLICATE, found[1])
        else:
            updates.append(Planned(index, item, found[0]))
    kind.resolve(session, new + updates, {p.checked.key for p in new if p.checked.key})
    for planned in new + updates:
        if planned.checked.error:
            outcomes[planned.row] = (Outcome.ERROR, planned.checked.error)
    new = [p for p in new if not p.checked.error]
    updates = [p for p in updates if not p.checked.error]

    rejected = sum(1 for o, _ in outcomes.values() if o is Outcome.ERROR)
    if options.strict and rejected:
        for planned in new + updates:
            outcomes[planned.row] = (Outcome.SKIPPED, "严格模式：文件中有错误行，整份文件都未导入")
        new, updates = [], []
    for planned in new:
        outcomes[planned.row] = (Outcome.IMPORTED, "；".join(planned.checked.dropped))
    for planned in updates:
        outcomes[planned.row] = (Outcome.UPDATED, "；".join(planned.checked.dropped))
    ordered = [(index, *outcomes[index]) for index, _ in checked]
    return _Plan(ordered, new, updates)


# --- the whole import


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector paused while a file's rows become values and database rows:
    they are a few hundred thousand small dicts and lists with no cycles, and the collector's
    passes over them cost about a fifth of a 100,000-row import."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def run_import(
    database: Database,
    actor: Actor,
    *,
    kind: str,
    path: Path,
    options: ImportOptions,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    now: datetime | None = None,
) -> ImportResult:
    """Import one file (see the module's docstring). Raises UserError, with nothing written,
    for an unusable file or mapping, and ImportCancelled when `cancelled()` turns true."""
    with _collector_paused():
        return _import(database, actor, kind, path, options, progress, cancelled, now)


def _import(
    database: Database,
    actor: Actor,
    kind: str,
    path: Path,
    options: ImportOptions,
    progress: Progress | None,
    cancelled: Cancelled | None,
    now: datetime | None,
) -> ImportResult:
    with refusals_audited(database, actor):  # no session yet: audited here (issue 14)
        actor.require(Action.IMPORT_DATA)
    require_intact(database, "导入")  # no rows written into a damaged file
    sheet_kind = _kind(kind)
    moment = aware_utc(now)
    if progress is not None:
        progress(0, 0)
    with database.sessions() as session:  # reads only: no write lock is taken
        layout = _read_layout(session, sheet_kind, path, options.sheet, options.mapping)
        _require_columns(sheet_kind, layout)
        # The data rows below the header; blank ones are skipped without a word, 合计 rows
        # and cells with invisible characters are named in the report.
        indexes, footers = data_rows(layout.rows, layout.match.row + 1)
        labels = {c.key: c.header for c in sheet_kind.columns}
        notes = RowNotes(footers, strip_rows(layout.rows, indexes, layout.mapping, labels))
        written_rows, total = len(indexes), len(indexes) * 2  # checking, then writing
        plan = _plan(session, sheet_kind, layout, options, progress, cancelled, indexes)
        session.rollback()
    if notes.stripped:
        plan.outcomes = [(i, o, notes.reason(i, r)) for i, o, r in plan.outcomes]

    result = ImportResult(rows=len(plan.outcomes))
    result.unknown = _unknown(sheet_kind, layout.match.headers, layout.mapping)
    result.notes = notes.sheet_notes()
    counts = {o: 0 for o in Outcome}
    for row, outcome, reason in plan.outcomes:
        counts[outcome] += 1
        if (outcome is not Outcome.IMPORTED or reason) and len(result.problems) < PROBLEMS_KEPT:
            result.problems.append((row + 1, outcome.value, reason))
    result.imported = counts[Outcome.IMPORTED]
    result.updated = counts[Outcome.UPDATED]
    result.duplicates = counts[Outcome.DUPLICATE]
    result.skipped = counts[Outcome.SKIPPED]
    result.rejected = counts[Outcome.ERROR]
    result.possible = sum(1 for p in plan.new if p.checked.possible)

    if not options.dry_run and (plan.new or plan.updates):
        done = written_rows

        def tick(n: int) -> None:
            nonlocal done
            done += n
            _tick(progress, cancelled, done, total)

        with session_scope(database, actor) as session:
            summary = (
                f"导入{sheet_kind.label}：{path.name}（{options.mode.label}）{result.counts()}"
            )
            sheet_kind.write(
                session, actor, plan.new, plan.updates, now=moment, tick=tick, summary=summary
            )
            _remember(session, sheet_kind, layout.match.headers, layout.mapping)
            if cancelled is not None and cancelled():
                raise ImportCancelled
        result.written = True

    if options.report is not None:
        try:
            _write_report(layout, plan, result, path, options, progress, cancelled)
        except UserError as exc:
            if not result.written:
                raise
            # The rows are in the database already: say so, and that the report is missing.
            result.report_error = f"数据已导入，但报告未能写出：{exc.message}"
        else:
            result.report = options.report
    if progress is not None:
        progress(total, total)
    return result


def _write_report(
    layout: _Layout,
    plan: _Plan,
    result: ImportResult,
    path: Path,
    options: ImportOptions,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> None:
    assert options.report is not None
    rows = layout.rows
    lines = ((rows[index], outcome.value, reason) for index, outcome, reason in plan.outcomes)
    notes = [
        ("文件", path.name),
        ("工作表", layout.sheet),
        ("表头所在行", str(layout.match.row + 1)),
        ("导入方式", options.mode.label + ("（严格模式）" if options.strict else "")),
        ("试运行", "是（未写入数据库）" if options.dry_run else "否"),
        ("结果", result.summary()),
    ]
    if result.unknown:
        notes.append(("未导入的列", "、".join(result.unknown)))
    notes.extend(result.notes)
    excel_report.write_report(
        options.report, layout.match.headers, lines, notes=notes, total=len(plan.outcomes)
    )
