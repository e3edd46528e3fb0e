"""My day and the task actions, on real encrypted stores."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.models.entities import AuditEntry, PanelMembership, Patient, Task, User
from app.models.errors import InputError
from app.models.store import Store
from app.worklist.service import (
    DONE,
    NO_DATE,
    OVERDUE,
    TODAY,
    complete_task,
    create_task,
    fetch_my_day,
    local_day_start,
    my_day,
    patient_choices,
    reopen_task,
    set_due,
)

# 10:00 local time on a fixed day, so "today" is the same day in any time zone.
NOW = dt.datetime(2026, 3, 10, 10, 0).astimezone()
START = local_day_start(NOW)
HOUR = dt.timedelta(hours=1)
DAY = dt.timedelta(days=1)


@pytest.fixture
def panel(store: Store) -> dict[str, Any]:
    """Two nurses' patients and tasks in every state My day must tell apart."""
    ids: dict[str, Any] = {}
    with store.write() as s:
        nurse = User(username="n1", display_name="N1")
        other = User(username="n2", display_name="N2")
        ada = Patient(given_name="Ada", family_name="Abbott")
        bea = Patient(given_name="Bea", family_name="Baker")
        gone = Patient(given_name="Cy", family_name="Gone", deleted_at=NOW - DAY)
        s.add_all([nurse, other, ada, bea, gone])
        s.flush()
        s.add_all([PanelMembership(patient_id=ada.id, user_id=nurse.id, since=NOW - 100 * DAY),
                   PanelMembership(patient_id=bea.id, user_id=other.id, since=NOW - 100 * DAY)])

        def task(key: str, patient: Patient, **kw: Any) -> None:
            t = Task(patient_id=patient.id, title=key, **kw)
            s.add(t)
            s.flush()
            ids[key] = t.id

        task("overdue-2-days", ada, due_at=NOW - 2 * DAY, priority="urgent")
        task("overdue-1-hour", bea, due_at=NOW - HOUR, status="in_progress")
        task("later-today", ada, due_at=NOW + 3 * HOUR, priority="stat")
        task("later-today-routine", bea, due_at=NOW + 3 * HOUR)
        task("tomorrow", ada, due_at=START + DAY + 9 * HOUR)
        task("undated", bea, due_at=None)
        task("done-yesterday", ada, due_at=NOW - DAY, status="done",
             completed_at=START - 2 * HOUR)
        task("done-today", ada, due_at=NOW - DAY, status="done", completed_at=START + HOUR)
        task("cancelled", ada, due_at=NOW - DAY, status="cancelled")
        task("deleted", ada, due_at=NOW - DAY, deleted_at=NOW - HOUR)
        task("patient-gone", gone, due_at=NOW - DAY)
        task("assigned-to-other", ada, due_at=NOW - HOUR / 2, assignee_id=other.id)
        ids.update(nurse=nurse.id, other=other.id, ada=ada.id, bea=bea.id, gone=gone.id)
    return ids


def _titles(rows: list[Any]) -> list[str]:
    return [r.title for r in rows]


def test_my_day_overdue_first_then_due_today_then_undated(store: Store, panel) -> None:
    with store.session() as s:
        rows = my_day(s, now=NOW)
    assert _titles(rows) == [
        "overdue-2-days", "overdue-1-hour", "assigned-to-other",
        "later-today", "later-today-routine",  # same time: stat before routine
        "undated",
    ]
    by = {r.title: r for r in rows}
    assert [r.group for r in rows] == [OVERDUE] * 3 + [TODAY] * 2 + [NO_DATE]
    assert by["overdue-2-days"].overdue and by["overdue-2-days"].priority == "urgent"
    assert not by["later-today"].overdue and not by["undated"].overdue
    assert by["overdue-2-days"].patient_name == "Abbott, Ada"
    assert by["overdue-2-days"].patient_id == panel["ada"]
    assert by["overdue-1-hour"].status == "in_progress"
    assert by["later-today"].due_at == NOW + 3 * HOUR


def test_my_day_options_done_today_horizon_and_user(store: Store, panel) -> None:
    with store.session() as s:
        with_done = my_day(s, now=NOW, include_done=True)
        two_days = my_day(s, now=NOW, horizon_days=2)
        mine = my_day(s, now=NOW, user_id=panel["nurse"])
        theirs = my_day(s, now=NOW, user_id=panel["other"])
        with pytest.raises(InputError):
            my_day(s, now=NOW, horizon_days=0)
    assert with_done[-1].title == "done-today" and with_done[-1].group == DONE
    assert "done-yesterday" not in _titles(with_done)
    assert "tomorrow" in _titles(two_days)
    # Hers: unassigned tasks of her panel's patients; theirs: assigned, or their patients'.
    assert _titles(mine) == ["overdue-2-days", "later-today"]
    assert _titles(theirs) == ["overdue-1-hour", "assigned-to-other", "later-today-routine",
                               "undated"]


