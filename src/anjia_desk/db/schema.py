"""The schema revisions this version of the app knows, oldest first (checked against Alembic)."""

REVISIONS: tuple[str, ...] = ("0001_foundation",)
HEAD_REVISION = REVISIONS[-1]
