"""The data model of a nurse coordinator's panel.

Plain typed SQLAlchemy 2.x models. Every clinical row carries :class:`SyncMixin` (UUID key,
version, who/when/which device, tombstone). Rows that come from outside systems keep the
source resource id in ``fhir_id`` so a re-import updates instead of duplicating; coded data
keeps its code system beside the display text (:class:`CodedMixin`).

Status and kind values are plain strings checked against the tuples below (the FHIR value sets
where one exists), so a value from a newer server never makes an old client crash on load.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Boolean, Date, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, CodedMixin, SyncMixin

# Value sets (kept here, next to the columns that use them).
MEDICATION_SOURCES = (
    "ehr",  # an order in the EHR (FHIR MedicationRequest)
    "discharge",  # hospital discharge medication list
    "pharmacy",  # pharmacy fill history
    "pcp",  # primary-care list
    "patient",  # patient or caregiver interview
    "bottle",  # bottles on the kitchen table
    "reconciled",  # the nurse's reconciled list
)
ENCOUNTER_KINDS = ("inpatient", "emergency", "ambulatory", "home", "virtual", "other")
TASK_STATUSES = ("open", "in_progress", "done", "cancelled")
REFERRAL_STATUSES = (
    "draft", "sent", "scheduled", "seen", "report_received", "reviewed", "closed", "cancelled",
)
NOTE_STATUSES = ("draft", "signed")
SCREENING_ANSWERS = ("positive", "negative", "declined", "unknown")
TRANSITION_STATUSES = ("open", "completed", "cancelled")
TRANSITION_COMPLEXITIES = ("moderate", "high")  # CMS TCM medical decision making
RESULT_STATUSES = ("ordered", "resulted", "acknowledged", "closed", "cancelled")
ADHERENCE_LEVELS = ("adherent", "partial", "not_adherent", "not_assessed")
GOAL_PROGRESS = ("met", "progressing", "not_met", "not_assessed")
TIME_PROGRAMS = ("CCM", "PCM", "TCM", "other")  # care-management billing programs


def _patient_fk() -> Mapped[str]:
    return mapped_column(ForeignKey("patients.id"), index=True)


class StoreMeta(Base):
    """Key/value facts about the store itself (schema generation, store id, device id)."""

    __tablename__ = "store_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class User(SyncMixin, Base):
    """A nurse or other user of a device."""

    __tablename__ = "users"
    username: Mapped[str] = mapped_column(String(120), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(40), default="nurse")
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))


class Device(SyncMixin, Base):
    __tablename__ = "devices"
    name: Mapped[str] = mapped_column(String(200))
    user_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    enrolled_at: Mapped[dt.datetime | None]


class Patient(SyncMixin, Base):
    __tablename__ = "patients"
    fhir_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    mrn: Mapped[str | None] = mapped_column(String(64), index=True)
    given_name: Mapped[str] = mapped_column(String(200))
    family_name: Mapped[str] = mapped_column(String(200))
    name_prefix: Mapped[str | None] = mapped_column(String(40))
    name_suffix: Mapped[str | None] = mapped_column(String(40))
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    sex: Mapped[str | None] = mapped_column(String(20))  # FHIR administrative gender
    deceased_at: Mapped[dt.datetime | None]
    deceased: Mapped[bool] = mapped_column(Boolean, default=False)
    language: Mapped[str | None] = mapped_column(String(35))  # BCP-47, e.g. "en-US", "es"
    language_display: Mapped[str | None] = mapped_column(String(100))
    interpreter_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    address_line: Mapped[str | None] = mapped_column(String(300))
    city: Mapped[str | None] = mapped_column(String(120))
    state: Mapped[str | None] = mapped_column(String(60))
    postal_code: Mapped[str | None] = mapped_column(String(20))
    country: Mapped[str | None] = mapped_column(String(60))
    marital_status: Mapped[str | None] = mapped_column(String(60))
    pcp_name: Mapped[str | None] = mapped_column(String(200))
    pcp_phone: Mapped[str | None] = mapped_column(String(40))
    code_status: Mapped[str | None] = mapped_column(String(60))  # e.g. "Full code", "DNR"
    risk_level: Mapped[str | None] = mapped_column(String(20))  # low | medium | high
    extra: Mapped[dict[str, Any] | None] = mapped_column(default=None)  # source fields kept

    identifiers: Mapped[list[PatientIdentifier]] = relationship(
        back_populates="patient", cascade="all, delete-orphan"
    )
    contacts: Mapped[list[PatientContact]] = relationship(
        back_populates="patient", cascade="all, delete-orphan"
    )

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()


class PatientIdentifier(SyncMixin, Base):
    __tablename__ = "patient_identifiers"
    patient_id: Mapped[str] = _patient_fk()
    system: Mapped[str | None] = mapped_column(String(200))
    value: Mapped[str] = mapped_column(String(120))
    type_code: Mapped[str | None] = mapped_column(String(20))  # v2-0203: MR, SS, DL, PPN...
    type_text: Mapped[str | None] = mapped_column(String(120))
    patient: Mapped[Patient] = relationship(back_populates="identifiers")


class PatientContact(SyncMixin, Base):
    """A caregiver, emergency contact or next of kin."""

    __tablename__ = "patient_contacts"
    patient_id: Mapped[str] = _patient_fk()
    name: Mapped[str] = mapped_column(String(200))
    relationship_: Mapped[str | None] = mapped_column("relationship", String(80))
    phone: Mapped[str | None] = mapped_column(String(40))
    is_caregiver: Mapped[bool] = mapped_column(Boolean, default=False)
    is_emergency: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str | None] = mapped_column(Text)
    patient: Mapped[Patient] = relationship(back_populates="contacts")


class PanelMembership(SyncMixin, Base):
    """A patient on a nurse's panel, from ``since`` until ``until`` (open while None)."""

    __tablename__ = "panel_memberships"
    patient_id: Mapped[str] = _patient_fk()
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    since: Mapped[dt.datetime]
    until: Mapped[dt.datetime | None]


