"""Demo data for the referral loop, tracked test results, the communication log and the call
list: referrals in every state (one overdue for a date, one whose report just came back and
waits for review, one booked with its appointment), tracked tests (an abnormal result not yet
acknowledged, one late, one waiting, one to tell the patient), a call scheduled today, and the
follow-up tasks the loops create, so the call list is not empty on opening (the builder makes
no referral tasks of its own: each overdue step has the loop's one task). Past referrals over
the last 12 months, seen and closed, give the dashboard its median time to the appointment.
Synthetic data only; relative to the demo's ``today``.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.coordination import referrals as R
from app.coordination import results as RT
from app.coordination.communication import CALL_KIND
from app.demo import catalog as C
from app.demo import coord_history as H
from app.models.entities import (
    Appointment,
    CommunicationLogEntry,
    Observation,
    Patient,
    Referral,
    ResultTracking,
)

LOINC = "http://loinc.org"


def _day0(today: dt.date) -> dt.datetime:
    return dt.datetime.combine(today, dt.time(0, 0)).astimezone().astimezone(dt.UTC)


def _at(day0: dt.datetime, days: int, hour: float) -> dt.datetime:
    return day0 + dt.timedelta(days=days, hours=hour)


def add_referrals_demo(session: Session, patients: list[str], today: dt.date,
                       rng: random.Random) -> dict[str, int]:
    """Add the referral, result and call-list scenarios to the first demo patients, book the
    appointments of the panel's scheduled referrals, and surface what is overdue as tasks.
    Returns counts (referrals, trackings, tasks)."""
    day0 = _day0(today)
    now = day0 + dt.timedelta(hours=8)  # the nurse starts her day
    people = [session.get(Patient, pid) for pid in patients]
    people = [p for p in people if p is not None]
    counts = {"referrals": 0, "trackings": 0, "tasks": 0}
    if not people:
        return counts

    def person(i: int) -> Patient:
        return people[i % len(people)]

    def pcp(p: Patient) -> str:
        return p.pcp_name or "Dr. Primary"

    # -- referrals --------------------------------------------------------------------------
    def target(name: str, specialty: str, n: int) -> dict[str, str | None]:
        found = next(x for x in C.REFERRAL_TARGETS if x.name == name and x.specialty == specialty)
        return {"to_name": found.name, "to_specialty": found.specialty, "to_phone": C.phone(60 + n),
                    "to_fax": C.phone(80 + n) if found.kind == "clinical" else None,
                    "to_address": found.address}

    cardiology = target("Dr. Imani Okafor", "Cardiology", 1)
    nephrology = target("Dr. Priyanka Raman", "Nephrology", 2)
    endocrinology = target("Dr. Rosalind Ebersole", "Endocrinology", 3)
    food = target("Fernhollow Meals on Wheels", "Home-delivered meals", 4)
    plans = [
        # (patient, contact, reason, priority, sent days ago, state)
        (person(0), cardiology, ("Worsening breathlessness on exertion; echo and medicine "
         "review"), "urgent", 6, "overdue"),
        (person(1), nephrology, "eGFR falling over 6 months; advice on medicines and diet",
         "routine", 34, "report"),
        (person(2), endocrinology, "A1c rising on two agents; foot check due", "routine",
         5, "scheduled"),
        (person(3), food, "Skipping meals at the end of the month (AHC HRSN food positive)",
         "routine", 3, "community"),
        (person(4), cardiology, "New atrial fibrillation: rate control and anticoagulation",
         "routine", 60, "closed"),
    ]
    made: list[Referral] = []
    for p, contact, reason, priority, sent_ago, state in plans:
        community = state == "community"
        sent = _at(day0, -sent_ago, 10.5)
        ref = Referral(patient_id=p.id, kind="community" if community else "clinical",
                       need_domain="food" if community else None, reason=reason,
                       priority=priority, status="sent", sent_at=sent, **contact)
        ref.created_at = sent - dt.timedelta(hours=1)
        if state == "report":
            ref.scheduled_for = _at(day0, -sent_ago + 12, 9)
            ref.seen_at = ref.scheduled_for
            ref.report_received_at = _at(day0, -1, 14)
            ref.status = "report_received"
            ref.notes = "Consult letter received by fax yesterday; to review."
        elif state == "scheduled":
            ref.scheduled_for = _at(day0, 6, 10)
            ref.status = "scheduled"
        elif state == "closed":
            ref.scheduled_for = _at(day0, -sent_ago + 9, 11)
            ref.seen_at = ref.scheduled_for
            ref.report_received_at = ref.seen_at + dt.timedelta(days=3)
            ref.reviewed_at = ref.report_received_at + dt.timedelta(days=1)
            ref.closed_at = ref.reviewed_at
            ref.status = "closed"
        session.add(ref)
        made.append(ref)
    session.flush()
    counts["referrals"] = len(made) + _past_referrals(session, [p.id for p in people[5:]],
                                                      today, rng)

    # Every clinical referral with a date (these and the panel's own) has its appointment.
    booked = set(session.scalars(select(Appointment.referral_id).where(
        Appointment.referral_id.is_not(None))))
    for ref in session.scalars(select(Referral).where(
            Referral.patient_id.in_([p.id for p in people]), Referral.kind == "clinical",
            Referral.scheduled_for.is_not(None))).all():
        if ref.id in booked:
            continue
        upcoming = ref.status == "scheduled"
        session.add(Appointment(
            patient_id=ref.patient_id, referral_id=ref.id, starts_at=ref.scheduled_for,
            kind="specialist" if ref.kind == "clinical" else "community",
            with_whom=ref.to_name + (f" ({ref.to_specialty})" if ref.to_specialty else ""),
            location=ref.to_address, purpose="Referral appointment",
            status="booked" if upcoming else ("fulfilled" if ref.seen_at else "cancelled")))
    session.flush()

    # -- tracked tests ----------------------------------------------------------------------
    def lab(p: Patient, code: str, name: str, at: dt.datetime, value: float, unit: str,
            low: float, high: float, interp: str | None) -> Observation:
        o = Observation(patient_id=p.id, code_system=LOINC, code=code, code_display=name,
                        code_text=name, category="laboratory", status="final",
                        effective_at=at, value_quantity=value, value_unit=unit,
                        reference_low=low, reference_high=high, interpretation=interp)
        session.add(o)
        return o

    def track(p: Patient, name: str, code: str, ordered_ago: int, expect_in: int,
              **extra: object) -> ResultTracking:
        t = ResultTracking(patient_id=p.id, test_name=name, test_code=code,
                           test_code_system=LOINC, ordered_at=_at(day0, -ordered_ago, 9.5),
                           ordered_by=pcp(p), responsible=pcp(p),
                           expected_by=_at(day0, -ordered_ago + expect_in, 17),
                           status="ordered", **extra)
        session.add(t)
        return t

    trackings: list[ResultTracking] = []
    # Abnormal potassium back four days ago, not acknowledged: overdue (1 business day).
    k = track(person(0), "Potassium (serum)", "2823-3", 7, 3)
    obs = lab(person(0), "2823-3", "Potassium [Moles/volume] in Serum or Plasma",
              _at(day0, -4, 11), 5.9, "mmol/L", 3.5, 5.1, "H")
    session.flush()
    k.observation_id, k.resulted_at = obs.id, obs.effective_at
    k.result_summary, k.abnormal, k.status = RT.value_text(obs), True, "resulted"
    trackings.append(k)
    # Waiting, not due yet.
    trackings.append(track(person(1), "Basic metabolic panel", "51990-0", 1, 4))
    # Late: expected 6 days ago, nothing back.
    trackings.append(track(person(2), "TSH", "3016-3", 16, 10))
    # Normal hemoglobin, acknowledged yesterday, the patient still to be told.
    hb = track(person(3), "Hemoglobin", "718-7", 6, 3)
    obs = lab(person(3), "718-7", "Hemoglobin [Mass/volume] in Blood", _at(day0, -3, 10),
              12.8, "g/dL", 12.0, 15.5, "N")
    session.flush()
    hb.observation_id, hb.resulted_at = obs.id, obs.effective_at
    hb.result_summary, hb.abnormal = RT.value_text(obs), False
    hb.acknowledged_at, hb.acknowledged_by = _at(day0, -1, 15), pcp(person(3))
    hb.status = "acknowledged"
    trackings.append(hb)
    # A closed loop.
    a1c = track(person(4), "Hemoglobin A1c", "4548-4", 40, 5)
    a1c.resulted_at, a1c.result_summary, a1c.abnormal = _at(day0, -37, 9), "7.4 % (H)", True
    a1c.acknowledged_at, a1c.acknowledged_by = _at(day0, -36, 10), pcp(person(4))
    a1c.patient_informed_at, a1c.patient_informed_how = _at(day0, -36, 16), "phone"
    a1c.status = "closed"
    trackings.append(a1c)
    session.flush()
    counts["trackings"] = len(trackings)

    # -- the log and a call scheduled today --------------------------------------------------
    p1 = person(1)
    session.add(CommunicationLogEntry(
        patient_id=p1.id, occurred_at=_at(day0, -1, 14.5), direction="incoming", channel="fax",
        party_name=nephrology["to_name"], party_role="specialist",
        summary="Consult letter received: stop ibuprofen, recheck kidney function in 4 weeks.",
        outcome="Filed in the chart; to review"))
    p0 = person(0)
    session.add(CommunicationLogEntry(
        patient_id=p0.id, occurred_at=_at(day0, -4, 16), direction="outgoing", channel="phone",
        party_name=pcp(p0), party_role="PCP",
        summary="Potassium came back high.", outcome="Clinic will call back",
        sbar={"situation": "Potassium 5.9 mmol/L on today's blood test.",
              "background": "Heart failure on lisinopril and spironolactone.",
              "assessment": "No palpitations or weakness today; likely medicine effect.",
              "recommendation": "Please review the result and advise on spironolactone."}))
    p2 = person(2)
    session.add(Appointment(
        patient_id=p2.id, starts_at=_at(day0, 0, 14), kind=CALL_KIND, status="booked",
        purpose="Check the home blood pressure log after the dose change"))
    session.flush()

    # -- what is overdue, as tasks (the loops' own rules) ----------------------------------------
    for ref in session.scalars(select(Referral).where(
            Referral.patient_id.in_([p.id for p in people]),
            Referral.status.in_(R.OPEN_STATUSES))).all():
        counts["tasks"] += len(R.evaluate_referral(session, ref, now))
    for t in trackings:
        counts["tasks"] += len(RT.evaluate_tracking(session, t, now))
    session.flush()
    return counts


# When past referrals were sent, as fractions of the dashboard's default period (the last 12
# months), oldest first, and how many days the specialist took to see the patient.
_PAST = ((0.93, 9), (0.86, 21), (0.78, 6), (0.7, 14), (0.62, 32), (0.55, 8), (0.47, 11),
         (0.4, 17), (0.33, 5), (0.26, 26), (0.19, 12), (0.13, 7))


def _past_referrals(session: Session, pids: list[str], today: dt.date,
                    rng: random.Random) -> int:
    """Clinical referrals of the past year, each seen, its report received and reviewed, and
    closed (so the median time to the appointment has a value every few months). Patients
    after the featured ones, once on the panel."""
    day0 = _day0(today)
    start = H.period_start(today)
    span = (day0 - start).total_seconds() / 86400.0
    if not pids or span < 60:
        return 0
    joined = H.joined(session, pids)
    made = 0
    for k, (fraction, wait) in enumerate(_PAST):
        sent = _at(day0, -round(span * fraction), 10 + rng.uniform(0, 5))
        ok = [pid for pid in pids[k % len(pids):] + pids[:k % len(pids)]
              if joined.get(pid, sent) <= sent - dt.timedelta(days=7)]
        if not ok:
            continue
        pid = ok[0]
        have = H.condition_keys(session, pid)
        targets = [t for t in C.REFERRAL_TARGETS if t.kind == "clinical"
                   and t.for_condition in have] or \
                  [t for t in C.REFERRAL_TARGETS if t.kind == "clinical"]
        t = rng.choice(targets)
        seen = sent + dt.timedelta(days=wait, hours=rng.uniform(-1, 3))
        report = seen + dt.timedelta(days=rng.randint(2, 9))
        reviewed = report + dt.timedelta(days=rng.randint(0, 3), hours=2)
        ref = Referral(patient_id=pid, kind="clinical", to_name=t.name,
                       to_specialty=t.specialty, to_phone=C.phone(60 + k % 20),
                       to_fax=C.phone(80 + k % 20), to_address=t.address, reason=t.reason,
                       priority="urgent" if wait <= 6 else "routine", status="closed",
                       sent_at=sent, scheduled_for=seen, seen_at=seen,
                       report_received_at=report, reviewed_at=reviewed, closed_at=reviewed,
                       notes="Consult report reviewed; plan updated.")
        ref.created_at = sent - dt.timedelta(hours=2)
        session.add(ref)
        made += 1
    session.flush()
    return made
