"""Issue 7: a one-field sync in at most two round trips (the push checks the server and brings
the first page of changes; with nothing to push, the first page of changes checks it), a
server restored from backup detected through either, and a revoked device's final upload
(when the clinic allows it) before it wipes itself."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from app.models.entities import Medication, Patient
from app.models.sync import SyncShadow
from app.sync.engine import open_conflicts, pending_count
from app.sync.transport import DeviceRevoked, ServerUnreachable
from tests.sync.conftest import Device, enrolled_client
from tests.sync.fake_server import FakeServer
from tests.sync.test_engine import count, edit_med, med, new_patient


def _calls(d: Device) -> list[str]:
    out = list(d.transport.calls)
    d.transport.calls.clear()
    return out


def _synced(a: Device, b: Device) -> tuple[str, str]:
    pid, [mid] = new_patient(a)
    a.client.sync_once()
    b.client.sync_once()
    return pid, mid


def test_one_changed_field_takes_one_round_trip_each_way(
        devices: tuple[Device, Device]) -> None:
    a, b = devices
    _pid, mid = _synced(a, b)
    _calls(a), _calls(b)
    edit_med(a, mid, sig="2 tabs")
    ra = a.client.sync_once()
    assert _calls(a) == ["push"] and ra.pushed == 1
    assert ra.pulled == 1 and ra.conflicts == 0  # its own change, back in the page: no conflict
    rb = b.client.sync_once()
    assert _calls(b) == ["changes"] and rb.pulled == 1
    assert med(b, mid).sig == "2 tabs"
    a.client.sync_once()
    assert _calls(a) == ["changes"]  # nothing to do: one request
    for d in (a, b):
        assert not open_conflicts(d.store) and pending_count(d.store) == 0


def test_the_pushing_device_still_receives_the_others_changes(
        devices: tuple[Device, Device], server: FakeServer) -> None:
    a, b = devices
    _pid, mid = _synced(a, b)
    edit_med(b, mid, sig="from b")
    b.client.sync_once()
    edit_med(a, mid, code_text="from a")  # another field, made without seeing b's edit
    _calls(a)
    a.client.sync_once()
    assert _calls(a) == ["push"]
    m = med(a, mid)
    assert (m.sig, m.code_text) == ("from b", "from a")
    assert not open_conflicts(a.store)
    with a.store.session() as s:
        sh = s.get(SyncShadow, ("medications", mid))
        assert sh.seq == server.seq and sh.data["sig"] == "from b"
    b.client.sync_once()
    assert med(b, mid).code_text == "from a"


def test_a_long_page_goes_on_with_get_changes(devices: tuple[Device, Device]) -> None:
    a, b = devices
    for _ in range(30):  # more than one page (page_size 50)
        new_patient(a)
    a.client.sync_once()
    _calls(b)
    b.client.sync_once()
    assert _calls(b).count("changes") >= 2
    assert count(b, Patient) == 30
    with b.store.write() as s:
        s.scalars(select(Patient)).first().phone = "555-0101"
    new_patient(a, meds=60)  # with b's own change: more than a page
    a.client.sync_once()
    _calls(b)
    b.client.sync_once()  # the push brings the first page; the rest is pulled
    calls = _calls(b)
    assert calls[0] == "push" and "changes" in calls
    assert count(b, Patient) == 31 and count(b, Medication) == 90


def test_a_restored_server_is_detected_by_the_push(
        devices: tuple[Device, Device], server: FakeServer) -> None:
    a, b = devices
    _synced(a, b)
    backup = server.snapshot()
    _pid2, [mid2] = new_patient(a)
    a.client.sync_once()
    server.restore(backup)  # lost: pid2 and its medication
    edit_med(a, mid2, sig="after the restore")
    pushes = server.push_calls
    mutations = len(server.mutations)
    _calls(a)
    r = a.client.sync_once()
    assert r.server_restored and r.resent == 2
    calls = _calls(a)
    assert calls[0] == "push" and "status" not in calls
    # the refused push applied nothing: only the recovered batch did
    assert server.push_calls > pushes and len(server.mutations) == mutations + 3
    assert server.record("medications", mid2)["data"]["sig"] == "after the restore"
    assert a.client.state()["generation"] == server.generation
    assert pending_count(a.store) == 0 and not open_conflicts(a.store)
    b.client.sync_once()
    assert med(b, mid2).sig == "after the restore"


def test_a_restored_server_is_detected_by_the_pull_with_an_empty_outbox(
        devices: tuple[Device, Device], server: FakeServer) -> None:
    a, b = devices
    _synced(a, b)
    backup = server.snapshot()
    pid2, _ = new_patient(a)
    a.client.sync_once()
    b.client.sync_once()
    server.restore(backup)
    assert pending_count(b.store) == 0
    _calls(b)
    r = b.client.sync_once()
    assert r.server_restored and r.resent == 2
    assert _calls(b)[0] == "changes"  # nothing was applied from it: it re-sent first
    assert server.record("patients", pid2) is not None
    assert b.client.state()["generation"] == server.generation
    assert count(b, Patient) == 2 and pending_count(b.store) == 0


@pytest.mark.parametrize("late_has_edits", [False, True])
def test_a_device_that_learns_of_a_restore_late_still_resends_what_was_lost(
        devices: tuple[Device, Device], server: FakeServer, late_has_edits: bool) -> None:
    """Another device found out first and pushed, so the server's last_seq is past what the
    late device saw: it re-sends from where the new generation began (the 409 says it; with
    an empty outbox it asks GET /v1/status, only then)."""
    a, b = devices
    _pid, mid = _synced(a, b)
    backup = server.snapshot()
    pid2, [mid2] = new_patient(b)
    b.client.sync_once()
    server.restore(backup)  # pid2 lost; b is the only one to have it
    for _ in range(5):
        new_patient(a)
    a.client.sync_once()
    assert server.seq > b.client._cursor()
    if late_has_edits:
        edit_med(b, mid, sig="late edit")
    _calls(b)
    r = b.client.sync_once()
    assert r.server_restored and r.resent >= 2
    assert ("status" in _calls(b)) is not late_has_edits
    assert server.record("patients", pid2) is not None
    assert server.record("medications", mid2) is not None
    a.client.sync_once()
    assert med(a, mid2) is not None and count(a, Patient) == 7
    if late_has_edits:
        assert med(a, mid).sig == "late edit"


def test_a_revoked_device_allowed_a_final_upload_sends_its_outbox_then_wipes(
        devices: tuple[Device, Device], server: FakeServer) -> None:
    a, b = devices
    a.client.batch_size = 2  # the final upload takes several batches
    _pid, mid = _synced(a, b)
    edit_med(a, mid, sig="last words")
    new_patient(a, meds=2)  # 3 more entries
    assert pending_count(a.store) == 4
    device_id = a.client.state()["device_id"]
    server.revoke(device_id, allow_final_upload=True)
    _calls(a)
    with pytest.raises(DeviceRevoked, match="4 unsent changes uploaded first, 0 unsent "
                                            "changes not sent.*removed"):
        a.client.sync_once()
    assert _calls(a) == ["push", "push", "push"]  # (the first was refused: no changes)
    assert count(a, Patient) == 0 and pending_count(a.store) == 0
    [dev] = [d for d in server.devices.values() if d["id"] == device_id]
    assert dev["final_upload"] == "done"
    b.client.sync_once()
    assert med(b, mid).sig == "last words" and count(b, Patient) == 2
    with pytest.raises(DeviceRevoked):
        a.client.sync_once()
    assert _calls(a) == []


def test_a_revoked_device_without_a_final_upload_wipes_at_once_and_says_what_was_lost(
        devices: tuple[Device, Device], server: FakeServer) -> None:
    a, b = devices
    _pid, mid = _synced(a, b)
    edit_med(a, mid, sig="never sent")
    pushes = server.push_calls
    server.revoke(a.client.state()["device_id"])
    with pytest.raises(DeviceRevoked, match="1 unsent change not sent.*removed") as exc:
        a.client.sync_once()
    assert "never sent" not in str(exc.value)
    assert server.push_calls == pushes and count(a, Patient) == 0
    assert server.record("medications", mid)["data"]["sig"] == "1 tab daily"


def test_a_final_upload_that_cannot_reach_the_server_wipes_nothing_yet(
        devices: tuple[Device, Device], server: FakeServer) -> None:
    a, b = devices
    _pid, mid = _synced(a, b)
    edit_med(a, mid, sig="kept for later")
    server.revoke(a.client.state()["device_id"], allow_final_upload=True)
    a.transport.drop_push = True  # the final push is applied, its answer lost
    with pytest.raises(ServerUnreachable):
        a.client.sync_once()
    assert count(a, Patient) == 1  # not wiped: the next contact finishes the job
    with pytest.raises(DeviceRevoked, match="removed"):
        a.client.sync_once()
    assert count(a, Patient) == 0
    assert server.record("medications", mid)["data"]["sig"] == "kept for later"


# -- against the real server ---------------------------------------------------------------------
def test_revocation_policies_over_http(live_server: dict[str, Any], tmp_path: Any) -> None:
    admin = live_server["admin"]
    a = enrolled_client(tmp_path, "a", live_server, attempts=1)
    b = enrolled_client(tmp_path, "b", live_server, attempts=1)
    c = enrolled_client(tmp_path, "c", live_server, attempts=1)
    try:
        with a.store.write() as s:
            p = Patient(given_name="Ada", family_name="L", phone="555-0000")
            s.add(p)
        a.sync_once()
        b.sync_once()
        c.sync_once()
        for client, phone in ((a, "555-0001"), (b, "555-0002")):
            with client.store.write() as s:
                s.get(Patient, p.id).city = f"city {phone}"
        admin.revoke_device(a.state()["device_id"], allow_final_upload=True)
        admin.revoke_device(b.state()["device_id"])
        with pytest.raises(DeviceRevoked, match="1 unsent change uploaded first"):
            a.sync_once()
        with pytest.raises(DeviceRevoked, match="1 unsent change not sent"):
            b.sync_once()
        c.sync_once()
        with c.store.session() as s:
            assert s.get(Patient, p.id).city == "city 555-0001"
        for client in (a, b):
            with client.store.session() as s:
                assert s.scalars(select(Patient)).first() is None
    finally:
        for client in (a, b, c):
            client.transport.close()  # type: ignore[attr-defined]
            client.store.close()
