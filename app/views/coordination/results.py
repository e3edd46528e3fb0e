"""The chart's "Tracked results" tab: ordered tests followed until the result is back,
acknowledged and the patient told. Abnormal results say "ABNORMAL" in words; late steps say
"Overdue: …". Buttons: Begin tracking a test…, Link result… (the patient's results after the
order date, those with the test's LOINC code first), Look for new results (automatic matching
by LOINC code), Acknowledge…, Patient told…, Cancel…

Every read and write goes through the Runner (:mod:`app.coordination.results`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.coordination import results as loop
from app.coordination.results import Candidate, ResultRow
from app.coordination.loops import rule_text
from app.views import formatting
from app.views.chart.common import (
    EmptyableView,
    Row,
    RowsModel,
    cell,
    count,
    escape,
    fit_columns,
    fmt_date_of,
    fmt_datetime,
)
from app.views.coordination.loop_common import (
    LoopPanel,
    add_form_rows,
    from_qdatetime,
    list_over_details,
    ok_cancel_buttons,
    to_qdatetime,
)
from app.views.coordination.referrals import CancelDialog
from app.views.tables import setup_table

translate = QCoreApplication.translate
DATE_TIME_FORMAT = "ddd d MMM yyyy, HH:mm"

HEADERS = [(QT_TRANSLATE_NOOP("ResultLoop", "Test"),
            QT_TRANSLATE_NOOP("ResultLoop", "The test ordered (LOINC code in the tooltip)")),
           (QT_TRANSLATE_NOOP("ResultLoop", "Ordered"),
            QT_TRANSLATE_NOOP("ResultLoop", "When, and by whom")),
           (QT_TRANSLATE_NOOP("ResultLoop", "Result"),
            QT_TRANSLATE_NOOP("ResultLoop", "The value, and ABNORMAL in words when it is")),
           (QT_TRANSLATE_NOOP("ResultLoop", "Acknowledged"),
            QT_TRANSLATE_NOOP("ResultLoop", "By the clinician who must see it")),
           (QT_TRANSLATE_NOOP("ResultLoop", "Patient told"),
            QT_TRANSLATE_NOOP("ResultLoop", "When and how the patient was told")),
           (QT_TRANSLATE_NOOP("ResultLoop", "Status"),
            QT_TRANSLATE_NOOP("ResultLoop", "Where the loop stands; overdue steps in words"))]
HOW = (("phone", QT_TRANSLATE_NOOP("ResultLoop", "Phone")),
       ("visit", QT_TRANSLATE_NOOP("ResultLoop", "At a visit")),
       ("letter", QT_TRANSLATE_NOOP("ResultLoop", "Letter")),
       ("portal", QT_TRANSLATE_NOOP("ResultLoop", "Patient portal")))


def _how(code: str | None) -> str:
    for key, text in HOW:
        if key == code:
            return translate("ResultLoop", text)
    return code or ""


def status_text(r: ResultRow) -> str:
    base = {"ordered": translate("ResultLoop", "Waiting for the result"),
            "resulted": translate("ResultLoop", "Result back, to acknowledge"),
            "acknowledged": translate("ResultLoop", "Acknowledged, patient to be told"),
            "closed": translate("ResultLoop", "Closed"),
            "cancelled": translate("ResultLoop", "Cancelled")}.get(r.status, r.status)
    if r.status == "resulted" and r.acknowledged_at is None and r.patient_informed_at:
        base = translate("ResultLoop", "Patient told, to acknowledge")
    if r.overdue:
        base = translate("ResultLoop", "Overdue: %1").replace(
            "%1", "; ".join(rule_text(t, formatting.ui_language()) for t in r.overdue)) \
            + " — " + base
    return base


def result_text(r: ResultRow) -> str:
    if r.resulted_at is None:
        return (translate("ResultLoop", "Expected by %1").replace("%1", fmt_date_of(r.expected_by))
                if r.expected_by else translate("ResultLoop", "Not back yet"))
    text = r.result_summary or translate("ResultLoop", "Result linked")
    if r.abnormal is True:
        text = translate("ResultLoop", "ABNORMAL: %1").replace("%1", text)
    elif r.abnormal is None:
        text += " " + translate("ResultLoop", "(normal range unknown)")
    return f"{text} — {fmt_date_of(r.resulted_at)}"


def _row(r: ResultRow) -> Row:
    ordered = fmt_date_of(r.ordered_at) + (f", {r.ordered_by}" if r.ordered_by else "")
    ack = (translate("ResultLoop", "%1 by %2").replace("%1", fmt_date_of(r.acknowledged_at))
           .replace("%2", r.acknowledged_by or "") if r.acknowledged_at else
           (translate("ResultLoop", "Not yet (%1)").replace("%1", r.responsible)
            if r.responsible else translate("ResultLoop", "Not yet")))
    told = (f"{fmt_date_of(r.patient_informed_at)}, {_how(r.patient_informed_how)}"
            if r.patient_informed_at else translate("ResultLoop", "Not yet"))
    tip = r.test_name + (f"\nLOINC {r.test_code}" if r.test_code else "")
    return Row((
        cell(r.test_name, tip),
        cell(ordered),
        cell(result_text(r), result_text(r), bold=r.abnormal is True,
             icon="warning" if r.abnormal else None),
        cell(ack, bold=r.abnormal is True and r.acknowledged_at is None and r.resulted_at
             is not None),
        cell(told),
        cell(status_text(r), status_text(r), bold=bool(r.overdue),
             icon="warning" if r.overdue else None),
    ), id=r.id, item=r, highlight=bool(r.overdue))


def details_html(r: ResultRow) -> str:
    def line(label: str, value: str | None) -> str:
        return (f"<tr><td><b>{escape(label)}</b>&nbsp;</td><td>{escape(value)}</td></tr>"
                if value else "")

    parts = [f"<p><b>{escape(r.test_name)}</b>"
             + (f" — LOINC {escape(r.test_code)}" if r.test_code else "") + "</p>"]
    for title in r.overdue:
        parts.append("<p><b>" + escape(translate("ResultLoop", "OVERDUE: %1").replace(
            "%1", rule_text(title, formatting.ui_language()))) + "</b></p>")
    parts.append("<table>" + "".join((
        line(translate("ResultLoop", "Status"), status_text(r)),
        line(translate("ResultLoop", "Ordered"), fmt_datetime(r.ordered_at)
             + (f", {r.ordered_by}" if r.ordered_by else "")),
        line(translate("ResultLoop", "Expected by"), fmt_datetime(r.expected_by)
             if r.expected_by else None),
        line(translate("ResultLoop", "Result"), result_text(r)),
        line(translate("ResultLoop", "To acknowledge"), r.responsible),
        line(translate("ResultLoop", "Acknowledged"),
             f"{fmt_datetime(r.acknowledged_at)}, {r.acknowledged_by or ''}".strip(", ")
             if r.acknowledged_at else None),
        line(translate("ResultLoop", "Patient told"),
             f"{fmt_datetime(r.patient_informed_at)}, {_how(r.patient_informed_how)}"
             if r.patient_informed_at else None),
        line(translate("ResultLoop", "Notes"), r.notes),
    )) + "</table>")
    return "".join(parts)


class ResultsPanel(LoopPanel):
    """The tracked tests of one patient; also a chart page (``set_chart``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ResultRow] = []
        self.setAccessibleName(self.tr("Tracked results"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.caption = QLabel("", self)
        self.caption.setWordWrap(True)
        layout.addWidget(self.caption)
        self.table = QTableView()
        setup_table(self.table, self.tr("Tracked tests"),
                    self.tr("Open tests first, overdue at the top"))
        self.model = RowsModel([(translate("ResultLoop", a), translate("ResultLoop", b))
                                for a, b in HEADERS], self)
        self.table.setModel(self.model)
        self.list = EmptyableView(self.table, self.tr(
            "No tests tracked. Use \u201cBegin tracking a test…\u201d to follow one until the patient "
            "is told the result."), self)
        self.details = QTextBrowser(self)
        self.details.setAccessibleName(self.tr("Tracked test details"))
        self.details.setOpenLinks(False)
        layout.addWidget(list_over_details(self, self.list, self.details), 1)
        self.unbound_label = QLabel(self.tr("Open the chart from the panel to track tests."),
                                    self)
        self.unbound_label.hide()
        layout.addWidget(self.unbound_label)
        bar = QHBoxLayout()
        self.order_button = QPushButton(self.tr("&Begin tracking a test…"), self)
        self.order_button.clicked.connect(self.order_test)
        self.match_button = QPushButton(self.tr("Look for ne&w results"), self)
        self.match_button.setToolTip(self.tr(
            "Link imported results to the tests waiting for them, by LOINC code, after the "
            "order date"))
        self.match_button.clicked.connect(self.find_results)
        self.link_button = QPushButton(self.tr("Lin&k result…"), self)
        self.link_button.clicked.connect(self.link_result)
        self.ack_button = QPushButton(self.tr("Acknowled&ge…"), self)
        self.ack_button.clicked.connect(self.acknowledge)
        self.inform_button = QPushButton(self.tr("Patient told…"), self)
        self.inform_button.clicked.connect(self.inform)
        self.cancel_button = QPushButton(self.tr("Cancel…"), self)
        self.cancel_button.clicked.connect(self.cancel)
        for b in (self.order_button, self.match_button, self.link_button, self.ack_button,
                  self.inform_button, self.cancel_button):
            bar.addWidget(b)
        bar.addStretch(1)
        layout.addLayout(bar)
        layout.addWidget(self.error_label)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()
        self.name_buttons()

    def set_chart(self, chart: Any) -> None:
        self.set_patient(chart.patient_id)
        self._update_buttons()

    def reload(self) -> None:
        if not self.bound or not self.patient_id:
            return
        self.runner.run(loop.fetch_results, self.store, self.patient_id,
                        on_done=self._loaded, on_error=lambda m, _e: self.show_error(m))

    def _loaded(self, result: tuple[list[ResultRow], int]) -> None:
        current = self.current()
        rows, changed = result
        self.rows = rows
        self.model.set_rows([_row(r) for r in rows])
        self.list.refresh()
        n_open = sum(r.is_open for r in rows)
        n_abn = sum(r.abnormal is True and r.acknowledged_at is None and r.is_open for r in rows)
        text = ""
        if rows:
            text = count(n_open, self.tr("%1 open test"), self.tr("%1 open tests"))
            if n_abn:
                text += "; " + count(n_abn, self.tr("%1 abnormal result not acknowledged"),
                                     self.tr("%1 abnormal results not acknowledged"))
            text += "."
        self.caption.setText(text)
        self.caption.setVisible(bool(text))
        fit_columns(self.table, 5, caps={0: 24, 1: 30, 2: 52, 3: 30})
        keep = next((i for i, r in enumerate(rows) if current and r.id == current.id), 0)
        if rows:
            self.table.setCurrentIndex(self.model.index(keep, 0))
        self._update_buttons()
        if changed:
            self.sig_data_changed.emit()  # results matched or tasks created: reload the chart

    def current(self) -> ResultRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        return self.rows[index.row()]

    def select(self, tracking_id: str) -> None:
        for i, r in enumerate(self.rows):
            if r.id == tracking_id:
                self.table.setCurrentIndex(self.model.index(i, 0))

    def _update_buttons(self) -> None:
        r = self.current()
        steps = r.next_steps if r else ()
        self.details.setHtml(details_html(r) if r else "")
        self.details.setVisible(r is not None)
        for button in (self.order_button, self.match_button):
            button.setEnabled(self.bound)
        self.unbound_label.setVisible(not self.bound)
        self.link_button.setEnabled("link" in steps)
        self.ack_button.setEnabled("acknowledge" in steps)
        self.inform_button.setEnabled("inform" in steps)
        self.cancel_button.setEnabled("cancelled" in steps)

    # -- actions ------------------------------------------------------------------------------
    def order_test(self) -> None:
        if not self.patient_id:
            return
        dialog = OrderTestDialog(self)
        pid = self.patient_id
        self.open_dialog(dialog, lambda: self.write(loop.order_test, patient_id=pid,
                                                    **dialog.values()))

    def find_results(self) -> None:
        self.write(loop.match_results, patient_id=self.patient_id)

    def link_result(self) -> None:
        r = self.current()
        if r is None:
            return
        self.runner.run(loop.fetch_candidates, self.store, r.id,
                        on_done=lambda cands: self._pick(r, cands),
                        on_error=lambda m, _e: self.show_error(m))

    def _pick(self, r: ResultRow, cands: list[Candidate]) -> None:
        dialog = LinkResultDialog(r, cands, self)
        self.open_dialog(dialog, lambda: dialog.chosen() and self.write(
            loop.link_result, r.id, dialog.chosen()))

    def acknowledge(self) -> None:
        r = self.current()
        if r is None:
            return
        dialog = AcknowledgeDialog(r.responsible or "", self)
        self.open_dialog(dialog, lambda: self.write(loop.acknowledge, r.id, dialog.who()))

    def inform(self) -> None:
        r = self.current()
        if r is None:
            return
        dialog = InformDialog(self)
        self.open_dialog(dialog, lambda: self.write(loop.inform_patient, r.id, dialog.how()))

    def cancel(self) -> None:
        r = self.current()
        if r is None:
            return
        dialog = CancelDialog(self)
        self.open_dialog(dialog, lambda: self.write(loop.cancel_tracking, r.id,
                                                    dialog.reason()))


class OrderTestDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Track an ordered test"))
        self.name = QLineEdit(self)
        self.code = QLineEdit(self)
        self.code.setPlaceholderText(self.tr("e.g. 4548-4 (optional: results are then "
                                             "matched by themselves)"))
        self.ordered_by = QLineEdit(self)
        self.responsible = QLineEdit(self)
        self.has_expected = QCheckBox(self.tr("Result expected by:"), self)
        self.has_expected.setChecked(True)
        self.expected = QDateTimeEdit(to_qdatetime(
            dt.datetime.now(dt.UTC) + dt.timedelta(days=7)), self)
        self.expected.setCalendarPopup(True)
        self.expected.setDisplayFormat(DATE_TIME_FORMAT)
        self.expected.setAccessibleName(self.tr("Result expected by"))
        self.has_expected.toggled.connect(self.expected.setEnabled)
        form = QFormLayout()
        add_form_rows(form, self, ((self.tr("&Test:"), self.name),
                                   (self.tr("&LOINC code:"), self.code),
                                   (self.tr("Ordered &by:"), self.ordered_by),
                                   (self.tr("&Acknowledged by (who must see it):"),
                                    self.responsible)))
        form.addRow(self.has_expected, self.expected)
        buttons = ok_cancel_buttons(self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.name.textChanged.connect(lambda t: ok.setEnabled(bool(t.strip())))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        return {"test_name": self.name.text(), "test_code": self.code.text() or None,
                    "ordered_by": self.ordered_by.text(), "responsible": self.responsible.text(),
                    "expected_by": from_qdatetime(self.expected.dateTime())
                    if self.has_expected.isChecked() else None}


class LinkResultDialog(QDialog):
    def __init__(self, r: ResultRow, cands: list[Candidate],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link the result of %1").replace("%1", r.test_name))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Results after the order date"))
        for c in cands:
            text = f"{fmt_datetime(c.effective_at)} — {c.name}: {c.value}"
            if c.abnormal:
                text = self.tr("ABNORMAL") + " · " + text
            if c.matches_code:
                text += " " + self.tr("(same code)")
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
        label = QLabel(self.tr("&Choose the result (newest first; the test's own code "
                               "first):") if cands else
                       self.tr("No results of this patient after the order date."), self)
        label.setBuddy(self.list)
        buttons = ok_cancel_buttons(self)
        if cands:
            self.list.setCurrentRow(0)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(560, 360)

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


class AcknowledgeDialog(QDialog):
    def __init__(self, who: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Acknowledge the result"))
        self.edit = QLineEdit(who, self)
        self.edit.setAccessibleName(self.tr("Acknowledged by"))
        label = QLabel(self.tr("&Seen by (clinician):"), self)
        label.setBuddy(self.edit)
        buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(buttons)

    def who(self) -> str:
        return self.edit.text()


class InformDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The patient was told"))
        self.combo = QComboBox(self)
        for key, text in HOW:
            self.combo.addItem(translate("ResultLoop", text), key)
        self.combo.setAccessibleName(self.tr("How the patient was told"))
        label = QLabel(self.tr("&How:"), self)
        label.setBuddy(self.combo)
        buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        layout.addWidget(buttons)

    def how(self) -> str:
        return str(self.combo.currentData())
