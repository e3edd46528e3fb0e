"""The figures a clinic is judged by: 30-day readmissions, ED visits, care-plan adherence,
time from referral to appointment, care-gap closure, patient satisfaction and transitions of
care completed on time. No Qt.

One definition per figure (:data:`DEFINITIONS`), the same text in the dashboard, in
``hearth metrics`` (text, JSON and CSV) and in the README.

Periods are whole days in UTC: ``start`` and ``end`` are both included, from 00:00 UTC on
``start`` to 24:00 UTC on ``end`` (UTC, not the machine's zone, so a figure is the same on
every device and in every test).

Efficiency: :func:`compute_metrics` and :func:`monthly_trends` read the store with a handful of
queries over the whole store (one per kind of row, never one per patient) into plain tuples
(:class:`_Rows`), then compute every figure, for the period or for each of its months, in
memory. The care-gap rules are evaluated by
:func:`app.coordination.care_gaps.evaluate_panel_at` as of the start and the end of the period
(for the trends, of each month) from ONE read of the care-gap data for all those times.
"""

from __future__ import annotations

import csv
import datetime as dt
import importlib
import io
import os
import statistics
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.models.base import utcnow
from app.models.entities import (
    CarePlanReview,
    CareTransition,
    Encounter,
    PanelMembership,
    Patient,
    Referral,
    SatisfactionSurvey,
)
from app.models.errors import InputError

UTC = dt.timezone.utc
READMISSION_DAYS = 30
DAYS_PER_MONTH = 30.4375  # 365.25 / 12: one patient-month
SKIPPED_ENCOUNTER_STATUSES = ("cancelled", "entered-in-error")

PERIOD_NOTE = ("Periods are whole days in UTC: from 00:00 UTC on the first day to 24:00 UTC "
               "on the last day, both days included.")

# key -> (label, unit)
FIGURES: dict[str, tuple[str, str]] = {
    "index_admissions": ("Index admissions", "admissions"),
    "readmissions_30d": ("30-day readmissions", "admissions"),
    "readmission_rate": ("30-day readmission rate", "%"),
    "ed_visits": ("ED visits", "visits"),
    "ed_visits_per_1000_patient_months": ("ED visits per 1,000 patient-months",
                                          "per 1,000 patient-months"),
    "care_plan_adherence": ("Care-plan adherence", "%"),
    "median_days_referral_to_appointment": ("Median days from referral to appointment", "days"),
    "care_gap_closure_rate": ("Care-gap closure rate", "%"),
    "patient_satisfaction": ("Patient satisfaction", "score 0-100"),
    "transitions_on_time": ("Transitions completed on time", "%"),
}
FIGURE_KEYS = tuple(FIGURES)

