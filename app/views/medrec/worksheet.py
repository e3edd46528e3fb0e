"""The medication reconciliation worksheet: the lists side by side, matched by ingredient, each
finding on its row, one decision per row, then "Finalize".

Layout, left to right: the medicine (and whether the lists match), the lines of the intended
lists (discharge list, orders: what should be taken), the lines of the actual lists (interview,
bottles: what the patient takes), and the decision: what happens to the medicine (continue,
modify, stop, hold, add, clarify with prescriber), the intent behind a discrepancy, the final
text for a modified or added medicine, and a note. Each finding of the check (discrepancy,
interaction, duplication, dose, Beers, allergy, abbreviation...) is written under the lines it
is about, with its severity in words, an icon and a coloured bar (colour is never the only
signal).

Every change goes to the store at once through the Runner (no store work on the GUI thread);
after a change to the lists, the check runs again in the background, ``check_delay_ms`` after
the last change. "Finalize…" is enabled once every row has its decision; once finalized, the
worksheet shows the saved list with a banner, and "Export FHIR…" writes it as a FHIR R4 Bundle.

Signal: ``sig_finalized(patient_id, snapshot_id)`` once the reconciled list is saved (the
chart should reload).

Keyboard: every control is reachable with Tab; Alt+A adds a list, Alt+Z finalizes; each line
has a "…" button (Space opens its menu: edit, stop / taking, remove).
"""

from __future__ import annotations

import html
import json
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.medrec import worksheet as service
from app.medrec.fhir_export import export_reconciled_list
from app.medrec.worksheet import (
    ACTION_WORDS,
    DECISION_WORDS,
    DECISIONS,
    INTENT_WORDS,
    INTENTS,
    KIND_TITLES,
    NEEDS_FINAL_TEXT,
    CheckOutcome,
    Decision,
    Entry,
    FinalizeResult,
    Finding,
    Row,
    Source,
    WorksheetData,
)
from app.views.background import Runner
from app.views.chart.common import Row as TableRow
from app.views.chart.common import RowsModel, cell, fit_columns, icon, setup_table
from app.views.formatting import fmt_datetime

log = logging.getLogger(__name__)

# Texts outside a QObject: QCoreApplication.translate under the "MedRecWorksheet" context, called
# by this bare name so that pyside6-lupdate finds them; the English words of the tables below
# are marked with QT_TRANSLATE_NOOP and translated where they are shown (tr_word).
translate = QCoreApplication.translate

NAME_CHARS = 21  # width of the medicine column, in average characters ("hydrochlorothiazide" in bold)
DECISION_CHARS = 40  # width of the decision column
SEVERITY_LOOK = {  # icon, word, bar colour (readable on light and dark themes)
    "high": ("critical", QT_TRANSLATE_NOOP("MedRecWorksheet", "High"), "#c62828"),
    "moderate": ("warning", QT_TRANSLATE_NOOP("MedRecWorksheet", "Moderate"), "#e08a00"),
    "low": ("information", QT_TRANSLATE_NOOP("MedRecWorksheet", "Low"), "#1f6fc5"),
    "info": ("information", QT_TRANSLATE_NOOP("MedRecWorksheet", "Note"), "#6b7785"),
}
ROW_STATUS_WORDS = {"match": QT_TRANSLATE_NOOP("MedRecWorksheet", "Lists agree"),
                    "discrepancy": QT_TRANSLATE_NOOP("MedRecWorksheet", "Discrepancy"),
                    "stopped": QT_TRANSLATE_NOOP("MedRecWorksheet", "Stopped"),
                    "unclear": QT_TRANSLATE_NOOP("MedRecWorksheet", "Unclear"),
                    "single": QT_TRANSLATE_NOOP("MedRecWorksheet", "One side only")}
KIND_WORDS = {"discrepancy": QT_TRANSLATE_NOOP("MedRecWorksheet", "Discrepancy"),
              "interaction": QT_TRANSLATE_NOOP("MedRecWorksheet", "Interaction"),
              "therapeutic_duplication": QT_TRANSLATE_NOOP("MedRecWorksheet", "Duplication"),
              "max_daily_dose": QT_TRANSLATE_NOOP("MedRecWorksheet", "Dose above maximum"),
              "beers": QT_TRANSLATE_NOOP("MedRecWorksheet", "Beers criteria"),
              "high_alert": QT_TRANSLATE_NOOP("MedRecWorksheet", "High-alert medicine"),
              "allergy": QT_TRANSLATE_NOOP("MedRecWorksheet", "Allergy"),
              "abbreviation": QT_TRANSLATE_NOOP("MedRecWorksheet", "Abbreviation")}
INTENT_TIPS = {
    "none": QT_TRANSLATE_NOOP("MedRecWorksheet",
                              "The lists agree, or the difference is not a discrepancy"),
    "documented_intentional": QT_TRANSLATE_NOOP(
        "MedRecWorksheet", "A prescriber changed it on purpose and wrote it down"),
    "undocumented_intentional": QT_TRANSLATE_NOOP(
        "MedRecWorksheet", "Changed on purpose, but not written down anywhere"),
    "unintentional": QT_TRANSLATE_NOOP(
        "MedRecWorksheet", "An error: the patient takes something other than intended"),
}
STATUS_WORDS = {"active": QT_TRANSLATE_NOOP("MedRecWorksheet", "Active"),
                "on-hold": QT_TRANSLATE_NOOP("MedRecWorksheet", "On hold"),
                "stopped": QT_TRANSLATE_NOOP("MedRecWorksheet", "Stopped")}
