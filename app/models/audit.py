"""Row stamping and the hash-chained audit log.

Installed on a session factory by :func:`install_hooks`:

- ``before_flush`` stamps who/when/which device on new and changed sync rows, bumps their
  ``version``, refuses changes to signed notes and to reconciled-list snapshots (a tombstone
  is a change too) and refuses hard deletes (tombstones only, unless the session was opened
  for a purge);
- ``after_flush`` appends one :class:`AuditEntry` per written row to the chain, in the same
  transaction as the write itself, so the log and the data can never disagree.

Sync (see :mod:`app.models.sync`): ``after_flush`` also appends one ``sync_outbox`` entry per
new or changed synced row, in the same transaction: ``fields`` = the changed columns (all of
them for a new row) as JSON, ``base`` = their values before this change. Session flags:
``session.info["sync_apply"]`` (the sync engine applying server state: no outbox entries, no
stamping or version bump; the engine sets those from the server) and
``session.info["sync_no_outbox"]`` (a local edit stamped as usual whose outbox entry the
caller writes itself, e.g. a conflict resolution). Immutability is enforced in every mode.

The chain: ``hash = sha256(prev_hash | seq | at | user | device | action | entity | id | v)``.
Editing, inserting or removing any entry breaks every later hash; :func:`verify_chain` says
where.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event, insert, inspect, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from app.models.base import SYSTEM_ACTOR, Actor, SyncMixin, utcnow
from app.models.entities import AuditEntry, ReconciledListSnapshot, VisitNote
from app.models.errors import ImmutableRecordError
from app.models.sync import SyncOutbox, data_columns, to_json_value

GENESIS = "0" * 64
_PENDING = "_hearth_pending_audit"
_PENDING_OUTBOX = "_hearth_pending_outbox"


def entry_hash(prev_hash: str, seq: int, at_iso: str, user_id: str, device_id: str,
               action: str, entity: str, entity_id: str, version: int | None) -> str:
    payload = "|".join(
        (prev_hash, str(seq), at_iso, user_id, device_id, action, entity, entity_id,
         "" if version is None else str(version))
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _iso(value: Any) -> str:
    return value.strftime("%Y-%m-%dT%H:%M:%S.%f")


def _original(obj: Any, attr: str) -> Any:
    hist = inspect(obj).attrs[attr].history
    if hist.deleted:
        return hist.deleted[0]
    if hist.unchanged:
        return hist.unchanged[0]
    return None


def _changed_base(session: Session, obj: SyncMixin) -> dict[str, Any]:
    """The changed record fields of a dirty row and their values before this change (from
    attribute history; from the database when history lacks them, e.g. a JSON value changed
    in place and flagged, or an attribute that was not loaded)."""
    state = inspect(obj)
    base: dict[str, Any] = {}
    missing: list[tuple[str, Any]] = []
    for key, name, column in data_columns(type(obj)):
        hist = state.attrs[key].history
        if not hist.added and not hist.deleted:
            continue
        if hist.deleted:
            base[name] = to_json_value(column, hist.deleted[0])
        else:
            missing.append((name, column))
    if missing:
        table = type(obj).__table__  # type: ignore[attr-defined]
        row = session.connection().execute(
            select(*[table.c[name] for name, _ in missing]).where(table.c.id == obj.id)
        ).first()
        for i, (name, column) in enumerate(missing):
            base[name] = None if row is None else to_json_value(column, row[i])
    return base


def _before_flush(session: Session, _ctx: Any, _instances: Any) -> None:
    actor: Actor = session.info.get("actor", SYSTEM_ACTOR)
    now = utcnow()
    applying = bool(session.info.get("sync_apply"))
    outbox = not applying and not session.info.get("sync_no_outbox")
    pending: list[tuple[str, SyncMixin]] = []
    outbox_pending: list[tuple[SyncMixin, dict[str, Any] | None]] = []
    for obj in session.new:
        if isinstance(obj, SyncMixin):
            pending.append(("insert", obj))
            if outbox:
                outbox_pending.append((obj, None))
            if applying:
                continue
            obj.created_at = obj.created_at or now
            obj.updated_at = now
            obj.created_by = obj.updated_by = actor.user_id
            obj.created_device = obj.updated_device = actor.device_id
            obj.version = obj.version or 1
    for obj in session.dirty:
        if not isinstance(obj, SyncMixin) or not session.is_modified(obj):
            continue
        if isinstance(obj, VisitNote) and _original(obj, "status") == "signed":
            raise ImmutableRecordError("a signed note cannot be changed; write an addendum")
        if isinstance(obj, ReconciledListSnapshot):
            raise ImmutableRecordError("a reconciled medication list is a permanent record and "
                                       "cannot be changed or deleted; reconcile again instead")
        was_deleted = _original(obj, "deleted_at") is not None
        action = "delete" if obj.deleted_at is not None and not was_deleted else "update"
        if outbox:
            base = _changed_base(session, obj)
            if base:
                outbox_pending.append((obj, base))
        pending.append((action, obj))
        if applying:
            continue
        obj.updated_at = now
        obj.updated_by = actor.user_id
        obj.updated_device = actor.device_id
        obj.version = (obj.version or 0) + 1
    for obj in session.deleted:
        if isinstance(obj, AuditEntry):
            raise ImmutableRecordError("audit entries cannot be removed")
        if isinstance(obj, SyncMixin):
            if not session.info.get("purge"):
                raise ImmutableRecordError(
                    "records are never hard-deleted; mark them deleted (a tombstone) instead"
                )
            pending.append(("purge", obj))
    session.info.setdefault(_PENDING, []).extend(pending)
    session.info.setdefault(_PENDING_OUTBOX, []).extend(outbox_pending)


_TABLE_ORDER: dict[str, int] = {}


def _table_rank(name: str) -> int:
    if not _TABLE_ORDER:
        from app.models.base import Base

        _TABLE_ORDER.update({t.name: i for i, t in enumerate(Base.metadata.sorted_tables)})
    return _TABLE_ORDER.get(name, len(_TABLE_ORDER))


def _coalesce(session: Session, entity: str, record_id: str, fields: dict[str, Any],
              base: dict[str, Any]) -> bool:
    """Fold a change into the record's last outbox entry when that one was never sent (a
    note saved as it is typed makes one entry, not hundreds): its fields take the new
    values, its base keeps the oldest. True when folded (or when the change undid it)."""
    conn = session.connection()
    table = SyncOutbox.__table__
    last = conn.execute(
        select(table.c.seq, table.c.fields, table.c.base, table.c.sent_at, table.c.resolves)
        .where(table.c.entity == entity, table.c.record_id == record_id)
        .order_by(table.c.seq.desc()).limit(1)
    ).first()
    if last is None or last.sent_at is not None or last.resolves:
        return False
    merged_fields = {**last.fields, **fields}
    if last.base:  # a change of a known record: each field's base is its oldest value
        merged_base = {**{k: v for k, v in base.items() if k not in last.base}, **last.base}
        for name in [n for n in merged_fields if merged_fields[n] == merged_base.get(n, _NO)]:
            del merged_fields[name], merged_base[name]
    else:  # a new record not yet sent: still a whole new record
        merged_base = {}
    if not merged_fields:
        conn.execute(table.delete().where(table.c.seq == last.seq))
    else:
        conn.execute(table.update().where(table.c.seq == last.seq)
                     .values(fields=merged_fields, base=merged_base, at=utcnow()))
    return True


_NO = object()


def _write_outbox(session: Session, actor: Actor) -> None:
    """One outbox entry per new or changed synced row of this flush (parents before
    children, so the server meets a patient before its medications), or the change folded
    into the record's unsent entry."""
    items: list[tuple[SyncMixin, dict[str, Any] | None]] = session.info.pop(_PENDING_OUTBOX, [])
    if not items:
        return
    import uuid

    at = utcnow()
    rows = []
    for obj, base in sorted(items, key=lambda item: (item[1] is not None,
                                                      _table_rank(type(item[0]).__tablename__))):
        columns = data_columns(type(obj))
        if base is None:  # a new row: the whole row (defaults are filled in by now)
            fields = {name: to_json_value(col, getattr(obj, key)) for key, name, col in columns}
            base = {}
        else:
            fields = {name: to_json_value(col, getattr(obj, key))
                      for key, name, col in columns if name in base}
            if _coalesce(session, type(obj).__tablename__, obj.id, fields, base):
                continue
            same = [name for name in fields if fields[name] == base[name]]
            for name in same:  # set to the value it had: no change to send
                del fields[name], base[name]
            if not fields:
                continue
        entity = type(obj).__tablename__
        patient_id = obj.id if entity == "patients" else getattr(obj, "patient_id", None)
        rows.append(dict(mutation_id=str(uuid.uuid4()), entity=entity, record_id=obj.id,
                         patient_id=patient_id, op="upsert", fields=fields, base=base, at=at,
                         user_id=actor.user_id, resolves=None))
    if rows:
        session.connection().execute(insert(SyncOutbox), rows)


