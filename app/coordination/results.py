"""Test results tracking: an ordered test followed until its result is back, acknowledged by
the clinician who must see it, and the patient has been told.

Steps (``ResultTracking.status``): ``ordered`` -> ``resulted`` (an Observation linked: picked
by the nurse, or matched by LOINC code after the order date) -> ``acknowledged`` -> ``closed``
(acknowledged and the patient informed); ``cancelled`` with a reason while open. The patient
may be told before the acknowledgement; the loop closes when both are done.

Abnormal: from the Observation's interpretation (H, L, A, HH, LL, and the other abnormal
HL7 v3 codes), else from its reference range; unknown when neither says.

Overdue rules (``resources/coordination/result_timeliness.json``): result not back by
``expected_by``; abnormal result not acknowledged within 1 business day (program default);
acknowledged but the patient not told. Each creates one task (``origin="result"``) once.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.coordination.common import aware_now, check_time, live_patient
from app.coordination.loops import (
    Rule,
    add_business_days,
    clean,
    ensure_task,
    evaluate_open_loops,
    load_rules,
    loop_tasks,
    settle_tasks,
)
from app.models.entities import Observation, ResultTracking
from app.models.errors import InputError

ORIGIN = "result"
LOINC = "http://loinc.org"
OPEN_STATUSES = ("ordered", "resulted", "acknowledged")
INFORM_HOW = ("phone", "visit", "letter", "portal")
# HL7 v3 ObservationInterpretation codes that mean "outside normal".
ABNORMAL_CODES = frozenset({"H", "L", "A", "HH", "LL", "AA", "HU", "LU", "H>", "L<", ">", "<",
                            "CAR", "POS", "DET", "R", "W"})
NORMAL_CODES = frozenset({"N", "NEG", "ND", "S"})


@dataclass(frozen=True)
class ResultRow:
    id: str
    patient_id: str
    test_name: str
    test_code: str | None
    ordered_at: dt.datetime
    ordered_by: str | None
    expected_by: dt.datetime | None
    responsible: str | None
    observation_id: str | None
    resulted_at: dt.datetime | None
    result_summary: str | None
    abnormal: bool | None
    acknowledged_at: dt.datetime | None
    acknowledged_by: str | None
    patient_informed_at: dt.datetime | None
    patient_informed_how: str | None
    status: str
    notes: str | None
    overdue: tuple[str, ...] = ()  # titles of the late rules

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def next_steps(self) -> tuple[str, ...]:
        if self.status == "ordered":
            return ("link", "cancelled")
        if self.status in ("resulted", "acknowledged"):
            steps: tuple[str, ...] = ()
            if self.acknowledged_at is None:
                steps += ("acknowledge",)
            if self.patient_informed_at is None:
                steps += ("inform",)
            return steps + ("cancelled",)
        return ()


@dataclass(frozen=True)
class Candidate:
    """An Observation the nurse can link to a tracked test."""

    id: str
    name: str
    code: str | None
    effective_at: dt.datetime | None
    value: str
    abnormal: bool | None
    matches_code: bool


# -- the result ------------------------------------------------------------------------------------
def abnormal_of(obs: Observation) -> bool | None:
    """True when the Observation is outside normal (its interpretation, else its reference
    range), False when it is normal, None when nothing says."""
    code = (obs.interpretation or "").strip().upper()
    if code in ABNORMAL_CODES:
        return True
    if code in NORMAL_CODES:
        return False
    value = obs.value_quantity
    if value is not None and (obs.reference_low is not None or obs.reference_high is not None):
        if obs.reference_low is not None and value < obs.reference_low:
            return True
        return bool(obs.reference_high is not None and value > obs.reference_high)
    return None


def _fmt_number(v: float) -> str:
    return f"{v:g}" if abs(v) < 1e6 else f"{v:.0f}"


def value_text(obs: Observation) -> str:
    """The result in words: "7.9 %", "Positive", "140/90 mmHg"..."""
    if obs.value_quantity is not None:
        text = _fmt_number(obs.value_quantity)
        if obs.value_unit:
            text += f" {obs.value_unit}"
    elif obs.value_text:
        text = obs.value_text
    elif obs.value_code:
        text = obs.value_code
    elif obs.components:
        parts = []
        for c in obs.components:
            if isinstance(c, dict) and c.get("value") is not None:
                parts.append(f"{c.get('display') or c.get('code') or ''} {c.get('value')}"
                             f" {c.get('unit') or ''}".strip())
        text = "; ".join(parts)
    else:
        text = ""
    if obs.interpretation:
        text += f" ({obs.interpretation})"
    if obs.reference_low is not None or obs.reference_high is not None:
        lo = _fmt_number(obs.reference_low) if obs.reference_low is not None else ""
        hi = _fmt_number(obs.reference_high) if obs.reference_high is not None else ""
        text += f" [ref {lo}-{hi}]"
    return text.strip()


# -- rules -----------------------------------------------------------------------------------------
def rules() -> tuple[Rule, ...]:
    return load_rules("result_timeliness").rules


def _late(t: ResultTracking, now: dt.datetime) -> list[tuple[Rule, dt.datetime]]:
    """The rules a tracked test is late on now, with the time each step was due."""
    out: list[tuple[Rule, dt.datetime]] = []
    if t.status not in OPEN_STATUSES:
        return out
    for rule in rules():
        applies = (
            (rule.step == "ordered" and t.status == "ordered")
            or (rule.step == "abnormal_unacknowledged" and t.abnormal is True
                and t.resulted_at is not None and t.acknowledged_at is None)
            or (rule.step == "acknowledged_not_informed" and t.acknowledged_at is not None
                and t.patient_informed_at is None)
        )
        if not applies:
            continue
        start = getattr(t, rule.start, None)
        if not isinstance(start, dt.datetime):
            continue
        due = add_business_days(start, rule.business_days or 0)
        if now >= due if rule.step == "acknowledged_not_informed" else now > due:
            out.append((rule, due))
    return out


def _row(t: ResultTracking, now: dt.datetime) -> ResultRow:
    return ResultRow(
        id=t.id, patient_id=t.patient_id, test_name=t.test_name, test_code=t.test_code,
        ordered_at=t.ordered_at, ordered_by=t.ordered_by, expected_by=t.expected_by,
        responsible=t.responsible, observation_id=t.observation_id, resulted_at=t.resulted_at,
        result_summary=t.result_summary, abnormal=t.abnormal, acknowledged_at=t.acknowledged_at,
        acknowledged_by=t.acknowledged_by, patient_informed_at=t.patient_informed_at,
        patient_informed_how=t.patient_informed_how, status=t.status, notes=t.notes,
        overdue=tuple(rule.title for rule, _due in _late(t, now)))


# -- reading ---------------------------------------------------------------------------------------
def list_results(session: Session, patient_id: str, *,
                 now: dt.datetime | None = None) -> list[ResultRow]:
    """A patient's tracked tests: open first (late ones at the top), newest order first."""
    now = aware_now(now)
    rows = [_row(t, now) for t in session.scalars(select(ResultTracking).where(
        ResultTracking.patient_id == patient_id, ResultTracking.deleted_at.is_(None)))]
    rows.sort(key=lambda r: (not r.is_open, not r.overdue, -(r.ordered_at.timestamp())))
    return rows


