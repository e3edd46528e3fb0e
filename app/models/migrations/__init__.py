"""Schema migrations (Alembic), run when a store opens.

``check_and_upgrade`` refuses a store whose schema revision this Hearth does not know (it was
written by a newer Hearth) and otherwise upgrades it to the newest revision, in one transaction.
Revisions live in ``versions/``; write a new one for every model change (``make revision``).
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection, Engine

from app.models.errors import StoreTooNewError

HERE = Path(__file__).resolve().parent


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def check_and_upgrade(engine: Engine, *, upgrade: bool = True, target: str = "head") -> None:
    script = ScriptDirectory.from_config(alembic_config())
    known = known_revisions()
    with engine.begin() as conn:
        current = current_revision(conn)
        if current is not None and current not in known:
            raise StoreTooNewError(
                "this store was written by a newer version of Hearth "
                f"(schema {current}); update Hearth to open it. Nothing was changed."
            )
        if upgrade and current != (script.get_current_head() if target == "head" else target):
            command.upgrade(alembic_config(conn), target)
