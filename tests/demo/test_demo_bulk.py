"""The bulk generator for benchmarks: many patients, fast, every sync column filled."""

from __future__ import annotations

import time
from collections import Counter
from typing import Any

from sqlalchemy import func, select, text

from app.demo.generator import build_demo_panel, bulk_generate_panel
from app.models.base import SyncMixin
from app.models.entities import (
    AuditEntry,
    Condition,
    Encounter,
    Medication,
    Observation,
    PanelMembership,
    Patient,
    Task,
    User,
)
from tests.demo.conftest import TODAY

PER_PATIENT = (Condition, Medication, Encounter, Task, Observation)
SYNC_COLUMNS = ("id", "version", "created_at", "created_by", "created_device", "updated_at",
                "updated_by", "updated_device")


def test_bulk_panel(make_store: Any) -> None:
    store = make_store()
    started = time.perf_counter()
    assert bulk_generate_panel(store, patients=300, today=TODAY) == 300
    elapsed = time.perf_counter() - started
    assert elapsed < 10, f"300 patients took {elapsed:.1f} s"
    with store.session() as s:
        nurse = s.scalar(select(User.id).where(User.username == "demo"))
        assert s.scalar(select(func.count()).select_from(Patient)) == 300
        members = s.scalars(select(PanelMembership)).all()
        assert len(members) == 300 and {m.user_id for m in members} == {nurse}
        patient_ids = set(s.scalars(select(Patient.id)))
        for model in PER_PATIENT:
            per = Counter(s.scalars(select(model.patient_id)))
            assert set(per) == patient_ids, model.__tablename__
        meds = Counter(s.scalars(select(Medication.patient_id)))
        assert min(meds.values()) >= 3 and max(meds.values()) <= 8
        assert s.scalar(select(func.count()).select_from(Encounter).where(
            Encounter.kind == "inpatient")) > 30
        spanish = s.scalar(select(func.count()).select_from(Patient).where(
            Patient.language == "es"))
        assert 40 <= spanish <= 110
        # Every sync column filled, version 1, no tombstones.
        for model in (User, Patient, PanelMembership, *PER_PATIENT):
            table = model.__table__
            for col in SYNC_COLUMNS:
                assert s.scalar(select(func.count()).select_from(table).where(
                    table.c[col].is_(None))) == 0, (table.name, col)
            assert set(s.scalars(select(table.c.version).distinct())) == {1}
            assert s.scalar(select(func.count()).select_from(table).where(
                table.c.deleted_at.is_not(None))) == 0
        # Missing JSON values are SQL NULL, not the JSON text 'null'.
        assert s.scalar(text("SELECT count(*) FROM observations WHERE components = 'null'")) == 0
        bp = s.scalars(select(Observation).where(Observation.code == "85354-9")).first()
        assert bp is not None and len(bp.components) == 2
        assert all(issubclass(m, SyncMixin) for m in PER_PATIENT)
    report, problems = store.verify()
    assert problems == [] and report.ok


def test_bulk_is_deterministic_and_reuses_the_demo_nurse(make_store: Any) -> None:
    a, b = make_store(), make_store()
    summary = build_demo_panel(a, patients=2, today=TODAY)
    bulk_generate_panel(a, patients=40, seed=5, today=TODAY)
    bulk_generate_panel(b, patients=40, seed=5, today=TODAY)
    with a.session() as s:
        assert s.scalar(select(func.count()).select_from(User)) == 1
        assert set(s.scalars(select(PanelMembership.user_id))) == {summary.nurse_user_id}
        mrns = list(s.scalars(select(Patient.mrn)))
        assert len(mrns) == len(set(mrns)) == 42
        names_a = list(s.scalars(select(Patient.given_name).where(Patient.mrn.like("BULK-%"))
                                 .order_by(Patient.mrn)))
        # The demo panel is audited; bulk rows are not (they bypass the flush hooks).
        assert s.scalar(select(func.count()).select_from(AuditEntry)
                        .where(AuditEntry.action == "insert")) == summary.total_rows
    with b.session() as s:
        names_b = list(s.scalars(select(Patient.given_name).order_by(Patient.mrn)))
    assert names_a == names_b
    assert bulk_generate_panel(b, patients=0) == 0
