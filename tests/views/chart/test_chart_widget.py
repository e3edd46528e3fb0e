"""The chart widget, driven like a person would: every tab, the allergy banner, the BP chart,
the medication groups, the keyboard, accessible names, 200 % fonts, a dark palette."""

from __future__ import annotations

import time
from typing import Any

import pytest
from PySide6.QtCharts import QLineSeries
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from app.views.chart import TAB_KEYS, ChartWidget
from tests.chart.helpers import ChartStore, largest_synthea

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


def _top_texts(view: Any) -> list[str]:
    model = view.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def _children_texts(view: Any, row: int) -> list[str]:
    model = view.model()
    parent = model.index(row, 0)
    return [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]


def test_every_tab_is_populated_for_a_demo_patient(make_widget, load, chart_store: ChartStore,
                                                   shot) -> None:
    w: ChartWidget = make_widget(load(chart_store.hf_patient))
    assert [w.tabs.tabText(i) for i in range(w.tabs.count())][:4] == [
        "&Summary", "&Problems", "&Medications", "&Vitals && labs"]
    for i, key in enumerate(TAB_KEYS):
        w.show_tab(key)
        QApplication.processEvents()
        assert w.current_tab == key and w.tabs.currentIndex() == i
        # The header and its allergy banner stay in view on every tab.
        assert w.header.isVisible() and w.header.allergy_label.isVisible()
        assert "Allergies:" in w.header.allergy_label.text()
        assert "Penicillin" in w.header.allergy_label.text()
        shot(w, f"chart_{key}")

    summary = {k: label.text() for k, label in w.summary.labels.items()}
    assert "Discharged" in summary["discharge"] and "72-hour" in summary["discharge"]
    assert "open task" in summary["tasks"] and "Blood pressure" in summary["vitals"]
    assert "Heart failure" in summary["problems"] and "•" in summary["appointments"]
    assert "As taken (patient, bottles)</b> — Patient or caregiver report: 1 current" in \
        summary["meds"]

    assert not w.problems.list.is_empty and _top_texts(w.problems.view)[0].startswith("Active")
    assert _top_texts(w.problems.view)[1] == "Resolved or inactive (1)"
    assert not w.medications.prescribed.list.is_empty
    assert not w.medications.taken.list.is_empty
    assert not w.medications.reconciled.list.is_empty
    assert w.vitals.measures_model.rowCount() > 5 and w.vitals.readings_model.rowCount() > 3
    for page in (w.encounters, w.care_plan, w.referrals, w.task_list, w.notes, w.social,
                 w.communication):
        assert not page.list.is_empty, page.accessibleName()
        assert page.view.model().rowCount() > 0
    # Admissions are marked with words, bold and an icon, not colour alone.
    enc = w.encounters.model
    first = next(r for r in range(enc.rowCount()) if enc.row(r).item.kind == "inpatient")
    index = enc.index(first, 1)
    assert index.data() == "Hospital admission"
    assert index.data(Qt.ItemDataRole.FontRole).bold()
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None
    # Times in local time; the communication details show the SBAR handoff.
    assert "Situation:" in w.communication.details.toPlainText()


def test_allergy_banner_words(make_widget, load, chart_store: ChartStore) -> None:
    w: ChartWidget = make_widget(load(chart_store.hf_patient))
    plain = w.header.allergy_plain
    assert plain.startswith("Allergies: Penicillin — Anaphylaxis (severe; high criticality)")
    assert w.header.allergy_label.accessibleName() == plain
    assert w.header.allergy_icon.pixmap() is not None
    w.set_chart(load(chart_store.nka_patient))
    assert w.header.allergy_plain == "Allergies: No known allergies"
    w.set_chart(load(chart_store.bare_patient))
    assert w.header.allergy_plain.startswith("Allergies: Not recorded")


