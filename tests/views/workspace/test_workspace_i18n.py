"""Translations: the Spanish .ts/.qm, install_translator, widgets retranslating themselves."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox

from app.settings import Settings
from app.views.workspace.i18n import TRANSLATIONS_DIR, install_translator
from app.views.workspace.my_day import MyDayWidget
from app.views.workspace.settings_dialog import SettingsDialog

ROOT = Path(__file__).resolve().parents[3]
TS = TRANSLATIONS_DIR / "hearth_es.ts"
VIEW_FOLDERS = ("workspace", "chart", "notes", "medrec", "handouts", "sync", "coordination")
SOURCES = sorted(path for folder in VIEW_FOLDERS
                 for path in (ROOT / "app" / "views" / folder).glob("*.py")) + [
    ROOT / "app" / "views" / "main_window.py",  # the menus and workspace tabs
    TRANSLATIONS_DIR / "main_screens.py",  # the main screens' texts, until they call tr()
    TRANSLATIONS_DIR / "note_templates.py",  # the note templates' texts (data)
    TRANSLATIONS_DIR / "coordination_texts.py"]  # the dashboard's figure names (domain)


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {(c.findtext("name") or "", m.findtext("source") or ""): m
            for c in root.iter("context") for m in c.iter("message")}


def test_install_translator_translates_and_switches_back(qapp: Any) -> None:
    try:
        assert install_translator(qapp, "es")
        assert QCoreApplication.translate("MyDayWidget", "My day") == "Mi día"
        assert QCoreApplication.translate("LockScreen", "Hearth is locked") == \
            "Hearth está bloqueado"
        assert QCoreApplication.translate("MyDayWidget", "%n overdue", None, 1) == "1 vencida"
        assert QCoreApplication.translate("MyDayWidget", "%n overdue", None, 3) == "3 vencidas"
        # The main screens' strings are in the file already, for when they call tr().
        assert QCoreApplication.translate("MainWindow", "Offline — not connected to a server") \
            == "Sin conexión — no conectado a un servidor"
        assert QCoreApplication.translate("SavedFilter", "High risk") == "Riesgo alto"
        # Qt's own texts (standard buttons) come from qtbase_es.qm.
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
        assert install_translator(qapp, "es")  # again: the old translators are replaced
    finally:
        assert install_translator(qapp, "en")
    assert QCoreApplication.translate("MyDayWidget", "My day") == "My day"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert not install_translator(qapp, "fr")  # no such file: English stays
    install_translator(qapp, "en")


def test_widgets_retranslate_when_the_language_changes(qtbot, qapp, task_store,
                                                       sync_runner, shot) -> None:
    widget = MyDayWidget(task_store, sync_runner)
    qtbot.addWidget(widget)
    widget.resize(1100, 420)
    widget.show()
    qtbot.waitExposed(widget)
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    assert widget.heading.text() == "My day"
    try:
        install_translator(qapp, "es")
        qtbot.waitUntil(lambda: widget.heading.text() == "Mi día", timeout=2_000)
        assert widget.new_button.text() == "&Nueva tarea…"
        assert widget.model.headerData(1, widget.table.horizontalHeader().orientation()) == \
            "Tarea"
        assert widget.model.index(0, 0).data().startswith("Vencidas (")
        assert dialog.windowTitle() == "Configuración"
        shot(widget, "workspace_my_day_es")
        cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        qtbot.waitUntil(lambda: cancel.text() == "&Cancelar" or cancel.text() == "Cancelar")
    finally:
        install_translator(qapp, "en")
    qtbot.waitUntil(lambda: widget.heading.text() == "My day", timeout=2_000)


def test_every_text_in_the_workspace_is_translated(tmp_path: Path) -> None:
    """lupdate over the workspace, the chart, the notes, med rec, handouts, sync, care
    coordination and the main window (and the lists of the main screens', the note templates'
    and the dashboard's figure texts) finds exactly the texts in hearth_es.ts, all finished:
    a new self.tr() text without its Spanish fails here."""
    messages = _messages(TS)
    unfinished = [key for key, m in messages.items()
                  if (m.find("translation").get("type") or "") in ("unfinished", "vanished",
                                                                   "obsolete")]
    assert not unfinished
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        lupdate = Path(shutil.which("pyside6-lupdate") or "")
    if not lupdate.is_file():
        pytest.skip("pyside6-lupdate is not installed")
    probe = tmp_path / "probe_es.ts"
    subprocess.run([str(lupdate), *map(str, SOURCES), "-ts", str(probe), "-silent"],
                   check=True, capture_output=True, timeout=60)
    found = set(_messages(probe))
    missing = sorted(found - set(messages))
    assert not missing, f"add these to {TS.name} (see resources/translations/README.md)"
    assert not sorted(set(messages) - found), "entries no source uses any more"
