"""The pull's bulk path: records new to a device are inserted together (Core executemany of
rows, shadows and audit entries) instead of one by one through the ORM. It must leave exactly
the store the per-record path leaves, keep the careful path for everything else (local
edits, conflicts, purges) in its place in the page, and never let one bad record block the
others."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.models.audit import verify_chain
from app.models.entities import SYNCED_MODELS, AuditEntry, Medication, Patient, Task
from app.models.store import Store
from app.models.sync import SyncConflict, SyncShadow
from app.sync.engine import SyncClient, SyncReport, open_conflicts
from app.sync.transport import MemoryTokens
from tests.conftest import TEST_PASSPHRASE
from tests.sync.conftest import Device
from tests.sync.fake_server import FakeServer, FakeTransport

UTC = dt.timezone.utc


def another_device(tmp_path: Path, server: FakeServer, name: str) -> Device:
    store = Store.create(tmp_path / name, mode="passphrase", passphrase=TEST_PASSPHRASE)
    transport = FakeTransport(server)
    client = SyncClient(store, transport, tokens=MemoryTokens(), page_size=50)
    client.enroll("https://fake", server.make_code("nurse-1"), f"Laptop {name}")
    return Device(store, transport, client)


def per_record_only(d: Device) -> None:
    """This device's pulls take the per-record path for every record."""
    d.client._new_records = lambda _s, _changes: set()  # type: ignore[method-assign]


def count_bulk(d: Device) -> list[int]:
    """The sizes of the runs this device inserts with the bulk path (spied on)."""
    sizes: list[int] = []
    inner = d.client._bulk_insert

    def spy(s: Any, run: list[dict[str, Any]]) -> None:
        sizes.append(len(run))
        inner(s, run)

    d.client._bulk_insert = spy  # type: ignore[method-assign]
    return sizes


def make_panel(d: Device, patients: int = 6) -> list[str]:
    """Patients with medications and tasks: dates, datetimes, JSON, booleans, defaults."""
    pids = []
    with d.store.write() as s:
        for i in range(patients):
            p = Patient(given_name=f"Given{i}", family_name=f"Family{i}",
                        birth_date=dt.date(1940 + i, 2, 3), interpreter_needed=bool(i % 2))
            s.add(p)
            s.flush()
            pids.append(p.id)
            for k in range(3):
                s.add(Medication(patient_id=p.id, code_text=f"drug {k}", sig="1 tab daily",
                                 start_at=dt.datetime(2026, 11, 1, 9, k, tzinfo=UTC),
                                 dose_quantity=0.5 * k or None, as_needed=k == 2,
                                 dosage=[{"text": f"dose {k}"}] if k else None))
            s.add(Task(patient_id=p.id, title=f"call {i}", priority="urgent" if i % 3 else
                       "routine", due_at=dt.datetime(2026, 12, 1, 8, tzinfo=UTC)))
    return pids


def table_rows(d: Device) -> dict[str, dict[str, tuple[Any, ...]]]:
    """Every synced row (all its columns) and every shadow, by table and record id."""
    with d.store.session() as s:
        out = {m.__tablename__: {r._mapping["id"]: tuple(r)
                                 for r in s.execute(select(m.__table__))}
               for m in SYNCED_MODELS}
        out["sync_shadow"] = {
            f"{sh.entity}/{sh.record_id}": (sh.patient_id, sh.data, sh.version, sh.seq)
            for sh in s.scalars(select(SyncShadow))}
    return out


def stored_rows(d: Device, table: str, key: str = "id") -> dict[str, tuple[Any, ...]]:
    """A table's rows as the database stores them (the driver's values, no type
    processing: datetime and JSON text byte for byte), by ``key``."""
    with d.store.session() as s:
        result = s.connection().exec_driver_sql(f"SELECT * FROM {table}")
        names = list(result.keys())
        return {str(r[names.index(key)]) + ("/" + r[names.index("record_id")]
                                             if table == "sync_shadow" else ""): tuple(r)
                for r in result}


