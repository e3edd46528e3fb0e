"""Small, strict readers over FHIR R4 JSON (plain dicts from ``json.load``).

Every reader checks the JSON type of what it reads and raises :class:`MappingError` naming the
*field path* and the problem, never the offending value: error texts end up in import reports
and logs, and a value may be a name, a birth date or an identifier.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from typing import Any

UTC = dt.timezone.utc

# Code systems (beside the ones in app.models.base).
V2_0203 = "http://terminology.hl7.org/CodeSystem/v2-0203"
V2_0131 = "http://terminology.hl7.org/CodeSystem/v2-0131"
V3_ACTCODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
V3_MARITAL = "http://terminology.hl7.org/CodeSystem/v3-MaritalStatus"
V3_INTERPRETATION = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
OBS_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
COND_CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical"
COND_VERIFICATION = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
COND_CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category"
ALLERGY_CLINICAL = "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical"
ALLERGY_VERIFICATION = "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification"
GOAL_ACHIEVEMENT = "http://terminology.hl7.org/CodeSystem/goal-achievement"
BCP47 = "urn:ietf:bcp:47"
EXT_INTERPRETER = "http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired"
# Hearth's own extension: which medication list a row belongs to (kept across export/import).
EXT_MED_SOURCE = "http://hearth.invalid/fhir/StructureDefinition/medication-source"
# Patient extensions kept verbatim in Patient.extra (demographics a coordinator may need).
KEPT_PATIENT_EXTENSIONS = frozenset({
    "http://hl7.org/fhir/us/core/StructureDefinition/us-core-race",
    "http://hl7.org/fhir/us/core/StructureDefinition/us-core-ethnicity",
    "http://hl7.org/fhir/us/core/StructureDefinition/us-core-birthsex",
    "http://hl7.org/fhir/us/core/StructureDefinition/us-core-genderIdentity",
})


class MappingError(Exception):
    """One resource cannot be mapped. ``path`` is a FHIR field path; ``problem`` says what is
    wrong with it in words that never quote the value."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path} {problem}" if path else problem)
        self.path = path
        self.problem = problem


# -- primitive readers ------------------------------------------------------------------------

def get_obj(d: dict[str, Any], key: str, path: str = "") -> dict[str, Any] | None:
    v = d.get(key)
    if v is None or isinstance(v, dict):
        return v
    raise MappingError(path + key, "is not an object")


def get_list(d: dict[str, Any], key: str, path: str = "") -> list[Any]:
    v = d.get(key)
    if v is None:
        return []
    if isinstance(v, list):
        return v
    raise MappingError(path + key, "is not a list")


def get_objs(d: dict[str, Any], key: str, path: str = "") -> list[dict[str, Any]]:
    items = get_list(d, key, path)
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            raise MappingError(f"{path}{key}[{i}]", "is not an object")
    return items


def get_str(d: dict[str, Any], key: str, path: str = "") -> str | None:
    v = d.get(key)
    if v is None or isinstance(v, str):
        return v
    raise MappingError(path + key, "is not a string")


def get_strs(d: dict[str, Any], key: str, path: str = "") -> list[str]:
    items = get_list(d, key, path)
    for i, item in enumerate(items):
        if not isinstance(item, str):
            raise MappingError(f"{path}{key}[{i}]", "is not a string")
    return items


def get_bool(d: dict[str, Any], key: str, path: str = "") -> bool | None:
    v = d.get(key)
    if v is None or isinstance(v, bool):
        return v
    raise MappingError(path + key, "is not true or false")


def get_num(d: dict[str, Any], key: str, path: str = "") -> float | None:
    v = d.get(key)
    if v is None:
        return None
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        if v != v or v in (float("inf"), float("-inf")):
            raise MappingError(path + key, "is not a finite number")
        return float(v)
    raise MappingError(path + key, "is not a number")


