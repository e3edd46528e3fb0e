"""The chart, the note editor and viewer, the med rec worksheet, the Handouts dialog and the
care-coordination screens (Transitions, Call list, Care gaps, Dashboard, the View menu) in
Spanish: built on the demo panel with hearth_es.qm installed, their labels, buttons, tab
titles and cell texts read Spanish, and their keyboard mnemonics do not clash. Screenshots:
tests/artifacts/es_*.png."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMessageBox,
    QTableView,
    QWidget,
)
from sqlalchemy import select

from app.chart.service import load_chart
from app.demo.generator import build_demo_panel
from app.handouts import service as handouts
from app.medrec import worksheet as medrec
from app.models.entities import Patient, VisitNote
from app.models.store import Store
from app.notes.service import load_note, start_note
from app.views.chart import ChartWidget
from app.views.coordination.chart_extension import install_chart_coordination
from app.views.handouts import HandoutsDialog
from app.views.medrec import MedRecWidget
from app.views.medrec.dialogs import AddSourceDialog
from app.views.notes import NoteEditor
from app.views.notes.viewer import AddendumDialog, NoteViewer
from app.views.workspace.i18n import install_translator
from tests.views.conftest import PASSPHRASE, show_active

# The main window's menus in Spanish (&Archivo, &Editar, A&yuda): Alt+A, Alt+E, Alt+Y.
MENU_KEYS = {"A", "E", "Y"}
# ... and &Ver (Alt+V), which the workspace pages avoid too; the chart's "&Vitales y labs"
# tab shares it (as "&View" and "&Vitals && labs" do in English).
WORKSPACE_KEYS = MENU_KEYS | {"V"}
VISIT = dt.datetime(2026, 11, 29, 15, 0, tzinfo=dt.timezone.utc)


@pytest.fixture
def spanish(qapp: Any) -> Iterator[None]:
    assert install_translator(qapp, "es")
    try:
        yield
    finally:
        install_translator(qapp, "en")


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Store]:
    store = Store.create(tmp_path / "store", mode="passphrase", passphrase=PASSPHRASE)
    build_demo_panel(store, patients=8)
    yield store
    store.close()


def mnemonic(text: str) -> str | None:
    key = QKeySequence.mnemonic(text)
    return key.toString().split("+")[-1].upper() if not key.isEmpty() else None


def visible_mnemonics(root: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of every visible button and buddy label under ``root``."""
    found = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root.window()):
            continue
        if isinstance(w, QAbstractButton) or (isinstance(w, QLabel) and w.buddy() is not None):
            letter = mnemonic(w.text())
            if letter:
                found.append((letter, w.text()))
    return found


def assert_no_clash(pairs: list[tuple[str, str]], reserved: set[str] = frozenset()) -> None:
    seen: dict[str, str] = {}
    for letter, text in pairs:
        assert letter not in reserved, f"{text!r} takes Alt+{letter}, kept for a menu"
        assert letter not in seen, f"{text!r} and {seen[letter]!r} both take Alt+{letter}"
        seen[letter] = text


def page_texts(root: QWidget) -> set[str]:
    """The texts of the visible buttons, labels and group boxes under ``root``."""
    found = set()
    for w in root.findChildren(QWidget):
        if w.isVisibleTo(root.window()):
            if isinstance(w, (QAbstractButton, QLabel)):
                found.add(w.text())
            elif isinstance(w, QGroupBox):
                found.add(w.title())
    return found


def headers(view: QTableView) -> list[str]:
    model = view.model()
    return [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]


def discharged_patient(store: Store) -> str:
    """A patient with a recent discharge and medicines (the worksheet has rows)."""
    with store.session() as s:
        best = None
        for pid in s.scalars(select(Patient.id)):
            chart = load_chart(s, pid)
            if chart.days_since_discharge is not None and chart.prescribed:
                if best is None or chart.days_since_discharge < best[0]:
                    best = (chart.days_since_discharge, pid)
        assert best is not None
        return best[1]


def spanish_speaking_patient(store: Store) -> str:
    with store.session() as s:
        for p in s.scalars(select(Patient).where(Patient.language == "es")):
            if handouts.current_draft(s, p.id) is not None:
                return p.id
    raise AssertionError("the demo panel has a Spanish-speaking patient with a draft note")


