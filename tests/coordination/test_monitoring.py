"""Remote monitoring: readings, thresholds (above/below, 1-day and 7-day weight gain), one
task per breach episode, and the readings CSV import."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import select

from app.coordination import monitoring as M
from app.models.entities import Condition, MonitoringThreshold, Observation, Patient, Task
from app.models.errors import InputError
from tests.conftest import TEST_PASSPHRASE

T0 = dt.datetime(2026, 11, 1, 7, 30, tzinfo=dt.UTC)
DAY = dt.timedelta(days=1)


@pytest.fixture(scope="module")
def mstore(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from app.models.store import Store

    store = Store.create(tmp_path_factory.mktemp("monitoring") / "store", mode="passphrase",
                         passphrase=TEST_PASSPHRASE)
    yield store
    store.close()


def new_patient(store: Any, *problems: tuple[str, str]) -> str:
    with store.write() as s:
        p = Patient(given_name="Test", family_name="Patient")
        s.add(p)
        s.flush()
        for code, text in problems:
            s.add(Condition(patient_id=p.id, clinical_status="active", code=code,
                            code_system="http://snomed.info/sct", code_text=text))
        return p.id


HF = ("84114007", "Heart failure")
DM = ("44054006", "Diabetes mellitus type 2")
HTN = ("59621000", "Essential hypertension")


def tasks_of(store: Any, pid: str) -> list[Task]:
    with store.session() as s:
        return list(s.scalars(select(Task).where(Task.patient_id == pid,
                                                 Task.origin == "monitoring")))


def weigh(store: Any, pid: str, kg: float, at: dt.datetime, unit: str = "kg") -> M.RecordResult:
    return M.add_reading(store, pid, "weight", kg, unit=unit, at=at,
                         now=at + dt.timedelta(minutes=5))


def test_defaults_file_is_valid_and_sourced() -> None:
    d = M.load_defaults()
    hf = next(t for t in d.templates if t.id == "heart_failure")
    rules = {(th.rule, th.value, th.unit) for th in hf.thresholds}
    assert rules == {("gain_1d", 1.0, "kg"), ("gain_7d", 2.0, "kg")}
    assert all(th.source for t in d.templates for th in t.thresholds)
    assert "AHA" in hf.thresholds[0].source or "American Heart" in hf.thresholds[0].source


def test_weight_is_stored_in_kg_with_loinc_and_reported_by(mstore: Any) -> None:
    pid = new_patient(mstore)
    M.add_reading(mstore, pid, "weight", 180, unit="lb", at=T0, reported_by="caregiver",
                  now=T0)
    with mstore.session() as s:
        o = s.scalars(select(Observation).where(Observation.patient_id == pid)).one()
    assert (o.code, o.code_system, o.value_unit, o.reported_by) == (
        "29463-7", "http://loinc.org", "kg", "caregiver")
    assert o.value_quantity == pytest.approx(81.65, abs=0.01)


def test_blood_pressure_is_a_panel_with_components_like_the_importer(mstore: Any) -> None:
    pid = new_patient(mstore)
    M.add_reading(mstore, pid, "bp", "142/88", at=T0, now=T0)
    with mstore.session() as s:
        o = s.scalars(select(Observation).where(Observation.patient_id == pid)).one()
        from app.chart.service import load_chart
        chart = load_chart(s, pid)
    assert o.code == "85354-9" and o.value_quantity is None
    assert [(c["code"], c["value"], c["unit"]) for c in o.components] == [
        ("8480-6", 142, "mm[Hg]"), ("8462-4", 88, "mm[Hg]")]
    bp = next(m for m in chart.measures if m.code == "85354-9")
    assert bp.readings[-1].text == "142/88 mmHg"


@pytest.mark.parametrize(("measure", "value", "unit", "fragment"), [
    ("weight", 900, "kg", "weight must be between 20 and 350 kg"),
    ("weight", 80, "stone", "unit of a weight reading must be"),
    ("bp", "80/120", None, "systolic pressure (first number) must be higher"),
    ("bp", "140", None, "systolic/diastolic"),
    ("glucose", 5, "mg/dL", "glucose must be between 20 and 600"),
    ("spo2", 101, None, "oxygen saturation must be between 50 and 100"),
    ("temperature", 37, None, "measure must be one of"),
    ("weight", "abc", None, "weight must be a number"),
])
def test_bad_readings_are_refused_with_clear_messages(measure: str, value: Any,
                                                      unit: str | None, fragment: str) -> None:
    with pytest.raises(InputError) as err:
        M.parse_reading(measure, value, unit=unit, at=T0, now=T0)
    assert fragment in str(err.value)
    assert str(value) not in str(err.value).split()  # never echoes the reading


def test_glucose_in_mmol_and_fingerstick_code() -> None:
    r = M.parse_reading("glucose", "3.5", unit="mmol/L", at=T0, now=T0)
    assert (r.code, r.quantity, r.unit) == ("41653-7", 63, "mg/dL")
    r = M.parse_reading("glucose", 140, method="blood", at=T0, now=T0)
    assert r.code == "2339-0"


def test_future_reading_refused() -> None:
    with pytest.raises(InputError, match="future"):
        M.parse_reading("weight", 80, at=T0 + DAY, now=T0)


def test_gain_1d_window_and_one_task_per_episode(mstore: Any) -> None:
    pid = new_patient(mstore, HF)
    first = weigh(mstore, pid, 80.0, T0)
    assert first.thresholds_added == 2  # HF defaults applied on the first reading
    weigh(mstore, pid, 80.5, T0 + DAY)
    assert tasks_of(mstore, pid) == []
    # 1.4 kg more than 24 h before: a task.
    r = weigh(mstore, pid, 81.9, T0 + 2 * DAY)
    assert [t.title for t in r.tasks_created] == ["Weight up 1.4 kg since yesterday"]
    # Still rising the next day: the same episode, the open task is updated, no new one.
    r = weigh(mstore, pid, 83.2, T0 + 3 * DAY)
    assert r.tasks_created == []
    tasks = tasks_of(mstore, pid)
    assert len(tasks) == 1 and tasks[0].title == "Weight up 1.3 kg since yesterday"
    assert tasks[0].priority == "urgent" and tasks[0].status == "open"
    # The nurse closes it; the episode goes on: still no new task.
    from app.worklist.service import complete_task
    complete_task(mstore, tasks[0].id, now=T0 + 3 * DAY)
    weigh(mstore, pid, 84.5, T0 + 4 * DAY)
    assert len(tasks_of(mstore, pid)) == 1
    # Weight steady (episode over), then a new jump: a new task.
    weigh(mstore, pid, 84.4, T0 + 5 * DAY)
    r = weigh(mstore, pid, 85.6, T0 + 6 * DAY)
    # (85.6 kg also crosses the 7-day rule: 80.0 kg six days before, the window's edge)
    titles = sorted(t.title for t in r.tasks_created)
    assert "Weight up 1.2 kg since yesterday" in titles
    assert len([t for t in tasks_of(mstore, pid) if t.title.endswith("yesterday")]) == 2


def test_gain_1d_needs_a_reading_12_to_36_hours_before(mstore: Any) -> None:
    pid = new_patient(mstore)
    M.save_threshold(mstore, pid, measure="weight", rule="gain_1d", value=1.0, unit="kg")
    weigh(mstore, pid, 80.0, T0)
    r = weigh(mstore, pid, 82.0, T0 + dt.timedelta(hours=40))  # too long after: no baseline
    assert r.tasks == []
    r = weigh(mstore, pid, 81.0, T0 + dt.timedelta(hours=50))  # 10 h after the last: none
    assert r.tasks == []
    # Of two readings in the window, the one nearest 24 h before is the baseline.
    pid2 = new_patient(mstore)
    M.save_threshold(mstore, pid2, measure="weight", rule="gain_1d", value=1.0, unit="kg")
    weigh(mstore, pid2, 79.0, T0 - dt.timedelta(hours=10))  # 34 h before
    weigh(mstore, pid2, 80.5, T0)  # 24 h before
    r = weigh(mstore, pid2, 81.2, T0 + DAY)
    assert r.tasks == []  # +0.7 against the 24 h reading, not +2.2 against the older one


def test_gain_7d_compares_with_the_reading_6_to_8_days_before(mstore: Any) -> None:
    pid = new_patient(mstore)
    M.save_threshold(mstore, pid, measure="weight", rule="gain_7d", value=2.0, unit="kg")
    weigh(mstore, pid, 70.0, T0)
    weigh(mstore, pid, 71.0, T0 + 3 * DAY)
    r = weigh(mstore, pid, 72.0, T0 + 5 * DAY)  # 5 days: outside the window
    assert r.tasks == []
    r = weigh(mstore, pid, 72.3, T0 + 7 * DAY)
    assert [t.title for t in r.tasks_created] == ["Weight up 2.3 kg in a week"]
    # A threshold in pounds: 5 lb = 2.27 kg; a 2.3 kg gain is 5.1 lb.
    pid2 = new_patient(mstore)
    M.save_threshold(mstore, pid2, measure="weight", rule="gain_7d", value=5, unit="lb")
    weigh(mstore, pid2, 150, T0, unit="lb")
    r = weigh(mstore, pid2, 155, T0 + 7 * DAY, unit="lb")
    assert r.tasks == []  # exactly 5 lb is not more than 5 lb
    r = weigh(mstore, pid2, 155.4, T0 + 7 * DAY + dt.timedelta(hours=1), unit="lb")
    assert [t.title for t in r.tasks_created] == ["Weight up 5.4 lb in a week"]


def test_above_below_strictest_only_and_idempotent(mstore: Any) -> None:
    pid = new_patient(mstore, DM, HTN)
    r = M.add_reading(mstore, pid, "glucose", 70, at=T0, now=T0)  # equal: not below 70
    assert r.thresholds_added == 5 and r.tasks == []
    r = M.add_reading(mstore, pid, "glucose", 50, at=T0 + DAY, now=T0 + DAY)
    assert [t.title for t in r.tasks_created] == ["Glucose 50 mg/dL, below 54"]
    r = M.add_reading(mstore, pid, "bp", "186/124", at=T0 + DAY + dt.timedelta(hours=1),
                      now=T0 + 2 * DAY)
    assert sorted(t.title for t in r.tasks_created) == [
        "Diastolic BP 124 mmHg, above 120", "Systolic BP 186 mmHg, above 180"]
    # Evaluating again changes nothing.
    with mstore.write() as s:
        again = M.evaluate(s, pid, now=T0 + 2 * DAY)
    assert all(not o.created for o in again)
    assert len(tasks_of(mstore, pid)) == 3
    with mstore.session() as s:
        data = M.monitoring_data(s, pid)
    assert data.readings[0].measure == "bp"
    assert len([a for a in data.alerts if a.status == "open"]) == 3


def test_thresholds_edit_switch_off_delete(mstore: Any) -> None:
    pid = new_patient(mstore, HF)
    assert M.apply_default_thresholds(mstore, pid) == 2
    assert M.apply_default_thresholds(mstore, pid) == 0
    with mstore.session() as s:
        rows = M.thresholds(s, pid)
    one = next(t for t in rows if t.rule == "gain_1d")
    M.save_threshold(mstore, pid, measure="weight", rule="gain_1d", value=3, unit="lb",
                     active=False, threshold_id=one.threshold_id)
    assert M.apply_default_thresholds(mstore, pid) == 0  # the edited one stands for it
    with mstore.session() as s:
        edited = next(t for t in M.thresholds(s, pid) if t.threshold_id == one.threshold_id)
    assert (edited.value, edited.unit, edited.active) == (3, "lb", False)
    assert edited.text == "Weight gain of more than 3 lb in about a day"
    M.delete_threshold(mstore, one.threshold_id)
    with mstore.session() as s:
        assert s.get(MonitoringThreshold, one.threshold_id).deleted_at is not None
    with pytest.raises(InputError, match="weight only"):
        M.save_threshold(mstore, pid, measure="glucose", rule="gain_1d", value=1,
                         unit="mg/dL")


CSV_GOOD = """date,measure,value,unit,reported_by,method,note
2026-11-01 07:30,weight,176.4,lb,patient,,
2026-11-01 07:35,bp,138/84,mmHg,device,,
2026-11-02 07:30,weight,80.0,kg,patient,,
2026-11-03 07:30,weight,81.6,kg,caregiver,,
2026-11-03 08:00,symptoms,,,patient,,Ankles more swollen
2026-11-03 08:10,glucose,112,mg/dL,patient,fingerstick,
"""


def test_csv_import_good_file_converts_pounds_and_is_idempotent(mstore: Any) -> None:
    pid = new_patient(mstore, HF)
    now = dt.datetime(2026, 11, 4, tzinfo=dt.UTC)
    summary = M.import_readings_csv(mstore, pid, CSV_GOOD, now=now)
    assert summary.imported == 6 and summary.duplicates == 0
    assert summary.tasks_created == 1  # 80.0 -> 81.6 kg in a day
    with mstore.session() as s:
        rows = M.remote_readings(s, pid)
    weights = [r.values["weight"] for r in rows if r.measure == "weight"]
    assert weights == [pytest.approx(80.01, abs=0.01), 80.0, 81.6]  # 176.4 lb = 80.01 kg
    assert {r.reported_by for r in rows} == {"patient", "device", "caregiver"}
    again = M.import_readings_csv(mstore, pid, CSV_GOOD, now=now)
    assert (again.imported, again.duplicates, again.tasks_created) == (0, 6, 0)


def test_csv_bad_row_names_its_line_and_nothing_is_imported(mstore: Any) -> None:
    pid = new_patient(mstore)
    bad = CSV_GOOD.replace("2026-11-03 08:10,glucose,112", "2026-11-03 08:10,glucose,1200")
    now = dt.datetime(2026, 11, 4, tzinfo=dt.UTC)
    with pytest.raises(InputError) as err:
        M.import_readings_csv(mstore, pid, bad, now=now)
    assert str(err.value).startswith("line 7: the glucose must be between 20 and 600")
    assert "1200" not in str(err.value)
    with mstore.session() as s:
        assert M.remote_readings(s, pid) == []
        assert M.thresholds(s, pid) == []
    with pytest.raises(InputError, match="line 1: unknown column"):
        M.parse_readings_csv("when,measure,value\n", now=now)
    with pytest.raises(InputError, match="line 3: the date must look like"):
        M.parse_readings_csv("date,measure,value\n2026-11-01,weight,80\nyesterday,weight,81\n",
                             now=now)
