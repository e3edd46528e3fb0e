"""The handouts' store side (app/handouts/service.py) on real encrypted stores: what can be
printed for a patient and what is suggested, the medicine list the schedule comes from, the
visit and med rec summaries, the rendered PDFs, and the record of what was given at a visit."""

from __future__ import annotations

import datetime as dt
import io
import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from sqlalchemy import select

from app.handouts import content
from app.handouts import service as S
from app.handouts.schedule import build_schedule
from app.models.base import ICD10CM, SNOMED, utcnow
from app.models.entities import (
    Appointment,
    AuditEntry,
    Condition,
    EducationRecord,
    Encounter,
    Medication,
    Patient,
    User,
    VisitNote,
)
from app.models.errors import InputError
from app.models.store import Store
from app.notes import service as notes
from app.handouts.pdf import join_pdfs
from tests.medrec.test_worksheet import reconciled_hf

PASSPHRASE = "handouts test passphrase 3"
DAY = dt.timedelta(days=1)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.create(tmp_path / "store", mode="passphrase", passphrase=PASSPHRASE)
    yield s
    s.close()


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[tuple[Store, Any]]:
    from app.demo.generator import build_demo_panel

    s = Store.create(tmp_path / "demo", mode="passphrase", passphrase=PASSPHRASE)
    summary = build_demo_panel(s, patients=8)
    yield s, summary
    s.close()


def add_patient(store: Store, *, language: str | None = "es", born: dt.date = dt.date(1944, 2, 3),
                conditions: tuple[Any, ...] = (), meds: tuple[tuple[str, str, str], ...] = (),
                discharged_days_ago: float | None = None) -> str:
    """A patient; ``conditions`` as text or (text, system, code, codings); ``meds`` as
    (source, status, sig text), each list written on its own day (EHR orders a month ago, the
    discharge list 5 days ago, the patient's report 3 and the bottles 2)."""
    now = utcnow()
    with store.write() as s:
        p = Patient(given_name="Quillonia", family_name="Vandermeerschaut", birth_date=born,
                    language=language, language_display={"es": "Spanish"}.get(language or ""))
        s.add(p)
        s.flush()
        for c in conditions:
            text, system, code, codings = (c, None, None, None) if isinstance(c, str) else c
            s.add(Condition(patient_id=p.id, code_text=text, code_system=system, code=code,
                            codings=codings, clinical_status="active"))
        for source, status, sig in meds:
            days = {"ehr": 30, "discharge": 5, "patient": 3, "bottle": 2}[source]
            s.add(Medication(patient_id=p.id, source=source, status=status, sig=sig,
                             code_text=sig.split()[0], authored_at=now - days * DAY))
        if discharged_days_ago is not None:
            end = now - dt.timedelta(days=discharged_days_ago)
            s.add(Encounter(patient_id=p.id, kind="inpatient", start_at=end - 4 * DAY, end_at=end))
        return p.id


# -- language ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("language, display, expected", [
    ("es", None, ("es", True)), ("es-MX", None, ("es", True)), ("spa", None, ("es", True)),
    (None, "Español", ("es", True)), ("en-US", None, ("en", True)), (None, None, ("en", True)),
    ("vi", "Vietnamese", ("en", False)), ("yue", None, ("en", False)),
])
def test_the_patients_language_picks_the_handout_language(language: str | None,
                                                          display: str | None,
                                                          expected: tuple[str, bool]) -> None:
    assert S.lang_of(language, display) == expected


# -- suggestions ---------------------------------------------------------------------------------------
def test_suggestions_file_names_real_topics_and_cites_every_rule() -> None:
    data = json.loads(S.SUGGESTIONS_FILE.read_text(encoding="utf-8"))
    rules = S.suggestion_rules()
    assert len(rules) == len(data["rules"]) >= 10
    assert {r["topic"] for r in rules} <= set(content.topic_names())
    assert {r["source"] for r in rules} == set(data["sources"])
    for rule in rules:
        assert rule["rationale"] and rule["why"]
    # the asked-for mapping is all there
    wanted = {("heart_failure", "condition"), ("copd", "condition"), ("diabetes", "condition"),
              ("low_blood_sugar", "condition"), ("anticoagulation", "medication_class"),
              ("fall_prevention", "age_at_least"), ("hospital_discharge", "discharged_within_days")}
    assert wanted <= {(r["topic"], r["when"]) for r in rules}