def audit_of(d: Device, ids: set[str]) -> list[tuple[Any, ...]]:
    with d.store.session() as s:
        report = verify_chain(s)
        assert report.ok, report
        return [(e.action, e.entity, e.entity_id, e.entity_version, e.user_id, e.device_id)
                for e in s.scalars(select(AuditEntry).order_by(AuditEntry.seq))
                if e.entity_id in ids]


def test_bulk_and_per_record_pulls_leave_the_same_store(
        tmp_path: Path, devices: tuple[Device, Device], server: FakeServer) -> None:
    a, b = devices
    c = another_device(tmp_path, server, "c")
    per_record_only(c)
    bulk_runs = count_bulk(b)
    make_panel(a)
    a.client.sync_once()
    # values the ORM leaves out of an INSERT so that the column's default applies
    some_med = next(k for k in server.records if k[0] == "medications")
    server.records[some_med]["data"]["source"] = None  # default "ehr"
    server.records[some_med]["data"]["as_needed"] = None  # default False
    server.records[some_med]["data"]["dosage"] = None  # JSON, SQL NULL
    one_by_one: list[str] = []
    inner = b.client._apply_one
    b.client._apply_one = lambda s, ch, report: (  # type: ignore[method-assign]
        one_by_one.append(ch["entity"]), inner(s, ch, report))
    rb, rc = b.client.sync_once(), c.client.sync_once()
    assert sum(bulk_runs) > 20 and not one_by_one  # the bulk path did all the work on b
    assert rb.pulled == rc.pulled and rb.skipped == rc.skipped == 0
    rb, rc = b.client.sync_once(), c.client.sync_once()
    with b.store.session() as s:
        m = s.get(Medication, some_med[1])
        assert (m.source, m.as_needed, m.dosage) == ("ehr", False, None)
    rows_b, rows_c = table_rows(b), table_rows(c)
    # every row and shadow of a record both pulled is the same on both devices
    pulled = {rid for (_e, rid) in server.records}
    keys = pulled | {f"{e}/{rid}" for (e, rid) in server.records}
    for table in rows_b:
        got_b = {k: v for k, v in rows_b[table].items() if k in keys}
        got_c = {k: v for k, v in rows_c[table].items() if k in keys}
        assert got_b == got_c, table
    assert len(rows_b["medications"]) == 18 and len(rows_b["sync_shadow"]) >= 30
    # and byte for byte as stored (datetimes, JSON text, booleans, defaults)
    for table, key in [(m.__tablename__, "id") for m in SYNCED_MODELS] + [
            ("sync_shadow", "entity")]:
        got_b, got_c = stored_rows(b, table, key), stored_rows(c, table, key)
        mine = {k: v for k, v in got_b.items() if k in keys}
        assert mine == {k: v for k, v in got_c.items() if k in keys}, table
        assert mine or table not in ("medications", "tasks", "sync_shadow")
    # one audit entry per inserted row, chained, in page order, by each device's own actor
    entries_b, entries_c = audit_of(b, pulled), audit_of(c, pulled)
    strip = [e[:4] for e in entries_b]
    assert strip == [e[:4] for e in entries_c]
    assert strip and all(e[0] == "insert" for e in strip)
    actor_b = b.store.actor
    assert {(e[4], e[5]) for e in entries_b} == {(actor_b.user_id, actor_b.device_id)}
    report, problems = b.store.verify()
    assert report.ok and not problems


