"""The worksheet's small dialogs: add a source (role, kind, name, pasted lines) and edit one
line or one name. They only collect values; the worksheet widget saves them through the
Runner. Opened window-modal with ``open()`` (never a blocking ``exec()``)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.medrec.worksheet import ACTUAL_KINDS, INTENDED_KINDS, KIND_TITLES, split_lines

# The kinds in the order a nurse meets them at a home visit.
KIND_ORDER = ("bottle", "patient", "pharmacy", "discharge", "ehr", "pcp", "other")
translate = QCoreApplication.translate

# In English; shown translated (context "AddSourceDialog").
ROLE_TEXTS = {
    "actual": QT_TRANSLATE_NOOP("AddSourceDialog", "What the patient actually takes (interview, "
                                "bottles, pharmacy fills)"),
    "intended": QT_TRANSLATE_NOOP("AddSourceDialog", "What should be taken (discharge list, "
                                  "orders, primary care list)"),
}

ROLE_MNEMONICS = {
    "actual": QT_TRANSLATE_NOOP("AddSourceDialog", "&What the patient actually takes "
                                "(interview, bottles, pharmacy fills)"),
    "intended": QT_TRANSLATE_NOOP("AddSourceDialog", "What &should be taken (discharge list, "
                                  "orders, primary care list)"),
}


def kind_title(kind: str) -> str:
    """A list kind's title (app.medrec.worksheet.KIND_TITLES), translated (the titles are
    marked in app.views.medrec.worksheet, context "MedRecWorksheet")."""
    title = KIND_TITLES.get(kind, "")
    return translate("MedRecWorksheet", title) if title else ""


class AddSourceDialog(QDialog):
    """Role, kind, a name and the lines, one medicine a line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a medication list"))
        self.setAccessibleName(self.tr("Add a medication list"))
        layout = QVBoxLayout(self)

        form = QFormLayout()
        self.kind_combo = QComboBox(self)
        self.kind_combo.setAccessibleName(self.tr("Where the list comes from"))
        for kind in KIND_ORDER:
            self.kind_combo.addItem(kind_title(kind), kind)
        kind_label = QLabel(self.tr("&From:"), self)
        kind_label.setBuddy(self.kind_combo)
        form.addRow(kind_label, self.kind_combo)
        self.label_edit = QLineEdit(self)
        self.label_edit.setAccessibleName(self.tr("Name of the list"))
        self.label_edit.setMaxLength(120)
        name_label = QLabel(self.tr("&Name:"), self)
        name_label.setBuddy(self.label_edit)
        form.addRow(name_label, self.label_edit)
        layout.addLayout(form)

        box = QGroupBox(self.tr("This list says"), self)
        box.setAccessibleName(self.tr("What this list says"))
        box_layout = QVBoxLayout(box)
        self.role_group = QButtonGroup(self)
        self.role_buttons: dict[str, QRadioButton] = {}
        for role in ("actual", "intended"):
            button = QRadioButton(self.tr(ROLE_MNEMONICS[role]), box)
            button.setAccessibleName(self.tr(ROLE_TEXTS[role]))
            self.role_group.addButton(button)
            self.role_buttons[role] = button
            box_layout.addWidget(button)
        self.role_buttons["actual"].setChecked(True)
        layout.addWidget(box)

        lines_label = QLabel(self.tr("&Medicines, one a line (paste a list or type it):"), self)
        self.lines_edit = QPlainTextEdit(self)
        self.lines_edit.setAccessibleName(self.tr("Medicines, one a line"))
        self.lines_edit.setPlaceholderText("furosemide 40 mg tablet, 1 every morning\n"
                                           "metoprolol succinate ER 25 mg daily")
        self.lines_edit.setTabChangesFocus(True)
        self.lines_edit.setMinimumHeight(self.fontMetrics().height() * 9)
        lines_label.setBuddy(self.lines_edit)
        layout.addWidget(lines_label)
        layout.addWidget(self.lines_edit, 1)
        self.count_label = QLabel("", self)
        self.count_label.setAccessibleName(self.tr("Lines counted"))
        layout.addWidget(self.count_label)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Add list"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.lines_edit.textChanged.connect(self._count)
        self._kind_changed()
        self._count()
        self.resize(620, 480)

    def _kind_changed(self) -> None:
        kind = self.kind_combo.currentData()
        self.label_edit.setPlaceholderText(kind_title(kind))
        if kind in ACTUAL_KINDS:
            self.role_buttons["actual"].setChecked(True)
        elif kind in INTENDED_KINDS:
            self.role_buttons["intended"].setChecked(True)

    def _count(self) -> None:
        n = len(split_lines(self.lines_edit.toPlainText()))
        self.count_label.setText(self.tr("No medicine lines yet") if n == 0 else
                                 (self.tr("%1 medicine line") if n == 1
                                  else self.tr("%1 medicine lines")).replace("%1", str(n)))
        self.ok_button.setEnabled(n > 0)

    # -- values ------------------------------------------------------------------------------
    def role(self) -> str:
        return "intended" if self.role_buttons["intended"].isChecked() else "actual"

    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def label(self) -> str:
        return self.label_edit.text().strip()

    def lines(self) -> str:
        return self.lines_edit.toPlainText()

    def set_values(self, *, kind: str, label: str, lines: str, role: str | None = None) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))
        self.label_edit.setText(label)
        self.lines_edit.setPlainText(lines)
        if role is not None:
            self.role_buttons[role].setChecked(True)


class TextDialog(QDialog):
    """One line of text to change (a medicine line, or a list's name)."""

    def __init__(self, title: str, label: str, text: str, parent: QWidget | None = None,
                 *, max_length: int = 1000) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        caption = QLabel(label, self)
        caption.setWordWrap(True)
        self.edit = QLineEdit(text, self)
        self.edit.setAccessibleName(label.replace("&", "").rstrip(":"))
        self.edit.setMaxLength(max_length)
        self.edit.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        caption.setBuddy(self.edit)
        layout.addWidget(caption)
        layout.addWidget(self.edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.edit.textChanged.connect(lambda t: self.ok_button.setEnabled(bool(t.strip())))
        layout.addWidget(buttons)
        self.edit.selectAll()
        self.setWindowModality(Qt.WindowModality.WindowModal)

    def text(self) -> str:
        return self.edit.text()
