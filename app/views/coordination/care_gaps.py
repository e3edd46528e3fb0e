"""Care-gap screens: the chart's "Care gaps" section (:class:`PatientGapsPanel`) and the
workspace page across the panel (:class:`CareGapsPage`: counts by rule, the patients with
open gaps, a double-click or Enter opens the patient).

A gap closes by evidence, not by a tick: "Record evidence…" enters what the rule asks for (a
flu shot given, an A1c result, a blood pressure, a screening answer) into the chart, and the
gap is evaluated again. "Exclude…" records that it does not apply (declined, contraindicated,
done elsewhere, until a date); "Create task" makes one task for it in My day (never two).

Every read and write goes through the Runner; nothing here touches the store on the GUI
thread. Status is in words (and an icon), never colour alone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QModelIndex, Qt,
                            Signal)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.coordination import care_gaps as service
from app.coordination.care_gaps import GapResult, PanelGaps, Rule
from app.models.base import utcnow
from app.views import formatting
from app.views.background import Runner
from app.views.chart.common import Cell, Row, RowsModel, cell, fit_columns
from app.views.tables import setup_table

STATUS_ICONS = {"open": "warning", "closed": None, "excluded": None}
translate = QCoreApplication.translate


# -- jobs (worker threads) ------------------------------------------------------------------------
def patient_gaps_job(store: Any, patient_id: str, as_of: dt.datetime | None = None
                     ) -> list[GapResult]:
    with store.session() as session:
        return service.evaluate_patient(session, patient_id, as_of or utcnow())


def panel_gaps_job(store: Any, as_of: dt.datetime | None = None, user_id: str | None = None
                   ) -> PanelGaps:
    with store.session() as session:
        return service.panel_summary(session, as_of or utcnow(), user_id=user_id)


def _local_text(when: dt.datetime | None) -> str:
    if when is None:
        return ""
    return when.astimezone().date().isoformat()


# -- dialogs -------------------------------------------------------------------------------------
class EvidenceDialog(QDialog):
    """Enter the evidence that closes a gap: the date done and what the rule's ``record``
    entries ask for."""

    def __init__(self, rule: Rule, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rule = rule
        self.setWindowTitle(self.tr("Record evidence: %1").replace(
            "%1", rule.title_in(formatting.ui_language())))
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)
        about = QLabel(rule.description_in(formatting.ui_language()), self)
        about.setWordWrap(True)
        layout.addWidget(about)
        form = QFormLayout()
        layout.addLayout(form)
        self.when_edit = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setMaximumDateTime(QDateTime.currentDateTime().addSecs(300))
        self.when_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when_edit.setAccessibleName(self.tr("Date done"))
        form.addRow(self.tr("&Date done:"), self.when_edit)
        self.fields: list[Any] = []
        for spec in rule.record:
            kind = spec["kind"]
            if kind == "blood_pressure":
                box = QWidget(self)
                row = QHBoxLayout(box)
                row.setContentsMargins(0, 0, 0, 0)
                sbp, dbp = QDoubleSpinBox(box), QDoubleSpinBox(box)
                for spin, name, low, high, start in ((sbp, self.tr("Systolic"), 50, 300, 130),
                                                     (dbp, self.tr("Diastolic"), 20, 200, 80)):
                    spin.setRange(low, high)
                    spin.setDecimals(0)
                    spin.setValue(start)
                    spin.setAccessibleName(name)
                sbp_label = QLabel(self.tr("&Systolic"), box)
                sbp_label.setBuddy(sbp)
                dbp_label = QLabel(self.tr("D&iastolic"), box)
                dbp_label.setBuddy(dbp)
                for w in (sbp_label, sbp, dbp_label, dbp, QLabel("mm Hg", box)):
                    row.addWidget(w)
                form.addRow(self.tr("Blood pressure:"), box)
                self.fields.append(("bp", sbp, dbp))
            elif kind in ("immunization", "procedure"):
                label = QLabel(service.record_label(spec, formatting.ui_language()), self)
                label.setWordWrap(True)
                form.addRow(self.tr("Given or done:") if kind == "immunization"
                            else self.tr("Done:"), label)
                self.fields.append(("none",))
            elif spec.get("choices"):
                combo = QComboBox(self)
                combo.addItem(self.tr("Choose…"), None)
                name = service.record_label(spec, formatting.ui_language())
                for shown, stored in service.record_choices(spec, formatting.ui_language()):
                    combo.addItem(shown, stored)  # the chart keeps the English answer
                combo.setAccessibleName(name)
                form.addRow(f"{name}:", combo)
                self.fields.append(("choice", combo))
            else:
                row_box = QWidget(self)
                row = QHBoxLayout(row_box)
                row.setContentsMargins(0, 0, 0, 0)
                check = None
                if spec.get("optional"):
                    check = QCheckBox(self.tr("Result"), row_box)
                    check.setChecked(True)
                    row.addWidget(check)
                spin = QDoubleSpinBox(row_box)
                spin.setDecimals(1)
                spin.setRange(float(spec.get("min", 0)), float(spec.get("max", 10000)))
                name = service.record_label(spec, formatting.ui_language())
                spin.setAccessibleName(name)
                row.addWidget(spin)
                unit = str(spec.get("unit") or "")
                if unit and not unit.startswith("{"):
                    row.addWidget(QLabel(unit, row_box))
                row.addStretch(1)
                form.addRow(f"{name[:60]}:", row_box)
                self.fields.append(("number", spin, check))
        self.error = QLabel("", self)
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Problem"))
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def when(self) -> dt.datetime:
        return self.when_edit.dateTime().toPython().astimezone()

    def values(self) -> list[Any]:
        out: list[Any] = []
        for f in self.fields:
            if f[0] == "bp":
                out.append((f[1].value(), f[2].value()))
            elif f[0] == "choice":
                out.append(f[1].currentData())
            elif f[0] == "number":
                out.append(f[1].value() if f[2] is None or f[2].isChecked() else None)
            else:
                out.append(None)
        return out

    def _check(self) -> None:
        for f in self.fields:
            if f[0] == "choice" and f[1].currentData() is None:
                self.error.setText(self.tr("Choose the answer."))
                f[1].setFocus()
                return
        self.accept()


REASONS = (("declined", QT_TRANSLATE_NOOP("CareCoordination", "Declined by the patient")),
           ("contraindicated", QT_TRANSLATE_NOOP("CareCoordination", "Contraindicated")),
           ("done_elsewhere",
            QT_TRANSLATE_NOOP("CareCoordination", "Done elsewhere (records not here)")),
           ("not_applicable",
            QT_TRANSLATE_NOOP("CareCoordination", "Does not apply to this patient")))


class ExcludeDialog(QDialog):
    def __init__(self, rule: Rule, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exclude: %1").replace(
            "%1", rule.title_in(formatting.ui_language())))
        layout = QFormLayout(self)
        self.reason = QComboBox(self)
        for key, text in REASONS:
            self.reason.addItem(QCoreApplication.translate("CareCoordination", text), key)
        layout.addRow(self.tr("&Reason:"), self.reason)
        self.has_until = QCheckBox(self.tr("&Until"), self)
        self.has_until.setChecked(True)
        self.until = QDateEdit(QDate.currentDate().addYears(1), self)
        self.until.setCalendarPopup(True)
        self.until.setMinimumDate(QDate.currentDate())
        self.until.setAccessibleName(self.tr("Excluded until"))
        self.has_until.toggled.connect(self.until.setEnabled)
        layout.addRow(self.has_until, self.until)
        self.comment = QLineEdit(self)
        self.comment.setAccessibleName(self.tr("Comment"))
        layout.addRow(self.tr("&Comment:"), self.comment)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def values(self) -> tuple[str, dt.date | None, str]:
        until = self.until.date().toPython() if self.has_until.isChecked() else None
        return self.reason.currentData(), until, self.comment.text()


# -- the chart section -----------------------------------------------------------------------------
def gap_headers(tr: Callable[[str], str]) -> list[tuple[str, str]]:
    # Called with PatientGapsPanel.tr: the texts are marked for lupdate under that context.
    return [(tr(QT_TRANSLATE_NOOP("PatientGapsPanel", "Care gap")),
             tr(QT_TRANSLATE_NOOP("PatientGapsPanel", "What the rule checks"))),
            (tr(QT_TRANSLATE_NOOP("PatientGapsPanel", "Status")),
             tr(QT_TRANSLATE_NOOP("PatientGapsPanel", "Open, closed or excluded"))),
            (tr(QT_TRANSLATE_NOOP("PatientGapsPanel", "Due since")),
             tr(QT_TRANSLATE_NOOP("PatientGapsPanel",
                                  "When the gap opened: when the last evidence stopped counting, "
                                  "or when the patient became eligible (local date)"))),
            (tr(QT_TRANSLATE_NOOP("PatientGapsPanel", "Evidence")),
             tr(QT_TRANSLATE_NOOP("PatientGapsPanel",
                                  "What in the chart closes it, or the last one found"))),
            (tr(QT_TRANSLATE_NOOP("PatientGapsPanel", "Source")),
             tr(QT_TRANSLATE_NOOP("PatientGapsPanel", "The published guideline behind the rule")))]


def status_words(tr: Callable[[str], str]) -> dict[str, str]:
    return {"open": tr(QT_TRANSLATE_NOOP("PatientGapsPanel", "Open")),
            "closed": tr(QT_TRANSLATE_NOOP("PatientGapsPanel", "Closed")),
            "excluded": tr(QT_TRANSLATE_NOOP("PatientGapsPanel", "Excluded"))}


def gap_title(rule_id: str, english: str) -> str:
    """A care-gap rule's title in the UI language (``title_es`` in care_gaps.json)."""
    return service.rule_title(rule_id, formatting.ui_language(), english)


