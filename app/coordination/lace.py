"""The LACE index: the risk of death or unplanned readmission within 30 days of a discharge
(van Walraven et al., CMAJ 2010;182(6):551-557), computed from the data in the store.

- **L** length of stay: days from the admission date to the discharge date (local calendar);
- **A** acuity: 3 points when the admission was emergent (through the emergency department: an
  emergency encounter starting up to 24 hours before the admission or still open at it, or an
  admission coded as an emergency admission);
- **C** comorbidity: the Charlson comorbidity index with the LACE weights, from the patient's
  conditions recorded up to the discharge (active or historic), turned into points (4 or more
  gives 5);
- **E** emergency department visits in the 6 months before the admission (not the one that led
  to it), one point each, at most 4.

Every component comes back with its points and its evidence (which stay, which visit, which
conditions counted) so the screen can show how the score was reached. The tables, weights,
the condition codes and keywords and the high-risk cut-off (10) live in
``resources/coordination/charlson.json`` with their sources; the file is validated when loaded.

No Qt. Pure functions take plain values; :func:`compute_lace` reads one encounter's data from a
SQLAlchemy session.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.entities import Condition, Encounter
from app.models.errors import InputError

DATA_FILE = Path(__file__).resolve().parents[2] / "resources" / "coordination" / "charlson.json"
SNOMED = "http://snomed.info/sct"
EXCLUDED_VERIFICATION = ("refuted", "entered-in-error")


# -- the knowledge file ------------------------------------------------------------------------
@dataclass(frozen=True)
class CharlsonCategory:
    id: str
    name: str
    weight: int  # the LACE (van Walraven 2010) weight
    charlson_1987_weight: int
    hierarchy: str | None
    snomed: frozenset[str]
    patterns: tuple[re.Pattern[str], ...]
    exclude: tuple[str, ...]
    source: str
    name_es: str = ""  # shown when the UI is Spanish

    def matches(self, codes: Iterable[tuple[str | None, str | None]], text: str,
                global_exclude: tuple[str, ...]) -> str | None:
        """How a condition matches: "code" (its SNOMED code is listed), "keyword", or None."""
        for system, code in codes:
            if code and code in self.snomed and (system is None or system == SNOMED):
                return "code"
        low = text.casefold()
        if not low or any(x in low for x in global_exclude + self.exclude):
            return None
        if any(p.search(low) for p in self.patterns):
            return "keyword"
        return None


@dataclass(frozen=True)
class LaceKnowledge:
    version: str
    sources: dict[str, str]
    los_points: tuple[tuple[int, int | None, int, str], ...]  # (min, max, points, label)
    comorbidity_points: tuple[tuple[int, int | None, int], ...]
    emergent_points: int
    ed_window_hours: int
    emergency_admission_codes: tuple[tuple[str, str, str], ...]  # system, code, must contain
    ed_lookback_days: int
    ed_max_points: int
    high_risk_cutoff: int
    risk_bands: tuple[tuple[int, int | None, str], ...]
    cutoff_source: str
    categories: tuple[CharlsonCategory, ...]
    exclude: tuple[str, ...]

    def source_text(self, key: str) -> str:
        return self.sources.get(key, key)


def _fail(message: str) -> None:
    raise ValueError(f"charlson.json: {message}")


def _keyword_pattern(word: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(word.casefold()) + r"(?!\w)")


def _ranges(rows: list[dict[str, Any]], lo: str, hi: str, what: str) -> None:
    """Contiguous, starting at 0, open-ended last: every value has exactly one row."""
    expected = 0
    for i, row in enumerate(rows):
        if row.get(lo) != expected:
            _fail(f"{what} row {i} should start at {expected}")
        top = row.get(hi)
        if top is None:
            if i != len(rows) - 1:
                _fail(f"{what}: only the last row may be open-ended")
            return
        if top < row[lo]:
            _fail(f"{what} row {i} ends before it starts")
        expected = top + 1
    _fail(f"{what}: the last row must be open-ended")


def parse_knowledge(raw: dict[str, Any]) -> LaceKnowledge:
    """Validate the data file's contents (ValueError naming the problem)."""
    sources = raw.get("sources")
    if not isinstance(sources, dict) or not sources:
        _fail("no sources")
    lace = raw.get("lace") or {}
    for part in ("length_of_stay", "acuity", "comorbidity", "ed_visits"):
        if lace.get(part, {}).get("source") not in sources:
            _fail(f"lace.{part} has no known source")
    if lace.get("cutoff_source") not in sources:
        _fail("the high-risk cut-off has no known source")
    los = lace["length_of_stay"]["points"]
    _ranges(los, "min_days", "max_days", "length_of_stay")
    com = lace["comorbidity"]["points"]
    _ranges(com, "min_score", "max_score", "comorbidity")
    bands = lace.get("risk_bands") or []
    _ranges(bands, "min", "max", "risk_bands")
    cutoff = lace.get("high_risk_cutoff")
    if not isinstance(cutoff, int) or not any(b["min"] == cutoff and b["band"] == "high"
                                              for b in bands):
        _fail("the high-risk cut-off must start the 'high' risk band")
    global_exclude = tuple(x.casefold() for x in raw.get("exclude", []))
    categories: list[CharlsonCategory] = []
    seen: set[str] = set()
    for i, c in enumerate(raw.get("categories") or []):
        cid = c.get("id")
        if not cid or cid in seen:
            _fail(f"category {i} has no id or a repeated one")
        seen.add(cid)
        if c.get("source") not in sources:
            _fail(f"category {cid} has no known source")
        if not isinstance(c.get("weight"), int) or c["weight"] < 1:
            _fail(f"category {cid} has a bad weight")
        if not isinstance(c.get("name"), str) or not c["name"].strip():
            _fail(f"category {cid} has no name")
        if not isinstance(c.get("name_es"), str) or not c["name_es"].strip():
            _fail(f"category {cid} has no Spanish name ('name_es')")
        cat = CharlsonCategory(
            id=cid, name=c["name"], weight=c["weight"],
            charlson_1987_weight=int(c.get("charlson_1987_weight", 0)),
            hierarchy=c.get("hierarchy"), snomed=frozenset(str(x) for x in c.get("snomed", [])),
            patterns=tuple(_keyword_pattern(k) for k in c.get("keywords", [])),
            exclude=tuple(x.casefold() for x in c.get("exclude", [])), source=c["source"],
            name_es=c["name_es"].strip())
        for example in c.get("examples", []):
            if cat.matches((), example, global_exclude) is None:
                _fail(f"category {cid}: an example does not match")
        for example in c.get("not_examples", []):
            if cat.matches((), example, global_exclude) is not None:
                _fail(f"category {cid}: a not_example matches")
        categories.append(cat)
    if not categories:
        _fail("no categories")
    acuity = lace["acuity"]
    ed = lace["ed_visits"]
    return LaceKnowledge(
        version=str(raw.get("version", "")), sources=dict(sources),
        los_points=tuple((r["min_days"], r["max_days"], r["points"], r.get("label", ""))
                         for r in los),
        comorbidity_points=tuple((r["min_score"], r["max_score"], r["points"]) for r in com),
        emergent_points=int(acuity["emergent_points"]),
        ed_window_hours=int(acuity["ed_window_hours_before_admission"]),
        emergency_admission_codes=tuple(
            (e["system"], str(e["code"]), str(e.get("display_must_contain", "")).casefold())
            for e in acuity.get("emergency_admission_codes", [])),
        ed_lookback_days=int(ed["lookback_days"]), ed_max_points=int(ed["max_points"]),
        high_risk_cutoff=cutoff,
        risk_bands=tuple((b["min"], b["max"], b["band"]) for b in bands),
        cutoff_source=lace["cutoff_source"], categories=tuple(categories),
        exclude=global_exclude,
    )


