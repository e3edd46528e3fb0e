"""The Handouts dialog driven as a nurse would, in the real main window on a real encrypted store
with the demo panel: open the chart of a Spanish-speaking patient just home from the hospital,
open Handouts, find Spanish chosen and the suggested topics ticked, tick one more, watch the
preview grow, print (to a PDF printer: no system dialog in tests), and find the handouts
recorded on the visit's draft note."""

from __future__ import annotations

import dataclasses

import io
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import select

from app.demo.generator import build_demo_panel
from app.handouts import service as handouts
from app.models.entities import EducationRecord, Patient
from app.models.store import Store
from app.notes import service as notes
from app.views.handouts import HandoutsDialog
from app.views.handouts.dialog import print_pdf
from app.views.main_window import MainWindow
from app.views.notes.editor import NoteEditor
from tests.views.conftest import PASSPHRASE, show_active


@pytest.fixture
def demo(tmp_path: Path) -> Any:
    store = Store.create(tmp_path / "store", mode="passphrase", passphrase=PASSPHRASE)
    build_demo_panel(store, patients=8)
    yield store
    store.close()


def spanish_patient(store: Store) -> tuple[str, str]:
    """The Spanish-speaking patient just home from the hospital, and her draft visit note."""
    with store.session() as s:
        for p in s.scalars(select(Patient).where(Patient.language == "es")):
            draft = handouts.current_draft(s, p.id)
            if draft is not None:
                return p.id, draft.id
    raise AssertionError("the demo panel has a Spanish-speaking patient with a draft note")


def open_window(qtbot: Any, store: Store, runner: Any) -> MainWindow:
    window = show_active(qtbot, MainWindow(store, runner, demo=False, watch_system=False),
                         1280, 800)
    qtbot.waitUntil(lambda: window.model.total_count > 0, timeout=10_000)
    return window


def open_handouts(qtbot: Any, window: MainWindow, patient_id: str,
                  shot: Any = None) -> HandoutsDialog:
    window.open_patient(patient_id)
    chart = window._charts[patient_id]
    qtbot.waitUntil(lambda: chart.chart is not None, timeout=10_000)
    if shot is not None:
        shot(window, "handouts_0_chart_button")
    button = chart.handouts_button
    assert button.isVisible() and button.isEnabled() and button.text() == "H&andouts…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.last_dialog
    assert isinstance(dialog, HandoutsDialog)
    qtbot.waitUntil(lambda: dialog.isVisible(), timeout=5000)
    settle(qtbot, dialog)
    return dialog


def settle(qtbot: Any, dialog: HandoutsDialog) -> None:
    qtbot.waitUntil(lambda: dialog.choices is not None and not dialog.busy
                    and dialog.print_button.isEnabled(), timeout=30_000)


def snap(qtbot: Any, shot: Any, dialog: HandoutsDialog, name: str) -> None:
    """A screenshot once QPdfView has painted its pages (it renders them in the background)."""
    qtbot.wait(1200)
    shot(dialog, name)