# -- the chart ---------------------------------------------------------------------------------
def test_the_chart_is_spanish(qtbot, spanish, demo, sync_runner, shot) -> None:  # noqa: ANN001
    pid = discharged_patient(demo)
    with demo.session() as s:
        chart = load_chart(s, pid)
    widget = ChartWidget()
    # As the main window opens it: the referral, result and log sections, the care plan,
    # care gaps and social needs sections.
    widget.set_services(demo, sync_runner)
    install_chart_coordination(widget, demo, sync_runner, pid)
    show_active(qtbot, widget, 1280, 800)
    widget.set_chart(chart)

    tabs = [widget.tabs.tabText(i) for i in range(widget.tabs.count())]
    # "Monitoreo" has no letter: every letter of it is a tab's or a page's already
    # (Ctrl+PgDown reaches it).
    assert tabs == ["&Resumen", "&Problemas", "&Medicamentos", "&Vitales y labs",
                    "Encuentro&s", "Plan de c&uidados", "&Derivaciones", "&Tareas",
                    "&Notas", "Necesidades s&ociales", "&Comunicaciones",
                    "Prue&bas y resultados", "Monitoreo"]
    assert widget.tabs.tabToolTip(0) == "Resumen (Alt+1)"
    assert widget.handouts_button.text() == "&Folletos…"
    assert widget.accessibleName().startswith("Historia de ")
    # Every tab's mnemonic, the Handouts button's and the menus' are different letters.
    tab_keys = [(mnemonic(t), t) for t in tabs if mnemonic(t)] + [
        (mnemonic(widget.handouts_button.text()), widget.handouts_button.text())]
    assert_no_clash(tab_keys, MENU_KEYS)

    header = widget.header
    assert header.allergy_label.text().startswith("<b>Alergias:</b>")
    assert "Médico de cabecera" in header.care_label.text()
    assert "Estado de reanimación" in header.care_label.text()
    assert "Teléfono" in header.contact_label.text()

    summary = widget.summary
    assert [summary.boxes[k].title() for k, _ in summary.CARDS] == [
        "Alta hospitalaria", "Tareas abiertas", "Problemas activos", "Medicamentos",
        "Últimos signos vitales", "Próximas citas"]
    assert summary.labels["discharge"].text().startswith("<b>Alta ")
    assert "Según lo prescrito" in summary.labels["meds"].text()
    shot(widget, "es_chart_summary")

    # Each page: its texts in Spanish, and its own mnemonics clash with no tab nor menu.
    for key in ("problems", "medications", "vitals", "encounters", "care_plan", "referrals",
                "tasks", "notes", "social", "communication", "results", "monitoring"):
        widget.show_tab(key)
        qtbot.wait(10)
        assert_no_clash(tab_keys + visible_mnemonics(widget.pages[key]), MENU_KEYS)

    widget.show_tab("medications")
    meds = widget.medications
    assert meds.reconcile_button.text() == "Conciliar medicamentos…"
    assert meds.prescribed.label.text().startswith("Se&gún lo prescrito")
    assert meds.prescribed.model.horizontalHeaderItem(0).text() == "Medicamento"
    assert meds.prescribed.model.horizontalHeaderItem(3).text() == "Frecuencia"
    assert meds.prescribed.model.item(0, 0).text().endswith(" actuales") or \
        " actuales" in meds.prescribed.model.item(0, 0).text()
    shot(widget, "es_chart_medications")

    widget.show_tab("vitals")
    vitals = widget.vitals
    header_model = vitals.measures_model
    assert header_model.headerData(0, Qt.Orientation.Horizontal) == "Medición"
    assert vitals.readings_label.text().startswith("&Lecturas")
    flags = {vitals.readings_model.index(r, 2).data()
             for r in range(vitals.readings_model.rowCount())}
    assert flags <= {"", "—", "Alto", "Bajo", "Anormal", "Normal", "Muy alto", "Muy bajo",
                     "Críticamente alto", "Críticamente bajo", "Positivo", "Negativo"}
    shot(widget, "es_chart_vitals")

    widget.show_tab("tasks")
    tasks = widget.task_list
    assert tasks.model.headerData(1, Qt.Orientation.Horizontal) == "Tarea"
    assert tasks.model.headerData(4, Qt.Orientation.Horizontal) == "Vence"
    statuses = {tasks.model.index(r, 2).data() for r in range(tasks.model.rowCount())}
    assert statuses and statuses <= {"Abierta", "En curso", "Hecha", "Cancelada"}
    assert "tarea" in tasks.caption.text()
    assert tasks.toggle_button.text() in ("Marcar como &hecha", "Marcar como sin &hacer")
    shot(widget, "es_chart_tasks")

    widget.show_tab("encounters")
    kinds = {widget.encounters.model.index(r, 1).data()
             for r in range(widget.encounters.model.rowCount())}
    assert kinds & {"Hospitalización", "Visita a domicilio", "Consulta en clínica",
                    "Visita virtual", "Visita a urgencias"}
    assert "encuentro" in widget.encounters.caption.text()
    shot(widget, "es_chart_encounters")

    widget.show_tab("notes")
    assert widget.notes.new_button.text() == "Nueva nota de v&isita…"
    assert widget.notes.model.horizontalHeaderItem(0).text() == "Visita"
    shot(widget, "es_chart_notes")

    widget.show_tab("care_plan")
    shot(widget, "es_chart_care_plan")
    texts = page_texts(widget.pages["care_plan"])
    assert {"Re&gistrar revisión…", "Imprimir p&lan…", "Registrar ev&idencia…",
            "E&xcluir…", "Crear tarea"} <= texts
    assert any(t.startswith("Metas y objetivos") for t in texts)
    assert any(t.startswith("Brechas en la atención") for t in texts)
    shot(widget, "es_coord_chart_care_plan")
    widget.show_tab("social")
    assert "Re&gistrar un cribado…" in page_texts(widget.pages["social"])
    shot(widget, "es_chart_social")
    widget.show_tab("communication")
    assert widget.communication.details_label.text() == "Deta&lles"
    assert {"Re&gistrar llamada o mensaje…", "&Hacer un traspaso SBAR…"} <= \
        page_texts(widget.pages["communication"])
    shot(widget, "es_chart_communication")
    widget.show_tab("referrals")
    assert "Nueva der&ivación…" in page_texts(widget.pages["referrals"])
    shot(widget, "es_coord_chart_referrals")
    widget.show_tab("results")
    assert {"Empezar a se&guir una prueba…", "Buscar resu&ltados nuevos"} <= \
        page_texts(widget.pages["results"])
    shot(widget, "es_coord_chart_results")
    widget.show_tab("monitoring")
    texts = page_texts(widget.pages["monitoring"])
    assert {"Re&gistrar lectura…", "Empe&zar cronómetro", "Alertas", "Umbrales"} <= texts
    shot(widget, "es_coord_chart_monitoring")

    # Back to English: the chart retranslates itself, texts and all.
    install_translator(QApplication.instance(), "en")
    qtbot.waitUntil(lambda: widget.tabs.tabText(0) == "&Summary", timeout=2000)
    assert widget.handouts_button.text() == "H&andouts…"
    assert widget.summary.boxes["discharge"].title() == "Hospital discharge"
    assert widget.header.allergy_label.text().startswith("<b>Allergies:</b>")