def test_choices_for_a_spanish_speaking_patient_home_from_hospital(store: Store) -> None:
    pid = add_patient(
        store, conditions=("Chronic congestive heart failure (disorder)",),
        meds=(("bottle", "active", "Coumadin 5 mg tablet daily at 5 pm"),
              ("bottle", "active", "furosemide 40 mg daily"),
              ("ehr", "active", "metformin 500 mg twice daily")),
        discharged_days_ago=3)
    with store.session() as s:
        c = S.handout_choices(s, pid)
    assert (c.lang, c.language_available, c.language_display) == ("es", True, "Spanish")
    assert c.schedule_source == "actual" and c.schedule_count == 2
    assert c.schedule_source_text.startswith("Bottles in the home of ")
    reasons = {t.name: t.reasons for t in c.topics if t.suggested}
    assert set(reasons) == {"heart_failure", "anticoagulation", "fall_prevention",
                            "hospital_discharge"}
    assert reasons["heart_failure"] == ("Chronic congestive heart failure on the problem list",)
    assert reasons["anticoagulation"] == ("warfarin on the medicine list",)  # the brand read
    assert reasons["hospital_discharge"] == ("Home from the hospital 3 days ago",)
    assert [t.name for t in c.topics[:4]] == list(c.suggested)  # suggested first
    assert sorted(t.name for t in c.topics) == content.topic_names()
    assert c.visit_note_id is None and c.snapshot_id is None and c.draft_note_id is None


@pytest.mark.parametrize("condition, topics", [
    ("Family history of heart failure", set()),
    ("Prediabetes (finding)", set()),
    ("Diabetes insipidus", set()),
    ("Pulmonary hypertension", set()),
    ("Type 2 diabetes mellitus", {"diabetes", "low_blood_sugar"}),
    ("Pulmonary emphysema (disorder)", {"copd"}),
    ("Essential hypertension", {"high_blood_pressure"}),
    (("Problem", SNOMED, "84114007", None), {"heart_failure"}),
    (("Kidney problem", None, None, [{"system": ICD10CM, "code": "N18.30"}]), {"kidney_disease"}),
    (("Sugar", None, None, [{"system": ICD10CM, "code": "E11.9"}]), {"diabetes", "low_blood_sugar"}),
])
def test_conditions_match_on_codes_and_whole_words(store: Store, condition: Any,
                                                   topics: set[str]) -> None:
    pid = add_patient(store, born=dt.date(1990, 1, 1), conditions=(condition,))
    with store.session() as s:
        assert set(S.handout_choices(s, pid).suggested) == topics


def test_resolved_or_mistaken_conditions_and_old_discharges_suggest_nothing(store: Store) -> None:
    pid = add_patient(store, born=dt.date(1990, 1, 1), discharged_days_ago=45)
    with store.write() as s:
        s.add(Condition(patient_id=pid, code_text="COPD", clinical_status="resolved"))
        s.add(Condition(patient_id=pid, code_text="Heart failure", clinical_status="active",
                        verification_status="entered-in-error"))
    with store.session() as s:
        assert S.handout_choices(s, pid).suggested == ()


# -- the schedule's list -----------------------------------------------------------------------------
def test_schedule_request_uses_the_newest_prescribed_list_when_nothing_else(store: Store) -> None:
    pid = add_patient(store, language="en", meds=(
        ("ehr", "active", "lisinopril 10 mg daily"),
        ("discharge", "active", "lisinopril 20 mg daily"),
        ("discharge", "stopped", "naproxen 500 mg twice daily"),
        ("ehr", "stopped", "simvastatin 20 mg at bedtime")))
    with store.session() as s:
        request = S.schedule_request(s, pid)
    assert request["patient"]["name"] == "Quillonia Vandermeerschaut"
    assert request["patient"]["language"] == "en"
    assert request["patient"]["birth_date"] == "1944-02-03"
    (lst,) = request["lists"]
    assert lst["role"] == "intended" and lst["source"] == "Hospital discharge list"
    assert [(m["text"], m["action"]) for m in lst["medications"]] == [
        ("lisinopril: lisinopril 20 mg daily", "continue"),
        ("naproxen: naproxen 500 mg twice daily", "stop")]
    schedule = build_schedule(request, lang="en")
    assert [r.name for r in schedule.rows] == ["Lisinopril"]
    assert [r.name for r in schedule.stopped] == ["Naproxen"]


