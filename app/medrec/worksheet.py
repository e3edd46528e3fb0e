"""The medication reconciliation worksheet: sources in, one decision per medicine, a reconciled
list out. No Qt here.

Life of a worksheet (WHO High 5s: a best possible medication history from at least two
sources, compared with what is intended, every difference resolved and documented)::

    start_worksheet()            sources pre-filled from the chart's medication lists
      add_source() / add_entry() / edit_entry() / remove_entry() / edit_source() / remove_source()
      check_worksheet()          the check engine's rows (matched by ingredient) and findings
      record_decision() / clear_decision()    one per row
    finalize()                   -> ReconciledListSnapshot (immutable), the patient's
                                    "reconciled" Medication rows replaced, worksheet completed

Everything the nurse enters lives in the :class:`~app.models.entities.MedRecWorksheet` row's
JSON columns, so a worksheet syncs and resumes like any other record:

``sources``: ``[{"id", "role": "intended" | "actual", "kind", "label", "origin": "chart" |
"typed", "added_at", "entries": [{"id", "text", "medication_id", "action", "taking",
"note"}]}]``. ``kind`` is a Medication source (``discharge``, ``ehr``, ``pcp``, ``pharmacy``,
``patient``, ``bottle``) or ``other``; ``action`` (continue | new | changed | stop) is set on
intended entries only, ``taking`` on actual entries only.

``decisions``: ``[{"row", "decision", "intent", "note", "final_text", "entries",
"decided_at", "decided_by"}]``, one per row key of the check (the ingredient key, e.g.
``"metoprolol"``). A decision whose row no longer exists (its lines were removed or retyped)
is kept but not used.

``discrepancies`` (written at :func:`finalize`): the findings of the last check, entry ids
translated to worksheet entry ids, each with ``"list": "worksheet"`` (the sources compared) or
``"list": "reconciled"`` (the safety check of the final list; ``entries`` then name snapshot
items as ``"item:<n>"``), and ``knowledge_version``.

Every write is one ``store.write()`` transaction. Errors a person can fix are
:class:`~app.models.errors.InputError` whose messages never quote medicine text or name the
patient. Logging: ids and counts only.
"""

from __future__ import annotations

import copy
import datetime as dt
import logging
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.base import utcnow
from app.models.entities import (
    Allergy,
    Medication,
    MedRecWorksheet,
    Patient,
    ReconciledListSnapshot,
)
from app.models.errors import HearthError, InputError

log = logging.getLogger(__name__)

# -- value sets ------------------------------------------------------------------------------------
ROLES = ("intended", "actual")
ACTIONS = ("continue", "new", "changed", "stop", "hold")  # what an intended list says
DECISIONS = ("continue", "modify", "stop", "hold", "add", "clarify")
INTENTS = ("documented_intentional", "undocumented_intentional", "unintentional", "none")
NEEDS_FINAL_TEXT = ("modify", "add")
SOURCE_KINDS = ("discharge", "ehr", "pcp", "pharmacy", "patient", "bottle", "other")

DECISION_WORDS = {
    "continue": "Continue", "modify": "Modify", "stop": "Stop", "hold": "Hold",
    "add": "Add", "clarify": "Clarify with prescriber",
}
INTENT_WORDS = {
    "documented_intentional": "Documented intentional",
    "undocumented_intentional": "Undocumented intentional",
    "unintentional": "Unintentional",
    "none": "No discrepancy",
}
ACTION_WORDS = {"continue": "Continue", "new": "New", "changed": "Changed", "stop": "Stop",
                "hold": "Hold"}
KIND_TITLES = {
    "discharge": "Hospital discharge list", "ehr": "EHR orders", "pcp": "Primary care list",
    "pharmacy": "Pharmacy fills", "patient": "Patient or caregiver report",
    "bottle": "Bottles in the home", "other": "Other list",
}
# Chart lists that say what is intended, in the order they are shown (the newest intent after
# a hospital stay, the discharge list, first), and those that say what is actually taken.
INTENDED_KINDS = ("discharge", "ehr", "pcp")
ACTUAL_KINDS = ("pharmacy", "patient", "bottle")
CURRENT_STATUSES = ("active", "on-hold", "intended", None)
# The reconciled Medication row's status for each decision.
STATUS_OF_DECISION = {"continue": "active", "modify": "active", "add": "active",
                      "clarify": "active", "hold": "on-hold", "stop": "stopped"}

MAX_TEXT = 1000  # characters in one medicine line
MAX_NOTE = 2000
MAX_LABEL = 120
MAX_ENTRIES = 200  # lines in one source
MAX_SOURCES = 20

# A bullet or list number at the start of a pasted line ("- ", "• ", "3. ", "2) ").
_BULLET = re.compile(r"^\s*(?:[-*•·▪‣◦]|\d{1,2}[.)])\s+")
_ENTRY_REF = re.compile(r"\bEntry \d+:\d+")  # the engine's entry ids mean nothing to a nurse


# -- errors ----------------------------------------------------------------------------------------
class WorksheetNotFoundError(InputError):
    """No live worksheet with that id."""


class WorksheetCompletedError(InputError):
    """The worksheet is finalized: its reconciled list is a permanent record."""


class NotReadyError(InputError):
    """Finalize refused: rows without a decision, or too few sources. ``rows`` names the row
    keys still to decide, for the view to point at."""

    def __init__(self, message: str, rows: list[str] | None = None) -> None:
        super().__init__(message)
        self.rows = rows or []


class CheckFailedError(HearthError):
    """The check engine refused the request (a Hearth bug: the request is built here)."""


# -- plain data ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Entry:
    id: str
    text: str
    medication_id: str | None = None
    action: str | None = None  # intended entries
    taking: bool | None = None  # actual entries
    note: str | None = None


@dataclass(frozen=True)
class Source:
    id: str
    role: str
    kind: str
    label: str
    origin: str
    entries: tuple[Entry, ...] = ()


@dataclass(frozen=True)
class Decision:
    row: str
    decision: str | None
    intent: str = "none"
    note: str | None = None
    final_text: str | None = None
    entries: tuple[str, ...] = ()
    decided_at: str | None = None
    decided_by: str | None = None


