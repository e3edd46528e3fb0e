#!/usr/bin/env bash
# The whole test suite, as `make test` runs it.
#
# Tests use real parts: Qt offscreen, and a real Secret Service (gnome-keyring) on a private
# D-Bus session bus, in a throwaway keyring folder, so nothing touches the user's own keyring.
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
export PYTHONDONTWRITEBYTECODE=1
PY=.venv/bin/python

if [ "${HEARTH_IN_TEST_SESSION:-}" != "1" ]; then
    if command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then
        export HEARTH_IN_TEST_SESSION=1
        exec dbus-run-session -- "$0" "$@"
    fi
    echo "tests/run.sh: dbus-run-session or gnome-keyring-daemon missing;" \
         "keyring tests will be skipped (apt-get install dbus gnome-keyring)" >&2
else
    keyring_home=$(mktemp -d)
    trap 'rm -rf "$keyring_home"' EXIT
    export XDG_DATA_HOME="$keyring_home/data" XDG_CONFIG_HOME="$keyring_home/config"
    export XDG_RUNTIME_DIR="$keyring_home/run"
    mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR"
    chmod 700 "$XDG_RUNTIME_DIR"
    # Start the daemon with an unlocked login keyring (its password is a test value).
    eval "$(printf 'hearth-test' | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)"
    eval "$(gnome-keyring-daemon --start --components=secrets 2>/dev/null)"
    export GNOME_KEYRING_CONTROL HEARTH_TEST_SECRET_SERVICE=1
fi
exec "$PY" -m pytest "$@"
