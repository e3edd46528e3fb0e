"""Care gaps: rules as data (``resources/coordination/care_gaps.json``), evaluated per patient
and across the panel, AS OF a given time, and closed by evidence in the chart.

A rule applies to a patient in its population (age on the day evaluated, sex, an active
condition of a condition set); it is **closed** when its evidence is in the chart within its
lookback, **open** otherwise, **excluded** for a patient with an exclusion condition or a
recorded :class:`~app.models.entities.CareGapExclusion` (declined, contraindicated, done
elsewhere, until a date). Rules that do not apply are simply absent from the results.

"As of" means exactly that: records dated after ``as_of`` (observations, immunizations,
procedures, conditions by onset, exclusions by their recording time) are ignored, so the
metrics can evaluate the start and the end of a period. Records without a date cannot be
placed in time and never count as evidence.

:func:`evaluate_panel` loads everything it needs in a fixed number of queries (patients,
conditions, the observations/immunizations/procedures with the rules' codes, exclusions),
whatever the number of patients; :func:`evaluate_patient` is the same code for one patient.
:func:`evaluate_panel_at` gives the same results at several times (the metrics' period start
and end, each month boundary of the trends) from one load: each time sees only what is dated up
to it, and a rule's result for a patient is carried to the next time when provably nothing it
depends on changed in between (no record of its codes, condition of its sets or exclusion of
it dated in between; no age limit, look-back window end, season start or exclusion end
crossed), otherwise evaluated again.

Closing a gap = new evidence: :func:`record_immunization`, :func:`record_observation`,
:func:`record_blood_pressure`, :func:`record_procedure` (and :func:`record_gap_evidence`,
which writes what a rule's ``record`` entry says). A gap opening creates no task; the screen
offers :func:`create_gap_task` (origin ``"care_gap"``, idempotent per patient and rule).

No Qt here.
"""

from __future__ import annotations

import calendar
import datetime as dt
import gc
import json
import threading
import uuid
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.coordination.common import (DIASTOLIC, SYSTOLIC, bp_from_components, check_time,
                                     in_language, live_patient, spanish_of)
from app.models.base import CVX, LOINC, SNOMED, utcnow
from app.models.entities import (CareGapExclusion, Condition, Immunization, Observation, Patient,
                                 Procedure, Task)
from app.models.errors import InputError

__all__ = ["RULES_FILE", "RuleError", "Rule", "GapResult", "load_rules", "rule_by_id", "rule_title",
           "evaluate_patient", "evaluate_panel", "evaluate_panel_at", "panel_summary", "RuleCount",
           "record_immunization", "record_observation", "record_blood_pressure",
           "record_procedure", "record_gap_evidence", "record_exclusion", "remove_exclusion",
           "create_gap_task", "gap_task_origin_id", "EXCLUSION_REASONS", "add_months",
           "evidence_label", "record_label", "record_choices", "NEVER_RECORDED"]

RULES_FILE = Path(__file__).resolve().parents[2] / "resources" / "coordination" / "care_gaps.json"
EXCLUSION_REASONS = ("declined", "contraindicated", "done_elsewhere", "not_applicable")
BP_PANEL_CODES = ("85354-9", "55284-4", "35094-2", "8716-3")
ACTIVE_CONDITION = (None, "active", "recurrence", "relapse")
BAD_OBS_STATUS = ("entered-in-error", "cancelled")
BAD_EVENT_STATUS = ("entered-in-error", "not-done")
_CHUNK = 900  # ids per IN (...) clause


class RuleError(ValueError):
    """The care-gap rules file is missing or malformed (names the rule, never patient data)."""


# -- rules -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ConditionSet:
    name: str
    snomed: frozenset[str]
    icd10_prefixes: tuple[str, ...]
    keywords: tuple[str, ...]
    keyword_excludes: tuple[str, ...]

    def matches(self, code: str | None, *texts: str | None) -> bool:
        if code:
            if code in self.snomed:
                return True
            upper = code.upper()
            if any(upper.startswith(p) for p in self.icd10_prefixes):
                return True
        text = " ".join(t for t in texts if t).casefold()
        if not text or any(x in text for x in self.keyword_excludes):
            return False
        return any(k in text for k in self.keywords)


@dataclass(frozen=True)
class Evidence:
    """One leaf of a rule's evidence (``kind`` observation | immunization | procedure |
    bp_control)."""

    kind: str
    label: str
    codes: frozenset[str] = frozenset()
    within_months: int | None = None
    goal_below: float | None = None
    within_months_not_at_goal: int | None = None
    season_start: tuple[int, int] | None = None  # (month, day)
    min_count: int = 1
    min_age_at_dose: int | None = None
    systolic_below: float = 140
    diastolic_below: float = 90
    readings: int = 2
    label_es: str = ""  # the Spanish the screens show when the UI is Spanish


@dataclass(frozen=True)
class Rule:
    id: str
    title: str
    description: str
    age_min_months: int | None
    age_max: int | None  # years, inclusive
    sex: str | None
    conditions: ConditionSet | None
    exclude_conditions: ConditionSet | None
    evidence: tuple[tuple[Evidence, ...], ...]  # any_of alternatives, each all_of its parts
    record: tuple[dict[str, Any], ...]
    source: str  # the citation(s), in full
    source_keys: tuple[str, ...]
    notes: str | None = None
    title_es: str = ""  # the Spanish the screens show when the UI is Spanish
    description_es: str = ""

    def title_in(self, lang: str) -> str:
        """The title in the UI language (``"en"`` | ``"es"``)."""
        return in_language(self.title, self.title_es, lang)

    def description_in(self, lang: str) -> str:
        return in_language(self.description, self.description_es, lang)

    @property
    def codes(self) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {"observation": set(), "immunization": set(),
                                    "procedure": set()}
        for alternative in self.evidence:
            for ev in alternative:
                if ev.kind == "bp_control":
                    out["observation"].update((*BP_PANEL_CODES, SYSTOLIC, DIASTOLIC))
                else:
                    out[ev.kind].update(ev.codes)
        return out


@dataclass(frozen=True)
class GapResult:
    """One applicable rule for one patient, as of the time evaluated."""

    rule_id: str
    title: str
    status: str  # "open" | "closed" | "excluded"
    since: dt.datetime | None  # when the gap opened (open gaps only)
    evidence: str | None  # in English (the CLI, the metrics)
    evidence_ids: list[str] = field(default_factory=list)
    source: str = ""
    # the same, language-neutral, for the screens to write in the UI language: a key (see
    # _EVIDENCE_TEXTS) and its arguments (dates as ISO days, numbers as shown, evidence labels
    # in English: evidence_label() gives their Spanish; nested parts as (key, args));
    # NEVER_RECORDED for an open gap with no evidence ever
    evidence_key: str = ""
    evidence_args: tuple[Any, ...] = ()


NEVER_RECORDED = "never_recorded"


_lock = threading.Lock()
_cache: dict[Path, list[Rule]] = {}

_EVIDENCE_KINDS = ("observation", "immunization", "procedure", "bp_control")
_RECORD_KINDS = ("observation", "immunization", "procedure", "blood_pressure")


def _need(d: dict[str, Any], key: str, kind: type | tuple[type, ...], where: str) -> Any:
    if key not in d:
        raise RuleError(f"care_gaps.json: {where} has no '{key}'")
    value = d[key]
    if not isinstance(value, kind) or isinstance(value, bool) and kind is not bool:
        raise RuleError(f"care_gaps.json: {where}: '{key}' has the wrong type")
    return value


def _opt_int(d: dict[str, Any], key: str, where: str) -> int | None:
    value = d.get(key)
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise RuleError(f"care_gaps.json: {where}: '{key}' must be a whole number >= 0")
    return value


