"""The FHIR R4 export of a finalized reconciliation: a List of MedicationStatements and one
DetectedIssue per finding, checked against the R4 rules that apply to them (required
elements, value sets, formats, references that resolve inside the Bundle). When the
fhir.resources library is installed, the Bundle is also parsed by its R4 models."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest

from app.demo.generator import build_demo_panel
from app.fhir.common import V3_ACTCODE
from app.medrec.fhir_export import (
    ACTCODE,
    FINDING_SYSTEM,
    LIST_ITEM_FLAG,
    export_reconciled_list,
    finding_code,
    reconciled_list_bundle,
)
from app.models.errors import InputError
from app.models.store import Store
from tests.medrec.test_worksheet import PASSPHRASE, reconciled_hf

ID = re.compile(r"^[A-Za-z0-9\-.]{1,64}$")
DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
LIST_STATUS = {"current", "retired", "entered-in-error"}
LIST_MODE = {"working", "snapshot", "changes"}
STATEMENT_STATUS = {"active", "completed", "entered-in-error", "intended", "stopped",
                    "on-hold", "unknown", "not-taken"}
ISSUE_STATUS = {"registered", "preliminary", "final", "amended", "corrected", "cancelled",
                "entered-in-error", "unknown"}
ISSUE_SEVERITY = {"high", "moderate", "low"}


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory
             ) -> Iterator[tuple[Store, Any, dict[str, Any]]]:
    """The HF demo patient reconciled (bottles pasted, one NSAID stopped, one medicine held,
    one modified), and its exported Bundle passed through JSON text as a file would carry it."""
    store = Store.create(tmp_path_factory.mktemp("medrec-fhir") / "store", mode="passphrase",
                         passphrase=PASSPHRASE)
    summary = build_demo_panel(store, patients=8)
    _pid, result = reconciled_hf(store, summary)
    bundle = json.loads(json.dumps(export_reconciled_list(store, result.snapshot_id)))
    yield store, result, bundle
    store.close()


def _walk(value: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    yield path, value
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _walk(v, f"{path}.{k}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _walk(v, f"{path}[{i}]")


def check_r4(bundle: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Assert the R4 rules for what this export holds; return the resources by type."""
    assert (bundle["resourceType"], bundle["type"]) == ("Bundle", "collection")
    for path, value in _walk(bundle):  # FHIR JSON has no nulls and no empty arrays or objects
        assert value is not None and value != [] and value != {} and value != "", path
    urls = [e["fullUrl"] for e in bundle["entry"]]
    assert len(set(urls)) == len(urls)
    by_type: dict[str, list[dict[str, Any]]] = {}
    for e in bundle["entry"]:
        res = e["resource"]
        assert ID.match(res["id"]) and e["fullUrl"] == f"urn:uuid:{res['id']}"
        by_type.setdefault(res["resourceType"], []).append(res)
    for path, value in _walk(bundle):
        if path.endswith(".reference"):
            assert value in urls, path  # every reference resolves inside the Bundle
        if path.endswith(("DateTime", ".date", "dateAsserted", ".timestamp")) \
                and isinstance(value, str):
            assert DATETIME.match(value), path

    for lst in by_type.get("List", []):
        assert lst["status"] in LIST_STATUS and lst["mode"] in LIST_MODE
        assert lst.get("entry") or lst.get("emptyReason")  # lst-1
        for entry in lst.get("entry", []):
            assert "item" in entry
            assert "deleted" not in entry or lst["mode"] == "changes"  # lst-2
    for st in by_type.get("MedicationStatement", []):
        assert st["status"] in STATEMENT_STATUS
        assert "medicationCodeableConcept" in st and "subject" in st
    for issue in by_type.get("DetectedIssue", []):
        assert issue["status"] in ISSUE_STATUS
        assert issue.get("severity", "high") in ISSUE_SEVERITY
        for m in issue.get("mitigation", []):
            assert "action" in m
    for path, value in _walk(bundle):
        if path.endswith(".coding") and isinstance(value, list):
            for c in value:
                assert c.get("system") and c.get("code"), path
    return by_type


def test_the_list_is_a_current_snapshot_of_the_reconciled_medicines(exported) -> None:
    _store, result, bundle = exported
    by_type = check_r4(bundle)
    assert [len(by_type[t]) for t in ("Patient", "List")] == [1, 1]
    patient, the_list = by_type["Patient"][0], by_type["List"][0]
    assert the_list["status"] == "current" and the_list["mode"] == "snapshot"
    assert the_list["title"] == "Reconciled medication list"
    assert the_list["code"]["coding"] == [{"system": "http://loinc.org", "code": "10160-0",
                                           "display": "History of Medication use Narrative"}]
    assert the_list["subject"] == {"reference": f"urn:uuid:{patient['id']}"}
    assert the_list["id"] == result.snapshot_id
    assert the_list["date"].startswith(result.taken_at.date().isoformat()[:4])

    statements = {s["id"]: s for s in by_type["MedicationStatement"]}
    assert len(statements) == len(result.items)
    flags = {}
    for entry, item in zip(the_list["entry"], result.items, strict=True):
        st = statements[entry["item"]["reference"].removeprefix("urn:uuid:")]
        assert st["id"] == item["medication_id"]  # the reconciled Medication row
        assert st["dosage"] == [{"text": item["text"]}]
        assert st["subject"] == the_list["subject"]
        flags[item["row"]] = (entry["flag"].get("coding") or [{}])[0].get("code")
        assert st["status"] == {"active": "active", "on-hold": "on-hold",
                                "stopped": "stopped"}[item["status"]]
    assert flags["ibuprofen"] == "05" and flags["docusate"] == "06"
    assert flags["carvedilol"] == "02" and flags["lisinopril"] == "01"
    assert all(e["flag"]["coding"][0]["system"] == LIST_ITEM_FLAG
               for e in the_list["entry"] if "coding" in e["flag"])

    by_row = {it["row"]: statements[it["medication_id"]] for it in result.items}
    furosemide = by_row["furosemide"]["medicationCodeableConcept"]
    assert furosemide["text"] == "Furosemide"
    assert furosemide["coding"][0]["system"] == "http://www.nlm.nih.gov/research/umls/rxnorm"
    assert "coding" not in by_row["carvedilol"]["medicationCodeableConcept"]  # modified
    note = by_row["ibuprofen"]["note"][0]["text"]
    assert note.startswith("Decision: Stop (unintentional discrepancy)")
    assert "Bought over the counter" in note