def get_int(d: dict[str, Any], key: str, path: str = "") -> int | None:
    v = d.get(key)
    if v is None:
        return None
    if isinstance(v, int) and not isinstance(v, bool):
        return v
    if isinstance(v, float) and v.is_integer():
        return int(v)
    raise MappingError(path + key, "is not a whole number")


# -- dates and times --------------------------------------------------------------------------

_DT_RE = re.compile(
    r"(\d{4})(?:-(\d{2})(?:-(\d{2})"
    r"(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}:\d{2})?)?)?)?"
)
_DATE_RE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def parse_datetime(text: str) -> dt.datetime:
    """A FHIR date, dateTime or instant as an aware UTC datetime. Partial dates (YYYY,
    YYYY-MM) and dates without a time mean the start of that period, at midnight UTC.
    Raises ValueError (without the value) when the text is not one, or has a time of day
    without a time zone."""
    m = _DT_RE.fullmatch(text)
    if m is None:
        raise ValueError("not a valid date")
    year, month, day, hh, mm, ss, frac, tz = m.groups()
    if hh is not None and tz is None:
        raise ValueError("has a time of day but no time zone")
    micro = int((frac + "000000")[:6]) if frac else 0
    try:
        if tz is None or tz == "Z":
            tzinfo = UTC
        else:
            sign = -1 if tz[0] == "-" else 1
            oh, om = int(tz[1:3]), int(tz[4:6])
            if oh > 14 or om > 59:
                raise ValueError
            tzinfo = dt.timezone(sign * dt.timedelta(hours=oh, minutes=om))
        value = dt.datetime(int(year), int(month or 1), int(day or 1), int(hh or 0),
                            int(mm or 0), int(ss or 0), micro, tzinfo=tzinfo)
    except ValueError:
        raise ValueError("not a valid date") from None
    return value if tzinfo is UTC else value.astimezone(UTC)


def parse_date(text: str) -> dt.date:
    m = _DATE_RE.fullmatch(text)
    if m is None:
        raise ValueError("not a valid date")
    year, month, day = m.groups()
    try:
        return dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        raise ValueError("not a valid date") from None


def get_dt(d: dict[str, Any], key: str, path: str = "") -> dt.datetime | None:
    v = d.get(key)
    if v is None:
        return None
    if not isinstance(v, str):
        raise MappingError(path + key, "is not a date string")
    try:
        return parse_datetime(v)
    except ValueError as exc:
        problem = str(exc)
        raise MappingError(path + key, "is " + problem if problem.startswith("not") else problem)


def get_date(d: dict[str, Any], key: str, path: str = "") -> dt.date | None:
    v = d.get(key)
    if v is None:
        return None
    if not isinstance(v, str):
        raise MappingError(path + key, "is not a date string")
    try:
        return parse_date(v)
    except ValueError:
        raise MappingError(path + key, "is not a valid date") from None


def get_period(d: dict[str, Any], key: str, path: str = "") -> tuple[dt.datetime | None,
                                                                      dt.datetime | None]:
    p = get_obj(d, key, path)
    if p is None:
        return None, None
    sub = f"{path}{key}."
    return get_dt(p, "start", sub), get_dt(p, "end", sub)


def fmt_datetime(value: dt.datetime | None) -> str | None:
    return None if value is None else value.astimezone(UTC).isoformat()


# -- codings -------------------------------------------------------------------------------

def get_cc(d: dict[str, Any], key: str, path: str = "") -> dict[str, Any] | None:
    """A CodeableConcept, checked: ``{"coding": [...], "text": ...}`` or None."""
    cc = get_obj(d, key, path)
    if cc is None:
        return None
    check_cc(cc, path + key)
    return cc


def check_cc(cc: dict[str, Any], where: str) -> None:
    sub = where + "."
    for i, coding in enumerate(get_objs(cc, "coding", sub)):
        csub = f"{sub}coding[{i}]."
        get_str(coding, "system", csub)
        get_str(coding, "code", csub)
        get_str(coding, "display", csub)
    get_str(cc, "text", sub)


