"""Sync in the app: the background controller, the status-bar widget and the conflict screen.

- :class:`~app.views.sync.controller.SyncController`: runs
  :meth:`app.sync.engine.SyncClient.sync_once` through the :class:`~app.views.background.Runner`
  (never on the GUI thread) at start, on a timer while online, on request (after a note is
  signed, "Sync now"); one sync at a time; backs off on failure (1 s … 5 min, jittered);
  cancellable between batches and pages; reports a :class:`~app.views.sync.controller.SyncStatus`.
- :class:`~app.views.sync.status.SyncStatusWidget`: the status-bar part.
- :class:`~app.views.sync.conflicts.ConflictsDialog`: open conflicts and refused changes.
"""

from app.views.sync.controller import SyncController, SyncStatus, read_sync_status

__all__ = ["SyncController", "SyncStatus", "read_sync_status"]
