"""Care plans: the problems a plan addresses (Conditions), goals with measurable targets
(``Goal.target_code`` LOINC, ``target_low``/``target_high``, unit), interventions
(``CarePlan.activities``) and the adherence and goal progress recorded at visits
(:class:`~app.models.entities.CarePlanReview`).

A goal's latest measured value comes from the chart's observations for its LOINC code (a
blood-pressure goal reads the systolic and diastolic parts of the BP panels) and is compared
with the target:

- a range (low and high): low <= value <= high (INR 2.0-3.0);
- "< N" in the target text, with a high target: value < N (A1c < 8 %: 8.0 does not meet
  it); a blood-pressure target "< 140/90" needs both systolic < 140 and diastolic < 90;
- otherwise high alone: value <= high; low alone: value >= low.

No Qt here.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.coordination.common import (DIASTOLIC, SYSTOLIC, aware_utc, bp_from_components,
                                      live_patient)
from app.models.base import LOINC
from app.models.entities import (ADHERENCE_LEVELS, GOAL_PROGRESS, CarePlan, CarePlanReview,
                                 Condition, Goal, Observation)
from app.models.errors import InputError

__all__ = ["ADHERENCE_LEVELS", "GOAL_PROGRESS", "MeasuredValue", "GoalView", "ReviewView",
           "PlanView", "latest_value", "target_met", "load_care_plans", "review_prefill",
           "create_care_plan", "add_goal", "add_intervention", "record_review", "BP_CODES"]

BP_PANELS = ("85354-9", "55284-4", "35094-2")
BP_CODES = (SYSTOLIC, DIASTOLIC, *BP_PANELS)
_LESS = re.compile(r"<\s*(\d+(?:\.\d+)?)(?:\s*/\s*(\d+(?:\.\d+)?))?")
_PROGRESS_TO_ACHIEVEMENT = {"met": "achieved", "progressing": "improving",
                            "not_met": "not-achieving"}


@dataclass(frozen=True)
class MeasuredValue:
    value: float
    unit: str | None
    at: dt.datetime
    observation_id: str
    diastolic: float | None = None  # blood pressure: value is the systolic

    @property
    def text(self) -> str:
        if self.diastolic is not None:
            return f"{self.value:g}/{self.diastolic:g} mm Hg"
        unit = (self.unit or "").replace("mm[Hg]", "mm Hg")
        unit = "" if unit.startswith("{") else unit
        return f"{self.value:g} {unit}".strip()


@dataclass(frozen=True)
class ReviewView:
    id: str
    reviewed_at: dt.datetime
    adherence: str
    goal_progress: str
    measured_value: float | None
    measured_unit: str | None
    comment: str | None
    goal_id: str | None
    note_id: str | None


@dataclass(frozen=True)
class GoalView:
    id: str
    description: str
    target_code: str | None
    target_low: float | None
    target_high: float | None
    target_unit: str | None
    target_text: str | None
    achievement_status: str | None
    due_date: dt.date | None
    latest: MeasuredValue | None
    meets: bool | None  # None: no target or no value
    reviews: tuple[ReviewView, ...] = ()

    @property
    def target(self) -> str:
        return target_text(self.target_text, self.target_low, self.target_high,
                           self.target_unit)

    @property
    def is_bp(self) -> bool:
        return self.target_code in BP_CODES


@dataclass(frozen=True)
class PlanView:
    id: str
    title: str
    status: str | None
    description: str | None
    period_start: dt.datetime | None
    period_end: dt.datetime | None
    problems: tuple[tuple[str, str], ...]  # (condition id, text)
    goals: tuple[GoalView, ...]
    interventions: tuple[tuple[str, str | None], ...]  # (text, status)
    reviews: tuple[ReviewView, ...] = field(default=())  # newest first

    @property
    def is_active(self) -> bool:
        return self.status in (None, "active", "draft", "on-hold")


def target_text(text: str | None, low: float | None, high: float | None,
                unit: str | None) -> str:
    if text:
        return text
    u = f" {unit}" if unit and not unit.startswith("{") else ""
    if low is not None and high is not None:
        return f"{low:g}-{high:g}{u}"
    if high is not None:
        return f"≤ {high:g}{u}"
    if low is not None:
        return f"≥ {low:g}{u}"
    return ""


def target_met(value: MeasuredValue | None, *, low: float | None, high: float | None,
               text: str | None, code: str | None = None) -> bool | None:
    """Does the value meet the target (None when there is no value or no target)?"""
    if value is None:
        return None
    m = _LESS.search(text or "")
    if code in BP_CODES and m and m.group(2) and value.diastolic is not None:
        return value.value < float(m.group(1)) and value.diastolic < float(m.group(2))
    if low is None and high is None:
        return None  # no numeric target (e.g. "gain < 2 kg/week" is not about the value)
    v = value.value
    if low is not None and v < low:
        return False
    if m and (high is None or low is None):
        return v < float(m.group(1))
    if high is not None and v > high:
        return False
    return True


def latest_value(session: Session, patient_id: str, code: str | None,
                 as_of: dt.datetime | None = None) -> MeasuredValue | None:
    """The newest measured value for a LOINC code up to ``as_of`` (blood pressure: from the
    BP panels, systolic with its diastolic)."""
    if not code:
        return None
    O = Observation
    conn = session.connection()
    base = [O.patient_id == patient_id, O.deleted_at.is_(None), O.effective_at.is_not(None),
            O.status.is_(None) | O.status.not_in(("entered-in-error", "cancelled"))]
    if as_of is not None:
        base.append(O.effective_at <= as_of)
    if code in BP_CODES:
        for oid, when, comps in conn.execute(
                select(O.id, O.effective_at, O.components)
                .where(*base, O.code.in_(BP_PANELS)).order_by(O.effective_at.desc()).limit(20)):
            sbp, dbp = bp_from_components(comps)
            if sbp is not None and dbp is not None:
                panel = MeasuredValue(sbp, "mm[Hg]", when, oid, diastolic=dbp)
                break
        else:
            panel = None
        single = conn.execute(select(O.id, O.effective_at, O.value_quantity, O.value_unit)
                              .where(*base, O.code == code, O.value_quantity.is_not(None))
                              .order_by(O.effective_at.desc()).limit(1)).first()
        if single is not None and (panel is None or single[1] > panel.at):
            return MeasuredValue(float(single[2]), single[3], single[1], single[0])
        if panel is not None and code == DIASTOLIC:
            return MeasuredValue(panel.diastolic or 0.0, "mm[Hg]", panel.at,
                                 panel.observation_id)
        return panel
    row = conn.execute(select(O.id, O.effective_at, O.value_quantity, O.value_unit)
                       .where(*base, O.code == code, O.value_quantity.is_not(None))
                       .order_by(O.effective_at.desc()).limit(1)).first()
    if row is None:
        return None
    return MeasuredValue(float(row[2]), row[3], row[1], row[0])


def _review(r: CarePlanReview) -> ReviewView:
    return ReviewView(r.id, r.reviewed_at, r.adherence, r.goal_progress, r.measured_value,
                      r.measured_unit, r.comment, r.goal_id, r.note_id)


def load_care_plans(session: Session, patient_id: str, *, as_of: dt.datetime | None = None,
                    include_inactive: bool = True) -> list[PlanView]:
    """The patient's care plans (active first, newest first), each with its problems, goals
    (latest value, met or not), interventions and reviews."""
    plans = list(session.scalars(select(CarePlan).where(
        CarePlan.patient_id == patient_id, CarePlan.deleted_at.is_(None))))
    goals = list(session.scalars(select(Goal).where(Goal.patient_id == patient_id,
                                                    Goal.deleted_at.is_(None))))
    reviews = list(session.scalars(select(CarePlanReview).where(
        CarePlanReview.patient_id == patient_id, CarePlanReview.deleted_at.is_(None))
        .order_by(CarePlanReview.reviewed_at.desc())))
    conditions = {c.id: c for c in session.scalars(select(Condition).where(
        Condition.patient_id == patient_id, Condition.deleted_at.is_(None)))}
    values: dict[str | None, MeasuredValue | None] = {}
    out: list[PlanView] = []
    for plan in plans:
        views = []
        for g in goals:
            if g.care_plan_id != plan.id:
                continue
            if g.target_code not in values:
                values[g.target_code] = latest_value(session, patient_id, g.target_code, as_of)
            latest = values[g.target_code]
            views.append(GoalView(
                g.id, g.description, g.target_code, g.target_low, g.target_high, g.target_unit,
                g.target_text, g.achievement_status, g.due_date, latest,
                target_met(latest, low=g.target_low, high=g.target_high, text=g.target_text,
                           code=g.target_code),
                tuple(_review(r) for r in reviews if r.goal_id == g.id)))
        problems = []
        for ref in plan.addresses or ():
            c = conditions.get(ref) if isinstance(ref, str) else None
            if c is not None:
                problems.append((c.id, c.code_text or c.code_display or c.code or ""))
            elif isinstance(ref, str):
                problems.append(("", ref))
        acts = []
        for a in plan.activities or ():
            if isinstance(a, dict):
                acts.append((str(a.get("text") or a.get("description") or ""), a.get("status")))
            elif isinstance(a, str):
                acts.append((a, None))
        out.append(PlanView(plan.id, plan.title or "Care plan", plan.status, plan.description,
                            plan.period_start, plan.period_end, tuple(problems), tuple(views),
                            tuple(x for x in acts if x[0]),
                            tuple(_review(r) for r in reviews if r.care_plan_id == plan.id)))
    far = dt.datetime.min.replace(tzinfo=dt.timezone.utc)
    out.sort(key=lambda p: (not p.is_active, -(p.period_start or far).timestamp()))
    return out


@dataclass(frozen=True)
class Prefill:
    value: float | None
    unit: str | None
    measured_at: dt.datetime | None
    meets: bool | None
    progress: str  # the suggested goal progress
    text: str  # "A1c 7.2 % on 2026-09-01: meets the target (< 8 %)"


def review_prefill(session: Session, goal_id: str, *, as_of: dt.datetime | None = None
                   ) -> Prefill:
    """What the review form starts with for a goal: the latest measured value for its LOINC
    and whether it meets the target."""
    goal = session.get(Goal, goal_id)
    if goal is None or goal.deleted_at is not None:
        raise InputError("that goal is no longer in this store")
    latest = latest_value(session, goal.patient_id, goal.target_code, as_of)
    meets = target_met(latest, low=goal.target_low, high=goal.target_high,
                       text=goal.target_text, code=goal.target_code)
    target = target_text(goal.target_text, goal.target_low, goal.target_high, goal.target_unit)
    if latest is None:
        return Prefill(None, goal.target_unit, None, None, "not_assessed",
                       "No measured value in the chart")
    verdict = ("meets the target" if meets else "does not meet the target"
               if meets is False else "no measurable target")
    text = f"{latest.text} on {latest.at.date().isoformat()}: {verdict}"
    if target and meets is not None:
        text += f" ({target})"
    return Prefill(latest.value, latest.unit, latest.at, meets,
                   "met" if meets else "not_met" if meets is False else "not_assessed", text)


# -- writing ---------------------------------------------------------------------------------------
def _live_plan(s: Session, plan_id: str) -> CarePlan:
    plan = s.get(CarePlan, plan_id) if plan_id else None
    if plan is None or plan.deleted_at is not None:
        raise InputError("that care plan is no longer in this store; reload the chart")
    return plan


def create_care_plan(store: Any, patient_id: str, *, title: str,
                     addresses: list[str] | None = None, description: str | None = None,
                     interventions: list[str] | None = None,
                     now: dt.datetime | None = None) -> str:
    """A new active care plan addressing the given conditions (their ids)."""
    title = (title or "").strip()
    if not title:
        raise InputError("the care plan needs a title")
    now = aware_utc(now, "time now")
    with store.write() as s:
        live_patient(s, patient_id)
        for cid in addresses or ():
            c = s.get(Condition, cid)
            if c is None or c.patient_id != patient_id or c.deleted_at is not None:
                raise InputError("a problem chosen is not on this patient's problem list")
        plan = CarePlan(patient_id=patient_id, title=title[:300], status="active",
                        intent="plan", description=(description or "").strip() or None,
                        period_start=now, addresses=list(addresses or []),
                        activities=[{"text": t.strip(), "status": "in-progress"}
                                    for t in interventions or () if t and t.strip()])
        s.add(plan)
        s.flush()
        return plan.id


def add_goal(store: Any, plan_id: str, *, description: str, target_code: str | None = None,
             target_low: float | None = None, target_high: float | None = None,
             target_unit: str | None = None, target_text: str | None = None,
             due_date: dt.date | None = None) -> str:
    description = (description or "").strip()
    if not description:
        raise InputError("the goal needs a description")
    if target_low is not None and target_high is not None and target_low > target_high:
        raise InputError("the target's low end is above its high end")
    with store.write() as s:
        plan = _live_plan(s, plan_id)
        goal = Goal(patient_id=plan.patient_id, care_plan_id=plan.id, description=description,
                    lifecycle_status="active", achievement_status="in-progress",
                    target_code=target_code, target_code_system=LOINC if target_code else None,
                    target_low=target_low, target_high=target_high, target_unit=target_unit,
                    target_text=target_text, due_date=due_date)
        s.add(goal)
        s.flush()
        return goal.id


def add_intervention(store: Any, plan_id: str, text: str) -> None:
    text = (text or "").strip()
    if not text:
        raise InputError("describe the intervention")
    with store.write() as s:
        plan = _live_plan(s, plan_id)
        plan.activities = [*(plan.activities or []), {"text": text, "status": "in-progress"}]


def record_review(store: Any, plan_id: str, *, adherence: str, goal_id: str | None = None,
                  goal_progress: str = "not_assessed", measured_value: float | None = None,
                  measured_unit: str | None = None, comment: str | None = None,
                  note_id: str | None = None, reviewed_at: dt.datetime | None = None,
                  now: dt.datetime | None = None) -> str:
    """Record adherence to the plan (and progress on one of its goals) at a visit. The goal's
    achievement status follows the progress recorded."""
    if adherence not in ADHERENCE_LEVELS:
        raise InputError("adherence must be adherent, partial, not adherent or not assessed")
    if goal_progress not in GOAL_PROGRESS:
        raise InputError("goal progress must be met, progressing, not met or not assessed")
    if measured_value is not None and (not isinstance(measured_value, (int, float))
                                       or isinstance(measured_value, bool)
                                       or measured_value != measured_value):
        raise InputError("the measured value must be a number")
    now = aware_utc(now, "time now")
    when = aware_utc(reviewed_at or now, "review time")
    if when > now + dt.timedelta(minutes=5):
        raise InputError("the review date is in the future")
    with store.write() as s:
        plan = _live_plan(s, plan_id)
        goal = None
        if goal_id is not None:
            goal = s.get(Goal, goal_id)
            if goal is None or goal.deleted_at is not None or goal.care_plan_id != plan.id:
                raise InputError("that goal is not part of this care plan")
        review = CarePlanReview(patient_id=plan.patient_id, care_plan_id=plan.id,
                                goal_id=goal_id, note_id=note_id, reviewed_at=when,
                                adherence=adherence, goal_progress=goal_progress,
                                measured_value=float(measured_value)
                                if measured_value is not None else None,
                                measured_unit=measured_unit,
                                comment=(comment or "").strip() or None)
        s.add(review)
        if goal is not None and goal_progress in _PROGRESS_TO_ACHIEVEMENT:
            goal.achievement_status = _PROGRESS_TO_ACHIEVEMENT[goal_progress]
        s.flush()
        return review.id
