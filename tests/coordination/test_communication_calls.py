"""The communication log (entries, SBAR handoffs), the day's call list assembled from the loops'
tasks and scheduled calls, logging a call from it; and, on the Synthea fixtures, a tracked test
matched automatically to an imported result by LOINC code after the order date."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.coordination import communication as C
from app.coordination import referrals as R
from app.coordination import results as RT
from app.models.entities import (
    Appointment,
    CommunicationLogEntry,
    Observation,
    Patient,
    ResultTracking,
    Task,
)
from app.models.errors import InputError

UTC = dt.UTC
NOW = dt.datetime(2026, 11, 25, 12, 0).astimezone()  # local noon: the day is the local day
DAY = dt.timedelta(days=1)


def _patient(store: Any, given: str = "Ada", phone: str | None = "555-0100") -> str:
    with store.write() as s:
        p = Patient(given_name=given, family_name="Test", phone=phone, pcp_name="Dr. Primary",
                    pcp_phone="555-0300")
        s.add(p)
        s.flush()
        return p.id


def test_log_entries_and_sbar(store: Any) -> None:
    pid = _patient(store)
    C.log_entry(store, patient_id=pid, summary="Asked about swelling", party_name="Ben",
                party_role="caregiver", outcome="reached", occurred_at=NOW - DAY, now=NOW)
    C.log_sbar(store, patient_id=pid, situation="Weight up 2 kg in 3 days",
               background="HF, EF 30%", assessment="Fluid overload likely",
               recommendation="Increase furosemide; visit tomorrow", party_name="Dr. Primary",
               party_role="PCP", now=NOW)
    with store.session() as s:
        rows = C.list_log(s, pid)
    assert [r.summary for r in rows] == ["Weight up 2 kg in 3 days", "Asked about swelling"]
    assert rows[0].sbar == {"situation": "Weight up 2 kg in 3 days", "background": "HF, EF 30%",
                            "assessment": "Fluid overload likely",
                            "recommendation": "Increase furosemide; visit tomorrow"}
    assert rows[1].direction == "outgoing" and rows[1].party_role == "caregiver"
    with pytest.raises(InputError, match="all four parts: the assessment is missing"):
        C.log_sbar(store, patient_id=pid, situation="S", background="B", assessment=" ",
                   recommendation="R", now=NOW)
    with pytest.raises(InputError, match="summary"):
        C.log_entry(store, patient_id=pid, summary="", now=NOW)
    with pytest.raises(InputError, match="incoming or outgoing"):
        C.log_entry(store, patient_id=pid, summary="x", direction="sideways", now=NOW)
    with pytest.raises(InputError, match="future"):
        C.log_entry(store, patient_id=pid, summary="x", occurred_at=NOW + DAY, now=NOW)


def test_call_list_assembly_and_logging_a_call(store: Any) -> None:
    ada = _patient(store)
    bob = _patient(store, "Bob", phone="555-0200")
    # a referral not scheduled for 8 days -> call the specialist's office
    ref = R.create_referral(store, patient_id=ada, to_name="Dr. Heart", to_phone="555-0199",
                            reason="HF", send=True, now=NOW - 8 * DAY)
    # an abnormal result acknowledged -> tell the patient
    t = RT.order_test(store, patient_id=bob, test_name="Potassium", test_code="2823-3",
                      now=NOW - 3 * DAY)
    with store.write() as s:
        s.add(Observation(patient_id=bob, code="2823-3", effective_at=NOW - 2 * DAY,
                          value_quantity=6.1, value_unit="mmol/L", interpretation="H"))
    RT.match_results(store, now=NOW)
    RT.acknowledge(store, t.id, "Dr. Primary", now=NOW - DAY)
    with store.write() as s:
        # a transition contact task (another workflow's), a non-call task, one due tomorrow
        s.add(Task(patient_id=ada, title="Transition contact within 2 business days",
                   origin="transition", status="open", due_at=NOW - dt.timedelta(hours=2)))
        s.add(Task(patient_id=ada, title="Reconcile medicines", status="open", due_at=NOW))
        s.add(Task(patient_id=bob, title="Call about the walker", status="open",
                   due_at=NOW + 3 * DAY))
    C.schedule_call(store, patient_id=bob, at=NOW + dt.timedelta(hours=1),
                    purpose="Check on new inhaler", now=NOW)
    C.schedule_call(store, patient_id=bob, at=NOW + 2 * DAY, purpose="Later", now=NOW)
    items = C.refresh_call_list(store, now=NOW)
    assert C.refresh_call_list(store, now=NOW) == items  # no duplicates on re-evaluation
    whys = [(i.patient_name, i.why) for i in items]
    assert sorted(whys) == sorted([
        ("Test, Ada", "Referral not scheduled: call the office"),
        ("Test, Ada", "Transition contact within 2 business days"),
        ("Test, Bob", "Tell the patient the result"),
        ("Test, Bob", "Check on new inhaler"),
    ])
    by_why = {i.why: i for i in items}
    office = by_why["Referral not scheduled: call the office"]
    assert (office.party_name, office.phone, office.origin) == ("Dr. Heart", "555-0199",
                                                                 "referral")
    assert by_why["Transition contact within 2 business days"].phone == "555-0100"
    assert by_why["Transition contact within 2 business days"].overdue
    tell = by_why["Tell the patient the result"]
    assert (tell.party_role, tell.phone) == ("patient", "555-0200")
    assert not by_why["Check on new inhaler"].overdue
    assert items[-1].why == "Check on new inhaler"  # overdue and urgent first, then by time

    # no answer: logged, stays on the list
    C.complete_call(store, tell.key, outcome="no_answer", now=NOW)
    assert tell.key in {i.key for i in C.refresh_call_list(store, now=NOW)}
    # reached: logged, task done, the patient recorded as told by phone, the loop closed
    entry = C.complete_call(store, tell.key, outcome="reached", note="Understood", now=NOW)
    assert entry.summary == "Tell the patient the result\nUnderstood"
    assert entry.outcome == "reached" and entry.party_role == "patient"
    with store.session() as s:
        tr = s.get(ResultTracking, t.id)
        assert (tr.patient_informed_how, tr.status) == ("phone", "closed")
        assert len(s.scalars(select(CommunicationLogEntry).where(
            CommunicationLogEntry.patient_id == bob)).all()) == 2
    sched = by_why["Check on new inhaler"]
    C.complete_call(store, sched.key, outcome="reached", now=NOW)
    with store.session() as s:
        assert s.get(Appointment, sched.appointment_id).status == "fulfilled"
    left = {i.why for i in C.refresh_call_list(store, now=NOW)}
    assert left == {"Referral not scheduled: call the office",
                    "Transition contact within 2 business days"}
    with pytest.raises(InputError, match="no longer on the list"):
        C.complete_call(store, sched.key, now=NOW)
    with pytest.raises(InputError, match="outcome"):
        C.complete_call(store, office.key, outcome="maybe", now=NOW)
    assert ref.id  # the referral's task stays until the referral is scheduled


def _lab_series(bundle: dict[str, Any]) -> tuple[str, str, list[tuple[str, str]]]:
    """(patient resource id, LOINC code, [(effective, observation id)]) of a lab code the
    bundle has at least twice, read straight from the JSON."""
    series: dict[str, list[tuple[str, str]]] = {}
    patient_id = ""
    for entry in bundle.get("entry", []):
        res = entry.get("resource", {})
        if res.get("resourceType") == "Patient":
            patient_id = res["id"]
        if res.get("resourceType") != "Observation" or "valueQuantity" not in res:
            continue
        cats = [c.get("code") for cat in res.get("category", []) for c in cat.get("coding", [])]
        if "laboratory" not in cats or not res.get("effectiveDateTime"):
            continue
        for coding in res.get("code", {}).get("coding", []):
            if coding.get("system") == "http://loinc.org":
                series.setdefault(coding["code"], []).append((res["effectiveDateTime"],
                                                              res["id"]))
                break
    code, points = max(series.items(), key=lambda kv: (len(kv[1]), kv[0]))
    assert len(points) >= 2
    return patient_id, code, sorted(points)


def test_synthea_result_matched_by_loinc_after_the_order(fixtures_dir: Path, store: Any) -> None:
    from app.fhir.importer import import_paths

    path = min(fixtures_dir.glob("*.json"), key=lambda p: p.stat().st_size)
    bundle = json.loads(path.read_bytes())
    fhir_patient, code, points = _lab_series(bundle)
    import_paths(store, [path])
    # order between the first and the second result: the second must be matched
    first = dt.datetime.fromisoformat(points[0][0])
    second = dt.datetime.fromisoformat(points[1][0])
    ordered = first + (second - first) / 2
    expected = next(oid for eff, oid in points if dt.datetime.fromisoformat(eff) >= ordered)
    with store.session() as s:
        pid = s.scalar(select(Patient.id).where(Patient.fhir_id == fhir_patient))
    assert pid is not None
    t = RT.order_test(store, patient_id=pid, test_name="Lab from the bundle", test_code=code,
                      ordered_at=ordered, now=ordered)
    assert RT.match_results(store, now=ordered + 400 * DAY) == [t.id]
    with store.session() as s:
        row = s.get(ResultTracking, t.id)
        obs = s.get(Observation, row.observation_id)
        assert obs.fhir_id == expected and obs.code == code
        assert row.resulted_at == obs.effective_at and row.status == "resulted"
        assert row.abnormal == RT.abnormal_of(obs)
