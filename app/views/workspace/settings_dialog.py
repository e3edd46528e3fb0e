"""The Settings dialog (idle lock time, text size, language, the care team on handouts) and the font-scale helper.

The dialog edits a copy: after it is accepted, :meth:`SettingsDialog.settings` holds the new
values for the caller to save (``app.settings.save_settings``, through the Runner or at once:
it is a small local file) and apply (``apply_font_scale``, ``install_translator``,
``LockController.set_idle_ms``).
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.settings import FONT_SCALE_RANGE, IDLE_LOCK_RANGE, LANGUAGES, Settings
from app.views.icons import icon
from app.views.workspace.i18n import LANGUAGE_NAMES

FONT_SCALES = (1.0, 1.1, 1.25, 1.5, 1.75, 2.0)
_BASE_FONT_PROPERTY = "hearth_base_font"


def apply_font_scale(app: QGuiApplication, scale: float) -> QFont:
    """Scale the application font to ``scale`` × the font the app started with (1.0-2.0).
    Widgets that set their own font size keep it; everything else follows. Returns the font."""
    low, high = FONT_SCALE_RANGE
    scale = min(high, max(low, float(scale)))
    base = app.property(_BASE_FONT_PROPERTY)
    if not isinstance(base, QFont):
        base = QFont(app.font())
        app.setProperty(_BASE_FONT_PROPERTY, base)
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * scale)
    elif base.pixelSize() > 0:
        font.setPixelSize(round(base.pixelSize() * scale))
    app.setFont(font)
    return font


def _percent(scale: float) -> str:
    return f"{round(scale * 100)} %"


class SettingsDialog(QDialog):
    """Edits ``settings`` (a copy is kept); :meth:`settings` gives the chosen values."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._original = settings
        self.setMinimumWidth(460)
        self.setWindowIcon(icon("settings"))
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

        self.idle_spin = QSpinBox(self)
        self.idle_spin.setRange(*IDLE_LOCK_RANGE)
        self.idle_spin.setValue(settings.idle_lock_minutes)
        self.idle_label = QLabel(self)
        self.idle_label.setBuddy(self.idle_spin)
        form.addRow(self.idle_label, self.idle_spin)
        self.idle_help = QLabel(self)
        self.idle_help.setWordWrap(True)
        form.addRow("", self.idle_help)

        self.scale_combo = QComboBox(self)
        scales = list(FONT_SCALES)
        if round(settings.font_scale, 2) not in scales:
            scales.append(round(settings.font_scale, 2))
            scales.sort()
        for scale in scales:
            self.scale_combo.addItem(_percent(scale), scale)
        self.scale_combo.setCurrentIndex(self.scale_combo.findData(round(settings.font_scale, 2)))
        self.scale_label = QLabel(self)
        self.scale_label.setBuddy(self.scale_combo)
        form.addRow(self.scale_label, self.scale_combo)

        self.language_combo = QComboBox(self)
        for language in LANGUAGES:
            self.language_combo.addItem(LANGUAGE_NAMES.get(language, language), language)
        index = self.language_combo.findData(settings.language)
        self.language_combo.setCurrentIndex(max(0, index))
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language_combo)
        form.addRow(self.language_label, self.language_combo)

        self.team_name_edit = QLineEdit(settings.care_team_name or "", self)
        self.team_name_edit.setMaxLength(120)
        self.team_name_label = QLabel(self)
        self.team_name_label.setBuddy(self.team_name_edit)
        form.addRow(self.team_name_label, self.team_name_edit)
        self.team_phone_edit = QLineEdit(settings.care_team_phone or "", self)
        self.team_phone_edit.setMaxLength(40)
        self.team_phone_label = QLabel(self)
        self.team_phone_label.setBuddy(self.team_phone_edit)
        form.addRow(self.team_phone_label, self.team_phone_edit)
        layout.addLayout(form)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._retranslate()
        self.idle_spin.setFocus()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.idle_label.setText(self.tr("&Lock after:"))
        self.idle_spin.setSuffix(self.tr(" min without use"))
        self.idle_spin.setAccessibleName(self.tr("Minutes without use before Hearth locks"))
        self.idle_help.setText(self.tr("Hearth also locks when you press Ctrl+L or the computer "
                                  "goes to sleep."))
        self.scale_label.setText(self.tr("&Text size:"))
        self.scale_combo.setAccessibleName(self.tr("Text size"))
        self.language_label.setText(self.tr("Lan&guage:"))
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.language_combo.setToolTip(self.tr("Takes effect at once"))
        self.team_name_label.setText(self.tr("Care &team name:"))
        self.team_name_edit.setPlaceholderText(self.tr("Printed on medicine schedules"))
        self.team_phone_label.setText(self.tr("Care team &phone:"))
        self.team_phone_edit.setPlaceholderText(self.tr("The number patients should call"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def settings(self) -> Settings:
        """The settings with her choices (the original is left as it was)."""
        return dataclasses.replace(
            self._original,
            idle_lock_minutes=self.idle_spin.value(),
            font_scale=float(self.scale_combo.currentData()),
            language=str(self.language_combo.currentData()),
            care_team_name=self.team_name_edit.text().strip() or None,
            care_team_phone=self.team_phone_edit.text().strip() or None,
            extra=dict(self._original.extra),
        )


__all__ = ["SettingsDialog", "apply_font_scale"]
