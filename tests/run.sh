#!/usr/bin/env bash
# The whole test suite, as `make test` runs it: Qt offscreen, and a real Secret Service
# (gnome-keyring on a private D-Bus session bus; see tools/with-test-keyring.sh).
# Screenshots of every screen land in tests/artifacts/; their list is printed, then pytest's
# summary line again, so the log still ends with it.
set -uo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen PYTHONDONTWRITEBYTECODE=1
out=$(mktemp)
trap 'rm -f "$out"' EXIT
tools/with-test-keyring.sh .venv/bin/python -m pytest "$@" | tee "$out"
rc=${PIPESTATUS[0]}
if [ -d tests/artifacts ]; then
    echo "screenshots in tests/artifacts ($(ls tests/artifacts | wc -l) files):"
    ls tests/artifacts | sed 's/^/  /'
    grep -E '^=+ .*(passed|failed|error|no tests ran).* =+$|^[0-9]+ (passed|failed)' "$out" | tail -1
fi
exit "$rc"
