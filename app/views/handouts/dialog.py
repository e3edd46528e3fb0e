"""The Handouts dialog (chart → "Handouts…"): choose handouts, see them, print or save them.

Left, what to print: the medicine schedule, the topic handouts (titles in the chosen language;
those suggested for this patient ticked at first, with why in their tooltip), the visit
summary (when there is a signed visit note) and the med rec summary for the primary-care
provider (when a reconciliation was finalized); the language (the patient's, when there are
handouts in it) and "Large print". Right, the preview of everything ticked, as one document:
made in the background (the Runner) a moment after each change, held in memory (a QBuffer;
never a file) and shown with QPdfView.

"Print…" asks for a printer (QPrintDialog) and paints each page onto it in the background at
the printer's resolution (up to 600 dpi); a page turns with the paper. Nothing needs a network.
"Save as PDF…" writes one file, whole or not at all, and says that it is not encrypted.

What was printed or saved for the patient is recorded on the visit (see
:func:`app.handouts.service.record_given`): an education record linked to this visit's draft
note, and the handouts added to that note's "Education given" section, where the nurse then
documents the teach-back. When the draft is open in an editor, the line is typed into the
editor's form instead (``open_editor``), so its autosave keeps it.

For tests, ``choose_printer(printer) -> bool`` and ``choose_file(suggested) -> str | None``
replace the system dialogs.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QIODevice,
    QLocale,
    QPointF,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QImage, QKeySequence, QPageLayout, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.handouts import content
from app.handouts import service as handouts
from app.handouts.service import GivenRecord, HandoutChoices, HandoutItem, Rendered
from app.models.errors import HearthError, InputError
from app.views.background import Runner
from app.handouts.pdf import join_pdfs

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
# The handouts' languages, in English; shown translated (context "HandoutsDialog").
LANG_LABELS = {"en": QT_TRANSLATE_NOOP("HandoutsDialog", "English"),
               "es": QT_TRANSLATE_NOOP("HandoutsDialog", "Español (Spanish)")}
MAX_PRINT_DPI = 600  # a 1200 dpi page image would take about half a gigabyte
NOT_ENCRYPTED = QT_TRANSLATE_NOOP(
    "HandoutsDialog", "This PDF is not encrypted: anyone who can open the folder can read it. "
    "Print it, then delete it, or keep it on an encrypted disk.")


class HandoutsError(HearthError):
    """Printing or saving the handouts failed (the message says why, without patient data)."""


# -- background work (plain functions; no widgets) --------------------------------------------------
@dataclass(frozen=True)
class Loaded:
    choices: HandoutChoices
    titles: dict[tuple[str, str], str]  # (topic, lang) -> title


@dataclass(frozen=True)
class Preview:
    rendered: tuple[Rendered, ...]
    pdf: bytes
    starts: tuple[int, ...]  # the first page of each rendered handout

    @property
    def pages(self) -> int:
        return sum(r.pages for r in self.rendered)


def load_job(store: Any, patient_id: str) -> Loaded:
    with store.session() as session:
        choices = handouts.handout_choices(session, patient_id)
    titles = {(t.name, lang): content.load_topic(t.name, lang).title
              for t in choices.topics for lang in content.LANGS}
    return Loaded(choices, titles)


def render_job(store: Any, patient_id: str, items: list[HandoutItem], lang: str,
               large_print: bool, care_team: tuple[str | None, str | None] = (None, None)) -> Preview:
    rendered = handouts.render_handouts(store, patient_id, items, lang=lang,
                                        large_print=large_print, care_team=care_team)
    starts, page = [], 0
    for r in rendered:
        starts.append(page)
        page += r.pages
    pdf = join_pdfs([r.pdf for r in rendered], title="Handouts")
    return Preview(tuple(rendered), pdf, tuple(starts))


def _open_pdf(pdf: bytes) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument reading ``pdf`` from memory (the buffer must outlive the document)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    return document, buffer


def print_pdf(pdf: bytes, printer: QPrinter, *, max_dpi: int = MAX_PRINT_DPI) -> int:
    """Paint every page of ``pdf`` onto ``printer`` (each page an image at the printer's
    resolution, at most ``max_dpi``, fitted to the printable area, turned with the paper).
    Runs in a worker thread (Qt paints onto a QPrinter from any thread). Returns the pages."""
    document, buffer = _open_pdf(pdf)
    try:
        count = document.pageCount()
        if document.status() != QPdfDocument.Status.Ready or count == 0:
            raise HandoutsError("the handouts could not be read back for printing")
        painter = QPainter()
        dpi = max(72, min(printer.resolution(), max_dpi))
        try:
            for page in range(count):
                size = document.pagePointSize(page)
                landscape = size.width() > size.height()
                printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape
                                           else QPageLayout.Orientation.Portrait)
                if page == 0:
                    if not painter.begin(printer):
                        raise HandoutsError("the printer could not be started; check that it "
                                            "is on and try again")
                elif not printer.newPage():
                    raise HandoutsError("the printer stopped taking pages; check it and try again")
                area = printer.pageLayout().paintRectPixels(printer.resolution())
                area = QRect(0, 0, area.width(), area.height())
                image = document.render(page, QSize(round(size.width() * dpi / 72),
                                                    round(size.height() * dpi / 72)))
                if image.isNull():
                    raise HandoutsError("a page could not be prepared for printing")
                _draw_fitted(painter, image, area)
        finally:
            if painter.isActive():
                painter.end()
        return count
    finally:
        document.close()
        buffer.close()


def _draw_fitted(painter: QPainter, image: QImage, area: QRect) -> None:
    turn = (image.width() > image.height()) != (area.width() > area.height())
    w, h = (image.height(), image.width()) if turn else (image.width(), image.height())
    scale = min(area.width() / w, area.height() / h)
    tw, th = w * scale, h * scale
    painter.save()
    painter.translate(area.x() + (area.width() - tw) / 2, area.y() + (area.height() - th) / 2)
    if turn:  # the paper is the other way round: turn the page a quarter
        painter.translate(tw, 0)
        painter.rotate(90)
        tw, th = th, tw
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.drawImage(QRect(0, 0, round(tw), round(th)), image)
    painter.restore()


def save_pdf(pdf: bytes, path: str) -> Path:
    """Write ``pdf`` to ``path`` whole: a ``.partial`` file beside it (owner-only), flushed to
    disk, then renamed into place. Never leaves a half-written file."""
    target = Path(path)
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
    if target.is_dir():
        raise InputError("that is a folder; choose a file name")
    if not target.parent.is_dir():
        raise InputError("that folder does not exist")
    tmp = target.with_name(target.name + ".partial")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(pdf)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise InputError(f"the file could not be written ({exc.strerror or type(exc).__name__})"
                         ) from None
    return target


def add_to_open_note(editor: Any, line: str) -> bool:
    """Type ``line`` into an open note editor's Education section (topic; method "written"
    when none), as the nurse would: the editor saves it. False when it cannot."""
    controls = getattr(editor, "controls", {})
    topic = controls.get(("education", "topic"))
    method = controls.get(("education", "method"))
    if topic is None or getattr(editor, "signed", True) or not line:
        return False
    current = {"topic": topic.value(), "method": method.value() if method else None}
    fields = handouts.education_fields(current, line)
    if fields.get("topic") != current["topic"]:
        topic.set_value(fields["topic"])
    if method is not None and fields.get("method") != current["method"]:
        method.set_value(fields["method"])
    return True


def _alive(obj: Any) -> bool:
    return shiboken6.isValid(obj)


# -- the dialog ------------------------------------------------------------------------------------
class HandoutsDialog(QDialog):
    """Choose, preview, print and save handouts for one patient.

    Signals: ``sig_recorded(object)`` with the :class:`GivenRecord` once given handouts are
    recorded; ``sig_preview_ready(int)`` with the page count after each preview."""

    sig_recorded = Signal(object)
    sig_preview_ready = Signal(int)

    def __init__(self, store: Any, runner: Runner, patient_id: str, *,
                 open_editor: Callable[[str], Any] | None = None, debounce_ms: int = 300,
                 care_team: tuple[str | None, str | None] = (None, None),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.care_team = care_team  # (name, phone) printed on the schedule, from Settings
        self.store = store
        self.runner = runner
        self.patient_id = patient_id
        self.open_editor = open_editor or (lambda _note_id: None)
        self.choose_printer: Callable[[QPrinter], bool] = self._ask_printer
        self.choose_file: Callable[[str], str | None] = self._ask_file
        self.choices: HandoutChoices | None = None
        self.preview: Preview | None = None
        self.last_record: GivenRecord | None = None
        self._titles: dict[tuple[str, str], str] = {}
        self._generation = 0  # bumped by every change of what to print
        self._shown_generation = -1  # the change the preview shows
        self._rendering = False
        self._render_again = False
        self._busy = False  # printing, saving or recording
        self._document: QPdfDocument | None = None
        self._buffer: QBuffer | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(0, debounce_ms))
        self._timer.timeout.connect(self._render_now)
        self.setWindowTitle(self.tr("Handouts"))
        self.setAccessibleName(self.tr("Handouts"))
        self._build()
        self.resize(1180, 740)
        self.runner.run(load_job, store, patient_id, on_done=self._loaded,
                        on_error=self._load_failed)

    # -- construction --------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.title_label = QLabel(self.tr("Loading…"), self)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title_label.setFont(font)
        outer.addWidget(self.title_label)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        what = QLabel(self.tr("&What to print (Space ticks or unticks):"), left)
        self.what_label = what
        left_layout.addWidget(what)
        self.list = QListWidget(left)
        self.list.setAccessibleName(self.tr("Handouts to print"))
        self.list.setAccessibleDescription(self.tr("Tick the handouts to print. Suggested topics "
                                                   "for this patient are ticked at first; their "
                                                   "tooltip says why."))
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        what.setBuddy(self.list)
        left_layout.addWidget(self.list, 1)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.lang_combo = QComboBox(left)
        self.lang_combo.setAccessibleName(self.tr("Handout language"))
        for lang in content.LANGS:
            self.lang_combo.addItem(self._lang_label(lang), lang)
        lang_label = QLabel(self.tr("&Language:"), left)
        self.lang_label = lang_label
        lang_label.setBuddy(self.lang_combo)
        form.addRow(lang_label, self.lang_combo)
        self.large_check = QCheckBox(self.tr("Lar&ge print (18 pt)"), left)
        self.large_check.setAccessibleName(self.tr("Large print"))
        form.addRow("", self.large_check)
        left_layout.addLayout(form)
        self.lang_note = QLabel("", left)
        self.lang_note.setWordWrap(True)
        self.lang_note.setTextFormat(Qt.TextFormat.PlainText)
        self.lang_note.setVisible(False)
        left_layout.addWidget(self.lang_note)
        self.record_note = QLabel("", left)
        self.record_note.setWordWrap(True)
        self.record_note.setTextFormat(Qt.TextFormat.PlainText)
        self.record_note.setAccessibleName(self.tr("Where given handouts are recorded"))
        left_layout.addWidget(self.record_note)

        right = QWidget(splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        self.preview_status = QLabel("", right)
        self.preview_status.setWordWrap(True)
        self.preview_status.setTextFormat(Qt.TextFormat.PlainText)
        self.preview_status.setAccessibleName(self.tr("Preview status"))
        right_layout.addWidget(self.preview_status)
        self.view = QPdfView(right)
        self.view.setAccessibleName(self.tr("Preview of the handouts"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        right_layout.addWidget(self.view, 1)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 800])
        outer.addWidget(splitter, 1)

        buttons = QHBoxLayout()
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleName(self.tr("Status"))
        buttons.addWidget(self.status, 1)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setAccessibleName(self.tr("Print the handouts"))
        self.print_button.setDefault(True)
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.save_button.setAccessibleName(self.tr("Save the handouts as a PDF file"))
        self.close_button = QPushButton(self.tr("Close"), self)
        for b in (self.print_button, self.save_button, self.close_button):
            buttons.addWidget(b)
        outer.addLayout(buttons)
        self.print_button.clicked.connect(self.print_handouts)
        self.save_button.clicked.connect(self.save_handouts)
        self.close_button.clicked.connect(self.reject)
        self.list.itemChanged.connect(lambda _item: self._changed())
        self.list.currentItemChanged.connect(lambda *_a: self._show_current())
        self.lang_combo.currentIndexChanged.connect(lambda _i: self._language_changed())
        self.large_check.toggled.connect(lambda _on: self._changed())
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, activated=self.print_handouts)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, activated=self.save_handouts)
        self._update_buttons()

    # -- loading -------------------------------------------------------------------------------
    def _loaded(self, loaded: Loaded) -> None:
        if not _alive(self):
            return
        c = loaded.choices
        self.choices = c
        self._titles = dict(loaded.titles)
        self.lang_combo.blockSignals(True)
        self.lang_combo.setCurrentIndex(max(0, self.lang_combo.findData(c.lang)))
        self.lang_combo.blockSignals(False)
        self._describe()
        self._fill_list()
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        self._render_now()

    def _describe(self) -> None:
        """The title and the notes about language and where the handouts are recorded."""
        c = self.choices
        assert c is not None
        self.title_label.setText(self.tr("Handouts for %1").replace("%1", c.patient_name))
        self.setWindowTitle(self.tr("Handouts — %1").replace("%1", c.patient_name))
        notes = []
        if not c.language_available and c.language_display:
            notes.append(self.tr("There are no handouts in %1: they print in English. Go "
                                 "through them with an interpreter.").replace(
                                     "%1", c.language_display))
        elif c.interpreter_needed:
            notes.append(self.tr("This patient needs an interpreter."))
        self.lang_note.setText(" ".join(notes))
        self.lang_note.setVisible(bool(notes))
        if c.draft_note_id and c.draft_note_at:
            when = c.draft_note_at.astimezone()
            self.record_note.setText(
                self.tr("What you print or save for the patient is recorded on the draft visit "
                        "note of %1, %2 (Education given), where you then record the "
                        "teach-back.").replace("%1", self._day(when, year=False))
                .replace("%2", f"{when:%H:%M}"))
        else:
            self.record_note.setText(
                self.tr("No visit note is being written for this visit: what you print or save "
                        "is recorded for the patient, but on no note. To document the "
                        "teach-back, start a visit note first (Notes → New note…)."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "close_button"):
            self._retranslate()

    def _retranslate(self) -> None:
        """The dialog's texts in the language installed now (the preview keeps its language:
        that is the handouts' own, chosen below)."""
        self.setWindowTitle(self.tr("Handouts"))
        self.setAccessibleName(self.tr("Handouts"))
        self.what_label.setText(self.tr("&What to print (Space ticks or unticks):"))
        self.list.setAccessibleName(self.tr("Handouts to print"))
        self.lang_label.setText(self.tr("&Language:"))
        self.lang_combo.setAccessibleName(self.tr("Handout language"))
        for i in range(self.lang_combo.count()):
            self.lang_combo.setItemText(i, self._lang_label(self.lang_combo.itemData(i)))
        self.large_check.setText(self.tr("Lar&ge print (18 pt)"))
        self.large_check.setAccessibleName(self.tr("Large print"))
        self.print_button.setText(self.tr("&Print…"))
        self.print_button.setAccessibleName(self.tr("Print the handouts"))
        self.save_button.setText(self.tr("&Save as PDF…"))
        self.save_button.setAccessibleName(self.tr("Save the handouts as a PDF file"))
        self.close_button.setText(self.tr("Close"))
        if self.choices is None:
            self.title_label.setText(self.tr("Loading…"))
            return
        self._describe()
        current = self.list.currentRow()
        ticked = [(row.data(ITEM_ROLE), row.checkState()) for row in self.rows()]
        self._fill_list()
        self.list.blockSignals(True)
        for row in self.rows():  # keep what she ticked
            state = next((s for item, s in ticked if item == row.data(ITEM_ROLE)), None)
            if state is not None and row.flags() & Qt.ItemFlag.ItemIsEnabled:
                row.setCheckState(state)
        self.list.blockSignals(False)
        if 0 <= current < self.list.count():
            self.list.setCurrentRow(current)

    def _load_failed(self, message: str, _exc: BaseException) -> None:
        if not _alive(self):
            return
        self.title_label.setText(self.tr("Handouts"))
        self.preview_status.setText(message)
        self._update_buttons()

    def _add(self, text: str, item: HandoutItem | None, *, checked: bool = False,
             enabled: bool = True, tooltip: str = "") -> QListWidgetItem:
        row = QListWidgetItem(text, self.list)
        if item is None:  # a heading
            row.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = row.font()
            font.setBold(True)
            row.setFont(font)
            return row
        flags = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
        if enabled:
            flags |= Qt.ItemFlag.ItemIsEnabled
        row.setFlags(flags)
        row.setCheckState(Qt.CheckState.Checked if checked and enabled else Qt.CheckState.Unchecked)
        row.setData(ITEM_ROLE, item)
        if tooltip:
            row.setToolTip(tooltip)
        return row

    def _fill_list(self) -> None:
        c = self.choices
        assert c is not None
        self.list.blockSignals(True)
        self.list.clear()
        self._add(self.tr("For the patient"), None)
        if c.schedule_available:
            n = c.schedule_count
            text = (self.tr("Medicine schedule — from the %1 (%2 medicine)") if n == 1 else
                    self.tr("Medicine schedule — from the %1 (%2 medicines)"))
            self._add(text.replace("%1", self._source_text(c.schedule_source_text))
                      .replace("%2", str(n)), HandoutItem("schedule"),
                      checked=True, tooltip=self.tr("The pill card: each medicine, what it is "
                                                    "for, how much and when"))
        else:
            self._add(self.tr("Medicine schedule (no medicines recorded)"),
                      HandoutItem("schedule"), enabled=False)
        lang = self.lang
        for topic in c.topics:
            row = self._add(self._titles.get((topic.name, lang), topic.name),
                            HandoutItem("topic", topic.name), checked=topic.suggested,
                            tooltip=self.tr("Suggested: %1").replace(
                                "%1", "; ".join(topic.reasons)) if topic.reasons else "")
            if topic.suggested:
                row.setText(self._suggested(row.text()))
        if c.visit_note_id and c.visit_note_at:
            when = c.visit_note_at.astimezone()
            self._add(self.tr("Visit summary — the signed note of %1").replace(
                          "%1", self._day(when)),
                      HandoutItem("visit_summary", ref=c.visit_note_id),
                      tooltip=self.tr("A short, plain summary of that visit for the patient"))
        else:
            self._add(self.tr("Visit summary (needs a signed visit note)"),
                      HandoutItem("visit_summary"), enabled=False)
        self._add(self.tr("For the primary-care provider"), None)
        if c.snapshot_id and c.snapshot_at:
            when = c.snapshot_at.astimezone()
            self._add(self.tr("Med rec summary — reconciliation of %1 (English)").replace(
                          "%1", self._day(when)),
                      HandoutItem("medrec_summary", ref=c.snapshot_id),
                      tooltip=self.tr("The reconciled list with each decision, the discrepancies "
                                      "and how they were resolved, and the safety findings"))
        else:
            self._add(self.tr("Med rec summary (needs a finalized reconciliation)"),
                      HandoutItem("medrec_summary"), enabled=False)
        self.list.blockSignals(False)
        first = next((row for row in self.rows() if row.flags() & Qt.ItemFlag.ItemIsEnabled), None)
        if first is not None:
            self.list.setCurrentItem(first)

    # -- words ---------------------------------------------------------------------------------
    def _lang_label(self, lang: str) -> str:
        return self.tr(LANG_LABELS[lang]) if lang in LANG_LABELS else lang

    def _lang_in_sentence(self, lang: str) -> str:
        """The language's name inside a sentence ("…, in Español (Spanish).")."""
        names = {"en": self.tr("English", "in a sentence: the preview is in English"),
                 "es": self.tr("Español (Spanish)", "in a sentence: the preview is in Spanish")}
        return names.get(lang, lang)

    def _suggested(self, title: str) -> str:
        return self.tr("%1  (suggested)").replace("%1", title)

    def _day(self, when: Any, *, year: bool = True) -> str:
        """"3 Mar 2026" (English) or "3 mar 2026" (Spanish): the month in the language
        installed, from Qt's locale for it."""
        lang = self.tr("en", "the language code of this translation (for month names)")
        if lang == "en":
            month = f"{when:%b}"  # "Mar"
        else:
            month = QLocale(lang).monthName(when.month, QLocale.FormatType.ShortFormat)
            month = month.rstrip(".")
        return f"{when.day} {month} {when.year}" if year else f"{when.day} {month}"

    def _source_text(self, text: str) -> str:
        """The list the schedule comes from, as handouts.service words it ("Reconciled list of
        29 Nov 2026", a list kind's title), in the language installed."""
        label, sep, day = text.rpartition(" of ")
        if not sep:
            label, day = text, ""
        label = (self.tr("Reconciled list") if label == "Reconciled list"
                 else translate("MedRecWorksheet", label))
        if not day:
            return label
        try:
            when = dt.datetime.strptime(day, "%d %b %Y")
        except ValueError:
            return self.tr("%1 of %2").replace("%1", label).replace("%2", day)
        return self.tr("%1 of %2").replace("%1", label).replace("%2", self._day(when))

    # -- state ---------------------------------------------------------------------------------
    @property
    def lang(self) -> str:
        return str(self.lang_combo.currentData() or "en")

    @property
    def large_print(self) -> bool:
        return self.large_check.isChecked()

    def rows(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())
                if self.list.item(i).data(ITEM_ROLE) is not None]

    def row_for(self, kind: str, name: str | None = None) -> QListWidgetItem | None:
        for row in self.rows():
            item: HandoutItem = row.data(ITEM_ROLE)
            if item.kind == kind and (name is None or item.name == name):
                return row
        return None

    def selected_items(self) -> list[HandoutItem]:
        return [row.data(ITEM_ROLE) for row in self.rows()
                if row.checkState() == Qt.CheckState.Checked
                and row.flags() & Qt.ItemFlag.ItemIsEnabled]

    def _language_changed(self) -> None:
        if self.choices is None:
            return
        self.list.blockSignals(True)
        for row in self.rows():
            item: HandoutItem = row.data(ITEM_ROLE)
            if item.kind == "topic" and item.name:
                topic = next(t for t in self.choices.topics if t.name == item.name)
                text = self._titles.get((item.name, self.lang), item.name)
                row.setText(self._suggested(text) if topic.suggested else text)
        self.list.blockSignals(False)
        self._changed()

    def _changed(self) -> None:
        if self.choices is None:
            return
        self._generation += 1  # what is shown is out of date from now on
        self.preview_status.setText(self.tr("Updating the preview…"))
        self._update_buttons()
        self._timer.start()

    def _update_buttons(self) -> None:
        ready = (self.preview is not None and not self._rendering and not self._timer.isActive()
                 and not self._busy and self._shown_generation == self._generation)
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    # -- preview -------------------------------------------------------------------------------
    def _render_now(self) -> None:
        if not _alive(self) or self.choices is None:
            return
        if self._rendering:
            self._render_again = True
            return
        items = self.selected_items()
        generation = self._generation
        if not items:
            self._show_preview(generation, None)
            self.preview_status.setText(self.tr("Tick a handout to see it here."))
            return
        self._rendering = True
        self.preview_status.setText(self.tr("Updating the preview…"))
        self._update_buttons()
        self.runner.run(render_job, self.store, self.patient_id, items, self.lang,
                        self.large_print, self.care_team,
                        on_done=lambda preview, g=generation: self._rendered(g, preview),
                        on_error=lambda message, _exc, g=generation: self._render_failed(g, message))

    def _finished(self, generation: int) -> bool:
        """A background render ended: whether its result is still the one to show (if the
        choices changed meanwhile, the next render starts instead)."""
        if not _alive(self):
            return False
        self._rendering = False
        if self._render_again or generation != self._generation:
            self._render_again = False
            if not self._timer.isActive():
                self._render_now()
            return False
        return True

    def _rendered(self, generation: int, preview: Preview) -> None:
        if self._finished(generation):
            self._show_preview(generation, preview)

    def _render_failed(self, generation: int, message: str) -> None:
        if not self._finished(generation):
            return
        self._show_preview(generation, None)
        self.preview_status.setText(self.tr("The preview could not be made: %1").replace(
            "%1", message))

    def _show_preview(self, generation: int, preview: Preview | None) -> None:
        old_document, old_buffer = self._document, self._buffer
        self.preview = preview
        self._shown_generation = generation
        if preview is None:
            self.view.setDocument(None)
            self._document = self._buffer = None
        else:
            self._document, self._buffer = _open_pdf(preview.pdf)
            self._document.setParent(self)
            self._buffer.setParent(self)
            self.view.setDocument(self._document)
            count = len(preview.rendered)
            handouts_text = (self.tr("%1 handout") if count == 1
                             else self.tr("%1 handouts")).replace("%1", str(count))
            pages_text = (self.tr("%1 page") if preview.pages == 1
                          else self.tr("%1 pages")).replace("%1", str(preview.pages))
            self.preview_status.setText(
                (self.tr("Preview: %1, %2, in %3, large print.") if self.large_print
                 else self.tr("Preview: %1, %2, in %3."))
                .replace("%1", handouts_text).replace("%2", pages_text)
                .replace("%3", self._lang_in_sentence(self.lang)))
            self._show_current()
        for obj in (old_document, old_buffer):
            if obj is not None:
                obj.deleteLater()
        self._update_buttons()
        if preview is not None:
            self.sig_preview_ready.emit(preview.pages)

    def _show_current(self) -> None:
        """Scroll the preview to the first page of the handout under the cursor in the list."""
        row = self.list.currentItem()
        if self.preview is None or row is None or row.data(ITEM_ROLE) is None:
            return
        item = row.data(ITEM_ROLE)
        for rendered, start in zip(self.preview.rendered, self.preview.starts, strict=True):
            if rendered.item == item:
                self.view.pageNavigator().jump(start, QPointF(), self.view.zoomFactor())
                return

    @property
    def page_count(self) -> int:
        return self._document.pageCount() if self._document is not None else 0

    # -- print and save ------------------------------------------------------------------------
    def _ask_printer(self, printer: QPrinter) -> bool:
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print handouts"))
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _ask_file(self, suggested: str) -> str | None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save handouts as PDF"),
                                                    suggested, self.tr("PDF files (*.pdf)"))
        return path or None

    def print_handouts(self) -> None:
        preview = self.preview
        if preview is None or not self.print_button.isEnabled():
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName("Handouts")
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        if not self.choose_printer(printer):
            return
        self._busy = True
        self._update_buttons()
        self.status.setText(self.tr("Printing…"))
        self._printer = printer  # kept alive while the job paints onto it
        self.runner.run(print_pdf, preview.pdf, printer,
                        on_done=lambda _pages, p=preview: self._given(p, "printed"),
                        on_error=lambda message, _exc: self._failed(self.tr("Not printed"),
                                                                    message))

    def save_handouts(self) -> None:
        preview = self.preview
        if preview is None or not self.save_button.isEnabled():
            return
        suggested = str(Path.home() / "handouts.pdf")
        path = self.choose_file(suggested)
        if not path:
            return
        self._busy = True
        self._update_buttons()
        self.status.setText(self.tr("Saving…"))
        self.runner.run(save_pdf, preview.pdf, path,
                        on_done=lambda target, p=preview: self._saved(p, target),
                        on_error=lambda message, _exc: self._failed(self.tr("Not saved"),
                                                                    message))

    def _saved(self, preview: Preview, target: Path) -> None:
        if not _alive(self):
            return
        self._given(preview, "saved", saved_to=target)

    def _given(self, preview: Preview, how: str, saved_to: Path | None = None) -> None:
        if not _alive(self):
            return
        done = (self.tr("Printed") if how == "printed"
                else self.tr("Saved to %1").replace("%1", str(saved_to)))
        self._done_text = done + "."
        c = self.choices
        note_id = c.draft_note_id if c else None
        editor = self.open_editor(note_id) if note_id else None
        self.status.setText(done + ". " + self.tr("Recording…"))
        self.runner.run(handouts.record_given, self.store, self.patient_id, list(preview.rendered),
                        note_id=note_id, how=how, write_note=editor is None,
                        on_done=lambda record: self._recorded(record, editor),
                        on_error=lambda message, _exc: self._failed(
                            done + self.tr(", but not recorded"), message))
        if saved_to is not None:
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Handouts saved"),
                              self.tr("Saved to %1.").replace("%1", str(saved_to))
                              + "\n\n" + self.tr(NOT_ENCRYPTED),
                              QMessageBox.StandardButton.Ok, self)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.saved_box = box
            box.open()

    def _recorded(self, record: GivenRecord | None, editor: Any) -> None:
        if not _alive(self):
            return
        self._busy = False
        self.last_record = record
        text = self._done_text
        if record is None:
            text += " " + self.tr("Nothing for the patient was recorded (the med rec summary is "
                                  "for the provider).")
        elif record.note_id:
            typed = editor is not None and _alive(editor) and add_to_open_note(editor, record.note_line)
            if editor is not None and not typed:  # the editor went away meanwhile
                self.runner.run(handouts.add_to_draft, self.store, record.note_id,
                                record.note_line, on_error=lambda _m, _e: None)
            where = (self.tr("Recorded on the open visit note (Education given): ask the "
                             "teach-back questions and record the answer there.") if typed
                     else self.tr("Recorded on the draft visit note (Education given): ask the "
                                  "teach-back questions and record the answer there."))
            text += " " + where
        else:
            text += " " + self.tr("Recorded for the patient (there is no visit note for this "
                                  "visit).")
        self.status.setText(text)
        self._update_buttons()
        if record is not None:
            self.sig_recorded.emit(record)

    def _failed(self, what: str, message: str) -> None:
        if not _alive(self):
            return
        self._busy = False
        self.status.setText(f"{what}: {message}")
        self._update_buttons()

    # -- closing -------------------------------------------------------------------------------
    def done(self, result: int) -> None:  # noqa: D102 - QDialog's
        self._timer.stop()
        self.view.setDocument(None)
        super().done(result)

    @property
    def busy(self) -> bool:
        return self._rendering or self._busy or self._timer.isActive()
