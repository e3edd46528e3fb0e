"""Small helpers shared by the care-coordination services (one copy each instead of one per
module): times, the patient a write is for, the knowledge files under
``resources/coordination`` and blood-pressure panel components.

No Qt here.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from app.models.base import utcnow
from app.models.entities import Patient
from app.models.errors import InputError

__all__ = ["SYSTOLIC", "DIASTOLIC", "aware_now", "aware_utc", "check_time", "live_patient",
           "read_json", "read_knowledge_file", "bp_from_components", "LANGS", "spanish_of",
           "in_language"]

SYSTOLIC = "8480-6"   # LOINC systolic blood pressure
DIASTOLIC = "8462-4"  # LOINC diastolic blood pressure
_VERSION = re.compile(r"\d{4}\.\d+\.\d+")
LANGS = ("en", "es")  # the UI languages the knowledge files' texts are written in


# -- texts in the UI language ----------------------------------------------------------------------
def spanish_of(raw: dict[str, Any], key: str) -> str | None:
    """The Spanish beside a data file's English text: ``raw[key + "_es"]``, stripped; None when
    it is missing, empty or not a string (the loaders refuse such a file)."""
    value = raw.get(f"{key}_es")
    return value.strip() or None if isinstance(value, str) else None


def in_language(english: str, spanish: str | None, lang: str) -> str:
    """The text for the UI language the view passes (``"en"`` | ``"es"``); English otherwise."""
    return spanish if lang == "es" and spanish else english


# -- times -----------------------------------------------------------------------------------------
def aware_now(now: dt.datetime | None) -> dt.datetime:
    """``now`` as given (it must be timezone-aware), or the current UTC time. A naive time is a
    programming error (ValueError), not the user's input."""
    if now is None:
        return utcnow()
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("naive datetime refused: give a timezone-aware time")
    return now


def aware_utc(when: dt.datetime | None, what: str) -> dt.datetime:
    """A time given by the nurse (``what`` names it in the message), as aware UTC; the current
    UTC time when None; InputError when it is not a datetime or has no time zone."""
    if when is None:
        return utcnow()
    if not isinstance(when, dt.datetime) or when.tzinfo is None or when.utcoffset() is None:
        raise InputError(f"the {what} needs a date, a time and a time zone")
    return when.astimezone(dt.timezone.utc)


def check_time(value: dt.datetime | None, what: str, *,
               required: bool = False) -> dt.datetime | None:
    """An optional time given by the nurse, as aware UTC (None stays None unless
    ``required``); a clear InputError otherwise."""
    if value is None:
        if required:
            raise InputError(f"the {what} is missing")
        return None
    if not isinstance(value, dt.datetime):
        raise InputError(f"the {what} must be a date and time")
    if value.tzinfo is None or value.utcoffset() is None:
        raise InputError(f"the {what} has no time zone; give a local or UTC time")
    return value.astimezone(dt.UTC)


# -- the patient -----------------------------------------------------------------------------------
def live_patient(session: Session, patient_id: str | None) -> Patient:
    """The patient, unless missing or deleted (InputError)."""
    patient = session.get(Patient, patient_id) if patient_id else None
    if patient is None or patient.deleted_at is not None:
        raise InputError("that patient is not in this store; choose a patient from the list")
    return patient


# -- knowledge files -------------------------------------------------------------------------------
def read_json(path: Path, error_cls: type[Exception]) -> Any:
    """A JSON file's contents; ``error_cls`` "<name>: missing" when the file is not there,
    "<name>: cannot be read (<exception type>)" when it cannot be read or parsed."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise error_cls(f"{path.name}: missing") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise error_cls(f"{path.name}: cannot be read ({type(exc).__name__})") from None


def read_knowledge_file(path: Path, error_cls: type[Exception], *,
                        sources_required: bool = True) -> dict[str, Any]:
    """A knowledge file's JSON, with its ``version`` checked (it must look like '2026.11.1')
    and, when ``sources_required``, its ``sources`` (a non-empty mapping of source ids to
    citations). Problems raise ``error_cls`` with a message naming the file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise error_cls(f"{path.name}: cannot be read as JSON") from exc
    version = data.get("version")
    if not isinstance(version, str) or not _VERSION.fullmatch(version):
        raise error_cls(f"{path.name}: 'version' must look like '2026.11.1'")
    if sources_required:
        sources = data.get("sources")
        if not isinstance(sources, dict) or not sources:
            raise error_cls(f"{path.name}: 'sources' must map source ids to citations")
    return data


# -- blood pressure --------------------------------------------------------------------------------
def bp_from_components(components: Any) -> tuple[float | None, float | None]:
    """(systolic, diastolic) from a BP panel's ``components`` ([{code, value, ...}]); a part
    that is missing or not a number is None."""
    sbp = dbp = None
    for comp in components or ():
        if not isinstance(comp, dict):
            continue
        value = comp.get("value")
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            continue
        if comp.get("code") == SYSTOLIC:
            sbp = float(value)
        elif comp.get("code") == DIASTOLIC:
            dbp = float(value)
    return sbp, dbp