DEFINITIONS: dict[str, str] = {
    "index_admissions": (
        "Inpatient stays (encounters of kind \"inpatient\", not cancelled) that end, with the "
        "discharge, in the period. Stays joined by a same-day transfer (the next stay starts "
        "on the calendar day, UTC, the previous one ended, or overlaps it) count as one stay "
        "ending at the last discharge. An index admission that is itself a readmission still "
        "counts as an index admission, as in CMS's Hospital-Wide Readmission measure."),
    "readmissions_30d": (
        "Index admissions followed by another inpatient admission of the same patient that "
        "starts after the discharge and no later than 30 days after it (later than the "
        "discharge time, at most discharge + 30 days). The 30-day window is followed past the "
        "end of the period, so a discharge on the period's last day can still be readmitted; "
        "a same-day transfer is not a readmission."),
    "readmission_rate": (
        "30-day readmissions divided by index admissions, as a percentage; none when there "
        "are no index admissions."),
    "ed_visits": (
        "Emergency department visits: encounters of kind \"emergency\" (not cancelled) that "
        "start in the period."),
    "ed_visits_per_1000_patient_months": (
        "ED visits x 1,000 / patient-months. Patient-months: for each patient in the store, "
        "the days of the period they were on the panel (their panel membership from 'since' "
        "to 'until'; the whole period when they have no membership record), divided by "
        "30.4375 (one month on average)."),
    "care_plan_adherence": (
        "Care-plan reviews recorded in the period with adherence \"adherent\", divided by the "
        "reviews whose adherence was assessed (adherent, partial or not adherent), as a "
        "percentage. Partial adherence is not counted as adherent; \"not assessed\" reviews "
        "are left out."),
    "median_days_referral_to_appointment": (
        "Clinical referrals sent in the period that have been seen by the specialist: the "
        "median number of days from sent to seen. Referrals sent in the period and still "
        "waiting (sent or scheduled, not yet seen) are counted beside it."),
    "care_gap_closure_rate": (
        "Care gaps open at the start of the period (the rules evaluated as of 00:00 UTC on "
        "its first day) that are closed at its end (evaluated as of 24:00 UTC on its last "
        "day, or now if that is earlier), divided by the gaps open at the start, as a "
        "percentage. Gaps excluded at the end (declined, contraindicated, done elsewhere) or "
        "no longer applying are left out."),
    "patient_satisfaction": (
        "The mean of the patient satisfaction surveys recorded in the period, each scored as "
        "score / maximum score x 100 (0 to 100); n is the number of surveys."),
    "transitions_on_time": (
        "Transitions of care with the discharge in the period that are completed or whose "
        "due dates have all passed: the percentage with every step (contact, home visit, "
        "face-to-face follow-up) done by its due time. Steps without a due date are not "
        "judged; cancelled transitions are left out."),
}


# -- results ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Figure:
    """One figure: its value with numerator and denominator where they mean something, its
    unit and definition, and the patients behind it (``patient_ids``: the denominator's or
    the counted patients; ``numerator_patient_ids``: those in the numerator)."""

    key: str
    value: float | int | None
    numerator: float | int | None = None
    denominator: float | int | None = None
    patient_ids: tuple[str, ...] = ()
    numerator_patient_ids: frozenset[str] = frozenset()
    extra: dict[str, Any] = field(default_factory=dict)
    available: bool = True  # False: the data behind it is not in this build
    note: str | None = None

    @property
    def label(self) -> str:
        return FIGURES[self.key][0]

    @property
    def unit(self) -> str:
        return FIGURES[self.key][1]

    @property
    def definition(self) -> str:
        return DEFINITIONS[self.key]

    def to_json(self, *, with_patients: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "label": self.label, "value": self.value, "numerator": self.numerator,
            "denominator": self.denominator, "unit": self.unit,
            "definition": self.definition, **self.extra}
        if not self.available:
            out["available"] = False
        if self.note:
            out["note"] = self.note
        if with_patients:
            out["patient_ids"] = list(self.patient_ids)
        return out


@dataclass(frozen=True)
class MetricsReport:
    start: dt.date
    end: dt.date
    figures: dict[str, Figure]
    computed_at: dt.datetime

    def __getitem__(self, key: str) -> Figure:
        return self.figures[key]

    def values(self) -> dict[str, Any]:
        return {k: f.value for k, f in self.figures.items()}

    def to_json(self, *, with_patients: bool = False) -> dict[str, Any]:
        return {"period": {"from": self.start.isoformat(), "to": self.end.isoformat(),
                           "days": "UTC", "note": PERIOD_NOTE},
                "computed_at": self.computed_at.isoformat(timespec="seconds"),
                **{k: f.to_json(with_patients=with_patients) for k, f in self.figures.items()}}


@dataclass(frozen=True)
class MonthPoint:
    """One month of the trends (clipped to the period: the first and last may be partial)."""

    month: dt.date  # the first day of the calendar month
    start: dt.date
    end: dt.date
    values: dict[str, float | int | None]


# -- periods ----------------------------------------------------------------------------------
def day_start(day: dt.date) -> dt.datetime:
    """00:00 UTC of ``day``."""
    return dt.datetime.combine(day, dt.time(0, 0), tzinfo=UTC)


