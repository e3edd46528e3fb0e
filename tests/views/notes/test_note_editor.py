"""The visit-note editor driven like a nurse would: typing, autosave, reopening, signing,
addenda, the keyboard, a big font, and a process killed with the editor open."""

from __future__ import annotations

import datetime as dt
import os
import re
import select
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QMessageBox

from app.models.entities import Patient
from app.models.store import Store
from app.notes import service
from app.notes.service import drafts_for_recovery, load_note, start_note
from app.views.notes import NoteEditor
from app.views.notes import editor as editor_module
from app.views.notes.editor import CONFIRM_DETAIL, SaveGate, save_job
from tests.views.conftest import PASSPHRASE, show_active

ROOT = Path(__file__).resolve().parents[3]
SAVED_RE = re.compile(r"^Saved \d\d:\d\d$")
VISIT = dt.datetime(2026, 11, 29, 15, 0, tzinfo=dt.timezone.utc)


def add_patient(store: Any, given: str = "Margaret", family: str = "Abbott") -> str:
    with store.write() as s:
        p = Patient(given_name=given, family_name=family, birth_date=dt.date(1948, 3, 2))
        s.add(p)
        s.flush()
        return p.id


def open_editor(qtbot: Any, store: Any, runner: Any, note: Any, **kwargs: Any) -> NoteEditor:
    return show_active(qtbot, NoteEditor(store, runner, note, **kwargs), 900, 1000)


def widget(editor: NoteEditor, section: str, field: str) -> Any:
    return editor.controls[(section, field)].widget


def stored(store: Any, note_id: str) -> Any:
    with store.session() as s:
        return load_note(s, note_id)


@pytest.fixture
def note(empty_store: Any) -> Any:
    return start_note(empty_store, add_patient(empty_store), visit_at=VISIT)


def test_every_control_is_labelled_and_reachable_by_tab(qtbot, empty_store, sync_runner,
                                                        note) -> None:
    editor = open_editor(qtbot, empty_store, sync_runner, note, autosave_ms=60_000)
    buddies = {id(lbl.buddy()) for lbl in editor.findChildren(QLabel) if lbl.buddy()}
    focusable = [c.widget for c in editor.controls.values() if c.focusable]
    assert len(focusable) >= 40
    for control in editor.controls.values():
        w = control.widget
        assert w.accessibleName() == control.spec.label
        if control.focusable and not isinstance(w, QCheckBox):
            assert id(w) in buddies, control.key  # a label that names it
    first = focusable[0]
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    seen = [QApplication.focusWidget()]
    for _ in range(len(focusable)):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        current = QApplication.focusWidget()
        seen.append(current)
        assert not current.visibleRegion().isEmpty(), current.accessibleName()  # scrolled to
    assert seen == focusable + [editor.sign_button]  # in form order, then Sign


