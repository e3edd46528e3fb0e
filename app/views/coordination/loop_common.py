"""What the referral, result and communication screens share: a panel that loads through the
Runner, shows an error inline, and tells the chart when it wrote something; and the small
pieces their dialogs repeat (OK/Cancel buttons, labelled form rows, a list over its details).

The panels are built without a store (the chart pages are pure display); the window gives
them the store and the Runner with ``set_services``. Until then they stay hidden and the
chart's read-only list shows instead.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QWidget,
)

SELECTABLE = (Qt.TextInteractionFlag.TextSelectableByKeyboard
              | Qt.TextInteractionFlag.TextSelectableByMouse)


def to_qdatetime(value: dt.datetime) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(int(value.timestamp() * 1000))


def from_qdatetime(value: QDateTime) -> dt.datetime:
    return dt.datetime.fromtimestamp(value.toMSecsSinceEpoch() / 1000, dt.UTC)


def ok_cancel_buttons(dialog: QDialog) -> QDialogButtonBox:
    """OK and Cancel, connected to the dialog's accept and reject."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def add_form_rows(form: QFormLayout, parent: QWidget,
                  rows: Iterable[tuple[str, QWidget]]) -> None:
    """One row per (label text with its mnemonic, widget): the label is the widget's buddy and
    the widget's accessible name is the text without "&" and the trailing colon."""
    for text, widget in rows:
        label = QLabel(text, parent)
        label.setBuddy(widget)
        widget.setAccessibleName(text.replace("&", "").rstrip(":"))
        form.addRow(label, widget)


def list_over_details(parent: QWidget, upper: QWidget, details: QWidget) -> QSplitter:
    """A vertical splitter: the list (3 parts) over the selected row's details (2 parts)."""
    splitter = QSplitter(Qt.Orientation.Vertical, parent)
    splitter.setChildrenCollapsible(False)
    splitter.addWidget(upper)
    splitter.addWidget(details)
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 2)
    return splitter


class LoopPanel(QWidget):
    """Base of the panels that act on the store: ``set_services``, ``set_patient``,
    ``reload``, an inline error line and ``sig_data_changed`` after each write."""

    sig_data_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store: Any = None
        self.runner: Any = None
        self.patient_id: str | None = None
        self.last_dialog: QWidget | None = None
        self.error_label = QLabel("", self)
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(SELECTABLE)
        self.error_label.setObjectName("loop_error")
        self.error_label.setStyleSheet("QLabel#loop_error { font-weight: bold; }")
        self.error_label.hide()

    @property
    def bound(self) -> bool:
        return self.store is not None and self.runner is not None

    def set_services(self, store: Any, runner: Any) -> None:
        self.store, self.runner = store, runner
        if self.patient_id:
            self.reload()

    def set_patient(self, patient_id: str) -> None:
        self.patient_id = patient_id
        if self.bound:
            self.reload()

    def reload(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def show_error(self, message: str) -> None:
        text = self.tr("Not saved: %1").replace("%1", message)
        self.error_label.setText(text)
        self.error_label.setAccessibleName(text)
        self.error_label.setVisible(bool(message))

    def clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()

    def write(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        """Run one write through the Runner; then reload and tell the chart (or show why
        it was refused, in words, under the buttons)."""
        if not self.bound:
            return
        self.clear_error()

        def done(_result: Any) -> None:
            self.reload()
            self.sig_data_changed.emit()

        self.runner.run(fn, self.store, *args, on_done=done,
                        on_error=lambda message, _exc: self.show_error(message), **kwargs)

    def open_dialog(self, dialog: Any, on_accept: Callable[[], None]) -> None:
        """Show a dialog window-modally without blocking (tests fill and accept it)."""
        self.last_dialog = dialog
        dialog.accepted.connect(on_accept)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.open()

    def name_buttons(self) -> None:
        """Every button's accessible name: its text without the mnemonic and the ellipsis."""
        for button in self.findChildren(QPushButton):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…").strip())

    def confirm(self, title: str, text: str) -> bool:  # pragma: no cover - interactive
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes
