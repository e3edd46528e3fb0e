"""Alembic environment: always given a live connection by app.models.migrations."""

from alembic import context

from app.models.base import Base
import app.models.entities  # noqa: F401  (registers the tables)
import app.models.sync  # noqa: F401  (the client-only sync tables)

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - offline SQL generation is not used
    raise RuntimeError("Hearth migrations run on an open store only")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite needs table copies to alter columns
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
