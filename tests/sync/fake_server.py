"""An in-memory server with server/PROTOCOL.md's semantics, and a transport that can fail.

Enough of the protocol for the client engine's tests: enrolment, tokens and revocation,
idempotent batches (replayed results, reused ids refused), per-field merge with kept
conflicts and resolutions, refusals (signed notes, snapshots, other panels, unknown
entities/fields, records of no patient), paged changes by seq (latest change of each record
only), panel purges, a restore from backup (older state, new generation; a push that knows
another generation or a cursor past the server's last seq is refused whole with 409
server_restored), the first page of changes in a push's answer, and revocation with or
without one final upload.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import json
import uuid
from typing import Any

from app.models.entities import SYNCED_MODELS
from app.models.sync import data_columns
from app.sync.transport import (
    BadEnrollmentCode,
    DeviceRevoked,
    ServerRefused,
    ServerUnreachable,
    Unauthorized,
)

ENTITIES = {m.__tablename__: {name for _k, name, _c in data_columns(m)} for m in SYNCED_MODELS}
CLINIC_WIDE = {"users", "devices"}
_MISSING = object()


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class FakeServer:
    def __init__(self) -> None:
        self.generation = str(uuid.uuid4())
        self.generation_seq = 0
        self.seq = 0
        self.records: dict[tuple[str, str], dict[str, Any]] = {}
        self.changes: list[dict[str, Any]] = []
        self.mutations: dict[str, tuple[str, dict[str, Any]]] = {}
        self.conflicts: dict[str, dict[str, Any]] = {}
        self.devices: dict[str, dict[str, Any]] = {}  # token -> device
        self.codes: dict[str, str] = {}  # code -> nurse
        self.nurses: dict[str, str] = {}
        self.panels: dict[str, set[str]] = {}
        self.push_calls = 0

    # -- admin
    def add_nurse(self, nurse_id: str, name: str) -> None:
        self.nurses[nurse_id] = name
        self.panels.setdefault(nurse_id, set())

    def make_code(self, nurse_id: str) -> str:
        code = uuid.uuid4().hex[:8].upper()
        self.codes[code] = nurse_id
        return code

    def revoke(self, device_id: str, *, allow_final_upload: bool = False) -> None:
        for dev in self.devices.values():
            if dev["id"] == device_id:
                dev["revoked"] = True
                dev["final_upload"] = "open" if allow_final_upload else None

    def _next_seq(self) -> int:
        self.seq += 1
        return self.seq

    def _stamp(self, rec: dict[str, Any]) -> int:
        seq = self._next_seq()
        rec["seq"] = seq
        self.changes.append({"seq": seq, "kind": "record", "entity": rec["entity"],
                             "id": rec["id"], "patient_id": rec["patient_id"]})
        return seq

    def assign(self, patient_id: str, nurse_id: str) -> None:
        self.panels.setdefault(nurse_id, set()).add(patient_id)
        for rec in sorted(self.records.values(), key=lambda r: r["seq"]):
            if rec["patient_id"] == patient_id:
                self._stamp(rec)

    def unassign(self, patient_id: str, nurse_id: str) -> None:
        self.panels[nurse_id].discard(patient_id)
        self.changes.append({"seq": self._next_seq(), "kind": "purge", "id": patient_id,
                             "patient_id": patient_id, "nurse": nurse_id})

    def snapshot(self) -> dict[str, Any]:
        return copy.deepcopy({k: v for k, v in self.__dict__.items()
                              if k not in ("devices", "codes", "nurses", "push_calls")})

    def restore(self, snap: dict[str, Any]) -> None:
        """A restore from backup: the older state, a new generation (devices kept)."""
        self.__dict__.update(copy.deepcopy(snap))
        self.generation = str(uuid.uuid4())
        self.generation_seq = self.seq  # where the new generation begins

    def record(self, entity: str, rid: str) -> dict[str, Any] | None:
        return self.records.get((entity, rid))

    # -- auth
    def _auth(self, token: str | None, *, final_upload: bool = False) -> dict[str, Any]:
        dev = self.devices.get(token or "")
        if dev is None:
            raise Unauthorized("unauthorized")
        if dev.get("revoked"):
            still_open = dev.get("final_upload") == "open"
            if not (final_upload and still_open):
                raise DeviceRevoked("device_revoked", final_upload=still_open)
        return dev

    # -- endpoints
    def enroll(self, code: str, device_name: str) -> dict[str, Any]:
        nurse = self.codes.pop(code, None)
        if nurse is None:
            raise BadEnrollmentCode("bad_code")
        token = uuid.uuid4().hex
        device = {"id": str(uuid.uuid4()), "nurse": nurse, "name": device_name}
        self.devices[token] = device
        return {"device_id": device["id"], "token": token,
                "nurse": {"id": nurse, "name": self.nurses[nurse]}, "generation": self.generation}

    def status(self, token: str | None) -> dict[str, Any]:
        dev = self._auth(token)
        return {"generation": self.generation, "last_seq": self.seq,
                "generation_seq": self.generation_seq, "device": dev,
                "nurse": {"id": dev["nurse"]}, "server_time": _now()}

    def push(self, token: str | None, generation: str | None,
             mutations: list[dict[str, Any]], *, cursor: int | None = None,
             changes_limit: int = 0, final: bool | None = None) -> dict[str, Any]:
        dev = self._auth(token, final_upload=final is not None)
        self.push_calls += 1
        if (generation is not None and generation != self.generation) or \
                (cursor is not None and self.seq < cursor):
            raise ServerRefused("server_restored", 409,
                                {"error": "server_restored", "generation": self.generation,
                                 "last_seq": self.seq,
                                 "generation_seq": self.generation_seq})
        before = copy.deepcopy((self.records, self.changes, self.mutations, self.conflicts,
                                self.seq, self.panels))
        results = []
        try:
            for m in mutations:
                digest = hashlib.sha256(json.dumps(
                    {k: m.get(k) for k in ("entity", "id", "op", "fields", "base")},
                    sort_keys=True).encode()).hexdigest()
                done = self.mutations.get(m["mutation_id"])
                if done is not None:
                    if done[0] != digest:
                        raise ServerRefused("mutation_reused", 409,
                                            {"error": "mutation_reused"})
                    results.append(done[1])
                    continue
                result = self._apply(dev, m)
                self.mutations[m["mutation_id"]] = (digest, result)
                results.append(result)
        except Exception:
            (self.records, self.changes, self.mutations, self.conflicts, self.seq,
             self.panels) = before
            raise
        out = {"generation": self.generation, "results": results, "last_seq": self.seq}
        if dev.get("revoked"):
            if final:
                dev["final_upload"] = "done"
        elif changes_limit and cursor is not None:
            out["changes"] = self.get_changes(token, cursor, changes_limit)
        return out

    def _reject(self, m: dict[str, Any], reason: str) -> dict[str, Any]:
        return {"mutation_id": m["mutation_id"], "status": "rejected", "version": None,
                "seq": None, "conflicts": [], "reason": reason}

    def _apply(self, dev: dict[str, Any], m: dict[str, Any]) -> dict[str, Any]:
        entity, rid = m["entity"], m["id"]
        fields, base = dict(m["fields"]), m.get("base") or {}
        if entity not in ENTITIES:
            return self._reject(m, "unknown entity")
        if set(fields) - ENTITIES[entity]:
            return self._reject(m, "unknown field")
        rec = self.records.get((entity, rid))
        mine = self.panels.setdefault(dev["nurse"], set())
        if entity in CLINIC_WIDE:
            pid = None
        elif entity == "patients":
            pid = rid
        else:
            pid = rec["patient_id"] if rec else fields.get("patient_id", m.get("patient_id"))
            if not pid:
                return self._reject(m, "the record belongs to no patient")
        if pid is not None and pid not in mine:
            if entity == "patients" and rec is None:
                mine.add(pid)
            else:
                return self._reject(m, "patient not on this device's panel")
        at, user, now = m.get("at") or _now(), m.get("user_id"), _now()
        if rec is None:
            rec = {"entity": entity, "id": rid, "patient_id": pid, "data": fields,
                   "meta": {k: {"at": at, "by": user, "device": dev["id"]} for k in fields},
                   "version": 1, "seq": 0, "updated_at": now, "updated_by": user,
                   "device_id": dev["id"]}
            self.records[(entity, rid)] = rec
            seq = self._stamp(rec)
            return {"mutation_id": m["mutation_id"], "status": "applied", "version": 1,
                    "seq": seq, "conflicts": [], "reason": None}
        cur_data = rec["data"]
        if entity == "reconciled_list_snapshots" or (
                entity == "visit_notes" and cur_data.get("status") == "signed"):
            if all(cur_data.get(k, _MISSING) == v for k, v in fields.items()):
                return {"mutation_id": m["mutation_id"], "status": "applied",
                        "version": rec["version"], "seq": rec["seq"], "conflicts": [],
                        "reason": None}
            return self._reject(m, "immutable record")
        resolving = {}
        for cid in m.get("resolves") or []:
            c = self.conflicts.get(cid)
            if c is None or c["record_id"] != rid or c["field"] not in fields:
                return self._reject(m, "resolves an unknown conflict")
            resolving[cid] = c
        resolved_fields = {c["field"] for c in resolving.values()}
        new_data, meta, conflicts, changed = dict(cur_data), dict(rec["meta"]), [], False
        for name, new in fields.items():
            cur = cur_data.get(name, _MISSING)
            if cur is not _MISSING and cur == new:
                continue
            if name in resolved_fields or cur is _MISSING or (name in base and base[name] == cur):
                new_data[name] = new
                meta[name] = {"at": at, "by": user, "device": dev["id"]}
                changed = True
                continue
            who = meta.get(name) or {}
            c = {"id": str(uuid.uuid4()), "entity": entity, "record_id": rid,
                 "patient_id": rec["patient_id"], "field": name, "server_value": cur,
                 "client_value": new,
                 "client": {"device": dev["id"], "user": user, "at": at},
                 "server": {"device": who.get("device"), "user": who.get("by"),
                            "at": who.get("at")},
                 "created_at": now, "resolved_at": None}
            self.conflicts[c["id"]] = c
            conflicts.append(c)
        for c in resolving.values():
            c["resolved_at"] = now
        if changed or conflicts or resolving:
            if changed:
                rec.update(data=new_data, meta=meta, updated_at=now, updated_by=user,
                           device_id=dev["id"])
                rec["version"] += 1
            self._stamp(rec)
        return {"mutation_id": m["mutation_id"],
                "status": "conflict" if conflicts else "applied", "version": rec["version"],
                "seq": rec["seq"], "conflicts": copy.deepcopy(conflicts), "reason": None}

    def get_changes(self, token: str | None, after: int, limit: int) -> dict[str, Any]:
        dev = self._auth(token)
        mine = self.panels.get(dev["nurse"], set())
        out, cursor = [], after
        for ch in self.changes:
            if ch["seq"] <= after:
                continue
            if len(out) >= limit:
                break
            cursor = ch["seq"]
            if ch["kind"] == "purge":
                if ch["nurse"] == dev["nurse"] and ch["patient_id"] not in mine:
                    out.append({"seq": ch["seq"], "kind": "purge",
                                "patient_id": ch["patient_id"]})
                continue
            rec = self.records.get((ch["entity"], ch["id"]))
            if rec is None or rec["seq"] != ch["seq"]:
                continue
            if rec["entity"] in CLINIC_WIDE or rec["patient_id"] in mine:
                out.append({"seq": rec["seq"], "kind": "record", "entity": rec["entity"],
                            "id": rec["id"], "patient_id": rec["patient_id"],
                            "version": rec["version"], "data": {**rec["data"], "id": rec["id"]},
                            "updated_at": rec["updated_at"], "updated_by": rec["updated_by"],
                            "device_id": rec["device_id"],
                            "conflicts": [copy.deepcopy(c) for c in self.conflicts.values()
                                          if c["record_id"] == rec["id"]
                                          and c["resolved_at"] is None]})
        top = self.seq
        return {"generation": self.generation, "changes": out,
                "last_seq": cursor if after <= top else top, "more": cursor < top}


class FakeTransport:
    """The engine's transport, in memory. Failure switches: ``offline``; ``drop_push`` (the
    server applies the batch, the answer is lost); ``drop_changes_call`` (the n-th changes
    call, counted from 1, fails before an answer)."""

    def __init__(self, server: FakeServer) -> None:
        self.server = server
        self.token: str | None = None
        self.offline = False
        self.drop_push = False
        self.drop_changes_call: int | None = None
        self.changes_calls: list[int] = []
        self.calls: list[str] = []  # every request: "status" | "push" | "changes"
        self.refuse_if: Any = None  # a predicate on a mutation: the whole batch gets a 400

    def set_token(self, token: str | None) -> None:
        self.token = token

    def _check(self) -> None:
        if self.offline:
            raise ServerUnreachable("the sync server cannot be reached (offline)")

    def enroll(self, code: str, device_name: str) -> dict[str, Any]:
        self._check()
        return copy.deepcopy(self.server.enroll(code, device_name))

    def status(self) -> dict[str, Any]:
        self._check()
        self.calls.append("status")
        return copy.deepcopy(self.server.status(self.token))

    def push(self, generation: str | None, mutations: list[dict[str, Any]], *,
             cursor: int | None = None, changes_limit: int = 0,
             final: bool | None = None) -> dict[str, Any]:
        self._check()
        self.calls.append("push")
        if self.refuse_if and any(self.refuse_if(m) for m in mutations):
            raise ServerRefused("the server refused the request (HTTP 400, bad_request)", 400,
                                {"error": "bad_request"})
        resp = self.server.push(self.token, generation, json.loads(json.dumps(mutations)),
                                cursor=cursor, changes_limit=changes_limit, final=final)
        if self.drop_push:
            self.drop_push = False
            raise ServerUnreachable("the answer was lost")
        return copy.deepcopy(resp)

    def changes(self, after: int, limit: int) -> dict[str, Any]:
        self._check()
        self.calls.append("changes")
        self.changes_calls.append(after)
        if self.drop_changes_call == len(self.changes_calls):
            raise ServerUnreachable("the connection dropped")
        return copy.deepcopy(self.server.get_changes(self.token, after, limit))
