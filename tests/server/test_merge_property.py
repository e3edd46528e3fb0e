"""Per-field merge, as a property: random interleavings of edits from three devices that each
know a possibly stale copy of the record. Concurrent edits of one field are never decided
silently; edits of different fields always merge."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from server import sync
from server.admin import Admin
from server.db import Conflict, Record, init_db, make_engine, write_session

FIELDS = ("sig", "route", "status")
VALUES = st.sampled_from(["a", "b", "c", None])


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Any:
    path: Path = tmp_path_factory.mktemp("merge") / "server.db"
    url = f"sqlite:///{path}"
    init_db(url)
    with Admin(url) as admin:
        nurse = admin.add_nurse("Ann")["id"]
        codes = [admin.enroll_code(nurse)[0] for _ in range(3)]
    engine = make_engine(url)
    devices = []
    with write_session(engine) as s:
        for code in codes:
            device, n, _token = sync.enroll(s, code, "d")
            devices.append((device, n))
    yield engine, devices
    engine.dispose()


steps = st.lists(st.tuples(st.integers(0, 2),  # which device
                           st.booleans(),  # refresh its copy from the server first?
                           st.dictionaries(st.sampled_from(FIELDS), VALUES, min_size=1)),
                 min_size=1, max_size=12)


@settings(max_examples=40, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(plan=steps)
def test_merge_never_decides_silently(world: Any, plan: list[Any]) -> None:
    engine, devices = world
    rid, pid = str(uuid.uuid4()), str(uuid.uuid4())
    first = {"patient_id": pid, "code_text": "x", "sig": "a", "route": "a", "status": "a"}
    with write_session(engine) as s:
        device, nurse = devices[0]
        [res] = sync.push(s, device, nurse, [
            {"mutation_id": str(uuid.uuid4()), "entity": "patients", "id": pid,
             "fields": {"given_name": "T", "family_name": "P"}, "base": {}},
            {"mutation_id": str(uuid.uuid4()), "entity": "medications", "id": rid,
             "patient_id": pid, "fields": first, "base": {}}])[1:]
        assert res["status"] == "applied"
    server = {f: "a" for f in FIELDS}  # the model of the server's record
    copies = [dict(server) for _ in devices]  # what each device last saw
    version = 1
    for who, refresh, edit in plan:
        if refresh:
            copies[who] = dict(server)
        base = {f: copies[who][f] for f in edit}
        expect_conflicts = {f for f, v in edit.items()
                            if server[f] != v and copies[who][f] != server[f]}
        device, nurse = devices[who]
        with write_session(engine) as s:
            [res] = sync.push(s, device, nurse, [
                {"mutation_id": str(uuid.uuid4()), "entity": "medications", "id": rid,
                 "patient_id": pid, "fields": edit, "base": base, "at": "2026-11-29T10:00:00Z",
                 "user_id": f"user-{who}"}])
            rec = s.get(Record, ("medications", rid))
            assert rec is not None
            got = {c["field"]: c for c in res["conflicts"]}
            assert set(got) == expect_conflicts
            for f, c in got.items():  # both values kept, the server's value stays
                assert (c["server_value"], c["client_value"]) == (server[f], edit[f])
                assert c["client"]["device"] == device.id
            assert res["status"] == ("conflict" if expect_conflicts else "applied")
            applied = {f: v for f, v in edit.items()
                       if f not in expect_conflicts and server[f] != v}
            server.update(applied)
            if applied:
                version += 1
            assert {f: rec.data[f] for f in FIELDS} == server
            assert rec.version == version
            stored = s.scalars(select(Conflict.field).where(
                Conflict.record_id == rid, Conflict.resolved_at.is_(None)))
            assert expect_conflicts <= set(stored)
        # the device now holds its own edit locally (as the client would)
        copies[who].update(edit)
