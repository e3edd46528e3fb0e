"""Typed SQLAlchemy models and the encrypted local store."""

from app.models.base import Actor, Base, SYSTEM_ACTOR, new_id, utcnow
from app.models.store import Store

__all__ = ["Actor", "Base", "SYSTEM_ACTOR", "Store", "new_id", "utcnow"]
