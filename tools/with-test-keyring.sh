#!/usr/bin/env bash
# Run a command with a real Secret Service (gnome-keyring) on a private D-Bus session bus and a
# throwaway keyring folder, so nothing touches the user's own keyring. Used by `make test` and
# `make bench`. Without dbus-run-session or gnome-keyring, runs the command as it is (keyring
# tests then skip, or fail under CI).
set -euo pipefail
if [ "${HEARTH_IN_TEST_SESSION:-}" != "1" ]; then
    if command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then
        export HEARTH_IN_TEST_SESSION=1
        exec dbus-run-session -- "$0" "$@"
    fi
    echo "with-test-keyring: dbus-run-session or gnome-keyring-daemon missing;" \
         "no Secret Service (apt-get install dbus gnome-keyring)" >&2
    exec "$@"
fi
keyring_home=$(mktemp -d)
trap 'rm -rf "$keyring_home"' EXIT
export XDG_DATA_HOME="$keyring_home/data" XDG_CONFIG_HOME="$keyring_home/config"
export XDG_RUNTIME_DIR="$keyring_home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# An unlocked login keyring (its password is a test value), then the secrets component.
eval "$(printf 'hearth-test' | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)"
eval "$(gnome-keyring-daemon --start --components=secrets 2>/dev/null)"
export GNOME_KEYRING_CONTROL HEARTH_TEST_SECRET_SERVICE=1
"$@"
