"""The sync protocol's rules (server/PROTOCOL.md), as functions over one database session.

Enrollment, authentication, push (idempotency, per-field merge, conflicts, refusals), pull,
panel assignments and purges. The HTTP layer (:mod:`server.app`) and the command line
(:mod:`server.cli`) both call these; nothing here keeps state between calls.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import secrets
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Boolean, Date, Float, Integer, String, Text, and_, cast, or_, select
from sqlalchemy import JSON as SAJSON
from sqlalchemy.orm import Session

from server.db import (
    Assignment,
    Change,
    Conflict,
    DeviceRow,
    EnrollmentCode,
    Mutation,
    Nurse,
    Record,
    get_meta,
    iso,
    last_seq,
    new_id,
    next_seq,
    utcnow,
)

BOOKKEEPING = frozenset({"version", "created_at", "created_by", "created_device",
                         "updated_at", "updated_by", "updated_device"})
CLINIC_WIDE = frozenset({"users", "devices"})  # belong to no patient; sent to every device
IMMUTABLE_NOTE = "visit_notes"
IMMUTABLE_SNAPSHOT = "reconciled_list_snapshots"
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I
CODE_TTL = dt.timedelta(hours=24)
SERVER_DEVICE = "server"
MISSING = _MISSING = object()  # a field the record does not have
OWNER = "_owner"  # key in Record.field_meta: the nurse whose device created the record


# -- the client's synced tables ----------------------------------------------------------------

@dataclass(frozen=True)
class FieldSpec:
    kind: str  # str | int | float | bool | date | datetime | json
    nullable: bool


def _kind(coltype: Any) -> str:
    if isinstance(coltype, SAJSON):
        return "json"
    impl = getattr(coltype, "impl", None)
    if impl is not None and not isinstance(coltype, (String, Text)):
        # UTCDateTime (a TypeDecorator over DateTime)
        name = type(impl).__name__ if not isinstance(impl, type) else impl.__name__
        if "DateTime" in name:
            return "datetime"
    if isinstance(coltype, Boolean):
        return "bool"
    if isinstance(coltype, Integer):
        return "int"
    if isinstance(coltype, Float):
        return "float"
    if isinstance(coltype, Date):
        return "date"
    if "DateTime" in type(coltype).__name__:
        return "datetime"
    return "str"


def _load_entities() -> dict[str, dict[str, FieldSpec]]:
    from app.models.entities import SYNCED_MODELS  # read-only: the client's tables

    out: dict[str, dict[str, FieldSpec]] = {}
    for model in SYNCED_MODELS:
        table = model.__table__
        out[table.name] = {
            col.name: FieldSpec(_kind(col.type), bool(col.nullable))
            for col in table.columns if col.name not in BOOKKEEPING
        }
    return out


ENTITIES: dict[str, dict[str, FieldSpec]] = _load_entities()


def _type_ok(spec: FieldSpec, value: Any) -> bool:
    if value is None:
        return True  # the client's own store decides on NOT NULL; tombstones keep values
    kind = spec.kind
    if kind == "json":
        return True
    if kind == "bool":
        return isinstance(value, bool)
    if kind == "int":
        return isinstance(value, int) and not isinstance(value, bool) and abs(value) < 2**63
    if kind == "float":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if not isinstance(value, str):
        return False
    try:
        if kind == "date":
            dt.date.fromisoformat(value)
        elif kind == "datetime":
            dt.datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def _parse_time(value: str) -> dt.datetime:
    out = dt.datetime.fromisoformat(value)
    return out.replace(tzinfo=dt.timezone.utc) if out.tzinfo is None else out


def same(spec: FieldSpec | None, a: Any, b: Any) -> bool:
    """Equal as values of the column (``...10:00:00Z`` and ``...10:00:00.000000Z`` agree)."""
    if a is _MISSING or b is _MISSING:
        return a is b
    if a == b:
        return True
    if spec is None or a is None or b is None:
        return False
    try:
        if spec.kind == "datetime" and isinstance(a, str) and isinstance(b, str):
            return _parse_time(a) == _parse_time(b)
        if spec.kind == "date" and isinstance(a, str) and isinstance(b, str):
            return dt.date.fromisoformat(a[:10]) == dt.date.fromisoformat(b[:10])
    except ValueError:
        return False
    return False


# -- hashing and tokens ------------------------------------------------------------------------

def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def normalize_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def new_code() -> str:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(8))
    return f"{raw[:4]}-{raw[4:]}"


def content_hash(m: dict[str, Any]) -> str:
    body = {k: m.get(k) for k in ("entity", "id", "op", "fields", "base")}
    return sha256(json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True))


class AuthError(Exception):
    def __init__(self, code: str, final_upload: bool = False) -> None:
        super().__init__(code)
        self.code = code  # unauthorized | device_revoked
        self.final_upload = final_upload  # revoked, and one last push is still allowed


class MutationReused(Exception):
    def __init__(self, mutation_id: str) -> None:
        super().__init__(mutation_id)
        self.mutation_id = mutation_id


class BadCode(Exception):
    pass


class AdminError(Exception):
    """A bad request from the command line (message: one clear line, no patient data)."""


def final_upload_open(device: DeviceRow) -> bool:
    """A revoked device whose clinic allowed one last push that it has not made yet."""
    return device.revoked_at is not None and bool(device.final_upload) and \
        device.final_upload_at is None


def authenticate(session: Session, token: str | None, *,
                 final_upload: bool = False) -> tuple[DeviceRow, Nurse]:
    """The device and nurse of a token. A revoked device is refused (``device_revoked``)
    unless ``final_upload`` (only the push endpoint passes it) and its final upload is still
    open."""
    if not token:
        raise AuthError("unauthorized")
    digest = sha256(token)
    device = session.scalar(select(DeviceRow).where(DeviceRow.token_hash == digest))
    if device is None or not hmac.compare_digest(device.token_hash, digest):
        raise AuthError("unauthorized")
    if device.revoked_at is not None and not (final_upload and final_upload_open(device)):
        raise AuthError("device_revoked", final_upload_open(device))
    nurse = session.get(Nurse, device.nurse_id)
    if nurse is None:
        raise AuthError("unauthorized")
    return device, nurse


def device_json(device: DeviceRow) -> dict[str, Any]:
    return {"id": device.id, "name": device.name, "nurse_id": device.nurse_id,
            "enrolled_at": device.enrolled_at, "revoked_at": device.revoked_at,
            "final_upload": bool(device.final_upload)}


def nurse_json(nurse: Nurse) -> dict[str, Any]:
    return {"id": nurse.id, "name": nurse.name}


# -- records -----------------------------------------------------------------------------------

def _stamp(session: Session, rec: Record, *, bump_version: bool, at: str) -> int:
    seq = next_seq(session)
    rec.seq = seq
    if bump_version:
        rec.version += 1
    session.add(Change(seq=seq, entity=rec.entity, id=rec.id, patient_id=rec.patient_id,
                       kind="record", at=at))
    return seq


def write_record(session: Session, entity: str, rid: str, data: dict[str, Any], *,
                 by: str | None, device: str | None, at: str | None = None) -> Record:
    """Server-side write (admin, import): set fields of a record, creating it if needed.

    Only fields that differ are written; nothing is stamped when nothing differs."""
    now = iso()
    at = at or now
    patient_id = rid if entity == "patients" else data.get("patient_id")
    rec = session.get(Record, (entity, rid))
    if rec is None:
        rec = Record(entity=entity, id=rid, patient_id=patient_id, data={}, field_meta={},
                     version=0, seq=0, updated_at=now, updated_by=by, device_id=device)
        session.add(rec)
    spec = ENTITIES.get(entity, {})
    changed = {k: v for k, v in data.items()
               if k != "id" and not same(spec.get(k), rec.data.get(k, _MISSING), v)}
    if not changed and rec.version > 0:
        return rec
    rec.data = {**rec.data, **changed}
    rec.field_meta = {**rec.field_meta,
                      **{k: {"at": at, "by": by, "device": device} for k in changed}}
    rec.updated_at, rec.updated_by, rec.device_id = now, by, device
    rec.fhir_id = rec.data.get("fhir_id")
    session.flush()
    _stamp(session, rec, bump_version=True, at=now)
    return rec



def open_conflicts(session: Session, entity: str, rid: str) -> list[dict[str, Any]]:
    rows = session.scalars(select(Conflict).where(
        Conflict.entity == entity, Conflict.record_id == rid,
        Conflict.resolved_at.is_(None)).order_by(Conflict.created_at, Conflict.id))
    return [conflict_json(c) for c in rows]


def conflict_json(c: Conflict) -> dict[str, Any]:
    return {"id": c.id, "entity": c.entity, "record_id": c.record_id,
            "patient_id": c.patient_id, "field": c.field,
            "server_value": c.server_value, "client_value": c.client_value,
            "client": {"device": c.client_device, "user": c.client_user, "at": c.client_at},
            "server": {"device": c.server_device, "user": c.server_user, "at": c.server_at},
            "created_at": c.created_at, "resolved_at": c.resolved_at,
            "resolved_by": c.resolved_by, "resolution": c.resolution}


# -- panels ------------------------------------------------------------------------------------

def panel(session: Session, nurse_id: str) -> set[str]:
    return set(session.scalars(select(Assignment.patient_id).where(
        Assignment.nurse_id == nurse_id, Assignment.to_at.is_(None))))


def assign(session: Session, patient_id: str, nurse_id: str) -> bool:
    """Put a patient on a nurse's panel; re-stamps the patient's records so the nurse's
    devices (whose cursors are past them) receive them. False if already assigned."""
    if session.scalar(select(Assignment).where(
            Assignment.patient_id == patient_id, Assignment.nurse_id == nurse_id,
            Assignment.to_at.is_(None))) is not None:
        return False
    now = iso()
    row = Assignment(patient_id=patient_id, nurse_id=nurse_id, from_at=now)
    session.add(row)
    session.flush()
    recs = list(session.scalars(select(Record).where(Record.patient_id == patient_id)
                                .order_by(Record.seq)))
    for rec in recs:
        _stamp(session, rec, bump_version=False, at=now)
    # The client's own record of the panel (panel_memberships), synced like any other.
    write_record(session, "panel_memberships", _membership_id(row),
                 {"patient_id": patient_id, "user_id": nurse_id, "since": now, "until": None,
                  "deleted_at": None}, by="admin", device=SERVER_DEVICE)
    return True


def _membership_id(row: Assignment) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"hearth:assignment:{row.id}"))


def unassign(session: Session, patient_id: str, nurse_id: str) -> bool:
    """Take a patient off a nurse's panel: a `purge` change tells her devices to remove the
    patient's data. False if she did not have the patient."""
    rows = list(session.scalars(select(Assignment).where(
        Assignment.patient_id == patient_id, Assignment.nurse_id == nurse_id,
        Assignment.to_at.is_(None))))
    if not rows:
        return False
    now = iso()
    for row in rows:
        row.to_at = now
        if session.get(Record, ("panel_memberships", _membership_id(row))) is not None:
            write_record(session, "panel_memberships", _membership_id(row), {"until": now},
                         by="admin", device=SERVER_DEVICE)
    session.add(Change(seq=next_seq(session), entity=None, id=patient_id,
                       patient_id=patient_id, kind="purge", nurse_id=nurse_id, at=now))
    return True


