"""Transitions of care: LACE on hand-made cases (the paper's tables), CMS TCM deadlines across
weekends and federal holidays, idempotent opening, escalation, completion and cancelling."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select

from app.coordination import lace as L
from app.coordination import transitions as T
from app.models.entities import CareTransition, CommunicationLogEntry, Condition, Encounter, Patient, Task
from app.models.errors import InputError

UTC = dt.timezone.utc
EST = dt.timezone(dt.timedelta(hours=-5), "EST")  # fixed, so the tests never depend on DST
SNOMED = "http://snomed.info/sct"


def _at(y: int, m: int, d: int, h: int = 12, minute: int = 0) -> dt.datetime:
    return dt.datetime(y, m, d, h, minute, tzinfo=EST)


def _patient(s: Any) -> Patient:
    p = Patient(given_name="Ada", family_name="Test")
    s.add(p)
    s.flush()
    return p


def _stay(s: Any, pid: str, start: dt.datetime, end: dt.datetime | None, **kw: Any) -> Encounter:
    e = Encounter(patient_id=pid, kind="inpatient", class_code="IMP", start_at=start,
                  end_at=end, facility="General Hospital", reason="Heart failure", **kw)
    s.add(e)
    return e


def _ed(s: Any, pid: str, start: dt.datetime, hours: int = 4) -> Encounter:
    e = Encounter(patient_id=pid, kind="emergency", class_code="EMER", start_at=start,
                  end_at=start + dt.timedelta(hours=hours), reason="Shortness of breath")
    s.add(e)
    return e


def _tasks(store: Any, transition_id: str) -> dict[str, Task]:
    with store.session() as s:
        rows = s.scalars(select(Task).where(Task.origin == "transition",
                                            Task.origin_id == transition_id)).all()
        return {next(st for st in T.STEPS if T.task_id_for(transition_id, st) == t.id): t
                for t in rows}


# -- the LACE tables ------------------------------------------------------------------------------
@pytest.mark.parametrize(("days", "points"), [(0, 0), (1, 1), (2, 2), (3, 3), (4, 4), (6, 4),
                                              (7, 5), (13, 5), (14, 7), (40, 7)])
def test_length_of_stay_points_follow_the_paper(days: int, points: int) -> None:
    assert L.length_of_stay_points(days) == points


def test_comorbidity_ed_acuity_points_and_risk_bands() -> None:
    assert [L.comorbidity_points(c) for c in (0, 1, 2, 3, 4, 9)] == [0, 1, 2, 3, 5, 5]
    assert [L.ed_visit_points(n) for n in (0, 1, 3, 4, 7)] == [0, 1, 3, 4, 4]
    assert L.acuity_points(True) == 3 and L.acuity_points(False) == 0
    assert (L.risk_band(4), L.risk_band(9), L.risk_band(10)) == ("low", "moderate", "high")
    assert not L.is_high_risk(9) and L.is_high_risk(10)
    k = L.knowledge()
    assert k.high_risk_cutoff == 10 and "CMAJ 2010" in k.source_text(k.cutoff_source)
    # every Charlson category names its source; LACE weights, Charlson 1987 kept beside them
    weights = {c.id: (c.weight, c.charlson_1987_weight) for c in k.categories}
    assert weights["congestive_heart_failure"] == (2, 1)
    assert weights["dementia"] == (3, 1)
    assert weights["metastatic_solid_tumor"] == (6, 6)
    assert weights["myocardial_infarction"] == (1, 1)


def test_charlson_hierarchy_keywords_and_exclusions() -> None:
    facts = [L.ConditionFact("1", "Diabetes mellitus type 2", ((SNOMED, "44054006"),)),
             L.ConditionFact("2", "Diabetic renal disease (disorder)", ((SNOMED, "127013003"),)),
             L.ConditionFact("3", "Systemic lupus erythematosus"),  # not "stemi"
             L.ConditionFact("4", "Family history of heart failure"),
             L.ConditionFact("5", "Prediabetes"),
             L.ConditionFact("6", "Overlapping malignant neoplasm of colon"),
             L.ConditionFact("7", "Secondary malignant neoplasm of liver",
                             ((SNOMED, "94381002"),))]
    matches = {m.category: m for m in L.charlson_matches(facts)}
    assert set(matches) == {"diabetes_uncomplicated", "diabetes_end_organ", "connective_tissue",
                            "any_tumor", "metastatic_solid_tumor"}
    assert not matches["diabetes_uncomplicated"].counted  # replaced by end-organ damage
    assert not matches["any_tumor"].counted  # replaced by metastatic
    assert matches["diabetes_end_organ"].how == "code"
    # 2 (DM end organ) + 3 (connective tissue) + 6 (metastatic)
    assert L.charlson_score(matches.values()) == 11


def test_lace_from_the_store_shows_every_component(store: Any) -> None:
    admit = _at(2026, 11, 2, 10)  # Monday
    discharge = _at(2026, 11, 6, 15)  # Friday: 4 days
    with store.write() as s:
        p = _patient(s)
        for text, code in (("Chronic congestive heart failure", "88805009"),
                           ("Diabetes mellitus type 2", "44054006"),
                           ("Diabetic renal disease (disorder)", "127013003"),
                           ("Chronic obstructive lung disease", None)):
            s.add(Condition(patient_id=p.id, code_system=SNOMED if code else None, code=code,
                            code_display=text, clinical_status="active",
                            onset_at=admit - dt.timedelta(days=400)))
        s.add(Condition(patient_id=p.id, code_display="Alzheimer's disease (disorder)",
                        clinical_status="active", onset_at=discharge + dt.timedelta(days=3)))
        s.add(Condition(patient_id=p.id, code_display="Myocardial infarction",
                        verification_status="refuted", onset_at=admit - dt.timedelta(days=9)))
        index_ed = _ed(s, p.id, admit - dt.timedelta(hours=5))
        _ed(s, p.id, admit - dt.timedelta(days=30))
        _ed(s, p.id, admit - dt.timedelta(days=150))
        _ed(s, p.id, admit - dt.timedelta(days=200))  # more than 6 months before
        enc = _stay(s, p.id, admit, discharge)
        s.flush()
        result = L.compute_lace(s, enc.id, tz=EST)
        index_id = index_ed.id
    assert [(c.letter, c.points) for c in result.components] == [
        ("L", 4), ("A", 3), ("C", 5), ("E", 2)]
    assert result.score == 14 and result.risk == "high" and result.high_risk
    a = result.component("A")
    assert a.value is True and a.evidence[0]["id"] == index_id
    c = result.component("C")
    assert c.value == 6  # CHF 2 + diabetes with end-organ damage 2 + chronic pulmonary 2
    counted = {e["category"] for e in c.evidence if e["counted"]}
    assert counted == {"congestive_heart_failure", "diabetes_end_organ", "chronic_pulmonary"}
    assert any(e["conditions"] == ["Chronic obstructive lung disease"] for e in c.evidence)
    e = result.component("E")
    assert e.value == 2 and index_id not in {x["id"] for x in e.evidence}
    stored = result.to_json()
    assert stored["C"]["points"] == 5 and stored["meta"]["cutoff"] == 10


def test_lace_elective_same_day_stay_scores_zero(store: Any) -> None:
    with store.write() as s:
        p = _patient(s)
        enc = _stay(s, p.id, _at(2026, 11, 2, 8), _at(2026, 11, 2, 17))
        _ed(s, p.id, _at(2026, 10, 30, 8))  # 3 days before: not the admission's, but counts in E
        s.flush()
        result = L.compute_lace(s, enc.id, tz=EST)
    assert [c.points for c in result.components] == [0, 0, 0, 1]
    assert result.score == 1 and result.risk == "low"


# -- deadlines ------------------------------------------------------------------------------------
def test_holiday_file_matches_its_rules_and_computes_other_years() -> None:
    h = T.holidays()
    assert h.is_holiday(dt.date(2026, 11, 26))  # Thanksgiving
    assert h.is_holiday(dt.date(2026, 7, 3))  # 4 July on a Saturday: observed Friday
    assert h.is_holiday(dt.date(2021, 12, 31))  # 1 January 2022 (Saturday) observed
    assert h.is_holiday(dt.date(2035, 11, 22))  # outside the list: from the rules
    assert not h.is_holiday(dt.date(2026, 11, 27))


def test_contact_due_skips_weekend_and_federal_holiday() -> None:
    # Thursday 2 July 2026: Friday 3 July is the observed Independence Day, then the weekend
    d = T.deadlines(_at(2026, 7, 2, 14), "moderate", EST)
    assert d.contact_due.astimezone(EST) == dt.datetime(2026, 7, 7, 23, 59, 59, tzinfo=EST)
    # Friday: due the following Tuesday
    d = T.deadlines(_at(2026, 11, 20, 9), "moderate", EST)
    assert d.contact_due.astimezone(EST).date() == dt.date(2026, 11, 24)
    # Wednesday before Thanksgiving: Thursday holiday, Friday 1, Monday 2
    d = T.deadlines(_at(2026, 11, 25, 16), "high", EST)
    assert d.contact_due.astimezone(EST).date() == dt.date(2026, 11, 30)
    assert d.followup_due.astimezone(EST).date() == dt.date(2026, 12, 2)  # 7 calendar days
    assert d.home_visit_due == _at(2026, 11, 27, 16)  # 48 h
    assert d.home_visit_late == _at(2026, 11, 28, 16)  # 72 h
    moderate = T.deadlines(_at(2026, 11, 25, 16), "moderate", EST)
    assert moderate.followup_due.astimezone(EST).date() == dt.date(2026, 12, 9)  # 14 days
    with pytest.raises(InputError):
        T.deadlines(_at(2026, 11, 25), "low", EST)


# -- the workflow ---------------------------------------------------------------------------------
DISCHARGE = _at(2026, 11, 2, 10)  # Monday 10:00 EST


def _one_discharge(store: Any, *, emergent: bool = False) -> tuple[str, str]:
    with store.write() as s:
        p = _patient(s)
        if emergent:
            _ed(s, p.id, DISCHARGE - dt.timedelta(days=3, hours=3))
        enc = _stay(s, p.id, DISCHARGE - dt.timedelta(days=3), DISCHARGE)
        s.flush()
        return p.id, enc.id


def test_opening_is_idempotent_and_makes_one_task_per_step(store: Any) -> None:
    pid, enc_id = _one_discharge(store)
    now = DISCHARGE + dt.timedelta(hours=3)
    first = T.open_transitions(store, now=now, tz=EST)
    assert len(first) == 1
    assert T.open_transitions(store, now=now, tz=EST) == []
    again = T.open_transition(store, enc_id, now=now, tz=EST)
    assert again.id == first[0]
    with store.session() as s:
        assert s.scalar(select(CareTransition.id).where(CareTransition.patient_id == pid)) == again.id
        assert len(s.scalars(select(CareTransition)).all()) == 1
    tasks = _tasks(store, again.id)
    assert set(tasks) == set(T.STEPS)
    assert all(t.status == "open" and t.patient_id == pid for t in tasks.values())
    assert tasks["contact"].due_at == again.step("contact").due_at
    assert again.step("contact").due_at.astimezone(EST).date() == dt.date(2026, 11, 4)
    assert again.complexity == "moderate" and again.cpt == "99495"  # LACE 3 + 0 + 0 + 0
    assert again.lace_score == 3 and again.lace["L"]["points"] == 3
    # an old discharge is not opened automatically
    with store.write() as s:
        old = _stay(s, pid, DISCHARGE - dt.timedelta(days=60), DISCHARGE - dt.timedelta(days=55))
        s.flush()
        old_id = old.id
    assert T.open_transitions(store, now=now, tz=EST) == []
    manual = T.open_transition(store, old_id, now=now, tz=EST)
    assert manual.id != again.id


def test_escalation_marks_missed_steps_once(store: Any) -> None:
    _pid, enc_id = _one_discharge(store)
    t = T.open_transition(store, enc_id, now=DISCHARGE, tz=EST)
    before = DISCHARGE + dt.timedelta(hours=47)
    assert T.escalate_overdue(store, now=before) == 0
    after_48h = DISCHARGE + dt.timedelta(hours=49)  # Wednesday 11:00: contact due tonight
    assert T.escalate_overdue(store, now=after_48h) == 1
    assert T.escalate_overdue(store, now=after_48h) == 0
    tasks = _tasks(store, t.id)
    assert tasks["home_visit"].escalated_at is not None
    assert tasks["home_visit"].priority == "urgent"
    assert tasks["contact"].escalated_at is None and tasks["contact"].priority == "routine"
    with store.session() as s:
        row = T.get_transition(s, t.id, now=after_48h)
    assert row.step("home_visit").state == T.OVERDUE and row.overdue
    assert row.step("contact").state == T.DUE
    late = DISCHARGE + dt.timedelta(hours=80)
    assert T.escalate_overdue(store, now=late) == 1  # the contact, now past its day
    with store.session() as s:
        row = T.get_transition(s, t.id, now=late)
    assert row.step("home_visit").state == T.LATE
    assert row.step("contact").state == T.OVERDUE and row.step("contact").escalated


def test_steps_complete_the_transition(store: Any) -> None:
    pid, enc_id = _one_discharge(store, emergent=True)
    t = T.open_transition(store, enc_id, now=DISCHARGE, tz=EST)
    n1 = DISCHARGE + dt.timedelta(hours=5)
    row = T.record_contact_attempt(store, t.id, outcome="no answer", now=n1)
    assert row.contact_attempts == 1 and row.step("contact").state == T.DUE
    n2 = DISCHARGE + dt.timedelta(hours=26)
    row = T.record_contact_attempt(store, t.id, outcome="left message", now=n2)
    assert row.step("contact").state == T.DONE and row.step("contact").done_at == n2
    assert "2 documented attempts" in (row.step("contact").outcome or "")
    with pytest.raises(InputError):
        T.record_contact(store, t.id, outcome="Reached", now=n2)
    with pytest.raises(InputError):
        T.record_home_visit(store, t.id, at=DISCHARGE - dt.timedelta(days=1), now=n2)
    row = T.record_home_visit(store, t.id, now=DISCHARGE + dt.timedelta(hours=40))
    assert row.status == "open"
    row = T.record_followup(store, t.id, now=DISCHARGE + dt.timedelta(days=6))
    assert row.status == "completed" and row.closed_at is not None
    assert all(s.state == T.DONE for s in row.steps)
    assert {x.status for x in _tasks(store, t.id).values()} == {"done"}
    with store.session() as s:
        logged = s.scalars(select(CommunicationLogEntry).where(
            CommunicationLogEntry.patient_id == pid)).all()
    assert sorted(e.outcome for e in logged) == ["left message", "no answer"]
    with pytest.raises(InputError):
        T.record_followup(store, t.id, now=DISCHARGE + dt.timedelta(days=7))


def test_complexity_moves_the_followup_and_cancel_closes_tasks(store: Any) -> None:
    _pid, enc_id = _one_discharge(store)
    t = T.open_transition(store, enc_id, now=DISCHARGE, tz=EST)
    row = T.set_complexity(store, t.id, "high", now=DISCHARGE, tz=EST)
    assert row.cpt == "99496"
    assert row.step("followup").due_at.astimezone(EST).date() == dt.date(2026, 11, 9)
    assert _tasks(store, t.id)["followup"].due_at == row.step("followup").due_at
    with pytest.raises(InputError):
        T.cancel_transition(store, t.id, reason="bored", now=DISCHARGE)
    with pytest.raises(InputError):
        T.cancel_transition(store, t.id, reason="other", now=DISCHARGE)
    row = T.cancel_transition(store, t.id, reason="declined", comment="prefers her daughter's care",
                              now=DISCHARGE + dt.timedelta(hours=2))
    assert row.status == "cancelled" and "Declined" in (row.notes or "")
    assert {x.status for x in _tasks(store, t.id).values()} == {"cancelled"}
    assert T.escalate_overdue(store, now=DISCHARGE + dt.timedelta(days=20)) == 0


def test_record_discharge_and_readmission_cancels(store: Any) -> None:
    with store.write() as s:
        pid = _patient(s).id
    now = DISCHARGE + dt.timedelta(hours=2)
    row = T.record_discharge(store, patient_id=pid, discharged_at=DISCHARGE,
                             admitted_at=DISCHARGE - dt.timedelta(days=8), facility="St. Mary",
                             diagnosis="COPD exacerbation", emergent=True, now=now, tz=EST)
    assert row.facility == "St. Mary" and row.diagnosis == "COPD exacerbation"
    assert row.lace["L"]["points"] == 5 and row.lace["A"]["points"] == 3  # 8 days; emergent
    with pytest.raises(InputError):
        T.record_discharge(store, patient_id=pid, discharged_at=now + dt.timedelta(days=2),
                           facility="St. Mary", now=now)
    with pytest.raises(InputError):
        T.record_discharge(store, patient_id=pid, discharged_at=DISCHARGE, facility=" ", now=now)
    later = DISCHARGE + dt.timedelta(days=5)
    with store.write() as s:
        _stay(s, pid, DISCHARGE + dt.timedelta(days=4), None)  # admitted again, still in
    T.open_transitions(store, now=later, tz=EST)
    with store.session() as s:
        t = T.get_transition(s, row.id, now=later)
    assert t.status == "cancelled" and "Readmitted" in (t.notes or "")


def test_a_task_ticked_done_elsewhere_records_its_step(store: Any) -> None:
    from app.worklist import service as worklist

    _pid, enc_id = _one_discharge(store)
    t = T.open_transition(store, enc_id, now=DISCHARGE, tz=EST)
    done_at = DISCHARGE + dt.timedelta(hours=6)
    worklist.complete_task(store, T.task_id_for(t.id, "home_visit"), now=done_at)
    assert T.escalate_overdue(store, now=DISCHARGE + dt.timedelta(hours=60)) == 1  # recorded
    with store.session() as s:
        row = T.get_transition(s, t.id, now=DISCHARGE + dt.timedelta(hours=60))
    assert row.step("home_visit").state == T.DONE and row.step("home_visit").done_at == done_at
    assert not row.step("contact").escalated  # contact due tonight, not yet escalated
