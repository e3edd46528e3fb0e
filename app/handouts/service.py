"""Handouts from the store: what can be printed for a patient, the data each handout is made
from, rendering them, and recording which were given at the visit. No Qt here.

- :func:`handout_choices`: what can be printed for this patient: the medicine schedule (from
  which list), the topic handouts (some suggested, from ``resources/handouts/topic_suggestions.json``),
  the visit summary (when a signed visit note exists), the med rec summary for the primary-care
  provider (when a reconciliation was finalized); the language to print in; the draft visit
  note the handouts will be recorded on.
- :func:`schedule_request`: the med rec check input that :func:`app.handouts.schedule.build_schedule`
  makes the pill card from: the latest reconciled list, else what the patient actually takes
  (patient report or bottles), else the newest prescribed list (discharge or EHR).
- :func:`visit_summary` (for the patient, plain words, English or Spanish) and
  :func:`medrec_summary` (for the primary-care provider, English).
- :func:`render_handouts`: the PDFs of the chosen handouts, in memory (never a temp file).
- :func:`record_given`: an :class:`~app.models.entities.EducationRecord` of what was given,
  linked to the patient's draft visit note, and the handouts written into that note's
  "Education given" section (topic, method "written material"), where the nurse then records
  the teach-back ("Able to teach back?" becomes required for signing once a topic is there).

Logging: ids and counts only; error texts never quote patient data.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import json
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.handouts import content, model
from app.medrec.worksheet import (
    CURRENT_STATUSES,
    DECISION_WORDS,
    INTENT_WORDS,
    KIND_TITLES,
    latest_snapshot,
    medication_line,
    patient_facts,
)
from app.models.base import ICD10CM, SNOMED, to_local, utcnow
from app.models.entities import (
    Allergy,
    Appointment,
    Condition,
    EducationRecord,
    Encounter,
    Medication,
    MedRecWorksheet,
    Patient,
    ReconciledListSnapshot,
    User,
    VisitNote,
)
from app.models.errors import InputError

log = logging.getLogger(__name__)

SUGGESTIONS_FILE = content.CONTENT_DIR / "topic_suggestions.json"
KINDS = ("schedule", "topic", "visit_summary", "medrec_summary")
PATIENT_KINDS = ("schedule", "topic", "visit_summary")  # given to the patient (recorded)
LANG_NAMES = {"en": "English", "es": "Spanish"}
DRAFT_DAYS = 1  # a draft note counts as this visit's when its visit was today or yesterday
SNAPSHOT_WINDOW = dt.timedelta(days=1)  # a reconciliation this close to a visit belongs to it
MAX_APPOINTMENTS = 3
_SEMANTIC_TAG = re.compile(r"\s*\((?:disorder|finding|situation|event|morphologic abnormality|"
                           r"clinical finding|procedure)\)\s*$", re.IGNORECASE)


# -- plain data ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class TopicChoice:
    name: str
    suggested: bool = False
    reasons: tuple[str, ...] = ()  # why it is suggested, for the nurse (English)


@dataclass(frozen=True)
class HandoutChoices:
    """What can be printed for one patient (see :func:`handout_choices`)."""

    patient_id: str
    patient_name: str
    lang: str  # the language to print in: "en" | "es"
    language_display: str | None  # the patient's preferred language as recorded
    language_available: bool  # False: the patient prefers a language there are no handouts in
    interpreter_needed: bool
    schedule_source: str | None  # "reconciled" | "actual" | "intended"; None: no medicines
    schedule_source_text: str  # for the nurse: "Reconciled list of 29 Nov 2026"
    schedule_count: int
    topics: tuple[TopicChoice, ...]  # suggested first, then the rest
    visit_note_id: str | None = None  # the latest signed visit note
    visit_note_at: dt.datetime | None = None
    snapshot_id: str | None = None  # the latest finalized reconciliation
    snapshot_at: dt.datetime | None = None
    draft_note_id: str | None = None  # this visit's draft note: given handouts go there
    draft_note_at: dt.datetime | None = None

    @property
    def schedule_available(self) -> bool:
        return self.schedule_source is not None

    @property
    def suggested(self) -> tuple[str, ...]:
        return tuple(t.name for t in self.topics if t.suggested)


@dataclass(frozen=True)
class HandoutItem:
    """One handout the nurse chose: ``kind`` (:data:`KINDS`), the topic ``name``, or the note /
    snapshot id (``ref``) a summary is made from."""

    kind: str
    name: str | None = None
    ref: str | None = None


@dataclass(frozen=True)
class Rendered:
    """One handout as a PDF, in memory."""

    item: HandoutItem
    title: str  # in the handout's language
    lang: str
    large_print: bool
    version: str  # the content version it was made from
    pages: int
    pdf: bytes = field(repr=False)

    def given(self) -> dict[str, Any]:
        """How it is recorded in :attr:`EducationRecord.items`."""
        return {"kind": self.item.kind, "name": self.item.name, "title": self.title,
                "lang": self.lang, "large_print": self.large_print, "version": self.version,
                "pages": self.pages}


@dataclass(frozen=True)
class GivenRecord:
    id: str
    patient_id: str
    note_id: str | None
    given_at: dt.datetime
    items: tuple[dict[str, Any], ...]
    note_line: str  # what was (or is to be) added to the note's Education section
    note_updated: bool  # the line was written into the draft note by record_given


# -- small helpers ---------------------------------------------------------------------------------
def _live_patient(session: Session, patient_id: str) -> Patient:
    patient = session.get(Patient, patient_id)
    if patient is None or patient.deleted_at is not None:
        raise InputError("that patient was not found")
    return patient


def _today() -> dt.date:
    return dt.datetime.now().date()


def _local_day(value: dt.datetime | None) -> dt.date | None:
    local = to_local(value)
    return local.date() if local is not None else None


def _who(session: Session, user_id: str | None) -> str | None:
    """A user's display name, or None (an unenrolled device's OS login is not a name to
    print on a handout)."""
    user = session.get(User, user_id) if user_id else None
    return user.display_name if user is not None and user.display_name else None


def _plain_label(text: str | None) -> str:
    return _SEMANTIC_TAG.sub("", (text or "").strip())


def lang_of(language: str | None, display: str | None = None) -> tuple[str, bool]:
    """The handout language for a patient's preferred language (BCP-47, or ISO 639-2, or the
    language's name), and whether handouts exist in it. Default English."""
    code = (language or "").strip().lower().replace("_", "-").split("-")[0]
    name = (display or "").strip().lower()
    if code in ("es", "spa") or name in ("spanish", "español", "espanol"):
        return "es", True
    if code in ("en", "eng") or name in ("english",) or (not code and not name):
        return "en", True
    return "en", False


