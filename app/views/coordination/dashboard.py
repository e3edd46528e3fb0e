"""The metrics dashboard: the clinic's figures for a period, each with its definition, monthly
trend charts, and a drill down to the patients behind a figure.

Everything is computed off the GUI thread through the Runner by the same functions as
``hearth metrics`` (:func:`app.coordination.metrics.compute_metrics` for the tiles, and
:func:`~app.coordination.metrics.monthly_trends` for the charts: first without the care-gap
series, then with it, as the care-gap rules are evaluated at every month's boundary), so the
two always give the same figures; "Export CSV…" writes the same aggregate CSV as
``hearth metrics --csv`` once the trends are complete.

Each tile shows the value, its numerator and denominator (or n) and the figure's definition in
full (not only in a tooltip). Clicking a tile (or its "Patients" button) lists its patients at
the right; double-click or Enter on a patient (or "Open chart") emits ``sig_open_patient``.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QMargins, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from app.coordination import metrics as M
from app.models.base import utcnow
from app.models.entities import Patient
from app.views import formatting
from app.views.background import Runner

translate = QCoreApplication.translate
PATIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1

# What "counted in the numerator" means for each figure's patients, for the drill down.
_NUMERATOR_WORD = {
    "index_admissions": "Readmitted",
    "readmissions_30d": "Readmitted",
    "readmission_rate": "Readmitted",
    "ed_visits": "ED visit",
    "ed_visits_per_1000_patient_months": "ED visit",
    "care_plan_adherence": "Adherent",
    "median_days_referral_to_appointment": "Seen",
    "care_gap_closure_rate": "Closed",
    "patient_satisfaction": "Surveyed",
    "transitions_on_time": "On time",
}
# ... and its longer explanation (the column's tooltip).
_NUMERATOR_TIP = {
    "index_admissions": "Readmitted within 30 days of an index discharge in the period",
    "readmissions_30d": "Readmitted within 30 days of an index discharge in the period",
    "readmission_rate": "Readmitted within 30 days of an index discharge in the period",
    "ed_visits": "Had an ED visit in the period",
    "ed_visits_per_1000_patient_months": "Had an ED visit in the period",
    "care_plan_adherence": "At least one review in the period recorded as adherent",
    "median_days_referral_to_appointment": "Seen by the specialist (no: still waiting)",
    "care_gap_closure_rate": "At least one gap open at the start was closed at the end",
    "patient_satisfaction": "Surveyed in the period",
    "transitions_on_time": "Every step of a transition done by its due time",
}


# Short names for the charts' legends.
_SHORT = {
    "readmission_rate": "Readmissions",
    "care_plan_adherence": "Adherence",
    "transitions_on_time": "On time",
    "care_gap_closure_rate": "Gaps closed",
    "patient_satisfaction": "Satisfaction",
}


@dataclass(frozen=True)
class DashboardData:
    report: M.MetricsReport
    names: dict[str, tuple[str, str]]  # patient id -> ("Family, Given", MRN)


def load_dashboard(store: Any, start: dt.date, end: dt.date,
                   now: dt.datetime | None = None) -> DashboardData:
    """The report and the names of the patients behind its figures (a worker thread)."""
    with store.session() as s:
        report = M.compute_metrics(s, start, end, now=now)
        wanted = sorted({pid for f in report.figures.values() for pid in f.patient_ids})
        names: dict[str, tuple[str, str]] = {}
        for i in range(0, len(wanted), 500):
            for pid, given, family, mrn in s.execute(
                    select(Patient.id, Patient.given_name, Patient.family_name, Patient.mrn)
                    .where(Patient.id.in_(wanted[i:i + 500]))):
                names[pid] = (f"{family or ''}, {given or ''}".strip(", "), mrn or "")
    return DashboardData(report, names)


def load_trends(store: Any, start: dt.date, end: dt.date, now: dt.datetime | None = None,
                care_gaps: bool = True) -> list[M.MonthPoint]:
    """The monthly points of the charts (a worker thread). The care-gap series costs two
    panel evaluations per month, so the dashboard asks first without it, then with it."""
    with store.session() as s:
        return M.monthly_trends(s, start, end, now=now, care_gaps=care_gaps)


def export_csv_job(report: M.MetricsReport, trends: list[M.MonthPoint], path: Path) -> Path:
    return M.write_csv(report, trends, path)


def figure_label(key: str) -> str:
    return translate("Metrics", M.FIGURES[key][0])


def figure_definition(key: str) -> str:
    return translate("Metrics", M.DEFINITIONS[key])


def value_text(figure: M.Figure) -> str:
    """M.format_value with its one word ("days") in the language of the screen."""
    if figure.value is not None and figure.unit == "days" and not isinstance(figure.value, int):
        return translate("Metrics", "%1 days").replace("%1", f"{figure.value:.1f}")
    return M.format_value(figure)


def basis_text(figure: M.Figure) -> str:
    """M.format_basis, its sentences in the language of the screen."""
    extra = figure.extra
    if figure.available and figure.key == "median_days_referral_to_appointment":
        return translate("Metrics", "%1 seen, %2 still waiting").replace(
            "%1", str(extra.get("seen", 0))).replace("%2", str(extra.get("still_waiting", 0)))
    if figure.available and figure.key == "ed_visits_per_1000_patient_months":
        return translate("Metrics", "%1 visits / %2 patient-months").replace(
            "%1", str(figure.numerator)).replace("%2", str(figure.denominator))
    basis = M.format_basis(figure)
    return translate("Metrics", "none in the period") if basis == "none in the period" else basis


# -- a tile ------------------------------------------------------------------------------------
class FigureTile(QFrame):
    """One figure: its name, value, numerator/denominator and definition, and a button that
    lists its patients. ``sig_clicked(key)`` on a click anywhere on the tile."""

    sig_clicked = Signal(str)

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.figure: M.Figure | None = None
        self.setObjectName(f"tile_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(3)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.value_label = QLabel("…", self)
        big = QFont(self.value_label.font())
        big.setPointSizeF(big.pointSizeF() * 1.9)
        big.setBold(True)
        self.value_label.setFont(big)
        self.basis_label = QLabel(self)
        self.basis_label.setWordWrap(True)
        self.definition_label = QLabel(self)
        self.definition_label.setWordWrap(True)
        small = QFont(self.definition_label.font())
        small.setPointSizeF(small.pointSizeF() * 0.85)
        self.definition_label.setFont(small)
        self.definition_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.patients_button = QPushButton(self)
        self.patients_button.clicked.connect(lambda: self.sig_clicked.emit(self.key))
        for widget in (self.title, self.value_label, self.basis_label, self.definition_label):
            layout.addWidget(widget)
        layout.addWidget(self.patients_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(figure_label(self.key))
        self.definition_label.setText(figure_definition(self.key))
        self._update_button()

    def set_figure(self, figure: M.Figure) -> None:
        self.figure = figure
        self.value_label.setText(value_text(figure))
        basis = basis_text(figure)
        if figure.note:
            basis = (basis + "\n" if basis else "") + figure.note
        self.basis_label.setText(basis)
        self.basis_label.setVisible(bool(basis))
        self.setAccessibleName(f"{figure_label(self.key)}: {value_text(figure)}")
        self._update_button()

    def _update_button(self) -> None:
        n = len(self.figure.patient_ids) if self.figure else 0
        self.patients_button.setText(self.tr("Patients (%1)").replace("%1", str(n)))
        self.patients_button.setEnabled(n > 0)

    def set_selected(self, selected: bool) -> None:
        self.setFrameShape(QFrame.Shape.Box if selected else QFrame.Shape.StyledPanel)
        self.setLineWidth(2 if selected else 1)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self.sig_clicked.emit(self.key)
        super().mouseReleaseEvent(event)


# -- charts ------------------------------------------------------------------------------------
def _month_labels(trends: list[M.MonthPoint]) -> list[str]:
    """"Jan 26" for January and the first month, else "Feb" (short enough to stay whole), with
    the UI language's month names ("ene 26", "feb")."""
    months = formatting.MONTHS  # read now: the language installed
    return [f"{months[p.month.month - 1]} {p.month.year % 100:02d}"
            if i == 0 or p.month.month == 1 else months[p.month.month - 1]
            for i, p in enumerate(trends)]


