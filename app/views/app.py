"""Start the desktop app: pick the store, open it, show the panel.

- ``--demo``: a throwaway encrypted store in a temporary folder (a random passphrase kept in
  memory only), filled with invented patients, deleted at exit.
- No store yet at ``store_dir``: the same demo panel, so a fresh install shows a living app;
  its banner's "Set up my own store…" opens the first-run wizard, and the window then
  switches to her new store (the demo store is closed and deleted).
- A store exists: keyring mode opens directly; passphrase mode asks in the unlock dialog
  (``HEARTH_PASSPHRASE``, if set, is tried first).

Every store operation runs through the :class:`~app.views.background.Runner`.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import logging
import os
import secrets
import signal
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app.models import keys
from app.models.errors import HearthError
from app.models.store import Store
from app.settings import Settings, load_settings
from app.views.background import Runner, user_message
from app.views.first_run import FirstRunWizard
from app.views.main_window import MainWindow
from app.views.unlock_dialog import UnlockDialog
from app.views.workspace.i18n import install_translator
from app.views.workspace.settings_dialog import apply_font_scale

log = logging.getLogger(__name__)

DEMO_PATIENTS = 24


def make_demo_store(folder: Path, *, patients: int = DEMO_PATIENTS) -> Store:
    """A new passphrase-mode store in ``folder`` filled with the demo panel. Its passphrase
    is random and never leaves this process's memory: the store dies with the session."""
    from app.demo.generator import build_demo_panel

    store = Store.create(folder, mode="passphrase", passphrase=secrets.token_urlsafe(24))
    try:
        build_demo_panel(store, patients=patients)
    except BaseException:
        store.close()
        raise
    return store