# -- the note editor and viewer ------------------------------------------------------------------
def test_the_note_editor_and_viewer_are_spanish(qtbot, spanish, demo, sync_runner,
                                                 shot) -> None:  # noqa: ANN001
    pid = discharged_patient(demo)
    note = start_note(demo, pid, visit_at=VISIT)
    editor = show_active(qtbot, NoteEditor(demo, sync_runner, note, autosave_ms=60_000),
                         900, 1000)
    assert editor.sign_button.text() == "&Firmar…"
    assert editor.status_label.text().startswith("Guardado a las ")
    legend = [lbl.text() for lbl in editor.form.findChildren(QLabel)]
    assert "Los campos marcados con * son obligatorios para firmar. El borrador se guarda " \
           "solo mientras escribe." in legend
    specials = {c.widget.specialValueText() for c in editor.controls.values()
                if hasattr(c.widget, "specialValueText")}
    assert specials <= {"No registrado", "Sin fecha", ""} and "No registrado" in specials
    shot(editor, "es_note_editor")
    shot(editor.form, "es_note_form")  # the whole form, every section

    editor.ask_sign()
    box = editor.confirm_dialog
    assert isinstance(box, QMessageBox)
    assert box.text() == "¿Firmar esta nota ahora?"
    assert editor.sign_confirm_button.text() == "&Firmar nota"
    assert {b.text() for b in box.buttons()} == {"&Firmar nota", "&Seguir editando"}
    shot(box, "es_note_sign_question")
    box.reject()

    # A signed note from the demo panel, read-only, and the addendum dialog.
    with demo.session() as s:
        signed_id = s.scalars(select(VisitNote.id).where(VisitNote.status == "signed")).first()
        signed = load_note(s, signed_id)
    viewer = show_active(qtbot, NoteViewer(demo, sync_runner, signed), 900, 700)
    assert viewer.addendum_button.text() == "Añadir a&denda…"
    assert viewer.notice.text().startswith("Las notas firmadas no se pueden cambiar.")
    shot(viewer, "es_note_viewer")
    dialog = show_active(qtbot, AddendumDialog(signed), 560, 360)
    assert dialog.windowTitle() == "Añadir adenda"
    assert dialog.add_button.text() == "Añadir y &firmar"
    assert_no_clash(visible_mnemonics(dialog))
    shot(dialog, "es_note_addendum")
    dialog.reject()

    # Back to English while they are open: the editor's and the viewer's own texts follow.
    install_translator(QApplication.instance(), "en")
    qtbot.waitUntil(lambda: editor.sign_button.text() == "&Sign…", timeout=2000)
    assert editor.status_label.text().startswith("Saved ")
    assert editor.legend.text().startswith("Fields marked * are needed to sign.")
    assert viewer.addendum_button.text() == "Add a&ddendum…"


