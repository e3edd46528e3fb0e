"""Transitions of care: a hospital discharge followed until its loop closes.

A discharge (an inpatient :class:`Encounter` with an end time, imported or recorded by hand)
opens one :class:`CareTransition` with the deadlines of CMS transitional care management:

- **contact**: an interactive contact (phone, message, in person) by the end of the 2nd business
  day after the discharge day (business days: Monday-Friday except US federal holidays); two
  documented unsuccessful attempts also satisfy it;
- **home visit**: the program's standard, due 48 hours after the discharge, late after 72;
- **face-to-face follow-up**: by the end of the 14th calendar day (moderate complexity, CPT
  99495) or the 7th (high complexity, CPT 99496). The complexity defaults from the LACE index
  (high at 10 or more) and the nurse can change it.

Each step gets a Task (``origin="transition"``, ``origin_id`` = the transition) due at its
deadline, so it shows in My day; recording the step completes its task, and the transition
completes when all three are done. A call logged from the call list for the contact task goes
through the same functions (:func:`log_call_in`): reached records the contact with the call's
outcome, an unanswered call records an attempt. A step past its due time without completion
escalates its task (``escalated_at``, priority urgent), once. Opening, tasks and escalation
are idempotent: the transition's id is derived from the encounter's and each task's from the
transition's, so re-running (or a second device) never duplicates them.

Deadlines and rules: ``resources/coordination/transitional_care.json`` and
``us_federal_holidays.json`` (with their sources, validated when loaded). Days are the nurse's
local days (``tz``, default the machine's zone); times are stored in UTC.

No Qt. Reads take a Session; writes take the store (``with store.write() as s``); every
function takes an injectable ``now``.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.coordination import lace as lace_mod
from app.coordination.common import aware_now
from app.models.base import SNOMED, utcnow
from app.models.entities import (
    CareTransition,
    CommunicationLogEntry,
    Encounter,
    Patient,
    Task,
)
from app.models.errors import InputError

DATA_DIR = Path(__file__).resolve().parents[2] / "resources" / "coordination"
TCM_FILE = DATA_DIR / "transitional_care.json"
HOLIDAYS_FILE = DATA_DIR / "us_federal_holidays.json"
ORIGIN = "transition"
STEPS = ("contact", "home_visit", "followup")
COMPLEXITIES = ("moderate", "high")
OPEN_TASK = ("open", "in_progress")
ATTEMPT_OUTCOMES = ("no answer", "left message", "line busy", "wrong number")
CONTACT_SUMMARY = "Transitional care contact after discharge"
ATTEMPT_SUMMARY = "Transitional care contact attempt after discharge"
_NS = uuid.UUID("6f1d3c52-0a5e-4c1e-9a43-7f2b8e5d1c90")  # Hearth care transitions

# step states, as the screens show them
DONE, DUE, OVERDUE, LATE, CANCELLED = "done", "due", "overdue", "late", "cancelled"


# -- knowledge ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class TcmRules:
    version: str
    contact_business_days: int
    attempts_that_count: int
    home_visit_due_hours: int
    home_visit_late_hours: int
    followup_days: dict[str, int]
    cpt: dict[str, str]
    auto_open_days: int
    high_if_lace_at_least: int
    cancel_reasons: tuple[tuple[str, str], ...]
    sources: dict[str, str]
    step_names: dict[str, str]
    step_sources: dict[str, str]


def parse_rules(raw: dict[str, Any]) -> TcmRules:
    sources = raw.get("sources") or {}
    steps = {s.get("id"): s for s in raw.get("steps", [])}
    if set(steps) != set(STEPS):
        raise ValueError("transitional_care.json: the steps must be contact, home_visit, followup")
    for sid, s in steps.items():
        if s.get("source") not in sources:
            raise ValueError(f"transitional_care.json: step {sid} has no known source")
    contact, home, follow = steps["contact"], steps["home_visit"], steps["followup"]
    days = {k: int(v) for k, v in follow["calendar_days"].items()}
    if set(days) != set(COMPLEXITIES) or not days["high"] <= days["moderate"]:
        raise ValueError("transitional_care.json: follow-up days need moderate >= high")
    if not 0 < int(home["due_hours"]) <= int(home["late_hours"]):
        raise ValueError("transitional_care.json: the home visit is due before it is late")
    reasons = tuple((r["id"], r["name"]) for r in raw.get("cancel_reasons", []))
    if not reasons:
        raise ValueError("transitional_care.json: no cancel reasons")
    return TcmRules(
        version=str(raw.get("version", "")),
        contact_business_days=int(contact["business_days"]),
        attempts_that_count=int(contact.get("attempts_that_count", 2)),
        home_visit_due_hours=int(home["due_hours"]), home_visit_late_hours=int(home["late_hours"]),
        followup_days=days, cpt={k: str(v) for k, v in follow.get("cpt", {}).items()},
        auto_open_days=int(raw.get("auto_open_days", 30)),
        high_if_lace_at_least=int(raw["complexity_from_lace"]["high_if_lace_at_least"]),
        cancel_reasons=reasons, sources=dict(sources),
        step_names={k: str(v["name"]) for k, v in steps.items()},
        step_sources={k: sources[v["source"]] for k, v in steps.items()},
    )


@lru_cache(maxsize=1)
def rules() -> TcmRules:
    return parse_rules(json.loads(TCM_FILE.read_text(encoding="utf-8")))


_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
             "saturday": 5, "sunday": 6}


def _rule_date(rule: dict[str, Any], year: int) -> dt.date | None:
    if rule.get("since") and year < int(rule["since"]):
        return None
    month = int(rule["month"])
    if "day" in rule:
        day = dt.date(year, month, int(rule["day"]))
        if day.weekday() == 5:
            return day - dt.timedelta(days=1)
        if day.weekday() == 6:
            return day + dt.timedelta(days=1)
        return day
    weekday, nth = _WEEKDAYS[rule["weekday"]], int(rule["nth"])
    if nth > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = (dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1))
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


@dataclass(frozen=True)
class Holidays:
    version: str
    listed: frozenset[dt.date]
    covered: tuple[int, int]
    rules: tuple[dict[str, Any], ...]

    def _computed(self, year: int) -> set[dt.date]:
        out = set()
        for y in (year, year + 1):  # 1 January on a Saturday is observed on 31 December
            for rule in self.rules:
                day = _rule_date(rule, y)
                if day is not None and day.year == year:
                    out.add(day)
        return out

    def is_holiday(self, day: dt.date) -> bool:
        if self.covered[0] <= day.year <= self.covered[1]:
            return day in self.listed
        return day in self._computed(day.year)


def parse_holidays(raw: dict[str, Any]) -> Holidays:
    sources = raw.get("sources") or {}
    listed: set[dt.date] = set()
    for entry in raw.get("dates", []):
        if entry.get("source") not in sources:
            raise ValueError("us_federal_holidays.json: a date has no known source")
        listed.add(dt.date.fromisoformat(entry["date"]))
    for rule in raw.get("rules", []):
        if rule.get("source") not in sources:
            raise ValueError("us_federal_holidays.json: a rule has no known source")
    lo, hi = raw["covered_years"]
    hol = Holidays(str(raw.get("version", "")), frozenset(listed), (int(lo), int(hi)),
                   tuple(raw.get("rules", [])))
    for year in range(int(lo), int(hi) + 1):
        if hol._computed(year) != {d for d in listed if d.year == year}:
            raise ValueError(f"us_federal_holidays.json: the rules do not give the {year} list")
    return hol


@lru_cache(maxsize=1)
def holidays() -> Holidays:
    return parse_holidays(json.loads(HOLIDAYS_FILE.read_text(encoding="utf-8")))


# -- deadlines ------------------------------------------------------------------------------------
def is_business_day(day: dt.date) -> bool:
    """Monday to Friday and not a US federal holiday (as observed)."""
    return day.weekday() < 5 and not holidays().is_holiday(day)


def add_business_days(day: dt.date, n: int) -> dt.date:
    """The ``n``-th business day after ``day`` (``day`` itself is day 0)."""
    out, added = day, 0
    while added < n:
        out += dt.timedelta(days=1)
        if is_business_day(out):
            added += 1
    return out


def _local(value: dt.datetime, tz: dt.tzinfo | None) -> dt.datetime:
    return value.astimezone(tz) if tz is not None else value.astimezone()


def end_of_day(day: dt.date, tz: dt.tzinfo | None = None) -> dt.datetime:
    """The last second of ``day`` in the local zone, as aware UTC (DST-safe)."""
    wall = dt.datetime.combine(day, dt.time(23, 59, 59))
    local = wall.replace(tzinfo=tz) if tz is not None else wall.astimezone()
    return local.astimezone(dt.timezone.utc)


@dataclass(frozen=True)
class Deadlines:
    contact_due: dt.datetime
    home_visit_due: dt.datetime
    home_visit_late: dt.datetime
    followup_due: dt.datetime


def deadlines(discharged_at: dt.datetime, complexity: str,
              tz: dt.tzinfo | None = None) -> Deadlines:
    """The TCM deadlines of a discharge at ``discharged_at``."""
    if complexity not in COMPLEXITIES:
        raise InputError("the complexity must be moderate or high")
    r = rules()
    day = _local(discharged_at, tz).date()
    return Deadlines(
        contact_due=end_of_day(add_business_days(day, r.contact_business_days), tz),
        home_visit_due=discharged_at + dt.timedelta(hours=r.home_visit_due_hours),
        home_visit_late=discharged_at + dt.timedelta(hours=r.home_visit_late_hours),
        followup_due=end_of_day(day + dt.timedelta(days=r.followup_days[complexity]), tz),
    )


def complexity_for(lace_score: int | None) -> str:
    return "high" if lace_score is not None and lace_score >= rules().high_if_lace_at_least \
        else "moderate"


# -- rows for the screens -------------------------------------------------------------------------
@dataclass(frozen=True)
class StepRow:
    step: str  # contact | home_visit | followup
    name: str
    due_at: dt.datetime | None
    late_at: dt.datetime | None  # home visit: late after 72 h
    done_at: dt.datetime | None
    outcome: str | None
    state: str  # done | due | overdue | late | cancelled
    task_id: str | None
    escalated: bool = False


@dataclass(frozen=True)
class TransitionRow:
    id: str
    patient_id: str
    patient_name: str
    encounter_id: str | None
    discharged_at: dt.datetime
    facility: str | None
    diagnosis: str | None
    complexity: str
    cpt: str
    lace_score: int | None
    lace_risk: str | None
    lace: dict[str, Any] | None
    status: str
    closed_at: dt.datetime | None
    notes: str | None
    steps: tuple[StepRow, ...]
    contact_attempts: int

    @property
    def overdue(self) -> bool:
        return self.status == "open" and any(s.state in (OVERDUE, LATE) for s in self.steps)

    def step(self, step: str) -> StepRow:
        return next(s for s in self.steps if s.step == step)


def transition_id_for(encounter_id: str) -> str:
    return str(uuid.uuid5(_NS, f"care-transition:{encounter_id}"))


def task_id_for(transition_id: str, step: str) -> str:
    return str(uuid.uuid5(_NS, f"{transition_id}:{step}"))


def _name(p: Patient | None) -> str:
    return f"{p.family_name}, {p.given_name}".strip(", ") if p else ""


def _step_state(due: dt.datetime | None, late: dt.datetime | None, done: dt.datetime | None,
                status: str, now: dt.datetime) -> str:
    if done is not None:
        return DONE
    if status == "cancelled":
        return CANCELLED
    if late is not None and now > late:
        return LATE
    if due is not None and now > due:
        return OVERDUE
    return DUE


def _attempts(s: Session, t: CareTransition) -> list[CommunicationLogEntry]:
    return list(s.scalars(
        select(CommunicationLogEntry).where(
            CommunicationLogEntry.patient_id == t.patient_id,
            CommunicationLogEntry.deleted_at.is_(None),
            CommunicationLogEntry.occurred_at >= t.discharged_at,
            or_(CommunicationLogEntry.summary == ATTEMPT_SUMMARY,
                CommunicationLogEntry.summary.startswith(ATTEMPT_SUMMARY + "\n")),
            CommunicationLogEntry.outcome.in_(ATTEMPT_OUTCOMES))
        .order_by(CommunicationLogEntry.occurred_at)).all())


def _row(s: Session, t: CareTransition, now: dt.datetime,
         patient: Patient | None = None) -> TransitionRow:
    r = rules()
    patient = patient or s.get(Patient, t.patient_id)
    tasks = {task.id: task for task in s.scalars(
        select(Task).where(Task.origin == ORIGIN, Task.origin_id == t.id))}
    late = t.discharged_at + dt.timedelta(hours=r.home_visit_late_hours)
    spec = (("contact", t.contact_due_at, None, t.contact_at, t.contact_outcome),
            ("home_visit", t.home_visit_due_at, late, t.home_visit_at, None),
            ("followup", t.followup_due_at, None, t.followup_at, None))
    steps = []
    for step, due, late_at, done, outcome in spec:
        tid = task_id_for(t.id, step)
        task = tasks.get(tid)
        steps.append(StepRow(
            step=step, name=r.step_names[step], due_at=due, late_at=late_at, done_at=done,
            outcome=outcome, state=_step_state(due, late_at, done, t.status, now),
            task_id=tid if task is not None and task.deleted_at is None else None,
            escalated=task is not None and task.escalated_at is not None))
    meta = (t.lace_components or {}).get("meta") or {}
    return TransitionRow(
        id=t.id, patient_id=t.patient_id, patient_name=_name(patient),
        encounter_id=t.encounter_id, discharged_at=t.discharged_at, facility=t.facility,
        diagnosis=t.diagnosis, complexity=t.complexity, cpt=r.cpt.get(t.complexity, ""),
        lace_score=t.lace_score, lace_risk=meta.get("risk") if t.lace_score is not None else None,
        lace=t.lace_components, status=t.status, closed_at=t.closed_at, notes=t.notes,
        steps=tuple(steps), contact_attempts=len(_attempts(s, t)))


# -- reading --------------------------------------------------------------------------------------
def list_transitions(session: Session, *, now: dt.datetime | None = None,
                     include_closed_days: int = 0,
                     patient_id: str | None = None) -> list[TransitionRow]:
    """Open transitions (plus those closed in the last ``include_closed_days`` days), overdue
    first, then by discharge time (newest first)."""
    now = aware_now(now)
    since = now - dt.timedelta(days=include_closed_days)
    wanted = (CareTransition.status == "open") if not include_closed_days else or_(
        CareTransition.status == "open", CareTransition.closed_at >= since)
    stmt = (select(CareTransition, Patient)
            .join(Patient, Patient.id == CareTransition.patient_id)
            .where(CareTransition.deleted_at.is_(None), Patient.deleted_at.is_(None), wanted))
    if patient_id is not None:
        stmt = stmt.where(CareTransition.patient_id == patient_id)
    rows = [_row(session, t, now, p) for t, p in session.execute(stmt).all()]
    rows.sort(key=lambda r: (r.status != "open", not r.overdue, -r.discharged_at.timestamp()))
    return rows


def get_transition(session: Session, transition_id: str, *,
                   now: dt.datetime | None = None) -> TransitionRow:
    t = session.get(CareTransition, transition_id) if transition_id else None
    if t is None or t.deleted_at is not None:
        raise InputError("that transition is no longer in this store; reload the list")
    return _row(session, t, aware_now(now))


def patient_transition(session: Session, patient_id: str, *,
                       now: dt.datetime | None = None) -> TransitionRow | None:
    """The patient's most recent open transition (for the chart summary), or None."""
    rows = list_transitions(session, now=now, patient_id=patient_id)
    return rows[0] if rows else None