def _condition_set(name: str, d: Any) -> ConditionSet:
    where = f"condition set {name!r}"
    if not isinstance(d, dict):
        raise RuleError(f"care_gaps.json: {where} must be an object")
    lists = {}
    for key in ("snomed", "icd10_prefixes", "keywords", "keyword_excludes"):
        value = d.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise RuleError(f"care_gaps.json: {where}: '{key}' must be a list of texts")
        lists[key] = value
    if not (lists["snomed"] or lists["icd10_prefixes"] or lists["keywords"]):
        raise RuleError(f"care_gaps.json: {where} matches nothing")
    return ConditionSet(name, frozenset(lists["snomed"]),
                        tuple(p.upper() for p in lists["icd10_prefixes"]),
                        tuple(k.casefold() for k in lists["keywords"]),
                        tuple(k.casefold() for k in lists["keyword_excludes"]))


def _evidence(d: Any, where: str) -> Evidence:
    if not isinstance(d, dict):
        raise RuleError(f"care_gaps.json: {where} must be an object")
    kind = _need(d, "kind", str, where)
    if kind not in _EVIDENCE_KINDS:
        raise RuleError(f"care_gaps.json: {where}: unknown evidence kind {kind!r}")
    label = _need(d, "label", str, where)
    label_es = spanish_of(d, "label")
    if label_es is None:
        raise RuleError(f"care_gaps.json: {where} has no Spanish label ('label_es')")
    codes: list[str] = []
    if kind != "bp_control":
        codes = _need(d, "codes", list, where)
        if not codes or not all(isinstance(c, str) and c for c in codes):
            raise RuleError(f"care_gaps.json: {where}: 'codes' must be a non-empty list of codes")
    season = None
    if d.get("season_start") is not None:
        text = _need(d, "season_start", str, where)
        try:
            month, day = (int(x) for x in text.split("-"))
            dt.date(2001, month, day)
        except ValueError:
            raise RuleError(f"care_gaps.json: {where}: 'season_start' must be MM-DD") from None
        season = (month, day)
    within = _opt_int(d, "within_months", where)
    min_count = _opt_int(d, "min_count", where) or 1
    min_age = _opt_int(d, "min_age_at_dose", where)
    if kind in ("observation", "procedure", "bp_control") and within is None:
        raise RuleError(f"care_gaps.json: {where}: needs 'within_months'")
    if kind == "immunization" and within is None and season is None and min_count == 1 \
            and min_age is None:
        raise RuleError(f"care_gaps.json: {where}: an immunization needs 'within_months', "
                        "'season_start', 'min_count' or 'min_age_at_dose'")
    goal = d.get("goal_below")
    if goal is not None and (not isinstance(goal, (int, float)) or isinstance(goal, bool)):
        raise RuleError(f"care_gaps.json: {where}: 'goal_below' must be a number")
    extra: dict[str, Any] = {}
    for key in ("systolic_below", "diastolic_below"):
        if key in d:
            extra[key] = float(_need(d, key, (int, float), where))
    if "readings" in d:
        extra["readings"] = _opt_int(d, "readings", where) or 1
    return Evidence(kind=kind, label=label, codes=frozenset(codes), within_months=within,
                    goal_below=float(goal) if goal is not None else None,
                    within_months_not_at_goal=_opt_int(d, "within_months_not_at_goal", where),
                    season_start=season, min_count=min_count, min_age_at_dose=min_age,
                    label_es=label_es, **extra)


def _record(d: Any, where: str) -> dict[str, Any]:
    if not isinstance(d, dict):
        raise RuleError(f"care_gaps.json: {where} must be an object")
    kind = _need(d, "kind", str, where)
    if kind not in _RECORD_KINDS:
        raise RuleError(f"care_gaps.json: {where}: unknown record kind {kind!r}")
    if kind != "blood_pressure":
        _need(d, "code", str, where)
        _need(d, "display", str, where)
    _need(d, "label", str, where)
    if spanish_of(d, "label") is None:
        raise RuleError(f"care_gaps.json: {where} has no Spanish label ('label_es')")
    if d.get("choices") is not None:
        choices = _need(d, "choices", list, where)
        spanish = d.get("choices_es")
        if not isinstance(spanish, list) or len(spanish) != len(choices) \
                or not all(isinstance(c, str) and c.strip() for c in spanish):
            raise RuleError(f"care_gaps.json: {where} has no Spanish choices ('choices_es', "
                            "one per choice)")
    return dict(d)


def record_label(spec: dict[str, Any], lang: str) -> str:
    """What the Record evidence form calls a rule's ``record`` entry, in the UI language."""
    return in_language(str(spec.get("label") or spec.get("display") or ""),
                       spec.get("label_es"), lang)


def record_choices(spec: dict[str, Any], lang: str) -> list[tuple[str, str]]:
    """A ``record`` entry's answers as (shown in the UI language, stored English) pairs."""
    english = [str(c) for c in spec.get("choices") or ()]
    spanish = spec.get("choices_es") or english
    return [(in_language(en, es, lang), en) for en, es in zip(english, spanish, strict=False)]


def evidence_label(label: str, lang: str) -> str:
    """An evidence label (the English a result's ``evidence_args`` carry) in the UI language."""
    if lang == "es":
        for rule in load_rules():
            for alternative in rule.evidence:
                for ev in alternative:
                    if ev.label == label and ev.label_es:
                        return ev.label_es
    return label


def _parse(data: Any) -> list[Rule]:
    if not isinstance(data, dict):
        raise RuleError("care_gaps.json: must be an object")
    _need(data, "version", str, "the file")
    sources = _need(data, "sources", dict, "the file")
    sets = {name: _condition_set(name, d)
            for name, d in _need(data, "condition_sets", dict, "the file").items()}
    rules: list[Rule] = []
    seen: set[str] = set()
    for i, r in enumerate(_need(data, "rules", list, "the file")):
        where = f"rule {i + 1}"
        if not isinstance(r, dict):
            raise RuleError(f"care_gaps.json: {where} must be an object")
        rid = _need(r, "id", str, where)
        where = f"rule {rid!r}"
        if rid in seen:
            raise RuleError(f"care_gaps.json: {where} is defined twice")
        seen.add(rid)
        title = _need(r, "title", str, where)
        title_es = spanish_of(r, "title")
        if title_es is None:
            raise RuleError(f"care_gaps.json: {where} has no Spanish title ('title_es')")
        description_es = spanish_of(r, "description")
        if r.get("description") and description_es is None:
            raise RuleError(f"care_gaps.json: {where} has no Spanish description "
                            "('description_es')")
        pop = _need(r, "population", dict, where)
        age_min = _opt_int(pop, "age_min", where)
        age_min_months = _opt_int(pop, "age_min_months", where)
        if age_min is not None:
            age_min_months = age_min * 12
        age_max = _opt_int(pop, "age_max", where)
        sex = pop.get("sex")
        if sex not in (None, "female", "male"):
            raise RuleError(f"care_gaps.json: {where}: 'sex' must be female or male")
        cond = excl = None
        for key in ("conditions", "exclude_conditions"):
            name = pop.get(key)
            if name is None:
                continue
            if name not in sets:
                raise RuleError(f"care_gaps.json: {where}: unknown condition set {name!r}")
            if key == "conditions":
                cond = sets[name]
            else:
                excl = sets[name]
        ev = _need(r, "evidence", dict, where)
        alternatives: list[tuple[Evidence, ...]] = []
        for j, alt in enumerate(_need(ev, "any_of", list, where)):
            if isinstance(alt, dict) and "all_of" in alt:
                parts = _need(alt, "all_of", list, f"{where} evidence {j + 1}")
                if not parts:
                    raise RuleError(f"care_gaps.json: {where}: an empty 'all_of'")
                alternatives.append(tuple(_evidence(p, f"{where} evidence {j + 1}")
                                          for p in parts))
            else:
                alternatives.append((_evidence(alt, f"{where} evidence {j + 1}"),))
        if not alternatives:
            raise RuleError(f"care_gaps.json: {where} has no evidence")
        record = tuple(_record(x, f"{where} record") for x in r.get("record", []))
        keys = r.get("source")
        if isinstance(keys, str):
            keys = [keys]
        if not isinstance(keys, list) or not keys:
            raise RuleError(f"care_gaps.json: {where} names no source")
        for key in keys:
            if key not in sources or not isinstance(sources[key], str):
                raise RuleError(f"care_gaps.json: {where}: unknown source {key!r}")
        rules.append(Rule(
            id=rid, title=title, description=str(r.get("description") or title),
            age_min_months=age_min_months, age_max=age_max, sex=sex, conditions=cond,
            exclude_conditions=excl, evidence=tuple(alternatives), record=record,
            source=" ".join(sources[k] for k in keys), source_keys=tuple(keys),
            notes=r.get("notes"), title_es=title_es,
            description_es=description_es or title_es))
    return rules


