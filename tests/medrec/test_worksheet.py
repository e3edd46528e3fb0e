"""The medication reconciliation worksheet on a real encrypted store with the demo panel:
start from the chart's lists, add a pasted list, check, decide every row, finalize; the
snapshot is permanent and the reconciled list survives closing and reopening the store."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.chart.service import load_chart
from app.demo.generator import build_demo_panel
from app.medrec import worksheet as W
from app.models.entities import (
    Allergy,
    Medication,
    MedRecWorksheet,
    Patient,
    ReconciledListSnapshot,
)
from app.models.errors import ImmutableRecordError, InputError
from app.models.store import Store

PASSPHRASE = "medrec test passphrase 7"
UTC = dt.timezone.utc

# What the nurse finds in the home of the heart-failure patient discharged with furosemide
# 80 mg and new spironolactone: the old furosemide dose, carvedilol, lisinopril, atorvastatin,
# and an NSAID from the corner shop. A bullet, a list number and blank lines, as pasted.
HF_BOTTLES = """
- furosemide 40 mg tablet, 1 daily in the morning
carvedilol 6.25 mg twice daily with meals

2. lisinopril 5 mg daily
atorvastatin 20 mg daily
ibuprofen 400 mg three times a day as needed for pain
"""


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[tuple[Store, Any]]:
    """A fresh store with the featured demo patients (the first eight of the panel)."""
    store = Store.create(tmp_path / "store", mode="passphrase", passphrase=PASSPHRASE)
    summary = build_demo_panel(store, patients=8)
    yield store, summary
    store.close()


def hf_patient(summary: Any) -> str:
    return next(d["patient_id"] for d in summary.discharge_differences
                if d["kind"] == "dose_change" and d["drug"] == "furosemide")


def warfarin_patient(summary: Any) -> str:
    return next(p["patient_id"] for p in summary.safety_problems
                if p["kind"] == "anticoagulant_nsaid")


def decide_all(store: Store, worksheet_id: str, outcome: W.CheckOutcome,
               special: dict[str, dict[str, Any]] | None = None) -> W.CheckOutcome:
    """Continue every row (documented intentional where the lists differ), except the rows in
    ``special``; then check again."""
    for row in outcome.rows:
        fields = (special or {}).get(row.key) or {
            "decision": "continue",
            "intent": "documented_intentional" if row.status == "discrepancy" else "none"}
        W.record_decision(store, worksheet_id, row.key, entries=row.entry_ids, **fields)
    return W.check_worksheet(store, worksheet_id)


def reconciled_hf(store: Store, summary: Any) -> tuple[str, W.FinalizeResult]:
    """The HF patient taken through to a finalized list (used by the FHIR export tests)."""
    pid = hf_patient(summary)
    ws = W.start_worksheet(store, pid)
    ws = W.add_source(store, ws.id, "actual", "Bottles on the kitchen table", HF_BOTTLES,
                      kind="bottle")
    outcome = W.check_worksheet(store, ws.id)
    decide_all(store, ws.id, outcome, {
        "ibuprofen": {"decision": "stop", "intent": "unintentional",
                      "note": "Bought over the counter; asked to stop, acetaminophen instead"},
        "docusate": {"decision": "hold", "intent": "undocumented_intentional"},
        "carvedilol": {"decision": "modify", "intent": "unintentional",
                       "final_text": "carvedilol 6.25 mg by mouth twice daily with meals"},
    })
    return pid, W.finalize(store, ws.id)


# -- starting --------------------------------------------------------------------------------------
def test_start_prefills_sources_from_the_chart_lists(demo: tuple[Store, Any]) -> None:
    store, summary = demo
    pid = warfarin_patient(summary)
    ws = W.start_worksheet(store, pid)
    assert ws.status == "in_progress" and ws.patient_id == pid and not ws.decisions
    assert [(s.role, s.kind, s.origin) for s in ws.sources] == [
        ("intended", "discharge", "chart"), ("intended", "ehr", "chart")]
    with store.session() as s:
        meds = {m.id: m for m in s.scalars(select(Medication).where(
            Medication.patient_id == pid, Medication.deleted_at.is_(None)))}
        assert ws.encounter_id is not None  # the admission the discharge list came from
    discharge = ws.sources[0]
    for entry in discharge.entries:
        med = meds[entry.medication_id]  # every line keeps the chart row it came from
        assert med.source == "discharge"
        assert (med.code_display or "") in entry.text
        assert entry.action == ("stop" if med.status == "stopped" else "continue")
        assert entry.taking is None
    stopped = [e for e in discharge.entries if e.action == "stop"]
    assert len(stopped) == 1 and "naproxen" in stopped[0].text.lower()
    assert "STOP taking" not in stopped[0].text  # the instructions it had, not the "STOP" sig
    # The EHR list holds current orders only.
    assert all(meds[e.medication_id].status == "active" for e in ws.sources[1].entries)


def test_starting_again_resumes_the_worksheet_in_progress(demo: tuple[Store, Any]) -> None:
    store, summary = demo
    pid = hf_patient(summary)
    first = W.start_worksheet(store, pid)
    W.add_source(store, first.id, "actual", "Bottles", "furosemide 40 mg daily", kind="bottle")
    again = W.start_worksheet(store, pid)
    assert again.id == first.id and len(again.sources) == 3
    resumed = W.resume_worksheet(store, pid)
    assert resumed is not None and resumed.id == first.id
    assert resumed.patient_name and resumed.sources == again.sources
    with store.session() as s:
        listed = W.list_worksheets(s, pid)
    assert [(w.id, w.status, w.sources) for w in listed] == [(first.id, "in_progress", 3)]
    assert listed[0].entries == again.entry_count
    other = warfarin_patient(summary)
    assert W.resume_worksheet(store, other) is None
    with pytest.raises(InputError, match="patient was not found"):
        W.start_worksheet(store, "no-such-patient")


# -- sources ---------------------------------------------------------------------------------------
def test_pasted_lines_one_per_line_blank_lines_and_bullets_dropped(demo: tuple[Store, Any]) -> None:
    store, summary = demo
    ws = W.start_worksheet(store, hf_patient(summary))
    ws = W.add_source(store, ws.id, "actual", "  Bottles   on the table ", HF_BOTTLES,
                      kind="bottle")
    added = ws.sources[-1]
    assert (added.role, added.kind, added.label, added.origin) == (
        "actual", "bottle", "Bottles on the table", "typed")
    assert [e.text for e in added.entries] == [
        "furosemide 40 mg tablet, 1 daily in the morning",
        "carvedilol 6.25 mg twice daily with meals", "lisinopril 5 mg daily",
        "atorvastatin 20 mg daily", "ibuprofen 400 mg three times a day as needed for pain"]
    assert all(e.taking is True and e.action is None and e.medication_id is None
               for e in added.entries)
    # No label: named after its kind. A list of lines works too.
    ws = W.add_source(store, ws.id, "intended", "", ["metoprolol 25 mg bid", "  "], kind="pcp")
    assert ws.sources[-1].label == "Primary care list"
    assert [e.action for e in ws.sources[-1].entries] == ["continue"]


@pytest.mark.parametrize(("role", "label", "lines", "kind", "message"), [
    ("actual", "Bottles", "\n \n\t\n", "bottle", "no medicine lines"),
    ("taken", "Bottles", "aspirin", "bottle", "role is 'intended'"),
    ("actual", "Bottles", "aspirin", "fridge", "unknown kind of source"),
    ("actual", "B" * 121, "aspirin", "bottle", "longer than 120"),
    ("actual", "Bottles", "x" * 1001, "bottle", "line 1 is longer"),
])
def test_bad_sources_are_refused_clearly(demo: tuple[Store, Any], role: str, label: str,
                                         lines: str, kind: str, message: str) -> None:
    store, summary = demo
    ws = W.start_worksheet(store, hf_patient(summary))
    with pytest.raises(InputError, match=message) as caught:
        W.add_source(store, ws.id, role, label, lines, kind=kind)
    assert "aspirin" not in str(caught.value) and "xxx" not in str(caught.value)
    assert W.fetch_worksheet(store, ws.id).version == ws.version  # nothing written


def test_edit_and_remove_entries_and_sources(demo: tuple[Store, Any]) -> None:
    store, summary = demo
    ws = W.start_worksheet(store, hf_patient(summary))
    ws = W.add_source(store, ws.id, "actual", "Patient interview",
                      "lasix 40 daily\naspirin 81 mg daily", kind="patient")
    interview = ws.sources[-1]
    lasix, aspirin = interview.entries
    chart_line = ws.sources[0].entries[0]

    ws = W.edit_entry(store, ws.id, lasix.id, text="  furosemide   40 mg daily ", note="half")
    assert ws.entry(lasix.id)[1].text == "furosemide 40 mg daily"
    assert ws.entry(lasix.id)[1].note == "half"
    ws = W.edit_entry(store, ws.id, aspirin.id, taking=False)
    assert ws.entry(aspirin.id)[1].taking is False
    ws = W.edit_entry(store, ws.id, chart_line.id, action="changed")
    assert ws.entry(chart_line.id)[1].action == "changed"
    assert ws.entry(chart_line.id)[1].medication_id is not None
    ws = W.edit_entry(store, ws.id, chart_line.id, text=chart_line.text + " with food")
    assert ws.entry(chart_line.id)[1].medication_id is None  # no longer the chart's line

    with pytest.raises(InputError, match="only a line on an intended list"):
        W.edit_entry(store, ws.id, aspirin.id, action="stop")
    with pytest.raises(InputError, match="taken or not taken"):
        W.edit_entry(store, ws.id, chart_line.id, taking=False)
    with pytest.raises(InputError, match="action is one of"):
        W.edit_entry(store, ws.id, chart_line.id, action="pause")
    with pytest.raises(InputError, match="empty"):
        W.edit_entry(store, ws.id, lasix.id, text="   ")
    with pytest.raises(InputError, match="not on this worksheet"):
        W.edit_entry(store, ws.id, "ent-nope", note="x")

    ws = W.add_entry(store, ws.id, interview.id, "metformin 500 mg twice daily")
    assert ws.source(interview.id).entries[-1].taking is True
    ws = W.remove_entry(store, ws.id, aspirin.id)
    assert [e.id for e in ws.source(interview.id).entries][:1] == [lasix.id]
    assert aspirin.id not in {e.id for s in ws.sources for e in s.entries}
    ws = W.edit_source(store, ws.id, interview.id, label="Daughter, by phone", role="intended")
    changed = ws.source(interview.id)
    assert changed.label == "Daughter, by phone" and changed.role == "intended"
    assert all(e.action == "continue" and e.taking is None for e in changed.entries)
    ws = W.remove_source(store, ws.id, interview.id)
    assert interview.id not in {s.id for s in ws.sources}
    with pytest.raises(InputError, match="not on this worksheet"):
        W.remove_source(store, ws.id, interview.id)
    with pytest.raises(W.WorksheetNotFoundError):
        W.add_entry(store, "no-such-worksheet", interview.id, "x")


# -- the check -------------------------------------------------------------------------------------
def test_check_matches_rows_by_ingredient_with_findings_on_their_rows(
        demo: tuple[Store, Any]) -> None:
    store, summary = demo
    ws = W.start_worksheet(store, hf_patient(summary))
    ws = W.add_source(store, ws.id, "actual", "Bottles", HF_BOTTLES, kind="bottle")
    outcome = W.check_worksheet(store, ws.id)
    rows = {r.key: r for r in outcome.rows}
    assert {"furosemide", "spironolactone", "ibuprofen", "lisinopril"} <= set(rows)

    bottles = ws.sources[-1]
    furosemide = rows["furosemide"]
    # Discharge and EHR lines (intended) beside the bottle (actual), in one row.
    assert len(furosemide.entries["intended"]) == 2
    assert furosemide.entries["actual"] == (bottles.entries[0].id,)
    assert furosemide.status == "discrepancy"
    dose = [f for f in furosemide.findings if f.type == "dose"]
    assert dose and dose[0].severity in ("high", "moderate")
    assert set(dose[0].entries) <= set(furosemide.entry_ids)
    assert dose[0].raw["actual"] == bottles.entries[0].id  # engine ids translated
    # The discharge list (newest intent) gives the default text: 80 mg.
    assert "80 mg" in furosemide.default_text

    assert [f.type for f in rows["spironolactone"].findings] == ["omission"]
    assert "actual" not in rows["spironolactone"].entries
    ibuprofen = rows["ibuprofen"]
    assert ibuprofen.entries == {"actual": (bottles.entries[4].id,)}
    assert "commission" in {f.type for f in ibuprofen.findings}
    assert rows["lisinopril"].status == "match" and not rows["lisinopril"].findings
    assert outcome.knowledge_version
    assert set(outcome.parsed) == {e.id for s in ws.sources for e in s.entries}
    assert outcome.problems() == {r.key: "needs a decision" for r in outcome.rows}
    assert not outcome.ready


def test_the_check_uses_allergies_and_age_from_the_store(demo: tuple[Store, Any]) -> None:
    store, summary = demo
    pid = warfarin_patient(summary)
    with store.write() as s:
        s.add(Allergy(patient_id=pid, code_text="Penicillin", category="medication",
                      clinical_status="active", reaction="Hives"))
        s.add(Allergy(patient_id=pid, code_text="Peanut", category="food",
                      clinical_status="active"))
        s.add(Allergy(patient_id=pid, code_text="Sulfa", category="medication",
                      clinical_status="resolved"))
    with store.session() as s:
        facts = W.patient_facts(s, pid, dt.date(2026, 11, 29))
        born = s.get(Patient, pid).birth_date
    assert facts["birth_date"] == born.isoformat() and facts["as_of"] == "2026-11-29"
    assert {"substance": "Penicillin", "reaction": "Hives"} in facts["allergies"]
    assert all(a["substance"] not in ("Peanut", "Sulfa") for a in facts["allergies"])

    ws = W.start_worksheet(store, pid)
    ws = W.add_source(store, ws.id, "actual", "Bottles",
                      "warfarin 5 mg daily in the evening\nnaproxen 500 mg twice daily\n"
                      "amoxicillin 500 mg three times daily", kind="bottle")
    outcome = W.check_worksheet(store, ws.id)
    rows = {r.key: r for r in outcome.rows}
    kinds = {f.kind for f in outcome.findings}
    assert {"allergy", "interaction", "discrepancy"} <= kinds
    assert any(f.kind == "allergy" and f.severity == "high" for f in rows["amoxicillin"].findings)
    # Naproxen: stopped at discharge but still taken; the warfarin + NSAID interaction shows on
    # both medicines' rows.
    assert any(f.type == "commission" for f in rows["naproxen"].findings)
    interaction = next(f for f in outcome.findings if f.kind == "interaction")
    assert interaction in rows["naproxen"].findings and interaction in rows["warfarin"].findings


def test_an_unrecognised_line_keeps_its_row_key_when_other_lists_change(
        demo: tuple[Store, Any]) -> None:
    store, summary = demo
    ws = W.start_worksheet(store, hf_patient(summary))
    ws = W.add_source(store, ws.id, "actual", "Patient", "the little blue pill for sleep",
                      kind="patient")
    entry = ws.sources[-1].entries[0]
    outcome = W.check_worksheet(store, ws.id)
    row = next(r for r in outcome.rows if not r.drugs)
    assert row.key == f"?{entry.id}" and row.status == "unclear"
    W.record_decision(store, ws.id, row.key, decision="clarify", note="Ask the PCP")
    W.remove_source(store, ws.id, ws.sources[1].id)  # the EHR list, before it
    again = W.check_worksheet(store, ws.id)
    row = next(r for r in again.rows if not r.drugs)
    assert row.key == f"?{entry.id}" and again.worksheet.decisions[row.key].decision == "clarify"
    assert "needs" not in (W.row_problem(row, again.worksheet.decisions[row.key]) or "")


# -- decisions and finalizing ----------------------------------------------------------------------
def test_decisions_are_validated_and_finalize_says_what_is_missing(
        demo: tuple[Store, Any]) -> None:
    store, summary = demo
    ws = W.start_worksheet(store, hf_patient(summary))
    with pytest.raises(W.NotReadyError, match="at least two sources"):
        W.finalize(store, ws.id)  # discharge + EHR lists, nothing about what is taken
    ws = W.add_source(store, ws.id, "actual", "Bottles", HF_BOTTLES, kind="bottle")
    outcome = W.check_worksheet(store, ws.id)
    with pytest.raises(InputError, match="decision is one of"):
        W.record_decision(store, ws.id, "furosemide", decision="double it")
    with pytest.raises(InputError, match="intent is one of"):
        W.record_decision(store, ws.id, "furosemide", decision="continue", intent="oops")
    with pytest.raises(InputError, match="final text"):
        W.record_decision(store, ws.id, "furosemide", decision="modify")

    with pytest.raises(W.NotReadyError) as caught:
        W.finalize(store, ws.id)
    assert str(caught.value) == f"Cannot finalize yet: {len(outcome.rows)} rows need a decision."
    assert set(caught.value.rows) == {r.key for r in outcome.rows}

    ws = W.record_decision(store, ws.id, "furosemide", decision="continue")
    assert ws.decisions["furosemide"].intent == "none"
    assert ws.decisions["furosemide"].decided_by == store.actor.user_id
    ws = W.record_decision(store, ws.id, "furosemide", note="Discharge dose confirmed")
    assert ws.decisions["furosemide"].decision == "continue"  # kept; only the note changed
    decide_all(store, ws.id, outcome, {"furosemide": {"decision": "continue"}})
    with pytest.raises(W.NotReadyError, match="1 row needs the intent of the discrepancy"):
        W.finalize(store, ws.id)
    W.record_decision(store, ws.id, "furosemide", intent="documented_intentional")
    W.clear_decision(store, ws.id, "lisinopril")
    with pytest.raises(W.NotReadyError, match="1 row needs a decision") as caught:
        W.finalize(store, ws.id)
    assert caught.value.rows == ["lisinopril"]
    with store.session() as s:  # nothing was written by the refusals
        assert s.scalar(select(ReconciledListSnapshot.id)) is None
        assert s.get(MedRecWorksheet, ws.id).status == "in_progress"


def test_finalize_saves_a_snapshot_and_the_new_current_list(demo: tuple[Store, Any]) -> None:
    store, summary = demo
    pid, result = reconciled_hf(store, summary)
    items = {it["row"]: it for it in result.items}
    assert items["ibuprofen"]["status"] == "stopped"
    assert items["docusate"]["status"] == "on-hold"
    assert items["carvedilol"]["text"] == "carvedilol 6.25 mg by mouth twice daily with meals"
    assert items["carvedilol"]["decision"] == "modify"
    assert items["furosemide"]["status"] == "active" and "80 mg" in items["furosemide"]["text"]
    assert items["ibuprofen"]["note"].startswith("Bought over the counter")
    assert {s["role"] for s in items["furosemide"]["sources"]} == {"intended", "actual"}
    assert all(s["entry_id"] and s["source"] for s in items["furosemide"]["sources"])
    assert items["ibuprofen"]["findings"]

    ws = result.worksheet
    assert ws.status == "completed" and ws.completed_at == result.taken_at
    assert ws.snapshot_id == result.snapshot_id
    assert {f["list"] for f in ws.findings} >= {"worksheet"}
    assert all(f["knowledge_version"] for f in ws.findings)
    entry_ids = {e.id for s in ws.sources for e in s.entries}
    worksheet_findings = [f for f in ws.findings if f["list"] == "worksheet"]
    assert all(set(f["entries"]) <= entry_ids for f in worksheet_findings)

    with store.session() as s:
        meds = s.scalars(select(Medication).where(
            Medication.patient_id == pid, Medication.source == "reconciled")).all()
        by_id = {m.id: m for m in meds}
        assert set(by_id) == set(result.medication_ids)
        furosemide = by_id[items["furosemide"]["medication_id"]]
        assert furosemide.sig == items["furosemide"]["text"]
        assert furosemide.code and furosemide.code_display  # unchanged chart line: coded
        assert (furosemide.dose_quantity, furosemide.dose_unit) == (80.0, "mg")
        assert (furosemide.frequency, furosemide.period_unit, furosemide.route) == (1, "d", "oral")
        carvedilol = by_id[items["carvedilol"]["medication_id"]]
        assert carvedilol.code is None and carvedilol.code_text == "Carvedilol"
        assert carvedilol.frequency == 2
        assert by_id[items["ibuprofen"]["medication_id"]].status == "stopped"
        assert by_id[items["docusate"]["medication_id"]].status == "on-hold"
        chart = load_chart(s, pid)
    group = chart.reconciled[0]
    current = {m.id for m in group.current}
    assert items["docusate"]["medication_id"] in current  # held is still on the list
    assert items["ibuprofen"]["medication_id"] not in current  # stopped is not
    assert len(group.items) == len(items)

    with pytest.raises(W.WorksheetCompletedError):
        W.add_entry(store, ws.id, ws.sources[0].id, "aspirin 81 mg daily")
    with pytest.raises(W.WorksheetCompletedError):
        W.record_decision(store, ws.id, "furosemide", decision="stop")
    with pytest.raises(W.WorksheetCompletedError):
        W.finalize(store, ws.id)
    chain, problems = store.verify()
    assert chain.ok and not problems


def test_a_second_reconciliation_replaces_the_current_list(demo: tuple[Store, Any]) -> None:
    store, summary = demo
    pid, first = reconciled_hf(store, summary)
    ws = W.start_worksheet(store, pid)
    assert ws.id != first.worksheet.id
    # The chart's own reconciled list is not a source: it is what is being redone.
    assert {s.kind for s in ws.sources} == {"discharge", "ehr"}
    ws = W.add_source(store, ws.id, "actual", "Bottles", "furosemide 80 mg every morning",
                      kind="bottle")
    outcome = W.check_worksheet(store, ws.id)
    decide_all(store, ws.id, outcome)
    second = W.finalize(store, ws.id)
    with store.session() as s:
        live = s.scalars(select(Medication.id).where(
            Medication.patient_id == pid, Medication.source == "reconciled",
            Medication.deleted_at.is_(None))).all()
        old = s.scalars(select(Medication).where(Medication.id.in_(first.medication_ids))).all()
        snapshots = s.scalars(select(ReconciledListSnapshot).where(
            ReconciledListSnapshot.patient_id == pid)).all()
        latest = W.latest_snapshot(s, pid)
        listed = W.list_worksheets(s, pid)
    assert set(live) == set(second.medication_ids)
    assert old and all(m.deleted_at is not None for m in old)  # tombstoned, not deleted
    assert len(snapshots) == 2 and latest is not None and latest.id == second.snapshot_id
    assert [w.status for w in listed] == ["completed", "completed"]
    assert listed[0].snapshot_id == second.snapshot_id


def test_the_reconciled_list_survives_closing_and_reopening_the_store(tmp_path: Path) -> None:
    folder = tmp_path / "store"
    store = Store.create(folder, mode="passphrase", passphrase=PASSPHRASE)
    try:
        summary = build_demo_panel(store, patients=8)
        pid, result = reconciled_hf(store, summary)
    finally:
        store.close()
    with Store.open(folder, passphrase=PASSPHRASE) as reopened:
        with reopened.session() as s:
            snap = s.get(ReconciledListSnapshot, result.snapshot_id)
            assert snap is not None and snap.items == result.items
            assert snap.taken_at == result.taken_at and snap.worksheet_id == result.worksheet.id
            chart = load_chart(s, pid)
            ws = W.load_worksheet(s, result.worksheet.id)
        assert ws.is_completed and ws.snapshot_id == snap.id
        assert {m.id for m in chart.reconciled[0].items} == set(result.medication_ids)
        chain, problems = reopened.verify()
        assert chain.ok and not problems


# -- permanence and privacy ------------------------------------------------------------------------
def test_a_snapshot_can_never_be_changed_or_deleted(demo: tuple[Store, Any]) -> None:
    store, summary = demo
    _pid, result = reconciled_hf(store, summary)
    with pytest.raises(ImmutableRecordError, match="permanent record"):
        with store.write() as s:
            s.get(ReconciledListSnapshot, result.snapshot_id).items = []
    with pytest.raises(ImmutableRecordError, match="permanent record"):
        with store.write() as s:
            s.get(ReconciledListSnapshot, result.snapshot_id).mark_deleted()
    with pytest.raises(ImmutableRecordError, match="never hard-deleted"):
        with store.write() as s:
            s.delete(s.get(ReconciledListSnapshot, result.snapshot_id))
    with store.session() as s:
        snap = s.get(ReconciledListSnapshot, result.snapshot_id)
        assert snap.items == result.items and snap.deleted_at is None and snap.version == 1


def test_no_medicine_text_or_patient_name_reaches_the_log(
        demo: tuple[Store, Any], caplog: pytest.LogCaptureFixture) -> None:
    store, summary = demo
    caplog.set_level(logging.DEBUG)
    pid, result = reconciled_hf(store, summary)
    with store.session() as s:
        name = s.get(Patient, pid).full_name
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert result.snapshot_id in logged  # ids are logged ...
    for secret in (name, "ibuprofen", "furosemide", "Bought over the counter"):
        assert secret.lower() not in logged.lower()  # ... clinical text never


def test_split_lines_and_row_problem_rules() -> None:
    # A bare bullet is an empty line; a dash with no space is part of the text.
    assert W.split_lines("• aspirin\r\n\n  3) metformin 500 mg bid  \n*  \n-x") == [
        "aspirin", "metformin 500 mg bid", "-x"]
    row = W.Row(key="warfarin", drugs=("warfarin",), status="discrepancy",
                entries={"intended": ("e1",)})
    assert W.row_problem(row, None) == "needs a decision"
    assert W.row_problem(row, W.Decision("warfarin", "modify", "unintentional")) == \
        "needs the final text"
    assert W.row_problem(row, W.Decision("warfarin", "stop")) == \
        "needs the intent of the discrepancy"
    assert W.row_problem(row, W.Decision("warfarin", "stop", "unintentional")) is None
    match = W.Row(key="lisinopril", drugs=("lisinopril",), status="match", entries={})
    assert W.row_problem(match, W.Decision("lisinopril", "continue")) is None


def test_a_chart_row_without_a_sig_is_written_from_its_coded_fields() -> None:
    ibuprofen = Medication(code_text="Ibuprofen 200 mg", dose_quantity=400, dose_unit="mg",
                           as_needed=True, as_needed_reason="knee pain")
    assert W.medication_line(ibuprofen) == "Ibuprofen 200 mg: 400 mg, as needed for knee pain"
    metoprolol = Medication(code_display="metoprolol tartrate 25 MG Oral Tablet",
                            dose_quantity=25, dose_unit="mg", route="oral", frequency=2,
                            period=1, period_unit="d")
    assert W.medication_line(metoprolol) == (
        "metoprolol tartrate 25 MG Oral Tablet: 25 mg by mouth twice a day")
    stopped = Medication(code_text="naproxen 500 MG Oral Tablet", status="stopped",
                         sig="STOP taking this medicine. (Was: Take 1 tablet twice daily.)",
                         dosage=[{"text": "Take 1 tablet twice daily."}])
    assert W.medication_line(stopped) == "naproxen 500 MG Oral Tablet: Take 1 tablet twice daily."
    assert W.medication_line(Medication()) is None
