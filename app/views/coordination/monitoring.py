"""The chart's "Monitoring" tab: remote monitoring, care-management time and the patient
experience survey.

- Left: the patient-reported readings as measures, a trend chart and a readings table (the
  "Vitals & labs" page reused: readings that crossed a threshold are marked "Abnormal" and
  get a diamond marker), under the buttons "Add reading…" and "Import readings…" (CSV).
- Right: alerts (the monitoring tasks, open first), the patient's thresholds (add, edit,
  switch off, delete, "Apply defaults" from her problems), the care time of this month
  against the 20-minute CCM threshold with a start/stop timer and "Log time…", and the
  patient experience surveys with "Record survey…".

Every read and write goes through the Runner (:mod:`app.coordination.monitoring`,
:mod:`~app.coordination.time_tracking`, :mod:`~app.coordination.satisfaction`); dialogs open
without blocking (tests fill and accept them). The timer lives in this page only: stopping it
opens "Log time" with the minutes filled in; nothing is saved until then.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.chart.service import Measure, Reading, Series
from app.coordination import monitoring as mon
from app.coordination import satisfaction as sat
from app.coordination import time_tracking as tt
from app.models.entities import TIME_PROGRAMS
from app.models.errors import InputError
from app.views import formatting
from app.views.coordination.texts import alert_title
from app.views.chart.common import (
    EmptyableView,
    Row,
    RowsModel,
    cell,
    fit_columns,
    fmt_date_of,
    fmt_datetime,
)
from app.views.chart.trends import TrendsPage
from app.views.coordination.loop_common import (LoopPanel, from_qdatetime, ok_cancel_buttons,
                                                to_qdatetime)
from app.views.tables import setup_table

translate = QCoreApplication.translate
DATE_TIME_FORMAT = "ddd d MMM yyyy, HH:mm"

MEASURE_WORDS = {
    "weight": QT_TRANSLATE_NOOP("Monitoring", "Weight"),
    "bp": QT_TRANSLATE_NOOP("Monitoring", "Blood pressure"),
    "glucose": QT_TRANSLATE_NOOP("Monitoring", "Glucose"),
    "heart_rate": QT_TRANSLATE_NOOP("Monitoring", "Heart rate"),
    "spo2": QT_TRANSLATE_NOOP("Monitoring", "Oxygen saturation (SpO₂)"),
    "symptoms": QT_TRANSLATE_NOOP("Monitoring", "Symptoms"),
}
THRESHOLD_WORDS = {
    "weight": QT_TRANSLATE_NOOP("Monitoring", "Weight"),
    "systolic_bp": QT_TRANSLATE_NOOP("Monitoring", "Systolic BP"),
    "diastolic_bp": QT_TRANSLATE_NOOP("Monitoring", "Diastolic BP"),
    "glucose": QT_TRANSLATE_NOOP("Monitoring", "Glucose"),
    "heart_rate": QT_TRANSLATE_NOOP("Monitoring", "Heart rate"),
    "spo2": QT_TRANSLATE_NOOP("Monitoring", "SpO₂"),
}
RULE_WORDS = {
    "above": QT_TRANSLATE_NOOP("Monitoring", "Above"),
    "below": QT_TRANSLATE_NOOP("Monitoring", "Below"),
    "gain_1d": QT_TRANSLATE_NOOP("Monitoring", "Gain in about a day (12–36 h)"),
    "gain_7d": QT_TRANSLATE_NOOP("Monitoring", "Gain in about a week (6–8 days)"),
}
REPORTER_WORDS = {
    "patient": QT_TRANSLATE_NOOP("Monitoring", "Patient"),
    "caregiver": QT_TRANSLATE_NOOP("Monitoring", "Caregiver"),
    "device": QT_TRANSLATE_NOOP("Monitoring", "Device"),
}
ACTIVITY_WORDS = {
    "care_coordination": QT_TRANSLATE_NOOP("Monitoring", "Care coordination"),
    "phone_call": QT_TRANSLATE_NOOP("Monitoring", "Phone call"),
    "medication_management": QT_TRANSLATE_NOOP("Monitoring", "Medication management"),
    "care_plan": QT_TRANSLATE_NOOP("Monitoring", "Care plan"),
    "caregiver_support": QT_TRANSLATE_NOOP("Monitoring", "Caregiver support"),
    "referral_coordination": QT_TRANSLATE_NOOP("Monitoring", "Referral coordination"),
    "transition_support": QT_TRANSLATE_NOOP("Monitoring", "Transition of care support"),
    "remote_monitoring_review": QT_TRANSLATE_NOOP("Monitoring", "Remote monitoring review"),
    "other": QT_TRANSLATE_NOOP("Monitoring", "Other"),
}
THRESHOLD_HEADERS = [
    (QT_TRANSLATE_NOOP("Monitoring", "Threshold"),
     QT_TRANSLATE_NOOP("Monitoring", "What alerts (the source is in the tooltip)")),
    (QT_TRANSLATE_NOOP("Monitoring", "On"),
     QT_TRANSLATE_NOOP("Monitoring", "Whether the threshold is checked")),
]
ALERT_HEADERS = [
    (QT_TRANSLATE_NOOP("Monitoring", "Alert"),
     QT_TRANSLATE_NOOP("Monitoring", "The monitoring task a crossed threshold opened")),
    (QT_TRANSLATE_NOOP("Monitoring", "Status"), QT_TRANSLATE_NOOP("Monitoring", "Open or done")),
    (QT_TRANSLATE_NOOP("Monitoring", "Opened"), QT_TRANSLATE_NOOP("Monitoring", "When")),
]


def _tr(text: str) -> str:
    return translate("Monitoring", text)


def _headers(headers: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(_tr(a), _tr(b)) for a, b in headers]


# -- readings as chart measures ------------------------------------------------------------------
_MEASURE_CODES = {"weight": mon.WEIGHT, "bp": mon.BP_PANEL, "glucose": mon.GLUCOSE_METER,
                  "heart_rate": mon.HEART_RATE, "spo2": mon.SPO2, "symptoms": mon.SYMPTOM}
_SERIES = {"weight": (("weight", "kg"),), "bp": (("systolic_bp", "mm[Hg]"),
                                                 ("diastolic_bp", "mm[Hg]")),
           "glucose": (("glucose", "mg/dL"),), "heart_rate": (("heart_rate", "/min"),),
           "spo2": (("spo2", "%"),), "symptoms": ()}
_SERIES_LABELS = {"weight": QT_TRANSLATE_NOOP("Monitoring", "Weight"),
                  "systolic_bp": QT_TRANSLATE_NOOP("Monitoring", "Systolic"),
                  "diastolic_bp": QT_TRANSLATE_NOOP("Monitoring", "Diastolic"),
                  "glucose": QT_TRANSLATE_NOOP("Monitoring", "Glucose"),
                  "heart_rate": QT_TRANSLATE_NOOP("Monitoring", "Heart rate"),
                  "spo2": QT_TRANSLATE_NOOP("Monitoring", "SpO₂")}


def reading_measures(data: mon.MonitoringData) -> list[Measure]:
    """The remote readings as the chart's measures (one per kind, oldest first), a reading
    that crossed a threshold marked "A" (abnormal) with the messages in its text."""
    out: dict[str, Measure] = {}
    series: dict[str, dict[str, Series]] = {}
    for r in sorted(data.readings, key=lambda r: r.at):
        m = out.get(r.measure)
        if m is None:
            unit = (_SERIES[r.measure][0][1] if _SERIES[r.measure] else None)
            m = out[r.measure] = Measure(r.measure, _MEASURE_CODES[r.measure],
                                         _tr(MEASURE_WORDS[r.measure]),
                                         "vital-signs" if r.measure != "symptoms" else "survey",
                                         unit, _tr(MEASURE_WORDS[r.measure]))
            series[r.measure] = {key: Series(key, _tr(_SERIES_LABELS[key]), u)
                                 for key, u in _SERIES[r.measure]}
        values = []
        for key, _unit in _SERIES[r.measure]:
            v = r.values.get(key)
            values.append(v)
            if v is not None:
                series[r.measure][key].points.append((r.at, v))
        flags = data.flags.get(r.reading_id, [])
        text = f"{r.shown} ({_tr(REPORTER_WORDS.get(r.reported_by, r.reported_by))})"
        text += f" — {'; '.join(alert_title(f) for f in flags)}" if flags else ""
        m.readings.append(Reading(r.at, text, tuple(values), m.unit, "A" if flags else None,
                                  None, None, "final"))
    for key, m in out.items():
        m.series = list(series[key].values())
    order = list(mon.READING_MEASURES)
    return sorted(out.values(), key=lambda m: order.index(m.key))


# -- dialogs -------------------------------------------------------------------------------------
class _Dialog(QDialog):
    """A form dialog with OK/Cancel and an inline error line; ``check()`` (overridden)
    validates before it closes."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.error = QLabel("", self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("font-weight: bold;")
        self.error.hide()
        self.buttons = ok_cancel_buttons(self)

    def finish(self) -> None:
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.buttons)

    def check(self) -> None:  # pragma: no cover - overridden
        pass

    def accept(self) -> None:
        try:
            self.check()
        except InputError as exc:
            text = str(exc)
            self.error.setText(text[:1].upper() + text[1:])
            self.error.setAccessibleName(self.error.text())
            self.error.show()
            return
        super().accept()