def candidates(session: Session, tracking_id: str, *, limit: int = 60) -> list[Candidate]:
    """Observations of the patient that could be this test's result: those with the test's
    code after the order first, then the other results after the order (newest first)."""
    t = _live(session, tracking_id)
    linked = set(session.scalars(select(ResultTracking.observation_id).where(
        ResultTracking.observation_id.is_not(None), ResultTracking.deleted_at.is_(None),
        ResultTracking.id != t.id)))
    obs = session.scalars(select(Observation).where(
        Observation.patient_id == t.patient_id, Observation.deleted_at.is_(None),
        Observation.effective_at >= t.ordered_at).order_by(Observation.effective_at.desc())
        .limit(limit * 4)).all()
    out = [Candidate(id=o.id, name=o.label,
                     code=o.code, effective_at=o.effective_at, value=value_text(o),
                     abnormal=abnormal_of(o), matches_code=bool(t.test_code) and o.code == t.test_code)
           for o in obs if o.id not in linked]
    out.sort(key=lambda c: (not c.matches_code,
                            -(c.effective_at.timestamp() if c.effective_at else 0)))
    return out[:limit]


# -- writing ---------------------------------------------------------------------------------------
def _live(s: Session, tracking_id: str) -> ResultTracking:
    t = s.get(ResultTracking, tracking_id) if tracking_id else None
    if t is None or t.deleted_at is not None:
        raise InputError("that tracked test is no longer in this store; reload the chart")
    return t


def _open(t: ResultTracking) -> None:
    if t.status == "closed":
        raise InputError("this tracked test is already closed")
    if t.status == "cancelled":
        raise InputError("this tracked test was cancelled")


