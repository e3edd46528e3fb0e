"""Row stamping and the hash-chained audit log.

Installed on a session factory by :func:`install_hooks`:

- ``before_flush`` stamps who/when/which device on new and changed sync rows, bumps their
  ``version``, refuses changes to signed notes and to reconciled-list snapshots (a tombstone
  is a change too) and refuses hard deletes (tombstones only, unless the session was opened
  for a purge);
- ``after_flush`` appends one :class:`AuditEntry` per written row to the chain, in the same
  transaction as the write itself, so the log and the data can never disagree.

The chain: ``hash = sha256(prev_hash | seq | at | user | device | action | entity | id | v)``.
Editing, inserting or removing any entry breaks every later hash; :func:`verify_chain` says
where.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event, insert, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from app.models.base import SYSTEM_ACTOR, Actor, SyncMixin, utcnow
from app.models.entities import AuditEntry, ReconciledListSnapshot, VisitNote
from app.models.errors import ImmutableRecordError

GENESIS = "0" * 64
_PENDING = "_hearth_pending_audit"


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


def _before_flush(session: Session, _ctx: Any, _instances: Any) -> None:
    actor: Actor = session.info.get("actor", SYSTEM_ACTOR)
    now = utcnow()
    pending: list[tuple[str, SyncMixin]] = []
    for obj in session.new:
        if isinstance(obj, SyncMixin):
            obj.created_at = obj.created_at or now
            obj.updated_at = now
            obj.created_by = obj.updated_by = actor.user_id
            obj.created_device = obj.updated_device = actor.device_id
            obj.version = obj.version or 1
            pending.append(("insert", obj))
    for obj in session.dirty:
        if not isinstance(obj, SyncMixin) or not session.is_modified(obj):
            continue
        if isinstance(obj, VisitNote) and _original(obj, "status") == "signed":
            raise ImmutableRecordError("a signed note cannot be changed; write an addendum")
        if isinstance(obj, ReconciledListSnapshot):
            raise ImmutableRecordError("a reconciled medication list is a permanent record and "
                                       "cannot be changed or deleted; reconcile again instead")
        was_deleted = _original(obj, "deleted_at") is not None
        obj.updated_at = now
        obj.updated_by = actor.user_id
        obj.updated_device = actor.device_id
        obj.version = (obj.version or 0) + 1
        action = "delete" if obj.deleted_at is not None and not was_deleted else "update"
        pending.append((action, obj))
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


def _after_flush(session: Session, _ctx: Any) -> None:
    pending: list[tuple[str, SyncMixin]] = session.info.pop(_PENDING, [])
    if not pending:
        return
    actor: Actor = session.info.get("actor", SYSTEM_ACTOR)
    conn = session.connection()
    last = conn.execute(
        select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)
    ).first()
    seq, prev = (last[0], last[1]) if last else (0, GENESIS)
    at = utcnow()
    at_iso = _iso(at.replace(tzinfo=None))
    rows = []
    for action, obj in pending:
        seq += 1
        entity = type(obj).__tablename__
        version = None if action == "purge" else obj.version
        digest = entry_hash(prev, seq, at_iso, actor.user_id, actor.device_id, action, entity,
                            obj.id, version)
        rows.append(dict(seq=seq, at=at, user_id=actor.user_id, device_id=actor.device_id,
                         action=action, entity=entity, entity_id=obj.id,
                         entity_version=version, prev_hash=prev, hash=digest))
        prev = digest
    conn.execute(insert(AuditEntry), rows)


def _after_rollback(session: Session) -> None:
    session.info.pop(_PENDING, None)


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
