"""The referral loop, tracked results and the call list driven through the GUI like a nurse
would: a referral from creation to the report received and reviewed on the chart's Referrals
tab, an SBAR handoff logged, a tracked test matched and acknowledged, and a call logged from
the call list. Screenshots: tests/artifacts/coord_referrals_*.png, coord_results_*.png,
coord_calllist_*.png."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlalchemy import select

from app.chart.service import fetch_chart
from app.coordination import referrals as R
from app.models.entities import CommunicationLogEntry, Observation, Patient, Referral, Task
from app.views.chart import ChartWidget
from app.views.coordination.communication import CallListWidget
from app.views.coordination.loop_common import to_qdatetime
from tests.views.conftest import show_active

LEFT = Qt.MouseButton.LeftButton
DAY = dt.timedelta(days=1)


def _patient(store: Any) -> str:
    with store.write() as s:
        p = Patient(given_name="Margaret", family_name="Abbott", phone="555-0101",
                    birth_date=dt.date(1948, 3, 2), pcp_name="Dr. Primary",
                    pcp_phone="555-0300")
        s.add(p)
        s.flush()
        return p.id


def _chart(qtbot: Any, store: Any, runner: Any, pid: str) -> ChartWidget:
    w = ChartWidget()
    w.set_services(store, runner)
    w.sig_data_changed.connect(lambda: w.set_chart(fetch_chart(store, pid)))
    w.set_chart(fetch_chart(store, pid))
    show_active(qtbot, w, 1250, 760)
    return w


def _ok(qtbot: Any, dialog: Any) -> None:
    box = dialog.findChild(QDialogButtonBox)
    button = box.button(QDialogButtonBox.StandardButton.Ok)
    assert button.isEnabled()
    qtbot.mouseClick(button, LEFT)


def test_referral_from_creation_to_review_through_the_chart(qtbot: Any, empty_store: Any,
                                                            sync_runner: Any, shot: Any) -> None:
    store = empty_store
    pid = _patient(store)
    # a specialist used before (another referral, now closed) is offered again
    old = R.create_referral(store, patient_id=pid, to_name="Dr. Rivera", to_specialty="Cardiology",
                            to_phone="555-0142", to_fax="555-0143", to_address="9 Heart Way",
                            reason="Murmur", send=True, now=dt.datetime.now(dt.UTC)
                            - 400 * DAY)
    R.cancel_referral(store, old.id, "done elsewhere")
    w = _chart(qtbot, store, sync_runner, pid)
    w.show_tab("referrals")
    panel = w.referrals.loop
    assert panel.isVisible() and not w.referrals.list.isVisible()

    qtbot.mouseClick(panel.new_button, LEFT)
    dialog = panel.last_dialog
    assert dialog.isVisible()
    assert not dialog.ok_button.isEnabled()  # a name and a reason first
    dialog.previous.setCurrentIndex(1)  # Dr. Rivera, with his contact details
    assert (dialog.phone.text(), dialog.fax.text(), dialog.address.text()) == (
        "555-0142", "555-0143", "9 Heart Way")
    dialog.reason.setPlainText("Heart failure, worse breathlessness")
    dialog.priority.setCurrentIndex(1)  # urgent
    shot(dialog, "coord_referrals_new_dialog")
    _ok(qtbot, dialog)

    new = next(r for r in panel.rows if r.status == "draft")
    panel.select(new.id)
    qtbot.mouseClick(panel.contact_button, LEFT)  # a new phone number for the office
    panel.last_dialog.phone.setText("555-0150")
    _ok(qtbot, panel.last_dialog)
    assert panel.current().to_phone == "555-0150" and panel.current().to_fax == "555-0143"
    assert panel.visible_steps() == ["sent", "cancelled"]
    assert "555-0150" in panel.details.toPlainText()
    qtbot.mouseClick(panel.step_buttons["sent"], LEFT)
    assert panel.current().status == "sent"
    assert panel.visible_steps() == ["scheduled", "seen", "cancelled"]

    # a date before it was sent is refused, in words, under the buttons
    qtbot.mouseClick(panel.step_buttons["scheduled"], LEFT)
    panel.last_dialog.set_when(dt.datetime.now(dt.UTC) - 3 * DAY)
    _ok(qtbot, panel.last_dialog)
    assert panel.error_label.isVisible()
    assert "appointment time is before the sending time" in panel.error_label.text()
    qtbot.mouseClick(panel.step_buttons["scheduled"], LEFT)
    panel.last_dialog.set_when(dt.datetime.now(dt.UTC) + 5 * DAY)
    _ok(qtbot, panel.last_dialog)
    assert not panel.error_label.isVisible()
    row = panel.current()
    assert row.status == "scheduled" and row.days_to_appointment == 5
    assert "Appointment booked" in panel.model.index(0, 2).data()
    assert w.chart.upcoming_appointments  # the appointment is in the chart

    qtbot.mouseClick(panel.step_buttons["seen"], LEFT)
    qtbot.mouseClick(panel.step_buttons["report_received"], LEFT)
    assert panel.current().status == "report_received"
    assert panel.visible_steps() == ["reviewed", "cancelled"]
    assert panel.model.index(0, 2).data() == "Report received, to review"
    assert "report to review" in panel.caption.text()
    shot(w, "coord_referrals_report_received")
    qtbot.mouseClick(panel.step_buttons["reviewed"], LEFT)
    qtbot.mouseClick(panel.step_buttons["closed"], LEFT)
    with store.session() as s:
        ref = s.get(Referral, new.id)
        assert ref.status == "closed" and ref.priority == "urgent"
        assert None not in (ref.sent_at, ref.scheduled_for, ref.seen_at, ref.report_received_at,
                            ref.reviewed_at, ref.closed_at)
    assert panel.visible_steps() == []


def test_overdue_referral_marked_in_words_and_sbar_logged(qtbot: Any, empty_store: Any,
                                                         sync_runner: Any, shot: Any) -> None:
    store = empty_store
    pid = _patient(store)
    R.create_referral(store, patient_id=pid, to_name="Dr. Okoye", to_specialty="Nephrology",
                      to_phone="555-0177", reason="CKD stage 4", send=True,
                      now=dt.datetime.now(dt.UTC) - 10 * DAY)
    w = _chart(qtbot, store, sync_runner, pid)
    w.show_tab("referrals")
    panel = w.referrals.loop
    late = panel.model.index(0, 3).data()
    assert late.startswith("Overdue 3 days: Referral not scheduled")
    assert "OVERDUE" in panel.details.toPlainText()
    assert "program default" in panel.details.toPlainText()
    assert any(t.origin == "referral" for t in w.chart.tasks)  # the follow-up task
    shot(w, "coord_referrals_overdue")

    w.show_tab("communication")
    bar = w.communication.actions_bar
    assert bar.isVisible()
    qtbot.mouseClick(bar.sbar_button, LEFT)
    dialog = bar.last_dialog
    dialog.party.setText("Dr. Primary")
    dialog.role.setCurrentText("PCP")
    for key, text in (("situation", "Weight up 2 kg in 3 days"), ("background", "HF"),
                      ("assessment", "Fluid overload")):
        dialog.parts[key].setPlainText(text)
    assert not dialog.ok_button.isEnabled()  # all four parts are required
    dialog.parts["recommendation"].setPlainText("Increase diuretic, visit tomorrow")
    shot(dialog, "coord_communication_sbar_dialog")
    _ok(qtbot, dialog)
    assert w.communication.model.rowCount() == 1
    assert "Recommendation:" in w.communication.details.toPlainText()
    assert "SBAR handoff" in w.communication.model.index(0, 4).data()

    # a call planned from the chart is on today's call list
    qtbot.mouseClick(bar.plan_button, LEFT)
    plan = bar.last_dialog
    plan.when.setDateTime(to_qdatetime(dt.datetime.now(dt.UTC)
                                       - dt.timedelta(minutes=1)))
    plan.purpose.setText("Ask how the new diuretic dose is going")
    _ok(qtbot, plan)
    calls = CallListWidget(store, sync_runner)
    calls.reload()
    assert [c.why for c in calls.items] == ["Referral not scheduled: call the office",
                                            "Ask how the new diuretic dose is going"]


def test_tracked_result_matched_and_acknowledged(qtbot: Any, empty_store: Any,
                                                 sync_runner: Any, shot: Any) -> None:
    store = empty_store
    pid = _patient(store)
    w = _chart(qtbot, store, sync_runner, pid)
    w.show_tab("results")
    panel = w.results
    qtbot.mouseClick(panel.order_button, LEFT)
    dialog = panel.last_dialog
    dialog.name.setText("Potassium")
    dialog.code.setText("2823-3")
    dialog.responsible.setText("Dr. Primary")
    _ok(qtbot, dialog)
    assert panel.current().status == "ordered"
    with store.write() as s:
        s.add(Observation(patient_id=pid, code="2823-3", code_text="Potassium",
                          effective_at=dt.datetime.now(dt.UTC),
                          value_quantity=6.2, value_unit="mmol/L", reference_low=3.5,
                          reference_high=5.1))
    qtbot.mouseClick(panel.match_button, LEFT)
    row = panel.current()
    assert row.status == "resulted" and row.abnormal is True
    assert panel.model.index(0, 2).data().startswith("ABNORMAL: 6.2 mmol/L")
    assert "abnormal result not acknowledged" in panel.caption.text()
    shot(w, "coord_results_abnormal")
    qtbot.mouseClick(panel.ack_button, LEFT)
    assert panel.last_dialog.who() == "Dr. Primary"
    _ok(qtbot, panel.last_dialog)
    assert panel.current().status == "acknowledged"
    assert any(t.title == "Tell the patient the result" for t in w.chart.tasks)
    qtbot.mouseClick(panel.inform_button, LEFT)
    _ok(qtbot, panel.last_dialog)
    assert panel.current().status == "closed"


def test_call_list_logs_a_call_in_one_click(qtbot: Any, empty_store: Any, sync_runner: Any,
                                            shot: Any) -> None:
    store = empty_store
    pid = _patient(store)
    now = dt.datetime.now(dt.UTC)
    R.create_referral(store, patient_id=pid, to_name="Dr. Okoye", to_specialty="Nephrology",
                      to_phone="555-0177", reason="CKD", send=True, now=now - 9 * DAY)
    with store.write() as s:
        s.add(Task(patient_id=pid, title="Transition call: 2-business-day contact",
                   origin="transition", status="open", due_at=now - dt.timedelta(hours=1)))
    w = CallListWidget(store, sync_runner)
    show_active(qtbot, w, 1100, 420)
    w.reload()
    assert w.model.rowCount() == 2
    texts = {w.model.index(r, 2).data(): r for r in range(w.model.rowCount())}
    office = texts["Referral not scheduled: call the office — referral follow-up"]
    assert w.model.index(office, 4).data() == "555-0177"
    assert w.model.index(office, 3).data() == "Dr. Okoye (Nephrology)"
    assert w.model.index(office, 0).data().startswith("Overdue: ")
    assert "2 calls to make today" in w.caption.text()
    shot(w, "coord_calllist_today")

    transition = texts["Transition call: 2-business-day contact — transition of care"]
    w.table.setCurrentIndex(w.model.index(transition, 0))
    assert w.model.index(transition, 4).data() == "555-0101"
    qtbot.mouseClick(w.log_button, LEFT)
    dialog = w.last_dialog
    dialog.note.setPlainText("Doing well, visit booked")
    shot(dialog, "coord_calllist_log_dialog")
    _ok(qtbot, dialog)
    assert w.model.rowCount() == 1
    QApplication.processEvents()
    with store.session() as s:
        [entry] = s.scalars(select(CommunicationLogEntry)).all()
        assert entry.summary.startswith("Transition call") and entry.outcome == "reached"
        assert entry.party_role == "patient"
        task = s.scalars(select(Task).where(Task.origin == "transition")).one()
        assert task.status == "done"


def test_call_list_in_the_workspace_ctrl_4_and_chart_acts(qtbot: Any, empty_store: Any,
                                                          sync_runner: Any) -> None:
    from app.views.main_window import MainWindow

    store = empty_store
    pid = _patient(store)
    with store.write() as s:
        s.add(Task(patient_id=pid, title="Phone the caregiver about the new walker",
                   status="open", due_at=dt.datetime.now(dt.UTC)))
    window = MainWindow(store, sync_runner, demo=False, settings=None, watch_system=False)
    show_active(qtbot, window, 1200, 720)
    assert window.call_list_action.shortcut().toString() == "Ctrl+4"
    assert window.call_list_action in window.menuBar().actions()[2].menu().actions()  # View
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    page = window.tabs.currentWidget()
    assert isinstance(page, CallListWidget) and page.model.rowCount() == 1
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Call list"
    qtbot.mouseClick(page.open_button, LEFT)
    chart = window.tabs.currentWidget()
    assert isinstance(chart, ChartWidget) and chart.property("patient_id") == pid
    chart.show_tab("referrals")
    assert chart.referrals.loop.isVisible() and chart.referrals.loop.bound
    chart.show_tab("communication")
    assert chart.communication.actions_bar.isVisible()
