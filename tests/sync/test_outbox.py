"""The outbox flush hook: every local change to a synced row queues exactly its changed fields
(and their values before) in the same transaction; server changes applied by the sync engine
queue nothing; immutability, purges and the audit chain still hold."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm.attributes import flag_modified

from app.models.entities import AuditEntry, Medication, Patient, VisitNote
from app.models.errors import ImmutableRecordError
from app.models.store import Store
from app.models.sync import SyncOutbox

BOOKKEEPING = {"id", "version", "created_at", "created_by", "created_device", "updated_at",
               "updated_by", "updated_device"}


def outbox(store: Store) -> list[SyncOutbox]:
    with store.session() as s:
        return list(s.scalars(select(SyncOutbox).order_by(SyncOutbox.seq)))


def make_patient(store: Store) -> tuple[str, str]:
    with store.write() as s:
        p = Patient(given_name="Ada", family_name="Lovel", birth_date=dt.date(1940, 2, 3))
        s.add(p)
        s.flush()
        m = Medication(patient_id=p.id, code_text="furosemide", sig="40 mg daily",
                       start_at=dt.datetime(2026, 11, 1, 9, 30, tzinfo=dt.timezone.utc))
        s.add(m)
    return p.id, m.id


def test_a_new_row_queues_all_its_fields_with_an_empty_base(store: Store) -> None:
    pid, mid = make_patient(store)
    entries = outbox(store)
    assert [(e.entity, e.record_id) for e in entries] == [("patients", pid), ("medications", mid)]
    p, m = entries
    assert p.patient_id == pid and m.patient_id == pid
    assert p.base == {} and m.base == {}
    assert not BOOKKEEPING & set(p.fields)
    assert p.fields["given_name"] == "Ada" and p.fields["birth_date"] == "1940-02-03"
    assert p.fields["deceased"] is False  # column defaults are in
    assert p.fields["deleted_at"] is None
    assert m.fields["start_at"] == "2026-11-01T09:30:00.000000Z"
    assert m.fields["source"] == "ehr" and m.fields["patient_id"] == pid
    assert p.op == "upsert" and p.user_id == store.actor.user_id
    assert len({p.mutation_id, m.mutation_id}) == 2


def test_a_change_queues_exactly_the_changed_fields_and_their_old_values(store: Store) -> None:
    _pid, mid = make_patient(store)
    with store.write() as s:
        s.execute(SyncOutbox.__table__.delete())
        m = s.get(Medication, mid)
        m.sig = "40 mg twice daily"
        m.end_at = dt.datetime(2026, 12, 1, tzinfo=dt.timezone.utc)
        m.route = m.route  # unchanged: not sent
    [e] = outbox(store)
    assert e.fields == {"sig": "40 mg twice daily", "end_at": "2026-12-01T00:00:00.000000Z"}
    assert e.base == {"sig": "40 mg daily", "end_at": None}
    # the same transaction: the version bump, the audit entry and the outbox entry together
    with store.session() as s:
        assert s.get(Medication, mid).version == 2
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == 3


def test_json_changed_in_place_takes_its_old_value_from_the_database(store: Store) -> None:
    pid, _ = make_patient(store)
    with store.write() as s:
        n = VisitNote(patient_id=pid, sections={"subjective": "ok"})
        s.add(n)
    with store.write() as s:
        s.execute(SyncOutbox.__table__.delete())
        note = s.get(VisitNote, n.id)
        note.sections["subjective"] = "short of breath"
        flag_modified(note, "sections")
    [e] = outbox(store)
    assert e.fields == {"sections": {"subjective": "short of breath"}}
    assert e.base == {"sections": {"subjective": "ok"}}


def test_a_tombstone_is_an_ordinary_field_change(store: Store) -> None:
    _pid, mid = make_patient(store)
    with store.write() as s:
        s.execute(SyncOutbox.__table__.delete())
        s.get(Medication, mid).mark_deleted(dt.datetime(2026, 11, 29, tzinfo=dt.timezone.utc))
    [e] = outbox(store)
    assert e.fields == {"deleted_at": "2026-11-29T00:00:00.000000Z"}
    assert e.base == {"deleted_at": None}


def test_a_rolled_back_change_leaves_no_outbox_entry(store: Store) -> None:
    _pid, mid = make_patient(store)
    before = len(outbox(store))
    with pytest.raises(RuntimeError):
        with store.write() as s:
            s.get(Medication, mid).sig = "changed"
            s.add(Patient(given_name="Bo", family_name="Gone"))
            s.flush()
            raise RuntimeError("the action failed")
    assert len(outbox(store)) == before
    with store.session() as s:
        assert s.get(Medication, mid).sig == "40 mg daily"


def test_server_changes_applied_by_the_engine_queue_nothing_and_keep_their_version(
        store: Store) -> None:
    _pid, mid = make_patient(store)
    before = len(outbox(store))
    with store.write() as s:
        s.info["sync_apply"] = True
        m = s.get(Medication, mid)
        m.sig = "from the server"
        m.version = 7
        s.add(Patient(id="p-from-server", given_name="Cy", family_name="Server", version=3))
    assert len(outbox(store)) == before
    with store.session() as s:
        assert s.get(Medication, mid).version == 7
        assert s.get(Patient, "p-from-server").version == 3
    report, problems = store.verify()
    assert report.ok and not problems


def test_signed_notes_stay_immutable_in_every_mode(store: Store) -> None:
    pid, _ = make_patient(store)
    with store.write() as s:
        n = VisitNote(patient_id=pid, sections={"a": "b"})
        s.add(n)
    with store.write() as s:
        s.get(VisitNote, n.id).status = "signed"
    before = len(outbox(store))
    for flag in ({}, {"sync_apply": True}, {"sync_no_outbox": True}):
        with pytest.raises(ImmutableRecordError):
            with store.write() as s:
                s.info.update(flag)
                s.get(VisitNote, n.id).sections = {"a": "changed"}
    assert len(outbox(store)) == before


def test_purges_queue_nothing_and_keep_the_audit_chain(store: Store) -> None:
    pid, mid = make_patient(store)
    before = len(outbox(store))
    with store.write(purge=True) as s:
        s.delete(s.get(Medication, mid))
    assert len(outbox(store)) == before
    report, problems = store.verify()
    assert report.ok and not problems


def _mark_sent(store: Store) -> None:
    from app.models.base import utcnow

    with store.write() as s:
        s.execute(SyncOutbox.__table__.update().values(sent_at=utcnow()))


def test_edits_before_a_sync_fold_into_one_entry_with_the_oldest_base(store: Store) -> None:
    _pid, mid = make_patient(store)
    _mark_sent(store)
    for sig in ("a", "b", "c"):
        with store.write() as s:
            s.get(Medication, mid).sig = sig
    with store.write() as s:
        s.get(Medication, mid).route = "oral"
    entries = [e for e in outbox(store) if e.sent_at is None]
    assert len(entries) == 1
    assert entries[0].fields == {"sig": "c", "route": "oral"}
    assert entries[0].base == {"sig": "40 mg daily", "route": None}


def test_an_edit_undone_before_a_sync_sends_nothing(store: Store) -> None:
    _pid, mid = make_patient(store)
    _mark_sent(store)
    with store.write() as s:
        s.get(Medication, mid).sig = "changed"
    with store.write() as s:
        s.get(Medication, mid).sig = "40 mg daily"
    assert [e for e in outbox(store) if e.sent_at is None] == []


def test_a_new_record_edited_before_a_sync_is_still_one_new_record(store: Store) -> None:
    _pid, mid = make_patient(store)
    with store.write() as s:
        s.get(Medication, mid).sig = "changed"
    entries = [e for e in outbox(store) if e.record_id == mid]
    assert len(entries) == 1
    assert entries[0].base == {} and entries[0].fields["sig"] == "changed"
    assert entries[0].fields["code_text"] == "furosemide"


def test_an_entry_handed_to_the_server_never_changes(store: Store) -> None:
    _pid, mid = make_patient(store)
    _mark_sent(store)
    sent = {e.mutation_id: (e.fields, e.base) for e in outbox(store)}
    with store.write() as s:
        s.get(Medication, mid).sig = "changed"
    entries = outbox(store)
    assert {e.mutation_id: (e.fields, e.base) for e in entries if e.sent_at} == sent
    [new] = [e for e in entries if e.sent_at is None]
    assert new.fields == {"sig": "changed"} and new.base == {"sig": "40 mg daily"}
