"""The referral loop: from creation to closure, with the time to the appointment tracked and
overdue referrals surfaced as follow-up tasks.

The steps (``Referral.status``)::

    draft -> sent -> scheduled -> seen -> report_received -> reviewed -> closed
                 \\-------------->/                      (community: seen -> closed)

``scheduled`` may be skipped (the patient was seen before a date was recorded) and repeated
(rescheduled); any open referral can be ``cancelled`` with a reason. Every step keeps its
time (``sent_at``, ``scheduled_for``, ``seen_at``, ``report_received_at``, ``reviewed_at``,
``closed_at``). Scheduling books an :class:`~app.models.entities.Appointment` linked by
``referral_id``.

Community referrals (``kind="community"``, ``need_domain`` housing, food, transportation,
utilities or safety) go through the same loop; "seen" means the patient reached the service,
and the referral is closed when she got it (no consult report).

Overdue rules are data (``resources/coordination/referral_timeliness.json``); each overdue
step creates one follow-up task (``origin="referral"``, ``origin_id`` = the referral), never
twice, and the task is marked done by itself once the referral moves past that step.

Read functions take a Session; write functions take the store; ``now`` is injectable.
Errors are :class:`~app.models.errors.InputError` with messages that quote no patient data.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.coordination.common import aware_now as aware, check_time, live_patient
from app.coordination.loops import (
    Rule,
    clean,
    days_between,
    ensure_task,
    evaluate_open_loops,
    load_rules,
    loop_tasks,
    patient_name,
    settle_tasks,
)
from app.models.entities import Appointment, Patient, Referral
from app.models.errors import InputError

ORIGIN = "referral"
KINDS = ("clinical", "community")
NEED_DOMAINS = ("housing", "food", "transportation", "utilities", "safety")
PRIORITIES = ("routine", "urgent")
OPEN_STATUSES = ("draft", "sent", "scheduled", "seen", "report_received", "reviewed")
CLOSED_STATUSES = ("closed", "cancelled")

# Which step may follow which (the ``cancel`` step is allowed from every open status).
NEXT_STEPS: dict[str, dict[str, tuple[str, ...]]] = {
    "clinical": {
        "draft": ("sent",),
        "sent": ("scheduled", "seen"),
        "scheduled": ("scheduled", "seen"),
        "seen": ("report_received",),
        "report_received": ("reviewed",),
        "reviewed": ("closed",),
    },
    "community": {
        "draft": ("sent",),
        "sent": ("scheduled", "seen"),
        "scheduled": ("scheduled", "seen"),
        "seen": ("closed",),
    },
}
# Words for the refusals ("... before ...").
STEP_WORDS = {
    "draft": "draft", "sent": "sent", "scheduled": "scheduled", "seen": "seen",
    "report_received": "report received", "reviewed": "reviewed", "closed": "closed",
    "cancelled": "cancelled",
}
# What each step needs first, for the message when it comes too early.
NEEDS = {
    "sent": "draft", "scheduled": "sent", "seen": "sent", "report_received": "seen",
    "reviewed": "report received", "closed": "reviewed",
}


@dataclass(frozen=True)
class Overdue:
    """A step that is late: the rule, since when it was due, and how many days late."""

    rule_id: str
    title: str
    action: str
    due_at: dt.datetime
    days_late: int
    program_default: bool
    source: str


@dataclass(frozen=True)
class ReferralRow:
    """One referral as the screens show it."""

    id: str
    patient_id: str
    kind: str
    need_domain: str | None
    to_name: str
    to_specialty: str | None
    to_phone: str | None
    to_fax: str | None
    to_address: str | None
    reason: str
    priority: str
    status: str
    created_at: dt.datetime
    sent_at: dt.datetime | None
    scheduled_for: dt.datetime | None
    seen_at: dt.datetime | None
    report_received_at: dt.datetime | None
    reviewed_at: dt.datetime | None
    closed_at: dt.datetime | None
    notes: str | None
    appointment_id: str | None = None
    appointment_location: str | None = None
    overdue: Overdue | None = None
    days_waiting: int | None = None  # since sent, for an open referral
    days_to_appointment: int | None = None  # sent -> scheduled date
    days_to_seen: int | None = None  # sent -> seen
    next_steps: tuple[str, ...] = field(default_factory=tuple)

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def cancelled(self) -> bool:
        return self.status == "cancelled"


@dataclass(frozen=True)
class Specialist:
    """A clinician or service referred to before: offered when a new referral is written."""

    to_name: str
    to_specialty: str | None
    to_phone: str | None
    to_fax: str | None
    to_address: str | None
    kind: str
    need_domain: str | None
    times_used: int
    last_used: dt.datetime


# -- rules -----------------------------------------------------------------------------------------
def rules() -> tuple[Rule, ...]:
    return load_rules("referral_timeliness").rules


def rules_version() -> str:
    return load_rules("referral_timeliness").version


def _start_of(ref: Referral, rule: Rule) -> dt.datetime | None:
    value = getattr(ref, rule.start, None)
    return value if isinstance(value, dt.datetime) else None


def overdue_of(ref: Referral, now: dt.datetime) -> Overdue | None:
    """The rule an open referral is late on now, if any."""
    if ref.status not in OPEN_STATUSES:
        return None
    for rule in rules():
        if rule.step != ref.status or (rule.kinds and ref.kind not in rule.kinds):
            continue
        start = _start_of(ref, rule)
        if start is None:
            continue
        due = start + dt.timedelta(days=rule.delay(ref.priority))
        if now > due:
            return Overdue(rule_id=rule.id, title=rule.title, action=rule.action, due_at=due,
                           days_late=max(0, (now - due).days), program_default=rule.program_default,
                           source=rule.source)
    return None


# -- reading ---------------------------------------------------------------------------------------
def next_steps(kind: str, status: str) -> tuple[str, ...]:
    """The steps a referral may take from ``status`` (``cancelled`` too while it is open)."""
    steps = NEXT_STEPS.get(kind, NEXT_STEPS["clinical"]).get(status, ())
    return steps + (("cancelled",) if status in OPEN_STATUSES else ())


def _appointment(s: Session, referral_id: str) -> Appointment | None:
    return s.scalars(
        select(Appointment).where(Appointment.referral_id == referral_id,
                                  Appointment.deleted_at.is_(None))
        .order_by(Appointment.created_at.desc())).first()


def _row(s: Session, ref: Referral, now: dt.datetime) -> ReferralRow:
    appt = _appointment(s, ref.id)
    waiting = days_between(ref.sent_at, now) if ref.sent_at and ref.status in OPEN_STATUSES else None
    return ReferralRow(
        id=ref.id, patient_id=ref.patient_id, kind=ref.kind or "clinical",
        need_domain=ref.need_domain, to_name=ref.to_name, to_specialty=ref.to_specialty,
        to_phone=ref.to_phone, to_fax=ref.to_fax, to_address=ref.to_address, reason=ref.reason,
        priority=ref.priority or "routine", status=ref.status, created_at=ref.created_at,
        sent_at=ref.sent_at, scheduled_for=ref.scheduled_for, seen_at=ref.seen_at,
        report_received_at=ref.report_received_at, reviewed_at=ref.reviewed_at,
        closed_at=ref.closed_at, notes=ref.notes,
        appointment_id=appt.id if appt else None,
        appointment_location=appt.location if appt else None,
        overdue=overdue_of(ref, now), days_waiting=waiting,
        days_to_appointment=days_between(ref.sent_at, ref.scheduled_for),
        days_to_seen=days_between(ref.sent_at, ref.seen_at),
        next_steps=next_steps(ref.kind or "clinical", ref.status),
    )


def _sort_key(r: ReferralRow) -> tuple[Any, ...]:
    return (not r.is_open, r.overdue is None, -(r.created_at.timestamp()))


def list_referrals(session: Session, patient_id: str, *,
                   now: dt.datetime | None = None) -> list[ReferralRow]:
    """A patient's referrals: open ones first, overdue at the top, then newest first."""
    now = aware(now)
    refs = session.scalars(select(Referral).where(
        Referral.patient_id == patient_id, Referral.deleted_at.is_(None))).all()
    rows = [_row(session, r, now) for r in refs]
    rows.sort(key=_sort_key)
    return rows


