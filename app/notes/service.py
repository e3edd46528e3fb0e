"""Visit notes: start from a template, autosave drafts, sign, add addenda. No Qt here.

Every function that writes takes the :class:`~app.models.store.Store` and makes exactly one
transaction (``store.write()``); every function that reads takes an open session. They return
plain :class:`NoteData`, never ORM rows, so the views can hold them across threads.

Life of a note::

    start_note()  ->  draft  --save_draft()*-->  draft  --sign_note()-->  signed (immutable)
                                                                  \\--add_addendum()--> signed
                                                                       addendum, linked

- Drafts are written to the encrypted store at every autosave (SQLite WAL, synchronous=FULL):
  a crash or a killed process loses at most what was typed since the last save.
  :func:`drafts_for_recovery` lists them at start-up.
- Signing checks the required fields (:class:`MissingFieldsError` says which), then stamps
  ``signed_at``, ``signed_by`` (``store.actor.user_id``) and ``content_hash`` (SHA-256 of the
  canonical JSON of ``sections``, :func:`content_hash`). From then on the store's flush hook
  refuses any change to the row (``ImmutableRecordError``).
- Addenda are new notes (template ``addendum``) with ``amends_note_id`` = the original
  note (always the original, also when adding to an addendum). **They are signed at once**:
  an addendum is a correction to the legal record, so it must not itself stay editable;
  the editor confirms before adding one.
- ``save_draft(..., expected_version=v)``: if the stored draft is no longer at version ``v``
  (changed in another window, or by sync), the save still goes through -- what is on the
  screen of the person typing is never thrown away -- and the result has ``conflict=True``
  so the view can say so. A save that changes nothing writes nothing (no new version, no
  audit entry), so autosave on every focus change costs nothing.

Logging: ids only; never section content or patient names.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import json
import logging
import math
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models.base import to_local, utcnow
from app.models.entities import Patient, VisitNote
from app.models.errors import HearthError, ImmutableRecordError, InputError
from app.notes.templates import FieldSpec, NoteTemplate, SectionSpec, get_template

log = logging.getLogger(__name__)

ADDENDUM_TEMPLATE = "addendum"
# A value of the field named by ``required_if`` that does NOT make the other field required.
NOT_TRIGGERING = ("no", "declined", "not_done", "none", "na")
MINI_COG_CUT_POINT = 3  # a total below this screens positive (standardized Mini-Cog scoring)


# -- errors ----------------------------------------------------------------------------------------
class NoteNotFoundError(InputError):
    """No live note with that id (never existed, or discarded)."""


class NoteSignedError(ImmutableRecordError):
    """The note is signed: it can no longer be changed; corrections go in an addendum."""


class NoteChangedError(HearthError):
    """Signing refused: the stored draft is not the one on the screen."""


class MissingFieldsError(InputError):
    """Signing refused: required fields are empty or values are out of range.

    ``fields`` lists ``(section_key, field_key)`` in template order, for the view to focus."""

    def __init__(self, message: str, fields: list[tuple[str, str]]) -> None:
        super().__init__(message)
        self.fields = fields


# -- plain data ------------------------------------------------------------------------------------
@dataclass
class NoteData:
    """A note as the views see it. ``addenda`` (signed, oldest first) are filled for an
    original note by :func:`load_note` and :func:`list_notes`. ``conflict`` is set by
    :func:`save_draft` when the draft had been changed elsewhere since ``expected_version``."""

    id: str
    patient_id: str
    template: str
    status: str
    visit_at: dt.datetime | None
    sections: dict[str, Any]
    version: int
    created_at: dt.datetime | None = None
    created_by: str | None = None
    updated_at: dt.datetime | None = None
    updated_by: str | None = None
    signed_at: dt.datetime | None = None
    signed_by: str | None = None
    content_hash: str | None = None
    amends_note_id: str | None = None
    addenda: list[NoteData] = field(default_factory=list)
    conflict: bool = False
    patient_name: str | None = None

    @property
    def is_signed(self) -> bool:
        return self.status == "signed"

    @property
    def is_addendum(self) -> bool:
        return self.amends_note_id is not None

    @property
    def title(self) -> str:
        try:
            return get_template(self.template).title
        except KeyError:
            return "Visit note"

    @property
    def is_empty(self) -> bool:
        return not any(self.sections.values())


def _data(note: VisitNote, *, patient_name: str | None = None) -> NoteData:
    return NoteData(
        id=note.id, patient_id=note.patient_id, template=note.template, status=note.status,
        visit_at=note.visit_at, sections=copy.deepcopy(note.sections or {}),
        version=note.version, created_at=note.created_at, created_by=note.created_by,
        updated_at=note.updated_at, updated_by=note.updated_by, signed_at=note.signed_at,
        signed_by=note.signed_by, content_hash=note.content_hash,
        amends_note_id=note.amends_note_id, patient_name=patient_name,
    )


# -- content: canonical form, hash, cleaning, derived values -------------------------------------
def canonical_json(sections: dict[str, Any]) -> str:
    """One spelling of ``sections``: keys sorted, no spaces, UTF-8 text kept as is."""
    return json.dumps(sections, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False)


def content_hash(sections: dict[str, Any]) -> str:
    """SHA-256 (hex) of the canonical JSON of ``sections``: what signing seals."""
    return hashlib.sha256(canonical_json(sections).encode("utf-8")).hexdigest()


def verify_content(note: NoteData) -> bool:
    """True when a signed note's content still matches the hash stamped when it was signed."""
    return note.content_hash is not None and content_hash(note.sections) == note.content_hash