def fetch_transitions(store: Any, *, include_closed_days: int = 7,
                      now: dt.datetime | None = None) -> list[TransitionRow]:
    """What the Transitions screen runs in the background."""
    with store.session() as session:
        return list_transitions(session, now=now, include_closed_days=include_closed_days)


def patient_choices(store: Any) -> list[tuple[str, str]]:
    """(patient id, "Family, Given") of every live patient, for "Record a discharge"."""
    with store.session() as s:
        rows = s.execute(select(Patient.id, Patient.given_name, Patient.family_name).where(
            Patient.deleted_at.is_(None), Patient.deceased.is_(False))).all()
    rows.sort(key=lambda r: ((r[2] or "").casefold(), (r[1] or "").casefold()))
    return [(pid, f"{f or ''}, {g or ''}".strip(", ")) for pid, g, f in rows]


# -- writing --------------------------------------------------------------------------------------
def _task_titles(complexity: str) -> dict[str, tuple[str, str]]:
    r = rules()
    days = r.followup_days[complexity]
    return {
        "contact": ("Transitional care: contact the patient after discharge",
                    f"CMS TCM: interactive contact within {r.contact_business_days} business "
                    "days of discharge (two documented attempts also count)."),
        "home_visit": ("Transitional care: home visit after discharge",
                       f"Home visit due {r.home_visit_due_hours} h after discharge; late after "
                       f"{r.home_visit_late_hours} h."),
        "followup": ("Transitional care: face-to-face follow-up visit",
                     f"CMS TCM ({r.cpt.get(complexity, '')}, {complexity} complexity): "
                     f"face-to-face visit within {days} days of discharge."),
    }