def check_coding(coding: Any, where: str) -> dict[str, Any]:
    if not isinstance(coding, dict):
        raise MappingError(where, "is not an object")
    sub = where + "."
    get_str(coding, "system", sub)
    get_str(coding, "code", sub)
    get_str(coding, "display", sub)
    return coding


def cc_code(cc: dict[str, Any] | None) -> str | None:
    """The first code of a (checked) CodeableConcept, else its text."""
    if not cc:
        return None
    for coding in cc.get("coding") or ():
        if coding.get("code"):
            return coding["code"]
    return cc.get("text")


def cc_label(cc: dict[str, Any] | None) -> str | None:
    """What a person reads: the text, else the first display, else the first code."""
    if not cc:
        return None
    if cc.get("text"):
        return cc["text"]
    codings = cc.get("coding") or ()
    for coding in codings:
        if coding.get("display"):
            return coding["display"]
    for coding in codings:
        if coding.get("code"):
            return coding["code"]
    return None


def _slim(coding: dict[str, Any]) -> dict[str, Any]:
    return {"system": coding.get("system"), "code": coding.get("code"),
            "display": coding.get("display")}


def coded(cc: dict[str, Any] | None, preferred: tuple[str, ...] = ()) -> dict[str, Any]:
    """CodedMixin columns of a (checked) CodeableConcept: the primary coding (the first in a
    preferred system, else the first one) plus every other coding in ``codings``."""
    if cc is None:
        return {"code_system": None, "code": None, "code_display": None, "code_text": None,
                "codings": None}
    codings = cc.get("coding") or []
    primary_i = 0
    if preferred and len(codings) > 1:
        for system in preferred:
            for i, coding in enumerate(codings):
                if coding.get("system") == system:
                    primary_i = i
                    break
            else:
                continue
            break
    primary = codings[primary_i] if codings else {}
    others = [_slim(c) for i, c in enumerate(codings) if i != primary_i]
    return {"code_system": primary.get("system"), "code": primary.get("code"),
            "code_display": primary.get("display"), "code_text": cc.get("text"),
            "codings": others or None}


def concept_of(row: Any) -> dict[str, Any] | None:
    """A CodeableConcept from a CodedMixin row (the inverse of :func:`coded`)."""
    out: dict[str, Any] = {}
    codings = []
    if row.code_system or row.code or row.code_display:
        codings.append(_prune({"system": row.code_system, "code": row.code,
                               "display": row.code_display}))
    for c in row.codings or ():
        codings.append(_prune(dict(c)))
    if codings:
        out["coding"] = codings
    if row.code_text:
        out["text"] = row.code_text
    return out or None


def _prune(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v is not None}


def prune(d: dict[str, Any]) -> dict[str, Any]:
    """Drop None values and empty lists/dicts (FHIR JSON has no nulls)."""
    return {k: v for k, v in d.items() if v is not None and v != [] and v != {}}


def human_name(name: dict[str, Any], where: str) -> str | None:
    """A HumanName as one line (text, else prefix given family suffix)."""
    sub = where + "."
    text = get_str(name, "text", sub)
    parts = [*get_strs(name, "prefix", sub), *get_strs(name, "given", sub)]
    family = get_str(name, "family", sub)
    if family:
        parts.append(family)
    parts += get_strs(name, "suffix", sub)
    joined = " ".join(p for p in parts if p)
    return joined or text or None


_TAG_RE = re.compile(r"<[^>]+>")
_BREAK_RE = re.compile(r"<\s*(br|/p|/li|/div|/tr)\s*/?\s*>", re.I)
_LI_RE = re.compile(r"<\s*li[^>]*>", re.I)


def div_text(div: str) -> str | None:
    """Plain text of a narrative ``text.div`` (XHTML)."""
    text = _BREAK_RE.sub("\n", div)
    text = _LI_RE.sub("\n- ", text)
    text = html.unescape(_TAG_RE.sub("", text))
    lines = [" ".join(line.split()) for line in text.splitlines()]
    out = "\n".join(line for line in lines if line)
    return out or None