def load_rules(path: Path | None = None) -> list[Rule]:
    """The care-gap rules, validated (cached; a broken file raises :class:`RuleError`)."""
    path = path or RULES_FILE
    with _lock:
        if path not in _cache:
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except FileNotFoundError:
                raise RuleError(f"{path.name}: missing") from None
            except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
                raise RuleError(f"{path.name}: cannot be read ({type(exc).__name__})") from None
            _cache[path] = _parse(data)
        return list(_cache[path])


def rules_version(path: Path | None = None) -> str:
    data = json.loads((path or RULES_FILE).read_text(encoding="utf-8"))
    return str(data.get("version", ""))


def rule_by_id(rule_id: str) -> Rule:
    for rule in load_rules():
        if rule.id == rule_id:
            return rule
    raise InputError("that care-gap rule does not exist")


def rule_title(rule_id: str, lang: str, default: str = "") -> str:
    """A rule's title in the UI language the view passes (``"en"`` | ``"es"``); ``default``
    (the English a result carries) for a rule no longer in the file."""
    for rule in load_rules():
        if rule.id == rule_id:
            return rule.title_in(lang)
    return default


# -- dates -------------------------------------------------------------------------------------
def add_months(when: dt.datetime, months: int) -> dt.datetime:
    """``when`` plus ``months`` calendar months (the day clipped to the month's length)."""
    total = when.month - 1 + months
    year, month = when.year + total // 12, total % 12 + 1
    day = min(when.day, calendar.monthrange(year, month)[1])
    return when.replace(year=year, month=month, day=day)


def _birthday(birth: dt.date, months: int) -> dt.date:
    total = birth.month - 1 + months
    year, month = birth.year + total // 12, total % 12 + 1
    return dt.date(year, month, min(birth.day, calendar.monthrange(year, month)[1]))


def _start_of(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc)


def _age_months(birth: dt.date, on: dt.date) -> int:
    months = (on.year - birth.year) * 12 + on.month - birth.month
    if on.day < birth.day and not (on.day == calendar.monthrange(on.year, on.month)[1]):
        months -= 1
    return months


def _season_start(as_of: dt.datetime, month: int, day: int) -> dt.datetime:
    start = as_of.replace(month=month, day=day, hour=0, minute=0, second=0, microsecond=0)
    if start > as_of:
        start = start.replace(year=start.year - 1)
    return start


def _day(when: dt.datetime) -> str:
    return when.date().isoformat()


def _num(value: float) -> str:
    return f"{value:g}"


# -- the data the evaluations need -----------------------------------------------------------------
# An observation: (when, id, value, unit, text, components); a blood pressure reading: (when, id,
# systolic, diastolic).
_Obs = tuple[dt.datetime, str, float | None, str | None, str | None, Any]
_Reading = tuple[dt.datetime, str, float, float]


@dataclass(frozen=True)
class _RuleInputs:
    """What a rule looks at in a patient's records: (kind, code) of records, ("set", name) of
    condition sets, ("rule", its id) for exclusions."""

    id: str
    channels: frozenset[tuple[str, str]]

    @classmethod
    def of(cls, rule: Rule) -> _RuleInputs:
        channels = {(kind, code) for kind, codes in rule.codes.items() for code in codes}
        channels.update(("set", cs.name) for cs in (rule.conditions, rule.exclude_conditions)
                        if cs is not None)
        channels.add(("rule", rule.id))
        return cls(rule.id, frozenset(channels))


class _PatientData:
    """One patient's records that the rules look at.

    :func:`_load` fills it with everything dated up to the LATEST time to evaluate (records in
    the order the store returned them, by code); :meth:`at` gives the view as of an earlier
    time: exactly what loading as of that time would have given (the same records, codes in
    the same order), built in memory. When nothing differs the view is the patient herself.
    """

    __slots__ = ("birth_date", "sex", "conditions", "obs", "imms", "procs", "exclusions",
                 "seqs", "newest", "first_abated", "last_change", "_events", "_readings")

    def __init__(self, birth_date: dt.date | None = None, sex: str | None = None) -> None:
        self.birth_date = birth_date
        self.sex = sex
        # conditions that some rule's condition set matches and that may be active at a time
        # evaluated: (id, label, onset, abated, names of the sets it matches)
        self.conditions: list[tuple[str, str, dt.datetime | None, dt.datetime | None,
                                    frozenset[str]]] = []
        self.obs: dict[str, list[_Obs]] = {}  # code -> observations
        self.imms: dict[str, list[tuple[dt.datetime, str]]] = {}  # code -> (when, id)
        self.procs: dict[str, list[tuple[dt.datetime, str]]] = {}
        # (id, rule_id, reason, until, recorded_at), the latest recorded first
        self.exclusions: list[tuple[str, str, str, dt.date | None, dt.datetime]] = []
        # (kind, code) -> the rows' positions in the store's answer (to order codes in a view)
        self.seqs: dict[tuple[str, str], list[int]] = {}
        self.newest: dt.datetime | None = None  # the latest dated record of any kind
        self.first_abated: dt.datetime | None = None
        self.last_change: dt.datetime | None = None  # the latest record or abatement
        # what changes when: times, sorted, and what changed (see next_event())
        self._events: tuple[list[dt.datetime], list[tuple[str, str]]] | None = None
        self._readings: list[_Reading] | None = None

    def seen(self, when: dt.datetime) -> None:
        if self.newest is None or when > self.newest:
            self.newest = when
        if self.last_change is None or when > self.last_change:
            self.last_change = when

    def next_event(self, rule: _RuleInputs, as_of: dt.datetime) -> dt.datetime | None:
        """The first time after ``as_of`` at which what the rule looks at in her records
        differs (a record with its codes is dated, a condition of its sets starts or abates,
        an exclusion of it is recorded); None when nothing more happens."""
        if self.last_change is None or self.last_change <= as_of:
            return None
        if self._events is None:
            events: list[tuple[dt.datetime, tuple[str, str]]] = []
            for kind, records in (("observation", self.obs), ("immunization", self.imms),
                                  ("procedure", self.procs)):
                for code, rows in records.items():
                    events.extend((r[0], (kind, code)) for r in rows)
            for _cid, _label, start, abated, names in self.conditions:
                for when in (start, abated):
                    if when is not None:
                        events.extend((when, ("set", name)) for name in names)
            events.extend((x[4], ("rule", x[1])) for x in self.exclusions)
            events.sort(key=itemgetter(0))
            self._events = ([e[0] for e in events], [e[1] for e in events])
        times, keys = self._events
        for i in range(bisect_right(times, as_of), len(times)):
            if keys[i] in rule.channels:
                return times[i]
        return None

    def readings(self) -> list[_Reading]:
        if self._readings is None:
            self._readings = _bp_readings(self)
        return self._readings

    def at(self, as_of: dt.datetime) -> _PatientData:
        """The patient's data as of ``as_of`` (no later than the time loaded)."""
        if (self.newest is None or self.newest <= as_of) and \
                (self.first_abated is None or self.first_abated > as_of):
            return self
        view = _PatientData(self.birth_date, self.sex)
        view.conditions = [c for c in self.conditions
                           if (c[2] is None or c[2] <= as_of) and (c[3] is None or c[3] > as_of)]
        view.obs = self._until("observation", self.obs, as_of)
        view.imms = self._until("immunization", self.imms, as_of)
        view.procs = self._until("procedure", self.procs, as_of)
        view.exclusions = [x for x in self.exclusions if x[4] <= as_of]
        # A reading's parts share its time, so they are all in or all out: the readings as of
        # ``as_of`` are the loaded ones up to it, in the same order.
        view._readings = [r for r in self.readings() if r[0] <= as_of]
        return view

    def _until(self, kind: str, records: dict[str, list[Any]], as_of: dt.datetime
               ) -> dict[str, list[Any]]:
        kept: list[tuple[int, str, list[Any]]] = []
        for code, rows in records.items():
            seqs = self.seqs[(kind, code)]
            if all(r[0] <= as_of for r in rows):
                kept.append((seqs[0], code, rows))
                continue
            first = None
            part = []
            for seq, row in zip(seqs, rows, strict=True):
                if row[0] <= as_of:
                    if first is None:
                        first = seq
                    part.append(row)
            if first is not None:
                kept.append((first, code, part))
        # codes in the order of their first row as of ``as_of``, as the store would return them
        kept.sort(key=lambda k: k[0])
        return {code: rows for _first, code, rows in kept}