def _combo(items: list[tuple[str, str]], parent: QWidget) -> QComboBox:
    box = QComboBox(parent)
    for key, text in items:
        box.addItem(text, key)
    return box


def _select(box: QComboBox, key: Any) -> None:
    i = box.findData(key)
    if i >= 0:
        box.setCurrentIndex(i)


class AddReadingDialog(_Dialog):
    """One reading: what, the value (blood pressure as 142/88), the unit, when, who."""

    def __init__(self, now: dt.datetime, parent: QWidget | None = None) -> None:
        super().__init__(translate("Monitoring", "Add reading"), parent)
        self.now = now
        self.parsed: mon.ParsedReading | None = None
        self.measure = _combo([(k, _tr(v)) for k, v in MEASURE_WORDS.items()], self)
        self.value = QLineEdit(self)
        self.unit = QComboBox(self)
        self.method = _combo([("fingerstick", self.tr("Fingerstick (glucometer)")),
                              ("blood", self.tr("Blood draw"))], self)
        self.when = QDateTimeEdit(to_qdatetime(now), self)
        self.when.setDisplayFormat(DATE_TIME_FORMAT)
        self.when.setCalendarPopup(True)
        self.reported_by = _combo([(k, _tr(v)) for k, v in REPORTER_WORDS.items()], self)
        self.symptoms = QListWidget(self)
        for code, en, _es in mon.load_defaults().symptoms:
            item = QListWidgetItem(en, self.symptoms)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.symptoms.setMaximumHeight(150)
        self.note = QLineEdit(self)
        self.form.addRow(self.tr("&Measure:"), self.measure)
        self.form.addRow(self.tr("&Value:"), self.value)
        self.form.addRow(self.tr("&Unit:"), self.unit)
        self.form.addRow(self.tr("Me&thod:"), self.method)
        self.form.addRow(self.tr("S&ymptoms:"), self.symptoms)
        self.form.addRow(self.tr("&Other symptom:"), self.note)
        self.form.addRow(self.tr("&Taken:"), self.when)
        self.form.addRow(self.tr("&Reported by:"), self.reported_by)
        self.measure.currentIndexChanged.connect(self._measure_changed)
        self._measure_changed()
        self.value.textEdited.connect(lambda *_: self.error.hide())
        self.finish()
        self.resize(420, 0)

    def _measure_changed(self, *_args: Any) -> None:
        key = self.measure.currentData()
        units = {"weight": [("kg", "kg"), ("lb", "lb")],
                 "bp": [("mm[Hg]", "mmHg")],
                 "glucose": [("mg/dL", "mg/dL"), ("mmol/L", "mmol/L")],
                 "heart_rate": [("/min", self.tr("beats per minute"))],
                 "spo2": [("%", "%")]}.get(key, [])
        self.unit.clear()
        for k, text in units:
            self.unit.addItem(text, k)
        hints = {"weight": self.tr("e.g. 82.4"), "bp": self.tr("systolic/diastolic, e.g. 128/76"),
                 "glucose": self.tr("e.g. 112"), "heart_rate": self.tr("e.g. 72"),
                 "spo2": self.tr("e.g. 95")}
        self.value.setPlaceholderText(hints.get(key, ""))
        symptoms = key == "symptoms"
        for widget, show in ((self.value, not symptoms), (self.unit, not symptoms),
                             (self.method, key == "glucose"), (self.symptoms, symptoms),
                             (self.note, symptoms)):
            self.form.setRowVisible(widget, show)

    def set_values(self, measure: str, value: str = "", unit: str | None = None) -> None:
        """Fill the form (tests, and the timer's hand-over)."""
        _select(self.measure, measure)
        self.value.setText(value)
        if unit:
            _select(self.unit, unit)

    def check(self) -> None:
        codes = [self.symptoms.item(i).data(Qt.ItemDataRole.UserRole)
                 for i in range(self.symptoms.count())
                 if self.symptoms.item(i).checkState() == Qt.CheckState.Checked]
        self.parsed = mon.parse_reading(
            self.measure.currentData(), self.value.text(), at=from_qdatetime(self.when.dateTime()),
            unit=self.unit.currentData(), reported_by=self.reported_by.currentData(),
            method=self.method.currentData(), symptoms=codes, note=self.note.text(),
            now=dt.datetime.now(dt.UTC))

    def kwargs(self) -> dict[str, Any]:
        codes = [self.symptoms.item(i).data(Qt.ItemDataRole.UserRole)
                 for i in range(self.symptoms.count())
                 if self.symptoms.item(i).checkState() == Qt.CheckState.Checked]
        return {"measure": self.measure.currentData(), "value": self.value.text(),
                "at": from_qdatetime(self.when.dateTime()), "unit": self.unit.currentData(),
                "reported_by": self.reported_by.currentData(),
                "method": self.method.currentData(), "symptoms": codes,
                "note": self.note.text()}