def task_text(title: str, complexity: str | None) -> tuple[str, dict[str, Any]] | None:
    """For a screen: which step's task this is (its English title, as stored) and the numbers
    its description is made from, so the view writes both in the UI language with ``tr()``:
    ``("contact", {"business_days": 2, ...})``; None for a task these rules did not title."""
    r = rules()
    complexity = complexity if complexity in r.followup_days else "high"
    for step, (english, _desc) in _task_titles(complexity).items():
        if title == english:
            return step, {"business_days": r.contact_business_days,
                          "due_hours": r.home_visit_due_hours,
                          "late_hours": r.home_visit_late_hours,
                          "cpt": r.cpt.get(complexity, ""), "complexity": complexity,
                          "days": r.followup_days[complexity]}
    return None


def _due_of(t: CareTransition, step: str) -> dt.datetime | None:
    return {"contact": t.contact_due_at, "home_visit": t.home_visit_due_at,
            "followup": t.followup_due_at}[step]


def _done_of(t: CareTransition, step: str) -> dt.datetime | None:
    return {"contact": t.contact_at, "home_visit": t.home_visit_at,
            "followup": t.followup_at}[step]


def _ensure_tasks(s: Session, t: CareTransition, assignee_id: str | None = None,
                  now: dt.datetime | None = None) -> None:
    """One task per step (ids derived from the transition's): created if missing, due dates
    kept in step with the transition. A task someone deleted is not brought back."""
    titles = _task_titles(t.complexity)
    for step in STEPS:
        tid = task_id_for(t.id, step)
        task = s.get(Task, tid)
        due = _due_of(t, step)
        done = _done_of(t, step)
        if task is None:
            title, desc = titles[step]
            task = Task(id=tid, patient_id=t.patient_id, title=title, description=desc,
                        status="done" if done else "open", priority="routine", due_at=due,
                        completed_at=done, origin=ORIGIN, origin_id=t.id,
                        assignee_id=assignee_id)
            s.add(task)
            continue
        if task.deleted_at is not None:
            continue
        if task.due_at != due and task.status in OPEN_TASK:
            task.due_at = due
            task.description = titles[step][1]
            if task.escalated_at is not None and due is not None and due > (now or utcnow()):
                task.escalated_at = None
                task.priority = "routine"


