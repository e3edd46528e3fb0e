"""How dates, times and counts read on screen, shared by every view (no Qt here).

No strftime: each call imports the time module, which PySide's import hook makes slow (a
5,000-row panel or a 10-year history has thousands of dates), and hand-made names are ready
for translation.
"""

from __future__ import annotations

import datetime as dt

from app.models.base import to_local

NONE_TEXT = "—"
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
ENGLISH_NAMES = (MONTHS, WEEKDAYS)
LANGUAGE = "en"  # the UI language ("en" | "es"), set with the names below


def use_names(months: tuple[str, ...] | None = None,
              weekdays: tuple[str, ...] | None = None, *, language: str = "en") -> None:
    """Write dates with these short month (12) and weekday (7, Monday first) names: the UI
    language's, set by ``app.views.workspace.i18n.install_translator``; None: English.
    ``language`` is the UI language the views pass to the domain code's data texts
    (:func:`ui_language`)."""
    global MONTHS, WEEKDAYS, LANGUAGE
    if months is None or weekdays is None:
        MONTHS, WEEKDAYS = ENGLISH_NAMES
        LANGUAGE = "en"
        return
    if len(months) != 12 or len(weekdays) != 7:
        raise ValueError("12 months and 7 weekdays")
    MONTHS, WEEKDAYS = tuple(months), tuple(weekdays)
    LANGUAGE = language or "en"


def ui_language() -> str:
    """The UI language installed now ("en" or "es"): the views pass it to the care-coordination
    code, whose data files carry each text in both (``title`` / ``title_es``)."""
    return LANGUAGE


def fmt_day(value: dt.date | None) -> str:
    """"14 Sep 1944"."""
    if value is None:
        return NONE_TEXT
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def weekday(value: dt.date) -> str:
    return WEEKDAYS[value.weekday()]


def fmt_time(value: dt.datetime) -> str:
    return f"{value.hour:02d}:{value.minute:02d}"


def fmt_date_of(value: dt.datetime | None) -> str:
    """The local calendar day of a stored UTC time."""
    local = to_local(value)
    return NONE_TEXT if local is None else fmt_day(local.date())


def fmt_datetime(value: dt.datetime | None) -> str:
    """"14 Sep 2026, 09:30" in local time."""
    local = to_local(value)
    if local is None:
        return NONE_TEXT
    return f"{fmt_day(local.date())}, {fmt_time(local)}"


def fmt_appointment(value: dt.datetime, today: dt.date) -> str:
    """"Tue 1 Dec, 09:30" within the year ahead, else with the year."""
    local = to_local(value)
    assert local is not None
    if 0 <= (local.date() - today).days < 300:
        return f"{weekday(local)} {local.day} {MONTHS[local.month - 1]}, {fmt_time(local)}"
    return fmt_datetime(value)


def relative_day(day: dt.date, today: dt.date) -> str:
    delta = (day - today).days
    if delta == 0:
        return "today"
    if delta == -1:
        return "yesterday"
    if delta == 1:
        return "tomorrow"
    return f"{-delta} days ago" if delta < 0 else f"in {delta} days"


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {many or word + 's'}"
