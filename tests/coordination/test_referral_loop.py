"""The referral loop: every step and every refusal, overdue rules from the data file as
idempotent follow-up tasks, time to appointment, specialists offered again."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select

from app.coordination import referrals as R
from app.coordination.loops import load_rules
from app.models.entities import Appointment, Patient, Referral, Task
from app.models.errors import InputError

UTC = dt.UTC
T0 = dt.datetime(2026, 11, 2, 15, 0, tzinfo=UTC)  # a Monday
DAY = dt.timedelta(days=1)


def _patient(store: Any, phone: str = "555-0100") -> str:
    with store.write() as s:
        p = Patient(given_name="Ada", family_name="Test", phone=phone)
        s.add(p)
        s.flush()
        return p.id


def _tasks(store: Any, referral_id: str) -> list[Task]:
    with store.session() as s:
        return list(s.scalars(select(Task).where(Task.origin == "referral",
                                                 Task.origin_id == referral_id)))


def _new(store: Any, pid: str, **kw: Any) -> R.ReferralRow:
    args = {"patient_id": pid, "to_name": "Dr. Heart", "to_specialty": "Cardiology",
                "to_phone": "555-0199", "to_fax": "555-0198", "to_address": "1 Main St",
                "reason": "Worsening heart failure", "now": T0}
    args.update(kw)
    return R.create_referral(store, **args)


def test_rules_file_has_sources_and_labels_program_defaults() -> None:
    ruleset = load_rules("referral_timeliness")
    ids = {r.id for r in ruleset.rules}
    assert {"not_scheduled", "report_missing", "not_reviewed"} <= ids
    ns = ruleset.by_id("not_scheduled")
    assert ns.days == {"routine": 7, "urgent": 2} and ns.program_default
    assert "Closing the Loop" in ns.source
    assert ruleset.by_id("report_missing").days["routine"] == 14
    assert ruleset.by_id("not_reviewed").days["routine"] == 7
    assert all(r.source for r in ruleset.rules)


def test_full_clinical_loop_keeps_every_time(store: Any) -> None:
    pid = _patient(store)
    r = _new(store, pid)
    assert r.status == "draft" and r.next_steps == ("sent", "cancelled")
    r = R.send_referral(store, r.id, now=T0)
    assert r.status == "sent" and r.sent_at == T0
    appt_at = T0 + 10 * DAY
    r = R.schedule_referral(store, r.id, appt_at, now=T0 + DAY)
    assert r.status == "scheduled" and r.scheduled_for == appt_at
    assert r.days_to_appointment == 10 and r.appointment_location == "1 Main St"
    # rescheduling moves the same appointment
    r = R.schedule_referral(store, r.id, appt_at + DAY, now=T0 + 2 * DAY)
    with store.session() as s:
        appts = s.scalars(select(Appointment).where(Appointment.referral_id == r.id)).all()
        assert len(appts) == 1 and appts[0].starts_at == appt_at + DAY
        assert appts[0].kind == "specialist" and appts[0].status == "booked"
    r = R.mark_seen(store, r.id, at=appt_at + DAY, now=appt_at + DAY)
    assert r.status == "seen" and r.days_to_seen == 11
    with store.session() as s:
        assert s.get(Appointment, r.appointment_id).status == "fulfilled"
    r = R.mark_report_received(store, r.id, now=appt_at + 3 * DAY)
    assert r.status == "report_received" and r.next_steps == ("reviewed", "cancelled")
    r = R.mark_reviewed(store, r.id, now=appt_at + 4 * DAY)
    r = R.close_referral(store, r.id, now=appt_at + 4 * DAY)
    assert r.status == "closed" and not r.is_open
    assert (r.sent_at, r.seen_at, r.report_received_at, r.reviewed_at, r.closed_at) == (
        T0, appt_at + DAY, appt_at + 3 * DAY, appt_at + 4 * DAY, appt_at + 4 * DAY)
    with store.session() as s:
        assert R.median_days_to_appointment(s) == 11.0


REFUSALS = [
    ([], "reviewed", "report received first"),
    ([], "seen", "sent first"),
    (["sent"], "report_received", "seen first"),
    (["sent"], "sent", "already sent"),
    (["sent", "seen"], "reviewed", "report received first"),
    (["sent", "seen"], "closed", "after the report was received and reviewed"),
    (["sent", "seen", "report_received"], "closed", "reviewed"),
    (["sent", "seen", "report_received", "reviewed", "closed"], "seen", "already closed"),
]


def test_illegal_jumps_are_refused_with_clear_words(store: Any) -> None:
    pid = _patient(store)
    for steps, bad, words in REFUSALS:
        r = _new(store, pid)
        for step in steps:
            R.advance(store, r.id, step, now=T0)
        with pytest.raises(InputError, match=words) as err:
            R.advance(store, r.id, bad, now=T0)
        assert "Ada" not in str(err.value) and "heart" not in str(err.value).lower()
        with store.session() as s:  # nothing changed by the refusal
            assert s.get(Referral, r.id).status == (steps[-1] if steps else "draft")


def test_schedule_before_sending_and_cancel_rules(store: Any) -> None:
    pid = _patient(store)
    r = _new(store, pid)
    with pytest.raises(InputError, match="sent first"):
        R.schedule_referral(store, r.id, T0 + DAY, now=T0)
    R.send_referral(store, r.id, now=T0)
    with pytest.raises(InputError, match="before the sending"):
        R.schedule_referral(store, r.id, T0 - DAY, now=T0)
    R.schedule_referral(store, r.id, T0 + 5 * DAY, now=T0)
    with pytest.raises(InputError, match="reason"):
        R.cancel_referral(store, r.id, "  ", now=T0)
    r = R.cancel_referral(store, r.id, "patient moved away", now=T0 + DAY)
    assert r.status == "cancelled" and "patient moved away" in (r.notes or "")
    with store.session() as s:
        assert s.get(Appointment, r.appointment_id).status == "cancelled"
    with pytest.raises(InputError, match="already cancelled"):
        R.cancel_referral(store, r.id, "again", now=T0)


def test_bad_input_refused(store: Any) -> None:
    pid = _patient(store)
    with pytest.raises(InputError, match="reason"):
        _new(store, pid, reason=" ")
    with pytest.raises(InputError, match="priority"):
        _new(store, pid, priority="stat")
    with pytest.raises(InputError, match="social need"):
        _new(store, pid, kind="community")
    with pytest.raises(InputError, match="only a community"):
        _new(store, pid, need_domain="food")
    with pytest.raises(InputError, match="patient"):
        _new(store, "nobody")


def test_overdue_rules_create_one_task_each_and_settle(store: Any) -> None:
    pid = _patient(store)
    routine = _new(store, pid, send=True)
    urgent = _new(store, pid, send=True, priority="urgent", to_name="Dr. Kidney",
                  to_specialty="Nephrology")
    # day 3: the urgent one (2 days) is late, the routine one (7 days) is not
    created = R.evaluate_overdue(store, now=T0 + 3 * DAY)
    assert len(created) == 1
    assert [t.title for t in _tasks(store, urgent.id)] == [
        "Referral not scheduled: call the office"]
    assert _tasks(store, urgent.id)[0].priority == "urgent"
    assert "Program default" in (_tasks(store, urgent.id)[0].description or "")
    assert R.evaluate_overdue(store, now=T0 + 3 * DAY + dt.timedelta(hours=1)) == []  # idempotent
    # day 8: the routine one too; listed overdue, most late first
    assert len(R.evaluate_overdue(store, now=T0 + 8 * DAY)) == 1
    with store.session() as s:
        late = R.overdue_referrals(s, now=T0 + 8 * DAY)
        assert [row.id for row, _name in late] == [urgent.id, routine.id]
        assert late[0][1] == "Test, Ada"
        row = R.get_referral(s, routine.id, now=T0 + 8 * DAY)
        assert row.overdue is not None and row.overdue.rule_id == "not_scheduled"
        assert row.overdue.days_late == 1 and row.days_waiting == 8
    # scheduling settles the task by itself
    R.schedule_referral(store, routine.id, T0 + 12 * DAY, now=T0 + 9 * DAY)
    assert [t.status for t in _tasks(store, routine.id)] == ["done"]
    # seen, then no report for 14 days -> request it; report -> not reviewed after 7 days
    R.mark_seen(store, routine.id, at=T0 + 12 * DAY, now=T0 + 12 * DAY)
    assert R.evaluate_overdue(store, patient_id=pid, now=T0 + 25 * DAY) == []
    assert not [t for t in _tasks(store, routine.id) if "report" in t.title]
    R.evaluate_overdue(store, patient_id=pid, now=T0 + 27 * DAY)
    assert "Specialist report not received: request it" in [
        t.title for t in _tasks(store, routine.id)]
    R.mark_report_received(store, routine.id, now=T0 + 28 * DAY)
    R.evaluate_overdue(store, patient_id=pid, now=T0 + 36 * DAY)
    titles = {t.title: t.status for t in _tasks(store, routine.id)}
    assert titles["Specialist report not received: request it"] == "done"
    assert titles["Specialist report not reviewed"] == "open"
    R.mark_reviewed(store, routine.id, now=T0 + 37 * DAY)
    assert all(t.status == "done" for t in _tasks(store, routine.id))


def test_a_finished_task_is_not_created_again(store: Any) -> None:
    pid = _patient(store)
    r = _new(store, pid, send=True)
    R.evaluate_overdue(store, now=T0 + 8 * DAY)
    [task] = _tasks(store, r.id)
    with store.write() as s:
        s.get(Task, task.id).status = "done"
    assert R.evaluate_overdue(store, now=T0 + 9 * DAY) == []
    assert len(_tasks(store, r.id)) == 1


def test_community_referral_same_loop_closed_when_service_received(store: Any) -> None:
    pid = _patient(store)
    r = _new(store, pid, kind="community", need_domain="food", to_name="Food bank",
             to_specialty=None, send=True)
    assert r.kind == "community" and r.need_domain == "food"
    r = R.mark_seen(store, r.id, now=T0 + 3 * DAY)
    assert r.next_steps == ("closed", "cancelled")
    with pytest.raises(InputError, match="no report"):
        R.mark_report_received(store, r.id, now=T0 + 4 * DAY)
    R.evaluate_overdue(store, now=T0 + 20 * DAY)
    assert [t.title for t in _tasks(store, r.id)] == [
        "Community service not confirmed: ask the patient"]
    r = R.close_referral(store, r.id, now=T0 + 21 * DAY)
    assert r.status == "closed"
    assert [t.status for t in _tasks(store, r.id)] == ["done"]


def test_previous_specialists_are_offered(store: Any) -> None:
    pid = _patient(store)
    _new(store, pid)
    _new(store, pid, to_phone=None)  # a blank does not wipe the known number
    _new(store, pid, to_name="Dr. Lung", to_specialty="Pulmonology", to_phone="555-0111")
    with store.session() as s:
        found = R.previous_specialists(s)
        assert [sp.to_name for sp in found] == ["Dr. Heart", "Dr. Lung"]
        assert found[0].times_used == 2 and found[0].to_phone == "555-0199"
        assert found[0].to_fax == "555-0198" and found[0].to_address == "1 Main St"
        assert [sp.to_name for sp in R.previous_specialists(s, query="pulmo")] == ["Dr. Lung"]


def test_update_contact_and_list_order(store: Any) -> None:
    pid = _patient(store)
    a = _new(store, pid)
    b = _new(store, pid, send=True, to_name="Dr. B", now=T0 + DAY)
    R.cancel_referral(store, a.id, "not needed", now=T0 + DAY)
    R.update_contact(store, b.id, to_phone="555-0177", to_address="2 Elm St", now=T0)
    with store.session() as s:
        rows = R.list_referrals(s, pid, now=T0 + 9 * DAY)
        assert [r.id for r in rows] == [b.id, a.id]  # open (and overdue) first
        assert rows[0].to_phone == "555-0177" and rows[0].overdue is not None
        with pytest.raises(InputError):
            R.get_referral(s, "missing")
    with store.session() as s:
        assert s.get(Referral, a.id).closed_at is not None


def test_tasks_people_made_for_a_referral_are_left_alone(store: Any) -> None:
    pid = _patient(store)
    r = _new(store, pid, send=True)
    with store.write() as s:
        s.add(Task(patient_id=pid, title="Bring the referral letter to the visit",
                   origin="referral", origin_id=r.id, status="open", due_at=T0 + DAY))
    R.evaluate_overdue(store, now=T0 + 8 * DAY)
    R.schedule_referral(store, r.id, T0 + 12 * DAY, now=T0 + 9 * DAY)
    R.cancel_referral(store, r.id, "patient declined", now=T0 + 10 * DAY)
    assert {t.title: t.status for t in _tasks(store, r.id)} == {
        "Bring the referral letter to the visit": "open",
        "Referral not scheduled: call the office": "done"}
