"""The "Vitals & labs" tab: the measures on the left; on the right a QtCharts line chart of the
selected measure over time (dates on the x axis, the reference range as a shaded band, goal
targets as dashed lines, blood pressure as systolic and diastolic lines) above a table of its
readings, newest first.

Colour is never the only signal: the two blood-pressure lines differ in line style (solid,
dashed) and are named in the legend; readings outside the reference range get a diamond marker
named "High or low" in the legend and the words "High" / "Low" in the table. The chart takes
its colours and fonts from the widget's palette and font, so it follows the system theme and
font scaling.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from PySide6.QtCharts import (
    QAreaSeries,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QDateTime,
    QEvent,
    QItemSelection,
    QLocale,
    QMargins,
    QPointF,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.chart.service import GoalItem, Measure, Reading, fmt_number, unit_label, with_unit
from app.views.chart.common import (
    EmptyableView,
    escape,
    Row,
    RowsModel,
    cell,
    count,
    fit_columns,
    fmt_date_of,
    fmt_datetime,
    setup_table,
    translate,
)

# Display words in English, translated where shown (context "TrendsPage").
INTERPRETATIONS = {
    "H": QT_TRANSLATE_NOOP("TrendsPage", "High"),
    "HH": QT_TRANSLATE_NOOP("TrendsPage", "Critically high"),
    "HU": QT_TRANSLATE_NOOP("TrendsPage", "Very high"),
    "L": QT_TRANSLATE_NOOP("TrendsPage", "Low"),
    "LL": QT_TRANSLATE_NOOP("TrendsPage", "Critically low"),
    "LU": QT_TRANSLATE_NOOP("TrendsPage", "Very low"),
    "A": QT_TRANSLATE_NOOP("TrendsPage", "Abnormal"),
    "AA": QT_TRANSLATE_NOOP("TrendsPage", "Critically abnormal"),
    "N": QT_TRANSLATE_NOOP("TrendsPage", "Normal"),
    "POS": QT_TRANSLATE_NOOP("TrendsPage", "Positive"),
    "NEG": QT_TRANSLATE_NOOP("TrendsPage", "Negative"),
}
MEASURE_HEADERS = [(QT_TRANSLATE_NOOP("TrendsPage", "Measure"),
                    QT_TRANSLATE_NOOP("TrendsPage",
                                      "What was measured (vital signs first, then labs)")),
                   (QT_TRANSLATE_NOOP("TrendsPage", "Latest"),
                    QT_TRANSLATE_NOOP("TrendsPage", "The most recent value")),
                   (QT_TRANSLATE_NOOP("TrendsPage", "Date"),
                    QT_TRANSLATE_NOOP("TrendsPage",
                                      "When the most recent value was taken (local time)"))]
READING_HEADERS = [(QT_TRANSLATE_NOOP("TrendsPage", "Date and time"),
                    QT_TRANSLATE_NOOP("TrendsPage", "When it was measured (local time)")),
                   (QT_TRANSLATE_NOOP("TrendsPage", "Value"),
                    QT_TRANSLATE_NOOP("TrendsPage", "The value as measured")),
                   (QT_TRANSLATE_NOOP("TrendsPage", "Flag"),
                    QT_TRANSLATE_NOOP("TrendsPage",
                                      "High, low or abnormal, as the source flagged it")),
                   (QT_TRANSLATE_NOOP("TrendsPage", "Reference range"),
                    QT_TRANSLATE_NOOP("TrendsPage", "The normal range the source gave"))]
CATEGORY_WORDS = {"Vital sign": QT_TRANSLATE_NOOP("TrendsPage", "Vital sign"),
                  "Lab": QT_TRANSLATE_NOOP("TrendsPage", "Lab"),
                  "Survey": QT_TRANSLATE_NOOP("TrendsPage", "Survey")}

# the diamond around a reading flagged out of range
FLAGGED_NAME = QT_TRANSLATE_NOOP("TrendsPage", "High or low")

# Line colours, light theme / dark theme; line style tells the series apart too.
LIGHT_SERIES = ("#1f5fa8", "#b34700", "#2e7d32", "#6a1b9a")
DARK_SERIES = ("#7cb8ff", "#ffab66", "#8fd694", "#d7a8ff")
PEN_STYLES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine,
              Qt.PenStyle.DashDotLine)


def interpretation_text(code: str | None) -> str:
    if not code:
        return ""
    word = INTERPRETATIONS.get(code.upper())
    return translate("TrendsPage", word) if word else code


def _headers(headers: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(translate("TrendsPage", a), translate("TrendsPage", b)) for a, b in headers]


def category_text(m: Measure) -> str:
    label = m.category_label
    return translate("TrendsPage", CATEGORY_WORDS[label]) if label in CATEGORY_WORDS else label


def readings_text(n: int) -> str:
    return count(n, translate("TrendsPage", "%1 reading"), translate("TrendsPage", "%1 readings"))


def range_text(low: float | None, high: float | None, unit: str | None) -> str:
    u = unit_label(unit)
    tail = "" if not u else u if u in ("%", "°C", "°F") or u.startswith("/") else f" {u}"
    if low is not None and high is not None:
        return f"{fmt_number(low)}–{fmt_number(high)}{tail}"
    if high is not None:
        return translate("TrendsPage", "up to %1").replace("%1", f"{fmt_number(high)}{tail}")
    if low is not None:
        return translate("TrendsPage", "from %1").replace("%1", f"{fmt_number(low)}{tail}")
    return ""


def _flag_cell(reading: Reading) -> Any:
    text = interpretation_text(reading.interpretation)
    if reading.is_abnormal:
        return cell(text, bold=True, icon="warning",
                    accessible=translate("TrendsPage", "Flag: %1").replace("%1", text))
    return cell(text)


def measure_rows(measures: list[Measure]) -> list[Row]:
    rows = []
    for m in measures:
        latest = m.latest
        value = latest.text if latest else ""
        flag = interpretation_text(latest.interpretation) if latest else ""
        abnormal = bool(latest and latest.is_abnormal)
        shown = f"{value} ({flag})" if abnormal and flag else value
        category = category_text(m)
        tip = f"{m.label} ({category.lower()}): {readings_text(len(m.readings))}"
        if m.reference_low is not None or m.reference_high is not None:
            tip += translate("TrendsPage", "; reference range %1").replace(
                "%1", range_text(m.reference_low, m.reference_high, m.unit))
        rows.append(Row((
            cell(m.label, tip, f"{m.label}, {category}, {readings_text(len(m.readings))}"),
            cell(shown, accessible=translate("TrendsPage", "Latest %1").replace("%1", shown)
                 if shown else translate("TrendsPage", "No value"),
                 icon="warning" if abnormal else None, bold=abnormal),
            cell(fmt_date_of(latest.at) if latest and latest.at else ""),
        ), id=m.key, item=m))
    return rows


def reading_rows(measure: Measure) -> list[Row]:
    rows = []
    for r in reversed(measure.readings):
        rows.append(Row((
            cell(fmt_datetime(r.at) if r.at else ""),
            cell(r.text, bold=r.is_abnormal),
            _flag_cell(r),
            cell(range_text(r.reference_low, r.reference_high, r.unit)),
        ), item=r))
    return rows


def nice_step(span: float, ticks: int) -> float:
    """A round tick step (1, 2, 2.5 or 5 times a power of ten) of at least
    ``span / (ticks - 1)``."""
    raw = span / max(1, ticks - 1) if span > 0 else 1.0
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if factor * power >= raw:
            return factor * power
    return 10 * power


def nice_range(low: float, high: float, ticks: int) -> tuple[float, float, int]:
    """(start, end, tick count): ``low``..``high`` widened to round ticks, at most ``ticks``."""
    step = nice_step(high - low, ticks)
    start, end = math.floor(low / step) * step, math.ceil(high / step) * step
    while round((end - start) / step) + 1 > ticks:  # rounding out added a tick: wider step
        step = nice_step(step * 1.001, 2)  # the next round step up
        start, end = math.floor(low / step) * step, math.ceil(high / step) * step
    return start, end, round((end - start) / step) + 1


def _ms(value: dt.datetime) -> float:
    return value.timestamp() * 1000.0


class TrendChartView(QChartView):
    """A chart view whose date axis shows as many ticks as fit its width at its font size."""

    def __init__(self, chart: QChart, parent: QWidget | None = None) -> None:
        super().__init__(chart, parent)
        self.date_axis: QDateTimeAxis | None = None
        self.value_axis: QValueAxis | None = None
        self.value_span = (0.0, 1.0)
        self.sample_label = "00 Mmm 0000"

    def fit_ticks(self) -> None:
        if self.date_axis is None:
            return
        metrics = self.fontMetrics()
        label = metrics.horizontalAdvance(self.sample_label) + 2 * metrics.averageCharWidth()
        # The plot is the view less the value axis and margins (the chart's own plot area
        # is only laid out later, on the event loop).
        plot = self.width() - metrics.horizontalAdvance("00000") - 4 * metrics.height()
        self.date_axis.setTickCount(max(2, min(8, int(plot // label) + 1)))
        if self.value_axis is not None:
            # As many value ticks as fit the height at this font size, on round numbers.
            lines = 5 * metrics.height()  # title, legend, date labels and margins
            room = max(1, int((self.height() - lines) // (1.5 * metrics.height())))
            low, high, count = nice_range(*self.value_span, max(2, min(8, room + 1)))
            self.value_axis.setRange(low, high)
            self.value_axis.setTickCount(count)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit_ticks()


class TrendsPage(QWidget):
    """Measures list, trend chart and readings table for one chart."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("ChartWidget", "Vitals and labs"))
        self._measures: list[Measure] = []
        self._goals: list[GoalItem] = []
        self.current: Measure | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        layout.addWidget(self.splitter)

        # Left: the measures.
        left = QWidget(self.splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        measures_label = QLabel(self.tr("Me&asures"), left)
        self.measures_model = RowsModel(_headers(MEASURE_HEADERS), self)
        self.measures_table = QTableView(left)
        self.measures_table.setModel(self.measures_model)
        setup_table(self.measures_table, self.tr("Measures"),
                    self.tr("Vital signs and lab results; choose one to see its trend and "
                            "readings"))
        self.measures_view = EmptyableView(self.measures_table,
                                           self.tr("No vital signs or lab results recorded"), left)
        measures_label.setBuddy(self.measures_table)
        left_layout.addWidget(measures_label)
        left_layout.addWidget(self.measures_view, 1)
        self.measures_table.selectionModel().selectionChanged.connect(self._selection_changed)

        # Right: the chart above the readings.
        right = QSplitter(Qt.Orientation.Vertical, self.splitter)
        right.setChildrenCollapsible(False)
        self.right_splitter = right
        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setBackgroundRoundness(0)
        self.x_axis = QDateTimeAxis()
        self.y_axis = QValueAxis()
        self.chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self.chart_view = TrendChartView(self.chart, right)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setAccessibleName(self.tr("Trend chart"))
        # A picture: its numbers are in the readings table, which takes the focus instead.
        self.chart_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.chart_view.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.chart_view.setMinimumHeight(160)
        self.chart_message = QLabel(right)
        self.chart_message.setWordWrap(True)
        self.chart_message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart_message.setMargin(12)
        self.chart_stack = QStackedWidget(right)
        self.chart_stack.addWidget(self.chart_view)
        self.chart_stack.addWidget(self.chart_message)
        self.chart_stack.setAccessibleName(self.tr("Trend chart"))

        readings_box = QWidget(right)
        readings_layout = QVBoxLayout(readings_box)
        readings_layout.setContentsMargins(0, 4, 0, 0)
        self.readings_label = QLabel(self.tr("Rea&dings"), readings_box)
        self.readings_model = RowsModel(_headers(READING_HEADERS), self)
        self.readings_table = QTableView(readings_box)
        self.readings_table.setModel(self.readings_model)
        setup_table(self.readings_table, self.tr("Readings"),
                    self.tr("Every reading of the chosen measure"))
        self.readings_label.setBuddy(self.readings_table)
        readings_layout.addWidget(self.readings_label)
        readings_layout.addWidget(self.readings_table, 1)

        right.addWidget(self.chart_stack)
        right.addWidget(readings_box)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        self._proportioned = False
        self._band_edges: tuple[QLineSeries, ...] = ()
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.setTabOrder(self.measures_table, self.readings_table)
        self._show_message(self.tr("No measure chosen."))

    # -- data in ----------------------------------------------------------------------------------
    def set_measures(self, measures: list[Measure], goals: list[GoalItem] | None = None) -> None:
        previous = self.current.key if self.current is not None else None
        self._measures = list(measures)
        self._goals = list(goals or [])
        self.current = None
        self.measures_model.set_rows(measure_rows(self._measures))
        self.measures_view.refresh()
        fit_columns(self.measures_table, 0, caps={1: 36}, min_stretch_chars=16)
        if self._measures:
            # The same measure as before when this is a reload of the same chart.
            if previous is None or not self.select_measure(previous):
                self.select_measure(self._measures[0].key)
        else:
            self.current = None
            self.readings_model.set_rows([])
            self._show_message(self.tr("No vital signs or lab results recorded."))

    def select_measure(self, key: str) -> bool:
        for row in range(self.measures_model.rowCount()):
            if self.measures_model.row(row).id == key:
                self.measures_table.selectRow(row)
                self.measures_table.setCurrentIndex(self.measures_model.index(row, 0))
                return True
        return False

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.measures_table.selectionModel().selectedRows()
        if not rows:
            return
        measure = self.measures_model.row(rows[0].row()).item
        if isinstance(measure, Measure):
            self.show_measure(measure)

    # -- showing a measure ------------------------------------------------------------------------
    def show_measure(self, m: Measure) -> None:
        self.current = m
        self.readings_model.set_rows(reading_rows(m))
        fit_columns(self.readings_table, 3)
        self.readings_label.setText(self.tr("Rea&dings of %1").replace(
            "%1", m.label.replace("&", "&&")))
        self.readings_table.setAccessibleName(self.tr("Readings of %1").replace("%1", m.label))
        if not m.is_numeric:
            self._show_message(self.tr("%1: these readings are not numbers, so there is no "
                                       "chart; they are listed below.").replace("%1", m.label))
            return
        self._draw(m)
        self.chart_stack.setCurrentWidget(self.chart_view)

    def _show_message(self, text: str) -> None:
        self.chart_message.setText(text)
        self.chart_message.setAccessibleName(text)
        self.chart_stack.setCurrentWidget(self.chart_message)

    def _colours(self) -> tuple[str, ...]:
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        return DARK_SERIES if dark else LIGHT_SERIES

    def _clear_chart(self) -> None:
        # The two axes stay for the life of the chart (removing axes leaves their drawings in
        # the scene until the event loop deletes them); only the series change.
        self.chart.removeAllSeries()
        self._band_edges = ()

    def _draw(self, m: Measure) -> None:
        self._clear_chart()
        chart = self.chart
        pal = self.palette()
        text_colour = pal.color(QPalette.ColorRole.Text)
        base = pal.color(QPalette.ColorRole.Base)
        grid = QColor(pal.color(QPalette.ColorRole.Mid))
        grid.setAlpha(110)
        font = QFont(self.font())
        title_font = QFont(font)
        title_font.setBold(True)
        # The date axis's month names in the language installed ("sept", not "Sep").
        chart.setLocale(QLocale(self.tr("en", "the language code of this translation (for the "
                                           "dates on the trend chart)")))
        chart.setLocalizeNumbers(False)  # the values keep their decimal point, as in the table
        chart.setBackgroundBrush(QBrush(base))
        chart.setBackgroundPen(QPen(Qt.PenStyle.NoPen))
        chart.setPlotAreaBackgroundVisible(False)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.layout().setContentsMargins(0, 0, 0, 0)
        unit = unit_label(m.unit)
        chart.setTitle(escape(f"{m.label} ({unit})" if unit else m.label))
        chart.setTitleFont(title_font)
        chart.setTitleBrush(QBrush(text_colour))
        legend = chart.legend()
        legend.setFont(font)
        legend.setLabelColor(text_colour)
        legend.setVisible(True)

        times = [at for s in m.series for at, _ in s.points]
        values = [v for s in m.series for _, v in s.points]
        first, last = min(times), max(times)
        if last - first < dt.timedelta(days=2):
            first -= dt.timedelta(days=15)
            last += dt.timedelta(days=15)
        pad_t = (last - first) * 0.03
        x_min, x_max = first - pad_t, last + pad_t

        colours = self._colours()
        marker = max(6.0, self.fontMetrics().height() * 0.4)
        drawn: list[Any] = []

        # Reference range band (or a single limit as a dashed line).
        low, high = m.reference_low, m.reference_high
        band_colour = QColor("#2e7d32")
        if low is not None and high is not None:
            upper, lower = QLineSeries(), QLineSeries()
            upper.append(_ms(x_min), high)
            upper.append(_ms(x_max), high)
            lower.append(_ms(x_min), low)
            lower.append(_ms(x_max), low)
            band = QAreaSeries(upper, lower)
            # The area series only points at its two edges: keep them alive while it is shown.
            self._band_edges = (upper, lower)
            band.setName(escape(self.tr("Reference range %1").replace(
                "%1", range_text(low, high, m.unit))))
            fill = QColor(band_colour)
            fill.setAlpha(45)
            band.setBrush(QBrush(fill))
            edge = QColor(band_colour)
            edge.setAlpha(120)
            band.setPen(QPen(edge, 1, Qt.PenStyle.DotLine))
            chart.addSeries(band)
            drawn.append(band)
            values += [low, high]
        elif low is not None or high is not None:
            limit = high if high is not None else low
            assert limit is not None
            line = QLineSeries()
            line.append(_ms(x_min), limit)
            line.append(_ms(x_max), limit)
            which = (self.tr("Upper limit of normal: %1") if high is not None
                     else self.tr("Lower limit of normal: %1"))
            line.setName(escape(which.replace("%1", with_unit(limit, m.unit))))
            line.setPen(QPen(band_colour, 1.5, Qt.PenStyle.DotLine))
            chart.addSeries(line)
            drawn.append(line)
            values.append(limit)

        # The measure's lines.
        for i, s in enumerate(m.series):
            if not s.points:
                continue
            line = QLineSeries()
            line.replace([QPointF(_ms(at), v) for at, v in s.points])
            name = s.label if len(m.series) > 1 else m.label
            line.setName(escape(name))
            pen = QPen(QColor(colours[i % len(colours)]), 2.2, PEN_STYLES[i % len(PEN_STYLES)])
            line.setPen(pen)
            line.setPointsVisible(True)
            line.setMarkerSize(marker)
            chart.addSeries(line)
            drawn.append(line)

        # Readings outside the range: a diamond, named in the legend.
        flagged = QScatterSeries()
        flagged.setName(translate("TrendsPage", FLAGGED_NAME))
        flagged.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeRotatedRectangle)
        flagged.setMarkerSize(marker * 2.2)
        flagged.setColor(QColor(0, 0, 0, 0))
        flagged.setBorderColor(text_colour)
        flagged.setPen(QPen(text_colour, 1.6))
        for r in m.readings:
            if r.at is not None and r.is_abnormal:
                for v in r.values:
                    if v is not None:
                        flagged.append(_ms(r.at), v)
        if flagged.count():
            chart.addSeries(flagged)
            drawn.append(flagged)
        else:
            flagged.deleteLater()

        # Goal targets that measure this (e.g. systolic < 140): dashed lines, named.
        codes = {m.code} | {s.code for s in m.series}
        for goal in self._goals:
            if goal.target_code not in codes:
                continue
            for limit in (goal.target_low, goal.target_high):
                if limit is None:
                    continue
                line = QLineSeries()
                line.append(_ms(x_min), limit)
                line.append(_ms(x_max), limit)
                line.setName(escape(self.tr("Goal %1").replace("%1", str(goal.target))))
                line.setPen(QPen(text_colour, 1.2, Qt.PenStyle.DashDotDotLine))
                chart.addSeries(line)
                drawn.append(line)
                values.append(limit)

        # Axes.
        x_axis, y_axis = self.x_axis, self.y_axis
        span = last - first
        x_axis.setFormat("d MMM yyyy" if span < dt.timedelta(days=400) else "MMM yyyy")
        self.chart_view.sample_label = ("00 Mmm 0000" if span < dt.timedelta(days=400)
                                        else "Mmm 0000")
        x_axis.setRange(_qdt(x_min), _qdt(x_max))
        # No axis titles: the dates speak for themselves and the unit is in the chart title,
        # which leaves the plot room at large font sizes.
        x_axis.setTitleVisible(False)
        y_axis.setTitleVisible(False)
        lo, hi = min(values), max(values)
        pad = (hi - lo) * 0.1 or max(1.0, abs(hi) * 0.1)
        self.chart_view.value_axis = y_axis
        self.chart_view.value_span = (lo - pad, hi + pad)
        y_axis.setLabelFormat("%g")
        for axis in (x_axis, y_axis):
            axis.setLabelsFont(font)
            axis.setTitleFont(font)
            axis.setLabelsBrush(QBrush(text_colour))
            axis.setTitleBrush(QBrush(text_colour))
            axis.setGridLinePen(QPen(grid, 1))
            axis.setLinePen(QPen(text_colour, 1))
        for series in drawn:
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
        self.chart_view.date_axis = x_axis
        self.chart_view.fit_ticks()

        latest = m.latest
        described = (self.tr("%1 trend chart: %2 from %3 to %4")
                     .replace("%1", m.label).replace("%2", readings_text(len(m.readings)))
                     .replace("%3", fmt_date_of(first)).replace("%4", fmt_date_of(last)))
        if latest is not None:
            described += (self.tr("; latest %1 on %2").replace("%1", latest.text)
                          .replace("%2", fmt_date_of(latest.at)))
        described += self.tr(". Every value is also listed in the readings table.")
        self.chart_view.setAccessibleDescription(described)
        self.chart_stack.setAccessibleDescription(described)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if not self._proportioned and self.right_splitter.height() > 100:
            # First real size: the chart gets three fifths of the height.
            self._proportioned = True
            total = sum(self.right_splitter.sizes())
            self.right_splitter.setSizes([total * 3 // 5, total - total * 3 // 5])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange) and \
                self.current is not None and self.current.is_numeric:
            self._draw(self.current)

    @property
    def chart_series_names(self) -> list[str]:
        return [s.name() for s in self.chart.series()]


def _qdt(value: dt.datetime) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(int(_ms(value)))