# -- the med rec worksheet -----------------------------------------------------------------------
def test_the_worksheet_is_spanish(qtbot, spanish, demo, sync_runner, shot) -> None:  # noqa: ANN001
    pid = discharged_patient(demo)
    worksheet = medrec.start_worksheet(demo, pid)
    widget = show_active(qtbot, MedRecWidget(demo, sync_runner, worksheet, check_delay_ms=0),
                         1280, 800)
    qtbot.waitUntil(lambda: widget.outcome is not None and not widget._checking, timeout=10_000)
    assert widget.add_button.text() == "Añadir una &lista…"
    assert widget.finalize_button.text() == "Finali&zar…"
    assert widget.lists_button.text() == "Listas"
    assert widget.title_label.text().startswith("<b>Conciliación de medicamentos</b>")
    assert widget.sources_label.text().startswith("<b>Listas:</b>")
    assert widget.hint.isVisible() and widget.hint_label.text().startswith(
        "Una mejor historia farmacoterapéutica posible requiere al menos dos fuentes")
    header = [lbl.text() for lbl in widget.column_header.findChildren(QLabel)]
    assert header == ["<b>Medicamento</b>", "<b>Indicado: lo que debería tomar</b>",
                      "<b>Real: lo que el paciente toma</b>", "<b>Decisión e intención</b>"]
    assert " decididos" in widget.status_label.text()
    assert widget.row_widgets
    panel = next(iter(widget.row_widgets.values())).panel
    assert panel.decision_combo.itemText(0) == "Decidir…"
    assert [panel.decision_combo.itemText(i) for i in range(1, panel.decision_combo.count())] \
        == ["Continuar", "Modificar", "Suspender", "Pausar", "Añadir",
            "Aclarar con el prescriptor"]
    assert panel.intent_combo.findText("Sin discrepancia") >= 0
    assert panel.problem_label.text() == "⚠ Falta una decisión"
    assert_no_clash(visible_mnemonics(widget), MENU_KEYS)
    shot(widget, "es_medrec_worksheet")

    dialog = AddSourceDialog(widget)
    show_active(qtbot, dialog, 620, 480)
    assert dialog.windowTitle() == "Añadir una lista de medicamentos"
    assert dialog.kind_combo.itemText(0) == "Frascos en el domicilio"
    assert dialog.ok_button.text() == "Añadir lista"
    dialog.lines_edit.setPlainText("furosemide 40 mg\nlisinopril 5 mg")
    assert dialog.count_label.text() == "2 líneas de medicamentos"
    assert_no_clash(visible_mnemonics(dialog))
    shot(dialog, "es_medrec_add_list")
    dialog.reject()

    # Back to English while it is open: the worksheet rebuilds its texts, rows and all.
    install_translator(QApplication.instance(), "en")
    qtbot.waitUntil(lambda: widget.add_button.text() == "&Add a list…", timeout=2000)
    assert widget.title_label.text().startswith("<b>Medication reconciliation</b>")
    assert [lbl.text() for lbl in widget.column_header.findChildren(QLabel)][0] == \
        "<b>Medicine</b>"
    panel = next(iter(widget.row_widgets.values())).panel
    assert panel.decision_combo.itemText(0) == "Decide…"