def _chunks(ids: Sequence[str]) -> Iterable[Sequence[str]]:
    for i in range(0, len(ids), _CHUNK):
        yield ids[i:i + _CHUNK]


def _load(session: Session, first: dt.datetime, last: dt.datetime,
          patient_ids: list[str] | None, rules: list[Rule]) -> dict[str, _PatientData]:
    """Every record the rules may need at a time from ``first`` to ``last`` (one query per
    kind of record, whatever the number of patients and of times)."""
    conn = session.connection()
    codes: dict[str, set[str]] = {"observation": set(), "immunization": set(), "procedure": set()}
    for rule in rules:
        for kind, found in rule.codes.items():
            codes[kind].update(found)
    sets = {cs.name: cs for rule in rules for cs in (rule.conditions, rule.exclude_conditions)
            if cs is not None}
    seen_sets: dict[tuple[Any, Any, Any], frozenset[str]] = {}
    data: dict[str, _PatientData] = {}

    def run(stmt: Any, column: Any) -> Iterable[Any]:
        if patient_ids is None:
            yield from conn.execute(stmt)
        else:
            for chunk in _chunks(patient_ids):
                yield from conn.execute(stmt.where(column.in_(chunk)))

    def add(d: _PatientData, kind: str, records: dict[str, list[Any]], code: str, row: Any,
            seq: int) -> None:
        rows = records.get(code)
        if rows is None:
            rows = records[code] = []
            d.seqs[(kind, code)] = []
        rows.append(row)
        d.seqs[(kind, code)].append(seq)
        d.seen(row[0])

    P = Patient
    stmt = select(P.id, P.birth_date, P.sex).where(
        P.deleted_at.is_(None), P.deceased.is_(False))
    for pid, birth, sex in run(stmt, P.id):
        data[pid] = _PatientData(birth_date=birth, sex=(sex or "").lower() or None)
    # A patient who died before as_of is out of every population; one marked deceased with no
    # date is left out too (nothing to close for her).
    if not data:
        return data

    C = Condition
    stmt = select(C.id, C.patient_id, C.code, C.code_display, C.code_text, C.clinical_status,
                  C.onset_at, C.recorded_at, C.abatement_at).where(C.deleted_at.is_(None))
    for cid, pid, code, display, text, status, onset, recorded, abated in run(stmt, C.patient_id):
        d = data.get(pid)
        if d is None:
            continue
        start = onset or recorded
        if start is not None and start > last:
            continue
        if abated is not None and abated <= first:
            continue
        if abated is None and status not in ACTIVE_CONDITION:
            continue  # resolved with no date: not active now, and we cannot tell when it was
        key = (code, display, text)
        matched = seen_sets.get(key)
        if matched is None:  # the same few conditions recur across a panel
            matched = seen_sets[key] = frozenset(name for name, cs in sets.items()
                                                 if cs.matches(code, display, text))
        if matched:
            d.conditions.append((cid, (display or text or code or "condition")[:80], start,
                                 abated, matched))
            if start is not None:
                d.seen(start)
            if abated is not None:
                if d.first_abated is None or abated < d.first_abated:
                    d.first_abated = abated
                if d.last_change is None or abated > d.last_change:
                    d.last_change = abated

    seq = 0
    O = Observation
    if codes["observation"]:
        stmt = select(O.id, O.patient_id, O.code, O.effective_at, O.value_quantity,
                      O.value_unit, O.value_text, O.components, O.status).where(
            O.deleted_at.is_(None), O.code.in_(sorted(codes["observation"])),
            O.effective_at.is_not(None), O.effective_at <= last)
        for oid, pid, code, when, value, unit, text, comps, status in run(stmt, O.patient_id):
            d = data.get(pid)
            if d is None or status in BAD_OBS_STATUS:
                continue
            seq += 1
            add(d, "observation", d.obs, code, (when, oid, value, unit, text, comps), seq)
    I = Immunization
    if codes["immunization"]:
        stmt = select(I.id, I.patient_id, I.code, I.occurred_at, I.status).where(
            I.deleted_at.is_(None), I.code.in_(sorted(codes["immunization"])),
            I.occurred_at.is_not(None), I.occurred_at <= last)
        for iid, pid, code, when, status in run(stmt, I.patient_id):
            d = data.get(pid)
            if d is not None and status not in BAD_EVENT_STATUS:
                seq += 1
                add(d, "immunization", d.imms, code, (when, iid), seq)
    Pr = Procedure
    if codes["procedure"]:
        stmt = select(Pr.id, Pr.patient_id, Pr.code, Pr.performed_start, Pr.performed_end,
                      Pr.status).where(Pr.deleted_at.is_(None),
                                       Pr.code.in_(sorted(codes["procedure"])))
        for prid, pid, code, start, end, status in run(stmt, Pr.patient_id):
            d = data.get(pid)
            when = start or end
            if d is None or when is None or when > last or status in BAD_EVENT_STATUS:
                continue
            seq += 1
            add(d, "procedure", d.procs, code, (when, prid), seq)
    X = CareGapExclusion
    stmt = select(X.id, X.patient_id, X.rule_id, X.reason, X.until, X.recorded_at).where(
        X.deleted_at.is_(None), X.recorded_at <= last)
    for xid, pid, rule_id, reason, until, recorded in run(stmt, X.patient_id):
        d = data.get(pid)
        if d is not None:
            d.exclusions.append((xid, rule_id, reason, until, recorded))
            d.seen(recorded)
    for d in data.values():
        if len(d.exclusions) > 1:  # the latest recorded first (ties: in the store's order)
            d.exclusions.sort(key=lambda x: x[4], reverse=True)
    return data


# -- evaluating ------------------------------------------------------------------------------------
_UTC = dt.timezone.utc
_EARLIEST = dt.datetime.min.replace(tzinfo=_UTC)
_LATEST = dt.datetime.max.replace(tzinfo=_UTC)


@dataclass(slots=True)
class _Outcome:
    met: bool
    text: str | None = None
    ids: list[str] = field(default_factory=list)
    lapsed_at: dt.datetime | None = None  # when unmet: when the last evidence stopped counting
    good_until: dt.datetime | None = None  # when met: when it stops counting (None: never)
    # with the same records, the outcome is the same at any time before this one (None:
    # always); it may change from then on
    stable_until: dt.datetime | None = None
    key: str = ""  # the text, language-neutral (GapResult.evidence_key/evidence_args)
    args: tuple[Any, ...] = ()


def _bp_english(a: tuple[Any, ...]) -> str:
    return f"{a[0]}/{a[1]} mm Hg on {a[2]}"