def evaluate_tracking(s: Session, t: ResultTracking, now: dt.datetime) -> list[str]:
    """Create the follow-up task of each late step (once), mark done the tasks of steps now
    passed; returns the ids of the tasks created."""
    existing = loop_tasks(s, ORIGIN, t.id)
    created: list[str] = []
    keep: set[str] = set()
    for rule, due in _late(t, now):
        keep.add(rule.title)
        desc = f"{rule.action}.\nTest: {t.test_name}"
        if t.result_summary:
            desc += f"\nResult: {t.result_summary}"
        if t.responsible:
            desc += f"\nTo acknowledge: {t.responsible}"
        label = "Program default" if rule.program_default else "Rule"
        desc += f"\n{label} ({rule.id}); source: {rule.source}"
        task = ensure_task(s, existing, patient_id=t.patient_id, origin=ORIGIN, origin_id=t.id,
                           title=rule.title, description=desc, due_at=due,
                           priority=rule.priority)
        if task is not None:
            s.flush()
            created.append(task.id)
    own = {rule.title for rule in rules()}
    settle_tasks(existing, keep, own, now,
                 status="cancelled" if t.status == "cancelled" else "done")
    return created


def order_test(store: Any, *, patient_id: str, test_name: str, test_code: str | None = None,
               ordered_by: str | None = None, expected_by: dt.datetime | None = None,
               responsible: str | None = None, ordered_at: dt.datetime | None = None,
               notes: str | None = None, now: dt.datetime | None = None) -> ResultRow:
    """Start tracking an ordered test (LOINC code optional)."""
    now = aware_now(now)
    name = clean(test_name, "test name", required=True, max_len=200)
    code = clean(test_code, "LOINC code", max_len=64)
    if code is not None and not all(part.isdigit() for part in code.split("-", 1)):
        raise InputError("a LOINC code looks like 4548-4 (digits, a dash, a check digit)")
    ordered = check_time(ordered_at, "order time") or now
    expected = check_time(expected_by, "expected-by time")
    if expected is not None and expected < ordered:
        raise InputError("the result cannot be expected before the test was ordered")
    with store.write() as s:
        patient = live_patient(s, patient_id)
        t = ResultTracking(patient_id=patient.id, test_name=name, test_code=code,
                           test_code_system=LOINC if code else None, ordered_at=ordered,
                           ordered_by=clean(ordered_by, "ordering clinician", max_len=200),
                           expected_by=expected,
                           responsible=clean(responsible, "clinician to acknowledge",
                                             max_len=200),
                           status="ordered", notes=clean(notes, "note", max_len=4000))
        s.add(t)
        s.flush()
        return _row(t, now)


def _link(s: Session, t: ResultTracking, obs: Observation) -> None:
    t.observation_id = obs.id
    t.resulted_at = obs.effective_at or obs.created_at
    t.result_summary = value_text(obs) or None
    t.abnormal = abnormal_of(obs)
    t.status = "acknowledged" if t.acknowledged_at else "resulted"


def link_result(store: Any, tracking_id: str, observation_id: str, *,
                now: dt.datetime | None = None) -> ResultRow:
    """Link the Observation that is this test's result (chosen by the nurse)."""
    now = aware_now(now)
    with store.write() as s:
        t = _live(s, tracking_id)
        _open(t)
        if t.status != "ordered":
            raise InputError("this test already has its result linked")
        obs = s.get(Observation, observation_id) if observation_id else None
        if obs is None or obs.deleted_at is not None:
            raise InputError("that result is no longer in this store")
        if obs.patient_id != t.patient_id:
            raise InputError("that result belongs to another patient")
        taken = s.scalar(select(ResultTracking.id).where(
            ResultTracking.observation_id == obs.id, ResultTracking.deleted_at.is_(None),
            ResultTracking.id != t.id))
        if taken is not None:
            raise InputError("that result is already linked to another tracked test")
        _link(s, t, obs)
        s.flush()
        evaluate_tracking(s, t, now)
        s.flush()
        return _row(t, now)


