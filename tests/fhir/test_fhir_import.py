"""FHIR R4 import: the Synthea fixtures, re-import, malformed resources and files, all-or-
nothing bundles, reference resolution, timestamps."""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import select

from app.fhir import importer
from app.fhir.importer import BundleError, import_bundle, import_paths
from app.models.audit import verify_chain
from app.models.base import Actor
from app.models.store import Store
from app.models.entities import (
    Allergy,
    CarePlan,
    Condition,
    Encounter,
    Goal,
    Immunization,
    Medication,
    Observation,
    Patient,
    Procedure,
)
from tests.fhir.conftest import PASSPHRASE
from tests.fhir.helpers import (
    CLINICAL_MODELS,
    SECRET,
    audit_count,
    datetimes_of,
    ehr_bundle,
    expected_counts,
    resource,
    row_counts,
    small_bundle,
    write_json,
)

UTC = dt.timezone.utc
SYNTHEA_PATIENT = "ba18818d-faef-44cd-9744-b12d8973d402"  # Adalberto Hartmann


class RollbackStore:
    """A real encrypted store whose write transactions are always rolled back, so tests
    that only look at the import summary can share one store."""

    def __init__(self, store: Store) -> None:
        self._store = store

    @contextlib.contextmanager
    def write(self, actor: Actor | None = None) -> Iterator[Any]:
        s = self._store.session()
        s.info["actor"] = actor or self._store.actor
        try:
            s.begin()
            yield s
            s.flush()
        finally:
            s.rollback()
            s.close()


@pytest.fixture(scope="module")
def scratch_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RollbackStore]:
    store = Store.create(tmp_path_factory.mktemp("scratch") / "store", mode="passphrase",
                         passphrase=PASSPHRASE)
    yield RollbackStore(store)
    assert all(n == 0 for n in row_counts(store).values())
    store.close()


@pytest.fixture(scope="module")
def ehr_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """ehr_bundle() imported once (read-only for the tests that share it)."""
    store = Store.create(tmp_path_factory.mktemp("ehr") / "store", mode="passphrase",
                         passphrase=PASSPHRASE)
    with store.write() as s:
        counts, skipped = import_bundle(s, ehr_bundle(), file_label="ehr.json")
    assert skipped == [] and counts["created"] == 14
    yield store
    store.close()


def _one(store: Any, model: type[Any], fhir_id: str) -> Any:
    with store.session() as s:
        row = s.scalars(select(model).where(model.fhir_id == fhir_id)).one()
        if model is Patient:
            row.identifiers, row.contacts  # noqa: B018 - load before the session closes
        return row


# -- the Synthea fixtures -------------------------------------------------------------------

def test_full_import_matches_resource_counts(synthea_imported, synthea_bundles):
    summary = synthea_imported.summary
    kinds, ignored = expected_counts(list(synthea_bundles.values()))
    assert summary.files == len(synthea_bundles) == 32
    assert (summary.bundles_imported, summary.bundles_failed) == (32, 0)
    assert summary.skipped == []
    for kind, n in kinds.items():
        assert summary.counts[kind] == n, kind
    assert summary.created == sum(kinds.values()) > 9000
    assert (summary.updated, summary.unchanged) == (0, 0)
    assert summary.ignored == ignored
    assert "Claim" in summary.ignored and "ExplanationOfBenefit" in summary.ignored
    rows = row_counts(synthea_imported.store)
    for model in CLINICAL_MODELS:
        assert rows[model.__tablename__] == summary.counts[model.__tablename__]
    assert rows["patient_identifiers"] == 32 * 5
    with synthea_imported.store.session() as s:
        assert verify_chain(s).ok
    assert synthea_imported.seconds < 30  # measured ~3 s; generous for slow CI machines
    json.dumps(summary.to_json())  # JSON-able


