"""Care plans, care gaps and social needs through the GUI (pytest-qt, offscreen): a care gap
closed by recording its evidence, a screening recorded with the form, a care-plan review and
the printed plan, the Care gaps workspace page; screenshots in tests/artifacts/coord_care_*."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.coordination import care_gaps as cg
from app.coordination import care_plans as cp
from app.models.base import LOINC, SNOMED
from app.models.entities import (Condition, Immunization, Observation, Patient, Referral,
                                 SocialNeedsScreening, Task)
from tests.views.conftest import show_active

UTC = dt.timezone.utc


@pytest.fixture
def chart_of(empty_store: Any, sync_runner: Any, qtbot: Any) -> Any:
    """A 76-year-old diabetic with high blood pressure, an A1c ten months old and no flu shot
    this season, her care plan, and her chart open with the coordination sections."""
    from app.chart.service import fetch_chart
    from app.views.chart.widget import ChartWidget
    from app.views.coordination.chart_extension import install_chart_coordination

    now = dt.datetime.now(UTC)
    store = empty_store
    with store.write() as s:
        p = Patient(given_name="Margaret", family_name="Abbott", birth_date=dt.date(1950, 3, 2),
                    sex="female", language="en")
        s.add(p)
        s.flush()
        dm = Condition(patient_id=p.id, code_system=SNOMED, code="44054006",
                       code_text="Type 2 diabetes", clinical_status="active",
                       onset_at=now - dt.timedelta(days=3000))
        s.add(dm)
        s.add(Observation(patient_id=p.id, code_system=LOINC, code="4548-4",
                          effective_at=now - dt.timedelta(days=300), value_quantity=8.6,
                          value_unit="%", status="final"))
        s.add(Observation(patient_id=p.id, code_system=LOINC, code="85354-9",
                          effective_at=now - dt.timedelta(days=10), status="final",
                          components=[{"code": "8480-6", "value": 148, "unit": "mm[Hg]"},
                                      {"code": "8462-4", "value": 86, "unit": "mm[Hg]"}]))
        s.flush()
        pid, dm_id = p.id, dm.id
    plan = cp.create_care_plan(store, pid, title="Community nursing care plan",
                               addresses=[dm_id], interventions=["Weekly pill organizer"])
    cp.add_goal(store, plan, description="Hemoglobin A1c below 8 %", target_code="4548-4",
                target_high=8.0, target_unit="%", target_text="< 8 %")
    cp.add_goal(store, plan, description="Blood pressure below 140/90 mm Hg",
                target_code="8480-6", target_high=140, target_unit="mm[Hg]",
                target_text="< 140/90 mm Hg")
    chart = ChartWidget()
    changed: list[int] = []

    def reload_chart() -> None:  # as the main window does after a change
        changed.append(1)
        chart.set_chart(fetch_chart(store, pid))

    install_chart_coordination(chart, store, sync_runner, pid, on_changed=reload_chart,
                               care_team=("Nurse Demo", "555-0100"))
    show_active(qtbot, chart, 1280, 900)
    chart.set_chart(fetch_chart(store, pid))
    chart.changed = changed  # type: ignore[attr-defined]
    return store, pid, chart


def test_close_a_care_gap_by_recording_its_evidence(chart_of: Any, qtbot: Any,
                                                     shot: Any) -> None:
    from app.views.coordination.care_gaps import EvidenceDialog

    store, pid, chart = chart_of
    chart.show_tab("care_plan")
    panel = chart.coordination.gaps
    assert panel.isVisible()
    assert panel.gap("influenza_annual").status == "open"
    assert panel.gap("diabetes_a1c").status == "open"
    assert "open" in panel.heading.text()
    shot(chart, "coord_care_gaps_chart_before")

    # The flu shot: the dialog asks only for the date.
    assert panel.select("influenza_annual")
    assert panel.evidence_button.isEnabled() and panel.task_button.isEnabled()
    seen: list[Any] = []

    def answer(rule: Any) -> Any:
        dialog = EvidenceDialog(rule, panel)
        qtbot.addWidget(dialog)
        dialog.show()
        seen.append(dialog)
        if rule.id == "diabetes_a1c":
            spin = dialog.fields[0][1]
            spin.selectAll()
            qtbot.keyClicks(spin, "7.1")
            shot(dialog, "coord_care_gaps_evidence_dialog")
        dialog._check()
        return dialog.when(), dialog.values()

    panel.ask_evidence = answer
    qtbot.mouseClick(panel.evidence_button, Qt.MouseButton.LeftButton)
    assert panel.gap("influenza_annual").status == "closed"
    assert panel.status.text() == "Recorded in the chart."
    assert chart.changed  # the main window is told to reload the chart

    # The A1c: typed into the dialog.
    assert panel.select("diabetes_a1c")
    qtbot.mouseClick(panel.evidence_button, Qt.MouseButton.LeftButton)
    a1c = panel.gap("diabetes_a1c")
    assert a1c.status == "closed" and a1c.evidence.startswith("A1c 7.1 %")
    with store.session() as s:
        assert s.query(Immunization).filter_by(patient_id=pid, code="150").count() == 1
    # "Create task" on a gap still open: once, not twice
    assert panel.select("fall_risk_screen")
    qtbot.mouseClick(panel.task_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.task_button, Qt.MouseButton.LeftButton)
    assert panel.status.text() == "A task for this gap is already open."
    with store.session() as s:
        tasks = s.query(Task).filter_by(patient_id=pid, origin="care_gap").all()
        assert len(tasks) == 1 and tasks[0].status == "open"
    shot(chart, "coord_care_gaps_chart_after")


def test_care_plan_review_and_print(chart_of: Any, qtbot: Any, shot: Any,
                                    tmp_path: Path) -> None:
    store, pid, chart = chart_of
    chart.show_tab("care_plan")
    plan_panel = chart.coordination.plan
    rows = plan_panel.model.rows
    assert [r.cells[3].text for r in rows] == ["Does not meet the target",
                                               "Does not meet the target"]
    assert "0 of 2 met" in plan_panel.heading.text()
    plan_panel.table.setCurrentIndex(plan_panel.model.index(0, 0))  # the A1c goal
    dialog = plan_panel.review_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert "8.6 %" in dialog.latest.text() and "does not meet" in dialog.latest.text()
    assert dialog.value.value() == pytest.approx(8.6)
    assert dialog.progress.currentData() == "not_met"
    dialog.adherence.setCurrentIndex(dialog.adherence.findData("partial"))
    dialog.comment.setText("Forgets the evening metformin")
    shot(dialog, "coord_care_plan_review_dialog")
    button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert dialog.saved_id is not None
    with store.session() as s:
        (plan,) = cp.load_care_plans(s, pid)
        assert plan.reviews[0].adherence == "partial"
        assert plan.reviews[0].measured_value == pytest.approx(8.6)
    assert plan_panel.model.rows[0].cells[4].text.endswith("Partly adherent")

    # Print: the preview renders in memory; "Save PDF…" writes the file.
    from app.views.coordination.care_plans import CarePlanPrintDialog

    printing = CarePlanPrintDialog(store, chart.coordination.plan.runner, pid, lang="es",
                                   care_team=("Nurse Demo", "555-0100"))
    show_active(qtbot, printing, 760, 820)
    assert printing.rendered is not None and printing.rendered.lang == "es"
    assert printing.print_button.isEnabled()
    target = tmp_path / "plan.pdf"
    printing.choose_file = lambda _suggested: str(target)
    qtbot.mouseClick(printing.save_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"%PDF")
    qtbot.wait(1200)  # QPdfView paints its pages in the background
    shot(printing, "coord_care_plan_print_dialog")
    shot(chart, "coord_care_plan_chart")


def test_record_a_screening_with_the_form(chart_of: Any, qtbot: Any, shot: Any) -> None:
    store, pid, chart = chart_of
    chart.show_tab("social")
    panel = chart.coordination.social
    assert panel.isVisible() and not panel.refer_button.isEnabled()
    dialog = panel.screening_dialog()
    show_active(qtbot, dialog, 720, 900)
    assert len(dialog.boxes) == 10
    # keyboard: the first answer of question 1 by focus and Space, the rest set
    first = dialog.boxes["q1"].buttons[0][1]
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Space)
    assert dialog.boxes["q1"].answer() == "steady"
    dialog.set_answers({"q2": ["none"], "q3": "sometimes", "q4": "never", "q5": "no",
                        "q6": "no", "q7": "never", "q8": "sometimes", "q9": "rarely",
                        "q10": "declined"})
    assert "Food: Positive" in dialog.result.text()
    assert "Safety: Declined" in dialog.result.text()
    dialog.lang.setCurrentIndex(dialog.lang.findData("es"))
    assert dialog.boxes["q1"].question.text() == "1. ¿Cuál es su situación de vivienda hoy?"
    assert "translation, not the official CMS Spanish form" in dialog.note.text()
    shot(dialog, "coord_care_social_screening_form")
    button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert dialog.saved is not None
    with store.session() as s:
        row = s.query(SocialNeedsScreening).filter_by(patient_id=pid).one()
        assert (row.food, row.housing, row.safety, row.score) == ("positive", "negative",
                                                                  "declined", 1)
        assert row.responses["language"] == "es"
    assert panel.refer_button.isEnabled() and "food" in panel.offer.text()
    panel.ask_referral = lambda domains: (domains[0], "Eastside Food Pantry", "555-0199")
    qtbot.mouseClick(panel.refer_button, Qt.MouseButton.LeftButton)
    with store.session() as s:
        ref = s.query(Referral).filter_by(patient_id=pid).one()
        assert (ref.kind, ref.need_domain, ref.to_name) == ("community", "food",
                                                            "Eastside Food Pantry")
    assert not panel.refer_button.isEnabled()
    shot(chart, "coord_care_social_chart")


def test_care_gaps_workspace_page(empty_store: Any, sync_runner: Any, qtbot: Any,
                                  shot: Any) -> None:
    from app.demo import build_demo_panel
    from app.views.coordination.care_gaps import CareGapsPage

    summary = build_demo_panel(empty_store, patients=12, seed=3)
    page = CareGapsPage(empty_store, sync_runner)
    show_active(qtbot, page, 1200, 760)  # loads when shown
    assert page.summary is not None
    counts = {r.id: r.item for r in page.rules_model.rows}
    assert set(counts) == {r.id for r in cg.load_rules()}
    assert sum(c.open for c in counts.values()) > 0
    everyone = page.patients_model.rowCount()
    assert everyone == len(page.summary.patients) > 0
    page.select_rule("influenza_annual")
    flu = counts["influenza_annual"].open
    assert page.patients_model.rowCount() == flu
    opened: list[tuple[str, str]] = []
    page.sig_open_patient.connect(lambda pid, name: opened.append((pid, name)))
    if flu:
        page.patients_table.setCurrentIndex(page.patients_model.index(0, 0))
        page.patients_table.activated.emit(page.patients_model.index(0, 0))
        assert opened and opened[0][0] in summary.patient_ids
    shot(page, "coord_care_gaps_workspace")
    page.select_rule(None)
    assert page.patients_model.rowCount() == everyone


def test_main_window_opens_care_gaps_and_chart_sections(empty_store: Any, sync_runner: Any,
                                                         qtbot: Any) -> None:
    from app.demo import build_demo_panel
    from app.views.coordination.care_gaps import CareGapsPage
    from app.views.main_window import MainWindow

    summary = build_demo_panel(empty_store, patients=3, seed=5)
    window = MainWindow(empty_store, sync_runner, demo=False, settings=None,
                        watch_system=False)
    qtbot.addWidget(window)
    assert window.care_gaps_action.shortcut().toString() == "Ctrl+5"
    window.show_care_gaps()
    assert isinstance(window.tabs.currentWidget(), CareGapsPage)
    window.open_patient(summary.patient_ids[0])
    chart = window.tabs.currentWidget()
    assert chart.coordination.gaps.gaps  # the chart's care-gap section is loaded


def test_sections_survive_the_chart_rebuilding_its_pages(chart_of: Any, qtbot: Any) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    _store, _pid, chart = chart_of
    ext = chart.coordination
    old_page = chart.care_plan
    QCoreApplication.sendEvent(chart, QEvent(QEvent.Type.LanguageChange))
    assert chart.care_plan is not old_page  # the chart built its pages again
    qtbot.waitUntil(lambda: ext.gaps.parent() is not None, timeout=5000)
    assert chart.care_plan.isAncestorOf(ext.gaps) and chart.care_plan.isAncestorOf(ext.plan)
    assert chart.social.isAncestorOf(ext.social)
    chart.show_tab("care_plan")
    assert ext.gaps.isVisible() and ext.gaps.gaps
