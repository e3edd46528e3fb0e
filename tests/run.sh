#!/usr/bin/env bash
# The whole test suite, as `make test` runs it: Qt offscreen, and a real Secret Service
# (gnome-keyring on a private D-Bus session bus; see tools/with-test-keyring.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen PYTHONDONTWRITEBYTECODE=1
exec tools/with-test-keyring.sh .venv/bin/python -m pytest "$@"
