"""The medication reconciliation worksheet (see :mod:`app.views.medrec.worksheet`)."""

from app.views.medrec.worksheet import MedRecWidget

__all__ = ["MedRecWidget"]
