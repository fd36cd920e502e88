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
from sqlalchemy.types import Boolean


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
    (its LIKE ignores ASCII case and so cannot use a plain index), elsewhere LIKE (case-sensitive
    on PostgreSQL). The pattern is one bound value, as both planners need to use the index; the
    prefix may hold no wildcard of either (`*?[]` or `%_`)."""
    if any(c in prefix for c in "*?[]%_\\"):
        raise ValueError(f"a wildcard in the prefix: {prefix!r}")
    return _StartsWith(column, literal(prefix), operator=operators.like_op, type_=Boolean())


@compiles(_StartsWith)
def _starts_default(element: _StartsWith, compiler: SQLCompiler, **kw: Any) -> str:
    column = compiler.process(element.left, **kw)
    pattern = element.right.value + "%"
    return f"{column} LIKE {compiler.process(literal(pattern), **kw)}"


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
