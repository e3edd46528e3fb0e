"""The synthetic demo panel a newcomer sees when Hearth opens on an empty store.

:func:`build_demo_panel` writes a home-visit nursing panel of invented older adults through the
normal ORM path (one ``store.write()`` transaction, so every row is stamped and audited). The
first patients are "featured" scenarios that make each part of the app show something: recent
discharges whose discharge list differs from the EHR list, a warfarin + NSAID pair, two
serotonergic drugs, a Beers-list drug in an 80-plus-year-old, a heart-failure patient gaining
weight. The rest are drawn at random (deterministically for a seed) from the catalog.

Times are timezone-aware UTC, relative to ``today``: the anchor is the start of that day in the
machine's local time zone, every past event lies before it, visits fall in local working hours,
and the featured discharges lie within 48 hours before it, so they are "discharged in the last
72 h" at any moment of that day.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select

from app.demo import catalog as C
from app.models.base import SyncMixin, new_id
from app.models.entities import (
    Allergy,
    Appointment,
    AuditEntry,
    CarePlan,
    CommunicationLogEntry,
    Condition,
    Encounter,
    Goal,
    Immunization,
    Medication,
    Observation,
    PanelMembership,
    Patient,
    PatientContact,
    PatientIdentifier,
    Referral,
    SocialNeedsScreening,
    Task,
    User,
    VisitNote,
)
from app.models.errors import InputError

UTC = dt.UTC
DEMO_USERNAME = "demo"


def day_start(day: dt.date) -> dt.datetime:
    """The start of ``day`` in the machine's local time zone, as an aware UTC time."""
    return dt.datetime.combine(day, dt.time(0, 0)).astimezone().astimezone(UTC)
MRN_SYSTEM = "urn:hearth:demo:mrn"

# Flush order: these tables are flushed one by one, then everything else at once, so foreign
# keys always point at rows already written (the entities link these tables by plain id
# columns, not relationships, so the unit of work cannot order them itself).
_STAGES: tuple[type[SyncMixin], ...] = (
    User, Patient, PatientIdentifier, PatientContact, PanelMembership, Encounter, Referral,
    CarePlan,
)


@dataclass
class DemoSummary:
    """What :func:`build_demo_panel` made: rows of each kind, and the deliberate problems."""

    nurse_user_id: str = ""
    seed: int = 0
    today: dt.date | None = None
    anchor: dt.datetime | None = None  # start of ``today`` (local), in UTC
    users: int = 0
    patients: int = 0
    identifiers: int = 0
    contacts: int = 0
    panel_memberships: int = 0
    allergies: int = 0
    conditions: int = 0
    medications: int = 0
    encounters: int = 0
    observations: int = 0
    immunizations: int = 0
    care_plans: int = 0
    goals: int = 0
    tasks: int = 0
    referrals: int = 0
    appointments: int = 0
    visit_notes: int = 0
    screenings: int = 0
    communications: int = 0
    counts: dict[str, int] = field(default_factory=dict)  # table name -> rows written
    patient_ids: list[str] = field(default_factory=list)
    # The deliberate discharge-vs-EHR list differences, one dict per difference:
    # {"patient_id", "mrn", "kind": "dose_change" | "new" | "stopped", "drug", "detail"}.
    discharge_differences: list[dict[str, str]] = field(default_factory=list)
    # Safety problems on active EHR lists, one dict each: {"patient_id", "mrn",
    # "kind": "anticoagulant_nsaid" | "serotonergic_pair" | "beers", "detail"}.
    safety_problems: list[dict[str, str]] = field(default_factory=list)

    @property
    def total_rows(self) -> int:
        return sum(self.counts.values())

    def _fill(self, counts: dict[str, int]) -> None:
        self.counts = dict(sorted(counts.items()))
        for attr, table in _COUNT_NAMES.items():
            setattr(self, attr, counts.get(table, 0))


_COUNT_NAMES = {
    "users": "users", "patients": "patients", "identifiers": "patient_identifiers",
    "contacts": "patient_contacts", "panel_memberships": "panel_memberships",
    "allergies": "allergies", "conditions": "conditions", "medications": "medications",
    "encounters": "encounters", "observations": "observations",
    "immunizations": "immunizations", "care_plans": "care_plans", "goals": "goals",
    "tasks": "tasks", "referrals": "referrals", "appointments": "appointments",
    "visit_notes": "visit_notes", "screenings": "social_needs_screenings",
    "communications": "communication_log",
}


def build_demo_panel(store: Any, *, patients: int = 24, seed: int = 7,
                     today: dt.date | None = None, nurse_name: str = "Demo Nurse") -> DemoSummary:
    """Write a synthetic panel of ``patients`` invented patients for a demo nurse (user
    "demo") in one transaction. Deterministic for a given ``seed`` and ``today``.

    Refuses (InputError) when the store already has a "demo" user.
    """
    if patients < 1:
        raise InputError("a demo panel needs at least one patient")
    today = today or dt.date.today()
    with store.write() as s:
        if s.scalar(select(User.id).where(User.username == DEMO_USERNAME)) is not None:
            raise InputError("this store already has a demo panel; it was left as it is")
        audit_before = s.scalar(select(func.max(AuditEntry.seq))) or 0
        builder = _Builder(random.Random(seed), today, nurse_name)
        summary = builder.build(patients)
        summary.seed = seed
        staged: set[int] = set()
        for stage in _STAGES:
            rows = [obj for obj in builder.rows if type(obj) is stage]
            staged.update(id(obj) for obj in rows)
            s.add_all(rows)
            s.flush()
        s.add_all([obj for obj in builder.rows if id(obj) not in staged])
        s.flush()
        from app.demo.coord_care import add_care_demo  # care plans, care gaps, social needs
        add_care_demo(s, summary.patient_ids, today, random.Random(seed + 7))
        from app.demo.coord_transitions import add_transitions_demo  # transitions of care
        add_transitions_demo(s, summary.patient_ids, today, random.Random(seed + 8))
        from app.demo.coord_monitoring import add_monitoring_demo  # readings, time, surveys
        add_monitoring_demo(s, summary.patient_ids, today, random.Random(seed + 9))
        from app.demo.coord_referrals import add_referrals_demo  # referrals, results, calls
        add_referrals_demo(s, summary.patient_ids, today, random.Random(seed + 10))
        s.flush()
        # The summary counts every row this call wrote, the coordination add-ons' included
        # (from the audit log's inserts of this transaction).
        summary._fill(dict(s.execute(
            select(AuditEntry.entity, func.count()).where(
                AuditEntry.seq > audit_before, AuditEntry.action == "insert")
            .group_by(AuditEntry.entity)).all()))
    return summary


# ------------------------------------------------------------------------------------------
# Featured scenarios: the first patients of every demo panel.
# ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Scenario:
    name: str
    conditions: tuple[str, ...]
    meds: tuple[str, ...] = ()  # forced EHR meds (regimens for these conditions are skipped)
    age: tuple[int, int] | None = None
    spanish: bool = False
    interpreter: bool = False
    # (reason key, hours before the start of today, length of stay in days)
    discharge: tuple[str, float, int] | None = None
    # Discharge-list edits: ("dose", old, new) | ("new", key) | ("stop", key)
    edits: tuple[tuple[str, ...], ...] = ()
    positives: tuple[str, ...] = ()


