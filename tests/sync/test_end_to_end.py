"""Two real encrypted client stores sync through the real clinic server (uvicorn on a free
loopback port, SQLite database) until they converge."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.models.entities import Medication, Patient, User, VisitNote
from app.models.store import Store
from app.models.sync import SyncOutbox
from app.sync.engine import SyncClient, open_conflicts, quarantined, resolve_conflict
from app.sync.transport import DeviceRevoked
from tests.sync.conftest import enrolled_client

pytest.importorskip("server.app")
pytest.importorskip("uvicorn")
UTC = dt.timezone.utc


def _device(tmp_path: Path, name: str, live: dict[str, Any]) -> SyncClient:
    return enrolled_client(tmp_path, name, live, attempts=2, backoff_base=0.05)


def _snapshot(store: Store) -> dict[str, Any]:
    """What a nurse sees: every synced patient-data row's fields."""
    from app.models.sync import record_data

    out = {}
    with store.session() as s:
        for model in (Patient, Medication):
            for obj in s.scalars(select(model)):
                out[(model.__tablename__, obj.id)] = record_data(obj)
    return out


def test_two_devices_converge_through_the_real_server(tmp_path: Path,
                                                      live_server: dict[str, Any]) -> None:
    a = _device(tmp_path, "a", live_server)
    b = _device(tmp_path, "b", live_server)
    try:
        with a.store.write() as s:
            p = Patient(given_name="Ada", family_name="Lovel", birth_date=dt.date(1940, 2, 3))
            s.add(p)
            s.flush()
            m = Medication(patient_id=p.id, code_text="furosemide", sig="40 mg daily",
                           start_at=dt.datetime(2026, 11, 1, 9, 30, tzinfo=UTC),
                           dosage=[{"text": "40 mg"}])
            s.add(m)
        r = a.sync_once()
        assert (r.pushed, r.rejected, r.conflicts) == (2, 0, 0)
        r = b.sync_once()
        assert r.pulled >= 2
        with b.store.session() as s:
            assert s.get(Medication, m.id).sig == "40 mg daily"
            assert s.scalar(select(func.count()).select_from(User)) >= 1  # clinic-wide users

        # different fields merge; the same field becomes a conflict the nurse resolves
        with a.store.write() as s:
            s.get(Medication, m.id).sig = "40 mg twice daily"
            s.get(Patient, p.id).phone = "555-0100"
        with b.store.write() as s:
            s.get(Medication, m.id).route = "oral"
            s.get(Patient, p.id).phone = "555-0199"
        a.sync_once()
        rb = b.sync_once()
        assert rb.conflicts == 1
        [c] = open_conflicts(b.store)
        assert (c.field, c.server_value, c.local_value) == ("phone", "555-0100", "555-0199")
        a.sync_once()
        assert len(open_conflicts(a.store)) == 1
        resolve_conflict(b.store, c.id, "555-0199")
        b.sync_once()
        a.sync_once()
        b.sync_once()

        # a tombstone syncs like any change
        with a.store.write() as s:
            s.get(Medication, m.id).mark_deleted()
        a.sync_once()
        b.sync_once()

        snap_a, snap_b = _snapshot(a.store), _snapshot(b.store)
        assert snap_a == snap_b
        assert snap_a[("patients", p.id)]["phone"] == "555-0199"
        med = snap_a[("medications", m.id)]
        assert (med["sig"], med["route"]) == ("40 mg twice daily", "oral")
        assert med["deleted_at"] is not None
        for client in (a, b):
            assert not open_conflicts(client.store)
            with client.store.session() as s:
                assert s.scalar(select(func.count()).select_from(SyncOutbox)) == 0
            report, problems = client.store.verify()
            assert report.ok and not problems

        # a note signed on one device cannot be changed from another: the change is
        # refused, kept in quarantine, and the signed note wins everywhere
        with a.store.write() as s:
            note = VisitNote(patient_id=p.id, sections={"assessment": "stable"})
            s.add(note)
        a.sync_once()
        b.sync_once()
        with a.store.write() as s:
            n = s.get(VisitNote, note.id)
            n.status, n.signed_at = "signed", dt.datetime.now(UTC)
        a.sync_once()
        with b.store.write() as s:
            s.get(VisitNote, note.id).sections = {"assessment": "edited on b"}
        rb = b.sync_once()
        assert rb.rejected == 1
        [q] = quarantined(b.store)
        assert q.record_id == note.id and "signed" in q.reason
        assert q.fields == {"sections": {"assessment": "edited on b"}}
        with b.store.session() as s:
            n = s.get(VisitNote, note.id)
            assert n.status == "signed" and n.sections == {"assessment": "stable"}

        # a purge from the server, then a revoked device
        live_server["admin"].unassign(p.id, live_server["nurse"]["id"])
        assert b.sync_once().purged == 1
        with b.store.session() as s:
            assert s.get(Patient, p.id) is None
        live_server["admin"].revoke_device(a.state()["device_id"])
        with pytest.raises(DeviceRevoked):
            a.sync_once()
        with a.store.session() as s:
            assert s.scalar(select(func.count()).select_from(Patient)) == 0
    finally:
        a.store.close()
        b.store.close()