def _after_flush(session: Session, _ctx: Any) -> None:
    actor: Actor = session.info.get("actor", SYSTEM_ACTOR)
    _write_outbox(session, actor)
    pending: list[tuple[str, SyncMixin]] = session.info.pop(_PENDING, [])
    if not pending:
        return
    append_audit(session.connection(), actor,
                 [(action, type(obj).__tablename__, obj.id,
                   None if action == "purge" else obj.version) for action, obj in pending])


def append_audit(conn: Any, actor: Actor,
                 items: list[tuple[str, str, str, int | None]]) -> None:
    """Append one chained entry per ``(action, entity, entity id, version)`` to the audit log,
    on ``conn`` (inside the caller's transaction): what the flush hook writes for the rows
    of a flush, and what the sync engine writes for rows it inserts without the ORM."""
    if not items:
        return
    last = conn.execute(
        select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)
    ).first()
    seq, prev = (last[0], last[1]) if last else (0, GENESIS)
    at = utcnow()
    at_iso = _iso(at.replace(tzinfo=None))
    user_id, device_id = actor.user_id, actor.device_id
    rows = []
    for action, entity, entity_id, version in items:
        seq += 1
        digest = entry_hash(prev, seq, at_iso, user_id, device_id, action, entity,
                            entity_id, version)
        rows.append((seq, at, user_id, device_id, action, entity, entity_id, version, prev,
                     digest))
        prev = digest
    executemany_insert(conn, AuditEntry.__table__, _AUDIT_COLUMNS, rows)