def test_synthea_values_are_mapped(synthea_imported):
    store = synthea_imported.store
    p = _one(store, Patient, SYNTHEA_PATIENT)
    assert (p.given_name, p.family_name, p.name_prefix) == ("Adalberto", "Hartmann", "Mr.")
    assert p.birth_date == dt.date(1949, 11, 29) and p.sex == "male"
    assert p.mrn == "44ec4447-9e2c-4eb9-bd4f-0bdb416b806e"
    assert {i.type_code for i in p.identifiers} == {None, "MR", "SS", "DL", "PPN"}
    assert (p.language, p.language_display, p.marital_status) == ("en-US", "English", "M")
    assert (p.phone, p.city, p.state) == ("555-186-2275", "Worcester", "Massachusetts")
    assert any("us-core-race" in e["url"] for e in p.extra["extensions"])

    bp = _one(store, Observation, "bc799f8b-be73-45e4-9089-1e626f16167c")
    assert (bp.code_system, bp.code, bp.category) == ("http://loinc.org", "55284-4",
                                                      "vital-signs")
    assert {c["code"]: round(c["value"]) for c in bp.components} == {"8462-4": 101,
                                                                      "8480-6": 159}
    assert {c["unit"] for c in bp.components} == {"mm[Hg]"}
    assert bp.encounter_id is not None and bp.patient_id == p.id
    smoking = _one(store, Observation, "e752a4e2-3988-46aa-a4f4-8f1e4f08e07f")
    assert (smoking.value_text, smoking.value_code) == ("Former smoker", "8517006")

    statin = _one(store, Medication, "8121ba64-8255-4776-b0fa-7710e131691f")
    assert (statin.source, statin.status, statin.code) == ("ehr", "stopped", "316672")
    assert statin.code_text == "Simvistatin 10 MG"
    assert (statin.frequency, statin.period, statin.period_unit) == (1, 1.0, "d")
    assert statin.dose_quantity == 1.0 and statin.as_needed is False
    assert statin.dosage[0]["timing"]["repeat"]["periodUnit"] == "d"
    assert statin.prescriber and statin.prescriber.startswith("Dr. ")  # Practitioner name
    assert statin.reason  # reasonReference -> the Condition's text

    er = _one(store, Encounter, "f8f74c99-a277-4695-a0b2-be90d6a5d3eb")
    assert (er.class_code, er.kind, er.reason, er.reason_code) == (
        "EMER", "emergency", "Appendicitis", "74400008")
    assert er.facility and er.practitioner
    stay = _one(store, Encounter, "ad13696b-0676-4c1b-9a54-715c4e4e0c6e")
    assert stay.kind == "inpatient"
    assert stay.discharge_disposition.startswith("Discharged to home")

    plan = _one(store, CarePlan, "0435c985-6bad-4226-9db6-043ff14d6293")
    assert (plan.code, plan.status, plan.intent) == ("698360004", "active", "order")
    assert plan.description.startswith("Care Plan for Diabetes self management plan.")
    assert {a["code"] for a in plan.activities} == {"160670007", "229065009"}
    cond = _one(store, Condition, "dcb8d2df-e16e-41f6-a035-2bf1043645a8")
    assert plan.addresses == [cond.id]
    goal = _one(store, Goal, "d8b215c8-aeb2-47f6-bc01-0814d9adc2a3")
    assert goal.care_plan_id == plan.id
    assert goal.description == "Hemoglobin A1c total in Blood < 7.0"
    assert (goal.lifecycle_status, goal.achievement_status) == ("accepted", "in-progress")

    imm = _one(store, Immunization, "4049db15-332d-4efd-9850-b6760eb28033")
    assert (imm.code_system, imm.code) == ("http://hl7.org/fhir/sid/cvx", "140")
    proc = _one(store, Procedure, "a817cb6c-f17a-494b-b044-98ce9576038b")
    assert proc.performed_end - proc.performed_start == dt.timedelta(minutes=15)
    allergy = _one(store, Allergy, "99032f80-f76c-4459-bc6a-8ec0959f500f")
    assert (allergy.code, allergy.category, allergy.criticality) == ("419474003", "food", "low")


def test_all_imported_timestamps_are_aware_utc(synthea_imported):
    n = 0
    with synthea_imported.store.session() as s:
        for model in CLINICAL_MODELS:
            for row in s.scalars(select(model)):
                for key, value in datetimes_of(row):
                    assert value.tzinfo is not None and value.utcoffset() == dt.timedelta(0), key
                    n += 1
    assert n > 9000 * 3


