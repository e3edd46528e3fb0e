"""The communication log (calls, messages, handoffs; SBAR handoffs) and the day's call list.

The call list for a day is assembled from:

- open tasks due by the end of that day (overdue ones included) that are calls: the
  follow-ups of the referral and result loops whose rule says so (``call`` in
  ``resources/coordination/*_timeliness.json``: call the specialist's office, tell the patient
  a result...), and any other task whose title says call, phone or contact (e.g. the
  transition-of-care contact, ``origin="transition"``);
- calls scheduled for that day (an Appointment of kind ``phone_call``), and earlier ones still
  booked.

Each call says why, whom to call and the number. :func:`complete_call` logs the call and
takes it off the list in one transaction (the task done, the scheduled call fulfilled; a
"tell the patient the result" call that reached her also records that she was told; a
call for a transition's contact task records the contact with its outcome, or an unsuccessful
attempt, through :mod:`app.coordination.transitions`, so two attempts meet the step).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.coordination import referrals as referral_loop
from app.coordination import results as result_loop
from app.coordination import transitions as transition_loop
from app.coordination.common import aware_now as aware, check_time, live_patient
from app.coordination.loops import clean, load_rules, patient_name
from app.models.entities import (
    Appointment,
    CareTransition,
    CommunicationLogEntry,
    Patient,
    PatientContact,
    Referral,
    ResultTracking,
    Task,
)
from app.models.errors import InputError
from app.worklist.service import local_day_start

DIRECTIONS = ("outgoing", "incoming")
CHANNELS = ("phone", "message", "voicemail", "fax", "email", "portal", "letter", "in_person",
            "video")
ROLES = ("patient", "caregiver", "PCP", "specialist", "pharmacist", "home health",
         "social worker", "hospital", "community agency", "other")
CALL_OUTCOMES = ("reached", "left_message", "no_answer", "wrong_number", "call_back_later")
SBAR_KEYS = ("situation", "background", "assessment", "recommendation")
CALL_KIND = "phone_call"  # Appointment.kind of a scheduled call
_CALL_WORDS = re.compile(r"\b(call|calls|phone|telephone|contact|ring|llamar|llamada)\b",
                         re.IGNORECASE)
# Whom a task that is not a loop's follow-up is a call to, by its title (else the patient).
_CLINICIAN_WORDS = re.compile(r"\b(PCP|doctor|clinic|provider|physician|prescriber)\b",
                              re.IGNORECASE)
_CAREGIVER_WORDS = re.compile(r"\b(caregiver|daughter|son|wife|husband|family)\b",
                              re.IGNORECASE)


@dataclass(frozen=True)
class LogRow:
    id: str
    patient_id: str
    occurred_at: dt.datetime
    direction: str
    channel: str
    party_name: str | None
    party_role: str | None
    summary: str
    outcome: str | None
    sbar: dict[str, str] | None


@dataclass(frozen=True)
class CallItem:
    """One call to make today."""

    key: str  # "task:<id>" or "appointment:<id>"
    patient_id: str
    patient_name: str
    why: str
    detail: str | None
    party_name: str | None
    party_role: str | None
    phone: str | None
    due_at: dt.datetime | None
    overdue: bool
    priority: str
    origin: str | None  # referral | result | transition | scheduled | ...
    # For the screens, which write `why` and `detail` in the UI language: a transition step's
    # task ("contact", "home_visit", "followup") with the numbers of its description, or
    # "scheduled" (a call planned without a purpose). Loop rules' titles and actions are
    # looked up in their files (app.coordination.loops.rule_text).
    text_key: str | None = None
    text_args: dict[str, Any] | None = None

    @property
    def task_id(self) -> str | None:
        return self.key[5:] if self.key.startswith("task:") else None

    @property
    def appointment_id(self) -> str | None:
        return self.key[12:] if self.key.startswith("appointment:") else None


# -- the log ---------------------------------------------------------------------------------------
def _log_row(e: CommunicationLogEntry) -> LogRow:
    sbar = ({str(k): str(v) for k, v in e.sbar.items() if v}
            if isinstance(e.sbar, dict) and e.sbar else None)
    return LogRow(id=e.id, patient_id=e.patient_id, occurred_at=e.occurred_at,
                  direction=e.direction, channel=e.channel, party_name=e.party_name,
                  party_role=e.party_role, summary=e.summary, outcome=e.outcome, sbar=sbar)


def list_log(session: Session, patient_id: str, *, limit: int | None = None) -> list[LogRow]:
    """A patient's log, newest first."""
    stmt = (select(CommunicationLogEntry)
            .where(CommunicationLogEntry.patient_id == patient_id,
                   CommunicationLogEntry.deleted_at.is_(None))
            .order_by(CommunicationLogEntry.occurred_at.desc()))
    if limit:
        stmt = stmt.limit(limit)
    return [_log_row(e) for e in session.scalars(stmt)]


def _check_entry(direction: str, channel: str) -> None:
    if direction not in DIRECTIONS:
        raise InputError("the direction must be incoming or outgoing")
    if channel not in CHANNELS:
        raise InputError("choose how it happened: " + ", ".join(c.replace("_", " ")
                                                               for c in CHANNELS))


def _new_entry(s: Session, *, patient_id: str, occurred_at: dt.datetime, direction: str,
               channel: str, party_name: str | None, party_role: str | None, summary: str,
               outcome: str | None, sbar: dict[str, str] | None = None) -> CommunicationLogEntry:
    patient = live_patient(s, patient_id)
    entry = CommunicationLogEntry(
        patient_id=patient.id, occurred_at=occurred_at, direction=direction, channel=channel,
        party_name=party_name, party_role=party_role, summary=summary, outcome=outcome,
        sbar=sbar)
    s.add(entry)
    s.flush()
    return entry


def log_entry(store: Any, *, patient_id: str, summary: str, direction: str = "outgoing",
              channel: str = "phone", party_name: str | None = None,
              party_role: str | None = None, outcome: str | None = None,
              occurred_at: dt.datetime | None = None, now: dt.datetime | None = None) -> LogRow:
    """Log a call, message or handoff (what was said is required)."""
    now = aware(now)
    _check_entry(direction, channel)
    text = clean(summary, "summary of what was said", required=True, max_len=8000)
    assert text is not None
    when = check_time(occurred_at, "time") or now
    if when > now + dt.timedelta(minutes=5):
        raise InputError("a log entry cannot be in the future")
    with store.write() as s:
        entry = _new_entry(s, patient_id=patient_id, occurred_at=when, direction=direction,
                           channel=channel, party_name=clean(party_name, "name", max_len=200),
                           party_role=clean(party_role, "role", max_len=80), summary=text,
                           outcome=clean(outcome, "outcome", max_len=200))
        return _log_row(entry)


def log_sbar(store: Any, *, patient_id: str, situation: str, background: str, assessment: str,
             recommendation: str, party_name: str | None = None, party_role: str | None = None,
             direction: str = "outgoing", channel: str = "phone", outcome: str | None = None,
             occurred_at: dt.datetime | None = None, now: dt.datetime | None = None) -> LogRow:
    """Log an SBAR handoff: Situation, Background, Assessment and Recommendation are all
    required."""
    now = aware(now)
    _check_entry(direction, channel)
    parts = {}
    for key, value in zip(SBAR_KEYS, (situation, background, assessment, recommendation),
                          strict=True):
        text = clean(value, key, max_len=4000)
        if text is None:
            raise InputError(f"an SBAR handoff needs all four parts: the {key} is missing")
        parts[key] = text
    when = check_time(occurred_at, "time") or now
    if when > now + dt.timedelta(minutes=5):
        raise InputError("a log entry cannot be in the future")
    summary = parts["situation"].splitlines()[0][:200]
    with store.write() as s:
        entry = _new_entry(s, patient_id=patient_id, occurred_at=when, direction=direction,
                           channel=channel, party_name=clean(party_name, "name", max_len=200),
                           party_role=clean(party_role, "role", max_len=80), summary=summary,
                           outcome=clean(outcome, "outcome", max_len=200), sbar=parts)
        return _log_row(entry)


# -- the call list ---------------------------------------------------------------------------------
def _rule_map() -> dict[tuple[str, str], Any]:
    out: dict[tuple[str, str], Any] = {}
    for origin, name in ((referral_loop.ORIGIN, "referral_timeliness"),
                         (result_loop.ORIGIN, "result_timeliness")):
        for rule in load_rules(name).rules:
            out[(origin, rule.title)] = rule
    return out


def is_call_task(task: Task, rule_map: dict[tuple[str, str], Any] | None = None) -> bool:
    """A task that is a call: a loop follow-up whose rule is a call, or any task whose title
    says call, phone or contact."""
    rule_map = _rule_map() if rule_map is None else rule_map
    rule = rule_map.get((task.origin or "", task.title))
    if rule is not None:
        return bool(rule.call)
    return bool(_CALL_WORDS.search(task.title or ""))