def _bp_text(a: tuple[Any, ...]) -> str:
    return translate("CareGapEvidence", "%1/%2 mm Hg on %3").replace("%1", str(a[0])).replace(
        "%2", str(a[1])).replace("%3", str(a[2]))


def _fill(text: str, *args: Any) -> str:
    # highest first: "%1" must not eat the start of "%10"
    for i in range(len(args), 0, -1):
        text = text.replace(f"%{i}", str(args[i - 1]))
    return text


def evidence_text(key: str, args: tuple[Any, ...], english: str | None = None) -> str:
    """A care gap's evidence (``GapResult.evidence_key``/``evidence_args``) in the UI language;
    ``english`` (``GapResult.evidence``) for a key this version does not know."""
    lang = formatting.ui_language()
    a = args

    def label(text: str) -> str:
        return service.evidence_label(text, lang)

    def lower(text: str) -> str:
        return text if lang == "es" else text.lower()  # Spanish: "Vacuna … el … (la última vez)"

    if key == service.NEVER_RECORDED:
        return translate("CareGapEvidence", "never recorded")
    if key == "obs_value":
        return _fill(translate("CareGapEvidence", "%1 %2 on %3"), label(a[0]), a[1], a[2])
    if key == "obs_text":
        return _fill(translate("CareGapEvidence", "%1: %2 on %3"), label(a[0]), a[1], a[2])
    if key == "done_on":
        return _fill(translate("CareGapEvidence", "%1 on %2"), label(a[0]), a[1])
    if key == "last_obs_value":
        return _fill(translate("CareGapEvidence", "last %1 %2 on %3"), label(a[0]), a[1], a[2])
    if key == "last_obs_text":
        return _fill(translate("CareGapEvidence", "last %1: %2 on %3"), label(a[0]), a[1], a[2])
    if key == "last_done_on":
        return _fill(translate("CareGapEvidence", "last %1 on %2"), label(a[0]), a[1])
    if key == "last_dose_on":
        return _fill(translate("CareGapEvidence", "last %1 on %2"), lower(label(a[0])), a[1])
    if key == "doses_last_on":
        return _fill(translate("CareGapEvidence", "%1: %2 doses, last on %3"),
                     label(a[0]), a[1], a[2])
    if key == "doses_of":
        return _fill(translate("CareGapEvidence", "%1: %2 of %3 doses"), label(a[0]), a[1], a[2])
    if key == "no_bp":
        return translate("CareGapEvidence", "no blood pressure reading")
    if key == "bp_none_within":
        return _fill(translate("CareGapEvidence", "no reading in %1 months (last %2)"),
                     a[0], _bp_text(a[1:]))
    if key == "bp_not_controlled":
        return translate("CareGapEvidence", "not controlled: %1").replace(
            "%1", ", ".join(_bp_text(r) for r in a))
    if key == "bp_controlled":
        return translate("CareGapEvidence", "BP %1 (controlled)").replace("%1", _bp_text(a))
    if key == "bp_one_high":
        return translate("CareGapEvidence", "BP %1 (not controlled, one reading)").replace(
            "%1", _bp_text(a))
    if key == "all_of":
        return "; ".join(evidence_text(k, x) for k, x in a)
    if key == "missing":
        missing = ", ".join(label(x) for x in a[0])
        if a[1]:
            return _fill(translate("CareGapEvidence", "missing %1 (%2)"), missing,
                         "; ".join(evidence_text(k, x) for k, x in a[1]))
        return translate("CareGapEvidence", "missing %1").replace("%1", missing)
    if key == "excluded_condition":
        return translate("CareGapEvidence", "excluded: %1").replace("%1", str(a[0]))
    if key == "excluded":
        words = dict(REASONS)
        reason = translate("CareCoordination", words[a[0]]) if a[0] in words \
            else str(a[0]).replace("_", " ")
        if a[2]:
            return _fill(translate("CareGapEvidence", "excluded: %1 (%2, until %3)"),
                         reason, a[1], a[2])
        return _fill(translate("CareGapEvidence", "excluded: %1 (%2)"), reason, a[1])
    return english or ""