_SCENARIOS: tuple[_Scenario, ...] = (
    _Scenario("hf_discharge", ("hf", "htn", "ckd3", "hld"),
              meds=("furosemide40", "carvedilol6", "lisinopril5", "atorvastatin20",
                    "aspirin81", "potassium20", "docusate"),
              age=(72, 86), discharge=("hf", 10, 4),
              edits=(("dose", "furosemide40", "furosemide80"), ("new", "spironolactone25"))),
    _Scenario("copd_discharge", ("copd", "htn", "depression"),
              meds=("albuterol", "tiotropium", "amlodipine5", "citalopram20", "omeprazole20"),
              age=(66, 80), spanish=True, interpreter=True, discharge=("copd", 30, 3),
              edits=(("new", "prednisone40"), ("dose", "amlodipine5", "amlodipine10")),
              positives=("food", "transportation")),
    _Scenario("af_warfarin_nsaid", ("af", "oa", "htn", "falls"),
              meds=("warfarin5", "metoprolol_tart25", "naproxen500", "lisinopril10",
                    "acetaminophen", "vitd"),
              age=(76, 88), discharge=("falls", 4, 2),
              edits=(("dose", "warfarin5", "warfarin2"), ("stop", "naproxen500"))),
    _Scenario("serotonergic_pair", ("depression", "oa", "htn"),
              meds=("sertraline50", "tramadol50", "amlodipine5", "acetaminophen",
                    "omeprazole20"),
              age=(62, 74)),
    _Scenario("beers_elder", ("dementia", "htn", "hld", "falls"),
              meds=("donepezil10", "diphenhydramine25", "lisinopril10", "atorvastatin20",
                    "vitd", "senna"),
              age=(84, 92)),
    _Scenario("dm_ckd_hypoglycemia", ("dm2", "ckd3", "htn", "hld"),
              meds=("metformin1000", "glipizide5", "losartan50", "atorvastatin40",
                    "aspirin81", "gabapentin100"),
              age=(68, 82), discharge=("dm2", 4 * 24 + 6, 2),
              edits=(("stop", "glipizide5"), ("dose", "metformin1000", "metformin500"))),
    _Scenario("hf_weight_gain", ("hf", "af", "htn"),
              meds=("furosemide20", "metoprolol_succ25", "sacval24", "apixaban5",
                    "omeprazole20"),
              age=(74, 90)),
)


# ------------------------------------------------------------------------------------------
# The builder
# ------------------------------------------------------------------------------------------


@dataclass
class _P:
    """Working state for one patient while it is generated."""

    index: int
    patient: Patient
    scenario: _Scenario | None
    culture: str
    sex: str
    age: int
    conditions: list[str]
    condition_rows: dict[str, Condition] = field(default_factory=dict)
    meds: list[str] = field(default_factory=list)
    allergies: list[str] = field(default_factory=list)
    caregiver: PatientContact | None = None
    admission: Encounter | None = None  # most recent inpatient stay
    home_visits: list[Encounter] = field(default_factory=list)
    clinic_visits: list[Encounter] = field(default_factory=list)
    last_vitals: dict[str, float] = field(default_factory=dict)
    labs: dict[str, list[tuple[dt.datetime, float]]] = field(default_factory=dict)
    referrals: list[Referral] = field(default_factory=list)
    positives: list[str] = field(default_factory=list)
    weight_gain: float = 0.0
    recent_discharge: bool = False  # discharged in the last two weeks
    visit_vitals: dict[str, dict[str, float]] = field(default_factory=dict)  # by encounter id
    flu_vaccine: bool = False


