"""A finalized reconciliation as FHIR R4: a ``collection`` Bundle holding the Patient, a List
(the reconciled medication list), one MedicationStatement per item of the list and one
DetectedIssue per finding of the check. No Qt here.

- **List**: ``status`` current, ``mode`` snapshot, ``code`` LOINC 10160-0 "History of
  Medication use Narrative", ``title`` "Reconciled medication list", ``date`` = when the list
  was finalized; each entry points at a MedicationStatement and carries the nurse's decision
  as a ``flag`` from the Patient Medicine Change Types (continue -> 01 Unchanged, modify -> 02
  Changed, add -> 04 Prescribed, stop -> 05 Ceased, hold -> 06 Suspended; clarify has no code
  there and is sent as text). A list with no medicines says so with ``emptyReason`` nilknown.
- **MedicationStatement**: ``status`` active | on-hold | stopped, the medicine in
  ``medicationCodeableConcept`` (the chart's RxNorm coding when the line was kept as the chart
  had it; the ingredient names as text), the reconciled line as ``dosage.text``, the decision,
  intent and note in ``note``.
- **DetectedIssue**: ``status`` final, ``code`` from the v3 ActCode DetectedIssue codes where
  one fits (:data:`ACTCODE`) plus Hearth's own code for every finding kind, ``severity`` high |
  moderate | low (informational findings carry none), ``detail`` = the finding's message,
  ``implicated`` = the MedicationStatements of the medicines involved, ``mitigation`` = the
  nurse's decision on them, and the rule's published source in an extension.

Resource ids are stable: the MedicationStatement of an item is its reconciled Medication row
(or, lacking one, a UUID derived from the snapshot), the List is the snapshot itself, and a
DetectedIssue's id is derived from the snapshot and the finding, so exporting twice gives the
same resources.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.fhir.common import V3_ACTCODE, fmt_datetime, prune
from app.fhir.exporter import patient_resource
from app.medrec.worksheet import DECISION_WORDS, INTENT_WORDS
from app.models.base import LOINC
from app.models.entities import Medication, MedRecWorksheet, Patient, ReconciledListSnapshot
from app.models.errors import InputError

LIST_CODE = {"system": LOINC, "code": "10160-0",
             "display": "History of Medication use Narrative"}
LIST_TITLE = "Reconciled medication list"
LIST_ITEM_FLAG = "http://terminology.hl7.org/CodeSystem/list-item-flag"
LIST_EMPTY_REASON = "http://terminology.hl7.org/CodeSystem/list-empty-reason"
FINDING_SYSTEM = "http://hearth.invalid/fhir/CodeSystem/medrec-finding"
EXT_FINDING_SOURCE = "http://hearth.invalid/fhir/StructureDefinition/medrec-finding-source"

# The nurse's decision as a Patient Medicine Change Type (list-item-flag).
FLAG_OF_DECISION = {
    "continue": ("01", "Unchanged"), "modify": ("02", "Changed"), "add": ("04", "Prescribed"),
    "stop": ("05", "Ceased"), "hold": ("06", "Suspended"),
}
STATEMENT_STATUS = {"active": "active", "on-hold": "on-hold", "stopped": "stopped"}

# Finding kind -> v3 ActCode (DetectedIssueCategory). Kinds without a fitting code (a
# discrepancy between lists, an ISMP high-alert medicine, an error-prone abbreviation) carry
# only Hearth's own code.
ACTCODE: dict[str, tuple[str, str]] = {
    "interaction": ("DRG", "Drug Interaction Alert"),
    "therapeutic_duplication": ("DUPTHPY", "Duplicate Therapy Alert"),
    "allergy": ("ALGY", "Allergy Alert"),
    "allergy_cross": ("RALG", "Related Allergy Alert"),  # cross-sensitivity ("level": "low")
    "max_daily_dose": ("DOSEH", "High Dose Alert"),
    "beers": ("GEALRT", "geriatric alert"),
}
KIND_WORDS = {
    "discrepancy": "Medication discrepancy", "interaction": "Drug interaction",
    "therapeutic_duplication": "Therapeutic duplication",
    "max_daily_dose": "Above the maximum daily dose",
    "beers": "Potentially inappropriate in older adults (AGS Beers Criteria)",
    "high_alert": "High-alert medicine (ISMP)", "allergy": "Allergy",
    "abbreviation": "Error-prone abbreviation",
}
DISCREPANCY_WORDS = {
    "omission": "omission", "commission": "commission", "dose": "dose",
    "frequency": "frequency", "route": "route", "formulation": "formulation",
    "prn_vs_scheduled": "as needed vs scheduled", "unclear": "unclear",
}
SEVERITIES = ("high", "moderate", "low")


def _uuid(*parts: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "hearth:medrec:" + "/".join(parts)))


def _ref(rid: str) -> dict[str, str]:
    return {"reference": f"urn:uuid:{rid}"}


def _patient_rid(patient: Patient) -> str:
    return patient.fhir_id or patient.id


def finding_code(finding: dict[str, Any]) -> dict[str, Any]:
    """The DetectedIssue.code of a finding: a v3 ActCode coding where one fits, then Hearth's
    own code, and words."""
    kind = str(finding.get("kind") or "")
    codings = []
    act = ACTCODE.get("allergy_cross" if kind == "allergy" and finding.get("level") == "low"
                      else kind)
    if act is not None:
        codings.append({"system": V3_ACTCODE, "code": act[0], "display": act[1]})
    text = KIND_WORDS.get(kind, kind.replace("_", " ").capitalize() or "Finding")
    code = kind or "finding"
    if kind == "discrepancy" and finding.get("type"):
        code = f"discrepancy-{finding['type']}"
        text += f": {DISCREPANCY_WORDS.get(finding['type'], str(finding['type']))}"
    codings.append({"system": FINDING_SYSTEM, "code": code, "display": text})
    return {"coding": codings, "text": text}


def _decision_text(item: dict[str, Any]) -> str:
    words = f"Decision: {DECISION_WORDS.get(item.get('decision') or '', 'none')}"
    intent = item.get("intent")
    if intent and intent != "none":
        words += f" ({INTENT_WORDS.get(intent, intent).lower()} discrepancy)"
    return words


def _medication_concept(item: dict[str, Any], base: Medication | None) -> dict[str, Any]:
    drugs = [d for d in item.get("drugs") or [] if isinstance(d, str)]
    text = " + ".join(drugs) if drugs else str(item.get("text") or "")
    concept: dict[str, Any] = {"text": text[:1].upper() + text[1:] if text else "Unknown"}
    if base is not None and base.code and base.code_system:
        concept["coding"] = [prune({"system": base.code_system, "code": base.code,
                                    "display": base.code_display})]
    return concept


def medication_statement(item: dict[str, Any], rid: str, patient_ref: dict[str, str],
                         taken_at: dt.datetime, base: Medication | None) -> dict[str, Any]:
    note = _decision_text(item)
    if item.get("note"):
        note += f". Note: {item['note']}"
    return prune({
        "resourceType": "MedicationStatement",
        "id": rid,
        "status": STATEMENT_STATUS.get(item.get("status") or "", "active"),
        "medicationCodeableConcept": _medication_concept(item, base),
        "subject": patient_ref,
        "dateAsserted": fmt_datetime(taken_at),
        "note": [{"text": note}],
        "dosage": [{"text": str(item.get("text") or "")}],
    })


def _flag(decision: str | None) -> dict[str, Any]:
    code = FLAG_OF_DECISION.get(decision or "")
    if code is None:
        return {"text": DECISION_WORDS.get(decision or "", "Not decided")}
    return {"coding": [{"system": LIST_ITEM_FLAG, "code": code[0], "display": code[1]}],
            "text": DECISION_WORDS[decision or ""]}


def detected_issue(finding: dict[str, Any], rid: str, patient_ref: dict[str, str],
                   taken_at: dt.datetime, implicated: list[str],
                   decisions: list[dict[str, Any]]) -> dict[str, Any]:
    severity = finding.get("severity")
    citation = finding.get("source")
    mitigation = [{"action": {"text": _decision_text(item)}, "date": fmt_datetime(taken_at)}
                  for item in decisions]
    return prune({
        "resourceType": "DetectedIssue",
        "id": rid,
        "extension": ([{"url": EXT_FINDING_SOURCE, "valueString": str(citation)}]
                      if isinstance(citation, str) and citation.strip() else None),
        "status": "final",
        "code": finding_code(finding),
        "severity": severity if severity in SEVERITIES else None,
        "patient": patient_ref,
        "identifiedDateTime": fmt_datetime(taken_at),
        "implicated": [_ref(r) for r in implicated] or None,
        "detail": str(finding.get("message") or "") or None,
        "mitigation": mitigation or None,
    })


def reconciled_list_bundle(session: Session, snapshot_id: str) -> dict[str, Any]:
    """The FHIR R4 Bundle of one reconciled list (see the module doc)."""
    snapshot = session.get(ReconciledListSnapshot, snapshot_id)
    if snapshot is None or snapshot.deleted_at is not None:
        raise InputError("that reconciled medication list was not found")
    patient = session.get(Patient, snapshot.patient_id)
    if patient is None or patient.deleted_at is not None:
        raise InputError("the patient of that reconciled list was not found")
    worksheet = session.get(MedRecWorksheet, snapshot.worksheet_id)
    findings = [f for f in (worksheet.discrepancies if worksheet is not None else None) or []
                if isinstance(f, dict)]
    items = [i for i in snapshot.items or [] if isinstance(i, dict)]
    taken_at = snapshot.taken_at
    patient_ref = _ref(_patient_rid(patient))

    base_ids = {src["medication_id"] for item in items for src in item.get("sources") or []
                if isinstance(src, dict) and src.get("medication_id")}
    bases = {m.id: m for m in session.scalars(
        select(Medication).where(Medication.id.in_(base_ids)))} if base_ids else {}

    statements: list[dict[str, Any]] = []
    item_rids: list[str] = []
    rid_of_entry: dict[str, str] = {}
    for n, item in enumerate(items):
        rid = item.get("medication_id") or _uuid(snapshot.id, "item", str(n))
        item_rids.append(rid)
        base = next((bases.get(src.get("medication_id")) for src in item.get("sources") or []
                     if src.get("medication_id") in bases
                     and src.get("text") == item.get("text")), None)
        statements.append(medication_statement(item, rid, patient_ref, taken_at, base))
        rid_of_entry[f"item:{n}"] = rid
        for src in item.get("sources") or []:
            if isinstance(src, dict) and src.get("entry_id"):
                rid_of_entry[src["entry_id"]] = rid

    item_of_rid = dict(zip(item_rids, items, strict=True))
    issues = []
    for finding in findings:
        implicated = []
        for entry in finding.get("entries") or []:
            rid = rid_of_entry.get(entry)
            if rid is not None and rid not in implicated:
                implicated.append(rid)
        # Discrepancies were resolved by the nurse's decision; safety findings on the final
        # list stand as found.
        decided = ([item_of_rid[r] for r in implicated]
                   if finding.get("list", "worksheet") == "worksheet" else [])
        rid = _uuid(snapshot.id, "finding", str(finding.get("list", "worksheet")),
                    str(finding.get("id", len(issues))))
        issues.append(detected_issue(finding, rid, patient_ref, taken_at, implicated, decided))

    the_list: dict[str, Any] = prune({
        "resourceType": "List",
        "id": snapshot.id,
        "identifier": [{"system": "urn:ietf:rfc:3986", "value": f"urn:uuid:{snapshot.id}"}],
        "status": "current",
        "mode": "snapshot",
        "title": LIST_TITLE,
        "code": {"coding": [dict(LIST_CODE)], "text": LIST_TITLE},
        "subject": patient_ref,
        "date": fmt_datetime(taken_at),
        "note": ([{"text": worksheet.notes}] if worksheet is not None and worksheet.notes
                 else None),
        "entry": [{"item": _ref(rid), "flag": _flag(item.get("decision")),
                   "date": fmt_datetime(taken_at)}
                  for rid, item in zip(item_rids, items, strict=True)] or None,
    })
    if not items:
        the_list["emptyReason"] = {"coding": [{"system": LIST_EMPTY_REASON, "code": "nilknown",
                                               "display": "Nil Known"}],
                                   "text": "No medicines"}

    resources = [patient_resource(patient), the_list, *statements, *issues]
    return {
        "resourceType": "Bundle",
        "id": _uuid(snapshot.id, "bundle"),
        "type": "collection",
        "timestamp": fmt_datetime(dt.datetime.now(dt.timezone.utc)),
        "entry": [{"fullUrl": f"urn:uuid:{r['id']}", "resource": r} for r in resources],
    }


def export_reconciled_list(store: Any, snapshot_id: str) -> dict[str, Any]:
    """:func:`reconciled_list_bundle` in a read session of ``store`` (for the Runner)."""
    with store.session() as session:
        return reconciled_list_bundle(session, snapshot_id)


__all__ = ["ACTCODE", "FLAG_OF_DECISION", "LIST_CODE", "detected_issue", "export_reconciled_list",
           "finding_code", "medication_statement", "reconciled_list_bundle"]
