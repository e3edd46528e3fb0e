"""Where a store's key comes from: the OS keyring (a random 256-bit raw key) or a passphrase.

Key material is handled here and in :mod:`app.models.store` only. It never goes into logs,
argv, exception texts or any file: the keyring holds the raw key, a passphrase is asked for
(GUI prompt, terminal prompt, or ``HEARTH_PASSPHRASE`` for headless commands).

To tell a wrong key from a damaged file *before* SQLCipher is given the key, the store's
header keeps a verifier: HMAC-SHA256 of a fixed label under the raw key, or, in passphrase
mode, PBKDF2-HMAC-SHA512 of the passphrase with its own salt at the same cost as SQLCipher 4's
KDF (256,000 iterations), so the verifier is no cheaper to attack than the database itself.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass
from typing import Callable

KEYRING_SERVICE = "Hearth"
KDF_ITERATIONS = 256_000  # SQLCipher 4 default for PBKDF2-HMAC-SHA512
PASSPHRASE_ENV = "HEARTH_PASSPHRASE"
MIN_PASSPHRASE = 10

PassphraseProvider = Callable[[str], "str | None"]


@dataclass(frozen=True)
class Secret:
    """A key ready for SQLCipher: either a raw 256-bit key or a passphrase. ``repr`` is
    redacted so the secret can't end up in a log or traceback by accident."""

    raw_key: bytes | None = None
    passphrase: str | None = None

    def __repr__(self) -> str:
        return "Secret(<redacted>)"

    def pragma_value(self) -> str:
        """The literal for ``PRAGMA key``/``rekey`` (raw key as a blob, else a quoted string)."""
        if self.raw_key is not None:
            return f"\"x'{self.raw_key.hex()}'\""
        assert self.passphrase is not None
        return "'" + self.passphrase.replace("'", "''") + "'"


def new_raw_key() -> bytes:
    return secrets.token_bytes(32)


def keyring_available() -> bool:
    """True when a real keyring backend (not the fail/null one) is present."""
    try:
        import keyring
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
    import keyring

    keyring.set_password(KEYRING_SERVICE, keyring_entry(store_id, key_id), raw_key.hex())


def keyring_get(store_id: str, key_id: str) -> bytes | None:
    import keyring

    try:
        value = keyring.get_password(KEYRING_SERVICE, keyring_entry(store_id, key_id))
    except Exception:  # noqa: BLE001
        return None
    if not value:
        return None
    try:
        return bytes.fromhex(value)
    except ValueError:
        return None


def keyring_delete(store_id: str, key_id: str) -> None:
    import keyring

    try:
        keyring.delete_password(KEYRING_SERVICE, keyring_entry(store_id, key_id))
    except Exception:  # noqa: BLE001 - already gone is fine
        pass


def make_verifier(secret: Secret, salt: bytes) -> str:
    if secret.raw_key is not None:
        return hmac.new(secret.raw_key, b"hearth-key-check" + salt, hashlib.sha256).hexdigest()
    assert secret.passphrase is not None
    return hashlib.pbkdf2_hmac(
        "sha512", secret.passphrase.encode("utf-8"), salt, KDF_ITERATIONS, dklen=32
    ).hex()


def check_verifier(secret: Secret, salt: bytes, expected: str) -> bool:
    return hmac.compare_digest(make_verifier(secret, salt), expected)


def new_salt() -> bytes:
    return os.urandom(16)


def env_passphrase(_prompt: str) -> str | None:
    return os.environ.get(PASSPHRASE_ENV) or None


def check_passphrase_strength(passphrase: str) -> str | None:
    """A reason the passphrase is too weak, or None."""
    if len(passphrase) < MIN_PASSPHRASE:
        return f"the passphrase must be at least {MIN_PASSPHRASE} characters long"
    if len(set(passphrase)) < 4:
        return "the passphrase is too repetitive"
    return None
