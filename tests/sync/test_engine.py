"""The sync engine against an in-memory server with the protocol's semantics: two devices
of one nurse converge; concurrent edits merge per field or become visible conflicts."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.models.entities import Medication, Patient, Task, VisitNote
from app.models.sync import SyncConflict, SyncOutbox, SyncQuarantine, SyncShadow
from app.sync.engine import SyncReport, open_conflicts, pending_count, quarantined, resolve_conflict
from app.sync.transport import DeviceRevoked, NotEnrolled, ServerUnreachable
from tests.sync.conftest import Device
from tests.sync.fake_server import FakeServer

UTC = dt.timezone.utc


def new_patient(d: Device, meds: int = 1) -> tuple[str, list[str]]:
    with d.store.write() as s:
        p = Patient(given_name="Ada", family_name="Lovel", birth_date=dt.date(1940, 2, 3))
        s.add(p)
        s.flush()
        ms = [Medication(patient_id=p.id, code_text=f"drug {i}", sig="1 tab daily",
                         start_at=dt.datetime(2026, 11, 1, 9, 30, tzinfo=UTC))
              for i in range(meds)]
        s.add_all(ms)
    return p.id, [m.id for m in ms]


def med(d: Device, mid: str) -> Medication:
    with d.store.session() as s:
        return s.get(Medication, mid)


def edit_med(d: Device, mid: str, **values: object) -> None:
    with d.store.write() as s:
        m = s.get(Medication, mid)
        for k, v in values.items():
            setattr(m, k, v)


def count(d: Device, model: type) -> int:
    with d.store.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_a_record_made_on_one_device_reaches_the_other(devices: tuple[Device, Device],
                                                        server: FakeServer) -> None:
    a, b = devices
    pid, [mid] = new_patient(a)
    ra = a.client.sync_once()
    assert (ra.pushed, ra.rejected, ra.conflicts) == (2, 0, 0)
    assert pending_count(a.store) == 0
    rb = b.client.sync_once()
    assert rb.pulled >= 2
    m = med(b, mid)
    assert m.sig == "1 tab daily" and m.patient_id == pid
    assert m.start_at == dt.datetime(2026, 11, 1, 9, 30, tzinfo=UTC)
    assert m.version == 1 and m.created_device == a.client.state()["device_id"]
    assert pending_count(b.store) == 0  # what was pulled is not sent back
    # nothing more to do on either side
    assert b.client.sync_once().pulled == 0
    assert a.client.sync_once().pushed == 0
    for d in (a, b):
        report, problems = d.store.verify()
        assert report.ok and not problems


def test_edits_of_different_fields_merge(devices: tuple[Device, Device]) -> None:
    a, b = devices
    _pid, [mid] = new_patient(a)
    a.client.sync_once()
    b.client.sync_once()
    edit_med(a, mid, sig="2 tabs daily")
    edit_med(b, mid, route="oral")
    a.client.sync_once()
    rb = b.client.sync_once()
    assert rb.conflicts == 0
    a.client.sync_once()
    for d in (a, b):
        m = med(d, mid)
        assert (m.sig, m.route) == ("2 tabs daily", "oral")
        assert not open_conflicts(d.store)


def test_edits_of_one_field_become_a_conflict_seen_on_both_devices_then_resolved(
        devices: tuple[Device, Device], server: FakeServer) -> None:
    a, b = devices
    _pid, [mid] = new_patient(a)
    a.client.sync_once()
    b.client.sync_once()
    edit_med(a, mid, sig="2 tabs daily")
    edit_med(b, mid, sig="half a tab daily")
    a.client.sync_once()
    rb = b.client.sync_once()
    assert rb.conflicts == 1
    [cb] = open_conflicts(b.store)
    assert (cb.field, cb.server_value, cb.local_value) == ("sig", "2 tabs daily",
                                                           "half a tab daily")
    assert cb.origin == "server" and cb.local_device == b.client.state()["device_id"]
    assert cb.server_device == a.client.state()["device_id"]
    assert med(b, mid).sig == "2 tabs daily"  # the server kept its value; nothing decided
    ra = a.client.sync_once()
    assert ra.conflicts == 1
    [ca] = open_conflicts(a.store)
    assert ca.server_conflict_id == cb.server_conflict_id
    # the nurse decides on device b
    resolve_conflict(b.store, cb.id, "half a tab daily")
    assert not open_conflicts(b.store)
    b.client.sync_once()
    a.client.sync_once()
    for d in (a, b):
        assert med(d, mid).sig == "half a tab daily"
        assert not open_conflicts(d.store)
    assert all(c["resolved_at"] for c in server.conflicts.values())


def test_a_pulled_change_never_overwrites_an_unsent_local_edit(
        devices: tuple[Device, Device]) -> None:
    a, b = devices
    _pid, [mid] = new_patient(a)
    a.client.sync_once()
    b.client.sync_once()
    edit_med(a, mid, sig="from a", route="oral")
    a.client.sync_once()
    edit_med(b, mid, sig="from b")
    report = SyncReport()
    b.client._pull_all(report)  # a pull before b's push (e.g. the push failed)
    m = med(b, mid)
    assert (m.sig, m.route) == ("from b", "oral")  # local kept, other fields merged
    [c] = open_conflicts(b.store)
    assert (c.origin, c.field, c.local_value, c.server_value) == ("local", "sig", "from b",
                                                                  "from a")
    assert report.conflicts == 1
    # then the push meets the server's value: the server's conflict replaces the local one
    b.client.sync_once()
    [c] = open_conflicts(b.store)
    assert c.origin == "server"
    with b.store.session() as s:
        assert s.scalar(select(SyncConflict.status).where(SyncConflict.origin == "local")) \
            == "superseded"


def test_deletes_are_tombstones(devices: tuple[Device, Device], server: FakeServer) -> None:
    a, b = devices
    _pid, [mid] = new_patient(a)
    a.client.sync_once()
    b.client.sync_once()
    with a.store.write() as s:
        s.get(Medication, mid).mark_deleted()
    a.client.sync_once()
    b.client.sync_once()
    m = med(b, mid)
    assert m is not None and m.deleted_at is not None
    assert server.record("medications", mid)["data"]["deleted_at"] is not None


def test_a_dropped_push_answer_is_retried_without_applying_twice(
        devices: tuple[Device, Device], server: FakeServer) -> None:
    a, _b = devices
    _pid, [mid] = new_patient(a)
    a.client.sync_once()
    edit_med(a, mid, sig="changed once")
    a.transport.drop_push = True
    with pytest.raises(ServerUnreachable):
        a.client.sync_once()
    assert pending_count(a.store) == 1  # kept until an answer comes
    rec = server.record("medications", mid)
    assert rec["data"]["sig"] == "changed once" and rec["version"] == 2
    a.client.sync_once()
    assert pending_count(a.store) == 0
    assert server.record("medications", mid)["version"] == 2  # replayed, not re-applied
    assert not open_conflicts(a.store)


def test_a_dropped_page_resumes_from_the_saved_cursor(devices: tuple[Device, Device],
                                                      server: FakeServer) -> None:
    a, b = devices
    b.client.page_size = 10
    pid, mids = new_patient(a, meds=34)
    a.client.sync_once()
    b.transport.drop_changes_call = 2
    with pytest.raises(ServerUnreachable):
        b.client.sync_once()
    first = int(b.client.state()["cursor"])
    assert first > 0 and count(b, Medication) + count(b, Patient) == 10
    b.transport.changes_calls.clear()
    b.transport.drop_changes_call = None
    b.client.sync_once()
    assert b.transport.changes_calls[0] == first  # resumed, not restarted
    assert count(b, Medication) == 34
    report, problems = b.store.verify()
    assert report.ok and not problems


def test_a_server_restored_from_backup_gets_the_lost_records_again(
        devices: tuple[Device, Device], server: FakeServer) -> None:
    a, b = devices
    pid1, _ = new_patient(a)
    a.client.sync_once()
    backup = server.snapshot()
    pid2, [mid2] = new_patient(a)
    a.client.sync_once()
    edit_med(a, mid2, sig="edited after the backup")
    b.client.sync_once()  # b has everything too
    server.restore(backup)  # the server lost pid2 and its medication
    assert server.record("patients", pid2) is None
    rb = b.client.sync_once()
    assert rb.server_restored and rb.resent == 2
    assert server.record("patients", pid2) is not None
    ra = a.client.sync_once()
    assert ra.server_restored
    assert server.record("medications", mid2)["data"]["sig"] == "edited after the backup"
    b.client.sync_once()
    for d in (a, b):
        assert med(d, mid2).sig == "edited after the backup"
        assert not open_conflicts(d.store)
        assert d.client.state()["generation"] == server.generation
        assert pending_count(d.store) == 0


def test_a_patient_off_the_panel_is_purged(devices: tuple[Device, Device],
                                           server: FakeServer) -> None:
    a, b = devices
    pid, _ = new_patient(a, meds=3)
    keep, _ = new_patient(a)
    with a.store.write() as s:
        s.add(VisitNote(patient_id=pid, sections={"a": "b"}, status="signed"))
    a.client.sync_once()
    b.client.sync_once()
    server.unassign(pid, "nurse-1")
    rb = b.client.sync_once()
    assert rb.purged == 1
    with b.store.session() as s:
        assert s.get(Patient, pid) is None
        assert s.scalar(select(func.count()).select_from(Medication)
                        .where(Medication.patient_id == pid)) == 0
        assert s.scalar(select(func.count()).select_from(VisitNote)) == 0
        assert s.scalar(select(func.count()).select_from(SyncShadow)
                        .where(SyncShadow.patient_id == pid)) == 0
        assert s.get(Patient, keep) is not None
    report, problems = b.store.verify()
    assert report.ok and not problems


def test_a_refused_change_is_kept_in_quarantine(devices: tuple[Device, Device]) -> None:
    a, _b = devices
    with a.store.write() as s:
        s.add(Task(title="call the pharmacy"))  # a task of no patient: the server refuses
    r = a.client.sync_once()
    assert r.rejected == 1
    [q] = quarantined(a.store)
    assert q.entity == "tasks" and "no patient" in q.reason
    assert q.fields["title"] == "call the pharmacy"
    assert pending_count(a.store) == 0


def test_a_revoked_device_wipes_its_patient_data_and_sends_nothing(
        devices: tuple[Device, Device], server: FakeServer) -> None:
    a, _b = devices
    new_patient(a)
    a.client.sync_once()
    new_patient(a)
    pushes = server.push_calls
    server.revoke(a.client.state()["device_id"])
    with pytest.raises(DeviceRevoked, match="removed"):
        a.client.sync_once()
    assert server.push_calls == pushes
    assert count(a, Patient) == 0 and count(a, Medication) == 0
    assert count(a, SyncOutbox) == 0 and count(a, SyncQuarantine) == 0
    with pytest.raises(DeviceRevoked):
        a.client.sync_once()
    report, problems = a.store.verify()
    assert report.ok and not problems


def test_offline_changes_wait_in_the_outbox(devices: tuple[Device, Device]) -> None:
    a, _b = devices
    new_patient(a)
    a.transport.offline = True
    with pytest.raises(ServerUnreachable):
        a.client.sync_once()
    assert pending_count(a.store) == 2
    a.transport.offline = False
    assert a.client.sync_once().pushed == 2


def test_a_store_that_is_not_enrolled_says_so(tmp_path, server: FakeServer) -> None:
    from app.models.store import Store
    from app.sync.engine import SyncClient
    from app.sync.transport import MemoryTokens
    from tests.conftest import TEST_PASSPHRASE
    from tests.sync.fake_server import FakeTransport

    with Store.create(tmp_path / "c", mode="passphrase", passphrase=TEST_PASSPHRASE) as store:
        with pytest.raises(NotEnrolled):
            SyncClient(store, FakeTransport(server), tokens=MemoryTokens()).sync_once()


def test_a_page_may_bring_children_before_their_parent(devices: tuple[Device, Device]) -> None:
    a, b = devices
    b.client.page_size = 2
    pid, mids = new_patient(a, meds=5)
    a.client.sync_once()
    with a.store.write() as s:
        s.get(Patient, pid).phone = "555-0100"  # the patient's latest change is now last
    a.client.sync_once()
    b.client.sync_once()
    assert count(b, Medication) == 5
    with b.store.session() as s:
        assert s.get(Patient, pid).phone == "555-0100"
    report, problems = b.store.verify()
    assert report.ok and not problems


def test_a_server_behind_our_cursor_lost_changes_even_with_the_same_generation(
        devices: tuple[Device, Device], server: FakeServer) -> None:
    a, _b = devices
    new_patient(a)
    a.client.sync_once()
    backup = server.snapshot()
    _pid2, [mid2] = new_patient(a)
    a.client.sync_once()
    generation = server.generation
    server.restore(backup)
    server.generation = generation  # restored without a new generation
    r = a.client.sync_once()
    assert r.server_restored and r.resent == 2
    assert server.record("medications", mid2) is not None


def test_a_batch_the_server_refuses_whole_is_narrowed_to_the_bad_entry(
        devices: tuple[Device, Device], server: FakeServer) -> None:
    a, _b = devices
    pid, mids = new_patient(a, meds=3)
    a.client.sync_once()
    with a.store.write() as s:
        s.get(Medication, mids[0]).sig = "fine"
        s.get(Medication, mids[1]).sig = "BAD"
        s.get(Medication, mids[2]).sig = "fine too"
    a.transport.refuse_if = lambda m: m["fields"].get("sig") == "BAD"
    r = a.client.sync_once()
    assert r.rejected == 1 and r.pushed == 2
    assert server.record("medications", mids[2])["data"]["sig"] == "fine too"
    [q] = quarantined(a.store)
    assert q.record_id == mids[1] and "bad_request" in q.reason
    assert pending_count(a.store) == 0


def test_records_made_before_enrolment_are_sent(tmp_path, server: FakeServer) -> None:
    from app.models.store import Store
    from app.sync.engine import SyncClient
    from app.sync.transport import MemoryTokens
    from tests.conftest import TEST_PASSPHRASE
    from tests.sync.fake_server import FakeTransport

    with Store.create(tmp_path / "c", mode="passphrase", passphrase=TEST_PASSPHRASE) as store:
        with store.write() as s:
            p = Patient(given_name="Old", family_name="Row")
            s.add(p)
        with store.write() as s:  # as if written before the sync tables existed
            s.execute(SyncOutbox.__table__.delete())
        client = SyncClient(store, FakeTransport(server), tokens=MemoryTokens())
        client.enroll("https://fake", server.make_code("nurse-1"), "Laptop c")
        assert pending_count(store) == 1
        assert client.sync_once().pushed == 1
        assert server.record("patients", p.id)["data"]["family_name"] == "Row"


def test_a_pulled_record_that_cannot_be_stored_is_skipped_not_blocking(
        devices: tuple[Device, Device], server: FakeServer) -> None:
    a, b = devices
    pid, [mid] = new_patient(a)
    a.client.sync_once()
    server.records[("medications", mid)]["data"]["start_at"] = "not a time"
    server._stamp(server.records[("medications", mid)])
    r = b.client.sync_once()
    assert r.skipped == 1
    with b.store.session() as s:
        assert s.get(Patient, pid) is not None and s.get(Medication, mid) is None
    report, problems = b.store.verify()
    assert report.ok and not problems