def test_patient_choices_and_fetch(store: Store, panel) -> None:
    with store.session() as s:
        assert patient_choices(s) == [(panel["ada"], "Abbott, Ada"), (panel["bea"], "Baker, Bea")]
        assert patient_choices(s, user_id=panel["nurse"]) == [(panel["ada"], "Abbott, Ada")]
    rows, patients = fetch_my_day(store, with_patients=True)
    assert patients is not None and len(patients) == 2 and rows


def _count(store: Store, model: Any) -> int:
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_create_task_checks_its_input_and_writes_nothing_when_refused(store: Store,
                                                                      panel) -> None:
    tasks, audit = _count(store, Task), _count(store, AuditEntry)
    due = NOW + 2 * HOUR
    for kwargs, message in [
        (dict(patient_id=panel["ada"], title="   ", due_at=due), "needs a title"),
        (dict(patient_id="no-such-id", title="Call", due_at=due), "patient"),
        (dict(patient_id=panel["gone"], title="Call", due_at=due), "patient"),
        (dict(patient_id=panel["ada"], title="Call", due_at=dt.datetime(2026, 3, 10, 12)),
         "time zone"),
        (dict(patient_id=panel["ada"], title="Call", due_at=due, priority="asap"), "priority"),
        (dict(patient_id=panel["ada"], title="x" * 301, due_at=due), "too long"),
    ]:
        with pytest.raises(InputError, match=message) as err:
            create_task(store, **kwargs)
        assert "Abbott" not in str(err.value) and "Call" not in str(err.value)
    assert (_count(store, Task), _count(store, AuditEntry)) == (tasks, audit)

    row = create_task(store, patient_id=panel["ada"], title="  Call the PCP  ", due_at=due,
                      priority="urgent", description="About the weight", now=NOW)
    assert row.title == "Call the PCP" and row.group == TODAY and not row.overdue
    assert row.patient_name == "Abbott, Ada" and row.status == "open"
    assert row.due_at == due
    with store.session() as s:
        task = s.get(Task, row.task_id)
        assert task.priority == "urgent" and task.description == "About the weight"
        assert task.due_at == due and task.created_by == store.actor.user_id
    assert _count(store, AuditEntry) == audit + 1  # one row, one audit entry, one transaction
    undated = create_task(store, patient_id=panel["bea"], title="Someday", due_at=None)
    assert undated.group == NO_DATE


def test_complete_reopen_and_set_due(store: Store, panel) -> None:
    task_id = panel["overdue-2-days"]
    done = complete_task(store, task_id, now=NOW)
    assert done.status == "done" and done.group == DONE and done.completed_at == NOW
    assert complete_task(store, task_id, now=NOW + HOUR).completed_at == NOW  # no change
    with store.session() as s:
        assert task_id not in [r.task_id for r in my_day(s, now=NOW)]
        assert task_id in [r.task_id for r in my_day(s, now=NOW, include_done=True)]

    reopened = reopen_task(store, task_id, now=NOW)
    assert reopened.status == "open" and reopened.completed_at is None
    assert reopened.group == OVERDUE and reopened.overdue

    moved = set_due(store, task_id, NOW + 2 * HOUR, now=NOW)
    assert moved.group == TODAY and not moved.overdue
    cleared = set_due(store, task_id, None, now=NOW)
    assert cleared.group == NO_DATE and cleared.due_at is None

    with pytest.raises(InputError, match="no longer in this store"):
        complete_task(store, "no-such-task")
    with pytest.raises(InputError, match="no longer in this store"):
        reopen_task(store, panel["deleted"])
    with pytest.raises(InputError, match="cancelled"):
        complete_task(store, panel["cancelled"])
    with pytest.raises(InputError, match="time zone"):
        set_due(store, task_id, dt.datetime(2026, 3, 10, 12))
    assert reopen_task(store, panel["cancelled"]).status == "open"


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    from app.demo.generator import build_demo_panel

    folder: Path = tmp_path_factory.mktemp("worklist-demo") / "store"
    store = Store.create(folder, mode="passphrase", passphrase="worklist demo 12345")
    build_demo_panel(store)
    yield store
    store.close()


def test_my_day_on_the_demo_panel(demo_store: Store) -> None:
    now = dt.datetime.now(dt.timezone.utc)
    with demo_store.session() as s:
        rows = my_day(s, now=now)
    assert rows, "the demo panel has tasks due and overdue"
    groups = [r.group for r in rows]
    assert OVERDUE in groups
    assert groups == sorted(groups, key=[OVERDUE, TODAY, NO_DATE].index)  # overdue first
    overdue = [r for r in rows if r.group == OVERDUE]
    assert all(r.overdue and r.due_at < now for r in overdue)
    assert [r.due_at for r in overdue] == sorted(r.due_at for r in overdue)
    end = local_day_start(now, 1)
    assert all(r.is_open and (r.due_at is None or r.due_at < end) for r in rows)
    assert all(r.patient_name and r.patient_id for r in rows)