def test_one_detected_issue_per_finding_with_its_medicines_implicated(exported) -> None:
    _store, result, bundle = exported
    by_type = check_r4(bundle)
    findings = result.worksheet.findings
    issues = by_type["DetectedIssue"]
    assert len(issues) == len(findings) and findings
    statements = {f"urn:uuid:{s['id']}": s for s in by_type["MedicationStatement"]}
    for issue, finding in zip(issues, findings, strict=True):
        assert issue["status"] == "final"
        assert issue["detail"] == finding["message"]
        assert issue["patient"]["reference"].startswith("urn:uuid:")
        if finding["severity"] in ISSUE_SEVERITY:
            assert issue["severity"] == finding["severity"]
        codes = {(c["system"], c["code"]) for c in issue["code"]["coding"]}
        assert (FINDING_SYSTEM, finding["kind"] if finding["kind"] != "discrepancy"
                else f"discrepancy-{finding['type']}") in codes
        assert issue["implicated"] and all(r["reference"] in statements
                                           for r in issue["implicated"])
        assert issue["extension"][0]["valueString"] == finding["source"]
    ibuprofen = next(it for it in result.items if it["row"] == "ibuprofen")
    commission = next(i for i, f in zip(issues, findings, strict=True)
                      if f.get("type") == "commission")
    assert commission["implicated"] == [{"reference": f"urn:uuid:{ibuprofen['medication_id']}"}]
    assert commission["mitigation"][0]["action"]["text"].startswith("Decision: Stop")
    beers = [i for i in issues if any(c["code"] == "GEALRT" for c in i["code"]["coding"])]
    assert beers and all(i["code"]["coding"][0]["system"] == V3_ACTCODE for i in beers)


def test_exporting_twice_gives_the_same_resources(exported) -> None:
    store, result, bundle = exported
    again = json.loads(json.dumps(export_reconciled_list(store, result.snapshot_id)))
    assert [e["fullUrl"] for e in again["entry"]] == [e["fullUrl"] for e in bundle["entry"]]
    assert again["entry"] == bundle["entry"]
    with store.session() as s, pytest.raises(InputError, match="not found"):
        reconciled_list_bundle(s, "no-such-snapshot")


@pytest.mark.parametrize(("finding", "code"), [
    ({"kind": "interaction"}, "DRG"),
    ({"kind": "therapeutic_duplication", "basis": "class"}, "DUPTHPY"),
    ({"kind": "allergy", "level": "high"}, "ALGY"),
    ({"kind": "allergy", "level": "low"}, "RALG"),
    ({"kind": "max_daily_dose"}, "DOSEH"),
    ({"kind": "beers"}, "GEALRT"),
    ({"kind": "high_alert"}, None),
    ({"kind": "abbreviation"}, None),
    ({"kind": "discrepancy", "type": "omission"}, None),
])
def test_finding_kinds_map_to_v3_actcodes(finding: dict[str, Any], code: str | None) -> None:
    concept = finding_code(finding)
    act = [c["code"] for c in concept["coding"] if c["system"] == V3_ACTCODE]
    assert act == ([code] if code else [])
    own = concept["coding"][-1]
    assert own["system"] == FINDING_SYSTEM and concept["text"]
    if finding["kind"] == "discrepancy":
        assert own["code"] == "discrepancy-omission" and concept["text"].endswith("omission")
    assert set(ACTCODE) >= {"interaction", "therapeutic_duplication", "allergy",
                            "max_daily_dose", "beers"}


def test_the_bundle_validates_with_fhir_resources(exported) -> None:
    """fhir.resources (pydantic models of the FHIR spec) has no R4 package in version 8; R4B
    keeps R4's List, MedicationStatement and DetectedIssue, so it checks them field by field."""
    from fhir.resources.R4B.bundle import Bundle

    _store, _result, bundle = exported
    parsed = Bundle.model_validate(bundle)
    assert len(parsed.entry) == len(bundle["entry"])
    kinds = {e.resource.get_resource_type() for e in parsed.entry}
    assert {"Patient", "List", "MedicationStatement", "DetectedIssue"} <= kinds


def test_a_list_with_no_items_says_why(exported) -> None:
    """lst-1: a List has entries or an emptyReason (a snapshot from another client may hold
    no medicines)."""
    from app.models.entities import ReconciledListSnapshot

    store, result, _bundle = exported
    with store.write() as s:
        snap = ReconciledListSnapshot(patient_id=result.worksheet.patient_id,
                                      worksheet_id=result.worksheet.id,
                                      taken_at=result.taken_at, items=[])
        s.add(snap)
    bundle = json.loads(json.dumps(export_reconciled_list(store, snap.id)))
    the_list = check_r4(bundle)["List"][0]
    assert "entry" not in the_list
    assert the_list["emptyReason"]["coding"][0]["code"] == "nilknown"
