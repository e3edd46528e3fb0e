"""Unlock a passphrase-mode store: ask the passphrase, open the store in the background.

A wrong passphrase says so in the dialog and lets her try again. The passphrase is never
logged, kept in an attribute, or put in a message; the field is cleared once the store opens.
"""

from __future__ import annotations

from pathlib import Path
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.models.errors import CannotUnlockError
from app.models.store import Store
from app.views.background import Runner

WRONG_PASSPHRASE = "Cannot unlock: wrong passphrase"


def open_store(folder: Path, passphrase: str) -> Store:
    return Store.open(folder, passphrase=passphrase)


class UnlockDialog(QDialog):
    """Asks the passphrase of the store in ``store_dir``; :attr:`store` is the opened store
    once the dialog is accepted. ``initial_passphrase`` (e.g. from ``HEARTH_PASSPHRASE``)
    is tried first, before she is asked."""

    sig_attempt_finished = Signal(bool)

    def __init__(self, store_dir: Path, runner: Runner, parent: QWidget | None = None, *,
                 initial_passphrase: str | None = None) -> None:
        super().__init__(parent)
        self.store_dir = Path(store_dir)
        self.runner = runner
        self.store: Store | None = None
        self._busy = False
        self.setWindowTitle("Unlock Hearth")
        self.setMinimumWidth(440)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        top = QHBoxLayout()
        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxQuestion).pixmap(40, 40))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        top.addWidget(icon)
        intro = QLabel(
            "<b>Your Hearth store is locked.</b><br>"
            "Enter the passphrase you chose when you set it up.", self)
        intro.setWordWrap(True)
        top.addWidget(intro, 1)
        layout.addLayout(top)

        self.passphrase_label = QLabel("&Passphrase:", self)
        self.passphrase_field = QLineEdit(self)
        self.passphrase_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_field.setAccessibleName("Passphrase")
        self.passphrase_field.setAccessibleDescription("The passphrase of your Hearth store")
        self.passphrase_field.setInputMethodHints(
            Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhNoPredictiveText
            | Qt.InputMethodHint.ImhSensitiveData)
        self.passphrase_label.setBuddy(self.passphrase_field)
        self.passphrase_field.textEdited.connect(self._edited)
        layout.addWidget(self.passphrase_label)
        layout.addWidget(self.passphrase_field)

        self.message_label = QLabel("", self)
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName("Unlock message")
        font = self.message_label.font()
        font.setBold(True)
        self.message_label.setFont(font)
        layout.addWidget(self.message_label)

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.setAccessibleName("Unlocking")
        self.progress.hide()
        layout.addWidget(self.progress)

        self.buttons = QDialogButtonBox(self)
        self.unlock_button = self.buttons.addButton(
            "&Unlock", QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button = self.buttons.addButton("&Quit", QDialogButtonBox.ButtonRole.RejectRole)
        self.unlock_button.setDefault(True)
        self.unlock_button.setEnabled(False)
        self.buttons.accepted.connect(self.try_unlock)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        if initial_passphrase:
            self.message_label.setText("Unlocking with the passphrase from HEARTH_PASSPHRASE…")
            # After the dialog is shown, so she sees what is happening.
            QTimer.singleShot(0, lambda: self._attempt(initial_passphrase, from_env=True))

    # -- actions -------------------------------------------------------------------------------
    def _edited(self, text: str) -> None:
        self.unlock_button.setEnabled(bool(text) and not self._busy)

    def try_unlock(self) -> None:
        passphrase = self.passphrase_field.text()
        if not passphrase or self._busy:
            return
        self._attempt(passphrase, from_env=False)

    def _attempt(self, passphrase: str, *, from_env: bool) -> None:
        self._set_busy(True)
        if not from_env:
            self.message_label.setText("Unlocking…")
        self.runner.run(
            open_store, self.store_dir, passphrase,
            on_done=self._unlocked,
            on_error=lambda message, exc: self._failed(message, exc, from_env),
        )

    def _unlocked(self, store: Store) -> None:
        self.passphrase_field.clear()
        self._set_busy(False)
        self.store = store
        self.sig_attempt_finished.emit(True)
        self.accept()

    def _failed(self, message: str, exc: BaseException, from_env: bool) -> None:
        self._set_busy(False)
        if isinstance(exc, CannotUnlockError):
            text = WRONG_PASSPHRASE
            if from_env:
                text += " (the one in HEARTH_PASSPHRASE). Enter it here."
        else:
            text = message
        self.message_label.setText(text)
        self.passphrase_field.selectAll()
        self.passphrase_field.setFocus()
        self.sig_attempt_finished.emit(False)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        self.passphrase_field.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy and bool(self.passphrase_field.text()))
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def reject(self) -> None:
        if self._busy:
            return  # let the attempt finish; the store must not be left half-open
        self.passphrase_field.clear()
        super().reject()