@lru_cache(maxsize=1)
def knowledge() -> LaceKnowledge:
    return parse_knowledge(json.loads(DATA_FILE.read_text(encoding="utf-8")))


# -- the tables -------------------------------------------------------------------------------
def _lookup(rows: Iterable[tuple[Any, ...]], value: int) -> tuple[Any, ...]:
    for row in rows:
        if value >= row[0] and (row[1] is None or value <= row[1]):
            return row
    raise InputError("a LACE value is out of range")


def length_of_stay_points(days: int) -> int:
    """L: <1 day 0; 1, 2, 3 days 1, 2, 3; 4-6 days 4; 7-13 days 5; 14 or more 7."""
    if days < 0:
        raise InputError("the discharge is before the admission")
    return int(_lookup(knowledge().los_points, days)[2])


def comorbidity_points(charlson_score: int) -> int:
    """C: a Charlson score of 0-3 gives the same points; 4 or more gives 5."""
    return int(_lookup(knowledge().comorbidity_points, max(0, charlson_score))[2])


def ed_visit_points(visits: int) -> int:
    """E: one point per ED visit in the previous 6 months, at most 4."""
    return min(max(0, visits), knowledge().ed_max_points)


def acuity_points(emergent: bool) -> int:
    return knowledge().emergent_points if emergent else 0


def risk_band(score: int) -> str:
    return str(_lookup(knowledge().risk_bands, max(0, score))[2])


def is_high_risk(score: int | None) -> bool:
    return score is not None and score >= knowledge().high_risk_cutoff


# -- Charlson from conditions ------------------------------------------------------------------
@dataclass(frozen=True)
class ConditionFact:
    """One condition as the Charlson matcher sees it."""

    id: str | None
    text: str
    codes: tuple[tuple[str | None, str | None], ...] = ()
    onset: dt.datetime | None = None


@dataclass(frozen=True)
class CharlsonMatch:
    category: str
    name: str
    weight: int
    conditions: tuple[str, ...]  # the condition texts that put it there
    condition_ids: tuple[str, ...]
    how: str  # "code" or "keyword" (of the first condition)
    counted: bool  # False when a heavier category of its hierarchy replaced it


def charlson_matches(facts: Iterable[ConditionFact]) -> list[CharlsonMatch]:
    """The Charlson categories present in ``facts``, each once, heaviest of a hierarchy
    counted; in the data file's order."""
    k = knowledge()
    found: dict[str, list[tuple[ConditionFact, str]]] = {}
    for fact in facts:
        for cat in k.categories:
            how = cat.matches(fact.codes, fact.text, k.exclude)
            if how is not None:
                found.setdefault(cat.id, []).append((fact, how))
    heaviest: dict[str, int] = {}
    for cat in k.categories:
        if cat.id in found and cat.hierarchy:
            heaviest[cat.hierarchy] = max(heaviest.get(cat.hierarchy, 0), cat.weight)
    out: list[CharlsonMatch] = []
    for cat in k.categories:
        hits = found.get(cat.id)
        if not hits:
            continue
        counted = cat.hierarchy is None or heaviest.get(cat.hierarchy) == cat.weight
        texts = tuple(dict.fromkeys(f.text for f, _h in hits))
        ids = tuple(dict.fromkeys(f.id for f, _h in hits if f.id))
        out.append(CharlsonMatch(cat.id, cat.name, cat.weight, texts, ids, hits[0][1], counted))
    return out


def charlson_score(matches: Iterable[CharlsonMatch]) -> int:
    return sum(m.weight for m in matches if m.counted)


# -- the result ------------------------------------------------------------------------------
@dataclass(frozen=True)
class LaceComponent:
    letter: str  # L, A, C, E
    name: str
    points: int
    value: Any  # days, True/False, Charlson score, visits
    detail: str  # one line: what was found (English)
    evidence: tuple[dict[str, Any], ...] = ()
    # The same line as a key and its numbers, for a screen to write in the UI language:
    # L "los_days" {days}; A "through_ed" | "coded_emergency" | "reported_emergent" |
    # "elective"; C "charlson" {score} (the counted categories are in the evidence) |
    # "no_charlson"; E "ed_visits" {visits, counted_as (when capped)}.
    detail_key: str = ""
    detail_args: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        out = {"name": self.name, "points": self.points, "value": self.value,
               "detail": self.detail, "evidence": [dict(e) for e in self.evidence]}
        if self.detail_key:
            out["detail_key"] = self.detail_key
            out["detail_args"] = dict(self.detail_args)
        return out


@dataclass(frozen=True)
class LaceResult:
    score: int
    risk: str  # low | moderate | high
    high_risk: bool
    components: tuple[LaceComponent, ...]
    cutoff: int
    cutoff_source: str
    version: str
    warnings: tuple[str, ...] = field(default=())

    def component(self, letter: str) -> LaceComponent:
        return next(c for c in self.components if c.letter == letter)

    def to_json(self) -> dict[str, Any]:
        """What :attr:`CareTransition.lace_components` keeps."""
        out: dict[str, Any] = {c.letter: c.to_json() for c in self.components}
        out["meta"] = {"score": self.score, "risk": self.risk, "cutoff": self.cutoff,
                       "cutoff_source": self.cutoff_source, "version": self.version,
                       "warnings": list(self.warnings)}
        return out


def lace_from_parts(*, los_days: int, emergent: bool, charlson: int, ed_visits: int,
                    evidence: dict[str, tuple[dict[str, Any], ...]] | None = None,
                    details: dict[str, str] | None = None,
                    detail_keys: dict[str, tuple[str, dict[str, Any]]] | None = None,
                    warnings: tuple[str, ...] = ()) -> LaceResult:
    """The LACE score from its four inputs (the paper's tables)."""
    k = knowledge()
    evidence = evidence or {}
    details = details or {}
    keys = {"L": ("", {}), "A": ("", {}), "C": ("", {}), "E": ("", {})}
    keys.update(detail_keys or {})
    label = str(_lookup(k.los_points, los_days)[3]) if los_days >= 0 else ""
    parts = (
        LaceComponent("L", "Length of stay", length_of_stay_points(los_days), los_days,
                      details.get("L", label), evidence.get("L", ()), *keys["L"]),
        LaceComponent("A", "Acuity of admission", acuity_points(emergent), emergent,
                      details.get("A", "emergent" if emergent else "not emergent"),
                      evidence.get("A", ()), *keys["A"]),
        LaceComponent("C", "Comorbidity (Charlson index)", comorbidity_points(charlson),
                      charlson, details.get("C", f"Charlson score {charlson}"),
                      evidence.get("C", ()), *keys["C"]),
        LaceComponent("E", "Emergency visits in the previous 6 months",
                      ed_visit_points(ed_visits), ed_visits,
                      details.get("E", f"{ed_visits} visit(s)"), evidence.get("E", ()),
                      *keys["E"]),
    )
    score = sum(p.points for p in parts)
    return LaceResult(score=score, risk=risk_band(score), high_risk=is_high_risk(score),
                      components=parts, cutoff=k.high_risk_cutoff,
                      cutoff_source=k.source_text(k.cutoff_source), version=k.version,
                      warnings=warnings)


def _local_date(value: dt.datetime, tz: dt.tzinfo | None) -> dt.date:
    return (value.astimezone(tz) if tz is not None else value.astimezone()).date()


def _codes(row: Condition | Encounter) -> tuple[tuple[str | None, str | None], ...]:
    codes: list[tuple[str | None, str | None]] = [(row.code_system, row.code)]
    for c in row.codings or []:
        if isinstance(c, dict):
            codes.append((c.get("system"), c.get("code")))
    return tuple(codes)


def _day(value: dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def compute_lace(session: Session, encounter_id: str, *, tz: dt.tzinfo | None = None,
                 emergent: bool | None = None) -> LaceResult:
    """LACE for one inpatient stay, from the store. ``emergent``: the acuity as reported (a
    discharge entered by hand), used when the data shows no emergency visit."""
    k = knowledge()
    enc = session.get(Encounter, encounter_id)
    if enc is None or enc.deleted_at is not None:
        raise InputError("that hospital stay is not in this store")
    if enc.end_at is None:
        raise InputError("the hospital stay has no discharge time yet")
    warnings: list[str] = []
    admitted = enc.start_at
    if admitted is None:
        admitted = enc.end_at
        warnings.append("no admission time recorded: length of stay taken as 0 days")
    los_days = max(0, (_local_date(enc.end_at, tz) - _local_date(admitted, tz)).days)
    ev_l = ({"kind": "encounter", "id": enc.id, "label": enc.facility or "Hospital stay",
             "start": _day(enc.start_at), "end": _day(enc.end_at)},)

    others = session.scalars(
        select(Encounter).where(Encounter.patient_id == enc.patient_id,
                                Encounter.deleted_at.is_(None), Encounter.id != enc.id,
                                Encounter.kind == "emergency",
                                Encounter.start_at.is_not(None))
        .order_by(Encounter.start_at)).all()
    window = dt.timedelta(hours=k.ed_window_hours)
    # A: the ED visit that led to this admission
    index_ed: Encounter | None = None
    for e in others:
        assert e.start_at is not None
        end = e.end_at or e.start_at
        if admitted - window <= e.start_at <= admitted + dt.timedelta(hours=1) or (
                e.start_at <= admitted <= end):
            if index_ed is None or e.start_at > index_ed.start_at:  # type: ignore[operator]
                index_ed = e
    ev_a: tuple[dict[str, Any], ...] = ()
    coded_emergency = False
    enc_text = (enc.code_display or enc.code_text or "").casefold()
    for system, code, must in k.emergency_admission_codes:
        if enc.code == code and enc.code_system in (system, None) and must in enc_text:
            coded_emergency = True
    if index_ed is not None:
        is_emergent = True
        detail_a = "admitted through the emergency department"
        key_a = "through_ed"
        ev_a = ({"kind": "encounter", "id": index_ed.id,
                 "label": index_ed.reason or index_ed.code_display or "Emergency visit",
                 "start": _day(index_ed.start_at), "end": _day(index_ed.end_at)},)
    elif coded_emergency:
        is_emergent = True
        detail_a = "coded as an emergency admission"
        key_a = "coded_emergency"
        ev_a = ({"kind": "encounter", "id": enc.id,
                 "label": enc.code_display or enc.code_text or "", "start": _day(enc.start_at),
                 "end": _day(enc.end_at)},)
    elif emergent:
        is_emergent = True
        detail_a = "emergent admission, as reported"
        key_a = "reported_emergent"
    else:
        is_emergent = False
        detail_a = "no emergency visit before the admission (elective)"
        key_a = "elective"

    # C: conditions recorded up to the discharge
    conds = session.scalars(
        select(Condition).where(Condition.patient_id == enc.patient_id,
                                Condition.deleted_at.is_(None))).all()
    facts = [
        ConditionFact(c.id, c.code_display or c.code_text or "", _codes(c), c.onset_at)
        for c in conds
        if (c.verification_status or "") not in EXCLUDED_VERIFICATION
        and (c.clinical_status or "") != "entered-in-error"
        and (c.onset_at is None or c.onset_at <= enc.end_at)
    ]
    matches = charlson_matches(facts)
    score_c = charlson_score(matches)
    ev_c = tuple({"kind": "charlson", "category": m.category, "label": m.name,
                  "weight": m.weight, "counted": m.counted, "conditions": list(m.conditions),
                  "condition_ids": list(m.condition_ids), "matched_by": m.how}
                 for m in matches)
    detail_c = (f"Charlson score {score_c}: " + ", ".join(
        f"{m.name} +{m.weight}" for m in matches if m.counted)) if score_c else (
        "no Charlson conditions recorded")

    # E: ED visits in the 6 months before the admission, not the one that led to it
    since = admitted - dt.timedelta(days=k.ed_lookback_days)
    prior = [e for e in others
             if e is not index_ed and e.start_at is not None and since <= e.start_at < admitted]
    ev_e = tuple({"kind": "encounter", "id": e.id,
                  "label": e.reason or e.code_display or "Emergency visit",
                  "start": _day(e.start_at), "end": _day(e.end_at)} for e in prior)
    detail_e = f"{len(prior)} emergency visit(s) in the 6 months before the admission"
    args_e: dict[str, Any] = {"visits": len(prior)}
    if len(prior) > k.ed_max_points:
        detail_e += f" (counted as {k.ed_max_points})"
        args_e["counted_as"] = k.ed_max_points
    return lace_from_parts(
        los_days=los_days, emergent=is_emergent, charlson=score_c, ed_visits=len(prior),
        evidence={"L": ev_l, "A": ev_a, "C": ev_c, "E": ev_e},
        details={"L": f"{los_days} day(s) in hospital", "A": detail_a, "C": detail_c,
                 "E": detail_e},
        detail_keys={"L": ("los_days", {"days": los_days}), "A": (key_a, {}),
                     "C": ("charlson", {"score": score_c}) if score_c else ("no_charlson", {}),
                     "E": ("ed_visits", args_e)},
        warnings=tuple(warnings))


def category_name(category_id: str, lang: str, default: str = "") -> str:
    """A Charlson category's name in the UI language the view passes (``name_es`` in
    charlson.json); ``default`` for one no longer in the file."""
    for cat in knowledge().categories:
        if cat.id == category_id:
            return cat.name_es if lang == "es" and cat.name_es else cat.name
    return default