def test_typing_autosaves_and_reopening_shows_the_text(qtbot, empty_store, pool_runner,
                                                       note, shot) -> None:
    editor = open_editor(qtbot, empty_store, pool_runner, note, autosave_ms=50)
    assert SAVED_RE.match(editor.status_label.text())
    reason = widget(editor, "reason", "reason")
    reason.setFocus()
    with qtbot.waitSignal(editor.sig_saved, timeout=10_000) as blocker:
        qtbot.keyClicks(reason, "First visit after heart failure admission")
        assert editor.status_label.text() in ("Editing…", "Saving…")
    assert blocker.args == [note.id]
    qtbot.waitUntil(lambda: not editor.dirty, timeout=10_000)

    # Numbers, choices and the check box by keyboard.
    hr = widget(editor, "vitals", "heart_rate")
    hr.setFocus()
    qtbot.keyClicks(hr, "88")
    kind = widget(editor, "reason", "visit_kind")
    kind.setFocus()
    qtbot.keyClick(kind, Qt.Key.Key_Down)
    fell = widget(editor, "falls", "fallen_past_year")
    fell.setFocus()
    qtbot.keyClick(fell, Qt.Key.Key_Down)  # "Yes"
    med_rec = widget(editor, "medications", "med_rec_done")
    med_rec.setFocus()
    qtbot.keyClick(med_rec, Qt.Key.Key_Space)
    assert widget(editor, "falls", "screen").text().startswith("At risk")  # worked out live
    with qtbot.waitSignal(editor.sig_saved, timeout=10_000):
        pass
    qtbot.waitUntil(lambda: not editor.dirty, timeout=10_000)
    assert SAVED_RE.match(editor.status_label.text())

    loaded = stored(empty_store, note.id)
    assert loaded.sections["reason"] == {"visit_kind": "post_discharge",
                                         "reason": "First visit after heart failure admission"}
    assert loaded.sections["vitals"] == {"heart_rate": 88}
    assert loaded.sections["falls"] == {"fallen_past_year": "yes", "screen": "positive"}
    assert loaded.sections["medications"] == {"med_rec_done": True}

    again = open_editor(qtbot, empty_store, pool_runner, loaded, autosave_ms=50)
    assert widget(again, "reason", "reason").toPlainText() == (
        "First visit after heart failure admission")
    assert widget(again, "vitals", "heart_rate").value() == 88
    assert widget(again, "vitals", "spo2").text() == "Not recorded"
    assert widget(again, "reason", "visit_kind").currentData() == "post_discharge"
    assert widget(again, "medications", "med_rec_done").isChecked()
    assert not again.dirty
    again.close()

    # Screenshots: a filled-in form, then the same at twice the font size.
    fill(editor)
    qtbot.waitUntil(lambda: not editor.dirty, timeout=10_000)
    editor.scroll.verticalScrollBar().setValue(0)
    shot(editor, "notes_editor")
    editor.scroll.ensureWidgetVisible(widget(editor, "home_safety", "actions"))
    shot(editor, "notes_editor_screenings")
    font = editor.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    editor.setFont(font)
    QApplication.processEvents()
    assert widget(editor, "reason", "reason").font().pointSizeF() == font.pointSizeF()
    assert not editor.scroll.horizontalScrollBar().isVisible()  # nothing cut off at the side
    editor.scroll.verticalScrollBar().setValue(0)
    shot(editor, "notes_editor_200")
    editor.scroll.ensureWidgetVisible(widget(editor, "home_safety", "phone"))
    shot(editor, "notes_editor_200_checklist")


def fill(editor: NoteEditor) -> None:
    values = {
        ("reason", "present"): "Daughter (caregiver)",
        ("vitals", "bp_systolic"): 132, ("vitals", "bp_diastolic"): 78,
        ("vitals", "spo2"): 94, ("vitals", "temperature_f"): 98.6,
        ("vitals", "weight_lb"): 182.4, ("vitals", "pain"): 2,
        ("assessment", "findings"): "Mild ankle swelling both sides. Lungs clear.",
        ("falls", "unsteady"): "no", ("falls", "worried"): "yes", ("falls", "fall_count"): 2,
        ("home_safety", "floors"): "attention", ("home_safety", "bathroom"): "ok",
        ("home_safety", "actions"): "Hall rug removed with daughter.",
        ("cognition", "word_recall"): 2, ("cognition", "clock_draw"): "abnormal",
    }
    for key, value in values.items():
        editor.controls[key].set_value(value)


def test_flush_saves_at_once_and_in_the_calling_thread(qtbot, empty_store, pool_runner,
                                                       note) -> None:
    editor = open_editor(qtbot, empty_store, pool_runner, note, autosave_ms=60_000)
    plan = widget(editor, "plan", "plan")
    plan.setFocus()
    qtbot.keyClicks(plan, "Call the PCP")
    assert editor.dirty and editor.status_label.text() == "Editing…"
    assert stored(empty_store, note.id).sections == {}  # the timer has not fired yet
    assert editor.flush(synchronous=True) is True  # as before quitting or locking
    assert not editor.dirty and SAVED_RE.match(editor.status_label.text())
    assert stored(empty_store, note.id).sections == {"plan": {"plan": "Call the PCP"}}
    assert editor.flush(synchronous=True) is True  # nothing left: no write

    # Leaving a changed field saves it (in the background).
    qtbot.waitUntil(plan.hasFocus)
    qtbot.keyClicks(plan, " today")
    with qtbot.waitSignal(editor.sig_saved, timeout=10_000):
        qtbot.keyClick(plan, Qt.Key.Key_Tab)
    assert stored(empty_store, note.id).sections["plan"]["plan"] == "Call the PCP today"


