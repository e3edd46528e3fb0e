"""The AHC HRSN screening as a form (all 10 core questions, English or Spanish, keyboard
friendly: Tab goes from question to question, the arrow keys choose an answer, Space ticks a
housing problem; every question has "Declined to answer"), its live score, and community
referrals for the positive domains.

Every read and write goes through the Runner.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.coordination import social_needs as service
from app.coordination.social_needs import DECLINED, DOMAINS, Question, ScreeningResult
from app.views.background import Runner

DOMAIN_WORDS = {"housing": QT_TRANSLATE_NOOP("CareCoordination", "Living situation"),
                "food": QT_TRANSLATE_NOOP("CareCoordination", "Food"),
                "transportation": QT_TRANSLATE_NOOP("CareCoordination", "Transportation"),
                "utilities": QT_TRANSLATE_NOOP("CareCoordination", "Utilities"),
                "safety": QT_TRANSLATE_NOOP("CareCoordination", "Safety")}
ANSWER_WORDS = {"positive": QT_TRANSLATE_NOOP("CareCoordination", "Positive"),
                "negative": QT_TRANSLATE_NOOP("CareCoordination", "Negative"),
                "declined": QT_TRANSLATE_NOOP("CareCoordination", "Declined"),
                "unknown": QT_TRANSLATE_NOOP("CareCoordination", "Not answered")}


def _w(text: str) -> str:
    return QCoreApplication.translate("CareCoordination", text)


WRAP = 72  # buttons do not wrap their text: long answers are broken into lines here


class _QuestionBox(QGroupBox):
    def __init__(self, q: Question, lang: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.q = q
        layout = QVBoxLayout(self)
        self.question = QLabel(self)
        self.question.setWordWrap(True)
        font = self.question.font()
        font.setBold(True)
        self.question.setFont(font)
        layout.addWidget(self.question)
        self.buttons: list[tuple[str, QRadioButton | QCheckBox]] = []
        self.group = QButtonGroup(self)
        self.group.setExclusive(not q.multiple)
        for o in q.options:
            b: QRadioButton | QCheckBox = QCheckBox(self) if q.multiple else QRadioButton(self)
            self.group.addButton(b)
            layout.addWidget(b)
            self.buttons.append((o.id, b))
        self.declined = QCheckBox(self) if q.multiple else QRadioButton(self)
        self.group.addButton(self.declined)
        layout.addWidget(self.declined)
        self.declined_text = ""
        if q.multiple:
            self.group.buttonToggled.connect(self._exclusive)
        self.set_lang(lang)

    def set_lang(self, lang: str) -> None:
        text = f"{self.q.number}. {self.q.text[lang]}"
        self.question.setText(text)
        self.setAccessibleName(text)
        for (oid, b), o in zip(self.buttons, self.q.options, strict=True):
            shown = textwrap.fill(o.text[lang], WRAP)
            b.setText(shown)
            lines = shown.count("\n") + 1
            b.setMinimumHeight(b.fontMetrics().lineSpacing() * lines + 8 if lines > 1 else 0)
            b.setAccessibleName(o.text[lang])
        self.declined.setText("Prefiere no contestar" if lang == "es"
                              else "Declined to answer")

    def _exclusive(self, button: Any, checked: bool) -> None:
        """Question 2: "None of the above" or "Declined" clear the others, and back."""
        if not checked:
            return
        exclusive = {b for oid, b in self.buttons
                     if self.q.option(oid).exclusive} | {self.declined}
        for _oid, b in self.buttons + [("", self.declined)]:
            if b is button:
                continue
            if button in exclusive or b in exclusive:
                b.blockSignals(True)
                b.setChecked(False)
                b.blockSignals(False)

    def answer(self) -> Any:
        if self.declined.isChecked():
            return DECLINED
        chosen = [oid for oid, b in self.buttons if b.isChecked()]
        if not chosen:
            return None
        return chosen if self.q.multiple else chosen[0]

    def set_answer(self, answer: Any) -> None:
        if answer == DECLINED:
            self.declined.setChecked(True)
            return
        ids = answer if isinstance(answer, list) else [answer]
        for oid, b in self.buttons:
            if oid in ids:
                b.setChecked(True)


class ScreeningDialog(QDialog):
    """The 10 questions; Save scores and records the screening."""

    sig_saved = Signal(str, object)  # screening id, ScreeningResult

    def __init__(self, store: Any, runner: Runner, patient_id: str, *, lang: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.runner, self.patient_id = store, runner, patient_id
        self.tool = service.load_tool()
        self.setWindowTitle(self.tr("Social needs screening (AHC HRSN)"))
        self.resize(720, 760)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.lang = QComboBox(self)
        self.lang.addItem("English", "en")
        self.lang.addItem("Español", "es")
        self.lang.setCurrentIndex(max(0, self.lang.findData(lang)))
        label = QLabel(self.tr("&Language:"), self)
        label.setBuddy(self.lang)
        top.addWidget(label)
        top.addWidget(self.lang)
        top.addStretch(1)
        layout.addLayout(top)
        self.note = QLabel("", self)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget(scroll)
        column = QVBoxLayout(inner)
        self.boxes: dict[str, _QuestionBox] = {}
        for q in self.tool.questions:
            box = _QuestionBox(q, lang, inner)
            box.group.buttonToggled.connect(lambda *_: self._rescore())
            column.addWidget(box)
            self.boxes[q.id] = box
        scroll.setWidget(inner)
        layout.addWidget(scroll, 1)
        self.result = QLabel("", self)
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("Screening result"))
        layout.addWidget(self.result)
        self.error = QLabel("", self)
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.lang.currentIndexChanged.connect(self._lang_changed)
        self._lang_changed()
        self.saved: tuple[str, ScreeningResult] | None = None

    def _lang_changed(self, *_args: Any) -> None:
        lang = self.lang.currentData()
        for box in self.boxes.values():
            box.set_lang(lang)
        text = self.tr("CMS Accountable Health Communities screening tool, core questions.")
        if lang == "es":
            text = self.tr("Spanish wording: %1").replace(
                "%1", self.tool.spanish_note.split(":")[0] + ".")
        self.note.setText(text)
        self.note.setToolTip(self.tool.source + ("\n\n" + self.tool.spanish_note
                                                 if lang == "es" else ""))
        self._rescore()

    def answers(self) -> dict[str, Any]:
        return {qid: box.answer() for qid, box in self.boxes.items()}

    def set_answers(self, answers: dict[str, Any]) -> None:
        for qid, answer in answers.items():
            self.boxes[qid].set_answer(answer)

    def _rescore(self) -> None:
        try:
            r = service.score_answers(self.answers(), tool=self.tool)
        except Exception:  # noqa: BLE001 - a half-filled form scores later
            return
        parts = [f"{_w(DOMAIN_WORDS[d])}: {_w(ANSWER_WORDS[r.domains[d]])}"
                 for d in DOMAINS]
        safety = (self.tr("safety score %1 (11 or more is positive)")
                  .replace("%1", str(r.safety_score)) if r.safety_score is not None else "")
        self.result.setText("; ".join(parts) + (f"; {safety}" if safety else ""))

    def save(self) -> None:
        self.error.setText("")
        self.runner.run(service.record_screening, self.store, self.patient_id, self.answers(),
                        lang=self.lang.currentData(), on_done=self._saved,
                        on_error=lambda message, _exc: self.error.setText(message))

    def _saved(self, outcome: tuple[str, ScreeningResult]) -> None:
        self.saved = outcome
        self.sig_saved.emit(outcome[0], outcome[1])
        self.accept()


class ReferralDialog(QDialog):
    """A community referral for one positive domain."""

    def __init__(self, domains: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Refer to a community resource"))
        form = QFormLayout(self)
        self.domain = QComboBox(self)
        for d in domains:
            self.domain.addItem(_w(DOMAIN_WORDS[d]), d)
        form.addRow(self.tr("&Need:"), self.domain)
        self.to_name = QLineEdit(self)
        self.to_name.setAccessibleName(self.tr("Community resource"))
        form.addRow(self.tr("&Resource:"), self.to_name)
        self.phone = QLineEdit(self)
        self.phone.setAccessibleName(self.tr("Phone"))
        form.addRow(self.tr("&Phone:"), self.phone)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, str, str]:
        return self.domain.currentData(), self.to_name.text(), self.phone.text()


def latest_job(store: Any, patient_id: str) -> tuple[dict[str, str], dict[str, str], str | None]:
    """(domain answers of the latest screening, open community referrals by domain, the
    patient's language)."""
    from app.models.entities import Patient

    with store.session() as session:
        row = service.latest_screening(session, patient_id)
        answers = {d: getattr(row, d) for d in DOMAINS} if row is not None else {}
        patient = session.get(Patient, patient_id)
        return (answers, service.open_community_referrals(session, patient_id),
                patient.language if patient is not None else None)


class SocialNeedsPanel(QWidget):
    """Above the chart's screenings: "New screening…" and the referral offer for positive
    domains of the latest screening."""

    sig_changed = Signal()

    def __init__(self, store: Any, runner: Runner, patient_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.runner, self.patient_id = store, runner, patient_id
        self.positives: list[str] = []
        self.referred: dict[str, str] = {}
        self.patient_lang = "en"
        self.last_dialog: QDialog | None = None
        self.ask_referral: Callable[[list[str]], tuple[str, str, str] | None] = \
            self._ask_referral
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        self.new_button = QPushButton(self.tr("New screenin&g…"), self)
        self.new_button.setToolTip(self.tr("The AHC HRSN screening: 10 questions"))
        self.refer_button = QPushButton(self.tr("Refer to communit&y resource…"), self)
        self.refer_button.setEnabled(False)
        self.offer = QLabel("", self)
        self.offer.setWordWrap(True)
        self.offer.setAccessibleName(self.tr("Referral offer"))
        layout.addWidget(self.new_button)
        layout.addWidget(self.refer_button)
        layout.addWidget(self.offer, 1)
        self.new_button.clicked.connect(self.new_screening)
        self.refer_button.clicked.connect(self.refer)

    def reload(self) -> None:
        self.runner.run(latest_job, self.store, self.patient_id, on_done=self._loaded)

    def _loaded(self, data: tuple[dict[str, str], dict[str, str], str | None]) -> None:
        answers, referred, language = data
        self.patient_lang = "es" if (language or "").lower().startswith("es") else "en"
        self.positives = [d for d in DOMAINS if answers.get(d) == "positive"]
        self.referred = referred
        waiting = [d for d in self.positives if d not in referred]
        self.refer_button.setEnabled(bool(waiting))
        if waiting:
            self.offer.setText(self.tr("Positive, no community referral yet: %1.").replace(
                "%1", ", ".join(_w(DOMAIN_WORDS[d]).lower() for d in waiting)))
        elif self.positives:
            self.offer.setText(self.tr("Every positive domain has a community referral."))
        else:
            self.offer.setText("")

    def screening_dialog(self) -> ScreeningDialog:
        dialog = ScreeningDialog(self.store, self.runner, self.patient_id,
                                 lang=self.patient_lang, parent=self)
        dialog.sig_saved.connect(lambda *_: self._changed())
        self.last_dialog = dialog
        return dialog

    def new_screening(self) -> None:
        self.screening_dialog().open()

    def _changed(self) -> None:
        self.sig_changed.emit()
        self.reload()

    def _ask_referral(self, domains: list[str]) -> tuple[str, str, str] | None:
        dialog = ReferralDialog(domains, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.values()

    def refer(self) -> None:
        waiting = [d for d in self.positives if d not in self.referred]
        if not waiting:
            return
        answer = self.ask_referral(waiting)
        if answer is None:
            return
        domain, name, phone = answer
        self.runner.run(service.create_community_referral, self.store, self.patient_id,
                        domain, to_name=name, to_phone=phone or None,
                        on_done=lambda _r: self._changed(),
                        on_error=lambda message, _exc: self.offer.setText(message))


__all__ = ["ScreeningDialog", "SocialNeedsPanel", "ReferralDialog"]