def _lace_for(s: Session, enc: Encounter, tz: dt.tzinfo | None,
              emergent: bool | None = None) -> lace_mod.LaceResult | None:
    try:
        return lace_mod.compute_lace(s, enc.id, tz=tz, emergent=emergent)
    except InputError:
        return None


def _open(s: Session, enc: Encounter, *, tz: dt.tzinfo | None, complexity: str | None = None,
          emergent: bool | None = None, diagnosis: str | None = None,
          assignee_id: str | None = None) -> tuple[CareTransition, bool]:
    """The encounter's transition, created with its tasks when missing: (row, created)."""
    tid = transition_id_for(enc.id)
    existing = s.get(CareTransition, tid)
    if existing is None:
        existing = s.scalar(select(CareTransition).where(
            CareTransition.encounter_id == enc.id))
    if existing is not None:
        return existing, False
    assert enc.end_at is not None
    result = _lace_for(s, enc, tz, emergent)
    score = result.score if result is not None else None
    cx = complexity or complexity_for(score)
    d = deadlines(enc.end_at, cx, tz)
    t = CareTransition(
        id=tid, patient_id=enc.patient_id, encounter_id=enc.id, discharged_at=enc.end_at,
        facility=enc.facility, diagnosis=diagnosis or enc.reason or enc.code_display,
        complexity=cx, lace_score=score,
        lace_components=result.to_json() if result is not None else None,
        contact_due_at=d.contact_due, home_visit_due_at=d.home_visit_due,
        followup_due_at=d.followup_due, status="open")
    s.add(t)
    s.flush()
    _ensure_tasks(s, t, assignee_id)
    s.flush()
    return t, True


