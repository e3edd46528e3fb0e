"""The sync protocol (server/PROTOCOL.md) against the real server, on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
import uuid

import requests
from sqlalchemy import select, update

from server.db import Change, EnrollmentCode, make_engine, write_session
from tests.server.conftest import TIMEOUT, Clinic, mutation


def _med(pid: str, **fields: object) -> dict[str, object]:
    return {"patient_id": pid, "source": "ehr", "status": "active", "sig": "1 tab daily",
            "code_text": "lisinopril 10 mg", **fields}


# -- enrollment and authentication -------------------------------------------------------------

def test_enrollment_code_is_one_time_and_token_works(clinic: Clinic) -> None:
    nurse = clinic.nurse("Ann Lee")
    code = clinic.code(nurse)
    r = clinic.enroll_raw(code.lower().replace("-", ""), "Laptop 12")  # typed loosely: fine
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["nurse"] == {"id": nurse, "name": "Ann Lee"} and body["generation"]
    assert clinic.enroll_raw(code).json() == {"error": "bad_code"}
    assert clinic.enroll_raw(code).status_code == 403
    assert clinic.enroll_raw("ZZZZ-ZZZZ").status_code == 403

    st = requests.get(f"{clinic.base}/v1/status", timeout=TIMEOUT,
                      headers={"Authorization": f"Bearer {body['token']}"})
    assert st.status_code == 200
    assert st.json()["device"]["id"] == body["device_id"]
    assert st.json()["nurse"]["id"] == nurse
    assert st.json()["generation"] == body["generation"]


def test_expired_code_is_refused(clinic: Clinic) -> None:
    nurse = clinic.nurse()
    code = clinic.code(nurse)
    engine = make_engine(clinic.live.database_url)
    with write_session(engine) as s:
        s.execute(update(EnrollmentCode).values(expires_at="2020-01-01T00:00:00.000000Z"))
    engine.dispose()
    r = clinic.enroll_raw(code)
    assert (r.status_code, r.json()) == (403, {"error": "bad_code"})


def test_only_hashes_are_stored(clinic: Clinic) -> None:
    dev = clinic.device()
    engine = make_engine(clinic.live.database_url)
    with engine.connect() as conn:
        dump = " ".join(str(row) for t in ("devices", "enrollment_codes")
                        for row in conn.exec_driver_sql(f"SELECT * FROM {t}"))
    engine.dispose()
    assert dev.token not in dump


def test_revoked_device_gets_401_device_revoked(clinic: Clinic) -> None:
    dev = clinic.device()
    pid = dev.new_patient()
    clinic.admin.revoke_device(dev.id)
    r = dev.push_raw([mutation("patients", pid, {"family_name": "X"}, base={"family_name":
                                                                             "Patient"})])
    revoked = {"error": "device_revoked", "final_upload": False}
    assert (r.status_code, r.json()) == (401, revoked)
    assert dev.changes_raw().json() == revoked
    st = requests.get(f"{clinic.base}/v1/status", headers=dev.headers, timeout=TIMEOUT)
    assert (st.status_code, st.json()) == (401, revoked)
    # nothing of the refused push was applied
    other = clinic.device(dev.nurse_id)
    recs = other.records()
    assert recs[("patients", pid)]["data"]["family_name"] == "Patient"


def _push(dev: object, body: dict[str, object]) -> requests.Response:
    return requests.post(f"{dev.base}/v1/push", headers=dev.headers,  # type: ignore[attr-defined]
                         json=body, timeout=TIMEOUT)


def test_a_revoked_device_allowed_a_final_upload_may_push_once_and_never_read(
        clinic: Clinic) -> None:
    dev = clinic.device()
    pid = dev.new_patient()
    other = clinic.device(dev.nurse_id)
    clinic.admin.revoke_device(dev.id, allow_final_upload=True)
    open_ = {"error": "device_revoked", "final_upload": True}
    # nothing readable, ever
    assert (dev.changes_raw().status_code, dev.changes_raw().json()) == (401, open_)
    st = requests.get(f"{clinic.base}/v1/status", headers=dev.headers, timeout=TIMEOUT)
    assert (st.status_code, st.json()) == (401, open_)
    # a push that is not the final one: applied, answered normally, no changes page
    m1 = mutation("patients", pid, {"family_name": "One"}, base={"family_name": "Patient"})
    r = _push(dev, {"mutations": [m1], "cursor": 0, "changes_limit": 100})
    assert (r.status_code, r.json()) == (401, open_)  # not said to be the final upload
    r = _push(dev, {"mutations": [m1], "cursor": 0, "changes_limit": 100,
                    "final_upload": True})
    assert r.status_code == 200, r.text
    assert r.json()["results"][0]["status"] == "applied" and r.json().get("changes") is None
    # the final push: applied and answered normally; then the window is closed
    m2 = mutation("patients", pid, {"phone": "555-0199"}, base={})
    r = _push(dev, {"mutations": [m2], "final_upload": True, "final": True})
    assert r.status_code == 200, r.text
    assert [x["status"] for x in r.json()["results"]] == ["applied"]
    closed = {"error": "device_revoked", "final_upload": False}
    r = _push(dev, {"mutations": [mutation("patients", pid, {"city": "X"}, base={})],
                    "final_upload": True})
    assert (r.status_code, r.json()) == (401, closed)
    assert dev.changes_raw().json() == closed
    data = other.records()[("patients", pid)]["data"]
    assert (data["family_name"], data["phone"], data.get("city")) == ("One", "555-0199", None)
    [row] = [d for d in clinic.admin.devices() if d["id"] == dev.id]
    assert row["revoked_at"] and row["final_upload"] is True


def test_a_push_to_a_restored_server_is_refused_whole(clinic: Clinic) -> None:
    dev = clinic.device()
    pid = dev.new_patient()
    gen = requests.get(f"{clinic.base}/v1/status", headers=dev.headers,
                       timeout=TIMEOUT).json()["generation"]
    _, top = dev.pull_all()
    m = mutation("patients", pid, {"family_name": "Z"}, base={"family_name": "Patient"})
    for body in ({"generation": "another-generation", "cursor": 0},
                 {"generation": gen, "cursor": top + 5},
                 {"cursor": top + 1}):
        r = _push(dev, {**body, "mutations": [m]})
        assert r.status_code == 409, body
        assert r.json() == {"error": "server_restored", "generation": gen, "last_seq": top,
                            "generation_seq": 0}
    assert dev.records()[("patients", pid)]["data"]["family_name"] == "Patient"
    # the right generation and cursor: applied; the answer says last_seq
    r = _push(dev, {"generation": gen, "cursor": top, "mutations": [m]})
    assert r.status_code == 200 and r.json()["last_seq"] == top + 1
    assert r.json()["results"][0]["seq"] == top + 1
    # the mutation is now known: a replay with another content is still mutation_reused
    r = _push(dev, {"generation": gen, "cursor": top,
                    "mutations": [{**m, "fields": {"family_name": "Y"}}]})
    assert (r.status_code, r.json()["error"]) == (409, "mutation_reused")


def test_a_push_answer_carries_the_first_page_of_changes(clinic: Clinic) -> None:
    a = clinic.device()
    b = clinic.device(a.nurse_id)
    pid = a.new_patient()
    _, cursor = b.pull_all()
    task = mutation("tasks", str(uuid.uuid4()), {"patient_id": pid, "title": "call"},
                    patient_id=pid)
    a.push(task)  # made by another device: b must receive it
    m = mutation("patients", pid, {"phone": "555-0100"}, base={})
    r = _push(b, {"cursor": cursor, "changes_limit": 1, "mutations": [m]})
    assert r.status_code == 200, r.text
    body = r.json()
    page = body["changes"]
    assert page["generation"] == body["generation"] and page["more"] is True
    assert [(c["entity"], c["id"]) for c in page["changes"]] == [("tasks", task["id"])]
    r = _push(b, {"cursor": cursor, "changes_limit": 10, "mutations": [m]})  # a replay
    page = r.json()["changes"]
    assert [c["entity"] for c in page["changes"]] == ["tasks", "patients"]
    assert page["last_seq"] == r.json()["last_seq"] and page["more"] is False
    # no changes_limit: no page
    assert _push(b, {"cursor": cursor, "mutations": [m]}).json().get("changes") is None


def test_forged_or_missing_token_is_401(clinic: Clinic) -> None:
    clinic.device()
    for headers in ({}, {"Authorization": "Bearer forged-token"}, {"Authorization": "Basic x"}):
        r = requests.get(f"{clinic.base}/v1/changes", headers=headers, timeout=TIMEOUT)
        assert (r.status_code, r.json()) == (401, {"error": "unauthorized"})
        r = requests.post(f"{clinic.base}/v1/push", headers=headers, timeout=TIMEOUT,
                          json={"mutations": []})
        assert r.status_code == 401


# -- panels ------------------------------------------------------------------------------------

def test_no_reads_or_writes_outside_the_panel(clinic: Clinic) -> None:
    a = clinic.device(clinic.nurse("Ann"))
    b = clinic.device(clinic.nurse("Bea"))
    pid = a.new_patient()
    mid = str(uuid.uuid4())
    [res] = a.push(mutation("medications", mid, _med(pid), patient_id=pid))
    assert res["status"] == "applied"

    # Bea sees the clinic's users and devices, and none of Ann's patients.
    seen = b.records()
    assert {e for e, _ in seen} <= {"users", "devices"}
    assert ("users", a.nurse_id) in seen and ("devices", a.id) in seen
    # ... and cannot write them, nor create records for them.
    results = b.push(
        mutation("medications", mid, {"sig": "2 tabs"}, base={"sig": "1 tab daily"},
                 patient_id=pid),
        mutation("tasks", str(uuid.uuid4()), {"patient_id": pid, "title": "call"},
                 patient_id=pid),
        mutation("patients", pid, {"family_name": "X"}, base={"family_name": "Patient"}),
    )
    assert [r["status"] for r in results] == ["rejected"] * 3
    assert all("panel" in r["reason"] for r in results)
    assert a.records()[("medications", mid)]["data"]["sig"] == "1 tab daily"

    # Once assigned, Bea's devices receive the patient (even past their cursor) and may write.
    _, cursor = b.pull_all()
    clinic.admin.assign(pid, b.nurse_id)
    got = b.records(after=cursor)
    assert ("patients", pid) in got and ("medications", mid) in got
    [res] = b.push(mutation("medications", mid, {"sig": "2 tabs"}, base={"sig": "1 tab daily"},
                            patient_id=pid))
    assert res["status"] == "applied"


def test_purge_when_a_patient_leaves_the_panel(clinic: Clinic) -> None:
    a = clinic.device(clinic.nurse("Ann"))
    keep = a.new_patient()
    pid = a.new_patient()
    mid = str(uuid.uuid4())
    a.push(mutation("medications", mid, _med(pid), patient_id=pid))
    _, cursor = a.pull_all()

    assert clinic.admin.unassign(pid, a.nurse_id)
    changes, cursor2 = a.pull_all(after=cursor)
    purges = [c for c in changes if c["kind"] == "purge"]
    assert purges == [{"seq": purges[0]["seq"], "kind": "purge", "patient_id": pid}]
    # From a fresh cursor the device gets nothing of the patient, and may not write it.
    fresh = a.records()
    assert not any(c["patient_id"] == pid for c in fresh.values())
    assert ("patients", keep) in fresh
    [res] = a.push(mutation("medications", mid, {"sig": "x"}, base={"sig": "1 tab daily"},
                            patient_id=pid))
    assert res["status"] == "rejected"
    # Another nurse's changes to the patient no longer reach her.
    b = clinic.device(clinic.nurse("Bea"))
    clinic.admin.assign(pid, b.nurse_id)
    b.push(mutation("medications", mid, {"sig": "2 tabs"}, base={"sig": "1 tab daily"},
                    patient_id=pid))
    later, _ = a.pull_all(after=cursor2)
    assert not any(c.get("patient_id") == pid for c in later)


# -- push: idempotency and atomicity -----------------------------------------------------------

def test_replay_returns_the_first_result(clinic: Clinic) -> None:
    dev = clinic.device()
    pid = dev.new_patient()
    m = mutation("medications", str(uuid.uuid4()), _med(pid), patient_id=pid)
    first = dev.push(m)
    again = dev.push(m)
    assert first == again and first[0]["status"] == "applied" and first[0]["version"] == 1
    # an edit, replayed, does not bump the version twice
    edit = mutation("medications", m["id"], {"sig": "2 tabs"}, base={"sig": "1 tab daily"},
                    patient_id=pid)
    r1, r2 = dev.push(edit)[0], dev.push(edit)[0]
    assert r1 == r2 and r1["version"] == 2
    assert dev.records()[("medications", m["id"])]["version"] == 2


def test_reused_mutation_id_with_other_content_is_409_and_nothing_applies(
        clinic: Clinic) -> None:
    dev = clinic.device()
    pid = dev.new_patient()
    m = mutation("medications", str(uuid.uuid4()), _med(pid), patient_id=pid)
    dev.push(m)
    new_task = mutation("tasks", str(uuid.uuid4()), {"patient_id": pid, "title": "call PCP"},
                        patient_id=pid)
    reused = {**m, "fields": {**m["fields"], "sig": "something else"}}
    r = dev.push_raw([new_task, reused])
    assert r.status_code == 409
    assert r.json() == {"error": "mutation_reused", "mutation_id": m["mutation_id"]}
    recs = dev.records()
    assert ("tasks", new_task["id"]) not in recs
    assert recs[("medications", m["id"])]["data"]["sig"] == "1 tab daily"
    # the task's mutation was not recorded either: it applies when sent alone
    assert dev.push(new_task)[0]["status"] == "applied"


def test_malformed_batch_is_400_and_nothing_applies(clinic: Clinic) -> None:
    dev = clinic.device()
    pid = dev.new_patient()
    good = mutation("tasks", str(uuid.uuid4()), {"patient_id": pid, "title": "call"},
                    patient_id=pid)
    bad = mutation("tasks", str(uuid.uuid4()), {"title": "x"}, patient_id=pid)
    del bad["fields"]
    for batch in ([good, bad], [good, {**good, "mutation_id": None}],
                  [good, {**good, "mutation_id": str(uuid.uuid4()), "op": "drop"}],
                  [good, {**good, "mutation_id": str(uuid.uuid4()), "at": "yesterday"}],
                  [good, {**good, "mutation_id": str(uuid.uuid4()),
                          "fields": {"title": "nul\x00byte"}}]):
        r = dev.push_raw(batch)
        assert r.status_code == 400, r.text
        assert r.json()["error"] == "bad_request"
        assert "nul\x00byte" not in r.text
    for raw in (b"{not json", b'{"mutations": [{"mutation_id": "m", "entity": "tasks", '
                b'"id": "t", "patient_id": "p", "fields": {"title": NaN}}]}',
                b'{"mutations": [{"mutation_id": "m", "entity": "tasks", "id": "t", '
                b'"fields": {"title": "\\ud800"}}]}',
                b'{"mutations": [' + b'[' * 5000 + b']' * 5000 + b']}'):
        r = requests.post(f"{clinic.base}/v1/push", headers={
            **dev.headers, "Content-Type": "application/json"}, data=raw, timeout=TIMEOUT)
        assert r.status_code == 400, r.text
    r = requests.get(f"{clinic.base}/v1/changes", headers=dev.headers,
                     params={"after": "-1"}, timeout=TIMEOUT)
    assert r.status_code == 400
    assert ("tasks", good["id"]) not in dev.records()


def test_unknown_entity_field_or_type_is_rejected(clinic: Clinic) -> None:
    dev = clinic.device()
    pid = dev.new_patient()
    results = dev.push(
        mutation("secrets", str(uuid.uuid4()), {"x": 1}, patient_id=pid),
        mutation("tasks", str(uuid.uuid4()), {"patient_id": pid, "title": "t", "colour": "red"},
                 patient_id=pid),
        mutation("tasks", str(uuid.uuid4()), {"patient_id": pid, "title": 5}, patient_id=pid),
        mutation("audit_log", str(uuid.uuid4()), {"action": "x"}, patient_id=pid),
        mutation("tasks", str(uuid.uuid4()), {"patient_id": pid, "title": "fine"},
                 patient_id=pid),
    )
    assert [r["status"] for r in results] == ["rejected"] * 4 + ["applied"]
    assert results[0]["reason"] == "unknown entity"
    assert results[1]["reason"] == "unknown field: colour"
    assert results[3]["reason"] == "unknown entity"


# -- merge and conflicts -----------------------------------------------------------------------

def test_edits_of_different_fields_merge(clinic: Clinic) -> None:
    nurse = clinic.nurse()
    d1, d2 = clinic.device(nurse, "Laptop"), clinic.device(nurse, "Tablet")
    pid = d1.new_patient()
    mid = str(uuid.uuid4())
    d1.push(mutation("medications", mid, _med(pid), patient_id=pid))
    [r1] = d1.push(mutation("medications", mid, {"sig": "2 tabs daily"},
                            base={"sig": "1 tab daily"}, patient_id=pid))
    [r2] = d2.push(mutation("medications", mid, {"route": "oral", "status": "on-hold"},
                            base={"route": None, "status": "active"}, patient_id=pid))
    assert (r1["status"], r2["status"]) == ("applied", "applied")
    assert r2["version"] == 3 and r2["seq"] > r1["seq"]
    data = d1.records()[("medications", mid)]["data"]
    assert (data["sig"], data["route"], data["status"]) == ("2 tabs daily", "oral", "on-hold")
    # setting a field to the value it already has is no conflict
    [r3] = d2.push(mutation("medications", mid, {"sig": "2 tabs daily"},
                            base={"sig": "1 tab daily"}, patient_id=pid))
    assert r3["status"] == "applied" and r3["version"] == 3


def test_concurrent_edits_of_one_field_are_kept_as_a_conflict(clinic: Clinic) -> None:
    nurse = clinic.nurse()
    d1, d2 = clinic.device(nurse, "Laptop"), clinic.device(nurse, "Tablet")
    pid = d1.new_patient()
    mid = str(uuid.uuid4())
    d1.push(mutation("medications", mid, _med(pid), patient_id=pid))
    d1.push(mutation("medications", mid, {"sig": "2 tabs daily"}, base={"sig": "1 tab daily"},
                     patient_id=pid, user="ann", at="2026-11-29T09:00:00Z"))
    [res] = d2.push(mutation("medications", mid, {"sig": "1 tab bid", "route": "oral"},
                             base={"sig": "1 tab daily", "route": None}, patient_id=pid,
                             user="bob", at="2026-11-29T09:30:00Z"))
    assert res["status"] == "conflict"
    [c] = res["conflicts"]
    assert (c["field"], c["server_value"], c["client_value"]) == ("sig", "2 tabs daily",
                                                                 "1 tab bid")
    assert c["client"] == {"device": d2.id, "user": "bob", "at": "2026-11-29T09:30:00Z"}
    assert c["server"] == {"device": d1.id, "user": "ann", "at": "2026-11-29T09:00:00Z"}
    rec = d1.records()[("medications", mid)]
    assert rec["data"]["sig"] == "2 tabs daily"  # the server keeps its value...
    assert rec["data"]["route"] == "oral"  # ... and the field that did not collide merged
    assert [x["id"] for x in rec["conflicts"]] == [c["id"]]

    # The nurse chooses; the resolution syncs like any other change.
    [done] = d2.push(mutation("medications", mid, {"sig": "1 tab bid"},
                              base={"sig": "2 tabs daily"}, patient_id=pid, user="bob",
                              resolves=[c["id"]]))
    assert done["status"] == "applied" and done["conflicts"] == []
    rec = d1.records()[("medications", mid)]
    assert rec["data"]["sig"] == "1 tab bid" and rec["conflicts"] == []
    # a resolution naming a conflict of another record is refused
    [bad] = d2.push(mutation("medications", mid, {"sig": "x"}, base={"sig": "1 tab bid"},
                             patient_id=pid, resolves=[str(uuid.uuid4())]))
    assert bad["status"] == "rejected"


# -- immutable records -------------------------------------------------------------------------

def test_signed_notes_and_snapshots_are_immutable(clinic: Clinic) -> None:
    dev = clinic.device()
    pid = dev.new_patient()
    nid = str(uuid.uuid4())
    note = {"patient_id": pid, "status": "draft", "sections": {"S": "feels well"}}
    assert dev.push(mutation("visit_notes", nid, note, patient_id=pid))[0]["status"] == "applied"
    [signed] = dev.push(mutation("visit_notes", nid, {"status": "signed",
                                                      "signed_at": "2026-11-29T11:00:00Z"},
                                 base={"status": "draft", "signed_at": None}, patient_id=pid))
    assert signed["status"] == "applied"
    [edit] = dev.push(mutation("visit_notes", nid, {"sections": {"S": "changed"}},
                               base={"sections": {"S": "feels well"}}, patient_id=pid))
    assert edit["status"] == "rejected" and "signed" in edit["reason"]
    [unsign] = dev.push(mutation("visit_notes", nid, {"status": "draft"},
                                 base={"status": "signed"}, patient_id=pid))
    assert unsign["status"] == "rejected"
    addendum = {"patient_id": pid, "status": "signed", "amends_note_id": nid,
                "sections": {"S": "correction"}}
    assert dev.push(mutation("visit_notes", str(uuid.uuid4()), addendum,
                             patient_id=pid))[0]["status"] == "applied"
    assert dev.records()[("visit_notes", nid)]["data"]["sections"] == {"S": "feels well"}

    sid = str(uuid.uuid4())
    snap = {"patient_id": pid, "worksheet_id": str(uuid.uuid4()),
            "taken_at": "2026-11-29T11:00:00Z", "items": [{"text": "lisinopril"}]}
    assert dev.push(mutation("reconciled_list_snapshots", sid, snap,
                             patient_id=pid))[0]["status"] == "applied"
    [res] = dev.push(mutation("reconciled_list_snapshots", sid, {"items": []},
                              base={"items": [{"text": "lisinopril"}]}, patient_id=pid))
    assert res["status"] == "rejected"


# -- pull --------------------------------------------------------------------------------------

def test_pull_pages_by_seq_and_resumes_from_the_cursor(clinic: Clinic) -> None:
    dev = clinic.device()
    pid = dev.new_patient()
    tasks = [mutation("tasks", str(uuid.uuid4()), {"patient_id": pid, "title": f"task {i}"},
                      patient_id=pid) for i in range(23)]
    dev.push(*tasks)
    everything, top = dev.pull_all()
    pages, after = [], 0
    while True:
        page = dev.changes_raw(after, limit=5).json()
        assert len(page["changes"]) <= 5
        pages.append(page)
        # a dropped connection: the same request again gives the same page
        assert dev.changes_raw(after, limit=5).json() == page
        after = page["last_seq"]
        if not page["more"]:
            break
    got = [c for p in pages for c in p["changes"]]
    assert got == everything
    seqs = [c["seq"] for c in got]
    assert seqs == sorted(seqs) and len(set(seqs)) == len(seqs)
    assert {c["id"] for c in got if c["entity"] == "tasks"} == {t["id"] for t in tasks}
    assert after == top
    # an edit moves the record to the end; an up-to-date cursor gets only it
    dev.push(mutation("tasks", tasks[0]["id"], {"status": "done"}, base={"status": None},
                      patient_id=pid))
    later, _ = dev.pull_all(after=top)
    assert [(c["entity"], c["id"], c["version"]) for c in later] == [("tasks", tasks[0]["id"],
                                                                     2)]
    st = requests.get(f"{clinic.base}/v1/status", headers=dev.headers, timeout=TIMEOUT).json()
    assert st["last_seq"] == later[0]["seq"]


def test_concurrent_pushes_get_gapless_ordered_seqs(clinic: Clinic) -> None:
    devices = [clinic.device() for _ in range(4)]
    pids = [d.new_patient() for d in devices]
    errors: list[str] = []

    def work(d: object, pid: str) -> None:
        for i in range(5):
            r = d.push_raw([mutation("tasks", str(uuid.uuid4()),  # type: ignore[attr-defined]
                                     {"patient_id": pid, "title": f"t{i}"}, patient_id=pid)])
            if r.status_code != 200:
                errors.append(r.text)

    threads = [threading.Thread(target=work, args=(d, p)) for d, p in zip(devices, pids)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not errors
    engine = make_engine(clinic.live.database_url)
    with engine.connect() as conn:
        seqs = list(conn.scalars(select(Change.seq).order_by(Change.seq)))
    engine.dispose()
    assert seqs == list(range(1, len(seqs) + 1))
    for d, pid in zip(devices, pids):
        assert sum(1 for (e, _), c in d.records().items() if e == "tasks") == 5


def test_a_note_is_not_signed_over_a_conflict(clinic: Clinic) -> None:
    nurse = clinic.nurse()
    d1, d2 = clinic.device(nurse, "Laptop"), clinic.device(nurse, "Tablet")
    pid = d1.new_patient()
    nid = str(uuid.uuid4())
    d1.push(mutation("visit_notes", nid, {"patient_id": pid, "status": "draft",
                                          "sections": {"S": "a"}}, patient_id=pid))
    d1.push(mutation("visit_notes", nid, {"sections": {"S": "b"}}, base={"sections": {"S": "a"}},
                     patient_id=pid))
    [res] = d2.push(mutation("visit_notes", nid, {"sections": {"S": "c"}, "status": "signed"},
                             base={"sections": {"S": "a"}, "status": "draft"}, patient_id=pid))
    assert res["status"] == "conflict"
    data = d1.records()[("visit_notes", nid)]["data"]
    assert data["status"] == "draft" and data["sections"] == {"S": "b"}


def test_users_and_devices_of_other_nurses_cannot_be_changed(clinic: Clinic) -> None:
    a = clinic.device(clinic.nurse("Ann"))
    b = clinic.device(clinic.nurse("Bea"))
    results = b.push(
        mutation("users", a.nurse_id, {"display_name": "Mallory"}, base={"display_name": "Ann"}),
        mutation("devices", a.id, {"name": "mine now"}, base={"name": "Laptop"}),
        mutation("users", b.nurse_id, {"phone": "555-0100"}, base={"phone": None}),
        mutation("devices", b.id, {"name": "Bea's laptop"}, base={"name": "Laptop"}),
    )
    assert [r["status"] for r in results] == ["rejected", "rejected", "applied", "applied"]
    recs = a.records()
    assert recs[("users", a.nurse_id)]["data"]["display_name"] == "Ann"
    assert recs[("users", b.nurse_id)]["data"]["phone"] == "555-0100"


def test_times_compare_as_times_not_as_spellings(clinic: Clinic) -> None:
    nurse = clinic.nurse()
    d1, d2 = clinic.device(nurse, "Laptop"), clinic.device(nurse, "Tablet")
    pid = d1.new_patient()
    tid = str(uuid.uuid4())
    d1.push(mutation("tasks", tid, {"patient_id": pid, "title": "t",
                                    "due_at": "2026-12-01T10:00:00Z"}, patient_id=pid))
    [res] = d2.push(mutation("tasks", tid, {"due_at": "2026-12-02T10:00:00.000000Z"},
                             base={"due_at": "2026-12-01T10:00:00.000000Z"}, patient_id=pid))
    assert res["status"] == "applied" and res["version"] == 2
    [same] = d1.push(mutation("tasks", tid, {"due_at": "2026-12-02T10:00:00+00:00"},
                              base={"due_at": "2026-12-01T10:00:00Z"}, patient_id=pid))
    assert same["status"] == "applied" and same["version"] == 2


def test_two_servers_share_one_database(clinic: Clinic) -> None:
    """No state in memory: a second server (another host) on the same database serves the
    same devices, and concurrent pushes through both keep one gapless sequence."""
    from tests.server.conftest import Device, start_server

    gen = start_server(clinic.live.database_url)
    other = next(gen)
    try:
        a = clinic.device()
        pid = a.new_patient()
        a2 = Device(other.base, a.id, a.token, a.nurse_id)  # the same device, other host
        errors: list[str] = []

        def work(dev: Device, tag: str) -> None:
            for i in range(6):
                r = dev.push_raw([mutation("tasks", str(uuid.uuid4()),
                                           {"patient_id": pid, "title": f"{tag}{i}"},
                                           patient_id=pid)])
                if r.status_code != 200:
                    errors.append(r.text)

        threads = [threading.Thread(target=work, args=(d, t)) for d, t in ((a, "x"), (a2, "y"))]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
        assert not errors
        via_one, via_two = a.records(), a2.records()
        assert via_one == via_two
        assert sum(1 for e, _ in via_one if e == "tasks") == 12
        engine = make_engine(clinic.live.database_url)
        with engine.connect() as conn:
            seqs = list(conn.scalars(select(Change.seq).order_by(Change.seq)))
        engine.dispose()
        assert seqs == list(range(1, len(seqs) + 1))
    finally:
        gen.close()


def test_logs_and_errors_hold_no_patient_data(clinic: Clinic, caplog: object,
                                              monkeypatch: object) -> None:
    import logging

    from server import sync

    caplog.set_level(logging.DEBUG)  # type: ignore[attr-defined]
    dev = clinic.device()
    pid = dev.new_patient(family_name="Zyxwvut")
    r = dev.push_raw([mutation("patients", pid, {"family_name": ["Zyxwvut"]}),
                      {"mutation_id": "m", "fields": {"family_name": "Zyxwvut"}}])
    assert r.status_code == 400 and "Zyxwvut" not in r.text

    def boom(*_a: object, **_k: object) -> None:
        raise ValueError("Zyxwvut, born 1948-06-30")

    monkeypatch.setattr(sync, "changes", boom)  # type: ignore[attr-defined]
    r = dev.changes_raw()
    assert (r.status_code, r.json()) == (500, {"error": "internal"})
    assert "Zyxwvut" not in caplog.text  # type: ignore[attr-defined]
    assert "unexpected error: ValueError" in caplog.text  # type: ignore[attr-defined]


def test_a_task_of_no_patient_stays_with_its_nurse(clinic: Clinic) -> None:
    ann = clinic.nurse("Ann")
    a1, a2 = clinic.device(ann, "Laptop"), clinic.device(ann, "Tablet")
    b = clinic.device(clinic.nurse("Bea"))
    tid = str(uuid.uuid4())
    [res] = a1.push(mutation("tasks", tid, {"patient_id": None, "title": "team meeting"}))
    assert res["status"] == "applied"
    assert ("tasks", tid) in a2.records()
    assert ("tasks", tid) not in b.records()
    [res] = b.push(mutation("tasks", tid, {"title": "mine"}, base={"title": "team meeting"}))
    assert res["status"] == "rejected"
    [res] = a2.push(mutation("tasks", tid, {"status": "done"}, base={"status": None}))
    assert res["status"] == "applied"
    [res] = a1.push(mutation("medications", str(uuid.uuid4()), {"sig": "x"}))
    assert res["status"] == "rejected" and "no patient" in res["reason"]
