"""The care plan in the chart: goals with their targets, the latest measured value and whether
it meets the target (in words), the last review; "Record review…" records adherence and goal
progress at a visit (the latest value prefilled from the chart), "Print plan…" previews,
prints or saves the patient's plan (the handouts' preview and printing, in memory).

Every read and write goes through the Runner.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QBuffer, QByteArray, QCoreApplication, QIODevice,
                            Qt, Signal)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.coordination import care_plans as service
from app.coordination.care_plan_pdf import CarePlanPdf, render_care_plan
from app.coordination.care_plans import GoalView, PlanView, Prefill
from app.views.background import Runner
from app.views.chart.common import Row, RowsModel, cell, fit_columns
from app.views.handouts.dialog import print_pdf, save_pdf
from app.views.tables import setup_table

ADHERENCE = (("adherent", QT_TRANSLATE_NOOP("CareCoordination", "Adherent: follows the plan")),
             ("partial", QT_TRANSLATE_NOOP("CareCoordination", "Partly adherent")),
             ("not_adherent", QT_TRANSLATE_NOOP("CareCoordination", "Not adherent")),
             ("not_assessed", QT_TRANSLATE_NOOP("CareCoordination", "Not assessed")))
PROGRESS = (("met", QT_TRANSLATE_NOOP("CareCoordination", "Goal met")),
            ("progressing", QT_TRANSLATE_NOOP("CareCoordination", "Progressing")),
            ("not_met", QT_TRANSLATE_NOOP("CareCoordination", "Not met")),
            ("not_assessed", QT_TRANSLATE_NOOP("CareCoordination", "Not assessed")))


def _w(text: str) -> str:
    return QCoreApplication.translate("CareCoordination", text)


def plans_job(store: Any, patient_id: str) -> list[PlanView]:
    with store.session() as session:
        return service.load_care_plans(session, patient_id)


def prefill_job(store: Any, goal_id: str) -> Prefill:
    with store.session() as session:
        return service.review_prefill(session, goal_id)


def render_job(store: Any, patient_id: str, lang: str | None, large_print: bool,
               care_team: tuple[str | None, str | None]) -> CarePlanPdf:
    return render_care_plan(store, patient_id, lang=lang, large_print=large_print,
                            care_team=care_team)


def met_words(meets: bool | None, tr: Callable[[str], str]) -> str:
    if meets is None:
        return tr(QT_TRANSLATE_NOOP("CarePlanPanel", "No value to compare"))
    if meets:  # called with CarePlanPanel.tr: marked for lupdate under that context
        return tr(QT_TRANSLATE_NOOP("CarePlanPanel", "Meets the target"))
    return tr(QT_TRANSLATE_NOOP("CarePlanPanel", "Does not meet the target"))


class ReviewDialog(QDialog):
    """Record adherence and progress on a goal at this visit."""

    def __init__(self, store: Any, runner: Runner, plan: PlanView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.runner, self.plan = store, runner, plan
        self.setWindowTitle(self.tr("Care plan review"))
        layout = QFormLayout(self)
        self.goal = QComboBox(self)
        self.goal.addItem(self.tr("The plan as a whole"), None)
        for g in plan.goals:
            self.goal.addItem(g.description[:90], g.id)
        layout.addRow(self.tr("&Goal:"), self.goal)
        self.latest = QLabel("", self)
        self.latest.setWordWrap(True)
        self.latest.setAccessibleName(self.tr("Latest measured value"))
        layout.addRow(self.tr("Latest in the chart:"), self.latest)
        self.value = QDoubleSpinBox(self)
        self.value.setRange(-1, 100000)
        self.value.setDecimals(1)
        self.value.setSpecialValueText(self.tr("none"))
        self.value.setValue(-1)
        self.value.setAccessibleName(self.tr("Measured value"))
        self.unit = QLabel("", self)
        row = QHBoxLayout()
        row.addWidget(self.value)
        row.addWidget(self.unit, 1)
        value_label = QLabel(self.tr("&Measured value:"), self)
        value_label.setBuddy(self.value)
        layout.addRow(value_label, row)
        self.adherence = QComboBox(self)
        for key, text in ADHERENCE:
            self.adherence.addItem(_w(text), key)
        layout.addRow(self.tr("&Adherence:"), self.adherence)
        self.progress = QComboBox(self)
        for key, text in PROGRESS:
            self.progress.addItem(_w(text), key)
        self.progress.setCurrentIndex(3)
        layout.addRow(self.tr("Goal &progress:"), self.progress)
        self.comment = QLineEdit(self)
        self.comment.setAccessibleName(self.tr("Comment"))
        layout.addRow(self.tr("&Comment:"), self.comment)
        self.error = QLabel("", self)
        self.error.setWordWrap(True)
        layout.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)
        self.goal.currentIndexChanged.connect(self._goal_changed)
        self.saved_id: str | None = None

    def select_goal(self, goal_id: str) -> None:
        i = self.goal.findData(goal_id)
        if i >= 0:
            self.goal.setCurrentIndex(i)

    def _goal_changed(self, _index: int) -> None:
        goal_id = self.goal.currentData()
        self.latest.setText("")
        self.unit.setText("")
        self.value.setValue(-1)
        if goal_id is not None:
            self.runner.run(prefill_job, self.store, goal_id, on_done=self._prefilled)

    def _prefilled(self, p: Prefill) -> None:
        self.latest.setText(p.text if p.value is not None else
                            self.tr("No measured value in the chart"))
        if p.value is not None:
            self.value.setValue(p.value)
        self.unit.setText((p.unit or "").replace("mm[Hg]", "mm Hg"))
        i = self.progress.findData(p.progress)
        if i >= 0:
            self.progress.setCurrentIndex(i)

    def save(self) -> None:
        value = self.value.value()
        self.runner.run(
            service.record_review, self.store, self.plan.id,
            adherence=self.adherence.currentData(), goal_id=self.goal.currentData(),
            goal_progress=self.progress.currentData(),
            measured_value=None if value < 0 else value,
            measured_unit=self.unit.text() or None, comment=self.comment.text(),
            on_done=self._saved, on_error=lambda message, _exc: self.error.setText(message))

    def _saved(self, review_id: str) -> None:
        self.saved_id = review_id
        self.accept()


class CarePlanPrintDialog(QDialog):
    """Preview, print or save the patient's care plan (English or Spanish, large print)."""

    def __init__(self, store: Any, runner: Runner, patient_id: str, *, lang: str | None = None,
                 care_team: tuple[str | None, str | None] = (None, None),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.runner, self.patient_id, self.care_team = (store, runner, patient_id,
                                                                    care_team)
        self.rendered: CarePlanPdf | None = None
        self._document: QPdfDocument | None = None
        self._buffer: QBuffer | None = None
        self.choose_printer: Callable[[QPrinter], bool] = self._ask_printer
        self.choose_file: Callable[[str], str | None] = self._ask_file
        self.setWindowTitle(self.tr("Print the care plan"))
        self.resize(760, 820)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.lang = QComboBox(self)
        self.lang.addItem(self.tr("Patient's language"), None)
        self.lang.addItem("English", "en")
        self.lang.addItem("Español", "es")
        if lang is not None:
            self.lang.setCurrentIndex(max(0, self.lang.findData(lang)))
        label = QLabel(self.tr("&Language:"), self)
        label.setBuddy(self.lang)
        self.large = QCheckBox(self.tr("Lar&ge print (18 pt)"), self)
        bar.addWidget(label)
        bar.addWidget(self.lang)
        bar.addWidget(self.large)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(self.tr("Care plan preview"))
        layout.addWidget(self.view, 1)
        self.status = QLabel("", self)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.save_button = QPushButton(self.tr("&Save PDF…"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        for b in (self.print_button, self.save_button):
            b.setEnabled(False)
        buttons.addStretch(1)
        for b in (self.print_button, self.save_button, self.close_button):
            buttons.addWidget(b)
        layout.addLayout(buttons)
        self.print_button.clicked.connect(self.print_plan)
        self.save_button.clicked.connect(self.save_plan)
        self.close_button.clicked.connect(self.accept)
        self.lang.currentIndexChanged.connect(lambda _i: self.render())
        self.large.toggled.connect(lambda _on: self.render())
        self.render()

    def render(self) -> None:
        self.status.setText(self.tr("Preparing…"))
        self.print_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self.runner.run(render_job, self.store, self.patient_id, self.lang.currentData(),
                        self.large.isChecked(), self.care_team, on_done=self._rendered,
                        on_error=lambda message, _exc: self.status.setText(message))

    def _rendered(self, rendered: CarePlanPdf) -> None:
        self.rendered = rendered
        buffer = QBuffer(self)
        buffer.setData(QByteArray(rendered.pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument(self)
        document.load(buffer)
        self.view.setDocument(document)
        self._document, self._buffer = document, buffer
        self.status.setText(self.tr("%1 page(s). Printed or saved files are not encrypted.")
                            .replace("%1", str(rendered.pages)))
        self.print_button.setEnabled(True)
        self.save_button.setEnabled(True)

    def _ask_printer(self, printer: QPrinter) -> bool:
        dialog = QPrintDialog(printer, self)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _ask_file(self, suggested: str) -> str | None:
        path, _f = QFileDialog.getSaveFileName(self, self.tr("Save the care plan as PDF"),
                                               suggested, self.tr("PDF files (*.pdf)"))
        return path or None

    def print_plan(self) -> None:
        if self.rendered is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName("Care plan")
        if not self.choose_printer(printer):
            return
        self._printer = printer
        self.runner.run(print_pdf, self.rendered.pdf, printer,
                        on_done=lambda _n: self.status.setText(self.tr("Printed.")),
                        on_error=lambda message, _exc: self.status.setText(message))

    def save_plan(self) -> None:
        if self.rendered is None:
            return
        from pathlib import Path

        path = self.choose_file(str(Path.home() / "care-plan.pdf"))
        if not path:
            return
        self.runner.run(save_pdf, self.rendered.pdf, path,
                        on_done=lambda target: self.status.setText(
                            self.tr("Saved (not encrypted): %1").replace("%1", str(target))),
                        on_error=lambda message, _exc: self.status.setText(message))


def _goal_row(plan: PlanView, g: GoalView, tr: Callable[[str], str]) -> Row:
    latest = ""
    if g.latest is not None:
        latest = f"{g.latest.text} ({g.latest.at.astimezone().date().isoformat()})"
    review = ""
    if g.reviews:
        r = g.reviews[0]
        review = f"{r.reviewed_at.astimezone().date().isoformat()}: " + \
            _w(dict(ADHERENCE).get(r.adherence, r.adherence)).split(":")[0]
    return Row((cell(g.description), cell(g.target.replace("mm[Hg]", "mm Hg")), cell(latest),
                cell(met_words(g.meets, tr) if g.latest is not None or g.meets is not None
                     else tr(QT_TRANSLATE_NOOP("CarePlanPanel", "No value yet")),
                     bold=g.meets is False,
                     icon="warning" if g.meets is False else None),
                cell(review)), id=g.id, item=(plan, g))


class CarePlanPanel(QWidget):
    """Goals with targets and latest values, and the review / print actions."""

    sig_changed = Signal()

    def __init__(self, store: Any, runner: Runner, patient_id: str, *,
                 care_team: tuple[str | None, str | None] = (None, None),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.runner, self.patient_id, self.care_team = (store, runner, patient_id,
                                                                    care_team)
        self.plans: list[PlanView] = []
        self.last_dialog: QDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        self.heading = QLabel(self.tr("Goals and targets"), self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.table = QTableView(self)
        setup_table(self.table, self.tr("Care plan goals"),
                    self.tr("Each goal's target, the latest value in the chart and whether it "
                            "meets the target"))
        self.model = RowsModel([
            (self.tr("Goal"), self.tr("What the patient and the team aim for")),
            (self.tr("Target"), self.tr("The measurable target")),
            (self.tr("Latest value"), self.tr("The newest measurement in the chart")),
            (self.tr("Target met?"), self.tr("Whether the latest value meets the target")),
            (self.tr("Last review"), self.tr("Adherence recorded at the last visit"))], self)
        self.table.setModel(self.model)
        self.table.activated.connect(lambda _i: self.record_review())
        layout.addWidget(self.table, 1)
        bar = QHBoxLayout()
        self.review_button = QPushButton(self.tr("Record revie&w…"), self)
        self.review_button.setToolTip(self.tr(
            "Record adherence and goal progress at this visit"))
        self.print_button = QPushButton(self.tr("Pr&int plan…"), self)
        self.print_button.setToolTip(self.tr(
            "Preview, print or save the plan for the patient, in plain words"))
        bar.addWidget(self.review_button)
        bar.addWidget(self.print_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.review_button.clicked.connect(self.record_review)
        self.print_button.clicked.connect(self.print_plan)

    def reload(self) -> None:
        self.runner.run(plans_job, self.store, self.patient_id, on_done=self._loaded)

    def _loaded(self, plans: list[PlanView]) -> None:
        self.plans = plans
        rows = [_goal_row(p, g, self.tr) for p in plans if p.is_active for g in p.goals]
        self.model.set_rows(rows)
        fit_columns(self.table, 0, max_chars=28, caps={2: 30, 3: 34})
        active = [p for p in plans if p.is_active]
        self.review_button.setEnabled(bool(active))
        met = sum(1 for p in active for g in p.goals if g.meets)
        total = sum(1 for p in active for g in p.goals)
        self.heading.setText(self.tr("Goals and targets: %1 of %2 met")
                             .replace("%1", str(met)).replace("%2", str(total))
                             if total else self.tr("Goals and targets: none recorded"))

    def current_plan_goal(self) -> tuple[PlanView | None, GoalView | None]:
        index = self.table.currentIndex()
        if index.isValid():
            plan, goal = self.model.row(index.row()).item
            return plan, goal
        active = [p for p in self.plans if p.is_active]
        return (active[0] if active else None), None

    def review_dialog(self) -> ReviewDialog | None:
        plan, goal = self.current_plan_goal()
        if plan is None:
            return None
        dialog = ReviewDialog(self.store, self.runner, plan, self)
        if goal is not None:
            dialog.select_goal(goal.id)
        dialog.accepted.connect(self._reviewed)
        self.last_dialog = dialog
        return dialog

    def record_review(self) -> None:
        dialog = self.review_dialog()
        if dialog is not None:
            dialog.open()

    def _reviewed(self) -> None:
        self.sig_changed.emit()
        self.reload()

    def print_plan(self) -> None:
        dialog = CarePlanPrintDialog(self.store, self.runner, self.patient_id,
                                     care_team=self.care_team, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_dialog = dialog
        dialog.open()


__all__ = ["CarePlanPanel", "ReviewDialog", "CarePlanPrintDialog", "plans_job"]
