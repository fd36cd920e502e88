"""Declarative base and the columns every table has."""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import Integer, MetaData
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from anjia_desk.db.types import UTCDateTime, utcnow

# Named constraints, so that Alembic's batch mode on SQLite can find and alter them.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UTCDateTime()}

    #: Changes to rows of this table go into the audit log automatically.
    __audited__: bool = True

    #: Columns whose values the audit log shows as *** (password hashes, keys).
    __audit_secret__: ClassVar[frozenset[str]] = frozenset()
    #: Chinese names of the columns, for the audit text people read.
    __audit_labels__: ClassVar[dict[str, str]] = {}
    #: Columns left out of the audit text altogether (bookkeeping recorded another way).
    __audit_skip__: ClassVar[frozenset[str]] = frozenset()

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    def audit_secret_columns(self) -> frozenset[str]:
        """Columns of this row whose values never go into the audit text."""
        return self.__audit_secret__

    def audit_value(self, column: str, value: Any) -> Any:
        """How a stored value reads in the audit text (e.g. JSON decoded)."""
        return value


class Versioned:
    """Records people edit: a version column so two PCs cannot silently overwrite each other."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, object]:
        return {"version_id_col": cls.version}