def test_schedule_request_prefers_what_the_patient_takes_with_the_discharge_stops(
        store: Store) -> None:
    pid = add_patient(store, meds=(
        ("discharge", "active", "furosemide 80 mg daily"),
        ("discharge", "stopped", "ibuprofen 400 mg three times a day"),
        ("patient", "active", "furosemide 40 mg daily"),
        ("bottle", "active", "furosemide 40 mg tablet, 1 every morning")))
    with store.session() as s:
        request = S.schedule_request(s, pid)
    roles = [(lst["role"], lst["source"], len(lst["medications"])) for lst in request["lists"]]
    # one actual list only (the one recorded last: the bottles), so nothing prints twice
    assert roles == [("actual", "Bottles in the home", 1), ("intended", "Hospital discharge list", 1)]
    schedule = build_schedule(request)
    assert schedule.lang == "es"  # the patient's
    assert [r.name for r in schedule.rows] == ["Furosemide"]
    assert [r.name for r in schedule.stopped] == ["Ibuprofen"]


def test_schedule_request_takes_the_reconciled_list_first(demo: tuple[Store, Any]) -> None:
    store, summary = demo
    pid, result = reconciled_hf(store, summary)
    with store.session() as s:
        request = S.schedule_request(s, pid)
        choices = S.handout_choices(s, pid)
    (lst,) = request["lists"]
    assert lst["role"] == "reconciled" and len(lst["medications"]) == len(result.items)
    actions = {m["text"]: m["action"] for m in lst["medications"]}
    by_row = {it["row"]: it["text"] for it in result.items}
    assert actions[by_row["ibuprofen"]] == "stop" and actions[by_row["docusate"]] == "hold"
    assert choices.schedule_source == "reconciled" and choices.snapshot_id == result.snapshot_id
    schedule = build_schedule(request, lang="en")
    assert "Ibuprofen" in [r.name for r in schedule.stopped]


def test_no_medicines_means_no_schedule(store: Store) -> None:
    pid = add_patient(store)
    with store.session() as s:
        assert S.schedule_request(s, pid)["lists"] == []
        c = S.handout_choices(s, pid)
    assert not c.schedule_available and c.schedule_count == 0
    with pytest.raises(InputError, match="no medicines"):
        S.render_handouts(store, pid, [S.HandoutItem("schedule")], lang="es")


# -- the visit summary ---------------------------------------------------------------------------------
def signed_visit(store: Store, pid: str, sections: dict[str, Any],
                 visit_at: dt.datetime | None = None) -> str:
    note = notes.start_note(store, pid, visit_at=visit_at)
    notes.save_draft(store, note.id, sections)
    return notes.sign_note(store, note.id).id


VISIT = {
    "reason": {"visit_kind": "post_discharge", "reason": "First visit after the hospital stay",
               "present": "daughter"},
    "vitals": {"bp_systolic": 132, "bp_diastolic": 78, "heart_rate": 72, "weight_lb": 181.5,
               "spo2": 95},
    "assessment": {"findings": "Bibasilar crackles, 2+ pitting edema"},
    "education": {"topic": "Daily weights", "teach_back": "yes"},
    "home_safety": {"actions": "Remove the hall rug"},
    "plan": {"plan": "Weigh every morning and call if up 3 pounds"},
    "follow_up": {"date": "2026-12-04", "kind": "phone"},
}