def _fmt_day(day: dt.date, lang: str) -> str:
    if lang == "es":
        return f"{day.day} de {_MONTHS_ES[day.month - 1]} de {day.year}"
    return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"


def _fmt_time(value: dt.datetime, lang: str) -> str:
    local = to_local(value) or value
    hour = local.hour % 12 or 12
    suffix = ("a. m." if local.hour < 12 else "p. m.") if lang == "es" else \
        ("am" if local.hour < 12 else "pm")
    return f"{hour}:{local.minute:02d} {suffix}"


def _fmt_when_clinical(value: dt.datetime | None) -> str:
    local = to_local(value)
    return f"{local.day} {local:%b %Y}, {local:%H:%M}" if local is not None else "unknown time"


_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")
_MONTHS_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
              "septiembre", "octubre", "noviembre", "diciembre")


# -- the medicine list a schedule is made from ----------------------------------------------------
def _current_meds(session: Session, patient_id: str, sources: Sequence[str]) -> list[Medication]:
    return list(session.scalars(
        select(Medication)
        .where(Medication.patient_id == patient_id, Medication.deleted_at.is_(None),
               Medication.source.in_(sources))
        .order_by(Medication.authored_at, Medication.created_at, Medication.id)))


_EPOCH = dt.datetime.min.replace(tzinfo=dt.timezone.utc)


def _newest(meds: Iterable[Medication]) -> dt.datetime | None:
    times = [m.authored_at or m.created_at for m in meds if (m.authored_at or m.created_at)]
    return max(times) if times else None


def _latest_discharge(meds: list[Medication]) -> list[Medication]:
    """The rows of the newest discharge list (one hospital stay), stopped ones included."""
    discharge = [m for m in meds if m.source == "discharge"]
    if not discharge:
        return []
    newest = max(discharge, key=lambda m: (m.authored_at or m.created_at, m.created_at))
    if newest.encounter_id:
        return [m for m in discharge if m.encounter_id == newest.encounter_id]
    when = newest.authored_at or newest.created_at
    return [m for m in discharge if (m.authored_at or m.created_at) == when]


@dataclass
class _MedList:
    role: str | None  # reconciled | actual | intended | None
    label: str
    when: dt.datetime | None
    lists: list[dict[str, Any]]

    @property
    def texts(self) -> list[str]:
        """The lines of the chosen list that are still taken (not stopped or held)."""
        for lst in self.lists:
            if lst["role"] == self.role:
                return [m["text"] for m in lst["medications"]
                        if m.get("action") not in ("stop", "hold") and m.get("taking") is not False]
        return []

    @property
    def count(self) -> int:
        for lst in self.lists:
            if lst["role"] == self.role:
                return len(lst["medications"])
        return 0


def _med_list(session: Session, patient_id: str) -> _MedList:
    snapshot = latest_snapshot(session, patient_id)
    if snapshot is not None and snapshot.items:
        meds = []
        for item in snapshot.items:
            text = item.get("text") if isinstance(item, dict) else None
            if not isinstance(text, str) or not text.strip():
                continue
            action = {"stop": "stop", "hold": "hold"}.get(item.get("decision"), "continue")
            meds.append({"text": text.strip(), "action": action})
        if meds:
            return _MedList("reconciled", "Reconciled list", snapshot.taken_at,
                            [{"role": "reconciled", "source": "reconciled list", "medications": meds}])

    rows = _current_meds(session, patient_id, ("patient", "bottle", "discharge", "ehr"))
    current = [m for m in rows if m.status in CURRENT_STATUSES]
    discharge = _latest_discharge(rows)
    discharge_stops = [m for m in discharge if m.status == "stopped"]

    actual_kinds = [k for k in ("bottle", "patient") if any(m.source == k for m in current)]
    if actual_kinds:
        # One list only: the same medicine from the patient's report and from the bottles
        # would otherwise be printed twice. The one recorded last wins.
        kind = max(actual_kinds,
                   key=lambda k: _newest(m for m in current if m.source == k) or _EPOCH)
        chosen = [m for m in current if m.source == kind]
        meds = []
        for m in chosen:
            text = medication_line(m)
            if text:
                taking = m.taking if m.taking is not None else m.status != "on-hold"
                meds.append({"text": text, "taking": bool(taking)})
        lists = [{"role": "actual", "source": KIND_TITLES[kind], "medications": meds}]
        stops = [{"text": t, "action": "stop"} for t in map(medication_line, discharge_stops) if t]
        if stops:  # what the hospital said to stop, printed as "Stop taking"
            lists.append({"role": "intended", "source": KIND_TITLES["discharge"],
                          "medications": stops})
        if meds:
            return _MedList("actual", KIND_TITLES[kind], _newest(chosen), lists)

    ehr = [m for m in current if m.source == "ehr"]
    discharge_current = [m for m in discharge if m.status in CURRENT_STATUSES]
    # The newer of the two prescribed lists: after a hospital stay, the discharge list.
    use_discharge = bool(discharge) and (_newest(discharge) or _EPOCH) >= (_newest(ehr) or _EPOCH)
    chosen, kind = (discharge_current + discharge_stops, "discharge") if use_discharge \
        else (ehr, "ehr")
    actions = {"stopped": "stop", "on-hold": "hold"}
    meds = [{"text": text, "action": actions.get(m.status or "", "continue")}
            for m in chosen if (text := medication_line(m))]
    if meds:
        return _MedList("intended", KIND_TITLES[kind], _newest(chosen),
                        [{"role": "intended", "source": KIND_TITLES[kind], "medications": meds}])
    return _MedList(None, "", None, [])