def _month_axis(trends: list[M.MonthPoint]) -> QBarCategoryAxis:
    axis = QBarCategoryAxis()
    axis.append(_month_labels(trends))
    if len(trends) > 6:
        axis.setLabelsAngle(-90)
    if hasattr(axis, "setTruncateLabels"):
        axis.setTruncateLabels(False)
    return axis


def line_chart(title: str, trends: list[M.MonthPoint], keys: list[str],
               y_max: float | None = None) -> QChart:
    """One line per figure over the months (months without a value leave a gap)."""
    chart = QChart()
    chart.setTitle(title)
    chart.setMargins(QMargins(4, 4, 4, 4))
    axis_x = _month_axis(trends)
    axis_y = QValueAxis()
    axis_y.setLabelFormat("%.0f")
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    top = 0.0
    for key in keys:
        runs: list[list[tuple[int, float]]] = [[]]
        for i, point in enumerate(trends):
            value = point.values.get(key)
            if value is None:
                if runs[-1]:
                    runs.append([])
                continue
            runs[-1].append((i, float(value)))
            top = max(top, float(value))
        colour = None
        for run in runs:
            if not run:
                continue
            series = QLineSeries()
            series.setPointsVisible(True)
            series.setName(translate("Metrics", _SHORT.get(key, M.FIGURES[key][0])))
            for x, y in run:
                series.append(x, y)
            chart.addSeries(series)
            series.attachAxis(axis_x)
            series.attachAxis(axis_y)
            if colour is None:
                colour = series.color()
            else:  # a later run of the same figure: its colour, no second legend entry
                series.setColor(colour)
                chart.legend().markers(series)[0].setVisible(False)
    axis_y.setRange(0, y_max if y_max is not None else max(5.0, top * 1.15))
    chart.legend().setVisible(len(keys) > 1)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def bar_chart(title: str, trends: list[M.MonthPoint], key: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setMargins(QMargins(4, 4, 4, 4))
    bars = QBarSet(figure_label(key))
    top = 0.0
    for point in trends:
        value = float(point.values.get(key) or 0)
        bars.append(value)
        top = max(top, value)
    series = QBarSeries()
    series.append(bars)
    chart.addSeries(series)
    axis_x = _month_axis(trends)
    axis_y = QValueAxis()
    axis_y.setLabelFormat("%.0f")
    axis_y.setRange(0, max(4, math.ceil(top * 1.1)))
    axis_y.applyNiceNumbers()  # whole-number ticks for counts
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_x)
    series.attachAxis(axis_y)
    chart.legend().setVisible(False)
    return chart


