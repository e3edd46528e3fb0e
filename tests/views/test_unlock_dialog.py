"""Unlocking a passphrase store: wrong, then right; never logging the passphrase."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from app.models.store import Store
from app.views.unlock_dialog import WRONG_PASSPHRASE, UnlockDialog
from tests.views.conftest import PASSPHRASE

WRONG = "not the right passphrase"


@pytest.fixture
def locked_store(tmp_path: Path) -> Path:
    folder = tmp_path / "store"
    Store.create(folder, mode="passphrase", passphrase=PASSPHRASE).close()
    return folder


def test_wrong_then_right_passphrase(qtbot, locked_store, pool_runner, shot,
                                     caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    dialog = UnlockDialog(locked_store, pool_runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    field = dialog.passphrase_field
    assert field.echoMode() == QLineEdit.EchoMode.Password
    assert field.accessibleName() == "Passphrase"
    assert not dialog.unlock_button.isEnabled()

    qtbot.keyClicks(field, WRONG)
    with qtbot.waitSignal(dialog.sig_attempt_finished, timeout=10_000) as attempt:
        qtbot.keyClick(field, Qt.Key.Key_Return)
        assert dialog.progress.isVisible()  # busy while the key is checked in the background
    assert attempt.args == [False]
    assert dialog.message_label.text() == WRONG_PASSPHRASE
    assert dialog.isVisible() and dialog.store is None
    assert field.isEnabled() and field.hasSelectedText()  # ready to type again
    shot(dialog, "unlock_wrong_passphrase")

    qtbot.keyClicks(field, PASSPHRASE)  # replaces the selected text
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert dialog.store is not None
    assert field.text() == ""
    dialog.store.close()
    assert PASSPHRASE not in caplog.text and WRONG not in caplog.text


def test_passphrase_from_environment_is_tried_first(qtbot, locked_store, sync_runner) -> None:
    dialog = UnlockDialog(locked_store, sync_runner, initial_passphrase=PASSPHRASE)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.show()
    assert dialog.store is not None
    dialog.store.close()


def test_wrong_passphrase_from_environment_asks_her(qtbot, locked_store, sync_runner) -> None:
    dialog = UnlockDialog(locked_store, sync_runner, initial_passphrase=WRONG)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.sig_attempt_finished, timeout=10_000):
        dialog.show()
    assert dialog.message_label.text().startswith(WRONG_PASSPHRASE)
    assert "HEARTH_PASSPHRASE" in dialog.message_label.text()
    assert dialog.isVisible() and dialog.store is None