def get_referral(session: Session, referral_id: str, *,
                 now: dt.datetime | None = None) -> ReferralRow:
    ref = session.get(Referral, referral_id) if referral_id else None
    if ref is None or ref.deleted_at is not None:
        raise InputError("that referral is no longer in this store; reload the chart")
    return _row(session, ref, aware(now))


def overdue_referrals(session: Session, *, now: dt.datetime | None = None,
                      patient_id: str | None = None) -> list[tuple[ReferralRow, str]]:
    """Every overdue open referral across the panel (or one patient), with the patient's
    name ("Family, Given"), most late first."""
    now = aware(now)
    stmt = (select(Referral, Patient).join(Patient, Patient.id == Referral.patient_id)
            .where(Referral.deleted_at.is_(None), Patient.deleted_at.is_(None),
                   Referral.status.in_(OPEN_STATUSES)))
    if patient_id is not None:
        stmt = stmt.where(Referral.patient_id == patient_id)
    out = []
    for ref, patient in session.execute(stmt).all():
        if overdue_of(ref, now) is not None:
            out.append((_row(session, ref, now), patient_name(patient)))
    out.sort(key=lambda x: -(x[0].overdue.days_late if x[0].overdue else 0))
    return out


def previous_specialists(session: Session, *, kind: str | None = None,
                         query: str | None = None, limit: int = 50) -> list[Specialist]:
    """The clinicians and services referred to before (across the store), each once, most
    used first: suggestions for a new referral, with the contact details last used."""
    stmt = select(Referral.to_name, Referral.to_specialty, Referral.to_phone, Referral.to_fax,
                  Referral.to_address, Referral.kind, Referral.need_domain,
                  Referral.created_at).where(Referral.deleted_at.is_(None))
    if kind is not None:
        stmt = stmt.where(Referral.kind == kind)
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for name, specialty, phone, fax, address, rkind, domain, created in (
            session.execute(stmt.order_by(Referral.created_at)).all()):
        if not name:
            continue
        key = (name.strip().casefold(), (specialty or "").strip().casefold())
        entry = found.setdefault(key, {"n": 0})
        entry["n"] += 1
        # The latest details win, but a blank never wipes a known number or address.
        for k, v in (("to_name", name), ("to_specialty", specialty), ("to_phone", phone),
                     ("to_fax", fax), ("to_address", address), ("kind", rkind or "clinical"),
                     ("need_domain", domain), ("last_used", created)):
            if v or k not in entry:
                entry[k] = v
    out = [Specialist(to_name=e["to_name"], to_specialty=e["to_specialty"],
                      to_phone=e["to_phone"], to_fax=e["to_fax"], to_address=e["to_address"],
                      kind=e["kind"], need_domain=e["need_domain"], times_used=e["n"],
                      last_used=e["last_used"]) for e in found.values()]
    if query:
        q = query.strip().casefold()
        out = [sp for sp in out if q in sp.to_name.casefold()
               or q in (sp.to_specialty or "").casefold()]
    out.sort(key=lambda sp: (-sp.times_used, sp.to_name.casefold()))
    return out[:limit]


