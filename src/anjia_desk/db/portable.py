"""SQL that each engine answers from its indexes in its own words, behind one construct.

Services build queries with these instead of an engine's syntax (no SQLite-only text outside
`db/`): on SQLite they render what its planner needs, elsewhere (PostgreSQL) the standard form.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql import operators
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import BinaryExpression, ColumnElement
from sqlalchemy.sql.expression import FunctionElement, literal
from sqlalchemy.types import Boolean, String


class unindexed(FunctionElement[Any]):
    """A column the planner should not walk an index of to sort: SQLite's unary `+column` (it
    then sorts the matches instead of fetching every row through the index); elsewhere the
    column itself (PostgreSQL's planner weighs that by itself, and `+` on a timestamp is an
    error there)."""

    inherit_cache = True

    def __init__(self, column: Any) -> None:
        super().__init__(column)
        self.type = column.type


@compiles(unindexed)
def _unindexed_default(element: unindexed, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.clauses, **kw)


@compiles(unindexed, "sqlite")
def _unindexed_sqlite(element: unindexed, compiler: SQLCompiler, **kw: Any) -> str:
    return "+" + compiler.process(element.clauses, **kw)


class _StartsWith(BinaryExpression[bool]):
    """`left` begins with `right` (a bound prefix); rendered per engine below, the pattern made
    at compile time — so a statement holding one is never taken from the compiled cache (it
    would keep the first prefix's pattern)."""

    inherit_cache = False


def starts_with_exactly(column: Any, prefix: str) -> ColumnElement[bool]:
    """`column` begins with `prefix`, case-sensitively and from the column's index: SQLite's GLOB
    (its LIKE ignores ASCII case and so cannot use a plain index), elsewhere a range over the
    index and LIKE (case-sensitive on PostgreSQL). The pattern is one bound value, as both
    planners need to use the index; the prefix may hold no wildcard of either (`*?[]` or `%_`)."""
    if any(c in prefix for c in "*?[]%_\\"):
        raise ValueError(f"a wildcard in the prefix: {prefix!r}")
    return _StartsWith(column, literal(prefix), operator=operators.like_op, type_=Boolean())


@compiles(_StartsWith)
def _starts_default(element: _StartsWith, compiler: SQLCompiler, **kw: Any) -> str:
    # PostgreSQL reads a LIKE prefix from an index only in the "C" collation (or with
    # text_pattern_ops): the range finds the rows in the column's own index, the LIKE keeps
    # exactly those that begin with the prefix.
    column = compiler.process(element.left, **kw)
    prefix = element.right.value
    following = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    low, high = (compiler.process(literal(v), **kw) for v in (prefix, following))
    pattern = compiler.process(literal(prefix + "%"), **kw)
    return f"({column} >= {low} AND {column} < {high} AND {column} LIKE {pattern})"


@compiles(_StartsWith, "sqlite")
def _starts_sqlite(element: _StartsWith, compiler: SQLCompiler, **kw: Any) -> str:
    column = compiler.process(element.left, **kw)
    pattern = element.right.value + "*"
    return f"{column} GLOB {compiler.process(literal(pattern), **kw)}"


def prefix_range(column: Any, prefix: str) -> ColumnElement[bool]:
    """`column` begins with `prefix`, as a range both planners answer from the column's index:
    prefix <= column < the prefix with its last character the next one. For columns that hold a
    fixed alphabet (digits, lowered letters), where that order is the characters' order."""
    following = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return and_(column >= prefix, column < following)


class binary_text(FunctionElement[Any]):
    """A text column compared in the characters' code-point order on every engine: SQLite's own
    (BINARY) order; elsewhere `COLLATE "C"` (PostgreSQL's database collation may be a language's,
    which would sort the list differently from SQLite — issue 15)."""

    inherit_cache = True

    def __init__(self, column: Any) -> None:
        super().__init__(column)
        self.type = column.type


@compiles(binary_text)
def _binary_default(element: binary_text, compiler: SQLCompiler, **kw: Any) -> str:
    return f'{compiler.process(element.clauses, **kw)} COLLATE "C"'


@compiles(binary_text, "sqlite")
def _binary_sqlite(element: binary_text, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.clauses, **kw)


def sorted_as_sqlite(column: Any, *, descending: bool, nullable: bool = True) -> ColumnElement[Any]:
    """An ORDER BY term that sorts the same on every engine: text in code-point order
    (binary_text) and NULLs where SQLite puts them — smallest, so first going up and last going
    down (PostgreSQL's default is the other way round). `nullable=False` for a column that holds
    no NULL: the plain term, which PostgreSQL can also read from an index in either direction."""
    if isinstance(getattr(column, "type", None), String):
        column = binary_text(column)
    term: ColumnElement[Any] = column.desc() if descending else column.asc()
    if not nullable:
        return term
    return term.nulls_last() if descending else term.nulls_first()


class _ContainsText(BinaryExpression[bool]):
    """`left` holds the text `right` anywhere, ASCII letters in either case: rendered per engine
    below."""

    inherit_cache = True


def contains_ignoring_case(column: Any, text: str) -> ColumnElement[bool]:
    """`column` holds `text`, letters in either case, as SQLite's LIKE finds it: its LIKE there
    (which ignores ASCII case by itself), ILIKE on PostgreSQL (whose LIKE does not). The text's
    wildcards are escaped (`\\`)."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return _ContainsText(
        column, literal(f"%{escaped}%"), operator=operators.like_op, type_=Boolean()
    )


@compiles(_ContainsText)
def _contains_default(element: _ContainsText, compiler: SQLCompiler, **kw: Any) -> str:
    column = compiler.process(element.left, **kw)
    return f"{column} ILIKE {compiler.process(element.right, **kw)} ESCAPE '\\'"


@compiles(_ContainsText, "sqlite")
def _contains_sqlite(element: _ContainsText, compiler: SQLCompiler, **kw: Any) -> str:
    column = compiler.process(element.left, **kw)
    return f"{column} LIKE {compiler.process(element.right, **kw)} ESCAPE '\\'"


class _ReadFromIndex(BinaryExpression[bool]):
    """`column > ''`, rendered per engine below."""

    inherit_cache = True


def read_from_index(column: Any) -> ColumnElement[bool]:
    """A condition true of every row it is asked of (`column` holds a non-empty text) that makes
    SQLite answer from the column's narrow index instead of the table: `column > ''`. Elsewhere
    TRUE: PostgreSQL picks its index by the other conditions (a trigram index for `LIKE '%…%'`,
    which `column > ''` would steer it away from). A top-level comparison, so that SQLite gets
    no `= 1` after it."""
    return _ReadFromIndex(column, literal(""), operator=operators.gt, type_=Boolean())


@compiles(_ReadFromIndex)
def _read_from_index_default(element: _ReadFromIndex, compiler: SQLCompiler, **kw: Any) -> str:
    return "true"


@compiles(_ReadFromIndex, "sqlite")
def _read_from_index_sqlite(element: _ReadFromIndex, compiler: SQLCompiler, **kw: Any) -> str:
    column = compiler.process(element.left, **kw)
    return f"{column} > {compiler.process(element.right, **kw)}"