@dataclass
class WorksheetData:
    """A worksheet as the views see it (no ORM rows, safe to hand across threads)."""

    id: str
    patient_id: str
    status: str
    started_at: dt.datetime
    completed_at: dt.datetime | None
    version: int
    sources: list[Source]
    decisions: dict[str, Decision]
    findings: list[dict[str, Any]] = field(default_factory=list)
    notes: str | None = None
    encounter_id: str | None = None
    patient_name: str | None = None
    snapshot_id: str | None = None

    @property
    def is_completed(self) -> bool:
        return self.status == "completed"

    def entry(self, entry_id: str) -> tuple[Source, Entry]:
        for source in self.sources:
            for entry in source.entries:
                if entry.id == entry_id:
                    return source, entry
        raise KeyError(entry_id)

    def source(self, source_id: str) -> Source:
        for source in self.sources:
            if source.id == source_id:
                return source
        raise KeyError(source_id)

    @property
    def entry_count(self) -> int:
        return sum(len(s.entries) for s in self.sources)


@dataclass(frozen=True)
class Finding:
    """One finding of the check engine, its entry ids turned into worksheet entry ids."""

    id: str
    kind: str
    severity: str
    message: str
    drugs: tuple[str, ...] = ()
    entries: tuple[str, ...] = ()
    citation: str | None = None
    raw: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def type(self) -> str | None:
        return self.raw.get("type")


SEVERITY_RANK = {"high": 0, "moderate": 1, "low": 2, "info": 3}


@dataclass(frozen=True)
class Row:
    """One medicine (ingredient) across the sources, as the check matched it."""

    key: str
    drugs: tuple[str, ...]
    status: str  # match | discrepancy | stopped | unclear
    entries: dict[str, tuple[str, ...]]  # role -> worksheet entry ids, in source order
    findings: tuple[Finding, ...] = ()
    default_text: str = ""

    @property
    def label(self) -> str:
        text = " + ".join(self.drugs) if self.drugs else self.key
        return text[:1].upper() + text[1:]

    @property
    def entry_ids(self) -> tuple[str, ...]:
        return tuple(e for ids in self.entries.values() for e in ids)

    @property
    def worst(self) -> str | None:
        if not self.findings:
            return None
        return min((f.severity for f in self.findings), key=lambda s: SEVERITY_RANK.get(s, 9))


@dataclass
class CheckOutcome:
    worksheet: WorksheetData
    rows: list[Row]
    findings: list[Finding]
    general: list[Finding]  # findings tied to no row
    warnings: list[str]
    knowledge_version: str
    parsed: dict[str, dict[str, Any]]  # worksheet entry id -> the parsed medication
    summary: dict[str, int] = field(default_factory=dict)

    def problems(self) -> dict[str, str]:
        """Row key -> what is still missing before finalizing (empty when ready)."""
        return {row.key: problem for row in self.rows
                if (problem := row_problem(row, self.worksheet.decisions.get(row.key)))}

    @property
    def ready(self) -> bool:
        return not self.problems() and sources_problem(self.worksheet) is None

    def row(self, key: str) -> Row:
        for row in self.rows:
            if row.key == key:
                return row
        raise KeyError(key)


@dataclass
class FinalizeResult:
    worksheet: WorksheetData
    snapshot_id: str
    taken_at: dt.datetime
    items: list[dict[str, Any]]
    medication_ids: list[str]


@dataclass(frozen=True)
class WorksheetSummary:
    id: str
    status: str
    started_at: dt.datetime
    completed_at: dt.datetime | None
    sources: int
    entries: int
    decisions: int
    snapshot_id: str | None


