"""The database: SQLAlchemy 2 typed models, the engine and session factory, Alembic migrations."""
