"""Where Hearth keeps things on this machine (overridable for tests and IT deployments)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Hearth"


def default_store_dir() -> Path:
    """``HEARTH_STORE`` or the user's data folder."""
    env = os.environ.get("HEARTH_STORE")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "store"


def log_dir() -> Path:
    """``HEARTH_LOG_DIR`` or the user's log folder."""
    env = os.environ.get("HEARTH_LOG_DIR")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
