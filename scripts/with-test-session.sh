#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with a fresh HOME and an unlocked gnome-keyring,
# so keychain tests talk to a real Secret Service and never to the developer's own keyring.
set -euo pipefail
if [ "${METADESK_IN_TEST_SESSION:-}" = 1 ]; then
    exec "$@"
fi
session_home=$(mktemp -d /tmp/metadesk-test-home.XXXXXX)
runtime_dir=$(mktemp -d /tmp/metadesk-test-runtime.XXXXXX)
chmod 700 "$session_home" "$runtime_dir"
trap 'rm -rf "$session_home" "$runtime_dir"' EXIT
export HOME=$session_home XDG_RUNTIME_DIR=$runtime_dir METADESK_IN_TEST_SESSION=1
unset DBUS_SESSION_BUS_ADDRESS
dbus-run-session -- bash -c '
    echo -n metadesk-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' bash "$@"
