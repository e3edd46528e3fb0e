"""FHIR R4 import: Bundles (or lone resources) from JSON files into the store.

One transaction per bundle (``with store.write(actor) as s: import_bundle(s, ...)``), so a
bundle is imported whole or not at all. Inside a bundle, a malformed resource is skipped with
a reason naming its type, id and the field path (never the value) and the rest imports.

Re-importing updates instead of duplicating: rows are matched on ``fhir_id`` per table
(preloaded in one query per table), and a field is only assigned when its value differs, so an
identical re-import changes nothing (no version bump, no audit entry).

Counts per kind are created + updated; ``updated`` counts every resource matched to an
existing row, ``unchanged`` those of them that had no differences.
"""

from __future__ import annotations

import json
import logging
import re
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, null, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, selectinload

from app.fhir import mappers
from app.fhir.common import MappingError, cc_label, check_cc, get_obj, get_str, human_name
from app.models.base import Actor, new_id
from app.models.entities import (
    Allergy,
    CarePlan,
    Condition,
    Encounter,
    Goal,
    Immunization,
    Medication,
    Observation,
    Patient,
    PatientContact,
    PatientIdentifier,
    Procedure,
)
from app.models.errors import InputError

log = logging.getLogger(__name__)

KINDS = ("patients", "medications", "conditions", "allergies", "encounters", "observations",
         "immunizations", "procedures", "care_plans", "goals")

# resourceType -> (model, count key), in import order: patients first, then encounters and
# conditions (linked to by others), care plans before the goals they list.
TYPES: dict[str, tuple[type[Any], str]] = {
    "Patient": (Patient, "patients"),
    "Encounter": (Encounter, "encounters"),
    "Condition": (Condition, "conditions"),
    "AllergyIntolerance": (Allergy, "allergies"),
    "MedicationRequest": (Medication, "medications"),
    "MedicationStatement": (Medication, "medications"),
    "Observation": (Observation, "observations"),
    "Immunization": (Immunization, "immunizations"),
    "Procedure": (Procedure, "procedures"),
    "CarePlan": (CarePlan, "care_plans"),
    "Goal": (Goal, "goals"),
}

# Looked up at call time (tests replace entries).
MAPPERS: dict[str, Callable[[dict[str, Any], BundleContext], dict[str, Any]]] = {
    "Patient": mappers.map_patient,
    "Encounter": mappers.map_encounter,
    "Condition": mappers.map_condition,
    "AllergyIntolerance": mappers.map_allergy,
    "MedicationRequest": mappers.map_medication_request,
    "MedicationStatement": mappers.map_medication_statement,
    "Observation": mappers.map_observation,
    "Immunization": mappers.map_immunization,
    "Procedure": mappers.map_procedure,
    "CarePlan": mappers.map_care_plan,
    "Goal": mappers.map_goal,
}

BUNDLE_TYPES = frozenset({"transaction", "batch", "collection", "searchset", "document"})
_ID_RE = re.compile(r"[A-Za-z0-9\-.]{1,64}")
# Data of an unexpected shape that slipped past the readers: the resource is skipped.
_SHAPE_ERRORS = (TypeError, ValueError, KeyError, AttributeError, IndexError)
_PRELOAD_CHUNK = 500


class BundleError(InputError):
    """The file as a whole cannot be imported (the message holds no patient data)."""


class _Skip(Exception):
    """This resource is left out, for a reason that is not about one field."""


@dataclass
class Skipped:
    file: str
    resource_type: str | None
    resource_id: str | None
    reason: str


@dataclass
class ImportSummary:
    files: int = 0
    bundles_imported: int = 0
    bundles_failed: int = 0
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    created: int = 0
    updated: int = 0  # matched an existing row (including the unchanged ones)
    unchanged: int = 0  # matched, and nothing differed
    ignored: dict[str, int] = field(default_factory=dict)  # resource types not imported
    skipped: list[Skipped] = field(default_factory=list)
    seconds: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "files": self.files,
            "bundles_imported": self.bundles_imported,
            "bundles_failed": self.bundles_failed,
            "counts": {**self.counts, "ignored": dict(sorted(self.ignored.items()))},
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "skipped": [asdict(s) for s in self.skipped],
            "seconds": round(self.seconds, 3),
        }

    def _add(self, counts: dict[str, int]) -> None:
        for key, n in counts.items():
            if key.startswith("ignored:"):
                rtype = key.split(":", 1)[1]
                self.ignored[rtype] = self.ignored.get(rtype, 0) + n
            elif key in ("created", "updated", "unchanged"):
                setattr(self, key, getattr(self, key) + n)
            elif key != "ignored":
                self.counts[key] = self.counts.get(key, 0) + n