def evidence_english(key: str, args: tuple[Any, ...]) -> str:
    """The English of an evidence key and its arguments (what ``GapResult.evidence`` says)."""
    a = args
    if key == "obs_value":
        return f"{a[0]} {a[1]} on {a[2]}"
    if key == "obs_text":
        return f"{a[0]}: {a[1]} on {a[2]}"
    if key == "done_on":
        return f"{a[0]} on {a[1]}"
    if key in ("last_obs_value", "last_obs_text", "last_done_on"):
        return "last " + evidence_english(key[5:], args)
    if key == "last_dose_on":
        return f"last {a[0].lower()} on {a[1]}"
    if key == "doses_last_on":
        return f"{a[0]}: {a[1]} doses, last on {a[2]}"
    if key == "doses_of":
        return f"{a[0]}: {a[1]} of {a[2]} doses"
    if key == "no_bp":
        return "no blood pressure reading"
    if key == "bp_none_within":
        return f"no reading in {a[0]} months (last {_bp_english(a[1:])})"
    if key == "bp_not_controlled":
        return "not controlled: " + ", ".join(_bp_english(r) for r in a)
    if key == "bp_controlled":
        return f"BP {_bp_english(a)} (controlled)"
    if key == "bp_one_high":
        return f"BP {_bp_english(a)} (not controlled (one reading))"
    if key == "all_of":
        return "; ".join(evidence_english(k, x) for k, x in a)
    if key == "missing":
        text = "missing " + ", ".join(a[0])
        if a[1]:
            text += " (" + "; ".join(evidence_english(k, x) for k, x in a[1]) + ")"
        return text
    if key == "excluded_condition":
        return f"excluded: {a[0]}"
    if key == "excluded":
        text = f"excluded: {a[0].replace('_', ' ')} ({a[1]}"
        return text + (f", until {a[2]})" if a[2] else ")")
    return ""


def _out(met: bool, key: str, args: tuple[Any, ...], ids: list[str], **kw: Any) -> _Outcome:
    return _Outcome(met, evidence_english(key, args), ids, key=key, args=args, **kw)


_NOTHING = _Outcome(False)  # no evidence at all (shared: outcomes are never changed)


def _earliest(*times: dt.datetime | None) -> dt.datetime | None:
    known = [t for t in times if t is not None]
    return min(known) if known else None


@lru_cache(maxsize=1 << 16)
def _plus_months(when: dt.datetime, months: int) -> dt.datetime:
    """:func:`add_months`, remembered: the same records are looked at for every time and
    patient evaluated."""
    return add_months(when, months)


@lru_cache(maxsize=1 << 16)
def _birthday_start(birth: dt.date, months: int) -> dt.datetime:
    """00:00 UTC on the day ``birth`` + ``months`` (the birthday that puts her in an age
    range)."""
    return _start_of(_birthday(birth, months))


@lru_cache(maxsize=1 << 10)
def _season_start_cached(as_of: dt.datetime, month: int, day: int) -> dt.datetime:
    return _season_start(as_of, month, day)


def _latest(records: dict[str, list[Any]], codes: frozenset[str]) -> list[Any]:
    # a patient has few codes on record; a rule may list many
    found = [r for code, rs in records.items() if code in codes for r in rs]
    if len(found) > 1:
        found.sort(key=itemgetter(0), reverse=True)
    return found


def _newest(records: dict[str, list[Any]], codes: frozenset[str]) -> Any:
    """``_latest(records, codes)[0]`` (None when there is none), without sorting: the first
    record, in that order, of the latest time."""
    best = None
    for code, rs in records.items():
        if code in codes:
            for r in rs:
                if best is None or r[0] > best[0]:
                    best = r
    return best


def _obs_text(label: str, value: float | None, unit: str | None, text: str | None,
              when: dt.datetime) -> tuple[str, tuple[Any, ...]]:
    if value is not None:
        shown = f"{_num(value)} {unit}".strip() if unit else _num(value)
        return "obs_value", (label, shown, _day(when))
    if text:
        return "obs_text", (label, text[:60], _day(when))
    return "done_on", (label, _day(when))


def _eval_observation(ev: Evidence, d: _PatientData, as_of: dt.datetime) -> _Outcome:
    newest = _newest(d.obs, ev.codes)
    if newest is None:
        return _NOTHING
    when, oid, value, unit, text, _comps = newest
    months = ev.within_months or 0
    if ev.goal_below is not None and ev.within_months_not_at_goal is not None \
            and value is not None and value >= ev.goal_below:
        months = ev.within_months_not_at_goal
    until = _plus_months(when, months)
    key, args = _obs_text(ev.label, value, unit, text, when)
    if until > as_of:
        return _out(True, key, args, [oid], good_until=until, stable_until=until)
    return _out(False, "last_" + key, args, [oid], lapsed_at=until)


def _eval_procedure(ev: Evidence, d: _PatientData, as_of: dt.datetime) -> _Outcome:
    newest = _newest(d.procs, ev.codes)
    if newest is None:
        return _NOTHING
    when, prid = newest
    until = _plus_months(when, ev.within_months or 0)
    args = (ev.label, _day(when))
    if until > as_of:
        return _out(True, "done_on", args, [prid], good_until=until, stable_until=until)
    return _out(False, "last_done_on", args, [prid], lapsed_at=until)


def _eval_immunization(ev: Evidence, d: _PatientData, as_of: dt.datetime) -> _Outcome:
    found = _latest(d.imms, ev.codes)
    if ev.min_age_at_dose is not None:
        if d.birth_date is None:
            found = []
        else:
            adult = _birthday_start(d.birth_date, ev.min_age_at_dose * 12)
            found = [r for r in found if r[0] >= adult]
    if ev.season_start is not None:
        start = _season_start_cached(as_of, *ev.season_start)
        next_season = start.replace(year=start.year + 1)
        this_season = [r for r in found if r[0] >= start]
        if this_season:
            when, iid = this_season[0]
            return _out(True, "done_on", (ev.label, _day(when)), [iid],
                        good_until=next_season, stable_until=next_season)
        if found:
            return _out(False, "last_dose_on", (ev.label, _day(found[0][0])), [found[0][1]],
                        lapsed_at=start, stable_until=next_season)
        return _Outcome(False, None, [], lapsed_at=start, stable_until=next_season)
    recent = found
    stable = None
    if ev.within_months is not None:
        ends = [_plus_months(r[0], ev.within_months) for r in found]
        recent = [r for r, end in zip(found, ends, strict=True) if end > as_of]
        stable = min((end for end in ends if end > as_of), default=None)  # a dose lapses
    if len(recent) >= ev.min_count:
        used = recent[:ev.min_count]
        if ev.min_count > 1:
            key, args = "doses_last_on", (ev.label, len(recent), _day(recent[0][0]))
        else:
            key, args = "done_on", (ev.label, _day(recent[0][0]))
        until = _plus_months(used[-1][0], ev.within_months) if ev.within_months else None
        return _out(True, key, args, [r[1] for r in used], good_until=until,
                    stable_until=stable)
    if not found:
        return _NOTHING
    if ev.min_count > 1:
        return _out(False, "doses_of", (ev.label, len(recent), ev.min_count),
                    [r[1] for r in recent], stable_until=stable)
    until = _plus_months(found[0][0], ev.within_months) if ev.within_months else None
    return _out(False, "last_dose_on", (ev.label, _day(found[0][0])), [found[0][1]],
                lapsed_at=until)


def _bp_readings(d: _PatientData) -> list[_Reading]:
    """Blood pressure readings (when, id, systolic, diastolic), newest first: panels with
    their components, and separate systolic/diastolic observations taken at the same time."""
    readings: list[_Reading] = []
    for code in BP_PANEL_CODES:
        for when, oid, _v, _u, _t, comps in d.obs.get(code, ()):
            sbp, dbp = bp_from_components(comps)
            if sbp is not None and dbp is not None:
                readings.append((when, oid, sbp, dbp))
    diastolic = {when: (oid, v) for when, oid, v, *_ in d.obs.get(DIASTOLIC, ()) if v is not None}
    panel_times = {r[0] for r in readings}
    for when, oid, value, *_ in d.obs.get(SYSTOLIC, ()):
        if value is None or when in panel_times or when not in diastolic:
            continue
        readings.append((when, oid, float(value), diastolic[when][1]))
    readings.sort(key=itemgetter(0), reverse=True)
    return readings


