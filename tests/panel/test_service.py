"""The panel summary as the nurse's home screen needs it."""

from __future__ import annotations

import datetime as dt

from app.models.entities import (
    Appointment, Condition, Referral, Encounter, Medication, MedRecWorksheet, PanelMembership, Patient,
    Task, User,
)
from app.models.store import Store
from app.panel.service import age_on, load_panel

UTC = dt.timezone.utc
NOW = dt.datetime(2026, 11, 29, 15, 0, tzinfo=UTC)


def h(hours: float) -> dt.datetime:
    return NOW - dt.timedelta(hours=hours)


def test_panel_rows_summarise_each_patient(store: Store) -> None:
    with store.write() as s:
        nurse, other = User(username="n1", display_name="N1"), User(username="n2", display_name="N2")
        a = Patient(given_name="Amara", family_name="Zellweger", birth_date=dt.date(1940, 12, 1),
                    risk_level="high")
        b = Patient(given_name="Bo", family_name="Abernathy", birth_date=dt.date(1950, 1, 1))
        c = Patient(given_name="Cy", family_name="Gone", deleted_at=h(1))
        s.add_all([nurse, other, a, b, c])
        s.flush()
        s.add_all([
            PanelMembership(patient_id=a.id, user_id=nurse.id, since=h(1000)),
            PanelMembership(patient_id=b.id, user_id=other.id, since=h(1000)),
            Condition(patient_id=a.id, code_display="Heart failure", clinical_status="active",
                      onset_at=h(5000)),
            Condition(patient_id=a.id, code_display="Old sprain", clinical_status="resolved"),
            Condition(patient_id=a.id, code_display="Atrial fibrillation",
                      clinical_status="active", onset_at=h(100)),
            Condition(patient_id=a.id, code_text="CKD stage 3", clinical_status="active",
                      onset_at=h(9000)),
            Condition(patient_id=a.id, code_display="Gout", clinical_status="active",
                      onset_at=h(20000)),
            Encounter(patient_id=a.id, kind="inpatient", start_at=h(120), end_at=h(71)),
            Encounter(patient_id=b.id, kind="inpatient", start_at=h(200), end_at=h(73)),
            Encounter(patient_id=a.id, kind="home", start_at=h(400)),
            Appointment(patient_id=a.id, starts_at=NOW + dt.timedelta(days=2)),
            Appointment(patient_id=a.id, starts_at=NOW + dt.timedelta(days=9)),
            Appointment(patient_id=b.id, starts_at=NOW + dt.timedelta(days=8)),
            Referral(patient_id=a.id, to_name="Dr Vance", reason="cardiology", status="sent"),
            Referral(patient_id=a.id, to_name="Dr Lo", reason="podiatry", status="closed"),
            Encounter(patient_id=b.id, kind="home", start_at=h(60)),
            Task(patient_id=a.id, title="call", due_at=h(5)),
            Task(patient_id=a.id, title="visit", due_at=NOW + dt.timedelta(days=1)),
            Task(patient_id=a.id, title="done", status="done", due_at=h(50)),
            Medication(patient_id=a.id, code_display="Furosemide 40 MG Oral Tablet",
                       status="active"),
            Medication(patient_id=a.id, code_display="Old", status="stopped"),
            Medication(patient_id=b.id, code_display="Metformin", status="active"),
            MedRecWorksheet(patient_id=b.id, status="completed", started_at=h(80),
                            completed_at=dt.datetime.now(UTC) + dt.timedelta(hours=1)),
        ])
    with store.session() as s:
        rows = load_panel(s, now=NOW)
        mine = load_panel(s, user_id=nurse.id, now=NOW)
    assert [r.family_name for r in rows] == ["Abernathy", "Zellweger"]  # tombstoned left out
    zell = rows[1]
    assert zell.age == 85  # the three most recent active problems, newest first
    assert zell.key_problems == ["Atrial fibrillation", "Heart failure", "CKD stage 3"]
    assert zell.recently_discharged and not rows[0].recently_discharged  # 71 h vs 73 h
    assert zell.next_visit == NOW + dt.timedelta(days=2) and zell.last_visit == h(400)
    assert (zell.open_tasks, zell.overdue_tasks) == (2, 1)
    assert (zell.active_meds, zell.unreconciled_meds) == (1, 1)
    assert (rows[0].active_meds, rows[0].unreconciled_meds) == (1, 0)  # reconciled since
    assert [r.family_name for r in mine] == ["Zellweger"]
    # The saved filters' facts: a 72-h discharge not yet visited, a visit due this week,
    # open referrals (a closed one does not count).
    assert zell.needs_transition_visit and zell.visit_due_this_week
    assert zell.open_referrals == 1 and rows[0].open_referrals == 0
    assert rows[0].visited_since_discharge and not rows[0].visit_due_this_week


def test_age_on_birthdays() -> None:
    assert age_on(dt.date(1950, 3, 2), dt.date(2026, 3, 1)) == 75
    assert age_on(dt.date(1950, 3, 2), dt.date(2026, 3, 2)) == 76
    assert age_on(None, dt.date(2026, 3, 2)) is None