# -- small helpers ---------------------------------------------------------------------------------
def _new_id(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


def _iso(value: dt.datetime) -> str:
    return value.astimezone(dt.timezone.utc).isoformat(timespec="seconds")


def _clean_text(value: Any, what: str, limit: int = MAX_TEXT) -> str:
    if not isinstance(value, str):
        raise InputError(f"{what} must be text")
    text = " ".join(value.split())
    if not text:
        raise InputError(f"{what} is empty; write the medicine as it appears on the list")
    if len(text) > limit:
        raise InputError(f"{what} is longer than {limit} characters")
    return text


def _clean_note(value: Any, what: str = "the note") -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(f"{what} must be text")
    text = value.strip()
    if len(text) > MAX_NOTE:
        raise InputError(f"{what} is longer than {MAX_NOTE} characters")
    return text or None


def split_lines(text: str) -> list[str]:
    """Pasted or typed lines, one medicine a line: blank lines dropped, whitespace squeezed,
    leading bullets and list numbers ("- ", "• ", "3. ") removed."""
    if not isinstance(text, str):
        raise InputError("the lines must be text")
    out = []
    for line in text.splitlines():
        line = _BULLET.sub("", line, count=1)
        line = " ".join(line.split())
        if line:
            out.append(line)
    return out


def _entry_dict(text: str, role: str, *, medication_id: str | None = None,
                action: str | None = None, taking: bool | None = None,
                note: str | None = None) -> dict[str, Any]:
    entry: dict[str, Any] = {"id": _new_id("ent"), "text": text, "medication_id": medication_id,
                             "note": note}
    if role == "intended":
        entry["action"] = action or "continue"
    else:
        entry["taking"] = True if taking is None else bool(taking)
    return entry


def _source_dict(role: str, kind: str, label: str, origin: str,
                 entries: list[dict[str, Any]], now: dt.datetime) -> dict[str, Any]:
    return {"id": _new_id("src"), "role": role, "kind": kind, "label": label,
            "origin": origin, "added_at": _iso(now), "entries": entries}


def _check_role(role: Any) -> str:
    if role not in ROLES:
        raise InputError("a source's role is 'intended' (what should be taken) or 'actual' "
                         "(what the patient really takes)")
    return role


def _check_kind(kind: Any) -> str:
    if kind not in SOURCE_KINDS:
        raise InputError("unknown kind of source; use one of: " + ", ".join(SOURCE_KINDS))
    return kind


def _to_source(d: dict[str, Any]) -> Source:
    return Source(
        id=d["id"], role=d.get("role", "actual"), kind=d.get("kind", "other"),
        label=d.get("label") or KIND_TITLES.get(d.get("kind", "other"), "Other list"),
        origin=d.get("origin", "typed"),
        entries=tuple(Entry(id=e["id"], text=e.get("text", ""),
                            medication_id=e.get("medication_id"), action=e.get("action"),
                            taking=e.get("taking"), note=e.get("note"))
                      for e in d.get("entries", [])),
    )


def _to_decision(d: dict[str, Any]) -> Decision:
    return Decision(row=d["row"], decision=d.get("decision"), intent=d.get("intent") or "none",
                    note=d.get("note"), final_text=d.get("final_text"),
                    entries=tuple(d.get("entries") or ()), decided_at=d.get("decided_at"),
                    decided_by=d.get("decided_by"))


def _data(ws: MedRecWorksheet, *, patient_name: str | None = None,
          snapshot_id: str | None = None) -> WorksheetData:
    decisions = {}
    for d in ws.decisions or []:
        if isinstance(d, dict) and d.get("row"):
            decisions[d["row"]] = _to_decision(d)
    return WorksheetData(
        id=ws.id, patient_id=ws.patient_id, status=ws.status, started_at=ws.started_at,
        completed_at=ws.completed_at, version=ws.version,
        sources=[_to_source(s) for s in ws.sources or [] if isinstance(s, dict)],
        decisions=decisions, findings=copy.deepcopy(ws.discrepancies or []),
        notes=ws.notes, encounter_id=ws.encounter_id, patient_name=patient_name,
        snapshot_id=snapshot_id,
    )


def _live_patient(session: Session, patient_id: str) -> Patient:
    patient = session.get(Patient, patient_id)
    if patient is None or patient.deleted_at is not None:
        raise InputError("that patient was not found")
    return patient


def _live_worksheet(session: Session, worksheet_id: str) -> MedRecWorksheet:
    ws = session.get(MedRecWorksheet, worksheet_id)
    if ws is None or ws.deleted_at is not None:
        raise WorksheetNotFoundError("that reconciliation worksheet was not found")
    return ws


def _snapshot_id(session: Session, worksheet_id: str) -> str | None:
    return session.scalar(
        select(ReconciledListSnapshot.id)
        .where(ReconciledListSnapshot.worksheet_id == worksheet_id,
               ReconciledListSnapshot.deleted_at.is_(None))
        .order_by(ReconciledListSnapshot.taken_at.desc()).limit(1))


def _full_data(session: Session, ws: MedRecWorksheet) -> WorksheetData:
    patient = session.get(Patient, ws.patient_id)
    return _data(ws, patient_name=patient.full_name if patient is not None else None,
                 snapshot_id=_snapshot_id(session, ws.id) if ws.status == "completed" else None)


# -- the chart's lists as sources ------------------------------------------------------------------
def _med_label(m: Medication) -> str:
    return (m.code_text or m.code_display or m.code or "").strip()


def _dosage_text(m: Medication) -> str | None:
    for d in m.dosage or []:
        if isinstance(d, dict) and isinstance(d.get("text"), str) and d["text"].strip():
            return d["text"].strip()
    return None


def _structured_words(m: Medication) -> str:
    """Instructions from the coded fields, for a row with no sig: "400 mg by mouth twice a
    day, as needed for knee pain"."""
    from app.chart.service import fmt_number, frequency_text, unit_label

    parts = []
    if m.dose_quantity is not None:
        parts.append(f"{fmt_number(m.dose_quantity)} {unit_label(m.dose_unit)}".strip())
    if m.route:
        parts.append("by mouth" if m.route.lower() == "oral" else m.route)
    how = frequency_text(m.frequency, m.period, m.period_unit)
    if how:
        parts.append(how)
    text = " ".join(parts)
    if m.as_needed:
        prn = "as needed" + (f" for {m.as_needed_reason}" if m.as_needed_reason else "")
        text = f"{text}, {prn}" if text else prn
    return text


def medication_line(m: Medication) -> str | None:
    """A chart medication as one line, the way a list writes it: "name: instructions" (the
    instructions from the coded dose, route and timing when no sig was written). A stopped
    discharge entry keeps the instructions it had (its sig says "STOP …")."""
    label = _med_label(m)
    instructions = (m.sig or "").strip()
    if m.status == "stopped" and _dosage_text(m):
        instructions = _dosage_text(m) or instructions
    if not instructions:
        instructions = _dosage_text(m) or _structured_words(m)
    if label and instructions:
        text = f"{label}: {instructions}"
    else:
        text = label or instructions
    text = " ".join(text.split())
    return text[:MAX_TEXT] or None


def chart_sources(session: Session, patient_id: str, now: dt.datetime) -> list[dict[str, Any]]:
    """One source per chart list kind: discharge / EHR / PCP as intended lists, pharmacy /
    patient report / bottles as actual ones. Current rows only; the discharge list also keeps
    its stopped rows, as "stop" (what the hospital says to stop)."""
    rows = session.scalars(
        select(Medication)
        .where(Medication.patient_id == patient_id, Medication.deleted_at.is_(None),
               Medication.source.in_(INTENDED_KINDS + ACTUAL_KINDS))
        .order_by(Medication.authored_at, Medication.created_at, Medication.id)
    ).all()
    by_kind: dict[str, list[dict[str, Any]]] = {}
    for m in rows:
        kind = m.source
        role = "intended" if kind in INTENDED_KINDS else "actual"
        stopped_on_discharge = kind == "discharge" and m.status == "stopped"
        if m.status not in CURRENT_STATUSES and not stopped_on_discharge:
            continue
        text = medication_line(m)
        if text is None:
            continue
        if role == "intended":
            entry = _entry_dict(text, role, medication_id=m.id,
                                action="stop" if stopped_on_discharge else "continue")
        else:
            entry = _entry_dict(text, role, medication_id=m.id,
                                taking=m.taking if m.taking is not None else True)
        by_kind.setdefault(kind, []).append(entry)
    sources = []
    for kind in INTENDED_KINDS + ACTUAL_KINDS:
        entries = by_kind.get(kind)
        if entries:
            # Keep the lines in name order, as the chart shows them.
            entries.sort(key=lambda e: e["text"].casefold())
            role = "intended" if kind in INTENDED_KINDS else "actual"
            sources.append(_source_dict(role, kind, KIND_TITLES[kind], "chart",
                                        entries[:MAX_ENTRIES], now))
    return sources


def _discharge_encounter(session: Session, patient_id: str) -> str | None:
    return session.scalar(
        select(Medication.encounter_id)
        .where(Medication.patient_id == patient_id, Medication.deleted_at.is_(None),
               Medication.source == "discharge", Medication.encounter_id.is_not(None))
        .order_by(Medication.authored_at.desc()).limit(1))


# -- reading ---------------------------------------------------------------------------------------
def load_worksheet(session: Session, worksheet_id: str) -> WorksheetData:
    """One live worksheet (to resume it, or to show a finished one)."""
    return _full_data(session, _live_worksheet(session, worksheet_id))


def fetch_worksheet(store: Any, worksheet_id: str) -> WorksheetData:
    with store.session() as s:
        return load_worksheet(s, worksheet_id)


def list_worksheets(session: Session, patient_id: str) -> list[WorksheetSummary]:
    """A patient's worksheets, newest first."""
    rows = session.scalars(
        select(MedRecWorksheet)
        .where(MedRecWorksheet.patient_id == patient_id, MedRecWorksheet.deleted_at.is_(None))
        .order_by(MedRecWorksheet.started_at.desc(), MedRecWorksheet.created_at.desc())
    ).all()
    snapshots = dict(session.execute(
        select(ReconciledListSnapshot.worksheet_id, ReconciledListSnapshot.id)
        .where(ReconciledListSnapshot.patient_id == patient_id,
               ReconciledListSnapshot.deleted_at.is_(None))).all())
    out = []
    for ws in rows:
        sources = [s for s in ws.sources or [] if isinstance(s, dict)]
        out.append(WorksheetSummary(
            id=ws.id, status=ws.status, started_at=ws.started_at,
            completed_at=ws.completed_at, sources=len(sources),
            entries=sum(len(s.get("entries") or []) for s in sources),
            decisions=len([d for d in ws.decisions or [] if isinstance(d, dict)
                           and d.get("decision")]),
            snapshot_id=snapshots.get(ws.id)))
    return out


def open_worksheet_id(session: Session, patient_id: str) -> str | None:
    """The patient's in-progress worksheet, if any (the most recently started)."""
    return session.scalar(
        select(MedRecWorksheet.id)
        .where(MedRecWorksheet.patient_id == patient_id, MedRecWorksheet.deleted_at.is_(None),
               MedRecWorksheet.status == "in_progress")
        .order_by(MedRecWorksheet.started_at.desc()).limit(1))


def resume_worksheet(store: Any, patient_id: str) -> WorksheetData | None:
    """The patient's in-progress worksheet, or None when there is none."""
    with store.session() as s:
        _live_patient(s, patient_id)
        ws_id = open_worksheet_id(s, patient_id)
        return load_worksheet(s, ws_id) if ws_id else None


def latest_snapshot(session: Session, patient_id: str) -> ReconciledListSnapshot | None:
    return session.scalars(
        select(ReconciledListSnapshot)
        .where(ReconciledListSnapshot.patient_id == patient_id,
               ReconciledListSnapshot.deleted_at.is_(None))
        .order_by(ReconciledListSnapshot.taken_at.desc()).limit(1)).first()


# -- writing: start and sources --------------------------------------------------------------------
def start_worksheet(store: Any, patient_id: str, *, encounter_id: str | None = None,
                    now: dt.datetime | None = None) -> WorksheetData:
    """Start reconciling ``patient_id``'s medicines, the sources pre-filled from the chart's
    lists. A patient has one worksheet in progress at a time: when there is one already, it is
    returned as it is (resumed), not started again."""
    now = now or utcnow()
    with store.write() as s:
        _live_patient(s, patient_id)
        existing = open_worksheet_id(s, patient_id)
        if existing is not None:
            return _full_data(s, _live_worksheet(s, existing))
        ws = MedRecWorksheet(
            patient_id=patient_id, status="in_progress", started_at=now,
            encounter_id=encounter_id or _discharge_encounter(s, patient_id),
            sources=chart_sources(s, patient_id, now), decisions=[], discrepancies=[])
        s.add(ws)
        s.flush()
        log.info("medrec worksheet %s started (%d sources)", ws.id, len(ws.sources))
        return _full_data(s, ws)


def _edit(store: Any, worksheet_id: str,
          change: Callable[[list[dict[str, Any]], list[dict[str, Any]]], None]) -> WorksheetData:
    """Load, change a copy of the JSON lists, write them back (only when changed)."""
    with store.write() as s:
        ws = _live_worksheet(s, worksheet_id)
        if ws.status != "in_progress":
            raise WorksheetCompletedError(
                "this reconciliation is finalized; start a new one to change the list")
        sources = copy.deepcopy([x for x in ws.sources or [] if isinstance(x, dict)])
        decisions = copy.deepcopy([x for x in ws.decisions or [] if isinstance(x, dict)])
        change(sources, decisions)
        if sources != (ws.sources or []):
            ws.sources = sources
        if decisions != (ws.decisions or []):
            ws.decisions = decisions
        s.flush()
        return _full_data(s, ws)


def _find_source(sources: list[dict[str, Any]], source_id: str) -> dict[str, Any]:
    for source in sources:
        if source.get("id") == source_id:
            return source
    raise InputError("that source is not on this worksheet (it may have been removed)")


def _find_entry(sources: list[dict[str, Any]], entry_id: str
                ) -> tuple[dict[str, Any], dict[str, Any]]:
    for source in sources:
        for entry in source.get("entries") or []:
            if entry.get("id") == entry_id:
                return source, entry
    raise InputError("that line is not on this worksheet (it may have been removed)")


def add_source(store: Any, worksheet_id: str, role: str, label: str | None, lines: str | list[str],
               *, kind: str = "other", taking: bool = True,
               now: dt.datetime | None = None) -> WorksheetData:
    """Add a typed or pasted list: ``lines`` is text with one medicine a line (or a list of
    lines); blank lines are ignored. ``label`` names where the list came from ("Bottles on the
    kitchen table"); empty, it is named after ``kind``."""
    role = _check_role(role)
    kind = _check_kind(kind)
    label_text = " ".join((label or "").split()) or KIND_TITLES[kind]
    if len(label_text) > MAX_LABEL:
        raise InputError(f"the source's name is longer than {MAX_LABEL} characters")
    texts = split_lines(lines) if isinstance(lines, str) else [
        _clean_text(t, f"line {i + 1}") for i, t in enumerate(lines)
        if isinstance(t, str) and t.strip()]
    if not texts:
        raise InputError("the list has no medicine lines; paste or type one medicine a line")
    if len(texts) > MAX_ENTRIES:
        raise InputError(f"a list can hold at most {MAX_ENTRIES} lines")
    for i, text in enumerate(texts):
        if len(text) > MAX_TEXT:
            raise InputError(f"line {i + 1} is longer than {MAX_TEXT} characters")
    now = now or utcnow()

    def change(sources: list[dict[str, Any]], _decisions: list[dict[str, Any]]) -> None:
        if len(sources) >= MAX_SOURCES:
            raise InputError(f"a worksheet can hold at most {MAX_SOURCES} sources")
        sources.append(_source_dict(role, kind, label_text, "typed",
                                    [_entry_dict(t, role, taking=taking) for t in texts], now))

    return _edit(store, worksheet_id, change)


def edit_source(store: Any, worksheet_id: str, source_id: str, *, label: str | None = None,
                role: str | None = None) -> WorksheetData:
    """Rename a source or change its role (its entries get the fields of the new role)."""
    new_label = None
    if label is not None:
        new_label = " ".join(label.split())
        if not new_label:
            raise InputError("a source needs a name")
        if len(new_label) > MAX_LABEL:
            raise InputError(f"the source's name is longer than {MAX_LABEL} characters")
    new_role = _check_role(role) if role is not None else None

    def change(sources: list[dict[str, Any]], _decisions: list[dict[str, Any]]) -> None:
        source = _find_source(sources, source_id)
        if new_label is not None:
            source["label"] = new_label
        if new_role is not None and new_role != source.get("role"):
            source["role"] = new_role
            for entry in source.get("entries") or []:
                if new_role == "intended":
                    entry.pop("taking", None)
                    entry["action"] = "continue"
                else:
                    entry.pop("action", None)
                    entry["taking"] = True

    return _edit(store, worksheet_id, change)


def remove_source(store: Any, worksheet_id: str, source_id: str) -> WorksheetData:
    def change(sources: list[dict[str, Any]], _decisions: list[dict[str, Any]]) -> None:
        sources.remove(_find_source(sources, source_id))

    return _edit(store, worksheet_id, change)


def add_entry(store: Any, worksheet_id: str, source_id: str, text: str, *,
              action: str | None = None, taking: bool | None = None,
              note: str | None = None) -> WorksheetData:
    """Add one line to a source."""
    clean = _clean_text(text, "the line")
    if action is not None and action not in ACTIONS:
        raise InputError("the action is one of: " + ", ".join(ACTIONS))
    clean_note = _clean_note(note)

    def change(sources: list[dict[str, Any]], _decisions: list[dict[str, Any]]) -> None:
        source = _find_source(sources, source_id)
        entries = source.setdefault("entries", [])
        if len(entries) >= MAX_ENTRIES:
            raise InputError(f"a list can hold at most {MAX_ENTRIES} lines")
        entries.append(_entry_dict(clean, source.get("role", "actual"), action=action,
                                   taking=taking, note=clean_note))

    return _edit(store, worksheet_id, change)


_UNSET: Any = object()


def edit_entry(store: Any, worksheet_id: str, entry_id: str, *, text: str = _UNSET,
               action: str = _UNSET, taking: bool = _UNSET,
               note: str | None = _UNSET) -> WorksheetData:
    """Change a line's text, its intended ``action`` (continue | new | changed | stop; intended
    lists), whether the patient is ``taking`` it (actual lists), or its note."""
    clean = _clean_text(text, "the line") if text is not _UNSET else _UNSET
    if action is not _UNSET and action not in ACTIONS:
        raise InputError("the action is one of: " + ", ".join(ACTIONS))
    if taking is not _UNSET and not isinstance(taking, bool):
        raise InputError("'taking' is yes or no")
    clean_note = _clean_note(note) if note is not _UNSET else _UNSET

    def change(sources: list[dict[str, Any]], _decisions: list[dict[str, Any]]) -> None:
        source, entry = _find_entry(sources, entry_id)
        role = source.get("role")
        if action is not _UNSET:
            if role != "intended":
                raise InputError("only a line on an intended list has an action; "
                                 "for what the patient takes, say whether it is taken")
            entry["action"] = action
        if taking is not _UNSET:
            if role != "actual":
                raise InputError("only a line on a list of what the patient actually takes "
                                 "can be marked taken or not taken")
            entry["taking"] = taking
        if clean is not _UNSET and clean != entry.get("text"):
            entry["text"] = clean
            entry["medication_id"] = None  # no longer the chart's line as written
        if clean_note is not _UNSET:
            entry["note"] = clean_note

    return _edit(store, worksheet_id, change)


def remove_entry(store: Any, worksheet_id: str, entry_id: str) -> WorksheetData:
    def change(sources: list[dict[str, Any]], _decisions: list[dict[str, Any]]) -> None:
        source, entry = _find_entry(sources, entry_id)
        source["entries"].remove(entry)

    return _edit(store, worksheet_id, change)


def set_notes(store: Any, worksheet_id: str, notes: str | None) -> WorksheetData:
    """The worksheet's free-text notes (who was asked, what was seen)."""
    clean = _clean_note(notes, "the worksheet notes")

    with store.write() as s:
        ws = _live_worksheet(s, worksheet_id)
        if ws.status != "in_progress":
            raise WorksheetCompletedError(
                "this reconciliation is finalized; start a new one to change the list")
        if ws.notes != clean:
            ws.notes = clean
            s.flush()
        return _full_data(s, ws)


# -- the check -------------------------------------------------------------------------------------
def _engine() -> tuple[Callable[..., dict[str, Any]], type[Exception]]:
    # Imported when first used: the engine loads its knowledge files, which the rest of the
    # app (and its start-up) does not need.
    from app.medrec.check import CheckInputError, check

    return check, CheckInputError


def _run(request: dict[str, Any]) -> dict[str, Any]:
    check, input_error = _engine()
    try:
        return check(request)
    except input_error as exc:
        # The request is built here from cleaned data, so this is a bug; the engine's message
        # names a field path, never its value.
        log.error("medrec check refused the request: %s", type(exc).__name__)
        raise CheckFailedError(f"the medicines could not be checked ({exc})") from exc


def patient_facts(session: Session, patient_id: str, today: dt.date | None = None
                  ) -> dict[str, Any]:
    """The ``patient`` part of a check request: birth date, active allergies, as-of date."""
    from app.chart.service import NO_KNOWN_ALLERGY_CODES

    patient = _live_patient(session, patient_id)
    allergies = []
    for text, display, code, category, reaction, clinical, verification in session.execute(
        select(Allergy.code_text, Allergy.code_display, Allergy.code, Allergy.category,
               Allergy.reaction, Allergy.clinical_status, Allergy.verification_status)
        .where(Allergy.patient_id == patient_id, Allergy.deleted_at.is_(None))
        .order_by(Allergy.recorded_at, Allergy.id)
    ):
        if verification in ("entered-in-error", "refuted") or code in NO_KNOWN_ALLERGY_CODES:
            continue
        if (clinical or "active") != "active" or category in ("food", "environment"):
            continue
        substance = (text or display or "").strip()
        if not substance:
            continue
        item = {"substance": substance}
        if reaction and reaction.strip():
            item["reaction"] = reaction.strip()
        allergies.append(item)
    facts: dict[str, Any] = {"as_of": (today or dt.date.today()).isoformat(),
                             "allergies": allergies}
    if patient.birth_date is not None:
        facts["birth_date"] = patient.birth_date.isoformat()
    return facts


def build_request(worksheet: WorksheetData, patient: dict[str, Any]
                  ) -> tuple[dict[str, Any], dict[str, str]]:
    """The check request for a worksheet's sources, and the engine's entry ids ("L:I") ->
    worksheet entry ids. Sources with no lines are left out."""
    lists: list[dict[str, Any]] = []
    ids: dict[str, str] = {}
    for source in worksheet.sources:
        if not source.entries:
            continue
        meds = []
        for i, entry in enumerate(source.entries):
            med: dict[str, Any] = {"text": entry.text}
            if source.role == "intended":
                med["action"] = entry.action or "continue"
            else:
                med["taking"] = True if entry.taking is None else entry.taking
            if entry.note:
                med["note"] = entry.note
            meds.append(med)
            ids[f"{len(lists)}:{i}"] = entry.id
        lists.append({"role": source.role, "source": source.label, "medications": meds})
    return {"patient": patient, "lists": lists}, ids


def _finding(raw: dict[str, Any], ids: dict[str, str]) -> Finding:
    """A finding with the engine's entry ids ("L:I") replaced by worksheet entry ids (in
    ``entries``, ``intended`` and ``actual``; ids of no entry are dropped)."""
    mapped = copy.deepcopy(raw)
    entries = tuple(ids[e] for e in raw.get("entries") or [] if e in ids)
    mapped["entries"] = list(entries)
    for key in ("intended", "actual"):
        if key in mapped:
            mapped[key] = ids.get(mapped[key]) if isinstance(mapped[key], str) else None
    return Finding(
        id=str(raw.get("id", "")), kind=str(raw.get("kind", "")),
        severity=str(raw.get("severity") or "info"), message=str(raw.get("message") or ""),
        drugs=tuple(raw.get("drugs") or ()), entries=entries,
        citation=raw.get("source"), raw=mapped)


def default_text(worksheet: WorksheetData, entries: dict[str, tuple[str, ...]]) -> str:
    """The line a row's decision keeps unless the nurse writes another: the first intended
    line that is not stopped (the discharge list comes first), else the first line the
    patient is taking, else the first line."""
    texts: dict[str, Entry] = {}
    for source in worksheet.sources:
        for entry in source.entries:
            texts[entry.id] = entry
    intended = [texts[e] for e in entries.get("intended", ()) if e in texts]
    actual = [texts[e] for e in entries.get("actual", ()) if e in texts]
    for entry in intended:
        if entry.action != "stop":
            return entry.text
    for entry in actual:
        if entry.taking is not False:
            return entry.text
    for entry in intended + actual:
        return entry.text
    return ""


def outcome_of(worksheet: WorksheetData, result: dict[str, Any], ids: dict[str, str]
               ) -> CheckOutcome:
    """The engine's result in worksheet terms: rows with their findings and default text."""
    findings = [_finding(f, ids) for f in result.get("findings") or [] if isinstance(f, dict)]
    findings.sort(key=lambda f: SEVERITY_RANK.get(f.severity, 9))
    order = {e.id: n for n, (_s, e) in enumerate(
        (s, e) for s in worksheet.sources for e in s.entries)}
    rows: list[Row] = []
    used: set[str] = set()
    for raw in result.get("rows") or []:
        entries = {}
        for role in ("intended", "actual", "reconciled"):
            mapped = [ids[e] for e in raw.get(role) or [] if e in ids]
            if mapped:
                entries[role] = tuple(sorted(mapped, key=lambda e: order.get(e, 0)))
        mine = set(e for ids_ in entries.values() for e in ids_)
        drugs = tuple(raw.get("drugs") or ())
        row_findings = tuple(f for f in findings if mine.intersection(f.entries))
        used.update(f.id for f in row_findings)
        key = str(raw.get("key"))
        if key.startswith("?"):  # an unrecognised line: keyed by its engine id, which moves
            key = "?" + ids.get(key[1:], key[1:])
        rows.append(Row(key=key, drugs=drugs,
                        status=str(raw.get("status") or "unclear"), entries=entries,
                        findings=row_findings, default_text=default_text(worksheet, entries)))
    # A finding that names no entry of any row (say, a drug pair without entry ids) goes
    # with the rows of its drugs; what is left is shown apart.
    for i, row in enumerate(rows):
        extra = tuple(f for f in findings if f.id not in used and not f.entries
                      and set(f.drugs) & set(row.drugs))
        if extra:
            rows[i] = Row(row.key, row.drugs, row.status, row.entries, row.findings + extra,
                          row.default_text)
    attached = {f.id for row in rows for f in row.findings}
    general = [f for f in findings if f.id not in attached]
    parsed = {ids[m["id"]]: m for m in result.get("medications") or []
              if isinstance(m, dict) and m.get("id") in ids}
    return CheckOutcome(
        worksheet=worksheet, rows=rows, findings=findings, general=general,
        warnings=[_ENTRY_REF.sub(lambda m: "A line", str(w))
                  for w in result.get("warnings") or []],
        knowledge_version=str(result.get("knowledge_version") or ""), parsed=parsed,
        summary=dict(result.get("summary") or {}))


def check_data(worksheet: WorksheetData, patient: dict[str, Any]) -> CheckOutcome:
    request, ids = build_request(worksheet, patient)
    return outcome_of(worksheet, _run(request), ids)


def check_worksheet(store: Any, worksheet_id: str, *, today: dt.date | None = None
                    ) -> CheckOutcome:
    """Run the check on the worksheet as stored: the one call to hand the Runner after each
    edit. Reads only."""
    with store.session() as s:
        data = load_worksheet(s, worksheet_id)
        patient = patient_facts(s, data.patient_id, today)
    return check_data(data, patient)


# -- decisions -------------------------------------------------------------------------------------
def row_problem(row: Row, decision: Decision | None) -> str | None:
    """What a row still needs before the worksheet can be finalized, or None."""
    if decision is None or decision.decision is None:
        return "needs a decision"
    if decision.decision in NEEDS_FINAL_TEXT and not decision.final_text:
        return "needs the final text"
    if row.status == "discrepancy" and decision.intent == "none":
        return "needs the intent of the discrepancy"
    return None


def record_decision(store: Any, worksheet_id: str, row_key: str, *,
                    decision: str | None = _UNSET, intent: str = _UNSET,
                    note: str | None = _UNSET, final_text: str | None = _UNSET,
                    entries: list[str] | tuple[str, ...] | None = None,
                    now: dt.datetime | None = None) -> WorksheetData:
    """Record (or change) the decision on one row: ``decision`` (continue | modify | stop |
    hold | add | clarify), ``intent`` (documented_intentional | undocumented_intentional |
    unintentional | none), a free ``note``, and for modify and add the ``final_text`` that goes
    on the reconciled list. Fields not given keep their recorded value. ``entries`` are the
    row's entry ids as the nurse saw them (kept for the record)."""
    if not isinstance(row_key, str) or not row_key:
        raise InputError("say which row the decision is for")
    if decision is not _UNSET and decision is not None and decision not in DECISIONS:
        raise InputError("the decision is one of: " + ", ".join(DECISIONS))
    if intent is not _UNSET and intent not in INTENTS:
        raise InputError("the intent is one of: " + ", ".join(INTENTS))
    clean_note = _clean_note(note) if note is not _UNSET else _UNSET
    clean_final: Any = _UNSET
    if final_text is not _UNSET:
        clean_final = (None if final_text is None or not str(final_text).strip()
                       else _clean_text(final_text, "the final text"))
    now = now or utcnow()
    actor = getattr(store, "actor", None)

    def change(_sources: list[dict[str, Any]], decisions: list[dict[str, Any]]) -> None:
        current = next((d for d in decisions if d.get("row") == row_key), None)
        if current is None:
            current = {"row": row_key, "decision": None, "intent": "none", "note": None,
                       "final_text": None, "entries": []}
            decisions.append(current)
        if decision is not _UNSET:
            current["decision"] = decision
        if intent is not _UNSET:
            current["intent"] = intent
        if clean_note is not _UNSET:
            current["note"] = clean_note
        if clean_final is not _UNSET:
            current["final_text"] = clean_final
        if entries is not None:
            current["entries"] = [str(e) for e in entries]
        if current.get("decision") in NEEDS_FINAL_TEXT and not current.get("final_text"):
            raise InputError("write the final text for a medicine that is modified or added "
                             "(what goes on the reconciled list)")
        current["decided_at"] = _iso(now)
        current["decided_by"] = actor.user_id if actor is not None else None

    return _edit(store, worksheet_id, change)


def clear_decision(store: Any, worksheet_id: str, row_key: str) -> WorksheetData:
    def change(_sources: list[dict[str, Any]], decisions: list[dict[str, Any]]) -> None:
        decisions[:] = [d for d in decisions if d.get("row") != row_key]

    return _edit(store, worksheet_id, change)


# -- finalize --------------------------------------------------------------------------------------
def sources_problem(worksheet: WorksheetData) -> str | None:
    """WHO High 5s: a best possible medication history from at least two sources, one of them
    what the patient actually takes. None when the worksheet has that."""
    with_lines = [s for s in worksheet.sources if s.entries]
    if len(with_lines) < 2 or not any(s.role == "actual" for s in with_lines):
        return ("a best possible medication history needs at least two sources, one of them "
                "what the patient actually takes (patient or caregiver interview, bottles); "
                "add one before finalizing")
    return None


def _not_ready_message(problems: dict[str, str]) -> str:
    counts: dict[str, int] = {}
    for problem in problems.values():
        counts[problem] = counts.get(problem, 0) + 1
    parts = [f"1 row {problem}" if n == 1 else f"{n} rows {problem.replace('needs', 'need', 1)}"
             for problem, n in counts.items()]
    return "Cannot finalize yet: " + "; ".join(parts) + "."


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) \
        else None