# The words of the service's tables (app.medrec.worksheet), for translation.
SERVICE_WORDS = (
    # DECISION_WORDS
    QT_TRANSLATE_NOOP("MedRecWorksheet", "Continue"),
    QT_TRANSLATE_NOOP("MedRecWorksheet", "Modify"),
    QT_TRANSLATE_NOOP("MedRecWorksheet", "Stop"),
    QT_TRANSLATE_NOOP("MedRecWorksheet", "Hold"),
    QT_TRANSLATE_NOOP("MedRecWorksheet", "Add"),
    QT_TRANSLATE_NOOP("MedRecWorksheet", "Clarify with prescriber"),
    # INTENT_WORDS
    QT_TRANSLATE_NOOP("MedRecWorksheet", "Documented intentional"),
    QT_TRANSLATE_NOOP("MedRecWorksheet", "Undocumented intentional"),
    QT_TRANSLATE_NOOP("MedRecWorksheet", "Unintentional"),
    QT_TRANSLATE_NOOP("MedRecWorksheet", "No discrepancy"),
    # ACTION_WORDS
    QT_TRANSLATE_NOOP("MedRecWorksheet", "New"),
    QT_TRANSLATE_NOOP("MedRecWorksheet", "Changed"),
    # KIND_TITLES
    QT_TRANSLATE_NOOP("MedRecWorksheet", "Hospital discharge list"),
    QT_TRANSLATE_NOOP("MedRecWorksheet", "EHR orders"),
    QT_TRANSLATE_NOOP("MedRecWorksheet", "Primary care list"),
    QT_TRANSLATE_NOOP("MedRecWorksheet", "Pharmacy fills"),
    QT_TRANSLATE_NOOP("MedRecWorksheet", "Patient or caregiver report"),
    QT_TRANSLATE_NOOP("MedRecWorksheet", "Bottles in the home"),
    QT_TRANSLATE_NOOP("MedRecWorksheet", "Other list"),
    # row_problem and sources_problem
    QT_TRANSLATE_NOOP("MedRecWorksheet", "needs a decision"),
    QT_TRANSLATE_NOOP("MedRecWorksheet", "needs the final text"),
    QT_TRANSLATE_NOOP("MedRecWorksheet", "needs the intent of the discrepancy"),
    QT_TRANSLATE_NOOP("MedRecWorksheet", "a best possible medication history needs at least "
                      "two sources, one of them what the patient actually takes (patient or "
                      "caregiver interview, bottles); add one before finalizing"),
)


def tr_word(text: str | None) -> str:
    """A word of the tables above or of the service's (decisions, intents, list kinds, what a
    row still needs), in the language installed; other texts as they are."""
    return translate("MedRecWorksheet", text) if text else ""


def source_name(label: str) -> str:
    """A list's name: the kind's title when it was left as it came (from the chart or the
    Add dialog: "EHR orders"), translated; a name the nurse gave, as she wrote it."""
    return tr_word(label) if label in KIND_TITLES.values() else label
FINALIZED_STYLE = """
QFrame#medrec_finalized { background: #e3f3e6; border: 1px solid #2e7d32; border-radius: 4px; }
QFrame#medrec_finalized QLabel { color: #0f3316; background: transparent; }
"""
HINT_STYLE = """
QFrame#medrec_hint { background: #fff4ce; border: 1px solid #8a6d00; border-radius: 4px; }
QFrame#medrec_hint QLabel { color: #2e2400; background: transparent; }
"""
CONFIRM_TEXT = QT_TRANSLATE_NOOP("MedRecWidget", "Finalize this reconciliation?")
CONFIRM_DETAIL = QT_TRANSLATE_NOOP(
    "MedRecWidget", "The reconciled list is saved as a dated record that can't be changed, and "
    "becomes the patient's current medication list. To change it later, reconcile again.")


# -- background work (plain functions; no widgets) -------------------------------------------------
def snapshot_job(store: Any, worksheet_id: str) -> tuple[WorksheetData, list[dict[str, Any]]]:
    with store.session() as session:
        data = service.load_worksheet(session, worksheet_id)
        items = service.snapshot_items(session, data.snapshot_id) if data.snapshot_id else []
    return data, items


def export_job(store: Any, snapshot_id: str, path: Path) -> Path:
    bundle = export_reconciled_list(store, snapshot_id)
    tmp = path.with_name(path.name + ".partial")
    tmp.write_text(json.dumps(bundle, indent=2, ensure_ascii=False), encoding="utf-8")
    tmp.replace(path)
    return path


def _esc(text: str | None) -> str:
    return html.escape(text or "")


def _grow_wrapped(label: QLabel) -> None:
    """Let a word-wrapped label take the width there is; its height then follows its width
    (a new size policy would drop the height-for-width a wrapped label needs)."""
    policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    label.setSizePolicy(policy)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _count(n: int, one: str, many: str) -> str:
    return (one if n == 1 else many).replace("%1", str(n))


def findings_text(n: int) -> str:
    return _count(n, translate("MedRecWorksheet", "%1 finding"),
                  translate("MedRecWorksheet", "%1 findings"))


def medicines_text(n: int) -> str:
    return _count(n, translate("MedRecWorksheet", "%1 medicine"),
                  translate("MedRecWorksheet", "%1 medicines"))


# -- one finding -----------------------------------------------------------------------------------
class FindingLabel(QFrame):
    """A finding in words: a coloured bar, the severity icon, "High · Interaction: …"."""

    def __init__(self, finding: Finding, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finding = finding
        icon_name, word, colour = SEVERITY_LOOK.get(finding.severity, SEVERITY_LOOK["info"])
        word = tr_word(word)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 1, 0, 1)
        layout.setSpacing(6)
        bar = QFrame(self)
        bar.setFixedWidth(4)
        bar.setStyleSheet(f"background: {colour}; border: none;")
        layout.addWidget(bar)
        size = self.fontMetrics().height()
        pic = QLabel(self)
        pic.setPixmap(icon(icon_name).pixmap(QSize(size, size)))
        pic.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(pic)
        kind = (tr_word(KIND_WORDS[finding.kind]) if finding.kind in KIND_WORDS
                else _cap(finding.kind.replace("_", " ")))
        self.text = f"{word} · {kind}: {finding.message}"
        label = QLabel(f"<b>{word}</b> · {_esc(kind)}: {_esc(finding.message)}", self)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        _grow_wrapped(label)
        if finding.citation:
            label.setToolTip(self.tr("Source: %1").replace("%1", finding.citation))
        layout.addWidget(label, 1)
        self.setAccessibleName(self.text)


