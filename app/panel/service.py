"""The panel summary: one row per patient on the nurse's panel, as plain data.

Built with a handful of grouped queries (not one query per patient), so a 5,000-patient panel
loads in well under the time a person notices. No Qt here: the panel view's item model wraps
the rows this returns.
"""

from __future__ import annotations

import datetime as dt
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
    Referral,
    Task,
)

KEY_PROBLEMS = 3
VISIT_KINDS = ("home", "ambulatory", "virtual")
ACTIVE_MED_STATUSES = ("active", "on-hold", None)
OPEN_TASK_STATUSES = ("open", "in_progress")
CLOSED_REFERRAL_STATUSES = ("reviewed", "closed", "cancelled")


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
    days_to_next_visit: int | None = None
    open_referrals: int = 0

    @property
    def recently_discharged(self) -> bool:
        """Discharged within the last 72 hours (the transitions-of-care home-visit window)."""
        return self.hours_since_discharge is not None and self.hours_since_discharge <= 72

    @property
    def visited_since_discharge(self) -> bool:
        return (self.last_discharge is not None and self.last_visit is not None
                and self.last_visit >= self.last_discharge)

    @property
    def needs_transition_visit(self) -> bool:
        """Discharged in the last 72 h and not yet visited: the first call of the day."""
        return self.recently_discharged and not self.visited_since_discharge

    @property
    def visit_due_this_week(self) -> bool:
        return self.days_to_next_visit is not None and self.days_to_next_visit < 7


def age_on(birth: dt.date | None, day: dt.date) -> int | None:
    if birth is None:
        return None
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


SEP = "\x1f"  # unit separator: joins labels inside one SQL row


def _labels(cell: str | None, limit: int | None = None) -> list[str]:
    """Distinct labels from a group_concat cell, in order, at most ``limit``."""
    out: list[str] = []
    for label in (cell or "").split(SEP):
        if label and label not in out:
            out.append(label)
            if limit is not None and len(out) == limit:
                break
    return out


