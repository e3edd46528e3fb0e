"""The visit-note editor: a form built from the note's template, autosaved, then signed.

Saving
------
- **Autosave**: every change restarts a timer of ``autosave_ms`` (3 s by default); when it
  fires, the draft is saved through the Runner (off the GUI thread). Typing without a pause
  still saves at least every ``4 × autosave_ms``. Leaving a field that was changed (focus
  out), hiding the editor and Ctrl+S save at once.
- :meth:`NoteEditor.flush` saves any unsaved change now. ``flush()`` starts the save in the
  background and returns; ``flush(synchronous=True)`` saves **in the calling thread** and
  returns only once the draft is committed (True) or the save failed (False; the status says
  why). The main window calls ``flush(synchronous=True)`` before it locks, quits or closes
  the store (lid closed, Ctrl+Q, session end): at that moment the event loop may never run
  again, so a background save could be lost. It is one small transaction, so the GUI
  thread is held for milliseconds.
- Saves of one editor are ordered by a lock and a change counter (:class:`SaveGate`): a
  background save that starts after a newer save was written (e.g. by a synchronous flush)
  does nothing, so an older text can never overwrite a newer one.
- A draft is committed to the encrypted store at each save (WAL, synchronous=FULL): a crash
  or a killed process loses at most the last few seconds of typing; the draft is offered
  again at start-up (:func:`app.notes.service.drafts_for_recovery`).
- The status says, in words: "Saved 10:42", "Editing…", "Saving…", "Not saved — <reason>".
  A failed save (say, the disk is full) is retried with a growing pause; nothing typed is
  dropped while the editor is open.

Signing
-------
"Sign…" asks for confirmation (a signed note can't be changed), saves what is on the screen
and signs it in one background job; a missing required field is named and focused. Once
signed, the editor shows the note read-only (:class:`~app.views.notes.viewer.NoteViewer`)
with "Add addendum…".
"""

from __future__ import annotations

import html
import logging
import threading
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QElapsedTimer,
    QEvent,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.logsetup import safe_exception
from app.models.errors import HearthError
from app.notes.service import (
    MissingFieldsError,
    NoteData,
    NoteNotFoundError,
    NoteSignedError,
    derive,
    load_note,
    save_draft,
    sign_note,
    template_for,
)
from app.notes.templates import NoteTemplate
from app.views.background import Runner, user_message
from app.views.notes.fields import FieldControl, make_control, template_text
from app.views.notes.viewer import NoteViewer, bold, italic, plain, when_text

log = logging.getLogger(__name__)

translate = QCoreApplication.translate

# In English; shown translated (context "NoteEditor").
CONFIRM_TITLE = QT_TRANSLATE_NOOP("NoteEditor", "Sign note")
CONFIRM_TEXT = QT_TRANSLATE_NOOP("NoteEditor", "Sign this note now?")
CONFIRM_DETAIL = QT_TRANSLATE_NOOP("NoteEditor", "A signed note can't be changed. If something "
                                   "needs correcting later, you add an addendum to it.")
EDITING_TEXT = QT_TRANSLATE_NOOP("NoteEditor", "Editing…")
SAVING_TEXT = QT_TRANSLATE_NOOP("NoteEditor", "Saving…")
SIGNING_TEXT = QT_TRANSLATE_NOOP("NoteEditor", "Signing…")
RETRY_LIMIT_MS = 30_000


# -- background work (plain Python; no widgets) ----------------------------------------------------
class SaveGate:
    """Orders the saves of one editor across threads. ``written_seq`` is the change number of
    the newest content written; ``version`` the note's version after this editor's last
    write (what the next save expects)."""

    def __init__(self, version: int) -> None:
        self.lock = threading.Lock()
        self.written_seq = 0
        self.version = version


def save_job(store: Any, note_id: str, sections: dict[str, Any], seq: int,
             gate: SaveGate) -> tuple[int, NoteData] | None:
    """Save change number ``seq``, unless something newer was already written (then None)."""
    with gate.lock:
        if seq <= gate.written_seq:
            return None
        note = save_draft(store, note_id, sections, expected_version=gate.version)
        gate.written_seq = seq
        gate.version = note.version
        return seq, note


