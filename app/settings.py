"""Her preferences on this computer: idle lock time, font scale, language, window geometry.

No Qt. One JSON file, ``settings.json``, in the user config folder
(``platformdirs.user_config_dir("Hearth")``; ``HEARTH_CONFIG_DIR`` overrides it, for tests and
IT deployments). Written atomically (a temporary file, fsync, rename), so a crash never leaves
half a file. A file that cannot be read, or a value out of range, never stops Hearth: the
default is used and a warning is logged (which setting, never the file's contents).
Keys this version does not know are kept and written back, so a newer Hearth's settings
survive a run of an older one.
"""

from __future__ import annotations

import json
import logging
import math
import os
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import platformdirs

from app.paths import APP_NAME

log = logging.getLogger(__name__)

CONFIG_ENV = "HEARTH_CONFIG_DIR"
SETTINGS_NAME = "settings.json"

IDLE_LOCK_RANGE = (1, 60)  # minutes
FONT_SCALE_RANGE = (1.0, 2.0)
LANGUAGES = ("en", "es")


@dataclass
class Settings:
    idle_lock_minutes: int = 5
    font_scale: float = 1.0
    language: str = "en"
    # the care team printed on handouts (the clinic's name and phone; no patient data)
    care_team_name: str | None = None
    care_team_phone: str | None = None
    # QMainWindow.saveGeometry() as hex (screen positions only, no patient data)
    window_geometry: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, repr=False)  # unknown keys, kept

    @property
    def idle_ms(self) -> int:
        return int(self.idle_lock_minutes) * 60_000

    def to_dict(self) -> dict[str, Any]:
        data = dict(self.extra)
        data.update(idle_lock_minutes=self.idle_lock_minutes, font_scale=self.font_scale,
                    language=self.language, care_team_name=self.care_team_name,
                    care_team_phone=self.care_team_phone, window_geometry=self.window_geometry)
        return data


def config_dir() -> Path:
    env = os.environ.get(CONFIG_ENV)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def settings_path(folder: Path | str | None = None) -> Path:
    return Path(folder) / SETTINGS_NAME if folder is not None else config_dir() / SETTINGS_NAME


# -- checking values -------------------------------------------------------------------------
def _minutes(value: Any) -> int | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    if isinstance(value, float) and (not math.isfinite(value) or value != int(value)):
        return None
    low, high = IDLE_LOCK_RANGE
    return int(value) if low <= value <= high else None


def _scale(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    low, high = FONT_SCALE_RANGE
    value = float(value)
    return round(value, 2) if math.isfinite(value) and low <= value <= high else None


def _language(value: Any) -> str | None:
    return value if value in LANGUAGES else None


def _short_text(value: Any) -> str | None:
    if isinstance(value, str) and value.strip() and len(value) <= 120 and value.isprintable():
        return value.strip()
    return None


def _geometry(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str) and len(value) <= 4096:
        try:
            bytes.fromhex(value)
        except ValueError:
            return None
        return value
    return None


_CHECKS = {"idle_lock_minutes": _minutes, "font_scale": _scale, "language": _language,
           "care_team_name": _short_text, "care_team_phone": _short_text, "window_geometry": _geometry}


def validated(settings: Settings) -> Settings:
    """A copy with every out-of-range value replaced by its default (raises nothing)."""
    defaults = Settings()
    out = Settings(extra=dict(settings.extra))
    for name, check in _CHECKS.items():
        value = check(getattr(settings, name))
        setattr(out, name, getattr(defaults, name) if value is None else value)
    return out


def from_dict(data: Any) -> Settings:
    """Settings from parsed JSON: bad values become defaults, each with a logged warning."""
    if not isinstance(data, dict):
        log.warning("settings file is not a JSON object; using the default settings")
        return Settings()
    settings = Settings()
    known = {f.name for f in fields(Settings)} - {"extra"}
    for name in known:
        if name not in data:
            continue
        value = _CHECKS[name](data[name])
        if value is None and data[name] is not None:
            log.warning("setting %s has a value out of range; using the default", name)
            continue
        if value is not None:
            setattr(settings, name, value)
    settings.extra = {k: v for k, v in data.items() if k not in known}
    return settings


# -- file --------------------------------------------------------------------------------------
def load_settings(folder: Path | str | None = None) -> Settings:
    """Her settings, or the defaults when there is no file or it cannot be read (never
    raises for a bad file)."""
    path = settings_path(folder)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Settings()
    except (OSError, UnicodeDecodeError) as exc:
        log.warning("settings file cannot be read (%s); using the default settings",
                    type(exc).__name__)
        return Settings()
    try:
        data = json.loads(text)
    except ValueError:
        log.warning("settings file is not valid JSON; using the default settings")
        return Settings()
    return from_dict(data)


def save_settings(settings: Settings, folder: Path | str | None = None) -> Path:
    """Write the settings atomically; returns the file's path."""
    path = settings_path(folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(validated(settings).to_dict(), indent=2, sort_keys=True)
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    try:
        fd = os.open(path.parent, os.O_RDONLY)
    except OSError:  # some platforms cannot open a folder; the rename is still atomic
        return path
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
    return path