def open_transition(store: Any, encounter_id: str, *, now: dt.datetime | None = None,
                    complexity: str | None = None, tz: dt.tzinfo | None = None) -> TransitionRow:
    """Open the transition of one discharge (or return the one already open)."""
    now = aware_now(now)
    with store.write() as s:
        enc = s.get(Encounter, encounter_id) if encounter_id else None
        if enc is None or enc.deleted_at is not None:
            raise InputError("that hospital stay is not in this store")
        if enc.kind != "inpatient" or enc.end_at is None:
            raise InputError("only a hospital stay with a discharge time opens a transition")
        t, _created = _open(s, enc, tz=tz, complexity=complexity)
        return _row(s, t, now)


def open_transitions(store: Any, *, now: dt.datetime | None = None, days: int | None = None,
                     tz: dt.tzinfo | None = None) -> list[str]:
    """Open a transition for every inpatient discharge in the last ``days`` days (30 by
    default) that has none yet; a transition whose patient was admitted again since is
    cancelled ("readmitted"). Returns the ids opened now. Idempotent: run it after an import
    and when Hearth starts."""
    now = aware_now(now)
    days = rules().auto_open_days if days is None else days
    since = now - dt.timedelta(days=days)
    opened: list[str] = []
    with store.write() as s:
        encs = s.scalars(
            select(Encounter).join(Patient, Patient.id == Encounter.patient_id).where(
                Encounter.kind == "inpatient", Encounter.deleted_at.is_(None),
                Encounter.end_at.is_not(None), Encounter.end_at >= since,
                Encounter.end_at <= now, Patient.deleted_at.is_(None),
                Patient.deceased.is_(False))
            .order_by(Encounter.end_at)).all()
        have = set(s.scalars(select(CareTransition.encounter_id).where(
            CareTransition.encounter_id.in_([e.id for e in encs]))).all()) if encs else set()
        for enc in encs:
            if enc.id in have:
                continue
            t, created = _open(s, enc, tz=tz)
            if created:
                opened.append(t.id)
        # a later admission closes the earlier transition
        for t in s.scalars(select(CareTransition).where(
                CareTransition.status == "open", CareTransition.deleted_at.is_(None))).all():
            again = s.scalar(select(Encounter.id).where(
                Encounter.patient_id == t.patient_id, Encounter.kind == "inpatient",
                Encounter.deleted_at.is_(None), Encounter.start_at > t.discharged_at,
                Encounter.start_at <= now, Encounter.id != t.encounter_id).limit(1))
            if again is not None:
                _close(s, t, "cancelled", now, "Readmitted to hospital")
    return opened


