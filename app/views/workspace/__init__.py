"""The desktop workspace around the panel: My day (tasks), the lock, settings, translations.

- :mod:`.my_day`: :class:`~.my_day.MyDayWidget`, the overdue and due-today tasks;
- :mod:`.task_dialogs`: the new-task and due-date dialogs;
- :mod:`.lock`: :class:`~.lock.IdleLock`, :class:`~.lock.LockScreen`,
  :class:`~.lock.LockController` (idle lock, Ctrl+L, suspend and quit hooks);
- :mod:`.settings_dialog`: :class:`~.settings_dialog.SettingsDialog`, ``apply_font_scale``;
- :mod:`.i18n`: ``install_translator`` (Qt .qm files in ``resources/translations``).

Widgets only: the data work lives in :mod:`app.worklist`, :mod:`app.security` and
:mod:`app.settings`, and runs through the :class:`~app.views.background.Runner`.
"""