class _Builder:
    def __init__(self, rng: random.Random, today: dt.date, nurse_name: str) -> None:
        self.rng = rng
        self.today = today
        self.day0 = day_start(today)
        self.nurse_name = nurse_name
        self.rows: list[SyncMixin] = []
        self.counts: Counter[str] = Counter()
        self.summary = DemoSummary(today=today, anchor=self.day0)
        self.nurse = User(id=new_id(), username=DEMO_USERNAME, display_name=nurse_name,
                          role="nurse", email="demo.nurse@example.org", phone=C.phone(0))
        self._add(self.nurse)
        self.summary.nurse_user_id = self.nurse.id
        names = [f"Dr. {g} {f}" for g, f in C.CLINICIAN_NAMES]
        self.pcps = [(n, C.CLINICS[i % len(C.CLINICS)], C.phone(10 + i))
                     for i, n in enumerate(names[:6])]
        self.hospitalists = names[6:10]
        self.ed_doctors = names[10:13]

    # -- helpers ----------------------------------------------------------------------------
    def _add(self, obj: SyncMixin) -> SyncMixin:
        if getattr(obj, "id", None) is None:
            obj.id = new_id()
        self.rows.append(obj)
        self.counts[type(obj).__tablename__] += 1
        return obj

    def past(self, days: float, hour: float | None = None) -> dt.datetime:
        """A time ``days`` whole days before today, at ``hour`` local time (by default during
        working hours)."""
        if hour is None:
            hour = self.rng.uniform(8.5, 16.0)
        return self.day0 - dt.timedelta(days=max(1, round(days))) + dt.timedelta(hours=hour)

    def future(self, days: float, hour: float | None = None) -> dt.datetime:
        """``days`` days from today at a bookable local hour."""
        if hour is None:
            hour = self.rng.choice((9.0, 10.0, 11.0, 13.0, 14.0, 15.5))
        return self.day0 + dt.timedelta(days=round(days), hours=hour)

    def pick_weighted(self, items: tuple[tuple[Any, float], ...]) -> Any:
        total = sum(w for _, w in items)
        x = self.rng.uniform(0, total)
        for item, w in items:
            x -= w
            if x <= 0:
                return item
        return items[-1][0]

    def person_name(self, culture: str, sex: str) -> tuple[str, str]:
        return (self.rng.choice(C.GIVEN_NAMES[culture][sex]),
                self.rng.choice(C.FAMILY_NAMES[culture]))

    # -- the panel --------------------------------------------------------------------------
    def build(self, n: int) -> DemoSummary:
        rng = self.rng
        n_spanish = max(1, round(n / 4))
        featured = list(_SCENARIOS[:n])
        forced = {i for i, sc in enumerate(featured) if sc.spanish}
        others = [i for i in range(n) if i not in forced]
        k = max(0, min(len(others), n_spanish - len(forced)))
        spanish = forced | set(rng.sample(others, k))
        used_names: set[tuple[str, str]] = set()
        for i in range(n):
            scenario = featured[i] if i < len(featured) else None
            p = self._patient(i, scenario, i in spanish, used_names)
            self._conditions(p)
            self._allergies(p)
            self._encounters(p)
            self._medications(p)
            self._observations(p)
            self._risk(p)
            self._immunizations(p)
            self._screening(p)
            self._referrals(p)
            self._care_plan(p)
            self._tasks(p)
            self._appointments(p)
            self._notes(p)
            self._communications(p)
            self._safety_scan(p)
            self.summary.patient_ids.append(p.patient.id)
        self.summary._fill(dict(self.counts))
        return self.summary

    # -- demographics -----------------------------------------------------------------------
    def _patient(self, i: int, sc: _Scenario | None, spanish: bool,
                 used: set[tuple[str, str]]) -> _P:
        rng = self.rng
        sex = rng.choice(("female", "male"))
        culture = "hispanic" if spanish else self.pick_weighted(C.CULTURE_WEIGHTS)
        for _ in range(20):
            given, family = self.person_name(culture, sex)
            if (given, family) not in used:
                break
        used.add((given, family))
        lo, hi = sc.age if sc and sc.age else (55, 95)
        age = lo + int(rng.triangular(0, hi - lo + 0.999, (hi - lo) * 0.62))
        birth = self.today.replace(year=self.today.year - age, day=1) - dt.timedelta(
            days=rng.randint(0, 330))
        age = self.today.year - birth.year - ((self.today.month, self.today.day)
                                              < (birth.month, birth.day))
        if spanish:
            language, display = C.SPANISH
            interpreter = sc.interpreter if sc else rng.random() < 0.55
        elif culture in C.CULTURE_LANGUAGE and rng.random() < C.CULTURE_LANGUAGE[culture][2]:
            language, display, _, need = C.CULTURE_LANGUAGE[culture]
            interpreter = rng.random() < need
        else:
            (language, display), interpreter = C.ENGLISH, False
        town, postal = rng.choice(C.TOWNS)
        street = f"{rng.randint(12, 980)} {rng.choice(C.STREETS)}"
        if rng.random() < 0.2:
            street += f", Apt {rng.randint(1, 24)}"
        pcp_name, _clinic, pcp_phone = rng.choice(self.pcps)
        marital = rng.choice(C.MARITAL_STATUSES)
        mrn = f"DEMO-{i + 101:06d}"
        patient = Patient(
            id=new_id(), mrn=mrn, given_name=given, family_name=family, birth_date=birth,
            sex=sex, language=language, language_display=display,
            interpreter_needed=interpreter, phone=C.phone(20 + i), address_line=street,
            city=town, state=C.STATE, postal_code=postal, country=C.COUNTRY,
            marital_status=marital, pcp_name=pcp_name, pcp_phone=pcp_phone,
            code_status=rng.choice(C.CODE_STATUSES) if rng.random() < 0.6 else None,
            extra={"synthetic": True, "generator": "app.demo",
                   "demo_scenario": sc.name if sc else None},
        )
        self._add(patient)
        self._add(PatientIdentifier(patient_id=patient.id, system=MRN_SYSTEM, value=mrn,
                                    type_code="MR", type_text="Medical record number"))
        self._add(PanelMembership(patient_id=patient.id, user_id=self.nurse.id,
                                  since=self.past(rng.randint(30, 400))))
        p = _P(i, patient, sc, culture, sex, age, [])
        self._contacts(p, marital)
        return p

    def _contacts(self, p: _P, marital: str) -> None:
        rng = self.rng
        rels = [r for r in C.CONTACT_RELATIONSHIPS if r[0] != "spouse" or marital == "Married"]
        n = 1 if rng.random() < 0.55 else 2
        chosen = rng.sample(rels, n)
        if marital == "Married" and all(r[0] != "spouse" for r in chosen):
            chosen[0] = ("spouse", True)
        chosen.sort(key=lambda r: r[0] in ("neighbor", "friend"))  # family first
        lives_alone = marital != "Married" and rng.random() < 0.15
        for k, (rel, same_family) in enumerate(chosen):
            if rel in ("daughter", "niece", "granddaughter", "sister"):
                sex = "female"
            elif rel in ("son", "grandson"):
                sex = "male"
            elif rel == "spouse":
                sex = "male" if p.sex == "female" else "female"
            else:
                sex = rng.choice(("female", "male"))
            given, family = self.person_name(p.culture, sex)
            while given == p.patient.given_name:
                given = rng.choice(C.GIVEN_NAMES[p.culture][sex])
            if same_family:
                family = p.patient.family_name
            caregiver = k == 0 and not lives_alone and rel not in ("neighbor", "friend")
            contact = PatientContact(
                patient_id=p.patient.id, name=f"{given} {family}", relationship_=rel,
                phone=C.phone(rng.randint(40, 99)), is_caregiver=caregiver,
                is_emergency=k == 0 or rng.random() < 0.5,
                notes=("Lives with the patient; manages the pill organizer." if caregiver
                       and rel == "spouse" else
                       "Visits daily after work; helps with medicines." if caregiver else
                       "Has a key to the house." if rel in ("neighbor", "friend") else None),
            )
            self._add(contact)
            if caregiver and p.caregiver is None:
                p.caregiver = contact

    # -- problems and allergies -------------------------------------------------------------
    def _conditions(self, p: _P) -> None:
        rng = self.rng
        if p.scenario:
            conds = list(p.scenario.conditions)
        else:
            conds = [key for key, prev in C.CONDITION_PREVALENCE if rng.random() < prev]
            if "dementia" in conds and p.age < 72:
                conds.remove("dementia")
            if "ckd3" not in conds and ("dm2" in conds and "htn" in conds) and rng.random() < 0.3:
                conds.append("ckd3")
            if p.age >= 82 and "falls" not in conds and rng.random() < 0.3:
                conds.append("falls")
            while len(conds) < 2:
                extra = self.pick_weighted(C.CONDITION_PREVALENCE)
                if extra not in conds:
                    conds.append(extra)
            conds = conds[:6]
        p.conditions = conds
        for key in conds:
            cdef = C.CONDITIONS[key]
            onset = self.past(rng.randint(1, 14) * 365 + rng.randint(0, 300))
            row = Condition(
                patient_id=p.patient.id, code_system=C.SNOMED, code=cdef.snomed,
                code_display=cdef.display, code_text=cdef.text,
                codings=[{"system": C.ICD10CM, "code": cdef.icd10,
                          "display": cdef.icd10_display}],
                clinical_status="active", verification_status="confirmed",
                category="problem-list-item", onset_at=onset,
                recorded_at=onset + dt.timedelta(days=rng.randint(0, 60)),
            )
            if key == "falls":
                row.onset_at = self.past(rng.randint(30, 400))
                row.recorded_at = row.onset_at
            self._add(row)
            p.condition_rows[key] = row

    def _allergies(self, p: _P) -> None:
        rng = self.rng
        if rng.random() < 0.38:
            return  # no known allergies
        # A featured patient's forced medicines are never blocked by an allergy.
        forced = {C.MEDS[k].ingredient for k in p.scenario.meds} if p.scenario else set()
        defs = []
        for _ in range(1 if rng.random() < 0.7 else 2):
            a = self.pick_weighted(C.ALLERGIES)
            if a not in defs and not forced & set(C.ALLERGY_BLOCKS.get(a.text, ())):
                defs.append(a)
        for a in defs:
            reaction = rng.choice(a.reactions)
            severe = reaction in ("Anaphylaxis", "Angioedema", "Throat swelling",
                                  "Stomach bleeding")
            self._add(Allergy(
                patient_id=p.patient.id, code_system=a.system, code=a.code,
                code_display=a.display, code_text=a.text, clinical_status="active",
                verification_status="confirmed",
                type="intolerance" if reaction in ("Nausea and vomiting", "Cough") else "allergy",
                category=a.category, criticality="high" if severe else "low", reaction=reaction,
                severity="severe" if severe else rng.choice(("mild", "moderate")),
                recorded_at=self.past(rng.randint(200, 3000)),
            ))
            p.allergies.append(a.text)

    # -- encounters -------------------------------------------------------------------------
    def _encounter(self, p: _P, kind: str, start: dt.datetime, end: dt.datetime, reason: str,
                   reason_code: str | None, facility: str, practitioner: str,
                   disposition: str | None = None) -> Encounter:
        code, display, cls = C.ENCOUNTER_TYPES[kind]
        enc = Encounter(
            patient_id=p.patient.id, kind=kind, class_code=cls, status="finished",
            code_system=C.SNOMED, code=code, code_display=display, start_at=start, end_at=end,
            reason=reason, reason_code=reason_code,
            reason_system=C.SNOMED if reason_code else None, facility=facility,
            practitioner=practitioner, discharge_disposition=disposition,
        )
        self._add(enc)
        return enc

    def _encounters(self, p: _P) -> None:
        rng = self.rng
        sc = p.scenario
        pcp = p.patient.pcp_name or ""
        clinic = next(c for n, c, _ in self.pcps if n == pcp)
        # Clinic visits roughly every three months.
        for days in (rng.randint(330, 360), rng.randint(240, 270), rng.randint(150, 180),
                     rng.randint(60, 90), rng.randint(14, 40)):
            if rng.random() < 0.8 or days < 100:
                start = self.past(days)
                p.clinic_visits.append(self._encounter(
                    p, "ambulatory", start, start + dt.timedelta(minutes=30),
                    rng.choice(C.CLINIC_VISIT_REASONS), None, clinic, pcp))
        # Hospital stays.
        if sc and sc.discharge:
            reason_key, hours_before, los = sc.discharge
            end = self.day0 - dt.timedelta(hours=hours_before)
            self._admission(p, reason_key, end, los, recent=True)
        elif not sc:
            roll = rng.random()
            if roll < 0.14:
                end = self.day0 - dt.timedelta(days=rng.randint(2, 12), hours=rng.randint(6, 12))
                self._admission(p, self._admission_reason(p), end, rng.randint(2, 6), recent=True)
            elif roll < 0.36:
                end = self.past(rng.randint(30, 200))
                self._admission(p, self._admission_reason(p), end, rng.randint(2, 7),
                                recent=False)
            if rng.random() < 0.25:
                code, reason = rng.choice(C.ED_REASONS)
                start = self.past(rng.randint(10, 160))
                self._encounter(p, "emergency", start,
                                start + dt.timedelta(hours=rng.randint(3, 8)), reason, code,
                                C.ED_FACILITY, rng.choice(self.ed_doctors), "Discharged home")
        # Home visits every two weeks or so, up to a few days ago.
        day = rng.randint(95, 130)
        while day > 2:
            if p.admission is None or not (
                    p.admission.start_at - dt.timedelta(days=1)
                    <= self.past(day, 12) <= (p.admission.end_at or self.day0)):
                start = self.past(day)
                p.home_visits.append(self._encounter(
                    p, "home", start, start + dt.timedelta(minutes=rng.choice((45, 60, 75))),
                    "Nursing home visit", None, C.HOME_HEALTH, self.nurse_name))
            day -= rng.randint(11, 17)
        p.home_visits.sort(key=lambda e: e.start_at)

    def _risk(self, p: _P) -> None:
        score = 3 if p.recent_discharge else 1 if p.admission else 0
        score += sum(c in p.conditions for c in ("hf", "copd", "ckd3", "dementia", "falls"))
        score += (len(p.meds) >= 8) + (p.age >= 85) + 2 * (p.weight_gain >= 2)
        p.patient.risk_level = "high" if score >= 4 else "medium" if score >= 2 else "low"

    def _admission_reason(self, p: _P) -> str:
        options = [c for c in ("hf", "copd", "dm2", "falls", "af") if c in p.conditions]
        options += ["other", "uti"]
        return self.rng.choice(options)

    def _admission(self, p: _P, reason_key: str, end: dt.datetime, los: int,
                   recent: bool) -> None:
        code, reason = C.ADMISSION_REASONS[reason_key]
        start = end - dt.timedelta(days=los, hours=self.rng.randint(1, 8))
        p.admission = self._encounter(
            p, "inpatient", start, end, reason, code, C.HOSPITAL,
            self.rng.choice(self.hospitalists), "Home with home health services")
        p.recent_discharge = recent

    # -- medications ------------------------------------------------------------------------
    def _medications(self, p: _P) -> None:
        rng = self.rng
        sc = p.scenario
        blocked = {ing for a in p.allergies for ing in C.ALLERGY_BLOCKS.get(a, ())}
        keys: list[str] = []

        def add(key: str) -> None:
            med = C.MEDS[key]
            if med.ingredient in blocked:
                if med.ingredient == "lisinopril":
                    key, med = "losartan50", C.MEDS["losartan50"]
                else:
                    return
            if all(C.MEDS[k].ingredient != med.ingredient for k in keys):
                keys.append(key)

        if sc:
            for key in sc.meds:
                add(key)
        else:
            for cond in p.conditions:
                for key in rng.choice(C.REGIMENS[cond]):
                    add(key)
            anticoag = any(C.MEDS[k].ingredient in ("warfarin", "apixaban") for k in keys)
            if not anticoag and ("dm2" in p.conditions or "hld" in p.conditions) \
                    and rng.random() < 0.4:
                add("aspirin81")
            if p.sex == "male" and rng.random() < 0.2:
                add("tamsulosin")
            for key, prob in C.GENERAL_MEDS:
                if rng.random() < prob:
                    add(key)
            if p.age >= 80 and rng.random() < 0.12:
                add("zolpidem5")
        general = [k for k, _ in C.GENERAL_MEDS] + ["aspirin81", "tamsulosin"]
        while len(keys) < 4:
            add(rng.choice(general))
        while len(keys) > 12:
            drop = next((k for k in reversed(keys) if k in general), keys[-1])
            keys.remove(drop)
        p.meds = keys

        admission = p.admission
        before = (admission.start_at if admission and admission.start_at else self.day0)
        for key in keys:
            authored = before - dt.timedelta(days=rng.randint(20, 700), hours=rng.randint(0, 6))
            self._add(self._med_row(p, key, "ehr", authored, p.patient.pcp_name))

        if p.recent_discharge:
            self._discharge_list(p)

    def _med_row(self, p: _P, key: str, source: str, authored: dt.datetime,
                 prescriber: str | None, *, status: str = "active",
                 encounter: Encounter | None = None) -> Medication:
        m = C.MEDS[key]
        repeat: dict[str, Any] = {"frequency": m.frequency, "period": m.period,
                                  "periodUnit": m.period_unit}
        if m.when:
            repeat["when"] = [m.when]
        dosage: dict[str, Any] = {
            "text": m.sig, "timing": {"repeat": repeat}, "route": {"text": m.route},
            "doseAndRate": [{"doseQuantity": {"value": m.dose, "unit": m.unit}}],
        }
        if m.prn:
            dosage["asNeededCodeableConcept"] = {"text": m.prn}
        sig = m.sig
        if status == "stopped":
            sig = f"STOP taking this medicine. (Was: {m.sig})"
        reason = C.CONDITIONS[m.reason].text if m.reason and m.reason in p.conditions else None
        return Medication(
            patient_id=p.patient.id, source=source, status=status, intent="order",
            code_system=C.RXNORM if m.code else None, code=m.code, code_display=m.display,
            sig=sig, dose_quantity=m.dose, dose_unit=m.unit, route=m.route,
            frequency=m.frequency, period=m.period, period_unit=m.period_unit,
            as_needed=m.prn is not None, as_needed_reason=m.prn, reason=reason,
            authored_at=authored, start_at=authored,
            end_at=authored if status == "stopped" else None, prescriber=prescriber,
            dosage=[dosage], encounter_id=encounter.id if encounter else None,
        )

    def _discharge_list(self, p: _P) -> None:
        """The hospital's discharge list: the EHR list with one or two deliberate changes."""
        rng = self.rng
        enc = p.admission
        assert enc is not None and enc.end_at is not None
        edits: list[tuple[str, ...]] = list(p.scenario.edits) if p.scenario else []
        if not edits:
            options: list[tuple[str, ...]] = []
            for k in p.meds:
                if k in C.DOSE_CHANGES:
                    options.append(("dose", k, C.DOSE_CHANGES[k]))
                if k in C.STOPPABLE:
                    options.append(("stop", k))
            have = {C.MEDS[k].ingredient for k in p.meds}
            for cond in p.conditions:
                for k in C.DISCHARGE_NEW.get(cond, ()):
                    if C.MEDS[k].ingredient not in have:
                        options.append(("new", k))
            rng.shuffle(options)
            for opt in options:
                if len(edits) >= (1 if rng.random() < 0.45 else 2):
                    break
                if all(e[1] != opt[1] for e in edits):
                    edits.append(opt)
            if not edits:
                edits.append(("new", "docusate" if "docusate" not in p.meds else "senna"))
        dose = {e[1]: e[2] for e in edits if e[0] == "dose"}
        stop = {e[1] for e in edits if e[0] == "stop"}
        new = [e[1] for e in edits if e[0] == "new"]
        hospitalist = enc.practitioner
        for key in p.meds:
            if key in stop:
                self._add(self._med_row(p, key, "discharge", enc.end_at, hospitalist,
                                        status="stopped", encounter=enc))
            else:
                self._add(self._med_row(p, dose.get(key, key), "discharge", enc.end_at,
                                        hospitalist, encounter=enc))
        for key in new:
            self._add(self._med_row(p, key, "discharge", enc.end_at, hospitalist, encounter=enc))
        mrn = p.patient.mrn or ""
        for key, new_key in dose.items():
            a, b = C.MEDS[key], C.MEDS[new_key]
            self.summary.discharge_differences.append({
                "patient_id": p.patient.id, "mrn": mrn, "kind": "dose_change",
                "drug": a.ingredient,
                "detail": f"{a.ingredient} {a.dose:g} {a.unit} -> {b.dose:g} {b.unit}"})
        for key in stop:
            self.summary.discharge_differences.append({
                "patient_id": p.patient.id, "mrn": mrn, "kind": "stopped",
                "drug": C.MEDS[key].ingredient,
                "detail": f"{C.MEDS[key].display} stopped at discharge"})
        for key in new:
            self.summary.discharge_differences.append({
                "patient_id": p.patient.id, "mrn": mrn, "kind": "new",
                "drug": C.MEDS[key].ingredient,
                "detail": f"{C.MEDS[key].display} started at discharge"})

    # -- observations -----------------------------------------------------------------------
    def _obs(self, p: _P, key: str, when: dt.datetime, value: float,
             encounter: Encounter | None = None, **extra: Any) -> Observation:
        d = C.OBS[key]
        if key == "inr" and "warfarin5" in p.meds:
            d = C.ObsDef(d.code, d.display, d.unit, d.category, 2.0, 3.0)  # therapeutic range
        interp = None
        if d.category != "vital-signs" or key in ("spo2", "hr"):
            interp = "N"
            if d.high is not None and value > d.high:
                interp = "H"
            if d.low is not None and value < d.low:
                interp = "L"
        obs = Observation(
            patient_id=p.patient.id, code_system=C.LOINC, code=d.code, code_display=d.display,
            category=d.category, status="final", effective_at=when, value_quantity=value,
            value_unit=d.unit, interpretation=interp, reference_low=d.low,
            reference_high=d.high, encounter_id=encounter.id if encounter else None, **extra)
        self._add(obs)
        if d.category == "laboratory":
            p.labs.setdefault(key, []).append((when, value))
        return obs

    def _bp(self, p: _P, when: dt.datetime, sbp: int, dbp: int,
            encounter: Encounter | None) -> None:
        d, ds, dd = C.OBS["bp"], C.OBS["sbp"], C.OBS["dbp"]
        self._add(Observation(
            patient_id=p.patient.id, code_system=C.LOINC, code=d.code, code_display=d.display,
            category="vital-signs", status="final", effective_at=when,
            value_text=f"{sbp}/{dbp} mm[Hg]",
            interpretation="H" if sbp >= 140 or dbp >= 90 else "N",
            encounter_id=encounter.id if encounter else None,
            components=[
                {"system": C.LOINC, "code": ds.code, "display": ds.display,
                 "value": sbp, "unit": "mm[Hg]"},
                {"system": C.LOINC, "code": dd.code, "display": dd.display,
                 "value": dbp, "unit": "mm[Hg]"},
            ]))

    def _observations(self, p: _P) -> None:
        rng = self.rng
        conds = set(p.conditions)
        name = p.scenario.name if p.scenario else ""
        weight0 = round(rng.uniform(52, 100) + (8 if p.sex == "male" else 0), 1)
        sbp0 = rng.randint(134, 156) if "htn" in conds else rng.randint(116, 134)
        dbp0 = rng.randint(74, 90) if "htn" in conds else rng.randint(64, 80)
        hr0 = rng.randint(72, 96) if "af" in conds else rng.randint(60, 84)
        spo0 = rng.randint(89, 93) if "copd" in conds else rng.randint(94, 98)
        bp_trend = rng.choice((-1.5, -0.8, 0.0, 0.6))  # mm Hg per visit
        visits = p.home_visits + p.clinic_visits
        visits.sort(key=lambda e: e.start_at)
        n = len(visits)
        for k, enc in enumerate(visits):
            when = (enc.start_at or self.day0) + dt.timedelta(minutes=10)
            w = weight0 + rng.uniform(-0.5, 0.5)
            sbp = int(sbp0 + bp_trend * (k - n) + rng.randint(-7, 7))
            dbp = int(dbp0 + rng.randint(-5, 5))
            self._obs(p, "weight", when, round(w, 1), enc)
            self._bp(p, when, sbp, dbp, enc)
            self._obs(p, "hr", when, hr0 + rng.randint(-8, 12 if "af" in conds else 6), enc)
            self._obs(p, "spo2", when, min(100, spo0 + rng.randint(-2, 2)), enc)
            if k % 2 == 0:
                self._obs(p, "temp", when, round(rng.uniform(36.4, 37.2), 1), enc)
            if "copd" in conds or "hf" in conds:
                self._obs(p, "rr", when, rng.randint(16, 22), enc)
            p.last_vitals = {"weight": round(w, 1), "sbp": sbp, "dbp": dbp}
            p.visit_vitals[enc.id] = dict(p.last_vitals)
        # Heart failure: the daily weights the patient logs at home.
        if "hf" in conds:
            gain = 2.4 if name == "hf_weight_gain" else rng.choice((0.0, 0.0, 0.4, -0.3, 0.9))
            p.weight_gain = gain
            base = p.last_vitals.get("weight", weight0)
            adm = p.admission
            for d in range(10, 0, -1):
                step = max(0, 6 - d) / 5  # the gain comes in the last five days
                when = self.past(d, 7.5)
                if name == "hf_discharge" and adm and adm.start_at and adm.end_at:
                    # Fluid built up before the admission; diuresed in hospital.
                    if when < adm.start_at:
                        step = (10 - d) / max(1, (adm.start_at - self.past(10, 14.5)).days)
                        gain = 2.2
                    else:
                        step, gain = 1, -0.8
                    p.weight_gain = 0.0
                w = round(base + gain * step + rng.uniform(-0.2, 0.2), 1)
                if adm and adm.start_at and adm.end_at and \
                        adm.start_at - dt.timedelta(hours=12) <= when <= adm.end_at:
                    continue  # in hospital that day
                self._obs(p, "weight", when, w, reported_by="patient")  # home scale
                p.last_vitals["weight"] = w
        self._labs(p, conds, name)

    def _labs(self, p: _P, conds: set[str], name: str) -> None:
        rng = self.rng
        ing = {C.MEDS[k].ingredient for k in p.meds}
        draws = [e for e in p.clinic_visits]
        egfr0 = rng.randint(32, 56) if "ckd3" in conds else rng.randint(62, 88)
        a1c0 = 6.9 if name == "dm_ckd_hypoglycemia" else rng.uniform(6.6, 8.4)
        a1c_step = -0.35 if name == "dm_ckd_hypoglycemia" else rng.choice((-0.2, 0.1, 0.3, 0.4))
        for k, enc in enumerate(draws):
            when = (enc.start_at or self.day0) + dt.timedelta(minutes=40)
            egfr = max(18, egfr0 - (len(draws) - k) * rng.choice((0, 1, 2)))
            if "ckd3" in conds or ing & {"lisinopril", "losartan", "furosemide", "metformin",
                                         "spironolactone", "sacubitril/valsartan",
                                         "hydrochlorothiazide"} or k == len(draws) - 1:
                self._obs(p, "egfr", when, egfr, enc)
                self._obs(p, "creatinine", when, round(65 / egfr + 0.05, 2), enc)
                k_val = round(rng.uniform(3.8, 4.9), 1)
                if "spironolactone" in ing and "ckd3" in conds and k == len(draws) - 1:
                    k_val = 5.4
                elif "furosemide" in ing and "potassium chloride" not in ing and rng.random() < 0.2:
                    k_val = 3.3
                self._obs(p, "potassium", when, k_val, enc)
                self._obs(p, "sodium", when, rng.randint(134, 142), enc)
            if "dm2" in conds and k >= len(draws) - 3:
                a1c = round(a1c0 + a1c_step * (k - len(draws) + 3), 1)
                self._obs(p, "a1c", when, a1c, enc)
            if "hf" in conds and k >= len(draws) - 2:
                bnp = rng.randint(180, 420)
                if name == "hf_weight_gain":
                    bnp = 240 if k < len(draws) - 1 else 610
                self._obs(p, "bnp", when, bnp, enc)
        if "warfarin" in ing:
            for d in range(84, 3, -rng.randint(12, 18)):
                inr = round(rng.uniform(1.8, 3.1), 1)
                if name == "af_warfarin_nsaid" and d < 20:
                    inr = round(rng.uniform(3.3, 3.7), 1)
                self._obs(p, "inr", self.past(d, 9), inr)
        if p.admission is not None:
            adm = p.admission
            when = (adm.start_at or self.day0) + dt.timedelta(hours=1)
            if adm.reason_code == "84114007":
                self._obs(p, "bnp", when, rng.randint(980, 1650), adm)
            if "warfarin" in ing:
                self._obs(p, "inr", when, 4.1 if name == "af_warfarin_nsaid"
                          else round(rng.uniform(2.0, 3.2), 1), adm)
            if adm.reason_code == "302866003":
                self._obs(p, "glucose", when, rng.randint(42, 55), adm)
            self._obs(p, "potassium", when, round(rng.uniform(3.5, 4.6), 1), adm)
        if "depression" in conds:
            for k, enc in enumerate(p.home_visits[-3::2]):
                score = rng.randint(9, 17) - 3 * k
                self._obs(p, "phq9", (enc.start_at or self.day0) + dt.timedelta(minutes=20),
                          max(2, score), enc)

    def _immunizations(self, p: _P) -> None:
        rng = self.rng
        for code, display, prob in C.VACCINES:
            if rng.random() < prob:
                days = rng.randint(20, 150) if code == "150" else rng.randint(200, 1800)
                p.flu_vaccine = p.flu_vaccine or code == "150"
                self._add(Immunization(
                    patient_id=p.patient.id, code_system=C.CVX, code=code,
                    code_display=display, status="completed", occurred_at=self.past(days)))

    # -- social needs -----------------------------------------------------------------------
    def _screening(self, p: _P) -> None:
        rng = self.rng
        if not p.scenario and rng.random() < 0.15:
            return
        probs = {"housing": 0.1, "food": 0.2, "transportation": 0.24, "utilities": 0.1,
                 "safety": 0.03}
        answers: dict[str, str] = {}
        items = []
        for domain, questions in C.HRSN_QUESTIONS.items():
            forced = p.scenario is not None and domain in p.scenario.positives
            roll = rng.random()
            answer = ("positive" if forced or roll < probs[domain] else
                      "declined" if roll > 0.97 else "negative")
            answers[domain] = answer
            for code, question, pos, neg in questions:
                text = ("Patient declined to answer" if answer == "declined" else
                        rng.choice(pos) if answer == "positive" else rng.choice(neg))
                items.append({"domain": domain, "code_system": C.LOINC, "code": code,
                              "question": question, "answer": text})
        p.positives = [d for d, a in answers.items() if a == "positive"]
        self._add(SocialNeedsScreening(
            patient_id=p.patient.id, instrument="AHC-HRSN",
            screened_at=self.past(rng.randint(20, 200)), **answers,
            responses={"panel": {"code_system": C.LOINC, "code": C.HRSN_PANEL[0],
                                 "code_display": C.HRSN_PANEL[1]},
                       "language": p.patient.language, "items": items},
            score=len(p.positives)))

    # -- referrals --------------------------------------------------------------------------
    def _referrals(self, p: _P) -> None:
        rng = self.rng
        clinical = [t for t in C.REFERRAL_TARGETS
                    if t.kind == "clinical" and t.for_condition in p.conditions]
        community = [t for t in C.REFERRAL_TARGETS
                     if t.kind == "community" and t.for_condition in p.positives]
        targets = []
        if clinical and (p.scenario or rng.random() < 0.55):
            targets.append(rng.choice(clinical))
        if community:
            targets.append(rng.choice(community))
        if len(targets) < 2 and len(clinical) > 1 and rng.random() < 0.2:
            extra = rng.choice(clinical)
            if all(t.name != extra.name for t in targets):
                targets.append(extra)
        statuses = ("draft", "sent", "sent", "scheduled", "scheduled", "seen",
                    "report_received", "report_received", "reviewed", "closed")
        for t in targets:
            status = rng.choice(statuses)
            order = statuses.index(status)
            sent = self.past(rng.randint(25, 70) if order >= statuses.index("seen")
                             else rng.randint(3, 20))
            ref = Referral(
                patient_id=p.patient.id, kind=t.kind, to_name=t.name, to_specialty=t.specialty,
                to_phone=C.phone(rng.randint(60, 79)), to_fax=C.phone(rng.randint(80, 99)),
                to_address=t.address, reason=t.reason,
                priority="urgent" if rng.random() < 0.15 else "routine", status=status)
            if status != "draft":
                ref.sent_at = sent
            if status == "scheduled":
                ref.scheduled_for = self.future(rng.randint(2, 30))
            elif order >= statuses.index("seen"):
                ref.scheduled_for = sent + dt.timedelta(days=rng.randint(3, 6))
                ref.seen_at = ref.scheduled_for
            if order >= statuses.index("report_received") and ref.seen_at:
                ref.report_received_at = ref.seen_at + dt.timedelta(days=rng.randint(1, 3))
            if order >= statuses.index("reviewed") and ref.report_received_at:
                ref.reviewed_at = ref.report_received_at + dt.timedelta(days=1)
            if status == "closed" and ref.reviewed_at:
                ref.closed_at = ref.reviewed_at
            if status == "report_received":
                ref.notes = "Consult note received by fax; waiting for nurse review."
            self._add(ref)
            p.referrals.append(ref)

    # -- care plan, goals, tasks ------------------------------------------------------------
    def _care_plan(self, p: _P) -> None:
        rng = self.rng
        start = p.home_visits[0].start_at if p.home_visits else self.past(90)
        conds = p.conditions
        plan = CarePlan(
            patient_id=p.patient.id, title="Community nursing care plan", status="active",
            intent="plan", period_start=start,
            description="Home nursing for " + ", ".join(C.CONDITIONS[c].text for c in conds)
            + ".", addresses=[p.condition_rows[c].id for c in conds],
            activities=[])
        self._add(plan)
        goals = []
        last = p.last_vitals
        if "htn" in conds:
            ok = last.get("sbp", 150) < 140 and last.get("dbp", 95) < 90
            goals.append({
                "description": "Blood pressure below 140/90 mm Hg at home visits",
                "target_code": C.OBS["sbp"].code, "target_high": 140, "target_unit": "mm[Hg]",
                "target_text": "< 140/90 mm Hg",
                "achievement_status": "achieved" if ok else "in-progress"})
        if "dm2" in conds and p.labs.get("a1c"):
            a1c = p.labs["a1c"]
            trend = "improving" if a1c[-1][1] < a1c[0][1] else "worsening"
            goals.append({
                "description": "Hemoglobin A1c below 8 %", "target_code": C.OBS["a1c"].code,
                "target_high": 8.0, "target_unit": "%", "target_text": "< 8 %",
                "achievement_status": "achieved" if a1c[-1][1] < 8 else trend})
        if "hf" in conds:
            goals.append({
                "description": "Weighs self every morning and calls the nurse for a gain of "
                               "more than 1 kg in a day or 2 kg in a week",
                "target_code": C.OBS["weight"].code, "target_text": "gain < 2 kg/week",
                "achievement_status": "worsening" if p.weight_gain >= 2 else "in-progress"})
        if "af" in conds and "warfarin" in {C.MEDS[k].ingredient for k in p.meds}:
            goals.append({
                "description": "INR between 2.0 and 3.0", "target_code": C.OBS["inr"].code,
                "target_low": 2.0, "target_high": 3.0, "target_unit": "{INR}",
                "target_text": "INR 2.0-3.0", "achievement_status": "in-progress"})
        if "copd" in conds:
            goals.append({
                "description": "No emergency visits for breathing in the next 90 days; uses "
                               "inhalers correctly (teach-back)",
                "target_text": "0 ED visits in 90 days", "achievement_status": "in-progress"})
        if "falls" in conds:
            goals.append({
                "description": "No falls in the next 90 days", "target_text": "0 falls in 90 days",
                "achievement_status": rng.choice(("in-progress", "sustaining"))})
        if "depression" in conds:
            goals.append({
                "description": "PHQ-9 score below 10", "target_code": C.OBS["phq9"].code,
                "target_high": 9, "target_unit": "{score}", "target_text": "PHQ-9 < 10",
                "achievement_status": "improving"})
        if "dementia" in conds:
            goals.append({
                "description": "Caregiver fills a weekly pill organizer and supervises every "
                               "dose",
                "target_text": "no missed doses", "achievement_status": "in-progress"})
        if not goals:
            goals.append({
                "description": "Takes every medicine as prescribed (pill organizer checked at "
                               "each visit)",
                "target_text": "no missed doses", "achievement_status": "in-progress"})
        for g in goals[:3]:
            has_loinc = g.get("target_code") is not None
            self._add(Goal(patient_id=p.patient.id, care_plan_id=plan.id,
                           lifecycle_status="active",
                           target_code_system=C.LOINC if has_loinc else None,
                           due_date=self.today + dt.timedelta(days=rng.choice((30, 60, 90))),
                           **g))
            plan.activities = [*(plan.activities or []),
                               {"text": g["description"], "status": "in-progress"}]

    def _task(self, p: _P, title: str, *, due: dt.datetime, status: str = "open",
              priority: str = "routine", description: str | None = None,
              origin: str | None = None, origin_id: str | None = None) -> None:
        done = status == "done"
        self._add(Task(
            patient_id=p.patient.id, title=title, description=description, status=status,
            priority=priority, due_at=due, assignee_id=self.nurse.id,
            completed_at=min(due, self.day0 - dt.timedelta(hours=2)) if done else None,
            origin=origin, origin_id=origin_id))

    def _tasks(self, p: _P) -> None:
        rng = self.rng
        ing = {C.MEDS[k].ingredient for k in p.meds}
        n = 0
        if p.recent_discharge and p.admission:
            adm = p.admission
            end = adm.end_at or self.day0
            call_due = end + dt.timedelta(hours=48)
            self._task(p, "Post-discharge phone call within 48 hours", due=call_due,
                       status="done" if call_due < self.day0 - dt.timedelta(hours=12) else "open",
                       priority="urgent", origin="transition", origin_id=adm.id)
            self._task(p, "Reconcile the discharge medication list with the EHR list",
                       due=end + dt.timedelta(days=2), priority="urgent",
                       description="The discharge list differs from the EHR list; compare and "
                       "confirm with the PCP.", origin="transition", origin_id=adm.id)
            self._task(p, "Confirm PCP follow-up visit within 7 days of discharge",
                       due=end + dt.timedelta(days=5), origin="transition", origin_id=adm.id)
            n += 3
        if p.weight_gain >= 2:
            self._task(p, f"Call PCP about {p.weight_gain:.1f} kg weight gain in 5 days",
                       due=self.day0 + dt.timedelta(hours=18), priority="urgent",
                       description="Daily weights rising; ankles more swollen. Ask about an "
                       "extra furosemide dose.")
            n += 1
        if "warfarin" in ing:
            self._task(p, "Check INR result from the lab", due=self.future(rng.randint(1, 5)))
            n += 1
        for ref in p.referrals:
            if ref.status in ("sent", "report_received", "draft"):
                title = {"sent": f"Follow up: has {ref.to_name} scheduled the visit?",
                         "report_received": f"Review the report from {ref.to_name}",
                         "draft": f"Finish and send the referral to {ref.to_name}"}[ref.status]
                due = (self.past(rng.randint(1, 6)) if rng.random() < 0.4
                       else self.future(rng.randint(1, 6)))
                # The referral loop (app/demo/coord_referrals.py, its own rules) makes the
                # follow-up task of each overdue step; the draws above keep the panel as it
                # was for a seed.
                del title, due
                n += 1
        if p.patient.interpreter_needed:
            self._task(p, f"Book a {p.patient.language_display} interpreter for the next home "
                       "visit", due=self.future(rng.randint(1, 4)))
            n += 1
        pool = [
            ("Refill the weekly pill organizer with the caregiver", "caregiver"),
            ("Refill the weekly pill organizer", "alone"),
            ("Home safety check: rugs, lighting, grab bars", "falls"),
            ("Review the daily weight log", "hf"),
            ("Review the glucose log and check feet", "dm2"),
            ("Inhaler technique teach-back", "copd"),
            ("Repeat PHQ-9 at the next visit", "depression"),
            ("Order a basic metabolic panel (potassium, creatinine)", "ckd3"),
            ("Talk about goals of care and code status", "no_code_status"),
            ("Caregiver respite resources", "dementia"),
            ("Offer this season's flu vaccine", "no_flu"),
        ]
        facts = set(p.conditions)
        facts.add("caregiver" if p.caregiver else "alone")
        if not p.patient.code_status:
            facts.add("no_code_status")
        if not p.flu_vaccine:
            facts.add("no_flu")
        pool = [t for t, c in pool if c in facts]
        rng.shuffle(pool)
        for title in pool[:max(1, 5 - n)]:
            roll = rng.random()
            if roll < 0.3:
                self._task(p, title, due=self.past(rng.randint(3, 30)), status="done")
            elif roll < 0.5:
                self._task(p, title, due=self.past(rng.randint(1, 10)))  # overdue
            elif roll < 0.8:
                self._task(p, title, due=self.future(rng.randint(0, 6)),
                           status=rng.choice(("open", "open", "in_progress")))
            else:
                self._task(p, title, due=self.future(rng.randint(7, 30)))

    # -- appointments -----------------------------------------------------------------------
    def _appointments(self, p: _P) -> None:
        rng = self.rng
        addr = f"{p.patient.address_line}, {p.patient.city}"
        recent = p.recent_discharge
        start = self.future(1 if recent else rng.randint(1, 14))
        purpose = ("Transitional care visit: medication reconciliation after discharge"
                   if recent else "Nursing home visit")
        self._add(Appointment(patient_id=p.patient.id, starts_at=start,
                              ends_at=start + dt.timedelta(hours=1), kind="home_visit",
                              location=addr, with_whom=self.nurse_name, purpose=purpose,
                              status="booked"))
        if recent and p.admission:
            end = p.admission.end_at or self.day0
            pcp_start = self.future(max(2, (end - self.day0).days + rng.randint(5, 7)))
            clinic = next(c for n, c, _ in self.pcps if n == p.patient.pcp_name)
            self._add(Appointment(patient_id=p.patient.id, starts_at=pcp_start,
                                  ends_at=pcp_start + dt.timedelta(minutes=30), kind="clinic",
                                  location=clinic, with_whom=p.patient.pcp_name,
                                  purpose="Hospital follow-up visit", status="booked"))
        for ref in p.referrals:
            if ref.kind != "clinical":
                continue  # community services start a service; there is no visit to book
            if ref.status == "scheduled" and ref.scheduled_for:
                self._add(Appointment(
                    patient_id=p.patient.id, referral_id=ref.id, starts_at=ref.scheduled_for,
                    ends_at=ref.scheduled_for + dt.timedelta(minutes=45), kind="specialist",
                    location=ref.to_address, with_whom=ref.to_name,
                    purpose=f"{ref.to_specialty} consultation", status="booked"))
            elif ref.seen_at:
                self._add(Appointment(
                    patient_id=p.patient.id, referral_id=ref.id, starts_at=ref.seen_at,
                    ends_at=ref.seen_at + dt.timedelta(minutes=45), kind="specialist",
                    location=ref.to_address, with_whom=ref.to_name,
                    purpose=f"{ref.to_specialty} consultation", status="fulfilled"))
        if "transportation" in p.positives and rng.random() < 0.6:
            when = self.past(rng.randint(5, 40))
            self._add(Appointment(patient_id=p.patient.id, starts_at=when,
                                  ends_at=when + dt.timedelta(minutes=30), kind="clinic",
                                  location=next(c for n, c, _ in self.pcps
                                                if n == p.patient.pcp_name),
                                  with_whom=p.patient.pcp_name, purpose="Chronic care visit",
                                  status="noshow"))

    # -- notes ------------------------------------------------------------------------------
    def _note_sections(self, p: _P, enc: Encounter | None, draft: bool) -> dict[str, str]:
        rng = self.rng
        conds = p.conditions
        v = p.visit_vitals.get(enc.id, p.last_vitals) if enc else p.last_vitals
        who = (f"with {p.caregiver.relationship_} {p.caregiver.name}" if p.caregiver
               else "alone")
        fitting = {"hf": "mild ankle swelling in the evenings",
                   "copd": "more short of breath walking to the mailbox",
                   "oa": "knee pain on the stairs", "depression": "sleeping poorly",
                   "dementia": "sleeping poorly", "htn": "some dizziness on standing"}
        symptoms = rng.choice(["no new complaints"] + [t for c, t in fitting.items()
                                                        if c in conds])
        if draft and p.recent_discharge and p.admission:
            symptoms = (f"being home since the hospital stay for "
                        f"{(p.admission.reason or 'an illness').lower()}; unsure which "
                        f"medicine list to follow")
        interp = (f" Visit done through a {p.patient.language_display} interpreter."
                  if p.patient.interpreter_needed else "")
        mental = ("Pleasant, oriented to person only" if "dementia" in conds
                  else "Alert and oriented")
        lungs = "scattered wheezes" if "copd" in conds else "lungs clear"
        edema = "1+ ankle edema" if "hf" in conds else "no edema"
        sections = {
            "Subjective": f"Seen at home {who}. Reports {symptoms}. Takes medicines from a "
                          f"weekly pill organizer.{interp}",
            "Objective": f"BP {v.get('sbp', 130)}/{v.get('dbp', 80)} mm Hg, weight "
                         f"{v.get('weight', 70):.1f} kg. {mental}; {lungs}; {edema}.",
            "Assessment": ", ".join(C.CONDITIONS[c].text for c in conds) + ". "
                          + ("Weight up; possible fluid overload." if draft and
                             p.weight_gain >= 2 else "Stable at home."),
            "Plan": "Continue current plan. Reviewed red-flag symptoms and when to call. "
                    "Next home visit in two weeks.",
        }
        if draft:
            sections["Plan"] = ""
            sections["Medications"] = "Medication reconciliation in progress."
        return sections

    def _notes(self, p: _P) -> None:
        rng = self.rng
        sc = p.scenario
        if p.home_visits and (sc or rng.random() < 0.4):
            enc = p.home_visits[-1]
            sections = self._note_sections(p, enc, draft=False)
            signed_at = (enc.end_at or self.day0) + dt.timedelta(hours=2)
            digest = hashlib.sha256(json.dumps(sections, sort_keys=True,
                                               ensure_ascii=False).encode()).hexdigest()
            self._add(VisitNote(patient_id=p.patient.id, encounter_id=enc.id,
                                author_id=self.nurse.id, template="home_visit", status="signed",
                                visit_at=enc.start_at, sections=sections, signed_at=signed_at,
                                signed_by=self.nurse.id, content_hash=digest))
        if (sc and sc.discharge) or rng.random() < 0.2:
            visit_at = self.day0 - dt.timedelta(hours=8)
            if p.recent_discharge and p.admission and p.admission.end_at:
                visit_at = min(max(visit_at, p.admission.end_at + dt.timedelta(hours=3)),
                               self.day0 - dt.timedelta(minutes=30))
            self._add(VisitNote(patient_id=p.patient.id, author_id=self.nurse.id,
                                template="home_visit", status="draft", visit_at=visit_at,
                                sections=self._note_sections(p, None, draft=True)))

    # -- communications ---------------------------------------------------------------------
    def _communications(self, p: _P) -> None:
        rng = self.rng
        pid = p.patient.id
        pcp = p.patient.pcp_name
        entries: list[dict[str, Any]] = []
        if p.caregiver:
            entries.append({
                "direction": "outgoing", "channel": "phone", "party_name": p.caregiver.name,
                "party_role": "caregiver",
                "summary": "Went over this week's medicines; pill organizer refilled together.",
                "outcome": "Understood (teach-back done)"})
        entries.append({
            "direction": "incoming", "channel": "fax", "party_name": "Fernhollow Pharmacy",
            "party_role": "pharmacy",
            "summary": f"Refill request for {C.MEDS[rng.choice(p.meds)].display}.",
            "outcome": f"Forwarded to {pcp}"})
        if rng.random() < 0.6:
            entries.append({
                "direction": "outgoing", "channel": "message", "party_name": pcp,
                "party_role": "PCP",
                "summary": "Sent the home blood pressure and weight readings from the last two "
                           "visits.",
                "outcome": "Read by the clinic"})
        if p.patient.interpreter_needed:
            entries.append({
                "direction": "outgoing", "channel": "phone",
                "party_name": f"{p.patient.given_name} {p.patient.family_name}",
                "party_role": "patient",
                "summary": f"Called through the {p.patient.language_display} interpreter line "
                           "to confirm the next visit.",
                "outcome": "Visit confirmed"})
        if p.recent_discharge and p.admission:
            adm = p.admission
            end = adm.end_at or self.day0
            when = min(end + dt.timedelta(hours=20),
                       max(end + dt.timedelta(hours=1), self.day0 - dt.timedelta(hours=5)))
            problems = ", ".join(C.CONDITIONS[c].text for c in p.conditions)
            entries.append({
                "occurred_at": when, "direction": "outgoing", "channel": "phone",
                "party_name": pcp, "party_role": "PCP",
                "summary": "Transition handoff after hospital discharge.",
                "outcome": "PCP will see the patient within 7 days",
                "sbar": {
                    "situation": f"Discharged from {adm.facility} after {adm.reason}.",
                    "background": f"{problems}; {len(p.meds)} home medicines.",
                    "assessment": "Discharge list differs from the EHR list; patient unsure "
                                  "which to follow.",
                    "recommendation": "Please confirm the intended list; nurse will reconcile "
                                      "at the home visit.",
                }})
        for k, e in enumerate(entries):
            e.setdefault("occurred_at", self.past(rng.randint(1, 25) + k))
            self._add(CommunicationLogEntry(patient_id=pid, **e))

    # -- safety -----------------------------------------------------------------------------
    def _safety_scan(self, p: _P) -> None:
        meds = [C.MEDS[k] for k in p.meds]
        ing = {m.ingredient for m in meds}
        mrn = p.patient.mrn or ""
        base = {"patient_id": p.patient.id, "mrn": mrn}
        anticoag = ing & {"warfarin", "apixaban"}
        nsaids = [m.ingredient for m in meds if m.nsaid]
        if anticoag and nsaids:
            self.summary.safety_problems.append({
                **base, "kind": "anticoagulant_nsaid",
                "detail": f"{min(anticoag)} with {nsaids[0]}: bleeding risk"})
        sero = [m.ingredient for m in meds if m.serotonergic]
        if len(sero) >= 2:
            self.summary.safety_problems.append({
                **base, "kind": "serotonergic_pair",
                "detail": f"{sero[0]} with {sero[1]}: serotonin syndrome risk"})
        for m in meds:
            if m.beers and p.age >= 65:
                self.summary.safety_problems.append({
                    **base, "kind": "beers",
                    "detail": f"{m.ingredient} at age {p.age}: {m.beers}"})
