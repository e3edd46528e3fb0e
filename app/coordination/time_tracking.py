"""Care-management time: minutes per patient per calendar month, and which time-based codes
those minutes reach.

A :class:`~app.models.entities.TimeEntry` is minutes of work for one patient (``program``
CCM, PCM, TCM or other; an ``activity``). Months are calendar months of the machine's local
time zone (an entry belongs to the month its start falls in). The thresholds are data,
``resources/coordination/billing_codes.json``, with their CMS sources: CCM 99490 at 20
minutes and 99439 for each further full 20 (at most 2), complex CCM 99487 at 60 and 99489
for each further full 30, PCM 99426 at 30 and 99427 for each further full 30. A code is
reached when the month's minutes are *at least* its threshold (CMS does not apply the
midpoint rule to these codes). They are thresholds, not billing advice: the other
requirements (consent, eligibility, care plan, who furnishes the time) are not checked here.

No Qt here. Read functions take a Session, write functions the store; ``now`` injectable.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.coordination.common import aware_now, read_knowledge_file
from app.models.entities import TIME_PROGRAMS, Patient, TimeEntry
from app.models.errors import InputError

CODES_FILE = (Path(__file__).resolve().parents[2] / "resources" / "coordination"
              / "billing_codes.json")
ACTIVITIES = (
    "care_coordination", "phone_call", "medication_management", "care_plan",
    "caregiver_support", "referral_coordination", "transition_support",
    "remote_monitoring_review", "other",
)
ACTIVITY_LABELS = {
    "care_coordination": "Care coordination", "phone_call": "Phone call",
    "medication_management": "Medication management", "care_plan": "Care plan",
    "caregiver_support": "Caregiver support", "referral_coordination": "Referral coordination",
    "transition_support": "Transition of care support",
    "remote_monitoring_review": "Remote monitoring review", "other": "Other",
}
MAX_MINUTES = 480  # one entry: a working day at most
CCM_TARGET = 20


# -- the thresholds -------------------------------------------------------------------------
@dataclass(frozen=True)
class Tier:
    code: str
    kind: str  # first | each_additional
    minutes: int
    label: str
    source: str
    max_units: int | None = None


@dataclass(frozen=True)
class CodeSet:
    program: str
    variant: str  # "" | "complex"
    label: str
    tiers: tuple[Tier, ...]


@dataclass(frozen=True)
class BillingCodes:
    version: str
    year: int
    disclaimer: str
    sets: tuple[CodeSet, ...]


class CodesError(ValueError):
    """The billing codes file is damaged (a broken install)."""


@lru_cache(maxsize=4)
def load_billing_codes(path: Path = CODES_FILE) -> BillingCodes:
    data = read_knowledge_file(path, CodesError, sources_required=False)
    version, sources = data["version"], data.get("sources") or {}
    if not isinstance(data.get("year"), int) or not data.get("disclaimer"):
        raise CodesError(f"{path.name}: 'year' and 'disclaimer' are needed")
    sets = []
    for i, prog in enumerate(data.get("programs") or []):
        where = f"{path.name}: programs[{i}]"
        if prog.get("program") not in TIME_PROGRAMS:
            raise CodesError(f"{where}: unknown program")
        tiers = []
        for j, t in enumerate(prog.get("tiers") or []):
            if t.get("source") not in sources:
                raise CodesError(f"{where}.tiers[{j}]: unknown source")
            if t.get("kind") not in ("first", "each_additional") or \
                    not isinstance(t.get("minutes"), int) or t["minutes"] <= 0:
                raise CodesError(f"{where}.tiers[{j}]: kind and whole minutes are needed")
            if (j == 0) != (t["kind"] == "first"):
                raise CodesError(f"{where}.tiers[{j}]: the first tier comes first, once")
            tiers.append(Tier(str(t["code"]), t["kind"], t["minutes"], str(t.get("label", "")),
                              sources[t["source"]], t.get("max_units")))
        if not tiers and prog.get("source") not in sources:
            raise CodesError(f"{where}: a program without tiers still names its source")
        sets.append(CodeSet(prog["program"], prog.get("variant") or "",
                            str(prog.get("label", "")), tuple(tiers)))
    if not sets:
        raise CodesError(f"{path.name}: no programs")
    return BillingCodes(version, data["year"], data["disclaimer"], tuple(sets))


@dataclass(frozen=True)
class CodeReached:
    code: str
    units: int
    variant: str  # "" | "complex"
    label: str

    @property
    def text(self) -> str:
        return self.code if self.units == 1 else f"{self.code}×{self.units}"


def codes_reached(program: str, minutes: int, codes: BillingCodes | None = None
                  ) -> list[CodeReached]:
    """The time-based codes ``minutes`` in one calendar month reach for ``program``: each
    code set's first tier at its threshold, then its add-on for each further full block."""
    codes = codes or load_billing_codes()
    out: list[CodeReached] = []
    for cs in codes.sets:
        if cs.program != program or not cs.tiers:
            continue
        first = cs.tiers[0]
        if minutes < first.minutes:
            continue
        out.append(CodeReached(first.code, 1, cs.variant, first.label))
        used = first.minutes
        for tier in cs.tiers[1:]:
            units = (minutes - used) // tier.minutes
            if tier.max_units is not None:
                units = min(units, tier.max_units)
            if units > 0:
                out.append(CodeReached(tier.code, units, cs.variant, tier.label))
    return out