def load_panel(session: Session, *, user_id: str | None = None,
               now: dt.datetime | None = None) -> list[PanelRow]:
    """Every live patient (on ``user_id``'s panel when given), sorted by family name.

    One statement: the patients, left-joined to one grouped subquery per summary column
    (each answered from a covering index), so the database does the counting and Python
    sees one row per patient."""
    now = now or utcnow()
    today = now.astimezone().date()

    problems = (
        select(
            Condition.patient_id.label("pid"),
            func.group_concat(func.coalesce(Condition.code_text, Condition.code_display), SEP)
            .aggregate_order_by(Condition.onset_at.desc()).label("labels"),
        )
        .where(Condition.deleted_at.is_(None), Condition.clinical_status == "active")
        .group_by(Condition.patient_id).subquery()
    )
    allergies = (
        select(Allergy.patient_id.label("pid"),
               func.group_concat(func.coalesce(Allergy.code_text, Allergy.code_display),
                                 SEP).label("labels"))
        .where(Allergy.deleted_at.is_(None),
               func.coalesce(Allergy.clinical_status, "active") == "active")
        .group_by(Allergy.patient_id).subquery()
    )
    live_enc = Encounter.deleted_at.is_(None)
    discharges = (
        select(Encounter.patient_id.label("pid"), func.max(Encounter.end_at).label("at"))
        .where(live_enc, Encounter.kind == "inpatient", Encounter.end_at <= now)
        .group_by(Encounter.patient_id).subquery()
    )
    visits = (
        select(Encounter.patient_id.label("pid"), func.max(Encounter.start_at).label("at"))
        .where(live_enc, Encounter.kind.in_(VISIT_KINDS), Encounter.start_at <= now)
        .group_by(Encounter.patient_id).subquery()
    )
    upcoming = (
        select(Appointment.patient_id.label("pid"), func.min(Appointment.starts_at).label("at"))
        .where(Appointment.deleted_at.is_(None), Appointment.status == "booked",
               Appointment.starts_at >= now)
        .group_by(Appointment.patient_id).subquery()
    )
    tasks = (
        select(Task.patient_id.label("pid"), func.count().label("open"),
               func.count().filter(and_(Task.due_at.is_not(None), Task.due_at < now))
               .label("overdue"))
        .where(Task.deleted_at.is_(None), Task.status.in_(OPEN_TASK_STATUSES))
        .group_by(Task.patient_id).subquery()
    )
    referrals = (
        select(Referral.patient_id.label("pid"), func.count().label("open"))
        .where(Referral.deleted_at.is_(None), Referral.status.not_in(CLOSED_REFERRAL_STATUSES))
        .group_by(Referral.patient_id).subquery()
    )
    reconciled = (
        select(MedRecWorksheet.patient_id.label("pid"),
               func.max(MedRecWorksheet.completed_at).label("at"))
        .where(MedRecWorksheet.deleted_at.is_(None), MedRecWorksheet.status == "completed")
        .group_by(MedRecWorksheet.patient_id).subquery()
    )
    # Active meds, and those changed since the last completed reconciliation.
    meds = (
        select(Medication.patient_id.label("pid"), func.count().label("active"),
               func.count().filter(reconciled.c.at.is_(None)
                                   | (Medication.updated_at > reconciled.c.at)).label("changed"))
        .join(reconciled, reconciled.c.pid == Medication.patient_id, isouter=True)
        .where(Medication.deleted_at.is_(None), Medication.source != "reconciled",
               func.coalesce(Medication.status, "active").in_(("active", "on-hold")))
        .group_by(Medication.patient_id).subquery()
    )
    stmt = (
        select(
            Patient.id, Patient.given_name, Patient.family_name, Patient.birth_date,
            Patient.sex, Patient.mrn, Patient.language, Patient.risk_level,
            problems.c.labels, allergies.c.labels, visits.c.at, upcoming.c.at,
            discharges.c.at, tasks.c.open, tasks.c.overdue, meds.c.active, meds.c.changed,
            reconciled.c.at, referrals.c.open,
        )
        .outerjoin(problems, problems.c.pid == Patient.id)
        .outerjoin(allergies, allergies.c.pid == Patient.id)
        .outerjoin(visits, visits.c.pid == Patient.id)
        .outerjoin(upcoming, upcoming.c.pid == Patient.id)
        .outerjoin(discharges, discharges.c.pid == Patient.id)
        .outerjoin(tasks, tasks.c.pid == Patient.id)
        .outerjoin(meds, meds.c.pid == Patient.id)
        .outerjoin(reconciled, reconciled.c.pid == Patient.id)
        .outerjoin(referrals, referrals.c.pid == Patient.id)
        .where(Patient.deleted_at.is_(None), Patient.deceased.is_(False))
    )
    if user_id is not None:
        members = select(PanelMembership.patient_id).where(
            PanelMembership.user_id == user_id,
            PanelMembership.deleted_at.is_(None),
            PanelMembership.until.is_(None),
        )
        stmt = stmt.where(Patient.id.in_(members))

    out: list[PanelRow] = []
    # Core execution on the session's connection: plain rows, no ORM loading machinery.
    for (pid, given, family, birth, sex, mrn, lang, risk, problem_labels, allergy_labels,
         last_visit, next_visit, last_discharge, n_open, n_overdue, n_active, n_changed,
         last_reconciled, n_referrals) in session.connection().execute(stmt).all():
        row = PanelRow(
            patient_id=pid, name=f"{family}, {given}", family_name=family, given_name=given,
            birth_date=birth, age=age_on(birth, today), sex=sex, mrn=mrn, language=lang,
            risk_level=risk, key_problems=_labels(problem_labels, KEY_PROBLEMS),
            allergies=_labels(allergy_labels), last_visit=last_visit, next_visit=next_visit,
            last_discharge=last_discharge, open_tasks=n_open or 0,
            overdue_tasks=n_overdue or 0, active_meds=n_active or 0,
            last_reconciled=last_reconciled, open_referrals=n_referrals or 0,
        )
        if next_visit is not None:
            row.days_to_next_visit = (next_visit.astimezone().date() - today).days
        if last_discharge is not None:
            since = now - last_discharge
            row.days_since_discharge = since.days
            row.hours_since_discharge = since.total_seconds() / 3600
        # A discharge after the last reconciliation reopens every med on the list.
        if last_reconciled is None or (
            last_discharge is not None and last_discharge > last_reconciled
        ):
            row.unreconciled_meds = row.active_meds
        else:
            row.unreconciled_meds = n_changed or 0
        out.append(row)
    out.sort(key=lambda r: (r.family_name.lower(), r.given_name.lower()))
    return out
