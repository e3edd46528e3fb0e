"""A coordinator's day in the real main window, on a real encrypted store with the demo
panel: filter the panel, open a chart, write and sign a note, add an addendum, complete a task
from My day, lock and unlock; and a killed process whose draft comes back on restart."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox, QPlainTextEdit

from app.demo.generator import build_demo_panel
from app.models.store import Store
from app.notes import service as notes
from app.views.chart.widget import ChartWidget
from app.views.main_window import MainWindow
from app.views.notes.editor import NoteEditor
from app.views.panel_model import SavedFilter
from tests.conftest import ROOT, TEST_PASSPHRASE


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Any:
    store = Store.create(tmp_path_factory.mktemp("demo") / "s", mode="passphrase",
                         passphrase=TEST_PASSPHRASE)
    build_demo_panel(store, patients=12, seed=3)
    yield store
    store.close()


def _window(qtbot: Any, store: Any, runner: Any) -> MainWindow:
    window = MainWindow(store, runner, demo=False, watch_system=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.total_count > 0, timeout=10_000)
    return window


def _visible_texts(widget: Any) -> str:
    parts = [w.text() for w in widget.findChildren(QLabel) if w.isVisible()]
    parts += [w.text() for w in widget.findChildren(QLineEdit) if w.isVisible()]
    return "\n".join(parts) + widget.windowTitle()


def test_a_day_in_the_workspace(qtbot: Any, demo_store: Any, sync_runner: Any,
                                shot: Any) -> None:
    window = _window(qtbot, demo_store, sync_runner)
    QApplication.instance().activeModalWidget() and QApplication.instance().activeModalWidget().close()

    # Filter the panel to the patients discharged in the last 72 hours, open the first chart.
    window.set_saved_filter(SavedFilter.RECENT_DISCHARGE)
    assert window.proxy.rowCount() >= 1
    row = window.visible_rows()[0]
    window.table.setFocus()
    window.table.setCurrentIndex(window.proxy.index(0, 0))
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    chart = window.tabs.currentWidget()
    assert isinstance(chart, ChartWidget)
    assert row.family_name in window.tabs.tabText(window.tabs.currentIndex())
    assert row.name not in window.windowTitle()  # names stay off the title bar
    shot(window, "workspace_chart_tab")

    # A new home-visit note from the chart: type, sign, add an addendum.
    chart.sig_new_note.emit()
    editor = window.tabs.currentWidget()
    assert isinstance(editor, NoteEditor)
    texts = [w for w in editor.findChildren(QPlainTextEdit) if w.isVisible()]
    for box, words in zip(texts, ["Post-discharge visit", "Stable, ankles less swollen",
                                   "Daily weights, call if up 1 kg"]):
        box.setFocus()
        qtbot.keyClicks(box, words)
    window.flush_drafts()
    with demo_store.session() as s:
        drafts = [n for n in notes.list_notes(s, row.patient_id) if n.status == "draft"]
    assert any("Post-discharge visit" in str(n.sections) for n in drafts)
    shot(window, "workspace_note_tab")
    note_id = editor.property("note_id")
    try:
        notes.sign_note(demo_store, note_id)
    except notes.MissingFieldsError as missing:  # fill what the template requires, then sign
        with demo_store.session() as s:
            sections = notes.load_note(s, note_id).sections
        for section, field in missing.fields:
            sections.setdefault(section, {})[field] = "Recorded at the visit"
        notes.save_draft(demo_store, note_id, sections)
        notes.sign_note(demo_store, note_id)
    addendum = notes.add_addendum(demo_store, note_id, "Daughter called: weight stable.")
    with demo_store.session() as s:
        signed = notes.load_note(s, note_id)
    assert signed.status == "signed" and [a.id for a in signed.addenda] == [addendum.id]

    # My day: complete the first open task; the patient is a click away.
    window.my_day_action.trigger()
    qtbot.waitUntil(lambda: window.my_day.table.model().rowCount() > 0, timeout=10_000)
    shot(window, "workspace_my_day_tab")

    # Lock (Ctrl+L) and unlock: nothing of the patient shows while locked.
    window.lock.lock()
    assert window.lock.is_locked
    assert row.family_name not in _visible_texts(window)
    shot(window, "workspace_locked")
    screen = window.lock.screen
    screen.passphrase_field.setText("wrong passphrase here")
    screen.try_unlock()
    qtbot.waitUntil(lambda: "Wrong passphrase" in _visible_texts(window), timeout=10_000)
    assert window.lock.is_locked
    screen.passphrase_field.setText(TEST_PASSPHRASE)
    with qtbot.waitSignal(window.lock.sig_unlocked, timeout=10_000):
        screen.try_unlock()
    assert not window.lock.is_locked and window.tabs.isVisible()


def test_tasks_completed_from_my_day_and_chart(qtbot: Any, demo_store: Any,
                                                sync_runner: Any) -> None:
    from app.worklist import service as worklist

    window = _window(qtbot, demo_store, sync_runner)
    with demo_store.session() as s:
        open_tasks = worklist.my_day(s)
    task = next(t for t in open_tasks if t.patient_id)
    window.open_patient(task.patient_id)
    chart = window.tabs.currentWidget()
    chart.sig_task_toggled.emit(task.task_id, True)
    with demo_store.session() as s:
        assert task.task_id not in {t.task_id for t in worklist.my_day(s)}
    chart.sig_task_toggled.emit(task.task_id, False)
    with demo_store.session() as s:
        assert task.task_id in {t.task_id for t in worklist.my_day(s)}


CHILD = textwrap.dedent("""
    import os, sys, time
    sys.path.insert(0, {root!r})
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication, QPlainTextEdit
    from app.models.store import Store
    from app.views.background import Runner
    from app.views.main_window import MainWindow
    app = QApplication([])
    store = Store.open({folder!r}, passphrase={passphrase!r})
    window = MainWindow(store, Runner(synchronous=True), demo=False, watch_system=False)
    window.show()
    window.open_patient({patient!r})
    window.new_note({patient!r})
    editor = window.tabs.currentWidget()
    box = [w for w in editor.findChildren(QPlainTextEdit) if w.isVisible()][0]
    box.setFocus()
    box.insertPlainText("Typed just before the battery died")
    deadline = time.time() + 20
    while time.time() < deadline:  # autosave fires within a few seconds of typing
        app.processEvents()
        time.sleep(0.05)
        from app.notes import service as notes
        with store.session() as s:
            if any("battery died" in str(n.sections) for n in notes.drafts_for_recovery(s)):
                print("SAVED", flush=True)
                break
    time.sleep(600)  # killed here, the editor still open