# -- the Handouts dialog -------------------------------------------------------------------------
def test_the_handouts_dialog_is_spanish(qtbot, spanish, demo, sync_runner,
                                        shot) -> None:  # noqa: ANN001
    pid = spanish_speaking_patient(demo)
    dialog = HandoutsDialog(demo, sync_runner, pid, debounce_ms=0)
    show_active(qtbot, dialog, 1180, 740)
    qtbot.waitUntil(lambda: dialog.choices is not None and not dialog.busy
                    and dialog.print_button.isEnabled(), timeout=30_000)
    assert dialog.windowTitle().startswith("Folletos — ")
    assert dialog.title_label.text().startswith("Folletos para ")
    assert dialog.print_button.text() == "Im&primir…"
    assert dialog.save_button.text() == "Guardar como P&DF…"
    assert dialog.close_button.text() == "Cerrar"
    assert dialog.large_check.text() == "Letra &grande (18 pt)"
    items = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert items[0] == "Para el paciente"
    assert items[1].startswith("Tarjeta de medicinas")
    assert "Para el médico de atención primaria" in items
    assert any(text.endswith("(sugerido)") for text in items)
    assert dialog.preview_status.text().startswith("Vista previa: ")
    assert dialog.preview_status.text().endswith(", en español.")
    assert dialog.record_note.text().startswith("Lo que imprima o guarde para el paciente")
    assert [dialog.lang_combo.itemText(i) for i in range(dialog.lang_combo.count())] == \
        ["Inglés", "Español"]
    assert_no_clash(visible_mnemonics(dialog))
    shot(dialog, "es_handouts")

    # Back to English while it is open: the dialog's own texts follow, the ticks stay.
    ticked = [row.checkState() for row in dialog.rows()]
    install_translator(QApplication.instance(), "en")
    qtbot.waitUntil(lambda: dialog.print_button.text() == "&Print…", timeout=2000)
    assert dialog.list.item(0).text() == "For the patient"
    assert dialog.title_label.text().startswith("Handouts for ")
    assert [row.checkState() for row in dialog.rows()] == ticked
    dialog.reject()


# -- the care-coordination screens ---------------------------------------------------------------
def test_the_coordination_screens_are_spanish(qtbot, spanish, demo, sync_runner,
                                              shot) -> None:  # noqa: ANN001
    from app.coordination import metrics as M
    from app.coordination import transitions
    from app.views.coordination.care_gaps import CareGapsPage
    from app.views.coordination.communication import CallListWidget
    from app.views.coordination.dashboard import (_NUMERATOR_TIP, _NUMERATOR_WORD, _SHORT,
                                                  DashboardWidget)
    from app.views.coordination.transitions import TransitionsWidget

    transitions.refresh(demo)  # what the app runs when a store opens
    page = show_active(qtbot, TransitionsWidget(demo, sync_runner), 1400, 820)
    assert page.heading.text() == "Transiciones de cuidados"
    assert headers(page.table) == ["Paciente", "Alta", "Centro", "LACE", "Contacto",
                                   "Visita a domicilio", "Seguimiento", "Estado"]
    if page.model.rowCount():
        page.table.selectRow(0)
        assert "Alta el " in page.detail_view.toPlainText()
    texts = page_texts(page)
    assert {"&Registrar un alta…", "&Contacto hecho…", "Visita a &domicilio hecha…",
            "Abrir &historia"} <= texts
    assert_no_clash(visible_mnemonics(page), WORKSPACE_KEYS)
    shot(page, "es_coord_transitions")

    calls = show_active(qtbot, CallListWidget(demo, sync_runner), 1200, 600)
    calls.reload()
    # the reasons are the rules' Spanish (title_es in the rule files), never their English
    from app.coordination import loops
    english = {r.title for name in loops.LOOP_RULE_FILES for r in loops.load_rules(name).rules}
    whys = [calls.model.data(calls.model.index(r, 2)) for r in range(calls.model.rowCount())]
    assert not [w for w in whys if any(w.startswith(e) for e in english)], whys
    assert headers(calls.table) == ["Vence", "Paciente", "Por qué", "Llamar a", "Teléfono",
                                    "Prioridad"]
    assert calls.log_button.text() == "Re&gistrar llamada…"
    assert "llamada" in calls.caption.text()
    assert_no_clash(visible_mnemonics(calls), WORKSPACE_KEYS)
    shot(calls, "es_coord_call_list")

    gaps = show_active(qtbot, CareGapsPage(demo, sync_runner), 1300, 760)
    assert gaps.caption.text().endswith("Seleccione una regla para ver solo sus pacientes.")
    assert headers(gaps.rules_table) == ["Brecha en la atención", "Abiertas", "Cerradas",
                                         "Excluidas", "% cerradas", "Fuente"]
    assert headers(gaps.patients_table)[:2] == ["Paciente", "Nacimiento"]
    assert_no_clash(visible_mnemonics(gaps), WORKSPACE_KEYS)
    shot(gaps, "es_coord_care_gaps")

    dashboard = show_active(qtbot, DashboardWidget(demo, sync_runner), 1400, 900)
    assert dashboard.heading.text() == "Indicadores"
    assert dashboard.tiles["readmission_rate"].title.text() == "Tasa de reingresos a 30 días"
    assert dashboard.tiles["readmission_rate"].definition_label.text().startswith(
        "Reingresos a 30 días divididos por los ingresos índice")
    assert_no_clash(visible_mnemonics(dashboard), WORKSPACE_KEYS)
    # the trend charts' month axis in Spanish ("ene 26", "feb", ...), from Qt's locale data
    axis = dashboard.chart_views["ed"].chart().axes(Qt.Orientation.Horizontal)[0]
    spanish_months = {"ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct",
                      "nov", "dic"}
    assert axis.categories() and all(c.split()[0] in spanish_months
                                     for c in axis.categories()), axis.categories()
    shot(dashboard, "es_coord_dashboard")
    # Every figure's name and definition (made in app/coordination/metrics.py) has its
    # Spanish: regenerate resources/translations/coordination_texts.py when one changes.
    words = [label for label, _unit in M.FIGURES.values()] + list(M.DEFINITIONS.values()) + \
        [*_NUMERATOR_WORD.values(), *_NUMERATOR_TIP.values(), *_SHORT.values()]
    untranslated = [w for w in words if QCoreApplication.translate("Metrics", w) == w]
    assert not untranslated


