"""Demo data for care plans, care gaps and social needs (synthetic patients only).

Called by :func:`app.demo.panel.build_demo_panel` once the panel is written, in the same
transaction: :func:`add_care_demo` adds

- reviews of the care plans (adherence and goal progress at the last home visits, with the
  value measured then);
- care-gap evidence and exclusions: a fall-risk screen for some patients 65+, a declined
  pneumococcal vaccine, one diabetic patient whose last A1c is seven months old (the "A1c"
  gap is open; entering an A1c closes it), and the flu gap left open for the patients with no
  flu vaccine this season (recording the flu shot closes it); a "Close care gap" task for one;
- a complete 10-question AHC HRSN screening (in Spanish for a Spanish-speaking patient) with a
  positive domain, and its community referral.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.coordination import care_gaps
from app.coordination.care_plans import latest_value, target_met
from app.coordination.social_needs import load_tool, open_community_referrals, score_answers
from app.demo import catalog as C
from app.demo import coord_history
from app.models.base import LOINC, new_id
from app.models.entities import (CareGapExclusion, CarePlan, CarePlanReview, Encounter, Goal,
                                 Observation, Patient, Referral, SocialNeedsScreening, Task)

__all__ = ["add_care_demo"]


def _utc(day: dt.date, hour: float) -> dt.datetime:
    base = dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc)
    return base + dt.timedelta(hours=hour)


def _reviews(session: Session, pids: list[str], now: dt.datetime, rng: random.Random) -> int:
    made = 0
    order = {pid: i for i, pid in enumerate(pids)}  # the panel's order: same draws per seed
    plans = sorted(session.scalars(select(CarePlan).where(CarePlan.patient_id.in_(pids),
                                                          CarePlan.deleted_at.is_(None))).all(),
                   key=lambda p: (order.get(p.patient_id, 0), p.title or ""))
    goals = sorted(session.scalars(select(Goal).where(Goal.patient_id.in_(pids),
                                                      Goal.deleted_at.is_(None))).all(),
                   key=lambda g: (order.get(g.patient_id, 0), g.description or ""))
    for plan in plans:
        visits = session.scalars(select(Encounter.start_at).where(
            Encounter.patient_id == plan.patient_id, Encounter.kind == "home",
            Encounter.deleted_at.is_(None), Encounter.start_at.is_not(None),
            Encounter.start_at <= now).order_by(Encounter.start_at.desc()).limit(2)).all()
        for k, when in enumerate(reversed(visits)):
            when = when + dt.timedelta(minutes=30)
            adherence = rng.choice(("adherent", "adherent", "partial", "not_adherent")) \
                if k == 0 else rng.choice(("adherent", "partial"))
            for g in goals:
                if g.care_plan_id != plan.id:
                    continue
                value = latest_value(session, plan.patient_id, g.target_code, when)
                meets = target_met(value, low=g.target_low, high=g.target_high,
                                   text=g.target_text, code=g.target_code)
                progress = ("met" if meets else "not_met" if meets is False
                            else rng.choice(("progressing", "not_assessed")))
                session.add(CarePlanReview(
                    id=new_id(), patient_id=plan.patient_id, care_plan_id=plan.id,
                    goal_id=g.id, reviewed_at=when, adherence=adherence,
                    goal_progress=progress,
                    measured_value=value.value if value is not None else None,
                    measured_unit=value.unit if value is not None else None,
                    comment="Reviewed the plan with the patient at the home visit."))
                made += 1
    return made


def _review_history(session: Session, pids: list[str], today: dt.date,
                    rng: random.Random) -> int:
    """Monthly care-plan reviews by phone over the past year, from a month after the patient
    joined the panel to the month before the reviews at the home visits (adherence improving
    a little as the months go by), so the dashboard's adherence trend has every month. A plan
    reviewed before its start date starts at the first review."""
    start = coord_history.period_start(today)
    joined = coord_history.joined(session, pids)
    made = 0
    order = {pid: i for i, pid in enumerate(pids)}
    plans = sorted(session.scalars(select(CarePlan).where(
        CarePlan.patient_id.in_(pids), CarePlan.deleted_at.is_(None))).all(),
        key=lambda p: (order.get(p.patient_id, 0), p.period_start or start))
    for plan in plans:
        goals = sorted((g for g in session.scalars(select(Goal).where(
            Goal.care_plan_id == plan.id, Goal.deleted_at.is_(None)))),
            key=lambda g: g.description or "")
        first = session.scalar(select(CarePlanReview.reviewed_at).where(
            CarePlanReview.care_plan_id == plan.id).order_by(CarePlanReview.reviewed_at)
            .limit(1))
        since = joined.get(plan.patient_id)
        if not goals or first is None or since is None:
            continue
        when = max(start, since + dt.timedelta(days=30)) + dt.timedelta(
            days=rng.randint(0, 10), hours=rng.uniform(3, 8))
        earliest = None
        while when < first - dt.timedelta(days=20):
            months = (first - when).days / 30.0
            good = max(0.5, 0.72 - 0.02 * months)
            adherence = rng.choices(("adherent", "partial", "not_adherent"),
                                    (good, 0.25, max(0.05, 1.0 - good - 0.25)))[0]
            for g in goals[:2]:
                session.add(CarePlanReview(
                    id=new_id(), patient_id=plan.patient_id, care_plan_id=plan.id,
                    goal_id=g.id, reviewed_at=when, adherence=adherence,
                    goal_progress=rng.choice(("progressing", "progressing", "not_assessed")),
                    comment="Monthly care-plan review by phone."))
                made += 1
            earliest = earliest or when
            when += dt.timedelta(days=rng.randint(26, 34))
        if earliest is not None and (plan.period_start is None
                                     or plan.period_start > earliest):
            plan.period_start = earliest - dt.timedelta(days=1)
    return made


def _fall_screens(session: Session, pids: list[str], now: dt.datetime,
                  rng: random.Random) -> None:
    results = care_gaps.evaluate_panel(session, now, pids)
    candidates = [pid for pid in pids
                  if any(g.rule_id == "fall_risk_screen" for g in results.get(pid, ()))]
    for pid in candidates[1::2]:  # about half of the patients 65+ were screened this year
        when = now - dt.timedelta(days=rng.randint(20, 300))
        at_risk = rng.random() < 0.4
        session.add(Observation(
            id=new_id(), patient_id=pid, code_system=LOINC, code="73830-2",
            code_display="Fall risk assessment", category="survey", status="final",
            effective_at=when, reported_by="clinician",
            value_text=("At risk (fell, unsteady or worried about falling)" if at_risk
                        else "Not at risk (no fall, not unsteady, not worried)")))


def _overdue_a1c(session: Session, pids: list[str], now: dt.datetime) -> str | None:
    """One diabetic patient (not a featured scenario) whose A1c results all move back seven
    months: her "A1c due" gap is open until an A1c is entered."""
    results = care_gaps.evaluate_panel(session, now, pids)
    for pid in pids[7:] + pids[:7]:
        if not any(g.rule_id == "diabetes_a1c" for g in results.get(pid, ())):
            continue
        rows = session.scalars(select(Observation).where(
            Observation.patient_id == pid, Observation.code == "4548-4",
            Observation.deleted_at.is_(None))).all()
        if not rows:
            continue
        newest = max(r.effective_at for r in rows if r.effective_at)
        shift = (now - dt.timedelta(days=213)) - newest
        for r in rows:
            if r.effective_at is not None:
                r.effective_at = r.effective_at + shift
                r.encounter_id = None
        return pid
    return None


def _screening(session: Session, pids: list[str], now: dt.datetime) -> str | None:
    tool = load_tool()
    patients = session.execute(select(Patient.id, Patient.language).where(
        Patient.id.in_(pids))).all()
    spanish = [pid for pid, lang in patients if (lang or "").lower().startswith("es")]
    pid = spanish[0] if spanish else pids[0]
    lang = "es" if spanish else "en"
    answers: dict[str, Any] = {"q1": "worried", "q2": ["mold", "leaks"], "q3": "sometimes",
                               "q4": "never", "q5": "yes", "q6": "no", "q7": "never",
                               "q8": "rarely", "q9": "never", "q10": "rarely"}
    result = score_answers(answers, tool=tool, lang=lang)
    when = now - dt.timedelta(days=3)
    session.add(SocialNeedsScreening(
        id=new_id(), patient_id=pid, instrument=tool.instrument, screened_at=when,
        score=result.score, **result.domains,
        responses={"panel": {"code_system": LOINC, "code": tool.panel.get("code"),
                             "code_display": tool.panel.get("display")},
                   "tool_version": tool.version, "language": lang,
                   "items": list(result.items), "safety_score": result.safety_score,
                   "safety_score_code": tool.safety_total_loinc}))
    session.flush()
    have = open_community_referrals(session, pid)
    if "housing" not in have:
        target = next(t for t in C.REFERRAL_TARGETS
                      if t.kind == "community" and t.for_condition == "housing")
        session.add(Referral(
            id=new_id(), patient_id=pid, kind="community", need_domain="housing",
            to_name=target.name, to_specialty=target.specialty, to_address=target.address,
            to_phone=C.phone(61), reason="Living situation need on AHC HRSN screening: worried "
            "about losing housing; mold and water leaks.", status="sent", sent_at=when))
    return pid


def add_care_demo(session: Session, patient_ids: list[str], today: dt.date,
                  rng: random.Random) -> dict[str, Any]:
    """Add the care-plan, care-gap and social-needs demo data to the panel just built."""
    pids = list(patient_ids)
    if not pids:
        return {}
    now = _utc(today, 12)
    session.flush()
    reviews = _reviews(session, pids, now, rng)
    _fall_screens(session, pids, now, rng)
    a1c_patient = _overdue_a1c(session, pids, now)
    session.flush()
    results = care_gaps.evaluate_panel(session, now, pids)
    # A declined pneumococcal vaccine (excluded for a year).
    for pid in pids:
        if any(g.rule_id == "pneumococcal_65" and g.status == "open"
               for g in results.get(pid, ())):
            session.add(CareGapExclusion(
                id=new_id(), patient_id=pid, rule_id="pneumococcal_65", reason="declined",
                recorded_at=now - dt.timedelta(days=40),
                until=today + dt.timedelta(days=325),
                comment="Declined at the home visit; will think about it."))
            break
    # A task to close one open gap (made from the care-gap screen).
    flu_patient = None
    for pid in pids:
        if any(g.rule_id == "influenza_annual" and g.status == "open"
               for g in results.get(pid, ())):
            flu_patient = pid
            break
    if a1c_patient is not None:
        rule = care_gaps.rule_by_id("diabetes_a1c")
        session.add(Task(id=new_id(), patient_id=a1c_patient,
                         title=f"Close care gap: {rule.title}", description=rule.description,
                         status="open", priority="routine",
                         due_at=now + dt.timedelta(days=7), origin="care_gap",
                         origin_id=care_gaps.gap_task_origin_id(a1c_patient, rule.id)))
    screened = _screening(session, pids, now)
    session.flush()
    reviews += _review_history(session, pids, today, rng)
    session.flush()
    return {"care_plan_reviews": reviews, "a1c_gap_patient": a1c_patient,
            "flu_gap_patient": flu_patient, "screened_patient": screened}