def template_for(note: NoteData | VisitNote) -> NoteTemplate:
    try:
        return get_template(note.template)
    except KeyError as exc:
        raise HearthError("this note was written with a template this Hearth does not know; "
                          "update Hearth to edit it") from exc


def _is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip()) or value == []


def _clean_value(section: str, spec: FieldSpec | None, value: Any) -> Any:
    where = f"{section}.{spec.key if spec else '?'}"
    if isinstance(value, float) and not math.isfinite(value):
        raise InputError(f"the note field {where} holds a number that is not finite")
    if spec is None:  # a field from a newer template or another client: kept as it is
        if not isinstance(value, (str, int, float, bool, list)):
            raise InputError("the note holds a value that cannot be stored")
        return value
    kind = spec.kind
    if kind in ("text", "textarea", "choice"):
        ok = isinstance(value, str)
    elif kind == "int":
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif kind == "decimal":
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        value = float(value) if ok else value
    elif kind == "check":
        ok = isinstance(value, bool)
    elif kind == "date":
        ok = isinstance(value, str)
        if ok:
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                ok = False
    else:  # computed: recomputed below, never taken from the caller
        return None
    if not ok:
        raise InputError(f"the note field {where} has a value of the wrong kind ({kind} wanted)")
    return value


def clean_sections(template: NoteTemplate, sections: dict[str, Any]) -> dict[str, Any]:
    """The form of ``sections`` that is stored: only JSON values of the field's kind, empty
    values and empty sections left out, computed fields worked out afresh. Fields the
    template does not know are kept (a newer client may have written them)."""
    if not isinstance(sections, dict):
        raise InputError("a note's sections must be a mapping of section to fields")
    out: dict[str, Any] = {}
    for section_key, values in sections.items():
        if not isinstance(section_key, str) or not isinstance(values, dict):
            raise InputError("a note's sections must be a mapping of section to fields")
        spec = template.section(section_key)
        kept: dict[str, Any] = {}
        for field_key, value in values.items():
            if not isinstance(field_key, str):
                raise InputError("a note's field names must be text")
            if _is_empty(value):
                continue
            cleaned = _clean_value(section_key, spec.field(field_key) if spec else None, value)
            if not _is_empty(cleaned):
                kept[field_key] = cleaned
        if kept:
            out[section_key] = kept
    for (section_key, field_key), value in derive(template, out).items():
        out.setdefault(section_key, {})[field_key] = value
    canonical_json(out)  # proves it is JSON (raises on anything else)
    return out


def _falls_screen(values: dict[str, Any]) -> str | None:
    answers = [values.get(k) for k in ("fallen_past_year", "unsteady", "worried")]
    if "yes" in answers:
        return "positive"
    if all(a == "no" for a in answers):
        return "negative"
    return None


def _mini_cog_total(values: dict[str, Any]) -> int | None:
    recall, clock = values.get("word_recall"), values.get("clock_draw")
    if not isinstance(recall, int) or clock not in ("normal", "abnormal"):
        return None
    return max(0, min(3, recall)) + (2 if clock == "normal" else 0)


_DERIVED = {
    ("falls", "screen"): _falls_screen,
    ("cognition", "total"): _mini_cog_total,
}


def derive(template: NoteTemplate, sections: dict[str, Any]) -> dict[tuple[str, str], Any]:
    """The computed fields of ``template`` that can be worked out from ``sections``."""
    out: dict[tuple[str, str], Any] = {}
    for section in template.sections:
        for spec in section.fields:
            fn = _DERIVED.get((section.key, spec.key))
            if spec.kind == "computed" and fn is not None:
                value = fn(sections.get(section.key, {}))
                if value is not None:
                    out[(section.key, spec.key)] = value
    return out