# -- writing ---------------------------------------------------------------------------------------
def _live_referral(s: Session, referral_id: str) -> Referral:
    ref = s.get(Referral, referral_id) if referral_id else None
    if ref is None or ref.deleted_at is not None:
        raise InputError("that referral is no longer in this store; reload the chart")
    return ref


def _check_step(ref: Referral, step: str) -> None:
    """Refuse a step that does not follow from where the referral stands."""
    if ref.status == step == "scheduled":
        return  # rescheduling
    if ref.status in CLOSED_STATUSES:
        raise InputError(f"this referral is already {STEP_WORDS[ref.status]}; "
                         "nothing more can be done to it")
    allowed = next_steps(ref.kind or "clinical", ref.status)
    if step in allowed:
        return
    if step == "report_received" and ref.kind == "community":
        raise InputError("a community referral has no report: close it when the patient "
                         "got the service")
    if step == "closed" and ref.kind != "community":
        raise InputError("a referral can be closed only after the report was received and "
                         "reviewed")
    if step in ("sent",) and ref.status != "draft":
        raise InputError("this referral was already sent")
    need = NEEDS.get(step, "")
    raise InputError(f"a referral cannot be marked {STEP_WORDS.get(step, step)} while it is "
                     f"{STEP_WORDS.get(ref.status, ref.status)}; it must be {need} first")


