"""What a write changed, so that views refresh only when it concerns them (STYLE.md §5)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    """Names of the tables (or topics such as "settings") a completed operation touched."""

    tables: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def of(cls, *tables: str) -> Changes:
        return cls(frozenset(tables))

    def touches(self, *tables: str) -> bool:
        return bool(self.tables & set(tables))
