"""The synthetic demo panel: complete, coherent, deterministic, invented."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.demo import catalog as C
from app.demo.generator import DemoSummary, build_demo_panel
from app.models.entities import (
    SYNCED_MODELS,
    Allergy,
    Appointment,
    AuditEntry,
    CarePlan,
    CommunicationLogEntry,
    Condition,
    Encounter,
    Goal,
    Immunization,
    Medication,
    Observation,
    PanelMembership,
    Patient,
    PatientContact,
    PatientIdentifier,
    Referral,
    SocialNeedsScreening,
    Task,
    User,
    VisitNote,
)
from app.models.errors import InputError
from app.models.store import Store
from tests.demo.conftest import DAY0, TODAY

ALL_GIVEN = {g for by_sex in C.GIVEN_NAMES.values() for names in by_sex.values() for g in names}
ALL_FAMILY = {f for names in C.FAMILY_NAMES.values() for f in names}
CLINICIANS = {f"Dr. {g} {f}" for g, f in C.CLINICIAN_NAMES}
FICTIONAL_PHONE = re.compile(r"^\(\d{3}\) 555-01\d\d$")
MODELS = SYNCED_MODELS  # the demo (with its coordination add-ons) may write any of them


def _patients(s: Session) -> list[Patient]:
    return list(s.scalars(select(Patient).order_by(Patient.mrn)))


def _by_patient(s: Session, model: Any, *where: Any) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = defaultdict(list)
    for row in s.scalars(select(model).where(*where)):
        out[row.patient_id].append(row)
    return out


def _age(birth: dt.date) -> int:
    return TODAY.year - birth.year - ((TODAY.month, TODAY.day) < (birth.month, birth.day))


def _snapshot(store: Store) -> dict[str, Any]:
    """Everything that must not change between two builds with the same seed (ids and
    write times aside)."""
    with store.session() as s:
        pats = _patients(s)
        index = {p.id: p.mrn for p in pats}
        meds = sorted((index[m.patient_id], m.source, m.status, m.code_display, m.dose_quantity,
                       m.sig) for m in s.scalars(select(Medication)))
        obs = sorted((index[o.patient_id], o.code, o.effective_at, o.value_quantity,
                      o.value_text) for o in s.scalars(select(Observation)))
        conds = sorted((index[c.patient_id], c.code) for c in s.scalars(select(Condition)))
        tasks = sorted((index[t.patient_id], t.title, t.status, t.due_at)
                       for t in s.scalars(select(Task)))
        return {
            "patients": [(p.mrn, p.given_name, p.family_name, p.birth_date, p.sex, p.language,
                          p.interpreter_needed, p.address_line, p.city, p.risk_level,
                          p.code_status, p.pcp_name) for p in pats],
            "meds": meds, "obs": obs, "conditions": conds, "tasks": tasks,
        }


# -- the whole panel ----------------------------------------------------------------------------


def test_summary_matches_what_was_written(demo: tuple[Store, DemoSummary]) -> None:
    store, summary = demo
    assert summary.patients == 24 and len(summary.patient_ids) == 24
    assert summary.users == 1 and summary.panel_memberships == 24
    with store.session() as s:
        for table, n in summary.counts.items():
            model = next(m for m in MODELS if m.__tablename__ == table)
            assert s.scalar(select(func.count()).select_from(model)) == n, table
        # Written through the ORM: every row has its audit entry, and the chain holds.
        assert s.scalar(select(func.count()).select_from(AuditEntry)
                        .where(AuditEntry.action == "insert")) == summary.total_rows
        nurse = s.scalar(select(User).where(User.username == "demo"))
        assert nurse is not None and nurse.display_name == "Demo Nurse"
        assert nurse.id == summary.nurse_user_id
    report, problems = store.verify()
    assert report.ok and problems == []


def test_deterministic_for_a_seed(demo: tuple[Store, DemoSummary], make_store: Any) -> None:
    store, summary = demo
    again = make_store()
    summary2 = build_demo_panel(again, today=TODAY)
    assert summary2.counts == summary.counts
    assert summary2.discharge_differences == [
        {**d, "patient_id": summary2.patient_ids[summary.patient_ids.index(d["patient_id"])]}
        for d in summary.discharge_differences]
    assert _snapshot(again) == _snapshot(store)


def test_another_seed_makes_another_panel(demo: tuple[Store, DemoSummary],
                                          make_store: Any) -> None:
    store, _ = demo
    other = make_store()
    build_demo_panel(other, seed=8, today=TODAY)
    first, second = _snapshot(store)["patients"], _snapshot(other)["patients"]
    assert [p[1:3] for p in first] != [p[1:3] for p in second]


def test_refuses_a_second_demo_panel(demo: tuple[Store, DemoSummary]) -> None:
    store, summary = demo
    with pytest.raises(InputError):
        build_demo_panel(store, today=TODAY)
    with store.session() as s:  # nothing was added
        assert s.scalar(select(func.count()).select_from(Patient)) == summary.patients


def test_small_panel_and_default_today(make_store: Any) -> None:
    store = make_store()
    summary = build_demo_panel(store, patients=3, nurse_name="Nurse Quenby")
    assert summary.patients == 3 and summary.today == dt.date.today()
    with store.session() as s:
        assert s.scalar(select(User.display_name)) == "Nurse Quenby"
        assert s.scalar(select(func.count()).select_from(Medication)) > 12
    with pytest.raises(InputError):
        build_demo_panel(make_store(), patients=0)


# -- every patient ------------------------------------------------------------------------------


def test_every_patient_has_a_full_chart(demo: tuple[Store, DemoSummary]) -> None:
    store, summary = demo
    with store.session() as s:
        pats = _patients(s)
        conds = _by_patient(s, Condition)
        meds = _by_patient(s, Medication, Medication.source == "ehr",
                           Medication.status == "active")
        obs = _by_patient(s, Observation)
        members = {m.patient_id: m for m in s.scalars(select(PanelMembership))}
        ids = _by_patient(s, PatientIdentifier)
        plans = _by_patient(s, CarePlan)
        goals = _by_patient(s, Goal)
        appts = _by_patient(s, Appointment, Appointment.status == "booked",
                            Appointment.starts_at >= DAY0)
        contacts = _by_patient(s, PatientContact)
        for p in pats:
            assert 55 <= _age(p.birth_date) <= 95, p.mrn
            assert re.fullmatch(r"DEMO-\d{6}", p.mrn)
            assert [i.value for i in ids[p.id]] == [p.mrn]
            assert members[p.id].user_id == summary.nurse_user_id and members[p.id].until is None
            assert p.risk_level in ("low", "medium", "high")
            assert len(conds[p.id]) >= 2
            assert 4 <= len(meds[p.id]) <= 12, p.mrn
            for m in meds[p.id]:
                assert m.sig and m.dose_quantity and m.dose_unit and m.route
                assert m.frequency and m.period and m.period_unit
                assert m.as_needed == (m.as_needed_reason is not None)
                assert m.dosage and m.dosage[0]["text"] == m.sig
            codes = Counter(o.code for o in obs[p.id])
            assert codes["29463-7"] >= 3 and codes["85354-9"] >= 3, p.mrn
            assert codes["8867-4"] >= 3 and codes["59408-5"] >= 3
            assert plans[p.id] and 1 <= len(goals[p.id]) <= 3
            assert appts[p.id], "every patient has a next visit booked"
            assert contacts[p.id]
        bp = s.scalars(select(Observation).where(Observation.code == "85354-9")).first()
        assert bp is not None and bp.components is not None
        assert [c["code"] for c in bp.components] == ["8480-6", "8462-4"]
        assert bp.value_text == f"{bp.components[0]['value']}/" \
            f"{bp.components[1]['value']} mm[Hg]"
        # Varied: not everyone has the same problems, medicines or allergies.
        assert len({tuple(sorted(c.code for c in v)) for v in conds.values()}) >= 15
        allergic = _by_patient(s, Allergy)
        assert 0 < len(allergic) < len(pats), "some patients have no known allergies"


def test_recent_discharges_show_in_the_72_hour_window(demo: tuple[Store, DemoSummary]) -> None:
    store, _ = demo
    with store.session() as s:
        discharges = s.scalars(select(Encounter).where(
            Encounter.kind == "inpatient", Encounter.end_at >= DAY0 - dt.timedelta(hours=48),
            Encounter.end_at < DAY0)).all()
        assert len({e.patient_id for e in discharges}) >= 3
        for enc in discharges:
            assert enc.discharge_disposition and enc.start_at < enc.end_at
            listed = s.scalars(select(Medication).where(Medication.encounter_id == enc.id,
                                                        Medication.source == "discharge")).all()
            assert listed, "a recent discharge comes with its discharge medication list"
        # Older admissions and ED visits exist too.
        kinds = Counter(s.scalars(select(Encounter.kind)))
        assert kinds["emergency"] >= 1 and kinds["ambulatory"] >= 24 and kinds["home"] >= 100
        assert s.scalar(select(func.count()).select_from(Encounter).where(
            Encounter.kind == "inpatient", Encounter.end_at < DAY0 - dt.timedelta(days=3))) >= 1


def test_the_panel_summary_filter_finds_them(demo: tuple[Store, DemoSummary]) -> None:
    service = pytest.importorskip("app.panel.service")
    store, summary = demo
    with store.session() as s:
        for hour in (0.5, 12, 23.5):  # any moment of that day
            rows = service.load_panel(s, user_id=summary.nurse_user_id,
                                      now=DAY0 + dt.timedelta(hours=hour))
            assert len(rows) == 24
            assert sum(r.recently_discharged for r in rows) >= 3
            assert all(r.next_visit and r.last_visit and r.key_problems for r in rows)
            assert any(r.overdue_tasks for r in rows)


def test_spanish_speakers(demo: tuple[Store, DemoSummary]) -> None:
    store, _ = demo
    with store.session() as s:
        pats = _patients(s)
    spanish = [p for p in pats if p.language == "es"]
    assert 5 <= len(spanish) <= 7  # about one in four of 24
    assert all(p.language_display == "Spanish" for p in spanish)
    assert any(p.interpreter_needed for p in spanish)
    assert all(p.family_name in C.FAMILY_NAMES["hispanic"] for p in spanish)
    assert sum(p.language == "en" for p in pats) >= 12


# -- medication reconciliation and safety -------------------------------------------------------


INGREDIENT = {m.display: m.ingredient for m in C.MEDS.values()}


def test_discharge_lists_differ_on_purpose(demo: tuple[Store, DemoSummary]) -> None:
    store, summary = demo
    with store.session() as s:
        ehr = _by_patient(s, Medication, Medication.source == "ehr")
        discharge = _by_patient(s, Medication, Medication.source == "discharge")
        discharged = set(s.scalars(select(Encounter.patient_id).where(
            Encounter.kind == "inpatient", Encounter.end_at >= DAY0 - dt.timedelta(days=14))))
    assert set(discharge) == discharged and len(discharge) >= 3
    found: Counter[str] = Counter()
    for pid, dlist in discharge.items():
        before = {INGREDIENT[m.code_display]: (m.code_display, m.dose_quantity)
                  for m in ehr[pid]}
        after = {INGREDIENT[m.code_display]: (m.code_display, m.dose_quantity)
                 for m in dlist if m.status == "active"}
        stopped = {INGREDIENT[m.code_display] for m in dlist if m.status == "stopped"}
        actual = Counter({
            "dose_change": sum(before[i] != after[i] for i in before.keys() & after.keys()),
            "new": len(after.keys() - before.keys()),
            "stopped": len(stopped | (before.keys() - after.keys())),
        })
        expected = Counter(d["kind"] for d in summary.discharge_differences
                           if d["patient_id"] == pid)
        assert 1 <= sum(expected.values()) <= 2, "one or two deliberate differences"
        assert +actual == expected, pid
        assert all(m.encounter_id and m.prescriber for m in dlist)
        found.update(expected)
    assert found["dose_change"] and found["new"] and found["stopped"]


def test_deliberate_safety_problems(demo: tuple[Store, DemoSummary]) -> None:
    store, summary = demo
    kinds = {p["kind"] for p in summary.safety_problems}
    assert {"anticoagulant_nsaid", "serotonergic_pair", "beers"} <= kinds
    with store.session() as s:
        pats = {p.id: p for p in _patients(s)}
        active = _by_patient(s, Medication, Medication.source == "ehr",
                             Medication.status == "active")
    names = {pid: " ".join((m.code_display or "").lower() for m in ms)
             for pid, ms in active.items()}
    assert any("warfarin" in n and ("naproxen" in n or "ibuprofen" in n) for n in names.values())
    assert any("sertraline" in n and "tramadol" in n for n in names.values())
    assert any("diphenhydramine" in n and _age(pats[pid].birth_date) >= 80
               for pid, n in names.items())


# -- invented, coded, coherent ------------------------------------------------------------------


def test_everyone_is_invented(demo: tuple[Store, DemoSummary]) -> None:
    store, _ = demo
    with store.session() as s:
        pats = _patients(s)
        contacts = s.scalars(select(PatientContact)).all()
        refs = s.scalars(select(Referral)).all()
        users = s.scalars(select(User)).all()
    for p in pats:
        assert p.given_name in ALL_GIVEN and p.family_name in ALL_FAMILY, p.full_name
        assert p.pcp_name in CLINICIANS
        assert FICTIONAL_PHONE.match(p.phone or "") and FICTIONAL_PHONE.match(p.pcp_phone or "")
        assert p.city in {t for t, _ in C.TOWNS}
        assert p.extra and p.extra["synthetic"] is True
    assert len({(p.given_name, p.family_name) for p in pats}) == len(pats)
    for c in contacts:
        assert any(c.name == f"{g} {f}" for g in ALL_GIVEN for f in ALL_FAMILY), c.name
        assert FICTIONAL_PHONE.match(c.phone or "")
    for r in refs:
        assert r.to_name in {t.name for t in C.REFERRAL_TARGETS}
        assert FICTIONAL_PHONE.match(r.to_phone or "")
    assert all(u.email is None or u.email.endswith("@example.org") for u in users)


def test_coded_with_real_code_systems(demo: tuple[Store, DemoSummary]) -> None:
    store, _ = demo
    snomed = {c.snomed: c.display for c in C.CONDITIONS.values()}
    rx = {m.code: m.display for m in C.MEDS.values() if m.code}
    with store.session() as s:
        conds = s.scalars(select(Condition)).all()
        meds = s.scalars(select(Medication)).all()
        obs = s.scalars(select(Observation)).all()
    assert all(c.code_system == C.SNOMED and snomed[c.code] == c.code_display for c in conds)
    assert all(c.codings and c.codings[0]["system"] == C.ICD10CM for c in conds)
    assert {"84114007", "13645005", "44054006", "38341003", "433144002", "49436004",
            "52448006", "35489007", "396275006", "161898004"} <= {c.code for c in conds}
    for m in meds:
        if m.code is None:
            assert m.code_system is None and m.code_display
        else:
            assert m.code_system == C.RXNORM and rx[m.code] == m.code_display
    assert sum(m.code is not None for m in meds) > 0.6 * len(meds)
    assert all(o.code_system == C.LOINC for o in obs)
    assert {"29463-7", "85354-9", "8867-4", "59408-5", "8310-5", "4548-4", "62238-1", "6298-4",
            "6301-6", "30934-4"} <= {o.code for o in obs}
    assert all(o.effective_at.tzinfo is not None and o.effective_at < DAY0 for o in obs)


def test_clinically_coherent(demo: tuple[Store, DemoSummary]) -> None:
    store, _ = demo
    with store.session() as s:
        pats = {p.id: p for p in _patients(s)}
        conds = {pid: {c.code for c in cs} for pid, cs in _by_patient(s, Condition).items()}
        meds = {pid: " ".join((m.code_display or "").lower() for m in ms)
                for pid, ms in _by_patient(s, Medication, Medication.source == "ehr").items()}
        obs = _by_patient(s, Observation)
    for pid, codes in conds.items():
        labs = {o.code for o in obs[pid]}
        if "44054006" in codes:  # diabetes: A1c
            assert "4548-4" in labs
        if "84114007" in codes:  # heart failure: BNP, a diuretic, daily weights
            assert "30934-4" in labs and "furosemide" in meds[pid]
            recent = [o for o in obs[pid] if o.code == "29463-7"
                      and o.effective_at > DAY0 - dt.timedelta(days=11)]
            assert len(recent) >= 3
        if "warfarin" in meds[pid]:
            assert "6301-6" in labs
        if "13645005" in codes:
            assert "albuterol" in meds[pid]
        if "52448006" in codes:
            assert _age(pats[pid].birth_date) >= 72
    # One heart-failure patient is gaining weight: > 2 kg over the last five days.
    gains = []
    for pid, codes in conds.items():
        if "84114007" in codes:
            w = sorted((o.effective_at, o.value_quantity) for o in obs[pid]
                       if o.code == "29463-7")
            last = [v for t, v in w if t > DAY0 - dt.timedelta(days=7)]
            if len(last) >= 5:
                gains.append(last[-1] - last[0])
    assert max(gains) >= 2.0


def test_care_coordination_has_something_everywhere(demo: tuple[Store, DemoSummary]) -> None:
    store, _ = demo
    week = DAY0 + dt.timedelta(days=7)
    with store.session() as s:
        tasks = s.scalars(select(Task)).all()
        refs = s.scalars(select(Referral)).all()
        notes = s.scalars(select(VisitNote)).all()
        screenings = s.scalars(select(SocialNeedsScreening)).all()
        comms = s.scalars(select(CommunicationLogEntry)).all()
        appts = s.scalars(select(Appointment)).all()
    open_ = [t for t in tasks if t.status in ("open", "in_progress")]
    assert any(t.due_at < DAY0 for t in open_), "some tasks are overdue"
    assert any(DAY0 <= t.due_at < week for t in open_), "some are due this week"
    done = [t for t in tasks if t.status == "done"]
    assert done and all(t.completed_at and t.completed_at < DAY0 for t in done)
    assert all(t.status in ("open", "in_progress", "done", "cancelled") for t in tasks)
    statuses = {r.status for r in refs}
    assert {"sent", "scheduled", "report_received"} & statuses and len(statuses) >= 4
    for r in refs:
        if r.status == "scheduled":
            assert r.scheduled_for and r.scheduled_for > DAY0
            booked = any(a.referral_id == r.id for a in appts)
            assert booked == (r.kind == "clinical")
        if r.status in ("report_received", "reviewed", "closed"):
            assert r.sent_at < r.seen_at < r.report_received_at < DAY0
        if r.status != "draft":
            assert r.sent_at is not None
    signed = [n for n in notes if n.status == "signed"]
    drafts = [n for n in notes if n.status == "draft"]
    assert len(signed) >= 5 and len(drafts) >= 3
    for n in signed:
        assert set(n.sections) >= {"Subjective", "Objective", "Assessment", "Plan"}
        assert n.signed_at and n.signed_by and len(n.content_hash or "") == 64
        assert n.encounter_id is not None
    assert all(n.signed_at is None for n in drafts)
    assert len(screenings) >= 18 and all(sc.instrument == "AHC-HRSN" for sc in screenings)
    assert any(sc.score for sc in screenings)
    positives = Counter(d for sc in screenings for d in ("housing", "food", "transportation",
                                                       "utilities", "safety")
                        if getattr(sc, d) == "positive")
    assert len(positives) >= 2
    assert any(c.sbar for c in comms) and len(comms) >= 48
    assert any(r.kind == "community" for r in refs)
