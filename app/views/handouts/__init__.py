"""The Handouts dialog: choose, preview, print and save patient handouts (see :mod:`.dialog`)."""

from app.views.handouts.dialog import HandoutsDialog

__all__ = ["HandoutsDialog"]
