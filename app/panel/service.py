"""The panel summary: one row per patient on the nurse's panel, as plain data.

Built with a handful of grouped queries (not one query per patient), so a 5,000-patient panel
loads in well under the time a person notices. No Qt here: the panel view's item model wraps
the rows this returns.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from app.models.base import utcnow
from app.models.entities import (
    Allergy,
    Appointment,
    Condition,
    Encounter,
    Medication,
    MedRecWorksheet,
    PanelMembership,
    Patient,
    Task,
)

KEY_PROBLEMS = 3
VISIT_KINDS = ("home", "ambulatory", "virtual")
ACTIVE_MED_STATUSES = ("active", "on-hold", None)
OPEN_TASK_STATUSES = ("open", "in_progress")


@dataclass
class PanelRow:
    patient_id: str
    name: str
    family_name: str
    given_name: str
    birth_date: dt.date | None
    age: int | None
    sex: str | None
    mrn: str | None
    language: str | None
    risk_level: str | None
    key_problems: list[str] = field(default_factory=list)
    allergies: list[str] = field(default_factory=list)
    last_visit: dt.datetime | None = None
    next_visit: dt.datetime | None = None
    last_discharge: dt.datetime | None = None
    days_since_discharge: int | None = None
    open_tasks: int = 0
    overdue_tasks: int = 0
    active_meds: int = 0
    unreconciled_meds: int = 0
    last_reconciled: dt.datetime | None = None
    hours_since_discharge: float | None = None

    @property
    def recently_discharged(self) -> bool:
        """Discharged within the last 72 hours (the transitions-of-care home-visit window)."""
        return self.hours_since_discharge is not None and self.hours_since_discharge <= 72


def age_on(birth: dt.date | None, day: dt.date) -> int | None:
    if birth is None:
        return None
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def load_panel(session: Session, *, user_id: str | None = None,
               now: dt.datetime | None = None) -> list[PanelRow]:
    """Every live patient (on ``user_id``'s panel when given), sorted by family name."""
    now = now or utcnow()
    today = now.astimezone().date()
    pstmt = select(
        Patient.id, Patient.given_name, Patient.family_name, Patient.birth_date, Patient.sex,
        Patient.mrn, Patient.language, Patient.risk_level,
    ).where(Patient.deleted_at.is_(None), Patient.deceased.is_(False))
    if user_id is not None:
        members = select(PanelMembership.patient_id).where(
            PanelMembership.user_id == user_id,
            PanelMembership.deleted_at.is_(None),
            PanelMembership.until.is_(None),
        )
        pstmt = pstmt.where(Patient.id.in_(members))
    rows: dict[str, PanelRow] = {}
    for pid, given, family, birth, sex, mrn, lang, risk in session.execute(pstmt):
        rows[pid] = PanelRow(
            patient_id=pid, name=f"{family}, {given}", family_name=family, given_name=given,
            birth_date=birth, age=age_on(birth, today), sex=sex, mrn=mrn, language=lang,
            risk_level=risk,
        )
    if not rows:
        return []

    problems: dict[str, list[str]] = defaultdict(list)
    cstmt = (
        select(Condition.patient_id, func.coalesce(Condition.code_text, Condition.code_display))
        .where(Condition.deleted_at.is_(None), Condition.clinical_status == "active")
        .order_by(Condition.patient_id, Condition.onset_at.desc())
    )
    for pid, label in session.execute(cstmt):
        if pid in rows and label and len(problems[pid]) < KEY_PROBLEMS and label not in problems[pid]:
            problems[pid].append(label)
    astmt = select(Allergy.patient_id, func.coalesce(Allergy.code_text, Allergy.code_display)).where(
        Allergy.deleted_at.is_(None),
        func.coalesce(Allergy.clinical_status, "active") == "active",
    )
    allergies: dict[str, list[str]] = defaultdict(list)
    for pid, label in session.execute(astmt):
        if label:
            allergies[pid].append(label)

    live_enc = Encounter.deleted_at.is_(None)
    last_discharge = dict(session.execute(
        select(Encounter.patient_id, func.max(Encounter.end_at))
        .where(live_enc, Encounter.kind == "inpatient", Encounter.end_at <= now)
        .group_by(Encounter.patient_id)
    ).all())
    last_visit = dict(session.execute(
        select(Encounter.patient_id, func.max(Encounter.start_at))
        .where(live_enc, Encounter.kind.in_(VISIT_KINDS), Encounter.start_at <= now)
        .group_by(Encounter.patient_id)
    ).all())
    next_visit = dict(session.execute(
        select(Appointment.patient_id, func.min(Appointment.starts_at))
        .where(Appointment.deleted_at.is_(None), Appointment.status == "booked",
               Appointment.starts_at >= now)
        .group_by(Appointment.patient_id)
    ).all())
    tasks = {
        pid: (n_open, n_overdue)
        for pid, n_open, n_overdue in session.execute(
            select(
                Task.patient_id,
                func.count(),
                func.count().filter(and_(Task.due_at.is_not(None), Task.due_at < now)),
            )
            .where(Task.deleted_at.is_(None), Task.status.in_(OPEN_TASK_STATUSES))
            .group_by(Task.patient_id)
        )
    }
    reconciled = dict(session.execute(
        select(MedRecWorksheet.patient_id, func.max(MedRecWorksheet.completed_at))
        .where(MedRecWorksheet.deleted_at.is_(None), MedRecWorksheet.status == "completed")
        .group_by(MedRecWorksheet.patient_id)
    ).all())
    meds: dict[str, list[dt.datetime]] = defaultdict(list)
    mstmt = select(Medication.patient_id, Medication.updated_at).where(
        Medication.deleted_at.is_(None),
        Medication.source != "reconciled",
        func.coalesce(Medication.status, "active").in_(("active", "on-hold")),
    )
    for pid, updated in session.execute(mstmt):
        meds[pid].append(updated)

    for pid, row in rows.items():
        row.key_problems = problems.get(pid, [])
        row.allergies = allergies.get(pid, [])
        row.last_visit = last_visit.get(pid)
        row.next_visit = next_visit.get(pid)
        row.last_discharge = last_discharge.get(pid)
        if row.last_discharge is not None:
            since = now - row.last_discharge
            row.days_since_discharge = since.days
            row.hours_since_discharge = since.total_seconds() / 3600
        row.open_tasks, row.overdue_tasks = tasks.get(pid, (0, 0))
        updates = meds.get(pid, [])
        row.active_meds = len(updates)
        row.last_reconciled = reconciled.get(pid)
        cutoff = row.last_reconciled
        # A med is unreconciled when it changed after the last completed reconciliation, or
        # there has been none; a discharge after the last reconciliation reopens them all.
        if cutoff is None or (row.last_discharge is not None and row.last_discharge > cutoff):
            row.unreconciled_meds = len(updates)
        else:
            row.unreconciled_meds = sum(1 for u in updates if u > cutoff)
    return sorted(rows.values(), key=lambda r: (r.family_name.lower(), r.given_name.lower()))
