"""Transitions of care through the GUI: a discharge arrives (as an import would put it in the
store), the app opens its transition and escalates the missed home visit; the nurse records
the contact (two attempts), the home visit and the follow-up until it is completed; and
"Record a discharge" opens another one with every LACE component shown."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDateTime, Qt
from sqlalchemy import select

from app.coordination import transitions as T
from app.models.entities import Condition, Encounter, Patient, Task
from app.views.coordination.transitions import Column, DischargeDialog, StepDialog
from app.views.main_window import MainWindow
from tests.views.conftest import show_active

UTC = dt.timezone.utc


def _seed(store: Any, now: dt.datetime) -> tuple[str, str]:
    with store.write() as s:
        ann = Patient(given_name="Ann", family_name="Arrival", birth_date=dt.date(1944, 2, 3))
        bea = Patient(given_name="Bea", family_name="Manual", birth_date=dt.date(1950, 6, 1))
        s.add_all([ann, bea])
        s.flush()
        s.add(Condition(patient_id=ann.id, code_display="Chronic congestive heart failure",
                        code="88805009", code_system="http://snomed.info/sct",
                        clinical_status="active", onset_at=now - dt.timedelta(days=900)))
        s.add(Encounter(patient_id=ann.id, kind="emergency", class_code="EMER",
                        start_at=now - dt.timedelta(days=9, hours=6),
                        end_at=now - dt.timedelta(days=9, hours=1), reason="Dyspnea"))
        s.add(Encounter(patient_id=ann.id, kind="inpatient", class_code="IMP",
                        start_at=now - dt.timedelta(days=9), end_at=now - dt.timedelta(days=4),
                        facility="Riverside General", reason="Heart failure exacerbation"))
        return ann.id, bea.id


def _accept_step(window: Any, page: Any, button: Any, outcome: str | None = None) -> None:
    button.click()
    dialog = page.last_dialog
    assert isinstance(dialog, StepDialog)
    if outcome is not None:
        dialog.outcome_edit.setText(outcome)
    dialog.accept()


def test_discharge_from_arrival_to_completed_follow_up(qtbot: Any, empty_store: Any,
                                                       sync_runner: Any, shot: Any) -> None:
    store = empty_store
    now = dt.datetime.now(UTC).replace(microsecond=0)
    ann_id, bea_id = _seed(store, now)
    window = show_active(qtbot, MainWindow(store, sync_runner, demo=False, watch_system=False),
                         1400, 860)
    # the app at start (app.py) and after an import: open transitions, escalate missed steps
    window.transitions_refresher.set_store(store)
    window.transitions_action.trigger()
    page = window.tabs.currentWidget()
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Transitions"
    assert page.model.rowCount() == 1
    row = page.model.rows[0]
    assert row.patient_id == ann_id and row.facility == "Riverside General"
    # LACE: 5 days (4) + through the ED (3) + heart failure (2) + no earlier ED visits (0)
    assert row.lace_score == 9 and row.complexity == "moderate"
    home = page.model.index(0, Column.HOME_VISIT)
    assert home.data().startswith("Late: was due")  # 72 h passed: words, red, an icon
    assert home.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b00020"
    assert home.data(Qt.ItemDataRole.DecorationRole) is not None
    assert row.step("home_visit").escalated
    html = page.detail_view.toHtml()
    for text in ("Length of stay", "Acuity of admission", "Comorbidity", "Emergency visits",
                 "Chronic congestive heart failure", "admitted through the emergency department"):
        assert text in html, text
    with store.session() as s:
        tasks = s.scalars(select(Task).where(Task.origin_id == row.id)).all()
    assert len(tasks) == 3 and all(t.patient_id == ann_id for t in tasks)
    my_day_titles = {r.title for r in window.my_day.model.task_rows()}
    assert "Transitional care: home visit after discharge" in my_day_titles
    shot(window, "coord_transitions_arrival")

    # contact: two documented attempts count (CMS)
    _accept_step(window, page, page.attempt_button)
    assert page.current().contact_attempts == 1 and page.contact_button.isEnabled()
    _accept_step(window, page, page.attempt_button)
    row = page.current()
    assert row.step("contact").state == T.DONE and not page.contact_button.isEnabled()
    _accept_step(window, page, page.home_button)
    assert page.current().step("home_visit").state == T.DONE
    shot(window, "coord_transitions_steps")
    # high complexity moves the follow-up to 7 days
    page.complexity_combo.setCurrentIndex(page.complexity_combo.findData("high"))
    page.complexity_combo.activated.emit(page.complexity_combo.currentIndex())
    assert page.current().cpt == "99496"
    _accept_step(window, page, page.followup_button)
    row = page.current()
    assert row.status == "completed" and all(s.state == T.DONE for s in row.steps)
    assert not page.followup_button.isEnabled()
    assert "completed" in page.detail_view.toPlainText()
    with store.session() as s:
        assert {t.status for t in s.scalars(select(Task).where(Task.origin_id == row.id))} == {
            "done"}

    # Record a discharge by hand
    page.discharge_button.click()
    dialog = page.last_dialog
    assert isinstance(dialog, DischargeDialog)
    dialog.patient_combo.setCurrentIndex(dialog.patient_combo.findData(bea_id))
    dialog.facility_edit.setText("St. Mary's Hospital")
    dialog.diagnosis_edit.setText("COPD exacerbation")
    local = now.astimezone().replace(tzinfo=None)
    dialog.admitted_edit.setDateTime(QDateTime(local - dt.timedelta(days=15)))
    dialog.discharged_edit.setDateTime(QDateTime(local - dt.timedelta(hours=3)))
    dialog.emergent_check.setChecked(True)
    dialog.accept()
    row = page.current()
    assert row.patient_id == bea_id and row.diagnosis == "COPD exacerbation"
    # 14 days or more (7) + emergent (3): high risk, high complexity (7-day follow-up)
    assert row.lace_score == 10 and row.lace_risk == "high" and row.complexity == "high"
    assert page.model.index(page.table.currentIndex().row(), Column.LACE).data() == \
        "10 · high risk"
    assert all(s.state == T.DUE for s in row.steps)
    shot(window, "coord_transitions_recorded")
    # the chart's summary shows the open transition in its discharge card
    page.chart_button.click()
    chart = window.tabs.currentWidget()
    assert chart.property("patient_id") == bea_id
    summary = chart.summary.transition
    assert summary.row is not None and summary.row.id == row.id
    assert "Transition of care" in summary.text() and "Home visit" in summary.text()
    shot(window, "coord_transitions_chart")
    window.transitions_action.trigger()
    assert window.tabs.currentWidget() is page
    # closing without completing, with a reason
    page.cancel_button.click()
    cancel = page.last_dialog
    cancel.reason_combo.setCurrentIndex(cancel.reason_combo.findData("declined"))
    cancel.accept()
    assert page.current().status == "cancelled"


def test_demo_panel_opens_transitions_in_every_state(qtbot: Any, tmp_path: Any,
                                                     sync_runner: Any, shot: Any) -> None:
    from app.demo import build_demo_panel
    from app.models.store import Store
    from app.views.coordination.transitions import TransitionsWidget
    from tests.views.conftest import PASSPHRASE

    store = Store.create(tmp_path / "demo", mode="passphrase", passphrase=PASSPHRASE)
    try:
        now = dt.datetime.now(UTC)
        build_demo_panel(store, today=now.date())
        T.refresh(store, now=now)  # what the app runs when the demo opens
        page = show_active(qtbot, TransitionsWidget(store, sync_runner), 1400, 820)
        rows = page.model.rows
        assert len(rows) >= 3 and all(r.status == "open" for r in rows)
        states = {s.state for r in rows for s in r.steps}
        assert {T.DONE, T.DUE} <= states and states & {T.OVERDUE, T.LATE}
        # the newest featured discharge: contact done, the others due; another one overdue
        assert any(r.step("contact").state == T.DONE and r.step("home_visit").state == T.DUE
                   for r in rows)
        assert any(r.overdue for r in rows) and any(r.lace_risk == "high" for r in rows)
        overdue_row = next(i for i, r in enumerate(rows) if r.overdue)
        page.table.selectRow(overdue_row)
        assert "overdue" in page.detail_view.toPlainText()
        shot(page, "coord_transitions_demo")
    finally:
        store.close()