def test_the_view_menu_is_spanish(qtbot, spanish, demo, sync_runner, shot) -> None:  # noqa: ANN001
    from app.views.main_window import MainWindow

    window = MainWindow(demo, sync_runner, demo=False, settings=None, watch_system=False)
    show_active(qtbot, window, 1200, 720)
    menus = {a.text(): [i.text() for i in a.menu().actions() if not i.isSeparator()]
             for a in window.menuBar().actions() if a.menu() is not None}
    assert set(menus) >= {"&Archivo", "&Editar", "&Ver", "A&yuda"}
    assert menus["&Ver"] == ["&Panel", "&Mi día", "&Indicadores", "&Transiciones de cuidados",
                             "&Lista de llamadas", "&Brechas en la atención",
                             "&Cerrar pestaña de paciente o nota"]
    for items in menus.values():  # within one menu, every item its own letter
        assert_no_clash([(mnemonic(t), t) for t in items if mnemonic(t)])
    assert_no_clash([(mnemonic(t), t) for t in menus])
    window.show_transitions()
    window.show_call_list()
    window.show_care_gaps()
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert {"Transiciones", "Lista de llamadas", "Brechas en la atención"} <= set(tabs)
    shot(window, "es_coord_main_window")


def test_the_coordination_dialogs_are_spanish(qtbot, spanish, shot) -> None:  # noqa: ANN001
    """The dialogs a nurse fills in most: each reads Spanish, each letter used once."""
    from app.views.coordination.communication import LogEntryDialog, SbarDialog
    from app.views.coordination.monitoring import AddReadingDialog, LogTimeDialog
    from app.views.coordination.referrals import NewReferralDialog
    from app.views.coordination.results import OrderTestDialog
    from app.views.coordination.transitions import CancelDialog, DischargeDialog

    now = dt.datetime.now(dt.timezone.utc)
    dialogs = {
        "discharge": (DischargeDialog([("p1", "Abbott, Margaret")], clock=lambda: now),
                      "Registrar un alta"),
        "transition_cancel": (CancelDialog(), "Cerrar la transición"),
        "new_referral": (NewReferralDialog([]), "Nueva derivación"),
        "log_entry": (LogEntryDialog(), "Registrar una llamada o un mensaje"),
        "sbar": (SbarDialog(), "Traspaso SBAR"),
        "order_test": (OrderTestDialog(), "Seguir una prueba ordenada"),
        "add_reading": (AddReadingDialog(now), "Añadir lectura"),
        "log_time": (LogTimeDialog(now), "Registrar tiempo de atención"),
    }
    for name, (dialog, title) in dialogs.items():
        show_active(qtbot, dialog, dialog.sizeHint().width(), dialog.sizeHint().height())
        assert dialog.windowTitle() == title
        assert_no_clash(visible_mnemonics(dialog))
        shot(dialog, f"es_coord_dialog_{name}")
        dialog.reject()
