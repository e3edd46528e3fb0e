"""A signed note, read-only, with its addenda and an "Add addendum…" button.

Addenda are signed the moment they are added (see :mod:`app.notes.service`); the dialog says
so before she confirms. Store work runs through the Runner.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.notes.service import NoteData, add_addendum, load_note, render_text
from app.views.background import Runner
from app.views.formatting import fmt_datetime
from app.views.notes.fields import TextArea, template_text

log = logging.getLogger(__name__)

translate = QCoreApplication.translate

# In English; shown translated (context "NoteViewer").
SIGNED_NOTICE = QT_TRANSLATE_NOOP("NoteViewer", "Signed notes can't be changed. To correct or "
                                  "add to this note, add an addendum: it is signed as soon as "
                                  "you add it.")


def when_text(value: Any) -> str:
    """"29 Nov 2026, 10:42" in local time (month names in the language installed)."""
    return fmt_datetime(value) if value is not None else translate("NoteViewer", "unknown time")


# -- background work (no widgets) ------------------------------------------------------------------
def add_addendum_job(store: Any, note_id: str, text: str) -> tuple[NoteData, NoteData]:
    """Add the addendum, then read the note back with all its addenda."""
    addendum = add_addendum(store, note_id, text)
    with store.session() as session:
        note = load_note(session, addendum.amends_note_id or note_id)
    return addendum, note


def reload_job(store: Any, note_id: str) -> NoteData:
    with store.session() as session:
        return load_note(session, note_id)


def _font(widget: QWidget, *, bold: bool = False, italic: bool = False) -> None:
    """Set only weight and slant: the size stays inherited, so a bigger font still scales it
    (and the colour stays the readable text colour, unlike disabled text)."""
    font = QFont()
    font.setBold(bold)
    font.setItalic(italic)
    widget.setFont(font)


def bold(widget: QWidget) -> None:
    _font(widget, bold=True)


def italic(widget: QWidget) -> None:
    _font(widget, italic=True)


def plain(widget: QWidget) -> None:
    _font(widget)


class AddendumDialog(QDialog):
    """Asks for the addendum's text; accepted only with some text in it."""

    def __init__(self, note: NoteData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add addendum"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Addendum to the %1 note of %2.<br><b>It is signed as soon as you add it "
                    "and can't be changed afterwards.</b>")
            .replace("%1", template_text(note.title).lower())
            .replace("%2", when_text(note.visit_at)), self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(intro)
        label = QLabel(self.tr("Addendum &text:"), self)
        self.text_field = TextArea(self, lines=6)
        self.text_field.setAccessibleName(self.tr("Addendum text"))
        self.text_field.setAccessibleDescription(
            self.tr("The correction or addition to the signed note"))
        self.text_field.setPlaceholderText(self.tr("e.g. Weight was 182.4 lb, not 128.4 lb."))
        label.setBuddy(self.text_field)
        layout.addWidget(label)
        layout.addWidget(self.text_field)
        self.buttons = QDialogButtonBox(self)
        self.add_button = self.buttons.addButton(self.tr("&Add and sign"),
                                                 QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.add_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.text_field.textChanged.connect(
            lambda: self.add_button.setEnabled(bool(self.text().strip())))
        layout.addWidget(self.buttons)
        self.text_field.setFocus()

    def text(self) -> str:
        return self.text_field.toPlainText()

    def accept(self) -> None:
        if self.text().strip():
            super().accept()


class NoteViewer(QWidget):
    """Shows a signed note (or any note, read-only) as text, with its addenda.

    ``sig_addendum_added(str note_id)`` carries the original note's id once an addendum is
    stored and shown."""

    sig_addendum_added = Signal(str)

    def __init__(self, store: Any, runner: Runner, note: NoteData,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self.note = note
        self.dialog: AddendumDialog | None = None
        self._busy = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.notice = QLabel(self.tr(SIGNED_NOTICE), self)
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("About signed notes"))
        layout.addWidget(self.notice)

        self.text_view = QPlainTextEdit(self)
        self.text_view.setReadOnly(True)
        self.text_view.setTabChangesFocus(True)
        self.text_view.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text_view.setAccessibleName(self.tr("Signed note"))
        self.text_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        layout.addWidget(self.text_view, 1)

        row = QHBoxLayout()
        self.message_label = QLabel("", self)
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Addendum message"))
        row.addWidget(self.message_label, 1)
        self.addendum_button = QPushButton(self.tr("Add a&ddendum…"), self)
        self.addendum_button.setToolTip(self.tr("Correct or add to this signed note"))
        self.addendum_button.clicked.connect(self.ask_addendum)
        row.addWidget(self.addendum_button)
        layout.addLayout(row)
        self.set_note(note)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "addendum_button"):
            self.notice.setText(self.tr(SIGNED_NOTICE))
            self.notice.setAccessibleName(self.tr("About signed notes"))
            self.text_view.setAccessibleName(self.tr("Signed note"))
            self.message_label.setAccessibleName(self.tr("Addendum message"))
            self.addendum_button.setText(self.tr("Add a&ddendum…"))
            self.addendum_button.setToolTip(self.tr("Correct or add to this signed note"))

    def set_note(self, note: NoteData) -> None:
        self.note = note
        self.text_view.setPlainText(render_text(note))
        self.addendum_button.setVisible(note.is_signed)
        self.notice.setVisible(note.is_signed)

    def reload(self) -> None:
        self.runner.run(reload_job, self.store, self.note.id, on_done=self.set_note,
                        on_error=lambda message, _exc: self.message_label.setText(message))

    def ask_addendum(self) -> None:
        if self._busy or not self.note.is_signed:
            return
        self.dialog = AddendumDialog(self.note, self)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.accepted.connect(lambda d=self.dialog: self._add(d.text()))
        self.dialog.finished.connect(self._dialog_closed)
        self.dialog.open()

    def _dialog_closed(self, _result: int) -> None:
        self.dialog = None

    def _add(self, text: str) -> None:
        self._busy = True
        self.addendum_button.setEnabled(False)
        self.message_label.setText(self.tr("Adding the addendum…"))
        self.runner.run(add_addendum_job, self.store, self.note.id, text,
                        on_done=self._added, on_error=self._failed)

    def _added(self, result: tuple[NoteData, NoteData]) -> None:
        addendum, note = result
        self._busy = False
        self.addendum_button.setEnabled(True)
        if self.note.patient_name and not note.patient_name:
            note.patient_name = self.note.patient_name
        self.set_note(note)
        self.message_label.setText(self.tr("Addendum added and signed %1.").replace(
            "%1", when_text(addendum.signed_at)))
        self.text_view.verticalScrollBar().setValue(self.text_view.verticalScrollBar().maximum())
        self.sig_addendum_added.emit(note.id)

    def _failed(self, message: str, _exc: BaseException) -> None:
        self._busy = False
        self.addendum_button.setEnabled(True)
        self.message_label.setText(self.tr("The addendum was not added — %1").replace(
            "%1", message))
