"""My day: the open tasks that are overdue or due today across the panel, and the task actions
behind it (create, complete, reopen, set the due date).

Plain data in and out (:class:`TaskRow`); no Qt. Each action is one transaction
(``store.write()``), so the row and its audit entry are written together or not at all.
Days are local days: "due today" means before the next local midnight, as she sees the clock;
times are stored in UTC.

Errors a person can fix (a blank title, a patient or task that does not exist) are
:class:`~app.models.errors.InputError` with a message that names no patient and no task text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from app.models.base import utcnow
from app.models.entities import PanelMembership, Patient, Task, User
from app.models.errors import InputError

OPEN_STATUSES = ("open", "in_progress")
PRIORITIES = ("routine", "urgent", "stat")
PRIORITY_RANK = {"stat": 0, "urgent": 1, "routine": 2}
TITLE_MAX = 300

# Groups, in the order My day shows them.
OVERDUE = "overdue"
TODAY = "today"  # due later today (or within the horizon)
NO_DATE = "no_date"
DONE = "done"  # completed today (only with include_done=True)
GROUPS = (OVERDUE, TODAY, NO_DATE, DONE)
_GROUP_RANK = {g: i for i, g in enumerate(GROUPS)}


@dataclass(frozen=True)
class TaskRow:
    """One task as My day shows it."""

    task_id: str
    title: str
    status: str
    priority: str
    due_at: dt.datetime | None  # UTC, timezone-aware
    overdue: bool
    group: str  # one of GROUPS
    patient_id: str | None
    patient_name: str  # "Family, Given"; "" for a task with no patient
    description: str | None = None
    completed_at: dt.datetime | None = None
    assignee_id: str | None = None

    @property
    def done(self) -> bool:
        return self.status == "done"

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


# -- days ----------------------------------------------------------------------------------------
def local_day_start(now: dt.datetime, days: int = 0) -> dt.datetime:
    """Local midnight of ``now``'s local day plus ``days`` days, as an aware time (DST-safe:
    the local wall clock is built first, then its offset is looked up)."""
    day = now.astimezone().date() + dt.timedelta(days=days)
    return dt.datetime.combine(day, dt.time(0, 0)).astimezone()


def _aware(now: dt.datetime | None) -> dt.datetime:
    if now is None:
        return utcnow()
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("naive datetime refused: give a timezone-aware time")
    return now


def _group(status: str, due_at: dt.datetime | None, now: dt.datetime) -> tuple[str, bool]:
    if status == "done":
        return DONE, False
    if due_at is None:
        return NO_DATE, False
    overdue = due_at < now
    return (OVERDUE if overdue else TODAY), overdue


def _name(given: str | None, family: str | None) -> str:
    if given is None and family is None:
        return ""
    return f"{family or ''}, {given or ''}".strip(", ")


def _row(task: Task, patient: Patient | None, now: dt.datetime) -> TaskRow:
    group, overdue = _group(task.status, task.due_at, now)
    return TaskRow(
        task_id=task.id, title=task.title, status=task.status, priority=task.priority,
        due_at=task.due_at, overdue=overdue, group=group, patient_id=task.patient_id,
        patient_name=_name(patient.given_name, patient.family_name) if patient else "",
        description=task.description, completed_at=task.completed_at,
        assignee_id=task.assignee_id,
    )


def sort_key(row: TaskRow) -> tuple[Any, ...]:
    """Overdue first, then due today, then undated, then done; by due time, then priority."""
    due = row.due_at.timestamp() if row.due_at is not None else float("inf")
    done_at = -(row.completed_at.timestamp()) if row.completed_at is not None else 0.0
    return (_GROUP_RANK.get(row.group, 9), due if row.group != DONE else done_at,
            PRIORITY_RANK.get(row.priority, 3), row.title.casefold(), row.task_id)


# -- reading ---------------------------------------------------------------------------------
def my_day(session: Session, *, user_id: str | None = None, now: dt.datetime | None = None,
           horizon_days: int = 1, include_done: bool = False) -> list[TaskRow]:
    """Open tasks (open or in progress) that are overdue or due before the end of the local
    day (``horizon_days`` = 1; 2 takes tomorrow in too), plus undated open tasks in their own
    group; sorted overdue first, then by due time.

    ``user_id``: only tasks assigned to that user, or unassigned tasks of patients on her
    panel. ``include_done``: also the tasks completed today (local day), last, so a task
    ticked by mistake can be found and reopened.
    """
    if horizon_days < 1:
        raise InputError("the My day horizon must be at least one day")
    now = _aware(now)
    start = local_day_start(now)
    end = local_day_start(now, horizon_days)
    open_due = and_(Task.status.in_(OPEN_STATUSES),
                    or_(Task.due_at.is_(None), Task.due_at < end))
    wanted = open_due
    if include_done:
        wanted = or_(open_due, and_(Task.status == "done", Task.completed_at >= start))
    stmt = (
        select(Task.id, Task.patient_id, Task.title, Task.description, Task.status,
               Task.priority, Task.due_at, Task.completed_at, Task.assignee_id,
               Patient.given_name, Patient.family_name)
        .outerjoin(Patient, Patient.id == Task.patient_id)
        .where(Task.deleted_at.is_(None), wanted,
               or_(Task.patient_id.is_(None), Patient.deleted_at.is_(None)))
    )
    if user_id is not None:
        members = select(PanelMembership.patient_id).where(
            PanelMembership.user_id == user_id, PanelMembership.deleted_at.is_(None),
            PanelMembership.until.is_(None))
        stmt = stmt.where(or_(Task.assignee_id == user_id,
                              and_(Task.assignee_id.is_(None), Task.patient_id.in_(members))))
    rows: list[TaskRow] = []
    for (task_id, patient_id, title, description, status, priority, due_at, completed_at,
         assignee_id, given, family) in session.connection().execute(stmt).all():
        group, overdue = _group(status, due_at, now)
        rows.append(TaskRow(
            task_id=task_id, title=title, status=status, priority=priority or "routine",
            due_at=due_at, overdue=overdue, group=group, patient_id=patient_id,
            patient_name=_name(given, family), description=description,
            completed_at=completed_at, assignee_id=assignee_id,
        ))
    rows.sort(key=sort_key)
    return rows


def patient_choices(session: Session, *, user_id: str | None = None) -> list[tuple[str, str]]:
    """(patient id, "Family, Given") for every live patient (on ``user_id``'s panel when
    given), sorted by name: the choices of the new-task dialog's patient picker."""
    stmt = select(Patient.id, Patient.given_name, Patient.family_name).where(
        Patient.deleted_at.is_(None), Patient.deceased.is_(False))
    if user_id is not None:
        members = select(PanelMembership.patient_id).where(
            PanelMembership.user_id == user_id, PanelMembership.deleted_at.is_(None),
            PanelMembership.until.is_(None))
        stmt = stmt.where(Patient.id.in_(members))
    rows = session.connection().execute(stmt).all()
    rows.sort(key=lambda r: ((r[2] or "").casefold(), (r[1] or "").casefold()))
    return [(pid, _name(given, family)) for pid, given, family in rows]


