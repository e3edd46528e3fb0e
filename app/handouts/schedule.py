"""Build a medicine schedule (pill card) from the med rec check's input.

``build_schedule(request, lang=...)`` takes the same JSON as ``hearth medrec check``. It prints
the reconciled list when there is one, else what the patient actually takes, else the intended
list. Every line is read by the med rec parser; nothing is guessed:

- scheduled medicines fill the Morning / Noon / Evening / Bedtime columns (the Universal
  Medication Schedule) with how much to take then; rarer schedules (weekly, every other day,
  every 4 hours) say so in words;
- as-needed medicines go to their own section with the reason, the wait between doses and the
  most in 24 hours;
- stopped and held medicines are listed as "Stop taking" / "Do not take for now";
- a line that cannot be understood is printed as written under "Ask your care team", never
  turned into a schedule.

Words come from ``resources/handouts`` (phrases, units, purposes) in English or Spanish.

No Qt here.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from app.handouts import content
from app.handouts.model import TIMES, Patient, PrnRow, Schedule, ScheduleRow, StoppedRow
from app.medrec.check import check
from app.medrec.knowledge import Knowledge, load_knowledge

__all__ = ["build_schedule", "patient_of", "language_of"]

_UNIT_KEYS = {"tablet": "tablet", "capsule": "capsule", "puff": "puff", "drop": "drop", "spray": "spray",
              "unit": "unit", "mL": "ml", "patch": "patch", "suppository": "suppository"}
_TO_ML = {"teaspoon": 5.0, "tablespoon": 15.0}  # USP <17>: liquid doses in mL only
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_RE = re.compile(r"\b(mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?\b", re.IGNORECASE)
_WITH_FOOD = re.compile(r"\bwith (?:food|meals?|breakfast|lunch|supper|dinner)\b", re.IGNORECASE)
_EMPTY_STOMACH = re.compile(r"\bempty stomach\b|\bbefore breakfast\b|\b30 minutes before\b", re.IGNORECASE)


def language_of(request: dict[str, Any]) -> str:
    """The patient's language from ``patient.language`` (BCP-47), when it is one Hearth prints."""
    patient = request.get("patient") if isinstance(request, dict) else None
    code = str((patient or {}).get("language") or "en").lower()
    return code.split("-")[0] if code.split("-")[0] in content.LANGS else "en"


def patient_of(request: dict[str, Any]) -> Patient:
    """The handout's patient from the request (``name``, ``birth_date``, ``allergies``)."""
    p = request.get("patient") if isinstance(request, dict) else None
    if not isinstance(p, dict):
        return Patient()
    birth = None
    try:
        birth = dt.date.fromisoformat(str(p["birth_date"])[:10]) if p.get("birth_date") else None
    except ValueError:
        birth = None  # the check has already refused a malformed date
    allergies = tuple(a if isinstance(a, str) else str(a.get("substance", "")) for a in p.get("allergies") or ()
                      if a)
    name = p.get("name") if isinstance(p.get("name"), str) else None
    return Patient(name=(name or "").strip() or None, birth_date=birth, allergies=tuple(a for a in allergies if a),
                   no_known_allergies=bool(p.get("no_known_allergies")))


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def _units(m: dict[str, Any], lang: str) -> str | None:
    """"1 tablet", "1 to 2 tablets", "20 units", "5 mL"; ``None`` when no count is given."""
    unit, hi, lo = m.get("dose_unit"), m.get("dose_quantity_max"), m.get("dose_quantity_min")
    if hi is None or not unit:
        return None
    if unit in _TO_ML:
        unit, hi, lo = "mL", hi * _TO_ML[unit], (lo * _TO_ML[unit] if lo is not None else None)
    key = _UNIT_KEYS.get(unit)
    if key is None:
        return None
    if lo is not None and lo != hi:
        high = content.unit_words(key, hi, lang)
        return content.phrase("range", lang, low=_num(lo), high=high)
    if key == "tablet" and hi == 0.5:
        return content.unit_words("half_tablet", 1, lang)
    return content.unit_words(key, hi, lang)