def test_blood_pressure_chart_has_systolic_and_diastolic_lines(make_widget, load,
                                                               chart_store: ChartStore,
                                                               shot) -> None:
    chart = load(chart_store.hf_patient)
    w: ChartWidget = make_widget(chart)
    w.show_tab("vitals")
    assert w.vitals.select_measure("85354-9")
    lines = [s for s in w.vitals.chart.series() if isinstance(s, QLineSeries)
             and s.name() in ("Systolic", "Diastolic")]
    assert [s.name() for s in lines] == ["Systolic", "Diastolic"]
    bp = chart.measure("85354-9")
    assert all(s.count() == len(bp.readings) for s in lines)
    assert lines[0].pen().style() != lines[1].pen().style()  # not colour alone
    assert "High or low" in w.vitals.chart_series_names  # the flagged readings' diamonds
    assert any(n.startswith("Goal ") for n in w.vitals.chart_series_names)
    assert w.vitals.chart.axes(Qt.Orientation.Horizontal)[0].metaObject().className() == \
        "QDateTimeAxis"
    assert "trend chart" in w.vitals.chart_view.accessibleDescription()
    # A lab with a reference range gets the shaded band, named in the legend.
    lab = next(m for m in chart.measures if m.reference_low is not None
               and m.reference_high is not None and m.is_numeric and len(m.readings) > 1)
    assert w.vitals.select_measure(lab.key)
    assert any(n.startswith("Reference range") for n in w.vitals.chart_series_names)
    QApplication.processEvents()  # the chart's scene lays itself out on the event loop
    shot(w, "chart_vitals_lab")
    assert w.vitals.readings_model.rowCount() == len(lab.readings)


def test_medications_grouped_prescribed_and_taken(make_widget, load,
                                                  chart_store: ChartStore) -> None:
    w: ChartWidget = make_widget(load(chart_store.hf_patient))
    meds = w.medications
    assert meds.prescribed.label.text().startswith("As prescri&bed")
    assert meds.taken.label.text() == "As ta&ken (patient, bottles)"
    prescribed = _top_texts(meds.prescribed.tree)
    taken = _top_texts(meds.taken.tree)
    assert prescribed[0].startswith("EHR orders") and prescribed[1].startswith(
        "Hospital discharge list")
    assert taken == ["Patient or caregiver report: 1 current, 1 stopped or completed",
                     "Bottles in the home: 1 current"]
    assert _children_texts(meds.taken.tree, 0)[0] == "Furosemide 40 mg tablet"
    model = meds.taken.tree.model()
    row = model.index(0, 0, model.index(0, 0))
    assert [row.siblingAtColumn(c).data() for c in (1, 2, 3, 4)] == [
        "40 mg", "oral", "once a day", "Taking"]
    assert _top_texts(meds.reconciled.tree) == ["Reconciled list: 1 current"]
    assert w.medications.taken.medication_count == 3


