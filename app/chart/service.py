"""One patient's chart as plain data: header, problems, medications, vitals and labs, encounters,
care plans and goals, referrals, tasks, notes, social-needs screenings and the communication log.

:func:`load_chart` reads everything with one column-only query per section (no ORM objects, no
per-row queries), leaves tombstoned rows out, and returns frozen-in-time dataclasses the chart
view displays as they are. No Qt here. Times stay timezone-aware UTC; views show local time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from app.models.base import utcnow
from app.models.entities import (
    Allergy,
    Appointment,
    CarePlan,
    CommunicationLogEntry,
    Condition,
    Encounter,
    Goal,
    Medication,
    Observation,
    Patient,
    PatientContact,
    Referral,
    SocialNeedsScreening,
    Task,
    User,
    VisitNote,
)
from app.models.errors import InputError
from app.panel.service import age_on

# -- value sets and display words -----------------------------------------------------------------

PRESCRIBED_SOURCES = ("ehr", "discharge", "pharmacy", "pcp")
TAKEN_SOURCES = ("patient", "bottle")
RECONCILED_SOURCES = ("reconciled",)
SOURCE_TITLES = {
    "ehr": "EHR orders",
    "discharge": "Hospital discharge list",
    "pharmacy": "Pharmacy fills",
    "pcp": "Primary care list",
    "patient": "Patient or caregiver report",
    "bottle": "Bottles in the home",
    "reconciled": "Reconciled list",
}
CURRENT_MED_STATUSES = ("active", "on-hold", "intended", None)
OPEN_TASK_STATUSES = ("open", "in_progress")
CLOSED_REFERRAL_STATUSES = ("closed", "cancelled")
SCREENING_DOMAINS = ("housing", "food", "transportation", "utilities", "safety")
HOSPITAL_KINDS = ("inpatient", "emergency")
ERROR_STATUSES = ("entered-in-error",)

# SNOMED CT "no known ..." allergy concepts: a recorded absence, not an allergy.
NO_KNOWN_ALLERGY_CODES = frozenset({"716186003", "409137002", "429625007", "428607008",
                                    "428197003"})

LOINC_SYSTOLIC = "8480-6"
LOINC_DIASTOLIC = "8462-4"
BP_PANEL_CODES = frozenset({"85354-9", "55284-4", "35094-2"})

# Short names for the measures a community nurse looks at most (LOINC displays are long).
SHORT_LABELS = {
    "85354-9": "Blood pressure", "55284-4": "Blood pressure", "35094-2": "Blood pressure",
    LOINC_SYSTOLIC: "Systolic", LOINC_DIASTOLIC: "Diastolic",
    "8867-4": "Heart rate", "9279-1": "Respiratory rate",
    "59408-5": "Oxygen saturation (SpO₂)", "2708-6": "Oxygen saturation (SpO₂)",
    "8310-5": "Temperature", "8331-1": "Temperature (oral)",
    "29463-7": "Weight", "8302-2": "Height", "39156-5": "Body mass index (BMI)",
    "72514-3": "Pain (0–10)",
    "4548-4": "Hemoglobin A1c", "62238-1": "eGFR", "33914-3": "eGFR",
    "2160-0": "Creatinine", "38483-4": "Creatinine", "6298-4": "Potassium",
    "2823-3": "Potassium", "2951-2": "Sodium", "2947-0": "Sodium", "2339-0": "Glucose",
    "2345-7": "Glucose", "6301-6": "INR", "30934-4": "BNP", "33762-6": "NT-proBNP",
    "44261-6": "PHQ-9 score", "718-7": "Hemoglobin", "2093-3": "Total cholesterol",
    "18262-6": "LDL cholesterol", "2085-9": "HDL cholesterol", "2571-8": "Triglycerides",
    "6299-2": "Urea nitrogen (BUN)", "49765-1": "Calcium", "2069-3": "Chloride",
    "20565-8": "Carbon dioxide", "72166-2": "Tobacco smoking status",
}
# The order of vitals in the summary (others follow by name).
VITALS_ORDER = ("85354-9", "55284-4", "35094-2", "8867-4", "9279-1", "59408-5", "2708-6",
                "8310-5", "8331-1", "29463-7", "39156-5", "72514-3")
CATEGORY_ORDER = {"vital-signs": 0, "laboratory": 1, "survey": 2}
CATEGORY_LABELS = {"vital-signs": "Vital sign", "laboratory": "Lab", "survey": "Survey",
                   "social-history": "Social history", "procedure": "Procedure",
                   "exam": "Exam", "imaging": "Imaging", "therapy": "Therapy",
                   "activity": "Activity"}
UNIT_LABELS = {"mm[Hg]": "mmHg", "Cel": "°C", "[degF]": "°F", "kg/m2": "kg/m²",
               "{score}": "", "{INR}": "", "{beats}/min": "/min", "{breaths}/min": "/min",
               "/min": "/min", "1": "", "{nominal}": "", "mL/min/{1.73_m2}": "mL/min/1.73 m²",
               "mL/min/1.73m2": "mL/min/1.73 m²", "10*3/uL": "×10³/µL",
               "10*6/uL": "×10⁶/µL", "ug/dL": "µg/dL", "uL": "µL"}


def unit_label(unit: str | None) -> str:
    """A UCUM unit as a person writes it ("mm[Hg]" -> "mmHg"; "{score}" -> "")."""
    if not unit:
        return ""
    return UNIT_LABELS.get(unit, unit)


def fmt_number(value: float) -> str:
    """A measured value at a reading precision: 140.0 -> "140", 115.483 -> "115",
    82.953 -> "83", 7.25 -> "7.25", 3.206 -> "3.21", 0.932 -> "0.932"."""
    size = abs(value)
    digits = 0 if size >= 100 else 1 if size >= 10 else 2 if size >= 1 else 3
    return f"{round(value, digits):.{max(digits, 1)}f}".rstrip("0").rstrip(".") or "0"


def with_unit(value: float, unit: str | None) -> str:
    u = unit_label(unit)
    if not u:
        return fmt_number(value)
    tight = u in ("%", "°C", "°F") or u.startswith("/")
    return f"{fmt_number(value)}{u}" if tight else f"{fmt_number(value)} {u}"


_PERIOD_WORDS = {"s": "second", "min": "minute", "h": "hour", "d": "day", "wk": "week",
                 "mo": "month", "a": "year"}


def frequency_text(frequency: int | None, period: float | None, unit: str | None) -> str:
    """FHIR timing as words: (2, 1, "d") -> "twice a day"; (1, 8, "h") -> "every 8 hours"."""
    if not unit or unit not in _PERIOD_WORDS:
        return ""
    word = _PERIOD_WORDS[unit]
    freq = frequency or 1
    per = period or 1
    if per == 1:
        times = {1: "once", 2: "twice"}.get(freq, f"{freq} times")
        return f"{times} a {word}"
    every = f"every {fmt_number(per)} {word}s"
    return every if freq == 1 else f"{freq} times {every}"


# -- the chart's parts ----------------------------------------------------------------------------


@dataclass
class ContactItem:
    name: str
    relationship: str | None
    phone: str | None
    is_caregiver: bool
    is_emergency: bool
    notes: str | None = None


@dataclass
class AllergyItem:
    id: str
    label: str
    category: str | None  # food | medication | environment | biologic
    type: str | None  # allergy | intolerance
    reaction: str | None
    severity: str | None  # mild | moderate | severe
    criticality: str | None  # low | high | unable-to-assess
    clinical_status: str | None
    verification_status: str | None
    onset_at: dt.datetime | None
    recorded_at: dt.datetime | None

    @property
    def is_active(self) -> bool:
        return (self.clinical_status or "active") == "active"


ALLERGIES_RECORDED = "recorded"  # one or more active allergies
ALLERGIES_NONE_KNOWN = "none_known"  # "no known allergies" was recorded
ALLERGIES_NONE_ACTIVE = "none_active"  # only resolved or inactive allergies on file
ALLERGIES_NOT_RECORDED = "not_recorded"  # nothing on file: nobody has asked yet


@dataclass
class Header:
    patient_id: str
    name: str
    given_name: str
    family_name: str
    name_prefix: str | None
    birth_date: dt.date | None
    age: int | None
    sex: str | None
    mrn: str | None
    language: str | None
    language_display: str | None
    interpreter_needed: bool
    phone: str | None
    email: str | None
    address: str | None  # one line
    code_status: str | None
    risk_level: str | None
    pcp_name: str | None
    pcp_phone: str | None
    deceased: bool
    deceased_at: dt.datetime | None
    contacts: list[ContactItem] = field(default_factory=list)
    allergies: list[AllergyItem] = field(default_factory=list)  # active ones
    inactive_allergies: list[AllergyItem] = field(default_factory=list)
    allergy_status: str = ALLERGIES_NOT_RECORDED

    @property
    def caregivers(self) -> list[ContactItem]:
        return [c for c in self.contacts if c.is_caregiver]

    @property
    def emergency_contacts(self) -> list[ContactItem]:
        return [c for c in self.contacts if c.is_emergency]


@dataclass
class ProblemItem:
    id: str
    label: str
    code: str | None
    code_system: str | None
    clinical_status: str | None
    verification_status: str | None
    category: str | None
    onset_at: dt.datetime | None
    abatement_at: dt.datetime | None
    recorded_at: dt.datetime | None

    @property
    def is_active(self) -> bool:
        return (self.clinical_status or "active") in ("active", "recurrence", "relapse")


@dataclass
class MedicationItem:
    id: str
    label: str
    source: str
    status: str | None
    sig: str | None
    dose: str  # "40 mg", or "" when not given
    route: str | None
    frequency: str  # "twice a day", or ""
    as_needed: bool
    as_needed_reason: str | None
    reason: str | None
    prescriber: str | None
    authored_at: dt.datetime | None
    start_at: dt.datetime | None
    end_at: dt.datetime | None
    taking: bool | None

    @property
    def is_current(self) -> bool:
        return self.status in CURRENT_MED_STATUSES


@dataclass
class MedicationGroup:
    source: str  # one of MEDICATION_SOURCES
    title: str
    kind: str  # "prescribed" | "taken" | "reconciled"
    items: list[MedicationItem] = field(default_factory=list)  # current first

    @property
    def current(self) -> list[MedicationItem]:
        return [m for m in self.items if m.is_current]

    @property
    def past(self) -> list[MedicationItem]:
        return [m for m in self.items if not m.is_current]


@dataclass
class Reading:
    """One observation: its time, its value as text, and its numbers (one per series)."""

    at: dt.datetime | None
    text: str
    values: tuple[float | None, ...]
    unit: str | None
    interpretation: str | None  # H, L, N, A, HH, LL...
    reference_low: float | None
    reference_high: float | None
    status: str | None = None

    @property
    def is_abnormal(self) -> bool:
        return (self.interpretation or "").upper() in ("H", "HH", "L", "LL", "A", "AA", "HU",
                                                       "LU", "POS")


@dataclass
class Series:
    code: str
    label: str
    unit: str | None
    points: list[tuple[dt.datetime, float]] = field(default_factory=list)  # oldest first


@dataclass
class Measure:
    """Every reading of one measure (one LOINC code), oldest first, and its chartable series
    (blood pressure: systolic and diastolic)."""

    key: str
    code: str | None
    label: str  # short: "Potassium", "Blood pressure"
    category: str | None
    unit: str | None
    display: str = ""  # the source's full name ("Potassium [Moles/volume] in Blood")
    readings: list[Reading] = field(default_factory=list)
    series: list[Series] = field(default_factory=list)
    reference_low: float | None = None  # from the latest reading that gives one
    reference_high: float | None = None

    @property
    def latest(self) -> Reading | None:
        return self.readings[-1] if self.readings else None

    @property
    def is_numeric(self) -> bool:
        return any(s.points for s in self.series)

    @property
    def category_label(self) -> str:
        if not self.category:
            return "Other"
        return CATEGORY_LABELS.get(self.category, self.category.replace("-", " ").capitalize())

    @property
    def is_vital(self) -> bool:
        return self.category == "vital-signs"


@dataclass
class EncounterItem:
    id: str
    kind: str  # ENCOUNTER_KINDS
    class_code: str | None
    label: str  # the encounter type
    status: str | None
    start_at: dt.datetime | None
    end_at: dt.datetime | None
    reason: str | None
    facility: str | None
    practitioner: str | None
    discharge_disposition: str | None
    length_of_stay_days: int | None = None  # inpatient: nights, by local calendar days

    @property
    def is_hospital(self) -> bool:
        """An admission or an ED visit (highlighted in the chart)."""
        return self.kind in HOSPITAL_KINDS

    @property
    def duration(self) -> dt.timedelta | None:
        if self.start_at is None or self.end_at is None:
            return None
        return self.end_at - self.start_at


@dataclass
class GoalItem:
    id: str
    description: str
    lifecycle_status: str | None
    achievement_status: str | None
    target_code: str | None
    target_low: float | None
    target_high: float | None
    target_unit: str | None
    target_text: str | None
    due_date: dt.date | None

    @property
    def target(self) -> str:
        """The target in words: "< 140 mmHg", "2–3", "no missed doses"."""
        if self.target_text:
            return self.target_text
        low, high = self.target_low, self.target_high
        unit = unit_label(self.target_unit)
        tail = f" {unit}" if unit else ""
        if low is not None and high is not None:
            if low == high:
                return f"{fmt_number(low)}{tail}"
            return f"{fmt_number(low)}–{fmt_number(high)}{tail}"
        if high is not None:
            return f"< {fmt_number(high)}{tail}"
        if low is not None:
            return f"> {fmt_number(low)}{tail}"
        return ""


@dataclass
class CarePlanItem:
    id: str | None  # None: the goals that belong to no plan
    title: str
    status: str | None
    intent: str | None
    description: str | None
    period_start: dt.datetime | None
    period_end: dt.datetime | None
    activities: list[tuple[str, str | None]] = field(default_factory=list)  # (text, status)
    addresses: list[str] = field(default_factory=list)  # problem labels
    goals: list[GoalItem] = field(default_factory=list)

    @property
    def is_active(self) -> bool:
        return (self.status or "active") in ("active", "draft", "on-hold")


@dataclass
class ReferralItem:
    id: str
    kind: str
    to_name: str
    to_specialty: str | None
    to_phone: str | None
    reason: str
    priority: str
    status: str
    sent_at: dt.datetime | None
    scheduled_for: dt.datetime | None
    seen_at: dt.datetime | None
    report_received_at: dt.datetime | None
    reviewed_at: dt.datetime | None
    closed_at: dt.datetime | None
    notes: str | None

    @property
    def is_open(self) -> bool:
        return self.status not in CLOSED_REFERRAL_STATUSES

    @property
    def last_event_at(self) -> dt.datetime | None:
        times = [t for t in (self.closed_at, self.reviewed_at, self.report_received_at,
                             self.seen_at, self.scheduled_for, self.sent_at) if t is not None]
        return max(times) if times else None


@dataclass
class TaskItem:
    id: str
    title: str
    description: str | None
    status: str
    priority: str
    due_at: dt.datetime | None
    completed_at: dt.datetime | None
    origin: str | None
    overdue: bool = False

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_TASK_STATUSES

    @property
    def is_done(self) -> bool:
        return self.status == "done"


@dataclass
class NoteItem:
    id: str
    template: str
    status: str  # draft | signed
    visit_at: dt.datetime | None
    signed_at: dt.datetime | None
    author: str | None
    signed_by: str | None
    amends_note_id: str | None
    encounter_id: str | None
    preview: str  # the start of the first section with text
    addenda: list[NoteItem] = field(default_factory=list)

    @property
    def is_draft(self) -> bool:
        return self.status != "signed"

    @property
    def is_addendum(self) -> bool:
        return self.amends_note_id is not None


@dataclass
class ScreeningItem:
    id: str
    instrument: str
    screened_at: dt.datetime
    answers: dict[str, str]  # domain -> positive | negative | declined | unknown
    score: int | None
    positive_answers: dict[str, list[str]] = field(default_factory=dict)  # domain -> answers

    @property
    def positives(self) -> list[str]:
        return [d for d in SCREENING_DOMAINS if self.answers.get(d) == "positive"]


@dataclass
class CommunicationItem:
    id: str
    occurred_at: dt.datetime
    direction: str
    channel: str
    party_name: str | None
    party_role: str | None
    summary: str
    outcome: str | None
    sbar: dict[str, str] | None = None


@dataclass
class AppointmentItem:
    id: str
    starts_at: dt.datetime
    ends_at: dt.datetime | None
    kind: str
    location: str | None
    with_whom: str | None
    purpose: str | None
    status: str


@dataclass
class Chart:
    patient_id: str
    loaded_at: dt.datetime
    header: Header
    problems: list[ProblemItem] = field(default_factory=list)  # active first
    medications: list[MedicationGroup] = field(default_factory=list)  # non-empty groups
    measures: list[Measure] = field(default_factory=list)  # vitals, labs, then others
    encounters: list[EncounterItem] = field(default_factory=list)  # most recent first
    care_plans: list[CarePlanItem] = field(default_factory=list)
    referrals: list[ReferralItem] = field(default_factory=list)  # open first
    tasks: list[TaskItem] = field(default_factory=list)  # open first
    notes: list[NoteItem] = field(default_factory=list)  # top-level notes, newest first
    screenings: list[ScreeningItem] = field(default_factory=list)  # newest first
    communications: list[CommunicationItem] = field(default_factory=list)  # newest first
    upcoming_appointments: list[AppointmentItem] = field(default_factory=list)  # soonest first
    last_discharge: EncounterItem | None = None
    days_since_discharge: int | None = None
    hours_since_discharge: float | None = None

    # -- views over the parts ---------------------------------------------------------------------
    @property
    def active_problems(self) -> list[ProblemItem]:
        return [p for p in self.problems if p.is_active]

    @property
    def inactive_problems(self) -> list[ProblemItem]:
        return [p for p in self.problems if not p.is_active]

    def medication_groups(self, kind: str) -> list[MedicationGroup]:
        return [g for g in self.medications if g.kind == kind]

    @property
    def prescribed(self) -> list[MedicationGroup]:
        return self.medication_groups("prescribed")

    @property
    def taken(self) -> list[MedicationGroup]:
        return self.medication_groups("taken")

    @property
    def reconciled(self) -> list[MedicationGroup]:
        return self.medication_groups("reconciled")

    @property
    def open_tasks(self) -> list[TaskItem]:
        return [t for t in self.tasks if t.is_open]

    @property
    def overdue_tasks(self) -> list[TaskItem]:
        return [t for t in self.tasks if t.is_open and t.overdue]

    @property
    def goals(self) -> list[GoalItem]:
        return [g for plan in self.care_plans for g in plan.goals]

    def measure(self, code: str) -> Measure | None:
        return next((m for m in self.measures if m.code == code or m.key == code), None)

    @property
    def latest_vitals(self) -> list[Measure]:
        """Vital-sign measures with a latest reading, in the usual order of a visit."""
        rank = {code: i for i, code in enumerate(VITALS_ORDER)}
        vitals = [m for m in self.measures if m.is_vital and m.latest is not None]
        vitals.sort(key=lambda m: (rank.get(m.code or "", len(rank)), m.label.casefold()))
        return vitals

    @property
    def all_notes(self) -> list[NoteItem]:
        out: list[NoteItem] = []
        for note in self.notes:
            out.append(note)
            out.extend(note.addenda)
        return out


# -- loading --------------------------------------------------------------------------------------


def _label(text: str | None, display: str | None, code: str | None, default: str = "") -> str:
    return text or display or code or default


def _live(model: Any, patient_id: str) -> tuple[Any, ...]:
    return (model.patient_id == patient_id, model.deleted_at.is_(None))


def _one_line_address(*parts: str | None) -> str | None:
    line = ", ".join(p.strip() for p in parts if p and p.strip())
    return line or None


def _dose_text(quantity: float | None, unit: str | None) -> str:
    if quantity is None:
        return ""
    u = unit_label(unit)
    return f"{fmt_number(quantity)} {u}".strip()


def _ordered(items: Iterable[Any], key: Any, *, reverse: bool = False) -> list[Any]:
    """Sorted by an optional datetime key; items without one go last either way."""
    items = list(items)
    have = [i for i in items if key(i) is not None]
    lack = [i for i in items if key(i) is None]
    have.sort(key=key, reverse=reverse)
    return have + lack


def load_chart(session: Session, patient_id: str, *, now: dt.datetime | None = None) -> Chart:
    """The chart of one live patient. Raises InputError("no such patient") for an unknown or
    deleted id."""
    now = now or utcnow()
    conn = session.connection()
    today = now.astimezone().date()

    # -- header -----------------------------------------------------------------------------------
    P = Patient
    row = conn.execute(
        select(P.id, P.given_name, P.family_name, P.name_prefix, P.birth_date, P.sex, P.mrn,
               P.language, P.language_display, P.interpreter_needed, P.phone, P.email,
               P.address_line, P.city, P.state, P.postal_code, P.code_status, P.risk_level,
               P.pcp_name, P.pcp_phone, P.deceased, P.deceased_at)
        .where(P.id == patient_id, P.deleted_at.is_(None))
    ).first()
    if row is None:
        raise InputError("no such patient")
    (pid, given, family, prefix, birth, sex, mrn, lang, lang_display, interpreter, phone,
     email, line, city, state, postal, code_status, risk, pcp, pcp_phone, deceased,
     deceased_at) = row
    city_state = " ".join(p for p in (f"{city}," if city and (state or postal) else city,
                                      state, postal) if p)
    header = Header(
        patient_id=pid, name=f"{given} {family}".strip(), given_name=given,
        family_name=family, name_prefix=prefix, birth_date=birth,
        age=age_on(birth, (deceased_at.astimezone().date() if deceased_at else today)),
        sex=sex, mrn=mrn, language=lang, language_display=lang_display,
        interpreter_needed=bool(interpreter), phone=phone, email=email,
        address=_one_line_address(line, city_state), code_status=code_status,
        risk_level=risk, pcp_name=pcp, pcp_phone=pcp_phone, deceased=bool(deceased),
        deceased_at=deceased_at,
    )
    C = PatientContact
    for name, rel, cphone, caregiver, emergency, notes in conn.execute(
        select(C.name, C.relationship_, C.phone, C.is_caregiver, C.is_emergency, C.notes)
        .where(*_live(C, pid)).order_by(C.is_caregiver.desc(), C.is_emergency.desc(), C.name)
    ):
        header.contacts.append(ContactItem(name, rel, cphone, bool(caregiver), bool(emergency),
                                           notes))

    A = Allergy
    no_known = False
    for (aid, text, display, code, category, atype, reaction, severity, criticality, clinical,
         verification, onset, recorded) in conn.execute(
        select(A.id, A.code_text, A.code_display, A.code, A.category, A.type, A.reaction,
               A.severity, A.criticality, A.clinical_status, A.verification_status,
               A.onset_at, A.recorded_at)
        .where(*_live(A, pid)).order_by(A.recorded_at.desc())
    ):
        if verification in ("entered-in-error", "refuted"):
            continue
        item = AllergyItem(aid, _label(text, display, code, "Unnamed allergy"), category, atype,
                           reaction, severity, criticality, clinical, verification, onset,
                           recorded)
        if code in NO_KNOWN_ALLERGY_CODES:
            no_known = no_known or item.is_active
        elif item.is_active:
            header.allergies.append(item)
        else:
            header.inactive_allergies.append(item)
    # High criticality first, then as recorded.
    header.allergies.sort(key=lambda a: a.criticality != "high")
    header.allergy_status = (
        ALLERGIES_RECORDED if header.allergies else
        ALLERGIES_NONE_KNOWN if no_known else
        ALLERGIES_NONE_ACTIVE if header.inactive_allergies else ALLERGIES_NOT_RECORDED)
    chart = Chart(patient_id=pid, loaded_at=now, header=header)

    # -- problems ---------------------------------------------------------------------------------
    Co = Condition
    problems = [
        ProblemItem(cid, _label(text, display, code, "Unnamed problem"), code, system, clinical,
                    verification, category, onset, abatement, recorded)
        for (cid, text, display, code, system, clinical, verification, category, onset,
             abatement, recorded) in conn.execute(
            select(Co.id, Co.code_text, Co.code_display, Co.code, Co.code_system,
                   Co.clinical_status, Co.verification_status, Co.category, Co.onset_at,
                   Co.abatement_at, Co.recorded_at).where(*_live(Co, pid)))
        if verification not in ("entered-in-error", "refuted")
    ]
    # Active first (most recent onset first), then resolved (most recently resolved first).
    active = _ordered([p for p in problems if p.is_active], lambda p: p.onset_at, reverse=True)
    inactive = _ordered([p for p in problems if not p.is_active],
                        lambda p: p.abatement_at or p.onset_at, reverse=True)
    labels_by_id = {p.id: p.label for p in problems}
    chart.problems = active + inactive

    # -- medications ------------------------------------------------------------------------------
    M = Medication
    by_source: dict[str, list[MedicationItem]] = {}
    for (mid, text, display, code, source, status, sig, qty, unit, route, freq, period,
         period_unit, prn, prn_reason, reason, prescriber, authored, start, end,
         taking) in conn.execute(
        select(M.id, M.code_text, M.code_display, M.code, M.source, M.status, M.sig,
               M.dose_quantity, M.dose_unit, M.route, M.frequency, M.period, M.period_unit,
               M.as_needed, M.as_needed_reason, M.reason, M.prescriber, M.authored_at,
               M.start_at, M.end_at, M.taking).where(*_live(M, pid))
    ):
        if status in ERROR_STATUSES:
            continue
        by_source.setdefault(source or "ehr", []).append(MedicationItem(
            mid, _label(text, display, code, "Unnamed medication"), source or "ehr", status,
            sig, _dose_text(qty, unit), route, frequency_text(freq, period, period_unit),
            bool(prn), prn_reason, reason, prescriber, authored, start, end, taking))
    order = PRESCRIBED_SOURCES + TAKEN_SOURCES + RECONCILED_SOURCES
    for source in sorted(by_source, key=lambda s: order.index(s) if s in order else len(order)):
        items = by_source[source]
        current = sorted((m for m in items if m.is_current), key=lambda m: m.label.casefold())
        past = _ordered((m for m in items if not m.is_current),
                        lambda m: m.end_at or m.start_at or m.authored_at, reverse=True)
        kind = ("taken" if source in TAKEN_SOURCES else
                "reconciled" if source in RECONCILED_SOURCES else "prescribed")
        chart.medications.append(MedicationGroup(
            source, SOURCE_TITLES.get(source, source.capitalize()), kind, current + past))

    # -- vitals and labs --------------------------------------------------------------------------
    chart.measures = _measures(conn, pid)

    # -- encounters -------------------------------------------------------------------------------
    E = Encounter
    encounters = []
    for (eid, kind, class_code, text, display, code, status, start, end, reason, facility,
         practitioner, disposition) in conn.execute(
        select(E.id, E.kind, E.class_code, E.code_text, E.code_display, E.code, E.status,
               E.start_at, E.end_at, E.reason, E.facility, E.practitioner,
               E.discharge_disposition).where(*_live(E, pid))
    ):
        if status in ("entered-in-error", "cancelled"):
            continue
        item = EncounterItem(eid, kind or "other", class_code, _label(text, display, code),
                             status, start, end, reason, facility, practitioner, disposition)
        if item.kind == "inpatient" and start is not None and end is not None:
            item.length_of_stay_days = max(0, (end.astimezone().date()
                                               - start.astimezone().date()).days)
        encounters.append(item)
    chart.encounters = _ordered(encounters, lambda e: e.start_at, reverse=True)
    discharges = [e for e in chart.encounters
                  if e.kind == "inpatient" and e.end_at is not None and e.end_at <= now]
    if discharges:
        last = max(discharges, key=lambda e: e.end_at or now)
        since = now - (last.end_at or now)
        chart.last_discharge = last
        chart.days_since_discharge = since.days
        chart.hours_since_discharge = since.total_seconds() / 3600

    # -- care plans and goals ---------------------------------------------------------------------
    CP = CarePlan
    plans: dict[str | None, CarePlanItem] = {}
    for (cpid, title, text, display, status, intent, description, start, end, activities,
         addresses) in conn.execute(
        select(CP.id, CP.title, CP.code_text, CP.code_display, CP.status, CP.intent,
               CP.description, CP.period_start, CP.period_end, CP.activities, CP.addresses)
        .where(*_live(CP, pid))
    ):
        if status in ERROR_STATUSES:
            continue
        plan = CarePlanItem(cpid, title or text or display or "Care plan", status, intent,
                            description, start, end)
        for act in activities or ():
            if isinstance(act, dict):
                words = act.get("text") or act.get("display") or act.get("code")
                if words:
                    plan.activities.append((str(words), act.get("status")))
        plan.addresses = [labels_by_id[a] for a in addresses or () if a in labels_by_id]
        plans[cpid] = plan
    G = Goal
    for (gid, plan_id, description, lifecycle, achievement, target_code, low, high, unit,
         target_text, due) in conn.execute(
        select(G.id, G.care_plan_id, G.description, G.lifecycle_status, G.achievement_status,
               G.target_code, G.target_low, G.target_high, G.target_unit, G.target_text,
               G.due_date).where(*_live(G, pid))
    ):
        if lifecycle in ("entered-in-error", "rejected"):
            continue
        goal = GoalItem(gid, description, lifecycle, achievement, target_code, low, high, unit,
                        target_text, due)
        key = plan_id if plan_id in plans else None
        if key is None and None not in plans:
            plans[None] = CarePlanItem(None, "Goals not linked to a care plan", None, None,
                                       None, None, None)
        plans[key].goals.append(goal)
    ordered_plans = [p for k, p in plans.items() if k is not None]
    ordered_plans = _ordered(ordered_plans, lambda p: p.period_start, reverse=True)
    ordered_plans.sort(key=lambda p: not p.is_active)  # stable: active plans first
    if None in plans:
        ordered_plans.append(plans[None])
    chart.care_plans = ordered_plans

    # -- referrals --------------------------------------------------------------------------------
    R = Referral
    referrals = [ReferralItem(*r) for r in conn.execute(
        select(R.id, R.kind, R.to_name, R.to_specialty, R.to_phone, R.reason, R.priority,
               R.status, R.sent_at, R.scheduled_for, R.seen_at, R.report_received_at,
               R.reviewed_at, R.closed_at, R.notes).where(*_live(R, pid)))]
    referrals = _ordered(referrals, lambda r: r.last_event_at, reverse=True)
    referrals.sort(key=lambda r: not r.is_open)
    chart.referrals = referrals

    # -- tasks ------------------------------------------------------------------------------------
    T = Task
    tasks = [TaskItem(*r) for r in conn.execute(
        select(T.id, T.title, T.description, T.status, T.priority, T.due_at, T.completed_at,
               T.origin).where(*_live(T, pid)))]
    for t in tasks:
        t.overdue = t.is_open and t.due_at is not None and t.due_at < now
    open_tasks = _ordered([t for t in tasks if t.is_open], lambda t: t.due_at)
    open_tasks.sort(key=lambda t: t.priority not in ("stat", "urgent"))  # urgent first
    open_tasks.sort(key=lambda t: not t.overdue)  # overdue before everything
    closed = _ordered([t for t in tasks if not t.is_open],
                      lambda t: t.completed_at or t.due_at, reverse=True)
    chart.tasks = open_tasks + closed

    # -- notes ------------------------------------------------------------------------------------
    N = VisitNote
    author, signer = aliased(User), aliased(User)
    notes: list[NoteItem] = []
    for (nid, template, status, visit_at, signed_at, author_name, signer_name, signed_by,
         amends, encounter_id, sections) in conn.execute(
        select(N.id, N.template, N.status, N.visit_at, N.signed_at, author.display_name,
               signer.display_name, N.signed_by, N.amends_note_id, N.encounter_id, N.sections)
        .outerjoin(author, author.id == N.author_id)
        .outerjoin(signer, signer.id == N.signed_by)
        .where(*_live(N, pid))
    ):
        notes.append(NoteItem(nid, template or "note", status or "draft", visit_at, signed_at,
                              author_name, signer_name or signed_by, amends, encounter_id,
                              _preview(sections)))
    by_id = {n.id: n for n in notes}
    top: list[NoteItem] = []
    for note in notes:
        parent = by_id.get(note.amends_note_id or "")
        if parent is not None and parent is not note:
            parent.addenda.append(note)
        else:
            top.append(note)
    for note in top:
        note.addenda = _ordered(note.addenda, lambda n: n.signed_at or n.visit_at)
    top = _ordered(top, lambda n: n.visit_at or n.signed_at, reverse=True)
    top.sort(key=lambda n: not n.is_draft)  # drafts first: they still need her
    chart.notes = top

    # -- social needs -----------------------------------------------------------------------------
    S = SocialNeedsScreening
    for (sid, instrument, screened_at, housing, food, transport, utilities, safety, responses,
         score) in conn.execute(
        select(S.id, S.instrument, S.screened_at, S.housing, S.food, S.transportation,
               S.utilities, S.safety, S.responses, S.score)
        .where(*_live(S, pid)).order_by(S.screened_at.desc())
    ):
        answers = dict(zip(SCREENING_DOMAINS,
                           (housing, food, transport, utilities, safety), strict=True))
        item = ScreeningItem(sid, instrument, screened_at, answers, score)
        items = responses.get("items") if isinstance(responses, dict) else None
        for entry in items or ():
            if isinstance(entry, dict) and answers.get(entry.get("domain", "")) == "positive" \
                    and entry.get("positive", True):  # AHC HRSN items say which were positive
                text = entry.get("answer")
                if text:
                    item.positive_answers.setdefault(entry["domain"], []).append(str(text))
        chart.screenings.append(item)

    # -- communication log ------------------------------------------------------------------------
    L = CommunicationLogEntry
    chart.communications = [
        CommunicationItem(lid, occurred, direction, channel, party, role, summary, outcome,
                          {str(k): str(v) for k, v in sbar.items() if v}
                          if isinstance(sbar, dict) and sbar else None)
        for lid, occurred, direction, channel, party, role, summary, outcome, sbar in
        conn.execute(
            select(L.id, L.occurred_at, L.direction, L.channel, L.party_name, L.party_role,
                   L.summary, L.outcome, L.sbar)
            .where(*_live(L, pid)).order_by(L.occurred_at.desc()))
    ]

    # -- upcoming appointments --------------------------------------------------------------------
    Ap = Appointment
    chart.upcoming_appointments = [AppointmentItem(*r) for r in conn.execute(
        select(Ap.id, Ap.starts_at, Ap.ends_at, Ap.kind, Ap.location, Ap.with_whom, Ap.purpose,
               Ap.status)
        .where(*_live(Ap, pid), Ap.status == "booked", Ap.starts_at >= now)
        .order_by(Ap.starts_at))]
    return chart


def fetch_chart(store: Any, patient_id: str, *, now: dt.datetime | None = None) -> Chart:
    """:func:`load_chart` in a read session of ``store``: the one call to hand the Runner,
    e.g. ``runner.run(fetch_chart, store, patient_id, on_done=chart_widget.set_chart)``."""
    with store.session() as session:
        return load_chart(session, patient_id, now=now)


PREVIEW_CHARS = 160


def _preview(sections: Any) -> str:
    if not isinstance(sections, dict):
        return ""
    for value in sections.values():
        if isinstance(value, str) and value.strip():
            text = " ".join(value.split())
            return text if len(text) <= PREVIEW_CHARS else text[:PREVIEW_CHARS - 1] + "…"
    return ""


_COMPONENT_RANK = {LOINC_SYSTOLIC: 0, LOINC_DIASTOLIC: 1}


def _short(label: str) -> str:
    """A LOINC long name without its bracketed property and what follows:
    "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma" ->
    "Alanine aminotransferase"."""
    head = label.split(" [", 1)[0].strip()
    return head or label


def _measures(conn: Any, pid: str) -> list[Measure]:
    """Every observation of the patient as measures, one per code, readings oldest first."""
    O = Observation
    rows = conn.execute(
        select(O.code, O.code_text, O.code_display, O.category, O.status, O.effective_at,
               O.value_quantity, O.value_unit, O.value_text, O.interpretation,
               O.reference_low, O.reference_high, O.components)
        .where(*_live(O, pid))
    ).all()
    measures: dict[str, Measure] = {}
    series_maps: dict[str, dict[str, Series]] = {}
    far_past = dt.datetime.min.replace(tzinfo=dt.UTC)
    rows.sort(key=lambda r: r[5] or far_past)
    for (code, text, display, category, status, at, quantity, unit, value_text, interp, low,
         high, components) in rows:
        if status in ("entered-in-error", "cancelled"):
            continue
        key = code or text or display
        if not key:
            continue
        measure = measures.get(key)
        if measure is None:
            full = _label(text, display, code)
            label = SHORT_LABELS.get(code or "") or _short(full)
            measure = measures[key] = Measure(key, code, label, category, unit, full)
            series_maps[key] = {}
        series = series_maps[key]
        if components:
            values: list[float | None] = []
            parts: list[str] = []
            comp_unit = None
            comps = sorted((c for c in components if isinstance(c, dict)),
                           key=lambda c: _COMPONENT_RANK.get(c.get("code"), 2))
            for comp in comps:
                ccode = comp.get("code") or comp.get("display") or "?"
                value = comp.get("value")
                cunit = comp.get("unit")
                comp_unit = comp_unit or cunit
                if isinstance(value, int | float) and not isinstance(value, bool):
                    s = series.get(ccode)
                    if s is None:
                        clabel = SHORT_LABELS.get(ccode) or comp.get("display") or ccode
                        s = series[ccode] = Series(ccode, clabel, cunit)
                    if at is not None:
                        s.points.append((at, float(value)))
                    values.append(float(value))
                    parts.append(fmt_number(float(value)))
                elif value is not None:
                    values.append(None)
                    parts.append(str(value))
            if values and len(values) == 2 and (code in BP_PANEL_CODES or set(series) >= {
                    LOINC_SYSTOLIC, LOINC_DIASTOLIC}):
                shown = f"{parts[0]}/{parts[1]} {unit_label(comp_unit)}".strip()
            elif parts:
                shown = "; ".join(parts) + (f" {unit_label(comp_unit)}" if comp_unit else "")
            else:
                shown = value_text or ""
            measure.unit = measure.unit or comp_unit
            reading = Reading(at, shown, tuple(values), comp_unit, interp, low, high, status)
        elif quantity is not None:
            s = series.get(key)
            if s is None:
                s = series[key] = Series(key, measure.label, unit)
            if at is not None:
                s.points.append((at, float(quantity)))
            measure.unit = unit or measure.unit
            reading = Reading(at, with_unit(float(quantity), unit), (float(quantity),), unit,
                              interp, low, high, status)
        else:
            reading = Reading(at, value_text or "", (), unit, interp, low, high, status)
        measure.readings.append(reading)
        if low is not None or high is not None:
            measure.reference_low, measure.reference_high = low, high
    out = list(measures.values())
    for m in out:
        m.series = list(series_maps[m.key].values())
        # Blood pressure: systolic above diastolic, always in that order.
        m.series.sort(key=lambda s: _COMPONENT_RANK.get(s.code, 2))
    out.sort(key=lambda m: (CATEGORY_ORDER.get(m.category or "", len(CATEGORY_ORDER)),
                            m.label.casefold()))
    return out