def _strength(m: dict[str, Any], key: str = "dose_mg") -> str | None:
    """The mg in one dose ("40 mg"; a combination "5 mg / 325 mg"), or with ``key=
    "strengths_mg"`` in one tablet."""
    dose = m.get(key) or {}
    values = [dose[i] for i in m.get("ingredients", []) if i in dose]
    if not values:
        meq = m.get(key.replace("_mg", "_meq")) or {}
        return " / ".join(f"{_num(v)} mEq" for v in meq.values()) or None
    return " / ".join(_mg_text(v) for v in values)


def _mg_text(v: float) -> str:
    if v < 1:
        return f"{_num(round(v * 1000, 3))} mcg"
    return f"{_num(v)} mg"


def _amount(m: dict[str, Any], lang: str) -> str:
    """"1 tablet (25 mg)", "2 tablets (10 mg each)", "20 units", "40 mg"."""
    units = _units(m, lang)
    if units and m.get("dose_unit") in ("tablet", "capsule", "suppository", "patch"):
        if m.get("dose_quantity_max") == 1 and (strength := _strength(m)):
            return f"{units} ({strength})"
        if each := _strength(m, "strengths_mg"):
            return f"{units} ({content.phrase('each', lang, strength=each)})"
    return units or _strength(m) or ""


def _name(m: dict[str, Any], lang: str) -> str:
    ingredients = m.get("ingredients") or []
    if not ingredients:
        return m["text"]
    joined = f" {content.phrase('and', lang)} ".join(ingredients)
    return joined[:1].upper() + joined[1:]


def _brand(m: dict[str, Any]) -> str | None:
    brand = m.get("brand")
    if brand and brand.casefold() not in " ".join(m.get("ingredients") or []).casefold():
        return brand
    return None


def _purpose(m: dict[str, Any], k: Knowledge, lang: str) -> str | None:
    if m.get("purpose"):
        return m["purpose"]
    for ing in m.get("ingredients") or []:
        info = k.drug(ing)
        found = content.purpose(ing, info.classes if info else (), lang)
        if found:
            return found
    return None


def _reason(reason: str | None, lang: str) -> str | None:
    if not reason:
        return None
    reason = reason.strip().rstrip(".")
    if lang == "en":
        return reason
    table = content.prn_reasons(lang)
    return table.get(reason.lower(), reason)


def _notes(m: dict[str, Any], lang: str) -> list[str]:
    text = m["text"]
    notes = []
    if _WITH_FOOD.search(text):
        notes.append(content.phrase("with_food", lang))
    elif _EMPTY_STOMACH.search(text):
        notes.append(content.phrase("empty_stomach", lang))
    if m.get("formulation") in ("ER", "SR", "DR") and m.get("dose_form") in (None, "tablet", "capsule"):
        notes.append(content.phrase("swallow_whole", lang))
    if m.get("duration_days"):
        notes.append(content.phrase("for_days", lang, count=_num(m["duration_days"])))
    return notes


def _how_often(m: dict[str, Any], lang: str) -> str | None:
    per_day = m.get("frequency_per_day")
    if per_day is None:
        return None
    if per_day < 0.2:  # weekly
        day = _WEEKDAY_RE.search(m["text"])
        if day:
            full = next(d for d in _WEEKDAYS if d.startswith(day.group(1).lower()[:3]))
            return content.phrase("once_a_week_on", lang, weekday=content.weekday(full, lang))
        return content.phrase("once_a_week", lang)
    if abs(per_day - 0.5) < 1e-6:
        return content.phrase("every_other_day", lang)
    if per_day > 4:
        return content.phrase("every_hours", lang, count=_num(round(24 / per_day, 1)))
    return None


def _times(m: dict[str, Any], amount: str) -> dict[str, str]:
    per_day = m.get("frequency_per_day")
    timing = [t for t in m.get("timing") or () if t in TIMES]
    if per_day is None:
        return {}
    if per_day > 4:
        timing = list(TIMES)  # every 4-6 hours: through the day, with the words saying how often
    if not timing:
        timing = ["morning"]
    return {t: amount for t in TIMES if t in timing}


