"""The reconciliation worksheet driven as a nurse would, in the real main window on a real
encrypted store with the demo panel: open the chart of a patient just discharged, start the
reconciliation, paste the bottles found at home, read the discrepancies, decide every row,
finalize; then close Hearth, reopen the store and find the saved list."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QMessageBox, QWidget

from app.chart.service import load_chart
from app.demo.generator import build_demo_panel
from app.medrec import worksheet as service
from app.models.entities import ReconciledListSnapshot
from app.models.store import Store
from app.views.main_window import MainWindow
from app.views.medrec import MedRecWidget
from app.views.medrec.dialogs import AddSourceDialog
from app.views.medrec.worksheet import FindingLabel
from tests.views.conftest import PASSPHRASE, show_active

BOTTLES = """furosemide 40 mg tablet, 1 every morning
carvedilol 6.25 mg twice daily with meals
lisinopril 5 mg daily
atorvastatin 20 mg daily
aspirin 81 mg daily
ibuprofen 400 mg three times a day as needed for knee pain"""


@pytest.fixture
def demo(tmp_path: Path) -> Any:
    folder = tmp_path / "store"
    store = Store.create(folder, mode="passphrase", passphrase=PASSPHRASE)
    summary = build_demo_panel(store, patients=8)
    yield folder, store, summary
    store.close()


def hf_patient(summary: Any) -> str:
    return next(d["patient_id"] for d in summary.discharge_differences
                if d["kind"] == "dose_change" and d["drug"] == "furosemide")


def open_window(qtbot: Any, store: Any, runner: Any) -> MainWindow:
    window = show_active(qtbot, MainWindow(store, runner, demo=False, watch_system=False), 1280, 800)
    qtbot.waitUntil(lambda: window.model.total_count > 0, timeout=10_000)
    return window


def settled(widget: MedRecWidget) -> bool:
    return (widget.outcome is not None and not widget._check_timer.isActive()
            and not widget._checking and not widget.runner.busy)


def choose(combo: QComboBox, value: Any) -> None:
    """Pick an item as the keyboard does: focus the combo, arrow keys until it is shown (a
    closed combo box reports each arrow key step as 'activated')."""
    from PySide6.QtTest import QTest

    combo.setFocus(Qt.FocusReason.TabFocusReason)
    target = combo.findData(value)
    assert target >= 0, value
    while combo.currentIndex() != target:
        QTest.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up)


def start_from_chart(qtbot: Any, window: MainWindow, patient_id: str) -> MedRecWidget:
    window.open_patient(patient_id)
    chart = window._charts[patient_id]
    qtbot.waitUntil(lambda: chart.chart is not None, timeout=5000)
    chart.show_tab("medications")
    button = chart.medications.reconcile_button
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: patient_id in window._medrec, timeout=5000)
    widget = window._medrec[patient_id]
    assert window.tabs.currentWidget() is widget
    qtbot.waitUntil(lambda: settled(widget), timeout=10_000)
    return widget


def row_texts(widget: MedRecWidget, key: str) -> str:
    row = widget.row_widgets[key]
    return "\n".join(f.text for f in row.findChildren(FindingLabel))


def test_a_nurse_reconciles_a_discharged_patient(qtbot: Any, demo: Any, sync_runner: Any,
                                                 shot: Any, tmp_path: Path) -> None:
    folder, store, summary = demo
    pid = hf_patient(summary)
    window = open_window(qtbot, store, sync_runner)
    widget = start_from_chart(qtbot, window, pid)

    # The chart's discharge and EHR lists are in; nothing yet about what she takes.
    assert [s.kind for s in widget.worksheet.sources] == ["discharge", "ehr"]
    assert widget.hint.isVisible() and "two sources" in widget.hint_label.text()
    assert not widget.finalize_button.isEnabled()
    assert "furosemide" in widget.row_widgets
    assert window.tabs.tabText(window.tabs.currentIndex()).startswith("Med rec · ")
    shot(window, "medrec_1_started")

    # Add the bottles found on the kitchen table: paste them, one a line.
    qtbot.mouseClick(widget.add_button, Qt.MouseButton.LeftButton)
    dialog = widget.dialog
    assert isinstance(dialog, AddSourceDialog) and dialog.isVisible()
    assert not dialog.ok_button.isEnabled()  # nothing pasted yet
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("bottle"))
    qtbot.keyClicks(dialog.label_edit, "Bottles on the kitchen table")
    dialog.lines_edit.setPlainText(BOTTLES + "\n\n")
    assert dialog.role() == "actual" and dialog.count_label.text() == "6 medicine lines"
    shot(dialog, "medrec_2_add_list")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: settled(widget) and len(widget.worksheet.sources) == 3,
                    timeout=10_000)
    assert not widget.hint.isVisible()
    assert "Bottles on the kitchen table (6, actual)" in widget.sources_label.text()
    with qtbot.waitActive(window):  # back from the dialog (offscreen has no window manager)
        window.activateWindow()

    # The discrepancies, each on its row: the discharge dose of furosemide is not what she
    # takes, spironolactone (new at discharge) is missing, ibuprofen is on no list.
    rows = widget.outcome.rows
    keys = [r.key for r in rows]
    assert {"furosemide", "spironolactone", "ibuprofen", "lisinopril"} <= set(keys)
    assert "Discrepancy: Furosemide" in row_texts(widget, "furosemide")
    assert "80 mg" in row_texts(widget, "furosemide")
    assert "not taking it" in row_texts(widget, "spironolactone")
    assert "not on the intended list" in row_texts(widget, "ibuprofen")
    assert "Beers" in row_texts(widget, "ibuprofen")
    assert widget.row_widgets["lisinopril"].findChildren(FindingLabel) == []
    furosemide = widget.row_widgets["furosemide"]
    assert [line.source.kind for line in furosemide.lines] == ["discharge", "ehr", "bottle"]
    assert widget.status_label.text().endswith(f"0 of {len(rows)} decided")
    assert not widget.scroll.horizontalScrollBar().isVisible()  # fits at 1280 x 800
    shot(window, "medrec_3_discrepancies")

    # Decide every row, from the keyboard.
    special = {"ibuprofen": ("stop", "unintentional"),
               "docusate": ("hold", "undocumented_intentional"),
               "carvedilol": ("modify", "unintentional")}
    for n, row in enumerate(rows):
        panel = widget.row_widgets[row.key].panel
        decision, intent = special.get(row.key, (
            "continue", "documented_intentional" if row.status == "discrepancy" else "none"))
        choose(panel.decision_combo, decision)
        panel = widget.row_widgets[row.key].panel
        if decision == "modify":
            assert panel.final_edit.isVisible() and panel.decision_combo.hasFocus()
            assert panel.final_edit.text() == row.default_text  # a start to edit
            qtbot.keyClick(panel.decision_combo, Qt.Key.Key_Tab)  # the intent,
            qtbot.keyClick(panel.intent_combo, Qt.Key.Key_Tab)  # then the final text
            assert panel.final_edit.hasFocus()
            panel.final_edit.selectAll()
            qtbot.keyClicks(panel.final_edit, "carvedilol 6.25 mg by mouth twice daily with meals")
            qtbot.keyClick(panel.final_edit, Qt.Key.Key_Return)
        choose(panel.intent_combo, intent)
        if row.key == "ibuprofen":
            qtbot.keyClick(panel.intent_combo, Qt.Key.Key_Tab)  # the note (no final text)
            assert panel.note_edit.hasFocus()
            qtbot.keyClicks(panel.note_edit, "From the corner shop; acetaminophen instead")
            qtbot.keyClick(panel.note_edit, Qt.Key.Key_Tab)
        qtbot.waitUntil(lambda: not widget.runner.busy, timeout=5000)
        last = n == len(rows) - 1
        assert widget.finalize_button.isEnabled() == last, row.key
    stored = widget.worksheet.decisions
    assert stored["carvedilol"].final_text == "carvedilol 6.25 mg by mouth twice daily with meals"
    assert stored["ibuprofen"].note == "From the corner shop; acetaminophen instead"
    assert stored["ibuprofen"].entries == widget.outcome.row("ibuprofen").entry_ids
    assert "✓ Decided" in widget.row_widgets["ibuprofen"].panel.problem_label.text()
    widget.scroll.ensureWidgetVisible(widget.row_widgets["carvedilol"])
    qtbot.wait(50)
    fp = widget.row_widgets["furosemide"].panel
    qtbot.wait(50)  # let the layouts catch up, as the event loop does between key presses
    panel = widget.row_widgets["furosemide"].panel
    assert panel.final_label.isVisible() and panel.final_label.height() > 0
    shot(window, "medrec_4_decided")

    # Finalize: asked first, then saved; the chart shows the reconciled list.
    qtbot.mouseClick(widget.finalize_button, Qt.MouseButton.LeftButton)
    box = widget.dialog
    assert isinstance(box, QMessageBox) and "can't be changed" in box.informativeText()
    qtbot.mouseClick(widget.finalize_confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: widget.worksheet.is_completed, timeout=10_000)
    assert widget.stack.currentWidget() is widget.saved_page and widget.banner.isVisible()
    assert "current medication list" in widget.banner_label.text()
    assert widget.saved_model.rowCount() == len(rows)
    assert not widget.add_button.isVisible() and not widget.finalize_button.isVisible()
    shot(window, "medrec_5_finalized")

    chart = window._charts[pid]
    qtbot.waitUntil(lambda: bool(chart.chart and chart.chart.reconciled), timeout=5000)
    assert chart.current_tab == "medications"
    reconciled = chart.chart.reconciled[0]
    assert {m.status for m in reconciled.items} == {"active", "on-hold", "stopped"}
    assert chart.medications.reconciled.medication_count == len(rows)
    window.tabs.setCurrentWidget(chart)
    shot(window, "medrec_6_chart_reconciled")

    # Export for the primary-care provider.
    target = tmp_path / "reconciled.json"
    widget.export_to(target)
    bundle = json.loads(target.read_text(encoding="utf-8"))
    types = [e["resource"]["resourceType"] for e in bundle["entry"]]
    assert types.count("List") == 1 and types.count("MedicationStatement") == len(rows)
    assert "DetectedIssue" in types and "not encrypted" in widget.message_label.text()

    # Close Hearth and the store; reopen: the saved list and the chart are still there.
    snapshot_id = widget.worksheet.snapshot_id
    window.close()
    store.close()
    with Store.open(folder, passphrase=PASSPHRASE) as reopened:
        with reopened.session() as s:
            snap = s.get(ReconciledListSnapshot, snapshot_id)
            assert snap is not None and len(snap.items) == len(rows)
            assert {m.status for m in load_chart(s, pid).reconciled[0].current} == {
                "active", "on-hold"}
        again = open_window(qtbot, reopened, sync_runner)
        # Reconciling again starts a new worksheet from the chart's lists; the finished
        # one stays as it was.
        second = start_from_chart(qtbot, again, pid)
        assert second.worksheet.id != widget.worksheet.id
        assert not second.worksheet.is_completed
        with reopened.session() as s:
            listed = service.list_worksheets(s, pid)
        assert [w.status for w in listed] == ["in_progress", "completed"]
        again.close()


def test_a_finished_worksheet_opens_read_only(qtbot: Any, demo: Any, sync_runner: Any) -> None:
    _folder, store, summary = demo
    pid = hf_patient(summary)
    ws = service.start_worksheet(store, pid)
    ws = service.add_source(store, ws.id, "actual", "Bottles", BOTTLES, kind="bottle")
    outcome = service.check_worksheet(store, ws.id)
    for row in outcome.rows:
        service.record_decision(store, ws.id, row.key, decision="continue",
                                intent="unintentional" if row.status == "discrepancy" else "none")
    result = service.finalize(store, ws.id)
    widget = MedRecWidget(store, sync_runner, result.worksheet)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.stack.currentWidget() is widget.saved_page
    assert widget.saved_model.rowCount() == len(result.items)
    assert not widget.add_button.isVisible()
    assert widget.status_label.text().startswith("Finalized")


def test_edits_recheck_once_after_a_pause_and_keep_the_focus(
        qtbot: Any, demo: Any, sync_runner: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    _folder, store, summary = demo
    pid = hf_patient(summary)
    ws = service.start_worksheet(store, pid)
    ws = service.add_source(store, ws.id, "actual", "Bottles", BOTTLES, kind="bottle")
    widget = MedRecWidget(store, sync_runner, ws, check_delay_ms=150)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: settled(widget), timeout=10_000)

    checks: list[str] = []
    real = service.check_worksheet
    monkeypatch.setattr(service, "check_worksheet",
                        lambda *a, **k: (checks.append("check"), real(*a, **k))[1])
    bottles = widget.worksheet.sources[-1]
    ibuprofen, aspirin = bottles.entries[5], bottles.entries[4]
    panel = widget.row_widgets["lisinopril"].panel
    panel.note_edit.setFocus()
    widget.set_entry_taking(ibuprofen.id, False)  # two quick edits ...
    widget.set_entry_taking(aspirin.id, False)
    assert widget.status_label.text() == "Checking…" and not widget.finalize_button.isEnabled()
    qtbot.waitUntil(lambda: settled(widget), timeout=10_000)
    assert checks == ["check"]  # ... one check
    assert "(not taking)" in widget.row_widgets["ibuprofen"].lines[0].label.text()
    assert widget.row_widgets["lisinopril"].panel.note_edit.hasFocus()  # focus kept

    # A bad edit is refused with a clear message, and nothing changes.
    widget.row_widgets["furosemide"].panel.decision_combo.setFocus()
    version = widget.worksheet.version
    widget.record(widget.outcome.row("furosemide"), decision="modify", final_text="  ")
    assert "final text" in widget.message_label.text() and widget.message_label.isVisible()
    assert service.fetch_worksheet(store, ws.id).version == version


def test_every_row_control_is_named_and_reached_by_tab(qtbot: Any, demo: Any,
                                                       sync_runner: Any) -> None:
    _folder, store, summary = demo
    ws = service.start_worksheet(store, hf_patient(summary))
    ws = service.add_source(store, ws.id, "actual", "Bottles", BOTTLES, kind="bottle")
    widget = MedRecWidget(store, sync_runner, ws)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: settled(widget), timeout=10_000)
    with qtbot.waitActive(widget):
        widget.activateWindow()
    chain: list[QWidget] = []
    for row in widget.row_widgets.values():
        for control in row.focusables():
            if control.isVisible():
                assert control.accessibleName(), control
                assert control.focusPolicy() & Qt.FocusPolicy.TabFocus, control
                chain.append(control)
    chain[0].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: chain[0].hasFocus(), timeout=2000)
    for expected in chain[1:12]:
        qtbot.keyClick(QWidget.focusWidget(widget) or widget, Qt.Key.Key_Tab)
        assert widget.focusWidget() is expected, (expected.accessibleName(),
                                                  widget.focusWidget().accessibleName())