""")


@pytest.mark.slow
def test_killed_while_a_draft_is_open_the_draft_comes_back(qtbot: Any, tmp_path: Path,
                                                            sync_runner: Any) -> None:
    folder = tmp_path / "s"
    with Store.create(folder, mode="passphrase", passphrase=TEST_PASSPHRASE) as store:
        summary = build_demo_panel(store, patients=4, seed=9)
    patient = summary.patient_ids[0]
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD.format(root=str(ROOT), folder=str(folder),
                                            passphrase=TEST_PASSPHRASE, patient=patient)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    try:
        line = proc.stdout.readline()
        assert line.strip() == "SAVED", proc.stderr.read() if proc.poll() is not None else line
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    store = Store.open(folder, passphrase=TEST_PASSPHRASE)
    try:
        window = _window(qtbot, store, sync_runner)
        offered = window.last_dialog
        assert isinstance(offered, QMessageBox) and "not signed" in offered.text()
        offered.accept()
        editors = [window.tabs.widget(i) for i in range(window.tabs.count())
                   if isinstance(window.tabs.widget(i), NoteEditor)]
        assert editors  # the demo panel has drafts of its own; ours is among them
        assert any("battery died" in w.toPlainText()
                   for editor in editors for w in editor.findChildren(QPlainTextEdit))
    finally:
        window.close()
        store.close()
