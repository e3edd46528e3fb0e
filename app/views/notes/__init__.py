"""Visit-note widgets: :class:`NoteEditor` (autosaved form, sign) and :class:`NoteViewer`
(signed note with its addenda)."""

from app.views.notes.editor import NoteEditor
from app.views.notes.viewer import AddendumDialog, NoteViewer

__all__ = ["AddendumDialog", "NoteEditor", "NoteViewer"]