class GuiSession(QObject):
    """Owns what the GUI has open: the window, the store, the demo folder. One per run."""

    def __init__(self, app: QApplication, runner: Runner, store_dir: Path, *,
                 settings: dict[str, Any] | None = None,
                 app_settings: Settings | None = None) -> None:
        super().__init__()
        self.app = app
        self.runner = runner
        self.store_dir = Path(store_dir)
        self.settings = dict(settings or {})
        self.app_settings = app_settings or Settings()
        self.window: MainWindow | None = None
        self.store: Store | None = None
        self.demo_dir: tempfile.TemporaryDirectory[str] | None = None
        self.exit_code = 0

    # -- start-up ------------------------------------------------------------------------------
    def start(self, *, demo: bool) -> int | None:
        """Open what should be open. Returns an exit code if Hearth should stop right away."""
        if demo or not Store.exists(self.store_dir):
            self.start_demo(offer_setup=not Store.exists(self.store_dir))
            return None
        try:
            header = self.runner.call(Store.read_header, self.store_dir)
        except Exception as exc:  # noqa: BLE001 - shown, then Hearth stops
            return self._fatal(exc)
        if header.key_mode == "keyring":
            self._show_window(None, demo=False)
            assert self.window is not None
            self.window.set_loading_text("Opening your store…")
            self.runner.run(Store.open, self.store_dir, on_done=self._opened,
                            on_error=lambda _m, exc: self._fatal(exc, quit_loop=True))
            return None
        dialog = UnlockDialog(self.store_dir, self.runner,
                              initial_passphrase=os.environ.get(keys.PASSPHRASE_ENV) or None)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.store is None:
            return 0
        self.store = dialog.store
        self._show_window(dialog.store, demo=False)
        return None

    def start_demo(self, *, offer_setup: bool) -> None:
        self.demo_dir = tempfile.TemporaryDirectory(prefix="hearth-demo-")
        self._show_window(None, demo=True, offer_setup=offer_setup)
        assert self.window is not None
        self.window.set_loading_text("Preparing the demo panel…")
        self.runner.run(make_demo_store, Path(self.demo_dir.name) / "store",
                        on_done=self._demo_ready, on_error=self._demo_failed)

    def _show_window(self, store: Store | None, *, demo: bool, offer_setup: bool = True) -> None:
        self.window = MainWindow(store, self.runner, demo=demo, settings=self.settings,
                                 offer_setup=offer_setup, app_settings=self.app_settings)
        self.window.sig_setup_requested.connect(self.set_up_own_store)
        if store is not None:  # transitions of care: open new ones, escalate missed steps
            self.window.transitions_refresher.set_store(store)
        self.window.show()

    def _opened(self, store: Store) -> None:
        self.store = store
        if self.window is not None:
            self.window.set_store(store, demo=False, offer_setup=False)

    def _demo_ready(self, store: Store) -> None:
        self.store = store
        if self.window is not None:
            self.window.set_store(store, demo=True)
        log.info("demo panel ready")

    def _demo_failed(self, message: str, _exc: BaseException) -> None:
        if self.window is not None:
            self.window.set_loading_text(f"The demo panel could not be prepared.\n{message}")

    def _fatal(self, exc: BaseException, *, quit_loop: bool = False) -> int:
        code = exc.exit_code if isinstance(exc, HearthError) else 1
        QMessageBox.critical(self.window, "Hearth cannot open your store", user_message(exc))
        self.exit_code = code
        if quit_loop and self.window is not None:
            # Closing the last window ends app.exec(); run_gui then returns exit_code.
            # (QApplication.exit() outside exec() would break every later event loop.)
            self.window.close()
        return code

    # -- set-up from the demo ------------------------------------------------------------------
    def set_up_own_store(self) -> None:
        if self.window is None:
            return
        wizard = FirstRunWizard(self.store_dir, self.runner, self.window,
                                import_dir=self.settings.get("import_dir"))
        accepted = wizard.exec() == QDialog.DialogCode.Accepted
        if not accepted or wizard.store is None:
            return
        self.switch_to(wizard.store)
        if wizard.import_paths:
            self.window.import_files(wizard.import_paths)

    def switch_to(self, store: Store) -> None:
        """Leave the demo for her own store: the demo store is closed and deleted."""
        self.runner.wait_for_done()
        old, self.store = self.store, store
        assert self.window is not None
        self.window.set_store(store, demo=False, offer_setup=False)
        if old is not None:
            old.close()
        self._drop_demo_dir()

    # -- shutdown ------------------------------------------------------------------------------
    def shutdown(self) -> None:
        if not self.runner.wait_for_done(120_000):
            log.warning("background work still running at exit")
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
        if self.store is not None:
            self.store.close()
            self.store = None
        self._drop_demo_dir()

    def _drop_demo_dir(self) -> None:
        if self.demo_dir is not None:
            with contextlib.suppress(OSError):
                self.demo_dir.cleanup()
            self.demo_dir = None


def run_gui(*, store_dir: Path, demo: bool, argv: list[str]) -> int:
    """Run the desktop app until she quits; returns the process exit code."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv)
    app.setApplicationName("Hearth")
    app.setOrganizationName("Hearth")
    app.setQuitOnLastWindowClosed(False)  # no quitting while only a start-up dialog was shown

    # Ctrl+C in the terminal quits cleanly (Python handles signals only when it runs code).
    previous = None
    ticker = QTimer()
    with contextlib.suppress(ValueError):  # not on the main thread
        previous = signal.signal(signal.SIGINT, lambda *_: app.quit())
        ticker.timeout.connect(lambda: None)
        ticker.start(250)

    # The long-lived objects made at start-up (modules, Qt wrappers) leave the cyclic
    # collector's scans, so its pauses stay short while big results (a 5,000-patient
    # panel) are built.
    for module in ("app.models.store", "app.panel.service", "app.fhir.importer"):
        importlib.import_module(module)  # load the heavy modules before freezing
    gc.freeze()
    # Her settings (no patient data): language and font scale apply from the start.
    app_settings = load_settings()
    install_translator(app, app_settings.language)
    apply_font_scale(app, app_settings.font_scale)
    runner = Runner()
    session = GuiSession(app, runner, store_dir, app_settings=app_settings)
    try:
        code = session.start(demo=demo)
        if code is None:
            app.setQuitOnLastWindowClosed(True)
            code = app.exec()
            code = code or session.exit_code
        return code
    finally:
        ticker.stop()
        session.shutdown()
        runner.deleteLater()
        if previous is not None:
            signal.signal(signal.SIGINT, previous)
