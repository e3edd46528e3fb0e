"""A store for the chart tests: a small demo panel (the featured scenarios) plus the rows the
demo does not make (as-taken and reconciled medicine lists, an addendum, a resolved problem,
"no known allergies", tombstones), and a bare patient with nothing but a name."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.models.store import Store

PASSPHRASE = "chart test passphrase 7"
SYNTHEA = Path(__file__).resolve().parents[2].parent / "shared" / "fixtures" / "synthea-r4"


@dataclass
class ChartStore:
    store: Store
    summary: Any
    hf_patient: str  # featured heart-failure discharge: every section filled
    nka_patient: str  # "no known allergies" recorded
    bare_patient: str  # a name and nothing else
    deleted_patient: str
    ids: dict[str, str] = field(default_factory=dict)  # names of added rows -> ids


def make_chart_store(folder: Path) -> ChartStore:
    from app.demo.generator import build_demo_panel
    from app.models.entities import (
        Allergy,
        Condition,
        Medication,
        Observation,
        Patient,
        Referral,
        Task,
        VisitNote,
    )

    store = Store.create(folder, mode="passphrase", passphrase=PASSPHRASE)
    summary = build_demo_panel(store, patients=6)
    hf, nka = summary.patient_ids[0], summary.patient_ids[3]
    now = dt.datetime.now(dt.UTC)
    day = dt.timedelta(days=1)
    ids: dict[str, str] = {}
    with store.write() as s:
        def add(name: str, row: Any) -> None:
            s.add(row)
            s.flush()
            ids[name] = row.id

        # What she actually takes: the patient's report and the bottles on the table.
        add("med_patient", Medication(
            patient_id=hf, source="patient", status="active", taking=True,
            code_text="Furosemide 40 mg tablet", dose_quantity=40, dose_unit="mg", route="oral",
            frequency=1, period=1, period_unit="d", sig="One in the morning",
            authored_at=now - day))
        add("med_patient_not_taking", Medication(
            patient_id=hf, source="patient", status="stopped", taking=False,
            code_text="Spironolactone 25 mg tablet", sig="Stopped it herself (dizzy)",
            authored_at=now - day))
        add("med_bottle", Medication(
            patient_id=hf, source="bottle", status="active", code_text="Ibuprofen 200 mg",
            dose_quantity=400, dose_unit="mg", as_needed=True, as_needed_reason="knee pain",
            authored_at=now - day))
        add("med_reconciled", Medication(
            patient_id=hf, source="reconciled", status="active",
            code_text="Furosemide 80 mg daily", authored_at=now - day))
        add("med_deleted", Medication(
            patient_id=hf, source="patient", status="active", code_text="Deleted medicine",
            deleted_at=now))
        add("problem_resolved", Condition(
            patient_id=hf, clinical_status="resolved", code_text="Pneumonia",
            onset_at=now - 400 * day, abatement_at=now - 380 * day))
        add("problem_deleted", Condition(
            patient_id=hf, clinical_status="active", code_text="Deleted problem",
            deleted_at=now))
        add("allergy_high", Allergy(
            patient_id=hf, clinical_status="active", code_text="Penicillin",
            reaction="Anaphylaxis", severity="severe", criticality="high",
            category="medication", recorded_at=now - 900 * day))
        add("allergy_resolved", Allergy(
            patient_id=hf, clinical_status="resolved", code_text="Eggs",
            recorded_at=now - 2000 * day))
        add("obs_deleted", Observation(
            patient_id=hf, code="2345-7", code_text="Deleted glucose", value_quantity=1.0,
            effective_at=now - day, deleted_at=now))
        add("task_deleted", Task(patient_id=hf, title="Deleted task", deleted_at=now))
        add("referral_deleted", Referral(patient_id=hf, to_name="Deleted", reason="x",
                                         deleted_at=now))
        signed = s.query(VisitNote).filter_by(patient_id=hf, status="signed").first()
        assert signed is not None
        add("addendum", VisitNote(
            patient_id=hf, status="signed", template="home_visit", amends_note_id=signed.id,
            visit_at=signed.visit_at, signed_at=now - dt.timedelta(hours=3),
            sections={"Addendum": "Weight corrected: 67.9 kg."}))
        ids["signed_note"] = signed.id

        # "No known allergies", recorded as such.
        for a in s.query(Allergy).filter_by(patient_id=nka):
            a.mark_deleted(now)
        add("nka", Allergy(patient_id=nka, clinical_status="active", code="716186003",
                           code_system="http://snomed.info/sct", code_text="No known allergy"))

        bare = Patient(given_name="Bare", family_name="Minimum")
        gone = Patient(given_name="Gone", family_name="Away", deleted_at=now)
        s.add_all([bare, gone])
        s.flush()
        bare_id, gone_id = bare.id, gone.id
    return ChartStore(store, summary, hf, nka, bare_id, gone_id, ids)


def largest_synthea() -> Path | None:
    """Hallie Hoeger's bundle (the largest fixture), or None when the fixtures are absent."""
    found = sorted(SYNTHEA.glob("Hallie_Hoeger_*.json")) if SYNTHEA.is_dir() else []
    return found[0] if found else None