def test_identical_reimport_updates_nothing(synthea_imported, synthea_dir):
    store = synthea_imported.store
    before_rows, before_audit = row_counts(store), audit_count(store)
    summary = import_paths(store, [synthea_dir])
    assert (summary.bundles_imported, summary.bundles_failed, summary.skipped) == (32, 0, [])
    assert summary.created == 0
    assert summary.updated == summary.unchanged == synthea_imported.summary.created
    assert summary.counts == synthea_imported.summary.counts
    assert row_counts(store) == before_rows
    assert audit_count(store) == before_audit  # nothing written at all
    with store.session() as s:
        for model in CLINICAL_MODELS:
            assert set(s.scalars(select(model.version).distinct())) == {1}, model


def test_changed_reimport_updates_only_what_changed(make_store, synthea_dir, tmp_path):
    store = make_store()
    path = synthea_dir / "Hassan_Jacobi_68165820-a555-4a84-aecb-980fa95b1251.json"
    first = import_paths(store, [path])
    assert first.bundles_imported == 1 and first.skipped == []
    bundle = json.loads(path.read_bytes())
    obs = next(e["resource"] for e in bundle["entry"]
               if e["resource"]["resourceType"] == "Observation"
               and "valueQuantity" in e["resource"])
    obs["valueQuantity"]["value"] = 123.5
    patient = next(e["resource"] for e in bundle["entry"]
                   if e["resource"]["resourceType"] == "Patient")
    patient["telecom"] = [{"system": "phone", "value": "555-000-1111"}]
    del patient["birthDate"]  # silence keeps what Hearth has
    new_obs = copy.deepcopy(obs)
    new_obs["id"] = "new-observation-1"
    bundle["entry"].append({"fullUrl": "urn:uuid:new-observation-1", "resource": new_obs})
    before = row_counts(store)

    second = import_paths(store, [write_json(tmp_path / "changed.json", bundle)],
                          actor=Actor("nurse-1", "laptop-1"))
    assert second.skipped == []
    assert second.created == 1
    assert second.updated == first.created
    assert second.unchanged == first.created - 2
    after = row_counts(store)
    assert after["observations"] == before["observations"] + 1
    assert {k: v for k, v in after.items() if k != "observations"} == \
        {k: v for k, v in before.items() if k != "observations"}
    changed = _one(store, Observation, obs["id"])
    assert (changed.value_quantity, changed.version, changed.updated_by) == (123.5, 2,
                                                                            "nurse-1")
    p = _one(store, Patient, patient["id"])
    assert (p.phone, p.version) == ("555-000-1111", 2)
    assert p.birth_date is not None
    with store.session() as s:
        versions = list(s.scalars(select(Observation.version)))
    assert sorted(versions).count(1) == len(versions) - 1


# -- malformed resources and files ---------------------------------------------------------------

def _bad_value(bundle: dict[str, Any], mutate: Any) -> None:
    mutate(resource(bundle, "Observation", "obs-k"))


MALFORMED = [
    ("effectiveDateTime", "is not a valid date",
     lambda r: r.__setitem__("effectiveDateTime", f"2024-13-45{SECRET}")),
    ("effectiveDateTime", "no time zone",
     lambda r: r.__setitem__("effectiveDateTime", "2024-03-03T10:00:00")),
    ("valueQuantity.value", "is not a number",
     lambda r: r["valueQuantity"].__setitem__("value", f"5.6{SECRET}")),
    ("subject", "is missing", lambda r: r.pop("subject")),
    ("subject", "neither the file nor Hearth",
     lambda r: r.__setitem__("subject", {"reference": f"Patient/{SECRET}"})),
    ("code", "is missing", lambda r: r.pop("code")),
    ("code.coding[0].code", "is not a string",
     lambda r: r["code"]["coding"][0].__setitem__("code", 2823)),
    ("referenceRange", "is not a list",
     lambda r: r.__setitem__("referenceRange", {"low": SECRET})),
]


@pytest.mark.parametrize("path,problem,mutate", MALFORMED, ids=[m[0] + ":" + m[1]
                                                                 for m in MALFORMED])