def _handout_patient(session: Session, patient: Patient, facts: dict[str, Any]) -> model.Patient:
    from app.chart.service import NO_KNOWN_ALLERGY_CODES

    allergies = tuple(a["substance"] for a in facts.get("allergies") or ())
    nka = False
    if not allergies:
        nka = session.scalar(
            select(func.count()).select_from(Allergy)
            .where(Allergy.patient_id == patient.id, Allergy.deleted_at.is_(None),
                   Allergy.code.in_(NO_KNOWN_ALLERGY_CODES))) > 0
    return model.Patient(name=patient.full_name or None, birth_date=patient.birth_date,
                         allergies=allergies, no_known_allergies=nka)


def schedule_request(session: Session, patient_id: str, *, today: dt.date | None = None
                     ) -> dict[str, Any]:
    """The med rec check input for the patient's medicine schedule: ``patient`` (birth date,
    active drug allergies, name, language, no-known-allergies) and the ``lists``: the latest
    reconciled list (stopped and held lines as ``action``), else the patient's own list or the
    bottles (whichever was recorded last) with the newest discharge list's stops, else the
    newest prescribed list (discharge or EHR). ``lists`` is empty when no medicine is recorded."""
    patient = _live_patient(session, patient_id)
    facts = patient_facts(session, patient_id, today)
    handout_patient = _handout_patient(session, patient, facts)
    lang, _ok = lang_of(patient.language, patient.language_display)
    request_patient = dict(facts)
    request_patient.update({"name": patient.full_name, "language": lang,
                            "no_known_allergies": handout_patient.no_known_allergies})
    return {"patient": request_patient, "lists": _med_list(session, patient_id).lists}