def record_discharge(store: Any, *, patient_id: str, discharged_at: dt.datetime,
                     facility: str, diagnosis: str | None = None,
                     admitted_at: dt.datetime | None = None, emergent: bool = False,
                     now: dt.datetime | None = None, tz: dt.tzinfo | None = None) -> TransitionRow:
    """"Record a discharge": the hospital stay (an inpatient encounter) and its transition."""
    now = aware_now(now)
    discharged = _check_time(discharged_at, "discharge time")
    admitted = _check_time(admitted_at, "admission time") if admitted_at is not None else None
    if discharged > now + dt.timedelta(minutes=5):
        raise InputError("the discharge time is in the future")
    if admitted is not None and admitted > discharged:
        raise InputError("the admission is after the discharge")
    facility = _clean(facility, "hospital", required=True, limit=200)
    diagnosis = _clean(diagnosis, "diagnosis", limit=300)
    with store.write() as s:
        patient = s.get(Patient, patient_id) if patient_id else None
        if patient is None or patient.deleted_at is not None:
            raise InputError("that patient is not in this store; choose a patient from the list")
        code, display = (("183452005", "Emergency hospital admission") if emergent
                         else ("32485007", "Hospital admission"))
        enc = Encounter(patient_id=patient.id, kind="inpatient", class_code="IMP",
                        status="finished", start_at=admitted or discharged, end_at=discharged,
                        facility=facility, reason=diagnosis, code_system=SNOMED, code=code,
                        code_display=display)
        s.add(enc)
        s.flush()
        t, _created = _open(s, enc, tz=tz, emergent=emergent, diagnosis=diagnosis)
        return _row(s, t, now, patient)


def _check_time(value: dt.datetime | None, what: str) -> dt.datetime:
    if not isinstance(value, dt.datetime):
        raise InputError(f"the {what} must be a date and time")
    if value.tzinfo is None or value.utcoffset() is None:
        raise InputError(f"the {what} has no time zone; give a local or UTC time")
    return value.astimezone(dt.timezone.utc)


def _clean(text: str | None, what: str, *, required: bool = False, limit: int = 300) -> str | None:
    text = (text or "").strip()
    if not text:
        if required:
            raise InputError(f"the {what} is missing")
        return None
    if len(text) > limit:
        raise InputError(f"the {what} is too long (at most {limit} characters)")
    return text


def _live(s: Session, transition_id: str, *, open_only: bool = True) -> CareTransition:
    t = s.get(CareTransition, transition_id) if transition_id else None
    if t is None or t.deleted_at is not None:
        raise InputError("that transition is no longer in this store; reload the list")
    if open_only and t.status != "open":
        raise InputError("that transition is already closed")
    return t


def _complete_task(s: Session, t: CareTransition, step: str, at: dt.datetime) -> None:
    task = s.get(Task, task_id_for(t.id, step))
    if task is not None and task.deleted_at is None and task.status in OPEN_TASK:
        task.status = "done"
        task.completed_at = at


def _close(s: Session, t: CareTransition, status: str, now: dt.datetime,
           note: str | None = None) -> None:
    t.status = status
    t.closed_at = now
    if note:
        t.notes = f"{t.notes}\n{note}" if t.notes else note
    if status == "cancelled":
        for step in STEPS:
            task = s.get(Task, task_id_for(t.id, step))
            if task is not None and task.deleted_at is None and task.status in OPEN_TASK:
                task.status = "cancelled"


def _maybe_complete(s: Session, t: CareTransition, now: dt.datetime) -> None:
    if t.contact_at and t.home_visit_at and t.followup_at and t.status == "open":
        _close(s, t, "completed", now)


def _when(at: dt.datetime | None, t: CareTransition, now: dt.datetime, what: str) -> dt.datetime:
    at = now if at is None else _check_time(at, what)
    if at < t.discharged_at - dt.timedelta(minutes=1):
        raise InputError(f"the {what} is before the discharge")
    if at > now + dt.timedelta(minutes=5):
        raise InputError(f"the {what} is in the future")
    return at


def _log(s: Session, t: CareTransition, *, when: dt.datetime, summary: str, outcome: str,
         note: str | None, party_name: str | None, party_role: str | None,
         channel: str) -> CommunicationLogEntry:
    entry = CommunicationLogEntry(
        patient_id=t.patient_id, occurred_at=when, direction="outgoing", channel=channel,
        party_name=party_name, party_role=party_role,
        summary=summary + (f"\n{note}" if note else ""), outcome=outcome)
    s.add(entry)
    return entry


def _contact_in(s: Session, t: CareTransition, *, outcome: str, when: dt.datetime,
                now: dt.datetime, party_role: str | None = "patient", channel: str = "phone",
                party_name: str | None = None, note: str | None = None,
                log_outcome: str | None = None) -> CommunicationLogEntry:
    """The contact step met by an interactive contact (the one code path of the Transitions
    screen and the call list): logged, the step done with its outcome, its task done."""
    if t.contact_at is not None:
        raise InputError("the contact is already recorded")
    entry = _log(s, t, when=when, summary=CONTACT_SUMMARY, outcome=log_outcome or outcome,
                 note=note, party_name=party_name, party_role=party_role, channel=channel)
    t.contact_at, t.contact_outcome = when, outcome
    _complete_task(s, t, "contact", when)
    _maybe_complete(s, t, now)
    s.flush()
    return entry