def match_results(store: Any, *, patient_id: str | None = None,
                  now: dt.datetime | None = None) -> list[str]:
    """Link imported results automatically: for each test still waiting with a LOINC code,
    the first Observation of the same patient and code taken at or after the order time
    and not linked to another test. Returns the ids of the tracked tests matched."""
    now = aware_now(now)
    matched: list[str] = []
    with store.write() as s:
        stmt = select(ResultTracking).where(
            ResultTracking.deleted_at.is_(None), ResultTracking.status == "ordered",
            ResultTracking.test_code.is_not(None))
        if patient_id is not None:
            stmt = stmt.where(ResultTracking.patient_id == patient_id)
        waiting = sorted(s.scalars(stmt).all(), key=lambda t: t.ordered_at)
        if not waiting:
            return matched
        taken = set(s.scalars(select(ResultTracking.observation_id).where(
            ResultTracking.observation_id.is_not(None), ResultTracking.deleted_at.is_(None))))
        for t in waiting:
            obs = s.scalars(select(Observation).where(
                Observation.patient_id == t.patient_id, Observation.deleted_at.is_(None),
                Observation.code == t.test_code, Observation.effective_at >= t.ordered_at,
                Observation.id.not_in(taken) if taken else Observation.id.is_not(None))
                .order_by(Observation.effective_at)).first()
            if obs is None:
                continue
            _link(s, t, obs)
            taken.add(obs.id)
            matched.append(t.id)
        s.flush()
    return matched


def acknowledge(store: Any, tracking_id: str, by: str, *, at: dt.datetime | None = None,
                now: dt.datetime | None = None) -> ResultRow:
    """The responsible clinician has seen the result."""
    now = aware_now(now)
    who = clean(by, "name of who acknowledged", required=True, max_len=200)
    when = check_time(at, "acknowledgement time") or now
    with store.write() as s:
        t = _live(s, tracking_id)
        _open(t)
        if t.status == "ordered":
            raise InputError("a result cannot be acknowledged before it is back")
        if t.acknowledged_at is not None:
            raise InputError("this result was already acknowledged")
        if t.resulted_at is not None and when < t.resulted_at:
            raise InputError("the acknowledgement time is before the result time")
        t.acknowledged_at, t.acknowledged_by = when, who
        t.status = "closed" if t.patient_informed_at else "acknowledged"
        s.flush()
        evaluate_tracking(s, t, now)
        s.flush()
        return _row(t, now)


def inform_patient(store: Any, tracking_id: str, how: str, *, at: dt.datetime | None = None,
                   now: dt.datetime | None = None) -> ResultRow:
    """The patient was told the result (how: phone, visit, letter or portal)."""
    now = aware_now(now)
    if how not in INFORM_HOW:
        raise InputError("say how the patient was told: phone, visit, letter or portal")
    when = check_time(at, "time the patient was told") or now
    with store.write() as s:
        t = _live(s, tracking_id)
        _open(t)
        if t.status == "ordered":
            raise InputError("the patient cannot be told a result that is not back yet")
        if t.patient_informed_at is not None:
            raise InputError("the patient was already told this result")
        t.patient_informed_at, t.patient_informed_how = when, how
        if t.acknowledged_at is not None:
            t.status = "closed"
        s.flush()
        evaluate_tracking(s, t, now)
        s.flush()
        return _row(t, now)


def cancel_tracking(store: Any, tracking_id: str, reason: str, *,
                    now: dt.datetime | None = None) -> ResultRow:
    """Stop tracking a test (not done, ordered twice...); the reason is kept in its notes."""
    now = aware_now(now)
    why = clean(reason, "reason for cancelling", required=True, max_len=500)
    with store.write() as s:
        t = _live(s, tracking_id)
        _open(t)
        t.status = "cancelled"
        line = f"Cancelled {now.date().isoformat()}: {why}"
        t.notes = f"{t.notes}\n{line}" if t.notes else line
        s.flush()
        evaluate_tracking(s, t, now)
        s.flush()
        return _row(t, now)


def evaluate_overdue(store: Any, *, patient_id: str | None = None,
                     now: dt.datetime | None = None) -> list[str]:
    """Late tracked tests as follow-up tasks (once each); returns the new task ids."""
    return evaluate_open_loops(store, ResultTracking, OPEN_STATUSES, evaluate_tracking,
                               patient_id=patient_id, now=aware_now(now))


def fetch_results(store: Any, patient_id: str, *,
                  now: dt.datetime | None = None) -> tuple[list[ResultRow], int]:
    """What the Results page shows: imported results matched, overdue steps surfaced as
    tasks, then the patient's tracked tests; and how many rows changed now (matches and
    new tasks)."""
    changed = len(match_results(store, patient_id=patient_id, now=now))
    changed += len(evaluate_overdue(store, patient_id=patient_id, now=now))
    with store.session() as s:
        return list_results(s, patient_id, now=now), changed


def fetch_candidates(store: Any, tracking_id: str) -> list[Candidate]:
    with store.session() as s:
        return candidates(s, tracking_id)
