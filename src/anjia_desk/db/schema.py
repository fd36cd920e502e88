"""The schema revisions this version of the app knows, oldest first (checked against Alembic)."""

REVISIONS: tuple[str, ...] = (
    "0001_foundation",
    "0002_front_desk",
    "0003_deals",
    "0004_ticket_skips",
    "0005_holds",
    "0006_receipts",
    "0007_speed",
    "0008_import_speed",
    "0009_idkey",
    "0010_login",
    "0011_enum",
    "0012_erasure",
    "0013_changes",
    "0014_search",
    "0015_list_order",
    "0016_dunning",
    "0017_changes",
    "0018_papers",
    "0019_complaints",
    "0020_reports",
)
HEAD_REVISION = REVISIONS[-1]