def test_visit_summary_is_short_plain_and_in_spanish(store: Store) -> None:
    pid = add_patient(store)
    with store.write() as s:
        s.add(Appointment(patient_id=pid, starts_at=utcnow() + 3 * DAY, status="booked",
                          with_whom="Dr. Lena Marchetti", purpose="Hospital follow-up"))
        s.add(Appointment(patient_id=pid, starts_at=utcnow() - 3 * DAY, status="booked",
                          purpose="In the past"))
    note_id = signed_visit(store, pid, VISIT)
    with store.session() as s:
        summary = S.visit_summary(s, note_id, "es", today=dt.date(2026, 11, 29))
        english = S.visit_summary(s, note_id, "en")
    assert summary.kind == "visit" and summary.lang == "es"
    assert summary.title == "Resumen de su visita" and summary.made_on == dt.date(2026, 11, 29)
    assert summary.patient.name == "Quillonia Vandermeerschaut"
    text = {sec.heading: sec.items for sec in summary.sections}
    assert list(text) == ["Su visita", "Lo que revisamos", "De qué hablamos", "Qué sigue",
                          "Sus próximas citas", "Cuándo llamar"]
    assert "Motivo de la visita: Una visita después de su estancia en el hospital" in text["Su visita"]
    assert not any(i.startswith("Quién") for i in text["Su visita"])  # no user: no name made up
    assert "Presión arterial: 132/78" in text["Lo que revisamos"]
    assert "Peso: 181.5 libras" in text["Lo que revisamos"]
    assert text["Qué sigue"][0] == "Weigh every morning and call if up 3 pounds"  # as written
    assert text["Qué sigue"][1] == "Próximo contacto: una llamada, 4 de diciembre de 2026"
    assert len(text["Sus próximas citas"]) == 1 and "Dr. Lena Marchetti" in text["Sus próximas citas"][0]
    assert "inglés" in (summary.footer or "")  # free text is as the nurse wrote it
    # clinical findings are not for the patient's summary
    assert "crackles" not in json.dumps([s.items for s in summary.sections])
    assert [s.heading for s in english.sections][0] == "Your visit"


def test_visit_summary_needs_a_signed_note(store: Store) -> None:
    pid = add_patient(store)
    draft = notes.start_note(store, pid)
    with store.session() as s, pytest.raises(InputError, match="signed"):
        S.visit_summary(s, draft.id, "en")


def test_visit_summary_says_what_changed_in_the_medicines(demo: tuple[Store, Any]) -> None:
    store, summary = demo
    pid, result = reconciled_hf(store, summary)
    note_id = signed_visit(store, pid, {"reason": {"reason": "Visit"},
                                        "assessment": {"findings": "Stable"},
                                        "plan": {"plan": "See you next week"}})
    with store.session() as s:
        visit = S.visit_summary(s, note_id, "en")
    changes = next(sec.items for sec in visit.sections if sec.heading == "Changes to your medicines")
    assert "Stop taking: Ibuprofen" in changes
    assert "Do not take for now: Docusate" in changes
    assert "Changed: Furosemide" in changes  # the discharge dose differs from the bottle
    assert "New: Spironolactone" in changes
    assert changes[-1] == "Your medicine schedule shows how much to take and when."
    assert not any("Atorvastatin" in c for c in changes)  # same as before: not a change


# -- the med rec summary ---------------------------------------------------------------------------------
def test_medrec_summary_for_the_pcp(demo: tuple[Store, Any]) -> None:
    store, summary = demo
    with store.write() as s:
        s.add(User(id=store.actor.user_id, username="jd", display_name="Jane Doe, RN"))
    pid, result = reconciled_hf(store, summary)
    with store.session() as s:
        pcp = S.medrec_summary(s, result.snapshot_id)
    assert pcp.kind == "medrec" and pcp.lang == "en" and pcp.author == "Jane Doe, RN"
    parts = {sec.heading: sec for sec in pcp.sections}
    assert list(parts) == ["Reconciliation", "Reconciled medication list",
                           "Discrepancies and how they were resolved", "Safety findings"]
    assert any(i.startswith("Source: Bottles on the kitchen table (what the patient takes")
               for i in parts["Reconciliation"].items)
    head, *rows = parts["Reconciled medication list"].table
    assert head == ("Medication as reconciled", "Decision", "Lists / intent", "Note")
    assert len(rows) == len(result.items)
    ibuprofen = next(r for r in rows if r[0].startswith("ibuprofen"))
    assert ibuprofen[1] == "Stop" and ibuprofen[2].endswith("unintentional")
    assert ibuprofen[3].startswith("Bought over the counter")
    resolved = parts["Discrepancies and how they were resolved"].items
    assert any(line.startswith("Commission:") and "Resolved: Stop" in line for line in resolved)
    assert any(line.startswith("Dose: Furosemide") and "Resolved: Continue; documented" in line
               for line in resolved)
    assert all("Source: " in line for line in parts["Safety findings"].items
               if not line.startswith("No safety"))
    assert "clinical judgment" in (pcp.footer or "")


