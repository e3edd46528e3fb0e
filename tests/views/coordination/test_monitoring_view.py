"""Remote monitoring, care time and the survey through the GUI: the nurse adds a weight that
crosses the heart-failure threshold and sees the alert (and the task in the chart and My day),
logs time with the start/stop timer, and records a survey."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.coordination import monitoring as M
from app.models.entities import Condition, Patient
from app.views.chart import ChartWidget  # noqa: F401  (first: the chart imports the page)
from app.views.coordination.monitoring import (
    AddReadingDialog,
    LogTimeDialog,
    SurveyDialog,
    ThresholdDialog,
)
from app.views.main_window import MainWindow
from tests.views.conftest import show_active

UTC = dt.timezone.utc


def test_reading_alert_time_and_survey(qtbot: Any, empty_store: Any, sync_runner: Any,
                                       shot: Any, tmp_path: Any) -> None:
    store = empty_store
    now = dt.datetime.now(UTC).replace(microsecond=0)
    with store.write() as s:
        p = Patient(given_name="Hana", family_name="Weigh", birth_date=dt.date(1941, 4, 4),
                    language="es")
        s.add(p)
        s.flush()
        s.add(Condition(patient_id=p.id, code="84114007", code_system="http://snomed.info/sct",
                        code_text="Heart failure", clinical_status="active"))
        pid = p.id
    for days, kg in ((8, 79.4), (3, 79.8), (2, 80.1), (1, 80.2)):
        M.add_reading(store, pid, "weight", kg, at=now - dt.timedelta(days=days), now=now)
    M.add_reading(store, pid, "bp", "134/82", at=now - dt.timedelta(days=1), now=now)

    window = show_active(qtbot, MainWindow(store, sync_runner, demo=False, watch_system=False),
                         1400, 860)
    window.open_patient(pid, "Weigh, Hana")
    chart = window.tabs.currentWidget()
    chart.show_tab("monitoring")
    page = chart.monitoring
    assert page.bound and page.alerts_model.rowCount() == 0
    assert page.thresholds_model.rowCount() == 2  # the heart-failure defaults
    assert page.trends.measures_model.rowCount() == 2  # weight and blood pressure

    # Add reading: 1.5 kg up on yesterday's weight.
    page.add_button.click()
    dialog = page.last_dialog
    assert isinstance(dialog, AddReadingDialog)
    dialog.set_values("weight", "817", "kg")
    dialog.accept()  # refused in the dialog, with a clear message
    assert dialog.isVisible() and "between 20 and 350 kg" in dialog.error.text()
    dialog.set_values("weight", "81.7", "kg")
    shot(dialog, "coord_monitoring_add_reading")
    dialog.accept()
    assert not dialog.isVisible()
    assert page.alerts_model.rowCount() == 1
    alert = page.alerts_model.row(0)
    assert alert.cells[0].text == "Weight up 1.5 kg since yesterday"
    assert alert.cells[1].text == "Open"
    # The task is in the chart's Tasks tab and in My day.
    assert any(t.title == "Weight up 1.5 kg since yesterday" for t in chart.chart.tasks)
    window.show_my_day()
    assert any(r.title == "Weight up 1.5 kg since yesterday" and r.priority == "urgent"
               for r in window.my_day.model.task_rows())
    window.tabs.setCurrentWidget(chart)

    # The nurse edits a threshold: 2 kg in a week becomes 5 lb.
    page.thresholds_table.selectRow(1)
    page.edit_threshold_button.click()
    dialog = page.last_dialog
    assert isinstance(dialog, ThresholdDialog) and dialog.rule.currentData() == "gain_7d"
    dialog.unit.setCurrentIndex(dialog.unit.findData("lb"))
    dialog.value.setValue(5)
    dialog.accept()
    assert page.thresholds_model.row(1).cells[0].text == \
        "Weight gain of more than 5 lb in about a week"

    # Import readings from a CSV file: a bad row is refused whole, with its line number.
    csv_file = tmp_path / "readings.csv"
    csv_file.write_text("date,measure,value,unit\n2026-11-01 08:00,spo2,96,%\n"
                        "2026-11-02 08:00,spo2,9,%\n", encoding="utf-8")
    page.import_readings(str(csv_file))
    assert "Line 3: the oxygen saturation must be between 50 and 100 %" in \
        page.error_label.text()
    csv_file.write_text("date,measure,value,unit\n2026-11-01 08:00,spo2,96,%\n",
                        encoding="utf-8")
    page.import_readings(str(csv_file))
    assert "Imported 1 reading(s)" in page.caption.text()
    assert page.trends.measures_model.rowCount() == 3

    # Time: the timer ran 25 minutes; stopping it offers Log time with them filled in.
    page.time_box.start_timer(now=now - dt.timedelta(minutes=25))
    assert page.time_box.running
    page.time_box.stop_timer(now=now)
    dialog = page.last_dialog
    assert isinstance(dialog, LogTimeDialog) and dialog.minutes.value() == 25
    dialog.accept()
    assert page.time_box.total_label.text() == "This month: 25 min (CCM 25 min)"
    assert "CCM 25 min: 99490" in page.time_box.codes_label.text()
    assert page.time_box.bar.maximum() == 40  # next: 99439 at 40 minutes

    # The survey, in the patient's language (Spanish).
    page.survey_button.click()
    dialog = page.last_dialog
    assert isinstance(dialog, SurveyDialog)
    assert dialog.language.currentData() == "es"
    assert dialog.questions["knew_history"].text().startswith("1. ¿Con qué frecuencia")
    for item, answer in (("knew_history", "always"), ("test_results", "usually"),
                         ("medicines", "always"), ("specialists", "not_applicable"),
                         ("help_managing", "sometimes")):
        dialog.answer(item, answer)
    assert "75 of 100" in dialog.score_label.text()  # (3 + 2 + 3 + 1) / (4 × 3)
    shot(dialog, "coord_monitoring_survey")
    dialog.accept()
    assert "1 survey(s)" in page.survey_label.text() and "score 75 of 100" in \
        page.survey_label.text()
    page.trends.select_measure("weight")
    shot(chart, "coord_monitoring_chart")
