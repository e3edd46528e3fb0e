"""The patient-experience survey on care coordination that the nurse reads out and records.

The questionnaire is data (``resources/coordination/satisfaction_survey.json``): five items
adapted from the AHRQ CAHPS Clinician & Group Survey 3.0 care-coordination items and the
AHRQ Care Coordination Quality Measure for Primary Care (CCQM-PC), in English and Spanish,
answered Never / Sometimes / Usually / Always (or "Does not apply").

Score: Never 0, Sometimes 1, Usually 2, Always 3 per answered item; ``score`` is their sum and
``max_score`` 3 × the answered items, so ``score / max_score × 100`` is the mean item score
scaled to 0-100 (the "patient satisfaction" metric is the mean of that over the surveys of a
period). "Does not apply" and skipped items are left out; a survey with no answered item has
no score (and does not count). The top-box share (answers "Always") is kept beside it.

No Qt here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.coordination.common import aware_now, read_knowledge_file
from app.models.entities import Patient, SatisfactionSurvey
from app.models.errors import InputError

SURVEY_FILE = (Path(__file__).resolve().parents[2] / "resources" / "coordination"
               / "satisfaction_survey.json")
LANGS = ("en", "es")


@dataclass(frozen=True)
class Answer:
    id: str
    value: int | None  # None: does not apply
    text: dict[str, str]


@dataclass(frozen=True)
class Item:
    id: str
    text: dict[str, str]
    source: str


@dataclass(frozen=True)
class SurveyDef:
    version: str
    instrument: str
    title: dict[str, str]
    intro: dict[str, str]
    scoring: str
    adaptation: str
    sources: dict[str, str]
    answers: tuple[Answer, ...]
    items: tuple[Item, ...]

    @property
    def top_value(self) -> int:
        return max(a.value for a in self.answers if a.value is not None)

    def answer(self, answer_id: str) -> Answer | None:
        return next((a for a in self.answers if a.id == answer_id), None)


class SurveyError(ValueError):
    """The survey file is damaged (a broken install)."""


@lru_cache(maxsize=4)
def load_survey(path: Path = SURVEY_FILE) -> SurveyDef:
    data = read_knowledge_file(path, SurveyError, sources_required=False)
    version, sources = data["version"], data.get("sources") or {}

    def texts(obj: Any, where: str) -> dict[str, str]:
        if not isinstance(obj, dict) or not all(isinstance(obj.get(lang), str) and obj[lang]
                                                for lang in LANGS):
            raise SurveyError(f"{path.name}: {where} needs English and Spanish text")
        return {lang: obj[lang] for lang in LANGS}

    answers = []
    for i, a in enumerate(data.get("answers") or []):
        v = a.get("value")
        if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
            raise SurveyError(f"{path.name}: answers[{i}].value must be a whole number or null")
        answers.append(Answer(str(a.get("id")), v, texts(a, f"answers[{i}]")))
    if len({a.id for a in answers}) != len(answers) or \
            sum(a.value is not None for a in answers) < 2:
        raise SurveyError(f"{path.name}: answers need unique ids and at least two scored")
    items = []
    for i, it in enumerate(data.get("items") or []):
        if it.get("source") not in sources:
            raise SurveyError(f"{path.name}: items[{i}] names an unknown source")
        items.append(Item(str(it.get("id")), texts(it, f"items[{i}]"), sources[it["source"]]))
    if not 4 <= len(items) <= 6 or len({i.id for i in items}) != len(items):
        raise SurveyError(f"{path.name}: 4 to 6 items with unique ids are expected")
    instrument = data.get("instrument")
    if not isinstance(instrument, str) or not 0 < len(instrument) <= 40:
        raise SurveyError(f"{path.name}: 'instrument' (at most 40 characters) is needed")
    return SurveyDef(version, instrument, texts(data.get("title"), "title"),
                     texts(data.get("intro"), "intro"), str(data.get("scoring", "")),
                     str(data.get("adaptation", "")), dict(sources), tuple(answers),
                     tuple(items))


@dataclass(frozen=True)
class Score:
    score: float | None
    max_score: float | None
    answered: int
    top_box: int  # answers at the top of the scale ("Always")

    @property
    def percent(self) -> float | None:
        """score / max_score × 100: the mean item score on a 0-100 scale."""
        if not self.max_score:
            return None
        return 100.0 * (self.score or 0.0) / self.max_score


def score_responses(answers: dict[str, str], survey: SurveyDef | None = None) -> Score:
    """Score answers ({item id: answer id}); unknown items or answers raise InputError."""
    survey = survey or load_survey()
    known = {i.id for i in survey.items}
    total = 0
    answered = 0
    top = 0
    for item_id, answer_id in answers.items():
        if item_id not in known:
            raise InputError("an answer names a question that is not in the survey")
        if answer_id in (None, ""):
            continue
        a = survey.answer(answer_id)
        if a is None:
            raise InputError("an answer is not one of the survey's choices")
        if a.value is None:
            continue
        answered += 1
        total += a.value
        top += a.value == survey.top_value
    if not answered:
        return Score(None, None, 0, 0)
    return Score(float(total), float(survey.top_value * answered), answered, top)


@dataclass(frozen=True)
class SurveyRow:
    survey_id: str
    patient_id: str
    surveyed_at: dt.datetime
    instrument: str
    answers: dict[str, str]
    language: str
    score: float | None
    max_score: float | None

    @property
    def percent(self) -> float | None:
        if not self.max_score:
            return None
        return 100.0 * (self.score or 0.0) / self.max_score


def _row(s: SatisfactionSurvey) -> SurveyRow:
    resp = s.responses or {}
    answers = resp.get("answers") if isinstance(resp.get("answers"), dict) else {}
    return SurveyRow(s.id, s.patient_id, s.surveyed_at, s.instrument, dict(answers),
                     str(resp.get("language") or "en"), s.score, s.max_score)


def record_survey(store: Any, patient_id: str, answers: dict[str, str], *,
                  language: str = "en", surveyed_at: dt.datetime | None = None,
                  now: dt.datetime | None = None) -> SurveyRow:
    """Score and save one survey. At least one question must have an answer."""
    now = aware_now(now)
    survey = load_survey()
    if language not in LANGS:
        raise InputError("the survey language must be en or es")
    answers = {k: v for k, v in answers.items() if v not in (None, "")}
    if not answers:
        raise InputError("answer at least one question before saving the survey")
    score = score_responses(answers, survey)
    when = surveyed_at or now
    if when.tzinfo is None or when.utcoffset() is None:
        raise InputError("the survey time needs a time zone")
    if when > now + dt.timedelta(minutes=5):
        raise InputError("the survey date is in the future")
    with store.write() as s:
        patient = s.get(Patient, patient_id) if patient_id else None
        if patient is None or patient.deleted_at is not None:
            raise InputError("that patient is not in this store; choose a patient from the list")
        row = SatisfactionSurvey(
            patient_id=patient_id, surveyed_at=when.astimezone(dt.UTC),
            instrument=survey.instrument,
            responses={"answers": answers, "language": language, "version": survey.version,
                       "top_box": score.top_box, "answered": score.answered},
            score=score.score, max_score=score.max_score)
        s.add(row)
        s.flush()
        return _row(row)


def surveys(session: Session, patient_id: str) -> list[SurveyRow]:
    """The patient's surveys, newest first."""
    rows = session.scalars(select(SatisfactionSurvey).where(
        SatisfactionSurvey.patient_id == patient_id,
        SatisfactionSurvey.deleted_at.is_(None))).all()
    return sorted((_row(r) for r in rows), key=lambda r: r.surveyed_at, reverse=True)


def mean_percent(session: Session, start: dt.datetime, end: dt.datetime
                 ) -> tuple[float | None, int]:
    """The mean of score / max_score × 100 over the scored surveys taken in [start, end),
    and how many there were (what the patient-satisfaction metric reports)."""
    S = SatisfactionSurvey
    rows = session.execute(select(S.score, S.max_score).where(
        S.deleted_at.is_(None), S.surveyed_at >= start, S.surveyed_at < end,
        S.max_score.is_not(None), S.max_score > 0)).all()
    if not rows:
        return None, 0
    return sum(100.0 * (sc or 0.0) / mx for sc, mx in rows) / len(rows), len(rows)