def pdf_printer(path: Path) -> Any:
    def choose(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        return True
    return choose


def checked(dialog: HandoutsDialog) -> list[tuple[str, str | None]]:
    return [(i.kind, i.name) for i in dialog.selected_items()]


def test_a_nurse_previews_and_prints_spanish_handouts_offline(
        qtbot: Any, demo: Store, pool_runner: Any, shot: Any, tmp_path: Path) -> None:
    store = demo
    pid, draft_id = spanish_patient(store)
    window = open_window(qtbot, store, pool_runner)
    window.app_settings = dataclasses.replace(window.app_settings, care_team_name="Willow Creek Care Team",
                                              care_team_phone="(541) 555-0100")  # Settings
    dialog = open_handouts(qtbot, window, pid, shot)

    # Spanish is chosen (her language); the schedule and the suggested topics are ticked.
    assert dialog.lang_combo.currentData() == "es"
    assert dialog.windowTitle().startswith("Handouts — ")
    ticked = checked(dialog)
    assert ticked[0] == ("schedule", None)
    assert ("topic", "copd") in ticked and ("topic", "hospital_discharge") in ticked
    copd = dialog.row_for("topic", "copd")
    assert copd is not None and copd.text() == "Cómo vivir con EPOC  (suggested)"
    assert "COPD on the problem list" in copd.toolTip()
    assert "draft visit note" in dialog.record_note.text()
    assert dialog.list.currentItem() is dialog.row_for("schedule")
    first_pages = dialog.page_count
    assert first_pages > 0 and dialog.preview is not None
    assert dialog.preview.pages == first_pages
    assert "Preview: " in dialog.preview_status.text()
    with pdfplumber.open(io.BytesIO(dialog.preview.pdf)) as pdf:  # the care team from Settings
        assert "(541) 555-0100" in "\n".join(p.extract_text() or "" for p in pdf.pages)
    snap(qtbot, shot, dialog, "handouts_1_spanish_suggested")

    # Tick one more topic, by keyboard: the preview is made again with it.
    safety = dialog.row_for("topic", "medicine_safety")
    assert safety is not None and safety.checkState() == Qt.CheckState.Unchecked
    dialog.list.setFocus()
    dialog.list.setCurrentItem(safety)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Space)
    assert safety.checkState() == Qt.CheckState.Checked
    assert not dialog.print_button.isEnabled()  # the preview is out of date until it is made
    qtbot.waitUntil(lambda: dialog.page_count > first_pages, timeout=30_000)
    settle(qtbot, dialog)
    rendered = {r.item.name: r for r in dialog.preview.rendered}
    assert rendered["medicine_safety"].title == "Cómo tomar sus medicinas sin riesgos"
    assert dialog.page_count == sum(r.pages for r in dialog.preview.rendered)
    snap(qtbot, shot, dialog, "handouts_2_topic_ticked")

    # Print: the system print dialog is replaced by a PDF printer; no network is needed.
    out = tmp_path / "printed.pdf"
    dialog.choose_printer = pdf_printer(out)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Recorded" in dialog.status.text() or "Not " in dialog.status.text(),
                    timeout=60_000)
    assert "Recorded on the draft visit note" in dialog.status.text(), dialog.status.text()
    snap(qtbot, shot, dialog, "handouts_3_printed")
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) == dialog.page_count
        sizes = [(p.width > p.height) for p in pdf.pages]
    assert sizes[0] is True  # the pill card is landscape, and prints so
    assert sizes[-1] is False

    # Recorded on the visit: the education record and the note's Education section.
    record = dialog.last_record
    assert record is not None and record.note_id == draft_id
    with store.session() as s:
        row = s.get(EducationRecord, record.id)
        assert row.how == "printed" and row.note_id == draft_id
        assert {i["kind"] for i in row.items} == {"schedule", "topic"}
        assert all(i["lang"] == "es" for i in row.items)
        note = notes.load_note(s, draft_id)
    education = note.sections["education"]
    assert education["topic"].startswith("Handouts given (Spanish): Medicine schedule; ")
    assert "Taking your medicines safely" in education["topic"]
    assert education["method"] == "written"


def test_the_open_note_gets_the_line_typed_in_and_saves_it(
        qtbot: Any, demo: Store, sync_runner: Any, tmp_path: Path) -> None:
    store = demo
    pid, draft_id = spanish_patient(store)
    window = open_window(qtbot, store, sync_runner)
    window.open_note(draft_id)
    editor = window._editors[draft_id]
    assert isinstance(editor, NoteEditor)
    dialog = open_handouts(qtbot, window, pid)
    dialog.choose_printer = pdf_printer(tmp_path / "printed.pdf")
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Recorded" in dialog.status.text(), timeout=60_000)
    assert "open visit note" in dialog.status.text()
    topic = editor.controls[("education", "topic")].value()
    assert topic.startswith("Handouts given (Spanish): Medicine schedule")
    assert editor.controls[("education", "method")].value() == "written"
    assert editor.flush(synchronous=True)
    with store.session() as s:
        assert notes.load_note(s, draft_id).sections["education"]["topic"] == topic


def test_save_as_pdf_writes_one_whole_file_and_says_it_is_not_encrypted(
        qtbot: Any, demo: Store, sync_runner: Any, tmp_path: Path) -> None:
    store = demo
    pid, _draft = spanish_patient(store)
    window = open_window(qtbot, store, sync_runner)
    dialog = open_handouts(qtbot, window, pid)
    asked: list[str] = []
    dialog.choose_file = lambda suggested: (asked.append(suggested), str(tmp_path / "out"))[1]
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Recorded" in dialog.status.text(), timeout=30_000)
    assert Path(asked[0]).name == "handouts.pdf"  # no patient name in a file name we make up
    saved = tmp_path / "out.pdf"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("out")) == ["out.pdf"]
    with pdfplumber.open(saved) as pdf:
        assert len(pdf.pages) == dialog.page_count
        assert "Mis medicinas" in (pdf.pages[0].extract_text() or "")
    assert "not encrypted" in dialog.saved_box.text()
    assert dialog.last_record is not None
    with store.session() as s:
        assert s.get(EducationRecord, dialog.last_record.id).how == "saved"


