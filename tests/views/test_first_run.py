"""The first-run wizard creates her encrypted store."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWizard

from app.models.store import Store
from app.views.first_run import IMPORT_LATER, FirstRunWizard

GOOD = "kitchen table lantern"


def _next(qtbot, wizard: FirstRunWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    if not button.isVisible():
        button = wizard.button(QWizard.WizardButton.CommitButton)
    assert button.isEnabled(), f"next is disabled on page {wizard.currentId()}"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_wizard_creates_a_passphrase_store(qtbot, tmp_path, sync_runner, shot) -> None:
    folder = tmp_path / "mine"
    wizard = FirstRunWizard(folder, sync_runner, use_keyring=False)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    assert wizard.currentId() == FirstRunWizard.INTRO
    assert "passphrase" in wizard.intro_page.key_label.text()
    shot(wizard, "first_run_1_intro")
    _next(qtbot, wizard)

    page = wizard.passphrase_page
    assert wizard.currentId() == FirstRunWizard.PASSPHRASE
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    qtbot.keyClicks(page.first_field, "short")
    assert "at least 10 characters" in page.feedback.text()
    assert not commit.isEnabled()
    page.first_field.clear()
    qtbot.keyClicks(page.first_field, GOOD)
    qtbot.keyClicks(page.second_field, GOOD + "x")
    assert page.feedback.text() == "The two passphrases differ."
    assert not commit.isEnabled()
    qtbot.keyClick(page.second_field, Qt.Key.Key_Backspace)
    assert commit.isEnabled() and commit.text() == "Create my store"
    shot(wizard, "first_run_2_passphrase")
    _next(qtbot, wizard)

    assert wizard.currentId() == FirstRunWizard.CREATE
    assert wizard.store is not None and wizard.store.header.key_mode == "passphrase"
    assert page.first_field.text() == ""  # not kept once the store exists
    assert "ready" in wizard.create_page.status_label.text()
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    shot(wizard, "first_run_3_created")
    _next(qtbot, wizard)

    assert wizard.currentId() == FirstRunWizard.IMPORT
    assert wizard.import_page.later_button.text() == IMPORT_LATER
    assert wizard.import_page.later_button.isChecked()
    shot(wizard, "first_run_4_import")
    with qtbot.waitSignal(wizard.accepted, timeout=2000):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton),
                         Qt.MouseButton.LeftButton)
    assert wizard.import_paths == []
    wizard.store.close()
    with Store.open(folder, passphrase=GOOD) as reopened:
        assert reopened.header.key_mode == "passphrase"


def test_import_now_asks_for_files_and_cancel_after_creation_keeps_the_store(
        qtbot, tmp_path, pool_runner, monkeypatch) -> None:
    bundle = tmp_path / "bundle.json"
    bundle.write_text("{}")
    answers = [([], ""), ([str(bundle)], "")]  # first she closes the picker, then picks one
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: answers.pop(0)))
    wizard = FirstRunWizard(tmp_path / "mine", pool_runner, use_keyring=False)
    qtbot.addWidget(wizard)
    wizard.show()
    _next(qtbot, wizard)
    qtbot.keyClicks(wizard.passphrase_page.first_field, GOOD)
    qtbot.keyClicks(wizard.passphrase_page.second_field, GOOD)
    _next(qtbot, wizard)
    assert wizard.create_page.progress.isVisible()  # created in the background
    wizard.reject()  # Escape while the store is being written: ignored
    assert wizard.isVisible()
    qtbot.waitUntil(lambda: wizard.store is not None, timeout=10_000)
    _next(qtbot, wizard)
    wizard.import_page.now_button.setChecked(True)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert wizard.isVisible()  # picker closed without files: still on the last page
    with qtbot.waitSignal(wizard.accepted, timeout=2000):
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert wizard.import_paths == [Path(bundle)]
    wizard.store.close()


def test_keyring_mode_skips_the_passphrase(qtbot, tmp_path, sync_runner,
                                           secret_service) -> None:
    wizard = FirstRunWizard(tmp_path / "mine", sync_runner)  # detects the keyring
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.use_keyring is True
    assert "keyring" in wizard.intro_page.key_label.text()
    _next(qtbot, wizard)
    assert wizard.currentId() == FirstRunWizard.CREATE
    assert wizard.store is not None and wizard.store.header.key_mode == "keyring"
    wizard.store.close()
