"""Packaging spec: a placeholder until the packaging issue.

That issue will build installers (Linux AppImage/deb, Windows MSI, macOS dmg) with
PyInstaller from this spec, bundling the SQLCipher wheel's library, the Qt plugins Hearth uses
and the Alembic migrations in app/models/migrations/. Nothing builds from this file yet.
"""

APP_NAME = "Hearth"
ENTRY_POINT = "app/cli.py"
DATA = ["app/models/migrations", "resources"]