def test_malformed_resource_is_skipped_and_the_rest_imports(scratch_store, tmp_path, path,
                                                            problem, mutate):
    bundle = ehr_bundle()
    _bad_value(bundle, mutate)
    summary = import_paths(scratch_store, [write_json(tmp_path / "ehr.json", bundle)])
    assert (summary.bundles_imported, summary.bundles_failed) == (1, 0)
    assert len(summary.skipped) == 1
    skipped = summary.skipped[0]
    assert (skipped.file, skipped.resource_type, skipped.resource_id) == (
        "ehr.json", "Observation", "obs-k")
    assert skipped.reason.startswith(f"Observation obs-k: {path} ")
    assert problem in skipped.reason
    assert SECRET not in json.dumps(summary.to_json())
    assert summary.counts["observations"] == 2  # the other two
    assert summary.counts["patients"] == 1 and summary.counts["medications"] == 3


def test_bad_patient_fails_the_bundle_without_quoting_it(fhir_store, tmp_path):
    bad = ehr_bundle()
    resource(bad, "Patient", "pat-1")["birthDate"] = f"19{SECRET}"
    good = small_bundle("good-1")
    summary = import_paths(fhir_store, [write_json(tmp_path / "a.json", bad),
                                        write_json(tmp_path / "b.json", good)])
    assert (summary.bundles_imported, summary.bundles_failed) == (1, 1)
    [failure] = summary.skipped
    assert failure.file == "a.json" and failure.resource_type is None
    assert "Patient pat-1: birthDate is not a valid date" in failure.reason
    assert "nothing from this file was imported" in failure.reason
    assert SECRET not in json.dumps(summary.to_json())
    counts = row_counts(fhir_store)
    assert counts["patients"] == 1 and counts["observations"] == 3
    assert counts["encounters"] == counts["medications"] == 0


def test_bad_files_are_reported_and_the_others_import(fhir_store, tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "1-garbage.json").write_text(f"{{not json {SECRET}", encoding="utf-8")
    (folder / "2-binary.json").write_bytes(b"\xff\xfe\x00garbage")
    write_json(folder / "3-not-fhir.json", {"name": SECRET})
    write_json(folder / "4-history.json", {"resourceType": "Bundle", "type": "history",
                                           "entry": []})
    write_json(folder / "5-no-patient.json", {
        "resourceType": "Bundle", "type": "collection",
        "entry": [{"resource": {"resourceType": "Organization", "id": "o1", "name": "X"}}]})
    write_json(folder / "6-good.json", small_bundle("p-good"))
    write_json(folder / "sub" / "7-lone-patient.json",
               {"resourceType": "Patient", "id": "p-lone", "name": [{"family": "Lone"}]})
    (folder / "notes.txt").write_text("not imported", encoding="utf-8")
    progress: list[tuple[int, int]] = []
    summary = import_paths(fhir_store, [folder, tmp_path / "missing.json"],
                           progress=lambda done, total: progress.append((done, total)))
    assert summary.files == 8
    assert (summary.bundles_imported, summary.bundles_failed) == (2, 6)
    reasons = {s.file: s.reason for s in summary.skipped}
    assert all(s.resource_type is None and s.resource_id is None for s in summary.skipped)
    assert "not valid JSON" in reasons["1-garbage.json"]
    assert "not valid JSON" in reasons["2-binary.json"]
    assert "not a FHIR Bundle or resource" in reasons["3-not-fhir.json"]
    assert "Bundle type" in reasons["4-history.json"]
    assert "no Patient" in reasons["5-no-patient.json"]
    assert "not found" in reasons["missing.json"]
    assert SECRET not in json.dumps(summary.to_json())
    assert summary.counts["patients"] == 2 and summary.counts["observations"] == 3
    assert progress[0] == (0, 8) and progress[-1] == (8, 8) and len(progress) == 9


