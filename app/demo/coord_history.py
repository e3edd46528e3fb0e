"""Helpers shared by the demo's history add-ons (a year of past discharges, referrals,
care-plan reviews and surveys, so the metrics dashboard has something to show for every month
of its default period). Synthetic data only."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.demo import catalog as C
from app.models.entities import Condition, PanelMembership


def period_start(today: dt.date) -> dt.datetime:
    """Noon UTC on the first day of the dashboard's default period (the 1st of the month 11
    months before ``today``'s)."""
    first = today.replace(day=1)
    index = first.year * 12 + first.month - 1 - 11
    return dt.datetime(index // 12, index % 12 + 1, 1, 12, 0, tzinfo=dt.UTC)


def joined(session: Session, patients: list[str]) -> dict[str, dt.datetime]:
    """When each patient joined the panel (the earliest membership)."""
    out: dict[str, dt.datetime] = {}
    for pid, since in session.execute(select(PanelMembership.patient_id, PanelMembership.since)
                                      .where(PanelMembership.patient_id.in_(patients))):
        out[pid] = min(since, out.get(pid, since))
    return out


def condition_keys(session: Session, pid: str) -> list[str]:
    """The catalog keys of the patient's conditions, in the catalog's order."""
    codes = set(session.scalars(select(Condition.code).where(Condition.patient_id == pid)))
    return [k for k, c in C.CONDITIONS.items() if c.snomed in codes]
