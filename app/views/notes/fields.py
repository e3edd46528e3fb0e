"""Form controls for note templates: one control per template field, each able to say its value
as stored JSON (``value()``), show a stored value (``set_value()``) and report changes.

Empty is a real answer everywhere: a number shows "Not recorded", a date "Not set", a choice
"Not answered" (or the field's own ``empty_label``); clearing the text of a number or a date
gives that empty value back. Wheel turns over a control that does not have the focus scroll
the form instead of changing the value.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent, QValidator, QWheelEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from app.notes.service import describe_computed
from app.notes.templates import FieldSpec

translate = QCoreApplication.translate

# In English; shown translated (context "NoteFields").
NOT_RECORDED = QT_TRANSLATE_NOOP("NoteFields", "Not recorded")
NOT_SET = QT_TRANSLATE_NOOP("NoteFields", "Not set")
NOT_ANSWERED = QT_TRANSLATE_NOOP("NoteFields", "Not answered")


def template_text(text: str | None) -> str:
    """A note template's text (label, hint, answer), in the language installed: the templates
    are data, listed for translation in resources/translations/note_templates.py (context
    "NoteTemplate"). Stored notes keep the English."""
    return translate("NoteTemplate", text) if text else ""


def _scroll_wheel_only_when_focused(widget: QWidget, event: QWheelEvent,
                                    base: Callable[[QWheelEvent], None]) -> None:
    if widget.hasFocus():
        base(event)
    else:
        event.ignore()  # goes to the scroll area


def _replace_special_text(box: QSpinBox | QDoubleSpinBox, event: QKeyEvent) -> None:
    """Typing a number over "Not recorded" replaces it, wherever the cursor was."""
    text = event.text()
    if (text and (text[0].isdigit() or text[0] in "-+.,")
            and box.lineEdit().text() == box.specialValueText()):
        box.selectAll()


def _select_special_text_soon(box: QSpinBox | QDoubleSpinBox) -> None:
    """After a click has placed the cursor: select "Not recorded", if still shown."""

    def select() -> None:
        if box.hasFocus() and box.lineEdit().text() == box.specialValueText():
            box.selectAll()

    QTimer.singleShot(0, box, select)


def _whole(widget: QWidget) -> QSize:
    """Never narrower than its text: in a tight form the field moves under its label
    (QFormLayout.WrapLongRows) instead of cutting its text off."""
    return widget.sizeHint()


class _NotRecorded:
    """For spin boxes whose minimum reads "Not recorded" (None): an empty field is accepted
    and means the minimum, typing replaces the special text, and the wheel only turns a
    focused box (so scrolling the form never changes a vital sign)."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return _whole(self)  # type: ignore[arg-type]

    def validate(self, text: str, pos: int) -> Any:
        if not text.removesuffix(self.suffix()).strip():  # type: ignore[attr-defined]
            return QValidator.State.Acceptable, text, pos
        return super().validate(text, pos)  # type: ignore[misc]

    def valueFromText(self, text: str) -> Any:  # noqa: N802
        if not text.removesuffix(self.suffix()).strip():  # type: ignore[attr-defined]
            return self.minimum()  # type: ignore[attr-defined]
        return super().valueFromText(text)  # type: ignore[misc]

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        _scroll_wheel_only_when_focused(self, event, super().wheelEvent)  # type: ignore

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusInEvent(event)  # type: ignore[misc]
        _select_special_text_soon(self)  # type: ignore[arg-type]

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        _replace_special_text(self, event)  # type: ignore[arg-type]
        super().keyPressEvent(event)  # type: ignore[misc]


class NumberBox(_NotRecorded, QSpinBox):
    """Whole numbers; the minimum is "Not recorded" (None)."""


class DecimalBox(_NotRecorded, QDoubleSpinBox):
    """Decimals; the minimum is "Not recorded" (None)."""