def _check_order(at: dt.datetime, earlier: dt.datetime | None, what: str, before: str) -> None:
    if earlier is not None and at < earlier:
        raise InputError(f"the {what} time is before the {before} time")


def evaluate_referral(s: Session, ref: Referral, now: dt.datetime) -> list[str]:
    """Create the follow-up task of the rule this referral is late on (once), and mark done
    the referral's tasks whose step has been passed. Returns the new task ids."""
    existing = loop_tasks(s, ORIGIN, ref.id)
    late = overdue_of(ref, now)
    created: list[str] = []
    keep: set[str] = set()
    if late is not None:
        keep.add(late.title)
        contact = ref.to_name + (f" ({ref.to_specialty})" if ref.to_specialty else "")
        desc = f"{late.action}.\nReferred to: {contact}"
        if ref.to_phone:
            desc += f"\nPhone: {ref.to_phone}"
        if ref.to_fax:
            desc += f"\nFax: {ref.to_fax}"
        source = "Program default" if late.program_default else "Rule"
        desc += f"\n{source} ({late.rule_id}); source: {late.source}"
        task = ensure_task(s, existing, patient_id=ref.patient_id, origin=ORIGIN,
                           origin_id=ref.id, title=late.title, description=desc,
                           due_at=late.due_at,  # overdue since the step was due
                           priority="urgent" if ref.priority == "urgent" else "routine")
        if task is not None:
            s.flush()
            created.append(task.id)
    own = {rule.title for rule in rules()}
    settle_tasks(existing, keep, own, now,
                 status="cancelled" if ref.status == "cancelled" else "done")
    return created


def evaluate_overdue(store: Any, *, patient_id: str | None = None,
                     now: dt.datetime | None = None) -> list[str]:
    """Surface every overdue referral (of one patient, or the whole store) as a follow-up
    task, once each; returns the ids of the tasks created now (empty when run again)."""
    return evaluate_open_loops(store, Referral, OPEN_STATUSES, evaluate_referral,
                               patient_id=patient_id, now=aware(now))


def create_referral(store: Any, *, patient_id: str, to_name: str, reason: str,
                    kind: str = "clinical", to_specialty: str | None = None,
                    to_phone: str | None = None, to_fax: str | None = None,
                    to_address: str | None = None, priority: str = "routine",
                    need_domain: str | None = None, notes: str | None = None,
                    send: bool = False, now: dt.datetime | None = None) -> ReferralRow:
    """A new referral (a draft; ``send=True`` sends it at once)."""
    now = aware(now)
    if kind not in KINDS:
        raise InputError("the referral kind must be clinical or community")
    if priority not in PRIORITIES:
        raise InputError("the priority must be routine or urgent")
    to_name = clean(to_name, "name of the clinician or service", required=True, max_len=200)
    reason = clean(reason, "reason for the referral", required=True, max_len=2000)
    specialty = clean(to_specialty, "specialty", max_len=120)
    phone = clean(to_phone, "phone number", max_len=40)
    fax = clean(to_fax, "fax number", max_len=40)
    address = clean(to_address, "address", max_len=300)
    domain = clean(need_domain, "need", max_len=30)
    if kind == "community":
        if domain not in NEED_DOMAINS:
            raise InputError("a community referral needs the social need it addresses: "
                             "housing, food, transportation, utilities or safety")
    elif domain is not None:
        raise InputError("only a community referral has a social need")
    with store.write() as s:
        patient = live_patient(s, patient_id)
        ref = Referral(patient_id=patient.id, kind=kind, to_name=to_name, to_specialty=specialty,
                       to_phone=phone, to_fax=fax, to_address=address, reason=reason,
                       priority=priority, status="draft", need_domain=domain,
                       notes=clean(notes, "note", max_len=4000))
        ref.created_at = now
        s.add(ref)
        s.flush()
        if send:
            ref.status = "sent"
            ref.sent_at = now
        s.flush()
        return _row(s, ref, now)