# -- the bundle context (what mappers ask about references) -------------------------------------

_NAMED = ("Practitioner", "Patient", "RelatedPerson", "Person")


class BundleContext:
    """Indexes of one bundle plus the rows preloaded for it; resolves references."""

    def __init__(self, session: Session, file_label: str) -> None:
        self.session = session
        self.file_label = file_label
        self.by_url: dict[str, dict[str, Any]] = {}
        self.by_tid: dict[tuple[str, str], dict[str, Any]] = {}
        self.fid_by_obj: dict[int, str] = {}
        self.rows: dict[type[Any], dict[str, Any]] = {}
        self.failed_patients: set[str] = set()
        self.goal_plan: dict[str, str] = {}  # Goal fhir id -> CarePlan row id
        self.current_fid: str | None = None
        self._displays: dict[str, str | None] = {}

    # references ---------------------------------------------------------------------------
    @staticmethod
    def _split(ref: str) -> tuple[str, str] | None:
        parts = ref.split("/")
        if "_history" in parts:
            parts = parts[:parts.index("_history")]
        if len(parts) >= 2 and parts[-2] and parts[-1]:
            return parts[-2], parts[-1]
        return None

    def resolve(self, ref: str) -> dict[str, Any] | None:
        """The resource of the bundle a reference string points at (fullUrl or Type/id)."""
        target = self.by_url.get(ref)
        if target is None and not ref.startswith(("urn:", "#")):
            tid = self._split(ref)
            if tid is not None:
                target = self.by_tid.get(tid)
        return target

    def ref_fid(self, ref: Any, rtype: str, where: str) -> str | None:
        """The FHIR id a Reference points at, if it is (or may be) a ``rtype``."""
        if ref is None:
            return None
        if not isinstance(ref, dict):
            raise MappingError(where, "is not an object")
        target = ref.get("reference")
        if target is None:
            return None
        if not isinstance(target, str):
            raise MappingError(where + ".reference", "is not a string")
        res = self.by_url.get(target)
        if res is not None:
            return self.fid_by_obj.get(id(res)) if res.get("resourceType") == rtype else None
        if target.startswith("urn:uuid:"):
            return target[9:] or None
        if target.startswith(("urn:", "#")):
            return None
        tid = self._split(target)
        if tid is not None and tid[0] == rtype:
            return tid[1]
        return None

    def patient_of(self, res: dict[str, Any], key: str) -> str:
        ref = get_obj(res, key)
        if ref is None:
            raise MappingError(key, "is missing")
        fid = self.ref_fid(ref, "Patient", key)
        if fid is None:
            if ref.get("reference") is None:
                raise MappingError(key, "has no reference to a Patient")
            raise MappingError(key, "does not refer to a Patient")
        row = self.rows[Patient].get(fid)
        if row is None:
            if fid in self.failed_patients:
                raise MappingError(key, "refers to a Patient that could not be imported")
            raise MappingError(key, "refers to a patient that is in neither the file nor Hearth")
        if row.deleted_at is not None:
            raise MappingError(key, "refers to a patient deleted in Hearth")
        return row.id

    def _linked(self, model: type[Any], fid: str | None, patient_id: str) -> str | None:
        row = self.rows[model].get(fid) if fid else None
        return row.id if row is not None and row.patient_id == patient_id else None

    def encounter_of(self, res: dict[str, Any], key: str, patient_id: str) -> str | None:
        return self._linked(Encounter, self.ref_fid(get_obj(res, key), "Encounter", key),
                            patient_id)

    def condition_row_id(self, ref: Any, where: str, patient_id: str) -> str | None:
        return self._linked(Condition, self.ref_fid(ref, "Condition", where), patient_id)

    def ref_display(self, ref: Any, where: str) -> str | None:
        """A Reference as a person reads it: its display, else the name (or code text) of
        the resource it points at, in the bundle or (for conditions) already in Hearth."""
        if ref is None:
            return None
        if not isinstance(ref, dict):
            raise MappingError(where, "is not an object")
        display = get_str(ref, "display", where + ".")
        if display:
            return display
        target = get_str(ref, "reference", where + ".")
        if not target:
            return None
        if target in self._displays:
            return self._displays[target]
        res = self.resolve(target)
        name = self._name_of(res, 0) if res is not None else None
        if name is None and res is None:
            row = self.rows.get(Condition, {}).get(self.ref_fid(ref, "Condition", where) or "")
            name = (row.label or None) if row is not None else None
        self._displays[target] = name
        return name

    def _name_of(self, res: dict[str, Any], depth: int) -> str | None:
        """Best-effort label of a referenced resource; its own defects are not this one's."""
        try:
            rtype = res.get("resourceType")
            if rtype in _NAMED:
                names = res.get("name")
                if isinstance(names, list) and names and isinstance(names[0], dict):
                    return human_name(names[0], f"{rtype}.name[0]")
            elif rtype in ("Organization", "Location", "HealthcareService"):
                name = res.get("name")
                return name if isinstance(name, str) and name else None
            elif rtype == "PractitionerRole" and depth == 0:
                for key in ("practitioner", "organization"):
                    ref = res.get(key)
                    if isinstance(ref, dict):
                        if isinstance(ref.get("display"), str) and ref["display"]:
                            return ref["display"]
                        if isinstance(ref.get("reference"), str):
                            inner = self.resolve(ref["reference"])
                            if inner is not None:
                                return self._name_of(inner, depth + 1)
            elif rtype in ("Condition", "Observation", "Medication", "Procedure"):
                code = res.get("code")
                if isinstance(code, dict):
                    check_cc(code, "code")
                    return cc_label(code)
        except MappingError:
            return None
        return None

    # writing ------------------------------------------------------------------------------
    def upsert(self, rtype: str, model: type[Any], fid: str, values: dict[str, Any]) -> str:
        extras = {k: values.pop(k) for k in [k for k in values if k[0] == "_"]}
        rows = self.rows[model]
        row = rows.get(fid)
        if model is Patient:
            return self._upsert_patient(row, fid, values, extras)
        if row is None:
            row = _new_row(model, {"fhir_id": fid, **values})
            self.session.add(row)
            rows[fid] = row
            status = "created"
        else:
            if row.deleted_at is not None:
                raise _Skip("was deleted in Hearth; it was left deleted")
            if row.patient_id != values["patient_id"]:
                raise _Skip("is already in Hearth for another patient; it was left unchanged")
            status = "updated" if _apply(row, values) else "unchanged"
        for goal_fid in extras.get("_goals", ()):
            self.goal_plan.setdefault(goal_fid, row.id)
        return status

    def _upsert_patient(self, row: Patient | None, fid: str, values: dict[str, Any],
                        extras: dict[str, Any]) -> str:
        idents = _unique_identifiers(extras["_identifiers"])
        contacts = extras["_contacts"]
        if row is None:
            row = _new_row(Patient, {"given_name": "", "family_name": "", "fhir_id": fid,
                                     **values})
            row.identifiers = [_new_row(PatientIdentifier, i) for i in idents]
            row.contacts = [_new_row(PatientContact, c) for c in _unique_contacts(contacts)]
            self.session.add(row)
            self.rows[Patient][fid] = row
            return "created"
        if row.deleted_at is not None:
            raise _Skip("was deleted in Hearth; it was left deleted")
        # The source's silence is not a deletion: a missing value keeps what Hearth has
        # (the nurse may have filled it in).
        changed = False
        for key, value in values.items():
            if value is None:
                continue
            if key == "extra":
                value = {**(row.extra or {}), **value}
            if getattr(row, key) != value:
                setattr(row, key, value)
                changed = True
        if idents:
            changed |= _sync_identifiers(row, idents)
        changed |= _sync_contacts(row, contacts)
        return "updated" if changed else "unchanged"


