"""First start: set up her own encrypted store.

Pages: what the store is and where its key will be kept -> (passphrase mode only) choose a
passphrase, typed twice, checked for strength -> the store is created in the background ->
import FHIR bundles now, or later. After ``exec()`` returns Accepted, :attr:`FirstRunWizard.store`
is the opened store and :attr:`FirstRunWizard.import_paths` the files she chose (maybe none).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.models import keys
from app.models.store import Store
from app.views.background import Runner
from app.views.main_window import BUNDLE_FILTER

IMPORT_NOW = "Import FHIR bundles now"
IMPORT_LATER = "Later (sync with the clinic server arrives in a later release)"


def create_store(folder: Path, mode: str, passphrase: str | None) -> Store:
    return Store.create(folder, mode=mode, passphrase=passphrase)


def _wrapped(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


class IntroPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle("Set up your Hearth store")
        self.setSubTitle("Hearth keeps your panel on this computer, so it works without a "
                         "connection.")
        layout = QVBoxLayout(self)
        layout.addWidget(_wrapped(
            "Your patients, visit notes and medication lists are kept in one <b>encrypted "
            "store</b> (AES-256). Without its key nobody can read it, even if the laptop is "
            "lost or stolen.", self))
        layout.addWidget(_wrapped(f"<b>Store folder:</b> {wizard.store_dir}", self))
        self.key_label = _wrapped("Checking for your computer's keyring…", self)
        layout.addWidget(self.key_label)
        layout.addStretch(1)

    def key_known(self, use_keyring: bool) -> None:
        if use_keyring:
            self.key_label.setText(
                "<b>Key:</b> kept in your computer's keyring, unlocked when you log in. You "
                "will not need a passphrase to open Hearth.")
        else:
            self.key_label.setText(
                "<b>Key:</b> this computer has no keyring Hearth can use, so you will choose a "
                "passphrase on the next page. Hearth asks for it each time it starts.")
        self.setCommitPage(use_keyring)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self._wizard.use_keyring is not None

    def nextId(self) -> int:  # noqa: N802
        return FirstRunWizard.CREATE if self._wizard.use_keyring else FirstRunWizard.PASSPHRASE


class PassphrasePage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.setTitle("Choose a passphrase")
        self.setSubTitle(f"At least {keys.MIN_PASSPHRASE} characters. A few unrelated words "
                         "are easy to type and hard to guess.")
        self.setCommitPage(True)
        layout = QVBoxLayout(self)

        first_label = QLabel("&Passphrase:", self)
        self.first_field = QLineEdit(self)
        self.first_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.first_field.setAccessibleName("New passphrase")
        first_label.setBuddy(self.first_field)
        second_label = QLabel("&Repeat the passphrase:", self)
        self.second_field = QLineEdit(self)
        self.second_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.second_field.setAccessibleName("Repeat the passphrase")
        second_label.setBuddy(self.second_field)
        for field in (self.first_field, self.second_field):
            field.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText
                                      | Qt.InputMethodHint.ImhNoPredictiveText
                                      | Qt.InputMethodHint.ImhSensitiveData)
            field.textChanged.connect(self._changed)
        self.show_box = QCheckBox("&Show the passphrase", self)
        self.show_box.toggled.connect(self._toggle_echo)

        self.feedback = QLabel("", self)
        self.feedback.setWordWrap(True)
        self.feedback.setAccessibleName("Passphrase check")

        layout.addWidget(first_label)
        layout.addWidget(self.first_field)
        layout.addWidget(second_label)
        layout.addWidget(self.second_field)
        layout.addWidget(self.show_box)
        layout.addWidget(self.feedback)
        layout.addWidget(_wrapped(
            "<b>Write it down and keep it somewhere safe.</b> If the passphrase is lost, the "
            "store cannot be opened: nobody, not even your IT team, can recover it.", self))
        layout.addStretch(1)

    def passphrase(self) -> str:
        return self.first_field.text()

    def clear(self) -> None:
        self.first_field.clear()
        self.second_field.clear()

    def problem(self) -> str | None:
        first, second = self.first_field.text(), self.second_field.text()
        if not first:
            return ""
        weak = keys.check_passphrase_strength(first)
        if weak:
            return weak[:1].upper() + weak[1:] + "."
        if not second:
            return "Now type it again below."
        if first != second:
            return "The two passphrases differ."
        return None

    def _changed(self) -> None:
        problem = self.problem()
        self.feedback.setText("✓ Good: the passphrases match." if problem is None else problem)
        self.completeChanged.emit()

    def _toggle_echo(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.first_field.setEchoMode(mode)
        self.second_field.setEchoMode(mode)

    def isComplete(self) -> bool:  # noqa: N802
        return self.problem() is None


class CreatePage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle("Creating your store")
        self.setSubTitle("Hearth writes your encrypted store; this takes a few seconds.")
        layout = QVBoxLayout(self)
        self.status_label = _wrapped("Creating your encrypted store…", self)
        self.status_label.setAccessibleName("Set-up status")
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName("Creating the store")
        self.retry_button = QPushButton("&Try again", self)
        self.retry_button.hide()
        self.retry_button.clicked.connect(self.start)
        layout.addWidget(self.status_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.running = False

    def initializePage(self) -> None:  # noqa: N802
        self.start()

    def start(self) -> None:
        if self._wizard.store is not None or self.running:
            return
        self.running = True
        self.retry_button.hide()
        self.progress.show()
        self.status_label.setText("Creating your encrypted store…")
        self._wizard.start_create(self._created, self._failed)

    def _created(self, store: Store) -> None:
        self.running = False
        self.progress.hide()
        how = ("Its key is kept in your computer's keyring."
               if store.header.key_mode == "keyring" else "Only your passphrase opens it.")
        self.status_label.setText(f"<b>Your encrypted store is ready.</b><br>{how}")
        self.completeChanged.emit()

    def _failed(self, message: str) -> None:
        self.running = False
        self.progress.hide()
        self.status_label.setText(f"<b>The store could not be created.</b><br>{message}")
        self.retry_button.show()
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self._wizard.store is not None


class ImportPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle("Bring in your patients")
        self.setSubTitle("Hearth reads FHIR R4 bundles exported from your clinic's record "
                         "system.")
        layout = QVBoxLayout(self)
        self.now_button = QRadioButton(IMPORT_NOW, self)
        self.later_button = QRadioButton(IMPORT_LATER, self)
        self.later_button.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.now_button)
        group.addButton(self.later_button)
        layout.addWidget(self.now_button)
        layout.addWidget(_wrapped("&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;You choose the files next; "
                                  "a summary shows what came in.", self))
        layout.addSpacing(6)
        layout.addWidget(self.later_button)
        layout.addWidget(_wrapped("&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;You can import any time "
                                  "with File → Import FHIR bundles…", self))
        layout.addStretch(1)

    def validatePage(self) -> bool:  # noqa: N802
        if not self.now_button.isChecked():
            self._wizard.import_paths = []
            return True
        paths = self._wizard.ask_import_paths()
        if not paths:
            return False  # she closed the file picker: stay here
        self._wizard.import_paths = paths
        return True


class FirstRunWizard(QWizard):
    INTRO, PASSPHRASE, CREATE, IMPORT = range(4)

    sig_store_created = Signal(object)

    def __init__(self, store_dir: Path, runner: Runner, parent: QWidget | None = None, *,
                 use_keyring: bool | None = None, import_dir: str | None = None) -> None:
        super().__init__(parent)
        self.store_dir = Path(store_dir)
        self.runner = runner
        self.use_keyring: bool | None = None
        self.store: Store | None = None
        self.import_paths: list[Path] = []
        self.import_dir = import_dir
        self.setWindowTitle("Set up Hearth")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.CommitButton, "Create my store")
        self.setButtonText(QWizard.WizardButton.FinishButton, "Open my panel")
        self.setMinimumSize(620, 460)

        self.intro_page = IntroPage(self)
        self.passphrase_page = PassphrasePage(self)
        self.create_page = CreatePage(self)
        self.import_page = ImportPage(self)
        self.setPage(self.INTRO, self.intro_page)
        self.setPage(self.PASSPHRASE, self.passphrase_page)
        self.setPage(self.CREATE, self.create_page)
        self.setPage(self.IMPORT, self.import_page)
        self.setStartId(self.INTRO)

        if use_keyring is None:
            self.runner.run(keys.keyring_available, on_done=self._keyring_known,
                            on_error=lambda _m, _e: self._keyring_known(False))
        else:
            self._keyring_known(use_keyring)

    def _keyring_known(self, available: bool) -> None:
        self.use_keyring = bool(available)
        self.intro_page.key_known(self.use_keyring)

    # -- creating the store --------------------------------------------------------------------
    def start_create(self, on_created: Any, on_failed: Any) -> None:
        mode = "keyring" if self.use_keyring else "passphrase"
        passphrase = None if self.use_keyring else self.passphrase_page.passphrase()

        def created(store: Store) -> None:
            self.passphrase_page.clear()
            self.store = store
            self.sig_store_created.emit(store)
            on_created(store)

        self.runner.run(create_store, self.store_dir, mode, passphrase,
                        on_done=created, on_error=lambda message, _exc: on_failed(message))

    # -- import choice -------------------------------------------------------------------------
    def ask_import_paths(self) -> list[Path]:
        start = self.import_dir or str(Path.home())
        names, _ = QFileDialog.getOpenFileNames(self, "Import FHIR bundles", start,
                                                BUNDLE_FILTER)
        return [Path(n) for n in names]

    def reject(self) -> None:
        if self.create_page.running:
            return  # the store is being written: let that finish
        if self.store is not None:
            # The store exists now; closing the wizard means "later" for the import.
            self.import_paths = []
            self.accept()
            return
        self.passphrase_page.clear()
        super().reject()
