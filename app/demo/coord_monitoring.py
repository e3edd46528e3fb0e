"""Demo data for remote monitoring, care-management time and the patient experience survey.

- The heart-failure patients' home weights (the daily weights the demo already logs, with
  ``reported_by`` "patient") are the remote readings; their heart-failure thresholds (1 kg in
  a day, 2 kg in a week) are applied, and the featured "weight gain" patient's last
  readings open a monitoring task.
- The featured diabetic with hypoglycemia logs fingerstick glucose: one reading below 70 mg/dL
  two days ago opens a task; a few hypertensive patients send home blood pressures.
- Care-management minutes this month for about half the panel (some over the 20-minute CCM
  threshold, some under) and last month for a few.
- Patient experience surveys over the past year (a few in the last months, about one a
  month before).

Synthetic data only; deterministic for the builder's random generator.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.coordination import monitoring as mon
from app.coordination import satisfaction as sat
from app.demo import coord_history
from app.demo.panel import _SCENARIOS, DEMO_USERNAME, day_start
from app.models.entities import (
    Condition,
    Observation,
    Patient,
    SatisfactionSurvey,
    TimeEntry,
    User,
)

_HF_CODES = ("84114007", "42343007", "88805009")
_HTN_CODES = ("38341003", "59621000")


def _scenario_index(name: str) -> int | None:
    return next((i for i, sc in enumerate(_SCENARIOS) if sc.name == name), None)


def _has(s: Session, pid: str, codes: tuple[str, ...]) -> bool:
    return s.scalar(select(Condition.id).where(
        Condition.patient_id == pid, Condition.deleted_at.is_(None),
        Condition.code.in_(codes)).limit(1)) is not None


def add_monitoring_demo(session: Session, patient_ids: list[str], today: dt.date,
                        rng: random.Random) -> None:
    """Add the monitoring, time and survey demo rows for ``patient_ids`` (in the caller's
    write transaction)."""
    anchor = day_start(today)
    now = anchor + dt.timedelta(hours=8)  # alerts "seen" at 8 am today, due by noon
    s = session
    hypo = _scenario_index("dm_ckd_hypoglycemia")
    recent: dict[str, list[str]] = {}

    for i, pid in enumerate(patient_ids):
        new_ids: list[str] = []
        if _has(s, pid, _HF_CODES):
            # The home weights (the builder marks them reported by the patient).
            for obs in s.scalars(select(Observation).where(
                    Observation.patient_id == pid, Observation.code == mon.WEIGHT,
                    Observation.encounter_id.is_(None), Observation.deleted_at.is_(None))):
                if obs.reported_by is None:  # an older builder: mark them here
                    obs.reported_by = "patient"
                if obs.effective_at and obs.effective_at >= anchor - dt.timedelta(days=3):
                    new_ids.append(obs.id)
        if i == hypo:
            for days, value in ((7, 118), (6, 104), (5, 96), (4, 88), (3, 74), (2, 62), (1, 81)):
                r = mon.parse_reading("glucose", value, at=anchor - dt.timedelta(days=days)
                                      + dt.timedelta(hours=7, minutes=rng.randint(0, 40)),
                                      method="fingerstick", now=now)
                obs = r.observation(pid)
                s.add(obs)
                s.flush()
                new_ids.append(obs.id)
        elif _has(s, pid, _HTN_CODES) and rng.random() < 0.3:
            for days in range(6, 0, -2):
                sbp, dbp = rng.randint(128, 158), rng.randint(72, 92)
                r = mon.parse_reading("bp", f"{sbp}/{dbp}", reported_by="device",
                                      at=anchor - dt.timedelta(days=days, hours=-8), now=now)
                s.add(r.observation(pid))
        s.flush()
        if new_ids or i == hypo:
            mon._apply_defaults(s, pid)
            recent[pid] = new_ids
    s.flush()
    for pid, ids in recent.items():
        if ids:
            mon.evaluate(s, pid, ids, now=now)

    # Care-management minutes: this month (to the start of today) and last month.
    nurse = s.scalar(select(User.id).where(User.username == DEMO_USERNAME))
    month_start = dt.datetime.combine(today.replace(day=1), dt.time(0, 0)).astimezone()
    last_month = dt.datetime.combine((today.replace(day=1) - dt.timedelta(days=1))
                                     .replace(day=1), dt.time(0, 0)).astimezone()
    span = max((anchor - month_start).total_seconds(), 0.0)
    activities = ("phone_call", "care_coordination", "medication_management", "care_plan",
                  "referral_coordination", "remote_monitoring_review")
    totals = (8, 12, 15, 18, 22, 26, 35, 41, 64)
    for k, pid in enumerate(patient_ids[: len(totals) + 3]):
        if k >= len(totals):
            break
        target = totals[k]
        left = target
        while left > 0:
            minutes = min(left, rng.choice((5, 7, 10, 12, 15, 20)))
            left -= minutes
            if span > 3600:
                start = month_start + dt.timedelta(seconds=rng.uniform(8 * 3600, span))
            else:  # the first day of the month: this morning
                start = anchor + dt.timedelta(hours=8, minutes=rng.randint(0, 90))
            s.add(TimeEntry(patient_id=pid, user_id=nurse, started_at=start.astimezone(dt.UTC),
                            minutes=minutes, activity=rng.choice(activities),
                            program="TCM" if k == 0 else "CCM"))
        if k % 3 == 0:
            s.add(TimeEntry(patient_id=pid, user_id=nurse,
                            started_at=(last_month + dt.timedelta(days=rng.randint(2, 25),
                                                                  hours=10)).astimezone(dt.UTC),
                            minutes=rng.choice((20, 25, 30, 45)), activity="care_coordination",
                            program="CCM"))

    # Patient experience surveys over the past months.
    survey = sat.load_survey()
    for k, pid in enumerate(patient_ids[1:13:2]):
        _survey(s, pid, anchor - dt.timedelta(days=12 + 27 * k, hours=-11), survey, rng)
    s.flush()
    # and over the rest of the dashboard's year, for patients on the panel by then
    start = coord_history.period_start(today)
    span = (anchor - start).total_seconds() / 86400.0
    joined = coord_history.joined(s, patient_ids)
    others = patient_ids[0::2] + patient_ids[13::2]
    for k, fraction in enumerate(_PAST_SURVEYS if span >= 60 else ()):
        when = anchor - dt.timedelta(days=round(span * fraction), hours=-(10 + k % 5))
        ok = [pid for pid in others[k % len(others):] + others[:k % len(others)]
              if joined.get(pid, when) <= when - dt.timedelta(days=14)]
        if ok:
            _survey(s, ok[0], when, survey, rng)
    s.flush()


# When the older surveys were taken, as fractions of the dashboard's default period.
_PAST_SURVEYS = (0.97, 0.9, 0.83, 0.76, 0.68, 0.6, 0.53, 0.45, 0.33, 0.22, 0.1, 0.03)
_CHOICES = ("always", "always", "usually", "usually", "sometimes", "not_applicable")


def _survey(s: Session, pid: str, when: dt.datetime, survey: Any, rng: random.Random) -> None:
    patient = s.get(Patient, pid)
    lang = "es" if patient is not None and (patient.language or "").startswith("es") else "en"
    answers = {item.id: rng.choice(_CHOICES) for item in survey.items}
    if all(a == "not_applicable" for a in answers.values()):
        answers[survey.items[0].id] = "usually"
    score = sat.score_responses(answers, survey)
    s.add(SatisfactionSurvey(
        patient_id=pid, surveyed_at=when.astimezone(dt.UTC), instrument=survey.instrument,
        responses={"answers": answers, "language": lang, "version": survey.version,
                   "top_box": score.top_box, "answered": score.answered},
        score=score.score, max_score=score.max_score))


def monitoring_demo_rows(session: Session) -> dict[str, Any]:
    """Counts for checks: remote readings, thresholds, monitoring tasks, entries, surveys."""
    from sqlalchemy import func

    from app.models.entities import MonitoringThreshold, Task

    def n(stmt: Any) -> int:
        return int(session.scalar(stmt) or 0)

    return {
        "readings": n(select(func.count()).select_from(Observation)
                      .where(Observation.reported_by.in_(mon.REPORTERS))),
        "thresholds": n(select(func.count()).select_from(MonitoringThreshold)),
        "tasks": n(select(func.count()).select_from(Task).where(Task.origin == mon.ORIGIN)),
        "time_entries": n(select(func.count()).select_from(TimeEntry)),
        "surveys": n(select(func.count()).select_from(SatisfactionSurvey)),
    }