def _attempt_in(s: Session, t: CareTransition, *, outcome: str, when: dt.datetime,
                now: dt.datetime, party_role: str | None = "patient",
                party_name: str | None = None, note: str | None = None) -> CommunicationLogEntry:
    """An unsuccessful attempt logged; with enough documented attempts (two, CMS TCM) the
    contact step counts as met and its task is done."""
    if outcome not in ATTEMPT_OUTCOMES:
        raise InputError("the attempt's outcome must be no answer, left message, line busy or "
                         "wrong number")
    if t.contact_at is not None:
        raise InputError("the contact is already recorded")
    entry = _log(s, t, when=when, summary=ATTEMPT_SUMMARY, outcome=outcome, note=note,
                 party_name=party_name, party_role=party_role, channel="phone")
    s.flush()
    attempts = _attempts(s, t)
    if len(attempts) >= rules().attempts_that_count:
        t.contact_at = max(a.occurred_at for a in attempts)
        t.contact_outcome = f"{len(attempts)} documented attempts, not reached"
        _complete_task(s, t, "contact", t.contact_at)
        _maybe_complete(s, t, now)
    s.flush()
    return entry


def record_contact(store: Any, transition_id: str, *, outcome: str,
                   at: dt.datetime | None = None, party_role: str = "patient",
                   channel: str = "phone", now: dt.datetime | None = None) -> TransitionRow:
    """The interactive contact was made (with its outcome): logged in the communication log,
    the contact step done."""
    now = aware_now(now)
    outcome = _clean(outcome, "outcome of the contact", required=True, limit=200)
    assert outcome is not None
    with store.write() as s:
        t = _live(s, transition_id)
        when = _when(at, t, now, "contact time")
        _contact_in(s, t, outcome=outcome, when=when, now=now, party_role=party_role,
                    channel=channel)
        return _row(s, t, now)


def record_contact_attempt(store: Any, transition_id: str, *, outcome: str = "no answer",
                           at: dt.datetime | None = None,
                           now: dt.datetime | None = None) -> TransitionRow:
    """An unsuccessful attempt to reach the patient, logged in the communication log. With
    two documented attempts the contact step counts as done (CMS TCM)."""
    now = aware_now(now)
    if outcome not in ATTEMPT_OUTCOMES:
        raise InputError("the attempt's outcome must be no answer, left message, line busy or "
                         "wrong number")
    with store.write() as s:
        t = _live(s, transition_id)
        when = _when(at, t, now, "attempt time")
        _attempt_in(s, t, outcome=outcome, when=when, now=now)
        return _row(s, t, now)


# the call list's outcomes (app.coordination.communication.CALL_OUTCOMES) that are
# unsuccessful attempts in the sense of CMS TCM
CALL_ATTEMPTS = {"no_answer": "no answer", "left_message": "left message",
                 "wrong_number": "wrong number"}


def contact_transition_of(s: Session, task: Task) -> CareTransition | None:
    """The open transition whose contact step (still pending) ``task`` is, else None."""
    if task.origin != ORIGIN or not task.origin_id:
        return None
    t = s.get(CareTransition, task.origin_id)
    if (t is None or t.deleted_at is not None or t.status != "open" or t.contact_at is not None
            or task.id != task_id_for(t.id, "contact")):
        return None
    return t


def log_call_in(s: Session, task: Task, *, outcome: str, note: str | None,
                party_name: str | None, party_role: str | None,
                now: dt.datetime) -> CommunicationLogEntry | None:
    """A call logged from the call list for a transition's contact task (inside the call
    list's transaction): reached records the contact with its outcome, no answer / left
    message / wrong number records an attempt (two count, CMS TCM). Returns the log entry
    written, or None when ``task`` is not a pending transition contact or the outcome is
    neither (the caller logs the call itself)."""
    t = contact_transition_of(s, task)
    if t is None or (outcome != "reached" and outcome not in CALL_ATTEMPTS):
        return None
    when = _when(now, t, now, "call time")
    if outcome == "reached":
        first = (note or "").strip().splitlines()[0] if (note or "").strip() else ""
        text = f"Reached by phone: {first}" if first else "Reached by phone"
        if len(text) > 200:
            text = text[:199] + "\u2026"
        return _contact_in(s, t, outcome=text, when=when, now=now, party_role=party_role,
                           party_name=party_name, note=note, log_outcome="reached")
    return _attempt_in(s, t, outcome=CALL_ATTEMPTS[outcome], when=when, now=now,
                       party_role=party_role, party_name=party_name, note=note)