def _whom(s: Session, task: Task, patient: Patient, rule: Any) -> tuple[str | None, str | None,
                                                                         str | None]:
    """(name, role, phone) of whom to call for a task."""
    whom = getattr(rule, "call_whom", "patient") if rule is not None else "patient"
    if whom == "office" and task.origin == referral_loop.ORIGIN and task.origin_id:
        ref = s.get(Referral, task.origin_id)
        if ref is not None:
            role = ref.to_specialty or ("community agency" if ref.kind == "community"
                                        else "specialist")
            return ref.to_name, role, ref.to_phone
    if whom == "clinician":
        name = None
        if task.origin == result_loop.ORIGIN and task.origin_id:
            t = s.get(ResultTracking, task.origin_id)
            if t is not None:
                name = t.responsible or t.ordered_by
        return name or patient.pcp_name, "PCP" if not name else "clinician", patient.pcp_phone
    title = task.title or ""
    if rule is None and _CLINICIAN_WORDS.search(title):
        return patient.pcp_name, "PCP", patient.pcp_phone
    if rule is None and _CAREGIVER_WORDS.search(title):
        carer = s.scalars(select(PatientContact).where(
            PatientContact.patient_id == patient.id, PatientContact.deleted_at.is_(None),
            PatientContact.phone.is_not(None))
            .order_by(PatientContact.is_caregiver.desc())).first()
        if carer is not None:
            return carer.name, "caregiver", carer.phone
    return patient_name(patient), "patient", patient.phone


def call_list(session: Session, *, now: dt.datetime | None = None,
              patient_id: str | None = None) -> list[CallItem]:
    """The calls to make today (local day of ``now``): overdue first, then by due time."""
    now = aware(now)
    end = local_day_start(now, 1)
    rule_map = _rule_map()
    items: list[CallItem] = []
    stmt = (select(Task, Patient).join(Patient, Patient.id == Task.patient_id)
            .where(Task.deleted_at.is_(None), Patient.deleted_at.is_(None),
                   Task.status.in_(("open", "in_progress")), Task.due_at.is_not(None),
                   Task.due_at < end))
    if patient_id is not None:
        stmt = stmt.where(Task.patient_id == patient_id)
    for task, patient in session.execute(stmt).all():
        if not is_call_task(task, rule_map):
            continue
        rule = rule_map.get((task.origin or "", task.title))
        name, role, phone = _whom(session, task, patient, rule)
        detail = rule.action if rule is not None else task.description
        text = None
        if task.origin == transition_loop.ORIGIN and task.origin_id:
            tr = session.get(CareTransition, task.origin_id)
            text = transition_loop.task_text(task.title, tr.complexity if tr else None)
        items.append(CallItem(
            key=f"task:{task.id}", patient_id=patient.id, patient_name=patient_name(patient),
            why=task.title, detail=detail, party_name=name, party_role=role, phone=phone,
            due_at=task.due_at, overdue=task.due_at is not None and task.due_at < now,
            priority=task.priority or "routine", origin=task.origin,
            text_key=text[0] if text else None, text_args=text[1] if text else None))
    astmt = (select(Appointment, Patient).join(Patient, Patient.id == Appointment.patient_id)
             .where(Appointment.deleted_at.is_(None), Patient.deleted_at.is_(None),
                    Appointment.kind == CALL_KIND, Appointment.status == "booked",
                    Appointment.starts_at < end))
    if patient_id is not None:
        astmt = astmt.where(Appointment.patient_id == patient_id)
    for appt, patient in session.execute(astmt).all():
        who = appt.with_whom or patient_name(patient)
        items.append(CallItem(
            key=f"appointment:{appt.id}", patient_id=patient.id,
            patient_name=patient_name(patient), why=appt.purpose or "Scheduled call",
            detail=None, party_name=who, party_role=None if appt.with_whom else "patient",
            phone=patient.phone, due_at=appt.starts_at, overdue=appt.starts_at < now,
            priority="routine", origin="scheduled",
            text_key=None if appt.purpose else "scheduled"))
    rank = {"stat": 0, "urgent": 1, "routine": 2}
    items.sort(key=lambda c: (not c.overdue, rank.get(c.priority, 3),
                              c.due_at.timestamp() if c.due_at else 0, c.patient_name.casefold()))
    return items


