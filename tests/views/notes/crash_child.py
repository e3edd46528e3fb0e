"""Run by test_note_editor's crash test: open the store, start a note in a real NoteEditor,
type into it, report "SAVED <note id>" once autosave has stored it, then keep the editor open
(and keep typing) until the test kills this process with SIGKILL.

Usage: python crash_child.py STORE_FOLDER   (passphrase in HEARTH_PASSPHRASE)
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    from app.models.entities import Patient
    from app.models.store import Store
    from app.notes.service import start_note
    from app.views.background import Runner
    from app.views.notes import NoteEditor

    app = QApplication([])
    store = Store.open(sys.argv[1], passphrase=os.environ["HEARTH_PASSPHRASE"])
    with store.session() as session:
        patient_id = session.scalar(select(Patient.id))
    note = start_note(store, patient_id)
    runner = Runner()
    editor = NoteEditor(store, runner, note, autosave_ms=100)
    editor.show()
    reported: list[bool] = []

    def saved(note_id: str) -> None:
        if not editor.dirty and not reported:
            reported.append(True)
            print(f"SAVED {note_id}", flush=True)
            # Go on typing; these words are never saved: the kill comes first.
            QTimer.singleShot(0, lambda: QTest.keyClicks(reason, " and after", delay=50))

    editor.sig_saved.connect(saved)
    reason = editor.controls[("reason", "reason")].widget
    reason.setFocus()
    QTest.keyClicks(reason, "Typed before the crash")
    QTest.keyClicks(editor.controls[("vitals", "heart_rate")].widget, "91")
    app.exec()


if __name__ == "__main__":
    main()
