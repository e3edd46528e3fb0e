"""Start-up flows: demo on a fresh machine, set-up from the demo, unlocking, run_gui."""

from __future__ import annotations

import sys
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.models.store import Store
from app.views import app as gui_app
from app.views.app import GuiSession, run_gui
from app.views.first_run import FirstRunWizard
from app.views.main_window import MainWindow
from app.views.unlock_dialog import WRONG_PASSPHRASE
from tests.views.conftest import PANEL, PASSPHRASE, fill_panel

NEW_PASSPHRASE = "a new home for my panel"


@pytest.fixture
def demo_generator(monkeypatch: pytest.MonkeyPatch) -> int:
    """The real demo generator when it is there, else a stand-in that adds the test panel.
    Returns how many patients the demo panel has."""
    try:
        import app.demo.generator  # noqa: F401
    except ImportError:
        fake = types.ModuleType("app.demo.generator")
        fake.build_demo_panel = lambda store, **_kw: fill_panel(store)  # type: ignore[attr-defined]
        monkeypatch.setitem(sys.modules, "app.demo.generator", fake)
        return len(PANEL)
    return gui_app.DEMO_PATIENTS


@pytest.fixture
def existing_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("existing") / "store"
    with Store.create(folder, mode="passphrase", passphrase=PASSPHRASE) as store:
        fill_panel(store)
    return folder


def _when_modal(qtbot: Any, action: Callable[[Any], None],
                ready: Callable[[Any], bool] = lambda _d: True) -> None:
    """Run ``action(dialog)`` once a modal dialog is up and ``ready`` (it blocks the test in
    exec())."""
    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or not modal.isVisible() or not ready(modal):
            QTimer.singleShot(20, poll)
            return
        action(modal)
    QTimer.singleShot(0, poll)


def test_fresh_machine_shows_demo_then_set_up_switches_to_her_store(
        qtbot, qapp, tmp_path, sync_runner, demo_generator, shot) -> None:
    store_dir = tmp_path / "my-store"
    session = GuiSession(qapp, sync_runner, store_dir)
    try:
        assert session.start(demo=False) is None
        window = session.window
        assert isinstance(window, MainWindow)
        qtbot.addWidget(window)
        demo_dir = Path(session.demo_dir.name)
        assert demo_dir.exists() and not store_dir.exists()
        assert window.demo and window.banner.isVisible() and window.setup_button.isVisible()
        assert window.count_label.text() == f"{demo_generator} patients"
        shot(window, "startup_demo")

        def drive(wizard: FirstRunWizard) -> None:
            assert isinstance(wizard, FirstRunWizard)
            shot(wizard, "startup_wizard_over_demo")
            wizard.next()
            if wizard.currentId() == FirstRunWizard.PASSPHRASE:
                wizard.passphrase_page.first_field.setText(NEW_PASSPHRASE)
                wizard.passphrase_page.second_field.setText(NEW_PASSPHRASE)
                wizard.next()
            assert wizard.store is not None
            wizard.next()
            wizard.accept()

        _when_modal(qtbot, drive)
        window.setup_button.click()  # runs the wizard (modal) until drive() accepts it

        assert session.store is not None and session.store.folder == store_dir
        assert Store.exists(store_dir)
        assert not demo_dir.exists()  # the demo store is closed and deleted
        assert not window.demo and not window.banner.isVisible()
        assert window.windowTitle() == "Hearth"
        assert window.stack.currentWidget() is window._empty_page
    finally:
        session.shutdown()


def test_existing_store_unlocks_with_env_passphrase(qtbot, qapp, existing_store, sync_runner,
                                                    monkeypatch) -> None:
    monkeypatch.setenv("HEARTH_PASSPHRASE", PASSPHRASE)
    session = GuiSession(qapp, sync_runner, existing_store)
    try:
        assert session.start(demo=False) is None
        window = session.window
        assert isinstance(window, MainWindow)
        qtbot.addWidget(window)
        assert not window.demo and not window.banner.isVisible()
        assert window.count_label.text() == "8 patients"
    finally:
        session.shutdown()
    assert session.store is None


def test_existing_store_quit_at_unlock_exits_cleanly(qtbot, qapp, existing_store, sync_runner,
                                                     monkeypatch) -> None:
    monkeypatch.setenv("HEARTH_PASSPHRASE", "wrong passphrase here")
    seen: list[str] = []

    def quit_dialog(dialog: Any) -> None:
        seen.append(dialog.message_label.text())
        dialog.reject()

    _when_modal(qtbot, quit_dialog,
                ready=lambda d: d.message_label.text().startswith(WRONG_PASSPHRASE))
    session = GuiSession(qapp, sync_runner, existing_store)
    assert session.start(demo=False) == 0
    assert seen and seen[0].startswith(WRONG_PASSPHRASE)
    assert session.window is None and session.store is None


def test_run_gui_demo_end_to_end(qapp, tmp_path, demo_generator, monkeypatch) -> None:
    folders: list[Path] = []
    real = gui_app.make_demo_store

    def recording(folder: Path, **kw: Any) -> Store:
        folders.append(folder)
        return real(folder, **kw)

    monkeypatch.setattr(gui_app, "make_demo_store", recording)
    state: dict[str, Any] = {}

    def close_when_loaded() -> None:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        if windows and windows[0].model.rowCount() > 0:
            state["title"] = windows[0].windowTitle()
            state["status"] = windows[0].status_label.text()
            windows[0].close()  # the last window: Hearth quits
        else:
            QTimer.singleShot(50, close_when_loaded)

    QTimer.singleShot(0, close_when_loaded)
    try:
        code = run_gui(store_dir=tmp_path / "unused", demo=True, argv=["hearth"])
    finally:
        qapp.setQuitOnLastWindowClosed(True)
    assert code == 0
    assert state["title"] == "Hearth — Demo panel"
    assert state["status"] == "Offline — not connected to a server"
    assert qapp.applicationName() == "Hearth" and qapp.organizationName() == "Hearth"
    assert folders and not folders[0].exists() and not folders[0].parent.exists()
    assert not (tmp_path / "unused").exists()


def test_keyring_store_opens_directly(qtbot, qapp, tmp_path, sync_runner,
                                      secret_service) -> None:
    folder = tmp_path / "store"
    with Store.create(folder, mode="keyring") as store:
        fill_panel(store)
    session = GuiSession(qapp, sync_runner, folder)
    try:
        assert session.start(demo=False) is None
        assert session.window is not None
        qtbot.addWidget(session.window)
        assert session.window.count_label.text() == "8 patients"
    finally:
        session.shutdown()


def test_keyring_store_without_its_key_says_why_and_exits(qtbot, qapp, tmp_path, sync_runner,
                                                          secret_service) -> None:
    from app.models import keys

    folder = tmp_path / "store"
    with Store.create(folder, mode="keyring") as store:
        keys.keyring_delete(store.store_id, store.header.key_id)
    seen: list[str] = []

    def close_box(box: Any) -> None:
        seen.append(box.text())
        box.accept()

    _when_modal(qtbot, close_box)
    session = GuiSession(qapp, sync_runner, folder)
    try:
        session.start(demo=False)
        assert session.exit_code == 3
        assert seen and "keyring" in seen[0]
    finally:
        session.shutdown()
