"""Fixtures for the sync views: the real clinic server on loopback (``live_server``) and the
in-memory one (``server``, ``devices``), both from tests/sync."""

from __future__ import annotations

from tests.sync.conftest import devices, live_server, server  # noqa: F401 - reused