class Allergy(SyncMixin, CodedMixin, Base):
    __tablename__ = "allergies"
    __table_args__ = (
        Index("ix_allergies_panel", "patient_id", "deleted_at", "clinical_status", "code_text", "code_display"),  # panel summary
    )
    patient_id: Mapped[str] = _patient_fk()
    fhir_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    clinical_status: Mapped[str | None] = mapped_column(String(20))  # active|inactive|resolved
    verification_status: Mapped[str | None] = mapped_column(String(20))
    type: Mapped[str | None] = mapped_column(String(20))  # allergy | intolerance
    category: Mapped[str | None] = mapped_column(String(20))  # food|medication|environment|biologic
    criticality: Mapped[str | None] = mapped_column(String(20))  # low|high|unable-to-assess
    reaction: Mapped[str | None] = mapped_column(String(500))
    severity: Mapped[str | None] = mapped_column(String(20))  # mild|moderate|severe
    onset_at: Mapped[dt.datetime | None]
    recorded_at: Mapped[dt.datetime | None]


class Condition(SyncMixin, CodedMixin, Base):
    __tablename__ = "conditions"
    __table_args__ = (
        Index("ix_conditions_panel", "patient_id", "clinical_status", "deleted_at", "onset_at", "code_text", "code_display"),  # panel summary
    )
    patient_id: Mapped[str] = _patient_fk()
    fhir_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    encounter_id: Mapped[str | None] = mapped_column(ForeignKey("encounters.id"))
    clinical_status: Mapped[str | None] = mapped_column(String(20))  # active|resolved|...
    verification_status: Mapped[str | None] = mapped_column(String(20))
    category: Mapped[str | None] = mapped_column(String(40))  # problem-list-item|encounter-diag.
    onset_at: Mapped[dt.datetime | None]
    abatement_at: Mapped[dt.datetime | None]
    recorded_at: Mapped[dt.datetime | None]