class DateBox(QDateEdit):
    """A date with a calendar (Alt+Down or F4); the minimum is "Not set" (None). Tab leaves
    the field like any other (QDateEdit would step through day, month and year first; the
    arrow keys still do)."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return _whole(self)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002
        return QWidget.focusNextPrevChild(self, next)

    def validate(self, text: str, pos: int) -> Any:
        if not text.strip():
            return QValidator.State.Acceptable, text, pos
        return super().validate(text, pos)

    def dateTimeFromText(self, text: str) -> QDateTime:  # noqa: N802
        if not text.strip():
            return self.minimumDateTime()
        return super().dateTimeFromText(text)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        _scroll_wheel_only_when_focused(self, event, super().wheelEvent)


class ChoiceBox(QComboBox):
    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return _whole(self)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        _scroll_wheel_only_when_focused(self, event, super().wheelEvent)


class TextArea(QPlainTextEdit):
    """Several lines of text; Tab moves on (Ctrl+Tab does too), so the form works by keyboard.
    Its height follows the font: ``lines`` lines of text."""

    def __init__(self, parent: QWidget | None = None, *, lines: int = 3) -> None:
        super().__init__(parent)
        self._lines = lines
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802
        metrics = self.fontMetrics()
        margins = self.contentsMargins()
        doc_margin = int(self.document().documentMargin() * 2)
        height = (metrics.lineSpacing() * self._lines + doc_margin + margins.top()
                  + margins.bottom() + 4)
        return QSize(metrics.averageCharWidth() * 40, height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint()

    def changeEvent(self, event: Any) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self.updateGeometry()


class FieldControl:
    """One template field on the form: its widget, value in and out, and change notice."""

    def __init__(self, section_key: str, spec: FieldSpec, widget: QWidget, *,
                 visit_day: dt.date | None = None) -> None:
        self.section_key = section_key
        self.spec = spec
        self.widget = widget
        self._visit_day = visit_day

    @property
    def key(self) -> tuple[str, str]:
        return (self.section_key, self.spec.key)

    @property
    def focusable(self) -> bool:
        return self.spec.kind != "computed"

    # -- values ----------------------------------------------------------------------------------
    def value(self) -> Any:
        w, kind = self.widget, self.spec.kind
        if kind == "text":
            return w.text() or None  # type: ignore[attr-defined]
        if kind == "textarea":
            return w.toPlainText() or None  # type: ignore[attr-defined]
        if kind == "int":
            return None if w.value() == w.minimum() else w.value()  # type: ignore[attr-defined]
        if kind == "decimal":
            v = w.value()  # type: ignore[attr-defined]
            return None if v <= w.minimum() else round(v, self.spec.decimals)  # type: ignore[attr-defined]
        if kind == "choice":
            return w.currentData()  # type: ignore[attr-defined]
        if kind == "check":  # unticked is left out, like any other empty field
            return True if w.isChecked() else None  # type: ignore[attr-defined]
        if kind == "date":
            d = w.date()  # type: ignore[attr-defined]
            return None if d == w.minimumDate() else d.toString(Qt.DateFormat.ISODate)  # type: ignore[attr-defined]
        return None  # computed: the service works it out

    def set_value(self, value: Any) -> None:
        w, kind = self.widget, self.spec.kind
        if kind == "text":
            w.setText("" if value is None else str(value))  # type: ignore[attr-defined]
        elif kind == "textarea":
            w.setPlainText("" if value is None else str(value))  # type: ignore[attr-defined]
        elif kind in ("int", "decimal"):
            numeric = isinstance(value, (int, float)) and not isinstance(value, bool)
            w.setValue(value if numeric else w.minimum())  # type: ignore[attr-defined]
        elif kind == "choice":
            index = w.findData(value) if value is not None else 0  # type: ignore[attr-defined]
            if index < 0:  # a value from a newer template: shown, kept as it is
                w.addItem(str(value), value)  # type: ignore[attr-defined]
                index = w.count() - 1  # type: ignore[attr-defined]
            w.setCurrentIndex(index)  # type: ignore[attr-defined]
        elif kind == "check":
            w.setChecked(bool(value))  # type: ignore[attr-defined]
        elif kind == "date":
            day = None
            if isinstance(value, str):
                try:
                    day = dt.date.fromisoformat(value)
                except ValueError:
                    day = None
            if day is None:
                w.setDate(w.minimumDate())  # type: ignore[attr-defined]
            else:
                q = QDate(day.year, day.month, day.day)
                if q <= w.minimumDate():  # type: ignore[attr-defined]
                    w.setMinimumDate(q.addDays(-1))  # type: ignore[attr-defined]
                w.setDate(q)  # type: ignore[attr-defined]
        elif kind == "computed":
            w.setText(describe_computed(self.section_key, self.spec.key, value)  # type: ignore[attr-defined]
                      if value is not None else "—")

    def connect_changed(self, callback: Callable[[], None]) -> None:
        w, kind = self.widget, self.spec.kind
        signal = {
            "text": "textChanged", "textarea": "textChanged", "int": "valueChanged",
            "decimal": "valueChanged", "choice": "currentIndexChanged", "check": "toggled",
            "date": "dateChanged",
        }.get(kind)
        if signal is not None:
            getattr(w, signal).connect(lambda *_args: callback())


def make_control(section_key: str, spec: FieldSpec, parent: QWidget, *,
                 visit_day: dt.date | None = None) -> FieldControl:
    """The widget for ``spec``, with its accessible name and description set."""
    kind = spec.kind
    widget: QWidget
    if kind == "text":
        line = QLineEdit(parent)
        line.setPlaceholderText(template_text(spec.hint))
        line.setClearButtonEnabled(True)
        widget = line
    elif kind == "textarea":
        area = TextArea(parent, lines=4 if spec.required else 3)
        area.setPlaceholderText(template_text(spec.hint))
        widget = area
    elif kind == "int":
        spin = NumberBox(parent)
        low = int(spec.min if spec.min is not None else 0)
        spin.setRange(low - 1, int(spec.max if spec.max is not None else 999))
        spin.setSpecialValueText(translate("NoteFields", NOT_RECORDED))
        if spec.unit:
            spin.setSuffix(f" {spec.unit}")
        spin.setValue(spin.minimum())
        widget = spin
    elif kind == "decimal":
        dspin = DecimalBox(parent)
        dspin.setDecimals(spec.decimals)
        step = 10 ** -spec.decimals
        low = float(spec.min if spec.min is not None else 0.0)
        dspin.setRange(low - step, float(spec.max if spec.max is not None else 999.0))
        dspin.setSingleStep(step if spec.decimals else 1.0)
        dspin.setSpecialValueText(translate("NoteFields", NOT_RECORDED))
        if spec.unit:
            dspin.setSuffix(f" {spec.unit}")
        dspin.setValue(dspin.minimum())
        widget = dspin
    elif kind == "choice":
        combo = ChoiceBox(parent)
        combo.addItem(template_text(spec.empty_label) or translate("NoteFields", NOT_ANSWERED),
                      None)
        for value, label in spec.options:
            combo.addItem(template_text(label), value)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        widget = combo
    elif kind == "check":
        widget = QCheckBox(template_text(spec.label), parent)
    elif kind == "date":
        date = DateBox(parent)
        date.setCalendarPopup(True)
        # Month names (and the calendar) in the language installed: "3 dic 2026".
        date.setLocale(QLocale(translate(
            "NoteFields", "en", "the language code of this translation (for dates)")))
        date.setDisplayFormat("d MMM yyyy")
        day = visit_day or dt.date.today()
        date.setMinimumDate(QDate(day.year, day.month, day.day).addDays(-1))
        date.setSpecialValueText(translate("NoteFields", NOT_SET))
        date.setDate(date.minimumDate())
        widget = date
    elif kind == "computed":
        label = QLabel("—", parent)
        label.setWordWrap(True)
        # The whole width of the field column, so the words wrap only when they must.
        label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        widget = label
    else:  # pragma: no cover - parse_template refuses unknown kinds
        raise ValueError(kind)
    widget.setObjectName(f"field_{section_key}_{spec.key}")
    widget.setAccessibleName(template_text(spec.label))
    description = template_text(spec.hint)
    if spec.required:
        description = translate("NoteFields", "Needed to sign. ") + description
    if kind in ("int", "decimal"):
        description += translate("NoteFields", " Clear the box for not recorded.")
    if description.strip():
        widget.setAccessibleDescription(description.strip())
    if spec.hint and kind not in ("text", "textarea"):
        widget.setToolTip(template_text(spec.hint))
    return FieldControl(section_key, spec, widget, visit_day=visit_day)
