"""Client-only sync tables (never synced themselves) and the record <-> JSON value mapping.

- ``sync_outbox``: local changes not yet accepted by the server, one row per changed row per
  flush, written in the same transaction as the change by :mod:`app.models.audit`'s hooks;
- ``sync_shadow``: the last server state of each record (data, version, seq), to merge pulls
  with unsynced local edits field by field;
- ``sync_state``: key/value (server url, device id, nurse, cursor, generation, last sync);
- ``sync_conflicts``: concurrent edits of one field, from the server or found locally on pull;
- ``sync_quarantine``: mutations the server refused, kept visibly with the reason.

A record's ``data`` is its columns (by column name) as JSON: dates and datetimes as ISO
strings (UTC datetimes with ``Z``), JSON columns as they are, without the bookkeeping columns.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Date, Index, Integer, String, Text, inspect
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UTCDateTime, utcnow

#: Columns the server keeps itself (and the record key): never in ``fields`` / ``data``.
BOOKKEEPING = frozenset({"id", "version", "created_at", "created_by", "created_device",
                         "updated_at", "updated_by", "updated_device"})


class SyncOutbox(Base):
    __tablename__ = "sync_outbox"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    mutation_id: Mapped[str] = mapped_column(String(36), unique=True)
    entity: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[str] = mapped_column(String(36))
    patient_id: Mapped[str | None] = mapped_column(String(36), index=True)
    op: Mapped[str] = mapped_column(String(10), default="upsert")
    fields: Mapped[dict[str, Any]] = mapped_column(JSON)
    base: Mapped[dict[str, Any]] = mapped_column(JSON)
    at: Mapped[dt.datetime]
    user_id: Mapped[str] = mapped_column(String(64))
    resolves: Mapped[list[Any] | None] = mapped_column(default=None)
    # when it was first handed to the server: from then on its content never changes (the
    # server replays a mutation id's result only for the same content)
    sent_at: Mapped[dt.datetime | None]

    __table_args__ = (Index("ix_sync_outbox_record", "entity", "record_id"),)


class SyncShadow(Base):
    __tablename__ = "sync_shadow"
    entity: Mapped[str] = mapped_column(String(60), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    patient_id: Mapped[str | None] = mapped_column(String(36), index=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    version: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer, index=True)


class SyncState(Base):
    __tablename__ = "sync_state"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str | None] = mapped_column(Text)


class SyncConflict(Base):
    """One field edited on two sides. ``origin`` "server" (the server kept its value and
    told us; ``server_conflict_id`` is its id) or "local" (found on pull: our unsynced value
    kept, the server's recorded here). ``status``: open | resolved | superseded."""

    __tablename__ = "sync_conflicts"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    server_conflict_id: Mapped[str | None] = mapped_column(String(64), index=True)
    origin: Mapped[str] = mapped_column(String(10))
    entity: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[str] = mapped_column(String(36))
    patient_id: Mapped[str | None] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(64))
    local_value: Mapped[Any] = mapped_column(JSON(none_as_null=False), nullable=True)
    server_value: Mapped[Any] = mapped_column(JSON(none_as_null=False), nullable=True)
    local_user: Mapped[str | None] = mapped_column(String(64))
    local_device: Mapped[str | None] = mapped_column(String(64))
    local_at: Mapped[str | None] = mapped_column(String(40))
    server_user: Mapped[str | None] = mapped_column(String(64))
    server_device: Mapped[str | None] = mapped_column(String(64))
    server_at: Mapped[str | None] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(12), default="open")
    found_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[dt.datetime | None]
    resolution: Mapped[Any] = mapped_column(JSON(none_as_null=False), nullable=True)

    __table_args__ = (Index("ix_sync_conflicts_record", "entity", "record_id", "field"),)


class SyncQuarantine(Base):
    """A mutation the server refused (signed note, snapshot, not on the panel...)."""

    __tablename__ = "sync_quarantine"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    mutation_id: Mapped[str] = mapped_column(String(36))
    entity: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[str] = mapped_column(String(36))
    patient_id: Mapped[str | None] = mapped_column(String(36), index=True)
    op: Mapped[str] = mapped_column(String(10))
    fields: Mapped[dict[str, Any]] = mapped_column(JSON)
    base: Mapped[dict[str, Any]] = mapped_column(JSON)
    at: Mapped[dt.datetime]
    user_id: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text)
    quarantined_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


SYNC_TABLES = ("sync_outbox", "sync_shadow", "sync_state", "sync_conflicts", "sync_quarantine")


# -- values ------------------------------------------------------------------------------------
def iso_utc(value: dt.datetime) -> str:
    """A UTC ISO-8601 time with ``Z`` and microseconds (one canonical spelling)."""
    return value.astimezone(dt.timezone.utc).replace(tzinfo=None).isoformat(
        timespec="microseconds") + "Z"


def parse_utc(text: str) -> dt.datetime:
    value = dt.datetime.fromisoformat(text.replace("Z", "+00:00") if text.endswith("Z") else text)
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.timezone.utc)
    return value.astimezone(dt.timezone.utc)


def to_json_value(column: Any, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(column.type, UTCDateTime) or isinstance(value, dt.datetime):
        return iso_utc(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def from_json_value(column: Any, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(column.type, UTCDateTime):
        return parse_utc(value) if isinstance(value, str) else value
    if isinstance(column.type, Date) and isinstance(value, str):
        return dt.date.fromisoformat(value[:10])
    return value


_COLUMN_CACHE: dict[type, list[tuple[str, str, Any]]] = {}


def data_columns(model: type) -> list[tuple[str, str, Any]]:
    """``(attribute key, column name, column)`` of a synced model's record fields."""
    cols = _COLUMN_CACHE.get(model)
    if cols is None:
        cols = []
        for prop in inspect(model).column_attrs:
            column = prop.columns[0]
            if column.name not in BOOKKEEPING:
                cols.append((prop.key, column.name, column))
        _COLUMN_CACHE[model] = cols
    return cols


def record_data(obj: Any) -> dict[str, Any]:
    """The record's ``data``: every field of the row as JSON."""
    return {name: to_json_value(col, getattr(obj, key))
            for key, name, col in data_columns(type(obj))}


def same_value(column: Any, a: Any, b: Any) -> bool:
    """Equal as values of that column (so ``...00Z`` and ``...00.000000Z`` agree)."""
    if a == b:
        return True
    try:
        return from_json_value(column, a) == from_json_value(column, b)
    except (TypeError, ValueError):
        return False
