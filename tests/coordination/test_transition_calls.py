"""The call list and transitions of care share one code path: a call logged from the call list
for a transition's contact task records the contact with the call's outcome, or an unsuccessful
attempt (two documented attempts meet the step, CMS TCM), through the transitions module."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select

from app.coordination import communication as C
from app.coordination import transitions as T
from app.models.entities import CommunicationLogEntry, Patient, Task
from app.models.errors import InputError

DISCHARGE = dt.datetime(2026, 11, 16, 10, 0).astimezone()  # a Monday, local time
DUE_DAY = dt.datetime(2026, 11, 18, 9, 0).astimezone()  # the 2nd business day: on the list


def _discharged(store: Any, given: str) -> tuple[str, T.TransitionRow]:
    with store.write() as s:
        p = Patient(given_name=given, family_name="Test", phone="555-0100")
        s.add(p)
        s.flush()
        pid = p.id
    row = T.record_discharge(store, patient_id=pid, discharged_at=DISCHARGE,
                             facility="General Hospital", diagnosis="Heart failure",
                             now=DISCHARGE + dt.timedelta(hours=1))
    return pid, row


def _contact_call(store: Any, pid: str, now: dt.datetime) -> C.CallItem:
    items = _transition_calls(store, pid, now)
    assert len(items) == 1
    return items[0]


def _transition_calls(store: Any, pid: str, now: dt.datetime) -> list[C.CallItem]:
    with store.session() as s:
        return [i for i in C.call_list(s, now=now, patient_id=pid) if i.origin == "transition"]


def _log(store: Any, pid: str) -> list[CommunicationLogEntry]:
    with store.session() as s:
        return list(s.scalars(select(CommunicationLogEntry).where(
            CommunicationLogEntry.patient_id == pid)
            .order_by(CommunicationLogEntry.occurred_at)).all())


def test_a_reached_call_records_the_transition_contact_with_its_outcome(store: Any) -> None:
    pid, t = _discharged(store, "Ada")
    item = _contact_call(store, pid, DUE_DAY)
    assert item.task_id == T.task_id_for(t.id, "contact") and item.party_role == "patient"
    C.complete_call(store, item.key, outcome="reached", note="Feeling better, has her pills",
                    now=DUE_DAY)
    with store.session() as s:
        row = T.get_transition(s, t.id, now=DUE_DAY)
        task = s.get(Task, T.task_id_for(t.id, "contact"))
    contact = row.step("contact")
    assert contact.state == T.DONE and contact.done_at == DUE_DAY
    assert contact.outcome == "Reached by phone: Feeling better, has her pills"
    assert task is not None and (task.status, task.completed_at) == ("done", DUE_DAY)
    entries = _log(store, pid)  # one entry for one call, written by the transitions module
    assert [(e.summary, e.outcome) for e in entries] == [
        (T.CONTACT_SUMMARY + "\nFeeling better, has her pills", "reached")]
    assert entries[0].party_name == "Test, Ada" and entries[0].party_role == "patient"
    # off the list; re-running the transitions' refresh changes nothing (idempotent)
    assert not _transition_calls(store, pid, DUE_DAY)
    with pytest.raises(InputError, match="no longer on the list"):
        C.complete_call(store, item.key, outcome="reached", now=DUE_DAY)
    T.escalate_overdue(store, now=DUE_DAY + dt.timedelta(days=1))
    with store.session() as s:
        again = T.get_transition(s, t.id, now=DUE_DAY)
    assert again.step("contact").outcome == contact.outcome
    assert len(_log(store, pid)) == 1


def test_two_no_answer_calls_meet_the_contact_step(store: Any) -> None:
    pid, t = _discharged(store, "Bea")
    first = DUE_DAY
    C.complete_call(store, _contact_call(store, pid, first).key, outcome="no_answer",
                    done=False, now=first)
    with store.session() as s:
        row = T.get_transition(s, t.id, now=first)
    assert row.contact_attempts == 1 and row.step("contact").state == T.DUE
    second = DUE_DAY + dt.timedelta(hours=6)
    item = _contact_call(store, pid, second)  # still on the list after one attempt
    C.complete_call(store, item.key, outcome="left_message", note="Voicemail", done=False,
                    now=second)
    with store.session() as s:
        row = T.get_transition(s, t.id, now=second)
        task = s.get(Task, T.task_id_for(t.id, "contact"))
    contact = row.step("contact")
    assert row.contact_attempts == 2
    assert contact.state == T.DONE and contact.done_at == second
    assert contact.outcome == "2 documented attempts, not reached"
    assert task is not None and task.status == "done"
    assert [e.outcome for e in _log(store, pid)] == ["no answer", "left message"]
    assert not _transition_calls(store, pid, second)
    # the transitions screen sees the same contact: a third attempt is refused
    with pytest.raises(InputError, match="already recorded"):
        T.record_contact_attempt(store, t.id, now=second)


def test_a_call_for_a_transition_task_without_its_transition_is_logged_as_before(
        store: Any) -> None:
    with store.write() as s:
        p = Patient(given_name="Cy", family_name="Test", phone="555-0100")
        s.add(p)
        s.flush()
        pid = p.id
        s.add(Task(patient_id=pid, title="Transition contact within 2 business days",
                   origin="transition", status="open", due_at=DUE_DAY))
    item = _contact_call(store, pid, DUE_DAY)
    entry = C.complete_call(store, item.key, outcome="no_answer", now=DUE_DAY)
    assert entry.summary == "Transition contact within 2 business days"
    assert entry.outcome == "no answer"
