"""Demo data for transitions of care: every recent discharge of the demo panel gets its
transition (deadlines, LACE, one task per step), with the steps at different points so the
Transitions page shows each state on opening: a step done, steps due, and steps overdue
(escalated).

And a year of history for the dashboard (:func:`add_transitions_history`): past hospital stays
spread over the last 12 months (some through the emergency department, a few readmitted
within 30 days), emergency visits treated and released, and the transitions of every past
discharge played to their end (most steps on time, some late; a readmission before the
follow-up closes the transition). Only patients with no hospital stay of their own get the new
stays and visits, so the featured recent discharges (and their LACE scores) are unchanged.
Synthetic data only; relative to the demo's ``today``, deterministic for a seed.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.coordination import transitions as T
from app.demo import catalog as C
from app.demo import coord_history as H
from app.models.entities import CommunicationLogEntry, Encounter, Task

# The demo's older post-discharge tasks that the transition's own tasks replace.
_REPLACED_TITLES = ("Post-discharge phone call within 48 hours",
                    "Confirm PCP follow-up visit within 7 days of discharge")


def _day0(today: dt.date) -> dt.datetime:
    return dt.datetime.combine(today, dt.time(0, 0)).astimezone().astimezone(dt.UTC)


def add_transitions_demo(session: Session, patients: list[str], today: dt.date,
                         rng: random.Random) -> int:
    """Open the transitions of the demo patients' discharges of the last 30 days and play
    their first steps. Returns how many were opened."""
    day0 = _day0(today)
    since = day0 - dt.timedelta(days=T.rules().auto_open_days)
    stays = session.scalars(
        select(Encounter).where(Encounter.patient_id.in_(patients), Encounter.kind == "inpatient",
                                Encounter.deleted_at.is_(None), Encounter.end_at.is_not(None),
                                Encounter.end_at >= since, Encounter.end_at <= day0)
        .order_by(Encounter.end_at.desc())).all()
    order = {pid: i for i, pid in enumerate(patients)}
    stays = sorted(stays, key=lambda e: order.get(e.patient_id, 1_000_000))
    opened = 0
    for n, enc in enumerate(stays):
        if n < 3 and enc.start_at is not None:
            _came_through_ed(session, enc)
        t, created = T._open(session, enc, tz=None)
        if not created:
            continue
        opened += 1
        for task in session.scalars(select(Task).where(
                Task.patient_id == enc.patient_id, Task.origin == T.ORIGIN,
                Task.origin_id == enc.id)).all():
            if task.title in _REPLACED_TITLES:
                task.mark_deleted(day0)
            else:
                task.origin_id = t.id
        assert enc.end_at is not None
        end = enc.end_at
        age = day0 - end
        if n == 0:
            # the newest featured discharge: reached the same evening; visit and follow-up due
            _contact(session, t, end + dt.timedelta(hours=2, minutes=30),
                     "Reached the patient; weights and medicines reviewed", day0)
        elif n == 1:
            # one attempt so far; contact still due
            _attempt(session, t, end + dt.timedelta(hours=1, minutes=15))
        elif age > dt.timedelta(hours=T.rules().home_visit_late_hours):
            # an older one: contact made, but the home visit was missed (late, escalated)
            _contact(session, t, end + dt.timedelta(hours=20),
                     "Reached the caregiver; visit to be booked", day0)
            if age > dt.timedelta(days=6) and rng.random() < 0.5:
                _done(session, t, "home_visit", end + dt.timedelta(hours=46))
        session.flush()
        _escalate(session, t, day0)
    session.flush()
    add_transitions_history(session, patients, today, random.Random(rng.random()))
    return opened


def _came_through_ed(s: Session, enc: Encounter) -> None:
    """The emergency visit that led to the admission (LACE acuity)."""
    assert enc.start_at is not None
    s.add(Encounter(patient_id=enc.patient_id, kind="emergency", class_code="EMER",
                    status="finished", code_system="http://snomed.info/sct", code="50849002",
                    code_display="Emergency room admission",
                    start_at=enc.start_at - dt.timedelta(hours=5), end_at=enc.start_at,
                    reason=enc.reason, facility=enc.facility,
                    discharge_disposition="Admitted to hospital"))
    s.flush()


def _contact(s: Session, t: Any, at: dt.datetime, outcome: str, day0: dt.datetime) -> None:
    at = min(at, day0 - dt.timedelta(minutes=30))
    s.add(CommunicationLogEntry(patient_id=t.patient_id, occurred_at=at, direction="outgoing",
                                channel="phone", party_role="patient",
                                summary=T.CONTACT_SUMMARY, outcome=outcome))
    t.contact_at, t.contact_outcome = at, outcome
    T._complete_task(s, t, "contact", at)


def _attempt(s: Session, t: Any, at: dt.datetime) -> None:
    s.add(CommunicationLogEntry(patient_id=t.patient_id, occurred_at=at, direction="outgoing",
                                channel="phone", party_role="patient",
                                summary=T.ATTEMPT_SUMMARY, outcome="no answer"))


def _done(s: Session, t: Any, step: str, at: dt.datetime) -> None:
    setattr(t, "home_visit_at" if step == "home_visit" else "followup_at", at)
    T._complete_task(s, t, step, at)


def _escalate(s: Session, t: Any, now: dt.datetime) -> None:
    for step in T.STEPS:
        due, done = T._due_of(t, step), T._done_of(t, step)
        if done is None and due is not None and due < now:
            task = s.get(Task, T.task_id_for(t.id, step))
            if task is not None and task.escalated_at is None and task.status in T.OPEN_TASK:
                task.escalated_at = now
                task.priority = "urgent"


# -- a year of history ---------------------------------------------------------------------------
# When the past discharges fall, as fractions of the dashboard's default period (the last 12
# months: from the 1st of the month 11 months ago), oldest first; the ones marked readmit come
# back to hospital within 30 days.
_PAST_STAYS = ((0.95, False), (0.87, True), (0.79, False), (0.71, False), (0.63, True),
               (0.55, False), (0.47, False), (0.39, True), (0.31, False), (0.23, False),
               (0.15, False))
_PAST_ED = (0.62, 0.5, 0.38, 0.27, 0.16, 0.06)
_REASON_KEYS = ("hf", "copd", "dm2", "falls", "af")


def add_transitions_history(session: Session, patients: list[str], today: dt.date,
                            rng: random.Random) -> dict[str, int]:
    """Past stays, emergency visits and completed transitions over the last 12 months (see
    the module doc). Returns counts (stays, readmissions, ed_visits, transitions)."""
    day0 = _day0(today)
    recent = day0 - dt.timedelta(days=T.rules().auto_open_days + 5)
    start = H.period_start(today)
    span = (day0 - start).total_seconds() / 86400.0
    counts = {"stays": 0, "readmissions": 0, "ed_visits": 0, "transitions": 0}
    if not patients or span < 60:
        return counts
    joined = H.joined(session, patients)
    stayed = set(session.scalars(select(Encounter.patient_id).where(
        Encounter.patient_id.in_(patients), Encounter.kind == "inpatient")))
    quiet = [pid for pid in patients if pid not in stayed]
    if not quiet:
        return counts

    def when(fraction: float, hour: float) -> dt.datetime:
        day = (day0 - dt.timedelta(days=round(span * fraction))).replace(hour=0, minute=0)
        return day + dt.timedelta(hours=hour)

    def pick(at: dt.datetime, used: set[str]) -> str | None:
        ok = [p for p in quiet if p not in used
              and joined.get(p, at) <= at - dt.timedelta(days=10)]
        return rng.choice(ok) if ok else None

    def reasons(pid: str) -> list[str]:
        have = H.condition_keys(session, pid)
        return [k for k in _REASON_KEYS if k in have] + ["other", "uti"]

    def stay(pid: str, end: dt.datetime, key: str, through_ed: bool,
             begin: dt.datetime | None = None) -> Encounter:
        code, reason = C.ADMISSION_REASONS[key]
        begin = begin or end - dt.timedelta(days=rng.randint(2, 6), hours=rng.randint(1, 8))
        enc = Encounter(patient_id=pid, kind="inpatient", class_code="IMP", status="finished",
                        code_system=C.SNOMED, code="32485007", code_display="Hospital admission",
                        start_at=begin, end_at=end, reason=reason, reason_code=code,
                        reason_system=C.SNOMED, facility=C.HOSPITAL,
                        discharge_disposition="Home with home health services")
        session.add(enc)
        session.flush()
        if through_ed:
            _came_through_ed(session, enc)
            counts["ed_visits"] += 1
        counts["stays"] += 1
        return enc

    used: set[str] = set()
    for fraction, readmit in _PAST_STAYS:
        end = when(fraction, rng.uniform(10, 16))
        pid = pick(end, used)
        if pid is None:
            continue
        used.add(pid)
        keys = reasons(pid)
        key = rng.choice(keys)
        stay(pid, end, key, through_ed=rng.random() < 0.4)
        if readmit:
            back = end + dt.timedelta(days=rng.randint(9, 24), hours=rng.randint(1, 10))
            stay(pid, back + dt.timedelta(days=rng.randint(3, 5)), key, through_ed=True,
                 begin=back)
            counts["readmissions"] += 1
    ed_used: set[str] = set()
    for fraction in _PAST_ED:
        at = when(fraction, rng.uniform(8, 20))
        pid = pick(at, ed_used)
        if pid is None:
            continue
        ed_used.add(pid)
        code, reason = rng.choice(C.ED_REASONS)
        session.add(Encounter(patient_id=pid, kind="emergency", class_code="EMER",
                              status="finished", code_system=C.SNOMED, code="50849002",
                              code_display="Emergency room admission", start_at=at,
                              end_at=at + dt.timedelta(hours=rng.randint(3, 8)), reason=reason,
                              reason_code=code, reason_system=C.SNOMED,
                              facility=C.ED_FACILITY, discharge_disposition="Discharged home"))
        counts["ed_visits"] += 1
    session.flush()

    # The transitions of every past discharge of the period, played to their end.
    stays = session.scalars(select(Encounter).where(
        Encounter.patient_id.in_(patients), Encounter.kind == "inpatient",
        Encounter.deleted_at.is_(None), Encounter.end_at.is_not(None),
        Encounter.end_at >= start, Encounter.end_at < recent)
        .order_by(Encounter.end_at)).all()
    for enc in stays:
        t, created = T._open(session, enc, tz=None)
        if not created:
            continue
        counts["transitions"] += 1
        later = session.scalar(select(Encounter.start_at).where(
            Encounter.patient_id == enc.patient_id, Encounter.kind == "inpatient",
            Encounter.id != enc.id, Encounter.start_at > t.discharged_at)
            .order_by(Encounter.start_at).limit(1))
        _play(session, t, rng, later)
    session.flush()
    return counts


def _play(s: Session, t: Any, rng: random.Random, readmitted: dt.datetime | None) -> None:
    """Record a past transition's steps: on time mostly, sometimes a step late (its task
    escalated when it fell due); a readmission before the follow-up cancels it."""
    end = t.discharged_at
    hours = dt.timedelta(hours=1)
    late = rng.random() < 0.25
    late_step = rng.choice(("contact", "home_visit", "followup")) if late else None
    # the contact: reached, or two documented attempts
    if late_step == "contact":
        at = t.contact_due_at + rng.uniform(4, 20) * hours
    else:
        at = min(end + rng.uniform(3, 26) * hours, t.contact_due_at - hours)
    if rng.random() < 0.2 and late_step != "contact":
        T._attempt_in(s, t, outcome="no answer", when=at - 2 * hours, now=at)
        T._attempt_in(s, t, outcome="left message", when=at, now=at)
    else:
        T._contact_in(s, t, outcome=rng.choice((
            "Reached the patient; medicines and warning signs reviewed",
            "Reached the caregiver; home visit booked",
            "Reached the patient; feeling better, follow-up visit confirmed")),
            when=at, now=at)
    visit = (t.discharged_at + rng.uniform(T.rules().home_visit_late_hours - 12,
                                           T.rules().home_visit_late_hours + 10) * hours
             if late_step == "home_visit" else end + rng.uniform(18, 44) * hours)
    days = T.rules().followup_days[t.complexity]
    follow = (t.followup_due_at + rng.uniform(1, 4) * 24 * hours if late_step == "followup"
              else end + dt.timedelta(days=rng.randint(max(2, days - 9), days - 1),
                                      hours=rng.uniform(-2, 4)))
    for step, done in (("home_visit", visit), ("followup", follow)):
        if readmitted is not None and done >= readmitted:
            T._close(s, t, "cancelled", readmitted, "Readmitted to hospital")
            break
        setattr(t, "home_visit_at" if step == "home_visit" else "followup_at", done)
        T._complete_task(s, t, step, done)
    for step in T.STEPS:
        due, done = T._due_of(t, step), T._done_of(t, step)
        task = s.get(Task, T.task_id_for(t.id, step))
        if task is not None and due is not None and done is not None and done > due:
            task.escalated_at, task.priority = due, "urgent"  # as the app did on the day
    T._maybe_complete(s, t, max(x for x in (t.contact_at, t.home_visit_at, t.followup_at)
                                if x is not None))
