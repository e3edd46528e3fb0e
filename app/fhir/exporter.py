"""FHIR R4 export: one patient and their clinical rows as a ``collection`` Bundle.

Resources carry the source ``fhir_id`` when the row came from an import (else the row id), and
reference each other through ``urn:uuid:<id>`` full URLs, so importing an exported bundle into
another store reproduces the same rows (same ``fhir_id``s, same values).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.fhir.common import (
    ALLERGY_CLINICAL,
    ALLERGY_VERIFICATION,
    BCP47,
    COND_CATEGORY,
    COND_CLINICAL,
    COND_VERIFICATION,
    EXT_INTERPRETER,
    EXT_MED_SOURCE,
    GOAL_ACHIEVEMENT,
    OBS_CATEGORY,
    V2_0131,
    V2_0203,
    V3_ACTCODE,
    V3_INTERPRETATION,
    V3_MARITAL,
    cc_label,
    concept_of,
    fmt_datetime,
    prune,
)
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
from app.models.errors import InputError

KIND_CLASS = {"inpatient": "IMP", "emergency": "EMER", "ambulatory": "AMB", "home": "HH",
              "virtual": "VR"}
STATEMENT_SOURCES = ("patient", "bottle")  # "as taken" lists -> MedicationStatement


def _rid(row: Any) -> str:
    return row.fhir_id or row.id


def _ref(rid: str | None) -> dict[str, str] | None:
    return None if rid is None else {"reference": f"urn:uuid:{rid}"}


def _period(start: dt.datetime | None, end: dt.datetime | None) -> dict[str, str] | None:
    return prune({"start": fmt_datetime(start), "end": fmt_datetime(end)}) or None


def _status_cc(system: str, code: str | None) -> dict[str, Any] | None:
    return None if code is None else {"coding": [{"system": system, "code": code}]}


def _text_cc(text: str | None) -> dict[str, Any] | None:
    return None if text is None else {"text": text}


def _quantity(value: float | None, unit: str | None) -> dict[str, Any] | None:
    if value is None:
        return None
    return prune({"value": value, "unit": unit})


class _Refs:
    """Row id -> FHIR id of the rows exported in this bundle."""

    def __init__(self, patient: Patient) -> None:
        self.patient = _ref(_rid(patient))
        self.encounters: dict[str, str] = {}
        self.conditions: dict[str, str] = {}

    def encounter(self, row_id: str | None) -> dict[str, str] | None:
        return _ref(self.encounters.get(row_id)) if row_id else None


# -- resources --------------------------------------------------------------------------------

def patient_resource(p: Patient) -> dict[str, Any]:
    extra = p.extra or {}
    extensions = list(extra.get("extensions") or [])
    if p.interpreter_needed:
        extensions.append({"url": EXT_INTERPRETER, "valueBoolean": True})
    name = prune({"use": "official", "family": p.family_name or None,
                  "given": [p.given_name] if p.given_name else None,
                  "prefix": [p.name_prefix] if p.name_prefix else None,
                  "suffix": [p.name_suffix] if p.name_suffix else None})
    identifiers = []
    for ident in sorted((i for i in p.identifiers if i.deleted_at is None),
                        key=lambda i: (i.created_at, i.id)):
        type_cc = prune({
            "coding": [{"system": V2_0203, "code": ident.type_code}] if ident.type_code else None,
            "text": ident.type_text,
        })
        identifiers.append(prune({"type": type_cc or None, "system": ident.system,
                                  "value": ident.value}))
    telecom = []
    if p.phone:
        telecom.append({"system": "phone", "value": p.phone, "use": "home"})
    if p.email:
        telecom.append({"system": "email", "value": p.email})
    address = prune({"line": [p.address_line] if p.address_line else None, "city": p.city,
                     "state": p.state, "postalCode": p.postal_code, "country": p.country})
    marital = extra.get("marital_status")
    if marital is None and p.marital_status:
        marital = {"coding": [{"system": V3_MARITAL, "code": p.marital_status}]}
    communication = None
    if p.language or p.language_display:
        lang = prune({"coding": [prune({"system": BCP47, "code": p.language,
                                        "display": p.language_display})]})
        communication = [prune({"language": lang,
                                "preferred": extra.get("language_preferred")})]
    contacts = []
    for c in sorted((c for c in p.contacts if c.deleted_at is None),
                    key=lambda c: (c.created_at, c.id)):
        rel = prune({
            "coding": [{"system": V2_0131, "code": "C"}] if c.is_emergency else None,
            "text": c.relationship_,
        })
        contacts.append(prune({
            "relationship": [rel] if rel else None,
            "name": {"text": c.name},
            "telecom": [{"system": "phone", "value": c.phone}] if c.phone else None,
        }))
    res: dict[str, Any] = {
        "resourceType": "Patient",
        "id": _rid(p),
        "extension": extensions,
        "identifier": identifiers,
        "name": [name] if name else None,
        "telecom": telecom,
        "gender": p.sex,
        "birthDate": p.birth_date.isoformat() if p.birth_date else None,
        "address": [address] if address else None,
        "maritalStatus": marital,
        "communication": communication,
        "contact": contacts,
        "generalPractitioner": [{"display": p.pcp_name}] if p.pcp_name else None,
    }
    if p.deceased_at is not None:
        res["deceasedDateTime"] = fmt_datetime(p.deceased_at)
    elif p.deceased:
        res["deceasedBoolean"] = True
    mb = extra.get("multiple_birth")
    if isinstance(mb, bool):
        res["multipleBirthBoolean"] = mb
    elif isinstance(mb, int):
        res["multipleBirthInteger"] = mb
    return prune(res)


def encounter_resource(e: Encounter, refs: _Refs) -> dict[str, Any]:
    class_code = e.class_code or KIND_CLASS.get(e.kind)
    reason = None
    if e.reason or e.reason_code:
        reason = [prune({
            "coding": [prune({"system": e.reason_system, "code": e.reason_code,
                              "display": e.reason})] if e.reason_code else None,
            "text": e.reason,
        })]
    hosp = None
    if e.discharge_disposition:
        hosp = {"dischargeDisposition": {"text": e.discharge_disposition}}
    concept = concept_of(e)
    return prune({
        "resourceType": "Encounter",
        "id": _rid(e),
        "status": e.status,
        "class": {"system": V3_ACTCODE, "code": class_code} if class_code else None,
        "type": [concept] if concept else None,
        "subject": refs.patient,
        "participant": [{"individual": {"display": e.practitioner}}] if e.practitioner else None,
        "period": _period(e.start_at, e.end_at),
        "reasonCode": reason,
        "hospitalization": hosp,
        "serviceProvider": {"display": e.facility} if e.facility else None,
    })


def condition_resource(c: Condition, refs: _Refs) -> dict[str, Any]:
    return prune({
        "resourceType": "Condition",
        "id": _rid(c),
        "clinicalStatus": _status_cc(COND_CLINICAL, c.clinical_status),
        "verificationStatus": _status_cc(COND_VERIFICATION, c.verification_status),
        "category": [_status_cc(COND_CATEGORY, c.category)] if c.category else None,
        "code": concept_of(c),
        "subject": refs.patient,
        "encounter": refs.encounter(c.encounter_id),
        "onsetDateTime": fmt_datetime(c.onset_at),
        "abatementDateTime": fmt_datetime(c.abatement_at),
        "recordedDate": fmt_datetime(c.recorded_at),
    })


def allergy_resource(a: Allergy, refs: _Refs) -> dict[str, Any]:
    reaction = None
    if a.reaction or a.severity:
        reaction = [prune({"manifestation": [{"text": a.reaction}] if a.reaction else None,
                           "severity": a.severity})]
    return prune({
        "resourceType": "AllergyIntolerance",
        "id": _rid(a),
        "clinicalStatus": _status_cc(ALLERGY_CLINICAL, a.clinical_status),
        "verificationStatus": _status_cc(ALLERGY_VERIFICATION, a.verification_status),
        "type": a.type,
        "category": [a.category] if a.category else None,
        "criticality": a.criticality,
        "code": concept_of(a),
        "patient": refs.patient,
        "onsetDateTime": fmt_datetime(a.onset_at),
        "recordedDate": fmt_datetime(a.recorded_at),
        "reaction": reaction,
    })


def _dosage(m: Medication) -> list[dict[str, Any]] | None:
    if m.dosage:
        return m.dosage
    repeat = prune({"frequency": m.frequency, "period": m.period, "periodUnit": m.period_unit})
    dose = _quantity(m.dose_quantity, m.dose_unit)
    d = prune({
        "text": m.sig,
        "timing": {"repeat": repeat} if repeat else None,
        "route": _text_cc(m.route),
        "doseAndRate": [{"doseQuantity": dose}] if dose else None,
    })
    if m.as_needed_reason:
        d["asNeededCodeableConcept"] = {"text": m.as_needed_reason}
    elif m.as_needed:
        d["asNeededBoolean"] = True
    return [d] if d else None


def medication_resource(m: Medication, refs: _Refs) -> dict[str, Any]:
    statement = m.source in STATEMENT_SOURCES
    default_source = "patient" if statement else "ehr"
    res: dict[str, Any] = {
        "resourceType": "MedicationStatement" if statement else "MedicationRequest",
        "id": _rid(m),
        "extension": ([{"url": EXT_MED_SOURCE, "valueCode": m.source}]
                      if m.source != default_source else None),
        "status": m.status,
        "medicationCodeableConcept": concept_of(m),
        "subject": refs.patient,
        "reasonCode": [{"text": m.reason}] if m.reason else None,
    }
    if statement:
        res.update({
            "context": refs.encounter(m.encounter_id),
            "effectivePeriod": _period(m.start_at, m.end_at),
            "dateAsserted": fmt_datetime(m.authored_at),
            "dosage": _dosage(m),
        })
    else:
        validity = _period(m.start_at, m.end_at)
        res.update({
            "intent": m.intent,
            "encounter": refs.encounter(m.encounter_id),
            "authoredOn": fmt_datetime(m.authored_at),
            "requester": {"display": m.prescriber} if m.prescriber else None,
            "dosageInstruction": _dosage(m),
            "dispenseRequest": {"validityPeriod": validity} if validity else None,
        })
    return prune(res)


def observation_resource(o: Observation, refs: _Refs) -> dict[str, Any]:
    res: dict[str, Any] = {
        "resourceType": "Observation",
        "id": _rid(o),
        "status": o.status,
        "category": [_status_cc(OBS_CATEGORY, o.category)] if o.category else None,
        "code": concept_of(o),
        "subject": refs.patient,
        "encounter": refs.encounter(o.encounter_id),
        "effectiveDateTime": fmt_datetime(o.effective_at),
    }
    if o.value_quantity is not None:
        res["valueQuantity"] = _quantity(o.value_quantity, o.value_unit)
    elif o.value_code is not None or o.value_code_system is not None:
        res["valueCodeableConcept"] = prune({
            "coding": [prune({"system": o.value_code_system, "code": o.value_code,
                              "display": o.value_text})],
            "text": o.value_text,
        })
    elif o.value_text is not None:
        res["valueString"] = o.value_text
    res["interpretation"] = ([_status_cc(V3_INTERPRETATION, o.interpretation)]
                             if o.interpretation else None)
    rng = prune({"low": _quantity(o.reference_low, None),
                 "high": _quantity(o.reference_high, None)})
    res["referenceRange"] = [rng] if rng else None
    components = []
    for comp in o.components or ():
        code = prune({
            "coding": ([prune({"system": comp.get("system"), "code": comp.get("code"),
                               "display": comp.get("display")})]
                       if comp.get("system") or comp.get("code") else None),
            "text": comp.get("display"),
        })
        item: dict[str, Any] = {"code": code}
        value = comp.get("value")
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            item["valueQuantity"] = _quantity(value, comp.get("unit"))
        elif isinstance(value, str):
            item["valueString"] = value
        components.append(item)
    res["component"] = components
    return prune(res)


def immunization_resource(i: Immunization, refs: _Refs) -> dict[str, Any]:
    return prune({
        "resourceType": "Immunization",
        "id": _rid(i),
        "status": i.status,
        "vaccineCode": concept_of(i),
        "patient": refs.patient,
        "encounter": refs.encounter(i.encounter_id),
        "occurrenceDateTime": fmt_datetime(i.occurred_at),
    })


def procedure_resource(p: Procedure, refs: _Refs) -> dict[str, Any]:
    res: dict[str, Any] = {
        "resourceType": "Procedure",
        "id": _rid(p),
        "status": p.status,
        "code": concept_of(p),
        "subject": refs.patient,
        "encounter": refs.encounter(p.encounter_id),
        "reasonCode": [{"text": p.reason}] if p.reason else None,
    }
    if p.performed_end is not None:
        res["performedPeriod"] = _period(p.performed_start, p.performed_end)
    else:
        res["performedDateTime"] = fmt_datetime(p.performed_start)
    return prune(res)


def care_plan_resource(c: CarePlan, refs: _Refs, goal_ids: list[str]) -> dict[str, Any]:
    concept = concept_of(c)
    activities = []
    for act in c.activities or ():
        code = prune({
            "coding": ([prune({"system": act.get("system"), "code": act.get("code"),
                               "display": act.get("display")})]
                       if act.get("system") or act.get("code") else None),
            "text": act.get("display"),
        })
        activities.append({"detail": prune({"code": code or None,
                                            "status": act.get("status")})})
    return prune({
        "resourceType": "CarePlan",
        "id": _rid(c),
        "status": c.status,
        "intent": c.intent,
        "category": [concept] if concept else None,
        "title": c.title,
        "description": c.description,
        "subject": refs.patient,
        "encounter": refs.encounter(c.encounter_id),
        "period": _period(c.period_start, c.period_end),
        "addresses": [_ref(refs.conditions[a]) for a in c.addresses or ()
                      if a in refs.conditions],
        "goal": [_ref(g) for g in goal_ids],
        "activity": activities,
    })


def goal_resource(g: Goal, refs: _Refs) -> dict[str, Any]:
    concept = concept_of(g) or {}
    if cc_label(concept) != g.description:
        concept["text"] = g.description
    target: dict[str, Any] = {}
    if g.target_code or g.target_code_system:
        target["measure"] = {"coding": [prune({"system": g.target_code_system,
                                               "code": g.target_code})]}
    if g.target_low is not None and g.target_low == g.target_high:
        target["detailQuantity"] = _quantity(g.target_low, g.target_unit)
    elif g.target_low is not None or g.target_high is not None:
        target["detailRange"] = prune({"low": _quantity(g.target_low, g.target_unit),
                                       "high": _quantity(g.target_high, g.target_unit)})
    elif g.target_text:
        target["detailString"] = g.target_text
    if g.due_date is not None:
        target["dueDate"] = g.due_date.isoformat()
    return prune({
        "resourceType": "Goal",
        "id": _rid(g),
        "lifecycleStatus": g.lifecycle_status,
        "achievementStatus": _status_cc(GOAL_ACHIEVEMENT, g.achievement_status),
        "description": concept,
        "subject": refs.patient,
        "target": [target] if target else None,
    })


# -- the bundle -----------------------------------------------------------------------------

def _rows(session: Session, model: type[Any], patient_id: str) -> list[Any]:
    stmt = (select(model)
            .where(model.patient_id == patient_id, model.deleted_at.is_(None))
            .order_by(model.created_at, model.id))
    return list(session.scalars(stmt))


def export_patient_bundle(session: Session, patient_id: str) -> dict[str, Any]:
    """A FHIR R4 ``collection`` Bundle of the patient and every non-deleted row of theirs
    (encounters, conditions, allergies, medications, observations, immunizations,
    procedures, care plans, goals)."""
    patient = session.get(Patient, patient_id)
    if patient is None or patient.deleted_at is not None:
        raise InputError("no such patient in this store")
    refs = _Refs(patient)
    resources: list[dict[str, Any]] = [patient_resource(patient)]

    encounters = _rows(session, Encounter, patient_id)
    conditions = _rows(session, Condition, patient_id)
    refs.encounters = {e.id: _rid(e) for e in encounters}
    refs.conditions = {c.id: _rid(c) for c in conditions}
    resources += [encounter_resource(e, refs) for e in encounters]
    resources += [condition_resource(c, refs) for c in conditions]
    resources += [allergy_resource(a, refs) for a in _rows(session, Allergy, patient_id)]
    resources += [medication_resource(m, refs) for m in _rows(session, Medication, patient_id)]
    resources += [observation_resource(o, refs)
                  for o in _rows(session, Observation, patient_id)]
    resources += [immunization_resource(i, refs)
                  for i in _rows(session, Immunization, patient_id)]
    resources += [procedure_resource(p, refs) for p in _rows(session, Procedure, patient_id)]
    goals = _rows(session, Goal, patient_id)
    goals_of: dict[str, list[str]] = {}
    for g in goals:
        if g.care_plan_id:
            goals_of.setdefault(g.care_plan_id, []).append(_rid(g))
    resources += [care_plan_resource(c, refs, goals_of.get(c.id, []))
                  for c in _rows(session, CarePlan, patient_id)]
    resources += [goal_resource(g, refs) for g in goals]

    return {
        "resourceType": "Bundle",
        "type": "collection",
        "timestamp": fmt_datetime(dt.datetime.now(dt.timezone.utc)),
        "entry": [{"fullUrl": f"urn:uuid:{r['id']}", "resource": r} for r in resources],
    }