# -- one line of a list ----------------------------------------------------------------------------
class EntryLine(QWidget):
    """One line of one list: "<b>Discharge list</b>: furosemide 40 mg…" and a "…" button with
    its menu (edit, intended action or taking, remove)."""

    def __init__(self, owner: MedRecWidget, source: Source, entry: Entry,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.source = source
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        suffix = ""
        if source.role == "intended" and entry.action not in (None, "continue"):
            action = tr_word(ACTION_WORDS.get(entry.action or "", entry.action))
            suffix = f" <i>({action.lower()})</i>"
        if source.role == "actual" and entry.taking is False:
            suffix = " <i>" + self.tr("(not taking)") + "</i>"
        note = ("<br><i>" + self.tr("Note: %1").replace("%1", _esc(entry.note)) + "</i>"
                if entry.note else "")
        self.label = QLabel(f"<b>{_esc(source_name(source.label))}</b>: {_esc(entry.text)}"
                            f"{suffix}{note}", self)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        _grow_wrapped(self.label)
        layout.addWidget(self.label, 1)

        self.button = QToolButton(self)
        self.button.setText("…")
        self.button.setObjectName(f"line_{entry.id}")
        self.button.setAutoRaise(True)
        self.button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.button.setAccessibleName(self.tr("Change this line of %1").replace(
            "%1", source_name(source.label)))
        self.button.setAccessibleDescription(entry.text)
        self.button.setToolTip(self.tr("Edit, mark or remove this line"))
        menu = QMenu(self.button)
        self.edit_action = menu.addAction(self.tr("&Edit the line…"),
                                          lambda: owner.edit_entry_text(entry))
        if source.role == "intended":
            sub = menu.addMenu(self.tr("The list &says"))
            group = QActionGroup(sub)
            for action, words in ACTION_WORDS.items():
                act = sub.addAction(tr_word(words))
                act.setCheckable(True)
                act.setChecked((entry.action or "continue") == action)
                act.triggered.connect(
                    lambda _c=False, a=action: owner.set_entry_action(entry.id, a))
                group.addAction(act)
        else:
            self.taking_action = QAction(self.tr("Patient is &taking it"), menu)
            self.taking_action.setCheckable(True)
            self.taking_action.setChecked(entry.taking is not False)
            self.taking_action.toggled.connect(
                lambda checked: owner.set_entry_taking(entry.id, checked))
            menu.addAction(self.taking_action)
        menu.addSeparator()
        self.remove_action = menu.addAction(self.tr("&Remove the line"),
                                            lambda: owner.remove_entry(entry.id))
        self.button.setMenu(menu)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)