_AUDIT_COLUMNS = ("seq", "at", "user_id", "device_id", "action", "entity", "entity_id",
                  "entity_version", "prev_hash", "hash")


def executemany_insert(conn: Any, table: Any, columns: tuple[str, ...],
                       rows: list[tuple[Any, ...]]) -> None:
    """``INSERT INTO table (columns, by key) VALUES (...)`` for many rows with the driver's own
    executemany on ``conn``'s DBAPI connection (so inside its transaction), skipping
    SQLAlchemy's per-row parameter handling. Every value goes through its column type's bind
    processor, exactly as a Core insert does (UTC datetimes, JSON text), so the stored bytes
    are the same; every column must be given (no defaults are applied). A driver error is
    raised as SQLAlchemy's :class:`~sqlalchemy.exc.DBAPIError`, as a Core insert raises it."""
    if not rows:
        return
    dialect = conn.dialect
    cols = [table.c[key] for key in columns]
    procs = [(i, p) for i, p in enumerate(
        col.type._cached_bind_processor(dialect) for col in cols) if p]
    if procs:
        converted = []
        for row in rows:
            values = list(row)
            for i, proc in procs:
                values[i] = proc(values[i])
            converted.append(values)
        rows = converted  # type: ignore[assignment]
    quote = dialect.identifier_preparer.quote
    sql = (f"INSERT INTO {quote(table.name)} ({', '.join(quote(c.name) for c in cols)}) "
           f"VALUES ({', '.join('?' * len(columns))})")
    cursor = conn.connection.dbapi_connection.cursor()
    try:
        cursor.executemany(sql, rows)
    except dialect.loaded_dbapi.Error as exc:
        raise DBAPIError.instance(sql, None, exc, dialect.loaded_dbapi.Error,
                                  dialect=dialect) from None
    finally:
        cursor.close()


def _after_rollback(session: Session) -> None:
    session.info.pop(_PENDING, None)
    session.info.pop(_PENDING_OUTBOX, None)


def install_hooks(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "after_flush", _after_flush)
    event.listen(factory, "after_soft_rollback", lambda s, _t: _after_rollback(s))


@dataclass
class ChainReport:
    entries: int
    ok: bool
    first_bad_seq: int | None = None
    problem: str | None = None


def verify_chain(session: Session) -> ChainReport:
    """Recompute the audit chain; report the first entry that does not fit."""
    prev = GENESIS
    expected_seq = 0
    count = 0
    stmt = select(AuditEntry).order_by(AuditEntry.seq).execution_options(yield_per=2000)
    for entry in session.scalars(stmt):
        count += 1
        expected_seq += 1
        if entry.seq != expected_seq:
            return ChainReport(count, False, entry.seq, f"entry {expected_seq} is missing")
        if entry.prev_hash != prev:
            return ChainReport(count, False, entry.seq, "does not follow the entry before it")
        digest = entry_hash(prev, entry.seq, _iso(entry.at.replace(tzinfo=None)),
                            entry.user_id, entry.device_id, entry.action, entry.entity,
                            entry.entity_id, entry.entity_version)
        if digest != entry.hash:
            return ChainReport(count, False, entry.seq, "its content was changed")
        prev = entry.hash
    return ChainReport(count, True)