# -- rendering -------------------------------------------------------------------------------------------
def test_render_every_kind_in_memory(demo: tuple[Store, Any]) -> None:
    store, summary = demo
    pid, result = reconciled_hf(store, summary)
    note_id = signed_visit(store, pid, VISIT)
    items = [S.HandoutItem("schedule"), S.HandoutItem("topic", "heart_failure"),
             S.HandoutItem("visit_summary", ref=note_id),
             S.HandoutItem("medrec_summary", ref=result.snapshot_id)]
    rendered = S.render_handouts(store, pid, items, lang="es", large_print=True)
    assert [r.item for r in rendered] == items
    assert [r.lang for r in rendered] == ["es", "es", "es", "en"]  # the PCP's is English
    assert rendered[1].title == "Cómo vivir con insuficiencia cardíaca"
    assert rendered[1].version == content.load_topic("heart_failure", "es").version
    assert all(r.pages >= 1 and r.pdf.startswith(b"%PDF") and r.large_print for r in rendered)
    joined = join_pdfs([r.pdf for r in rendered], title="Handouts")
    with pdfplumber.open(io.BytesIO(joined)) as pdf:
        assert len(pdf.pages) == sum(r.pages for r in rendered)
        first = pdf.pages[0].extract_text()
    text = " ".join(pdf_text(joined).split())  # large print wraps the titles
    assert "Mis medicinas" in first
    assert "Medication reconciliation summary" in text and "Resumen de su visita" in text
    assert text.index("Mis medicinas") < text.index("Resumen de su visita") \
        < text.index("Medication reconciliation summary")


def pdf_text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


# -- recording what was given ------------------------------------------------------------------------------
GIVEN = [
    {"kind": "schedule", "name": None, "title": "Mis medicinas", "lang": "es", "large_print": True,
     "version": "2026.11.2", "pages": 2},
    {"kind": "topic", "name": "heart_failure", "title": "Cómo vivir con insuficiencia cardíaca",
     "lang": "es", "large_print": True, "version": "2026.11.1", "pages": 3},
    {"kind": "medrec_summary", "name": None, "title": "Medication reconciliation summary",
     "lang": "en", "large_print": True, "version": "2026.11.2", "pages": 1},
]


def test_given_handouts_are_recorded_on_this_visits_draft_note(store: Store,
                                                               caplog: pytest.LogCaptureFixture
                                                               ) -> None:
    pid = add_patient(store)
    draft = notes.start_note(store, pid)
    notes.save_draft(store, draft.id, {"education": {"topic": "Daily weights", "method": "verbal"}})
    with store.session() as s:
        assert S.handout_choices(s, pid).draft_note_id == draft.id
        audit_before = s.scalar(select(AuditEntry.seq).order_by(AuditEntry.seq.desc()).limit(1))
    with caplog.at_level(logging.DEBUG):
        record = S.record_given(store, pid, GIVEN, how="printed")
    assert record is not None and record.note_id == draft.id and record.note_updated
    assert record.note_line == ("Handouts given (Spanish, large print): Medicine schedule; "
                                "Living with heart failure")
    assert [i["kind"] for i in record.items] == ["schedule", "topic"]  # the PCP's is not education
    with store.session() as s:
        row = s.get(EducationRecord, record.id)
        assert (row.patient_id, row.note_id, row.how, row.given_by) == (
            pid, draft.id, "printed", store.actor.user_id)
        assert row.items[1] == GIVEN[1]
        assert row.version == 1 and row.created_device
        note = notes.load_note(s, draft.id)
        entities = set(s.scalars(select(AuditEntry.entity).where(AuditEntry.seq > audit_before)))
        assert S.given_for_note(s, draft.id) == [list(record.items)]
    assert entities == {"education_records", "visit_notes"}
    education = note.sections["education"]
    assert education["topic"] == "Daily weights; " + record.note_line
    assert education["method"] == "verbal"  # her choice is kept
    # the teach-back answer is now required before the note can be signed
    problems = notes.signing_problems(notes.template_for(note), note.sections)
    assert ("education", "teach_back") in {(sec.key, f.key) for sec, f, _w in problems}
    assert "Quillonia" not in caplog.text and "insuficiencia" not in caplog.text

    again = S.record_given(store, pid, GIVEN[:2], how="saved")
    assert again is not None and not again.note_updated  # the line is there already
    with store.session() as s:
        assert len(S.given_for_patient(s, pid)) == 2
        assert notes.load_note(s, draft.id).sections["education"]["topic"].count("Handouts") == 1