# -- writing -------------------------------------------------------------------------------
def _check_due(due_at: dt.datetime | None) -> dt.datetime | None:
    if due_at is None:
        return None
    if not isinstance(due_at, dt.datetime):
        raise InputError("the due date must be a date and time")
    if due_at.tzinfo is None or due_at.utcoffset() is None:
        raise InputError("the due time has no time zone; give a local or UTC time")
    return due_at.astimezone(dt.timezone.utc)


def _live_patient(s: Session, patient_id: str | None) -> Patient:
    patient = s.get(Patient, patient_id) if patient_id else None
    if patient is None or patient.deleted_at is not None:
        raise InputError("that patient is not in this store; choose a patient from the list")
    return patient


def _live_task(s: Session, task_id: str) -> Task:
    task = s.get(Task, task_id) if task_id else None
    if task is None or task.deleted_at is not None:
        raise InputError("that task is no longer in this store; reload My day")
    return task


def create_task(store: Any, *, patient_id: str, title: str, due_at: dt.datetime | None,
                priority: str = "routine", description: str | None = None,
                assignee_id: str | None = None, now: dt.datetime | None = None) -> TaskRow:
    """A new open task for a patient, in one transaction."""
    title = (title or "").strip()
    if not title:
        raise InputError("the task needs a title")
    if len(title) > TITLE_MAX:
        raise InputError(f"the task title is too long (at most {TITLE_MAX} characters)")
    if priority not in PRIORITIES:
        raise InputError("the priority must be routine, urgent or stat")
    due = _check_due(due_at)
    description = (description or "").strip() or None
    now = _aware(now)
    with store.write() as s:
        patient = _live_patient(s, patient_id)
        if assignee_id is not None and s.get(User, assignee_id) is None:
            raise InputError("that user is not in this store")
        task = Task(patient_id=patient.id, title=title, description=description,
                    status="open", priority=priority, due_at=due, assignee_id=assignee_id)
        s.add(task)
        s.flush()
        return _row(task, patient, now)


def _patient_of(s: Session, task: Task) -> Patient | None:
    return s.get(Patient, task.patient_id) if task.patient_id else None


def complete_task(store: Any, task_id: str, *, now: dt.datetime | None = None) -> TaskRow:
    """Mark a task done (completing a done task again changes nothing)."""
    now = _aware(now)
    with store.write() as s:
        task = _live_task(s, task_id)
        if task.status == "cancelled":
            raise InputError("a cancelled task cannot be completed; reopen it first")
        if task.status != "done":
            task.status = "done"
            task.completed_at = now
            s.flush()
        return _row(task, _patient_of(s, task), now)


def reopen_task(store: Any, task_id: str, *, now: dt.datetime | None = None) -> TaskRow:
    """Put a done or cancelled task back to open (an open task is left as it is)."""
    now = _aware(now)
    with store.write() as s:
        task = _live_task(s, task_id)
        if task.status not in OPEN_STATUSES:
            task.status = "open"
            task.completed_at = None
            s.flush()
        return _row(task, _patient_of(s, task), now)


def set_due(store: Any, task_id: str, due_at: dt.datetime | None, *,
            now: dt.datetime | None = None) -> TaskRow:
    """Give a task a new due time (None: no due date)."""
    due = _check_due(due_at)
    now = _aware(now)
    with store.write() as s:
        task = _live_task(s, task_id)
        if task.due_at != due:
            task.due_at = due
            s.flush()
        return _row(task, _patient_of(s, task), now)


def fetch_my_day(store: Any, *, user_id: str | None = None, include_done: bool = True,
                 with_patients: bool = False) -> tuple[list[TaskRow], list[tuple[str, str]] | None]:
    """My day's rows (and, when asked, the patient choices) in one read session: what the
    My day view runs in the background."""
    with store.session() as session:
        rows = my_day(session, user_id=user_id, include_done=include_done)
        patients = patient_choices(session, user_id=user_id) if with_patients else None
    return rows, patients