def test_an_older_save_never_overwrites_a_newer_one(empty_store, note) -> None:
    gate = SaveGate(note.version)
    newer = save_job(empty_store, note.id, {"plan": {"plan": "newer"}}, 2, gate)
    assert newer is not None and newer[0] == 2
    assert save_job(empty_store, note.id, {"plan": {"plan": "older"}}, 1, gate) is None
    assert stored(empty_store, note.id).sections == {"plan": {"plan": "newer"}}


def test_failed_save_says_why_and_tries_again(qtbot, empty_store, pool_runner, note,
                                              monkeypatch) -> None:
    real = editor_module.save_draft
    calls: list[int] = []

    def flaky(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        if len(calls) == 1:
            raise OSError("disk full: Margaret Abbott")  # text that must not be shown
        return real(*args, **kwargs)

    monkeypatch.setattr(editor_module, "save_draft", flaky)
    editor = open_editor(qtbot, empty_store, pool_runner, note, autosave_ms=50)
    qtbot.keyClicks(widget(editor, "plan", "plan"), "Weigh daily")
    qtbot.waitUntil(lambda: editor.status_label.text().startswith("Not saved"), timeout=10_000)
    text = editor.status_label.text()
    assert text.startswith("Not saved — Something went wrong") and "Trying again" in text
    assert "Margaret" not in text
    with qtbot.waitSignal(editor.sig_saved, timeout=10_000):
        pass
    assert SAVED_RE.match(editor.status_label.text())
    assert stored(empty_store, note.id).sections == {"plan": {"plan": "Weigh daily"}}

    # Discarded elsewhere: said in words, no endless retry.
    service.discard_draft(empty_store, note.id)
    qtbot.keyClicks(widget(editor, "plan", "plan"), "!")
    qtbot.waitUntil(lambda: editor.status_label.text().startswith("Not saved"), timeout=10_000)
    assert editor.status_label.text() == (
        "Not saved — That note was not found (it may have been discarded)")


def test_sign_flow_and_addendum(qtbot, empty_store, pool_runner, note, shot) -> None:
    editor = open_editor(qtbot, empty_store, pool_runner, note, autosave_ms=50)
    signed: list[str] = []
    editor.sig_signed.connect(signed.append)
    qtbot.keyClicks(widget(editor, "reason", "reason"), "Post-discharge check")

    # "Keep editing" does nothing.
    qtbot.mouseClick(editor.sign_button, Qt.MouseButton.LeftButton)
    box = editor.confirm_dialog
    assert box is not None and box.isVisible()
    assert box.informativeText() == CONFIRM_DETAIL and "can't be changed" in CONFIRM_DETAIL
    assert box.defaultButton().text() == "&Keep editing"
    box.defaultButton().click()
    assert not signed and not editor.signed

    # Signing with required fields empty names them and goes to the first.
    editor.ask_sign()
    editor.sign_confirm_button.click()
    findings = widget(editor, "assessment", "findings")
    qtbot.waitUntil(editor.message_label.isVisible, timeout=10_000)
    assert editor.message_label.text() == (
        "Cannot sign yet: fill in Assessment › Findings, Plan.")
    qtbot.waitUntil(lambda: editor.focusWidget() is findings)  # focus goes there
    assert stored(empty_store, note.id).sections["reason"]["reason"] == "Post-discharge check"

    fill(editor)  # the rest of a real visit, for the screenshot
    findings.clear()
    qtbot.keyClicks(findings, "Ankles less swollen.")
    qtbot.keyClicks(widget(editor, "plan", "plan"), "Weigh daily; call if up 3 lb.")
    editor.ask_sign()
    with qtbot.waitSignal(editor.sig_signed, timeout=10_000) as blocker:
        editor.sign_confirm_button.click()  # no wait for autosave: signing saves first
    assert blocker.args == [note.id]
    assert editor.signed and editor.stack.currentWidget() is editor.viewer
    assert not editor.sign_button.isVisible()
    assert editor.status_label.text().startswith("Signed ")
    data = stored(empty_store, note.id)
    assert data.is_signed and service.verify_content(data)
    assert data.sections["plan"]["plan"] == "Weigh daily; call if up 3 lb."
    assert "Ankles less swollen." in editor.viewer.text_view.toPlainText()

    viewer = editor.viewer
    qtbot.mouseClick(viewer.addendum_button, Qt.MouseButton.LeftButton)
    dialog = viewer.dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.add_button.isEnabled()
    qtbot.keyClicks(dialog.text_field, "Weight was 182.4 lb, not 128.4 lb.")
    with qtbot.waitSignal(viewer.sig_addendum_added, timeout=10_000):
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    text = viewer.text_view.toPlainText()
    assert "ADDENDUM — signed" in text and text.index("Ankles") < text.index("not 128.4")
    assert viewer.message_label.text().startswith("Addendum added and signed")
    data = stored(empty_store, note.id)
    assert [a.sections["addendum"]["text"] for a in data.addenda] == [
        "Weight was 182.4 lb, not 128.4 lb."]
    assert data.addenda[0].amends_note_id == note.id
    viewer.text_view.verticalScrollBar().setValue(0)
    shot(editor, "notes_signed_addendum")


def test_a_signed_note_opens_read_only(qtbot, empty_store, sync_runner, note) -> None:
    service.save_draft(empty_store, note.id, {"reason": {"reason": "r"},
                                              "assessment": {"findings": "f"},
                                              "plan": {"plan": "p"}})
    service.sign_note(empty_store, note.id)
    editor = open_editor(qtbot, empty_store, sync_runner, stored(empty_store, note.id))
    assert editor.signed and editor.stack.currentWidget() is editor.viewer
    assert editor.flush(synchronous=True) is True
    assert "Signed notes can't be changed" in editor.viewer.notice.text()


def test_sigkill_with_the_editor_open_keeps_the_draft(tmp_path: Path, empty_store) -> None:
    add_patient(empty_store, "Harold", "Evans")
    folder = empty_store.folder
    empty_store.close()  # the child opens it, as the app would
    env = {**os.environ, "HEARTH_PASSPHRASE": PASSPHRASE, "QT_QPA_PLATFORM": "offscreen",
           "HEARTH_LOG_DIR": str(tmp_path / "logs"), "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, str(Path(__file__).with_name("crash_child.py")),
                              str(folder)], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    try:
        line = ""
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not line.startswith("SAVED"):
            ready, _, _ = select.select([child.stdout], [], [], 1.0)
            if ready:
                line = child.stdout.readline()  # type: ignore[union-attr]
                if not line:
                    break
        assert line.startswith("SAVED"), child.stderr.read() if child.poll() is not None else ""
        note_id = line.split()[1]
        assert child.poll() is None  # the editor is still open
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    with Store.open(folder, passphrase=PASSPHRASE) as store:
        with store.session() as s:
            drafts = drafts_for_recovery(s)
        assert [d.id for d in drafts] == [note_id]
        assert drafts[0].patient_name == "Harold Evans"
        assert drafts[0].sections["reason"]["reason"].startswith("Typed before the crash")
        assert drafts[0].sections["vitals"] == {"heart_rate": 91}
        report, problems = store.verify()
        assert report.ok and problems == []


def test_synchronous_flush_reports_a_failure(qtbot, empty_store, sync_runner, note,
                                             monkeypatch, caplog) -> None:
    def broken(*_args: Any, **_kwargs: Any) -> Any:
        raise OSError("I/O error near 'Margaret Abbott'")

    editor = open_editor(qtbot, empty_store, sync_runner, note, autosave_ms=60_000)
    qtbot.keyClicks(widget(editor, "plan", "plan"), "Weigh daily")
    monkeypatch.setattr(editor_module, "save_draft", broken)
    assert editor.flush(synchronous=True) is False  # the caller may warn before quitting
    assert editor.dirty
    assert editor.status_label.text().startswith("Not saved — Something went wrong")
    assert "Margaret" not in caplog.text and "OSError" in caplog.text
    monkeypatch.undo()
    assert editor.flush(synchronous=True) is True
    assert stored(empty_store, note.id).sections == {"plan": {"plan": "Weigh daily"}}
