"""Care-coordination rows for the bulk benchmark panel (:func:`bulk_generate_panel` with
``coordination=True``), so the metrics benchmark reads a realistic store: 30-day
readmissions, transitions of care for the discharges, clinical referrals through to the
appointment, care-plan reviews with adherence, and satisfaction surveys.

Like :mod:`app.demo.bulk`, rows are plain dicts written with ``insert()`` executemany in one
transaction (no audit entries); synthetic data only.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from sqlalchemy import insert, select

from app.demo.bulk import bulk_stamp
from app.models.base import new_id, utcnow
from app.models.entities import (
    CarePlanReview,
    CareTransition,
    Encounter,
    Patient,
    Referral,
    SatisfactionSurvey,
)

_SPECIALTIES = (("Cardiology Associates", "Cardiology"), ("Lakeside Nephrology", "Nephrology"),
                ("Valley Endocrine", "Endocrinology"), ("Riverside Pulmonary", "Pulmonology"))
_ADHERENCE = ("adherent", "adherent", "adherent", "partial", "not_adherent", "not_assessed")


def bulk_add_coordination(store: Any, *, seed: int = 1, today: dt.date | None = None) -> int:
    """Add coordination rows for every live patient of the store; returns the rows written."""
    rng = random.Random(seed * 7919 + 11)
    today = today or dt.date.today()
    day0 = dt.datetime.combine(today, dt.time(0), tzinfo=dt.timezone.utc)
    actor = store.actor
    now = utcnow()
    stamp = bulk_stamp(actor, now)
    rows: dict[type, list[dict[str, Any]]] = {
        Encounter: [], CareTransition: [], Referral: [], CarePlanReview: [],
        SatisfactionSurvey: []}

    def hours(base: dt.datetime, h: float) -> dt.datetime:
        return base + dt.timedelta(hours=h)

    with store.write() as s:
        patients = list(s.scalars(select(Patient.id).where(Patient.deleted_at.is_(None))))
        stays = s.execute(select(Encounter.patient_id, Encounter.end_at, Encounter.reason)
                          .where(Encounter.kind == "inpatient",
                                 Encounter.deleted_at.is_(None))).all()
        for pid, end, reason in stays:
            if end is None:
                continue
            # a transition of care per discharge, most steps on time
            late = rng.random() < 0.2
            contact_due, visit_due = hours(end, 48), hours(end, 72)
            follow_due = hours(end, 24 * rng.choice((7, 14)))
            done = lambda due, d=end: (  # noqa: E731
                None if due > now else hours(due, rng.uniform(1, 30)) if late
                else hours(d, rng.uniform(4, (due - d).total_seconds() / 3600)))
            follow_at = done(follow_due)
            rows[CareTransition].append({
                **stamp, "id": new_id(), "patient_id": pid, "encounter_id": None,
                "discharged_at": end, "facility": None, "diagnosis": reason,
                "complexity": "high" if rng.random() < 0.3 else "moderate",
                "lace_score": rng.randint(4, 16), "lace_components": None,
                "contact_due_at": contact_due, "contact_at": done(contact_due),
                "contact_outcome": None, "home_visit_due_at": visit_due,
                "home_visit_at": done(visit_due), "followup_due_at": follow_due,
                "followup_at": follow_at,
                "status": "completed" if follow_at is not None else "open",
                "closed_at": follow_at, "notes": None})
            if rng.random() < 0.45:  # readmitted, most within a month
                start = hours(end, 24 * rng.uniform(2, 40))
                if start < now:
                    rows[Encounter].append({
                        **stamp, "id": new_id(), "patient_id": pid, "fhir_id": None,
                        "kind": "inpatient", "class_code": "IMP", "status": "finished",
                        "code_system": None, "code": None, "code_display": "Readmission",
                        "code_text": None, "start_at": start,
                        "end_at": min(hours(start, 24 * rng.randint(2, 5)), now),
                        "reason": reason, "reason_code": None, "reason_system": None,
                        "facility": None, "practitioner": None,
                        "discharge_disposition": None})
        for pid in patients:
            if rng.random() < 0.3:
                sent = day0 - dt.timedelta(days=rng.randint(5, 330), hours=rng.randint(1, 8))
                seen = hours(sent, 24 * rng.uniform(3, 45)) if rng.random() < 0.8 else None
                if seen is not None and seen > now:
                    seen = None
                name, specialty = rng.choice(_SPECIALTIES)
                rows[Referral].append({
                    **stamp, "id": new_id(), "patient_id": pid, "kind": "clinical",
                    "to_name": name, "to_specialty": specialty, "to_phone": None,
                    "to_fax": None, "to_address": None, "reason": "Specialist review",
                    "priority": "routine", "status": "seen" if seen else "sent",
                    "sent_at": sent, "scheduled_for": None, "seen_at": seen,
                    "report_received_at": None, "reviewed_at": None, "closed_at": None,
                    "notes": None, "need_domain": None})
            if rng.random() < 0.5:
                for _ in range(rng.randint(1, 3)):
                    rows[CarePlanReview].append({
                        **stamp, "id": new_id(), "patient_id": pid, "care_plan_id": None,
                        "goal_id": None, "note_id": None,
                        "reviewed_at": day0 - dt.timedelta(days=rng.randint(1, 360)),
                        "adherence": rng.choice(_ADHERENCE), "goal_progress": "not_assessed",
                        "measured_value": None, "measured_unit": None, "comment": None})
            if rng.random() < 0.3:
                top = 25.0
                rows[SatisfactionSurvey].append({
                    **stamp, "id": new_id(), "patient_id": pid,
                    "surveyed_at": day0 - dt.timedelta(days=rng.randint(1, 360)),
                    "instrument": "short-5", "responses": {},
                    "score": float(rng.randint(12, 25)), "max_score": top})
        for model, batch in rows.items():
            if batch:
                s.execute(insert(model).execution_options(render_nulls=True), batch)
    return sum(len(b) for b in rows.values())
