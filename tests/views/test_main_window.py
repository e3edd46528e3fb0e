"""The main window, driven like a person would: search, filter, sort, menus, import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.views.import_dialog import ImportSummaryDialog
from app.views.main_window import DEMO_TEXT, OFFLINE_TEXT, MainWindow
from app.views.panel_model import Column, SavedFilter

FIXTURES = Path(__file__).resolve().parents[2].parent / "shared" / "fixtures" / "synthea-r4"


def _window(qtbot, store: Any, runner: Any, *, demo: bool = False) -> MainWindow:
    window = MainWindow(store, runner, demo=demo, settings=None, watch_system=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # as when she clicks into it
    return window


def _names(window: MainWindow) -> list[str]:
    return [r.name for r in window.visible_rows()]


def test_panel_loads_in_background_with_loading_state(qtbot, panel_store, pool_runner,
                                                      shot) -> None:
    window = MainWindow(panel_store, pool_runner, demo=False, settings=None)
    qtbot.addWidget(window)
    assert window.stack.currentWidget() is window.loading_label
    assert window.loading_label.text() == "Loading the panel…"
    shot(window, "main_window_loading")
    with qtbot.waitSignal(window.sig_panel_loaded, timeout=10_000) as blocker:
        window.show()
    assert blocker.args == [8]
    assert window.stack.currentWidget() is window.table
    assert window.count_label.text() == "8 patients"
    assert window.status_label.text() == OFFLINE_TEXT
    assert window.windowTitle() == "Hearth"
    assert not window.banner.isVisible()
    shot(window, "main_window")


def test_search_filter_and_sort_like_a_person(qtbot, panel_store, sync_runner, shot) -> None:
    window = _window(qtbot, panel_store, sync_runner)
    assert window.table.model().rowCount() == 8

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.search_field.hasFocus)
    qtbot.keyClicks(window.search_field, "smi")
    assert window.table.model().rowCount() == 2
    assert _names(window) == ["Smith, Mary", "Smithers, John"]
    assert window.count_label.text() == "2 of 8 patients"
    shot(window, "main_window_search")

    for text, expected in [("1948-03-02", ["Abbott, Margaret"]),
                           ("03/02/1948", ["Abbott, Margaret"]),
                           ("M1003", ["Chen, Li"]), ("okafor, g", ["Okafor, Grace"])]:
        window.search_field.clear()
        qtbot.keyClicks(window.search_field, text)
        assert _names(window) == expected, text
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)  # Esc clears the search
    assert window.search_field.text() == ""
    assert window.count_label.text() == "8 patients"

    window.filter_combo.setCurrentIndex(window.filter_combo.findText("Discharged in last 72 h"))
    assert window.proxy.saved_filter is SavedFilter.RECENT_DISCHARGE
    assert _names(window) == ["Abbott, Margaret", "Diaz, Rosa"]
    assert all("recent" in window.proxy.index(r, Column.DISCHARGE).data() for r in range(2))
    assert window.count_label.text() == "2 of 8 patients"
    shot(window, "main_window_recent_discharge")

    window.set_saved_filter(SavedFilter.HIGH_RISK)
    assert _names(window) == ["Abbott, Margaret", "Diaz, Rosa", "Okafor, Grace"]
    window.set_saved_filter(SavedFilter.OVERDUE_TASKS)
    assert _names(window) == ["Abbott, Margaret", "Chen, Li"]
    window.set_saved_filter(SavedFilter.ALL)

    # Sort by clicking the "Days since discharge" header: blanks stay at the bottom.
    header = window.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.rect().center().__class__(
                         header.sectionViewportPosition(Column.DISCHARGE) + 10, 5))
    assert header.sortIndicatorSection() == Column.DISCHARGE
    first = _names(window)
    order = ["Diaz, Rosa", "Abbott, Margaret", "Baker, Thomas", "Smithers, John"]
    if header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder:
        order = order[::-1]
    assert first[:4] == order
    window.table.sortByColumn(Column.DISCHARGE, Qt.SortOrder.DescendingOrder)
    assert _names(window)[:4] == ["Smithers, John", "Baker, Thomas", "Abbott, Margaret",
                                  "Diaz, Rosa"]
    window.table.sortByColumn(Column.AGE, Qt.SortOrder.DescendingOrder)
    assert _names(window)[0] == "Okafor, Grace"  # 1936
    window.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)

    # Keyboard: Down from the search box goes to the first patient; Enter opens it.
    window.focus_search()
    qtbot.keyClick(window.search_field, Qt.Key.Key_Down)
    assert window.table.hasFocus()
    assert window.table.currentIndex().row() == 0
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    assert window.table.currentIndex().row() == 1


def test_demo_banner_and_set_up_button(qtbot, panel_store, sync_runner, shot) -> None:
    window = _window(qtbot, panel_store, sync_runner, demo=True)
    assert window.banner.isVisible()
    assert window.banner_label.text() == DEMO_TEXT
    assert window.windowTitle() == "Hearth — Demo panel"
    with qtbot.waitSignal(window.sig_setup_requested, timeout=1000):
        qtbot.mouseClick(window.setup_button, Qt.MouseButton.LeftButton)
    shot(window, "main_window_demo")


def test_about_shows_the_sqlcipher_version(qtbot, panel_store, sync_runner, shot) -> None:
    with panel_store.engine.connect() as conn:
        cipher = conn.exec_driver_sql("PRAGMA cipher_version").scalar()
    window = _window(qtbot, panel_store, sync_runner)
    window.about_action.trigger()
    box = window.last_dialog
    assert isinstance(box, QMessageBox)
    text = box.text()
    assert cipher and cipher in text
    for part in ("Hearth 0.1.0", "Qt", "PySide6", "SQLCipher", "Python"):
        assert part in text
    shot(box, "about")
    box.close()


def test_empty_store_shows_the_way_to_import(qtbot, empty_store, sync_runner, shot) -> None:
    window = _window(qtbot, empty_store, sync_runner)
    assert window.stack.currentWidget() is window._empty_page
    assert window.count_label.text() == "0 patients"
    shot(window, "main_window_empty")


def test_import_runs_in_background_then_summary_and_reload(
        qtbot, empty_store, pool_runner, tmp_path, monkeypatch, shot) -> None:
    small = sorted(FIXTURES.glob("*.json"), key=lambda p: p.stat().st_size)[:1]
    if not small:
        pytest.skip("Synthea fixtures not found")
    broken = tmp_path / "broken.json"
    broken.write_text("{ not json")
    chosen = [str(small[0]), str(broken)]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: (chosen, "")))

    window = MainWindow(empty_store, pool_runner, demo=False, settings=None)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.sig_panel_loaded, timeout=10_000):
        window.show()
    with qtbot.waitSignal(window.sig_import_finished, timeout=60_000) as done:
        window.import_action.trigger()
        assert not window.import_action.isEnabled()  # one import at a time
    summary = done.args[0]
    assert summary.bundles_imported == 1 and summary.bundles_failed == 1
    dialog = window.last_dialog
    assert isinstance(dialog, ImportSummaryDialog)
    text = dialog.text()
    assert "Imported 1 of 2 bundles" in text
    assert "Patients:" in [lbl.text() for lbl in dialog.findChildren(type(dialog.headline))]
    assert "broken.json" in text and "not valid JSON" in text
    shot(dialog, "import_summary")
    dialog.close()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10_000)
    assert window.count_label.text() == "1 patient"
    assert window.import_action.isEnabled()
    assert window.settings["import_dir"] == str(small[0].parent)


def test_main_window_in_spanish(qtbot, qapp, panel_store, sync_runner, shot) -> None:
    from app.views.workspace.i18n import install_translator

    assert install_translator(qapp, "es")
    try:
        window = _window(qtbot, panel_store, sync_runner)
        menus = [a.text() for a in window.menuBar().actions()]
        assert "&Archivo" in menus
        header = window.proxy.headerData(0, Qt.Orientation.Horizontal)
        assert header != "Name"  # the panel's columns are translated too
        assert window.filter_combo.itemText(1) == "Alta en las últimas 72 h"
        shot(window, "main_window_es")
    finally:
        install_translator(qapp, "en")