class Medication(SyncMixin, CodedMixin, Base):
    """One entry on one medication list: as prescribed (orders, discharge, pharmacy) or as
    actually taken (patient, bottle), told apart by ``source``."""

    __tablename__ = "medications"
    __table_args__ = (
        Index("ix_medications_panel", "patient_id", "deleted_at", "source", "status", "updated_at"),  # panel summary
    )
    patient_id: Mapped[str] = _patient_fk()
    fhir_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    source: Mapped[str] = mapped_column(String(20), default="ehr")  # MEDICATION_SOURCES
    encounter_id: Mapped[str | None] = mapped_column(ForeignKey("encounters.id"))
    status: Mapped[str | None] = mapped_column(String(20))  # active|stopped|completed|on-hold...
    intent: Mapped[str | None] = mapped_column(String(20))
    sig: Mapped[str | None] = mapped_column(Text)  # the instructions as written
    dose_quantity: Mapped[float | None] = mapped_column(Float)
    dose_unit: Mapped[str | None] = mapped_column(String(40))
    route: Mapped[str | None] = mapped_column(String(60))
    frequency: Mapped[int | None] = mapped_column(Integer)  # times per period
    period: Mapped[float | None] = mapped_column(Float)
    period_unit: Mapped[str | None] = mapped_column(String(10))  # s|min|h|d|wk|mo|a
    as_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    as_needed_reason: Mapped[str | None] = mapped_column(String(200))
    reason: Mapped[str | None] = mapped_column(String(300))
    authored_at: Mapped[dt.datetime | None]
    start_at: Mapped[dt.datetime | None]
    end_at: Mapped[dt.datetime | None]
    prescriber: Mapped[str | None] = mapped_column(String(200))
    taking: Mapped[bool | None] = mapped_column(Boolean)  # for "actual" lists: really taken?
    dosage: Mapped[list[Any] | None] = mapped_column(default=None)  # full FHIR dosage kept


class Encounter(SyncMixin, CodedMixin, Base):
    """Visits and hospital stays: admissions, discharges, ED visits, home visits."""

    __tablename__ = "encounters"
    __table_args__ = (
        Index("ix_encounters_panel", "patient_id", "kind", "deleted_at", "start_at", "end_at"),  # panel summary
    )
    patient_id: Mapped[str] = _patient_fk()
    fhir_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(20), default="other")  # ENCOUNTER_KINDS
    class_code: Mapped[str | None] = mapped_column(String(20))  # v3 ActCode: IMP, EMER, AMB, HH
    status: Mapped[str | None] = mapped_column(String(20))
    start_at: Mapped[dt.datetime | None] = mapped_column(index=True)
    end_at: Mapped[dt.datetime | None]
    reason: Mapped[str | None] = mapped_column(String(300))
    reason_code: Mapped[str | None] = mapped_column(String(64))
    reason_system: Mapped[str | None] = mapped_column(String(200))
    facility: Mapped[str | None] = mapped_column(String(200))
    practitioner: Mapped[str | None] = mapped_column(String(200))
    discharge_disposition: Mapped[str | None] = mapped_column(String(120))


