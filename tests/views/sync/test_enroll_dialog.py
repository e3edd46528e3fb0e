"""File → Connect to clinic server…, driven like a nurse would against the real clinic server
on loopback: a bad code, a good one (the first sync runs), a closed port, a certificate this
computer does not trust (then the clinic's certificate file), a store enrolled meanwhile.
Screenshots: tests/artifacts/sync_enroll_*.png."""

from __future__ import annotations

import datetime as dt
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.models.entities import Patient
from app.models.store import Store
from app.sync.engine import SyncClient, pending_count
from app.sync.transport import MemoryTokens
from app.views.background import Runner
from app.views.main_window import MainWindow
from app.views.sync.controller import IDLE, SyncController, default_client_factory
from app.views.sync.enroll_dialog import (
    ALREADY,
    BAD_CODE,
    CERTIFICATE,
    UNREACHABLE,
    EnrollDialog,
    read_connection,
)
from tests.conftest import TEST_PASSPHRASE
from tests.sync.conftest import _free_port, enrolled_client

pytest.importorskip("server.app")
pytest.importorskip("uvicorn")
FAST = {"interval_ms": 60_000, "backoff_min_ms": 100, "backoff_max_ms": 800}


class Tokens:
    """Device tokens in memory for the dialog and the controller (no OS keyring needed)."""

    def __init__(self) -> None:
        self.tokens = MemoryTokens()

    def factory(self, store: Any) -> SyncClient:
        client = default_client_factory(store)
        client.tokens = self.tokens
        return client


def _store(tmp_path: Path, name: str = "mine") -> Store:
    return Store.create(tmp_path / name, mode="passphrase", passphrase=TEST_PASSPHRASE)


def _window(qtbot: Any, store: Store, runner: Runner, tokens: Tokens) -> MainWindow:
    window = MainWindow(store, runner, demo=False, watch_system=False,
                        sync_options={"client_factory": tokens.factory, **FAST,
                                      "enroll_options": {"tokens": tokens.tokens,
                                                         "device_name": "Laptop 7"}})
    qtbot.addWidget(window)
    window.resize(1200, 720)
    window.show()
    qtbot.waitExposed(window)
    return window


def _open_dialog(qtbot: Any, window: MainWindow) -> EnrollDialog:
    """File → Connect to clinic server…"""
    qtbot.waitUntil(window.enroll_action.isEnabled, timeout=5_000)
    assert window.enroll_action in window.file_menu.actions()
    window.enroll_action.trigger()
    dialog = window.enroll_dialog
    assert isinstance(dialog, EnrollDialog)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.connection is not None, timeout=5_000)
    return dialog


def _type(qtbot: Any, edit: Any, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def _connect(qtbot: Any, dialog: EnrollDialog) -> None:
    assert dialog.connect_button.isEnabled()
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)
    for _ in range(3):
        QApplication.processEvents()


def _shot(dialog: EnrollDialog, shot: Any, name: str) -> None:
    for _ in range(3):
        QApplication.processEvents()
    shot(dialog, name)


# -- a bad code, then the good one: enrolled, and the first sync runs ----------------------------
def test_a_bad_code_then_a_good_one_enrols_and_syncs(qtbot: Any, tmp_path: Path,
                                                    live_server: dict[str, Any],
                                                    pool_runner: Runner, shot: Any) -> None:
    store = _store(tmp_path)
    tokens = Tokens()
    try:
        with store.write() as s:  # written before she connects: sent at the first sync
            s.add(Patient(given_name="Grace", family_name="Okafor",
                          birth_date=dt.date(1936, 9, 9)))
        window = _window(qtbot, store, pool_runner, tokens)
        assert window.sync is None
        assert window.enroll_action.text() == "Co&nnect to clinic server…"
        dialog = _open_dialog(qtbot, window)
        assert dialog.windowTitle() == "Connect to clinic server"
        assert "Your clinic's IT person gives you the address and a one-time code" in \
            dialog.intro.text()
        assert dialog.device_edit.text() == "Laptop 7"
        assert not dialog.connect_button.isEnabled()  # address and code first
        _shot(dialog, shot, "sync_enroll_empty")

        _type(qtbot, dialog.address_edit, live_server["base"])
        _type(qtbot, dialog.code_edit, "WRNG-CODE")
        _connect(qtbot, dialog)
        assert dialog.failure == BAD_CODE
        assert dialog.message_frame.isVisible()
        assert "did not accept this code" in dialog.message.text()
        assert dialog.code_edit.hasFocus()  # ready for her to type it again
        assert not read_connection(store).enrolled
        assert window.sync is None and dialog.enrolled is None
        _shot(dialog, shot, "sync_enroll_bad_code")

        code, _expires = live_server["admin"].enroll_code(live_server["nurse"]["id"])
        _type(qtbot, dialog.code_edit, code)
        _connect(qtbot, dialog)
        assert dialog.enrolled is not None and dialog.failure == ""
        assert dialog.enrolled["nurse"]["name"] == "Nurse One"
        assert "Connected to " + live_server["base"] + " as Nurse One" in dialog.intro.text()
        assert not dialog.connect_button.isVisible()
        assert dialog.close_button.text() == "Close"
        connection = read_connection(store)
        assert connection.enrolled and connection.server_url == live_server["base"]
        assert connection.nurse_name == "Nurse One"
        _shot(dialog, shot, "sync_enroll_done")

        # the status bar and the controller start syncing
        qtbot.waitUntil(lambda: isinstance(window.sync, SyncController), timeout=10_000)
        sync = window.sync
        assert sync is not None
        qtbot.waitUntil(lambda: sync.syncs_started >= 1 and not sync.running
                        and sync.status.server_url != "", timeout=30_000)
        assert sync.status.phase == IDLE, sync.status.message
        assert pending_count(store) == 0  # Grace went to the server
        assert read_connection(store).device_name == "Laptop 7"  # pulled from the server
        assert window.status_label.text() == "Synced just now"
        tip = window.status_label.toolTip()
        assert f"Connected to {live_server['base']} as Nurse One" in tip
        assert "This device: Laptop 7" in tip
        assert window.sync_now_action.isEnabled()
        assert window.enroll_action.text() == "Co&nnected to clinic server…"
        menu = window.file_menu
        menu.popup(window.mapToGlobal(window.rect().topLeft()))
        qtbot.waitExposed(menu)
        shot(menu, "sync_enroll_file_menu_connected")
        menu.hide()
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)

        # File → Connected to clinic server…: to which server, as whom
        again = _open_dialog(qtbot, window)
        qtbot.waitUntil(lambda: not again.form_box.isVisible(), timeout=5_000)
        assert "Connected to " + live_server["base"] + " as Nurse One" in again.intro.text()
        assert not again.connect_button.isVisible()
        _shot(again, shot, "sync_enroll_connected")
        again.reject()
    finally:
        pool_runner.wait_for_done(30_000)
        store.close()


