"""The clinic server's database: tables, engines, transactions and the schema check.

Works on SQLite (the embedded default) and PostgreSQL (``postgresql+psycopg://``). Nothing is
kept in memory between requests: several workers or hosts may share one PostgreSQL.

**Sequence numbers.** Every accepted change gets ``seq = max(seq) + 1`` inside a write
transaction, and write transactions are serialised (SQLite: ``BEGIN IMMEDIATE``; PostgreSQL:
``pg_advisory_xact_lock`` taken first thing in every write transaction). So changes commit in
``seq`` order and no reader can see seq ``n + 1`` before seq ``n``: a cursor never skips one.

Times are stored as fixed-width UTC ISO strings (``2026-11-29T10:00:00.000000Z``), which sort
and compare the same way on both databases.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Engine,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    create_engine,
    event,
    false,
    func,
    select,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from app.models.base import NAMING_CONVENTION  # one constraint naming for client and server
ADVISORY_LOCK_KEY = 0x4845415254  # "HEART": the one lock every write transaction takes
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def iso(value: dt.datetime | None = None) -> str:
    """A UTC time as the fixed-width ISO string stored everywhere."""
    value = (value or utcnow()).astimezone(dt.timezone.utc)
    return value.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def new_id() -> str:
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class ServerMeta(Base):
    """Facts about this server: ``generation`` (made anew by init and restore)."""

    __tablename__ = "server_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Nurse(Base):
    __tablename__ = "nurses"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # also her `users` id
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[str] = mapped_column(String(32))


class DeviceRow(Base):
    __tablename__ = "devices"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    nurse_id: Mapped[str] = mapped_column(ForeignKey("nurses.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    enrolled_at: Mapped[str] = mapped_column(String(32))
    last_seen_at: Mapped[str | None] = mapped_column(String(32))
    revoked_at: Mapped[str | None] = mapped_column(String(32))
    # revoked with `--allow-final-upload`: the token may push once more (never read)
    final_upload: Mapped[bool] = mapped_column(Boolean, default=False,
                                               server_default=false())
    final_upload_at: Mapped[str | None] = mapped_column(String(32))  # that push committed


class EnrollmentCode(Base):
    __tablename__ = "enrollment_codes"
    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    nurse_id: Mapped[str] = mapped_column(ForeignKey("nurses.id"), index=True)
    created_at: Mapped[str] = mapped_column(String(32))
    expires_at: Mapped[str] = mapped_column(String(32))
    used_at: Mapped[str | None] = mapped_column(String(32))
    device_id: Mapped[str | None] = mapped_column(String(36))


class Assignment(Base):
    """A patient on a nurse's panel from ``from_at`` until ``to_at`` (open while None)."""

    __tablename__ = "assignments"
    __table_args__ = (Index("ix_assignments_nurse_open", "nurse_id", "to_at"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    patient_id: Mapped[str] = mapped_column(String(36), index=True)
    nurse_id: Mapped[str] = mapped_column(ForeignKey("nurses.id"))
    from_at: Mapped[str] = mapped_column(String(32))
    to_at: Mapped[str | None] = mapped_column(String(32))


class Record(Base):
    """The server's current state of one synced row."""

    __tablename__ = "records"
    __table_args__ = (Index("ix_records_fhir", "entity", "fhir_id"),)
    entity: Mapped[str] = mapped_column(String(64), primary_key=True)
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    patient_id: Mapped[str | None] = mapped_column(String(64), index=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    # per field: {"at", "by", "device"} of the change that last set it (for conflicts)
    field_meta: Mapped[dict[str, Any]] = mapped_column(JSON)
    version: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(BigInteger, index=True)
    updated_at: Mapped[str] = mapped_column(String(32))
    updated_by: Mapped[str | None] = mapped_column(String(64))
    device_id: Mapped[str | None] = mapped_column(String(64))
    fhir_id: Mapped[str | None] = mapped_column(String(64))  # copied from data, for import


class Change(Base):
    """One accepted change: ``kind`` = record | purge (``nurse_id``: whose panel it left)."""

    __tablename__ = "changes"
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    entity: Mapped[str | None] = mapped_column(String(64))
    id: Mapped[str] = mapped_column(String(64))
    patient_id: Mapped[str | None] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(10))
    nurse_id: Mapped[str | None] = mapped_column(String(36))
    at: Mapped[str] = mapped_column(String(32))


class Mutation(Base):
    __tablename__ = "mutations"
    mutation_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    content_hash: Mapped[str] = mapped_column(String(64))
    result: Mapped[dict[str, Any]] = mapped_column(JSON)
    at: Mapped[str] = mapped_column(String(32))


class Conflict(Base):
    __tablename__ = "conflicts"
    __table_args__ = (Index("ix_conflicts_record", "entity", "record_id", "resolved_at"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    entity: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[str] = mapped_column(String(64))
    patient_id: Mapped[str | None] = mapped_column(String(64))
    field: Mapped[str] = mapped_column(String(64))
    server_value: Mapped[Any] = mapped_column(JSON(none_as_null=False), nullable=True)
    client_value: Mapped[Any] = mapped_column(JSON(none_as_null=False), nullable=True)
    client_device: Mapped[str | None] = mapped_column(String(64))
    client_user: Mapped[str | None] = mapped_column(String(64))
    client_at: Mapped[str | None] = mapped_column(String(64))
    server_device: Mapped[str | None] = mapped_column(String(64))
    server_user: Mapped[str | None] = mapped_column(String(64))
    server_at: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[str] = mapped_column(String(32))
    resolved_at: Mapped[str | None] = mapped_column(String(32))
    resolved_by: Mapped[str | None] = mapped_column(String(64))
    resolution: Mapped[Any] = mapped_column(JSON(none_as_null=True), nullable=True)


# -- engines and transactions ------------------------------------------------------------------

class SchemaError(Exception):
    """The database is not at this server's schema (message: what to do)."""


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def make_engine(url: str) -> Engine:
    """An engine for ``url``; SQLite gets WAL, full sync and ``BEGIN IMMEDIATE`` writers."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(engine, "connect")
        def _connect(dbapi_conn: Any, _rec: Any) -> None:
            dbapi_conn.isolation_level = None  # we emit BEGIN ourselves
            cur = dbapi_conn.cursor()
            if ":memory:" not in url and url not in ("sqlite://", "sqlite:///"):
                cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        @event.listens_for(engine, "begin")
        def _begin(conn: Any) -> None:
            mode = conn.get_execution_options().get("hearth_tx", "write")
            conn.exec_driver_sql("BEGIN" if mode == "read" else "BEGIN IMMEDIATE")

        return engine
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    return create_engine(url, pool_pre_ping=True)


@contextmanager
def write_session(engine: Engine) -> Iterator[Session]:
    """One serialised write transaction (see the module doc); commits on success, after
    which the change is durable."""
    with Session(bind=engine, expire_on_commit=False) as session:
        with session.begin():
            if not is_sqlite(engine):
                session.execute(text("SELECT pg_advisory_xact_lock(:k)"),
                                {"k": ADVISORY_LOCK_KEY})
            else:
                session.connection()  # BEGIN IMMEDIATE now, before any read
            yield session


@contextmanager
def read_session(engine: Engine) -> Iterator[Session]:
    """A read transaction (never takes the writers' lock)."""
    with Session(bind=engine.execution_options(hearth_tx="read")) as session:
        with session.begin():
            yield session


def next_seq(session: Session) -> int:
    """The next change number; only inside :func:`write_session` (writers serialised)."""
    return int(session.scalar(select(func.coalesce(func.max(Change.seq), 0))) or 0) + 1


def last_seq(session: Session) -> int:
    return int(session.scalar(select(func.coalesce(func.max(Change.seq), 0))) or 0)


def get_meta(session: Session, key: str) -> str | None:
    row = session.get(ServerMeta, key)
    return row.value if row is not None else None


def set_meta(session: Session, key: str, value: str) -> None:
    row = session.get(ServerMeta, key)
    if row is None:
        session.add(ServerMeta(key=key, value=value))
    else:
        row.value = value


# -- schema (alembic) --------------------------------------------------------------------------

def _alembic_config(url: str) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["database_url"] = url
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config("")).get_current_head() or ""


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect().execution_options(hearth_tx="read") as conn:
        return MigrationContext.configure(conn).get_current_revision()


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config(""))
    return {rev.revision for rev in script.walk_revisions()}


def check_schema(engine: Engine) -> None:
    """Raise :class:`SchemaError` unless the database is at this server's schema."""
    current = current_revision(engine)
    if current is None:
        raise SchemaError("the database is not initialised: run `hearth-server init`")
    if current not in known_revisions():
        raise SchemaError("the database was made by a newer Hearth server "
                          f"(schema {current}); upgrade this server")
    if current != head_revision():
        raise SchemaError("the database schema is older than this server: "
                          "run `hearth-server init` to upgrade it")


def init_db(url: str) -> tuple[str, bool]:
    """Create or upgrade the schema to head; make a generation if there is none.

    Returns (generation, created). Refuses a database from a newer server."""
    from alembic import command

    engine = make_engine(url)
    try:
        current = current_revision(engine)
        if current is not None and current not in known_revisions():
            raise SchemaError("the database was made by a newer Hearth server "
                              f"(schema {current}); upgrade this server")
        command.upgrade(_alembic_config(url), "head")
        with write_session(engine) as s:
            gen = get_meta(s, "generation")
            created = gen is None
            if created:
                gen = new_id()
                set_meta(s, "generation", gen)
                set_meta(s, "created_at", iso())
        return gen, created
    finally:
        engine.dispose()