def _eval_bp(ev: Evidence, d: _PatientData, as_of: dt.datetime) -> _Outcome:
    readings = d.readings()
    if not readings:
        return _out(False, "no_bp", (), [])
    months = ev.within_months or 12
    window = _plus_months(as_of, -months)
    recent = [r for r in readings if r[0] > window]

    def shown(r: _Reading) -> tuple[str, str, str]:
        return _num(r[2]), _num(r[3]), _day(r[0])

    if not recent:
        last = readings[0]
        return _out(False, "bp_none_within", (ev.within_months, *shown(last)),
                    [last[1]], lapsed_at=_plus_months(last[0], ev.within_months or 12))

    def controlled(r: _Reading) -> bool:
        return r[2] < ev.systolic_below and r[3] < ev.diastolic_below

    streak: list[_Reading] = []
    for r in recent:
        if controlled(r):
            break
        streak.append(r)
    # A reading stays in the window until ``months`` after it (add_months is monotonic and
    # add_months(add_months(w, m), -m) <= w): nothing changes before the oldest one leaves.
    stable = _plus_months(recent[-1][0], months)
    if len(streak) >= ev.readings:
        last = streak[:ev.readings]
        # newest first: the gap opened with the second-oldest reading of the streak
        opened = streak[len(streak) - ev.readings][0]
        return _out(False, "bp_not_controlled", tuple(shown(r) for r in last),
                    [r[1] for r in last], lapsed_at=opened, stable_until=stable)
    latest = recent[0]
    key = "bp_controlled" if controlled(latest) else "bp_one_high"
    return _out(True, key, shown(latest), [latest[1]],
                good_until=_plus_months(latest[0], months), stable_until=stable)


_EVALUATORS = {"observation": _eval_observation, "procedure": _eval_procedure,
               "immunization": _eval_immunization, "bp_control": _eval_bp}


def _eval_alternative(parts: tuple[Evidence, ...], d: _PatientData, as_of: dt.datetime
                      ) -> _Outcome:
    if len(parts) == 1:
        ev = parts[0]
        return _EVALUATORS[ev.kind](ev, d, as_of)
    outcomes = [_EVALUATORS[ev.kind](ev, d, as_of) for ev in parts]
    parts_shown = tuple((o.key, o.args) for o in outcomes if o.text)
    ids = [i for o in outcomes for i in o.ids]
    stable = _earliest(*(o.stable_until for o in outcomes))
    if all(o.met for o in outcomes):
        ends = [o.good_until for o in outcomes if o.good_until is not None]
        return _out(True, "all_of", parts_shown, ids, good_until=min(ends) if ends else None,
                    stable_until=stable)
    missing = [o for o in outcomes if not o.met]
    lapses = [o.lapsed_at for o in missing]
    lapsed = None if any(x is None for x in lapses) else max(x for x in lapses if x)
    missing_labels = [ev.label for ev, o in zip(parts, outcomes, strict=True) if not o.met]
    return _out(False, "missing", (tuple(missing_labels), parts_shown), ids, lapsed_at=lapsed,
                stable_until=stable)


def _entered_population(rule: Rule, d: _PatientData, matched: list[dt.datetime | None]
                        ) -> dt.datetime | None:
    """When the patient entered the rule's population: the later of the birthday that put her
    in its age range and the onset of the condition that put her in it (None when unknown)."""
    times: list[dt.datetime] = []
    if rule.age_min_months and d.birth_date is not None:
        times.append(_birthday_start(d.birth_date, rule.age_min_months))
    if rule.conditions is not None:
        known = [t for t in matched if t is not None]
        if not known:
            return max(times) if times else None
        times.append(min(known))
    return max(times) if times else None


def _age_limits(rule: Rule, birth: dt.date) -> tuple[dt.datetime, ...]:
    """The times (00:00 UTC of a birthday) at which the rule's age range lets her in or out:
    ``_age_months(birth, on) >= m`` exactly when ``on >= _birthday(birth, m)``."""
    limits = [_birthday_start(birth, 0)]
    if rule.age_min_months is not None:
        limits.append(_birthday_start(birth, rule.age_min_months))
    if rule.age_max is not None:
        limits.append(_birthday_start(birth, (rule.age_max + 1) * 12))
    return tuple(limits)


def _evaluate(rule: Rule, d: _PatientData, as_of: dt.datetime, on: dt.date,
              months: int | None, track: bool = True
              ) -> tuple[GapResult | None, dt.datetime | None]:
    """One rule for one patient as of ``as_of`` (``on``: its date; ``months``: her age in
    months on it, None without a birth date), and the time until which, her records being the
    same, the result is the same (None: for good; not worked out unless ``track``)."""
    stable: dt.datetime | None = None
    if rule.age_min_months is not None or rule.age_max is not None:
        if months is None:
            return None, None
        if track:
            stable = min((t for t in _age_limits(rule, d.birth_date)  # type: ignore[arg-type]
                          if t > as_of), default=None)
        if months < 0:
            return None, stable
        if rule.age_min_months is not None and months < rule.age_min_months:
            return None, stable
        if rule.age_max is not None and months // 12 > rule.age_max:
            return None, stable
    if rule.sex is not None and d.sex != rule.sex:
        return None, None
    matched: list[dt.datetime | None] = []
    if rule.conditions is not None:
        name = rule.conditions.name
        matched = [c[2] for c in d.conditions if name in c[4]]
        if not matched:
            return None, stable
    if rule.exclude_conditions is not None:
        name = rule.exclude_conditions.name
        for cid, label, _onset, _abated, names in d.conditions:
            if name in names:
                return GapResult(rule.id, rule.title, "excluded", None, f"excluded: {label}",
                                 [cid], rule.source, "excluded_condition", (label,)), stable
    excluded = None
    for xid, rule_id, reason, until, recorded in d.exclusions:  # the latest recorded first
        if rule_id != rule.id:
            continue
        if track and until is not None and until >= on:  # it stops counting after ``until``
            stable = _earliest(stable, _start_of(until + dt.timedelta(days=1)))
        if excluded is None and (until is None or until >= on):
            args = (reason, _day(recorded), until.isoformat() if until else "")
            excluded = GapResult(rule.id, rule.title, "excluded", None,
                                 evidence_english("excluded", args), [xid], rule.source,
                                 "excluded", args)
    if excluded is not None:
        return excluded, stable
    if len(rule.evidence) == 1:  # the same as below, for one alternative
        o = _eval_alternative(rule.evidence[0], d, as_of)
        if track and o.stable_until is not None and (stable is None or o.stable_until < stable):
            stable = o.stable_until
        if o.met:
            return GapResult(rule.id, rule.title, "closed", None, o.text, list(o.ids),
                             rule.source, o.key, o.args), stable
        entered = _entered_population(rule, d, matched)
        since = o.lapsed_at
        if entered is not None and (since is None or entered > since):
            since = entered
        if since is not None and since > as_of:
            since = as_of
            stable = as_of
        return GapResult(rule.id, rule.title, "open", since, o.text or None,
                         list(o.ids) if o.text else [], rule.source,
                         o.key if o.text else NEVER_RECORDED, o.args if o.text else ()), stable
    outcomes = [_eval_alternative(parts, d, as_of) for parts in rule.evidence]
    if track:
        stable = _earliest(stable, *(o.stable_until for o in outcomes))
    met = [o for o in outcomes if o.met]
    if met:
        best = met[0] if len(met) == 1 else max(met, key=lambda o: o.good_until or _LATEST)
        return GapResult(rule.id, rule.title, "closed", None, best.text, list(best.ids),
                         rule.source, best.key, best.args), stable
    entered = _entered_population(rule, d, matched)
    lapses = [o.lapsed_at for o in outcomes if o.lapsed_at is not None]
    since = max([*lapses, *([entered] if entered else [])], default=None)
    if since is not None and since > as_of:
        since = as_of
        stable = as_of  # "since" is the time evaluated: it differs at any other time
    shown = [o for o in outcomes if o.text]
    shown.sort(key=lambda o: o.lapsed_at or _EARLIEST, reverse=True)
    text = shown[0].text if shown else None
    ids = list(shown[0].ids) if shown else []
    key, args = (shown[0].key, shown[0].args) if shown else (NEVER_RECORDED, ())
    return GapResult(rule.id, rule.title, "open", since, text, ids, rule.source, key,
                     args), stable