def codes_text(reached: list[CodeReached]) -> str:
    """"99490 + 99439×2; complex: 99487" ("" when none)."""
    plain = " + ".join(c.text for c in reached if not c.variant)
    complex_ = " + ".join(c.text for c in reached if c.variant)
    if complex_:
        return f"{plain}; complex: {complex_}" if plain else f"complex: {complex_}"
    return plain


def next_threshold(program: str, minutes: int, codes: BillingCodes | None = None
                   ) -> tuple[str, int] | None:
    """(code, minutes) of the next standard (not complex) threshold above ``minutes``."""
    codes = codes or load_billing_codes()
    for cs in codes.sets:
        if cs.program != program or cs.variant or not cs.tiers:
            continue
        first = cs.tiers[0]
        if minutes < first.minutes:
            return first.code, first.minutes
        used = first.minutes
        for tier in cs.tiers[1:]:
            units = (minutes - used) // tier.minutes + 1
            if tier.max_units is not None and units > tier.max_units:
                continue
            return tier.code, used + units * tier.minutes
    return None


# -- months ----------------------------------------------------------------------------------
def parse_month(text: str) -> dt.date:
    """"2026-11" -> the first day of that month (InputError otherwise)."""
    m = re.fullmatch(r"\s*(\d{4})-(\d{1,2})\s*", text or "")
    if not m or not 1 <= int(m.group(2)) <= 12:
        raise InputError("the month must look like 2026-11")
    return dt.date(int(m.group(1)), int(m.group(2)), 1)


def month_of(when: dt.datetime, tz: dt.tzinfo | None = None) -> dt.date:
    local = when.astimezone(tz) if tz else when.astimezone()
    return local.date().replace(day=1)


def month_bounds(month: dt.date, tz: dt.tzinfo | None = None) -> tuple[dt.datetime, dt.datetime]:
    """The calendar month's start and end (exclusive) as aware times in ``tz`` (default:
    the machine's local zone, DST-safe)."""
    first = month.replace(day=1)
    nxt = (first + dt.timedelta(days=32)).replace(day=1)

    def at(day: dt.date) -> dt.datetime:
        naive = dt.datetime.combine(day, dt.time(0, 0))
        return naive.replace(tzinfo=tz) if tz else naive.astimezone()

    return at(first), at(nxt)


# -- rows --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class TimeEntryRow:
    entry_id: str
    patient_id: str
    started_at: dt.datetime
    minutes: int
    activity: str
    program: str
    comment: str | None
    user_id: str | None


@dataclass
class PatientMonth:
    """One patient's month: entries, minutes per program and the codes they reach."""

    patient_id: str
    month: dt.date
    entries: list[TimeEntryRow] = field(default_factory=list)  # newest first
    minutes: dict[str, int] = field(default_factory=dict)  # program -> minutes

    @property
    def total(self) -> int:
        return sum(self.minutes.values())

    @property
    def ccm_minutes(self) -> int:
        return self.minutes.get("CCM", 0)

    def codes(self, program: str) -> list[CodeReached]:
        return codes_reached(program, self.minutes.get(program, 0))


def _row(e: TimeEntry) -> TimeEntryRow:
    return TimeEntryRow(e.id, e.patient_id, e.started_at, e.minutes, e.activity, e.program,
                        e.comment, e.user_id)


def patient_month(session: Session, patient_id: str, month: dt.date | None = None, *,
                  now: dt.datetime | None = None, tz: dt.tzinfo | None = None) -> PatientMonth:
    """The patient's entries in ``month`` (default: this month)."""
    now = aware_now(now)
    month = (month or month_of(now, tz)).replace(day=1)
    start, end = month_bounds(month, tz)
    rows = session.scalars(select(TimeEntry).where(
        TimeEntry.patient_id == patient_id, TimeEntry.deleted_at.is_(None),
        TimeEntry.started_at >= start, TimeEntry.started_at < end)).all()
    pm = PatientMonth(patient_id, month)
    for e in sorted(rows, key=lambda e: e.started_at, reverse=True):
        pm.entries.append(_row(e))
        pm.minutes[e.program] = pm.minutes.get(e.program, 0) + e.minutes
    return pm


@dataclass(frozen=True)
class MonthRow:
    patient_id: str
    mrn: str
    family_name: str
    given_name: str
    birth_date: dt.date | None
    program: str
    minutes: int
    entries: int
    codes: tuple[CodeReached, ...]

    @property
    def codes_text(self) -> str:
        return codes_text(list(self.codes))


@dataclass
class MonthReport:
    month: dt.date
    rows: list[MonthRow]
    codes_version: str
    disclaimer: str

    @property
    def patients(self) -> int:
        return len({r.patient_id for r in self.rows})

    @property
    def minutes(self) -> int:
        return sum(r.minutes for r in self.rows)

    def reaching(self, code: str) -> int:
        """Patients whose minutes reach ``code``."""
        return len({r.patient_id for r in self.rows if any(c.code == code for c in r.codes)})


