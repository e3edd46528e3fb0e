"""The med rec check's input: read and validated, with clear messages for bad input.

A request names a patient (optional) and one or more medication lists, each with a role:

- ``intended``: orders, the discharge list; each entry may carry an ``action``
  (continue | new | changed | stop | hold; default continue);
- ``actual``: what the patient really takes (interview, bottles, fills); ``taking`` defaults
  to true;
- ``reconciled``: the nurse's final list (entries may carry an ``action`` too, e.g. stop).

Errors raise :class:`CheckInputError` whose message names the field path (``lists[0].
medications[2].text``) and never echoes a value: values are patient data.

No Qt here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

__all__ = ["ROLES", "ACTIONS", "CheckInputError", "Allergy", "Patient", "ListEntry", "MedList",
           "Request", "read_request"]

ROLES = ("intended", "actual", "reconciled")
ACTIONS = ("continue", "new", "changed", "stop", "hold")
#: other spellings accepted for an action
ACTION_SYNONYMS = {
    "continued": "continue", "resume": "continue", "resumed": "continue", "start": "new",
    "started": "new", "change": "changed", "modified": "changed", "modify": "changed",
    "stopped": "stop", "discontinue": "stop", "discontinued": "stop", "held": "hold",
}
MAX_LISTS = 50
MAX_ENTRIES = 500
MAX_TEXT = 2000


class CheckInputError(ValueError):
    """The request is not valid; the message says which field and why (never its value)."""


@dataclass(frozen=True)
class Allergy:
    substance: str
    reaction: str | None = None


@dataclass(frozen=True)
class Patient:
    birth_date: dt.date | None = None
    as_of: dt.date = field(default_factory=dt.date.today)
    allergies: tuple[Allergy, ...] = ()

    def age_on_as_of(self) -> int | None:
        if self.birth_date is None:
            return None
        b, d = self.birth_date, self.as_of
        return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


@dataclass(frozen=True)
class ListEntry:
    text: str
    action: str | None = None
    taking: bool | None = None
    note: str | None = None
    purpose: str | None = None  # what it is for, when the prescriber said (printed on handouts)


@dataclass(frozen=True)
class MedList:
    role: str
    source: str
    entries: tuple[ListEntry, ...]


@dataclass(frozen=True)
class Request:
    patient: Patient
    lists: tuple[MedList, ...]

    def has_role(self, role: str) -> bool:
        return any(lst.role == role for lst in self.lists)


def _date(value: Any, where: str) -> dt.date:
    if not isinstance(value, str):
        raise CheckInputError(f"{where}: expected a date written as YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise CheckInputError(f"{where}: not a valid date; write it as YYYY-MM-DD") from None


def _opt_str(obj: dict[str, Any], key: str, where: str) -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise CheckInputError(f"{where}.{key}: expected text")
    return value.strip() or None


def _patient(value: Any, today: dt.date) -> Patient:
    if value is None:
        return Patient(as_of=today)
    if not isinstance(value, dict):
        raise CheckInputError("patient: expected an object")
    as_of = _date(value["as_of"], "patient.as_of") if value.get("as_of") is not None else today
    birth = _date(value["birth_date"], "patient.birth_date") if value.get("birth_date") is not None else None
    if birth is not None and birth > as_of:
        raise CheckInputError("patient.birth_date: is after patient.as_of")
    raw = value.get("allergies")
    if raw is None:
        raw = []
    if not isinstance(raw, list):
        raise CheckInputError("patient.allergies: expected a list")
    allergies = []
    for i, item in enumerate(raw):
        where = f"patient.allergies[{i}]"
        item, substance = _object_with_text(item, "substance", where)
        allergies.append(Allergy(substance[:200], _opt_str(item, "reaction", where)))
    return Patient(birth_date=birth, as_of=as_of, allergies=tuple(allergies))


def _object_with_text(item: Any, key: str, where: str) -> tuple[dict[str, Any], str]:
    """An object with a non-empty text ``key``; a bare string stands for that text."""
    if isinstance(item, str):
        item = {key: item}
    if not isinstance(item, dict):
        raise CheckInputError(f"{where}: expected an object with a '{key}'")
    text = item.get(key)
    if not isinstance(text, str) or not text.strip():
        raise CheckInputError(f"{where}.{key}: expected a non-empty string")
    return item, text.strip()


def _entry(item: Any, role: str, where: str) -> ListEntry:
    item, text = _object_with_text(item, "text", where)
    if len(text) > MAX_TEXT:
        raise CheckInputError(f"{where}.text: longer than {MAX_TEXT} characters")
    action = item.get("action")
    if action is not None:
        if role == "actual":
            raise CheckInputError(f"{where}.action: only intended and reconciled lists carry an action; "
                                  "an actual list says 'taking'")
        if not isinstance(action, str):
            raise CheckInputError(f"{where}.action: expected one of {', '.join(ACTIONS)}")
        key = action.strip().lower()
        key = ACTION_SYNONYMS.get(key, key)
        if key not in ACTIONS:
            raise CheckInputError(f"{where}.action: expected one of {', '.join(ACTIONS)}")
        action = key
    taking = item.get("taking")
    if taking is not None:
        if not isinstance(taking, bool):
            raise CheckInputError(f"{where}.taking: expected true or false")
        if role == "intended":
            raise CheckInputError(f"{where}.taking: only actual and reconciled lists say 'taking'; "
                                  "an intended list carries an 'action'")
    if role == "intended" and action is None:
        action = "continue"
    if role == "actual" and taking is None:
        taking = True
    return ListEntry(text=text, action=action, taking=taking, note=_opt_str(item, "note", where),
                     purpose=_opt_str(item, "purpose", where))


def read_request(data: Any, today: dt.date | None = None) -> Request:
    """Validate ``data`` (parsed JSON) into a :class:`Request`; raise :class:`CheckInputError`."""
    today = today or dt.date.today()
    if not isinstance(data, dict):
        raise CheckInputError("the input must be a JSON object with 'lists'")
    patient = _patient(data.get("patient"), today)
    raw_lists = data.get("lists")
    if not isinstance(raw_lists, list) or not raw_lists:
        raise CheckInputError("lists: expected a non-empty list of medication lists")
    if len(raw_lists) > MAX_LISTS:
        raise CheckInputError(f"lists: more than {MAX_LISTS} lists")
    lists = []
    total = 0
    for i, raw in enumerate(raw_lists):
        where = f"lists[{i}]"
        if not isinstance(raw, dict):
            raise CheckInputError(f"{where}: expected an object with 'role' and 'medications'")
        role = raw.get("role")
        if not isinstance(role, str) or role.strip().lower() not in ROLES:
            raise CheckInputError(f"{where}.role: expected one of {', '.join(ROLES)}")
        role = role.strip().lower()
        source = _opt_str(raw, "source", where) or f"{role} list"
        meds = raw.get("medications")
        if meds is None:
            meds = []
        if not isinstance(meds, list):
            raise CheckInputError(f"{where}.medications: expected a list")
        total += len(meds)
        if total > MAX_ENTRIES:
            raise CheckInputError(f"lists: more than {MAX_ENTRIES} medications in all")
        entries = tuple(_entry(m, role, f"{where}.medications[{j}]") for j, m in enumerate(meds))
        lists.append(MedList(role=role, source=source[:200], entries=entries))
    return Request(patient=patient, lists=tuple(lists))