# -- topic suggestions -----------------------------------------------------------------------------
@lru_cache(maxsize=1)
def suggestion_rules(path: Path = SUGGESTIONS_FILE) -> tuple[dict[str, Any], ...]:
    """The rules of ``topic_suggestions.json``, checked: each names a known topic, a known
    kind of match and one of the file's sources."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise content.ContentError(f"{path.name}: cannot be read ({type(exc).__name__})") from None
    names = set(content.topic_names())
    rules = []
    for i, rule in enumerate(data.get("rules") or ()):
        where = f"{path.name}: rules[{i}]"
        if rule.get("topic") not in names:
            raise content.ContentError(f"{where}: unknown topic {rule.get('topic')!r}")
        if rule.get("when") not in ("condition", "medication_class", "age_at_least",
                                    "discharged_within_days"):
            raise content.ContentError(f"{where}: unknown 'when' {rule.get('when')!r}")
        if rule.get("source") not in (data.get("sources") or {}):
            raise content.ContentError(f"{where}: source {rule.get('source')!r} not in sources")
        rules.append(rule)
    return tuple(rules)


def _word_pattern(words: Iterable[str]) -> re.Pattern[str] | None:
    words = [w for w in words if w]
    if not words:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)",
                      re.IGNORECASE)


def _condition_matches(rule: dict[str, Any], c: Condition) -> bool:
    if c.code_system == SNOMED and c.code in (rule.get("snomed") or ()):
        return True
    prefixes = tuple(rule.get("icd10") or ())
    codings = list(c.codings or [])
    if c.code_system == ICD10CM:
        codings.append({"system": ICD10CM, "code": c.code})
    for coding in codings:
        if not isinstance(coding, dict):
            continue
        system, code = coding.get("system"), str(coding.get("code") or "")
        if system == SNOMED and code in (rule.get("snomed") or ()):
            return True
        if system == ICD10CM and prefixes and code.upper().startswith(prefixes):
            return True
    text = " ".join(t for t in (c.code_text, c.code_display) if t)
    words = _word_pattern(rule.get("words") or ())
    if words is None or not words.search(text):
        return False
    exclude = _word_pattern(rule.get("exclude") or ())
    return exclude is None or not exclude.search(text)


def _live_conditions(session: Session, patient_id: str) -> list[Condition]:
    return [c for c in session.scalars(
        select(Condition).where(Condition.patient_id == patient_id, Condition.deleted_at.is_(None))
        .order_by(Condition.onset_at, Condition.id))
        if (c.clinical_status or "active") in ("active", "recurrence", "relapse")
        and c.verification_status not in ("entered-in-error", "refuted")]


def _medicine_classes(texts: list[str]) -> list[tuple[str, frozenset[str]]]:
    """(generic, its classes) for each ingredient named by the lines."""
    if not texts:
        return []
    from app.medrec.knowledge import load_knowledge
    from app.medrec.parse import parse_line

    k = load_knowledge()
    out = []
    for text in texts:
        for ingredient in parse_line(text, k).to_dict().get("ingredients") or ():
            out.append((ingredient, k.classes_of(ingredient)))
    return out


def _days_text(days: int) -> str:
    return "today" if days <= 0 else "1 day ago" if days == 1 else f"{days} days ago"


def suggest_topics(session: Session, patient: Patient, med_texts: list[str], *,
                   now: dt.datetime | None = None) -> dict[str, list[str]]:
    """Topic name -> why it is suggested (English, for the nurse), in rule order."""
    now = now or utcnow()
    today = _local_day(now) or _today()
    conditions = _live_conditions(session, patient.id)
    classes = _medicine_classes(med_texts)
    out: dict[str, list[str]] = {}

    def add(topic: str, why: str) -> None:
        reasons = out.setdefault(topic, [])
        if why not in reasons:
            reasons.append(why)

    for rule in suggestion_rules():
        kind, topic = rule["when"], rule["topic"]
        if kind == "condition":
            for c in conditions:
                if _condition_matches(rule, c):
                    add(topic, rule["why"].format(label=_plain_label(c.code_text or c.code_display)))
        elif kind == "medication_class":
            wanted = set(rule.get("classes") or ())
            for generic, cls in classes:
                if wanted & cls:
                    add(topic, rule["why"].format(label=generic))
        elif kind == "age_at_least":
            from app.panel.service import age_on

            age = age_on(patient.birth_date, today)
            if age is not None and age >= int(rule["years"]):
                add(topic, rule["why"])
        elif kind == "discharged_within_days":
            since = now - dt.timedelta(days=int(rule["days"]))
            end = session.scalar(
                select(func.max(Encounter.end_at))
                .where(Encounter.patient_id == patient.id, Encounter.deleted_at.is_(None),
                       Encounter.kind == "inpatient", Encounter.end_at.is_not(None),
                       Encounter.end_at >= since, Encounter.end_at <= now))
            if end is not None:
                days = (today - (_local_day(end) or today)).days
                add(topic, rule["why"].format(days=_days_text(days)))
    return out


# -- choices ---------------------------------------------------------------------------------------
def latest_signed_note(session: Session, patient_id: str) -> VisitNote | None:
    return session.scalars(
        select(VisitNote)
        .where(VisitNote.patient_id == patient_id, VisitNote.deleted_at.is_(None),
               VisitNote.status == "signed", VisitNote.amends_note_id.is_(None),
               VisitNote.template != "addendum")
        .order_by(func.coalesce(VisitNote.visit_at, VisitNote.signed_at).desc())
        .limit(1)).first()


def current_draft(session: Session, patient_id: str, *, now: dt.datetime | None = None
                  ) -> VisitNote | None:
    """This visit's draft note: the patient's newest draft whose visit was today or yesterday
    (an older unsigned draft is another visit's, and handouts given now do not belong in it)."""
    today = _local_day(now or utcnow()) or _today()
    for note in session.scalars(
        select(VisitNote)
        .where(VisitNote.patient_id == patient_id, VisitNote.deleted_at.is_(None),
               VisitNote.status == "draft", VisitNote.amends_note_id.is_(None))
        .order_by(func.coalesce(VisitNote.visit_at, VisitNote.created_at).desc(),
                  VisitNote.created_at.desc())
    ):
        day = _local_day(note.visit_at or note.created_at)
        return note if day is not None and (today - day).days <= DRAFT_DAYS else None
    return None


def handout_choices(session: Session, patient_id: str, *, now: dt.datetime | None = None
                    ) -> HandoutChoices:
    """What can be printed for ``patient_id`` (see the module docstring)."""
    now = now or utcnow()
    patient = _live_patient(session, patient_id)
    lang, available = lang_of(patient.language, patient.language_display)
    meds = _med_list(session, patient_id)
    suggested = suggest_topics(session, patient, meds.texts, now=now)
    names = content.topic_names()
    topics = [TopicChoice(n, True, tuple(suggested[n])) for n in suggested if n in names]
    topics += [TopicChoice(n) for n in names if n not in suggested]
    source_text = ""
    if meds.role is not None:
        when = _local_day(meds.when)
        source_text = meds.label + (f" of {when.day} {when:%b %Y}" if when else "")
    signed = latest_signed_note(session, patient_id)
    snapshot = latest_snapshot(session, patient_id)
    draft = current_draft(session, patient_id, now=now)
    return HandoutChoices(
        patient_id=patient_id, patient_name=patient.full_name, lang=lang,
        language_display=patient.language_display or patient.language,
        language_available=available, interpreter_needed=bool(patient.interpreter_needed),
        schedule_source=meds.role, schedule_source_text=source_text, schedule_count=meds.count,
        topics=tuple(topics),
        visit_note_id=signed.id if signed else None,
        visit_note_at=(signed.visit_at or signed.signed_at) if signed else None,
        snapshot_id=snapshot.id if snapshot else None,
        snapshot_at=snapshot.taken_at if snapshot else None,
        draft_note_id=draft.id if draft else None,
        draft_note_at=(draft.visit_at or draft.created_at) if draft else None,
    )


# -- the visit summary (for the patient) -----------------------------------------------------------


def _w(key: str, lang: str, **values: Any) -> str:
    """A visit-summary phrase (``phrases.json``, ``visit_summary``) in ``lang``."""
    return content.visit_summary_phrase(key, lang).format(**values)


def _text(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return " ".join(value.split())
    return None


def _vitals_lines(vitals: dict[str, Any], lang: str) -> list[str]:
    out = []
    sbp, dbp = vitals.get("bp_systolic"), vitals.get("bp_diastolic")
    if isinstance(sbp, int) and isinstance(dbp, int):
        out.append(_w("bp", lang, value=f"{sbp}/{dbp}"))
    for key, word in (("heart_rate", "pulse"), ("resp_rate", "breathing"),
                      ("temperature_f", "temperature"), ("spo2", "oxygen"),
                      ("weight_lb", "weight"), ("pain", "pain")):
        value = vitals.get(key)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            text = f"{value:.1f}".rstrip("0").rstrip(".") if isinstance(value, float) else str(value)
            out.append(_w(word, lang, value=text))
    return out


def _snapshot_near(session: Session, patient_id: str, when: dt.datetime | None
                   ) -> ReconciledListSnapshot | None:
    if when is None:
        return None
    return session.scalars(
        select(ReconciledListSnapshot)
        .where(ReconciledListSnapshot.patient_id == patient_id,
               ReconciledListSnapshot.deleted_at.is_(None),
               ReconciledListSnapshot.taken_at >= when - SNAPSHOT_WINDOW,
               ReconciledListSnapshot.taken_at <= when + SNAPSHOT_WINDOW)
        .order_by(ReconciledListSnapshot.taken_at.desc()).limit(1)).first()


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def _drug_name(item: dict[str, Any]) -> str:
    drugs = [d for d in item.get("drugs") or () if isinstance(d, str) and d]
    name = " + ".join(drugs) if drugs else str(item.get("text") or "")
    return name[:1].upper() + name[1:]


def medicine_changes(items: list[dict[str, Any]], lang: str) -> list[str]:
    """What changed for the patient on a reconciled list, in plain words: new medicines,
    changed ones (the line kept differs from what the patient was taking), stopped, held, and
    those being checked with the prescriber."""
    out = []
    for item in items:
        if not isinstance(item, dict):
            continue
        decision, name = item.get("decision"), _drug_name(item)
        taking = [_norm(s.get("text") or "") for s in item.get("sources") or ()
                  if isinstance(s, dict) and s.get("role") == "actual" and s.get("taking") is not False]
        if decision == "stop":
            if taking or any(isinstance(s, dict) and s.get("role") == "intended"
                             and s.get("action") != "stop" for s in item.get("sources") or ()):
                out.append(_w("med_stop", lang, name=name))
        elif decision == "hold":
            out.append(_w("med_hold", lang, name=name))
        elif decision == "clarify":
            out.append(_w("med_ask", lang, name=name))
        elif decision == "add" or (decision in ("continue", "modify") and not taking):
            out.append(_w("med_new", lang, name=name))
        elif decision in ("continue", "modify") and _norm(str(item.get("text") or "")) not in taking \
                and (decision == "modify" or item.get("row_status") == "discrepancy"):
            out.append(_w("med_changed", lang, name=name))
    return out


def _live_note(session: Session, note_id: str) -> VisitNote:
    note = session.get(VisitNote, note_id)
    if note is None or note.deleted_at is not None:
        raise InputError("that visit note was not found")
    return note


def visit_summary(session: Session, note_id: str, lang: str, *, today: dt.date | None = None,
                  now: dt.datetime | None = None) -> model.Summary:
    """A short, plain summary of a signed visit for the patient, in ``lang`` ("en" | "es"):
    the visit, what we checked, what we talked about (with the handouts given), changes to the
    medicines (from a reconciliation finished around the visit), what happens next and the
    next appointments, when to call. Free text from the note is printed as written."""
    if lang not in content.LANGS:
        raise InputError(f"handouts are printed in {', '.join(content.LANGS)}")
    note = _live_note(session, note_id)
    if note.status != "signed":
        raise InputError("a visit summary is made from a signed note; sign the note first")
    now = now or utcnow()
    patient = _live_patient(session, note.patient_id)
    sections_in: dict[str, Any] = note.sections or {}

    def part(key: str) -> dict[str, Any]:
        value = sections_in.get(key)
        return value if isinstance(value, dict) else {}

    free_text = False
    visit = [_w("date", lang, date=_fmt_day(_local_day(note.visit_at or note.signed_at) or _today(), lang))]
    who = _who(session, note.author_id) or _who(session, note.signed_by)
    if who:
        visit.append(_w("who", lang, name=who))
    reason = part("reason")
    kind = reason.get("visit_kind")
    reason_text = _text(reason.get("reason"))
    if kind in ("post_discharge", "scheduled", "problem"):
        visit.append(_w("why", lang, text=_w(kind, lang)))
    if reason_text:
        visit.append(reason_text if kind in ("post_discharge", "scheduled", "problem")
                     else _w("why", lang, text=reason_text))
        free_text = True
    if _text(reason.get("present")):
        visit.append(_w("present", lang, text=_text(reason.get("present"))))
        free_text = True
    sections = [model.SummarySection(_w("your_visit", lang), tuple(visit))]

    checked = _vitals_lines(part("vitals"), lang)
    if checked:
        sections.append(model.SummarySection(_w("checked", lang), tuple(checked)))

    talked = []
    education = part("education")
    if _text(education.get("topic")):
        talked.append(_text(education.get("topic")))
        free_text = True
    given = given_for_note(session, note.id)
    titles = []
    for record in given:
        for item in record:
            if item.get("kind") in ("schedule", "topic") and item.get("title") not in titles:
                titles.append(item.get("title"))
    if titles:
        talked.append(_w("handouts", lang, titles="; ".join(t for t in titles if t)))
    if _text(part("home_safety").get("actions")):
        talked.append(_w("home_safety", lang, text=_text(part("home_safety").get("actions"))))
        free_text = True
    if talked:
        sections.append(model.SummarySection(_w("talked", lang), tuple(talked)))

    snapshot = _snapshot_near(session, note.patient_id, note.visit_at or note.signed_at)
    changes = medicine_changes(list(snapshot.items or []), lang) if snapshot else []
    if changes:
        sections.append(model.SummarySection(_w("med_changes", lang),
                                             tuple(changes) + (_w("med_see_card", lang),)))

    upcoming = []
    plan = _text(part("plan").get("plan")) or _text(sections_in.get("Plan"))
    if plan:
        upcoming.append(plan)
        free_text = True
    follow = part("follow_up")
    follow_kind = follow.get("kind")
    if follow_kind != "none" and (follow.get("date") or follow_kind):
        try:
            date_text = _fmt_day(dt.date.fromisoformat(follow["date"]), lang) if follow.get("date") else ""
        except (TypeError, ValueError):
            date_text = ""
        kind_text = _w(follow_kind, lang) if follow_kind in ("home_visit", "phone", "video", "clinic") \
            else _w("contact", lang)
        upcoming.append(_w("next_contact", lang, kind=kind_text, date=date_text).rstrip(", "))
    if upcoming:
        sections.append(model.SummarySection(_w("next", lang), tuple(upcoming)))

    appointments = []
    for a in session.scalars(
        select(Appointment)
        .where(Appointment.patient_id == note.patient_id, Appointment.deleted_at.is_(None),
               Appointment.status == "booked", Appointment.starts_at >= now)
        .order_by(Appointment.starts_at).limit(MAX_APPOINTMENTS)
    ):
        when = _w("appointment", lang, date=_fmt_day(_local_day(a.starts_at) or _today(), lang),
                  time=_fmt_time(a.starts_at, lang))
        what = " — ".join(t for t in (_text(a.with_whom), _text(a.purpose), _text(a.location)) if t)
        appointments.append(f"{when}: {what}" if what else when)
    if appointments:
        sections.append(model.SummarySection(_w("appointments", lang), tuple(appointments)))

    sections.append(model.SummarySection(_w("when_to_call", lang),
                                         (_w("call_team", lang), _w("call_911", lang))))
    return model.Summary(
        kind="visit", lang=lang, title=_w("visit_title", lang),
        patient=_handout_patient(session, patient, patient_facts(session, patient.id, today)),
        made_on=today or _today(), sections=tuple(sections),
        footer=(_w("as_written", lang) or None) if free_text else None)


# -- the med rec summary (for the primary-care provider) -------------------------------------------
SEVERITY_WORDS = {"high": "High", "moderate": "Moderate", "low": "Low", "info": "Info"}
ROW_STATUS_WORDS = {"match": "Lists agree", "discrepancy": "Discrepancy",
                    "stopped": "Stopped on a list", "unclear": "Unclear line"}
DISCREPANCY_WORDS = {"omission": "Omission", "commission": "Commission", "dose": "Dose",
                     "frequency": "Frequency", "route": "Route", "formulation": "Formulation",
                     "prn_vs_scheduled": "As needed vs scheduled", "unclear": "Unclear"}


def _finding_key(f: dict[str, Any]) -> tuple[Any, ...]:
    return (f.get("kind"), tuple(sorted(f.get("drugs") or ())), f.get("type"), f.get("code"),
            f.get("criterion"), f.get("token"), f.get("item"), f.get("allergen"))


def medrec_summary(session: Session, snapshot_id: str, *, today: dt.date | None = None
                   ) -> model.Summary:
    """The finalized reconciliation for the primary-care provider (English): when and by whom,
    the sources compared, the reconciled list with the decision and intent on each line, the
    discrepancies found and how each was resolved, and the safety findings with their source."""
    snap = session.get(ReconciledListSnapshot, snapshot_id)
    if snap is None or snap.deleted_at is not None:
        raise InputError("that reconciled list was not found")
    patient = _live_patient(session, snap.patient_id)
    ws = session.get(MedRecWorksheet, snap.worksheet_id)
    items = [i for i in snap.items or [] if isinstance(i, dict)]
    facts = patient_facts(session, snap.patient_id, today)
    nurse = _who(session, snap.created_by)

    about = [f"Completed {_fmt_when_clinical(snap.taken_at)}"]
    sources = [s for s in (ws.sources if ws else []) or [] if isinstance(s, dict) and s.get("entries")]
    for s in sources:
        role = "intended" if s.get("role") == "intended" else "what the patient takes"
        count = len(s.get("entries") or [])
        about.append(f"Source: {s.get('label') or KIND_TITLES.get(s.get('kind'), 'List')} "
                     f"({role}, {count} line{'s' if count != 1 else ''})")
    sections = [model.SummarySection("Reconciliation", tuple(about))]

    with_notes = any(_text(it.get("note")) for it in items)
    table: list[tuple[str, ...]] = [("Medication as reconciled", "Decision", "Lists / intent")
                                    + (("Note",) if with_notes else ())]
    for it in items:
        status = it.get("row_status")
        intent = it.get("intent")
        state = ROW_STATUS_WORDS.get(status, str(status or ""))
        if status == "discrepancy" and intent and intent != "none":
            state = f"{state}: {INTENT_WORDS.get(intent, intent).lower()}"
        row = (str(it.get("text") or ""), DECISION_WORDS.get(it.get("decision"), ""), state)
        table.append(row + ((_text(it.get("note")) or "",) if with_notes else ()))
    sections.append(model.SummarySection("Reconciled medication list", table=tuple(table)))

    findings = [f for f in (ws.discrepancies if ws else []) or [] if isinstance(f, dict)]
    by_finding: dict[str, dict[str, Any]] = {}
    for it in items:
        for fid in it.get("findings") or ():
            by_finding.setdefault(str(fid), it)
    resolved = []
    for f in findings:
        if f.get("kind") != "discrepancy" or f.get("list") == "reconciled":
            continue
        line = f"{DISCREPANCY_WORDS.get(f.get('type'), 'Discrepancy')}: {f.get('message') or ''}".strip()
        it = by_finding.get(str(f.get("id")))
        if it is not None:
            line += f" Resolved: {DECISION_WORDS.get(it.get('decision'), 'decided')}"
            if it.get("decision") in ("modify", "add"):
                line += f" ({it.get('text')})"
            intent = it.get("intent")
            if intent and intent != "none":
                line += f"; {INTENT_WORDS.get(intent, intent).lower()}"
            line += "."
        resolved.append(line)
    sections.append(model.SummarySection(
        "Discrepancies and how they were resolved",
        tuple(resolved) or ("No discrepancies between the lists compared.",)))

    safety: list[str] = []
    seen: set[tuple[Any, ...]] = set()
    for final in (True, False):
        for f in findings:
            if f.get("kind") == "discrepancy" or (f.get("list") == "reconciled") != final:
                continue
            key = _finding_key(f)
            if key in seen:
                continue
            seen.add(key)
            line = f"{SEVERITY_WORDS.get(f.get('severity'), 'Info')}: {f.get('message') or ''}".rstrip()
            if not final:
                line += " (On the lists compared; not on the reconciled list.)"
            if f.get("source"):
                line += f" Source: {f['source']}"
            safety.append(line)
    sections.append(model.SummarySection(
        "Safety findings", tuple(safety) or ("No safety findings on the reconciled list.",)))
    if ws is not None and _text(ws.notes):
        sections.append(model.SummarySection("Notes", (_text(ws.notes) or "",)))
    version = next((str(f.get("knowledge_version")) for f in findings if f.get("knowledge_version")), "")
    footer = ("Prepared with Hearth" + (f" (med rec knowledge {version})" if version else "")
              + ". The checks support, and do not replace, clinical judgment.")
    return model.Summary(
        kind="medrec", lang="en", title="Medication reconciliation summary",
        patient=model.Patient(name=patient.full_name or None, birth_date=patient.birth_date,
                              allergies=tuple(a["substance"] for a in facts.get("allergies") or ())),
        made_on=today or _today(), sections=tuple(sections), author=nurse, footer=footer)


# -- rendering -------------------------------------------------------------------------------------
def _render(fn: Any, obj: Any, **kwargs: Any) -> tuple[int, bytes]:
    buffer = io.BytesIO()
    pages = fn(obj, buffer, **kwargs)
    return int(pages), buffer.getvalue()


def render_handouts(store: Any, patient_id: str, items: Sequence[HandoutItem], *, lang: str,
                    large_print: bool = False, today: dt.date | None = None,
                    care_team: tuple[str | None, str | None] = (None, None)) -> list[Rendered]:
    """The PDFs of ``items`` for ``patient_id``, in memory, in the order given: the one call to
    hand the Runner. The med rec summary is in English whatever ``lang`` is (it is for the
    primary-care provider). ``care_team``: the (name, phone) printed on the schedule."""
    from app.handouts import pdf
    from app.handouts.schedule import build_schedule

    if lang not in content.LANGS:
        raise InputError(f"handouts are printed in {', '.join(content.LANGS)}")
    today = today or _today()
    made: list[tuple[HandoutItem, Any]] = []
    with store.session() as session:
        patient = _live_patient(session, patient_id)
        facts = patient_facts(session, patient_id, today)
        who = _handout_patient(session, patient, facts)
        for item in items:
            if item.kind == "schedule":
                request = schedule_request(session, patient_id, today=today)
                if not request["lists"]:
                    raise InputError("no medicines are recorded for this patient; there is "
                                     "no schedule to print")
                made.append((item, request))
            elif item.kind == "topic":
                made.append((item, content.load_topic(str(item.name), lang)))
            elif item.kind == "visit_summary":
                made.append((item, visit_summary(session, str(item.ref), lang, today=today)))
            elif item.kind == "medrec_summary":
                made.append((item, medrec_summary(session, str(item.ref), today=today)))
            else:
                raise InputError(f"there is no handout of the kind {item.kind!r}")
    out = []
    for item, obj in made:
        version = content.content_version()
        if item.kind == "schedule":
            schedule = build_schedule(obj, lang=lang, patient=who, made_on=today,
                                      care_team_name=care_team[0], care_team_phone=care_team[1])
            pages, data = _render(pdf.render_schedule, schedule, large_print=large_print)
            title, item_lang = content.phrase("card_title", lang), lang
        elif item.kind == "topic":
            pages, data = _render(pdf.render_topic, obj, patient=who, made_on=today,
                                  large_print=large_print)
            title, item_lang, version = obj.title, lang, obj.version
        else:
            pages, data = _render(pdf.render_summary, obj, large_print=large_print)
            title, item_lang = obj.title, obj.lang
        out.append(Rendered(item, title, item_lang, large_print, version, pages, data))
    log.info("handouts rendered for patient %s: %d documents, %d pages", patient_id, len(out),
             sum(r.pages for r in out))
    return out


# -- recording what was given ----------------------------------------------------------------------
def note_line(items: Sequence[dict[str, Any]]) -> str:
    """The handouts as a line for the visit note (English, for the record): "Handouts given
    (Spanish, large print): Medicine schedule; Living with heart failure"."""
    titles: list[str] = []
    langs: list[str] = []
    large = False
    for item in items:
        if item.get("kind") not in PATIENT_KINDS:
            continue
        kind, name = item.get("kind"), item.get("name")
        if kind == "schedule":
            title = "Medicine schedule"
        elif kind == "visit_summary":
            title = "Visit summary"
        else:
            try:
                title = content.load_topic(str(name), "en").title
            except content.ContentError:
                title = str(item.get("title") or name)
        if title not in titles:
            titles.append(title)
        lang = LANG_NAMES.get(item.get("lang"), str(item.get("lang")))
        if lang not in langs:
            langs.append(lang)
        large = large or bool(item.get("large_print"))
    if not titles:
        return ""
    how = ", ".join(langs) + (", large print" if large else "")
    return f"Handouts given ({how}): " + "; ".join(titles)


def education_fields(current: dict[str, Any] | None, line: str) -> dict[str, Any]:
    """The note's Education section with ``line`` added: to the topic (after what is there,
    unless it is there already), and the method "written" when none is chosen. The teach-back
    answer is left to the nurse."""
    out = dict(current or {})
    if not line:
        return out
    topic = _text(out.get("topic")) or ""
    if line not in topic:
        out["topic"] = f"{topic}; {line}" if topic else line
    if not out.get("method"):
        out["method"] = "written"
    return out


def _clean_items(items: Sequence[Rendered | dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for item in items:
        d = item.given() if isinstance(item, Rendered) else dict(item)
        if d.get("kind") not in KINDS:
            raise InputError("a handout given must be a schedule, a topic or a summary")
        if d.get("lang") not in content.LANGS:
            raise InputError(f"handouts are printed in {', '.join(content.LANGS)}")
        out.append({"kind": d["kind"], "name": d.get("name"), "title": str(d.get("title") or ""),
                    "lang": d["lang"], "large_print": bool(d.get("large_print")),
                    "version": str(d.get("version") or ""), "pages": int(d.get("pages") or 0)})
    return out


def record_given(store: Any, patient_id: str, items: Sequence[Rendered | dict[str, Any]], *,
                 note_id: str | None = None, how: str = "printed", write_note: bool = True,
                 now: dt.datetime | None = None) -> GivenRecord | None:
    """Record, in one transaction, that the patient was given ``items`` (those for the patient:
    schedule, topics, visit summary; a med rec summary for the provider is not education and
    is not recorded): an :class:`EducationRecord` linked to the visit's draft note (``note_id``,
    else :func:`current_draft`), and, with ``write_note``, the handouts added to that draft's
    Education section (:func:`education_fields`). Pass ``write_note=False`` when the draft is
    open in an editor: the editor adds the line instead (``GivenRecord.note_line``), or its
    next autosave would overwrite it. Returns None when nothing was for the patient."""
    if how not in ("printed", "saved"):
        raise InputError("handouts are printed or saved")
    given = [d for d in _clean_items(items) if d["kind"] in PATIENT_KINDS]
    if not given:
        return None
    now = now or utcnow()
    line = note_line(given)
    with store.write() as s:
        _live_patient(s, patient_id)
        note = _live_note(s, note_id) if note_id else current_draft(s, patient_id, now=now)
        if note is not None and note.patient_id != patient_id:
            raise InputError("that visit note is another patient's")
        updated = bool(write_note and note is not None and _add_line(note, line))
        record = EducationRecord(patient_id=patient_id, note_id=note.id if note else None,
                                 given_at=now, given_by=store.actor.user_id, how=how,
                                 items=given)
        s.add(record)
        s.flush()
        result = GivenRecord(id=record.id, patient_id=patient_id, note_id=record.note_id,
                             given_at=now, items=tuple(copy.deepcopy(given)), note_line=line,
                             note_updated=updated)
    log.info("handouts given recorded: %s (patient %s, note %s, %d items)", result.id,
             patient_id, result.note_id, len(given))
    return result


def _add_line(note: VisitNote, line: str) -> bool:
    if note.status != "draft" or not line:
        return False
    sections = copy.deepcopy(note.sections or {})
    education = sections.get("education")
    merged = education_fields(education if isinstance(education, dict) else {}, line)
    if merged == education:
        return False
    sections["education"] = merged
    note.sections = sections
    return True


def add_to_draft(store: Any, note_id: str, line: str) -> bool:
    """Add ``line`` to a draft note's Education section (:func:`education_fields`), for when
    the editor that was to type it in has gone. False when the note is signed or has it."""
    with store.write() as s:
        changed = _add_line(_live_note(s, note_id), line)
    if changed:
        log.info("handouts line added to note %s", note_id)
    return changed


def given_for_note(session: Session, note_id: str) -> list[list[dict[str, Any]]]:
    """The items of each education record linked to a note, oldest first."""
    return [list(r.items or []) for r in session.scalars(
        select(EducationRecord)
        .where(EducationRecord.note_id == note_id, EducationRecord.deleted_at.is_(None))
        .order_by(EducationRecord.given_at))]


def given_for_patient(session: Session, patient_id: str) -> list[EducationRecord]:
    """The patient's education records, newest first."""
    return list(session.scalars(
        select(EducationRecord)
        .where(EducationRecord.patient_id == patient_id, EducationRecord.deleted_at.is_(None))
        .order_by(EducationRecord.given_at.desc())))