def test_a_bundle_failing_midway_leaves_nothing(fhir_store, tmp_path, monkeypatch):
    real = importer.MAPPERS["Observation"]
    calls = {"n": 0}

    def flaky(res, ctx):
        calls["n"] += 1
        if calls["n"] == 5:
            raise RuntimeError(f"boom {SECRET}")
        return real(res, ctx)

    monkeypatch.setitem(importer.MAPPERS, "Observation", flaky)
    summary = import_paths(fhir_store, [write_json(tmp_path / "a-fails.json", ehr_bundle()),
                                        write_json(tmp_path / "b-ok.json",
                                                   small_bundle("p-ok", 5))])
    # ehr_bundle has 3 observations: the 5th call is in the second bundle.
    assert (summary.bundles_imported, summary.bundles_failed) == (1, 1)
    [failure] = summary.skipped
    assert failure.file == "b-ok.json"
    assert "unexpected error (RuntimeError)" in failure.reason
    assert SECRET not in json.dumps(summary.to_json())
    counts = row_counts(fhir_store)
    assert counts["patients"] == 1 and counts["observations"] == 3  # only the first bundle
    with fhir_store.session() as s:
        assert s.scalars(select(Patient.fhir_id)).all() == ["pat-1"]
        assert verify_chain(s).ok


def test_a_database_error_rolls_back_the_bundle(fhir_store, tmp_path, monkeypatch):
    real = importer.MAPPERS["Encounter"]

    def dangling(res, ctx):
        values = real(res, ctx)
        values["patient_id"] = "no-such-patient-row"  # the foreign key fails on flush
        return values

    monkeypatch.setitem(importer.MAPPERS, "Encounter", dangling)
    before = audit_count(fhir_store)
    summary = import_paths(fhir_store, [write_json(tmp_path / "ehr.json", ehr_bundle())])
    assert (summary.bundles_imported, summary.bundles_failed) == (0, 1)
    assert "database error (IntegrityError)" in summary.skipped[0].reason
    assert all(n == 0 for n in row_counts(fhir_store).values())
    assert audit_count(fhir_store) == before


def test_import_bundle_raises_for_a_bundle_that_cannot_be_imported(scratch_store):
    with pytest.raises(BundleError), scratch_store.write() as s:
        import_bundle(s, {"resourceType": "Bundle", "type": "collection", "entry": {}},
                      file_label="x.json")


# -- references and mapping ------------------------------------------------------------------

def test_relative_references_medication_reference_and_contained(ehr_store):
    fhir_store = ehr_store
    p = _one(fhir_store, Patient, "pat-1")
    enc = _one(fhir_store, Encounter, "enc-1")
    assert enc.patient_id == p.id
    assert (enc.kind, enc.class_code, enc.facility, enc.practitioner) == (
        "inpatient", "ACUTE", "General Hospital", "Dr. Jane Who")
    assert enc.start_at == dt.datetime(2024, 3, 1, 13, 30, tzinfo=UTC)
    assert enc.discharge_disposition == "Home with home health"

    by_ref = _one(fhir_store, Medication, "mr-1")
    assert (by_ref.code, by_ref.code_display) == ("197361", "Amlodipine 5 MG Oral Tablet")
    assert (by_ref.patient_id, by_ref.encounter_id) == (p.id, enc.id)
    assert (by_ref.prescriber, by_ref.reason) == ("Dr. Jane Who", "CHF")
    assert (by_ref.sig, by_ref.route, by_ref.dose_quantity, by_ref.dose_unit) == (
        "Take 1 tablet by mouth daily", "oral", 1.0, "tablet")
    assert by_ref.authored_at == dt.datetime(2024, 3, 5, 9, 0, tzinfo=UTC)
    contained = _one(fhir_store, Medication, "mr-2")
    assert (contained.code, contained.prescriber, contained.reason) == (
        "310965", "Dr. Other", "knee pain")
    assert (contained.as_needed, contained.as_needed_reason) == (True, "pain")
    assert (contained.frequency, contained.period, contained.period_unit) == (1, 6.0, "h")
    stmt = _one(fhir_store, Medication, "ms-1")
    assert (stmt.source, stmt.status, stmt.taking, stmt.sig) == (
        "patient", "active", True, "500 mg twice a day")
    assert stmt.start_at == dt.datetime(2023, 1, 1, tzinfo=UTC)

    cond = _one(fhir_store, Condition, "cond-1")
    # SNOMED CT is preferred as the primary coding; the ICD-10-CM one is kept beside it.
    assert (cond.code_system, cond.code, cond.code_display, cond.code_text) == (
        "http://snomed.info/sct", "84114007", "Heart failure", "CHF")
    assert cond.codings == [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "I50.9",
                             "display": "Heart failure, unspecified"}]
    assert (cond.category, cond.clinical_status, cond.encounter_id) == (
        "problem-list-item", "active", enc.id)
    plan = _one(fhir_store, CarePlan, "cp-1")
    assert (plan.code, plan.title, plan.addresses) == ("735984001",
                                                       "Heart failure home plan", [cond.id])
    assert plan.codings[0]["code"] == "assess-plan"
    goal = _one(fhir_store, Goal, "goal-1")
    assert goal.care_plan_id == plan.id
    assert (goal.target_code, goal.target_low, goal.target_high, goal.target_unit) == (
        "29463-7", None, 80.0, "kg")
    assert goal.due_date == dt.date(2024, 6, 30)
    proc = _one(fhir_store, Procedure, "proc-1")
    assert (proc.reason, proc.encounter_id, proc.performed_end) == ("Heart failure", enc.id,
                                                                    None)