# -- nothing listens on the port ----------------------------------------------------------------
def test_server_unreachable_says_so_and_leaves_the_store_alone(
        qtbot: Any, tmp_path: Path, pool_runner: Runner, shot: Any) -> None:
    store = _store(tmp_path)
    tokens = Tokens()
    try:
        window = _window(qtbot, store, pool_runner, tokens)
        dialog = _open_dialog(qtbot, window)
        address = f"http://127.0.0.1:{_free_port()}"  # a closed port
        _type(qtbot, dialog.address_edit, address)
        _type(qtbot, dialog.code_edit, "K7P2-9QXM")
        _connect(qtbot, dialog)
        assert dialog.failure == UNREACHABLE
        assert f"could not reach {address}" in dialog.message.text()
        assert dialog.address_edit.hasFocus()
        assert dialog.connect_button.isEnabled()  # she may try again
        assert not read_connection(store).enrolled and window.sync is None
        assert tokens.tokens.get(store.store_id) is None
        _shot(dialog, shot, "sync_enroll_unreachable")
        dialog.reject()
    finally:
        pool_runner.wait_for_done(30_000)
        store.close()


# -- enrolled meanwhile (e.g. with `hearth enroll`): refused, and she can see to which server ----
def test_already_enrolled_is_refused_and_shows_which_server(
        qtbot: Any, tmp_path: Path, live_server: dict[str, Any], pool_runner: Runner,
        shot: Any) -> None:
    client = enrolled_client(tmp_path, "a", live_server, device_name="Front desk laptop")
    client.sync_once()  # brings this device's record (its name) from the server
    store = client.store
    tokens = Tokens()
    try:
        dialog = EnrollDialog(store, pool_runner, tokens=tokens.tokens)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.connection is not None, timeout=5_000)
        # the dialog opened on an enrolled store: it says so, no form
        assert not dialog.form_box.isVisible()
        assert "as Nurse One" in dialog.intro.text()
        assert "Front desk laptop" in dialog.intro.text()
        # as if it had been enrolled while the dialog was open
        dialog._show_connection(dialog.connection.__class__())  # noqa: SLF001
        assert dialog.form_box.isVisible()
        code, _expires = live_server["admin"].enroll_code(live_server["nurse"]["id"])
        _type(qtbot, dialog.address_edit, "http://127.0.0.1:9")
        _type(qtbot, dialog.code_edit, code)
        _connect(qtbot, dialog)
        assert dialog.failure == ALREADY
        assert "already connected" in dialog.message.text()
        assert dialog.show_server_button.isVisible()
        qtbot.mouseClick(dialog.show_server_button, Qt.MouseButton.LeftButton)
        assert not dialog.form_box.isVisible()
        assert f"Connected to {live_server['base']} as Nurse One" in dialog.intro.text()
        assert "Front desk laptop" in dialog.intro.text()
        assert "already connected" in dialog.message.text()
        _shot(dialog, shot, "sync_enroll_already")
        assert client.state()["server_url"] == live_server["base"]  # untouched
        dialog.reject()
    finally:
        pool_runner.wait_for_done(30_000)
        store.close()