def describe_computed(section_key: str, field_key: str, value: Any) -> str:
    """Words for a computed value, for the form and the printed note."""
    if value is None:
        return "Not worked out yet"
    if (section_key, field_key) == ("falls", "screen"):
        if value == "positive":
            return "At risk: yes to a key question (do a fall-risk assessment)"
        return "Not at risk on the three key questions"
    if (section_key, field_key) == ("cognition", "total"):
        text = f"{value} of 5"
        if isinstance(value, int) and value < MINI_COG_CUT_POINT:
            text += " (below 3: screens positive; further evaluation suggested)"
        return text
    return str(value)


def _triggers(value: Any) -> bool:
    return not _is_empty(value) and value is not False and value not in NOT_TRIGGERING


def signing_problems(template: NoteTemplate, sections: dict[str, Any]
                     ) -> list[tuple[SectionSpec, FieldSpec, str]]:
    """What stands in the way of signing, in template order: (section, field, what)."""
    problems: list[tuple[SectionSpec, FieldSpec, str]] = []
    for section in template.sections:
        values = sections.get(section.key, {})
        for spec in section.fields:
            value = values.get(spec.key)
            needed = spec.required or (spec.required_if is not None
                                       and _triggers(values.get(spec.required_if)))
            if needed and _is_empty(value):
                problems.append((section, spec, "missing"))
            elif isinstance(value, (int, float)) and spec.kind in ("int", "decimal"):
                if ((spec.min is not None and value < spec.min)
                        or (spec.max is not None and value > spec.max)):
                    problems.append((section, spec, "out of range"))
            elif value is not None and spec.kind == "choice" and spec.options:
                if value not in {v for v, _ in spec.options}:
                    problems.append((section, spec, "not one of the choices"))
    return problems


def _place(section: SectionSpec, spec: FieldSpec) -> str:
    return spec.label if spec.label == section.label else f"{section.label} › {spec.label}"


def check_for_signing(template: NoteTemplate, sections: dict[str, Any]) -> None:
    problems = signing_problems(template, sections)
    if not problems:
        return
    missing = [_place(s, f) for s, f, what in problems if what == "missing"]
    other = [f"{_place(s, f)} ({what})" for s, f, what in problems if what != "missing"]
    parts = []
    if missing:
        parts.append("fill in " + ", ".join(missing))
    if other:
        parts.append("check " + ", ".join(other))
    raise MissingFieldsError("Cannot sign yet: " + "; ".join(parts) + ".",
                             [(s.key, f.key) for s, f, _ in problems])


# -- reading -----------------------------------------------------------------------------------------
def _live_note(session: Session, note_id: str) -> VisitNote:
    note = session.get(VisitNote, note_id)
    if note is None or note.deleted_at is not None:
        raise NoteNotFoundError("that note was not found (it may have been discarded)")
    return note


def _addenda_of(session: Session, note_ids: list[str]) -> dict[str, list[NoteData]]:
    out: dict[str, list[NoteData]] = {}
    if not note_ids:
        return out
    rows = session.scalars(
        select(VisitNote)
        .where(VisitNote.amends_note_id.in_(note_ids), VisitNote.deleted_at.is_(None))
        .order_by(VisitNote.signed_at, VisitNote.created_at)
    )
    for row in rows:
        out.setdefault(row.amends_note_id or "", []).append(_data(row))
    return out


def _patient_name(session: Session, patient_id: str) -> str | None:
    patient = session.get(Patient, patient_id)
    return patient.full_name if patient is not None else None


def load_note(session: Session, note_id: str) -> NoteData:
    """One live note, with its addenda (and the patient's name)."""
    note = _live_note(session, note_id)
    data = _data(note, patient_name=_patient_name(session, note.patient_id))
    data.addenda = _addenda_of(session, [note.id]).get(note.id, [])
    return data


def list_notes(session: Session, patient_id: str) -> list[NoteData]:
    """A patient's notes (drafts and signed, not addenda), newest visit first; each signed
    note carries its addenda, oldest first."""
    notes = list(session.scalars(
        select(VisitNote)
        .where(VisitNote.patient_id == patient_id, VisitNote.deleted_at.is_(None),
               VisitNote.amends_note_id.is_(None))
        .order_by(func.coalesce(VisitNote.visit_at, VisitNote.created_at).desc(),
                  VisitNote.created_at.desc())
    ))
    name = _patient_name(session, patient_id)
    addenda = _addenda_of(session, [n.id for n in notes])
    out = []
    for note in notes:
        data = _data(note, patient_name=name)
        data.addenda = addenda.get(note.id, [])
        out.append(data)
    return out