def test_references_to_patients_already_in_the_store(fhir_store):
    with fhir_store.write() as s:
        import_bundle(s, ehr_bundle(), file_label="ehr.json")
    later = {"resourceType": "Bundle", "type": "collection", "entry": [
        {"resource": {"resourceType": "Observation", "id": "later-1", "status": "final",
                      "code": {"text": "Weight"}, "subject": {"reference": "Patient/pat-1"},
                      "encounter": {"reference": "Encounter/enc-1"},
                      "valueQuantity": {"value": 71.5, "unit": "kg"}}},
        {"resource": {"resourceType": "Observation", "id": "later-2", "status": "final",
                      "code": {"text": "Weight"},
                      "subject": {"reference": "Patient/somebody-else"}}},
    ]}
    with fhir_store.write() as s:
        counts, skipped = import_bundle(s, later, file_label="later.json")
    assert counts["observations"] == 1
    assert [(k.resource_id, k.reason) for k in skipped] == [
        ("later-2", "Observation later-2: subject refers to a patient that is in neither "
                    "the file nor Hearth")]
    obs = _one(fhir_store, Observation, "later-1")
    assert obs.patient_id == _one(fhir_store, Patient, "pat-1").id
    assert obs.encounter_id == _one(fhir_store, Encounter, "enc-1").id
    lonely = {"resourceType": "Bundle", "type": "collection", "entry": later["entry"][1:]}
    with pytest.raises(BundleError, match="no Patient"), fhir_store.write() as s:
        import_bundle(s, lonely, file_label="lonely.json")


def test_unresolvable_medication_reference_is_skipped(scratch_store):
    bundle = ehr_bundle()
    resource(bundle, "MedicationRequest", "mr-1")["medicationReference"] = {
        "reference": "Medication/elsewhere"}
    resource(bundle, "MedicationRequest", "mr-2")["medicationReference"] = {
        "reference": "#missing", "display": "Ibuprofen (as written)"}
    with scratch_store.write() as s:
        counts, skipped = import_bundle(s, bundle, file_label="ehr.json")
        assert [k.reason for k in skipped] == [
            "MedicationRequest mr-1: medicationReference cannot be resolved to a Medication "
            "in the file"]
        mr2 = s.scalars(select(Medication).where(Medication.fhir_id == "mr-2")).one()
        assert mr2.code_text == "Ibuprofen (as written)"