class Observation(SyncMixin, CodedMixin, Base):
    """Vitals, labs, survey scores. Panels such as blood pressure keep their parts in
    ``components``, each ``{"system", "code", "display", "value", "unit"}`` (one format for
    the importer, the demo and the views)."""

    __tablename__ = "observations"
    __table_args__ = (Index("ix_observations_patient_code", "patient_id", "code"),)
    patient_id: Mapped[str] = _patient_fk()
    fhir_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    encounter_id: Mapped[str | None] = mapped_column(ForeignKey("encounters.id"))
    category: Mapped[str | None] = mapped_column(String(40))  # vital-signs|laboratory|survey...
    status: Mapped[str | None] = mapped_column(String(20))
    effective_at: Mapped[dt.datetime | None]
    value_quantity: Mapped[float | None] = mapped_column(Float)
    value_unit: Mapped[str | None] = mapped_column(String(40))
    value_text: Mapped[str | None] = mapped_column(Text)
    value_code: Mapped[str | None] = mapped_column(String(64))
    value_code_system: Mapped[str | None] = mapped_column(String(200))
    interpretation: Mapped[str | None] = mapped_column(String(20))  # H, L, N, A...
    reference_low: Mapped[float | None] = mapped_column(Float)
    reference_high: Mapped[float | None] = mapped_column(Float)
    components: Mapped[list[Any] | None] = mapped_column(default=None)
    # who measured it: None/"clinician" (chart data), "patient", "caregiver" or "device"
    # (remote monitoring: patient-reported readings)
    reported_by: Mapped[str | None] = mapped_column(String(20))


class Immunization(SyncMixin, CodedMixin, Base):
    __tablename__ = "immunizations"
    patient_id: Mapped[str] = _patient_fk()
    fhir_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    encounter_id: Mapped[str | None] = mapped_column(ForeignKey("encounters.id"))
    status: Mapped[str | None] = mapped_column(String(20))
    occurred_at: Mapped[dt.datetime | None]


class Procedure(SyncMixin, CodedMixin, Base):
    __tablename__ = "procedures"
    patient_id: Mapped[str] = _patient_fk()
    fhir_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    encounter_id: Mapped[str | None] = mapped_column(ForeignKey("encounters.id"))
    status: Mapped[str | None] = mapped_column(String(20))
    performed_start: Mapped[dt.datetime | None]
    performed_end: Mapped[dt.datetime | None]
    reason: Mapped[str | None] = mapped_column(String(300))


class CarePlan(SyncMixin, CodedMixin, Base):
    __tablename__ = "care_plans"
    patient_id: Mapped[str] = _patient_fk()
    fhir_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    encounter_id: Mapped[str | None] = mapped_column(ForeignKey("encounters.id"))
    title: Mapped[str | None] = mapped_column(String(300))
    status: Mapped[str | None] = mapped_column(String(20))
    intent: Mapped[str | None] = mapped_column(String(20))
    description: Mapped[str | None] = mapped_column(Text)
    period_start: Mapped[dt.datetime | None]
    period_end: Mapped[dt.datetime | None]
    activities: Mapped[list[Any] | None] = mapped_column(default=None)
    addresses: Mapped[list[Any] | None] = mapped_column(default=None)  # condition ids


class Goal(SyncMixin, CodedMixin, Base):
    """A care-plan goal with an optional measurable target (e.g. A1c < 8 %)."""

    __tablename__ = "goals"
    patient_id: Mapped[str] = _patient_fk()
    fhir_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    care_plan_id: Mapped[str | None] = mapped_column(ForeignKey("care_plans.id"))
    description: Mapped[str] = mapped_column(Text)
    lifecycle_status: Mapped[str | None] = mapped_column(String(20))
    achievement_status: Mapped[str | None] = mapped_column(String(30))
    target_code: Mapped[str | None] = mapped_column(String(64))  # e.g. LOINC of the measure
    target_code_system: Mapped[str | None] = mapped_column(String(200))
    target_low: Mapped[float | None] = mapped_column(Float)
    target_high: Mapped[float | None] = mapped_column(Float)
    target_unit: Mapped[str | None] = mapped_column(String(40))
    target_text: Mapped[str | None] = mapped_column(String(200))
    due_date: Mapped[dt.date | None] = mapped_column(Date)