# -- enrollment --------------------------------------------------------------------------------

def make_code(session: Session, nurse_id: str) -> tuple[str, str]:
    code = new_code()
    now = utcnow()
    expires = iso(now + CODE_TTL)
    session.add(EnrollmentCode(code_hash=sha256(normalize_code(code)), nurse_id=nurse_id,
                               created_at=iso(now), expires_at=expires))
    return code, expires


def enroll(session: Session, code: str, device_name: str) -> tuple[DeviceRow, Nurse, str]:
    digest = sha256(normalize_code(code))
    row = session.get(EnrollmentCode, digest)
    now = iso()
    if row is None or not hmac.compare_digest(row.code_hash, digest) or \
            row.used_at is not None or row.expires_at <= now:
        raise BadCode()
    nurse = session.get(Nurse, row.nurse_id)
    if nurse is None:
        raise BadCode()
    token = secrets.token_urlsafe(32)
    device = DeviceRow(id=new_id(), nurse_id=nurse.id, name=device_name,
                       token_hash=sha256(token), enrolled_at=now)
    session.add(device)
    row.used_at, row.device_id = now, device.id
    session.flush()
    write_record(session, "devices", device.id,
                 {"name": device_name, "user_id": nurse.id, "enrolled_at": now,
                  "deleted_at": None}, by=nurse.id, device=SERVER_DEVICE)
    return device, nurse, token


