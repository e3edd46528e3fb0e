"""A fast synthetic panel for benchmarks: thousands of patients in a few seconds.

:func:`bulk_generate_panel` skips the ORM unit of work: rows are built as plain dicts (every
:class:`~app.models.base.SyncMixin` column filled) and written with
``session.execute(insert(Model), rows)`` in one transaction. The flush hooks do not run on
that path, so these rows get **no audit-log entries**; use :func:`build_demo_panel` for data a
person will look at.

Each patient gets a panel membership, 2-4 conditions, 3-8 medications that fit them, 2-4
encounters (a home visit, a clinic visit, sometimes a hospital stay or an ED visit; about 1 in
10 discharged in the last 72 hours), weight and blood pressure, 1-3 tasks, a booked next visit
and, for some, an allergy.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from sqlalchemy import func, insert, select

from app.demo import catalog as C
from app.demo.panel import day_start
from app.models.base import new_id, utcnow
from app.models.entities import (
    Allergy,
    Appointment,
    Condition,
    Encounter,
    Medication,
    Observation,
    PanelMembership,
    Patient,
    Task,
    User,
)

_CULTURES = tuple(c for c, _ in C.CULTURE_WEIGHTS)
_TASKS = ("Refill the weekly pill organizer", "Review the home blood pressure log",
          "Check that the PCP follow-up is booked", "Home safety check",
          "Review medication list with the caregiver", "Call about lab results")


def bulk_stamp(actor: Any, now: dt.datetime) -> dict[str, Any]:
    """The bookkeeping columns of a row written in bulk (version 1, who/when/which device)."""
    return {"version": 1, "created_at": now, "created_by": actor.user_id,
            "created_device": actor.device_id, "updated_at": now,
            "updated_by": actor.user_id, "updated_device": actor.device_id,
            "deleted_at": None}


def bulk_generate_panel(store: Any, *, patients: int, seed: int = 1,
                        today: dt.date | None = None, coordination: bool = False) -> int:
    """Insert ``patients`` synthetic patients on the demo nurse's panel (creating the "demo"
    user if the store has none). Returns the number of patients written.
    ``coordination``: also readmissions, transitions, referrals, care-plan reviews and
    satisfaction surveys (:mod:`app.demo.bulk_coord`, for the metrics benchmark)."""
    if patients < 1:
        return 0
    rng = random.Random(seed)
    today = today or dt.date.today()
    day0 = day_start(today)
    actor = store.actor
    now = utcnow()
    stamp = bulk_stamp(actor, now)

    def past(days: int) -> dt.datetime:
        return day0 - dt.timedelta(days=days, hours=rng.randint(1, 9))

    cond_tpl = {key: {"code_system": C.SNOMED, "code": c.snomed, "code_display": c.display,
                      "code_text": c.text, "clinical_status": "active",
                      "verification_status": "confirmed", "category": "problem-list-item"}
                for key, c in C.CONDITIONS.items()}
    med_tpl = {key: {"code_system": C.RXNORM if m.code else None, "code": m.code,
                     "code_display": m.display, "code_text": None, "source": "ehr",
                     "status": "active", "intent": "order", "sig": m.sig,
                     "dose_quantity": m.dose, "dose_unit": m.unit, "route": m.route,
                     "frequency": m.frequency, "period": m.period,
                     "period_unit": m.period_unit, "as_needed": m.prn is not None,
                     "as_needed_reason": m.prn,
                     "reason": C.CONDITIONS[m.reason].text if m.reason else None}
               for key, m in C.MEDS.items()}
    obs_tpl = {key: {"code_system": C.LOINC, "code": d.code, "code_display": d.display,
                     "category": d.category, "status": "final", "value_unit": d.unit,
                     "reference_low": d.low, "reference_high": d.high}
               for key, d in C.OBS.items()}

    allergy_tpl = [{"code_system": a.system, "code": a.code, "code_display": a.display,
                    "code_text": a.text, "category": a.category, "clinical_status": "active",
                    "verification_status": "confirmed", "type": "allergy",
                    "reaction": a.reactions[0], "criticality": "low", "severity": "moderate"}
                   for a, _ in C.ALLERGIES]

    rows: dict[type, list[dict[str, Any]]] = {
        Patient: [], PanelMembership: [], Condition: [], Allergy: [], Medication: [],
        Encounter: [], Observation: [], Task: [], Appointment: []}
    with store.write() as s:
        user_id = s.scalar(select(User.id).where(User.username == "demo"))
        if user_id is None:
            user_id = new_id()
            s.execute(insert(User), [{**stamp, "id": user_id, "username": "demo",
                                      "display_name": "Demo Nurse", "role": "nurse",
                                      "email": "demo.nurse@example.org",
                                      "phone": C.phone(0)}])
        first = (s.scalar(select(func.count()).select_from(Patient)) or 0) + 1
        for i in range(patients):
            pid = new_id()
            spanish = rng.random() < 0.25
            culture = "hispanic" if spanish else rng.choice(_CULTURES)
            sex = rng.choice(("female", "male"))
            age = rng.randint(55, 95)
            town, postal = rng.choice(C.TOWNS)
            conds = rng.sample(list(C.CONDITIONS), rng.randint(2, 4))
            meds: list[str] = []
            for cond in conds:
                for key in rng.choice(C.REGIMENS[cond]):
                    if key not in meds:
                        meds.append(key)
            while len(meds) < 3:
                key = rng.choice(C.GENERAL_MEDS)[0]
                if key not in meds:
                    meds.append(key)
            meds = meds[:8]
            rows[Patient].append({
                **stamp, "id": pid, "fhir_id": None, "mrn": f"BULK-{first + i:07d}",
                "given_name": rng.choice(C.GIVEN_NAMES[culture][sex]),
                "family_name": rng.choice(C.FAMILY_NAMES[culture]), "name_prefix": None,
                "name_suffix": None,
                "birth_date": today - dt.timedelta(days=age * 365 + rng.randint(0, 364)),
                "sex": sex, "deceased_at": None, "deceased": False,
                "language": "es" if spanish else "en",
                "language_display": "Spanish" if spanish else "English",
                "interpreter_needed": spanish and rng.random() < 0.5,
                "phone": C.phone(i), "email": None,
                "address_line": f"{rng.randint(12, 980)} {rng.choice(C.STREETS)}",
                "city": town, "state": C.STATE, "postal_code": postal, "country": C.COUNTRY,
                "marital_status": rng.choice(C.MARITAL_STATUSES),
                "pcp_name": "Dr. {} {}".format(*rng.choice(C.CLINICIAN_NAMES[:6])),
                "pcp_phone": C.phone(10 + i % 6), "code_status": None,
                "risk_level": rng.choice(("low", "medium", "medium", "high")),
                "extra": {"synthetic": True, "generator": "app.demo.bulk"},
            })
            rows[PanelMembership].append({**stamp, "id": new_id(), "patient_id": pid,
                                          "user_id": user_id, "since": past(rng.randint(30, 700)),
                                          "until": None})
            for cond in conds:
                onset = past(rng.randint(365, 5000))
                rows[Condition].append({**stamp, **cond_tpl[cond], "id": new_id(),
                                        "patient_id": pid, "fhir_id": None, "encounter_id": None,
                                        "onset_at": onset, "abatement_at": None,
                                        "recorded_at": onset})
            for key in meds:
                authored = past(rng.randint(20, 900))
                rows[Medication].append({**stamp, **med_tpl[key], "id": new_id(),
                                         "patient_id": pid, "fhir_id": None,
                                         "encounter_id": None, "authored_at": authored,
                                         "start_at": authored, "end_at": None,
                                         "prescriber": None, "taking": None})
            home_id = new_id()
            visit = past(rng.randint(2, 20))
            encounters = [("home", home_id, visit, visit + dt.timedelta(hours=1),
                           "Nursing home visit", None)]
            clinic = past(rng.randint(20, 120))
            encounters.append(("ambulatory", new_id(), clinic,
                               clinic + dt.timedelta(minutes=30), "Chronic disease follow-up",
                               None))
            if rng.random() < 0.3:
                end = day0 - dt.timedelta(days=rng.choice((0, 1, 2, 4, 9, 30, 90)),
                                          hours=rng.randint(2, 12))
                reason_key = next((c for c in conds if c in C.ADMISSION_REASONS), "other")
                code, reason = C.ADMISSION_REASONS[reason_key]
                encounters.append(("inpatient", new_id(),
                                   end - dt.timedelta(days=rng.randint(2, 6)), end, reason,
                                   code))
            if rng.random() < 0.2:
                ed = past(rng.randint(10, 150))
                code, reason = rng.choice(C.ED_REASONS)
                encounters.append(("emergency", new_id(), ed, ed + dt.timedelta(hours=5),
                                   reason, code))
            for kind, eid, start, end, reason, code in encounters:
                tcode, tdisplay, cls = C.ENCOUNTER_TYPES[kind]
                rows[Encounter].append({
                    **stamp, "id": eid, "patient_id": pid, "fhir_id": None, "kind": kind,
                    "class_code": cls, "status": "finished", "code_system": C.SNOMED,
                    "code": tcode, "code_display": tdisplay, "code_text": None,
                    "start_at": start, "end_at": end, "reason": reason, "reason_code": code,
                    "reason_system": C.SNOMED if code else None,
                    "facility": C.HOSPITAL if kind == "inpatient" else C.HOME_HEALTH
                    if kind == "home" else C.ED_FACILITY if kind == "emergency"
                    else C.CLINICS[0],
                    "practitioner": None,
                    "discharge_disposition": "Home with home health services"
                    if kind == "inpatient" else None})
            at = visit + dt.timedelta(minutes=10)
            sbp, dbp = rng.randint(112, 164), rng.randint(62, 94)
            rows[Observation].append({**stamp, **obs_tpl["weight"], "id": new_id(),
                                      "patient_id": pid, "encounter_id": home_id,
                                      "effective_at": at,
                                      "value_quantity": round(rng.uniform(50, 110), 1),
                                      "value_text": None, "interpretation": None})
            rows[Observation].append({
                **stamp, **obs_tpl["bp"], "id": new_id(), "patient_id": pid,
                "encounter_id": home_id, "effective_at": at, "value_quantity": None,
                "value_text": f"{sbp}/{dbp} mm[Hg]",
                "interpretation": "H" if sbp >= 140 or dbp >= 90 else "N",
                "components": [
                    {"system": C.LOINC, "code": "8480-6",
                     "display": "Systolic blood pressure", "value": sbp,
                     "unit": "mm[Hg]"},
                    {"system": C.LOINC, "code": "8462-4",
                     "display": "Diastolic blood pressure", "value": dbp,
                     "unit": "mm[Hg]"}]})
            if rng.random() < 0.4:
                rows[Allergy].append({**stamp, **rng.choice(allergy_tpl), "id": new_id(),
                                      "patient_id": pid, "fhir_id": None, "onset_at": None,
                                      "recorded_at": past(rng.randint(100, 3000))})
            nxt = day0 + dt.timedelta(days=rng.randint(1, 21), hours=rng.choice((9, 11, 14)))
            rows[Appointment].append({**stamp, "id": new_id(), "patient_id": pid,
                                      "referral_id": None, "starts_at": nxt,
                                      "ends_at": nxt + dt.timedelta(hours=1),
                                      "kind": "home_visit", "location": None,
                                      "with_whom": "Demo Nurse",
                                      "purpose": "Nursing home visit", "status": "booked"})
            for title in rng.sample(_TASKS, rng.randint(1, 3)):
                roll = rng.random()
                due = day0 + dt.timedelta(days=rng.randint(-10, 14), hours=12)
                done = roll < 0.25
                rows[Task].append({**stamp, "id": new_id(), "patient_id": pid, "title": title,
                                   "description": None,
                                   "status": "done" if done else "open",
                                   "priority": "urgent" if roll > 0.9 else "routine",
                                   "due_at": due, "assignee_id": user_id,
                                   "completed_at": min(due, day0) if done else None,
                                   "origin": None, "origin_id": None})
        for model, batch in rows.items():
            # render_nulls keeps None-valued columns in the INSERT, so every row of a table has
            # the same keys and the whole table goes to the driver as one executemany.
            stmt = insert(model).execution_options(render_nulls=True)
            if model is Observation:
                # Vitals without components apart, so "components" is SQL NULL, not JSON null.
                s.execute(stmt, [r for r in batch if "components" not in r])
                s.execute(stmt, [r for r in batch if "components" in r])
            else:
                s.execute(stmt, batch)
    if coordination:
        from app.demo.bulk_coord import bulk_add_coordination

        bulk_add_coordination(store, seed=seed, today=today)
    return patients
