"""Declarative base, column types and the sync-ready row mixin shared by every entity.

Every clinical row is sync-ready from day one:
- ``id``: a client-generated UUID (text), so rows made offline on many devices never collide;
- ``version``: incremented by SQLAlchemy on each update (optimistic concurrency);
- ``created_*`` / ``updated_*``: when (UTC), who (user id) and on which device;
- ``deleted_at``: a tombstone; rows are never hard-deleted, so deletes can sync.

Who and which device come from the session's :class:`Actor` (``session.info["actor"]``),
filled in by the flush hook in :mod:`app.models.audit`.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import JSON, DateTime, Integer, MetaData, String, TypeDecorator
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A timestamp stored in UTC and returned timezone-aware (UTC).

    Naive datetimes are refused: a time whose zone is unknown cannot be put on a clinical
    timeline correctly. Views convert to local time for display (:func:`to_local`).
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if not isinstance(value, dt.datetime):
            raise TypeError("a UTC timestamp column takes a datetime")
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("naive datetime refused: give a timezone-aware time")
        return value.astimezone(dt.timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.timezone.utc)

    def result_processor(self, dialect: Any, coltype: Any) -> Any:
        if dialect.name != "sqlite":
            return super().result_processor(dialect, coltype)
        # SQLite stores "YYYY-MM-DD HH:MM:SS[.ffffff]": one C-level parse per value instead of
        # SQLAlchemy's generic parse plus a second pass (the panel reads tens of thousands).
        parse = dt.datetime.fromisoformat
        utc = dt.timezone.utc

        def process(value: str | None) -> dt.datetime | None:
            return None if value is None else parse(value).replace(tzinfo=utc)

        return process


def to_local(value: dt.datetime | None) -> dt.datetime | None:
    """A stored UTC time in the machine's local zone, for display."""
    return None if value is None else value.astimezone()


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        dt.datetime: UTCDateTime(),
        # An explicit None is SQL NULL, not the JSON text 'null'.
        dict[str, Any]: JSON(none_as_null=True),
        list[Any]: JSON(none_as_null=True),
    }


@dataclass(frozen=True)
class Actor:
    """Who is writing (a user id) and from which device; stamped on every row and audit entry."""

    user_id: str
    device_id: str


SYSTEM_ACTOR = Actor(user_id="system", device_id="local")


class SyncMixin:
    """Columns every synced row carries."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(64), default=SYSTEM_ACTOR.user_id)
    created_device: Mapped[str] = mapped_column(String(64), default=SYSTEM_ACTOR.device_id)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(64), default=SYSTEM_ACTOR.user_id)
    updated_device: Mapped[str] = mapped_column(String(64), default=SYSTEM_ACTOR.device_id)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(default=None)

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None

    def mark_deleted(self, when: dt.datetime | None = None) -> None:
        """Tombstone the row (never a hard delete, so the delete can sync)."""
        self.deleted_at = when or utcnow()


class CodedMixin:
    """A coded concept kept with its code system beside the display text.

    ``code_system`` is the FHIR system URI (RxNorm, SNOMED CT, LOINC, ICD-10-CM, CVX...);
    ``codings`` keeps every other coding the source sent, so nothing is lost on export.
    """

    code_system: Mapped[str | None] = mapped_column(String(200))
    code: Mapped[str | None] = mapped_column(String(64))
    code_display: Mapped[str | None] = mapped_column(String(500))
    code_text: Mapped[str | None] = mapped_column(String(500))
    codings: Mapped[list[Any] | None] = mapped_column(default=None)

    @property
    def label(self) -> str:
        return self.code_text or self.code_display or self.code or ""


RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
SNOMED = "http://snomed.info/sct"
LOINC = "http://loinc.org"
ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm"
CVX = "http://hl7.org/fhir/sid/cvx"
