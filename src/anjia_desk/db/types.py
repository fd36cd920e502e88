"""Column types that keep the conventions of DESIGN.md §Data on every database."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import BigInteger, DateTime, Dialect, Numeric
from sqlalchemy.types import TypeDecorator, TypeEngine


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