class ThresholdDialog(_Dialog):
    """Add or change one threshold."""

    def __init__(self, row: mon.ThresholdRow | None, parent: QWidget | None = None) -> None:
        super().__init__(translate("Monitoring", "Edit threshold") if row else
                         translate("Monitoring", "Add threshold"), parent)
        self.row = row
        self.measure = _combo([(k, _tr(v)) for k, v in THRESHOLD_WORDS.items()], self)
        self.rule = QComboBox(self)
        self.value = QDoubleSpinBox(self)
        self.value.setDecimals(1)
        self.value.setRange(0, 1000)
        self.unit = QComboBox(self)
        self.active = QCheckBox(self.tr("Check new readings against it"), self)
        self.active.setChecked(True)
        self.form.addRow(self.tr("&Measure:"), self.measure)
        self.form.addRow(self.tr("&Rule:"), self.rule)
        self.form.addRow(self.tr("&Value:"), self.value)
        self.form.addRow(self.tr("&Unit:"), self.unit)
        self.form.addRow("", self.active)
        self.source = QLabel("", self)
        self.source.setWordWrap(True)
        if row and row.source:
            self.source.setText(self.tr("Source: %1").replace("%1", row.source))
            self.form.addRow(self.source)
        self.measure.currentIndexChanged.connect(self._measure_changed)
        self._measure_changed()
        if row:
            _select(self.measure, row.measure)
            _select(self.rule, row.rule)
            _select(self.unit, row.unit)
            self.value.setValue(row.value)
            self.active.setChecked(row.active)
        self.finish()
        self.resize(440, 0)

    def _measure_changed(self, *_args: Any) -> None:
        key = self.measure.currentData()
        rules = list(mon.RULES) if key == "weight" else ["above", "below"]
        self.rule.clear()
        for r in rules:
            self.rule.addItem(_tr(RULE_WORDS[r]), r)
        self.unit.clear()
        for u in mon.THRESHOLD_MEASURES[key][1]:
            self.unit.addItem(mon.UNIT_SHOWN.get(u, u), u)

    def values(self) -> dict[str, Any]:
        return {"measure": self.measure.currentData(), "rule": self.rule.currentData(),
                "value": round(self.value.value(), 1), "unit": self.unit.currentData(),
                "active": self.active.isChecked()}

    def check(self) -> None:
        v = self.values()
        mon.check_threshold(v["measure"], v["rule"], v["value"], v["unit"])


