"""The sync screens in Spanish (hearth_es.qm installed): the File menu's sync items, the status
bar, the conflict screen and its refused-changes tab, and File → Connect to clinic server…
against the real server on loopback. Their mnemonics do not clash. Screenshots:
tests/artifacts/sync_es_*.png and sync_enroll_es_*.png."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStatusBar

from app.models.base import utcnow
from app.models.entities import Patient, Task, VisitNote
from app.views.background import Runner
from app.views.main_window import MainWindow
from app.views.sync.conflicts import ConflictsDialog
from app.views.sync.controller import IDLE, OFFLINE, SyncStatus
from app.views.sync.enroll_dialog import BAD_CODE, UNREACHABLE, EnrollDialog
from app.views.sync.status import SyncStatusWidget, describe
from app.views.workspace.i18n import install_translator
from tests.sync.conftest import _free_port
from tests.views.sync.test_enroll_dialog import (
    Tokens,
    _connect,
    _open_dialog,
    _shot,
    _store,
    _type,
    _window,
)
from tests.views.test_i18n_coverage import assert_no_clash, mnemonic, visible_mnemonics

UTC = dt.timezone.utc


@pytest.fixture
def spanish(qapp: Any) -> Iterator[None]:
    assert install_translator(qapp, "es")
    try:
        yield
    finally:
        install_translator(qapp, "en")


def _menu_shot(qtbot: Any, window: MainWindow, shot: Any, name: str) -> None:
    menu = window.file_menu
    menu.popup(window.mapToGlobal(window.rect().topLeft()))
    qtbot.waitExposed(menu)
    shot(menu, name)
    menu.hide()


def test_status_texts_in_spanish(spanish: None) -> None:
    now = dt.datetime(2026, 11, 29, 15, 0, tzinfo=UTC)
    assert describe(SyncStatus(), now).main == "Sin conexión — no conectado a un servidor"
    synced = SyncStatus(phase=IDLE, enrolled=True, last_sync_at=now - dt.timedelta(minutes=2),
                        server_url="https://hearth.clinic.example", nurse_name="Ann Lee")
    texts = describe(synced, now)
    assert texts.main == "Sincronizado hace 2 min"
    assert "Conectado a https://hearth.clinic.example como Ann Lee" in texts.tooltip
    assert describe(SyncStatus(phase="syncing", enrolled=True), now).main == "Sincronizando…"
    waiting = SyncStatus(phase=OFFLINE, enrolled=True, offline_since=now,
                         retry_at=now + dt.timedelta(seconds=30), pending=3,
                         oldest_pending_at=now - dt.timedelta(hours=2), conflicts=1,
                         quarantined=2)
    texts = describe(waiting, now)
    assert texts.main.startswith("Sin conexión desde ")
    assert texts.main.endswith("(reintento en 30 s)")
    assert texts.pending == "3 cambios sin sincronizar (el más antiguo: 2 h)"
    assert texts.conflicts == "1 conflicto por resolver"
    assert texts.quarantined == "2 cambios rechazados"


def test_the_status_bar_and_menu_in_spanish(qtbot: Any, spanish: None, empty_store: Any,
                                            sync_runner: Runner, shot: Any) -> None:
    window = MainWindow(empty_store, sync_runner, demo=False, watch_system=False)
    qtbot.addWidget(window)
    window.resize(1200, 720)
    window.show()
    qtbot.waitExposed(window)
    assert window.status_label.text() == "Sin conexión — no conectado a un servidor"
    assert window.enroll_action.text() == "&Conectar con el servidor de la clínica…"
    assert window.sync_now_action.text() == "Si&ncronizar ahora"
    assert window.sync_conflicts_action.text() == "C&onflictos de sincronización…"
    items = [(mnemonic(a.text()), a.text()) for a in window.file_menu.actions()
             if a.text() and mnemonic(a.text())]
    assert_no_clash(items)
    _menu_shot(qtbot, window, shot, "sync_es_file_menu")

    bar = QStatusBar()
    widget = SyncStatusWidget(bar)
    bar.addPermanentWidget(widget)
    qtbot.addWidget(bar)
    bar.resize(1100, 26)
    bar.show()
    qtbot.waitExposed(bar)
    now = utcnow()
    widget.set_status(SyncStatus(
        phase=OFFLINE, enrolled=True, offline_since=now - dt.timedelta(minutes=5),
        retry_at=now + dt.timedelta(seconds=30, milliseconds=500), pending=3,
        oldest_pending_at=now - dt.timedelta(hours=2), conflicts=2, quarantined=1,
        message="", device_name="Laptop 12", server_url="https://hearth.clinic.example",
        nurse_name="Ann Lee"))
    for _ in range(3):
        QApplication.processEvents()
    assert widget.main_label.text().endswith("(reintento en 30 s)")
    assert "2 conflictos por resolver" in widget.conflicts_link.text()
    assert "1 cambio rechazado" in widget.quarantine_link.text()
    assert widget.accessibleName() == "Estado de la sincronización"
    shot(bar, "sync_es_status_offline")
    widget.set_status(SyncStatus(phase="syncing", enrolled=True, pending=1,
                                 oldest_pending_at=now))
    for _ in range(3):
        QApplication.processEvents()
    assert widget.cancel_button.text() == "Detener"
    shot(bar, "sync_es_status_syncing")


def test_the_conflict_screen_in_spanish(qtbot: Any, spanish: None, devices: Any,
                                        sync_runner: Runner, shot: Any) -> None:
    a, b = devices
    with a.store.write() as s:
        p = Patient(given_name="Rosa", family_name="Diaz", birth_date=dt.date(1962, 1, 30))
        s.add(p)
        s.flush()
        task = Task(patient_id=p.id, title="Llamar a la farmacia", status="open")
        note = VisitNote(patient_id=p.id, sections={"assessment": "estable"})
        s.add_all([task, note])
    a.client.sync_once()
    b.client.sync_once()
    with a.store.write() as s:
        s.get(Task, task.id).title = "Llamar a la farmacia por la furosemida"
        n = s.get(VisitNote, note.id)
        n.status, n.signed_at = "signed", dt.datetime.now(UTC)
    with b.store.write() as s:
        s.get(Task, task.id).title = "Llamar a la farmacia antes del viernes"
        s.get(VisitNote, note.id).sections = {"assessment": "cambiado en b"}
    a.client.sync_once()
    report = b.client.sync_once()
    assert report.conflicts >= 1 and report.rejected == 1

    dialog = ConflictsDialog(b.store, sync_runner)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Conflictos de sincronización"
    qtbot.waitUntil(lambda: len(dialog.conflicts) >= 1, timeout=5_000)
    dialog.list.setCurrentRow(next(i for i, c in enumerate(dialog.conflicts)
                                   if c.field == "title"))
    c = dialog.current()
    assert c is not None and c.record.startswith("Tarea: ")
    assert dialog.tabs.tabText(0).startswith("Conflictos (")
    assert dialog.tabs.tabText(1) == "Cambios rechazados (1)"
    # (the in-memory server sends no device records: devices are named by their id)
    assert dialog.mine_panel.title().startswith("Mi versión — dispositivo ")
    assert dialog.mine_panel.title().endswith(" (este dispositivo)")
    assert dialog.theirs_panel.title().startswith("La otra versión — ")
    assert dialog.mine_panel.button.text() == "Conservar la &mía"
    assert dialog.theirs_panel.who.text().startswith("Por ")
    assert dialog.field_label.text().startswith("Campo: ")
    assert_no_clash(visible_mnemonics(dialog))
    shot(dialog, "sync_es_conflicts")

    dialog.show_tab("refused")
    table = dialog.refused_table
    assert [table.horizontalHeaderItem(i).text() for i in range(5)] == [
        "Cuándo", "Paciente", "Registro", "Cambio", "Motivo del servidor"]
    assert table.item(0, 1).text() == "Diaz, Rosa"
    assert table.item(0, 2).text() == "Nota de visita"
    for _ in range(3):
        QApplication.processEvents()
    shot(dialog, "sync_es_quarantine")
    dialog.close()


def test_connecting_in_spanish(qtbot: Any, spanish: None, tmp_path: Path,
                               live_server: dict[str, Any], pool_runner: Runner,
                               shot: Any) -> None:
    store = _store(tmp_path)
    tokens = Tokens()
    try:
        window = _window(qtbot, store, pool_runner, tokens)
        dialog = _open_dialog(qtbot, window)
        assert isinstance(dialog, EnrollDialog)
        assert dialog.windowTitle() == "Conectar con el servidor de la clínica"
        assert "La persona de informática de su clínica le da la dirección y un código" in \
            dialog.intro.text()
        assert dialog.connect_button.text() == "&Conectar"
        assert dialog.address_label.text() == "&Dirección del servidor:"
        assert_no_clash(visible_mnemonics(dialog))
        _shot(dialog, shot, "sync_enroll_es_empty")

        _type(qtbot, dialog.address_edit, f"http://127.0.0.1:{_free_port()}")
        _type(qtbot, dialog.code_edit, "K7P2-9QXM")
        _connect(qtbot, dialog)
        assert dialog.failure == UNREACHABLE
        assert dialog.message.text().startswith("Hearth no pudo comunicarse con ")
        _shot(dialog, shot, "sync_enroll_es_unreachable")

        _type(qtbot, dialog.address_edit, live_server["base"])
        _type(qtbot, dialog.code_edit, "MALO-CODE")
        _connect(qtbot, dialog)
        assert dialog.failure == BAD_CODE
        assert dialog.message.text().startswith("El servidor no aceptó este código")
        _shot(dialog, shot, "sync_enroll_es_bad_code")

        code, _expires = live_server["admin"].enroll_code(live_server["nurse"]["id"])
        _type(qtbot, dialog.code_edit, code)
        _connect(qtbot, dialog)
        assert dialog.enrolled is not None
        assert dialog.heading.text() == "Conexión establecida"
        assert "como Nurse One" in dialog.intro.text()
        assert dialog.close_button.text() == "Cerrar"
        _shot(dialog, shot, "sync_enroll_es_done")
        qtbot.waitUntil(lambda: window.sync is not None and window.sync.syncs_started >= 1
                        and not window.sync.running, timeout=30_000)
        assert window.status_label.text() == "Sincronizado hace un momento"
        assert window.enroll_action.text() == "&Conectada al servidor de la clínica…"
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
        for _ in range(3):
            QApplication.processEvents()
        shot(window, "sync_es_main_window")
    finally:
        pool_runner.wait_for_done(30_000)
        store.close()