# -- the decision on one row -----------------------------------------------------------------------
class DecisionPanel(QWidget):
    """Decision and intent combos, the final text, a note, and what is still missing."""

    def __init__(self, owner: MedRecWidget, row: Row, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.owner = owner
        self.row = row
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        combos = QVBoxLayout()  # one above the other: the intents' words are long
        combos.setSpacing(3)
        self.decision_combo = QComboBox(self)
        self.decision_combo.setObjectName("decision")
        self.decision_combo.setAccessibleName(self.tr("Decision for %1").replace("%1", row.label))
        self.decision_combo.addItem(self.tr("Decide…"), None)
        for d in DECISIONS:
            self.decision_combo.addItem(tr_word(DECISION_WORDS[d]), d)
        self.intent_combo = QComboBox(self)
        self.intent_combo.setObjectName("intent")
        self.intent_combo.setAccessibleName(self.tr("Intent for %1").replace("%1", row.label))
        for i in INTENTS:
            self.intent_combo.addItem(tr_word(INTENT_WORDS[i]), i)
            self.intent_combo.setItemData(self.intent_combo.count() - 1, tr_word(INTENT_TIPS[i]),
                                          Qt.ItemDataRole.ToolTipRole)
        self.intent_combo.setToolTip(self.tr("Was the difference between the lists meant?"))
        combos.addWidget(self.decision_combo)
        combos.addWidget(self.intent_combo)
        layout.addLayout(combos)

        self.final_label = QLabel(self)
        self.final_label.setWordWrap(True)
        self.final_label.setTextFormat(Qt.TextFormat.RichText)
        _grow_wrapped(self.final_label)
        layout.addWidget(self.final_label)
        self.final_edit = QLineEdit(self)
        self.final_edit.setObjectName("final_text")
        self.final_edit.setAccessibleName(self.tr("Final text for %1").replace("%1", row.label))
        self.final_edit.setPlaceholderText(self.tr("What goes on the reconciled list"))
        self.final_edit.setMaxLength(1000)
        layout.addWidget(self.final_edit)
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("note")
        self.note_edit.setAccessibleName(self.tr("Note for %1").replace("%1", row.label))
        self.note_edit.setPlaceholderText(self.tr("Note (why, who confirmed)"))
        self.note_edit.setMaxLength(2000)
        layout.addWidget(self.note_edit)
        self.problem_label = QLabel(self)
        self.problem_label.setAccessibleName(self.tr("Still needed for %1").replace(
            "%1", row.label))
        font = self.problem_label.font()
        font.setBold(True)
        self.problem_label.setFont(font)
        layout.addWidget(self.problem_label)
        layout.addStretch(1)

        self.decision_combo.activated.connect(self._decision_chosen)
        self.intent_combo.activated.connect(self._intent_chosen)
        self.final_edit.editingFinished.connect(self._final_edited)
        self.note_edit.editingFinished.connect(self._note_edited)

    @property
    def decision(self) -> Decision | None:
        return self.owner.worksheet.decisions.get(self.row.key)

    def show_decision(self) -> None:
        """Show the recorded decision (after a save, a failed save, or a new check)."""
        d = self.decision
        for combo, value in ((self.decision_combo, d.decision if d else None),
                             (self.intent_combo, d.intent if d else "none")):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        chosen = d.decision if d else None
        final = (d.final_text if d else None) or self.row.default_text
        editable = chosen in NEEDS_FINAL_TEXT
        self.final_edit.setVisible(editable)
        if not self.final_edit.hasFocus():
            self.final_edit.setText(final if editable else "")
            self.final_edit.setCursorPosition(0)  # the start of the line is what reads
        self.final_label.setVisible(chosen is not None and not editable)
        if chosen is not None and not editable:
            verb = {"stop": self.tr("Stopped"), "hold": self.tr("On hold")}.get(
                chosen, self.tr("On the list"))
            self.final_label.setText(f"<i>{verb}:</i> {_esc(final)}")
        if not self.note_edit.hasFocus():
            self.note_edit.setText((d.note if d else None) or "")
        problem = service.row_problem(self.row, d)
        self.problem_label.setText(f"⚠ {_cap(tr_word(problem))}" if problem
                                   else self.tr("✓ Decided"))
        self.problem_label.setToolTip("" if problem else self.tr("This row is ready"))

    def _decision_chosen(self, _index: int) -> None:
        value = self.decision_combo.currentData()
        if value is None:
            self.owner.clear_decision(self.row.key)
            return
        fields: dict[str, Any] = {"decision": value}
        d = self.decision
        if value in NEEDS_FINAL_TEXT and not (d and d.final_text):
            fields["final_text"] = self.row.default_text  # a start: she edits what changes
        self.owner.record(self.row, **fields)
        if value in NEEDS_FINAL_TEXT:
            # Shown at once, prefilled; the focus stays on the combo (arrow keys step through
            # its items), the final text is the next stop after the intent.
            self.final_edit.setVisible(True)
            self.final_edit.setText(fields.get("final_text") or (d.final_text if d else "") or "")

    def _intent_chosen(self, _index: int) -> None:
        self.owner.record(self.row, intent=self.intent_combo.currentData())

    def _final_edited(self) -> None:
        d = self.decision
        text = self.final_edit.text().strip()
        if d is None or d.decision not in NEEDS_FINAL_TEXT or text == (d.final_text or ""):
            return
        self.owner.record(self.row, final_text=text)

    def _note_edited(self) -> None:
        d = self.decision
        text = self.note_edit.text().strip()
        if text == ((d.note if d else None) or ""):
            return
        self.owner.record(self.row, note=text)


# -- one row ---------------------------------------------------------------------------------------
class RowWidget(QFrame):
    """One medicine across the lists, its findings, and its decision."""

    def __init__(self, owner: MedRecWidget, row: Row, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = row
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName(f"row_{row.key}")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(10)
        char = max(1, self.fontMetrics().averageCharWidth())

        status = (tr_word(ROW_STATUS_WORDS[row.status]) if row.status in ROW_STATUS_WORDS
                  else _cap(row.status))
        worst = row.worst
        name = QLabel(f"<b>{_esc(row.label)}</b><br>{_esc(status)}", self)
        name.setTextFormat(Qt.TextFormat.RichText)
        name.setWordWrap(True)
        name.setFixedWidth(NAME_CHARS * char)
        name.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        name.setAccessibleName(f"{row.label}: {status}")
        if worst is not None:
            word = tr_word(SEVERITY_LOOK.get(worst, SEVERITY_LOOK["info"])[1])
            name.setToolTip(self.tr("Most severe finding: %1").replace("%1", word))
        layout.addWidget(name, 0, Qt.AlignmentFlag.AlignTop)

        middle = QVBoxLayout()
        middle.setSpacing(4)
        lists = QHBoxLayout()
        lists.setSpacing(10)
        self.lines: list[EntryLine] = []
        for role in ("intended", "actual"):
            column = QVBoxLayout()
            column.setSpacing(2)
            ids = row.entries.get(role, ())
            for entry_id in ids:
                try:
                    source, entry = owner.worksheet.entry(entry_id)
                except KeyError:
                    continue
                line = EntryLine(owner, source, entry, self)
                self.lines.append(line)
                column.addWidget(line)
            if not ids:
                empty = QLabel("<i>" + (self.tr("Not on these lists") if role == "intended"
                                        else self.tr("Not taken (on no list of what is taken)"))
                               + "</i>", self)
                empty.setTextFormat(Qt.TextFormat.RichText)
                empty.setWordWrap(True)
                column.addWidget(empty)
            column.addStretch(1)
            lists.addLayout(column, 1)
        middle.addLayout(lists)
        self.findings = [FindingLabel(f, self) for f in row.findings]
        for label in self.findings:
            middle.addWidget(label)
        middle.addStretch(1)  # findings stay right under the lines they are about
        layout.addLayout(middle, 1)

        self.panel = DecisionPanel(owner, row, self)
        self.panel.setFixedWidth(DECISION_CHARS * char)
        layout.addWidget(self.panel)  # not aligned: its wrapped text gets the height it needs
        self.setAccessibleName(f"{row.label}: {status}, {findings_text(len(row.findings))}")

    def focusables(self) -> list[QWidget]:
        return [line.button for line in self.lines] + [
            self.panel.decision_combo, self.panel.intent_combo, self.panel.final_edit,
            self.panel.note_edit]


# -- the worksheet ---------------------------------------------------------------------------------
class _RowsBox(QWidget):
    """The rows' container in the scroll area. When its contents change height (a decision
    shows its final text, a note wraps), the scroll area is told, so it gives the box the
    height its wrapped text needs (a scroll area only looks again when it is resized)."""

    def __init__(self, scroll: QScrollArea) -> None:
        super().__init__(scroll)
        self._scroll = scroll

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:
            QCoreApplication.postEvent(self._scroll, QEvent(QEvent.Type.LayoutRequest))
        return handled


class MedRecWidget(QWidget):
    """One reconciliation worksheet (see the module docstring)."""

    sig_finalized = Signal(str, str)

    def __init__(self, store: Any, runner: Runner, worksheet: WorksheetData, *,
                 check_delay_ms: int = 300, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self.worksheet = worksheet
        self.outcome: CheckOutcome | None = None
        self.result_items: list[dict[str, Any]] = []
        self.row_widgets: dict[str, RowWidget] = {}
        self.dialog: QWidget | None = None  # the open dialog or question, if any
        self.last_export: Path | None = None
        self._generation = 0
        self._checking = False
        self._finalizing = False
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(max(0, int(check_delay_ms)))
        self._check_timer.timeout.connect(self.check_now)
        self.setAccessibleName(self.tr("Medication reconciliation"))
        self._build()
        self._show_header()
        if worksheet.is_completed:
            self.runner.run(snapshot_job, store, worksheet.id, on_done=self._show_saved,
                            on_error=lambda message, _exc: self.show_message(message))
        else:
            self.check_now()

    # -- construction --------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        outer.setSpacing(6)

        header = QHBoxLayout()
        self.title_label = QLabel(self)
        self.title_label.setTextFormat(Qt.TextFormat.RichText)
        self.title_label.setWordWrap(True)
        header.addWidget(self.title_label, 1)
        self.status_label = QLabel(self)
        self.status_label.setAccessibleName(self.tr("Worksheet status"))
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.status_label.setWordWrap(True)
        header.addWidget(self.status_label, 1)
        self.add_button = QPushButton(self.tr("&Add a list…"), self)
        self.add_button.setToolTip(self.tr("Add what the patient takes (interview, bottles) or "
                                           "another list: paste or type it, one medicine a line"))
        self.add_button.clicked.connect(self.ask_add_source)
        header.addWidget(self.add_button)
        self.lists_button = QToolButton(self)
        self.lists_button.setText(self.tr("Lists"))
        self.lists_button.setAccessibleName(self.tr("The lists on this worksheet"))
        self.lists_button.setToolTip(self.tr("Rename a list, add a line to it, or remove it"))
        self.lists_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.lists_menu = QMenu(self.lists_button)
        self.lists_menu.aboutToShow.connect(self._fill_lists_menu)
        self.lists_button.setMenu(self.lists_menu)
        header.addWidget(self.lists_button)
        self.finalize_button = QPushButton(self.tr("Finali&ze…"), self)
        self.finalize_button.setEnabled(False)
        self.finalize_button.clicked.connect(self.ask_finalize)
        header.addWidget(self.finalize_button)
        outer.addLayout(header)

        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Worksheet message"))
        font = self.message_label.font()
        font.setBold(True)
        self.message_label.setFont(font)
        self.message_label.hide()
        outer.addWidget(self.message_label)

        self.hint = QFrame(self)
        self.hint.setObjectName("medrec_hint")
        self.hint.setStyleSheet(HINT_STYLE)
        hint_layout = QHBoxLayout(self.hint)
        hint_layout.setContentsMargins(8, 4, 8, 4)
        hint_icon = QLabel(self.hint)
        size = self.fontMetrics().height()
        hint_icon.setPixmap(icon("warning").pixmap(QSize(size, size)))
        hint_layout.addWidget(hint_icon)
        self.hint_label = QLabel(self.hint)
        self.hint_label.setWordWrap(True)
        self.hint_label.setAccessibleName(self.tr("What the worksheet still needs"))
        hint_layout.addWidget(self.hint_label, 1)
        outer.addWidget(self.hint)

        self.sources_label = QLabel(self)
        self.sources_label.setWordWrap(True)
        self.sources_label.setTextFormat(Qt.TextFormat.RichText)
        self.sources_label.setAccessibleName(self.tr("Lists compared"))
        outer.addWidget(self.sources_label)

        self.stack = QStackedWidget(self)
        outer.addWidget(self.stack, 1)

        # Page 1: the worksheet.
        page = QWidget(self.stack)
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.setSpacing(2)
        self.scroll = QScrollArea(page)
        self.scroll.setWidgetResizable(True)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.column_header = self._column_header(page)
        page_layout.addWidget(self.column_header)
        self.rows_box = _RowsBox(self.scroll)
        self.rows_box.setAccessibleName(self.tr("Medicines compared"))
        self.rows_layout = QVBoxLayout(self.rows_box)
        self.rows_layout.setContentsMargins(0, 0, 4, 0)
        self.rows_layout.setSpacing(4)
        self.general_box = QGroupBox(self.tr("Other findings"), self.rows_box)
        self.general_box.setAccessibleName(
            self.tr("Findings and warnings not tied to one medicine"))
        self.general_layout = QVBoxLayout(self.general_box)
        self.general_box.hide()
        self.rows_layout.addWidget(self.general_box)
        self.empty_label = QLabel(self.tr("Checking the lists…"), self.rows_box)
        self.empty_label.setWordWrap(True)
        self.rows_layout.addWidget(self.empty_label)
        self.rows_layout.addStretch(1)
        self.scroll.setWidget(self.rows_box)
        page_layout.addWidget(self.scroll, 1)
        self.stack.addWidget(page)
        self.work_page = page

        # Page 2: the saved list.
        saved = QWidget(self.stack)
        saved_layout = QVBoxLayout(saved)
        saved_layout.setContentsMargins(0, 0, 0, 0)
        self.banner = QFrame(saved)
        self.banner.setObjectName("medrec_finalized")
        self.banner.setStyleSheet(FINALIZED_STYLE)
        self.banner.setAccessibleName(self.tr("Reconciliation finalized"))
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(10, 8, 10, 8)
        done = QLabel(self.banner)
        done.setPixmap(icon("done").pixmap(QSize(22, 22)))
        banner_layout.addWidget(done, 0, Qt.AlignmentFlag.AlignTop)
        self.banner_label = QLabel(self.banner)
        self.banner_label.setWordWrap(True)
        self.banner_label.setTextFormat(Qt.TextFormat.RichText)
        banner_layout.addWidget(self.banner_label, 1)
        self.export_button = QPushButton(self.tr("E&xport FHIR…"), self.banner)
        self.export_button.setToolTip(self.tr("Save the reconciled list and its findings as a "
                                              "FHIR R4 Bundle (List, MedicationStatement, "
                                              "DetectedIssue)"))
        self.export_button.clicked.connect(self.ask_export)
        banner_layout.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        saved_layout.addWidget(self.banner)
        self.saved_table = QTableView(saved)
        setup_table(self.saved_table, self.tr("Reconciled medication list"))
        self.saved_table.setWordWrap(True)
        self.saved_model = RowsModel(self._saved_headers(), self)
        self.saved_table.setModel(self.saved_model)
        saved_layout.addWidget(self.saved_table, 1)
        self.stack.addWidget(saved)
        self.saved_page = saved

    def _saved_headers(self) -> list[tuple[str, str]]:
        return [(self.tr("Medicine"), self.tr("The line on the reconciled list")),
                (self.tr("Decision"), self.tr("What the nurse decided")),
                (self.tr("Status"), self.tr("Active, on hold or stopped")),
                (self.tr("Intent"), self.tr("Intent behind a discrepancy")),
                (self.tr("Note"), self.tr("The nurse's note"))]

    # -- language --------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "saved_model"):
            self._retranslate()

    def _retranslate(self) -> None:
        """Every text in the language installed now: the fixed ones here, the rows and the
        saved list built again from what is shown."""
        self.setAccessibleName(self.tr("Medication reconciliation"))
        self.status_label.setAccessibleName(self.tr("Worksheet status"))
        self.add_button.setText(self.tr("&Add a list…"))
        self.add_button.setToolTip(self.tr("Add what the patient takes (interview, bottles) or "
                                           "another list: paste or type it, one medicine a line"))
        self.lists_button.setText(self.tr("Lists"))
        self.lists_button.setAccessibleName(self.tr("The lists on this worksheet"))
        self.lists_button.setToolTip(self.tr("Rename a list, add a line to it, or remove it"))
        self.finalize_button.setText(self.tr("Finali&ze…"))
        self.message_label.setAccessibleName(self.tr("Worksheet message"))
        self.hint_label.setAccessibleName(self.tr("What the worksheet still needs"))
        self.sources_label.setAccessibleName(self.tr("Lists compared"))
        self.rows_box.setAccessibleName(self.tr("Medicines compared"))
        self.general_box.setTitle(self.tr("Other findings"))
        self.general_box.setAccessibleName(
            self.tr("Findings and warnings not tied to one medicine"))
        self.banner.setAccessibleName(self.tr("Reconciliation finalized"))
        self.export_button.setText(self.tr("E&xport FHIR…"))
        self.export_button.setToolTip(self.tr("Save the reconciled list and its findings as a "
                                              "FHIR R4 Bundle (List, MedicationStatement, "
                                              "DetectedIssue)"))
        self.saved_table.setAccessibleName(self.tr("Reconciled medication list"))
        self.saved_model.set_headers(self._saved_headers())
        layout = self.work_page.layout()
        old = self.column_header
        self.column_header = self._column_header(self.work_page)
        layout.replaceWidget(old, self.column_header)
        old.deleteLater()
        self._show_header()
        if self.worksheet.is_completed:
            if self.result_items:
                self._show_items(self.result_items)
        elif self.outcome is not None:
            self.show_outcome(self.outcome)
        else:
            self.empty_label.setText(self.tr("Checking the lists…"))

    def _column_header(self, parent: QWidget) -> QWidget:
        header = QWidget(parent)
        layout = QHBoxLayout(header)
        scrollbar = self.scroll.verticalScrollBar().sizeHint().width()
        layout.setContentsMargins(8, 0, 6 + 4 + scrollbar + 6, 0)
        layout.setSpacing(10)
        char = max(1, self.fontMetrics().averageCharWidth())
        for text, tip, width in (
                (self.tr("Medicine"), self.tr("Matched by ingredient"), NAME_CHARS * char),
                (self.tr("Intended: what should be taken"),
                 self.tr("Discharge list, orders, PCP list"), 0),
                (self.tr("Actual: what the patient takes"),
                 self.tr("Interview, bottles, pharmacy fills"), 0),
                (self.tr("Decision and intent"), self.tr("One decision for every medicine"),
                 DECISION_CHARS * char)):
            label = QLabel(f"<b>{text}</b>", header)
            label.setToolTip(tip)
            if width:
                label.setFixedWidth(width)
                layout.addWidget(label)
            else:
                layout.addWidget(label, 1)
        return header

    # -- showing ---------------------------------------------------------------------------------
    def _show_header(self) -> None:
        ws = self.worksheet
        who = f" — {_esc(ws.patient_name)}" if ws.patient_name else ""
        self.title_label.setText(
            "<b>" + self.tr("Medication reconciliation") + f"</b>{who}<br>"
            + self.tr("Started %1").replace("%1", fmt_datetime(ws.started_at)))
        parts = []
        for s in ws.sources:
            role = self.tr("intended") if s.role == "intended" else self.tr("actual")
            parts.append(f"{_esc(source_name(s.label))} ({len(s.entries)}, {role})")
        self.sources_label.setText(self.tr("<b>Lists:</b> %1").replace(
            "%1", " · ".join(parts) if parts else self.tr("none yet")))
        editing = not ws.is_completed
        for w in (self.add_button, self.lists_button, self.finalize_button):
            w.setVisible(editing)
        problem = service.sources_problem(ws) if editing else None
        self.hint.setVisible(problem is not None)
        if problem:
            self.hint_label.setText(_cap(tr_word(problem)) + ".")
        self._update_ready()

    def _clear_rows(self) -> None:
        for widget in self.row_widgets.values():
            self.rows_layout.removeWidget(widget)
            widget.deleteLater()
        self.row_widgets = {}
        while self.general_layout.count():
            item = self.general_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()

    def _focused(self) -> tuple[str, str] | None:
        focus = self.focusWidget()
        for key, row in self.row_widgets.items():
            if focus is not None and row.isAncestorOf(focus):
                return key, focus.objectName()
        return None

    def show_outcome(self, outcome: CheckOutcome) -> None:
        """Show a check's rows and findings (keeping the focus on the same row's control)."""
        self.outcome = outcome
        if outcome.worksheet.version > self.worksheet.version:
            self.worksheet = outcome.worksheet
        keep = self._focused()
        self.rows_box.setUpdatesEnabled(False)
        try:
            self._clear_rows()
            for f in outcome.general:
                self.general_layout.addWidget(FindingLabel(f, self.general_box))
            for text in outcome.warnings:
                warning = QLabel(f"<i>{_esc(text)}</i>", self.general_box)
                warning.setWordWrap(True)
                self.general_layout.addWidget(warning)
            self.general_box.setVisible(bool(outcome.general or outcome.warnings))
            position = self.rows_layout.indexOf(self.empty_label)
            for n, row in enumerate(outcome.rows):
                widget = RowWidget(self, row, self.rows_box)
                widget.panel.show_decision()
                self.rows_layout.insertWidget(position + n, widget)
                self.row_widgets[row.key] = widget
            self.empty_label.setVisible(not outcome.rows)
            self.empty_label.setText(self.tr("No medicines on these lists yet. Add a list."))
            previous: QWidget | None = None
            for widget in self.row_widgets.values():
                for control in widget.focusables():
                    if previous is not None:
                        QWidget.setTabOrder(previous, control)
                    previous = control
        finally:
            self.rows_box.setUpdatesEnabled(True)
        if keep is not None and keep[0] in self.row_widgets:
            target = self.row_widgets[keep[0]].findChild(QWidget, keep[1]) if keep[1] else None
            (target or self.row_widgets[keep[0]].panel.decision_combo).setFocus()
        self._update_ready()

    def _update_ready(self) -> None:
        ws = self.worksheet
        if ws.is_completed:
            self.status_label.setText(self.tr("Finalized %1").replace(
                "%1", fmt_datetime(ws.completed_at)))
            return
        if self.outcome is None or self._checking or self._check_timer.isActive():
            self.status_label.setText(self.tr("Checking…"))
            self.finalize_button.setEnabled(False)
            self.finalize_button.setToolTip(self.tr("Wait for the check to finish"))
            return
        for widget in self.row_widgets.values():
            widget.panel.show_decision()
        rows = self.outcome.rows
        problems = {r.key: p for r in rows
                    if (p := service.row_problem(r, ws.decisions.get(r.key)))}
        findings = len(self.outcome.findings)
        decided = len(rows) - len(problems)
        self.status_label.setText(
            self.tr("%1, %2 · %3 of %4 decided").replace("%1", medicines_text(len(rows)))
            .replace("%2", findings_text(findings)).replace("%3", str(decided))
            .replace("%4", str(len(rows))))
        sources = service.sources_problem(ws)
        ready = not problems and sources is None and not self._finalizing
        self.finalize_button.setEnabled(ready)
        if ready:
            self.finalize_button.setToolTip(self.tr("Save the reconciled list (it becomes the "
                                                    "patient's current medication list)"))
        elif sources:
            self.finalize_button.setToolTip(_cap(tr_word(sources)))
        else:
            self.finalize_button.setToolTip(_count(
                len(problems), self.tr("%1 medicine still without a complete decision"),
                self.tr("%1 medicines still without a complete decision")))

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    # -- the check -------------------------------------------------------------------------------
    def schedule_check(self) -> None:
        self._check_timer.start()
        self._update_ready()

    def check_now(self) -> None:
        self._check_timer.stop()
        self._generation += 1
        generation = self._generation
        self._checking = True
        self._update_ready()
        self.runner.run(service.check_worksheet, self.store, self.worksheet.id,
                        on_done=lambda outcome: self._checked(generation, outcome),
                        on_error=lambda message, _exc: self._check_failed(generation, message))

    def _checked(self, generation: int, outcome: CheckOutcome) -> None:
        if generation != self._generation:
            return  # a newer check is on its way
        self._checking = False
        self.show_outcome(outcome)

    def _check_failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self._checking = False
        self.show_message(self.tr("The lists could not be checked. %1").replace("%1", message))
        self._update_ready()

    # -- writes ----------------------------------------------------------------------------------
    def _write(self, fn: Any, *args: Any, recheck: bool, **kwargs: Any) -> None:
        self.show_message("")
        self.runner.run(fn, self.store, self.worksheet.id, *args,
                        on_done=lambda ws: self._written(ws, recheck),
                        on_error=lambda message, _exc: self._write_failed(message), **kwargs)

    def _written(self, worksheet: WorksheetData, recheck: bool) -> None:
        if worksheet.version >= self.worksheet.version:
            self.worksheet = worksheet
        self._show_header()
        if recheck:
            self.schedule_check()
        else:
            self._update_ready()

    def _write_failed(self, message: str) -> None:
        self.show_message(message)
        self._update_ready()  # the rows show what is stored again

    def record(self, row: Row, **fields: Any) -> None:
        self._write(service.record_decision, row.key, recheck=False,
                    entries=list(row.entry_ids), **fields)

    def clear_decision(self, row_key: str) -> None:
        self._write(service.clear_decision, row_key, recheck=False)

    def set_entry_action(self, entry_id: str, action: str) -> None:
        self._write(service.edit_entry, entry_id, recheck=True, action=action)

    def set_entry_taking(self, entry_id: str, taking: bool) -> None:
        self._write(service.edit_entry, entry_id, recheck=True, taking=taking)

    def remove_entry(self, entry_id: str) -> None:
        self._write(service.remove_entry, entry_id, recheck=True)

    def add_source(self, role: str, label: str, lines: str, kind: str) -> None:
        self._write(service.add_source, role, label, lines, recheck=True, kind=kind)

    def edit_entry_text(self, entry: Entry) -> None:
        from app.views.medrec.dialogs import TextDialog

        dialog = TextDialog(self.tr("Edit the line"), self.tr("The &line as written on the list:"),
                            entry.text, self)
        dialog.accepted.connect(lambda: self._write(service.edit_entry, entry.id,
                                                    recheck=True, text=dialog.text()))
        self._open(dialog)

    # -- dialogs ---------------------------------------------------------------------------------
    def _open(self, dialog: QWidget) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.finished.connect(lambda _r, d=dialog: self._dialog_closed(d))
        dialog.open()

    def _ask(self, box: QMessageBox, yes: Any, action: Any) -> None:
        """A window-modal question; ``action`` runs when ``yes`` was the button clicked."""
        box.finished.connect(lambda _r, b=box: action() if b.clickedButton() is yes else None)
        self._open(box)

    def _dialog_closed(self, dialog: QWidget) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def ask_add_source(self) -> None:
        from app.views.medrec.dialogs import AddSourceDialog

        dialog = AddSourceDialog(self)
        dialog.accepted.connect(lambda: self.add_source(dialog.role(), dialog.label(),
                                                        dialog.lines(), dialog.kind()))
        self._open(dialog)

    def _fill_lists_menu(self) -> None:
        from app.views.medrec.dialogs import TextDialog

        self.lists_menu.clear()
        if not self.worksheet.sources:
            self.lists_menu.addAction(self.tr("No lists yet")).setEnabled(False)
        for source in self.worksheet.sources:
            role = self.tr("intended") if source.role == "intended" else self.tr("actual")
            sub = self.lists_menu.addMenu(
                f"{source_name(source.label)} ({len(source.entries)}, {role})")

            def add_line(s: Source = source) -> None:
                dialog = TextDialog(self.tr("Add a line to %1").replace("%1", source_name(s.label)),
                                    self.tr("The &medicine as written:"), "", self)
                dialog.ok_button.setEnabled(False)
                dialog.accepted.connect(lambda: self._write(service.add_entry, s.id,
                                                            dialog.text(), recheck=True))
                self._open(dialog)

            def rename(s: Source = source) -> None:
                dialog = TextDialog(self.tr("Rename the list"), self.tr("The list's &name:"),
                                    s.label, self, max_length=120)
                dialog.accepted.connect(lambda: self._write(service.edit_source, s.id,
                                                            recheck=True, label=dialog.text()))
                self._open(dialog)

            def remove(s: Source = source) -> None:
                lines = _count(len(s.entries), self.tr("%1 line"), self.tr("%1 lines"))
                box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove the list"),
                                  self.tr("Remove “%1” and its %2 from this worksheet?")
                                  .replace("%1", source_name(s.label)).replace("%2", lines),
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  self)
                box.setDefaultButton(QMessageBox.StandardButton.No)
                self._ask(box, box.button(QMessageBox.StandardButton.Yes),
                          lambda: self._write(service.remove_source, s.id, recheck=True))

            sub.addAction(self.tr("&Add a line…"), add_line)
            sub.addAction(self.tr("Re&name…"), rename)
            sub.addSeparator()
            sub.addAction(self.tr("&Remove the list…"), remove)

    # -- finalize ----------------------------------------------------------------------------------
    def ask_finalize(self) -> None:
        if not self.finalize_button.isEnabled():
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Finalize"), self.tr(CONFIRM_TEXT),
                          QMessageBox.StandardButton.NoButton, self)
        box.setInformativeText(self.tr(CONFIRM_DETAIL))
        self.finalize_confirm_button = box.addButton(self.tr("&Finalize"),
                                                     QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("&Keep working"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(self.finalize_confirm_button)
        box.setEscapeButton(keep)
        self._ask(box, self.finalize_confirm_button, self.finalize)

    def finalize(self) -> None:
        """Finalize now (no question asked; the button asks first)."""
        self._finalizing = True
        self._update_ready()
        self.status_label.setText(self.tr("Saving the reconciled list…"))
        self.runner.run(service.finalize, self.store, self.worksheet.id,
                        on_done=self._finalized, on_error=self._finalize_failed)

    def _finalized(self, result: FinalizeResult) -> None:
        self._finalizing = False
        self.worksheet = result.worksheet
        self._show_header()
        self._show_items(result.items)
        self.sig_finalized.emit(result.worksheet.patient_id, result.snapshot_id)

    def _finalize_failed(self, message: str, exc: BaseException) -> None:
        self._finalizing = False
        self.show_message(message)
        if isinstance(exc, service.NotReadyError):
            self.check_now()  # the lists may have changed elsewhere
        else:
            self._update_ready()

    def _show_saved(self, payload: tuple[WorksheetData, list[dict[str, Any]]]) -> None:
        self.worksheet, items = payload
        self._show_header()
        self._show_items(items)

    def _show_items(self, items: list[dict[str, Any]]) -> None:
        self.result_items = items
        counts = {status: sum(1 for it in items if it.get("status") == status)
                  for status in STATUS_WORDS}
        who = self.worksheet.patient_name or self.tr("the patient")
        self.banner_label.setText(
            self.tr("<b>Finalized %1.</b> The reconciled list is now %2's current medication "
                    "list: %3 to take, %4 on hold, %5 stopped. It is kept as a dated record that "
                    "can't be changed.")
            .replace("%1", fmt_datetime(self.worksheet.completed_at)).replace("%2", _esc(who))
            .replace("%3", medicines_text(counts["active"]))
            .replace("%4", str(counts["on-hold"])).replace("%5", str(counts["stopped"])))
        rows = []
        for it in items:
            intent = it.get("intent") or "none"
            rows.append(TableRow(cells=(
                cell(it.get("text"), bold=it.get("status") != "stopped"),
                cell(tr_word(DECISION_WORDS.get(it.get("decision") or "", ""))),
                cell(tr_word(STATUS_WORDS.get(it.get("status") or "", "")),
                     icon="warning" if it.get("status") == "on-hold" else None),
                cell(tr_word(INTENT_WORDS.get(intent)) if intent != "none" else ""),
                cell(it.get("note")),
            ), id=it.get("medication_id"), item=it))
        self.saved_model.set_rows(rows)
        fit_columns(self.saved_table, 0, caps={4: 40})
        # Long lines wrap; rows follow the column widths as the window is resized.
        self.saved_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.stack.setCurrentWidget(self.saved_page)
        self.export_button.setEnabled(bool(self.worksheet.snapshot_id))
        self.show_message("")

    # -- export ------------------------------------------------------------------------------------
    def ask_export(self) -> None:
        when = (self.worksheet.completed_at or self.worksheet.started_at).astimezone()
        name = f"reconciled-list-{when:%Y%m%d}.json"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the reconciled list as FHIR"),
                                              str(Path.home() / name),
                                              self.tr("FHIR JSON (*.json)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        if not self.worksheet.snapshot_id:
            return
        self.runner.run(export_job, self.store, self.worksheet.snapshot_id, path,
                        on_done=self._exported,
                        on_error=lambda message, _exc: self.show_message(
                            self.tr("The export did not finish. %1").replace("%1", message)))

    def _exported(self, path: Path) -> None:
        self.last_export = path
        self.show_message(self.tr("Saved to %1. The file is not encrypted: keep it safe and "
                                  "delete it once it has been sent.").replace("%1", path.name))
