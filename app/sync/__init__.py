"""Sync with the clinic server (server/PROTOCOL.md), with no Qt.

- :mod:`app.models.sync`: the client-only tables (outbox, shadow, state, conflicts,
  quarantine) and the record <-> JSON value mapping; the outbox is written by the flush hooks
  of :mod:`app.models.audit` in the same transaction as each change.
- :mod:`app.sync.transport`: HTTPS with ``requests`` (verification on, optional clinic CA
  bundle, timeouts, bounded jittered retries); the device token is kept in the OS keyring.
- :mod:`app.sync.engine`: :class:`~app.sync.engine.SyncClient` (``enroll``, ``sync_once``),
  :func:`~app.sync.engine.resolve_conflict`, and read helpers for the views
  (``open_conflicts``, ``quarantined``, ``pending_count``).

Command line: ``hearth enroll --server URL --code CODE [--ca-file F]`` and
``hearth sync [--json]``.
"""
