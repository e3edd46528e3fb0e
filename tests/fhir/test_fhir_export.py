"""FHIR R4 export and the import -> export -> import round trip."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from sqlalchemy import select

from app.fhir.exporter import export_patient_bundle
from app.fhir.importer import import_bundle
from app.models.entities import Medication, Observation, Patient
from app.models.errors import InputError
from tests.fhir.helpers import ehr_bundle, normalized, row_counts

UTC = dt.timezone.utc
REFERENCE_KEYS = ("subject", "patient", "encounter", "context", "addresses", "goal")


def _export_all(store: Any) -> list[dict[str, Any]]:
    with store.session() as s:
        ids = s.scalars(select(Patient.id).order_by(Patient.fhir_id)).all()
        # Through JSON text, as a file would carry it.
        return [json.loads(json.dumps(export_patient_bundle(s, pid))) for pid in ids]


def _check_bundle_shape(bundle: dict[str, Any]) -> None:
    assert (bundle["resourceType"], bundle["type"]) == ("Bundle", "collection")
    entries = bundle["entry"]
    assert entries[0]["resource"]["resourceType"] == "Patient"
    urls = {e["fullUrl"] for e in entries}
    assert len(urls) == len(entries)
    for e in entries:
        res = e["resource"]
        assert e["fullUrl"] == f"urn:uuid:{res['id']}"
        for key in REFERENCE_KEYS:
            refs = res.get(key)
            for ref in refs if isinstance(refs, list) else [refs] if refs else []:
                assert ref["reference"] in urls, (res["resourceType"], key)
        if res["resourceType"] == "MedicationRequest":
            assert "medicationCodeableConcept" in res


def test_round_trip_of_every_synthea_fixture(synthea_imported, make_store):
    bundles = _export_all(synthea_imported.store)
    assert len(bundles) == 32
    for bundle in bundles:
        _check_bundle_shape(bundle)
    second = make_store()
    for i, bundle in enumerate(bundles):
        with second.write() as s:
            _counts, skipped = import_bundle(s, bundle, file_label=f"export-{i}.json")
        assert skipped == []
    assert row_counts(second) == row_counts(synthea_imported.store)
    original, copy = normalized(synthea_imported.store), normalized(second)
    for table, rows in original.items():
        assert copy[table].keys() == rows.keys(), table
        for fhir_id, values in rows.items():
            assert copy[table][fhir_id] == values, (table, fhir_id)


def test_medications_export_as_requests_with_dosage(synthea_imported):
    with synthea_imported.store.session() as s:
        med = s.scalars(select(Medication).where(Medication.dosage.is_not(None))).first()
        bundle = export_patient_bundle(s, med.patient_id)
    [res] = [e["resource"] for e in bundle["entry"] if e["resource"]["id"] == med.fhir_id]
    assert res["resourceType"] == "MedicationRequest"
    assert res["medicationCodeableConcept"]["coding"][0]["code"] == med.code
    assert res["dosageInstruction"] == med.dosage
    assert res["status"] == med.status and res["intent"] == med.intent


def test_round_trip_of_a_rich_ehr_bundle(make_store):
    first, second = make_store(), make_store()
    with first.write() as s:
        import_bundle(s, ehr_bundle(), file_label="ehr.json")
    [bundle] = _export_all(first)
    _check_bundle_shape(bundle)
    types = [e["resource"]["resourceType"] for e in bundle["entry"]]
    assert types.count("MedicationRequest") == 2 and types.count("MedicationStatement") == 1
    with second.write() as s:
        _counts, skipped = import_bundle(s, bundle, file_label="export.json")
    assert skipped == []
    assert normalized(second) == normalized(first)


def test_export_leaves_out_deleted_rows_and_keeps_local_rows(make_store):
    first, second = make_store(), make_store()
    with first.write() as s:
        import_bundle(s, ehr_bundle(), file_label="ehr.json")
    with first.write() as s:
        patient = s.scalars(select(Patient)).one()
        s.scalars(select(Observation).where(Observation.fhir_id == "obs-k")).one() \
            .mark_deleted()
        bottle = Medication(patient_id=patient.id, source="bottle", code_text="Aspirin 81 mg",
                            sig="1 daily", taking=True, status="active",
                            start_at=dt.datetime(2024, 1, 2, tzinfo=UTC))
        s.add(bottle)
        s.flush()
        patient_id, bottle_id = patient.id, bottle.id
    with first.session() as s:
        bundle = json.loads(json.dumps(export_patient_bundle(s, patient_id)))
    ids = {e["resource"]["id"] for e in bundle["entry"]}
    assert "obs-k" not in ids and "obs-bp" in ids
    [local] = [e["resource"] for e in bundle["entry"] if e["resource"]["id"] == bottle_id]
    assert local["resourceType"] == "MedicationStatement"
    with second.write() as s:
        _counts, skipped = import_bundle(s, bundle, file_label="export.json")
    assert skipped == []
    with second.session() as s:
        copy = s.scalars(select(Medication).where(Medication.fhir_id == bottle_id)).one()
        assert (copy.source, copy.code_text, copy.sig, copy.status) == (
            "bottle", "Aspirin 81 mg", "1 daily", "active")
        assert copy.start_at == dt.datetime(2024, 1, 2, tzinfo=UTC)
        assert s.scalars(select(Observation.fhir_id).where(
            Observation.fhir_id == "obs-k")).first() is None


def test_export_of_an_unknown_patient_is_refused(fhir_store):
    with fhir_store.session() as s, pytest.raises(InputError):
        export_patient_bundle(s, "no-such-patient")


def test_every_exported_bundle_validates_with_fhir_resources(synthea_imported):
    """fhir.resources' pydantic models of the spec (R4B: R4's resources as amended) accept
    every exported patient bundle, field by field."""
    from fhir.resources.R4B.bundle import Bundle

    for bundle in _export_all(synthea_imported.store):
        parsed = Bundle.model_validate(bundle)
        assert len(parsed.entry) == len(bundle["entry"])