def schedule_call(store: Any, *, patient_id: str, at: dt.datetime, purpose: str,
                  with_whom: str | None = None, now: dt.datetime | None = None) -> str:
    """Plan a call (it appears on that day's call list); returns the appointment id."""
    now = aware(now)
    when = check_time(at, "call time", required=True)
    why = clean(purpose, "reason for the call", required=True, max_len=300)
    with store.write() as s:
        patient = live_patient(s, patient_id)
        appt = Appointment(patient_id=patient.id, starts_at=when, kind=CALL_KIND,
                           purpose=why, with_whom=clean(with_whom, "name", max_len=200),
                           status="booked")
        s.add(appt)
        s.flush()
        return appt.id


def complete_call(store: Any, key: str, *, outcome: str = "reached", note: str | None = None,
                  done: bool | None = None, party_name: str | None = None,
                  party_role: str | None = None, now: dt.datetime | None = None) -> LogRow:
    """Log a call from the call list, in one transaction: the log entry (why, with whom,
    the outcome and the note) and, when ``done`` (by default: when the person was reached),
    the task marked done or the scheduled call fulfilled. A result call that reached the
    patient also records that she was told, by phone."""
    now = aware(now)
    if outcome not in CALL_OUTCOMES:
        raise InputError("choose the call's outcome: reached, left message, no answer, "
                         "wrong number or call back later")
    done = (outcome == "reached") if done is None else done
    text = clean(note, "note", max_len=8000)
    with store.write() as s:
        with s.no_autoflush:
            items = {c.key: c for c in call_list(s, now=now, patient_id=_patient_of_key(s, key))}
        item = items.get(key)
        if item is None:
            raise InputError("that call is no longer on the list; reload the call list")
        name = clean(party_name, "name", max_len=200) or item.party_name
        role = clean(party_role, "role", max_len=80) or item.party_role
        task = s.get(Task, item.task_id) if item.task_id else None
        # a transition's contact task: the transitions module records the contact (reached)
        # or the attempt (two count) and completes the task when the step is met
        entry = transition_loop.log_call_in(
            s, task, outcome=outcome, note=text, party_name=name, party_role=role,
            now=now) if task is not None else None
        if entry is None:
            summary = item.why + (f"\n{text}" if text else "")
            entry = _new_entry(
                s, patient_id=item.patient_id, occurred_at=now, direction="outgoing",
                channel="phone", party_name=name, party_role=role, summary=summary,
                outcome=outcome.replace("_", " "))
        if done:
            if task is not None:
                if task.status in ("open", "in_progress"):
                    task.status, task.completed_at = "done", now
                if (task.origin == result_loop.ORIGIN and task.origin_id
                        and outcome == "reached" and item.party_role == "patient"):
                    t = s.get(ResultTracking, task.origin_id)
                    if t is not None and t.patient_informed_at is None \
                            and t.status in ("resulted", "acknowledged"):
                        t.patient_informed_at, t.patient_informed_how = now, "phone"
                        if t.acknowledged_at is not None:
                            t.status = "closed"
                        s.flush()
                        result_loop.evaluate_tracking(s, t, now)
            elif item.appointment_id:
                appt = s.get(Appointment, item.appointment_id)
                assert appt is not None
                appt.status = "fulfilled"
        s.flush()
        return _log_row(entry)


def _patient_of_key(s: Session, key: str) -> str | None:
    if key.startswith("task:"):
        task = s.get(Task, key[5:])
        return task.patient_id if task is not None else None
    if key.startswith("appointment:"):
        appt = s.get(Appointment, key[12:])
        return appt.patient_id if appt is not None else None
    raise InputError("that call is no longer on the list; reload the call list")


# -- jobs for the screens --------------------------------------------------------------------------
def refresh_loops(store: Any, *, now: dt.datetime | None = None) -> int:
    """Link imported results to the tests waiting for them, and surface the overdue referral
    and result steps as tasks (once each), across the store; returns how many rows changed
    (0 when run again). The window runs it in the background when a store opens."""
    now = aware(now)
    changed = len(result_loop.match_results(store, now=now))
    changed += len(referral_loop.evaluate_overdue(store, now=now))
    changed += len(result_loop.evaluate_overdue(store, now=now))
    return changed


def refresh_call_list(store: Any, *, now: dt.datetime | None = None) -> list[CallItem]:
    """The loops refreshed (:func:`refresh_loops`), then the day's call list: what the Call
    list page runs in the background."""
    now = aware(now)
    refresh_loops(store, now=now)
    with store.session() as s:
        return call_list(s, now=now)


def fetch_log(store: Any, patient_id: str) -> list[LogRow]:
    with store.session() as s:
        return list_log(s, patient_id)
