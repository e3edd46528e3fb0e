"""Checks for the lock screen: does this passphrase (or the key in the OS keyring) unlock the
store that is already open?

No Qt. The check is the store header's verifier (see :mod:`app.models.keys`): a passphrase
goes through the full KDF (about 0.1 s), so call it off the GUI thread (the Runner). Nothing
here logs, keeps or raises with the secret.
"""

from __future__ import annotations

import logging
from typing import Any

from app.models import keys
from app.models.keys import Secret

log = logging.getLogger(__name__)


def _db_salt(store: Any) -> bytes:
    header = store.header
    if header.db_salt:
        return bytes.fromhex(header.db_salt)
    return keys.read_db_salt(store.db_path)  # headers written before db_salt was kept


def verify_unlock(store: Any, passphrase: str | None) -> bool:
    """True when ``passphrase`` (passphrase-mode stores) or the key the OS keyring gives
    (keyring-mode stores; ``passphrase`` is ignored) matches the open ``store``'s header.

    For a keyring store this reads the key again, so the OS keyring may ask its own unlock
    (its password prompt); a keyring that refuses, is locked or has lost the key gives False.
    """
    header = store.header
    if header.key_mode == "keyring":
        raw = keys.keyring_get(header.store_id, header.key_id)
        if raw is None:
            log.info("lock screen: the keyring gave no key (store %s)", header.store_id)
            return False
        secret = Secret(raw_key=raw)
    else:
        if not passphrase:
            return False
        secret = Secret(passphrase=passphrase)
    db_key = secret.database_key(_db_salt(store))
    ok = keys.check_verifier(db_key, bytes.fromhex(header.salt), header.verifier)
    if not ok:
        log.info("lock screen: unlock refused (store %s)", header.store_id)
    return ok
