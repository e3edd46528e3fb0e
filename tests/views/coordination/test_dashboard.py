"""The metrics dashboard on the demo panel: the same figures as compute_metrics and as
``hearth metrics`` (the CSV, from a real process), each tile with its definition visible,
monthly charts, drill down to a figure's patients and on to a patient's chart."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.coordination import metrics as M
from app.views.coordination.dashboard import DashboardWidget
from tests.conftest import ROOT
from tests.views.conftest import PASSPHRASE, show_active

NOW = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from app.demo import build_demo_panel
    from app.models.store import Store

    store = Store.create(tmp_path_factory.mktemp("dash") / "store", mode="passphrase",
                         passphrase=PASSPHRASE)
    build_demo_panel(store, today=NOW.date())
    yield store
    store.close()


def _expected(store: Any, start: dt.date, end: dt.date) -> M.MetricsReport:
    with store.session() as s:
        return M.compute_metrics(s, start, end, now=NOW)


def test_dashboard_shows_the_figures_with_definitions_and_drills_down(
        qtbot: Any, demo_store: Any, sync_runner: Any, shot: Any, tmp_path: Path) -> None:
    widget = DashboardWidget(demo_store, sync_runner, clock=lambda: NOW)
    show_active(qtbot, widget, 1400, 900)
    start, end = M.default_period(NOW.date())
    assert widget.period() == (start, end)
    expected = _expected(demo_store, start, end)
    assert widget.data is not None and widget.data.report.values() == expected.values()
    assert expected["index_admissions"].value > 0  # the demo has hospital stays
    for key, tile in widget.tiles.items():
        assert tile.value_label.text() == M.format_value(expected[key])
        assert tile.definition_label.isVisible()  # shown, not only a tooltip
        assert tile.definition_label.text() == M.DEFINITIONS[key]
    # twelve months on every chart, one series per figure shown (at least)
    for view in widget.chart_views.values():
        chart = view.chart()
        assert chart.series() and len(chart.axes(Qt.Orientation.Horizontal)[0].categories()) == 12

    # Drill down: a click on the tile lists its patients; Enter opens the selected one.
    figure = expected["index_admissions"]
    qtbot.mouseClick(widget.tiles["index_admissions"], Qt.MouseButton.LeftButton)
    assert widget.selected_key == "index_admissions"
    assert sorted(widget.drill_patient_ids()) == sorted(figure.patient_ids)
    names = widget.data.names
    assert [widget.drill_table.item(r, 0).text() for r in range(widget.drill_table.rowCount())] \
        == sorted((names[p][0] for p in figure.patient_ids), key=str.casefold)
    shot(widget, "coord_dashboard_demo")
    widget.drill_table.setFocus()
    widget.drill_table.selectRow(1)
    with qtbot.waitSignal(widget.sig_open_patient) as opened:
        qtbot.keyClick(widget.drill_table, Qt.Key.Key_Return)
    assert opened.args[0] == widget.drill_patient_ids()[1]
    assert opened.args[1] == names[opened.args[0]][0]

    # Another period: the same figures as compute_metrics for it.
    widget.set_preset("last_month")
    month = NOW.date().replace(day=1)
    last_month = (M.add_months(month, -1), month - dt.timedelta(days=1))
    assert widget.period() == last_month
    assert widget.data.report.values() == _expected(demo_store, *last_month).values()

    # CSV export: the same file as `hearth metrics --csv` (a real process) for the period.
    widget.set_preset("last12")
    out = tmp_path / "dashboard.csv"
    widget.ask_csv_path = lambda: out  # type: ignore[method-assign]
    with qtbot.waitSignal(widget.sig_exported):
        qtbot.mouseClick(widget.export_button, Qt.MouseButton.LeftButton)
    assert "no patient-level rows" in widget.status_label.text()
    cli_out = tmp_path / "cli.csv"
    proc = subprocess.run(
        [sys.executable, "-m", "app.cli", "metrics", "--store", str(demo_store.folder),
         "--from", start.isoformat(), "--to", end.isoformat(), "--csv", str(cli_out)],
        capture_output=True, text=True, cwd=ROOT, timeout=120, stdin=subprocess.DEVNULL,
        env={**os.environ, "HEARTH_PASSPHRASE": PASSPHRASE})
    assert proc.returncode == 0, proc.stderr
    assert out.read_text(encoding="utf-8") == cli_out.read_text(encoding="utf-8")


def test_dashboard_in_the_main_window_opens_a_patient_chart(
        qtbot: Any, demo_store: Any, sync_runner: Any, shot: Any) -> None:
    from app.views.main_window import MainWindow

    window = MainWindow(demo_store, sync_runner, demo=False, settings=None, watch_system=False)
    show_active(qtbot, window, 1400, 900)
    assert window.dashboard_action.shortcut().toString() == "Ctrl+6"
    window.dashboard_action.trigger()
    dashboard = window.tabs.currentWidget()
    assert isinstance(dashboard, DashboardWidget) and dashboard.data is not None
    window.dashboard_action.trigger()  # again: the same tab, not a second one
    assert sum(isinstance(window.tabs.widget(i), DashboardWidget)
               for i in range(window.tabs.count())) == 1
    dashboard.show_patients("median_days_referral_to_appointment")
    shot(window, "coord_dashboard_window")
    patient_id = dashboard.drill_patient_ids()[0]
    dashboard.drill_table.selectRow(0)
    qtbot.mouseClick(dashboard.open_button, Qt.MouseButton.LeftButton)
    assert patient_id in window._charts
    assert window.tabs.currentWidget() is window._charts[patient_id]


def test_dashboard_computes_in_the_background(qtbot: Any, demo_store: Any,
                                              pool_runner: Any) -> None:
    """With a real thread pool: the tiles, then the charts without and with the care-gap
    series, arrive on the GUI thread; the figures are those of compute_metrics."""
    widget = DashboardWidget(demo_store, pool_runner, clock=lambda: NOW)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.data is not None and widget.trends_complete, timeout=60_000)
    start, end = M.default_period(NOW.date())
    assert widget.data.report.values() == _expected(demo_store, start, end).values()
    with demo_store.session() as s:
        trends = M.monthly_trends(s, start, end, now=NOW)
    assert [p.values for p in widget.trends] == [p.values for p in trends]
    assert widget.export_button.isEnabled()
