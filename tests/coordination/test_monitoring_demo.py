"""The demo panel's remote monitoring, care time and surveys: the heart-failure patient who
gains weight has patient-reported weights and an open monitoring task; time this month is over
20 minutes for some patients and under for others; surveys over past months."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select

from app.coordination import monitoring as M
from app.coordination import time_tracking as T
from app.models.entities import Observation, Patient, SatisfactionSurvey, Task
from tests.conftest import TEST_PASSPHRASE

TODAY = dt.date(2025, 3, 14)


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from app.demo.panel import build_demo_panel
    from app.models.store import Store

    store = Store.create(tmp_path_factory.mktemp("mdemo") / "s", mode="passphrase",
                         passphrase=TEST_PASSPHRASE)
    summary = build_demo_panel(store, today=TODAY)
    yield store, summary
    store.close()


def test_demo_monitoring_time_and_surveys(demo_store: Any) -> None:
    store, summary = demo_store
    gain = summary.patient_ids[6]  # the featured "hf_weight_gain" patient
    hypo = summary.patient_ids[5]  # "dm_ckd_hypoglycemia"
    with store.session() as s:
        weights = [r for r in M.remote_readings(s, gain) if r.measure == "weight"]
        assert len(weights) >= 8 and {r.reported_by for r in weights} == {"patient"}
        tasks = s.scalars(select(Task).where(Task.origin == "monitoring",
                                             Task.status == "open")).all()
        by_patient = {t.patient_id: t for t in tasks}
        assert by_patient[gain].title.startswith("Weight up ")
        assert by_patient[gain].title.endswith(" kg in a week")
        assert by_patient[hypo].title == "Glucose 62 mg/dL, below 70"
        assert {t.origin_id for t in tasks} <= {th.threshold_id for pid in by_patient
                                                 for th in M.thresholds(s, pid)}
        # Clinic-measured weights stay clinician data.
        clinic = s.scalars(select(Observation).where(
            Observation.patient_id == gain, Observation.code == M.WEIGHT,
            Observation.encounter_id.is_not(None))).all()
        assert clinic and all(o.reported_by is None for o in clinic)
        report = T.month_report(s, TODAY.replace(day=1))
        ccm = [r for r in report.rows if r.program == "CCM"]
        assert any(r.minutes >= 20 for r in ccm) and any(r.minutes < 20 for r in ccm)
        assert all(r.codes == () for r in ccm if r.minutes < 20)
        assert all(s.get(Patient, r.patient_id) is not None for r in report.rows)
        surveys = s.scalars(select(SatisfactionSurvey)).all()
        assert len(surveys) >= 4
        assert len({x.surveyed_at.strftime("%Y-%m") for x in surveys}) >= 3
        assert all(x.max_score and 0 <= x.score <= x.max_score for x in surveys)
