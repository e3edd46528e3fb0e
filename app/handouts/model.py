"""What a printed handout says, as plain data: the renderer (:mod:`app.handouts.pdf`) lays
it out; the builders (:mod:`app.handouts.schedule`, :mod:`app.handouts.summaries`) fill it in.
Every text here is already in the handout's language and in plain words.

No Qt here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

__all__ = ["TIMES", "Patient", "ScheduleRow", "PrnRow", "StoppedRow", "Schedule", "SummarySection",
           "Summary"]

#: the Universal Medication Schedule's four times of day, in column order
TIMES = ("morning", "noon", "evening", "bedtime")


@dataclass(frozen=True)
class Patient:
    """Who the handout is for; every field optional (a blank line is printed instead)."""

    name: str | None = None
    birth_date: dt.date | None = None
    allergies: tuple[str, ...] = ()  # as written; empty = none recorded
    no_known_allergies: bool = False


@dataclass(frozen=True)
class ScheduleRow:
    """One medicine taken on a schedule."""

    name: str  # generic, capitalised: "Furosemide"
    brand: str | None  # "Lasix"
    purpose: str | None  # "Water pill: helps your body get rid of extra fluid"
    amount: str  # "1 tablet (40 mg)"
    times: dict[str, str]  # time of day (TIMES) -> what to take then: {"morning": "1 tablet"}
    how_often: str | None = None  # when the four times cannot say it: "Once a week, on Monday"
    notes: tuple[str, ...] = ()  # "Take with food", "Ask your care team how to take this"
    text: str = ""  # the line as written, for the record


@dataclass(frozen=True)
class PrnRow:
    """One medicine taken only when needed."""

    name: str
    brand: str | None
    purpose: str | None
    amount: str  # "1 to 2 tablets"
    reason: str | None  # "for pain"
    how_often: str | None  # "Wait at least 4 hours between doses"
    max_per_day: str | None  # "No more than 12 tablets in 24 hours"
    notes: tuple[str, ...] = ()
    text: str = ""


@dataclass(frozen=True)
class StoppedRow:
    """A medicine to stop (or hold) taking."""

    name: str
    brand: str | None
    note: str | None = None  # "Your doctor stopped this on 28 Nov" / "Do not take until your care team says"
    held: bool = False
    text: str = ""


@dataclass(frozen=True)
class Schedule:
    """A medicine schedule (pill card)."""

    lang: str  # "en" | "es"
    patient: Patient
    made_on: dt.date
    rows: tuple[ScheduleRow, ...]
    prn: tuple[PrnRow, ...] = ()
    stopped: tuple[StoppedRow, ...] = ()
    unclear: tuple[str, ...] = ()  # lines that could not be understood, as written
    care_team_name: str | None = None
    care_team_phone: str | None = None
    times_of_day: dict[str, str] = field(default_factory=dict)  # TIMES -> the patient's clock time, e.g. "8 am"


@dataclass(frozen=True)
class SummarySection:
    heading: str
    items: tuple[str, ...] = ()
    table: tuple[tuple[str, ...], ...] = ()  # first row = column headings


@dataclass(frozen=True)
class Summary:
    """A visit summary for the patient or a med rec summary for the primary-care provider."""

    kind: str  # "visit" | "medrec"
    lang: str
    title: str
    patient: Patient
    made_on: dt.date
    sections: tuple[SummarySection, ...]
    author: str | None = None  # "Nurse Jane Doe, RN"
    footer: str | None = None
