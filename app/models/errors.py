"""Errors of the encrypted store, each with its own process exit code.

Messages never carry key material or patient data: they say what went wrong and what to do.
"""

from __future__ import annotations


class HearthError(Exception):
    """Base of every error Hearth reports to a person (a clear message, no traceback)."""

    exit_code = 1


class InputError(HearthError):
    """Bad input from the user: a file, an argument."""

    exit_code = 2


class CannotUnlockError(HearthError):
    """Wrong key or passphrase, or the key is missing from the keyring."""

    exit_code = 3


class StoreNotFoundError(HearthError):
    exit_code = 4


class NotAHearthStoreError(HearthError):
    """The file is not a Hearth store, or it is damaged; it is left untouched."""

    exit_code = 5


class StoreTooNewError(HearthError):
    """The store was written by a newer Hearth than this one."""

    exit_code = 6


class StoreInUseError(HearthError):
    """An operation that needs the store to itself found it open elsewhere."""

    exit_code = 7


class ImmutableRecordError(HearthError):
    """An attempt to change what must never change (a signed note, an audit entry)."""

    exit_code = 8


class IntegrityFailure(HearthError):
    """``hearth store verify`` found a broken audit chain or damaged pages."""

    exit_code = 9