def test_patient_demographics(ehr_store):
    p = _one(ehr_store, Patient, "pat-1")
    assert (p.given_name, p.family_name, p.name_prefix, p.name_suffix) == (
        "Ann Marie", "Smith", "Mrs.", "PhD")
    assert p.birth_date == dt.date(1941, 7, 1)  # partial date: first of the month
    assert (p.sex, p.deceased, p.deceased_at) == ("female", False, None)
    assert (p.phone, p.email) == ("555-0100", "ann@example.org")
    assert (p.address_line, p.city, p.postal_code) == ("12 Elm St, Apt 3", "Springfield",
                                                       "01101")
    assert (p.language, p.language_display, p.interpreter_needed) == ("es", "Spanish", True)
    assert p.extra["language_preferred"] is True
    assert (p.marital_status, p.mrn, p.pcp_name) == ("W", "MRN-pat-1", "Dr. Jane Who")
    assert sorted((i.type_code or "", i.value) for i in p.identifiers) == [
        ("", "OTHER-pat-1"), ("MR", "MRN-pat-1")]
    [c] = p.contacts
    assert (c.name, c.relationship_, c.phone, c.is_emergency) == (
        "Beth Smith", "daughter", "555-0199", True)


def test_timestamps_are_converted_to_utc(ehr_store):
    fhir_store = ehr_store
    bp = _one(fhir_store, Observation, "obs-bp")
    assert bp.effective_at == dt.datetime(2024, 3, 2, 12, 15, 30, 123000, tzinfo=UTC)
    assert _one(fhir_store, Observation, "obs-k").effective_at == dt.datetime(
        2024, 3, 3, tzinfo=UTC)
    assert _one(fhir_store, Observation, "obs-smoke").effective_at == dt.datetime(
        2024, 3, 1, tzinfo=UTC)
    cond = _one(fhir_store, Condition, "cond-1")
    assert cond.onset_at == dt.datetime(2019, 1, 1, tzinfo=UTC)
    assert _one(fhir_store, Immunization, "imm-1").occurred_at == dt.datetime(
        2023, 10, 1, 14, 0, tzinfo=UTC)
    for model in CLINICAL_MODELS:
        with fhir_store.session() as s:
            for row in s.scalars(select(model)):
                for key, value in datetimes_of(row):
                    assert value.utcoffset() == dt.timedelta(0), (model, key)


def test_duplicates_and_missing_ids_are_skipped(scratch_store):
    bundle = small_bundle("p-dup", 2)
    bundle["entry"].append(copy.deepcopy(bundle["entry"][1]))
    no_id = copy.deepcopy(bundle["entry"][2]["resource"])
    del no_id["id"]
    bundle["entry"].append({"resource": no_id})
    with scratch_store.write() as s:
        counts, skipped = import_bundle(s, bundle, file_label="dup.json")
    assert counts["observations"] == 2
    reasons = sorted(k.reason for k in skipped)
    assert reasons[0].startswith("Observation (entry 4): has no id")
    assert reasons[1] == ("Observation p-dup-obs-0: appears more than once in the file; "
                          "the first was imported")


def test_a_resource_of_another_patient_is_not_taken_over(fhir_store):
    with fhir_store.write() as s:
        import_bundle(s, small_bundle("p-a", 1), file_label="a.json")
    other = small_bundle("p-b", 0)
    stolen = copy.deepcopy(small_bundle("p-a", 1)["entry"][1])
    stolen["resource"]["subject"] = {"reference": "urn:uuid:p-b"}
    other["entry"].append(stolen)
    with fhir_store.write() as s:
        counts, skipped = import_bundle(s, other, file_label="b.json")
    assert counts["observations"] == 0
    assert "already in Hearth for another patient" in skipped[0].reason
    with fhir_store.session() as s:
        owner = s.scalar(select(Patient.fhir_id).join(
            Observation, Observation.patient_id == Patient.id))
    assert owner == "p-a"


def test_summary_json_shape(scratch_store, tmp_path):
    summary = import_paths(scratch_store, [write_json(tmp_path / "ehr.json", ehr_bundle())])
    out = json.loads(json.dumps(summary.to_json()))
    assert set(out) >= {"files", "bundles_imported", "bundles_failed", "counts", "created",
                        "updated", "skipped"}
    assert set(out["counts"]) >= {"patients", "medications", "conditions", "allergies",
                                  "encounters", "observations", "immunizations",
                                  "procedures", "care_plans", "goals", "ignored"}
    assert out["counts"]["ignored"] == {"Medication": 1, "Organization": 1,
                                        "Practitioner": 1}
    assert out["created"] == 14
