"""Where a store's key comes from: the OS keyring (a random 256-bit raw key) or a passphrase.

Key material is handled here and in :mod:`app.models.store` only. It never goes into logs,
argv, exception texts or any file: the keyring holds the raw key, a passphrase is asked for
(GUI prompt, terminal prompt, or ``HEARTH_PASSPHRASE`` for headless commands).

A passphrase is turned into the database key by SQLCipher 4's KDF (PBKDF2-HMAC-SHA512,
256,000 iterations, over the salt in the database file's first 16 bytes), computed once per
open; connections then use the derived key and salt directly.

To tell a wrong key from a damaged file *before* SQLCipher is given the key, the store's
header keeps a verifier: HMAC-SHA256 of a fixed label under the database key. Checking it
needs the full KDF, so it is no cheaper to attack than the database itself.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import sys
from dataclasses import dataclass
from typing import Any, Callable

KEYRING_SERVICE = "Hearth"
KDF_ITERATIONS = 256_000  # SQLCipher 4 default for PBKDF2-HMAC-SHA512
PASSPHRASE_ENV = "HEARTH_PASSPHRASE"
MIN_PASSPHRASE = 10

PassphraseProvider = Callable[[str], "str | None"]


@dataclass(frozen=True)
class Secret:
    """What unlocks a store: a raw 256-bit key (from the keyring) or a passphrase. ``repr`` is
    redacted so the secret can't end up in a log or traceback by accident."""

    raw_key: bytes | None = None
    passphrase: str | None = None

    def __repr__(self) -> str:
        return "Secret(<redacted>)"

    def database_key(self, db_salt: bytes) -> DatabaseKey:
        """The key SQLCipher uses for a database with this salt (the file's first 16 bytes).

        A passphrase goes through SQLCipher 4's own KDF, computed here once (PBKDF2-HMAC-SHA512,
        256,000 iterations, over the database's salt), so every later connection skips the
        KDF; the file stays a standard SQLCipher 4 database that the passphrase alone opens."""
        if self.raw_key is not None:
            return DatabaseKey(self.raw_key, db_salt)
        assert self.passphrase is not None
        derived = hashlib.pbkdf2_hmac(
            "sha512", self.passphrase.encode("utf-8"), db_salt, KDF_ITERATIONS, dklen=32
        )
        return DatabaseKey(derived, db_salt)


@dataclass(frozen=True)
class DatabaseKey:
    """A derived 256-bit database key with the database's salt, ready for ``PRAGMA key``."""

    key: bytes
    salt: bytes

    def __repr__(self) -> str:
        return "DatabaseKey(<redacted>)"

    def pragma_value(self) -> str:
        """SQLCipher's raw key-and-salt literal: no KDF runs on connect."""
        return f"\"x'{self.key.hex()}{self.salt.hex()}'\""


def new_raw_key() -> bytes:
    return secrets.token_bytes(32)


_backend_chosen = False


def _keyring() -> Any:
    """The keyring module with its backend chosen. On Linux the Secret Service backend is
    taken directly when it answers (it is what GNOME, KDE 6 and KeePassXC speak), which skips
    keyring's scan of every installed plugin (~60 ms at each start); anywhere else, or when
    it does not answer, keyring's own detection decides."""
    global _backend_chosen
    import keyring

    if not _backend_chosen:
        _backend_chosen = True
        if sys.platform.startswith("linux") and not os.environ.get("PYTHON_KEYRING_BACKEND"):
            try:
                from keyring.backends import SecretService

                if SecretService.Keyring.priority > 0:  # type: ignore[operator]
                    keyring.set_keyring(SecretService.Keyring())
            except Exception:  # noqa: BLE001 - fall back to keyring's detection
                pass
    return keyring


def keyring_available() -> bool:
    """True when a real keyring backend (not the fail/null one) is present."""
    try:
        keyring = _keyring()
        from keyring.backends import fail

        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring):
            return False
        priority = getattr(backend, "priority", 0)
        if priority is not None and priority <= 0:
            return False
        # A backend may be present but locked or unreachable: probe it once.
        keyring.get_password(KEYRING_SERVICE, "hearth-probe")
        return True
    except Exception:  # noqa: BLE001 - any failure means "no usable keyring"
        return False


def keyring_entry(store_id: str, key_id: str) -> str:
    return f"store:{store_id}:{key_id}"


def keyring_put(store_id: str, key_id: str, raw_key: bytes) -> None:
    _keyring().set_password(KEYRING_SERVICE, keyring_entry(store_id, key_id), raw_key.hex())


def keyring_get(store_id: str, key_id: str) -> bytes | None:
    try:
        value = _keyring().get_password(KEYRING_SERVICE, keyring_entry(store_id, key_id))
    except Exception:  # noqa: BLE001
        return None
    if not value:
        return None
    try:
        return bytes.fromhex(value)
    except ValueError:
        return None


def keyring_delete(store_id: str, key_id: str) -> None:
    try:
        _keyring().delete_password(KEYRING_SERVICE, keyring_entry(store_id, key_id))
    except Exception:  # noqa: BLE001 - already gone is fine
        pass


def make_verifier(db_key: DatabaseKey, salt: bytes) -> str:
    """HMAC-SHA256 under the database key: telling a wrong key from a damaged file costs an
    attacker the full KDF, like the database itself."""
    return hmac.new(db_key.key, b"hearth-key-check" + salt, hashlib.sha256).hexdigest()


def check_verifier(db_key: DatabaseKey, salt: bytes, expected: str) -> bool:
    return hmac.compare_digest(make_verifier(db_key, salt), expected)


def new_salt() -> bytes:
    return os.urandom(16)


def read_db_salt(db_path: "os.PathLike[str] | str") -> bytes:
    """A SQLCipher database's salt: its first 16 bytes."""
    with open(db_path, "rb") as fh:
        return fh.read(16)


def env_passphrase(_prompt: str) -> str | None:
    return os.environ.get(PASSPHRASE_ENV) or None


def check_passphrase_strength(passphrase: str) -> str | None:
    """A reason the passphrase is too weak, or None."""
    if len(passphrase) < MIN_PASSPHRASE:
        return f"the passphrase must be at least {MIN_PASSPHRASE} characters long"
    if len(set(passphrase)) < 4:
        return "the passphrase is too repetitive"
    return None
