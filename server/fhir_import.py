"""``hearth-server import``: FHIR R4 bundles into server records, through the client's importer.

No FHIR mapping lives here. Each bundle is imported by :func:`app.fhir.importer.import_bundle`
into a throwaway in-memory SQLite database with the client's tables; the server records of the
bundle's patients are loaded into it first, so a re-import updates instead of duplicating.
The rows that differ afterwards are written as server records (one transaction per bundle:
a bad bundle is never half-imported).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from server import sync
from server.db import Record, check_schema, make_engine, write_session

IMPORT_USER = "import"


@dataclass
class FileResult:
    file: str
    ok: bool
    created: int = 0
    updated: int = 0
    skipped: list[str] = field(default_factory=list)
    error: str | None = None
    patients: list[str] = field(default_factory=list)  # record ids of the bundle's patients


def _models() -> dict[str, type[Any]]:
    from app.models.entities import SYNCED_MODELS

    return {m.__table__.name: m for m in SYNCED_MODELS}


def _to_python(kind: str, value: Any) -> Any:
    if value is None or not isinstance(value, str):
        return value
    if kind == "date":
        return dt.date.fromisoformat(value)
    if kind == "datetime":
        out = dt.datetime.fromisoformat(value)
        return out if out.tzinfo else out.replace(tzinfo=dt.timezone.utc)
    return value


def _to_json(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        # the client's canonical spelling: UTC, microseconds, "Z"
        return value.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def row_data(obj: Any) -> dict[str, Any]:
    """A client row as record data: its columns (not the bookkeeping ones) as JSON."""
    mapper = type(obj).__mapper__
    out = {}
    for col in type(obj).__table__.columns:
        if col.name in sync.BOOKKEEPING or col.name == "id":
            continue
        out[col.name] = _to_json(getattr(obj, mapper.get_property_by_column(col).key))
    return out


def _new_obj(model: type[Any], rid: str, data: dict[str, Any]) -> Any:
    spec = sync.ENTITIES[model.__table__.name]
    mapper = model.__mapper__
    kwargs: dict[str, Any] = {"id": rid}
    for col in model.__table__.columns:
        if col.name in data and col.name in spec and col.name != "id":
            kwargs[mapper.get_property_by_column(col).key] = _to_python(spec[col.name].kind,
                                                                        data[col.name])
    return model(**kwargs)


def _patient_refs(bundle: Any) -> set[str]:
    """FHIR ids of the patients a bundle holds or refers to."""
    out: set[str] = set()
    entries = bundle.get("entry") if isinstance(bundle, dict) else None
    if isinstance(bundle, dict) and bundle.get("resourceType") != "Bundle":
        entries = [{"resource": bundle}]
    for entry in entries if isinstance(entries, list) else []:
        res = entry.get("resource") if isinstance(entry, dict) else None
        if not isinstance(res, dict):
            continue
        if res.get("resourceType") == "Patient" and isinstance(res.get("id"), str):
            out.add(res["id"])
        if isinstance(entry.get("fullUrl"), str) and res.get("resourceType") == "Patient" \
                and entry["fullUrl"].startswith("urn:uuid:"):
            out.add(entry["fullUrl"][9:])
        for key in ("subject", "patient"):
            ref = res.get(key)
            target = ref.get("reference") if isinstance(ref, dict) else None
            if isinstance(target, str):
                tail = target[9:] if target.startswith("urn:uuid:") else target.split("/")[-1]
                if tail:
                    out.add(tail)
    return out


def import_file(engine: Any, path: Path) -> FileResult:
    from app.fhir.importer import BundleError, import_bundle, read_bundle_file
    from app.models.base import Base as ClientBase

    result = FileResult(file=path.name, ok=False)
    try:
        if not path.is_file():
            raise BundleError("the file was not found")
        bundle = read_bundle_file(path)
        models = _models()
        scratch = create_engine("sqlite://")
        try:
            ClientBase.metadata.create_all(scratch)
            with write_session(engine) as server, Session(scratch) as local:
                # The server's records of these patients, so the importer matches them.
                fids = _patient_refs(bundle)
                pids = list(server.scalars(select(Record.id).where(
                    Record.entity == "patients", Record.fhir_id.in_(fids)))) if fids else []
                before: dict[tuple[str, str], dict[str, Any]] = {}
                if pids:
                    recs = server.scalars(select(Record).where(Record.patient_id.in_(pids)))
                    for rec in recs:
                        model = models.get(rec.entity)
                        if model is None:
                            continue
                        local.add(_new_obj(model, rec.id, rec.data))
                        before[(rec.entity, rec.id)] = rec.data
                    local.flush()
                counts, skipped = import_bundle(local, bundle, file_label=path.name)
                local.flush()
                objs = [obj for model in models.values()
                        for obj in local.scalars(select(model))]
                for obj in objs:
                    entity = type(obj).__table__.name
                    data = row_data(obj)
                    old = before.get((entity, obj.id))
                    spec = sync.ENTITIES[entity]
                    if old is not None and all(sync.same(spec.get(k), old.get(k, sync.MISSING), v)
                                               for k, v in data.items()):
                        continue
                    sync.write_record(server, entity, obj.id, data, by=IMPORT_USER,
                                      device=sync.SERVER_DEVICE)
                    if old is None:
                        result.created += 1
                    else:
                        result.updated += 1
                result.skipped = [s.reason for s in skipped]
                result.patients = sorted(o.id for o in objs if type(o).__table__.name
                                         == "patients")
            result.ok = True  # committed
        finally:
            scratch.dispose()
    except BundleError as exc:
        result.error = str(exc)
    except Exception as exc:  # noqa: BLE001 - reported; the transaction rolled back
        result.error = f"an unexpected error ({type(exc).__name__}) stopped it"
    return result


def import_paths(url: str, paths: list[str]) -> list[FileResult]:
    engine = make_engine(url)
    try:
        check_schema(engine)
        files: list[Path] = []
        for raw in paths:
            p = Path(raw)
            files += sorted(p.rglob("*.json")) if p.is_dir() else [p]
        return [import_file(engine, f) for f in files]
    finally:
        engine.dispose()
