"""Visit notes: templates (data), the note service (no Qt) and plain-text rendering.

- :mod:`app.notes.templates`: the home-visit template as plain data, with its sources;
- :mod:`app.notes.service`: start, autosave, sign, addenda, listing, crash recovery.
"""