def sign_job(store: Any, note_id: str, sections: dict[str, Any], seq: int,
             gate: SaveGate) -> NoteData:
    """Save what is on the screen (if not saved yet), sign it, read it back whole."""
    with gate.lock:
        if seq > gate.written_seq:
            saved = save_draft(store, note_id, sections, expected_version=gate.version)
            gate.written_seq = seq
            gate.version = saved.version
        signed = sign_note(store, note_id, expected_version=gate.version)
        gate.version = signed.version
    with store.session() as session:
        return load_note(session, note_id)


def _alive(obj: QObject) -> bool:
    return shiboken6.isValid(obj)


class NoteEditor(QWidget):
    """Edits one draft note (or shows a signed one). See the module docstring for saving.

    Signals: ``sig_saved(str note_id)`` after each save that reached the store;
    ``sig_signed(str note_id)`` once the note is signed."""

    sig_saved = Signal(str)
    sig_signed = Signal(str)

    def __init__(self, store: Any, runner: Runner, note: NoteData, *, autosave_ms: int = 3000,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self.note = note
        self.autosave_ms = max(1, int(autosave_ms))
        self.template: NoteTemplate = template_for(note)
        self.controls: dict[tuple[str, str], FieldControl] = {}
        self.confirm_dialog: QMessageBox | None = None
        self.sign_confirm_button: QPushButton | None = None

        self._gate = SaveGate(note.version)
        self._seq = 0  # change counter: bumped by every edit
        self._saved_seq = 0  # newest change known to be in the store
        self._saving = False
        self._save_again = False
        self._signing = False
        self._populating = False
        self._failures = 0
        self._dirty_clock = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._autosave)

        self._build()
        self._populate(note.sections)
        if note.is_signed:
            self._show_signed(note)
        else:
            self._set_status(self._saved_text(note))

    # -- construction --------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        outer.setSpacing(6)

        header = QHBoxLayout()
        self.title_label = QLabel(self._title_html(), self)
        self.title_label.setTextFormat(Qt.TextFormat.RichText)
        self.title_label.setWordWrap(True)
        self.title_label.setAccessibleName(self.tr("Note"))
        header.addWidget(self.title_label, 1)
        self.status_label = QLabel("", self)
        self.status_label.setAccessibleName(self.tr("Save status"))
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.status_label.setWordWrap(True)
        self.status_label.setSizePolicy(QSizePolicy.Policy.Preferred,
                                        QSizePolicy.Policy.Preferred)
        header.addWidget(self.status_label, 1)
        self.sign_button = QPushButton(self.tr("&Sign…"), self)
        self.sign_button.setToolTip(self.tr("Sign the note. A signed note can't be changed."))
        self.sign_button.clicked.connect(self.ask_sign)
        header.addWidget(self.sign_button)
        outer.addLayout(header)

        self.message_label = QLabel("", self)
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Note message"))
        bold(self.message_label)
        self.message_label.hide()
        outer.addWidget(self.message_label)

        self.stack = QStackedWidget(self)
        self.scroll = QScrollArea(self.stack)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setAccessibleName(self.tr("Note form"))
        self.form = QWidget(self.scroll)
        self.form.setObjectName("note_form")
        form_layout = QVBoxLayout(self.form)
        form_layout.setContentsMargins(0, 0, 6, 0)
        form_layout.setSpacing(10)
        self.legend = QLabel(self.tr("Fields marked * are needed to sign. The draft saves itself "
                                     "as you type."), self.form)
        self.legend.setWordWrap(True)
        form_layout.addWidget(self.legend)

        visit_day = self.note.visit_at.astimezone().date() if self.note.visit_at else None
        for section in self.template.sections:
            box = QGroupBox(template_text(section.label), self.form)
            box.setObjectName(f"section_{section.key}")
            box.setAccessibleName(template_text(section.label))
            if section.source:
                box.setAccessibleDescription(section.source)
            grid = QFormLayout(box)
            grid.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            grid.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
            grid.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            if section.hint:
                hint = QLabel(template_text(section.hint), box)
                hint.setWordWrap(True)
                italic(hint)
                grid.addRow(hint)
            for spec in section.fields:
                control = make_control(section.key, spec, box, visit_day=visit_day)
                self.controls[control.key] = control
                control.connect_changed(self._changed)
                if control.focusable:
                    control.widget.installEventFilter(self)
                if spec.kind == "check":
                    grid.addRow(control.widget)
                    continue
                required = spec.required or spec.required_if is not None
                text = f"{template_text(spec.label)}{' *' if spec.required else ''}"
                # Not word-wrapped: wrapped labels get clipped in a QFormLayout; a long row
                # puts its field under the label instead (WrapLongRows).
                label = QLabel(text if text.endswith(("?", "*")) else f"{text}:", box)
                label.setBuddy(control.widget)
                if required and not spec.required:
                    label.setToolTip(self.tr("Needed to sign when the question above is "
                                             "answered"))
                grid.addRow(label, control.widget)
            if section.source_short:
                source = QLabel(template_text(section.source_short), box)
                source.setWordWrap(True)
                source.setToolTip(section.source)
                italic(source)
                grid.addRow(source)
            # A bold title; the contents keep the normal weight (and any inherited size).
            bold(box)
            for child in box.findChildren(QWidget):
                if not child.font().italic():
                    plain(child)
            form_layout.addWidget(box)
        form_layout.addStretch(1)
        self.scroll.setWidget(self.form)
        self.stack.addWidget(self.scroll)
        self.viewer: NoteViewer | None = None
        outer.addWidget(self.stack, 1)

        order = [c.widget for c in self.controls.values() if c.focusable] + [self.sign_button]
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)

        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.flush)

    def _title_html(self) -> str:
        parts = [f"<b>{html.escape(template_text(self.note.title))}</b>",
                 when_text(self.note.visit_at)]
        if self.note.patient_name:
            parts.append(html.escape(self.note.patient_name))
        return " — ".join(parts)

    # -- values ----------------------------------------------------------------------------------
    def sections(self) -> dict[str, Any]:
        """What is on the form, as ``{section: {field: value}}`` (empty values left out)."""
        out: dict[str, dict[str, Any]] = {}
        for (section_key, field_key), control in self.controls.items():
            value = control.value()
            if value is not None and value != "":
                out.setdefault(section_key, {})[field_key] = value
        # Fields the template does not know (from a newer Hearth) are kept as they were.
        for section_key, values in self.note.sections.items():
            if not isinstance(values, dict):
                continue
            for field_key, value in values.items():
                if (section_key, field_key) not in self.controls:
                    out.setdefault(section_key, {})[field_key] = value
        return out

    def _populate(self, sections: dict[str, Any]) -> None:
        self._populating = True
        try:
            for (section_key, field_key), control in self.controls.items():
                control.set_value(sections.get(section_key, {}).get(field_key))
        finally:
            self._populating = False
        self._update_computed()

    def _update_computed(self) -> None:
        derived = derive(self.template, self.sections())
        for key, control in self.controls.items():
            if control.spec.kind == "computed":
                control.set_value(derived.get(key))

    @property
    def dirty(self) -> bool:
        """True while something typed is not yet in the store."""
        return self._seq > self._saved_seq

    @property
    def signed(self) -> bool:
        return self.note.is_signed

    # -- autosave --------------------------------------------------------------------------------
    def _changed(self) -> None:
        if self._populating or self.signed:
            return
        if not self.dirty:
            self._dirty_clock.start()
        self._seq += 1
        self._update_computed()
        if not self._saving:
            self._set_status(EDITING_TEXT)
        # Debounced, but never put off beyond 4 autosave periods while she keeps typing.
        if not self._timer.isActive() or self._dirty_clock.elapsed() < 3 * self.autosave_ms:
            self._timer.start(self.autosave_ms)

    def _autosave(self) -> None:
        if self.dirty and not self.signed and not self._signing:
            self._start_save()

    def flush(self, *, synchronous: bool = False) -> bool:
        """Save unsaved changes now. In the background by default (returns True once started);
        with ``synchronous=True`` in the calling thread, returning True when the draft is in
        the store and False when it could not be saved. See the module docstring."""
        if self.signed or self._signing or not self.dirty:
            return True  # (a signing job carries the form's content with it)
        self._timer.stop()
        if not synchronous:
            self._start_save()
            return True
        seq = self._seq
        self._set_status(SAVING_TEXT)
        try:
            result = save_job(self.store, self.note.id, self.sections(), seq, self._gate)
        except Exception as exc:  # noqa: BLE001 - reported in words, logged without text
            self._report_failure(exc)
            return False
        self._failures = 0
        if result is not None:
            self._apply_saved(*result)
        return not self.dirty

    def _start_save(self) -> None:
        if self._saving:
            self._save_again = True  # once this one is back
            return
        self._saving = True
        self._save_again = False
        self._dirty_clock.start()  # changes from now on are the unsaved ones
        self._set_status(SAVING_TEXT)
        self.runner.run(save_job, self.store, self.note.id, self.sections(), self._seq,
                        self._gate, on_done=self._save_done, on_error=self._save_failed)

    def _save_done(self, result: tuple[int, NoteData] | None) -> None:
        if not _alive(self):
            return
        self._saving = False
        self._failures = 0
        if result is not None:
            self._apply_saved(*result)
        elif self._gate.written_seq > self._saved_seq:  # written by a newer save meanwhile
            self._saved_seq = self._gate.written_seq
            if not self.dirty:
                self._set_status(self._saved_text(self.note))
        if self.dirty and not self.signed:
            if self._save_again:
                self._start_save()
            elif not self._timer.isActive():
                self._timer.start(self.autosave_ms)
                self._set_status(EDITING_TEXT)

    def _apply_saved(self, seq: int, note: NoteData) -> None:
        if seq < self._saved_seq or self.signed:
            return
        self._saved_seq = seq
        note.patient_name = note.patient_name or self.note.patient_name
        note.addenda = self.note.addenda
        self.note = note
        if self.dirty:
            self._set_status(EDITING_TEXT)
        elif note.conflict:
            self._set_status(self.tr("Saved %1 — this draft had also been changed in another "
                                     "window; your version was kept").replace(
                                         "%1", self._clock(note)))
        else:
            self._set_status(self._saved_text(note))
        self.sig_saved.emit(note.id)

    def _save_failed(self, message: str, exc: BaseException) -> None:
        if not _alive(self):
            return
        self._saving = False
        self._report_failure(exc, message)

    def _report_failure(self, exc: BaseException, message: str | None = None) -> None:
        if message is None:  # from a synchronous flush: log it as the Runner would
            if isinstance(exc, HearthError):
                log.info("note %s not saved: %s", self.note.id, type(exc).__name__)
            else:
                log.error("note %s not saved\n%s", self.note.id, safe_exception(exc))
            message = user_message(exc)
        if isinstance(exc, (NoteSignedError, NoteNotFoundError)):
            # Signed or discarded elsewhere: retrying cannot help. The text stays on screen.
            self._set_status(self.tr("Not saved — %1").replace("%1", message))
            return
        self._failures += 1
        delay = min(RETRY_LIMIT_MS, self.autosave_ms * (2 ** self._failures))
        self._set_status(self.tr("Not saved — %1 Trying again in %2 s.").replace(
            "%1", message).replace("%2", str(max(1, delay // 1000))))
        self._timer.start(delay)

    # -- focus -----------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (event.type() == QEvent.Type.FocusOut and self.dirty and not self.signed
                and not self._signing
                and event.reason() != Qt.FocusReason.PopupFocusReason):  # type: ignore[attr-defined]
            self.flush()
        return False

    def hideEvent(self, event: Any) -> None:  # noqa: N802
        if self.dirty and not self.signed:
            self.flush()
        super().hideEvent(event)

    # -- signing ---------------------------------------------------------------------------------
    def ask_sign(self) -> None:
        """Ask for confirmation (window-modal, not blocking); signing follows on "Sign note"."""
        if self.signed or self._signing:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr(CONFIRM_TITLE), self.tr(CONFIRM_TEXT),
                          QMessageBox.StandardButton.NoButton, self)
        box.setInformativeText(self.tr(CONFIRM_DETAIL))
        self.sign_confirm_button = box.addButton(self.tr("&Sign note"),
                                                 QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r, b=box: self._confirm_finished(b))
        self.confirm_dialog = box
        box.open()

    def _confirm_finished(self, box: QMessageBox) -> None:
        confirmed = box.clickedButton() is self.sign_confirm_button
        self.confirm_dialog = None
        self.sign_confirm_button = None
        if confirmed:
            self.sign()

    def sign(self) -> None:
        """Save what is on the screen and sign it (no confirmation: :meth:`ask_sign` asks)."""
        if self.signed or self._signing:
            return
        self._timer.stop()
        self._signing = True
        self.sign_button.setEnabled(False)
        self.form.setEnabled(False)
        self.message_label.hide()
        self._set_status(SIGNING_TEXT)
        seq = self._seq
        self.runner.run(sign_job, self.store, self.note.id, self.sections(), seq, self._gate,
                        on_done=self._signed,
                        on_error=lambda message, exc: self._sign_failed(message, exc, seq))

    def _signed(self, note: NoteData) -> None:
        if not _alive(self):
            return
        self._signing = False
        self._saved_seq = self._seq
        self._show_signed(note)
        self.sig_signed.emit(note.id)

    def _sign_failed(self, message: str, exc: BaseException, seq: int) -> None:
        if not _alive(self):
            return
        self._signing = False
        self.sign_button.setEnabled(True)
        self.form.setEnabled(True)
        if self._gate.written_seq >= seq > self._saved_seq:  # the save before signing worked
            self._saved_seq = seq
        self.message_label.setText(message)
        self.message_label.show()
        if isinstance(exc, MissingFieldsError) and exc.fields:
            control = self.controls.get(exc.fields[0])
            if control is not None:
                self.scroll.ensureWidgetVisible(control.widget)
                control.widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.dirty:
            self._set_status(EDITING_TEXT)
            self._timer.start(self.autosave_ms)
        else:
            self._set_status(self.tr("Saved %1 — not signed").replace(
                "%1", self._clock(self.note)))

    def _show_signed(self, note: NoteData) -> None:
        self.note = note
        self._timer.stop()
        self.sign_button.hide()
        self.title_label.setText(self._title_html())
        self._set_status(self.tr("Signed %1").replace("%1", when_text(note.signed_at)))
        self.message_label.hide()
        if self.viewer is None:
            self.viewer = NoteViewer(self.store, self.runner, note, self.stack)
            self.stack.addWidget(self.viewer)
        else:
            self.viewer.set_note(note)
        self.stack.setCurrentWidget(self.viewer)
        self.viewer.addendum_button.setFocus()

    # -- language ------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "viewer"):
            self._retranslate()

    def _retranslate(self) -> None:
        """The editor's own texts in the language installed now (the form's labels, from the
        template, follow when the note is opened again)."""
        self.title_label.setText(self._title_html())
        self.title_label.setAccessibleName(self.tr("Note"))
        self.status_label.setAccessibleName(self.tr("Save status"))
        self.sign_button.setText(self.tr("&Sign…"))
        self.sign_button.setToolTip(self.tr("Sign the note. A signed note can't be changed."))
        self.message_label.setAccessibleName(self.tr("Note message"))
        self.scroll.setAccessibleName(self.tr("Note form"))
        self.legend.setText(self.tr("Fields marked * are needed to sign. The draft saves itself "
                                    "as you type."))
        if self.signed:
            self._set_status(self.tr("Signed %1").replace("%1", when_text(self.note.signed_at)))
        elif self._signing:
            self._set_status(SIGNING_TEXT)
        elif self._saving:
            self._set_status(SAVING_TEXT)
        elif self.dirty:
            self._set_status(EDITING_TEXT)
        else:
            self._set_status(self._saved_text(self.note))

    # -- helpers ---------------------------------------------------------------------------------
    def _set_status(self, text: str) -> None:
        # The constants (EDITING_TEXT...) are marked in English: shown translated.
        self.status_label.setText(translate("NoteEditor", text))

    def _saved_text(self, note: NoteData) -> str:
        return self.tr("Saved %1").replace("%1", self._clock(note))

    @staticmethod
    def _clock(note: NoteData) -> str:
        when = note.updated_at.astimezone() if note.updated_at else None
        return f"{when:%H:%M}" if when else ""