class Task(SyncMixin, Base):
    __tablename__ = "tasks"
    __table_args__ = (
        Index("ix_tasks_panel", "patient_id", "status", "deleted_at", "due_at"),  # panel summary
    )
    patient_id: Mapped[str | None] = mapped_column(ForeignKey("patients.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="open")  # TASK_STATUSES
    priority: Mapped[str] = mapped_column(String(10), default="routine")  # routine|urgent|stat
    due_at: Mapped[dt.datetime | None] = mapped_column(index=True)
    assignee_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    completed_at: Mapped[dt.datetime | None]
    origin: Mapped[str | None] = mapped_column(String(60))  # e.g. "transition", "referral"
    origin_id: Mapped[str | None] = mapped_column(String(36))
    escalated_at: Mapped[dt.datetime | None]  # set when a missed deadline was escalated


class Referral(SyncMixin, Base):
    """A referral tracked until the loop closes (report received and reviewed)."""

    __tablename__ = "referrals"
    patient_id: Mapped[str] = _patient_fk()
    kind: Mapped[str] = mapped_column(String(20), default="clinical")  # clinical | community
    to_name: Mapped[str] = mapped_column(String(200))
    to_specialty: Mapped[str | None] = mapped_column(String(120))
    to_phone: Mapped[str | None] = mapped_column(String(40))
    to_fax: Mapped[str | None] = mapped_column(String(40))
    to_address: Mapped[str | None] = mapped_column(String(300))
    reason: Mapped[str] = mapped_column(Text)
    priority: Mapped[str] = mapped_column(String(10), default="routine")
    status: Mapped[str] = mapped_column(String(20), default="draft")  # REFERRAL_STATUSES
    sent_at: Mapped[dt.datetime | None]
    scheduled_for: Mapped[dt.datetime | None]
    seen_at: Mapped[dt.datetime | None]
    report_received_at: Mapped[dt.datetime | None]
    reviewed_at: Mapped[dt.datetime | None]
    closed_at: Mapped[dt.datetime | None]
    notes: Mapped[str | None] = mapped_column(Text)
    # community referrals: the social-needs domain addressed (housing, food, transportation...)
    need_domain: Mapped[str | None] = mapped_column(String(30))


class Appointment(SyncMixin, Base):
    __tablename__ = "appointments"
    __table_args__ = (
        Index("ix_appointments_panel", "patient_id", "status", "deleted_at", "starts_at"),  # panel summary
    )
    patient_id: Mapped[str] = _patient_fk()
    referral_id: Mapped[str | None] = mapped_column(ForeignKey("referrals.id"))
    starts_at: Mapped[dt.datetime] = mapped_column(index=True)
    ends_at: Mapped[dt.datetime | None]
    kind: Mapped[str] = mapped_column(String(30), default="home_visit")
    location: Mapped[str | None] = mapped_column(String(300))
    with_whom: Mapped[str | None] = mapped_column(String(200))
    purpose: Mapped[str | None] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(20), default="booked")  # booked|fulfilled|...


class VisitNote(SyncMixin, Base):
    """A visit note: a draft, then signed (immutable forever). Corrections are addenda: new
    notes with ``amends_note_id`` pointing at the signed note."""

    __tablename__ = "visit_notes"
    patient_id: Mapped[str] = _patient_fk()
    encounter_id: Mapped[str | None] = mapped_column(ForeignKey("encounters.id"))
    author_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    template: Mapped[str] = mapped_column(String(60), default="home_visit")
    status: Mapped[str] = mapped_column(String(10), default="draft")  # NOTE_STATUSES
    visit_at: Mapped[dt.datetime | None]
    sections: Mapped[dict[str, Any]] = mapped_column(default=dict)
    signed_at: Mapped[dt.datetime | None]
    signed_by: Mapped[str | None] = mapped_column(String(64))
    content_hash: Mapped[str | None] = mapped_column(String(64))
    amends_note_id: Mapped[str | None] = mapped_column(ForeignKey("visit_notes.id"))


class SocialNeedsScreening(SyncMixin, Base):
    """A social-needs screening (AHC HRSN or PRAPARE): the core domains as answers, plus the
    full item responses and the instrument's score."""

    __tablename__ = "social_needs_screenings"
    patient_id: Mapped[str] = _patient_fk()
    instrument: Mapped[str] = mapped_column(String(30), default="AHC-HRSN")
    screened_at: Mapped[dt.datetime]
    housing: Mapped[str] = mapped_column(String(10), default="unknown")  # SCREENING_ANSWERS
    food: Mapped[str] = mapped_column(String(10), default="unknown")
    transportation: Mapped[str] = mapped_column(String(10), default="unknown")
    utilities: Mapped[str] = mapped_column(String(10), default="unknown")
    safety: Mapped[str] = mapped_column(String(10), default="unknown")
    responses: Mapped[dict[str, Any] | None] = mapped_column(default=None)
    score: Mapped[int | None] = mapped_column(Integer)


class CommunicationLogEntry(SyncMixin, Base):
    """A call, message or handoff; handoffs may be written as SBAR."""

    __tablename__ = "communication_log"
    patient_id: Mapped[str] = _patient_fk()
    occurred_at: Mapped[dt.datetime] = mapped_column(index=True)
    direction: Mapped[str] = mapped_column(String(10), default="outgoing")  # incoming|outgoing
    channel: Mapped[str] = mapped_column(String(20), default="phone")  # phone|message|fax|...
    party_name: Mapped[str | None] = mapped_column(String(200))
    party_role: Mapped[str | None] = mapped_column(String(80))  # patient|caregiver|PCP|...
    summary: Mapped[str] = mapped_column(Text)
    outcome: Mapped[str | None] = mapped_column(String(200))
    sbar: Mapped[dict[str, Any] | None] = mapped_column(default=None)


class MedRecWorksheet(SyncMixin, Base):
    """A medication reconciliation session: the lists compared, the discrepancies found and the
    decisions taken (filled in by the med rec feature)."""

    __tablename__ = "medrec_worksheets"
    patient_id: Mapped[str] = _patient_fk()
    encounter_id: Mapped[str | None] = mapped_column(ForeignKey("encounters.id"))
    status: Mapped[str] = mapped_column(String(20), default="in_progress")  # |completed
    started_at: Mapped[dt.datetime]
    completed_at: Mapped[dt.datetime | None]
    sources: Mapped[list[Any]] = mapped_column(default=list)
    discrepancies: Mapped[list[Any]] = mapped_column(default=list)
    decisions: Mapped[list[Any]] = mapped_column(default=list)
    notes: Mapped[str | None] = mapped_column(Text)


class ReconciledListSnapshot(SyncMixin, Base):
    """The reconciled list as it stood when a worksheet was completed; never edited."""

    __tablename__ = "reconciled_list_snapshots"
    patient_id: Mapped[str] = _patient_fk()
    worksheet_id: Mapped[str] = mapped_column(ForeignKey("medrec_worksheets.id"), index=True)
    taken_at: Mapped[dt.datetime]
    items: Mapped[list[Any]] = mapped_column(default=list)


class EducationRecord(SyncMixin, Base):
    """Patient education given at a visit: the handouts printed or saved for the patient
    (``items``: ``[{"kind", "name", "title", "lang", "large_print", "version", "pages"}]``),
    linked to the visit note being written then (``note_id``, when there was a draft). The
    teach-back itself is documented in that note's Education section."""

    __tablename__ = "education_records"
    patient_id: Mapped[str] = _patient_fk()
    note_id: Mapped[str | None] = mapped_column(ForeignKey("visit_notes.id"), index=True)
    given_at: Mapped[dt.datetime]
    given_by: Mapped[str | None] = mapped_column(String(64))
    how: Mapped[str] = mapped_column(String(10), default="printed")  # printed | saved
    items: Mapped[list[Any]] = mapped_column(default=list)


class CareTransition(SyncMixin, Base):
    """A hospital discharge followed through transitional care (CMS TCM, CPT 99495/99496):
    an interactive contact within 2 business days, a home visit within 48-72 hours, and a
    face-to-face visit within 14 days (moderate complexity) or 7 days (high complexity).
    ``lace_components`` keeps each LACE part (``{"L": .., "A": .., "C": .., "E": ..}``)."""

    __tablename__ = "care_transitions"
    patient_id: Mapped[str] = _patient_fk()
    encounter_id: Mapped[str | None] = mapped_column(ForeignKey("encounters.id"), index=True)
    discharged_at: Mapped[dt.datetime] = mapped_column(index=True)
    facility: Mapped[str | None] = mapped_column(String(200))
    diagnosis: Mapped[str | None] = mapped_column(String(300))
    complexity: Mapped[str] = mapped_column(String(10), default="moderate")
    lace_score: Mapped[int | None] = mapped_column(Integer)
    lace_components: Mapped[dict[str, Any] | None] = mapped_column(default=None)
    contact_due_at: Mapped[dt.datetime | None]
    contact_at: Mapped[dt.datetime | None]
    contact_outcome: Mapped[str | None] = mapped_column(String(200))
    home_visit_due_at: Mapped[dt.datetime | None]
    home_visit_at: Mapped[dt.datetime | None]
    followup_due_at: Mapped[dt.datetime | None]
    followup_at: Mapped[dt.datetime | None]
    status: Mapped[str] = mapped_column(String(12), default="open")  # TRANSITION_STATUSES
    closed_at: Mapped[dt.datetime | None]
    notes: Mapped[str | None] = mapped_column(Text)


class ResultTracking(SyncMixin, Base):
    """An ordered test followed until its result is acknowledged by the responsible
    clinician and the patient has been told (closing the loop)."""

    __tablename__ = "result_trackings"
    patient_id: Mapped[str] = _patient_fk()
    test_name: Mapped[str] = mapped_column(String(200))
    test_code: Mapped[str | None] = mapped_column(String(64))  # LOINC
    test_code_system: Mapped[str | None] = mapped_column(String(200))
    ordered_at: Mapped[dt.datetime]
    ordered_by: Mapped[str | None] = mapped_column(String(200))
    expected_by: Mapped[dt.datetime | None]
    responsible: Mapped[str | None] = mapped_column(String(200))  # who must acknowledge
    observation_id: Mapped[str | None] = mapped_column(ForeignKey("observations.id"))
    resulted_at: Mapped[dt.datetime | None]
    result_summary: Mapped[str | None] = mapped_column(Text)
    abnormal: Mapped[bool | None] = mapped_column(Boolean)
    acknowledged_at: Mapped[dt.datetime | None]
    acknowledged_by: Mapped[str | None] = mapped_column(String(200))
    patient_informed_at: Mapped[dt.datetime | None]
    patient_informed_how: Mapped[str | None] = mapped_column(String(60))
    status: Mapped[str] = mapped_column(String(15), default="ordered")  # RESULT_STATUSES
    notes: Mapped[str | None] = mapped_column(Text)


class CarePlanReview(SyncMixin, Base):
    """Adherence to a care plan and progress on a goal, recorded at a visit."""

    __tablename__ = "care_plan_reviews"
    patient_id: Mapped[str] = _patient_fk()
    care_plan_id: Mapped[str | None] = mapped_column(ForeignKey("care_plans.id"), index=True)
    goal_id: Mapped[str | None] = mapped_column(ForeignKey("goals.id"), index=True)
    note_id: Mapped[str | None] = mapped_column(ForeignKey("visit_notes.id"))
    reviewed_at: Mapped[dt.datetime]
    adherence: Mapped[str] = mapped_column(String(15), default="not_assessed")
    goal_progress: Mapped[str] = mapped_column(String(15), default="not_assessed")
    measured_value: Mapped[float | None] = mapped_column(Float)
    measured_unit: Mapped[str | None] = mapped_column(String(40))
    comment: Mapped[str | None] = mapped_column(Text)


class CareGapExclusion(SyncMixin, Base):
    """A care-gap rule that does not apply to a patient (declined, contraindicated, done
    elsewhere), until an optional date."""

    __tablename__ = "care_gap_exclusions"
    patient_id: Mapped[str] = _patient_fk()
    rule_id: Mapped[str] = mapped_column(String(60))
    reason: Mapped[str] = mapped_column(String(30))  # declined|contraindicated|done_elsewhere|...
    recorded_at: Mapped[dt.datetime]
    until: Mapped[dt.date | None] = mapped_column(Date)
    comment: Mapped[str | None] = mapped_column(Text)


class MonitoringThreshold(SyncMixin, Base):
    """A per-patient alert rule on patient-reported readings, e.g. heart-failure weight gain
    (``measure`` "weight", ``rule`` "gain_1d", ``value`` 1.0, ``unit`` "kg")."""

    __tablename__ = "monitoring_thresholds"
    patient_id: Mapped[str] = _patient_fk()
    measure: Mapped[str] = mapped_column(String(30))  # weight|systolic_bp|glucose|...
    rule: Mapped[str] = mapped_column(String(12))  # above|below|gain_1d|gain_7d
    value: Mapped[float] = mapped_column(Float)
    unit: Mapped[str | None] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    source: Mapped[str | None] = mapped_column(String(300))  # the guideline behind it


class TimeEntry(SyncMixin, Base):
    """Minutes of care-management work for one patient (CCM/PCM/TCM billing)."""

    __tablename__ = "time_entries"
    patient_id: Mapped[str] = _patient_fk()
    user_id: Mapped[str | None] = mapped_column(String(64))
    started_at: Mapped[dt.datetime] = mapped_column(index=True)
    minutes: Mapped[int] = mapped_column(Integer)
    activity: Mapped[str] = mapped_column(String(40), default="care_coordination")
    program: Mapped[str] = mapped_column(String(10), default="CCM")  # TIME_PROGRAMS
    comment: Mapped[str | None] = mapped_column(Text)


class SatisfactionSurvey(SyncMixin, Base):
    """A patient-experience questionnaire the nurse records (items and score)."""

    __tablename__ = "satisfaction_surveys"
    patient_id: Mapped[str] = _patient_fk()
    surveyed_at: Mapped[dt.datetime] = mapped_column(index=True)
    instrument: Mapped[str] = mapped_column(String(40))
    responses: Mapped[dict[str, Any]] = mapped_column(default=dict)
    score: Mapped[float | None] = mapped_column(Float)
    max_score: Mapped[float | None] = mapped_column(Float)


class AuditEntry(Base):
    """Append-only, hash-chained record of every write: who, what entity, when, which device.

    Holds ids only, never clinical values. ``hash`` = SHA-256 over the previous entry's hash and
    this entry's fields, so editing or removing an entry breaks the chain (see
    :func:`app.models.audit.verify_chain`)."""

    __tablename__ = "audit_log"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime]
    user_id: Mapped[str] = mapped_column(String(64))
    device_id: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(10))  # insert | update | delete
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[str] = mapped_column(String(64))
    entity_version: Mapped[int | None] = mapped_column(Integer)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


SYNCED_MODELS: tuple[type[SyncMixin], ...] = (
    User, Device, Patient, PatientIdentifier, PatientContact, PanelMembership, Allergy,
    Condition, Medication, Encounter, Observation, Immunization, Procedure, CarePlan, Goal,
    Task, Referral, Appointment, VisitNote, SocialNeedsScreening, CommunicationLogEntry,
    MedRecWorksheet, ReconciledListSnapshot, EducationRecord, CareTransition, ResultTracking,
    CarePlanReview, CareGapExclusion, MonitoringThreshold, TimeEntry, SatisfactionSurvey,
)