def period_bounds(start: dt.date, end: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """[00:00 UTC of start, 00:00 UTC of the day after end)."""
    _check_period(start, end)
    return day_start(start), day_start(end + dt.timedelta(days=1))


def _check_period(start: dt.date, end: dt.date) -> None:
    if not isinstance(start, dt.date) or not isinstance(end, dt.date):
        raise InputError("a metrics period needs a first and a last day")
    if isinstance(start, dt.datetime) or isinstance(end, dt.datetime):
        raise InputError("a metrics period takes days, not times")
    if end < start:
        raise InputError("the period ends before it starts")


def default_period(today: dt.date | None = None) -> tuple[dt.date, dt.date]:
    """The last 12 months including this one: from the first day of the month 11 months ago
    to today (UTC); twelve monthly points, the last one the month so far."""
    today = today or utcnow().date()
    return add_months(today.replace(day=1), -11), today


def add_months(day: dt.date, months: int) -> dt.date:
    """The first of the month ``months`` after ``day``'s month (``day`` should be a 1st)."""
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def months_of(start: dt.date, end: dt.date) -> list[tuple[dt.date, dt.date, dt.date]]:
    """(first of the month, first day in the period, last day in the period) per month."""
    _check_period(start, end)
    out = []
    month = start.replace(day=1)
    while month <= end:
        nxt = add_months(month, 1)
        out.append((month, max(month, start), min(nxt - dt.timedelta(days=1), end)))
        month = nxt
    return out


# -- reading (a few queries over the whole store) -----------------------------------------------
@dataclass
class _Rows:
    patients: list[str]
    memberships: dict[str, list[tuple[dt.datetime, dt.datetime | None]]]
    inpatient: list[tuple[str, dt.datetime, dt.datetime | None]]  # patient, start, end
    emergency: list[tuple[str, dt.datetime]]
    reviews: list[tuple[str, dt.datetime, str]]
    referrals: list[tuple[str, dt.datetime, dt.datetime | None, str]]
    surveys: list[tuple[str, dt.datetime, float, float]]
    transitions: list[tuple[str, dt.datetime, str, tuple[tuple[dt.datetime | None,
                                                               dt.datetime | None], ...]]]


def _live_patients() -> Any:
    return select(Patient.id).where(Patient.deleted_at.is_(None))


def _load(session: Session, lo: dt.datetime, hi: dt.datetime,
          patient_ids: Iterable[str] | None) -> _Rows:
    """Everything the figures of [lo, hi) need, in one pass per table."""
    wanted = set(patient_ids) if patient_ids is not None else None

    def keep(pid: str) -> bool:
        return wanted is None or pid in wanted

    live = _live_patients()
    patients = [pid for pid in session.scalars(live) if keep(pid)]
    memberships: dict[str, list[tuple[dt.datetime, dt.datetime | None]]] = defaultdict(list)
    for pid, since, until in session.execute(
            select(PanelMembership.patient_id, PanelMembership.since, PanelMembership.until)
            .where(PanelMembership.deleted_at.is_(None))):
        if keep(pid):
            memberships[pid].append((since, until))

    not_cancelled = or_(Encounter.status.is_(None),
                        Encounter.status.not_in(SKIPPED_ENCOUNTER_STATUSES))
    # Inpatient stays that may end in the period (a little earlier too, for transfers) or
    # start within 30 days after it (readmissions of its last discharges).
    window_hi = hi + dt.timedelta(days=READMISSION_DAYS + 1)
    inpatient = [
        (pid, start, end) for pid, start, end in session.execute(
            select(Encounter.patient_id, Encounter.start_at, Encounter.end_at)
            .where(Encounter.deleted_at.is_(None), Encounter.kind == "inpatient",
                   not_cancelled, Encounter.start_at.is_not(None),
                   Encounter.start_at < window_hi,
                   or_(Encounter.end_at.is_(None),
                       Encounter.end_at >= lo - dt.timedelta(days=2)),
                   Encounter.patient_id.in_(live)))
        if keep(pid)]
    emergency = [
        (pid, start) for pid, start in session.execute(
            select(Encounter.patient_id, Encounter.start_at)
            .where(Encounter.deleted_at.is_(None), Encounter.kind == "emergency",
                   not_cancelled, Encounter.start_at >= lo, Encounter.start_at < hi,
                   Encounter.patient_id.in_(live)))
        if keep(pid)]
    reviews = [
        (pid, at, adherence) for pid, at, adherence in session.execute(
            select(CarePlanReview.patient_id, CarePlanReview.reviewed_at,
                   CarePlanReview.adherence)
            .where(CarePlanReview.deleted_at.is_(None), CarePlanReview.reviewed_at >= lo,
                   CarePlanReview.reviewed_at < hi, CarePlanReview.patient_id.in_(live)))
        if keep(pid)]
    referrals = [
        (pid, sent, seen, status) for pid, sent, seen, status in session.execute(
            select(Referral.patient_id, Referral.sent_at, Referral.seen_at, Referral.status)
            .where(Referral.deleted_at.is_(None), Referral.kind == "clinical",
                   Referral.status != "cancelled", Referral.sent_at >= lo,
                   Referral.sent_at < hi, Referral.patient_id.in_(live)))
        if keep(pid)]
    surveys = [
        (pid, at, score, top) for pid, at, score, top in session.execute(
            select(SatisfactionSurvey.patient_id, SatisfactionSurvey.surveyed_at,
                   SatisfactionSurvey.score, SatisfactionSurvey.max_score)
            .where(SatisfactionSurvey.deleted_at.is_(None),
                   SatisfactionSurvey.surveyed_at >= lo, SatisfactionSurvey.surveyed_at < hi,
                   SatisfactionSurvey.score.is_not(None),
                   SatisfactionSurvey.max_score > 0,
                   SatisfactionSurvey.patient_id.in_(live)))
        if keep(pid)]
    T = CareTransition
    transitions = [
        (r.patient_id, r.discharged_at, r.status,
         ((r.contact_due_at, r.contact_at), (r.home_visit_due_at, r.home_visit_at),
          (r.followup_due_at, r.followup_at)))
        for r in session.execute(
            select(T.patient_id, T.discharged_at, T.status, T.contact_due_at, T.contact_at,
                   T.home_visit_due_at, T.home_visit_at, T.followup_due_at, T.followup_at)
            .where(T.deleted_at.is_(None), T.status != "cancelled", T.discharged_at >= lo,
                   T.discharged_at < hi, T.patient_id.in_(live)))
        if keep(r.patient_id)]
    return _Rows(patients, dict(memberships), inpatient, emergency, reviews, referrals,
                 surveys, transitions)


# -- the figures ------------------------------------------------------------------------------
def _pct(num: int, den: int) -> float | None:
    return round(100.0 * num / den, 1) if den else None


def _stays(inpatient: list[tuple[str, dt.datetime, dt.datetime | None]]
           ) -> dict[str, list[tuple[dt.datetime, dt.datetime | None]]]:
    """Per patient, the inpatient episodes in time order, same-day transfers joined: a stay
    that starts on the calendar day (UTC) the previous one ended, or overlaps it, continues
    that episode."""
    by_patient: dict[str, list[tuple[dt.datetime, dt.datetime | None]]] = defaultdict(list)
    for pid, start, end in inpatient:
        by_patient[pid].append((start, end))
    episodes: dict[str, list[tuple[dt.datetime, dt.datetime | None]]] = {}
    for pid, stays in by_patient.items():
        stays.sort(key=lambda s: s[0])
        merged: list[tuple[dt.datetime, dt.datetime | None]] = []
        for start, end in stays:
            if merged:
                first, last_end = merged[-1]
                if last_end is None or start.date() <= last_end.date():
                    new_end = None if last_end is None or end is None else max(last_end, end)
                    merged[-1] = (first, new_end)
                    continue
            merged.append((start, end))
        episodes[pid] = merged
    return episodes


def _readmissions(episodes: dict[str, list[tuple[dt.datetime, dt.datetime | None]]],
                  lo: dt.datetime, hi: dt.datetime) -> tuple[Figure, Figure, Figure]:
    index_patients: list[str] = []
    readmitted: list[str] = []
    index_n = readmit_n = 0
    window = dt.timedelta(days=READMISSION_DAYS)
    for pid, eps in episodes.items():
        for i, (_start, end) in enumerate(eps):
            if end is None or not lo <= end < hi:
                continue
            index_n += 1
            index_patients.append(pid)
            if any(end < s <= end + window for s, _e in eps[i + 1:]):
                readmit_n += 1
                readmitted.append(pid)
    ids = tuple(dict.fromkeys(index_patients))
    readmit_ids = frozenset(readmitted)
    return (
        Figure("index_admissions", index_n, patient_ids=ids,
               numerator_patient_ids=readmit_ids),
        Figure("readmissions_30d", readmit_n, patient_ids=tuple(dict.fromkeys(readmitted)),
               numerator_patient_ids=readmit_ids),
        Figure("readmission_rate", _pct(readmit_n, index_n), readmit_n, index_n,
               patient_ids=ids, numerator_patient_ids=readmit_ids),
    )


def _patient_months(rows: _Rows, lo: dt.datetime, hi: dt.datetime) -> float:
    whole = (hi - lo).total_seconds()
    seconds = 0.0
    for pid in rows.patients:
        spans = rows.memberships.get(pid)
        if not spans:
            seconds += whole
            continue
        clipped = sorted((max(since, lo), min(until or hi, hi)) for since, until in spans)
        cur_lo: dt.datetime | None = None
        cur_hi: dt.datetime | None = None
        for a, b in clipped:  # the union of the memberships, inside the period
            if b <= a:
                continue
            if cur_hi is None or a > cur_hi:
                if cur_lo is not None and cur_hi is not None:
                    seconds += (cur_hi - cur_lo).total_seconds()
                cur_lo, cur_hi = a, b
            else:
                cur_hi = max(cur_hi, b)
        if cur_lo is not None and cur_hi is not None:
            seconds += (cur_hi - cur_lo).total_seconds()
    return seconds / 86400.0 / DAYS_PER_MONTH


def _ed(rows: _Rows, lo: dt.datetime, hi: dt.datetime) -> tuple[Figure, Figure]:
    visits = [pid for pid, start in rows.emergency if lo <= start < hi]
    ids = tuple(dict.fromkeys(visits))
    months = _patient_months(rows, lo, hi)
    rate = round(len(visits) * 1000.0 / months, 1) if months > 0 else None
    return (Figure("ed_visits", len(visits), patient_ids=ids, numerator_patient_ids=frozenset(ids)),
            Figure("ed_visits_per_1000_patient_months", rate, len(visits), round(months, 1),
                   patient_ids=ids, numerator_patient_ids=frozenset(ids)))


def _adherence(rows: _Rows, lo: dt.datetime, hi: dt.datetime) -> Figure:
    assessed = [(pid, a) for pid, at, a in rows.reviews
                if lo <= at < hi and a in ("adherent", "partial", "not_adherent")]
    good = [pid for pid, a in assessed if a == "adherent"]
    counts = {level: sum(1 for _p, a in assessed if a == level)
              for level in ("adherent", "partial", "not_adherent")}
    return Figure("care_plan_adherence", _pct(len(good), len(assessed)), len(good),
                  len(assessed), patient_ids=tuple(dict.fromkeys(p for p, _a in assessed)),
                  numerator_patient_ids=frozenset(good), extra={"by_level": counts})


def _referrals(rows: _Rows, lo: dt.datetime, hi: dt.datetime) -> Figure:
    sent = [(pid, s, seen, status) for pid, s, seen, status in rows.referrals if lo <= s < hi]
    days = [(seen - s).total_seconds() / 86400.0 for _p, s, seen, _st in sent if seen]
    waiting = [pid for pid, _s, seen, status in sent
               if seen is None and status in ("sent", "scheduled")]
    seen_ids = [pid for pid, _s, seen, _st in sent if seen]
    median = round(statistics.median(days), 1) if days else None
    return Figure("median_days_referral_to_appointment", median, None, len(days),
                  patient_ids=tuple(dict.fromkeys([*seen_ids, *waiting])),
                  numerator_patient_ids=frozenset(seen_ids),
                  extra={"seen": len(days), "still_waiting": len(waiting)})


def _satisfaction(rows: _Rows, lo: dt.datetime, hi: dt.datetime) -> Figure:
    scores = [(pid, score / top * 100.0) for pid, at, score, top in rows.surveys
              if lo <= at < hi]
    mean = round(statistics.fmean(s for _p, s in scores), 1) if scores else None
    ids = tuple(dict.fromkeys(p for p, _s in scores))
    return Figure("patient_satisfaction", mean, None, len(scores), patient_ids=ids,
                  numerator_patient_ids=frozenset(ids), extra={"n": len(scores)})


def _transitions(rows: _Rows, lo: dt.datetime, hi: dt.datetime, now: dt.datetime) -> Figure:
    judged: list[str] = []
    on_time: list[str] = []
    for pid, discharged, status, steps in rows.transitions:
        if not lo <= discharged < hi:
            continue
        due_steps = [(due, done) for due, done in steps if due is not None]
        if not due_steps:
            continue
        if status != "completed" and any(due > now for due, _d in due_steps):
            continue  # still within its deadlines: not judged yet
        judged.append(pid)
        if all(done is not None and done <= due for due, done in due_steps):
            on_time.append(pid)
    return Figure("transitions_on_time", _pct(len(on_time), len(judged)), len(on_time),
                  len(judged), patient_ids=tuple(dict.fromkeys(judged)),
                  numerator_patient_ids=frozenset(on_time))


GapEvaluator = Callable[[dt.datetime], dict[str, Any]]


def _gap_times(periods: Iterable[tuple[dt.date, dt.date]], now: dt.datetime
               ) -> list[dt.datetime]:
    """The times :func:`_care_gaps` evaluates the rules at for these periods."""
    times: set[dt.datetime] = set()
    for first, last in periods:
        lo, hi = period_bounds(first, last)
        times.update((min(lo, now), min(hi, now)))
    return sorted(times)


def _gap_evaluator(session: Session, patient_ids: Iterable[str] | None,
                   times: Iterable[dt.datetime] = ()
                   ) -> tuple[GapEvaluator | None, str | None]:
    """The care-gap results by time; those at ``times`` (all that the figures will ask for)
    from one read of the store (:func:`~app.coordination.care_gaps.evaluate_panel_at`)."""
    try:
        care_gaps = importlib.import_module("app.coordination.care_gaps")
        evaluate_panel = care_gaps.evaluate_panel
    except (ImportError, AttributeError):
        return None, "care gaps are not available in this version of Hearth"
    ids = list(patient_ids) if patient_ids is not None else None
    evaluate_panel_at = getattr(care_gaps, "evaluate_panel_at", None)
    cache: dict[dt.datetime, dict[str, Any]] = {}
    if evaluate_panel_at is not None:
        cache.update(evaluate_panel_at(session, times, patient_ids=ids))

    def evaluate(when: dt.datetime) -> dict[str, Any]:
        if when not in cache:
            cache[when] = evaluate_panel(session, when, patient_ids=ids)
        return cache[when]

    return evaluate, None


def _gap_status(results: dict[str, Any]) -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    for pid, gaps in results.items():
        for gap in gaps:
            out[(pid, gap.rule_id)] = gap.status
    return out


def _care_gaps(evaluate: GapEvaluator | None, note: str | None, lo: dt.datetime,
               hi: dt.datetime, now: dt.datetime) -> Figure:
    if evaluate is None:
        return Figure("care_gap_closure_rate", None, available=False, note=note)
    at_start = _gap_status(evaluate(min(lo, now)))
    at_end = _gap_status(evaluate(min(hi, now)))
    counted: list[str] = []
    closed: list[str] = []
    excluded = 0
    for key, status in at_start.items():
        if status != "open":
            continue
        later = at_end.get(key)
        if later not in ("open", "closed"):
            excluded += 1  # excluded at the end, or the rule no longer applies
            continue
        counted.append(key[0])
        if later == "closed":
            closed.append(key[0])
    return Figure("care_gap_closure_rate", _pct(len(closed), len(counted)), len(closed),
                  len(counted), patient_ids=tuple(dict.fromkeys(counted)),
                  numerator_patient_ids=frozenset(closed), extra={"left_out": excluded})


def _figures(rows: _Rows, episodes: dict[str, Any], first: dt.date, last: dt.date,
             now: dt.datetime, gaps: tuple[GapEvaluator | None, str | None]
             ) -> dict[str, Figure]:
    lo, hi = period_bounds(first, last)
    figures: list[Figure] = [*_readmissions(episodes, lo, hi), *_ed(rows, lo, hi),
                             _adherence(rows, lo, hi), _referrals(rows, lo, hi),
                             _care_gaps(gaps[0], gaps[1], lo, hi, now),
                             _satisfaction(rows, lo, hi), _transitions(rows, lo, hi, now)]
    by_key = {f.key: f for f in figures}
    return {key: by_key[key] for key in FIGURE_KEYS}


def _aware_now(now: dt.datetime | None) -> dt.datetime:
    if now is None:
        return utcnow()
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("naive datetime refused: give a timezone-aware time")
    return now


# -- the API ----------------------------------------------------------------------------------
def compute_metrics(session: Session, start: dt.date, end: dt.date, *,
                    patient_ids: Iterable[str] | None = None,
                    now: dt.datetime | None = None, care_gaps: bool = True) -> MetricsReport:
    """Every figure for the period ``start``..``end`` (whole UTC days, both included), over
    the store's patients (or only ``patient_ids``). ``now`` (aware) decides which
    transitions' deadlines have passed. ``care_gaps=False`` skips the two care-gap
    evaluations (the closure rate is then not computed)."""
    now = _aware_now(now)
    lo, hi = period_bounds(start, end)
    ids = list(patient_ids) if patient_ids is not None else None
    rows = _load(session, lo, hi, ids)
    gaps = _gap_evaluator(session, ids, _gap_times([(start, end)], now)) if care_gaps \
        else (None, "not computed")
    figures = _figures(rows, _stays(rows.inpatient), start, end, now, gaps)
    return MetricsReport(start, end, figures, now)


def monthly_trends(session: Session, start: dt.date, end: dt.date, *,
                   patient_ids: Iterable[str] | None = None, now: dt.datetime | None = None,
                   care_gaps: bool = True) -> list[MonthPoint]:
    """Each figure per calendar month of the period (the first and last month clipped to
    it), for the charts. The store is read once for the whole period; the care-gap rules are
    evaluated at each month's start and end, from one read too (``care_gaps=False`` skips
    them)."""
    now = _aware_now(now)
    lo, hi = period_bounds(start, end)
    ids = list(patient_ids) if patient_ids is not None else None
    rows = _load(session, lo, hi, ids)
    episodes = _stays(rows.inpatient)
    months = months_of(start, end)
    gaps = _gap_evaluator(session, ids, _gap_times([(f, t) for _m, f, t in months], now)) \
        if care_gaps else (None, "not computed")
    return [MonthPoint(month, first, last,
                       {k: f.value for k, f in _figures(rows, episodes, first, last, now,
                                                        gaps).items()})
            for month, first, last in months]


def metrics_with_trends(session: Session, start: dt.date, end: dt.date, *,
                        patient_ids: Iterable[str] | None = None,
                        now: dt.datetime | None = None
                        ) -> tuple[MetricsReport, list[MonthPoint]]:
    """The report and its monthly trends from one read of the store (the dashboard and
    ``hearth metrics --csv`` use this)."""
    now = _aware_now(now)
    lo, hi = period_bounds(start, end)
    ids = list(patient_ids) if patient_ids is not None else None
    rows = _load(session, lo, hi, ids)
    episodes = _stays(rows.inpatient)
    months = months_of(start, end)
    gaps = _gap_evaluator(session, ids, _gap_times(
        [(start, end), *((f, t) for _m, f, t in months)], now))
    report = MetricsReport(start, end, _figures(rows, episodes, start, end, now, gaps), now)
    trends = [MonthPoint(month, first, last,
                         {k: f.value for k, f in _figures(rows, episodes, first, last, now,
                                                          gaps).items()})
              for month, first, last in months]
    return report, trends


# -- output -----------------------------------------------------------------------------------
def format_value(figure: Figure) -> str:
    """The value as text: "12.5%", "3", "4.0 days", "-" when there is none."""
    if figure.value is None:
        return "-"
    if figure.unit == "%":
        return f"{figure.value:.1f}%"
    if isinstance(figure.value, int):
        return str(figure.value)
    if figure.unit == "days":
        return f"{figure.value:.1f} days"
    return f"{figure.value:.1f}"


def format_basis(figure: Figure) -> str:
    """Numerator / denominator (or n), as plain text; "" when neither means anything."""
    extra = figure.extra
    if not figure.available:
        return ""
    if figure.key == "median_days_referral_to_appointment":
        return f"{extra.get('seen', 0)} seen, {extra.get('still_waiting', 0)} still waiting"
    if figure.key == "patient_satisfaction":
        return f"n = {extra.get('n', 0)}"
    if figure.key == "ed_visits_per_1000_patient_months":
        return f"{figure.numerator} visits / {figure.denominator} patient-months"
    if figure.denominator == 0:
        return "none in the period"
    if figure.numerator is not None and figure.denominator is not None:
        return f"{figure.numerator} / {figure.denominator}"
    return ""


CSV_COLUMNS = ("row", "period_from", "period_to", "key", "label", "value", "unit",
               "numerator", "denominator", "definition")


def csv_text(report: MetricsReport, trends: list[MonthPoint]) -> str:
    """Aggregate figures only (no patient-level rows): one "figure" row per figure for the
    period, then one "month" row per figure and month."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for f in report.figures.values():
        writer.writerow(("figure", report.start.isoformat(), report.end.isoformat(), f.key,
                         f.label, "" if f.value is None else f.value, f.unit,
                         "" if f.numerator is None else f.numerator,
                         "" if f.denominator is None else f.denominator, f.definition))
    for point in trends:
        for key, value in point.values.items():
            writer.writerow(("month", point.start.isoformat(), point.end.isoformat(), key,
                             FIGURES[key][0], "" if value is None else value, FIGURES[key][1],
                             "", "", ""))
    return buffer.getvalue()


def write_csv(report: MetricsReport, trends: list[MonthPoint], path: Path) -> Path:
    """Write :func:`csv_text` to ``path`` whole (a ``.partial`` file renamed into place).
    Bad paths raise :class:`InputError`."""
    path = Path(path)
    if path.is_dir():
        raise InputError(f"{path}: is a folder; give the CSV file to write")
    if not path.parent.is_dir():
        raise InputError(f"{path.parent}: no such folder")
    tmp = path.with_name(path.name + ".partial")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(csv_text(report, trends))
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise InputError(f"{path}: cannot be written "
                         f"({exc.strerror or type(exc).__name__})") from None
    return path