def drafts_for_recovery(session: Session, *, include_empty: bool = False) -> list[NoteData]:
    """Unsigned drafts, most recently saved first, with the patient's name: for the
    "You have unfinished notes" prompt at start-up (after a crash or a lid close). Drafts
    with nothing written in them are left out unless ``include_empty``."""
    rows = session.execute(
        select(VisitNote, Patient)
        .join(Patient, Patient.id == VisitNote.patient_id)
        .where(VisitNote.status == "draft", VisitNote.deleted_at.is_(None),
               Patient.deleted_at.is_(None))
        .order_by(VisitNote.updated_at.desc())
    ).all()
    out = []
    for note, patient in rows:
        data = _data(note, patient_name=patient.full_name)
        if include_empty or not data.is_empty:
            out.append(data)
    return out


# -- writing -------------------------------------------------------------------------------------
def start_note(store: Any, patient_id: str, *, template: str = "home_visit",
               visit_at: dt.datetime | None = None) -> NoteData:
    """A new, empty draft for ``patient_id`` from ``template``; the visit time defaults to now."""
    try:
        get_template(template)
    except KeyError as exc:
        raise InputError(f"there is no note template called {template!r}") from exc
    if template == ADDENDUM_TEMPLATE:
        raise InputError("addenda are added to a signed note, not started on their own")
    if visit_at is None:
        visit_at = utcnow()
    elif visit_at.tzinfo is None or visit_at.utcoffset() is None:
        raise InputError("the visit time needs a time zone")
    with store.write() as s:
        patient = s.get(Patient, patient_id)
        if patient is None or patient.deleted_at is not None:
            raise InputError("that patient was not found")
        note = VisitNote(patient_id=patient_id, template=template, status="draft",
                         visit_at=visit_at, sections={})
        s.add(note)
        s.flush()
        data = _data(note, patient_name=patient.full_name)
    log.info("note %s started", data.id)
    return data


def _editable(note: VisitNote) -> None:
    if note.status == "signed":
        raise NoteSignedError("this note is signed and can no longer be changed; "
                              "add an addendum to correct it")


def save_draft(store: Any, note_id: str, sections: dict[str, Any], *,
               expected_version: int | None = None) -> NoteData:
    """Save a draft's content (one transaction). Refuses a signed note (:class:`NoteSignedError`).
    A stale ``expected_version`` still saves, with ``conflict=True`` on the result."""
    with store.write() as s:
        note = _live_note(s, note_id)
        _editable(note)
        cleaned = clean_sections(template_for(note), sections)
        conflict = expected_version is not None and expected_version != note.version
        if cleaned != (note.sections or {}):
            note.sections = cleaned
            s.flush()
        data = _data(note)
    data.conflict = conflict
    if conflict:
        log.info("note %s saved over a newer version (conflict)", note_id)
    return data


def sign_note(store: Any, note_id: str, *, expected_version: int | None = None) -> NoteData:
    """Sign a draft: required fields checked (:class:`MissingFieldsError`), then signed_at,
    signed_by and content_hash stamped. After this the note can never change. With
    ``expected_version``, refuses (:class:`NoteChangedError`) when the stored draft is not
    the version the person was looking at."""
    with store.write() as s:
        note = _live_note(s, note_id)
        if note.status == "signed":
            raise NoteSignedError("this note is already signed")
        if expected_version is not None and expected_version != note.version:
            raise NoteChangedError("this draft was changed elsewhere since you last saw it; "
                                   "reopen it and check it before signing")
        sections = note.sections or {}
        check_for_signing(template_for(note), sections)
        note.status = "signed"
        note.signed_at = utcnow()
        note.signed_by = store.actor.user_id
        note.content_hash = content_hash(sections)
        s.flush()
        data = _data(note)
    log.info("note %s signed", note_id)
    return data