def update_contact(store: Any, referral_id: str, *, to_name: str | None = None,
                   to_specialty: str | None = None, to_phone: str | None = None,
                   to_fax: str | None = None, to_address: str | None = None,
                   now: dt.datetime | None = None) -> ReferralRow:
    """Correct the clinician's or service's contact details (only the fields given)."""
    now = aware(now)
    with store.write() as s:
        ref = _live_referral(s, referral_id)
        if to_name is not None:
            ref.to_name = clean(to_name, "name of the clinician or service", required=True,
                                max_len=200) or ref.to_name
        for attr, value, what, n in (("to_specialty", to_specialty, "specialty", 120),
                                     ("to_phone", to_phone, "phone number", 40),
                                     ("to_fax", to_fax, "fax number", 40),
                                     ("to_address", to_address, "address", 300)):
            if value is not None:
                setattr(ref, attr, clean(value, what, max_len=n))
        s.flush()
        return _row(s, ref, now)


def _step(store: Any, referral_id: str, step: str, at: dt.datetime | None,
          now: dt.datetime | None, apply: Any) -> ReferralRow:
    now = aware(now)
    when = check_time(at, "time") or now
    with store.write() as s:
        ref = _live_referral(s, referral_id)
        _check_step(ref, step)
        apply(s, ref, when)
        s.flush()
        evaluate_referral(s, ref, now)
        s.flush()
        return _row(s, ref, now)


def send_referral(store: Any, referral_id: str, *, at: dt.datetime | None = None,
                  now: dt.datetime | None = None) -> ReferralRow:
    """Mark a draft referral sent (``at``: when; default now)."""
    def apply(_s: Session, ref: Referral, when: dt.datetime) -> None:
        ref.status, ref.sent_at = "sent", when
    return _step(store, referral_id, "sent", at, now, apply)


def schedule_referral(store: Any, referral_id: str, appointment_at: dt.datetime, *,
                      location: str | None = None, now: dt.datetime | None = None) -> ReferralRow:
    """Record the appointment date (again to reschedule): ``Referral.scheduled_for`` and a
    booked appointment linked to the referral."""
    when_appt = check_time(appointment_at, "appointment time", required=True)
    assert when_appt is not None
    location = clean(location, "location", max_len=300)

    def apply(s: Session, ref: Referral, _when: dt.datetime) -> None:
        _check_order(when_appt, ref.sent_at, "appointment", "sending")
        ref.status, ref.scheduled_for = "scheduled", when_appt
        appt = _appointment(s, ref.id)
        if appt is None or appt.status != "booked":
            appt = Appointment(patient_id=ref.patient_id, referral_id=ref.id,
                               kind="specialist" if ref.kind == "clinical" else "community",
                               status="booked", starts_at=when_appt)
            s.add(appt)
        appt.starts_at = when_appt
        appt.with_whom = ref.to_name + (f" ({ref.to_specialty})" if ref.to_specialty else "")
        appt.location = location or ref.to_address
        appt.purpose = "Referral appointment"
    return _step(store, referral_id, "scheduled", None, now, apply)


def mark_seen(store: Any, referral_id: str, *, at: dt.datetime | None = None,
              now: dt.datetime | None = None) -> ReferralRow:
    """The patient was seen (a community referral: she reached the service)."""
    def apply(s: Session, ref: Referral, when: dt.datetime) -> None:
        _check_order(when, ref.sent_at, "seen", "sending")
        ref.status, ref.seen_at = "seen", when
        appt = _appointment(s, ref.id)
        if appt is not None and appt.status == "booked":
            appt.status = "fulfilled"
    return _step(store, referral_id, "seen", at, now, apply)