# -- push --------------------------------------------------------------------------------------

def _reject(mid: str, reason: str) -> dict[str, Any]:
    return {"mutation_id": mid, "status": "rejected", "version": None, "seq": None,
            "conflicts": [], "reason": reason}


def push(session: Session, device: DeviceRow, nurse: Nurse,
         mutations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Apply a batch in the caller's (serialised) transaction; raises
    :class:`MutationReused` (the caller rolls the whole batch back)."""
    my_panel = panel(session, nurse.id)
    results = []
    for m in mutations:
        mid = m["mutation_id"]
        digest = content_hash(m)
        done = session.get(Mutation, mid)
        if done is not None:
            if not hmac.compare_digest(done.content_hash, digest):
                raise MutationReused(mid)
            results.append(done.result)
            continue
        result = _apply_one(session, device, nurse, my_panel, m)
        session.add(Mutation(mutation_id=mid, device_id=device.id, content_hash=digest,
                             result=result, at=iso()))
        session.flush()
        results.append(result)
    return results


def _apply_one(session: Session, device: DeviceRow, nurse: Nurse, my_panel: set[str],
               m: dict[str, Any]) -> dict[str, Any]:
    mid, entity, rid = m["mutation_id"], m["entity"], m["id"]
    fields: dict[str, Any] = dict(m["fields"])
    base: dict[str, Any] = m.get("base") or {}
    if m.get("op", "upsert") != "upsert":
        return _reject(mid, "unknown op")
    spec = ENTITIES.get(entity)
    if spec is None:
        return _reject(mid, "unknown entity")
    unknown = sorted(set(fields) - set(spec))
    if unknown:
        return _reject(mid, f"unknown field: {unknown[0]}")
    for name, value in fields.items():
        if not _type_ok(spec[name], value):
            return _reject(mid, f"field {name} has the wrong type")
    if "id" in fields and fields.pop("id") != rid:
        return _reject(mid, "fields.id differs from id")
    rec = session.get(Record, (entity, rid))

    # Which patient the record belongs to.
    if entity in CLINIC_WIDE:
        patient_id = None
    elif entity == "patients":
        patient_id = rid
    else:
        patient_id = fields.get("patient_id", m.get("patient_id"))
        if rec is not None:
            patient_id = rec.patient_id if "patient_id" not in fields else patient_id
            if patient_id != rec.patient_id:
                return _reject(mid, "a record cannot move to another patient")
        if m.get("patient_id") is not None and m.get("patient_id") != patient_id:
            return _reject(mid, "patient_id differs from the record's")
        if not patient_id:
            # e.g. a task of no patient: private to the nurse whose device made it
            col = spec.get("patient_id")
            if col is None or not col.nullable:
                return _reject(mid, "the record belongs to no patient")
            if rec is not None and rec.field_meta.get(OWNER) != nurse.id:
                return _reject(mid, "another nurse's record")
            patient_id = None
    if entity in CLINIC_WIDE and rec is not None and not _may_change(rec, device, nurse):
        return _reject(mid, "another nurse's user or device record")
    if patient_id is not None and patient_id not in my_panel:
        if entity == "patients" and rec is None:
            # A patient created on this device joins its nurse's panel.
            assign(session, rid, nurse.id)
            my_panel.add(rid)
        else:
            return _reject(mid, "patient not on this device's panel")

    at = m.get("at") or iso()
    user = m.get("user_id")
    now = iso()
    if rec is None:
        data = {k: v for k, v in fields.items()}
        if entity != "patients" and spec.get("patient_id") is not None:
            data.setdefault("patient_id", patient_id)
        meta = {k: {"at": at, "by": user, "device": device.id} for k in data}
        meta[OWNER] = nurse.id
        rec = Record(entity=entity, id=rid, patient_id=patient_id, data=data, field_meta=meta,
                     version=1, seq=0, updated_at=now, updated_by=user, device_id=device.id,
                     fhir_id=data.get("fhir_id"))
        session.add(rec)
        session.flush()
        seq = _stamp(session, rec, bump_version=False, at=now)
        return {"mutation_id": mid, "status": "applied", "version": rec.version, "seq": seq,
                "conflicts": [], "reason": None}

    cur_data = rec.data
    if _immutable(entity, cur_data):
        if all(same(spec[k], cur_data.get(k, _MISSING), v) for k, v in fields.items()):
            return {"mutation_id": mid, "status": "applied", "version": rec.version,
                    "seq": rec.seq, "conflicts": [], "reason": None}
        what = "a signed note is immutable (write an addendum)" if entity == IMMUTABLE_NOTE \
            else "a reconciled-list snapshot is immutable"
        return _reject(mid, what)

    # Resolutions: the conflicts named, on this record.
    resolved_fields: set[str] = set()
    to_resolve: list[Conflict] = []
    for cid in m.get("resolves") or []:
        c = session.get(Conflict, cid)
        if c is None or c.entity != entity or c.record_id != rid:
            return _reject(mid, "resolves an unknown conflict")
        if c.field not in fields:
            return _reject(mid, "a resolution must set the conflict's field")
        to_resolve.append(c)
        resolved_fields.add(c.field)

    # A resolution decides its field only while the conflict is open and the field still holds
    # the value it had then; a stale one (resolved elsewhere, or edited since) merges like any
    # change, so a later edit is never overwritten silently.
    decides = {c.field for c in to_resolve if c.resolved_at is None
               and same(spec[c.field], cur_data.get(c.field, _MISSING), c.server_value)}
    new_data = dict(cur_data)
    meta = dict(rec.field_meta)
    conflicts: list[Conflict] = []
    changed = False
    for name, new in fields.items():
        cur = cur_data.get(name, _MISSING)
        if same(spec[name], cur, new):
            continue
        if name in decides or cur is _MISSING or \
                (name in base and same(spec[name], base[name], cur)):
            new_data[name] = new
            meta[name] = {"at": at, "by": user, "device": device.id}
            changed = True
            continue
        who = meta.get(name) or {}
        c = Conflict(id=new_id(), entity=entity, record_id=rid, patient_id=rec.patient_id,
                     field=name, server_value=cur, client_value=new,
                     client_device=device.id, client_user=user, client_at=at,
                     server_device=who.get("device", rec.device_id),
                     server_user=who.get("by", rec.updated_by),
                     server_at=who.get("at", rec.updated_at), created_at=now)
        session.add(c)
        conflicts.append(c)
    if conflicts and entity == IMMUTABLE_NOTE and fields.get("status") == "signed":
        # Never sign content the signer did not see: nothing applies until she resolves.
        changed = False
    for c in to_resolve:
        if c.resolved_at is None:
            c.resolved_at, c.resolved_by = now, user
            c.resolution = {"value": fields[c.field], "device": device.id, "at": at}
    if changed or conflicts or to_resolve:
        if changed:
            rec.data = new_data
            rec.field_meta = meta
            rec.updated_at, rec.updated_by, rec.device_id = now, user, device.id
            rec.fhir_id = new_data.get("fhir_id")
        session.flush()
        _stamp(session, rec, bump_version=changed, at=now)
    return {"mutation_id": mid, "status": "conflict" if conflicts else "applied",
            "version": rec.version, "seq": rec.seq,
            "conflicts": [conflict_json(c) for c in conflicts], "reason": None}


def _may_change(rec: Record, device: DeviceRow, nurse: Nurse) -> bool:
    """A user or device record may be changed by its own nurse, or by the nurse whose
    device created it."""
    if rec.entity == "users" and rec.id == nurse.id:
        return True
    if rec.entity == "devices" and (rec.id == device.id or rec.data.get("user_id") == nurse.id):
        return True
    return rec.field_meta.get(OWNER) == nurse.id


def _immutable(entity: str, data: dict[str, Any]) -> bool:
    if entity == IMMUTABLE_SNAPSHOT:
        return True
    return entity == IMMUTABLE_NOTE and data.get("status") == "signed"


# -- pull --------------------------------------------------------------------------------------

def changes(session: Session, nurse: Nurse, after: int, limit: int) -> dict[str, Any]:
    """The next page of changes visible to the nurse's devices, after ``after``."""
    mine = panel(session, nurse.id)
    top = last_seq(session)
    out: list[dict[str, Any]] = []
    cursor = after
    # Scan in chunks: changes of other panels and superseded changes are skipped, and the
    # cursor still advances past them.
    records: list[dict[str, Any]] = []  # the record changes in ``out``
    # Plain columns, not ORM objects; ``data`` and ``field_meta`` as their JSON text, decoded
    # only for what is sent (or needed to decide).
    columns = (Change.seq, Change.kind, Change.patient_id, Change.nurse_id, Record.entity,
               Record.id, Record.patient_id, Record.version, cast(Record.data, Text),
               Record.updated_at, Record.updated_by, Record.device_id,
               cast(Record.field_meta, Text))
    size = limit  # what a page of visible changes needs; more once some were not visible
    while len(out) < limit and cursor < top:
        chunk = session.connection().execute(
            select(*columns).outerjoin(
                Record, and_(Record.entity == Change.entity, Record.id == Change.id,
                             Record.seq == Change.seq))
            .where(Change.seq > cursor)
            .where(or_(Change.kind == "purge", Record.seq.is_not(None)))
            .order_by(Change.seq).limit(size)).all()
        size = limit * 2
        if not chunk:
            cursor = top
            break
        for (seq, kind, ch_patient, ch_nurse, entity, rid, patient_id, version, data,
             updated_at, updated_by, device_id, meta) in chunk:
            if kind == "purge":
                if ch_nurse == nurse.id and ch_patient not in mine:
                    out.append({"seq": seq, "kind": "purge", "patient_id": ch_patient})
            elif entity in CLINIC_WIDE or patient_id in mine or (
                    patient_id is None and _json(meta).get(OWNER) == nurse.id):
                change = {"seq": seq, "kind": "record", "entity": entity, "id": rid,
                          "patient_id": patient_id, "version": version,
                          "data": {**_json(data), "id": rid}, "updated_at": updated_at,
                          "updated_by": updated_by, "device_id": device_id, "conflicts": []}
                out.append(change)
                records.append(change)
            cursor = seq
            if len(out) >= limit:
                break
    _attach_open_conflicts(session, records)
    more = cursor < top
    return {"changes": out, "last_seq": cursor if after <= top else top, "more": more}


def _json(text: str | None) -> Any:
    return json.loads(text) if text else {}


def _attach_open_conflicts(session: Session, changes: list[dict[str, Any]]) -> None:
    """Fill each record change's ``conflicts`` with the record's open conflicts (as
    :func:`open_conflicts` gives them), a few queries for a whole page."""
    wanted: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for ch in changes:
        wanted.setdefault(ch["entity"], {}).setdefault(ch["id"], []).append(ch)
    for entity, by_id in wanted.items():
        ids = sorted(by_id)
        for i in range(0, len(ids), 500):
            for c in session.scalars(select(Conflict).where(
                    Conflict.entity == entity, Conflict.record_id.in_(ids[i:i + 500]),
                    Conflict.resolved_at.is_(None)).order_by(Conflict.created_at, Conflict.id)):
                for ch in by_id[c.record_id]:
                    ch["conflicts"].append(conflict_json(c))


def record_change(session: Session, rec: Record) -> dict[str, Any]:
    return {"seq": rec.seq, "kind": "record", "entity": rec.entity, "id": rec.id,
            "patient_id": rec.patient_id, "version": rec.version,
            "data": {**rec.data, "id": rec.id}, "updated_at": rec.updated_at,
            "updated_by": rec.updated_by, "device_id": rec.device_id,
            "conflicts": open_conflicts(session, rec.entity, rec.id)}


def generation(session: Session) -> str:
    return get_meta(session, "generation") or ""


def generation_seq(session: Session) -> int:
    """The last seq when this generation began (0, or the server's at its restore)."""
    try:
        return int(get_meta(session, "generation_seq") or 0)
    except ValueError:
        return 0
