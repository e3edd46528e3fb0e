"""The demo panel's care-coordination data: one open task per loop step (the older builder's
tasks do not duplicate the loops' own), and a year of history so every dashboard figure and
monthly trend has values."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from typing import Any

from sqlalchemy import select

from app.coordination import metrics as M
from app.coordination import transitions as T
from app.models.entities import CareTransition, Encounter, Task
from tests.demo.conftest import DAY0, TODAY


def _step(task: Task) -> tuple[str, ...]:
    """The loop step a task stands for: a transition's step by its derived id, another loop's
    by its origin and origin id (one open task per referral, result, gap or alert)."""
    if task.origin == T.ORIGIN and task.origin_id:
        step = next((st for st in T.STEPS if T.task_id_for(task.origin_id, st) == task.id), None)
        return (T.ORIGIN, task.origin_id, step or task.title)
    return (task.origin or "", task.origin_id or task.id)


def test_one_open_task_per_loop_step(demo: tuple[Any, Any]) -> None:
    store, _ = demo
    with store.session() as s:
        open_ = s.scalars(select(Task).where(Task.deleted_at.is_(None),
                                             Task.status.in_(("open", "in_progress")))).all()
    assert {t.origin for t in open_} >= {"transition", "referral"}
    by_patient: dict[str, list[Task]] = defaultdict(list)
    for t in open_:
        by_patient[t.patient_id].append(t)
    for tasks in by_patient.values():
        steps = Counter(_step(t) for t in tasks if t.origin)
        assert [k for k, n in steps.items() if n > 1] == []
        titles = Counter(t.title for t in tasks)
        assert [k for k, n in titles.items() if n > 1] == []
    # the builder's referral tasks are gone; the loop's rules made the ones left
    titles = {t.title for t in open_ if t.origin == "referral"}
    assert titles and not any(x.startswith(("Review the report from", "Follow up: has",
                                            "Finish and send")) for x in titles)
    # the transitions demo replaced the builder's post-discharge call with its own steps
    assert "Post-discharge phone call within 48 hours" not in {t.title for t in open_}


def test_the_dashboard_has_a_year_of_figures(demo: tuple[Any, Any]) -> None:
    store, _ = demo
    first, last = M.default_period(TODAY)
    with store.session() as s:
        report, trends = M.metrics_with_trends(s, first, last)
        recent = s.scalars(select(CareTransition).where(
            CareTransition.discharged_at >= DAY0 - dt.timedelta(days=T.rules().auto_open_days),
            CareTransition.status == "open")).all()
        stays = s.scalars(select(Encounter).where(Encounter.kind == "inpatient")).all()
    f = report.figures
    assert f["index_admissions"].value >= 15 and 1 <= f["readmissions_30d"].value <= 5
    assert 3 <= f["readmission_rate"].value <= 25
    assert f["ed_visits"].value >= 8 and 30 <= f["ed_visits_per_1000_patient_months"].value <= 200
    assert 30 <= f["care_plan_adherence"].value <= 85
    assert 3 <= f["median_days_referral_to_appointment"].value <= 30
    assert f["patient_satisfaction"].value is not None
    assert f["patient_satisfaction"].denominator >= 12
    on_time = f["transitions_on_time"]
    assert on_time.denominator >= 10 and 55 <= on_time.value < 100  # most on time, some late
    assert f["care_gap_closure_rate"].value is not None
    assert len(trends) == 12
    for key in ("index_admissions", "ed_visits", "care_plan_adherence", "patient_satisfaction",
                "median_days_referral_to_appointment", "transitions_on_time"):
        filled = [p.month for p in trends if p.values[key]]
        assert len(filled) >= 6, key  # spread over the year, not only the last months
    assert sum(p.values["readmissions_30d"] for p in trends) == f["readmissions_30d"].value
    # the featured recent discharges are still open, and no stay was added to their patients
    assert recent
    for t in recent:
        mine = [e for e in stays if e.patient_id == t.patient_id]
        assert len(mine) == 1
