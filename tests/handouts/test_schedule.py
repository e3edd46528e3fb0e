"""The medicine schedule (pill card) built from the med rec check's input: which list it
prints, the four times of day, as-needed and stopped sections, plain amounts, Spanish, and
lines that cannot be understood (printed as written, never scheduled)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from app.handouts.schedule import build_schedule, language_of
from app.medrec.check import CheckInputError


def request(*lists: tuple[str, list[Any]], **patient: Any) -> dict[str, Any]:
    return {"patient": {"birth_date": "1948-06-30", "as_of": "2026-11-29", **patient},
            "lists": [{"role": role, "source": role, "medications": meds} for role, meds in lists]}


def row(schedule: Any, name: str) -> Any:
    return next(r for r in (*schedule.rows, *schedule.prn, *schedule.stopped) if r.name == name)


def test_the_reconciled_list_wins_then_the_actual_list() -> None:
    req = request(("intended", ["lisinopril 10 mg daily"]), ("actual", ["lisinopril 5 mg daily"]))
    assert row(build_schedule(req, lang="en"), "Lisinopril").amount == "5 mg"
    req["lists"].append({"role": "reconciled", "medications": ["lisinopril 20 mg daily"]})
    assert row(build_schedule(req, lang="en"), "Lisinopril").amount == "20 mg"


def test_times_of_day_and_amounts() -> None:
    s = build_schedule(request(("actual", [
        "Metoprolol succinate ER 25 mg tablet, take 1 tablet by mouth once daily",
        "lisinopril 10 mg, take 2 tablets daily",
        "metformin 500 mg 2 tabs bid with meals",
        "insulin glargine 20 units subcut at bedtime",
        "alendronate 70 mg once weekly on Mondays",
        "gabapentin 300 mg three times daily",
    ])), lang="en")
    assert row(s, "Metoprolol").times == {"morning": "1 tablet (25 mg)"}
    assert "Swallow whole. Do not crush or chew." in row(s, "Metoprolol").notes
    assert row(s, "Lisinopril").amount == "2 tablets (10 mg each)"
    metformin = row(s, "Metformin")
    assert set(metformin.times) == {"morning", "evening"} and "Take with food" in metformin.notes
    assert row(s, "Insulin glargine").times == {"bedtime": "20 units"}  # "units" spelled out
    assert row(s, "Alendronate").how_often == "Once a week, on Monday"
    assert set(row(s, "Gabapentin").times) == {"morning", "noon", "evening"}
    assert all(r.purpose for r in s.rows)


def test_as_needed_medicines_have_reason_wait_and_daily_maximum() -> None:
    s = build_schedule(request(("actual", ["Percocet 5/325 1-2 tabs q4h prn pain"])), lang="en")
    prn = row(s, "Oxycodone and acetaminophen")
    assert prn.brand == "Percocet"
    assert prn.amount == "1 to 2 tablets (5 mg / 325 mg each)"
    assert prn.reason == "Take as needed for pain"
    assert prn.how_often == "Wait at least 4 hours between doses"
    assert prn.max_per_day == "Do not take more than 12 tablets in 24 hours"
    assert not s.rows


def test_stopped_and_held_medicines() -> None:
    s = build_schedule(request(("reconciled", [
        "lisinopril 10 mg daily", {"text": "glyburide 5 mg daily", "action": "stop"},
        {"text": "docusate 100 mg bid", "action": "hold"}])), lang="en")
    assert [r.name for r in s.rows] == ["Lisinopril"]
    stop, held = row(s, "Glyburide"), row(s, "Docusate")
    assert not stop.held and held.held and "Do not take for now" in held.note
    # with no reconciled list, the discharge list's stops are listed too
    s = build_schedule(request(("intended", [{"text": "simvastatin 40 mg qhs", "action": "stop"}]),
                               ("actual", ["atorvastatin 40 mg daily"])), lang="en")
    assert [r.name for r in s.stopped] == ["Simvastatin"]


def test_lines_that_cannot_be_understood_are_never_scheduled() -> None:
    s = build_schedule(request(("actual", ["warfarin 5 mg daily except 2.5 mg on Mondays",
                                           "the little white pill for water"])), lang="en")
    assert s.unclear == ("warfarin 5 mg daily except 2.5 mg on Mondays", "the little white pill for water")
    warfarin = row(s, "Warfarin")
    assert warfarin.times == {} and warfarin.how_often == "Ask your care team how to take this medicine"


def test_spanish_and_the_patients_language() -> None:
    req = request(("actual", ["lisinopril 10 mg daily", "albuterol 2 puffs q4h prn wheezing"]),
                  language="es-MX", name="Rosa Ejemplo")
    assert language_of(req) == "es"
    s = build_schedule(req)
    assert s.lang == "es" and s.patient.name == "Rosa Ejemplo"
    assert row(s, "Lisinopril").purpose.startswith("Para la presión")
    prn = row(s, "Albuterol")
    assert prn.amount == "2 inhalaciones" and prn.reason.endswith("para el silbido en el pecho")
    assert prn.max_per_day == "No tome más de 12 inhalaciones en 24 horas"


def test_a_prescribers_purpose_wins() -> None:
    s = build_schedule(request(("actual", [{"text": "gabapentin 300 mg tid", "purpose": "For nerve pain in your feet"}])),
                       lang="en", made_on=dt.date(2026, 11, 29))
    assert row(s, "Gabapentin").purpose == "For nerve pain in your feet"
    assert s.made_on == dt.date(2026, 11, 29)


def test_bad_input_is_refused_like_the_check() -> None:
    with pytest.raises(CheckInputError):
        build_schedule({"lists": "nope"}, lang="en")