# -- a clinic certificate this computer does not trust ------------------------------------------
@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[dict[str, Any]]:
    """The clinic server over HTTPS with a self-made certificate for 127.0.0.1."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    uvicorn = pytest.importorskip("uvicorn")
    from server.admin import Admin
    from server.app import create_app
    from server.db import init_db

    cert, key = tmp_path / "clinic-ca.pem", tmp_path / "clinic-key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                    "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True, timeout=60)
    url = f"sqlite:///{tmp_path / 'tls-server.db'}"
    init_db(url)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(url), host="127.0.0.1", port=port,
                                           log_level="warning", lifespan="on",
                                           ssl_certfile=str(cert), ssl_keyfile=str(key)))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the server did not start")
        time.sleep(0.02)
    admin = Admin(url)
    try:
        nurse = admin.add_nurse("Ann Lee", "ann@clinic.test")
        yield {"base": f"https://127.0.0.1:{port}", "admin": admin, "nurse": nurse,
               "ca_file": str(cert)}
    finally:
        admin.close()
        server.should_exit = True
        thread.join(timeout=10)


CA_ENV = ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE")


def test_an_untrusted_certificate_then_the_clinic_certificate(
        qtbot: Any, tmp_path: Path, tls_server: dict[str, Any], pool_runner: Runner,
        shot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    store = _store(tmp_path)
    tokens = Tokens()
    try:
        window = _window(qtbot, store, pool_runner, tokens)
        dialog = _open_dialog(qtbot, window)
        code, _expires = tls_server["admin"].enroll_code(tls_server["nurse"]["id"])
        _type(qtbot, dialog.address_edit, tls_server["base"].removeprefix("https://"))
        _type(qtbot, dialog.code_edit, code)
        _connect(qtbot, dialog)
        assert dialog.failure == CERTIFICATE
        assert "does not trust the server's certificate" in dialog.message.text()
        assert not read_connection(store).enrolled
        _shot(dialog, shot, "sync_enroll_certificate")

        dialog.set_ca_file(tls_server["ca_file"])  # as chosen with "Choose…"
        assert dialog.ca_edit.text() == tls_server["ca_file"]
        _connect(qtbot, dialog)  # the same code: it was never used
        assert dialog.enrolled is not None, dialog.message.text()
        state = SyncClient(store, transport=None).state()  # type: ignore[arg-type]
        assert state["server_url"] == tls_server["base"]
        assert state["ca_file"] == str(Path(tls_server["ca_file"]).resolve())
        qtbot.waitUntil(lambda: window.sync is not None and window.sync.syncs_started >= 1
                        and not window.sync.running, timeout=30_000)
        assert window.sync.status.phase == IDLE, window.sync.status.message
        dialog.reject()
    finally:
        pool_runner.wait_for_done(30_000)
        store.close()


def test_the_clinic_certificate_wins_over_requests_ca_bundle(
        tmp_path: Path, tls_server: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    from app.views.sync.enroll_dialog import enroll_job

    monkeypatch.setenv("REQUESTS_CA_BUNDLE", "/etc/ssl/certs/ca-certificates.crt")
    store = _store(tmp_path)
    try:
        code, _expires = tls_server["admin"].enroll_code(tls_server["nurse"]["id"])
        info = enroll_job(store, tls_server["base"], code, "Laptop 9", tls_server["ca_file"],
                          tokens=MemoryTokens())
        assert info["nurse"]["name"] == "Ann Lee"
    finally:
        store.close()


def test_the_demo_cannot_be_connected(qtbot: Any, tmp_path: Path, sync_runner: Runner) -> None:
    store = _store(tmp_path)
    try:
        window = MainWindow(store, sync_runner, demo=True, watch_system=False)
        qtbot.addWidget(window)
        assert not window.enroll_action.isEnabled()
        window.show_enroll_dialog()
        assert window.enroll_dialog is None
    finally:
        store.close()


def test_default_device_name_is_the_host_name(qtbot: Any, tmp_path: Path,
                                              sync_runner: Runner) -> None:
    store = _store(tmp_path)
    try:
        dialog = EnrollDialog(store, sync_runner)
        qtbot.addWidget(dialog)
        assert dialog.device_edit.text() == (socket.gethostname() or "Hearth device")
    finally:
        store.close()


def test_a_plain_http_address_is_refused_before_anything_is_sent(
        qtbot: Any, tmp_path: Path, sync_runner: Runner) -> None:
    from app.views.sync.enroll_dialog import ADDRESS

    store = _store(tmp_path)
    try:
        dialog = EnrollDialog(store, sync_runner, tokens=MemoryTokens())
        qtbot.addWidget(dialog)
        dialog.show()
        _type(qtbot, dialog.address_edit, "http://hearth.clinic.example")
        _type(qtbot, dialog.code_edit, "K7P2-9QXM")
        _connect(qtbot, dialog)
        assert dialog.failure == ADDRESS
        assert "must start with https://" in dialog.message.text()
        assert not read_connection(store).enrolled
    finally:
        store.close()