def add_addendum(store: Any, note_id: str, text: str) -> NoteData:
    """Add a signed addendum to a signed note; returns the addendum. Added to an addendum, it
    is linked to the original note."""
    if not isinstance(text, str) or not text.strip():
        raise InputError("an addendum needs some text")
    with store.write() as s:
        target = _live_note(s, note_id)
        if target.status != "signed":
            raise InputError("this note is still a draft: change the draft itself instead "
                             "of adding an addendum")
        original_id = target.amends_note_id or target.id
        sections = {"addendum": {"text": text.strip()}}
        now = utcnow()
        addendum = VisitNote(
            patient_id=target.patient_id, encounter_id=target.encounter_id,
            template=ADDENDUM_TEMPLATE, status="signed", visit_at=target.visit_at,
            sections=sections, signed_at=now, signed_by=store.actor.user_id,
            content_hash=content_hash(sections), amends_note_id=original_id,
        )
        s.add(addendum)
        s.flush()
        data = _data(addendum)
    log.info("addendum %s added to note %s", data.id, original_id)
    return data


def discard_draft(store: Any, note_id: str) -> None:
    """Discard a draft (a tombstone, so the discard syncs). Signed notes cannot be discarded."""
    with store.write() as s:
        note = _live_note(s, note_id)
        _editable(note)
        note.mark_deleted()
    log.info("note %s discarded", note_id)


# -- plain text ----------------------------------------------------------------------------------
def fmt_when(value: dt.datetime | None) -> str:
    """"29 Nov 2026, 10:42" in local time."""
    local = to_local(value)
    if local is None:
        return "unknown time"
    return f"{local.day} {local:%b %Y}, {local:%H:%M}"


def _fmt_value(spec: FieldSpec | None, section_key: str, key: str, value: Any) -> str:
    if spec is None:
        return str(value)
    if spec.kind == "computed":
        return describe_computed(section_key, key, value)
    if spec.kind == "choice":
        return spec.option_label(value)
    if spec.kind == "check":
        return "Yes" if value else "No"
    if spec.kind == "date":
        try:
            day = dt.date.fromisoformat(value)
            return f"{day.day} {day:%b %Y}"
        except (TypeError, ValueError):
            return str(value)
    if spec.kind == "decimal" and isinstance(value, (int, float)):
        text = f"{value:.{spec.decimals}f}"
        return f"{text} {spec.unit}" if spec.unit else text
    if spec.kind == "int":
        return f"{value} {spec.unit}" if spec.unit else str(value)
    return str(value)


def _line(label: str, text: str, indent: str = "  ") -> list[str]:
    sep = " " if label.endswith("?") else ": "
    lines = text.splitlines() or [""]
    if len(lines) == 1:
        return [f"{indent}{label}{sep}{lines[0]}"]
    return [f"{indent}{label}:"] + [f"{indent}  {line}" for line in lines]


def _body(note: NoteData) -> list[str]:
    try:
        template: NoteTemplate | None = template_for(note)
    except HearthError:
        template = None
    out: list[str] = []
    known: set[tuple[str, str]] = set()
    for section in template.sections if template else ():
        values = note.sections.get(section.key, {})
        lines: list[str] = []
        for spec in section.fields:
            known.add((section.key, spec.key))
            if spec.key in values and not _is_empty(values[spec.key]):
                text = _fmt_value(spec, section.key, spec.key, values[spec.key])
                if spec.key == section.key or spec.label == section.label:
                    lines += [f"  {t}" for t in text.splitlines()]
                else:
                    lines += _line(spec.label, text)
        if lines:
            out += ["", section.label.upper()] + lines
    extra = [(s, k, v) for s, values in note.sections.items() if isinstance(values, dict)
             for k, v in values.items() if (s, k) not in known]
    if extra:
        out += ["", "OTHER"] + [line for s, k, v in extra for line in _line(f"{s}.{k}", str(v))]
    return out


def render_text(note: NoteData) -> str:
    """The note as plain text, for display and printing: heading, status, each filled section
    in template order, then its addenda."""
    lines = [f"{note.title} — {fmt_when(note.visit_at)}"]
    if note.patient_name:
        lines.append(f"Patient: {note.patient_name}")
    if note.is_signed:
        lines.append(f"Signed {fmt_when(note.signed_at)} by {note.signed_by or 'unknown'}"
                     f" · content hash {(note.content_hash or '')[:12]}")
    else:
        lines.append(f"DRAFT — not signed (last saved {fmt_when(note.updated_at)})")
    body = _body(note)
    lines += body if body else ["", "(Nothing written yet.)"]
    for addendum in note.addenda:
        lines += ["", f"ADDENDUM — signed {fmt_when(addendum.signed_at)} by "
                      f"{addendum.signed_by or 'unknown'}"]
        text = addendum.sections.get("addendum", {}).get("text", "")
        lines += [f"  {t}" for t in str(text).splitlines()]
    return "\n".join(lines) + "\n"