def _json_keys(model: type[Any]) -> frozenset[str]:
    keys = _JSON_KEYS.get(model)
    if keys is None:
        keys = _JSON_KEYS[model] = frozenset(
            attr.key for attr in model.__mapper__.column_attrs
            if isinstance(attr.columns[0].type, JSON))
    return keys


_JSON_KEYS: dict[type[Any], frozenset[str]] = {}


def _new_row(model: type[Any], values: dict[str, Any]) -> Any:
    # None values are left out: a JSON column given None would store JSON 'null' rather than
    # SQL NULL, unlike rows made elsewhere in Hearth.
    return model(id=new_id(), **{k: v for k, v in values.items() if v is not None})


def _apply(row: Any, values: dict[str, Any]) -> bool:
    changed = False
    json_keys = _json_keys(type(row))
    for key, value in values.items():
        if getattr(row, key) != value:
            setattr(row, key, null() if value is None and key in json_keys else value)
            changed = True
    return changed


def _unique_identifiers(idents: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: set[tuple[Any, Any]] = set()
    out = []
    for ident in idents:
        key = (ident["system"], ident["value"])
        if key not in seen:
            seen.add(key)
            out.append(ident)
    return out


def _unique_contacts(contacts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: set[str] = set()
    out = []
    for contact in contacts:
        key = contact["name"].casefold()
        if key not in seen:
            seen.add(key)
            out.append(contact)
    return out


def _sync_identifiers(row: Patient, idents: list[dict[str, Any]]) -> bool:
    """The source owns a patient's identifiers: add new ones, update types, tombstone the
    ones it no longer sends."""
    current = {(i.system, i.value): i for i in row.identifiers if i.deleted_at is None}
    changed = False
    wanted = set()
    for ident in idents:
        key = (ident["system"], ident["value"])
        wanted.add(key)
        cur = current.get(key)
        if cur is None:
            row.identifiers.append(_new_row(PatientIdentifier, ident))
            changed = True
        else:
            changed |= _apply(cur, {"type_code": ident["type_code"],
                                    "type_text": ident["type_text"]})
    for key, cur in current.items():
        if key not in wanted:
            cur.mark_deleted()
            changed = True
    return changed


def _sync_contacts(row: Patient, contacts: list[dict[str, Any]]) -> bool:
    """Contacts are the nurse's as much as the source's: add and update by name, never
    remove."""
    current = {c.name.casefold(): c for c in row.contacts if c.deleted_at is None}
    changed = False
    for contact in _unique_contacts(contacts):
        cur = current.get(contact["name"].casefold())
        if cur is None:
            row.contacts.append(_new_row(PatientContact, contact))
            changed = True
        else:
            changed |= _apply(cur, {k: v for k, v in contact.items()
                                    if v is not None and k != "is_emergency"})
    return changed


# -- one bundle ----------------------------------------------------------------------------------

def _entries(bundle: Any) -> list[Any]:
    if not isinstance(bundle, dict) or not isinstance(bundle.get("resourceType"), str):
        raise BundleError("it is not a FHIR Bundle or resource")
    if bundle["resourceType"] != "Bundle":
        return [{"resource": bundle}]
    if bundle.get("type") not in BUNDLE_TYPES:
        raise BundleError("its Bundle type is not one Hearth imports "
                          "(transaction, batch, collection, searchset or document)")
    entries = bundle.get("entry", [])
    if not isinstance(entries, list):
        raise BundleError("its Bundle.entry is not a list")
    return entries


def _preload(session: Session, model: type[Any], fids: Iterable[str]) -> dict[str, Any]:
    ids = sorted(fids)
    out: dict[str, Any] = {}
    for start in range(0, len(ids), _PRELOAD_CHUNK):
        stmt = select(model).where(model.fhir_id.in_(ids[start:start + _PRELOAD_CHUNK]))
        if model is Patient:
            stmt = stmt.options(selectinload(Patient.identifiers),
                                selectinload(Patient.contacts))
        for row in session.scalars(stmt):
            out[row.fhir_id] = row
    return out


_PATIENT_KEYS = ("subject", "patient")
_FLUSH_AFTER = frozenset({"Patient", "Encounter", "CarePlan"})
_ENCOUNTER_KEYS = ("encounter", "context")
_CONDITION_LIST_KEYS = ("addresses", "reasonReference")


def import_bundle(session: Session, bundle: dict[str, Any], *,
                  file_label: str) -> tuple[dict[str, int], list[Skipped]]:
    """Import one Bundle (or one lone resource) in the caller's transaction; no commit.

    Returns counts (the kinds in :data:`KINDS`, ``created``, ``updated``, ``unchanged``,
    ``ignored`` and ``ignored:<ResourceType>``) and the skipped resources. Raises
    :class:`BundleError` when the bundle as a whole cannot be imported; the caller then rolls
    back."""
    entries = _entries(bundle)
    ctx = BundleContext(session, file_label)
    counts: dict[str, int] = dict.fromkeys(KINDS, 0)
    counts.update(created=0, updated=0, unchanged=0, ignored=0)
    skipped: list[Skipped] = []
    ignored: Counter[str] = Counter()
    by_type: dict[str, list[tuple[dict[str, Any], str]]] = {t: [] for t in TYPES}

    def skip(rtype: str | None, fid: str | None, reason: str) -> None:
        skipped.append(Skipped(file_label, rtype, fid, reason))

    for i, entry in enumerate(entries):
        if not isinstance(entry, dict):
            skip(None, None, f"entry {i} is not an object")
            continue
        res = entry.get("resource")
        if res is None:
            continue  # e.g. a DELETE in a transaction
        if not isinstance(res, dict) or not isinstance(res.get("resourceType"), str):
            skip(None, None, f"entry {i}: its resource has no resourceType")
            continue
        rtype = res["resourceType"]
        full_url = entry.get("fullUrl")
        rid = res.get("id")
        fid = None
        if isinstance(rid, str) and _ID_RE.fullmatch(rid):
            fid = rid
        elif rid is None and isinstance(full_url, str) and full_url.startswith("urn:uuid:") \
                and _ID_RE.fullmatch(full_url[9:]):
            fid = full_url[9:]
        if isinstance(full_url, str) and full_url:
            ctx.by_url[full_url] = res
        if fid is not None:
            ctx.by_tid[(rtype, fid)] = res
            ctx.fid_by_obj[id(res)] = fid
        if rtype not in TYPES:
            ignored[rtype] += 1
        elif fid is None:
            problem = "has no id" if rid is None else "id is not a valid FHIR id"
            skip(rtype, None, f"{rtype} (entry {i}): {problem}, so it cannot be matched "
                              "on a later import")
        else:
            by_type[rtype].append((res, fid))

    # Preload, one query per table: the rows of the bundle's resources and of what they
    # refer to (patients, encounters and conditions already in Hearth).
    wanted: dict[type[Any], set[str]] = {model: set() for model, _ in TYPES.values()}
    for rtype, items in by_type.items():
        model = TYPES[rtype][0]
        for res, fid in items:
            wanted[model].add(fid)
            try:
                for key in _PATIENT_KEYS:
                    if key in res:
                        ref = ctx.ref_fid(res[key], "Patient", key)
                        if ref:
                            wanted[Patient].add(ref)
                for key in _ENCOUNTER_KEYS:
                    if key in res:
                        ref = ctx.ref_fid(res[key], "Encounter", key)
                        if ref:
                            wanted[Encounter].add(ref)
                for key in _CONDITION_LIST_KEYS:
                    refs = res.get(key)
                    if isinstance(refs, list):
                        for item in refs:
                            ref = ctx.ref_fid(item, "Condition", key)
                            if ref:
                                wanted[Condition].add(ref)
            except MappingError:
                pass  # reported when the resource itself is mapped
    with session.no_autoflush:
        for model, fids in wanted.items():
            ctx.rows[model] = _preload(session, model, fids) if fids else {}

        seen: set[tuple[type[Any], str]] = set()
        patient_fids = {fid for _, fid in by_type["Patient"]}
        for rtype, (model, kind) in TYPES.items():
            mapper = MAPPERS[rtype]
            for res, fid in by_type[rtype]:
                ctx.current_fid = fid
                reason = None
                if (model, fid) in seen:
                    reason = "appears more than once in the file; the first was imported"
                else:
                    seen.add((model, fid))
                    try:
                        status = ctx.upsert(rtype, model, fid, mapper(res, ctx))
                    except (MappingError, _Skip) as exc:
                        reason = str(exc)
                    except _SHAPE_ERRORS as exc:
                        reason = f"has an unexpected structure ({type(exc).__name__})"
                    else:
                        counts[kind] += 1
                        counts[status] += 1
                        if status == "unchanged":
                            counts["updated"] += 1
                if reason is not None:
                    skip(rtype, fid, f"{rtype} {fid}: {reason}")
                    if rtype == "Patient":
                        ctx.failed_patients.add(fid)
            if rtype == "Patient":
                _check_has_patient(ctx, patient_fids, wanted[Patient], skipped)
            if rtype in _FLUSH_AFTER:
                # Rows are linked by plain foreign keys (no ORM relationships), so the unit of
                # work does not order their inserts: write the targets first.
                session.flush()
        ctx.current_fid = None
        session.flush()
    for rtype, n in ignored.items():
        counts[f"ignored:{rtype}"] = n
    counts["ignored"] = sum(ignored.values())
    return counts, skipped


def _check_has_patient(ctx: BundleContext, in_bundle: set[str], referenced: set[str],
                       skipped: list[Skipped]) -> None:
    rows = ctx.rows[Patient]
    imported = any(fid not in ctx.failed_patients for fid in in_bundle)
    known = any(rows[fid].deleted_at is None for fid in referenced - in_bundle if fid in rows)
    if imported or known:
        return
    if in_bundle:
        first = next(s.reason for s in skipped if s.resource_type == "Patient")
        raise BundleError(f"its Patient could not be imported ({first})")
    raise BundleError("it has no Patient, and refers to no patient already in Hearth")


# -- files ------------------------------------------------------------------------------------

def _expand(paths: Iterable[Path | str]) -> list[tuple[Path, bool]]:
    out: list[tuple[Path, bool]] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*.json")
                           if p.is_file() and not any(part.startswith(".")
                                                      for part in p.relative_to(path).parts))
            out += [(p, True) for p in found]
        else:
            out.append((path, path.is_file()))
    return out


def read_bundle_file(path: Path) -> Any:
    try:
        data = path.read_bytes()
    except OSError:
        raise BundleError("the file cannot be read") from None
    try:
        return json.loads(data)
    except (ValueError, RecursionError):
        raise BundleError("it is not valid JSON") from None


def import_paths(store: Any, paths: list[Path | str], *, actor: Actor | None = None,
                 progress: Callable[[int, int], None] | None = None) -> ImportSummary:
    """Import every file (folders: every ``*.json`` inside, recursively, sorted), one
    transaction per bundle."""
    started = time.perf_counter()
    summary = ImportSummary()
    files = _expand(paths)
    total = len(files)
    if progress is not None:
        progress(0, total)
    for n, (path, exists) in enumerate(files, 1):
        summary.files += 1
        label = path.name
        try:
            if not exists:
                raise BundleError("the file was not found")
            bundle = read_bundle_file(path)
            with store.write(actor) as session:
                counts, skipped = import_bundle(session, bundle, file_label=label)
        except BundleError as exc:
            _failed(summary, label, str(exc))
        except SQLAlchemyError as exc:
            _failed(summary, label, f"a database error ({type(exc).__name__}) stopped it", exc)
        except Exception as exc:  # noqa: BLE001 - reported, never half-imported
            _failed(summary, label, f"an unexpected error ({type(exc).__name__}) stopped it",
                    exc)
        else:
            summary.bundles_imported += 1
            summary._add(counts)
            summary.skipped += skipped
        if progress is not None:
            progress(n, total)
    summary.seconds = time.perf_counter() - started
    log.info("FHIR import: %d files, %d imported, %d failed, %d created, %d updated, "
             "%d skipped resources in %.1f s", summary.files, summary.bundles_imported,
             summary.bundles_failed, summary.created, summary.updated, len(summary.skipped),
             summary.seconds)
    return summary


def _failed(summary: ImportSummary, label: str, reason: str,
            exc: BaseException | None = None) -> None:
    summary.bundles_failed += 1
    summary.skipped.append(Skipped(label, None, None,
                                   f"{reason}; nothing from this file was imported"))
    if exc is not None:
        # Where, not what: exception texts may quote patient values (SQL parameters).
        frames = [f for f in traceback.extract_tb(exc.__traceback__)
                  if "/app/" in f.filename.replace("\\", "/")] or \
            traceback.extract_tb(exc.__traceback__)
        where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"
        log.error("FHIR import of a file failed: %s at %s", type(exc).__name__, where)