def test_recording_leaves_the_note_to_an_open_editor_and_old_drafts_alone(store: Store) -> None:
    pid = add_patient(store)
    old = notes.start_note(store, pid, visit_at=utcnow() - 4 * DAY)
    with store.session() as s:
        assert S.current_draft(s, pid) is None  # another visit's unsigned draft
    record = S.record_given(store, pid, GIVEN[:1])
    assert record is not None and record.note_id is None
    with store.session() as s:
        assert notes.load_note(s, old.id).sections == {}

    today = notes.start_note(store, pid)
    record = S.record_given(store, pid, GIVEN[:1], write_note=False)
    assert record is not None and record.note_id == today.id and not record.note_updated
    with store.session() as s:
        assert notes.load_note(s, today.id).sections == {}
    assert S.education_fields({}, record.note_line) == {"topic": record.note_line,
                                                         "method": "written"}
    # (what the dialog does when the editor that was to type the line in has gone)
    assert S.add_to_draft(store, today.id, record.note_line)
    assert not S.add_to_draft(store, today.id, record.note_line)
    with store.session() as s:
        assert notes.load_note(s, today.id).sections["education"] == {
            "topic": record.note_line, "method": "written"}


def test_recording_refuses_what_is_not_the_patients(store: Store) -> None:
    pid = add_patient(store)
    other = add_patient(store)
    note = notes.start_note(store, other)
    with pytest.raises(InputError, match="another patient"):
        S.record_given(store, pid, GIVEN[:1], note_id=note.id)
    with pytest.raises(InputError):
        S.record_given(store, pid, [{"kind": "poster", "lang": "es"}])
    assert S.record_given(store, pid, GIVEN[2:]) is None  # only the provider's summary
    with store.session() as s:
        assert s.scalars(select(EducationRecord)).all() == []


def test_a_signed_note_gets_the_record_but_is_never_changed(store: Store) -> None:
    pid = add_patient(store)
    note_id = signed_visit(store, pid, VISIT)
    record = S.record_given(store, pid, GIVEN[:2], note_id=note_id)
    assert record is not None and record.note_id == note_id and not record.note_updated
    with store.session() as s:
        note = notes.load_note(s, note_id)
        assert notes.verify_content(note)
        summary = S.visit_summary(s, note_id, "es")
    talked = next(sec.items for sec in summary.sections if sec.heading == "De qué hablamos")
    assert "Hojas que recibió: Mis medicinas; Cómo vivir con insuficiencia cardíaca" in talked


def test_the_author_is_named_from_the_users_table(store: Store) -> None:
    pid = add_patient(store)
    with store.write() as s:
        s.add(User(id=store.actor.user_id, username="nurse", display_name="Jane Doe, RN"))
    note_id = signed_visit(store, pid, VISIT)
    with store.session() as s:
        summary = S.visit_summary(s, note_id, "en")
        first = summary.sections[0].items
    assert "Who visited you: Jane Doe, RN" in first
    with store.session() as s:
        assert s.scalar(select(VisitNote.signed_by).where(VisitNote.id == note_id)) == store.actor.user_id
