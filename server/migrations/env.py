"""Alembic environment of the clinic server (run by `hearth-server init`)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import text

from server.db import ADVISORY_LOCK_KEY, Base, is_sqlite, make_engine

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    url = config.attributes.get("database_url") or config.get_main_option("sqlalchemy.url")
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            context.configure(connection=connection, target_metadata=target_metadata,
                              render_as_batch=is_sqlite(engine))
            with context.begin_transaction():
                if not is_sqlite(engine):
                    # one migrator at a time, and no writer while the schema changes
                    connection.execute(text("SELECT pg_advisory_xact_lock(:k)"),
                                       {"k": ADVISORY_LOCK_KEY})
                context.run_migrations()
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise SystemExit("offline migrations are not supported")
run_migrations_online()