def _check_as_of(as_of: dt.datetime) -> dt.datetime:
    if not isinstance(as_of, dt.datetime):
        raise InputError("the care-gap date must be a date and time")
    if as_of.tzinfo is None or as_of.utcoffset() is None:
        raise InputError("the care-gap time has no time zone; give a local or UTC time")
    return as_of.astimezone(dt.timezone.utc)


def evaluate_panel_at(session: Session, as_ofs: Iterable[dt.datetime],
                      patient_ids: list[str] | None = None
                      ) -> dict[dt.datetime, dict[str, list[GapResult]]]:
    """:func:`evaluate_panel` at several times from ONE read of the store: ``as_of`` ->
    (patient id -> results), each exactly what ``evaluate_panel(session, as_of,
    patient_ids)`` gives. The records up to the latest time are loaded once (the same fixed
    number of queries) and each time sees only those dated up to it."""
    given = list(dict.fromkeys(as_ofs))
    whens = [_check_as_of(t) for t in given]
    if not whens:
        return {}
    rules = load_rules()
    ids = None if patient_ids is None else list(dict.fromkeys(patient_ids))
    with _gc_paused():
        data = _load(session, min(whens), max(whens), ids, rules)
        return _evaluate_all(data, rules, given, whens)


@contextmanager
def _gc_paused() -> Iterator[None]:
    """The cyclic garbage collector off while the results are built: they are tens of
    thousands of objects that all stay alive, and each collection would scan them again (a
    third of the time). Nothing here makes cycles; it is turned back on after, if it was on."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _evaluate_all(data: dict[str, _PatientData], rules: list[Rule], given: list[dt.datetime],
                  whens: list[dt.datetime]) -> dict[dt.datetime, dict[str, list[GapResult]]]:
    out: dict[dt.datetime, dict[str, list[GapResult]]] = {key: {} for key in given}
    # Earliest first: a rule's result at one time is kept for the next ones while her records
    # and the time-dependent parts (ages, look-back windows, seasons, exclusions' end dates)
    # stay the same, so most (patient, rule) pairs are evaluated once, not once per time.
    order = sorted(zip(whens, given, strict=True), key=itemgetter(0))
    never = _LATEST
    inputs = [_RuleInputs.of(rule) for rule in rules]
    last = len(order) - 1
    count = len(rules)
    for pid, full in data.items():
        kept: list[GapResult | None] = [None] * count  # each rule's last result
        good: list[dt.datetime] = [_EARLIEST] * count  # and until when it holds
        for n, (as_of, key) in enumerate(order):
            track = n < last  # nothing is kept from the last time
            upcoming = order[n + 1][0] if track else as_of
            d: _PatientData | None = None
            on = as_of.date()
            months: int | None = None
            results = []
            for i, rule in enumerate(rules):
                if as_of < good[i]:
                    result = kept[i]
                else:
                    if d is None:
                        d = full.at(as_of)
                        if d.birth_date is not None:
                            months = _age_months(d.birth_date, on)
                    result, stable = _evaluate(rule, d, as_of, on, months, track)
                    if track:
                        if stable is not None and stable <= upcoming:
                            good[i] = stable  # evaluated again at the next time anyway
                        else:
                            good[i] = _earliest(stable, full.next_event(inputs[i], as_of)) \
                                or never
                        kept[i] = result
                if result is not None:
                    results.append(result)
            out[key][pid] = results
    return out


def evaluate_panel(session: Session, as_of: dt.datetime, patient_ids: list[str] | None = None
                   ) -> dict[str, list[GapResult]]:
    """Every live patient's applicable rules as of ``as_of`` (``patient_ids``: only those),
    patient id -> results in the rules' order. A fixed number of queries, whatever the panel's
    size (several times: :func:`evaluate_panel_at`)."""
    _check_as_of(as_of)
    return evaluate_panel_at(session, [as_of], patient_ids)[as_of]


def evaluate_patient(session: Session, patient_id: str, as_of: dt.datetime) -> list[GapResult]:
    """One patient's applicable rules as of ``as_of`` ([] for an unknown patient)."""
    return evaluate_panel(session, as_of, [patient_id]).get(patient_id, [])


# -- panel summary -----------------------------------------------------------------------------
@dataclass(frozen=True)
class RuleCount:
    rule_id: str
    title: str
    source: str
    open: int
    closed: int
    excluded: int

    @property
    def applicable(self) -> int:
        return self.open + self.closed

    @property
    def closed_rate(self) -> float | None:
        return self.closed / self.applicable if self.applicable else None


@dataclass(frozen=True)
class PatientGaps:
    patient_id: str
    name: str  # "Family, Given"
    birth_date: dt.date | None
    open: tuple[GapResult, ...]


@dataclass(frozen=True)
class PanelGaps:
    as_of: dt.datetime
    counts: tuple[RuleCount, ...]
    patients: tuple[PatientGaps, ...]  # patients with at least one open gap, most gaps first


def panel_summary(session: Session, as_of: dt.datetime, *, user_id: str | None = None
                  ) -> PanelGaps:
    """Counts by rule and the patients with open gaps (for the "Care gaps" workspace page).
    ``user_id``: only the patients on her panel."""
    from app.models.entities import PanelMembership

    ids: list[str] | None = None
    if user_id is not None:
        ids = list(session.scalars(select(PanelMembership.patient_id).where(
            PanelMembership.user_id == user_id, PanelMembership.deleted_at.is_(None),
            PanelMembership.until.is_(None))))
    results = evaluate_panel(session, as_of, ids)
    counts = []
    for rule in load_rules():
        states = [g.status for gaps in results.values() for g in gaps if g.rule_id == rule.id]
        counts.append(RuleCount(rule.id, rule.title, rule.source, states.count("open"),
                                states.count("closed"), states.count("excluded")))
    names = {pid: (given, family, birth) for pid, given, family, birth in session.execute(
        select(Patient.id, Patient.given_name, Patient.family_name, Patient.birth_date)
        .where(Patient.deleted_at.is_(None)))}
    patients = []
    for pid, gaps in results.items():
        open_ = tuple(g for g in gaps if g.status == "open")
        if not open_:
            continue
        given, family, birth = names.get(pid, ("", "", None))
        patients.append(PatientGaps(pid, f"{family or ''}, {given or ''}".strip(", "), birth,
                                    open_))
    patients.sort(key=lambda p: (-len(p.open), p.name.casefold(), p.patient_id))
    return PanelGaps(_check_as_of(as_of), tuple(counts), tuple(patients))


# -- writing: evidence, exclusions, tasks ----------------------------------------------------------
def _aware(when: dt.datetime | None, what: str) -> dt.datetime:
    return check_time(when, what) or utcnow()


def _not_future(when: dt.datetime, now: dt.datetime, what: str) -> None:
    if when > now + dt.timedelta(minutes=5):
        raise InputError(f"the {what} is in the future; give the date it was done")


def record_immunization(store: Any, patient_id: str, *, code: str, display: str,
                        occurred_at: dt.datetime | None = None, system: str = CVX,
                        now: dt.datetime | None = None) -> str:
    """Record a vaccine given (status completed); returns the new immunization's id."""
    now = _aware(now, "time now")
    when = _aware(occurred_at or now, "vaccination date")
    _not_future(when, now, "vaccination date")
    if not (code or "").strip():
        raise InputError("the vaccine needs a code")
    with store.write() as s:
        live_patient(s, patient_id)
        row = Immunization(patient_id=patient_id, code_system=system, code=code.strip(),
                           code_display=display, status="completed", occurred_at=when)
        s.add(row)
        s.flush()
        return row.id


