"""Test results tracking: order, link (picked or matched by LOINC after the order date),
abnormal flag, acknowledge, inform, close; refusals; overdue rules as tasks."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select

from app.coordination import results as RT
from app.coordination.loops import add_business_days
from app.models.entities import Observation, Patient, Task
from app.models.errors import InputError

UTC = dt.UTC
T0 = dt.datetime(2026, 11, 6, 15, 0, tzinfo=UTC)  # a Friday
DAY = dt.timedelta(days=1)
A1C = "4548-4"


def _patient(store: Any) -> str:
    with store.write() as s:
        p = Patient(given_name="Ada", family_name="Test", phone="555-0100")
        s.add(p)
        s.flush()
        return p.id


def _obs(store: Any, pid: str, at: dt.datetime, value: float, code: str = A1C,
         interpretation: str | None = None, low: float | None = None,
         high: float | None = None) -> str:
    with store.write() as s:
        o = Observation(patient_id=pid, code=code, code_system="http://loinc.org",
                        code_text="Hemoglobin A1c", category="laboratory", effective_at=at,
                        value_quantity=value, value_unit="%", interpretation=interpretation,
                        reference_low=low, reference_high=high)
        s.add(o)
        s.flush()
        return o.id


def _tasks(store: Any, tid: str) -> dict[str, str]:
    with store.session() as s:
        return {t.title: t.status for t in s.scalars(
            select(Task).where(Task.origin == "result", Task.origin_id == tid))}


@pytest.mark.parametrize(("interp", "low", "high", "value", "want"), [
    ("H", None, None, 5.0, True), ("LL", None, None, 5.0, True), ("A", None, None, 5.0, True),
    ("HH", None, None, 5.0, True), ("L", None, None, 5.0, True), ("N", 0, 1, 5.0, False),
    (None, 4.0, 5.6, 7.9, True), (None, 4.0, 5.6, 3.0, True), (None, 4.0, 5.6, 5.0, False),
    (None, None, None, 5.0, None),
])
def test_abnormal_flag(interp: str | None, low: float | None, high: float | None,
                       value: float, want: bool | None) -> None:
    o = Observation(value_quantity=value, interpretation=interp, reference_low=low,
                    reference_high=high)
    assert RT.abnormal_of(o) is want


def test_business_days_skip_the_weekend() -> None:
    assert add_business_days(T0, 1).astimezone().weekday() == 0  # Friday + 1 = Monday
    assert add_business_days(T0, 0) == T0


def test_full_loop_with_automatic_match(store: Any) -> None:
    pid = _patient(store)
    _obs(store, pid, T0 - 30 * DAY, 6.5)  # before the order: never matched
    t = RT.order_test(store, patient_id=pid, test_name="HbA1c", test_code=A1C,
                      ordered_by="Dr. Order", responsible="Dr. Ack", expected_by=T0 + 7 * DAY,
                      now=T0)
    assert t.status == "ordered" and t.next_steps == ("link", "cancelled")
    assert RT.match_results(store, now=T0 + DAY) == []
    _obs(store, pid, T0 + 2 * DAY, 9.1, code="2345-7")  # another test: not matched
    late = _obs(store, pid, T0 + 4 * DAY, 7.9, low=4.0, high=5.6)
    assert RT.match_results(store, now=T0 + 5 * DAY) == [t.id]
    assert RT.match_results(store, now=T0 + 5 * DAY) == []  # once
    with store.session() as s:
        [row] = RT.list_results(s, pid, now=T0 + 5 * DAY)
    assert row.status == "resulted" and row.observation_id == late
    assert row.abnormal is True and row.result_summary == "7.9 % [ref 4-5.6]"
    assert row.resulted_at == T0 + 4 * DAY
    with pytest.raises(InputError, match="already has its result"):
        RT.link_result(store, t.id, late, now=T0)
    row = RT.inform_patient(store, t.id, "phone", now=T0 + 5 * DAY)
    assert row.status == "resulted" and row.patient_informed_how == "phone"
    row = RT.acknowledge(store, t.id, "Dr. Ack", now=T0 + 5 * DAY)
    assert row.status == "closed" and row.acknowledged_by == "Dr. Ack" and not row.is_open
    with pytest.raises(InputError, match="already closed"):
        RT.acknowledge(store, t.id, "Dr. Ack", now=T0 + 5 * DAY)


def test_link_picked_result_and_refusals(store: Any) -> None:
    pid = _patient(store)
    other = _patient(store)
    t = RT.order_test(store, patient_id=pid, test_name="Potassium", now=T0)
    with pytest.raises(InputError, match="before it is back"):
        RT.acknowledge(store, t.id, "Dr. Ack", now=T0)
    with pytest.raises(InputError, match="not back"):
        RT.inform_patient(store, t.id, "letter", now=T0)
    foreign = _obs(store, other, T0 + DAY, 5.0)
    with pytest.raises(InputError, match="another patient"):
        RT.link_result(store, t.id, foreign, now=T0)
    mine = _obs(store, pid, T0 + DAY, 5.0, code="2823-3", interpretation="N")
    with store.session() as s:
        assert [c.id for c in RT.candidates(s, t.id)] == [mine]
    row = RT.link_result(store, t.id, mine, now=T0 + DAY)
    assert row.abnormal is False and row.status == "resulted"
    with pytest.raises(InputError, match="how the patient was told"):
        RT.inform_patient(store, t.id, "pigeon", now=T0)
    row = RT.acknowledge(store, t.id, "Dr. Ack", now=T0 + DAY)
    assert row.status == "acknowledged" and row.next_steps == ("inform", "cancelled")
    t2 = RT.order_test(store, patient_id=pid, test_name="Again", now=T0)
    with pytest.raises(InputError, match="already linked"):
        RT.link_result(store, t2.id, mine, now=T0)
    row = RT.cancel_tracking(store, t2.id, "ordered twice", now=T0)
    assert row.status == "cancelled" and "ordered twice" in (row.notes or "")
    with pytest.raises(InputError, match="cancelled"):
        RT.cancel_tracking(store, t2.id, "again", now=T0)
    with pytest.raises(InputError, match="LOINC"):
        RT.order_test(store, patient_id=pid, test_name="X", test_code="abc", now=T0)
    with pytest.raises(InputError, match="before"):
        RT.order_test(store, patient_id=pid, test_name="X", expected_by=T0 - DAY, now=T0)


def test_overdue_rules_make_tasks_once(store: Any) -> None:
    pid = _patient(store)
    t = RT.order_test(store, patient_id=pid, test_name="HbA1c", test_code=A1C,
                      expected_by=T0 + 2 * DAY, responsible="Dr. Ack", now=T0)
    assert RT.evaluate_overdue(store, now=T0 + DAY) == []
    assert len(RT.evaluate_overdue(store, now=T0 + 3 * DAY)) == 1
    assert RT.evaluate_overdue(store, now=T0 + 3 * DAY) == []
    assert _tasks(store, t.id) == {"Result not back: call the lab or the ordering office": "open"}
    # the abnormal result arrives on a Friday: due the next business day (Monday)
    friday = T0 + 7 * DAY
    _obs(store, pid, friday, 12.0, interpretation="HH")
    RT.match_results(store, now=friday)
    RT.evaluate_overdue(store, now=friday + 2 * DAY)  # Sunday: not late yet
    tasks = _tasks(store, t.id)
    assert tasks["Result not back: call the lab or the ordering office"] == "done"
    assert "Abnormal result not acknowledged: ask the responsible clinician" not in tasks
    RT.evaluate_overdue(store, now=friday + 3 * DAY + dt.timedelta(hours=1))
    assert _tasks(store, t.id)[
        "Abnormal result not acknowledged: ask the responsible clinician"] == "open"
    RT.acknowledge(store, t.id, "Dr. Ack", now=friday + 4 * DAY)
    tasks = _tasks(store, t.id)
    assert tasks["Abnormal result not acknowledged: ask the responsible clinician"] == "done"
    assert tasks["Tell the patient the result"] == "open"
    RT.inform_patient(store, t.id, "visit", now=friday + 5 * DAY)
    assert set(_tasks(store, t.id).values()) == {"done"}
