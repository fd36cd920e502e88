"""Errors a person can act on (shown as one Chinese line) versus bugs (logged with a traceback)."""

from __future__ import annotations


class UserError(Exception):
    """Something the user can act on: bad input, a locked database, a missing font.

    `message` is one line of Chinese meant for a person; it never carries a traceback.
    """

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(UserError):
    """Form values that break a rule; `fields` maps a field name to the message shown beside it."""

    def __init__(self, fields: dict[str, str]) -> None:
        self.fields = dict(fields)
        super().__init__("；".join(self.fields.values()) or "输入有误")


class PermissionDenied(UserError):
    """The acting user's roles do not allow the action."""


class NotFound(UserError):
    """An id or name that does not exist."""


class ConflictError(UserError):
    """Someone else saved the same record first (optimistic locking)."""