def record_observation(store: Any, patient_id: str, *, code: str, display: str,
                       value: float | None = None, unit: str | None = None,
                       value_text: str | None = None, category: str = "laboratory",
                       effective_at: dt.datetime | None = None, system: str = LOINC,
                       low: float | None = None, high: float | None = None,
                       now: dt.datetime | None = None) -> str:
    """Record a result or a screening answer (status final); returns the observation's id.
    ``low``/``high``: the plausible range, checked (a typing slip is refused, not saved)."""
    now = _aware(now, "time now")
    when = _aware(effective_at or now, "result date")
    _not_future(when, now, "result date")
    if value is None and not (value_text or "").strip():
        raise InputError("enter the result: a number or an answer")
    if value is not None:
        if not isinstance(value, (int, float)) or isinstance(value, bool) or value != value:
            raise InputError("the result must be a number")
        if (low is not None and value < low) or (high is not None and value > high):
            raise InputError("the result is outside the possible range; check the number")
    with store.write() as s:
        live_patient(s, patient_id)
        row = Observation(patient_id=patient_id, code_system=system, code=code,
                          code_display=display, category=category, status="final",
                          effective_at=when, value_quantity=float(value) if value is not None
                          else None, value_unit=unit if value is not None else None,
                          value_text=(value_text or "").strip() or None,
                          reported_by="clinician")
        s.add(row)
        s.flush()
        return row.id


def record_blood_pressure(store: Any, patient_id: str, *, systolic: float, diastolic: float,
                          effective_at: dt.datetime | None = None,
                          now: dt.datetime | None = None) -> str:
    """Record a blood pressure reading as a LOINC 85354-9 panel with its two components."""
    now = _aware(now, "time now")
    when = _aware(effective_at or now, "reading time")
    _not_future(when, now, "reading time")
    for value in (systolic, diastolic):
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise InputError("blood pressure values must be numbers")
    if not (50 <= systolic <= 300 and 20 <= diastolic <= 200 and diastolic < systolic):
        raise InputError("the blood pressure is outside the possible range; check the numbers")
    with store.write() as s:
        live_patient(s, patient_id)
        row = Observation(
            patient_id=patient_id, code_system=LOINC, code="85354-9",
            code_display="Blood pressure panel with all children optional",
            category="vital-signs", status="final", effective_at=when,
            value_text=f"{_num(systolic)}/{_num(diastolic)} mm[Hg]",
            interpretation="H" if systolic >= 140 or diastolic >= 90 else "N",
            reported_by="clinician",
            components=[{"system": LOINC, "code": SYSTOLIC, "display": "Systolic blood pressure",
                         "value": systolic, "unit": "mm[Hg]"},
                        {"system": LOINC, "code": DIASTOLIC,
                         "display": "Diastolic blood pressure", "value": diastolic,
                         "unit": "mm[Hg]"}])
        s.add(row)
        s.flush()
        return row.id


def record_procedure(store: Any, patient_id: str, *, code: str, display: str,
                     performed_at: dt.datetime | None = None, system: str = SNOMED,
                     now: dt.datetime | None = None) -> str:
    """Record a procedure done (e.g. an eye exam; status completed)."""
    now = _aware(now, "time now")
    when = _aware(performed_at or now, "procedure date")
    _not_future(when, now, "procedure date")
    with store.write() as s:
        live_patient(s, patient_id)
        row = Procedure(patient_id=patient_id, code_system=system, code=code,
                        code_display=display, status="completed", performed_start=when)
        s.add(row)
        s.flush()
        return row.id


def record_gap_evidence(store: Any, patient_id: str, rule_id: str, *,
                        when: dt.datetime | None = None,
                        values: Sequence[Any] = (), now: dt.datetime | None = None
                        ) -> list[str]:
    """Write what the rule's ``record`` entries say (one value per entry: a number, an answer
    text, or ``(systolic, diastolic)`` for blood pressure; None for an immunization or
    procedure, or to skip an optional entry). Returns the new record ids."""
    rule = rule_by_id(rule_id)
    if not rule.record:
        raise InputError("this care gap cannot be closed from here; record it in the chart")
    values = list(values) + [None] * (len(rule.record) - len(values))
    written: list[str] = []
    for spec, value in zip(rule.record, values, strict=False):
        kind = spec["kind"]
        if kind == "immunization":
            written.append(record_immunization(store, patient_id, code=spec["code"],
                                               display=spec["display"], occurred_at=when,
                                               system=spec.get("system", CVX), now=now))
        elif kind == "procedure":
            written.append(record_procedure(store, patient_id, code=spec["code"],
                                            display=spec["display"], performed_at=when,
                                            system=spec.get("system", SNOMED), now=now))
        elif kind == "blood_pressure":
            if value is None:
                raise InputError("enter both blood pressure numbers")
            sbp, dbp = value
            written.append(record_blood_pressure(store, patient_id, systolic=sbp, diastolic=dbp,
                                                 effective_at=when, now=now))
        else:
            if value is None or value == "":
                if spec.get("optional"):
                    continue
                raise InputError("enter the result")
            if spec.get("choices"):
                if value not in spec["choices"]:
                    raise InputError("choose one of the answers offered")
                written.append(record_observation(
                    store, patient_id, code=spec["code"], display=spec["display"],
                    value_text=str(value), category=spec.get("category", "survey"),
                    effective_at=when, now=now))
            else:
                written.append(record_observation(
                    store, patient_id, code=spec["code"], display=spec["display"],
                    value=value, unit=spec.get("unit"),
                    category=spec.get("category", "laboratory"), effective_at=when,
                    low=spec.get("min"), high=spec.get("max"), now=now))
    if not written:
        raise InputError("enter at least one result")
    return written


def record_exclusion(store: Any, patient_id: str, rule_id: str, *, reason: str,
                     until: dt.date | None = None, comment: str | None = None,
                     now: dt.datetime | None = None) -> str:
    """Exclude a rule for a patient (declined, contraindicated, done elsewhere...), until a
    date or for good."""
    rule_by_id(rule_id)
    if reason not in EXCLUSION_REASONS:
        raise InputError("the reason must be declined, contraindicated, done elsewhere or "
                         "not applicable")
    now = _aware(now, "time now")
    if until is not None and (not isinstance(until, dt.date) or until < now.date()):
        raise InputError("the 'until' date must be today or later")
    with store.write() as s:
        live_patient(s, patient_id)
        row = CareGapExclusion(patient_id=patient_id, rule_id=rule_id, reason=reason,
                               recorded_at=now, until=until,
                               comment=(comment or "").strip() or None)
        s.add(row)
        s.flush()
        return row.id


def remove_exclusion(store: Any, exclusion_id: str, *, now: dt.datetime | None = None) -> None:
    """Withdraw an exclusion (soft delete: the rule applies again)."""
    now = _aware(now, "time now")
    with store.write() as s:
        row = s.get(CareGapExclusion, exclusion_id)
        if row is None or row.deleted_at is not None:
            raise InputError("that exclusion is no longer in this store")
        row.mark_deleted(now)


_TASK_NS = uuid.UUID("0b6f5a3e-3a4c-4e0c-9a57-6f1c2d7e8b41")


def gap_task_origin_id(patient_id: str, rule_id: str) -> str:
    """The task's ``origin_id`` for one patient and rule (stable, so a task is never made
    twice)."""
    return str(uuid.uuid5(_TASK_NS, f"{patient_id}:{rule_id}"))


def create_gap_task(store: Any, patient_id: str, rule_id: str, *,
                    due_at: dt.datetime | None = None, now: dt.datetime | None = None
                    ) -> tuple[str, bool]:
    """A task to close a care gap ("Create task" on the care-gap screen). Idempotent: when
    an open task for the same patient and rule exists it is returned. Returns (task id,
    created)."""
    rule = rule_by_id(rule_id)
    now = _aware(now, "time now")
    due = _aware(due_at, "due time") if due_at is not None else now + dt.timedelta(days=14)
    origin_id = gap_task_origin_id(patient_id, rule_id)
    with store.write() as s:
        live_patient(s, patient_id)
        existing = s.scalar(select(Task.id).where(
            Task.deleted_at.is_(None), Task.origin == "care_gap", Task.origin_id == origin_id,
            Task.patient_id == patient_id, Task.status.in_(("open", "in_progress"))))
        if existing is not None:
            return existing, False
        task = Task(patient_id=patient_id, title=f"Close care gap: {rule.title}",
                    description=rule.description, status="open", priority="routine",
                    due_at=due, origin="care_gap", origin_id=origin_id)
        s.add(task)
        s.flush()
        return task.id, True