def test_keyboard_switches_tabs_and_reaches_the_header(qtbot, make_widget, load,
                                                       chart_store: ChartStore) -> None:
    w: ChartWidget = make_widget(load(chart_store.hf_patient))
    bar = w.tabs.tabBar()
    bar.setFocus()
    qtbot.waitUntil(bar.hasFocus)
    qtbot.keyClick(bar, Qt.Key.Key_PageDown, CTRL)
    assert w.current_tab == "problems"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp, CTRL)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp, CTRL)
    assert w.current_tab == TAB_KEYS[-1]  # wraps round to the last tab
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_3, ALT)
    assert w.current_tab == "medications"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_0, ALT)
    assert w.current_tab == "social"
    # Ctrl+PgDown works from inside a page too (a table has the focus).
    w.show_tab("encounters")
    w.encounters.view.setFocus()
    qtbot.waitUntil(w.encounters.view.hasFocus)
    qtbot.keyClick(w.encounters.view, Qt.Key.Key_PageDown, CTRL)
    assert w.current_tab == "care_plan"
    # Mnemonics: Alt + the underlined letter.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_T, ALT)
    assert w.current_tab == "tasks"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_V, ALT)
    assert w.current_tab == "vitals"
    # Tab from the header's allergy banner reaches the tab bar.
    w.header.allergy_label.setFocus()
    qtbot.waitUntil(w.header.allergy_label.hasFocus)
    qtbot.keyClick(w.header.allergy_label, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is bar


def test_accessible_names_on_every_focusable_widget(make_widget, load,
                                                    chart_store: ChartStore) -> None:
    w: ChartWidget = make_widget(load(chart_store.hf_patient))
    checked = 0
    for key in TAB_KEYS:
        w.show_tab(key)
        QApplication.processEvents()
        for child in w.findChildren(QWidget):
            if child.focusPolicy() == Qt.FocusPolicy.NoFocus or not child.isVisible():
                continue
            name = child.accessibleName()
            if not name and isinstance(child, QLabel):
                name = child.text()
            assert name.strip(), (f"{type(child).__name__} in {type(child.parent()).__name__} "
                                  f"on {key} has no accessible name")
            checked += 1
    assert checked > 30
    bar = w.tabs.tabBar()
    assert [bar.accessibleTabName(i) for i in range(3)] == ["Summary", "Problems",
                                                            "Medications"]


def test_signals_for_notes_and_tasks(qtbot, make_widget, load, chart_store: ChartStore) -> None:
    w: ChartWidget = make_widget(load(chart_store.hf_patient))
    w.show_tab("notes")
    tree = w.notes.view
    tree.setFocus()
    tree.setCurrentIndex(tree.model().index(0, 0))
    assert w.notes.open_button.isEnabled()
    expected = w.chart.notes[0].id
    with qtbot.waitSignal(w.sig_open_note, timeout=2000) as opened:
        qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert opened.args == [expected]
    with qtbot.waitSignal(w.sig_new_note, timeout=2000):
        qtbot.mouseClick(w.notes.new_button, Qt.MouseButton.LeftButton)

    w.show_tab("tasks")
    table = w.task_list.view
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 1))
    task = w.chart.tasks[0]
    assert task.is_open
    with qtbot.waitSignal(w.sig_task_toggled, timeout=2000) as toggled:
        qtbot.keyClick(table, Qt.Key.Key_Space)
    assert toggled.args == [task.id, True]
    model = table.model()
    assert model.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.index(0, 2).data() == "Done"
    assert w.task_list.toggle_button.text() == "Mar&k not done"
    with qtbot.waitSignal(w.sig_task_toggled, timeout=2000) as again:
        qtbot.mouseClick(w.task_list.toggle_button, Qt.MouseButton.LeftButton)
    assert again.args == [task.id, False]


def test_empty_sections_say_so_in_words(make_widget, load, chart_store: ChartStore,
                                        shot) -> None:
    w: ChartWidget = make_widget(load(chart_store.bare_patient))
    expected = {
        w.problems: "No problems recorded", w.encounters: "No encounters recorded",
        w.care_plan: "No care plan or goals recorded", w.referrals: "No referrals recorded",
        w.task_list: "No tasks for this patient", w.notes: "No visit notes yet",
        w.social: "No social-needs screening recorded",
        w.communication: "No calls, messages or handoffs recorded",
    }
    for page, text in expected.items():
        assert page.list.is_empty and page.list.empty_label.text() == text
    assert w.medications.prescribed.list.is_empty and w.medications.taken.list.is_empty
    assert "No prescribed medications" in w.medications.prescribed.list.empty_label.text()
    assert w.vitals.measures_view.is_empty
    assert w.summary.labels["problems"].text() == "No active problems recorded"
    assert w.summary.labels["discharge"].text() == "No hospital discharge recorded"
    assert "Code status: not recorded" in w.header.care_label.text()
    assert w.header.people_label.text() == "No caregiver or emergency contact recorded"
    shot(w, "chart_empty")


def _not_clipped(label: QLabel) -> bool:
    return not label.isVisible() or label.height() >= label.heightForWidth(label.width())


def test_200_percent_font_keeps_layouts_usable(qapp, make_widget, load,
                                               chart_store: ChartStore, shot) -> None:
    font = qapp.font()
    big = qapp.font()
    big.setPointSizeF(font.pointSizeF() * 2)
    qapp.setFont(big)
    try:
        w: ChartWidget = make_widget(load(chart_store.hf_patient))
        for key in ("summary", "medications", "vitals", "tasks"):
            w.show_tab(key)
            QApplication.processEvents()
            shot(w, f"chart_{key}_200")
            for label in (w.header.name_label, w.header.identity_label, w.header.care_label,
                          w.header.contact_label, w.header.people_label,
                          w.header.allergy_label):
                assert _not_clipped(label), f"{label.accessibleName()} clipped on {key}"
        w.show_tab("summary")
        QApplication.processEvents()
        assert all(_not_clipped(label) for label in w.summary.labels.values())
        # Every medicine list keeps room for a few rows (the page scrolls instead of
        # squeezing them); the sig column stays readable (sideways scrolling, not squeezed).
        w.show_tab("medications")
        QApplication.processEvents()
        for section in (w.medications.prescribed, w.medications.taken,
                        w.medications.reconciled):
            tree = section.tree
            rows = min(3, section.visible_rows)
            assert tree.viewport().height() >= rows * tree.fontMetrics().height(), \
                section.accessibleName()
        tree = w.medications.prescribed.tree
        assert tree.header().sectionSize(5) >= 20 * tree.fontMetrics().averageCharWidth()
    finally:
        qapp.setFont(font)