def _chosen(meds: list[dict[str, Any]]) -> tuple[str, list[dict[str, Any]]]:
    for role in ("reconciled", "actual", "intended"):
        chosen = [m for m in meds if m["role"] == role]
        if chosen:
            return role, chosen
    return "none", []


def build_schedule(request: dict[str, Any], *, lang: str | None = None, patient: Patient | None = None,
                   made_on: dt.date | None = None, care_team_name: str | None = None,
                   care_team_phone: str | None = None, knowledge: Knowledge | None = None) -> Schedule:
    """The pill card for ``request`` (the med rec check's input). Raises
    :class:`app.medrec.check.CheckInputError` for invalid input, like the check."""
    k = knowledge or load_knowledge()
    result = check(request, k)
    lang = lang or language_of(request)
    content.phrase("card_title", lang)  # an unknown language fails here, clearly
    role, meds = _chosen(result["medications"])
    rows: list[ScheduleRow] = []
    prn: list[PrnRow] = []
    stopped: list[StoppedRow] = []
    unclear: list[str] = []
    for m in meds:
        name, brand = _name(m, lang), _brand(m)
        if m.get("action") in ("stop", "hold"):
            held = m["action"] == "hold"
            stopped.append(StoppedRow(name=name, brand=brand, held=held, text=m["text"], note=content.phrase(
                "on_hold" if held else "stopped_by_team", lang)))
            continue
        if m.get("taking") is False:
            continue  # on the actual list as "not taking": nothing to schedule
        if not m.get("ingredients"):
            unclear.append(m["text"])
            continue
        purpose = _purpose(m, k, lang)
        amount = _amount(m, lang)
        notes = _notes(m, lang)
        if m.get("prn"):
            per_day, qty = m.get("frequency_per_day"), m.get("dose_quantity_max")
            wait = content.phrase("wait_hours", lang, count=_num(round(24 / per_day, 1))) if per_day else None
            most = None
            if per_day and qty and m.get("dose_unit") in _UNIT_KEYS:
                most_units = content.unit_words(_UNIT_KEYS[m["dose_unit"]], qty * per_day, lang)
                most = content.phrase("max_in_24_hours", lang, count=most_units)
            reason = _reason(m.get("prn_reason"), lang)
            prn.append(PrnRow(
                name=name, brand=brand, purpose=purpose, amount=amount,
                reason=content.phrase("take_as_needed_for", lang, reason=reason) if reason
                else content.phrase("take_as_needed", lang),
                how_often=wait, max_per_day=most, notes=tuple(notes), text=m["text"]))
            continue
        understood = m.get("frequency_per_day") is not None and amount and not any(
            u.startswith("variable dose") for u in m.get("unclear") or ())
        if not understood:
            unclear.append(m["text"])
            rows.append(ScheduleRow(name=name, brand=brand, purpose=purpose, amount=amount, times={},
                                    how_often=content.phrase("ask_how_to_take", lang),
                                    notes=tuple(notes), text=m["text"]))
            continue
        rows.append(ScheduleRow(name=name, brand=brand, purpose=purpose, amount=amount,
                                times=_times(m, amount), how_often=_how_often(m, lang),
                                notes=tuple(notes), text=m["text"]))
    if role == "actual":  # the discharge list's stops, when there is no reconciled list yet
        for m in result["medications"]:
            if m["role"] == "intended" and m.get("action") == "stop" and m.get("ingredients"):
                if not any(s.name == _name(m, lang) for s in stopped):
                    stopped.append(StoppedRow(name=_name(m, lang), brand=_brand(m), text=m["text"],
                                              note=content.phrase("stopped_by_team", lang)))
    team = request.get("care_team") if isinstance(request.get("care_team"), dict) else {}
    return Schedule(
        lang=lang, patient=patient or patient_of(request), made_on=made_on or dt.date.today(),
        rows=tuple(rows), prn=tuple(prn), stopped=tuple(stopped), unclear=tuple(unclear),
        care_team_name=care_team_name or _text(team.get("name")),
        care_team_phone=care_team_phone or _text(team.get("phone")),
    )


def _text(value: Any) -> str | None:
    return value.strip()[:120] or None if isinstance(value, str) else None
