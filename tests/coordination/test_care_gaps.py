"""Care-gap rules, one by one, positive / negative / as of a past date, from their sources;
exclusions; closing by evidence; the task; the panel evaluated in a fixed number of queries."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select

from app.coordination import care_gaps as cg
from app.models.base import CVX, LOINC, SNOMED
from app.models.entities import (CareGapExclusion, Condition, Immunization, Observation, Patient,
                                 Procedure, Task)
from app.models.errors import InputError

UTC = dt.timezone.utc


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """One store for the module (opening a store costs its key derivation): every test makes
    its own patients and reads only them."""
    from app.models.store import Store
    from tests.conftest import TEST_PASSPHRASE

    s = Store.create(tmp_path_factory.mktemp("gaps") / "store", mode="passphrase",
                     passphrase=TEST_PASSPHRASE)
    yield s
    s.close()


def at(y: int, m: int, d: int, h: int = 12) -> dt.datetime:
    return dt.datetime(y, m, d, h, tzinfo=UTC)


def patient(store: Any, born: dt.date, sex: str = "female", **kw: Any) -> str:
    with store.write() as s:
        p = Patient(given_name="Test", family_name="Person", birth_date=born, sex=sex, **kw)
        s.add(p)
        s.flush()
        return p.id


def add(store: Any, *rows: Any) -> list[str]:
    with store.write() as s:
        s.add_all(rows)
        s.flush()
        return [r.id for r in rows]


def condition(pid: str, code: str, text: str, onset: dt.datetime, **kw: Any) -> Condition:
    return Condition(patient_id=pid, code_system=SNOMED, code=code, code_text=text,
                     clinical_status=kw.pop("status", "active"), onset_at=onset, **kw)


def obs(pid: str, code: str, when: dt.datetime, value: float | None = None,
        **kw: Any) -> Observation:
    return Observation(patient_id=pid, code_system=LOINC, code=code, effective_at=when,
                       value_quantity=value, status="final", **kw)


def bp(pid: str, when: dt.datetime, sbp: float, dbp: float) -> Observation:
    return Observation(patient_id=pid, code_system=LOINC, code="85354-9", effective_at=when,
                       status="final", components=[
                           {"system": LOINC, "code": "8480-6", "value": sbp, "unit": "mm[Hg]"},
                           {"system": LOINC, "code": "8462-4", "value": dbp, "unit": "mm[Hg]"}])


def imm(pid: str, code: str, when: dt.datetime) -> Immunization:
    return Immunization(patient_id=pid, code_system=CVX, code=code, occurred_at=when,
                        status="completed")


def gap(store: Any, pid: str, rule_id: str, as_of: dt.datetime) -> cg.GapResult | None:
    with store.session() as s:
        return next((g for g in cg.evaluate_patient(s, pid, as_of) if g.rule_id == rule_id),
                    None)


# -- the rules file --------------------------------------------------------------------------
def test_rules_load_with_sources_and_the_api_shape() -> None:
    rules = cg.load_rules()
    assert 8 <= len(rules) <= 12
    ids = {r.id for r in rules}
    assert {"diabetes_a1c", "influenza_annual", "hypertension_control", "fall_risk_screen",
            "diabetes_eye_exam", "diabetes_kidney_health", "pneumococcal_65",
            "colorectal_screen"} <= ids
    for r in rules:
        assert r.source and r.title and r.evidence
    src = {r.id: r.source for r in rules}
    assert "Standards of Care in Diabetes-2025" in src["diabetes_a1c"]
    assert "Advisory Committee on Immunization Practices" in src["influenza_annual"]
    assert "Controlling High Blood Pressure" in src["hypertension_control"]
    assert "2017 ACC/AHA" in src["hypertension_control"]
    assert "STEADI" in src["fall_risk_screen"]
    assert "JAMA 2021" in src["colorectal_screen"]
    g = cg.GapResult("r", "t", "open", None, None, [], "s")
    with pytest.raises(AttributeError):
        g.status = "closed"  # type: ignore[misc]


def test_a_broken_rules_file_is_refused(tmp_path: Path) -> None:
    data = json.loads(cg.RULES_FILE.read_text(encoding="utf-8"))
    data["rules"][0]["source"] = ["no_such_source"]
    path = tmp_path / "care_gaps.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(cg.RuleError, match="unknown source"):
        cg.load_rules(path)
    data["rules"][0]["source"] = ["ada_2025"]
    data["rules"][0]["evidence"]["any_of"][0]["kind"] = "telepathy"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(cg.RuleError, match="unknown evidence kind"):
        cg.load_rules(path)


# -- ADA: A1c every 6 months at goal, every 3 months when not -------------------------------------
def test_a1c_six_months_at_goal_three_months_above(store: Any) -> None:
    pid = patient(store, dt.date(1950, 5, 5))
    add(store, condition(pid, "44054006", "Diabetes mellitus type 2", at(2015, 1, 1)))
    assert gap(store, pid, "diabetes_a1c", at(2026, 1, 1)).status == "open"  # never tested
    (a1c,) = add(store, obs(pid, "4548-4", at(2026, 3, 1), 7.2, value_unit="%"))
    g = gap(store, pid, "diabetes_a1c", at(2026, 8, 31))
    assert (g.status, g.evidence, g.evidence_ids) == ("closed", "A1c 7.2 % on 2026-03-01", [a1c])
    g = gap(store, pid, "diabetes_a1c", at(2026, 9, 2))
    assert g.status == "open" and g.since == at(2026, 9, 1)
    # not at goal (>= 8 %): due again after 3 months
    add(store, obs(pid, "4548-4", at(2026, 10, 1), 9.1, value_unit="%"))
    assert gap(store, pid, "diabetes_a1c", at(2026, 12, 31)).status == "closed"
    g = gap(store, pid, "diabetes_a1c", at(2027, 1, 2))
    assert g.status == "open" and g.since == at(2027, 1, 1)
    # as of a past date: the October result does not exist yet
    g = gap(store, pid, "diabetes_a1c", at(2026, 9, 15))
    assert g.status == "open" and g.since == at(2026, 9, 1)


def test_a1c_population_diabetes_only(store: Any) -> None:
    pre = patient(store, dt.date(1960, 1, 1))
    add(store, condition(pre, "15777000", "Prediabetes", at(2020, 1, 1)))
    assert gap(store, pre, "diabetes_a1c", at(2026, 1, 1)) is None
    icd = patient(store, dt.date(1960, 1, 1))
    add(store, Condition(patient_id=icd, code_system="http://hl7.org/fhir/sid/icd-10-cm",
                         code="E11.9", clinical_status="active", onset_at=at(2020, 1, 1)))
    g = gap(store, icd, "diabetes_a1c", at(2026, 1, 1))
    assert g is not None and g.status == "open" and g.since == at(2020, 1, 1)
    # diagnosed after the date evaluated: not in the population then
    assert gap(store, icd, "diabetes_a1c", at(2019, 6, 1)) is None
    # resolved before the date: out; resolved after: in
    res = patient(store, dt.date(1960, 1, 1))
    add(store, condition(res, "44054006", "Diabetes", at(2018, 1, 1), status="resolved",
                         abatement_at=at(2022, 1, 1)))
    assert gap(store, res, "diabetes_a1c", at(2023, 1, 1)) is None
    assert gap(store, res, "diabetes_a1c", at(2021, 1, 1)).status == "open"


# -- ACIP: annual influenza vaccine, everyone >= 6 months -----------------------------------------
def test_flu_season_and_six_months(store: Any) -> None:
    pid = patient(store, dt.date(1940, 2, 2))
    (shot,) = add(store, imm(pid, "150", at(2026, 9, 15)))
    assert gap(store, pid, "influenza_annual", at(2026, 10, 1)).status == "closed"
    g = gap(store, pid, "influenza_annual", at(2026, 9, 1))  # before the shot
    assert g.status == "open" and g.since == at(2026, 8, 1, 0)
    g = gap(store, pid, "influenza_annual", at(2027, 7, 31))  # still the 2026-27 season
    assert g.status == "closed" and g.evidence_ids == [shot]
    g = gap(store, pid, "influenza_annual", at(2027, 8, 2))  # a new season
    assert g.status == "open" and g.since == at(2027, 8, 1, 0)
    baby = patient(store, dt.date(2026, 5, 10))
    assert gap(store, baby, "influenza_annual", at(2026, 11, 9)) is None  # 5 months
    g = gap(store, baby, "influenza_annual", at(2026, 11, 11))  # 6 months on 10 Nov
    assert g.status == "open" and g.since == at(2026, 11, 10, 0)
    # a vaccine not given (status not-done) is no evidence
    nd = patient(store, dt.date(1950, 1, 1))
    add(store, Immunization(patient_id=nd, code_system=CVX, code="150",
                            occurred_at=at(2026, 9, 1), status="not-done"))
    assert gap(store, nd, "influenza_annual", at(2026, 10, 1)).status == "open"


# -- HEDIS CBP (< 140/90): not controlled at the last two readings --------------------------------
def test_hypertension_last_two_readings(store: Any) -> None:
    pid = patient(store, dt.date(1955, 3, 3), sex="male")
    add(store, condition(pid, "59621000", "Essential hypertension", at(2010, 1, 1)))
    g = gap(store, pid, "hypertension_control", at(2026, 1, 1))
    assert g.status == "open" and g.evidence == "no blood pressure reading"
    add(store, bp(pid, at(2026, 2, 1), 150, 95))
    g = gap(store, pid, "hypertension_control", at(2026, 2, 2))
    assert g.status == "closed" and "one reading" in g.evidence  # one high reading: not yet
    (second,) = add(store, bp(pid, at(2026, 3, 1), 138, 92))  # diastolic 92: not controlled
    g = gap(store, pid, "hypertension_control", at(2026, 3, 2))
    assert g.status == "open" and g.since == at(2026, 3, 1) and second in g.evidence_ids
    add(store, bp(pid, at(2026, 4, 1), 152, 88))
    assert gap(store, pid, "hypertension_control", at(2026, 4, 2)).since == at(2026, 3, 1)
    add(store, bp(pid, at(2026, 5, 1), 128, 78))
    g = gap(store, pid, "hypertension_control", at(2026, 5, 2))
    assert g.status == "closed" and g.evidence.startswith("BP 128/78")
    # 139/89 is controlled on the HEDIS threshold (ACC/AHA's 130/80 is not used to open it)
    add(store, bp(pid, at(2026, 6, 1), 139, 89), bp(pid, at(2026, 6, 2), 139, 89))
    assert gap(store, pid, "hypertension_control", at(2026, 6, 3)).status == "closed"
    # no reading in the last 12 months: open again, since the last one expired
    g = gap(store, pid, "hypertension_control", at(2027, 7, 1))
    assert g.status == "open" and g.since == at(2027, 6, 2)
    # as of April: May's good reading is ignored
    assert gap(store, pid, "hypertension_control", at(2026, 4, 15)).status == "open"


def test_separate_systolic_and_diastolic_readings_pair_up(store: Any) -> None:
    pid = patient(store, dt.date(1955, 3, 3))
    add(store, condition(pid, "38341003", "Hypertensive disorder", at(2010, 1, 1)))
    for day in (1, 2):
        add(store, obs(pid, "8480-6", at(2026, 3, day), 160),
            obs(pid, "8462-4", at(2026, 3, day), 100))
    assert gap(store, pid, "hypertension_control", at(2026, 3, 3)).status == "open"


# -- STEADI / AGS-BGS: yearly fall-risk screening at 65+ ------------------------------------------
def test_fall_risk_screen_at_65(store: Any) -> None:
    pid = patient(store, dt.date(1961, 6, 15))
    assert gap(store, pid, "fall_risk_screen", at(2026, 6, 14)) is None  # 64
    g = gap(store, pid, "fall_risk_screen", at(2026, 6, 16))
    assert g.status == "open" and g.since == at(2026, 6, 15, 0)
    add(store, obs(pid, "73830-2", at(2026, 7, 1), value_text="Not at risk"))
    assert gap(store, pid, "fall_risk_screen", at(2026, 7, 2)).status == "closed"
    g = gap(store, pid, "fall_risk_screen", at(2027, 7, 2))
    assert g.status == "open" and g.since == at(2027, 7, 1)


# -- ACIP pneumococcal (65+), HEDIS counting: a dose on or after the 19th birthday -----------------
def test_pneumococcal_adult_dose(store: Any) -> None:
    pid = patient(store, dt.date(1958, 1, 10))
    add(store, imm(pid, "33", at(1975, 1, 1)))  # at 16: a childhood dose does not count
    g = gap(store, pid, "pneumococcal_65", at(2026, 1, 1))
    assert g.status == "open" and g.since == at(2023, 1, 10, 0)
    add(store, imm(pid, "216", at(2025, 3, 1)))
    assert gap(store, pid, "pneumococcal_65", at(2026, 1, 1)).status == "closed"
    assert gap(store, pid, "pneumococcal_65", at(2025, 2, 1)).status == "open"


def test_zoster_needs_two_doses(store: Any) -> None:
    pid = patient(store, dt.date(1960, 1, 1))
    add(store, imm(pid, "187", at(2025, 1, 1)))
    g = gap(store, pid, "zoster_50", at(2025, 6, 1))
    assert g.status == "open" and "1 of 2" in g.evidence
    add(store, imm(pid, "187", at(2025, 4, 1)))
    assert gap(store, pid, "zoster_50", at(2025, 6, 1)).status == "closed"


# -- USPSTF 2021 colorectal 45-75 with the HEDIS intervals -----------------------------------------
def test_colorectal_screening_intervals_and_exclusion(store: Any) -> None:
    pid = patient(store, dt.date(1970, 1, 1))
    assert gap(store, pid, "colorectal_screen", at(2014, 6, 1)) is None  # 44
    add(store, Procedure(patient_id=pid, code_system=SNOMED, code="73761001",
                         status="completed", performed_start=at(2016, 5, 1)))
    assert gap(store, pid, "colorectal_screen", at(2026, 4, 30)).status == "closed"
    g = gap(store, pid, "colorectal_screen", at(2026, 5, 2))
    assert g.status == "open" and g.since == at(2026, 5, 1)
    add(store, obs(pid, "29771-3", at(2026, 6, 1), value_text="Negative"))
    assert gap(store, pid, "colorectal_screen", at(2027, 5, 31)).status == "closed"
    assert gap(store, pid, "colorectal_screen", at(2027, 6, 2)).status == "open"
    old = patient(store, dt.date(1940, 1, 1))
    assert gap(store, old, "colorectal_screen", at(2026, 1, 1)) is None  # 86
    cancer = patient(store, dt.date(1965, 1, 1))
    (cid,) = add(store, condition(cancer, "109838007", "Overlapping malignant neoplasm of colon",
                                  at(2019, 1, 1)))
    g = gap(store, cancer, "colorectal_screen", at(2026, 1, 1))
    assert g.status == "excluded" and g.evidence_ids == [cid]


# -- HEDIS EED and KED -----------------------------------------------------------------------------
def test_diabetes_eye_exam_and_kidney_health(store: Any) -> None:
    pid = patient(store, dt.date(1955, 1, 1))
    add(store, condition(pid, "44054006", "Diabetes", at(2010, 1, 1)))
    assert gap(store, pid, "diabetes_eye_exam", at(2026, 1, 1)).status == "open"
    add(store, Procedure(patient_id=pid, code_system=SNOMED, code="36228007",
                         status="completed", performed_start=at(2025, 9, 1)))
    assert gap(store, pid, "diabetes_eye_exam", at(2026, 1, 1)).status == "closed"
    add(store, obs(pid, "33914-3", at(2025, 10, 1), 55))
    g = gap(store, pid, "diabetes_kidney_health", at(2026, 1, 1))
    assert g.status == "open" and "missing uACR" in g.evidence
    add(store, obs(pid, "14959-1", at(2025, 11, 1), 20))
    g = gap(store, pid, "diabetes_kidney_health", at(2026, 1, 1))
    assert g.status == "closed" and len(g.evidence_ids) == 2
    g = gap(store, pid, "diabetes_kidney_health", at(2026, 10, 15))  # eGFR lapsed 1 Oct
    assert g.status == "open" and g.since == at(2026, 10, 1)
    old = patient(store, dt.date(1945, 1, 1))  # 81: eye exam stops at 75, KED runs to 85
    add(store, condition(old, "44054006", "Diabetes", at(2010, 1, 1)))
    assert gap(store, old, "diabetes_eye_exam", at(2026, 6, 1)) is None
    assert gap(store, old, "diabetes_kidney_health", at(2026, 6, 1)) is not None


def test_depression_screen_yearly(store: Any) -> None:
    pid = patient(store, dt.date(1990, 1, 1))
    add(store, obs(pid, "55757-9", at(2026, 2, 1), 1))
    assert gap(store, pid, "depression_screen", at(2026, 12, 1)).status == "closed"
    assert gap(store, pid, "depression_screen", at(2027, 2, 2)).status == "open"


# -- exclusions, deceased, other patients' data ----------------------------------------------------
def test_exclusions_until_a_date_and_as_of(store: Any) -> None:
    pid = patient(store, dt.date(1950, 1, 1))
    (xid,) = add(store, CareGapExclusion(patient_id=pid, rule_id="pneumococcal_65",
                                         reason="declined", recorded_at=at(2026, 3, 1),
                                         until=dt.date(2026, 12, 31)))
    assert gap(store, pid, "pneumococcal_65", at(2026, 2, 1)).status == "open"  # not yet
    g = gap(store, pid, "pneumococcal_65", at(2026, 6, 1))
    assert g.status == "excluded" and g.evidence_ids == [xid] and "declined" in g.evidence
    assert gap(store, pid, "pneumococcal_65", at(2027, 1, 2)).status == "open"  # expired
    cg.remove_exclusion(store, xid)
    assert gap(store, pid, "pneumococcal_65", at(2026, 6, 1)).status == "open"
    with pytest.raises(InputError):
        cg.record_exclusion(store, pid, "pneumococcal_65", reason="bored")


def test_deceased_and_deleted_patients_are_left_out(store: Any) -> None:
    dead = patient(store, dt.date(1940, 1, 1), deceased=True)
    with store.session() as s:
        assert cg.evaluate_panel(s, at(2026, 1, 1), [dead]) == {}
        assert cg.evaluate_patient(s, "no-such-id", at(2026, 1, 1)) == []


# -- closing a gap by evidence; the task -----------------------------------------------------------
def test_recording_evidence_closes_the_gap_and_the_task_is_made_once(store: Any) -> None:
    pid = patient(store, dt.date(1945, 1, 1))
    now = at(2026, 11, 29)
    assert gap(store, pid, "influenza_annual", now).status == "open"
    task_id, created = cg.create_gap_task(store, pid, "influenza_annual", now=now)
    again, created_again = cg.create_gap_task(store, pid, "influenza_annual", now=now)
    assert created and not created_again and again == task_id
    with store.session() as s:
        task = s.get(Task, task_id)
        assert (task.origin, task.status) == ("care_gap", "open")
        assert task.origin_id == cg.gap_task_origin_id(pid, "influenza_annual")
    ids = cg.record_gap_evidence(store, pid, "influenza_annual", when=at(2026, 11, 28),
                                 now=now)
    g = gap(store, pid, "influenza_annual", now)
    assert g.status == "closed" and g.evidence_ids == ids
    with store.session() as s:
        assert s.get(Immunization, ids[0]).code == "150"
    # an A1c entered closes the A1c gap; a typing slip is refused
    add(store, condition(pid, "44054006", "Diabetes", at(2010, 1, 1)))
    with pytest.raises(InputError):
        cg.record_gap_evidence(store, pid, "diabetes_a1c", values=[72], now=now)
    cg.record_gap_evidence(store, pid, "diabetes_a1c", when=at(2026, 11, 29, 9), values=[7.4],
                           now=now)
    assert gap(store, pid, "diabetes_a1c", now).status == "closed"
    # blood pressure: two numbers; a result in the future is refused
    with pytest.raises(InputError, match="future"):
        cg.record_gap_evidence(store, pid, "influenza_annual", when=at(2027, 1, 1), now=now)


def test_panel_is_loaded_in_a_fixed_number_of_queries(store: Any) -> None:
    def make(n: int) -> list[str]:
        ids = []
        for i in range(n):
            pid = patient(store, dt.date(1940 + i % 30, 1 + i % 12, 1 + i % 27))
            add(store, condition(pid, "44054006", "Diabetes", at(2015, 1, 1)),
                obs(pid, "4548-4", at(2026, 1 + i % 10, 1), 7.0 + i % 3),
                bp(pid, at(2026, 5, 1), 130 + i, 80), imm(pid, "150", at(2026, 9, 1)))
            ids.append(pid)
        return ids

    few, many = make(3), make(30)
    counts = []
    with store.session() as s:
        engine = s.get_bind()
        for ids in (few, few + many):
            seen: list[str] = []

            def count(*args: Any, _seen: list[str] = seen) -> None:
                _seen.append(args[2])

            event.listen(engine, "before_cursor_execute", count)
            try:
                results = cg.evaluate_panel(s, at(2026, 11, 1), ids)
            finally:
                event.remove(engine, "before_cursor_execute", count)
            counts.append(len(seen))
            assert set(results) == set(ids)
        whole = cg.evaluate_panel(s, at(2026, 11, 1), None)
        for pid in many[:5]:
            assert whole[pid] == cg.evaluate_patient(s, pid, at(2026, 11, 1))
    assert counts[1] <= counts[0] <= 8  # the first one also opens the transaction


def test_naive_times_are_refused(store: Any) -> None:
    with store.session() as s, pytest.raises(InputError):
        cg.evaluate_panel(s, dt.datetime(2026, 1, 1))


def test_panel_summary_counts(tmp_path: Path) -> None:
    from app.models.store import Store
    from tests.conftest import TEST_PASSPHRASE

    store = Store.create(tmp_path / "store", mode="passphrase", passphrase=TEST_PASSPHRASE)
    try:
        _panel_summary_counts(store)
    finally:
        store.close()


def _panel_summary_counts(store: Any) -> None:
    a = patient(store, dt.date(1950, 1, 1))
    b = patient(store, dt.date(1950, 1, 1))
    add(store, imm(b, "150", at(2026, 9, 1)))
    with store.session() as s:
        summary = cg.panel_summary(s, at(2026, 10, 1))
    flu = next(c for c in summary.counts if c.rule_id == "influenza_annual")
    assert (flu.open, flu.closed, flu.excluded) == (1, 1, 0)
    assert flu.closed_rate == 0.5
    assert {p.patient_id for p in summary.patients} == {a, b}  # b has other open gaps
    assert all(p.open and all(g.status == "open" for g in p.open) for p in summary.patients)
    with store.session() as s:
        assert s.scalar(select(Patient.id).where(Patient.id == a)) == a