@pytest.mark.parametrize("bulk", [True, False])
def test_a_page_mixing_new_records_and_local_edits_merges_and_conflicts(
        devices: tuple[Device, Device], bulk: bool) -> None:
    a, b = devices
    if not bulk:
        per_record_only(b)
    bulk_runs = count_bulk(b)
    [pid] = make_panel(a, patients=1)
    a.client.sync_once()
    b.client.sync_once()
    with a.store.session() as s:
        mid = s.scalars(select(Medication.id).where(Medication.patient_id == pid)
                        .order_by(Medication.id)).first()
    # a: an edit of two fields of a known medication, and new patients (new records)
    with a.store.write() as s:
        m = s.get(Medication, mid)
        m.sig, m.route = "from a", "oral"
    new_pids = make_panel(a, patients=3)
    a.client.sync_once()
    # b: an unsent edit of one of those fields, then a pull before its push
    with b.store.write() as s:
        s.get(Medication, mid).sig = "from b"
    bulk_runs.clear()
    report = SyncReport()
    b.client._pull_all(report)
    assert (sum(bulk_runs) > 0) is bulk
    with b.store.session() as s:
        m = s.get(Medication, mid)
        assert (m.sig, m.route) == ("from b", "oral")  # local kept, other field merged
        for p in new_pids:
            assert s.get(Patient, p) is not None
            assert len(s.scalars(select(Medication).where(Medication.patient_id == p)).all()) == 3
            assert s.get(SyncShadow, ("patients", p)) is not None
    [conflict] = open_conflicts(b.store)
    assert (conflict.origin, conflict.field, conflict.local_value, conflict.server_value) == \
        ("local", "sig", "from b", "from a")
    assert report.conflicts == 1 and report.skipped == 0
    # then the push meets the server's value, as ever
    b.client.sync_once()
    [conflict] = open_conflicts(b.store)
    assert conflict.origin == "server"
    with b.store.session() as s:
        assert verify_chain(s).ok


def test_a_new_record_with_server_conflicts_takes_the_careful_path(
        tmp_path: Path, devices: tuple[Device, Device], server: FakeServer) -> None:
    a, b = devices
    [pid] = make_panel(a, patients=1)
    a.client.sync_once()
    b.client.sync_once()
    with a.store.session() as s:
        mid = s.scalars(select(Medication.id).where(Medication.patient_id == pid)
                        .order_by(Medication.id)).first()
    with a.store.write() as s:
        s.get(Medication, mid).sig = "from a"
    with b.store.write() as s:
        s.get(Medication, mid).sig = "from b"
    a.client.sync_once()
    b.client.sync_once()  # the server keeps "from a" and an open conflict
    c = another_device(tmp_path, server, "c")
    bulk_runs = count_bulk(c)
    report = c.client.sync_once()
    assert sum(bulk_runs) > 0 and report.skipped == 0
    [conflict] = open_conflicts(c.store)
    assert (conflict.origin, conflict.record_id, conflict.field) == ("server", mid, "sig")
    with c.store.session() as s:
        assert s.get(Medication, mid).sig == "from a"
        assert s.scalar(select(SyncShadow.record_id).where(SyncShadow.record_id == mid))
        assert verify_chain(s).ok


@pytest.mark.parametrize("damage", ["constraint", "value"])
def test_a_bad_record_in_a_bulk_page_is_skipped_without_blocking_the_others(
        devices: tuple[Device, Device], server: FakeServer, damage: str) -> None:
    a, b = devices
    b.client.page_size = 500  # everything in one page
    bulk_runs = count_bulk(b)
    make_panel(a, patients=4)
    a.client.sync_once()
    if damage == "constraint":  # a NOT NULL column without a default: the INSERT fails
        bad = next(k for k in server.records if k[0] == "tasks")
        server.records[bad]["data"]["title"] = None
    else:  # a time that is not one
        bad = next(k for k in server.records if k[0] == "medications")
        server.records[bad]["data"]["start_at"] = "not a time"
    report = b.client.sync_once()
    assert bulk_runs  # tried together first
    assert report.skipped == 1
    with b.store.session() as s:
        model = Task if bad[0] == "tasks" else Medication
        assert s.get(model, bad[1]) is None
        assert s.get(SyncShadow, bad) is None
        assert len(s.scalars(select(Patient)).all()) == 4
        assert len(s.scalars(select(Medication)).all()) == 12 - (bad[0] == "medications")
        assert len(s.scalars(select(Task)).all()) == 4 - (bad[0] == "tasks")
        assert verify_chain(s).ok
        assert not s.scalars(select(SyncConflict)).all()
    # the cursor went past it: the next sync has nothing to pull
    assert b.client.sync_once().pulled == 0
    assert int(b.client.state()["cursor"]) == server.seq