def mark_report_received(store: Any, referral_id: str, *, at: dt.datetime | None = None,
                         now: dt.datetime | None = None) -> ReferralRow:
    """The specialist's report is back in the chart."""
    def apply(_s: Session, ref: Referral, when: dt.datetime) -> None:
        _check_order(when, ref.seen_at, "report", "seen")
        ref.status, ref.report_received_at = "report_received", when
    return _step(store, referral_id, "report_received", at, now, apply)


def mark_reviewed(store: Any, referral_id: str, *, at: dt.datetime | None = None,
                  now: dt.datetime | None = None) -> ReferralRow:
    """The report was reviewed (and acted on)."""
    def apply(_s: Session, ref: Referral, when: dt.datetime) -> None:
        _check_order(when, ref.report_received_at, "review", "report")
        ref.status, ref.reviewed_at = "reviewed", when
    return _step(store, referral_id, "reviewed", at, now, apply)


def close_referral(store: Any, referral_id: str, *, at: dt.datetime | None = None,
                   now: dt.datetime | None = None) -> ReferralRow:
    """Close the loop: after review (clinical) or once the patient got the service
    (community)."""
    def apply(_s: Session, ref: Referral, when: dt.datetime) -> None:
        ref.status, ref.closed_at = "closed", when
    return _step(store, referral_id, "closed", at, now, apply)


def cancel_referral(store: Any, referral_id: str, reason: str, *,
                    now: dt.datetime | None = None) -> ReferralRow:
    """Cancel an open referral; the reason is kept in its notes, its booked appointment is
    cancelled and its open follow-up tasks too."""
    why = clean(reason, "reason for cancelling", required=True, max_len=500)

    def apply(s: Session, ref: Referral, when: dt.datetime) -> None:
        ref.status, ref.closed_at = "cancelled", when
        line = f"Cancelled {when.date().isoformat()}: {why}"
        ref.notes = f"{ref.notes}\n{line}" if ref.notes else line
        appt = _appointment(s, ref.id)
        if appt is not None and appt.status == "booked":
            appt.status = "cancelled"
    return _step(store, referral_id, "cancelled", None, now, apply)


STEP_FUNCTIONS = {
    "sent": send_referral, "seen": mark_seen, "report_received": mark_report_received,
    "reviewed": mark_reviewed, "closed": close_referral,
}


def advance(store: Any, referral_id: str, step: str, *, at: dt.datetime | None = None,
            now: dt.datetime | None = None) -> ReferralRow:
    """Take one step by name (not ``scheduled`` or ``cancelled``: they need more input)."""
    fn = STEP_FUNCTIONS.get(step)
    if fn is None:
        raise InputError("that referral step needs more details")
    return fn(store, referral_id, at=at, now=now)


# -- jobs for the screens --------------------------------------------------------------------------
def fetch_referrals(store: Any, patient_id: str, *, evaluate: bool = True,
                    now: dt.datetime | None = None
                    ) -> tuple[list[ReferralRow], list[Specialist], int]:
    """What the Referrals page shows: the patient's referrals (after surfacing overdue ones
    as tasks), the specialists used before, and how many follow-up tasks were created now."""
    created = evaluate_overdue(store, patient_id=patient_id, now=now) if evaluate else []
    with store.session() as s:
        return list_referrals(s, patient_id, now=now), previous_specialists(s), len(created)


def median_days_to_appointment(session: Session, *, start: dt.datetime | None = None,
                               end: dt.datetime | None = None) -> float | None:
    """Median days from sending to the specialist appointment (seen, else scheduled date), over
    referrals sent in [start, end): a helper for the metrics."""
    stmt = select(Referral.sent_at, Referral.seen_at, Referral.scheduled_for).where(
        Referral.deleted_at.is_(None), Referral.sent_at.is_not(None),
        Referral.kind == "clinical")
    if start is not None:
        stmt = stmt.where(Referral.sent_at >= start)
    if end is not None:
        stmt = stmt.where(Referral.sent_at < end)
    days = sorted(d for sent, seen, sched in session.execute(stmt).all()
                  if (d := days_between(sent, seen or sched)) is not None)
    if not days:
        return None
    mid = len(days) // 2
    return float(days[mid]) if len(days) % 2 else (days[mid - 1] + days[mid]) / 2
