"""Column types that keep the conventions of DESIGN.md §Data on every database."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import BigInteger, DateTime, Dialect, Numeric, String, type_coerce
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.types import TypeDecorator, TypeEngine

if TYPE_CHECKING:
    pass

E = TypeVar("E", bound=StrEnum)
T = TypeVar("T")


class UTCDateTime(TypeDecorator[datetime]):
    """An aware UTC timestamp on every database.

    Bound values must be timezone-aware; they are stored in UTC. SQLite keeps no zone, so values
    read back are marked UTC again. Showing them in the office's zone happens at the edges.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column; pass an aware datetime")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Money(TypeDecorator[Decimal]):
    """Money as Decimal with 2 places: Numeric(14, 2), kept as integer fen on SQLite.

    SQLite has no decimal type (it would round-trip through float); integer fen are exact, sort
    and sum correctly in SQL, and come back as Decimal through this type.
    """

    impl = Numeric(14, 2)
    cache_ok = True
    _scale = 2

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(BigInteger())
        return dialect.type_descriptor(Numeric(14, self._scale, asdecimal=True))

    def process_bind_param(self, value: Decimal | int | str | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("money must be Decimal, never float")
        quantum = Decimal(1).scaleb(-self._scale)
        amount = Decimal(value).quantize(quantum, rounding=ROUND_HALF_UP)
        if dialect.name == "sqlite":
            return int(amount.scaleb(self._scale))
        return amount

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        if dialect.name == "sqlite":
            return Decimal(int(value)).scaleb(-self._scale)
        return Decimal(value).quantize(Decimal(1).scaleb(-self._scale))

    def result_processor(self, dialect: Dialect, coltype: Any) -> Any:
        """On SQLite, one small function per value instead of TypeDecorator's chain (the
        receivables view reads tens of thousands of amounts): the same result."""
        if dialect.name != "sqlite":
            return super().result_processor(dialect, coltype)
        places = -self._scale
        known: dict[Any, Decimal] = {}  # amounts repeat (nothing paid yet, a plan's shares)

        def process(value: Any) -> Decimal | None:
            if value is None:
                return None
            amount = known.get(value)
            if amount is None:
                if len(known) > 4096:
                    known.clear()
                amount = known[value] = Decimal(int(value)).scaleb(places)
            return amount

        return process


class Fen(TypeDecorator[int]):
    """A Money (or Decimal2) column read as whole fen (an int) on every database, for views that
    add and compare tens of thousands of amounts: on SQLite the stored integer itself (no
    conversion at all), elsewhere the 2-place Decimal × 100. Read-only: use it through
    `in_fen`, never as a column's type."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        raise TypeError("Fen is for reading; bind money through the Money column")

    def result_processor(self, dialect: Dialect, coltype: Any) -> Any:
        if dialect.name == "sqlite":
            return None  # integer fen already

        def process(value: Any) -> int | None:
            return None if value is None else int(Decimal(value).scaleb(2))

        return process


def in_fen(column: Any) -> Any:
    """`column` (Money / Decimal2) in a select, its values read as int fen (see Fen); the SQL
    is the column itself."""
    return type_coerce(column, Fen())


def from_fen(value: int) -> Decimal:
    """Whole fen back to the Decimal a Money column reads (2 places): 123456 → 1234.56."""
    return Decimal(value).scaleb(-2)


def utcnow() -> datetime:
    return datetime.now(UTC)


def aware_utc(now: datetime | None = None) -> datetime:
    """`now` in UTC, or the clock's time when None. A naive `now` is refused: services take the
    moment as a parameter, and a naive one would silently mean the computer's zone."""
    if now is None:
        return utcnow()
    if now.tzinfo is None:
        raise ValueError("naive datetime given as now; pass an aware datetime")
    return now.astimezone(UTC)


class Decimal2(Money):
    """Any 2-place decimal that is not money (areas in ㎡, budgets in 万元): same storage."""

    cache_ok = True


class UnknownEnumValue(ValueError):
    """A stored string no member of the column's enum has: the database was written by a newer
    version of the app, or edited by hand. Reading it is refused rather than passed on as a
    plain string that the code would then misread."""


class StrEnumType(TypeDecorator[E]):
    """A StrEnum column stored as its plain value in a VARCHAR(length) (the same strings and the
    same column type as a String column: no data migration).

    Reads come back as members; an unknown stored string raises UnknownEnumValue. Writes take a
    member or its value and refuse anything else (ValueError at flush). In a query, a member or a
    known value is bound through this type and any other operand (a LIKE pattern, say) as a plain
    string, so such a filter works as it did on the String column.
    """

    impl = String
    cache_ok = True

    def __init__(self, enum: type[E], length: int) -> None:
        super().__init__(length)
        self.enum = enum
        self.length = length

    def _member(self, value: object) -> E | None:
        if isinstance(value, self.enum):
            return value
        if isinstance(value, str):
            return self.enum._value2member_map_.get(value)  # type: ignore[return-value]
        return None

    def process_bind_param(self, value: E | str | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        member = self._member(value)
        if member is None:
            raise ValueError(f"{value!r} is not a {self.enum.__name__} ({self._known()})")
        return str(member.value)

    def process_result_value(self, value: Any, dialect: Dialect) -> E | None:
        if value is None:
            return None
        member = self._member(value)
        if member is None:
            raise UnknownEnumValue(
                f"the database holds {value!r}, which is not a {self.enum.__name__} "
                f"({self._known()}): written by a newer version of the app, or by hand"
            )
        return member

    def result_processor(self, dialect: Dialect, coltype: Any) -> Any:
        """One dict lookup per value instead of TypeDecorator's chain: the same result."""
        members = self.enum._value2member_map_
        fallback = self.process_result_value

        def process(value: Any) -> E | None:
            if value is None:
                return None
            member = members.get(value)
            return member if member is not None else fallback(value, dialect)  # type: ignore[return-value]

        return process

    def coerce_compared_value(self, op: Any, value: Any) -> TypeEngine[Any]:
        if self._member(value) is not None:
            return self
        return String(self.length)

    def _known(self) -> str:
        return ", ".join(str(m.value) for m in self.enum)

    @property
    def python_type(self) -> type[E]:
        return self.enum


def enum_column(enum: type[StrEnum], length: int, **kwargs: Any) -> Mapped[Any]:
    """`mapped_column(StrEnumType(enum, length), **kwargs)` for a `Mapped[E]` attribute
    (nullable when the annotation says `| None`, as with `mapped_column`)."""
    return mapped_column(StrEnumType(enum, length), **kwargs)
