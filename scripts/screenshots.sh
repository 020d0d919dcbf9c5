#!/usr/bin/env bash
# Takes the README's screenshots under Xvfb with a window manager, into docs/screenshots/: the
# real window at a normal size on a fresh demo file, at work (users, groups, the bulk grid filled
# and validated, the schema editor testing a value, the group preview), then the offline round
# trip (scripts/screenshots-offline.sh).
# Usage: scripts/screenshots.sh   (builds the release preset first if needed; BUILD=build/debug
# to use another build, SHOTS_DISPLAY=N for the display number)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
metadesk_install_deps screenshots
build=${BUILD:-build/release}
if [ ! -f "$build/build.ninja" ]; then
    cmake --preset release
fi
cmake --build "$build" -j "$(nproc)" --target metadesk metadesk-server screenshot_tour

work=$(mktemp -d /tmp/metadesk-shots.XXXXXX)
source scripts/screenshot-session.sh
trap 'screenshot_session_stop; rm -rf "$work"' EXIT
"$build/app/metadesk-server" init "$work/demo.db" --demo --users 2000 >/dev/null
mkdir -p docs/screenshots
(
    # A fresh home: no saved window size, no recent files, no edits left by a crash.
    export HOME=$work XDG_CONFIG_HOME=$work/config XDG_RUNTIME_DIR=$work
    trap screenshot_session_stop EXIT
    screenshot_session_start
    "$build/tests/screenshot_tour" "$work/demo.db" docs/screenshots
)

# The offline round trip, driven like a person does it (a keychain, a server, two admins).
BUILD=$build scripts/screenshots-offline.sh
