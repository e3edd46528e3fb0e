"""Helpers for the FHIR tests: small hand-made bundles and a row normaliser for comparing
two stores."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from app.models.entities import (
    Allergy,
    AuditEntry,
    CarePlan,
    Condition,
    Encounter,
    Goal,
    Immunization,
    Medication,
    Observation,
    Patient,
    PatientContact,
    PatientIdentifier,
    Procedure,
)

CLINICAL_MODELS = (Patient, Allergy, Condition, Medication, Encounter, Observation,
                   Immunization, Procedure, CarePlan, Goal)
ALL_MODELS = CLINICAL_MODELS + (PatientIdentifier, PatientContact)
SYNC_COLUMNS = {"id", "version", "created_at", "created_by", "created_device", "updated_at",
                "updated_by", "updated_device", "deleted_at"}
KIND_OF_TYPE = {
    "Patient": "patients", "AllergyIntolerance": "allergies", "Condition": "conditions",
    "MedicationRequest": "medications", "MedicationStatement": "medications",
    "Encounter": "encounters", "Observation": "observations",
    "Immunization": "immunizations", "Procedure": "procedures", "CarePlan": "care_plans",
    "Goal": "goals",
}
LOINC = "http://loinc.org"
SECRET = "ZZSECRET"  # planted in bad values; must never show up in a report


def write_json(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def row_counts(store: Any) -> dict[str, int]:
    with store.session() as s:
        return {m.__tablename__: s.scalar(select(func.count()).select_from(m))
                for m in ALL_MODELS}


def audit_count(store: Any) -> int:
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry))


def normalized(store: Any) -> dict[str, dict[str, dict[str, Any]]]:
    """Every clinical row keyed by fhir_id, without ids and sync metadata; links to other
    rows (patient, encounter, care plan, addressed conditions) given as their fhir_ids."""
    out: dict[str, dict[str, dict[str, Any]]] = {}
    with store.session() as s:
        fid: dict[str, str | None] = {}
        for model in (Patient, Encounter, Condition, CarePlan):
            for row_id, fhir_id in s.execute(select(model.id, model.fhir_id)):
                fid[row_id] = fhir_id
        for model in CLINICAL_MODELS:
            rows: dict[str, dict[str, Any]] = {}
            for row in s.scalars(select(model).where(model.deleted_at.is_(None))):
                values = {c.key: getattr(row, c.key) for c in model.__mapper__.column_attrs
                          if c.key not in SYNC_COLUMNS}
                for key in ("patient_id", "encounter_id", "care_plan_id"):
                    if values.get(key):
                        values[key] = fid[values[key]]
                if values.get("addresses"):
                    values["addresses"] = [fid[a] for a in values["addresses"]]
                if model is Patient:
                    values["identifiers"] = sorted(
                        (i.system or "", i.value, i.type_code or "", i.type_text or "")
                        for i in row.identifiers if i.deleted_at is None)
                    values["contacts"] = sorted(
                        (c.name, c.relationship_ or "", c.phone or "", c.is_emergency)
                        for c in row.contacts if c.deleted_at is None)
                assert row.fhir_id not in rows
                rows[row.fhir_id] = values
            out[model.__tablename__] = rows
    return out


def expected_counts(bundles: list[dict[str, Any]]) -> tuple[dict[str, int], dict[str, int]]:
    """Resource counts per kind (mapped) and per resource type (ignored) in bundles."""
    kinds: dict[str, int] = dict.fromkeys(set(KIND_OF_TYPE.values()), 0)
    ignored: dict[str, int] = {}
    for bundle in bundles:
        for entry in bundle["entry"]:
            rtype = entry["resource"]["resourceType"]
            if rtype in KIND_OF_TYPE:
                kinds[KIND_OF_TYPE[rtype]] += 1
            else:
                ignored[rtype] = ignored.get(rtype, 0) + 1
    return kinds, ignored


def datetimes_of(row: Any) -> list[tuple[str, dt.datetime]]:
    return [(c.key, getattr(row, c.key)) for c in type(row).__mapper__.column_attrs
            if isinstance(getattr(row, c.key), dt.datetime)]


# -- hand-made bundles --------------------------------------------------------------------------

def cc(code: str, display: str, system: str = LOINC, text: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"coding": [{"system": system, "code": code, "display": display}]}
    if text:
        out["text"] = text
    return out


def ehr_bundle(pid: str = "pat-1", base: str = "https://ehr.example.org/fhir") -> dict[str, Any]:
    """An EHR-style searchset: absolute fullUrls, relative ``Type/id`` references, a
    Medication resource, a contained Medication, offsets and partial dates."""
    patient = {
        "resourceType": "Patient", "id": pid,
        "identifier": [
            {"type": cc("MR", "Medical record number",
                        "http://terminology.hl7.org/CodeSystem/v2-0203"),
             "system": "urn:oid:1.2.3", "value": f"MRN-{pid}"},
            {"system": "urn:oid:9.9", "value": f"OTHER-{pid}"},
        ],
        "name": [{"use": "old", "family": "Oldname", "given": ["Ann"]},
                 {"use": "official", "family": "Smith", "given": ["Ann", "Marie"],
                  "prefix": ["Mrs."], "suffix": ["PhD"]}],
        "telecom": [{"system": "email", "value": "ann@example.org"},
                    {"system": "phone", "value": "555-0100", "use": "mobile"}],
        "gender": "female", "birthDate": "1941-07",
        "deceasedBoolean": False,
        "address": [{"use": "work", "line": ["1 Work St"], "city": "Worktown"},
                    {"use": "home", "line": ["12 Elm St", "Apt 3"], "city": "Springfield",
                     "state": "MA", "postalCode": "01101", "country": "US"}],
        "maritalStatus": cc("W", "Widowed",
                            "http://terminology.hl7.org/CodeSystem/v3-MaritalStatus"),
        "communication": [
            {"language": cc("en", "English", "urn:ietf:bcp:47")},
            {"language": cc("es", "Spanish", "urn:ietf:bcp:47"), "preferred": True},
        ],
        "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/"
                              "patient-interpreterRequired", "valueBoolean": True}],
        "contact": [{
            "relationship": [cc("C", "Emergency Contact",
                                "http://terminology.hl7.org/CodeSystem/v2-0131",
                                text="daughter")],
            "name": {"family": "Smith", "given": ["Beth"]},
            "telecom": [{"system": "phone", "value": "555-0199"}],
        }],
        "generalPractitioner": [{"reference": "Practitioner/dr-1"}],
    }
    practitioner = {"resourceType": "Practitioner", "id": "dr-1",
                    "name": [{"family": "Who", "given": ["Jane"], "prefix": ["Dr."]}]}
    organization = {"resourceType": "Organization", "id": "org-1", "name": "General Hospital"}
    encounter = {
        "resourceType": "Encounter", "id": "enc-1", "status": "finished",
        "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
                  "code": "ACUTE"},
        "type": [cc("32485007", "Hospital admission", "http://snomed.info/sct")],
        "subject": {"reference": f"Patient/{pid}"},
        "period": {"start": "2024-03-01T08:30:00-05:00", "end": "2024-03-05T11:00:00Z"},
        "reasonCode": [cc("84114007", "Heart failure", "http://snomed.info/sct")],
        "serviceProvider": {"reference": "Organization/org-1"},
        "participant": [{"individual": {"reference": "Practitioner/dr-1"}}],
        "hospitalization": {"dischargeDisposition": {"text": "Home with home health"}},
    }
    condition = {
        "resourceType": "Condition", "id": "cond-1",
        "clinicalStatus": cc("active", "Active",
                             "http://terminology.hl7.org/CodeSystem/condition-clinical"),
        "category": [cc("problem-list-item", "Problem list item",
                        "http://terminology.hl7.org/CodeSystem/condition-category")],
        "code": {"coding": [
            {"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "I50.9",
             "display": "Heart failure, unspecified"},
            {"system": "http://snomed.info/sct", "code": "84114007",
             "display": "Heart failure"}], "text": "CHF"},
        "subject": {"reference": f"Patient/{pid}"},
        "encounter": {"reference": "Encounter/enc-1"},
        "onsetDateTime": "2019", "recordedDate": "2024-03-01",
    }
    medication = {"resourceType": "Medication", "id": "med-1",
                  "code": cc("197361", "Amlodipine 5 MG Oral Tablet",
                             "http://www.nlm.nih.gov/research/umls/rxnorm")}
    mr_ref = {
        "resourceType": "MedicationRequest", "id": "mr-1", "status": "active",
        "intent": "order", "medicationReference": {"reference": "Medication/med-1"},
        "subject": {"reference": f"Patient/{pid}"},
        "encounter": {"reference": "Encounter/enc-1"},
        "authoredOn": "2024-03-05T10:00:00+01:00",
        "requester": {"reference": "Practitioner/dr-1"},
        "reasonReference": [{"reference": "Condition/cond-1"}],
        "dosageInstruction": [{
            "text": "Take 1 tablet by mouth daily", "route": {"text": "oral"},
            "timing": {"repeat": {"frequency": 1, "period": 1, "periodUnit": "d"}},
            "doseAndRate": [{"doseQuantity": {"value": 1, "unit": "tablet"}}],
        }],
    }
    mr_contained = {
        "resourceType": "MedicationRequest", "id": "mr-2", "status": "active",
        "intent": "order",
        "contained": [{"resourceType": "Medication", "id": "m1",
                       "code": cc("310965", "Ibuprofen 200 MG Oral Tablet",
                                  "http://www.nlm.nih.gov/research/umls/rxnorm")}],
        "medicationReference": {"reference": "#m1"},
        "subject": {"reference": f"Patient/{pid}"},
        "requester": {"display": "Dr. Other"},
        "reasonCode": [{"text": "knee pain"}],
        "dosageInstruction": [{"text": "1 tablet every 6 hours as needed for pain",
                               "asNeededCodeableConcept": {"text": "pain"},
                               "timing": {"repeat": {"frequency": 1, "period": 6,
                                                     "periodUnit": "h"}}}],
    }
    statement = {
        "resourceType": "MedicationStatement", "id": "ms-1", "status": "active",
        "medicationCodeableConcept": cc("860975", "Metformin 500 MG ER",
                                        "http://www.nlm.nih.gov/research/umls/rxnorm"),
        "subject": {"reference": f"Patient/{pid}"},
        "effectivePeriod": {"start": "2023-01-01"},
        "dateAsserted": "2024-03-06T09:00:00Z",
        "dosage": [{"text": "500 mg twice a day"}],
    }
    bp = {
        "resourceType": "Observation", "id": "obs-bp", "status": "final",
        "category": [cc("vital-signs", "Vital Signs",
                        "http://terminology.hl7.org/CodeSystem/observation-category")],
        "code": cc("85354-9", "Blood pressure panel"),
        "subject": {"reference": f"Patient/{pid}"},
        "encounter": {"reference": "Encounter/enc-1"},
        "effectiveDateTime": "2024-03-02T14:15:30.123+02:00",
        "component": [
            {"code": cc("8480-6", "Systolic blood pressure"),
             "valueQuantity": {"value": 142, "unit": "mmHg"}},
            {"code": cc("8462-4", "Diastolic blood pressure"),
             "valueQuantity": {"value": 88, "unit": "mmHg"}},
        ],
    }
    lab = {
        "resourceType": "Observation", "id": "obs-k", "status": "final",
        "category": [cc("laboratory", "Laboratory",
                        "http://terminology.hl7.org/CodeSystem/observation-category")],
        "code": cc("2823-3", "Potassium"),
        "subject": {"reference": f"Patient/{pid}"},
        "effectiveDateTime": "2024-03-03",
        "valueQuantity": {"value": 5.6, "unit": "mmol/L"},
        "interpretation": [cc("H", "High", "http://terminology.hl7.org/CodeSystem/"
                                           "v3-ObservationInterpretation")],
        "referenceRange": [{"low": {"value": 3.5}, "high": {"value": 5.1}}],
    }
    smoking = {
        "resourceType": "Observation", "id": "obs-smoke", "status": "final",
        "code": cc("72166-2", "Tobacco smoking status"),
        "subject": {"reference": f"Patient/{pid}"},
        "effectiveDateTime": "2024-03",
        "valueCodeableConcept": cc("8517006", "Former smoker", "http://snomed.info/sct"),
    }
    allergy = {
        "resourceType": "AllergyIntolerance", "id": "alg-1",
        "clinicalStatus": cc("active", "Active", "http://terminology.hl7.org/CodeSystem/"
                                                 "allergyintolerance-clinical"),
        "type": "allergy", "category": ["medication"], "criticality": "high",
        "code": cc("7980", "Penicillin G", "http://www.nlm.nih.gov/research/umls/rxnorm"),
        "patient": {"reference": f"Patient/{pid}"},
        "reaction": [{"manifestation": [cc("247472004", "Hives", "http://snomed.info/sct")],
                      "severity": "moderate"}],
        "onsetDateTime": "1990", "recordedDate": "2020-05-05T12:00:00Z",
    }
    immunization = {
        "resourceType": "Immunization", "id": "imm-1", "status": "completed",
        "vaccineCode": cc("140", "Influenza", "http://hl7.org/fhir/sid/cvx"),
        "patient": {"reference": f"Patient/{pid}"},
        "occurrenceDateTime": "2023-10-01T10:00:00-04:00",
    }
    procedure = {
        "resourceType": "Procedure", "id": "proc-1", "status": "completed",
        "code": cc("40701008", "Echocardiography", "http://snomed.info/sct"),
        "subject": {"reference": f"Patient/{pid}"},
        "encounter": {"reference": "Encounter/enc-1"},
        "performedDateTime": "2024-03-02T09:00:00Z",
        "reasonReference": [{"reference": "Condition/cond-1", "display": "Heart failure"}],
    }
    care_plan = {
        "resourceType": "CarePlan", "id": "cp-1", "status": "active", "intent": "plan",
        "title": "Heart failure home plan",
        "category": [cc("assess-plan", "Assessment and Plan",
                        "http://hl7.org/fhir/us/core/CodeSystem/careplan-category"),
                     cc("735984001", "Heart failure self management plan",
                        "http://snomed.info/sct")],
        "subject": {"reference": f"Patient/{pid}"},
        "period": {"start": "2024-03-05"},
        "addresses": [{"reference": "Condition/cond-1"}],
        "goal": [{"reference": "Goal/goal-1"}],
        "activity": [{"detail": {"code": cc("229065009", "Exercise therapy",
                                            "http://snomed.info/sct"),
                                 "status": "in-progress"}}],
    }
    goal = {
        "resourceType": "Goal", "id": "goal-1", "lifecycleStatus": "active",
        "achievementStatus": cc("in-progress", "In Progress",
                                "http://terminology.hl7.org/CodeSystem/goal-achievement"),
        "description": {"text": "Weight stays under 80 kg"},
        "subject": {"reference": f"Patient/{pid}"},
        "target": [{"measure": cc("29463-7", "Body weight"),
                    "detailQuantity": {"value": 80, "comparator": "<", "unit": "kg"},
                    "dueDate": "2024-06-30"}],
    }
    resources = [patient, practitioner, organization, encounter, condition, medication,
                 mr_ref, mr_contained, statement, bp, lab, smoking, allergy, immunization,
                 procedure, care_plan, goal]
    return {"resourceType": "Bundle", "type": "searchset",
            "entry": [{"fullUrl": f"{base}/{r['resourceType']}/{r['id']}", "resource": r}
                      for r in copy.deepcopy(resources)]}


def resource(bundle: dict[str, Any], rtype: str, rid: str) -> dict[str, Any]:
    for entry in bundle["entry"]:
        res = entry["resource"]
        if res["resourceType"] == rtype and res.get("id") == rid:
            return res
    raise KeyError((rtype, rid))


def small_bundle(pid: str, n_obs: int = 3) -> dict[str, Any]:
    """A Synthea-style transaction bundle (urn:uuid full URLs): a patient and n vitals."""
    entries = [{"fullUrl": f"urn:uuid:{pid}",
                "resource": {"resourceType": "Patient", "id": pid,
                             "name": [{"family": "Test", "given": ["Pat"]}],
                             "birthDate": "1950-01-01", "gender": "other"}}]
    for i in range(n_obs):
        entries.append({"fullUrl": f"urn:uuid:{pid}-obs-{i}", "resource": {
            "resourceType": "Observation", "id": f"{pid}-obs-{i}", "status": "final",
            "code": cc("8867-4", "Heart rate"), "subject": {"reference": f"urn:uuid:{pid}"},
            "effectiveDateTime": f"2024-01-{i % 28 + 1:02d}T10:00:00Z",
            "valueQuantity": {"value": 60 + i, "unit": "/min"}}})
    return {"resourceType": "Bundle", "type": "transaction", "entry": entries}
