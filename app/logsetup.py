"""Logging: a rotating file in the user's log folder, ids only, never patient data.

Rules for every log call in Hearth: log record ids, counts and kinds, never names, dates of
birth, identifiers, free text or exception messages from the database layer (they can carry
the row's values). :func:`safe_exception` renders an exception for a log or crash file with
its type and stack frames but without its message, unless it is one of Hearth's own errors,
whose messages are written to be safe.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from app.models.errors import HearthError
from app.paths import log_dir

LOG_NAME = "hearth.log"
MAX_BYTES = 1_000_000
BACKUPS = 5


def safe_exception(exc: BaseException) -> str:
    """Type and frames of an exception, without texts that may hold patient data."""
    lines = []
    chain: BaseException | None = exc
    while chain is not None:
        if isinstance(chain, HearthError):
            lines.append(f"{type(chain).__name__}: {chain}")
        else:
            lines.append(f"{type(chain).__module__}.{type(chain).__name__} (message withheld)")
        for frame in traceback.extract_tb(chain.__traceback__):
            lines.append(f"  at {Path(frame.filename).name}:{frame.lineno} in {frame.name}")
        chain = chain.__cause__ or chain.__context__
        if chain is not None:
            lines.append("caused by:")
    return "\n".join(lines)


def setup_logging(*, verbose: bool = False, to_stderr: bool = False) -> Path:
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    try:
        folder.chmod(0o700)
    except OSError:
        pass
    path = folder / LOG_NAME
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_hearth", False):
            root.removeHandler(handler)
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._hearth = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    if to_stderr and verbose:
        err = logging.StreamHandler(sys.stderr)
        err.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        err._hearth = True  # type: ignore[attr-defined]
        root.addHandler(err)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    # Database layers may log statements with their parameters: keep them quiet.
    for noisy in ("sqlalchemy", "alembic", "keyring", "urllib3"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    try:
        os.chmod(path, 0o600)
    except OSError:
        pass
    return path


def install_excepthook() -> None:
    """Unexpected errors go to the log without their messages; the person sees a short note."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        logging.getLogger("hearth.crash").error("unexpected error\n%s", safe_exception(exc))
        print(f"Hearth hit an unexpected error; details are in {log_dir() / LOG_NAME}",
              file=sys.stderr)

    sys.excepthook = hook
