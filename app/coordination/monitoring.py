"""Remote monitoring: readings the patient (or her caregiver, or a device) reports from home,
per-patient thresholds on them, and the tasks a crossed threshold opens.

Readings are ordinary :class:`~app.models.entities.Observation` rows with ``reported_by``
"patient", "caregiver" or "device" and their LOINC codes, so the chart, the FHIR export and
sync see them like any other observation:

=============  ==========================================================================
weight         29463-7 Body weight, stored in kg (pounds are converted: 1 lb = 0.45359237 kg)
blood pressure 85354-9 panel with components 8480-6 (systolic) and 8462-4 (diastolic), mm[Hg]
               (the importer's format: ``components`` = [{system, code, display, value, unit}])
glucose        2339-0 Glucose in blood, or 41653-7 by glucometer (fingerstick); mg/dL
               (mmol/L is converted: 1 mmol/L = 18.0 mg/dL)
heart rate     8867-4, /min
SpO2           59408-5 Oxygen saturation by pulse oximetry, %
symptoms       75325-1 Symptom: the words in ``value_text``, the SNOMED CT code in
               ``value_code`` when one symptom was reported
=============  ==========================================================================

Thresholds (:class:`~app.models.entities.MonitoringThreshold`) are per patient: ``above`` and
``below`` (strict: a reading equal to the value does not alert), and for weight ``gain_1d`` /
``gain_7d``: the gain since the patient's own earlier reading taken 12 to 36 hours before
(the one nearest 24 hours) / 6 to 8 days before (the one nearest 7 days). Only remote readings
count (a clinic scale is a different scale). Defaults come from
``resources/coordination/monitoring_defaults.json``, matched to the patient's active problems.

A crossed threshold opens one Task (``origin`` "monitoring", ``origin_id`` the threshold's
id) per *breach episode*: a run of consecutive readings that all cross it. While the task is
open, later crossing readings update its description instead of adding tasks; once the nurse
closes it, no new task comes until a reading within the threshold has ended the episode. For
one measure and direction only the strictest crossed threshold opens a task (glucose 50 mg/dL
crosses "below 70" and "below 54": one task, for "below 54").

No Qt here. Read functions take a Session, write functions the store; every function takes an
injectable ``now``. Error messages never quote a reading.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.coordination.common import (aware_now, in_language, live_patient, read_knowledge_file,
                                     spanish_of)
from app.models.entities import Condition, MonitoringThreshold, Observation, Patient, Task
from app.models.errors import InputError

DEFAULTS_FILE = (Path(__file__).resolve().parents[2] / "resources" / "coordination"
                 / "monitoring_defaults.json")

LOINC = "http://loinc.org"
SNOMED = "http://snomed.info/sct"
ICD10 = "http://hl7.org/fhir/sid/icd-10-cm"

REPORTERS = ("patient", "caregiver", "device")
LB_TO_KG = 0.45359237
MMOL_TO_MGDL = 18.0
OPEN_STATUSES = ("open", "in_progress")
ORIGIN = "monitoring"

# LOINC codes.
WEIGHT = "29463-7"
BP_PANEL = "85354-9"
SYSTOLIC = "8480-6"
DIASTOLIC = "8462-4"
GLUCOSE_BLOOD = "2339-0"
GLUCOSE_METER = "41653-7"
HEART_RATE = "8867-4"
SPO2 = "59408-5"
SYMPTOM = "75325-1"
BP_PANEL_CODES = frozenset({BP_PANEL, "55284-4", "35094-2"})

DISPLAYS = {
    WEIGHT: "Body weight",
    BP_PANEL: "Blood pressure panel with all children optional",
    SYSTOLIC: "Systolic blood pressure",
    DIASTOLIC: "Diastolic blood pressure",
    GLUCOSE_BLOOD: "Glucose [Mass/volume] in Blood",
    GLUCOSE_METER: "Glucose [Mass/volume] in Capillary blood by Glucometer",
    HEART_RATE: "Heart rate",
    SPO2: "Oxygen saturation in Arterial blood by Pulse oximetry",
    SYMPTOM: "Symptom",
}

# What can be entered: key -> (label, unit words accepted -> stored unit, plausible range).
READING_MEASURES = ("weight", "bp", "glucose", "heart_rate", "spo2", "symptoms")
READING_LABELS = {"weight": "Weight", "bp": "Blood pressure", "glucose": "Glucose",
                  "heart_rate": "Heart rate", "spo2": "Oxygen saturation (SpO₂)",
                  "symptoms": "Symptoms"}
RANGES = {  # plausible home readings, in the stored unit
    "weight": (20.0, 350.0, "kg"),
    "systolic_bp": (60.0, 300.0, "mmHg"),
    "diastolic_bp": (30.0, 200.0, "mmHg"),
    "glucose": (20.0, 600.0, "mg/dL"),
    "heart_rate": (25.0, 250.0, "/min"),
    "spo2": (50.0, 100.0, "%"),
}
_UNIT_WORDS = {
    "weight": {"kg": "kg", "kgs": "kg", "kilogram": "kg", "kilograms": "kg",
               "lb": "lb", "lbs": "lb", "[lb_av]": "lb", "pound": "lb", "pounds": "lb"},
    "bp": {"mmhg": "mm[Hg]", "mm[hg]": "mm[Hg]", "mm hg": "mm[Hg]"},
    "glucose": {"mg/dl": "mg/dL", "mmol/l": "mmol/L"},
    "heart_rate": {"/min": "/min", "bpm": "/min", "beats/min": "/min", "{beats}/min": "/min"},
    "spo2": {"%": "%", "percent": "%"},
    "symptoms": {},
}
DEFAULT_UNITS = {"weight": "kg", "bp": "mm[Hg]", "glucose": "mg/dL", "heart_rate": "/min",
                 "spo2": "%"}
GLUCOSE_METHODS = ("blood", "fingerstick")

# Threshold measures: key -> (label, units allowed, short unit shown).
THRESHOLD_MEASURES: dict[str, tuple[str, tuple[str, ...]]] = {
    "weight": ("Weight", ("kg", "lb")),
    "systolic_bp": ("Systolic BP", ("mm[Hg]",)),
    "diastolic_bp": ("Diastolic BP", ("mm[Hg]",)),
    "glucose": ("Glucose", ("mg/dL",)),
    "heart_rate": ("Heart rate", ("/min",)),
    "spo2": ("SpO₂", ("%",)),
}
RULES = ("above", "below", "gain_1d", "gain_7d")
GAIN_RULES = ("gain_1d", "gain_7d")
# gain rule -> (earliest, latest, target) age of the earlier reading it compares with.
GAIN_WINDOWS = {
    "gain_1d": (dt.timedelta(hours=12), dt.timedelta(hours=36), dt.timedelta(hours=24)),
    "gain_7d": (dt.timedelta(days=6), dt.timedelta(days=8), dt.timedelta(days=7)),
}
UNIT_SHOWN = {"mm[Hg]": "mmHg", "/min": "/min", "%": "%", "kg": "kg", "lb": "lb",
              "mg/dL": "mg/dL"}
TASK_DUE_AFTER = dt.timedelta(hours=4)
MAX_CSV_ROWS = 5000


def fmt(value: float) -> str:
    """A reading value without trailing zeros: 82.0 -> "82", 1.43 -> "1.4"."""
    text = f"{round(value, 1):.1f}"
    return text[:-2] if text.endswith(".0") else text


# -- the defaults file ---------------------------------------------------------------------------
@dataclass(frozen=True)
class TemplateThreshold:
    measure: str
    rule: str
    value: float
    unit: str
    source: str  # the full citation


@dataclass(frozen=True)
class Template:
    id: str
    label: str
    snomed: frozenset[str]
    icd10_prefixes: tuple[str, ...]
    words: tuple[str, ...]
    thresholds: tuple[TemplateThreshold, ...]
    label_es: str = ""  # shown when the UI is Spanish

    def matches(self, code: str | None, system: str | None, text: str) -> bool:
        if code and (system is None or "snomed" in system) and code in self.snomed:
            return True
        if code and system and "icd-10" in system.lower() and \
                code.upper().startswith(self.icd10_prefixes):
            return True
        low = text.casefold()
        return any(w in low for w in self.words)


@dataclass(frozen=True)
class Defaults:
    version: str
    templates: tuple[Template, ...]
    symptoms: tuple[tuple[str, str, str], ...]  # (SNOMED code, English, Spanish)


class DefaultsError(ValueError):
    """The monitoring defaults file is damaged (a broken install, not the user's input)."""


def check_threshold(measure: str, rule: str, value: Any, unit: str | None) -> None:
    if measure not in THRESHOLD_MEASURES:
        raise InputError("the measure must be one of: " + ", ".join(THRESHOLD_MEASURES))
    if rule not in RULES:
        raise InputError("the rule must be above, below, gain_1d or gain_7d")
    if rule in GAIN_RULES and measure != "weight":
        raise InputError("a weight-gain rule applies to weight only")
    if unit not in THRESHOLD_MEASURES[measure][1]:
        raise InputError(f"the unit of a {THRESHOLD_MEASURES[measure][0].lower()} threshold "
                         f"must be {' or '.join(THRESHOLD_MEASURES[measure][1])}")
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
        raise InputError("the threshold value must be a number")
    if rule in GAIN_RULES:
        if not 0 < value <= (20 if unit == "kg" else 44):
            raise InputError("a weight-gain threshold must be more than 0 and at most "
                             "20 kg (44 lb)")
        return
    low, high, _shown = RANGES[measure]
    if measure == "weight" and unit == "lb":
        low, high = low / LB_TO_KG, high / LB_TO_KG
    if not low <= value <= high:
        raise InputError(f"a {THRESHOLD_MEASURES[measure][0].lower()} threshold must be "
                         f"between {fmt(low)} and {fmt(high)} {UNIT_SHOWN.get(unit, unit)}")


@lru_cache(maxsize=4)
def load_defaults(path: Path = DEFAULTS_FILE) -> Defaults:
    """The default thresholds and the symptom list, validated (DefaultsError if broken)."""
    data = read_knowledge_file(path, DefaultsError)
    version, sources = data["version"], data["sources"]
    templates = []
    seen: set[str] = set()
    for i, t in enumerate(data.get("templates") or []):
        where = f"{path.name}: templates[{i}]"
        tid = t.get("id")
        if not isinstance(tid, str) or tid in seen:
            raise DefaultsError(f"{where}: a unique 'id' is needed")
        seen.add(tid)
        match = t.get("match") or {}
        if not (match.get("snomed") or match.get("icd10_prefixes") or match.get("words")):
            raise DefaultsError(f"{where}: 'match' needs codes or words")
        items = []
        for j, th in enumerate(t.get("thresholds") or []):
            src = th.get("source")
            if src not in sources:
                raise DefaultsError(f"{where}.thresholds[{j}]: unknown source {src!r}")
            try:
                check_threshold(th.get("measure"), th.get("rule"), th.get("value"),
                                 th.get("unit"))
            except InputError as exc:
                raise DefaultsError(f"{where}.thresholds[{j}]: {exc}") from None
            items.append(TemplateThreshold(th["measure"], th["rule"], float(th["value"]),
                                           th["unit"], sources[src]))
        if not items:
            raise DefaultsError(f"{where}: no thresholds")
        label_es = spanish_of(t, "label")
        if label_es is None:
            raise DefaultsError(f"{where}: no Spanish label ('label_es')")
        templates.append(Template(
            tid, str(t.get("label") or tid), frozenset(match.get("snomed") or ()),
            tuple(match.get("icd10_prefixes") or ()),
            tuple(w.casefold() for w in match.get("words") or ()), tuple(items), label_es))
    symptoms = []
    for i, sym in enumerate(data.get("symptoms") or []):
        if not all(isinstance(sym.get(k), str) and sym.get(k) for k in ("code", "en", "es")):
            raise DefaultsError(f"{path.name}: symptoms[{i}] needs code, en and es")
        symptoms.append((sym["code"], sym["en"], sym["es"]))
    if not templates:
        raise DefaultsError(f"{path.name}: no templates")
    return Defaults(version, tuple(templates), tuple(symptoms))


# -- readings: parsing and validation -------------------------------------------------------
@dataclass(frozen=True)
class ParsedReading:
    """One validated reading, ready to store (values in the stored units)."""

    measure: str  # READING_MEASURES
    at: dt.datetime
    reported_by: str
    code: str
    category: str
    quantity: float | None = None
    unit: str | None = None
    systolic: float | None = None
    diastolic: float | None = None
    text: str | None = None
    symptom_code: str | None = None

    def observation(self, patient_id: str) -> Observation:
        obs = Observation(
            patient_id=patient_id, code_system=LOINC, code=self.code,
            code_display=DISPLAYS[self.code], category=self.category, status="final",
            effective_at=self.at, reported_by=self.reported_by)
        if self.measure == "bp":
            obs.components = [
                {"system": LOINC, "code": SYSTOLIC, "display": DISPLAYS[SYSTOLIC],
                 "value": self.systolic, "unit": "mm[Hg]"},
                {"system": LOINC, "code": DIASTOLIC, "display": DISPLAYS[DIASTOLIC],
                 "value": self.diastolic, "unit": "mm[Hg]"},
            ]
        elif self.measure == "symptoms":
            obs.value_text = self.text
            if self.symptom_code:
                obs.value_code, obs.value_code_system = self.symptom_code, SNOMED
        else:
            obs.value_quantity, obs.value_unit = self.quantity, self.unit
        return obs

    def key(self) -> tuple[Any, ...]:
        """What makes two readings the same (re-importing a file adds nothing)."""
        return (self.code, self.at.astimezone(dt.UTC).replace(microsecond=0),
                self.quantity, self.systolic, self.diastolic, self.text)


def _number(raw: Any, what: str) -> float:
    if isinstance(raw, bool):
        raise InputError(f"the {what} must be a number")
    if isinstance(raw, int | float):
        value = float(raw)
    else:
        text = str(raw or "").strip().replace(",", ".")
        if not text:
            raise InputError(f"the {what} is missing")
        try:
            value = float(text)
        except ValueError:
            raise InputError(f"the {what} must be a number") from None
    if value != value or value in (float("inf"), float("-inf")):
        raise InputError(f"the {what} must be a number")
    return value


def _in_range(key: str, value: float, what: str) -> None:
    low, high, shown = RANGES[key]
    if not low <= value <= high:
        raise InputError(f"the {what} must be between {fmt(low)} and {fmt(high)} {shown}; "
                         "check the reading and its unit")


def parse_reading(measure: str, value: Any, *, at: dt.datetime, unit: str | None = None,
                  reported_by: str = "patient", method: str | None = None,
                  symptoms: Sequence[str] = (), note: str | None = None,
                  now: dt.datetime | None = None) -> ParsedReading:
    """Check one reading and convert it to the stored units (InputError when it cannot be
    right: an unknown measure or unit, a value outside what a home reading can be, a time in
    the future). ``value``: a number; for blood pressure "142/88" (or a (142, 88) pair); for
    symptoms it is ignored and ``symptoms`` (SNOMED codes from the defaults) and/or ``note``
    give the text."""
    now = aware_now(now)
    measure = (measure or "").strip().lower()
    measure = {"blood_pressure": "bp", "blood pressure": "bp", "hr": "heart_rate",
               "pulse": "heart_rate", "heart rate": "heart_rate", "oxygen": "spo2",
               "symptom": "symptoms", "sugar": "glucose"}.get(measure, measure)
    if measure not in READING_MEASURES:
        raise InputError("the measure must be one of: " + ", ".join(READING_MEASURES))
    reported_by = (reported_by or "patient").strip().lower()
    if reported_by not in REPORTERS:
        raise InputError("reported by must be patient, caregiver or device")
    if not isinstance(at, dt.datetime) or at.tzinfo is None or at.utcoffset() is None:
        raise InputError("the reading needs a date and time with a time zone")
    if at > now + dt.timedelta(minutes=10):
        raise InputError("the reading's time is in the future")
    if at.year < 1990:
        raise InputError("the reading's date is too far in the past")
    at = at.astimezone(dt.UTC)
    unit_in = (unit or "").strip()
    if measure != "symptoms":
        words = _UNIT_WORDS[measure]
        stored = words.get(unit_in.lower()) if unit_in else DEFAULT_UNITS[measure]
        if stored is None:
            raise InputError(f"the unit of a {READING_LABELS[measure].lower()} reading must be "
                             f"{' or '.join(sorted(set(words.values())))}")
    else:
        stored = None
    common = {"measure": measure, "at": at, "reported_by": reported_by}
    if measure == "weight":
        v = _number(value, "weight")
        kg = v * LB_TO_KG if stored == "lb" else v
        _in_range("weight", kg, "weight")
        return ParsedReading(code=WEIGHT, category="vital-signs", quantity=round(kg, 2),
                             unit="kg", **common)
    if measure == "bp":
        if isinstance(value, tuple | list) and len(value) == 2:
            sys_raw, dia_raw = value
        else:
            parts = re.split(r"\s*/\s*", str(value or "").strip())
            if len(parts) != 2:
                raise InputError("a blood pressure is written systolic/diastolic, e.g. 128/76")
            sys_raw, dia_raw = parts
        sbp, dbp = _number(sys_raw, "systolic pressure"), _number(dia_raw, "diastolic pressure")
        _in_range("systolic_bp", sbp, "systolic pressure")
        _in_range("diastolic_bp", dbp, "diastolic pressure")
        if dbp >= sbp:
            raise InputError("the systolic pressure (first number) must be higher than the "
                             "diastolic (second)")
        return ParsedReading(code=BP_PANEL, category="vital-signs", systolic=round(sbp),
                             diastolic=round(dbp), **common)
    if measure == "glucose":
        v = _number(value, "glucose")
        mgdl = v * MMOL_TO_MGDL if stored == "mmol/L" else v
        _in_range("glucose", mgdl, "glucose")
        method = (method or "").strip().lower() or "fingerstick"
        if method in ("glucometer", "meter", "capillary", "finger"):
            method = "fingerstick"
        if method not in GLUCOSE_METHODS:
            raise InputError("the glucose method must be fingerstick or blood")
        code = GLUCOSE_METER if method == "fingerstick" else GLUCOSE_BLOOD
        return ParsedReading(code=code, category="laboratory", quantity=round(mgdl),
                             unit="mg/dL", **common)
    if measure in ("heart_rate", "spo2"):
        what = "heart rate" if measure == "heart_rate" else "oxygen saturation"
        v = _number(value, what)
        _in_range(measure, v, what)
        return ParsedReading(code=HEART_RATE if measure == "heart_rate" else SPO2,
                             category="vital-signs", quantity=round(v), unit=stored, **common)
    # symptoms
    known = {code: en for code, en, _es in load_defaults().symptoms}
    words = []
    for code in symptoms:
        if code not in known:
            raise InputError("unknown symptom code; choose from the symptom list")
        words.append(known[code])
    note = (note or "").strip()
    if not words and not note and value not in (None, ""):
        note = str(value).strip()
    if note:
        if len(note) > 500:
            raise InputError("the symptom note is too long (at most 500 characters)")
        words.append(note)
    if not words:
        raise InputError("name at least one symptom")
    return ParsedReading(code=SYMPTOM, category="survey", text="; ".join(words),
                         symptom_code=symptoms[0] if len(symptoms) == 1 and not note else None,
                         **common)


def parse_time(raw: str, what: str = "date") -> dt.datetime:
    """"2026-11-28 07:30", "2026-11-28T07:30:00-05:00" or "2026-11-28" (09:00) as an aware
    time; a time with no zone is the machine's local time."""
    text = (raw or "").strip()
    if not text:
        raise InputError(f"the {what} is missing")
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            value = dt.datetime.combine(dt.date.fromisoformat(text), dt.time(9, 0))
        else:
            value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise InputError(f"the {what} must look like 2026-11-28 07:30 (or 2026-11-28)") from None
    if value.tzinfo is None or value.utcoffset() is None:
        value = value.astimezone()  # local wall clock
    return value


# -- stored readings and thresholds as plain rows ------------------------------------------
@dataclass(frozen=True)
class ReadingRow:
    reading_id: str
    measure: str  # READING_MEASURES
    at: dt.datetime
    shown: str  # "82.6 kg", "142/88 mmHg", "Shortness of breath"
    values: dict[str, float]  # threshold measure -> value (weight in kg)
    reported_by: str
    code: str


@dataclass(frozen=True)
class ThresholdRow:
    threshold_id: str
    measure: str
    rule: str
    value: float
    unit: str
    active: bool
    source: str | None

    @property
    def text(self) -> str:
        return threshold_text(self.measure, self.rule, self.value, self.unit)

    @property
    def value_kg(self) -> float:
        return self.value * LB_TO_KG if self.unit == "lb" else self.value


def threshold_text(measure: str, rule: str, value: float, unit: str | None) -> str:
    """"Weight gain of more than 1 kg in about a day", "Systolic BP above 180 mmHg"."""
    u = UNIT_SHOWN.get(unit or "", unit or "")
    label = THRESHOLD_MEASURES.get(measure, (measure,))[0]
    if rule == "gain_1d":
        return f"Weight gain of more than {fmt(value)} {u} in about a day"
    if rule == "gain_7d":
        return f"Weight gain of more than {fmt(value)} {u} in about a week"
    tight = u in ("%",) or u.startswith("/")
    amount = f"{fmt(value)}{u}" if tight else f"{fmt(value)} {u}"
    return f"{label} {rule} {amount}"


def _reading_row(o: Any) -> ReadingRow | None:
    code = o.code
    values: dict[str, float] = {}
    if code in BP_PANEL_CODES and o.components:
        parts = {c.get("code"): c.get("value") for c in o.components if isinstance(c, dict)}
        s, d = parts.get(SYSTOLIC), parts.get(DIASTOLIC)
        if not isinstance(s, int | float) or not isinstance(d, int | float):
            return None
        values = {"systolic_bp": float(s), "diastolic_bp": float(d)}
        return ReadingRow(o.id, "bp", o.effective_at, f"{fmt(s)}/{fmt(d)} mmHg", values,
                          o.reported_by, code)
    if code == SYMPTOM:
        return ReadingRow(o.id, "symptoms", o.effective_at, o.value_text or "", {},
                          o.reported_by, code)
    q = o.value_quantity
    if q is None:
        return None
    if code == WEIGHT:
        kg = q * LB_TO_KG if (o.value_unit or "").lower() in ("[lb_av]", "lb", "lbs") else q
        return ReadingRow(o.id, "weight", o.effective_at, f"{fmt(kg)} kg", {"weight": kg},
                          o.reported_by, code)
    if code in (GLUCOSE_BLOOD, GLUCOSE_METER, "2345-7"):
        mg = q * MMOL_TO_MGDL if (o.value_unit or "").lower() == "mmol/l" else q
        return ReadingRow(o.id, "glucose", o.effective_at, f"{fmt(mg)} mg/dL",
                          {"glucose": mg}, o.reported_by, code)
    if code == HEART_RATE:
        return ReadingRow(o.id, "heart_rate", o.effective_at, f"{fmt(q)}/min",
                          {"heart_rate": q}, o.reported_by, code)
    if code in (SPO2, "2708-6"):
        return ReadingRow(o.id, "spo2", o.effective_at, f"{fmt(q)}%", {"spo2": q},
                          o.reported_by, code)
    return None


def remote_readings(session: Session, patient_id: str) -> list[ReadingRow]:
    """The patient's remote (patient/caregiver/device) readings, oldest first."""
    O = Observation
    rows = session.execute(
        select(O.id, O.code, O.effective_at, O.value_quantity, O.value_unit, O.value_text,
               O.components, O.reported_by)
        .where(O.patient_id == patient_id, O.deleted_at.is_(None),
               O.reported_by.in_(REPORTERS), O.effective_at.is_not(None),
               O.status.is_distinct_from("entered-in-error"))
    ).all()
    out = [r for r in (_reading_row(o) for o in rows) if r is not None]
    out.sort(key=lambda r: (r.at, r.reading_id))
    return out


def thresholds(session: Session, patient_id: str, *, active_only: bool = False
               ) -> list[ThresholdRow]:
    T = MonitoringThreshold
    stmt = select(T).where(T.patient_id == patient_id, T.deleted_at.is_(None))
    if active_only:
        stmt = stmt.where(T.active.is_(True))
    out = [ThresholdRow(t.id, t.measure, t.rule, t.value, t.unit or "", bool(t.active), t.source)
           for t in session.scalars(stmt)]
    order = {m: i for i, m in enumerate(THRESHOLD_MEASURES)}
    out.sort(key=lambda t: (order.get(t.measure, 99), RULES.index(t.rule)
                            if t.rule in RULES else 9, t.value))
    return out


# -- evaluation ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Breach:
    threshold: ThresholdRow
    reading: ReadingRow
    message: str  # "Weight up 1.4 kg since yesterday"
    amount: float  # the value or the gain, in the threshold's unit
    baseline: ReadingRow | None = None


def _series(readings: Sequence[ReadingRow], measure: str) -> list[ReadingRow]:
    return [r for r in readings if measure in r.values]


def _baseline(series: Sequence[ReadingRow], idx: int, rule: str) -> ReadingRow | None:
    low, high, target = GAIN_WINDOWS[rule]
    at = series[idx].at
    best: ReadingRow | None = None
    best_gap: dt.timedelta | None = None
    for j in range(idx - 1, -1, -1):
        age = at - series[j].at
        if age > high:
            break
        if age < low:
            continue
        gap = abs(age - target)
        if best_gap is None or gap < best_gap:
            best, best_gap = series[j], gap
    return best


def check_breach(t: ThresholdRow, series: Sequence[ReadingRow], idx: int) -> Breach | None:
    """Does ``series[idx]`` (readings of ``t.measure``, oldest first) cross ``t``?"""
    reading = series[idx]
    value = reading.values.get(t.measure)
    if value is None:
        return None
    label = THRESHOLD_MEASURES[t.measure][0]
    u = UNIT_SHOWN.get(t.unit, t.unit)
    if t.rule in GAIN_RULES:
        base = _baseline(series, idx, t.rule)
        if base is None:
            return None
        gain_kg = value - base.values[t.measure]
        gain = round(gain_kg / LB_TO_KG if t.unit == "lb" else gain_kg, 1)
        if gain <= t.value:
            return None
        when = "since yesterday" if t.rule == "gain_1d" else "in a week"
        return Breach(t, reading, f"Weight up {fmt(gain)} {u} {when}", gain, base)
    shown = round(value / LB_TO_KG, 1) if t.measure == "weight" and t.unit == "lb" else value
    if t.rule == "above" and shown > t.value:
        word = "above"
    elif t.rule == "below" and shown < t.value:
        word = "below"
    else:
        return None
    tight = u in ("%",) or u.startswith("/")
    amount = f"{fmt(shown)}{u}" if tight else f"{fmt(shown)} {u}"
    return Breach(t, reading, f"{label} {amount}, {word} {fmt(t.value)}", shown)


def breaches(readings: Sequence[ReadingRow], rules: Iterable[ThresholdRow],
             only: set[str] | None = None) -> list[Breach]:
    """Every crossing of an active threshold by the readings (``only``: by those reading
    ids), strictest per reading, measure and direction, oldest reading first."""
    found: list[Breach] = []
    for t in rules:
        if not t.active:
            continue
        series = _series(readings, t.measure)
        for i, r in enumerate(series):
            if only is not None and r.reading_id not in only:
                continue
            b = check_breach(t, series, i)
            if b is not None:
                found.append(b)
    # Keep the strictest per (reading, measure, direction).
    best: dict[tuple[str, str, str], Breach] = {}
    for b in found:
        key = (b.reading.reading_id, b.threshold.measure, b.threshold.rule)
        cur = best.get(key)
        if cur is None:
            best[key] = b
            continue
        t, c = b.threshold, cur.threshold
        stricter = (t.value_kg > c.value_kg if t.rule in ("above", *GAIN_RULES)
                    else t.value_kg < c.value_kg)
        if stricter:
            best[key] = b
    out = list(best.values())
    out.sort(key=lambda b: (b.reading.at, b.threshold.measure, b.threshold.rule))
    return out


def _episode_start(t: ThresholdRow, series: Sequence[ReadingRow], idx: int) -> ReadingRow:
    """The first reading of the run of consecutive readings crossing ``t`` that ends at
    ``idx``."""
    start = idx
    while start > 0 and check_breach(t, series, start - 1) is not None:
        start -= 1
    return series[start]


@dataclass(frozen=True)
class TaskOutcome:
    task_id: str
    title: str
    created: bool  # False: an open task of the episode was updated


def _due(now: dt.datetime) -> dt.datetime:
    """Urgent, today: four hours from now, but before the end of the local day (so the task
    shows in today's My day)."""
    day = now.astimezone().date() + dt.timedelta(days=1)
    end_of_day = dt.datetime.combine(day, dt.time(0, 0)).astimezone() - dt.timedelta(minutes=1)
    return max(now, min(now + TASK_DUE_AFTER, end_of_day))


def _details(b: Breach) -> str:
    at = b.reading.at.astimezone().strftime("%Y-%m-%d %H:%M")
    lines = [f"{b.message}: {b.reading.shown} reported by the {b.reading.reported_by} on {at}."]
    if b.baseline is not None:
        was = b.baseline.at.astimezone().strftime("%Y-%m-%d %H:%M")
        lines.append(f"Compared with {b.baseline.shown} on {was}.")
    lines.append(f"Threshold: {b.threshold.text}.")
    if b.threshold.source:
        lines.append(f"Source: {b.threshold.source}"[:600])
    return "\n".join(lines)


def evaluate(s: Session, patient_id: str, reading_ids: Iterable[str] | None = None, *,
             now: dt.datetime | None = None) -> list[TaskOutcome]:
    """Check readings (``reading_ids``, default: every remote reading) against the patient's
    active thresholds inside the caller's write session and open or update the monitoring
    tasks (one per threshold per breach episode; see the module docstring)."""
    now = aware_now(now)
    readings = remote_readings(s, patient_id)
    rules = thresholds(s, patient_id, active_only=True)
    if not rules or not readings:
        return []
    only = set(reading_ids) if reading_ids is not None else None
    found = breaches(readings, rules, only)
    if not found:
        return []
    tasks = list(s.scalars(select(Task).where(
        Task.patient_id == patient_id, Task.origin == ORIGIN, Task.deleted_at.is_(None),
        Task.origin_id.in_({b.threshold.threshold_id for b in found}))))
    by_threshold: dict[str, list[Breach]] = {}
    for b in found:  # oldest reading first
        by_threshold.setdefault(b.threshold.threshold_id, []).append(b)
    outcomes: list[TaskOutcome] = []
    for tid, items in by_threshold.items():
        mine = [t for t in tasks if t.origin_id == tid]
        open_task = next((t for t in mine if t.status in OPEN_STATUSES), None)
        series = _series(readings, items[0].threshold.measure)
        newest = items[-1]
        if open_task is not None:
            if newest.reading is series[-1]:  # the task tells the latest crossing
                open_task.description = _details(newest)
                open_task.title = newest.message[:300]
            outcomes.append(TaskOutcome(open_task.id, open_task.title, False))
            continue
        for b in items:
            idx = next(i for i, r in enumerate(series) if r.reading_id == b.reading.reading_id)
            start = _episode_start(b.threshold, series, idx)
            if any(t.created_at is not None and t.created_at >= start.at for t in mine):
                continue  # this episode already had its task (closed since)
            # One task, telling the latest crossing among these readings.
            task = Task(patient_id=patient_id, title=newest.message[:300],
                        description=_details(newest), status="open", priority="urgent",
                        due_at=_due(now), origin=ORIGIN, origin_id=tid, created_at=now)
            s.add(task)
            s.flush()
            tasks.append(task)
            outcomes.append(TaskOutcome(task.id, task.title, True))
            break
    return outcomes


# -- writing -------------------------------------------------------------------------------
@dataclass(frozen=True)
class RecordResult:
    reading_ids: list[str]
    duplicates: int
    tasks: list[TaskOutcome]
    thresholds_added: int = 0

    @property
    def tasks_created(self) -> list[TaskOutcome]:
        return [t for t in self.tasks if t.created]


def _store_readings(s: Session, patient_id: str, parsed: Sequence[ParsedReading],
                    now: dt.datetime) -> RecordResult:
    live_patient(s, patient_id)
    added_defaults = 0
    if s.scalar(select(MonitoringThreshold.id).where(
            MonitoringThreshold.patient_id == patient_id).limit(1)) is None:
        added_defaults = _apply_defaults(s, patient_id)
    existing = {(_key_of(r)) for r in remote_readings(s, patient_id)}
    ids: list[str] = []
    dupes = 0
    for p in sorted(parsed, key=lambda p: p.at):
        if p.key() in existing:
            dupes += 1
            continue
        existing.add(p.key())
        obs = p.observation(patient_id)
        s.add(obs)
        s.flush()
        ids.append(obs.id)
    outcomes = evaluate(s, patient_id, ids, now=now) if ids else []
    return RecordResult(ids, dupes, outcomes, added_defaults)


def _key_of(r: ReadingRow) -> tuple[Any, ...]:
    at = r.at.astimezone(dt.UTC).replace(microsecond=0)
    if r.measure == "bp":
        return (r.code, at, None, r.values["systolic_bp"], r.values["diastolic_bp"], None)
    if r.measure == "symptoms":
        return (r.code, at, None, None, None, r.shown)
    value = next(iter(r.values.values()))
    return (r.code, at, round(value, 2) if r.measure == "weight" else round(value), None,
            None, None)


def add_reading(store: Any, patient_id: str, measure: str, value: Any, *,
                at: dt.datetime | None = None, unit: str | None = None,
                reported_by: str = "patient", method: str | None = None,
                symptoms: Sequence[str] = (), note: str | None = None,
                now: dt.datetime | None = None) -> RecordResult:
    """Record one reading (see :func:`parse_reading`) and check it against the thresholds,
    in one transaction. A patient with no thresholds yet gets the defaults for her problems
    first."""
    now = aware_now(now)
    parsed = parse_reading(measure, value, at=at or now, unit=unit, reported_by=reported_by,
                           method=method, symptoms=symptoms, note=note, now=now)
    with store.write() as s:
        return _store_readings(s, patient_id, [parsed], now)


CSV_COLUMNS = ("date", "measure", "value", "unit", "reported_by", "method", "note")
CSV_REQUIRED = ("date", "measure", "value")


def parse_readings_csv(text: str, *, now: dt.datetime | None = None) -> list[ParsedReading]:
    """Every row of a readings CSV, validated; the first bad row raises InputError naming
    its line number (nothing is returned, so nothing is half-imported)."""
    now = aware_now(now)
    if text.startswith("\ufeff"):
        text = text[1:]
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise InputError("the file is empty; the first line must name the columns "
                         "(date,measure,value,unit,reported_by,method,note)") from None
    except csv.Error as exc:
        raise InputError(f"line 1: not a readable CSV line ({exc})") from None
    names = [h.strip().lower() for h in header]
    unknown = [n for n in names if n not in CSV_COLUMNS]
    if unknown:
        raise InputError("line 1: unknown column(s) " + ", ".join(repr(n)[:40] for n in unknown)
                         + "; the columns are " + ",".join(CSV_COLUMNS))
    missing = [c for c in CSV_REQUIRED if c not in names]
    if missing:
        raise InputError("line 1: missing column(s) " + ", ".join(missing))
    if len(set(names)) != len(names):
        raise InputError("line 1: a column is named twice")
    out: list[ParsedReading] = []
    line = 1
    try:
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if len(row) > len(names):
                raise InputError(f"line {line}: more cells than columns")
            cells = dict(zip(names, [c.strip() for c in row], strict=False))
            try:
                measure = cells.get("measure", "")
                at = parse_time(cells.get("date", ""))
                is_sym = measure.lower() in ("symptoms", "symptom")
                out.append(parse_reading(
                    measure, cells.get("value", ""), at=at, unit=cells.get("unit") or None,
                    reported_by=cells.get("reported_by") or "patient",
                    method=cells.get("method") or None,
                    note=(cells.get("note") or None) if is_sym else None, now=now))
            except InputError as exc:
                raise InputError(f"line {line}: {exc}") from None
            if len(out) > MAX_CSV_ROWS:
                raise InputError(f"the file has more than {MAX_CSV_ROWS} readings; split it")
    except csv.Error as exc:
        raise InputError(f"line {reader.line_num}: not a readable CSV line ({exc})") from None
    if not out:
        raise InputError("the file has no readings under its header line")
    return out


@dataclass(frozen=True)
class ImportSummary:
    imported: int
    duplicates: int
    tasks_created: int
    tasks_updated: int
    thresholds_added: int

    def to_json(self) -> dict[str, int]:
        return {"imported": self.imported, "duplicates": self.duplicates,
                "tasks_created": self.tasks_created, "tasks_updated": self.tasks_updated,
                "thresholds_added": self.thresholds_added}


def import_readings_csv(store: Any, patient_id: str, text: str, *,
                        now: dt.datetime | None = None) -> ImportSummary:
    """Import a readings CSV for one patient in one transaction: every row or none. Rows
    already in the store (same measure, time and value) are counted, not added again."""
    now = aware_now(now)
    parsed = parse_readings_csv(text, now=now)
    with store.write() as s:
        result = _store_readings(s, patient_id, parsed, now)
    return ImportSummary(len(result.reading_ids), result.duplicates,
                         len(result.tasks_created), len(result.tasks) - len(result.tasks_created),
                         result.thresholds_added)


def read_csv_file(path: Path) -> str:
    """A readings file's text (InputError for a missing, unreadable or non-UTF-8 file)."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, not a CSV file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or type(exc).__name__})") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None


# -- thresholds ----------------------------------------------------------------------------
def matching_templates(session: Session, patient_id: str) -> list[Template]:
    """The default templates that the patient's active problems call for."""
    C = Condition
    rows = session.execute(
        select(C.code, C.code_system, C.code_text, C.code_display, C.codings)
        .where(C.patient_id == patient_id, C.deleted_at.is_(None),
               C.clinical_status.is_(None) | C.clinical_status.in_(("active", "recurrence",
                                                                    "relapse")),
               C.verification_status.is_distinct_from("entered-in-error"))
    ).all()
    found: list[Template] = []
    for t in load_defaults().templates:
        for code, system, text, display, codings in rows:
            words = f"{text or ''} {display or ''}"
            hit = t.matches(code, system, words)
            if not hit and codings:
                hit = any(isinstance(c, dict) and t.matches(c.get("code"), c.get("system"), "")
                          for c in codings)
            if hit:
                found.append(t)
                break
    return found


def _apply_defaults(s: Session, patient_id: str) -> int:
    existing: dict[tuple[str, str, str | None], list[float]] = {}
    for t in s.scalars(select(MonitoringThreshold).where(
            MonitoringThreshold.patient_id == patient_id,
            MonitoringThreshold.deleted_at.is_(None))):
        existing.setdefault((t.measure, t.rule, t.source), []).append(t.value)
    added = 0
    for template in matching_templates(s, patient_id):
        groups: dict[tuple[str, str, str | None], list[TemplateThreshold]] = {}
        for th in template.thresholds:
            groups.setdefault((th.measure, th.rule, th.source[:300]), []).append(th)
        for key, items in groups.items():
            have = existing.setdefault(key, [])
            # One there already (perhaps edited by the nurse) stands for one of the
            # template's; glucose below 70 and below 54 share measure, rule and source.
            missing = len(items) - len(have)
            for th in items:
                if missing <= 0:
                    break
                if th.value in have:
                    continue
                s.add(MonitoringThreshold(patient_id=patient_id, measure=th.measure,
                                          rule=th.rule, value=th.value, unit=th.unit,
                                          active=True, source=th.source[:300]))
                have.append(th.value)
                missing -= 1
                added += 1
    s.flush()
    return added


def apply_default_thresholds(store: Any, patient_id: str) -> int:
    """Add the default thresholds her problems call for that she does not have yet (one
    already there, edited or switched off, is left as the nurse set it). Returns how many
    were added."""
    with store.write() as s:
        live_patient(s, patient_id)
        return _apply_defaults(s, patient_id)


def save_threshold(store: Any, patient_id: str, *, measure: str, rule: str, value: float,
                   unit: str, active: bool = True, threshold_id: str | None = None,
                   source: str | None = None, now: dt.datetime | None = None,
                   reevaluate: bool = False) -> str:
    """Add a threshold, or change one (``threshold_id``). Returns its id. ``reevaluate``:
    check the latest reading against it at once."""
    check_threshold(measure, rule, value, unit)
    now = aware_now(now)
    with store.write() as s:
        live_patient(s, patient_id)
        if threshold_id:
            row = s.get(MonitoringThreshold, threshold_id)
            if row is None or row.deleted_at is not None or row.patient_id != patient_id:
                raise InputError("that threshold is no longer in this store; reload")
            row.measure, row.rule, row.value, row.unit, row.active = (
                measure, rule, float(value), unit, bool(active))
            if source is not None:
                row.source = source[:300] or None
        else:
            row = MonitoringThreshold(patient_id=patient_id, measure=measure, rule=rule,
                                      value=float(value), unit=unit, active=bool(active),
                                      source=(source or "Set by the nurse")[:300])
            s.add(row)
        s.flush()
        if reevaluate and row.active:
            latest = [r for r in remote_readings(s, patient_id) if measure in r.values][-1:]
            evaluate(s, patient_id, [r.reading_id for r in latest], now=now)
        return row.id


def delete_threshold(store: Any, threshold_id: str, *, now: dt.datetime | None = None) -> None:
    """Remove a threshold (a tombstone, so the removal syncs)."""
    now = aware_now(now)
    with store.write() as s:
        row = s.get(MonitoringThreshold, threshold_id) if threshold_id else None
        if row is None or row.deleted_at is not None:
            raise InputError("that threshold is no longer in this store; reload")
        row.deleted_at = now


# -- texts in the UI language ------------------------------------------------------------------
def template_label(label: str, lang: str) -> str:
    """A default-threshold template's label (the English :attr:`MonitoringData.suggested`
    lists) in the UI language the view passes."""
    for t in load_defaults().templates:
        if t.label == label:
            return in_language(t.label, t.label_es, lang)
    return label


_GAIN_TITLE = re.compile(r"^Weight up (?P<amount>\S+) (?P<unit>\S+) "
                         r"(?P<when>since yesterday|in a week)$")
_LIMIT_TITLE = re.compile(r"^(?P<label>.+) (?P<amount>[0-9.]+) ?(?P<unit>\S*), "
                          r"(?P<word>above|below) (?P<limit>[0-9.]+)$")


def alert_parts(title: str) -> dict[str, str] | None:
    """The pieces of an alert task's title (which stays in English: it is stored), for a
    screen to write it in the UI language: ``{"rule": "gain_1d", "amount": "1.2", "unit":
    "kg"}`` or ``{"rule": "above", "measure": "systolic_bp", "amount": "190", "unit": "mmHg",
    "limit": "180"}``; None for any other title."""
    m = _GAIN_TITLE.match(title or "")
    if m:
        return {"rule": "gain_1d" if m["when"] == "since yesterday" else "gain_7d",
                "measure": "weight", "amount": m["amount"], "unit": m["unit"]}
    m = _LIMIT_TITLE.match(title or "")
    if m:
        measure = next((k for k, v in THRESHOLD_MEASURES.items() if v[0] == m["label"]), None)
        if measure is not None:
            return {"rule": m["word"], "measure": measure, "amount": m["amount"],
                    "unit": m["unit"], "limit": m["limit"]}
    return None


# -- what the Monitoring section shows ------------------------------------------------------
@dataclass(frozen=True)
class AlertRow:
    task_id: str
    title: str
    status: str
    due_at: dt.datetime | None
    created_at: dt.datetime | None


@dataclass
class MonitoringData:
    patient_id: str
    readings: list[ReadingRow] = field(default_factory=list)  # newest first
    thresholds: list[ThresholdRow] = field(default_factory=list)
    alerts: list[AlertRow] = field(default_factory=list)  # monitoring tasks, open first
    flags: dict[str, list[str]] = field(default_factory=dict)  # reading id -> messages
    suggested: list[str] = field(default_factory=list)  # template labels not yet applied
    time: Any = None  # time_tracking.PatientMonth
    surveys: list[Any] = field(default_factory=list)  # satisfaction.SurveyRow


def monitoring_data(session: Session, patient_id: str, *, now: dt.datetime | None = None
                    ) -> MonitoringData:
    """Readings (newest first) with the thresholds each crosses, thresholds, and the
    monitoring tasks, for the chart's Monitoring section."""
    aware_now(now)
    readings = remote_readings(session, patient_id)
    rules = thresholds(session, patient_id)
    flags: dict[str, list[str]] = {}
    for b in breaches(readings, rules):
        flags.setdefault(b.reading.reading_id, []).append(b.message)
    tasks = session.execute(
        select(Task.id, Task.title, Task.status, Task.due_at, Task.created_at)
        .where(Task.patient_id == patient_id, Task.origin == ORIGIN, Task.deleted_at.is_(None))
    ).all()
    alerts = [AlertRow(*t) for t in tasks]
    far = dt.datetime.min.replace(tzinfo=dt.UTC)
    alerts.sort(key=lambda a: (a.status not in OPEN_STATUSES,
                               -(a.created_at or far).timestamp()))
    have = {(t.measure, t.rule) for t in rules}
    suggested = [t.label for t in matching_templates(session, patient_id)
                 if any((th.measure, th.rule) not in have for th in t.thresholds)]
    return MonitoringData(patient_id, list(reversed(readings)), rules, alerts, flags, suggested)


def fetch_monitoring(store: Any, patient_id: str, *, now: dt.datetime | None = None
                     ) -> MonitoringData:
    """Everything the chart's Monitoring section shows, in one read session: readings,
    thresholds and alerts, this month's care-management time and the surveys (what the
    view runs in the background)."""
    from app.coordination.satisfaction import surveys
    from app.coordination.time_tracking import patient_month

    with store.session() as session:
        data = monitoring_data(session, patient_id, now=now)
        data.time = patient_month(session, patient_id, now=now)
        data.surveys = surveys(session, patient_id)
    return data


def find_patient(session: Session, ref: str) -> str:
    """The id of the live patient with this id, FHIR id or MRN (InputError: none, or an MRN
    shared by several)."""
    from sqlalchemy import or_

    matches = session.scalars(select(Patient.id).where(
        Patient.deleted_at.is_(None),
        or_(Patient.id == ref, Patient.fhir_id == ref, Patient.mrn == ref))).all()
    if not matches:
        raise InputError("no patient with that id or MRN in the store")
    if len(matches) > 1:
        raise InputError("that MRN matches more than one patient; give the patient id")
    return matches[0]