def test_language_large_print_and_nothing_ticked(qtbot: Any, demo: Store, sync_runner: Any,
                                                 shot: Any) -> None:
    store = demo
    pid, _draft = spanish_patient(store)
    window = open_window(qtbot, store, sync_runner)
    dialog = open_handouts(qtbot, window, pid)
    normal = dialog.page_count

    dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findData("en"))
    settle(qtbot, dialog)
    assert dialog.row_for("topic", "copd").text() == "Living with COPD  (suggested)"
    assert {r.lang for r in dialog.preview.rendered} == {"en"}
    dialog.large_check.setChecked(True)
    settle(qtbot, dialog)
    assert dialog.page_count > normal
    assert all(r.large_print for r in dialog.preview.rendered)
    snap(qtbot, shot, dialog, "handouts_4_english_large_print")

    for row in dialog.rows():
        row.setCheckState(Qt.CheckState.Unchecked)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.preview is None and dialog.page_count == 0
    assert "Tick a handout" in dialog.preview_status.text()
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()


def test_keyboard_reaches_everything_and_it_fits_a_small_screen(qtbot: Any, demo: Store,
                                                                sync_runner: Any) -> None:
    store = demo
    pid, _draft = spanish_patient(store)
    window = open_window(qtbot, store, sync_runner)
    dialog = open_handouts(qtbot, window, pid)
    assert dialog.width() <= 1280 and dialog.height() <= 800
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1000 and hint.height() <= 700
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    dialog.list.setFocus()
    seen = []
    for _ in range(12):
        seen.append(dialog.focusWidget())
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    for widget in (dialog.list, dialog.lang_combo, dialog.large_check, dialog.view,
                   dialog.print_button, dialog.save_button, dialog.close_button):
        assert widget in seen, widget.accessibleName()
        assert widget.accessibleName() or widget is dialog.close_button
    assert dialog.print_button.isDefault()


def test_print_pdf_turns_each_page_with_the_paper(qapp: Any, tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import landscape, letter
    from reportlab.pdfgen import canvas

    def one_page(size: Any) -> bytes:
        buffer = io.BytesIO()
        c = canvas.Canvas(buffer, pagesize=size)
        c.drawString(72, 72, "page")
        c.showPage()
        c.save()
        return buffer.getvalue()

    from app.handouts.pdf import join_pdfs

    pdf = join_pdfs([one_page(landscape(letter)), one_page(letter), one_page(letter)])
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "p.pdf"))
    assert print_pdf(pdf, printer, max_dpi=100) == 3
    with pdfplumber.open(tmp_path / "p.pdf") as out:
        assert [p.width > p.height for p in out.pages] == [True, False, False]


def test_no_handouts_in_her_language_and_no_note_to_record_on(
        qtbot: Any, demo: Store, sync_runner: Any, tmp_path: Path) -> None:
    store = demo
    with store.session() as s:
        other = next(p for p in s.scalars(select(Patient))
                     if p.language not in (None, "en", "es"))
        no_draft = next(p.id for p in s.scalars(select(Patient))
                        if handouts.current_draft(s, p.id) is None)
        other_id, display = other.id, other.language_display
    window = open_window(qtbot, store, sync_runner)
    dialog = open_handouts(qtbot, window, other_id)
    assert dialog.lang_combo.currentData() == "en"
    assert dialog.lang_note.isVisibleTo(dialog)
    assert f"no handouts in {display}" in dialog.lang_note.text()
    dialog.reject()

    dialog = open_handouts(qtbot, window, no_draft)
    assert "on no note" in dialog.record_note.text()
    dialog.choose_printer = pdf_printer(tmp_path / "printed.pdf")
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Recorded" in dialog.status.text(), timeout=60_000)
    assert "no visit note for this visit" in dialog.status.text()
    assert dialog.last_record is not None and dialog.last_record.note_id is None