def _structured(parsed: dict[str, Any] | None) -> dict[str, Any]:
    """Medication columns worked out from a parsed line (only what the parser was sure of)."""
    if not parsed:
        return {}
    out: dict[str, Any] = {}
    if isinstance(parsed.get("route"), str):
        out["route"] = parsed["route"]
    if parsed.get("prn"):
        out["as_needed"] = True
        if isinstance(parsed.get("prn_reason"), str):
            out["as_needed_reason"] = parsed["prn_reason"][:200]
    dose = parsed.get("dose_mg") or {}
    if isinstance(dose, dict) and len(dose) == 1:
        value = _number(next(iter(dose.values())))
        if value is not None and value > 0:
            out["dose_quantity"], out["dose_unit"] = value, "mg"
    per_day = _number(parsed.get("frequency_per_day"))
    if per_day is not None and per_day > 0:
        if per_day >= 1 and per_day == int(per_day):
            out["frequency"], out["period"], out["period_unit"] = int(per_day), 1.0, "d"
        elif per_day < 1 and abs(1 / per_day - round(1 / per_day)) < 1e-6:
            out["frequency"], out["period"], out["period_unit"] = 1, float(round(1 / per_day)), "d"
    return out


def finalize(store: Any, worksheet_id: str, *, now: dt.datetime | None = None,
             today: dt.date | None = None) -> FinalizeResult:
    """Finish the reconciliation, in one transaction: the reconciled list is saved as an
    immutable, dated :class:`ReconciledListSnapshot`; the patient's previous "reconciled"
    Medication rows are tombstoned and the new list written in their place (held medicines
    "on-hold", stopped ones "stopped", the rest "active"; ``sig`` is the final text); the
    findings go into the worksheet's ``discrepancies`` and the worksheet is completed.

    Refused (:class:`NotReadyError`, naming what is missing) while any row has no decision,
    a modified or added medicine has no final text, a discrepancy has no intent, or there are
    fewer than two sources."""
    now = now or utcnow()
    with store.write() as s:
        ws = _live_worksheet(s, worksheet_id)
        if ws.status != "in_progress":
            raise WorksheetCompletedError("this reconciliation is already finalized")
        data = _full_data(s, ws)
        patient = patient_facts(s, ws.patient_id, today)
        problem = sources_problem(data)
        if problem:
            raise NotReadyError(problem[:1].upper() + problem[1:] + ".")
        outcome = check_data(data, patient)
        problems = outcome.problems()
        if problems:
            raise NotReadyError(_not_ready_message(problems), list(problems))

        # The items of the reconciled list, in row order.
        entry_of = {e.id: (src, e) for src in data.sources for e in src.entries}
        items: list[dict[str, Any]] = []
        for row in outcome.rows:
            d = data.decisions[row.key]
            text = d.final_text or row.default_text
            sources = []
            for role, ids in row.entries.items():
                for entry_id in ids:
                    src, entry = entry_of[entry_id]
                    item_source = {"source_id": src.id, "source": src.label, "kind": src.kind,
                                   "role": role, "entry_id": entry.id, "text": entry.text,
                                   "medication_id": entry.medication_id}
                    if src.role == "intended":
                        item_source["action"] = entry.action
                    else:
                        item_source["taking"] = entry.taking
                    sources.append(item_source)
            items.append({
                "row": row.key, "text": text, "drugs": list(row.drugs),
                "decision": d.decision, "intent": d.intent, "note": d.note,
                "status": STATUS_OF_DECISION[d.decision or "continue"],
                "row_status": row.status, "sources": sources,
                "findings": [f.id for f in row.findings], "medication_id": None,
            })

        # The safety check of the final list: what the patient will take, or has on hold.
        kept = [n for n, it in enumerate(items) if it["status"] != "stopped"]
        final_ids = {f"0:{i}": f"item:{n}" for i, n in enumerate(kept)}
        final_result = _run({"patient": patient, "lists": [{
            "role": "reconciled", "source": "reconciled list",
            "medications": [{"text": items[n]["text"]} for n in kept]}]}) if kept else {}
        parsed_final = {final_ids[m["id"]]: m for m in final_result.get("medications") or []
                        if isinstance(m, dict) and m.get("id") in final_ids}

        version = outcome.knowledge_version or str(final_result.get("knowledge_version") or "")
        saved: list[dict[str, Any]] = []
        for f in outcome.findings:
            raw = copy.deepcopy(f.raw)
            raw.update({"list": "worksheet", "knowledge_version": version})
            saved.append(raw)
        for raw in final_result.get("findings") or []:
            if not isinstance(raw, dict):
                continue
            raw = copy.deepcopy(raw)
            raw["entries"] = [final_ids[e] for e in raw.get("entries") or [] if e in final_ids]
            raw.update({"list": "reconciled", "knowledge_version": version})
            saved.append(raw)

        # The patient's current reconciled list: old rows tombstoned, the new ones written.
        medications = {m.id: m for m in s.scalars(
            select(Medication).where(Medication.id.in_(
                [src["medication_id"] for it in items for src in it["sources"]
                 if src.get("medication_id")])))}
        for old in s.scalars(select(Medication).where(
                Medication.patient_id == ws.patient_id, Medication.source == "reconciled",
                Medication.deleted_at.is_(None))):
            old.mark_deleted(now)
        new_ids = []
        for n, it in enumerate(items):
            status = it["status"]
            med = Medication(
                patient_id=ws.patient_id, source="reconciled", status=status,
                intent="plan", sig=it["text"], authored_at=now, start_at=now,
                end_at=now if status == "stopped" else None,
                encounter_id=ws.encounter_id,
                taking=None,
                **_structured(parsed_final.get(f"item:{n}")),
            )
            # An unchanged chart line keeps its coding (an RxNorm code names a strength, so a
            # changed dose must not keep it) and its prescriber and reason.
            base = next((medications.get(src["medication_id"]) for src in it["sources"]
                         if src.get("medication_id") and src["text"] == it["text"]), None)
            if base is not None:
                med.code_system, med.code = base.code_system, base.code
                med.code_display, med.codings = base.code_display, base.codings
                med.code_text = base.code_text
                med.prescriber, med.reason = base.prescriber, base.reason
            elif it["drugs"]:
                med.code_text = " + ".join(it["drugs"]).capitalize()
            s.add(med)
            s.flush()
            it["medication_id"] = med.id
            new_ids.append(med.id)

        snapshot = ReconciledListSnapshot(patient_id=ws.patient_id, worksheet_id=ws.id,
                                          taken_at=now, items=items)
        s.add(snapshot)
        ws.discrepancies = saved
        ws.status = "completed"
        ws.completed_at = now
        s.flush()
        log.info("medrec worksheet %s finalized: snapshot %s, %d items, %d findings",
                 ws.id, snapshot.id, len(items), len(saved))
        return FinalizeResult(worksheet=_full_data(s, ws), snapshot_id=snapshot.id,
                              taken_at=now, items=copy.deepcopy(items), medication_ids=new_ids)


def snapshot_items(session: Session, snapshot_id: str) -> list[dict[str, Any]]:
    snap = session.get(ReconciledListSnapshot, snapshot_id)
    if snap is None or snap.deleted_at is not None:
        raise InputError("that reconciled list was not found")
    return copy.deepcopy(snap.items or [])