def gap_evidence(g: GapResult) -> str:
    """What the Evidence column shows for a result, in the UI language."""
    if not g.evidence_key:
        return g.evidence or ""
    return evidence_text(g.evidence_key, g.evidence_args, g.evidence)


def _gap_row(g: GapResult, words: dict[str, str]) -> Row:
    status = words.get(g.status, g.status)
    return Row((cell(gap_title(g.rule_id, g.title)), cell(status, bold=g.status == "open",
                                    icon=STATUS_ICONS.get(g.status)),
                cell(_local_text(g.since)), cell(gap_evidence(g)),
                Cell(g.source[:60] + ("…" if len(g.source) > 60 else ""), g.source)),
               id=g.rule_id, item=g)


class PatientGapsPanel(QWidget):
    """The chart's "Care gaps" section for one patient."""

    sig_changed = Signal()  # evidence, an exclusion or a task was recorded

    def __init__(self, store: Any, runner: Runner, patient_id: str,
                 parent: QWidget | None = None, *,
                 now: Callable[[], dt.datetime] = utcnow) -> None:
        super().__init__(parent)
        self.store, self.runner, self.patient_id, self._now = store, runner, patient_id, now
        self.gaps: list[GapResult] = []
        # Tests replace these to answer the dialogs.
        self.ask_evidence: Callable[[Rule], tuple[dt.datetime, list[Any]] | None] = \
            self._ask_evidence
        self.ask_exclusion: Callable[[Rule], tuple[str, dt.date | None, str] | None] = \
            self._ask_exclusion
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.table = QTableView(self)
        setup_table(self.table, self.tr("Care gaps"))
        self.model = RowsModel(gap_headers(self.tr), self)
        self.table.setModel(self.model)
        self.table.activated.connect(lambda _i: self.record_evidence())
        layout.addWidget(self.table, 1)
        bar = QHBoxLayout()
        self.evidence_button = QPushButton(self.tr("Recor&d evidence…"), self)
        self.evidence_button.setToolTip(self.tr(
            "Enter the result, vaccine or screening that closes the selected gap"))
        self.exclude_button = QPushButton(self.tr("E&xclude…"), self)
        self.exclude_button.setToolTip(self.tr(
            "The gap does not apply: declined, contraindicated or done elsewhere"))
        self.task_button = QPushButton(self.tr("Create tas&k"), self)
        self.task_button.setToolTip(self.tr("A task in My day to close the selected gap"))
        self.status = QLabel("", self)
        self.status.setAccessibleName(self.tr("Care gap status"))
        for b in (self.evidence_button, self.exclude_button, self.task_button):
            bar.addWidget(b)
        bar.addWidget(self.status, 1)
        layout.addLayout(bar)
        self.evidence_button.clicked.connect(self.record_evidence)
        self.exclude_button.clicked.connect(self.exclude)
        self.task_button.clicked.connect(self.create_task)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()
        self._set_heading()

    def _set_heading(self) -> None:
        n = sum(1 for g in self.gaps if g.status == "open")
        if not self.gaps:
            text = self.tr("Care gaps: none apply")
        elif n == 0:
            text = self.tr("Care gaps: all closed")
        else:
            text = self.tr("Care gaps: %1 open").replace("%1", str(n))
        self.heading.setText(text)
        self.heading.setAccessibleName(text)

    def reload(self) -> None:
        self.runner.run(patient_gaps_job, self.store, self.patient_id, self._now(),
                        on_done=self._loaded)

    def _loaded(self, gaps: list[GapResult]) -> None:
        current = self.current_gap()
        order = {"open": 0, "excluded": 1, "closed": 2}
        self.gaps = sorted(gaps, key=lambda g: order.get(g.status, 3))
        words = status_words(self.tr)
        self.model.set_rows([_gap_row(g, words) for g in self.gaps])
        fit_columns(self.table, 3, caps={0: 44, 1: 14, 4: 32})
        if current is not None:
            self.select(current.rule_id)
        self._set_heading()
        self._update_buttons()

    def select(self, rule_id: str) -> bool:
        for i, g in enumerate(self.gaps):
            if g.rule_id == rule_id:
                self.table.setCurrentIndex(self.model.index(i, 0))
                return True
        return False

    def gap(self, rule_id: str) -> GapResult | None:
        return next((g for g in self.gaps if g.rule_id == rule_id), None)

    def current_gap(self) -> GapResult | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.gaps):
            return None
        return self.gaps[index.row()]

    def _update_buttons(self) -> None:
        g = self.current_gap()
        is_open = g is not None and g.status == "open"
        rule = service.rule_by_id(g.rule_id) if g is not None else None
        self.evidence_button.setEnabled(g is not None and bool(rule and rule.record))
        self.exclude_button.setEnabled(is_open)
        self.task_button.setEnabled(is_open)

    def _ask_evidence(self, rule: Rule) -> tuple[dt.datetime, list[Any]] | None:
        dialog = EvidenceDialog(rule, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.when(), dialog.values()

    def _ask_exclusion(self, rule: Rule) -> tuple[str, dt.date | None, str] | None:
        dialog = ExcludeDialog(rule, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.values()

    def _done(self, message: str) -> None:
        self.status.setText(message)
        self.sig_changed.emit()
        self.reload()

    def _failed(self, message: str, _exc: BaseException | None = None) -> None:
        self.status.setText(message)

    def record_evidence(self) -> None:
        g = self.current_gap()
        if g is None:
            return
        rule = service.rule_by_id(g.rule_id)
        if not rule.record:
            return
        answer = self.ask_evidence(rule)
        if answer is None:
            return
        when, values = answer
        self.runner.run(service.record_gap_evidence, self.store, self.patient_id, rule.id,
                        when=when, values=values,
                        on_done=lambda _ids: self._done(self.tr("Recorded in the chart.")),
                        on_error=self._failed)

    def exclude(self) -> None:
        g = self.current_gap()
        if g is None:
            return
        rule = service.rule_by_id(g.rule_id)
        answer = self.ask_exclusion(rule)
        if answer is None:
            return
        reason, until, comment = answer
        self.runner.run(service.record_exclusion, self.store, self.patient_id, rule.id,
                        reason=reason, until=until, comment=comment,
                        on_done=lambda _id: self._done(self.tr("Exclusion recorded.")),
                        on_error=self._failed)

    def create_task(self) -> None:
        g = self.current_gap()
        if g is None or g.status != "open":
            return

        def done(result: tuple[str, bool]) -> None:
            self._done(self.tr("Task created in My day.") if result[1]
                       else self.tr("A task for this gap is already open."))

        self.runner.run(service.create_gap_task, self.store, self.patient_id, g.rule_id,
                        on_done=done, on_error=self._failed)


# -- the workspace page ----------------------------------------------------------------------------
class CareGapsPage(QWidget):
    """Care gaps across the panel: counts by rule (select one to list its patients) and the
    patients with open gaps; Enter or double-click opens the patient."""

    sig_open_patient = Signal(str, str)

    def __init__(self, store: Any, runner: Runner, *, user_id: str | None = None,
                 parent: QWidget | None = None,
                 now: Callable[[], dt.datetime] = utcnow) -> None:
        super().__init__(parent)
        self.store, self.runner, self.user_id, self._now = store, runner, user_id, now
        self.summary: PanelGaps | None = None
        self.setAccessibleName(self.tr("Care gaps across the panel"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        top = QHBoxLayout()
        self.caption = QLabel(self.tr("Loading…"), self)
        self.caption.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.clicked.connect(self.reload)
        top.addWidget(self.caption, 1)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)
        split = QSplitter(Qt.Orientation.Vertical, self)
        self.rules_table = QTableView(split)
        setup_table(self.rules_table, self.tr("Care gaps by rule"),
                    self.tr("Select a rule to list only its patients"))
        self.rules_model = RowsModel([
            (self.tr("Care gap"), self.tr("The rule")),
            (self.tr("Open"), self.tr("Patients with the gap open")),
            (self.tr("Closed"), self.tr("Patients with the evidence in the chart")),
            (self.tr("Excluded"), self.tr("Declined, contraindicated or done elsewhere")),
            (self.tr("Closed %"), self.tr("Closed out of open and closed")),
            (self.tr("Source"), self.tr("The published guideline"))], self)
        self.rules_table.setModel(self.rules_model)
        self.patients_table = QTableView(split)
        setup_table(self.patients_table, self.tr("Patients with open care gaps"),
                    self.tr("Enter opens the patient's chart"))
        self.patients_model = RowsModel([
            (self.tr("Patient"), self.tr("Family, given name")),
            (self.tr("Born"), self.tr("Date of birth")),
            (self.tr("Open gaps"), self.tr("How many gaps are open")),
            (self.tr("Which"), self.tr("The open gaps"))], self)
        self.patients_table.setModel(self.patients_model)
        split.addWidget(self.rules_table)
        split.addWidget(self.patients_table)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)
        self.rules_table.selectionModel().currentRowChanged.connect(
            lambda *_: self._fill_patients())
        self.patients_table.activated.connect(self._open)
        self.clear_filter = QShortcut(QKeySequence("Escape"), self.rules_table,
                                      activated=self.rules_table.clearSelection)
        self.rules_table.selectionModel().selectionChanged.connect(
            lambda *_: self._fill_patients())

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        if self.summary is None:
            self.reload()

    def reload(self) -> None:
        self.caption.setText(self.tr("Loading…"))
        self.runner.run(panel_gaps_job, self.store, self._now(), self.user_id,
                        on_done=self._loaded,
                        on_error=lambda message, _exc: self.caption.setText(message))

    def _loaded(self, summary: PanelGaps) -> None:
        self.summary = summary
        rows = []
        for c in summary.counts:
            rate = f"{100 * c.closed_rate:.0f} %" if c.closed_rate is not None else ""
            rows.append(Row((cell(gap_title(c.rule_id, c.title)), Cell(str(c.open), bold=c.open > 0,
                                                 icon="warning" if c.open else None),
                             Cell(str(c.closed)), Cell(str(c.excluded)), cell(rate),
                             Cell(c.source[:50] + "…", c.source)), id=c.rule_id, item=c))
        self.rules_model.set_rows(rows)
        fit_columns(self.rules_table, 5, caps={0: 48})
        total = sum(c.open for c in summary.counts)
        self.caption.setText(
            self._caption_text(total, len(summary.patients))
            .replace("%1", summary.as_of.astimezone().strftime("%Y-%m-%d %H:%M")))
        self._fill_patients()

    def _caption_text(self, gaps: int, patients: int) -> str:
        # Plural forms (numerus in hearth_es.ts); English has no .ts: a text for 1 and one for
        # the rest, so it reads "1 patient" and "2 patients".
        first = self.tr("%n open care gap", "", gaps) if gaps == 1 \
            else self.tr("%n open care gaps", "", gaps)
        second = self.tr("in %n patient, as of %1.", "", patients) if patients == 1 \
            else self.tr("in %n patients, as of %1.", "", patients)
        return first + " " + second + " " + self.tr("Select a rule to see only its patients.")

    def selected_rule(self) -> str | None:
        rows = self.rules_table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.rules_model.row(rows[0].row()).id

    def select_rule(self, rule_id: str | None) -> None:
        if rule_id is None:
            self.rules_table.clearSelection()
            return
        for i, row in enumerate(self.rules_model.rows):
            if row.id == rule_id:
                self.rules_table.selectRow(i)

    def _fill_patients(self) -> None:
        if self.summary is None:
            return
        rule = self.selected_rule()
        rows = []
        for p in self.summary.patients:
            gaps = [g for g in p.open if rule is None or g.rule_id == rule]
            if not gaps:
                continue
            rows.append(Row((cell(p.name), cell(p.birth_date.isoformat() if p.birth_date
                                                else ""),
                             Cell(str(len(p.open))), cell("; ".join(gap_title(g.rule_id, g.title)
                                                     for g in gaps))),
                            id=p.patient_id, item=p))
        self.patients_model.set_rows(rows)
        fit_columns(self.patients_table, 3)

    def _open(self, index: QModelIndex) -> None:
        row = self.patients_model.row(index.row())
        if row.id:
            self.sig_open_patient.emit(row.id, row.item.name)

__all__ = ["CareGapsPage", "PatientGapsPanel", "EvidenceDialog", "ExcludeDialog",
           "patient_gaps_job", "panel_gaps_job"]