def test_follows_a_dark_system_palette(qapp, make_widget, load, chart_store: ChartStore,
                                       shot) -> None:
    original = qapp.palette()
    dark = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#202124"),
                         (QPalette.ColorRole.WindowText, "#e8eaed"),
                         (QPalette.ColorRole.Base, "#1b1c1e"),
                         (QPalette.ColorRole.AlternateBase, "#26282b"),
                         (QPalette.ColorRole.Text, "#e8eaed"),
                         (QPalette.ColorRole.Button, "#303134"),
                         (QPalette.ColorRole.ButtonText, "#e8eaed"),
                         (QPalette.ColorRole.Highlight, "#8ab4f8"),
                         (QPalette.ColorRole.HighlightedText, "#202124"),
                         (QPalette.ColorRole.Mid, "#5f6368"),
                         (QPalette.ColorRole.PlaceholderText, "#9aa0a6")):
        dark.setColor(role, QColor(colour))
    w: ChartWidget = make_widget(load(chart_store.hf_patient))
    w.show_tab("vitals")
    w.vitals.select_measure("85354-9")
    try:
        qapp.setPalette(dark)
        QApplication.processEvents()
        assert w.vitals.chart.backgroundBrush().color() == QColor("#1b1c1e")
        assert w.vitals.current is not None and w.vitals.current.key == "85354-9"
        QApplication.processEvents()
        shot(w, "chart_vitals_dark")
    finally:
        qapp.setPalette(original)


def test_synthea_history_opens_fast_enough(make_widget, tmp_path) -> None:  # noqa: ANN001
    bundle = largest_synthea()
    if bundle is None:
        pytest.skip("Synthea fixtures not found at ../shared/fixtures/synthea-r4")
    from sqlalchemy import select

    from app.chart.service import load_chart
    from app.fhir.importer import import_paths
    from app.models.entities import Patient
    from app.models.store import Store

    store = Store.create(tmp_path / "store", mode="passphrase", passphrase="synthea chart 42")
    try:
        import_paths(store, [bundle])
        with store.session() as s:
            pid = s.scalar(select(Patient.id))
        timings = []
        for _ in range(3):
            started = time.perf_counter()
            with store.session() as s:
                chart = load_chart(s, pid)
            loaded = time.perf_counter()
            w = ChartWidget()
            w.resize(1280, 800)
            w.set_chart(chart)
            done = time.perf_counter()
            timings.append(((loaded - started) * 1000, (done - loaded) * 1000))
            w.deleteLater()
        print("\nchart of " + bundle.name[:13] + ": " + ", ".join(
            f"load {a:.0f} ms + widget {b:.0f} ms" for a, b in timings))
        assert chart.measures and chart.encounters
    finally:
        store.close()


def test_chart_loads_off_the_gui_thread_through_the_runner(qtbot, make_widget, pool_runner,
                                                           chart_store: ChartStore) -> None:
    from app.chart.service import fetch_chart

    w: ChartWidget = make_widget()
    assert w.header.name_label.text() == "No chart open"
    pool_runner.run(fetch_chart, chart_store.store, chart_store.hf_patient,
                    on_done=w.set_chart)
    qtbot.waitUntil(lambda: w.chart is not None, timeout=10_000)
    assert w.chart.patient_id == chart_store.hf_patient
    assert "Allergies: Penicillin" in w.header.allergy_plain
    errors: list[str] = []
    pool_runner.run(fetch_chart, chart_store.store, "no-such-id",
                    on_error=lambda message, _exc: errors.append(message))
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert errors == ["No such patient"]
