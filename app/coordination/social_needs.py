"""Social-needs screening with the CMS Accountable Health Communities Health-Related Social
Needs (AHC HRSN) Screening Tool: its 10 core questions (``resources/coordination/ahc_hrsn.json``,
English and Spanish), scored into a :class:`~app.models.entities.SocialNeedsScreening`, and
community referrals for the positive domains.

Scoring (CMS AHC HRSN tool): living situation positive for question 1 options 2-3 or any
housing problem in question 2; food positive for "often" or "sometimes true" to question 3
or 4; transportation positive for "yes"; utilities positive for "yes" or "already shut off";
safety: questions 7-10 scored 1 (never) to 5 (frequently), a total of 11 or more is positive.
A domain with a question the patient declined, and no positive answer, is "declined"; one with
a question not asked is "unknown". ``score`` = the number of positive domains (as the chart
shows it); the safety total is kept in ``responses["safety_score"]``.

No Qt here.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.coordination.common import aware_utc, live_patient, read_json
from app.models.base import LOINC
from app.models.entities import Referral, SocialNeedsScreening
from app.models.errors import InputError

__all__ = ["TOOL_FILE", "DOMAINS", "DECLINED", "ToolError", "Option", "Question", "Tool",
           "ScreeningResult", "load_tool", "score_answers", "record_screening",
           "create_community_referral", "open_community_referrals", "latest_screening"]

TOOL_FILE = Path(__file__).resolve().parents[2] / "resources" / "coordination" / "ahc_hrsn.json"
DOMAINS = ("housing", "food", "transportation", "utilities", "safety")
DECLINED = "declined"  # an answer meaning "the patient chose not to answer"
LANGS = ("en", "es")


class ToolError(ValueError):
    """The screening tool file is missing or malformed."""


@dataclass(frozen=True)
class Option:
    id: str
    text: dict[str, str]  # lang -> text
    positive: bool = False
    score: int | None = None
    exclusive: bool = False  # "None of the above"


@dataclass(frozen=True)
class Question:
    id: str
    number: int
    domain: str
    loinc: str
    text: dict[str, str]
    options: tuple[Option, ...]
    multiple: bool = False
    scored: bool = False

    def option(self, option_id: str) -> Option:
        for o in self.options:
            if o.id == option_id:
                return o
        raise InputError(f"question {self.number}: that answer is not one of its options")


@dataclass(frozen=True)
class Tool:
    instrument: str
    version: str
    title: dict[str, str]
    source: str
    spanish_note: str
    panel: dict[str, str]
    domains: dict[str, dict[str, str]]
    questions: tuple[Question, ...]
    safety_threshold: int
    safety_total_loinc: str

    def question(self, qid: str) -> Question:
        for q in self.questions:
            if q.id == qid:
                return q
        raise InputError("that question is not part of the screening tool")


_lock = threading.Lock()
_cache: dict[Path, Tool] = {}


def _texts(d: dict[str, Any], where: str) -> dict[str, str]:
    out = {}
    for lang in LANGS:
        text = d.get(lang)
        if not isinstance(text, str) or not text.strip():
            raise ToolError(f"ahc_hrsn.json: {where} has no {lang} text")
        out[lang] = text
    return out


def _parse(data: Any) -> Tool:
    if not isinstance(data, dict):
        raise ToolError("ahc_hrsn.json: must be an object")
    for key in ("version", "instrument", "source", "spanish_note"):
        if not isinstance(data.get(key), str) or not data[key]:
            raise ToolError(f"ahc_hrsn.json: '{key}' is missing")
    sets = data.get("option_sets", {})
    questions = []
    seen = set()
    for i, q in enumerate(data.get("questions", [])):
        where = f"question {i + 1}"
        if not isinstance(q, dict) or not isinstance(q.get("id"), str):
            raise ToolError(f"ahc_hrsn.json: {where} has no id")
        if q["id"] in seen:
            raise ToolError(f"ahc_hrsn.json: {where} repeats an id")
        seen.add(q["id"])
        if q.get("domain") not in DOMAINS:
            raise ToolError(f"ahc_hrsn.json: {where} has an unknown domain")
        raw = q.get("options")
        if isinstance(raw, str):
            raw = sets.get(raw)
        if not isinstance(raw, list) or len(raw) < 2:
            raise ToolError(f"ahc_hrsn.json: {where} needs at least two options")
        options = []
        for j, o in enumerate(raw):
            if not isinstance(o, dict) or not isinstance(o.get("id"), str):
                raise ToolError(f"ahc_hrsn.json: {where} option {j + 1} has no id")
            score = o.get("score")
            if q.get("scored") and not isinstance(score, int):
                raise ToolError(f"ahc_hrsn.json: {where} option {j + 1} needs a score")
            options.append(Option(o["id"], _texts(o, f"{where} option {j + 1}"),
                                  bool(o.get("positive", False)), score,
                                  bool(o.get("exclusive", False))))
        questions.append(Question(q["id"], int(q.get("number", i + 1)), q["domain"],
                                  str(q.get("loinc", "")), _texts(q, where), tuple(options),
                                  bool(q.get("multiple", False)), bool(q.get("scored", False))))
    if len(questions) != 10:
        raise ToolError("ahc_hrsn.json: the core tool has 10 questions")
    for domain in DOMAINS:
        if not any(q.domain == domain for q in questions):
            raise ToolError(f"ahc_hrsn.json: no question for the {domain} domain")
    domains = {}
    for domain in DOMAINS:
        d = data.get("domains", {}).get(domain)
        if not isinstance(d, dict):
            raise ToolError(f"ahc_hrsn.json: domain {domain} is not described")
        domains[domain] = {**_texts(d, f"domain {domain}"), "rule": str(d.get("rule", ""))}
    threshold = data.get("safety_threshold")
    if not isinstance(threshold, int):
        raise ToolError("ahc_hrsn.json: 'safety_threshold' must be a whole number")
    return Tool(data["instrument"], data["version"], _texts(data["title"], "title"),
                data["source"], data["spanish_note"], dict(data.get("panel", {})), domains,
                tuple(questions), threshold, str(data.get("safety_total_loinc", "")))


def load_tool(path: Path | None = None) -> Tool:
    """The AHC HRSN core tool, validated (cached)."""
    path = path or TOOL_FILE
    with _lock:
        if path not in _cache:
            _cache[path] = _parse(read_json(path, ToolError))
        return _cache[path]


# -- scoring -------------------------------------------------------------------------------------
Answer = str | list[str] | tuple[str, ...] | None


@dataclass(frozen=True)
class ScreeningResult:
    domains: dict[str, str]  # domain -> positive | negative | declined | unknown
    safety_score: int | None  # 4-20 when all four safety items were answered
    items: tuple[dict[str, Any], ...]  # one per question answered (or declined)

    @property
    def positives(self) -> list[str]:
        return [d for d in DOMAINS if self.domains.get(d) == "positive"]

    @property
    def score(self) -> int:
        return len(self.positives)


def _chosen(q: Question, answer: Answer) -> list[Option] | str | None:
    """The options chosen, ``DECLINED``, or None (not asked)."""
    if answer is None or answer == "" or answer == []:
        return None
    if answer == DECLINED:
        return DECLINED
    ids = [answer] if isinstance(answer, str) else list(answer)
    if not q.multiple and len(ids) != 1:
        raise InputError(f"question {q.number} takes one answer")
    chosen = [q.option(i) for i in dict.fromkeys(ids)]
    if len(chosen) > 1 and any(o.exclusive for o in chosen):
        raise InputError(f"question {q.number}: 'none of the above' cannot go with another "
                         "answer")
    return chosen


def score_answers(answers: Mapping[str, Answer], *, tool: Tool | None = None,
                  lang: str = "en") -> ScreeningResult:
    """Score the answers (question id -> option id, a list of ids for question 2, ``"declined"``
    or None) as the CMS tool says."""
    tool = tool or load_tool()
    if lang not in LANGS:
        raise InputError("the screening language must be English or Spanish")
    unknown = set(answers) - {q.id for q in tool.questions}
    if unknown:
        raise InputError("an answer was given to a question that is not in the tool")
    state: dict[str, dict[str, int]] = {d: {"positive": 0, "declined": 0, "missing": 0}
                                        for d in DOMAINS}
    items: list[dict[str, Any]] = []
    safety_total = 0
    safety_answered = 0
    safety_items = 0
    for q in tool.questions:
        chosen = _chosen(q, answers.get(q.id))
        counts = state[q.domain]
        if q.scored:
            safety_items += 1
        if chosen is None:
            counts["missing"] += 1
            continue
        item: dict[str, Any] = {"domain": q.domain, "code_system": LOINC, "code": q.loinc,
                                "question_id": q.id, "question": q.text["en"]}
        if chosen == DECLINED:
            counts["declined"] += 1
            item.update(answer="Patient declined to answer", answer_ids=[DECLINED],
                        positive=False)
            items.append(item)
            continue
        assert isinstance(chosen, list)
        item.update(answer="; ".join(o.text["en"] for o in chosen),
                    answer_ids=[o.id for o in chosen])
        if lang != "en":
            item[f"question_{lang}"] = q.text[lang]
            item[f"answer_{lang}"] = "; ".join(o.text[lang] for o in chosen)
        if q.scored:
            value = chosen[0].score or 0
            item["score"] = value
            safety_total += value
            safety_answered += 1
            item["positive"] = value >= 3  # "sometimes" or more often
        else:
            item["positive"] = any(o.positive for o in chosen)
            counts["positive"] += item["positive"]
        items.append(item)
    domains: dict[str, str] = {}
    for domain in DOMAINS:
        counts = state[domain]
        if domain == "safety":
            # Unanswered items score at least 1 each: a partial total can already be positive.
            if safety_answered and safety_total + (safety_items - safety_answered) \
                    >= tool.safety_threshold:
                domains[domain] = "positive"
                continue
            if safety_answered == safety_items:
                domains[domain] = "negative"
                continue
        elif counts["positive"]:
            domains[domain] = "positive"
            continue
        elif not counts["declined"] and not counts["missing"]:
            domains[domain] = "negative"
            continue
        domains[domain] = "declined" if counts["declined"] else "unknown"
    safety = safety_total if safety_answered == safety_items else None
    return ScreeningResult(domains, safety, tuple(items))


# -- writing ---------------------------------------------------------------------------------------
def record_screening(store: Any, patient_id: str, answers: Mapping[str, Answer], *,
                     lang: str = "en", screened_at: dt.datetime | None = None,
                     now: dt.datetime | None = None) -> tuple[str, ScreeningResult]:
    """Score and save an AHC HRSN screening; returns (screening id, result). Every question
    must be answered or marked declined."""
    tool = load_tool()
    missing = [q.number for q in tool.questions if answers.get(q.id) in (None, "", [])]
    if missing:
        raise InputError("answer every question, or mark it declined: question "
                         + ", ".join(str(n) for n in missing))
    result = score_answers(answers, tool=tool, lang=lang)
    now = aware_utc(now, "time now")
    when = aware_utc(screened_at or now, "screening time")
    if when > now + dt.timedelta(minutes=5):
        raise InputError("the screening date is in the future")
    responses = {"panel": {"code_system": tool.panel.get("code_system", LOINC),
                           "code": tool.panel.get("code"),
                           "code_display": tool.panel.get("display")},
                 "tool_version": tool.version, "language": lang, "items": list(result.items),
                 "safety_score": result.safety_score,
                 "safety_score_code": tool.safety_total_loinc}
    with store.write() as s:
        live_patient(s, patient_id)
        row = SocialNeedsScreening(patient_id=patient_id, instrument=tool.instrument,
                                   screened_at=when, responses=responses,
                                   score=result.score, **result.domains)
        s.add(row)
        s.flush()
        return row.id, result


def latest_screening(session: Session, patient_id: str) -> SocialNeedsScreening | None:
    S = SocialNeedsScreening
    return session.scalar(select(S).where(S.patient_id == patient_id, S.deleted_at.is_(None))
                          .order_by(S.screened_at.desc()).limit(1))


OPEN_REFERRAL = ("draft", "sent", "scheduled", "seen", "report_received", "reviewed")


def open_community_referrals(session: Session, patient_id: str) -> dict[str, str]:
    """need domain -> id of the open community referral for it."""
    R = Referral
    rows = session.execute(select(R.need_domain, R.id).where(
        R.patient_id == patient_id, R.deleted_at.is_(None), R.kind == "community",
        R.status.in_(OPEN_REFERRAL)).order_by(R.created_at)).all()
    return {domain: rid for domain, rid in rows if domain}


def create_community_referral(store: Any, patient_id: str, domain: str, *, to_name: str,
                              reason: str | None = None, to_phone: str | None = None,
                              to_address: str | None = None, now: dt.datetime | None = None
                              ) -> tuple[str, bool]:
    """A community referral (``kind="community"``, ``need_domain`` set, status draft) for a
    positive domain; an open one for the same domain is returned instead of a second.
    Returns (referral id, created)."""
    if domain not in DOMAINS:
        raise InputError("the need must be housing, food, transportation, utilities or safety")
    to_name = (to_name or "").strip()
    if not to_name:
        raise InputError("name the community resource the patient is referred to")
    tool = load_tool()
    reason = (reason or "").strip() or (
        f"{tool.domains[domain]['en']} need on AHC HRSN screening")
    aware_utc(now, "time now")
    with store.write() as s:
        live_patient(s, patient_id)
        existing = open_community_referrals(s, patient_id).get(domain)
        if existing is not None:
            return existing, False
        row = Referral(patient_id=patient_id, kind="community", need_domain=domain,
                       to_name=to_name[:200], to_phone=(to_phone or None),
                       to_address=(to_address or None), reason=reason, status="draft",
                       priority="urgent" if domain == "safety" else "routine")
        s.add(row)
        s.flush()
        return row.id, True