def record_home_visit(store: Any, transition_id: str, *, at: dt.datetime | None = None,
                      now: dt.datetime | None = None) -> TransitionRow:
    now = aware_now(now)
    with store.write() as s:
        t = _live(s, transition_id)
        if t.home_visit_at is not None:
            raise InputError("the home visit is already recorded")
        when = _when(at, t, now, "home visit time")
        t.home_visit_at = when
        _complete_task(s, t, "home_visit", when)
        _maybe_complete(s, t, now)
        s.flush()
        return _row(s, t, now)


def record_followup(store: Any, transition_id: str, *, at: dt.datetime | None = None,
                    now: dt.datetime | None = None) -> TransitionRow:
    """The face-to-face follow-up visit took place."""
    now = aware_now(now)
    with store.write() as s:
        t = _live(s, transition_id)
        if t.followup_at is not None:
            raise InputError("the follow-up visit is already recorded")
        when = _when(at, t, now, "follow-up time")
        t.followup_at = when
        _complete_task(s, t, "followup", when)
        _maybe_complete(s, t, now)
        s.flush()
        return _row(s, t, now)


def set_complexity(store: Any, transition_id: str, complexity: str, *,
                   now: dt.datetime | None = None, tz: dt.tzinfo | None = None) -> TransitionRow:
    """Moderate (14 days, 99495) or high (7 days, 99496): moves the follow-up deadline."""
    now = aware_now(now)
    if complexity not in COMPLEXITIES:
        raise InputError("the complexity must be moderate or high")
    with store.write() as s:
        t = _live(s, transition_id)
        if t.complexity != complexity:
            t.complexity = complexity
            t.followup_due_at = deadlines(t.discharged_at, complexity, tz).followup_due
            _ensure_tasks(s, t, now=now)
            s.flush()
        return _row(s, t, now)


def cancel_transition(store: Any, transition_id: str, *, reason: str, comment: str | None = None,
                      now: dt.datetime | None = None) -> TransitionRow:
    """Close the transition without completing it (readmitted, died, declined, other); its
    open tasks are cancelled."""
    now = aware_now(now)
    names = dict(rules().cancel_reasons)
    if reason not in names:
        raise InputError("choose why the transition is closed: readmitted, died, declined or "
                         "other")
    comment = _clean(comment, "comment", limit=500)
    if reason == "other" and not comment:
        raise InputError("say why the transition is closed")
    with store.write() as s:
        t = _live(s, transition_id)
        _close(s, t, "cancelled", now, names[reason] + (f": {comment}" if comment else ""))
        s.flush()
        return _row(s, t, now)


def _steps_from_tasks(s: Session, t: CareTransition, now: dt.datetime) -> int:
    """A step's task ticked done in My day or the chart records the step (at the task's
    completion time). Returns how many steps were recorded so."""
    recorded = 0
    for step in STEPS:
        if _done_of(t, step) is not None:
            continue
        task = s.get(Task, task_id_for(t.id, step))
        if task is None or task.deleted_at is not None or task.status != "done":
            continue
        at = task.completed_at or now
        if step == "contact":
            tried = len(_attempts(s, t))
            t.contact_at, t.contact_outcome = at, "Recorded as done in the task list" + (
                f" ({tried} unsuccessful attempt{'s' if tried != 1 else ''} logged)"
                if tried else "")
        elif step == "home_visit":
            t.home_visit_at = at
        else:
            t.followup_at = at
        recorded += 1
    if recorded:
        _maybe_complete(s, t, now)
    return recorded


def escalate_overdue(store: Any, *, now: dt.datetime | None = None) -> int:
    """Escalate the task of every step past its due time and not done: ``escalated_at`` set,
    priority urgent. Idempotent (a task is escalated once). A step whose task was ticked done
    elsewhere is recorded first. Returns how many tasks were escalated or steps recorded."""
    now = aware_now(now)
    count = 0
    with store.write() as s:
        for t in s.scalars(select(CareTransition).where(
                CareTransition.status == "open", CareTransition.deleted_at.is_(None))).all():
            count += _steps_from_tasks(s, t, now)
            if t.status != "open":
                continue
            for step in STEPS:
                due, done = _due_of(t, step), _done_of(t, step)
                if done is not None or due is None or due >= now:
                    continue
                task = s.get(Task, task_id_for(t.id, step))
                if (task is None or task.deleted_at is not None or task.status not in OPEN_TASK
                        or task.escalated_at is not None):
                    continue
                task.escalated_at = now
                task.priority = "urgent"
                count += 1
    return count


def refresh(store: Any, *, now: dt.datetime | None = None) -> tuple[int, int]:
    """Open new transitions and escalate missed steps: what the app runs at start, after an
    import and on its timer. (opened, escalated)."""
    opened = open_transitions(store, now=now)
    return len(opened), escalate_overdue(store, now=now)