class LogTimeDialog(_Dialog):
    """Minutes of care-management work for this patient."""

    def __init__(self, now: dt.datetime, minutes: int = 10,
                 started_at: dt.datetime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(translate("Monitoring", "Log care time"), parent)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(1, tt.MAX_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(max(1, min(minutes, tt.MAX_MINUTES)))
        self.program = _combo([(p, p) for p in TIME_PROGRAMS], self)
        self.activity = _combo([(k, _tr(v)) for k, v in ACTIVITY_WORDS.items()], self)
        self.started = QDateTimeEdit(to_qdatetime(started_at or now - dt.timedelta(
            minutes=self.minutes.value())), self)
        self.started.setDisplayFormat(DATE_TIME_FORMAT)
        self.started.setCalendarPopup(True)
        self.comment = QLineEdit(self)
        self.form.addRow(self.tr("&Minutes:"), self.minutes)
        self.form.addRow(self.tr("&Program:"), self.program)
        self.form.addRow(self.tr("&Activity:"), self.activity)
        self.form.addRow(self.tr("&Started:"), self.started)
        self.form.addRow(self.tr("&Comment:"), self.comment)
        note = QLabel(self.tr("Minutes count toward this calendar month's total. The codes "
                              "shown are minute thresholds, not billing advice."), self)
        note.setWordWrap(True)
        self.form.addRow(note)
        self.finish()
        self.resize(420, 0)

    def values(self) -> dict[str, Any]:
        return {"minutes": self.minutes.value(), "program": self.program.currentData(),
                "activity": self.activity.currentData(),
                "started_at": from_qdatetime(self.started.dateTime()),
                "comment": self.comment.text()}

    def check(self) -> None:
        if self.values()["started_at"] > dt.datetime.now(dt.UTC) + dt.timedelta(minutes=5):
            raise InputError(self.tr("the time cannot start in the future"))


class SurveyDialog(_Dialog):
    """The care-coordination experience survey, read to the patient in her language."""

    def __init__(self, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(translate("Monitoring", "Patient experience survey"), parent)
        self.survey = sat.load_survey()
        self.language = _combo([("en", "English"), ("es", "Español")], self)
        _select(self.language, language if language in sat.LANGS else "en")
        self.form.addRow(self.tr("&Language of the questions:"), self.language)
        self.intro = QLabel("", self)
        self.intro.setWordWrap(True)
        self.layout_.addWidget(self.intro)
        grid = QGridLayout()
        self.groups: dict[str, QButtonGroup] = {}
        self.questions: dict[str, QLabel] = {}
        self.answer_buttons: dict[str, dict[str, QRadioButton]] = {}
        row = 0
        for n, item in enumerate(self.survey.items, 1):
            q = QLabel("", self)
            q.setWordWrap(True)
            q.setProperty("number", n)
            q.setStyleSheet("font-weight: bold; margin-top: 6px;")
            grid.addWidget(q, row, 0, 1, len(self.survey.answers))
            self.questions[item.id] = q
            group = QButtonGroup(self)
            group.setExclusive(True)
            self.answer_buttons[item.id] = {}
            for col, a in enumerate(self.survey.answers):
                b = QRadioButton("", self)
                group.addButton(b)
                grid.addWidget(b, row + 1, col)
                self.answer_buttons[item.id][a.id] = b
                b.toggled.connect(self._update_score)
            self.groups[item.id] = group
            row += 2
        self.layout_.addLayout(grid)
        self.score_label = QLabel("", self)
        self.score_label.setWordWrap(True)
        self.layout_.addWidget(self.score_label)
        self.source = QLabel("", self)
        self.source.setWordWrap(True)
        self.source.setStyleSheet("color: palette(mid);")
        self.layout_.addWidget(self.source)
        self.layout_.addStretch(1)
        self.language.currentIndexChanged.connect(self._texts)
        self._texts()
        self.finish()
        self.resize(780, 640)

    def _texts(self, *_args: Any) -> None:
        lang = self.language.currentData()
        self.intro.setText(self.survey.intro[lang])
        for item in self.survey.items:
            q = self.questions[item.id]
            q.setText(f"{q.property('number')}. {item.text[lang]}")
            for a in self.survey.answers:
                b = self.answer_buttons[item.id][a.id]
                b.setText(a.text[lang])
                b.setAccessibleName(f"{q.property('number')}: {a.text[lang]}")
        self.source.setText(self.tr("Adapted from the AHRQ CAHPS Clinician & Group survey and "
                                    "the AHRQ CCQM-PC; instrument %1.")
                            .replace("%1", self.survey.instrument))
        self._update_score()

    def answer(self, item_id: str, answer_id: str) -> None:
        self.answer_buttons[item_id][answer_id].setChecked(True)

    def answers(self) -> dict[str, str]:
        out = {}
        for item_id, buttons in self.answer_buttons.items():
            for answer_id, b in buttons.items():
                if b.isChecked():
                    out[item_id] = answer_id
        return out

    def _update_score(self, *_args: Any) -> None:
        sc = sat.score_responses(self.answers(), self.survey)
        if sc.percent is None:
            self.score_label.setText(self.tr("Score: none yet (no question answered)."))
        else:
            self.score_label.setText(
                self.tr("Score: %1 of 100 (the mean answer on a 0–100 scale; %2 of %3 answered "
                        "questions “Always”).")
                .replace("%1", f"{sc.percent:.0f}").replace("%2", str(sc.top_box))
                .replace("%3", str(sc.answered)))

    def check(self) -> None:
        if not self.answers():
            raise InputError(self.tr("answer at least one question before saving the survey"))


# -- the care time box ---------------------------------------------------------------------------
class TimeBox(QGroupBox):
    """This month's care time against the CCM threshold, a start/stop timer and Log time."""

    def __init__(self, page: MonitoringPage) -> None:
        super().__init__(translate("TimeBox", "Care time this month"), page)
        self.page = page
        self.started: dt.datetime | None = None
        layout = QVBoxLayout(self)
        self.total_label = QLabel("", self)
        self.bar = QProgressBar(self)
        self.bar.setTextVisible(True)
        self.codes_label = QLabel("", self)
        self.codes_label.setWordWrap(True)
        row = QHBoxLayout()
        self.timer_button = QPushButton(translate("TimeBox", "Start &timer"), self)
        self.timer_button.setCheckable(True)
        self.timer_button.clicked.connect(self._toggle)
        self.timer_label = QLabel("", self)
        self.log_button = QPushButton(translate("TimeBox", "Log ti&me…"), self)
        self.log_button.clicked.connect(lambda: self.page.log_time())
        row.addWidget(self.timer_button)
        row.addWidget(self.timer_label, 1)
        row.addWidget(self.log_button)
        layout.addWidget(self.total_label)
        layout.addWidget(self.bar)
        layout.addWidget(self.codes_label)
        layout.addLayout(row)
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self._tick)

    def show_month(self, pm: tt.PatientMonth | None) -> None:
        ccm = pm.ccm_minutes if pm else 0
        total = pm.total if pm else 0
        nxt = tt.next_threshold("CCM", ccm)
        goal = nxt[1] if nxt else max(ccm, tt.CCM_TARGET)
        self.bar.setRange(0, goal)
        self.bar.setValue(min(ccm, goal))
        self.bar.setFormat(translate("TimeBox", "CCM %1 of %2 min").replace("%1", str(ccm))
                           .replace("%2", str(goal)))
        text = translate("TimeBox", "This month: %1 min (CCM %2 min)").replace("%1", str(total)) \
            .replace("%2", str(ccm))
        self.total_label.setText(text)
        parts = []
        for program in TIME_PROGRAMS:
            minutes = pm.minutes.get(program, 0) if pm else 0
            reached = tt.codes_text(tt.codes_reached(program, minutes)) if minutes else ""
            if minutes:
                parts.append(f"{program} {minutes} min" + (f": {reached}" if reached else ""))
        codes = "; ".join(parts) if parts else translate("TimeBox", "No time logged yet.")
        if nxt:
            codes += " " + translate("TimeBox", "Next: %1 at %2 min.").replace("%1", nxt[0]) \
                .replace("%2", str(nxt[1]))
        self.codes_label.setText(codes)
        self.codes_label.setToolTip(tt.load_billing_codes().disclaimer)

    # -- the timer ---------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.started is not None

    def start_timer(self, now: dt.datetime | None = None) -> None:
        self.started = now or dt.datetime.now(dt.UTC)
        self.timer_button.setChecked(True)
        self.timer_button.setText(translate("TimeBox", "Stop &timer"))
        self.timer_button.setAccessibleName(translate("TimeBox", "Stop timer"))
        self.ticker.start()
        self._tick()

    def stop_timer(self, now: dt.datetime | None = None) -> None:
        if self.started is None:
            return
        started, self.started = self.started, None
        self.ticker.stop()
        self.timer_button.setChecked(False)
        self.timer_button.setText(translate("TimeBox", "Start &timer"))
        self.timer_button.setAccessibleName(translate("TimeBox", "Start timer"))
        self.timer_label.setText("")
        stopped = now or dt.datetime.now(dt.UTC)
        self.page.log_time(minutes=tt.timer_minutes(started, stopped), started_at=started)

    def _toggle(self) -> None:
        if self.running:
            self.stop_timer()
        else:
            self.start_timer()

    def _tick(self) -> None:
        if self.started is None:
            return
        seconds = int((dt.datetime.now(dt.UTC) - self.started).total_seconds())
        self.timer_label.setText(translate("TimeBox", "Running: %1").replace(
            "%1", f"{seconds // 60:02d}:{seconds % 60:02d}"))


# -- the page ------------------------------------------------------------------------------------
class MonitoringPage(LoopPanel):
    """Remote monitoring, care time and patient experience for one patient (a chart page)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Monitoring"))
        self.data: mon.MonitoringData | None = None
        self.language = "en"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        bar = QHBoxLayout()
        self.caption = QLabel(self.tr("Readings the patient, her caregiver or a device "
                                      "reported from home."), self)
        self.caption.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add reading…"), self)
        self.add_button.clicked.connect(self.add_reading)
        self.import_button = QPushButton(self.tr("&Import readings…"), self)
        self.import_button.setToolTip(self.tr(
            "A CSV file with the columns date, measure, value, unit, reported_by, method, note "
            "(see the README); every row is imported or none"))
        self.import_button.clicked.connect(self.import_readings)
        bar.addWidget(self.caption, 1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.import_button)
        layout.addLayout(bar)
        layout.addWidget(self.error_label)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.trends = TrendsPage(self.splitter)
        self.trends.setAccessibleName(self.tr("Remote readings"))
        self.trends.measures_view.set_empty_text(self.tr(
            "No readings from home yet. Use “Add reading…” or “Import readings…”."))
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)

        alerts = QGroupBox(self.tr("Alerts"), side)
        al = QVBoxLayout(alerts)
        self.alerts_model = RowsModel(_headers(ALERT_HEADERS), self)
        self.alerts_table = QTableView(alerts)
        self.alerts_table.setModel(self.alerts_model)
        setup_table(self.alerts_table, self.tr("Monitoring alerts"),
                    self.tr("Tasks opened by crossed thresholds, open first"))
        self.alerts_view = EmptyableView(self.alerts_table, self.tr("No alerts."), alerts)
        al.addWidget(self.alerts_view)
        self.alerts_view.setMaximumHeight(110)
        side_layout.addWidget(alerts)

        th = QGroupBox(self.tr("Thresholds"), side)
        tl = QVBoxLayout(th)
        self.thresholds_model = RowsModel(_headers(THRESHOLD_HEADERS), self)
        self.thresholds_table = QTableView(th)
        self.thresholds_table.setModel(self.thresholds_model)
        setup_table(self.thresholds_table, self.tr("Thresholds"),
                    self.tr("This patient's alert rules; the source is in the tooltip"))
        self.thresholds_table.doubleClicked.connect(lambda *_: self.edit_threshold())
        self.thresholds_view = EmptyableView(self.thresholds_table, self.tr(
            "No thresholds. “Apply defaults” adds those her problems call for."), th)
        tl.addWidget(self.thresholds_view)
        self.suggest_label = QLabel("", th)
        self.suggest_label.setWordWrap(True)
        tl.addWidget(self.suggest_label)
        tb = QHBoxLayout()
        self.add_threshold_button = QPushButton(self.tr("Add…"), th)
        self.add_threshold_button.clicked.connect(self.add_threshold)
        self.edit_threshold_button = QPushButton(self.tr("&Edit…"), th)
        self.edit_threshold_button.clicked.connect(self.edit_threshold)
        self.delete_threshold_button = QPushButton(self.tr("Delete"), th)
        self.delete_threshold_button.clicked.connect(self.delete_threshold)
        self.defaults_button = QPushButton(self.tr("Apply &defaults"), th)
        self.defaults_button.setToolTip(self.tr(
            "Add the default thresholds her problems call for (heart failure, hypertension, "
            "diabetes, COPD, atrial fibrillation), each with its published source"))
        self.defaults_button.clicked.connect(self.apply_defaults)
        for b in (self.add_threshold_button, self.edit_threshold_button,
                  self.delete_threshold_button, self.defaults_button):
            tb.addWidget(b)
        tl.addLayout(tb)
        self.thresholds_view.setMaximumHeight(130)
        side_layout.addWidget(th)

        self.time_box = TimeBox(self)
        side_layout.addWidget(self.time_box)

        sv = QGroupBox(self.tr("Patient experience"), side)
        sl = QVBoxLayout(sv)
        self.survey_label = QLabel("", sv)
        self.survey_label.setWordWrap(True)
        self.survey_button = QPushButton(self.tr("Record &survey…"), sv)
        self.survey_button.clicked.connect(self.record_survey)
        sl.addWidget(self.survey_label)
        sl.addWidget(self.survey_button, 0, Qt.AlignmentFlag.AlignLeft)
        side_layout.addWidget(sv)
        side_layout.addStretch(1)

        scroll = QScrollArea(self.splitter)
        scroll.setWidgetResizable(True)
        scroll.setWidget(side)
        scroll.setMinimumWidth(340)
        self.splitter.addWidget(self.trends)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.splitter, 1)
        self.thresholds_table.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_buttons())
        scroll.setAccessibleName(self.tr("Alerts, thresholds, care time and patient experience"))
        self._update_buttons()
        self.show_data(None)
        self._name_buttons()

    def _name_buttons(self) -> None:
        """Every button's accessible name: its text without the mnemonic."""
        for button in self.findChildren(QAbstractButton):
            button.setAccessibleName(button.text().replace("&", "").replace("…", "").strip())

    # -- data --------------------------------------------------------------------------------
    def set_chart(self, chart: Any) -> None:
        lang = (getattr(chart.header, "language", None) or "en").lower()
        self.language = "es" if lang.startswith("es") else "en"
        self.set_patient(chart.patient_id)

    def reload(self) -> None:
        if not self.bound or not self.patient_id:
            return
        pid = self.patient_id
        self.runner.run(mon.fetch_monitoring, self.store, pid,
                        on_done=lambda data, pid=pid: self._loaded(pid, data),
                        on_error=lambda message, _exc: self.show_error(message))

    def _loaded(self, patient_id: str, data: mon.MonitoringData) -> None:
        if patient_id != self.patient_id:
            return
        self.show_data(data)

    def show_data(self, data: mon.MonitoringData | None) -> None:
        self.data = data
        self.trends.set_measures(reading_measures(data) if data else [])
        if data and data.readings and self.trends.current is None:
            self.trends.select_measure(data.readings[0].measure)
        alerts = data.alerts if data else []
        self.alerts_model.set_rows([Row((
            cell(alert_title(a.title), bold=a.status in mon.OPEN_STATUSES,
                 icon="warning" if a.status in mon.OPEN_STATUSES else None),
            cell(self.tr("Open") if a.status in mon.OPEN_STATUSES else self.tr("Done")
                 if a.status == "done" else self.tr("Cancelled")),
            cell(fmt_datetime(a.created_at) if a.created_at else ""),
        ), id=a.task_id, item=a, highlight=a.status in mon.OPEN_STATUSES) for a in alerts])
        self.alerts_view.refresh()
        fit_columns(self.alerts_table, 0)
        rows = data.thresholds if data else []
        self.thresholds_model.set_rows([Row((
            cell(self._threshold_text(t), t.source or ""),
            cell(self.tr("On") if t.active else self.tr("Off"), bold=not t.active),
        ), id=t.threshold_id, item=t) for t in rows])
        self.thresholds_view.refresh()
        fit_columns(self.thresholds_table, 0)
        self.suggest_label.setText(
            self.tr("Her problems call for defaults not yet here: %1.")
            .replace("%1", ", ".join(mon.template_label(x, formatting.ui_language())
                                     for x in data.suggested)) if data and data.suggested else "")
        self.suggest_label.setVisible(bool(data and data.suggested))
        self.time_box.show_month(data.time if data else None)
        surveys = data.surveys if data else []
        if surveys:
            last = surveys[0]
            score = (self.tr("score %1 of 100").replace("%1", f"{last.percent:.0f}")
                     if last.percent is not None else self.tr("no score"))
            self.survey_label.setText(self.tr("%1 survey(s); the last on %2, %3.")
                                      .replace("%1", str(len(surveys)))
                                      .replace("%2", fmt_date_of(last.surveyed_at))
                                      .replace("%3", score))
        else:
            self.survey_label.setText(self.tr("No survey recorded yet."))
        self._update_buttons()

    def _threshold_text(self, t: mon.ThresholdRow) -> str:
        unit = mon.UNIT_SHOWN.get(t.unit, t.unit)
        label = _tr(THRESHOLD_WORDS.get(t.measure, t.measure))
        value = mon.fmt(t.value)
        if t.rule == "gain_1d":
            return self.tr("Weight gain of more than %1 %2 in about a day") \
                .replace("%1", value).replace("%2", unit)
        if t.rule == "gain_7d":
            return self.tr("Weight gain of more than %1 %2 in about a week") \
                .replace("%1", value).replace("%2", unit)
        text = self.tr("%1 above %2 %3") if t.rule == "above" else self.tr("%1 below %2 %3")
        return text.replace("%1", label).replace("%2", value).replace("%3", unit).strip()

    def _selected_threshold(self) -> mon.ThresholdRow | None:
        index = self.thresholds_table.currentIndex()
        if not index.isValid():
            return None
        return self.thresholds_model.row(index.row()).item

    def _update_buttons(self) -> None:
        bound = self.bound and bool(self.patient_id)
        for b in (self.add_button, self.import_button, self.add_threshold_button,
                  self.defaults_button, self.survey_button, self.time_box.log_button,
                  self.time_box.timer_button):
            b.setEnabled(bound)
        chosen = bound and self._selected_threshold() is not None
        self.edit_threshold_button.setEnabled(chosen)
        self.delete_threshold_button.setEnabled(chosen)

    def set_services(self, store: Any, runner: Any) -> None:
        super().set_services(store, runner)
        self._update_buttons()

    # -- actions -----------------------------------------------------------------------------
    def add_reading(self) -> None:
        dialog = AddReadingDialog(dt.datetime.now(dt.UTC), self)
        self.open_dialog(dialog, lambda: self.write(mon.add_reading, self.patient_id,
                                                    **dialog.kwargs()))

    def import_readings(self, path: str | None = None) -> None:
        if path is None:  # pragma: no cover - interactive
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import readings"), "",
                                                  self.tr("CSV files (*.csv);;All files (*)"))
            if not path:
                return

        def job(store: Any, patient_id: str, file: str) -> mon.ImportSummary:
            return mon.import_readings_csv(store, patient_id, mon.read_csv_file(Path(file)))

        def done(summary: mon.ImportSummary) -> None:
            self.caption.setText(self.tr(
                "Imported %1 reading(s); %2 already here; %3 new alert(s).")
                .replace("%1", str(summary.imported)).replace("%2", str(summary.duplicates))
                .replace("%3", str(summary.tasks_created)))
            self.reload()
            self.sig_data_changed.emit()

        self.clear_error()
        self.runner.run(job, self.store, self.patient_id, path, on_done=done,
                        on_error=lambda message, _exc: self.show_error(message))

    def add_threshold(self) -> None:
        dialog = ThresholdDialog(None, self)
        self.open_dialog(dialog, lambda: self.write(
            mon.save_threshold, self.patient_id, reevaluate=True, **dialog.values()))

    def edit_threshold(self) -> None:
        row = self._selected_threshold()
        if row is None or not self.bound:
            return
        dialog = ThresholdDialog(row, self)
        self.open_dialog(dialog, lambda: self.write(
            mon.save_threshold, self.patient_id, threshold_id=row.threshold_id,
            reevaluate=True, **dialog.values()))

    def delete_threshold(self) -> None:
        row = self._selected_threshold()
        if row is None:
            return
        self.write(mon.delete_threshold, row.threshold_id)

    def apply_defaults(self) -> None:
        self.write(mon.apply_default_thresholds, self.patient_id)

    def log_time(self, minutes: int = 10, started_at: dt.datetime | None = None) -> None:
        if not self.bound:
            return
        dialog = LogTimeDialog(dt.datetime.now(dt.UTC), minutes, started_at, self)
        self.open_dialog(dialog, lambda: self.write(tt.log_time, self.patient_id,
                                                    **dialog.values()))

    def record_survey(self) -> None:
        dialog = SurveyDialog(self.language, self)
        self.open_dialog(dialog, lambda: self.write(
            sat.record_survey, self.patient_id, dialog.answers(),
            language=dialog.language.currentData()))