def month_report(session: Session, month: dt.date, *, tz: dt.tzinfo | None = None
                 ) -> MonthReport:
    """Every patient with time in ``month``: one row per patient and program, by name."""
    start, end = month_bounds(month, tz)
    stmt = (select(TimeEntry.patient_id, TimeEntry.program, TimeEntry.minutes, Patient.mrn,
                   Patient.family_name, Patient.given_name, Patient.birth_date)
            .join(Patient, Patient.id == TimeEntry.patient_id)
            .where(TimeEntry.deleted_at.is_(None), Patient.deleted_at.is_(None),
                   TimeEntry.started_at >= start, TimeEntry.started_at < end))
    sums: dict[tuple[str, str], list[Any]] = {}
    for pid, program, minutes, mrn, family, given, born in session.execute(stmt):
        item = sums.setdefault((pid, program), [0, 0, mrn, family, given, born])
        item[0] += minutes
        item[1] += 1
    codes = load_billing_codes()
    rows = [MonthRow(pid, mrn or "", family or "", given or "", born, program, total, n,
                     tuple(codes_reached(program, total, codes)))
            for (pid, program), (total, n, mrn, family, given, born) in sums.items()]
    rows.sort(key=lambda r: (r.family_name.casefold(), r.given_name.casefold(), r.patient_id,
                             TIME_PROGRAMS.index(r.program) if r.program in TIME_PROGRAMS
                             else 9))
    return MonthReport(month, rows, codes.version, codes.disclaimer)


EXPORT_COLUMNS = ("month", "patient_id", "mrn", "family_name", "given_name", "birth_date",
                  "program", "minutes", "entries", "codes_reached", "next_threshold")


def export_csv(report: MonthReport) -> str:
    """The month report as CSV (one row per patient and program). It holds patient
    identifiers: whoever writes it to a file says it is not encrypted."""
    out = io.StringIO(newline="")
    w = csv.writer(out, lineterminator="\n")
    w.writerow(EXPORT_COLUMNS)
    month = report.month.strftime("%Y-%m")
    for r in report.rows:
        nxt = next_threshold(r.program, r.minutes)
        w.writerow([month, r.patient_id, r.mrn, r.family_name, r.given_name,
                    r.birth_date.isoformat() if r.birth_date else "", r.program, r.minutes,
                    r.entries, r.codes_text, f"{nxt[0]} at {nxt[1]} min" if nxt else ""])
    return out.getvalue()


# -- writing -----------------------------------------------------------------------------------
def log_time(store: Any, patient_id: str, minutes: int, *, activity: str = "care_coordination",
             program: str = "CCM", started_at: dt.datetime | None = None,
             comment: str | None = None, now: dt.datetime | None = None) -> TimeEntryRow:
    """Record ``minutes`` of work for a patient (started at ``started_at``, default now
    minus the minutes)."""
    now = aware_now(now)
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        raise InputError("the minutes must be a whole number")
    if not 1 <= minutes <= MAX_MINUTES:
        raise InputError(f"the minutes must be between 1 and {MAX_MINUTES}")
    if activity not in ACTIVITIES:
        raise InputError("the activity must be one of: " + ", ".join(ACTIVITIES))
    if program not in TIME_PROGRAMS:
        raise InputError("the program must be CCM, PCM, TCM or other")
    if started_at is None:
        started_at = now - dt.timedelta(minutes=minutes)
    if started_at.tzinfo is None or started_at.utcoffset() is None:
        raise InputError("the start time needs a time zone")
    if started_at > now + dt.timedelta(minutes=5):
        raise InputError("the time cannot start in the future")
    comment = (comment or "").strip() or None
    if comment and len(comment) > 1000:
        raise InputError("the comment is too long (at most 1000 characters)")
    with store.write() as s:
        patient = s.get(Patient, patient_id) if patient_id else None
        if patient is None or patient.deleted_at is not None:
            raise InputError("that patient is not in this store; choose a patient from the list")
        entry = TimeEntry(patient_id=patient_id, user_id=getattr(store.actor, "user_id", None),
                          started_at=started_at.astimezone(dt.UTC), minutes=minutes,
                          activity=activity, program=program, comment=comment)
        s.add(entry)
        s.flush()
        return _row(entry)


def delete_entry(store: Any, entry_id: str, *, now: dt.datetime | None = None) -> None:
    """Remove a time entry logged by mistake (a tombstone)."""
    now = aware_now(now)
    with store.write() as s:
        entry = s.get(TimeEntry, entry_id) if entry_id else None
        if entry is None or entry.deleted_at is not None:
            raise InputError("that time entry is no longer in this store; reload")
        entry.deleted_at = now


def timer_minutes(started: dt.datetime, stopped: dt.datetime) -> int:
    """Whole minutes a start/stop timer ran (rounded to the nearest minute, at least 1)."""
    seconds = (stopped - started).total_seconds()
    if seconds < 0:
        raise InputError("the timer stopped before it started")
    return max(1, int(seconds / 60 + 0.5))
