"""Schema migrations (Alembic), run when a store opens.

``check_and_upgrade`` refuses a store whose schema revision this Hearth does not know (it was
written by a newer Hearth) and otherwise upgrades it to the newest revision, in one transaction.
Revisions live in ``versions/``; write a new one for every model change (``make revision``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine

from app.models.errors import StoreTooNewError

if TYPE_CHECKING:
    from alembic.config import Config

HERE = Path(__file__).resolve().parent
VERSIONS = HERE / "versions"


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    cfg.attributes["connection"] = connection
    return cfg


# Revisions are numbered in a straight line: versions/NNNN_name.py has revision "NNNN" and
# revises the one before it (a test checks this against Alembic's own view). Knowing them
# from the file names lets an up-to-date store open without importing Alembic at all.
def known_revisions() -> list[str]:
    return sorted(p.name.split("_", 1)[0] for p in VERSIONS.glob("[0-9][0-9][0-9][0-9]_*.py"))


def head_revision() -> str:
    return known_revisions()[-1]


def current_revision(connection: Connection) -> str | None:
    try:
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except Exception:  # noqa: BLE001 - no table yet: an empty store
        return None


def check_and_upgrade(engine: Engine, *, upgrade: bool = True, target: str = "head") -> None:
    known = known_revisions()
    wanted = known[-1] if target == "head" else target
    with engine.begin() as conn:
        has_table = conn.execute(text(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        )).first() is not None
        current = current_revision(conn) if has_table else None
        if current is not None and current not in known:
            raise StoreTooNewError(
                "this store was written by a newer version of Hearth "
                f"(schema {current}); update Hearth to open it. Nothing was changed."
            )
        if upgrade and current != wanted:
            from alembic import command

            command.upgrade(alembic_config(conn), target)