# -- the page ----------------------------------------------------------------------------------
PRESETS = ("last12", "this_month", "last_month", "last3", "this_year", "custom")
TILE_COLUMNS = 5


class DashboardWidget(QWidget):
    """The dashboard page. Signals: ``sig_open_patient(patient_id, name)``; ``sig_loaded()``
    after each load (figures shown), ``sig_trends_loaded()`` when the charts are drawn,
    ``sig_failed(message)`` when a load failed, ``sig_exported(path)`` after a CSV was
    written."""

    sig_open_patient = Signal(str, str)
    sig_loaded = Signal()
    sig_trends_loaded = Signal()
    sig_failed = Signal(str)
    sig_exported = Signal(str)

    def __init__(self, store: Any, runner: Runner, *,
                 clock: Callable[[], dt.datetime] = utcnow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self._clock = clock
        self._generation = 0
        self.data: DashboardData | None = None
        self.trends: list[M.MonthPoint] | None = None
        self.trends_complete = False  # False while the care-gap series is being computed
        self.selected_key: str | None = None
        self._build_ui()
        self._retranslate()
        self.set_preset("last12")

    # -- construction ----------------------------------------------------------------------------
    def _build_ui(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 8, 10, 8)
        outer.setSpacing(6)

        top = QHBoxLayout()
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)
        top.addWidget(self.heading)
        top.addSpacing(12)
        self.period_label = QLabel(self)
        self.preset_combo = QComboBox(self)
        self.period_label.setBuddy(self.preset_combo)
        self.from_edit = QDateEdit(self)
        self.to_edit = QDateEdit(self)
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.editingFinished.connect(self._dates_edited)
        self.to_label = QLabel(self)
        self.refresh_button = QPushButton(self)
        self.refresh_button.clicked.connect(self.reload)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self.export_csv)
        self.export_button.setEnabled(False)
        self.preset_combo.activated.connect(lambda i: self.set_preset(PRESETS[i]))
        for widget in (self.period_label, self.preset_combo, self.from_edit, self.to_label,
                       self.to_edit, self.refresh_button):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.export_button)
        outer.addLayout(top)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        outer.addWidget(self.status_label)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        scroll = QScrollArea(self.splitter)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(scroll)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 6, 0)
        grid = QGridLayout()
        grid.setSpacing(8)
        self.tiles: dict[str, FigureTile] = {}
        for i, key in enumerate(M.FIGURE_KEYS):
            tile = FigureTile(key, body)
            tile.sig_clicked.connect(self.show_patients)
            self.tiles[key] = tile
            grid.addWidget(tile, i // TILE_COLUMNS, i % TILE_COLUMNS,
                           Qt.AlignmentFlag.AlignTop)
        for column in range(TILE_COLUMNS):
            grid.setColumnStretch(column, 1)
        body_layout.addLayout(grid)
        charts = QGridLayout()
        self.chart_views: dict[str, QChartView] = {}
        for i, name in enumerate(("readmissions", "ed", "quality")):
            view = QChartView(body)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumSize(220, 300)
            self.chart_views[name] = view
            charts.addWidget(view, 0, i)
        body_layout.addLayout(charts)
        body_layout.addStretch(1)
        scroll.setWidget(body)

        side = QWidget(self.splitter)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(6, 0, 0, 0)
        self.drill_title = QLabel(side)
        self.drill_title.setWordWrap(True)
        bold = self.drill_title.font()
        bold.setBold(True)
        self.drill_title.setFont(bold)
        self.drill_title.setSizePolicy(QSizePolicy.Policy.Ignored,
                                       QSizePolicy.Policy.MinimumExpanding)
        self.drill_table = QTableWidget(0, 3, side)
        self.drill_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.drill_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.drill_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.drill_table.verticalHeader().setVisible(False)
        self.drill_table.setWordWrap(False)
        self.drill_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        self.drill_table.doubleClicked.connect(lambda _i: self.open_selected())
        self.drill_table.installEventFilter(self)
        self.open_button = QPushButton(side)
        self.open_button.clicked.connect(self.open_selected)
        self.open_button.setEnabled(False)
        self.drill_table.itemSelectionChanged.connect(
            lambda: self.open_button.setEnabled(bool(self.drill_table.selectedItems())))
        side_layout.addWidget(self.drill_title)
        side_layout.addWidget(self.drill_table, 1)
        side_layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignRight)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([980, 400])
        outer.addWidget(self.splitter, 1)

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Dashboard"))
        for edit in (self.from_edit, self.to_edit):  # the calendar's month and day names
            edit.setLocale(QLocale())  # the UI language's (app.views.workspace.i18n)
        self.period_label.setText(self.tr("&Period:"))
        self.to_label.setText(self.tr("to"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.export_button.setText(self.tr("&Export CSV…"))
        self.export_button.setToolTip(self.tr(
            "Save the figures and monthly trends as a CSV (aggregate figures only, no "
            "patient data)"))
        self.open_button.setText(self.tr("&Open chart"))
        self.drill_table.setHorizontalHeaderLabels(
            [self.tr("Patient"), self.tr("MRN"), self.tr("Counted")])
        current = self.preset_combo.currentIndex()
        self.preset_combo.clear()
        self.preset_combo.addItems([
            self.tr("Last 12 months"), self.tr("This month"), self.tr("Last month"),
            self.tr("Last 3 months"), self.tr("This year"), self.tr("Custom")])
        self.preset_combo.setCurrentIndex(max(0, current))
        for tile in self.tiles.values():
            tile.retranslate()
        self._show_drill()
        if self.trends is not None:
            self._show_charts(self.trends)

    def _fit_drill_title(self) -> None:
        """A wrapped label in a splitter is not given its height for its width: set it."""
        label = self.drill_title
        label.setMinimumHeight(label.heightForWidth(max(120, label.width())))

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_drill_title()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: Any, event: QEvent) -> bool:  # noqa: N802
        if (watched is self.drill_table and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.open_selected()
            return True
        return super().eventFilter(watched, event)

    # -- the period --------------------------------------------------------------------------------
    def today(self) -> dt.date:
        """Today in UTC (the metrics' days are UTC days)."""
        return self._clock().astimezone(dt.timezone.utc).date()

    def period(self) -> tuple[dt.date, dt.date]:
        return self.from_edit.date().toPython(), self.to_edit.date().toPython()

    def set_preset(self, preset: str) -> None:
        today = self.today()
        month = today.replace(day=1)
        ranges = {
            "last12": M.default_period(today),
            "this_month": (month, today),
            "last_month": (M.add_months(month, -1), month - dt.timedelta(days=1)),
            "last3": (M.add_months(month, -2), today),
            "this_year": (today.replace(month=1, day=1), today),
        }
        self.preset_combo.setCurrentIndex(PRESETS.index(preset))
        if preset in ranges:
            self.set_period(*ranges[preset], preset=preset)

    def set_period(self, start: dt.date, end: dt.date, *, preset: str = "custom") -> None:
        self.preset_combo.setCurrentIndex(PRESETS.index(preset))
        for edit, day in ((self.from_edit, start), (self.to_edit, end)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        self.reload()

    def _dates_edited(self) -> None:
        start, end = self.period()
        if self.data is not None and (start, end) == (self.data.report.start,
                                                      self.data.report.end):
            return
        self.preset_combo.setCurrentIndex(PRESETS.index("custom"))
        self.reload()

    # -- loading -----------------------------------------------------------------------------------
    def set_store(self, store: Any) -> None:
        self.store = store
        self.data = None
        self.reload()

    def reload(self) -> None:
        if self.store is None:
            return
        start, end = self.period()
        if end < start:
            self.status_label.setText(self.tr("The period ends before it starts."))
            return
        self._generation += 1
        generation = self._generation
        self.status_label.setText(self.tr("Computing the figures…"))
        self.export_button.setEnabled(False)
        self.trends = None  # the CSV needs this period's trends
        now = self._clock()
        self.runner.run(load_dashboard, self.store, start, end, now,
                        on_done=lambda data: self._loaded(generation, data),
                        on_error=lambda message, _exc: self._failed(generation, message))
        self.trends_complete = False
        for care_gaps in (False, True):
            self.runner.run(
                load_trends, self.store, start, end, now, care_gaps,
                on_done=lambda trends, full=care_gaps: self._trends_loaded(generation, trends,
                                                                           full),
                on_error=lambda message, _exc: self._failed(generation, message))

    def _loaded(self, generation: int, data: DashboardData) -> None:
        if generation != self._generation:
            return
        self.data = data
        report = data.report
        for key, tile in self.tiles.items():
            tile.set_figure(report[key])
        self.status_label.setText(
            self.tr("From %1 to %2: whole days in UTC, both included. Click a figure to see "
                    "its patients.")
            .replace("%1", report.start.isoformat()).replace("%2", report.end.isoformat()))
        self.export_button.setEnabled(self.trends_complete)
        self._show_drill()
        self.sig_loaded.emit()

    def _trends_loaded(self, generation: int, trends: list[M.MonthPoint],
                       complete: bool) -> None:
        if generation != self._generation or (self.trends_complete and not complete):
            return
        self.trends = trends
        self.trends_complete = complete
        self._show_charts(trends)
        self.export_button.setEnabled(self.data is not None and complete)
        if complete:
            self.sig_trends_loaded.emit()

    def _failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self.status_label.setText(self.tr("The figures could not be computed.") + " " + message)
        self.sig_failed.emit(message)

    def _show_charts(self, trends: list[M.MonthPoint]) -> None:
        self.chart_views["readmissions"].setChart(line_chart(
            self.tr("Readmission rate (%)"), trends,
            ["readmission_rate"], y_max=100))
        self.chart_views["ed"].setChart(bar_chart(self.tr("ED visits"), trends,
                                                  "ed_visits"))
        self.chart_views["quality"].setChart(line_chart(
            self.tr("Care quality (%; satisfaction 0-100)"), trends,
            ["care_plan_adherence", "transitions_on_time", "care_gap_closure_rate",
             "patient_satisfaction"], y_max=100))

    # -- drill down --------------------------------------------------------------------------------
    def show_patients(self, key: str) -> None:
        """List the patients behind figure ``key``."""
        self.selected_key = key
        for k, tile in self.tiles.items():
            tile.set_selected(k == key)
        self._show_drill()

    def _show_drill(self) -> None:
        key = self.selected_key
        table = self.drill_table
        table.setRowCount(0)
        if key is None or self.data is None:
            self.drill_title.setText(self.tr("Click a figure to see the patients behind it."))
            self._fit_drill_title()
            return
        figure = self.data.report[key]
        self.drill_title.setText(self.tr("Patients behind: %1 (%2)")
                                 .replace("%1", figure_label(key))
                                 .replace("%2", str(len(figure.patient_ids))))
        table.setHorizontalHeaderLabels([self.tr("Patient"), self.tr("MRN"),
                                         translate("Metrics", _NUMERATOR_WORD[key])])
        table.horizontalHeaderItem(2).setToolTip(translate("Metrics", _NUMERATOR_TIP[key]))
        rows = sorted(figure.patient_ids,
                      key=lambda pid: self.data.names.get(pid, ("", ""))[0].casefold())
        table.setRowCount(len(rows))
        yes, no = self.tr("yes"), self.tr("no")
        for row, pid in enumerate(rows):
            name, mrn = self.data.names.get(pid, (self.tr("(unknown)"), ""))
            item = QTableWidgetItem(name)
            item.setData(PATIENT_ID_ROLE, pid)
            table.setItem(row, 0, item)
            table.setItem(row, 1, QTableWidgetItem(mrn))
            table.setItem(row, 2, QTableWidgetItem(
                yes if pid in figure.numerator_patient_ids else no))
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._fit_drill_title()
        if rows:
            table.selectRow(0)

    def drill_patient_ids(self) -> list[str]:
        return [self.drill_table.item(r, 0).data(PATIENT_ID_ROLE)
                for r in range(self.drill_table.rowCount())]

    def open_selected(self) -> None:
        row = self.drill_table.currentRow()
        item = self.drill_table.item(row, 0) if row >= 0 else None
        if item is not None:
            self.sig_open_patient.emit(item.data(PATIENT_ID_ROLE), item.text())

    # -- export ------------------------------------------------------------------------------------
    def ask_csv_path(self) -> Path | None:
        """Where to save the CSV (a file dialog; tests replace this)."""
        report = self.data.report if self.data else None
        suggested = (f"hearth-metrics-{report.start.isoformat()}-{report.end.isoformat()}.csv"
                     if report else "hearth-metrics.csv")
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the figures as CSV"), str(Path.home() / suggested),
            self.tr("CSV files (*.csv)"))
        return Path(name) if name else None

    def export_csv(self) -> None:
        if self.data is None or self.trends is None or not self.trends_complete:
            return
        path = self.ask_csv_path()
        if path is None:
            return
        self.runner.run(export_csv_job, self.data.report, self.trends, path,
                        on_done=self._exported,
                        on_error=lambda message, _exc: self.status_label.setText(message))

    def _exported(self, path: Path) -> None:
        self.status_label.setText(
            self.tr("Saved %1: aggregate figures and monthly trends only, no patient-level "
                    "rows.").replace("%1", str(path)))
        self.sig_exported.emit(str(path))
