"""Settings: the file (round trip, bad files), the dialog, the font scale."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.settings import Settings, config_dir, load_settings, save_settings, settings_path
from app.views.workspace.settings_dialog import SettingsDialog, apply_font_scale


def test_settings_round_trip_in_the_config_folder(_private_config: Path) -> None:
    assert config_dir() == _private_config
    assert load_settings() == Settings()  # no file yet: the defaults
    mine = Settings(idle_lock_minutes=15, font_scale=1.5, language="es",
                    care_team_name="Willow Creek Care Team", care_team_phone="(541) 555-0100",
                    window_geometry="01d9d0cb0003", extra={"from_a_newer_hearth": [1, 2]})
    path = save_settings(mine)
    assert path == _private_config / "settings.json" == settings_path()
    assert not list(_private_config.glob("*.tmp"))
    assert load_settings() == mine
    data = json.loads(path.read_text())
    assert data["idle_lock_minutes"] == 15 and data["from_a_newer_hearth"] == [1, 2]
    assert mine.idle_ms == 15 * 60_000


@pytest.mark.parametrize("content", [
    "{not json", "[1, 2, 3]", "\xff\xfe garbage", "",
])
def test_a_bad_settings_file_gives_the_defaults_and_a_warning(
        _private_config: Path, content: str, caplog: pytest.LogCaptureFixture) -> None:
    _private_config.mkdir(parents=True)
    (_private_config / "settings.json").write_bytes(content.encode("latin-1"))
    with caplog.at_level(logging.WARNING, logger="app.settings"):
        assert load_settings() == Settings()
    assert "using the default settings" in caplog.text


def test_out_of_range_values_fall_back_one_by_one(_private_config: Path,
                                                  caplog: pytest.LogCaptureFixture) -> None:
    _private_config.mkdir(parents=True)
    (_private_config / "settings.json").write_text(json.dumps(
        {"idle_lock_minutes": 0, "font_scale": 1.25, "language": "fr", "window_geometry": 7,
         "care_team_phone": "x" * 500}))
    with caplog.at_level(logging.WARNING, logger="app.settings"):
        loaded = load_settings()
    assert loaded == Settings(font_scale=1.25)
    assert "idle_lock_minutes" in caplog.text and "language" in caplog.text
    # Saving never writes an out-of-range value.
    save_settings(Settings(idle_lock_minutes=500, font_scale=9.0, language="xx"))
    assert load_settings() == Settings()


def test_settings_dialog(qtbot, shot) -> None:
    original = Settings(idle_lock_minutes=5, font_scale=1.0, language="en")
    dialog = SettingsDialog(original)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.idle_spin.minimum() == 1 and dialog.idle_spin.maximum() == 60
    assert [dialog.scale_combo.itemText(i) for i in range(dialog.scale_combo.count())] == \
        ["100 %", "110 %", "125 %", "150 %", "175 %", "200 %"]
    assert [dialog.language_combo.itemText(i) for i in range(2)] == ["English", "Español"]
    assert dialog.idle_spin.hasFocus() or not dialog.isActiveWindow()

    dialog.idle_spin.setValue(10)
    dialog.scale_combo.setCurrentIndex(dialog.scale_combo.findData(1.5))
    dialog.language_combo.setCurrentIndex(1)
    qtbot.keyClicks(dialog.team_name_edit, "Willow Creek Care Team")
    qtbot.keyClicks(dialog.team_phone_edit, "(541) 555-0100")
    shot(dialog, "workspace_settings")
    with qtbot.waitSignal(dialog.accepted, timeout=1_000):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
    chosen = dialog.settings()
    assert (chosen.idle_lock_minutes, chosen.font_scale, chosen.language) == (10, 1.5, "es")
    assert (chosen.care_team_name, chosen.care_team_phone) == ("Willow Creek Care Team", "(541) 555-0100")
    assert original.idle_lock_minutes == 5  # the original is left alone

    odd = SettingsDialog(Settings(font_scale=1.3))  # a value from a hand-edited file is kept
    qtbot.addWidget(odd)
    assert odd.scale_combo.currentText() == "130 %"


def test_apply_font_scale_scales_from_the_starting_font(qapp, font_scale) -> None:
    base = qapp.font().pointSizeF()
    assert font_scale(2.0).pointSizeF() == pytest.approx(base * 2)
    assert qapp.font().pointSizeF() == pytest.approx(base * 2)
    assert apply_font_scale(qapp, 1.5).pointSizeF() == pytest.approx(base * 1.5)  # not 3x
    assert apply_font_scale(qapp, 7).pointSizeF() == pytest.approx(base * 2)  # clamped
    assert apply_font_scale(qapp, 1.0).pointSizeF() == pytest.approx(base)
